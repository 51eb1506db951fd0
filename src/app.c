/* app: the panes' state: what is visible (codes, tree, rows), the
 * description, the search's matches in it, the layout; building it all
 * again when the filter, the search or the size changes. The actions and
 * the screens over the panes are app_act.c's. No curses. */
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

	QUERY_FOR_VISIBLE(e, a->cat, &a->filter, ci)
		m |= e->vendor;
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

/* The entry shown above e whose text e's repeats (catalog_same_text over
 * the visible entries), or NULL; none for a class record. */
static const struct entry *desc_same_text(const struct app *a, const struct entry *e)
{
	bool *keep;
	const struct entry *same;

	if (e->is_class)
		return NULL;
	keep = query_kept(a->cat, &a->filter, catalog_code(a->cat, e->code));
	same = catalog_same_text(a->cat, e, keep);
	free(keep);
	return same;
}

/* One source's entry: its header, the wrapped text with the search's
 * matches highlighted (or, when an entry above says it word for word,
 * which one), small notes. */
static void desc_entry(struct app *a, const struct entry *e, int width)
{
	struct doc *d = &a->desc;
	const struct entry *same = desc_same_text(a, e);
	struct qspan *sp;
	const char *t;
	size_t n;

	if (d->n)
		doc_add(d, DL_BLANK, 0, "", 0);
	desc_header(a, e, width);
	if (e->reg)
		doc_wrap(d, DL_TEXT, 1, doc_text(d, a->ascii, doc_own(d, catalog_registry_text(e))),
			 width, NULL, 0);
	if (same) {
		doc_wrap(d, DL_NOTE, 1, doc_printf(d, a->ascii, CATALOG_SAME_TEXT,
			 a->cat->sources[same->source].label), width, NULL, 0);
	} else if (e->text[0]) {
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
	int width = app_desc_measure(a);
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
	if (!ci)
		return;
	QUERY_FOR_VISIBLE(e, a->cat, &a->filter, ci)
		desc_entry(a, e, width);
}

/* The matches of the search in the description's lines, after a rebuild:
 * one per highlight, not per line ("match 3/7" is one word that n went to,
 * and the description marks it); the first in sight, without scrolling
 * past the end. */
static void find_matches(struct app *a)
{
	size_t rows = (size_t)app_pane_rows(a, PANE_DESC);

	a->nmatches = 0;
	a->match_cur = (size_t)-1;
	a->matches = xreallocarray(a->matches, a->desc.nhl + 1, sizeof(*a->matches));
	for (size_t i = 0; i < a->desc.n; i++)
		for (unsigned k = 0; k < a->desc.v[i].hl_count; k++)
			a->matches[a->nmatches++] = i;
	if (a->nmatches && a->matches[0] >= a->desc_top + rows) {
		size_t max = a->desc.n > rows ? a->desc.n - rows : 0;

		a->desc_top = a->matches[0] - 1 < max ? a->matches[0] - 1 : max;
	}
}

void app_build_desc(struct app *a)
{
	desc_lines(a);
	find_matches(a);
}

/* ---- layout ------------------------------------------------------------------- */

/* The panes' widths follow their content: the tree as wide as its
 * labels (all of them, so that it does not jump as classes open), the list
 * as wide as its longest name with its marks, the description the rest,
 * its text no wider than a readable measure; each a one-column rule from
 * the next. Below WIDE columns the tree folds away unless it has the
 * focus; the description keeps half of what is left, up to DESC_KEEP.
 * Zoomed, the focused pane has the whole screen. */
#define WIDE 100            /* from this width on, the tree stays */
#define DESC_KEEP 60        /* the description keeps half, up to this much */
#define DESC_MEASURE 100    /* no text line wider than this: readable */
#define TREE_MAX 24
#define LIST_MIN 14

static void layout(struct app *a)
{
	int h = a->height - 1, w = a->width, tree = 0, rest, list, keep;
	bool show_tree = w >= WIDE || a->focus == PANE_TREE;

	if (a->zoom) {
		for (int p = 0; p < PANE_COUNT; p++)
			a->pane[p] = (struct rect){ 0, 0, h, p != (int)a->focus ? 0 : p == PANE_DESC ? w : w - 1 };
		return;
	}
	if (show_tree)
		tree = a->tree_need < (w >= WIDE ? TREE_MAX : w / 3) ? a->tree_need
			: w >= WIDE ? TREE_MAX : w / 3;
	rest = w - (tree ? tree + 1 : 0) - 1;
	keep = DESC_KEEP < rest / 2 ? DESC_KEEP : rest / 2;
	list = a->list_need < rest - keep ? a->list_need : rest - keep;
	if (list < LIST_MIN)
		list = LIST_MIN;
	a->pane[PANE_TREE] = (struct rect){ 0, 0, h, tree };
	a->pane[PANE_LIST] = (struct rect){ 0, tree ? tree + 1 : 0, h, list };
	a->pane[PANE_DESC] = (struct rect){ 0, (tree ? tree + 1 : 0) + list + 1, h, rest - list };
}

int app_desc_measure(const struct app *a)
{
	int w = a->pane[PANE_DESC].w;

	return w < DESC_MEASURE ? w : DESC_MEASURE;
}

/* Columns the tree needs for every label it can show, with a count as
 * wide as the number of codes: "    CloudFlare 386". */
static int tree_need(const struct catalog *c)
{
	int label = 5, count = snprintf(NULL, 0, "%zu", c->ncodes);     /* "  All" */

	for (int v = 0; v < VENDOR_COUNT; v++) {
		int lw = 4 + (int)tl_width(vendor_labels[v], strlen(vendor_labels[v]));

		label = lw > label ? lw : label;
	}
	return label + 2 + count;
}

/* Columns the list needs for every code's name and marks whole: "404
 * Not Found", a blank, its marks, a margin on either side. */
static int list_need(const struct catalog *c)
{
	int need = LIST_MIN;

	for (size_t i = 0; i < c->ncodes; i++) {
		struct code_mark m[QUERY_MARKS_MAX];
		size_t n = query_code_marks(&c->codes[i], true, m);
		int w = 5 + (int)tl_width(c->codes[i].name, strlen(c->codes[i].name)) + 1, mw = 0;

		for (size_t k = 0; k < n; k++)
			mw += (k ? 1 : 0) + (int)tl_width(m[k].text, strlen(m[k].text));
		w += mw ? mw + 1 : 0;
		need = w > need ? w : need;
	}
	return need;
}

int app_content_rows(const struct app *a, enum pane p)
{
	return app_pane_rows(a, p);
}

const struct query *app_query(const struct app *a)
{
	const struct query *q = &a->query;

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

void app_refresh(struct app *a, bool within, bool best)
{
	int keep = a->nvisible && !best ? app_selected_code(a) : -1;
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

void app_set_search(struct app *a, const char *text, struct query *q, bool within, bool best)
{
	snprintf(a->search, sizeof(a->search), "%s", text);
	query_free(&a->query);
	a->query = *q;
	app_refresh(a, within, best);
}

void app_filter_changed(struct app *a)
{
	struct tree_node cur = *app_node(a);

	app_refresh(a, false, false);
	if (cur.vendor >= 0 && app_node(a)->cls != cur.cls)
		for (size_t i = 0; i < a->nnodes; i++)
			if (a->nodes[i].cls == cur.cls && a->nodes[i].vendor < 0) {
				app_select_node(a, i);
				break;
			}
	app_scroll_all(a);
}

void app_scroll_all(struct app *a)
{
	follow(a->tree_sel, &a->tree_top, app_pane_rows(a, PANE_TREE));
	clamp_top(&a->tree_top, a->nnodes, app_pane_rows(a, PANE_TREE));
	follow(a->list_sel, &a->list_top, app_pane_rows(a, PANE_LIST));
	clamp_top(&a->list_top, a->nrows, app_pane_rows(a, PANE_LIST));
	clamp_top(&a->desc_top, a->desc.n, app_pane_rows(a, PANE_DESC));
}

/* The panes laid out again: a description of another width is wrapped
 * again, keeping its place and its current match. Whether anything moved. */
static bool relayout(struct app *a)
{
	struct rect before[PANE_COUNT];

	memcpy(before, a->pane, sizeof(before));
	layout(a);
	if (a->desc_width != app_desc_measure(a)) {
		size_t top = a->desc_top, cur = a->match_cur;

		app_build_desc(a);
		a->desc_top = top;
		if (cur < a->nmatches)  /* the same texts: the same n-th match */
			a->match_cur = cur;
	}
	app_scroll_all(a);
	return memcmp(before, a->pane, sizeof(before)) != 0;
}

unsigned app_resize(struct app *a, int rows, int cols)
{
	a->height = rows;
	a->width = cols;
	a->too_small = cols < APP_MIN_COLS || rows < APP_MIN_ROWS;
	relayout(a);
	for (size_t i = 0; i < a->depth; i++) {   /* each screen keeps its place */
		struct screen *s = a->screens[a->stack[i]];

		if (s->ops->layout)
			s->ops->layout(s, a);
	}
	app_scroll_all(a);
	return DIRTY_ALL;
}

unsigned app_zoom(struct app *a)
{
	a->zoom = !a->zoom;
	relayout(a);
	return DIRTY_ALL | DIRTY_LAYOUT;
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
	a->tree_need = tree_need(c);
	a->list_need = list_need(c);
	layout(a);
	app_refresh(a, false, false);
}

void app_free(struct app *a)
{
	while (a->depth) {
		struct screen *s = a->screens[a->stack[--a->depth]];

		if (s->ops->close)
			s->ops->close(s, a);
	}
	for (int i = 0; i < SCREEN_COUNT; i++) {
		if (a->screens[i] && a->screens[i]->ops->free)
			a->screens[i]->ops->free(a->screens[i]);
		free(a->screens[i]);
	}
	filter_free(&a->filter);
	filter_free(&a->facts_filter);
	free(a->facts);
	free(a->nodes);
	free(a->visible);
	free(a->rows);
	doc_free(&a->desc);
	query_free(&a->query);
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


/* ---- changing the panes: the actions' and the screens' ------------------ */

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

void app_select_node_of(struct app *a, struct tree_node n)
{
	for (size_t i = 0; i < a->nnodes; i++)
		if (a->nodes[i].cls == n.cls && a->nodes[i].vendor == n.vendor)
			app_select_node(a, i);
}

void app_select_code(struct app *a, int code)
{
	for (size_t i = 0; i < a->nrows; i++)
		if (app_row(a, i)->code == code)
			app_select_row(a, i);
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

unsigned app_move(struct app *a, enum pane p, long delta)
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

unsigned app_set_focus(struct app *a, enum pane p)
{
	bool was_class = app_desc_is_class(a);

	if (p == a->focus)
		return 0;
	a->focus = p;
	if (was_class != app_desc_is_class(a))
		app_build_desc(a);
	/* the tree unfolds with the focus on a narrow screen; a zoom follows it */
	if (relayout(a))
		return DIRTY_ALL | DIRTY_LAYOUT;
	return DIRTY_TREE | DIRTY_LIST | DIRTY_DESC | DIRTY_STATUS;
}

unsigned app_toggle_class(struct app *a)
{
	const struct tree_node *n = &a->nodes[a->tree_sel];
	int cls = n->cls, keep = app_selected_code(a);
	bool was_group = n->vendor >= 0;

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

void app_say(struct app *a, const char *fmt, ...)
{
	va_list ap;
	size_t bad;

	va_start(ap, fmt);
	vsnprintf(a->message, sizeof(a->message), fmt, ap);
	va_end(ap);
	if (!tl_utf8_valid(a->message, strlen(a->message), &bad))
		a->message[bad] = '\0';        /* cut inside a character: before it */
}
