/* screen_filters: the filters panel. Every vendor group and every source
 * with a checkbox and the number of entries it holds under the current
 * search, and three presets. Space toggles, a and n turn a whole section
 * on or off, w saves the filters for the next run. A pager with a selected
 * line; the item selected stays from one opening to the next. No curses. */
#include "screen_filters.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app_int.h"
#include "config.h"
#include "textlayout.h"
#include "util.h"

struct filters {
	struct pager p;
	size_t item;            /* the item selected */
};

enum section { SEC_VENDOR, SEC_SOURCE, SEC_PRESET };
enum preset { PRESET_STANDARD, PRESET_EVERYTHING, PRESET_CONFLICTS, PRESET_COUNT };

static const char *const preset_names[PRESET_COUNT] = {
	"standard only: registered codes, standard entries",
	"everything",
	"conflicts only: codes with more than one name",
};

struct item {
	enum section sec;
	size_t index;
};

static size_t nitems(const struct app *a)
{
	return VENDOR_COUNT + a->cat->nsources + PRESET_COUNT;
}

static struct item item_at(const struct app *a, size_t i)
{
	if (i < VENDOR_COUNT)
		return (struct item){ SEC_VENDOR, i };
	if (i < VENDOR_COUNT + a->cat->nsources)
		return (struct item){ SEC_SOURCE, i - VENDOR_COUNT };
	return (struct item){ SEC_PRESET, i - VENDOR_COUNT - a->cat->nsources };
}

/* The panel's line of item i: the title, then per section a blank line,
 * its title and its items (filters_build). */
static size_t item_line_no(const struct app *a, size_t i)
{
	return 1 + i + 2 * ((size_t)item_at(a, i).sec + 1);
}

static bool source_on(const struct filter *f, size_t i)
{
	return !f->sources || (i < f->nsources && f->sources[i]);
}

static bool all_sources(const struct filter *f, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!source_on(f, i))
			return false;
	return true;
}

/* A preset's mark: "(*)" when the filters are exactly it; "(+)" when its
 * restriction (standard only, conflicts only) is in effect with other
 * changes, so that it never looks off while it still hides codes. */
static const char *preset_mark(const struct app *a, enum preset p)
{
	const struct filter *f = &a->filter;
	bool limit = (p == PRESET_STANDARD && f->standard) || (p == PRESET_CONFLICTS && f->conflicts);

	if (f->vendors == VENDOR_ALL && all_sources(f, a->cat->nsources) &&
	    f->standard == (p == PRESET_STANDARD) && f->conflicts == (p == PRESET_CONFLICTS))
		return "(*)";
	return limit ? "(+)" : "( )";
}

/* Entries of each group and source that q matches (NULL: all), whatever
 * the groups and sources hide (so a hidden one still shows what it would
 * bring), within the limits in effect (standard only, conflicts only)
 * unless a is NULL. */
static void count(const struct app *a, const struct app *limits, const struct query *q,
		  unsigned *vendors, unsigned *sources)
{
	memset(vendors, 0, VENDOR_COUNT * sizeof(*vendors));
	memset(sources, 0, a->cat->nsources * sizeof(*sources));
	for (size_t i = 0; i < a->cat->nentries; i++) {
		const struct entry *e = &a->cat->entries[i];

		if (!query_code_ok(q, e->code) || query_rank(q, e) < 0 || (limits &&
		    (!filter_limit(&limits->filter, a->cat, e) ||
		     (limits->filter.conflicts && catalog_code(a->cat, e->code)->nnames < 2))))
			continue;
		for (int v = 0; v < VENDOR_COUNT; v++)
			vendors[v] += (e->vendor & VENDOR_BIT(v)) != 0;
		sources[e->source]++;
	}
}

/* Why an item holds nothing, in full and in short. */
enum none { NONE_AT_ALL, NONE_CLASSES, NONE_LIMITS, NONE_STANDARD, NONE_CONFLICTS, NONE_SEARCH };
static const char *const none_why[][2] = {
	[NONE_AT_ALL] = { "no entries", "empty" },
	[NONE_CLASSES] = { "class definitions only", "classes only" },
	[NONE_LIMITS] = { "none under the limits", "none: limits" },
	[NONE_STANDARD] = { "none under standard only", "none: standard" },
	[NONE_CONFLICTS] = { "none under conflicts only", "none: conflicts" },
	[NONE_SEARCH] = { "none matches the search", "none: search" },
};
#define WHY_WIDEST 25   /* columns of the longest in full */

/* What an item holds, in words: "15 entries", "1 entry", or why it has
 * none: it has none at all (classes: a source of class records), or the
 * limits in effect leave none (n[1], without the search, is 0), or the
 * search matches none of them; brief, in short. n: the counts with the
 * search and the limits, without the search, without either. */
static const char *holds(struct doc *d, const struct filter *f, const unsigned n[3], bool classes,
			 bool brief)
{
	enum none why;

	if (n[0])
		return doc_printf(d, false, "%u %s", n[0], n[0] == 1 ? "entry" : "entries");
	if (!n[2])
		why = classes ? NONE_CLASSES : NONE_AT_ALL;
	else if (n[1])
		why = NONE_SEARCH;
	else
		why = f->standard && f->conflicts ? NONE_LIMITS : f->standard ? NONE_STANDARD
			: NONE_CONFLICTS;
	return none_why[why][brief];
}

/* "[x] nginx ........ 10 entries", to the panel's width, the label cut
 * when it must be. */
static void item_line(struct doc *d, const struct app *a, const char *box, const char *label,
		      const char *what, int width)
{
	int room = width - 2 - 4 - 1 - (int)strlen(what);
	const char *s;

	if ((int)tl_width(label, strlen(label)) > room)
		label = doc_own(d, tl_truncate(label, strlen(label), room > 1 ? (size_t)room : 1,
					       a->ascii ? "~" : "\xe2\x80\xa6"));
	room -= (int)tl_width(label, strlen(label));
	s = doc_printf(d, a->ascii, "%s %s %*s%s", box, label, room > 0 ? room : 0, "", what);
	doc_add(d, DL_TEXT, 2, s, strlen(s));
}

/* Do the longest label and the longest reason fit on a line, side by
 * side? Else the reasons are said in short. */
static bool brief_reasons(const struct app *a, int width)
{
	size_t widest = 0;

	for (size_t i = 0; i < nitems(a); i++) {
		struct item it = item_at(a, i);
		const char *l = it.sec == SEC_VENDOR ? vendor_labels[it.index]
			: it.sec == SEC_SOURCE ? a->cat->sources[it.index].label : "";
		size_t w = tl_width(l, strlen(l));

		widest = w > widest ? w : widest;
	}
	return (int)widest + 1 + WHY_WIDEST > width - 2 - 4;
}

/* A preset's line, cut with an ellipsis to the screen's width: the panel
 * has one line per item. */
static void preset_line(struct doc *d, const struct app *a, enum preset p, int width)
{
	const char *s = doc_printf(d, a->ascii, "%s %s", preset_mark(a, p), preset_names[p]);
	int room = width - 2;

	s = doc_own(d, tl_truncate(s, strlen(s), room > 1 ? (size_t)room : 1,
				   a->ascii ? "~" : "\xe2\x80\xa6"));
	doc_add(d, DL_TEXT, 2, s, strlen(s));
}

/* The note under the items, its keys as they are bound. */
static void add_note(struct doc *d, int width)
{
	static const enum action acts[] = {
		ACT_PANEL_TOGGLE, ACT_PANEL_ALL, ACT_PANEL_NONE, ACT_PANEL_SAVE, ACT_CLOSE,
	};
	char buf[5][16];
	const char *k[5];

	for (size_t i = 0; i < 5; i++)
		k[i] = keys_first(acts[i], MODE_PANEL, buf[i]);
	doc_wrap(d, DL_NOTE, 0, doc_printf(d, false, "%s turns on or off (or applies a preset), "
		 "%s all, %s none, %s saves for next time, %s closes. Each counts the entries "
		 "it holds under the current search and limits, whether it is on or off. "
		 "(+): a preset's limit in effect, with other changes.", k[0], k[1], k[2], k[3], k[4]),
		 width, NULL, 0);
}

static void filters_build(struct filters *fs, const struct app *a)
{
	struct doc *d = &fs->p.doc;
	int width = screen_text_width(a), w = width > 60 ? 60 : width;
	size_t ns = a->cat->nsources ? a->cat->nsources : 1;
	unsigned *src = xcalloc(3 * ns, sizeof(*src)), vend[3][VENDOR_COUNT];
	bool brief;

	count(a, a, app_query(a), vend[0], src);
	count(a, a, NULL, vend[1], src + ns);
	count(a, NULL, NULL, vend[2], src + 2 * ns);
	brief = brief_reasons(a, w);
	doc_clear(d);
	doc_add(d, DL_TITLE, 0, "filters", 7);
	for (size_t i = 0; i < nitems(a); i++) {
		struct item it = item_at(a, i);
		size_t k = it.index;

		if (k == 0) {
			static const char *const titles[] = { "vendor groups", "sources", "presets" };

			doc_add(d, DL_BLANK, 0, "", 0);
			doc_add(d, DL_TITLE, 0, titles[it.sec], strlen(titles[it.sec]));
		}
		if (it.sec == SEC_VENDOR)
			item_line(d, a, a->filter.vendors & VENDOR_BIT(k) ? "[x]" : "[ ]", vendor_labels[k],
				  holds(d, &a->filter, (unsigned[3]){ vend[0][k], vend[1][k], vend[2][k] },
					false, brief), w);
		else if (it.sec == SEC_SOURCE)
			item_line(d, a, source_on(&a->filter, k) ? "[x]" : "[ ]", a->cat->sources[k].label,
				  holds(d, &a->filter, (unsigned[3]){ src[k], src[ns + k], src[2 * ns + k] },
					a->cat->sources[k].nentries > 0, brief), w);
		else
			preset_line(d, a, k, width);
	}
	fs->p.sel = (long)item_line_no(a, fs->item);
	doc_add(d, DL_BLANK, 0, "", 0);
	add_note(d, width);
	free(src);
}

/* ---- changing the filter --------------------------------------------------- */

static void set_sources(struct app *a, bool on)
{
	free(a->filter.sources);
	a->filter.sources = NULL;
	a->filter.nsources = 0;
	if (!on) {
		a->filter.sources = xcalloc(a->cat->nsources ? a->cat->nsources : 1, 1);
		a->filter.nsources = a->cat->nsources;
	}
}

static void toggle_source(struct app *a, size_t i)
{
	struct filter *f = &a->filter;

	if (!f->sources) {
		f->sources = xmalloc(a->cat->nsources ? a->cat->nsources : 1);
		memset(f->sources, 1, a->cat->nsources);
		f->nsources = a->cat->nsources;
	}
	f->sources[i] ^= 1;
	if (all_sources(f, a->cat->nsources))
		set_sources(a, true);
}

static void apply_preset(struct app *a, enum preset p)
{
	a->filter.vendors = VENDOR_ALL;
	set_sources(a, true);
	a->filter.standard = p == PRESET_STANDARD;
	a->filter.conflicts = p == PRESET_CONFLICTS;
}

/* The filter changed: the panes, the counts and the panel follow. */
static unsigned changed(struct filters *fs, struct app *a)
{
	app_filter_changed(a);
	filters_build(fs, a);
	return DIRTY_ALL;
}

static unsigned toggle(struct screen *s, struct app *a, int arg)
{
	struct filters *fs = (struct filters *)s;
	struct item it = item_at(a, fs->item);

	(void)arg;
	if (it.sec == SEC_VENDOR)
		a->filter.vendors ^= (unsigned short)VENDOR_BIT(it.index);
	else if (it.sec == SEC_SOURCE)
		toggle_source(a, it.index);
	else
		apply_preset(a, (enum preset)it.index);
	return changed(fs, a);
}

/* The whole section of the item selected on (arg 1) or off. */
static unsigned all_or_none(struct screen *s, struct app *a, int on)
{
	struct filters *fs = (struct filters *)s;
	struct item it = item_at(a, fs->item);

	if (it.sec == SEC_VENDOR)
		a->filter.vendors = on ? VENDOR_ALL : 0;
	else if (it.sec == SEC_SOURCE)
		set_sources(a, on);
	else
		return 0;
	return changed(fs, a);
}

static unsigned save(struct screen *s, struct app *a, int arg)
{
	char err[RF_ERRLEN];

	(void)s;
	(void)arg;
	if (config_save(a->config, a->cat, &a->filter, err) < 0)
		app_say(a, "not saved: %.140s", err);
	else
		app_say(a, "filters saved in %.130s", a->config);
	return DIRTY_STATUS;
}

/* The selection to item to (clamped); a section's title stays in sight
 * above its first item when the view scrolls up to it. */
static unsigned select_item(struct filters *fs, const struct app *a, long to)
{
	long n = (long)nitems(a);
	size_t rows = (size_t)screen_rows(a), sel;

	to = to < 0 ? 0 : to >= n ? n - 1 : to;
	if ((size_t)to == fs->item)
		return 0;
	fs->item = (size_t)to;
	filters_build(fs, a);
	sel = (size_t)fs->p.sel;
	if (sel < fs->p.top)
		fs->p.top = sel > 2 ? sel - 2 : 0;
	else if (sel >= fs->p.top + rows)
		fs->p.top = sel - rows + 1;
	return DIRTY_OVERLAY;
}

static unsigned move_line(struct screen *s, struct app *a, int dir)
{
	struct filters *fs = (struct filters *)s;

	return select_item(fs, a, (long)fs->item + dir);
}

static unsigned move_page(struct screen *s, struct app *a, int dir)
{
	struct filters *fs = (struct filters *)s;

	return select_item(fs, a, (long)fs->item + dir * (a->height > 4 ? a->height - 3 : 1));
}

static unsigned move_end(struct screen *s, struct app *a, int dir)
{
	return select_item((struct filters *)s, a, dir < 0 ? 0 : (long)nitems(a));
}

static const struct screen_key rows[] = {
	{ NULL, toggle, 0, { ACT_PANEL_TOGGLE } },
	{ NULL, all_or_none, 1, { ACT_PANEL_ALL } },
	{ NULL, all_or_none, 0, { ACT_PANEL_NONE } },
	{ NULL, save, 0, { ACT_PANEL_SAVE } },
	/* moving moves the selection, as the action's own text says */
	{ "", move_line, 1, { ACT_DOWN } },
	{ "", move_line, -1, { ACT_UP } },
	{ "", move_page, 1, { ACT_PAGE_DOWN } },
	{ "", move_page, -1, { ACT_PAGE_UP } },
	{ "", move_end, -1, { ACT_TOP } },
	{ "", move_end, 1, { ACT_BOTTOM } },
};
static const struct screen_keys keys[] = {
	{ "filters panel", MODE_PANEL, rows, sizeof(rows) / sizeof(rows[0]) },
};

static unsigned filters_act(struct screen *s, struct app *a, enum action act, int key)
{
	(void)key;
	return screen_dispatch(s, a, &keys[0], act);
}

/* A click on a line: the item there is selected and toggled. */
static unsigned filters_click(struct screen *s, struct app *a, int y, int x)
{
	struct filters *fs = (struct filters *)s;
	size_t line = fs->p.top + (size_t)(y < 0 ? 0 : y);

	(void)x;
	for (size_t i = 0; i < nitems(a); i++)
		if (item_line_no(a, i) == line) {
			fs->item = i;
			return toggle(s, a, 0);
		}
	return 0;
}

static unsigned filters_open(struct screen *s, struct app *a)
{
	struct filters *fs = (struct filters *)s;

	fs->p.top = 0;
	filters_build(fs, a);
	pager_clamp(&fs->p, a);
	return DIRTY_ALL;
}

/* On top again: the counts as they are now, the view where it was. */
static unsigned filters_resume(struct screen *s, struct app *a)
{
	struct filters *fs = (struct filters *)s;

	filters_build(fs, a);
	pager_clamp(&fs->p, a);
	return DIRTY_ALL;
}

/* Another size: as much from the top as the selection allows. */
static void filters_layout(struct screen *s, struct app *a)
{
	filters_open(s, a);
}

static const struct hint *filters_hints(const struct screen *s)
{
	static const struct hint hints[] = {
		{ ACT_PANEL_TOGGLE, ACT_NONE, "toggle", 1 },
		{ ACT_PANEL_ALL, ACT_NONE, "all", 0 },
		{ ACT_PANEL_NONE, ACT_NONE, "none", 0 },
		{ ACT_PANEL_SAVE, ACT_NONE, "save", 0 },
		{ ACT_CLOSE, ACT_NONE, "close", 2 },
		HINT_END,
	};

	(void)s;
	return hints;
}

const struct screen_ops screen_filters_ops = {
	.opens = ACT_FILTER,
	.mode = MODE_PANEL,
	.covers = true,
	.size = sizeof(struct filters),
	.keys = keys,
	.nkeys = 1,
	.open = filters_open,
	.resume = filters_resume,
	.layout = filters_layout,
	.act = filters_act,
	.click = filters_click,
	.wheel = pager_wheel,
	.free = pager_free,
	.hints = filters_hints,
	.draw = view_pager_draw,
};

size_t filters_item(const struct screen *s)
{
	return ((const struct filters *)s)->item;
}
