/* app_panel: the filters panel. Every vendor group and every source with a
 * checkbox and the number of entries it holds under the current search,
 * and three presets. Space toggles, a and n turn a whole section on or
 * off, w saves the filters for the next run. No curses. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app_int.h"
#include "config.h"
#include "textlayout.h"
#include "util.h"

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
 * its title and its items (panel_build). */
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

/* Entries of each group and source that the search matches, whatever the
 * groups and sources hide (so a hidden one still shows what it would
 * bring), within the limits in effect: standard only, conflicts only. */
static void count(const struct app *a, unsigned *vendors, unsigned *sources)
{
	const struct query *q = app_query(a);

	memset(vendors, 0, VENDOR_COUNT * sizeof(*vendors));
	memset(sources, 0, a->cat->nsources * sizeof(*sources));
	for (size_t i = 0; i < a->cat->nentries; i++) {
		const struct entry *e = &a->cat->entries[i];

		if (!query_code_ok(q, e->code) || query_rank(q, e) < 0 ||
		    !filter_limit(&a->filter, a->cat, e) ||
		    (a->filter.conflicts && catalog_code(a->cat, e->code)->nnames < 2))
			continue;
		for (int v = 0; v < VENDOR_COUNT; v++)
			vendors[v] += (e->vendor & VENDOR_BIT(v)) != 0;
		sources[e->source]++;
	}
}

static void item_line(struct app *a, const char *box, const char *label, unsigned n, int width)
{
	struct doc *d = &a->over;
	int pad = width - 16 - (int)strlen(label);
	const char *s = doc_printf(d, a->ascii, "%s %s%*s %6u", box, label, pad > 1 ? pad : 1, "", n);

	doc_add(d, DL_TEXT, 2, s, strlen(s));
}

/* A preset's line, cut with an ellipsis to the screen's width: the panel
 * has one line per item. */
static void preset_line(struct app *a, enum preset p, int width)
{
	struct doc *d = &a->over;
	const char *s = doc_printf(d, a->ascii, "%s %s", preset_mark(a, p), preset_names[p]);
	int room = width - 2;

	s = doc_own(d, tl_truncate(s, strlen(s), room > 1 ? (size_t)room : 1,
				   a->ascii ? "~" : "\xe2\x80\xa6"));
	doc_add(d, DL_TEXT, 2, s, strlen(s));
}

void panel_build(struct app *a, int width)
{
	struct doc *d = &a->over;
	unsigned *src = xcalloc(a->cat->nsources ? a->cat->nsources : 1, sizeof(*src));
	unsigned vend[VENDOR_COUNT];
	int w = width > 60 ? 60 : width;

	count(a, vend, src);
	doc_clear(d);
	doc_add(d, DL_TITLE, 0, "filters", 7);
	for (size_t i = 0; i < nitems(a); i++) {
		struct item it = item_at(a, i);

		if (it.index == 0) {
			static const char *const titles[] = { "vendor groups", "sources", "presets" };

			doc_add(d, DL_BLANK, 0, "", 0);
			doc_add(d, DL_TITLE, 0, titles[it.sec], strlen(titles[it.sec]));
		}
		if (i == a->panel_item)
			a->over_sel = (long)item_line_no(a, i);
		if (it.sec == SEC_VENDOR)
			item_line(a, a->filter.vendors & VENDOR_BIT(it.index) ? "[x]" : "[ ]",
				  vendor_labels[it.index], vend[it.index], w);
		else if (it.sec == SEC_SOURCE)
			item_line(a, source_on(&a->filter, it.index) ? "[x]" : "[ ]",
				  a->cat->sources[it.index].label, src[it.index], w);
		else
			preset_line(a, it.index, width);
	}
	doc_add(d, DL_BLANK, 0, "", 0);
	doc_wrap(d, DL_NOTE, 0, "Space turns on or off (or applies a preset), a all, n none, "
		 "w saves for next time, Esc closes. The counts are the entries each holds "
		 "under the current search and limits. (+): a preset's limit in effect, with "
		 "other changes.",
		 width, NULL, 0);
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

/* The filter changed: the panes, the counts and the panel follow. A
 * vendor group the tree had selected and the filter hides gives way to its
 * class, not to All. */
static unsigned changed(struct app *a)
{
	struct tree_node cur = *app_node(a);

	app_refresh(a, false);
	if (cur.vendor >= 0 && app_node(a)->cls != cur.cls)
		for (size_t i = 0; i < a->nnodes; i++)
			if (a->nodes[i].cls == cur.cls && a->nodes[i].vendor < 0) {
				app_select_node(a, i);
				break;
			}
	app_scroll_all(a);
	panel_build(a, a->width - 4 > 10 ? a->width - 4 : 10);
	return DIRTY_ALL;
}

static unsigned toggle(struct app *a)
{
	struct item it = item_at(a, a->panel_item);

	if (it.sec == SEC_VENDOR)
		a->filter.vendors ^= (unsigned short)VENDOR_BIT(it.index);
	else if (it.sec == SEC_SOURCE)
		toggle_source(a, it.index);
	else
		apply_preset(a, (enum preset)it.index);
	return changed(a);
}

static unsigned all_or_none(struct app *a, bool on)
{
	struct item it = item_at(a, a->panel_item);

	if (it.sec == SEC_VENDOR)
		a->filter.vendors = on ? VENDOR_ALL : 0;
	else if (it.sec == SEC_SOURCE)
		set_sources(a, on);
	else
		return 0;
	return changed(a);
}

static unsigned save(struct app *a)
{
	char err[RF_ERRLEN];

	if (config_save(a->config, a->cat, &a->filter, err) < 0)
		snprintf(a->message, sizeof(a->message), "not saved: %.140s", err);
	else
		snprintf(a->message, sizeof(a->message), "filters saved in %.130s", a->config);
	return DIRTY_STATUS;
}

static unsigned move_item(struct app *a, long delta)
{
	long n = (long)nitems(a), to = (long)a->panel_item + delta;
	int rows = a->height - 1;

	to = to < 0 ? 0 : to >= n ? n - 1 : to;
	if ((size_t)to == a->panel_item)
		return 0;
	a->panel_item = (size_t)to;
	panel_build(a, a->width - 4 > 10 ? a->width - 4 : 10);
	if (a->over_sel < (long)a->over_top)
		a->over_top = a->over_sel > 2 ? (size_t)a->over_sel - 2 : 0;
	else if (a->over_sel >= (long)a->over_top + rows)
		a->over_top = (size_t)a->over_sel - (size_t)rows + 1;
	return DIRTY_OVERLAY;
}

unsigned panel_click(struct app *a, int y)
{
	size_t line = a->over_top + (size_t)(y < 0 ? 0 : y);

	for (size_t i = 0; i < nitems(a); i++)
		if (item_line_no(a, i) == line) {
			a->panel_item = i;
			return toggle(a);
		}
	return 0;
}

unsigned panel_key(struct app *a, int key)
{
	int page = a->height > 4 ? a->height - 3 : 1;

	switch (keys_mode_action(MODE_PANEL, key)) {
	case ACT_PANEL_TOGGLE: return toggle(a);
	case ACT_PANEL_ALL: return all_or_none(a, true);
	case ACT_PANEL_NONE: return all_or_none(a, false);
	case ACT_PANEL_SAVE: return save(a);
	case ACT_DOWN: return move_item(a, 1);
	case ACT_UP: return move_item(a, -1);
	case ACT_PAGE_DOWN: return move_item(a, page);
	case ACT_PAGE_UP: return move_item(a, -page);
	case ACT_TOP: return move_item(a, -(1L << 20));
	case ACT_BOTTOM: return move_item(a, 1L << 20);
	default: return app_apply(a, keys_mode_action(MODE_PANEL, key), key);
	}
}
