#include "app.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app_int.h"
#include "textlayout.h"
#include "util.h"

/* ---- what is visible: codes, tree, rows -------------------------------- */

/* The vendor groups of the code's visible entries. */
unsigned app_code_vendors(const struct app *a, const struct code_info *ci)
{
	unsigned m = 0;

	for (unsigned k = ci->first; k < ci->first + ci->count; k++)
		if (filter_entry(&a->filter, a->cat, &a->cat->entries[k]))
			m |= a->cat->entries[k].vendor;
	return m & a->filter.vendors;   /* 520 is Microsoft's and CloudFlare's */
}

static bool class_defined(const struct app *a, int d)
{
	for (size_t i = 0; i < a->cat->nclasses; i++)
		if (a->cat->classes[i].code == d * 100 &&
		    filter_entry(&a->filter, a->cat, &a->cat->classes[i]))
			return true;
	return false;
}

static void add_node(struct app *a, int cls, int vendor, unsigned count)
{
	a->nodes = xreallocarray(a->nodes, a->nnodes + 1, sizeof(*a->nodes));
	a->nodes[a->nnodes++] = (struct tree_node){ (signed char)cls, (signed char)vendor, count };
}

/* All, then each class with codes or a definition, open ones with their
 * vendor groups; every count over the visible codes. */
static void build_tree(struct app *a)
{
	unsigned cls[10] = { 0 }, grp[10][VENDOR_COUNT];

	memset(grp, 0, sizeof(grp));
	for (size_t i = 0; i < a->nvisible; i++) {
		const struct code_info *ci = &a->cat->codes[a->visible[i].code];
		unsigned m = app_code_vendors(a, ci);
		int d = ci->code / 100;

		cls[d]++;
		for (int v = 0; v < VENDOR_COUNT; v++)
			grp[d][v] += (m & VENDOR_BIT(v)) != 0;
	}
	a->nnodes = 0;
	add_node(a, -1, -1, (unsigned)a->nvisible);
	for (int d = 0; d < 10; d++) {
		if (!cls[d] && !class_defined(a, d))
			continue;
		add_node(a, d, -1, cls[d]);
		if (!(a->expanded & (1u << d)))
			continue;
		for (int v = 0; v < VENDOR_COUNT; v++)
			if (grp[d][v])
				add_node(a, d, v, grp[d][v]);
	}
}

static bool node_has(const struct app *a, const struct tree_node *n, const struct code_info *ci)
{
	if (n->cls >= 0 && ci->code / 100 != n->cls)
		return false;
	return n->vendor < 0 || (app_code_vendors(a, ci) & VENDOR_BIT(n->vendor));
}

int app_selected_code(const struct app *a)
{
	const struct code_info *ci = app_code(a);

	return ci ? ci->code : -1;
}

/* The list under the selected node; the same code stays selected when it
 * is still there. */
static void build_rows(struct app *a, int keep)
{
	const struct tree_node *n = &a->nodes[a->tree_sel];

	a->rows = xreallocarray(a->rows, a->nvisible ? a->nvisible : 1, sizeof(*a->rows));
	a->nrows = 0;
	a->list_sel = 0;
	for (size_t i = 0; i < a->nvisible; i++) {
		const struct code_info *ci = &a->cat->codes[a->visible[i].code];

		if (!node_has(a, n, ci))
			continue;
		if (ci->code == keep)
			a->list_sel = a->nrows;
		a->rows[a->nrows++] = (unsigned)i;
	}
}

int app_pane_rows(const struct app *a, enum pane p)
{
	return a->pane[p].h > 1 ? a->pane[p].h - 1 : 1;
}

/* Keep the selection on screen. */
static void follow(size_t sel, size_t *top, int rows)
{
	if (sel < *top)
		*top = sel;
	else if (sel >= *top + (size_t)rows)
		*top = sel - (size_t)rows + 1;
}

static void clamp_top(size_t *top, size_t n, int rows)
{
	size_t max = n > (size_t)rows ? n - (size_t)rows : 0;

	if (*top > max)
		*top = max;
}

/* ---- the description pane -------------------------------------------------- */

struct note_ctx {
	struct app *a;
	int width;
};

static void desc_note(void *ctx, const char *line)
{
	struct note_ctx *n = ctx;
	struct doc *d = &n->a->desc;
	const char *s = doc_own(d, xstrdup(line));

	s = catalog_note_quotes(line) ? doc_exact(d, n->a->ascii, s) : doc_text(d, n->a->ascii, s);
	doc_wrap(d, DL_NOTE, 1, s, n->width, NULL, 0);
}

#define MAX_SPANS 512

/* The header: the source's label, and the name the source gives (which may
 * differ from the best name), its matches highlighted; wrapped, never cut,
 * so that a qualifier or a [sic] spelling at its end stays in sight. */
static void desc_header(struct app *a, const struct entry *e, int width)
{
	struct doc *d = &a->desc;
	const char *label = doc_text(d, a->ascii, a->cat->sources[e->source].label), *h;
	struct qspan sp[16];
	size_t n, at = strlen(label) + 2;

	if (!e->name[0]) {
		doc_header(d, label, width, NULL, 0);
		return;
	}
	if (e->qualifier[0])
		h = doc_printf(d, a->ascii, "%s: %s (%s)", label, e->name, e->qualifier);
	else
		h = doc_printf(d, a->ascii, "%s: %s", label, e->name);
	n = query_spans(app_query(a), FIELD_NAME, h + at, strlen(h) - at, sp, 16);
	for (size_t i = 0; i < n; i++)
		sp[i].off += at;
	doc_header(d, h, width, sp, n);
}

/* One source's entry: its header, the wrapped text with the search's
 * matches highlighted, small notes. */
static void desc_entry(struct app *a, const struct entry *e, int width)
{
	struct doc *d = &a->desc;
	struct qspan *sp;
	const char *t;
	size_t n;

	if (d->n)
		doc_add(d, DL_BLANK, 0, "", 0);
	desc_header(a, e, width);
	if (e->reg)
		doc_wrap(d, DL_TEXT, 1, doc_text(d, a->ascii, doc_own(d, catalog_registry_text(e))),
			 width, NULL, 0);
	if (e->text[0]) {
		t = doc_text(d, a->ascii, e->text);
		sp = xcalloc(MAX_SPANS, sizeof(*sp));
		n = query_spans(app_query(a), FIELD_TEXT, t, strlen(t), sp, MAX_SPANS);
		doc_wrap(d, DL_TEXT, 1, t, width, sp, n);
		free(sp);
	} else if (!e->reg) {   /* say so, rather than leave a blank that looks lost */
		doc_wrap(d, DL_NOTE, 1, CATALOG_NO_TEXT, width, NULL, 0);
	}
	catalog_notes(e, desc_note, &(struct note_ctx){ a, width });
}

bool app_desc_is_class(const struct app *a)
{
	return a->focus == PANE_TREE && a->nnodes && a->nodes[a->tree_sel].cls >= 0;
}

static void desc_lines(struct app *a)
{
	int width = a->pane[PANE_DESC].w;
	const struct code_info *ci = app_code(a);

	doc_clear(&a->desc);
	a->desc_top = 0;
	a->desc_width = width;
	if (width < 2)
		return;
	if (app_desc_is_class(a)) {
		int cls = a->nodes[a->tree_sel].cls;

		for (size_t i = 0; i < a->cat->nclasses; i++) {
			const struct entry *e = &a->cat->classes[i];

			if (e->code == cls * 100 && filter_entry(&a->filter, a->cat, e))
				desc_entry(a, e, width);
		}
		if (!a->desc.n)
			doc_wrap(&a->desc, DL_NOTE, 1, doc_printf(&a->desc, a->ascii,
				 "No source defines the class %dxx.", cls), width, NULL, 0);
		return;
	}
	for (unsigned k = 0; ci && k < ci->count; k++) {
		const struct entry *e = &a->cat->entries[ci->first + k];

		if (filter_entry(&a->filter, a->cat, e))
			desc_entry(a, e, width);
	}
}

void app_build_desc(struct app *a)
{
	desc_lines(a);
	search_find_matches(a);
}

/* ---- overlays: help and sources ----------------------------------------------- */

#define KEY_COLUMN 22            /* where the help texts start, after the indent */
#define KEY_COLUMN_NARROW 12     /* the same on a narrow screen */
#define HELP_MIN 30              /* a text column narrower than this: narrow */

/* Append a key's name to buf ("j, Down"); the ten digits as one "0-9". */
static void keys_add(char *buf, size_t size, int k)
{
	char name[16];

	if (k >= '1' && k <= '9')
		return;         /* "0" stands for them all */
	snprintf(buf + strlen(buf), size - strlen(buf), "%s%s", buf[0] ? ", " : "",
		 k == '0' ? "0-9" : keys_name(k, name));
}

/* Was key k listed already, by a binding before bindings[i]? */
static bool keys_listed(size_t i, int k, const enum action *acts, size_t n, int mode)
{
	for (size_t j = 0; j < i; j++)
		for (size_t a = 0; a < n; a++)
			if (bindings[j].key == k && keys_mode_action(mode < 0 ? bindings[j].mode :
			    (enum keymode)mode, k) == acts[a])
				return true;
	return false;
}

/* The keys that give one of acts[0..n) (in that order), read in mode, or
 * for mode -1 where each is bound; a key shadowed there is not listed. */
static char *keys_of(const enum action *acts, size_t n, int mode)
{
	char buf[128] = "";

	for (size_t a = 0; a < n; a++)
		for (size_t i = 0; i < nbindings; i++) {
			int k = bindings[i].key;
			enum keymode m = mode < 0 ? bindings[i].mode : (enum keymode)mode;

			if ((mode < 0 && bindings[i].action != acts[a]) ||
			    keys_mode_action(m, k) != acts[a] || keys_listed(i, k, acts, a + 1, mode))
				continue;
			keys_add(buf, sizeof(buf), k);
		}
	return xstrdup(buf);
}

/* The column of the help texts on a help screen width columns wide. */
static int help_column(int width)
{
	return width - 2 - KEY_COLUMN >= HELP_MIN ? KEY_COLUMN : KEY_COLUMN_NARROW;
}

/* A key and its text: the key, and beside it from column col the text
 * wrapped in its column, continued under itself; a key too wide for its
 * column gets the text on the lines under it, at the column. key and text
 * must live as long as d's lines. */
static void key_line(struct doc *d, const char *key, const char *text, int col, int width)
{
	int room = width - 2 - col;
	size_t klen = strlen(key), first = d->n, i = 0;
	struct tl_line *l;
	size_t n = tl_wrap_text(text, strlen(text), room > 1 ? (unsigned)room : 1, &l);

	if (n && (int)tl_width(key, klen) + 2 <= col) {
		const char *s = doc_own(d, xasprintf("%s%*s%.*s", key, col - (int)klen, "",
						     (int)l[0].len, text + l[0].off));

		doc_add(d, DL_KEY, 2, s, strlen(s));
		i = 1;
	} else {
		doc_add(d, DL_KEY, 2, key, klen);
	}
	d->v[first].key_len = (unsigned short)klen;
	for (; i < n; i++) {
		if (l[i].len)
			doc_add(d, DL_TEXT, 2 + (unsigned)col + l[i].indent, text + l[i].off, l[i].len);
		else
			doc_add(d, DL_BLANK, 0, "", 0);
		d->v[d->n - 1].cont = true;
	}
	free(l);
}

/* One line of the help: the keys, and the help in its column. */
static void help_line(struct doc *d, const char *keys, const char *help, int width)
{
	key_line(d, keys, help, help_column(width), width);
}

static void help_section(struct doc *d, const char *section)
{
	doc_add(d, DL_BLANK, 0, "", 0);
	doc_add(d, DL_TITLE, 0, section, strlen(section));
}

/* Does a row of the screen table in section name act? */
static bool help_row_names(const char *section, enum action act)
{
	for (size_t r = 0; r < nscreen_rows; r++)
		for (size_t k = 0; k < SCREEN_ROW_ACTS && screen_rows[r].acts[k]; k++)
			if (screen_rows[r].acts[k] == act && strcmp(screen_rows[r].section, section) == 0)
				return true;
	return false;
}

/* A section: its rows of the screen table, then its actions none of them
 * names. */
static void help_rows(struct doc *d, const char *section, int width)
{
	for (size_t r = 0; r < nscreen_rows; r++) {
		const struct screen_row *row = &screen_rows[r];
		size_t n = 0;

		if (strcmp(row->section, section) != 0)
			continue;
		while (n < SCREEN_ROW_ACTS && row->acts[n])
			n++;
		help_line(d, doc_own(d, keys_of(row->acts, n, (int)row->mode)),
			  row->help ? row->help : action_help(row->acts[0]), width);
	}
	for (int act = 1; act < ACT_COUNT; act++) {
		enum action x = (enum action)act;

		if (strcmp(action_section(x), section) == 0 && !help_row_names(section, x))
			help_line(d, doc_own(d, keys_of(&x, 1, -1)), action_help(x), width);
	}
}

/* The help screen, generated from the action table: its sections in its
 * order, then the sections only the screen table has. */
static void build_help(struct app *a, int width)
{
	static const char title[] = "httpcodes " HTTPCODES_VERSION ": keys";
	struct doc *d = &a->over;
	const char *done[ACT_COUNT + 16];
	size_t ndone = 0;

	doc_clear(d);
	doc_add(d, DL_TITLE, 0, title, strlen(title));
	for (int act = 1; act < ACT_COUNT; act++) {
		const char *s = action_section((enum action)act);

		if (ndone && strcmp(done[ndone - 1], s) == 0)
			continue;
		done[ndone++] = s;
		help_section(d, s);
		help_rows(d, s, width);
	}
	for (size_t r = 0; r < nscreen_rows; r++) {
		bool seen = false;

		for (size_t k = 0; k < ndone; k++)
			seen |= strcmp(done[k], screen_rows[r].section) == 0;
		if (seen || ndone == sizeof(done) / sizeof(done[0]))
			continue;
		done[ndone++] = screen_rows[r].section;
		help_section(d, screen_rows[r].section);
		help_rows(d, screen_rows[r].section, width);
	}
	help_section(d, "mouse");
	help_line(d, "click", "select a line, focus its pane", width);
	help_line(d, "wheel", "scroll the pane under the pointer", width);
}

struct repair_ctx {
	struct app *a;
	int width;
	int code;
	bool is_class;
};

static void source_repair(void *ctx, const char *line)
{
	struct repair_ctx *r = ctx;
	struct doc *d = &r->a->over;

	if (strncmp(line, "repaired: ", 10) != 0)
		return;
	doc_wrap(d, DL_NOTE, 4, doc_exact(d, r->a->ascii, r->is_class ? doc_printf(d, false, "%dxx %s",
		 r->code / 100, line + 10) : doc_printf(d, false, "%03d %s", r->code, line + 10)),
		 r->width, NULL, 0);
}

static void source_repairs(struct app *a, size_t src, int width)
{
	const struct entry *lists[2] = { a->cat->classes, a->cat->entries };
	size_t ns[2] = { a->cat->nclasses, a->cat->nentries };

	for (int l = 0; l < 2; l++)
		for (size_t i = 0; i < ns[l]; i++) {
			const struct entry *e = &lists[l][i];
			struct repair_ctx r = { a, width, e->code, e->is_class };

			if (e->source == src && e->nrepairs)
				catalog_notes(e, source_repair, &r);
		}
}

#define FIELD_COLUMN 10   /* where a source's values start, after the labels */
#define FIELD_MIN 20      /* a value column narrower than this: values under their labels */

/* "author    Todd Fredrich", continuation lines under the value; on a
 * narrow screen the value goes under its label, as in --sources. */
static void source_field(struct app *a, const char *key, const char *value, int width)
{
	struct doc *d = &a->over;
	int col = width - 2 - FIELD_COLUMN >= FIELD_MIN ? FIELD_COLUMN : 2;

	key_line(d, key, doc_text(d, a->ascii, value[0] ? value : "-"), col, width);
}

/* The sources screen: each source's provenance and every repair made. */
static void build_sources(struct app *a, int width)
{
	struct doc *d = &a->over;

	doc_clear(d);
	doc_add(d, DL_TITLE, 0, "sources", 7);
	for (size_t i = 0; i < a->cat->nsources; i++) {
		const struct source *s = &a->cat->sources[i];
		const char *label = doc_text(d, a->ascii, s->label);

		doc_add(d, DL_BLANK, 0, "", 0);
		doc_header(d, label, width, NULL, 0);
		source_field(a, "title", s->title, width);
		source_field(a, "id", s->id, width);
		source_field(a, "author", s->author, width);
		source_field(a, "year", s->year, width);
		source_field(a, "url", s->url, width);
		source_field(a, "document", doc_printf(d, false, "%s (%s, %u records)", s->document,
			     s->file, s->nentries), width);
		source_field(a, "license", s->license, width);
		source_field(a, "repairs", s->nrepairs ? doc_printf(d, false, "%u:", s->nrepairs)
			     : "none", width);
		source_repairs(a, i, width);
	}
}

static void build_overlay(struct app *a)
{
	int width = a->width - 4 > 10 ? a->width - 4 : 10;

	a->over_top = 0;
	if (a->overlay == OVERLAY_HELP)
		build_help(a, width);
	else if (a->overlay == OVERLAY_SOURCES)
		build_sources(a, width);
	else if (a->overlay == OVERLAY_FILTER)
		panel_build(a, width);
	else if (a->overlay == OVERLAY_COMPARE)
		compare_build(a);
}

/* ---- layout ------------------------------------------------------------------- */

/* Tree, list and description side by side over the status bar, with a
 * one-column rule between panes. The tree is as narrow as its labels; the
 * list gets a bit under half of the rest. */
static void layout(struct app *a)
{
	int h = a->height - 1, tree = a->width >= 100 ? 16 : a->width >= 60 ? 14 : 12;
	int rest = a->width - tree - 2;
	int list = rest * 45 / 100;

	if (list < 14)
		list = 14;
	if (list > 44)
		list = 44;
	a->pane[PANE_TREE] = (struct rect){ 0, 0, h, tree };
	a->pane[PANE_LIST] = (struct rect){ 0, tree + 1, h, list };
	a->pane[PANE_DESC] = (struct rect){ 0, tree + list + 2, h, rest - list };
}

int app_content_rows(const struct app *a, enum pane p)
{
	return app_pane_rows(a, p);
}

const struct query *app_query(const struct app *a)
{
	const struct query *q = &a->search.q;

	return q->nterms || q->nsels ? q : NULL;
}

/* Each code's name and marks as the filter leaves them: remade when the
 * filter changes, not for every key typed in a search. */
static void update_facts(struct app *a)
{
	if (a->facts && filter_equal(&a->facts_filter, &a->filter))
		return;
	if (!a->facts)
		a->facts = xreallocarray(NULL, a->cat->ncodes ? a->cat->ncodes : 1,
					 sizeof(*a->facts));
	for (size_t i = 0; i < a->cat->ncodes; i++)
		query_code_facts(a->cat, &a->filter, &a->cat->codes[i], &a->facts[i]);
	filter_free(&a->facts_filter);
	filter_copy(&a->facts_filter, &a->filter);
}

void app_refresh(struct app *a, bool within)
{
	/* while a search is typed, the best match is selected, not the last */
	int keep = a->nvisible && !a->search.typing ? app_selected_code(a) : -1;
	struct tree_node cur = a->nnodes ? a->nodes[a->tree_sel] : (struct tree_node){ -1, -1, 0 };
	struct hit *before = a->visible;

	if (within)
		a->nvisible = query_run_within(a->cat, app_query(a), &a->filter, before,
					       a->nvisible, &a->visible);
	else
		a->nvisible = query_run(a->cat, app_query(a), &a->filter, &a->visible);
	free(before);
	update_facts(a);
	build_tree(a);
	a->tree_sel = 0;
	for (size_t i = 0; i < a->nnodes; i++)
		if (a->nodes[i].cls == cur.cls && a->nodes[i].vendor == cur.vendor)
			a->tree_sel = i;
	build_rows(a, keep);
	app_build_desc(a);
}

void app_scroll_all(struct app *a)
{
	follow(a->tree_sel, &a->tree_top, app_pane_rows(a, PANE_TREE));
	clamp_top(&a->tree_top, a->nnodes, app_pane_rows(a, PANE_TREE));
	follow(a->list_sel, &a->list_top, app_pane_rows(a, PANE_LIST));
	clamp_top(&a->list_top, a->nrows, app_pane_rows(a, PANE_LIST));
	clamp_top(&a->desc_top, a->desc.n, app_pane_rows(a, PANE_DESC));
	if (a->over_sel >= 0)   /* the filters panel's selection stays in sight */
		follow((size_t)a->over_sel, &a->over_top, a->height - 1);
	clamp_top(&a->over_top, a->over.n, a->height - 1);
}

unsigned app_resize(struct app *a, int rows, int cols)
{
	a->height = rows;
	a->width = cols;
	a->too_small = cols < APP_MIN_COLS || rows < APP_MIN_ROWS;
	layout(a);
	if (a->desc_width != a->pane[PANE_DESC].w) {
		size_t top = a->desc_top, cur = a->match_cur;

		app_build_desc(a);
		a->desc_top = top;
		if (cur < a->nmatches)  /* the same texts: the same n-th match */
			a->match_cur = cur;
	}
	if (a->overlay) {
		/* the help and the sources keep their place: the line at the top
		 * rewrapped is still at the top, or as much of it as the new
		 * width leaves; the panel shows as much from its top as the
		 * selection allows (app_scroll_all keeps that in sight) */
		bool text = a->overlay == OVERLAY_HELP || a->overlay == OVERLAY_SOURCES;
		struct doc_place at = doc_place(&a->over, a->over_top);
		size_t top = a->overlay == OVERLAY_FILTER ? 0 : a->over_top;

		build_overlay(a);
		a->over_top = text ? doc_place_line(&a->over, at) : top;
	}
	app_scroll_all(a);
	return DIRTY_ALL;
}

void app_init(struct app *a, const struct catalog *c, const struct filter *f, bool ascii)
{
	memset(a, 0, sizeof(*a));
	a->cat = c;
	a->ascii = ascii;
	a->focus = PANE_LIST;
	filter_init(&a->filter);
	if (f)
		filter_copy(&a->filter, f);
	a->height = 24;
	a->width = 80;
	layout(a);
	app_refresh(a, false);
}

void app_free(struct app *a)
{
	filter_free(&a->filter);
	filter_free(&a->facts_filter);
	free(a->facts);
	free(a->nodes);
	free(a->visible);
	free(a->rows);
	doc_free(&a->desc);
	doc_free(&a->over);
	search_free(a);
	compare_close(a);
	free(a->matches);
	memset(a, 0, sizeof(*a));
}

const struct code_info *app_code(const struct app *a)
{
	if (!a->nrows)
		return NULL;
	return app_row(a, a->list_sel);
}

const struct code_info *app_row(const struct app *a, size_t k)
{
	return &a->facts[a->visible[a->rows[k]].code];
}

const struct tree_node *app_node(const struct app *a)
{
	return &a->nodes[a->tree_sel];
}

/* ---- actions ------------------------------------------------------------------------ */

#define TO_TOP (-(1L << 30))
#define TO_BOTTOM (1L << 30)

static size_t moved(size_t cur, size_t n, long delta)
{
	long to = (long)cur + delta;

	if (!n || to < 0)
		return 0;
	return (size_t)to >= n ? n - 1 : (size_t)to;
}

unsigned app_select_node(struct app *a, size_t i)
{
	int keep = app_selected_code(a);

	if (i == a->tree_sel)
		return 0;
	a->tree_sel = i;
	build_rows(a, keep);
	app_build_desc(a);
	return DIRTY_TREE | DIRTY_LIST | DIRTY_DESC | DIRTY_STATUS;
}

unsigned app_select_row(struct app *a, size_t i)
{
	if (i == a->list_sel)
		return 0;
	a->list_sel = i;
	app_build_desc(a);
	return DIRTY_LIST | DIRTY_DESC | DIRTY_STATUS;
}

static unsigned scroll_desc(struct app *a, long delta)
{
	size_t top = moved(a->desc_top, a->desc.n, delta);

	clamp_top(&top, a->desc.n, app_pane_rows(a, PANE_DESC));
	if (top == a->desc_top)
		return 0;
	a->desc_top = top;
	return DIRTY_DESC;
}

/* Move in a pane: the tree and the list move their selection, the
 * description scrolls. */
static unsigned move_in(struct app *a, enum pane p, long delta)
{
	unsigned d;

	if (p == PANE_TREE)
		d = app_select_node(a, moved(a->tree_sel, a->nnodes, delta));
	else if (p == PANE_LIST)
		d = app_select_row(a, moved(a->list_sel, a->nrows, delta));
	else
		d = scroll_desc(a, delta);
	app_scroll_all(a);
	return d;
}

static unsigned move(struct app *a, long delta)
{
	return move_in(a, a->focus, delta);
}

static long page(const struct app *a)
{
	int h = a->overlay ? a->height - 1 : app_pane_rows(a, a->focus);

	return h > 1 ? h - 1 : 1;
}

static unsigned act_down(struct app *a, int arg) { (void)arg; return move(a, 1); }
static unsigned act_up(struct app *a, int arg) { (void)arg; return move(a, -1); }
static unsigned act_page_down(struct app *a, int arg) { (void)arg; return move(a, page(a)); }
static unsigned act_page_up(struct app *a, int arg) { (void)arg; return move(a, -page(a)); }
static unsigned act_top(struct app *a, int arg) { (void)arg; return move(a, TO_TOP); }
static unsigned act_bottom(struct app *a, int arg) { (void)arg; return move(a, TO_BOTTOM); }

static unsigned act_quit(struct app *a, int arg)
{
	(void)arg;
	a->quit = true;
	return 0;
}

/* ---- screens over the panes: each opened over another keeps it ---------- */

static void show_overlay(struct app *a, enum overlay o, size_t top)
{
	a->overlay = o;
	a->over_sel = -1;
	build_overlay(a);
	a->over_top = top;
	app_scroll_all(a);
}

/* Close the screen on top: back to the one it was opened over, as it was
 * (its scroll, the panel's selection, the compare view's columns). */
static unsigned pop_overlay(struct app *a)
{
	if (a->overlay == OVERLAY_COMPARE)
		compare_close(a);
	if (!a->nback) {
		a->overlay = OVERLAY_NONE;
		app_scroll_all(a);
		return DIRTY_ALL;
	}
	a->nback--;
	if (a->over_back[a->nback] == OVERLAY_COMPARE && a->cmp.ci != app_code(a)) {
		/* the filters changed the code selected under it: it is gone */
		a->overlay = OVERLAY_COMPARE;
		return pop_overlay(a);
	}
	show_overlay(a, a->over_back[a->nback], a->over_back_top[a->nback]);
	return DIRTY_ALL;
}

static bool in_back(const struct app *a, enum overlay o)
{
	for (size_t i = 0; i < a->nback; i++)
		if (a->over_back[i] == o)
			return true;
	return false;
}

enum { KEY_DONE, KEY_OPEN, KEY_OPEN_OVER };

/* A screen's key: on it, close it; under it, go back down to it (KEY_DONE,
 * *d the changes). Else it is to be opened: over what is shown, which is
 * kept under it (KEY_OPEN_OVER), or over the panes (KEY_OPEN); *d what
 * going down on the way changed. */
static int overlay_key(struct app *a, enum overlay o, unsigned *d)
{
	*d = 0;
	if (a->overlay == o) {
		*d = pop_overlay(a);
		return KEY_DONE;
	}
	while (a->overlay != o && in_back(a, o))
		*d |= pop_overlay(a);   /* (a compare view can go on the way) */
	if (a->overlay == o)
		return KEY_DONE;
	if (!a->overlay || a->nback == OVERLAY_DEPTH)
		return KEY_OPEN;
	a->over_back[a->nback] = a->overlay;
	a->over_back_top[a->nback++] = a->over_top;
	return KEY_OPEN_OVER;
}

static unsigned open_overlay(struct app *a, enum overlay o)
{
	unsigned d;

	if (overlay_key(a, o, &d) == KEY_DONE)
		return d;
	show_overlay(a, o, 0);
	return DIRTY_ALL;
}

static unsigned act_help(struct app *a, int arg) { (void)arg; return open_overlay(a, OVERLAY_HELP); }
static unsigned act_sources(struct app *a, int arg) { (void)arg; return open_overlay(a, OVERLAY_SOURCES); }

static unsigned act_close(struct app *a, int arg)
{
	(void)arg;
	if (!a->overlay)
		return app_query(a) ? search_clear(a) : 0;
	return pop_overlay(a);
}

static unsigned act_redraw(struct app *a, int arg)
{
	(void)a;
	(void)arg;
	return DIRTY_ALL | DIRTY_LAYOUT;
}

unsigned app_set_focus(struct app *a, enum pane p)
{
	bool was_class = app_desc_is_class(a);

	if (p == a->focus)
		return 0;
	a->focus = p;
	if (was_class != app_desc_is_class(a))
		app_build_desc(a);
	return DIRTY_TREE | DIRTY_LIST | DIRTY_DESC | DIRTY_STATUS;
}

static unsigned act_focus_next(struct app *a, int arg)
{
	(void)arg;
	return app_set_focus(a, (enum pane)((a->focus + 1) % PANE_COUNT));
}

static unsigned act_focus_prev(struct app *a, int arg)
{
	(void)arg;
	return app_set_focus(a, (enum pane)((a->focus + PANE_COUNT - 1) % PANE_COUNT));
}

static unsigned act_focus_right(struct app *a, int arg)
{
	(void)arg;
	return a->focus + 1 < PANE_COUNT ? app_set_focus(a, (enum pane)(a->focus + 1)) : 0;
}

static unsigned act_focus_left(struct app *a, int arg)
{
	(void)arg;
	return a->focus > 0 ? app_set_focus(a, (enum pane)(a->focus - 1)) : 0;
}

/* Enter: open or close a class in the tree; in the list, read on. */
static unsigned act_toggle(struct app *a, int arg)
{
	const struct tree_node *n = a->nnodes ? &a->nodes[a->tree_sel] : NULL;
	int cls, keep;
	bool was_group;

	(void)arg;
	if (a->focus != PANE_TREE || !n)
		return a->focus == PANE_LIST ? app_set_focus(a, PANE_DESC) : 0;
	if (n->cls < 0)
		return app_set_focus(a, PANE_LIST);
	cls = n->cls;
	keep = app_selected_code(a);
	was_group = n->vendor >= 0;
	a->expanded ^= 1u << cls;
	build_tree(a);
	for (size_t i = 0; i < a->nnodes; i++)
		if (a->nodes[i].cls == cls && a->nodes[i].vendor < 0)
			a->tree_sel = i;
	app_scroll_all(a);
	if (!was_group)
		return DIRTY_TREE | DIRTY_STATUS;
	build_rows(a, keep);    /* closed from a group: the list is the class's again */
	app_build_desc(a);
	app_scroll_all(a);
	return DIRTY_TREE | DIRTY_LIST | DIRTY_DESC | DIRTY_STATUS;
}

static unsigned act_search(struct app *a, int arg) { (void)arg; return search_open(a); }
static unsigned act_next_match(struct app *a, int arg) { (void)arg; return search_step(a, 1); }
static unsigned act_prev_match(struct app *a, int arg) { (void)arg; return search_step(a, -1); }
static unsigned act_filter(struct app *a, int arg) { (void)arg; return open_overlay(a, OVERLAY_FILTER); }
static unsigned act_compare(struct app *a, int arg)
{
	unsigned d;
	int k = overlay_key(a, OVERLAY_COMPARE, &d);

	(void)arg;
	if (k == KEY_DONE)
		return d;
	d |= compare_open(a);
	if (a->overlay != OVERLAY_COMPARE && k == KEY_OPEN_OVER)
		a->nback--;     /* not opened: what was shown stays, on top */
	return d;
}

static bool starts_with_digits(const struct app *a, int code)
{
	char s[8];

	snprintf(s, sizeof(s), "%03d", code);
	return strncmp(s, a->digits, a->ndigits) == 0;
}

/* The first row (or visible code, when rows is false; or code of the
 * catalog, when all) whose code starts with the digits typed; -1 if none. */
static long find_prefix(const struct app *a, bool rows, bool all)
{
	size_t n = all ? a->cat->ncodes : rows ? a->nrows : a->nvisible;

	for (size_t i = 0; i < n; i++) {
		const struct code_info *ci = all ? &a->cat->codes[i]
			: &a->cat->codes[a->visible[rows ? a->rows[i] : i].code];

		if (starts_with_digits(a, ci->code))
			return (long)i;
	}
	return -1;
}

/* The selection of before the first digit, after a code not found. */
static unsigned digits_restore(struct app *a)
{
	unsigned d = 0;

	for (size_t k = 0; k < a->nnodes; k++)
		if (a->nodes[k].cls == a->digits_node.cls && a->nodes[k].vendor == a->digits_node.vendor &&
		    k != a->tree_sel)
			d |= app_select_node(a, k);
	for (size_t i = 0; i < a->nrows; i++)
		if (app_row(a, i)->code == a->digits_code && i != a->list_sel)
			d |= app_select_row(a, i);
	app_scroll_all(a);
	return d;
}

/* No code shown starts with the digits: say why. The digits stay until
 * the third, so that 2 9 9 reads as 299, not as 29 and then a new code 9;
 * then the selection goes back to where it was before the first. */
static unsigned digits_missed(struct app *a)
{
	bool hidden = find_prefix(a, false, true) >= 0;
	const char *why = !hidden ? "" : app_query(a) ? ": hidden by the search or filters"
		: ": hidden by the filters";

	if (a->ndigits == 3)
		snprintf(a->message, sizeof(a->message), "%s %s%s", hidden ? "code" : "no code",
			 a->digits, hidden ? why : "");
	else
		snprintf(a->message, sizeof(a->message), "%s %s%s",
			 hidden ? "codes starting with" : "no code starts with", a->digits, why);
	if (a->ndigits < 3)
		return DIRTY_STATUS;
	a->ndigits = 0;
	return DIRTY_STATUS | digits_restore(a);
}

/* Typing a code jumps to it: each digit selects the first code that starts
 * with the digits so far, switching the tree to its class when the code is
 * not under the selected node. The list follows from any pane. */
static unsigned act_digit(struct app *a, int arg)
{
	unsigned d = DIRTY_STATUS;
	long i;

	if (!a->ndigits) {
		a->digits_code = app_selected_code(a);
		a->digits_node = a->nnodes ? *app_node(a) : (struct tree_node){ -1, -1, 0 };
	}
	a->digits[a->ndigits++] = (char)arg;
	a->digits[a->ndigits] = '\0';
	if ((i = find_prefix(a, true, false)) < 0 && (i = find_prefix(a, false, false)) >= 0) {
		int cls = a->cat->codes[a->visible[i].code].code / 100;

		for (size_t k = 0; k < a->nnodes; k++)
			if (a->nodes[k].cls == cls && a->nodes[k].vendor < 0)
				d |= app_select_node(a, k);
		i = find_prefix(a, true, false);
	}
	if (i < 0)
		return d | digits_missed(a);
	if (a->ndigits == 3)
		a->ndigits = 0;         /* the code is complete */
	if (a->focus == PANE_TREE)
		d |= app_set_focus(a, PANE_LIST);
	d |= app_select_row(a, (size_t)i);
	if (a->list_sel < a->list_top || a->list_sel >= a->list_top + (size_t)app_pane_rows(a, PANE_LIST)) {
		size_t half = (size_t)app_pane_rows(a, PANE_LIST) / 2;    /* a jump lands mid-pane */

		a->list_top = a->list_sel > half ? a->list_sel - half : 0;
	}
	app_scroll_all(a);
	return d;
}

typedef unsigned handler(struct app *a, int arg);

static handler *const handlers[ACT_COUNT] = {
	[ACT_QUIT] = act_quit, [ACT_HELP] = act_help, [ACT_SOURCES] = act_sources,
	[ACT_CLOSE] = act_close, [ACT_REDRAW] = act_redraw,
	[ACT_DOWN] = act_down, [ACT_UP] = act_up, [ACT_PAGE_DOWN] = act_page_down,
	[ACT_PAGE_UP] = act_page_up, [ACT_TOP] = act_top, [ACT_BOTTOM] = act_bottom,
	[ACT_DIGIT] = act_digit,
	[ACT_FOCUS_NEXT] = act_focus_next, [ACT_FOCUS_PREV] = act_focus_prev,
	[ACT_FOCUS_RIGHT] = act_focus_right, [ACT_FOCUS_LEFT] = act_focus_left,
	[ACT_TOGGLE] = act_toggle,
	[ACT_SEARCH] = act_search, [ACT_FILTER] = act_filter, [ACT_COMPARE] = act_compare,
	[ACT_NEXT_MATCH] = act_next_match, [ACT_PREV_MATCH] = act_prev_match,
};

/* Over the help or sources screen, moving scrolls it and little else works. */
static unsigned overlay_apply(struct app *a, enum action act)
{
	long delta = 0;
	size_t top;

	switch (act) {
	case ACT_DOWN: delta = 1; break;
	case ACT_UP: delta = -1; break;
	case ACT_PAGE_DOWN: delta = page(a); break;
	case ACT_PAGE_UP: delta = -page(a); break;
	case ACT_TOP: delta = TO_TOP; break;
	case ACT_BOTTOM: delta = TO_BOTTOM; break;
	case ACT_QUIT: case ACT_HELP: case ACT_SOURCES: case ACT_FILTER: case ACT_CLOSE:
	case ACT_REDRAW: case ACT_COMPARE:
		return handlers[act](a, 0);
	default:
		return 0;
	}
	top = moved(a->over_top, a->over.n, delta);
	clamp_top(&top, a->over.n, a->height - 1);
	if (top == a->over_top)
		return 0;
	a->over_top = top;
	return DIRTY_OVERLAY;
}

unsigned app_apply(struct app *a, enum action act, int arg)
{
	unsigned d = 0;

	if (act <= ACT_NONE || act >= ACT_COUNT || !handlers[act])
		return 0;
	if (act != ACT_DIGIT && a->ndigits) {
		a->ndigits = 0;
		d |= DIRTY_STATUS;
	}
	if (a->message[0]) {
		a->message[0] = '\0';
		d |= DIRTY_STATUS;
	}
	if (a->too_small && act != ACT_QUIT && act != ACT_REDRAW)
		return d;
	if (a->overlay)
		return d | overlay_apply(a, act);
	return d | handlers[act](a, arg);
}

unsigned app_key(struct app *a, int key)
{
	unsigned d = 0;

	if (a->message[0]) {    /* a one-off note lasts until the next key */
		a->message[0] = '\0';
		d = DIRTY_STATUS;
	}
	if (!a->too_small && !a->overlay && a->search.typing)
		return d | search_key(a, key);
	if (!a->too_small && a->overlay == OVERLAY_FILTER)
		return d | panel_key(a, key);
	if (!a->too_small && a->overlay == OVERLAY_COMPARE)
		return d | compare_key(a, key);
	return d | app_apply(a, keys_action(key), key);
}

/* ---- the mouse ------------------------------------------------------------------------ */

static int pane_at(const struct app *a, int y, int x)
{
	for (int p = 0; p < PANE_COUNT; p++) {
		const struct rect *r = &a->pane[p];

		if (y >= r->y && y < r->y + r->h && x >= r->x && x < r->x + r->w)
			return p;
	}
	return -1;
}

unsigned app_click(struct app *a, int y, int x)
{
	int p = a->overlay || a->too_small ? -1 : pane_at(a, y, x);
	size_t row;
	unsigned d;

	if (!a->too_small && a->overlay == OVERLAY_FILTER)
		return panel_click(a, y);
	if (!a->too_small && a->overlay == OVERLAY_COMPARE)
		return compare_click(a, y, x);
	if (p < 0)
		return 0;
	d = app_set_focus(a, (enum pane)p);
	if (y == a->pane[p].y)
		return d;       /* the title row */
	row = (size_t)(y - a->pane[p].y - 1);
	if (p == PANE_TREE && a->tree_top + row < a->nnodes)
		d |= app_select_node(a, a->tree_top + row);
	else if (p == PANE_LIST && a->list_top + row < a->nrows)
		d |= app_select_row(a, a->list_top + row);
	if (p == PANE_TREE && app_desc_is_class(a)) {
		app_build_desc(a);
		d |= DIRTY_DESC;
	}
	app_scroll_all(a);
	return d;
}

unsigned app_wheel(struct app *a, int y, int x, int dir)
{
	int p = a->too_small ? -1 : pane_at(a, y, x);
	unsigned d = 0;

	if (a->too_small)
		return 0;
	if (a->overlay == OVERLAY_COMPARE)
		return a->cmp_choosing ? 0 : compare_scroll(a, 3L * dir);
	if (a->overlay) {
		for (int i = 0; i < 3; i++)
			d |= overlay_apply(a, dir < 0 ? ACT_UP : ACT_DOWN);
		return d;
	}
	if (p < 0)
		return 0;
	/* the pane under the pointer scrolls, whichever has the focus */
	return move_in(a, (enum pane)p, 3L * dir);
}
