/* Tests of the browser's state machine (src/app.c) over the embedded
 * catalog, without a terminal: the initial state, moving in each pane,
 * typing a code, focus, the class tree and its vendor groups, filters, the
 * help and sources screens, the note compare leaves on a class, resizing
 * and the layout, the mouse, ASCII mode, and a long seeded random run
 * checking invariants;
 * then the keys as the UI passes them (app_key): the incremental search,
 * its matches, its history, the filters panel with its presets and
 * saving, and the compare view (its columns, scrolling, focus, chooser,
 * highlights, closing, resizing) with a random run of its keys.
 * Counts are computed independently from the catalog, not from app.c. */
#include <setjmp.h>
#include <ctype.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <cmocka.h>

#include "app.h"
#include "catalog.h"
#include "config.h"
#include "keys.h"
#include "query.h"
#include "textlayout.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define NO_INDEX ((size_t)-1)

/* The size every test starts at: 29 pane rows, 28 under the titles. */
#define ROWS 30
#define COLS 100
#define CONTENT_ROWS (ROWS - 2)

#define LIST_MOVE (DIRTY_LIST | DIRTY_DESC | DIRTY_STATUS)
#define TREE_MOVE (DIRTY_TREE | DIRTY_LIST | DIRTY_DESC | DIRTY_STATUS)
#define FOCUS_MOVE (DIRTY_TREE | DIRTY_LIST | DIRTY_DESC | DIRTY_STATUS)

static const struct catalog *const E = &embedded_catalog;

/* ---- setup --------------------------------------------------------------- */

/* Apps a test makes besides the fixture's (other filters, ASCII mode). They
 * live here so that teardown frees them when an assertion ends a test
 * early, and valgrind stays clean even then. */
static struct app extra[2];
static bool extra_live[2];

static struct app *open_app(int slot, const struct filter *f, bool ascii)
{
	if (extra_live[slot])
		app_free(&extra[slot]);
	app_init(&extra[slot], &embedded_catalog, f, ascii);
	extra_live[slot] = true;
	return &extra[slot];
}

static void close_app(int slot)
{
	if (extra_live[slot])
		app_free(&extra[slot]);
	extra_live[slot] = false;
}

/* An app of slot 0 at the fixture's size, these groups hidden. */
static struct app *open_hiding(const char *groups)
{
	struct filter f;
	struct app *b;
	char err[QUERY_ERRLEN] = "";

	filter_init(&f);
	assert_int_equal(filter_hide_vendors(&f, groups, false, err), 0);
	b = open_app(0, &f, false);
	filter_free(&f);
	app_resize(b, ROWS, COLS);
	return b;
}

static int setup(void **state)
{
	struct app *a = calloc(1, sizeof(*a));

	if (!a)
		return -1;
	app_init(a, &embedded_catalog, NULL, false);
	app_resize(a, ROWS, COLS);
	*state = a;
	return 0;
}

static int teardown(void **state)
{
	struct app *a = *state;

	app_free(a);
	free(a);
	close_app(0);
	close_app(1);
	return 0;
}

/* ---- helpers ------------------------------------------------------------- */

static unsigned act(struct app *a, enum action x)
{
	return app_apply(a, x, 0);
}

/* Type the digits of s; the dirty bits of all of them. */
static unsigned type(struct app *a, const char *s)
{
	unsigned d = 0;

	for (; *s; s++)
		d |= app_apply(a, ACT_DIGIT, *s);
	return d;
}

static int code_at_row(const struct app *a, size_t r)
{
	assert_true(r < a->nrows);
	return E->codes[a->visible[a->rows[r]].code].code;
}

static int selected(const struct app *a)
{
	const struct code_info *ci = app_code(a);

	assert_non_null(ci);
	return ci->code;
}

/* The row showing code, or NO_INDEX. */
static size_t row_of(const struct app *a, int code)
{
	for (size_t r = 0; r < a->nrows; r++)
		if (code_at_row(a, r) == code)
			return r;
	return NO_INDEX;
}

static size_t node_index(const struct app *a, int cls, int vendor)
{
	for (size_t i = 0; i < a->nnodes; i++)
		if (a->nodes[i].cls == cls && a->nodes[i].vendor == vendor)
			return i;
	return NO_INDEX;
}

static void set_focus_to(struct app *a, enum pane p)
{
	for (int i = 0; i < PANE_COUNT && a->focus != p; i++)
		act(a, ACT_FOCUS_NEXT);
	assert_int_equal(a->focus, p);
}

/* Select a tree node with the keys: focus the tree, go to the top, down. */
static void select_node_by_keys(struct app *a, int cls, int vendor)
{
	size_t want = node_index(a, cls, vendor);

	assert_true(want != NO_INDEX);
	set_focus_to(a, PANE_TREE);
	act(a, ACT_TOP);
	while (a->tree_sel < want)
		assert_true(act(a, ACT_DOWN) != 0);
	assert_int_equal(a->tree_sel, want);
}

/* Codes of class cls (-1: any) with an entry, not all of whose groups are
 * in hidden, that is in group vendor (-1: any). From the catalog alone. */
static unsigned count_codes(int cls, int vendor, unsigned hidden)
{
	unsigned n = 0;

	for (size_t i = 0; i < E->ncodes; i++) {
		const struct code_info *ci = &E->codes[i];
		unsigned groups = 0;
		bool visible = false;

		if (cls >= 0 && ci->code / 100 != cls)
			continue;
		for (unsigned k = ci->first; k < ci->first + ci->count; k++) {
			const struct entry *e = &E->entries[k];

			if (e->vendor & ~hidden) {
				visible = true;
				groups |= e->vendor;
			}
		}
		if (visible && (vendor < 0 || (groups & VENDOR_BIT(vendor))))
			n++;
	}
	return n;
}

/* Does code have an entry in group vendor? From the catalog alone. */
static bool code_in_group(int code, int vendor)
{
	const struct code_info *ci = catalog_code(E, code);

	assert_non_null(ci);
	for (unsigned k = ci->first; k < ci->first + ci->count; k++)
		if (E->entries[k].vendor & VENDOR_BIT(vendor))
			return true;
	return false;
}

static bool line_starts(const struct dline *l, const char *p)
{
	size_t n = strlen(p);

	return l->len >= n && memcmp(l->s, p, n) == 0;
}

static bool line_is(const struct dline *l, const char *p)
{
	return l->len == strlen(p) && memcmp(l->s, p, l->len) == 0;
}

static bool line_has(const struct dline *l, const char *p)
{
	return memmem(l->s, l->len, p, strlen(p)) != NULL;
}

/* Index of the first line of kind (any kind when kind < 0) containing p. */
static size_t doc_find(const struct doc *d, int kind, const char *p)
{
	for (size_t i = 0; i < d->n; i++)
		if ((kind < 0 || d->v[i].kind == kind) && line_has(&d->v[i], p))
			return i;
	return NO_INDEX;
}

/* The description header of one entry, as the pane shows it (UTF-8). */
static void entry_header(const struct entry *e, char *buf, size_t size)
{
	const char *label = E->sources[e->source].label;

	if (e->name[0] && e->qualifier[0])
		snprintf(buf, size, "%s: %s (%s)", label, e->name, e->qualifier);
	else if (e->name[0])
		snprintf(buf, size, "%s: %s", label, e->name);
	else
		snprintf(buf, size, "%s", label);
}

/* Does the header at line i of d, with its continuation lines, read p?
 * Its lines point into one string: the header is from the first line's
 * start to the last one's end. */
static bool header_is(const struct doc *d, size_t i, const char *p)
{
	size_t j = i;

	if (i >= d->n || d->v[i].kind != DL_HEADER)
		return false;
	while (j + 1 < d->n && d->v[j + 1].kind == DL_HEADER_CONT)
		j++;
	return (size_t)(d->v[j].s + d->v[j].len - d->v[i].s) == strlen(p) &&
	       memcmp(d->v[i].s, p, strlen(p)) == 0;
}

/* The description shows the selected code: its first line is the header of
 * the code's first entry, and each of its entries has a header. */
static void assert_code_desc(const struct app *a)
{
	const struct code_info *ci = app_code(a);
	char want[512];
	size_t headers = 0;

	assert_non_null(ci);
	assert_false(app_desc_is_class(a));
	assert_true(a->desc.n > 0);
	entry_header(&E->entries[ci->first], want, sizeof(want));
	assert_int_equal(a->desc.v[0].kind, DL_HEADER);
	if (!header_is(&a->desc, 0, want))
		print_error("first line '%.*s', want '%s'\n", (int)a->desc.v[0].len,
			    a->desc.v[0].s, want);
	assert_true(header_is(&a->desc, 0, want));
	for (size_t i = 0; i < a->desc.n; i++)
		headers += a->desc.v[i].kind == DL_HEADER;
	assert_int_equal(headers, ci->count);
}

/* Every line fits the width the description was wrapped to; a header's
 * lines start after its rule ("── "), its first line fits before the rule
 * after it (" ─") unless it is one word too wide for that. */
static void assert_desc_fits(const struct app *a)
{
	assert_int_equal(a->desc_width, a->pane[PANE_DESC].w);
	for (size_t i = 0; i < a->desc.n; i++) {
		const struct dline *l = &a->desc.v[i];
		size_t w = tl_width(l->s, l->len);

		assert_true(l->indent + w <= (size_t)a->desc_width);
		if (l->kind == DL_HEADER || l->kind == DL_HEADER_CONT)
			assert_int_equal(l->indent, 3);
		if (l->kind == DL_HEADER && l->indent + w + 2 > (size_t)a->desc_width)
			assert_null(memchr(l->s, ' ', l->len));
	}
}

static bool printable_ascii(const struct dline *l)
{
	for (size_t i = 0; i < l->len; i++)
		if ((unsigned char)l->s[i] < 0x20 || (unsigned char)l->s[i] > 0x7e)
			return false;
	return true;
}

static void assert_doc_ascii(const struct doc *d)
{
	assert_true(d->n > 0);
	for (size_t i = 0; i < d->n; i++) {
		if (!printable_ascii(&d->v[i]))
			print_error("line %zu not ASCII: '%.*s'\n", i, (int)d->v[i].len, d->v[i].s);
		assert_true(printable_ascii(&d->v[i]));
	}
}

static bool doc_has_non_ascii(const struct doc *d)
{
	for (size_t i = 0; i < d->n; i++)
		for (size_t k = 0; k < d->v[i].len; k++)
			if ((unsigned char)d->v[i].s[k] > 0x7e)
				return true;
	return false;
}

/* ---- keys --------------------------------------------------------------- */

static void test_keys_action_maps_the_bindings(void **state)
{
	static const struct {
		int key;
		enum action want;
	} cases[] = {
		{ 'q', ACT_QUIT }, { '?', ACT_HELP }, { 'S', ACT_SOURCES }, { K_ESC, ACT_CLOSE },
		{ K_CTRL('l'), ACT_REDRAW }, { 'j', ACT_DOWN }, { K_DOWN, ACT_DOWN },
		{ 'k', ACT_UP }, { K_UP, ACT_UP }, { K_PGDN, ACT_PAGE_DOWN },
		{ K_CTRL('f'), ACT_PAGE_DOWN }, { ' ', ACT_PAGE_DOWN }, { K_PGUP, ACT_PAGE_UP },
		{ K_CTRL('b'), ACT_PAGE_UP }, { 'g', ACT_TOP }, { K_HOME, ACT_TOP },
		{ 'G', ACT_BOTTOM }, { K_END, ACT_BOTTOM }, { '0', ACT_DIGIT }, { '4', ACT_DIGIT },
		{ '9', ACT_DIGIT }, { K_TAB, ACT_FOCUS_NEXT }, { K_BTAB, ACT_FOCUS_PREV },
		{ 'l', ACT_FOCUS_RIGHT }, { K_RIGHT, ACT_FOCUS_RIGHT }, { 'h', ACT_FOCUS_LEFT },
		{ K_LEFT, ACT_FOCUS_LEFT }, { K_ENTER, ACT_TOGGLE }, { '/', ACT_SEARCH },
		{ 'f', ACT_FILTER }, { 'c', ACT_COMPARE }, { 'n', ACT_NEXT_MATCH },
		{ 'N', ACT_PREV_MATCH }, { 'x', ACT_NONE }, { 'a', ACT_NONE }, { 'w', ACT_NONE }, { 'J', ACT_NONE }, { 'Q', ACT_NONE }, { K_RESIZE, ACT_NONE },
		{ K_BACKSPACE, ACT_NONE }, { 0, ACT_NONE },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		if (keys_action(cases[i].key) != cases[i].want)
			print_error("key %d\n", cases[i].key);
		assert_int_equal(keys_action(cases[i].key), cases[i].want);
	}
}

static void test_apply_ignores_actions_out_of_range(void **state)
{
	struct app *a = *state;

	assert_int_equal(app_apply(a, ACT_NONE, 0), 0);
	assert_int_equal(app_apply(a, ACT_COUNT, 0), 0);
	assert_int_equal(app_apply(a, (enum action)-1, 0), 0);
	assert_int_equal(selected(a), 100);
	assert_int_equal(a->focus, PANE_LIST);
	assert_false(a->quit);
}

/* Keys typed as the UI would pass them: "jjjk" then "404". */
static void test_keys_drive_the_browser(void **state)
{
	struct app *a = *state;
	const char *keys = "jjjk404";

	for (const char *k = keys; *k; k++)
		app_apply(a, keys_action(*k), *k);
	assert_int_equal(selected(a), 404);
	app_apply(a, keys_action('g'), 'g');
	assert_int_equal(selected(a), 100);
	app_apply(a, keys_action('q'), 'q');
	assert_true(a->quit);
}

/* ---- the initial state --------------------------------------------------- */

static void test_initial_state(void **state)
{
	struct app *a = *state;
	const char *label = E->sources[0].label;

	assert_string_equal(label, "httpstatuses");
	assert_int_equal(a->height, ROWS);
	assert_int_equal(a->width, COLS);
	assert_false(a->too_small);
	assert_false(a->quit);
	assert_int_equal(a->focus, PANE_LIST);
	assert_int_equal(a->overlay, OVERLAY_NONE);
	assert_int_equal(a->tree_sel, 0);
	assert_int_equal(app_node(a)->cls, -1);
	assert_int_equal(app_node(a)->vendor, -1);
	assert_int_equal(app_node(a)->count, E->ncodes);
	assert_int_equal(a->nvisible, E->ncodes);
	assert_int_equal(a->nrows, E->ncodes);
	for (size_t r = 0; r < a->nrows; r++)
		assert_int_equal(code_at_row(a, r), E->codes[r].code);
	assert_int_equal(a->list_sel, 0);
	assert_int_equal(a->list_top, 0);
	assert_int_equal(selected(a), 100);
	assert_false(app_desc_is_class(a));
	assert_true(a->desc.n > 0);
	assert_int_equal(a->desc.v[0].kind, DL_HEADER);
	assert_true(line_starts(&a->desc.v[0], label));
	assert_true(line_is(&a->desc.v[0], "httpstatuses: Continue"));
	assert_int_equal(a->desc_top, 0);
	assert_code_desc(a);
	assert_desc_fits(a);
	assert_int_equal(a->ndigits, 0);
	assert_string_equal(a->message, "");
	assert_int_equal(a->expanded, 0);
	for (int p = 0; p < PANE_COUNT; p++)
		assert_int_equal(app_content_rows(a, (enum pane)p), CONTENT_ROWS);
}

/* The tree: All, then each class with codes, all closed; counts from the
 * catalog. */
static void test_initial_tree_counts(void **state)
{
	struct app *a = *state;
	size_t want = 1;

	assert_int_equal(a->nodes[0].cls, -1);
	assert_int_equal(a->nodes[0].count, E->ncodes);
	for (int d = 0; d < 10; d++) {
		unsigned n = count_codes(d, -1, 0);
		size_t i = node_index(a, d, -1);

		if (!n) {
			assert_true(i == NO_INDEX);
			continue;
		}
		assert_int_equal(i, want);
		assert_int_equal(a->nodes[i].count, n);
		want++;
	}
	assert_int_equal(a->nnodes, want);
	assert_int_equal(a->nnodes, 6);   /* All, 1xx .. 5xx */
}

/* ---- moving -------------------------------------------------------------- */

static void test_list_down_up_and_dirty_bits(void **state)
{
	struct app *a = *state;

	assert_int_equal(act(a, ACT_DOWN), LIST_MOVE);
	assert_int_equal(a->list_sel, 1);
	assert_int_equal(selected(a), 101);
	assert_code_desc(a);
	assert_int_equal(act(a, ACT_DOWN), LIST_MOVE);
	assert_int_equal(selected(a), 102);
	assert_int_equal(act(a, ACT_UP), LIST_MOVE);
	assert_int_equal(selected(a), 101);
	assert_int_equal(act(a, ACT_UP), LIST_MOVE);
	assert_int_equal(a->list_sel, 0);
	/* clamped at the top: nothing changes */
	assert_int_equal(act(a, ACT_UP), 0);
	assert_int_equal(act(a, ACT_PAGE_UP), 0);
	assert_int_equal(act(a, ACT_TOP), 0);
	assert_int_equal(a->list_sel, 0);
	assert_int_equal(a->list_top, 0);
	assert_int_equal(selected(a), 100);
	assert_int_equal(a->focus, PANE_LIST);
	assert_int_equal(a->tree_sel, 0);
}

static void test_list_page_moves_by_content_rows_minus_one(void **state)
{
	struct app *a = *state;
	size_t page = (size_t)app_content_rows(a, PANE_LIST) - 1;

	assert_int_equal(page, CONTENT_ROWS - 1);
	assert_int_equal(act(a, ACT_PAGE_DOWN), LIST_MOVE);
	assert_int_equal(a->list_sel, page);
	assert_int_equal(a->list_top, 0);             /* the last row on screen */
	assert_int_equal(act(a, ACT_PAGE_DOWN), LIST_MOVE);
	assert_int_equal(a->list_sel, 2 * page);
	assert_int_equal(a->list_top, 2 * page - CONTENT_ROWS + 1);
	assert_int_equal(act(a, ACT_PAGE_UP), LIST_MOVE);
	assert_int_equal(a->list_sel, page);
	assert_int_equal(a->list_top, page);          /* scrolled up to it */
	assert_int_equal(act(a, ACT_PAGE_UP), LIST_MOVE);
	assert_int_equal(a->list_sel, 0);
	assert_int_equal(a->list_top, 0);
	/* paging past the end stops on the last row */
	for (int i = 0; i < 5; i++)
		act(a, ACT_PAGE_DOWN);
	assert_int_equal(a->list_sel, a->nrows - 1);
	assert_int_equal(act(a, ACT_PAGE_DOWN), 0);
}

static void test_list_top_bottom_and_clamping(void **state)
{
	struct app *a = *state;

	assert_int_equal(act(a, ACT_BOTTOM), LIST_MOVE);
	assert_int_equal(a->list_sel, a->nrows - 1);
	assert_int_equal(selected(a), E->codes[E->ncodes - 1].code);
	assert_int_equal(a->list_top, a->nrows - CONTENT_ROWS);
	assert_code_desc(a);
	assert_int_equal(act(a, ACT_DOWN), 0);
	assert_int_equal(act(a, ACT_BOTTOM), 0);
	assert_int_equal(act(a, ACT_PAGE_DOWN), 0);
	assert_int_equal(a->list_sel, a->nrows - 1);
	assert_int_equal(act(a, ACT_UP), LIST_MOVE);
	assert_int_equal(a->list_sel, a->nrows - 2);
	assert_int_equal(a->list_top, a->nrows - CONTENT_ROWS);
	assert_int_equal(act(a, ACT_TOP), LIST_MOVE);
	assert_int_equal(a->list_sel, 0);
	assert_int_equal(a->list_top, 0);
	assert_int_equal(selected(a), 100);
}

/* Going down one line at a time, the selection is always on screen and the
 * list scrolls one line at a time once it reaches the bottom row. */
static void test_list_top_follows_selection(void **state)
{
	struct app *a = *state;

	for (size_t i = 1; i < a->nrows; i++) {
		assert_int_equal(act(a, ACT_DOWN), LIST_MOVE);
		assert_int_equal(a->list_sel, i);
		assert_int_equal(a->list_top, i < CONTENT_ROWS ? 0 : i - CONTENT_ROWS + 1);
	}
	for (size_t i = a->nrows - 1; i-- > 0;) {
		size_t top_before = a->list_top;

		assert_int_equal(act(a, ACT_UP), LIST_MOVE);
		assert_int_equal(a->list_sel, i);
		assert_int_equal(a->list_top, i < top_before ? i : top_before);
	}
	assert_int_equal(a->list_top, 0);
}

static void test_tree_moves_select_nodes_and_rebuild_list(void **state)
{
	struct app *a = *state;

	assert_int_equal(act(a, ACT_FOCUS_LEFT), FOCUS_MOVE);
	assert_int_equal(a->focus, PANE_TREE);
	assert_int_equal(act(a, ACT_UP), 0);
	for (size_t i = 1; i < a->nnodes; i++) {
		const struct tree_node *n;

		assert_int_equal(act(a, ACT_DOWN), TREE_MOVE);
		assert_int_equal(a->tree_sel, i);
		n = app_node(a);
		assert_int_equal(n->vendor, -1);
		assert_int_equal(a->nrows, count_codes(n->cls, -1, 0));
		assert_int_equal(a->nrows, n->count);
		for (size_t r = 0; r < a->nrows; r++)
			assert_int_equal(code_at_row(a, r) / 100, n->cls);
		assert_int_equal(a->list_sel, 0);
		assert_true(app_desc_is_class(a));
	}
	assert_int_equal(act(a, ACT_DOWN), 0);
	assert_int_equal(act(a, ACT_TOP), TREE_MOVE);
	assert_int_equal(a->tree_sel, 0);
	assert_int_equal(a->nrows, E->ncodes);
	assert_false(app_desc_is_class(a));
	assert_int_equal(act(a, ACT_BOTTOM), TREE_MOVE);
	assert_int_equal(a->tree_sel, a->nnodes - 1);
}

/* Moving from one class to the next keeps the selected code when it is under
 * the new node: from All on 404 to 4xx, 404 stays selected. */
static void test_tree_move_keeps_code_under_new_node(void **state)
{
	struct app *a = *state;

	size_t n4 = node_index(a, 4, -1);

	type(a, "404");
	assert_int_equal(app_click(a, a->pane[PANE_TREE].y + 1 + (int)n4, 0), TREE_MOVE);
	assert_int_equal(a->tree_sel, n4);
	assert_int_equal(selected(a), 404);
	assert_int_equal(a->list_sel, row_of(a, 404));
	act(a, ACT_DOWN);   /* 5xx: 404 is not there, the first row is */
	assert_int_equal(selected(a), 500);
	assert_int_equal(a->list_sel, 0);
}

static void test_desc_moves_scroll_description(void **state)
{
	struct app *a = *state;
	size_t max;

	type(a, "404");
	assert_true(a->desc.n > 2 * CONTENT_ROWS + 1);   /* 76 lines at 46 columns */
	max = a->desc.n - CONTENT_ROWS;
	assert_int_equal(act(a, ACT_FOCUS_RIGHT), FOCUS_MOVE);
	assert_int_equal(a->focus, PANE_DESC);
	assert_int_equal(act(a, ACT_UP), 0);
	assert_int_equal(act(a, ACT_DOWN), DIRTY_DESC);
	assert_int_equal(a->desc_top, 1);
	assert_int_equal(act(a, ACT_PAGE_DOWN), DIRTY_DESC);
	assert_int_equal(a->desc_top, 1 + CONTENT_ROWS - 1);
	assert_int_equal(act(a, ACT_PAGE_UP), DIRTY_DESC);
	assert_int_equal(a->desc_top, 1);
	assert_int_equal(act(a, ACT_BOTTOM), DIRTY_DESC);
	assert_int_equal(a->desc_top, max);
	assert_int_equal(act(a, ACT_DOWN), 0);
	assert_int_equal(act(a, ACT_PAGE_DOWN), 0);
	assert_int_equal(a->desc_top, max);
	assert_int_equal(act(a, ACT_TOP), DIRTY_DESC);
	assert_int_equal(a->desc_top, 0);
	/* the list did not move */
	assert_int_equal(selected(a), 404);
}

/* ---- typing a code -------------------------------------------------------- */

static void test_digits_jump_to_404_from_each_pane(void **state)
{
	static const struct {
		enum pane from, focus;
		unsigned dirty;
	} cases[] = {
		{ PANE_LIST, PANE_LIST, LIST_MOVE },
		{ PANE_TREE, PANE_LIST, FOCUS_MOVE },
		{ PANE_DESC, PANE_DESC, LIST_MOVE },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct app *a = open_app(0, NULL, false);

		app_resize(a, ROWS, COLS);
		set_focus_to(a, cases[i].from);
		assert_int_equal(type(a, "404"), cases[i].dirty);
		assert_int_equal(selected(a), 404);
		assert_int_equal(a->focus, cases[i].focus);
		assert_int_equal(a->tree_sel, 0);
		assert_int_equal(a->ndigits, 0);    /* complete: the status bar shows no jump */
		assert_string_equal(a->message, "");
		assert_code_desc(a);
		close_app(0);
	}
}

static void test_digits_select_first_code_with_prefix(void **state)
{
	static const struct {
		const char *digits;
		int code;
	} cases[] = {
		{ "4", 400 }, { "40", 400 }, { "404", 404 }, { "41", 410 }, { "418", 418 },
		{ "5", 500 }, { "52", 520 }, { "59", 598 }, { "599", 599 }, { "1", 100 },
		{ "2", 200 }, { "22", 226 }, { "3", 300 }, { "30", 300 }, { "308", 308 },
		{ "49", 494 },
	};
	struct app *a = *state;

	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		act(a, ACT_REDRAW);   /* any action: the digits start over */
		assert_int_equal(a->ndigits, 0);
		type(a, cases[i].digits);
		assert_int_equal(selected(a), cases[i].code);
		assert_int_equal(a->ndigits, strlen(cases[i].digits) % 3);
		if (a->ndigits)
			assert_string_equal(a->digits, cases[i].digits);
		assert_int_equal(a->list_sel, row_of(a, cases[i].code));
		assert_true(a->list_top <= a->list_sel);
		assert_true(a->list_sel < a->list_top + CONTENT_ROWS);
	}
}

static void test_digits_fourth_starts_over(void **state)
{
	struct app *a = *state;

	type(a, "41");
	assert_int_equal(a->ndigits, 2);
	assert_string_equal(a->digits, "41");
	type(a, "8");
	assert_int_equal(selected(a), 418);
	assert_int_equal(a->ndigits, 0);
	assert_int_equal(type(a, "5"), LIST_MOVE);
	assert_int_equal(selected(a), 500);
	assert_int_equal(a->ndigits, 1);
	assert_string_equal(a->digits, "5");
	type(a, "0");
	assert_string_equal(a->digits, "50");
	type(a, "0");
	assert_int_equal(selected(a), 500);
	assert_int_equal(a->ndigits, 0);
	assert_string_equal(a->message, "");
	type(a, "1");
	assert_int_equal(selected(a), 100);
	assert_int_equal(a->ndigits, 1);
	assert_string_equal(a->digits, "1");
	type(a, "01");
	assert_int_equal(selected(a), 101);
	assert_int_equal(a->ndigits, 0);
}

/* A jump to a code off screen puts it mid-pane. */
static void test_digits_jump_lands_mid_pane(void **state)
{
	struct app *a = *state;
	size_t row = row_of(a, 404);

	assert_true(row >= CONTENT_ROWS);
	type(a, "404");
	assert_int_equal(a->list_sel, row);
	assert_int_equal(a->list_top, row - CONTENT_ROWS / 2);
	/* a code already on screen does not scroll */
	type(a, "410");
	assert_int_equal(a->list_top, row - CONTENT_ROWS / 2);
}

static void test_digits_unknown_prefix_leaves_message(void **state)
{
	static const struct {
		const char *prefix;     /* typed first: a code starts with it */
		char last;              /* then no code starts with prefix + last */
		const char *message;
		int code;               /* selected after */
		const char *rest;       /* the digits kept: the rest of the code */
		const char *then;       /* and the message once it is complete */
	} cases[] = {   /* each starts on 100; a code not found goes back there */
		{ "", '6', "no code starts with 6", 100, "00", "no code 600" },
		{ "", '0', "no code starts with 0", 100, "00", "no code 000" },
		{ "", '9', "no code starts with 9", 100, "99", "no code 999" },
		{ "4", '6', "no code starts with 46", 400, "0", "no code 460" },
		{ "2", '9', "no code starts with 29", 200, "9", "no code 299" },
		{ "41", '9', "no code 419", 100, NULL, NULL },
		{ "10", '9', "no code 109", 100, NULL, NULL },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct app *a = open_app(0, NULL, false);
		unsigned d;
		int before;

		app_resize(a, ROWS, COLS);
		type(a, cases[i].prefix);
		assert_int_equal(a->ndigits, strlen(cases[i].prefix));
		/* the failing digit changes nothing but the status bar; the
		 * third takes the selection back */
		before = selected(a);
		d = app_apply(a, ACT_DIGIT, cases[i].last);
		if (cases[i].rest)
			assert_int_equal(d, DIRTY_STATUS);
		else    /* the list too, when the first two had moved it */
			assert_true((d & DIRTY_STATUS) && !!(d & DIRTY_LIST) == (before != 100));
		assert_string_equal(a->message, cases[i].message);
		if (cases[i].rest) {
			assert_int_equal(a->ndigits, strlen(cases[i].prefix) + 1);
			assert_int_equal(selected(a), cases[i].code);   /* the partial match */
			type(a, cases[i].rest);
			assert_string_equal(a->message, cases[i].then);
		}
		assert_int_equal(a->ndigits, 0);
		assert_int_equal(selected(a), 100);
		assert_int_equal(a->tree_sel, 0);
		assert_int_equal(a->focus, PANE_LIST);
		/* the next digit starts a new code, clearing the message */
		assert_int_equal(type(a, "5"), LIST_MOVE);
		assert_string_equal(a->message, "");
		assert_int_equal(selected(a), 500);
		assert_int_equal(a->ndigits, 1);
		assert_string_equal(a->digits, "5");
		close_app(0);
	}
}

static void test_digits_reset_by_another_action(void **state)
{
	struct app *a = *state;

	type(a, "4");
	assert_int_equal(selected(a), 400);
	assert_int_equal(act(a, ACT_DOWN), LIST_MOVE);
	assert_int_equal(a->ndigits, 0);
	assert_int_equal(selected(a), 401);
	/* "0" is a new code now, not "40"; Esc drops it */
	assert_int_equal(type(a, "0"), DIRTY_STATUS);
	assert_string_equal(a->message, "no code starts with 0");
	assert_int_equal(a->ndigits, 1);
	assert_int_equal(selected(a), 401);
	assert_int_equal(act(a, ACT_CLOSE), DIRTY_STATUS);
	assert_int_equal(a->ndigits, 0);
	type(a, "4");
	assert_string_equal(a->message, "");
	assert_int_equal(a->ndigits, 1);
	assert_string_equal(a->digits, "4");
	assert_int_equal(selected(a), 400);
	/* an action that does nothing still ends the code, and says so */
	assert_int_equal(act(a, ACT_FOCUS_RIGHT), FOCUS_MOVE | DIRTY_STATUS);
	assert_int_equal(a->ndigits, 0);
	type(a, "4");
	assert_int_equal(act(a, ACT_CLOSE), DIRTY_STATUS);
	assert_int_equal(a->ndigits, 0);
}

static void test_digits_switch_tree_to_the_code_class(void **state)
{
	struct app *a = *state;
	size_t n4 = node_index(a, 4, -1), n5 = node_index(a, 5, -1);

	select_node_by_keys(a, 2, -1);
	act(a, ACT_FOCUS_RIGHT);
	assert_int_equal(a->focus, PANE_LIST);
	assert_int_equal(selected(a), 200);
	assert_int_equal(type(a, "404"), TREE_MOVE);
	assert_int_equal(a->tree_sel, n4);
	assert_int_equal(app_node(a)->cls, 4);
	assert_int_equal(app_node(a)->vendor, -1);
	assert_int_equal(a->nrows, count_codes(4, -1, 0));
	assert_int_equal(selected(a), 404);
	assert_int_equal(a->focus, PANE_LIST);
	assert_code_desc(a);
	/* from the tree on 4xx, a 5xx code: focus to the list, tree to 5xx */
	set_focus_to(a, PANE_TREE);
	assert_true(app_desc_is_class(a));
	type(a, "503");
	assert_int_equal(a->tree_sel, n5);
	assert_int_equal(selected(a), 503);
	assert_int_equal(a->focus, PANE_LIST);
	assert_false(app_desc_is_class(a));
	assert_code_desc(a);
}

static void test_digits_from_a_vendor_group(void **state)
{
	struct app *a = *state;
	size_t n4 = node_index(a, 4, -1);

	select_node_by_keys(a, 4, -1);
	act(a, ACT_TOGGLE);
	select_node_by_keys(a, 4, VENDOR_NGINX);
	act(a, ACT_FOCUS_RIGHT);
	/* 444 is in the nginx group: the tree stays */
	type(a, "444");
	assert_int_equal(selected(a), 444);
	assert_int_equal(app_node(a)->vendor, VENDOR_NGINX);
	/* 404 is not: the tree goes to 4xx */
	type(a, "404");
	assert_int_equal(selected(a), 404);
	assert_int_equal(a->tree_sel, n4);
	assert_int_equal(a->nrows, count_codes(4, -1, 0));
}

/* ---- focus ----------------------------------------------------------------- */

static void test_focus_next_prev_cycle(void **state)
{
	static const enum pane next[] = { PANE_DESC, PANE_TREE, PANE_LIST, PANE_DESC };
	static const enum pane prev[] = { PANE_TREE, PANE_DESC, PANE_LIST, PANE_TREE };
	struct app *a = *state;

	for (size_t i = 0; i < ARRAY_SIZE(next); i++) {
		assert_int_equal(act(a, ACT_FOCUS_NEXT), FOCUS_MOVE);
		assert_int_equal(a->focus, next[i]);
	}
	set_focus_to(a, PANE_LIST);
	for (size_t i = 0; i < ARRAY_SIZE(prev); i++) {
		assert_int_equal(act(a, ACT_FOCUS_PREV), FOCUS_MOVE);
		assert_int_equal(a->focus, prev[i]);
	}
	/* focus alone moves nothing */
	assert_int_equal(selected(a), 100);
	assert_int_equal(a->tree_sel, 0);
}

static void test_focus_left_right_stop_at_the_ends(void **state)
{
	struct app *a = *state;

	assert_int_equal(act(a, ACT_FOCUS_RIGHT), FOCUS_MOVE);
	assert_int_equal(a->focus, PANE_DESC);
	assert_int_equal(act(a, ACT_FOCUS_RIGHT), 0);
	assert_int_equal(a->focus, PANE_DESC);
	assert_int_equal(act(a, ACT_FOCUS_LEFT), FOCUS_MOVE);
	assert_int_equal(a->focus, PANE_LIST);
	assert_int_equal(act(a, ACT_FOCUS_LEFT), FOCUS_MOVE);
	assert_int_equal(a->focus, PANE_TREE);
	assert_int_equal(act(a, ACT_FOCUS_LEFT), 0);
	assert_int_equal(a->focus, PANE_TREE);
}

/* Enter: in the list, on to the description; on All, to the list. */
static void test_toggle_outside_class_nodes_moves_focus(void **state)
{
	struct app *a = *state;

	assert_int_equal(act(a, ACT_TOGGLE), FOCUS_MOVE);
	assert_int_equal(a->focus, PANE_DESC);
	assert_int_equal(act(a, ACT_TOGGLE), 0);
	assert_int_equal(a->focus, PANE_DESC);
	set_focus_to(a, PANE_TREE);
	assert_int_equal(a->tree_sel, 0);
	assert_int_equal(act(a, ACT_TOGGLE), FOCUS_MOVE);
	assert_int_equal(a->focus, PANE_LIST);
	assert_int_equal(a->expanded, 0);
}

/* ---- the tree --------------------------------------------------------------- */

static void test_tree_class_node_shows_class_definitions(void **state)
{
	struct app *a = *state;
	size_t defs = 0, headers = 0;

	select_node_by_keys(a, 4, -1);
	assert_true(app_desc_is_class(a));
	assert_true(doc_find(&a->desc, DL_HEADER, "REST: RFC text") != NO_INDEX);
	assert_int_equal(a->desc.v[0].kind, DL_HEADER);
	for (size_t i = 0; i < E->nclasses; i++)
		defs += E->classes[i].code == 400;
	for (size_t i = 0; i < a->desc.n; i++)
		headers += a->desc.v[i].kind == DL_HEADER;
	assert_true(defs > 0);
	assert_int_equal(headers, defs);
	assert_desc_fits(a);
	/* leaving the tree shows the selected code again */
	assert_int_equal(act(a, ACT_FOCUS_RIGHT), FOCUS_MOVE);
	assert_false(app_desc_is_class(a));
	assert_int_equal(selected(a), 400);
	assert_code_desc(a);
	/* and coming back the class */
	act(a, ACT_FOCUS_LEFT);
	assert_true(app_desc_is_class(a));
	assert_true(doc_find(&a->desc, DL_HEADER, "REST: RFC text") != NO_INDEX);
}

static void test_tree_toggle_expands_and_collapses_vendor_groups(void **state)
{
	struct app *a = *state;
	size_t n4 = node_index(a, 4, -1), before = a->nnodes, groups = 0;

	select_node_by_keys(a, 4, -1);
	assert_int_equal(act(a, ACT_TOGGLE), DIRTY_TREE | DIRTY_STATUS);
	assert_int_equal(a->expanded, 1u << 4);
	assert_int_equal(a->tree_sel, n4);
	for (int v = 0; v < VENDOR_COUNT; v++) {
		unsigned want = count_codes(4, v, 0);
		size_t i = node_index(a, 4, v);

		if (!want) {
			assert_true(i == NO_INDEX);
			continue;
		}
		assert_true(i != NO_INDEX);
		assert_true(i > n4);
		assert_true(i <= n4 + (size_t)VENDOR_COUNT);
		assert_int_equal(a->nodes[i].count, want);
		groups++;
	}
	assert_true(groups >= 3);
	assert_int_equal(a->nodes[node_index(a, 4, VENDOR_NGINX)].count, count_codes(4, VENDOR_NGINX, 0));
	assert_true(count_codes(4, VENDOR_NGINX, 0) >= 2);   /* 444, 494..499 */
	assert_int_equal(a->nnodes, before + groups);
	/* the groups follow their class, in vendor order, before 5xx */
	for (size_t i = n4 + 1; i <= n4 + groups; i++) {
		assert_int_equal(a->nodes[i].cls, 4);
		assert_true(a->nodes[i].vendor >= 0);
		if (i > n4 + 1)
			assert_true(a->nodes[i].vendor > a->nodes[i - 1].vendor);
	}
	assert_int_equal(a->nodes[n4 + groups + 1].cls, 5);
	/* no other class opened */
	for (size_t i = 0; i < a->nnodes; i++)
		if (a->nodes[i].cls != 4)
			assert_int_equal(a->nodes[i].vendor, -1);
	/* the list is still the whole class */
	assert_int_equal(a->nrows, count_codes(4, -1, 0));
	assert_int_equal(act(a, ACT_TOGGLE), DIRTY_TREE | DIRTY_STATUS);
	assert_int_equal(a->expanded, 0);
	assert_int_equal(a->nnodes, before);
	assert_int_equal(a->tree_sel, n4);
	assert_true(node_index(a, 4, VENDOR_NGINX) == NO_INDEX);
}

static void test_tree_vendor_group_restricts_the_list(void **state)
{
	static const int vendors[] = { VENDOR_STANDARD, VENDOR_WEBDAV, VENDOR_NGINX, VENDOR_MICROSOFT,
				       VENDOR_ESRI, VENDOR_UNOFFICIAL };
	struct app *a = *state;

	select_node_by_keys(a, 4, -1);
	act(a, ACT_TOGGLE);
	for (size_t k = 0; k < ARRAY_SIZE(vendors); k++) {
		int v = vendors[k];

		if (node_index(a, 4, v) == NO_INDEX)
			continue;
		select_node_by_keys(a, 4, v);
		assert_int_equal(a->nrows, count_codes(4, v, 0));
		assert_int_equal(a->nrows, app_node(a)->count);
		for (size_t r = 0; r < a->nrows; r++) {
			int code = code_at_row(a, r);

			assert_int_equal(code / 100, 4);
			assert_true(code_in_group(code, v));
			if (r)
				assert_true(code > code_at_row(a, r - 1));
		}
	}
	select_node_by_keys(a, 4, VENDOR_NGINX);
	assert_true(row_of(a, 444) != NO_INDEX);
	assert_true(row_of(a, 499) != NO_INDEX);
	assert_true(row_of(a, 404) == NO_INDEX);
	/* the description still shows the class */
	assert_true(app_desc_is_class(a));
}

/* Enter on a vendor group closes its class and selects the class node: the
 * list must then be the whole class again, as the node says. */
static void test_tree_toggle_on_vendor_group_rebuilds_the_list(void **state)
{
	struct app *a = *state;
	size_t n4 = node_index(a, 4, -1);

	select_node_by_keys(a, 4, -1);
	act(a, ACT_TOGGLE);
	select_node_by_keys(a, 4, VENDOR_NGINX);
	assert_int_equal(a->nrows, count_codes(4, VENDOR_NGINX, 0));
	act(a, ACT_TOGGLE);
	assert_int_equal(a->expanded, 0);
	assert_int_equal(a->tree_sel, n4);
	assert_int_equal(app_node(a)->vendor, -1);
	/* the list shows what the selected node holds */
	assert_int_equal(a->nrows, app_node(a)->count);
	assert_int_equal(a->nrows, count_codes(4, -1, 0));
	assert_true(row_of(a, 404) != NO_INDEX);
}

/* With nginx hidden: 444 (nginx only) is gone, 499 (also Esri's) stays. */
static void test_filter_hidden_vendor_counts(void **state)
{
	struct app *b;
	unsigned hidden = VENDOR_BIT(VENDOR_NGINX);

	(void)state;
	b = open_hiding("nginx");
	assert_int_equal(b->nvisible, count_codes(-1, -1, hidden));
	assert_true(b->nvisible < E->ncodes);
	assert_int_equal(b->nrows, b->nvisible);
	assert_int_equal(b->nodes[0].count, b->nvisible);
	assert_true(row_of(b, 444) == NO_INDEX);
	assert_true(row_of(b, 499) != NO_INDEX);
	assert_true(row_of(b, 404) != NO_INDEX);
	assert_int_equal(b->nodes[node_index(b, 4, -1)].count, count_codes(4, -1, hidden));
	/* typing 444 finds nothing; 499 shows only its visible entries */
	type(b, "444");
	assert_string_equal(b->message, "code 444: hidden by the filters");
	assert_int_equal(b->ndigits, 0);
	type(b, "499");
	assert_int_equal(selected(b), 499);
	assert_true(doc_find(&b->desc, DL_HEADER, "Token required") != NO_INDEX);
	assert_true(doc_find(&b->desc, DL_HEADER, "Client Closed Request") == NO_INDEX);
	/* open 4xx: no nginx group, the others counted without nginx */
	select_node_by_keys(b, 4, -1);
	act(b, ACT_TOGGLE);
	assert_true(node_index(b, 4, VENDOR_NGINX) == NO_INDEX);
	for (int v = 0; v < VENDOR_COUNT; v++) {
		size_t i = node_index(b, 4, v);

		if (v == VENDOR_NGINX || !count_codes(4, v, hidden))
			continue;
		assert_true(i != NO_INDEX);
		assert_int_equal(b->nodes[i].count, count_codes(4, v, hidden));
	}
	assert_int_equal(b->nodes[node_index(b, 4, VENDOR_ESRI)].count, count_codes(4, VENDOR_ESRI, 0));
	close_app(0);
}

/* A hidden group must not appear in the tree, even when a code keeps an
 * entry that belongs to it and to a visible group too (520's Wikipedia entry
 * is Microsoft's and CloudFlare's). */
static void test_filter_hidden_vendor_group_not_in_tree(void **state)
{
	struct app *b;

	(void)state;
	b = open_hiding("microsoft");
	assert_true(row_of(b, 520) != NO_INDEX);   /* still CloudFlare's */
	select_node_by_keys(b, 5, -1);
	act(b, ACT_TOGGLE);
	assert_true(node_index(b, 5, VENDOR_CLOUDFLARE) != NO_INDEX);
	assert_int_equal(app_code_vendors(b, catalog_code(E, 520)) & VENDOR_BIT(VENDOR_MICROSOFT), 0);
	assert_true(node_index(b, 5, VENDOR_MICROSOFT) == NO_INDEX);
	close_app(0);
}

/* What a row shows comes from the entries the filter leaves: with nginx
 * hidden, 499 is Esri's "Token required", with one name and no conflict;
 * the list row, the selected code and the compare view agree. Remade when
 * the filter changes, kept while only the search does. */
static void test_filter_decides_the_name_shown(void **state)
{
	struct app *b;

	(void)state;
	b = open_hiding("nginx");
	type(b, "499");
	assert_int_equal(selected(b), 499);
	assert_string_equal(app_code(b)->name, "Token required");
	assert_int_equal(app_code(b)->nnames, 1);
	assert_int_equal(app_code(b)->vendors, VENDOR_BIT(VENDOR_ESRI));
	assert_ptr_equal(app_row(b, b->list_sel), app_code(b));
	app_key(b, 'c');
	assert_int_equal(b->overlay, OVERLAY_COMPARE);
	assert_string_equal(b->cmp.ci->name, "Token required");
	close_app(0);

	/* everything shown: both names */
	b = open_app(0, NULL, false);
	app_resize(b, ROWS, COLS);
	type(b, "499");
	assert_string_equal(app_code(b)->name, "Client Closed Request");
	assert_int_equal(app_code(b)->nnames, 2);
	close_app(0);
}

/* A filter hiding sources is copied: the caller may free its own. */
static void test_filter_sources_copied(void **state)
{
	struct filter f;
	struct app *b;
	char err[QUERY_ERRLEN] = "";
	const struct code_info *ci = catalog_code(E, 100);

	(void)state;
	filter_init(&f);
	assert_int_equal(filter_only_sources(&f, E, "iana", err), 0);
	b = open_app(0, &f, false);
	filter_free(&f);
	app_resize(b, ROWS, COLS);
	assert_true(b->nvisible > 0);
	assert_true(b->nvisible < E->ncodes);
	type(b, "100");
	assert_int_equal(selected(b), 100);
	assert_true(ci->count > 1);
	assert_true(line_starts(&b->desc.v[0], "IANA"));
	for (size_t i = 0; i < b->desc.n; i++)
		if (b->desc.v[i].kind == DL_HEADER)
			assert_true(line_starts(&b->desc.v[i], "IANA"));
	close_app(0);
}

/* With only the IANA registry, which defines no classes, a class says so. */
static void test_class_without_definition_says_so(void **state)
{
	struct filter f;
	struct app *b;
	char err[QUERY_ERRLEN] = "";
	struct app *a = *state;

	filter_init(&f);
	assert_int_equal(filter_only_sources(&f, E, "iana", err), 0);
	b = open_app(0, &f, false);
	filter_free(&f);
	app_resize(b, ROWS, COLS);
	select_node_by_keys(b, 4, -1);
	assert_true(app_desc_is_class(b));
	assert_int_equal(b->desc.n, 1);
	assert_int_equal(b->desc.v[0].kind, DL_NOTE);
	assert_true(line_is(&b->desc.v[0], "No source defines the class 4xx."));
	close_app(0);
	/* with every source, no such note */
	select_node_by_keys(a, 4, -1);
	assert_true(doc_find(&a->desc, -1, "No source defines") == NO_INDEX);
}

/* A header too long for the pane wraps onto lines of its own instead of
 * being cut: 494's "(Nginx)" and 451's "Reasonse" stay in sight. Every
 * header of every code, at widths from the narrowest up, reads whole. */
static void test_desc_long_headers_wrap_whole(void **state)
{
	static const int sizes[][2] = { { 10, 40 }, { 24, 80 }, { 30, 100 }, { 40, 140 } };
	struct app *a = *state;
	size_t i;

	app_resize(a, 24, 80);
	type(a, "494");
	assert_int_equal(selected(a), 494);
	assert_true(header_is(&a->desc, 0, "Wikipedia list: Request Header Too Large (Nginx)"));
	assert_int_equal(a->desc.v[1].kind, DL_HEADER_CONT);
	assert_true(line_has(&a->desc.v[1], "(Nginx)"));
	assert_desc_fits(a);
	type(a, "451");
	i = doc_find(&a->desc, DL_HEADER, "httpstatuses");
	assert_true(header_is(&a->desc, i, "httpstatuses: Unavailable For Legal Reasonse"));
	assert_int_equal(a->desc.v[i + 1].kind, DL_HEADER_CONT);
	assert_true(line_has(&a->desc.v[i + 1], "Reasonse"));
	for (size_t k = 0; k < ARRAY_SIZE(sizes); k++) {
		app_resize(a, sizes[k][0], sizes[k][1]);
		act(a, ACT_TOP);
		for (size_t r = 0; r < a->nrows; r++) {
			const struct code_info *ci = app_code(a);
			size_t h = 0;

			for (size_t j = 0; j < a->desc.n; j++) {
				char want[512];

				if (a->desc.v[j].kind != DL_HEADER)
					continue;
				entry_header(&E->entries[ci->first + h++], want, sizeof(want));
				if (!header_is(&a->desc, j, want))
					print_error("%03d at %d columns: header '%s' not whole\n",
						    ci->code, sizes[k][1], want);
				assert_true(header_is(&a->desc, j, want));
			}
			assert_int_equal(h, ci->count);
			assert_desc_fits(a);
			act(a, ACT_DOWN);
		}
	}
	/* the sources screen's headers too */
	act(a, ACT_SOURCES);
	for (size_t s = 0; s < E->nsources; s++)
		assert_true(doc_find(&a->over, DL_HEADER, E->sources[s].label) != NO_INDEX);
}


/* Columns of the word of s[0..n) that starts at or runs through byte at:
 * from the space before it to the space after it. */
static size_t word_width_at(const char *s, size_t n, size_t at)
{
	size_t from = at, to = at;

	while (from > 0 && s[from - 1] != ' ')
		from--;
	while (to < n && s[to] != ' ')
		to++;
	return tl_width(s + from, to - from);
}

/* Does s[0..n) wrapped at width (by textlayout) put more than len bytes
 * on its first line? */
static bool longer_first_line(const char *s, size_t n, size_t width, size_t len)
{
	struct tl_line *lines;
	size_t k = tl_wrap_text(s, n, (unsigned)width, &lines);
	bool longer = k && lines[0].len > len;

	free(lines);
	return longer;
}

/* A header breaks only where it must: a line never starts with the colon
 * after the label, a word is cut only when it is wider than a line, and
 * each line ends only when the next word would not fit on it (the first
 * line before its closing rule, the others to the pane's edge): wrapped
 * from its start, it would not get more. */
static void test_desc_headers_break_only_where_needed(void **state)
{
	struct app *a = *state;

	for (int cols = APP_MIN_COLS; cols <= 140; cols += cols < 70 ? 1 : 7) {
		app_resize(a, 24, cols);
		act(a, ACT_TOP);
		for (size_t r = 0; r < a->nrows; r++, act(a, ACT_DOWN))
			for (size_t j = 0; j + 1 < a->desc.n; j++) {
				const struct dline *l = &a->desc.v[j], *next = l + 1;
				size_t room = (size_t)a->desc_width - 3, n, w = tl_width(l->s, l->len), at;
				bool cut, more;

				if ((l->kind != DL_HEADER && l->kind != DL_HEADER_CONT) ||
				    next->kind != DL_HEADER_CONT)
					continue;
				if (l->kind == DL_HEADER && w + 2 <= room)
					room -= 2;      /* before the closing rule */
				n = next->len;
				at = (size_t)(next->s - l->s);
				cut = at == l->len && isalnum((unsigned char)l->s[at - 1]) &&
				      isalnum((unsigned char)next->s[0]);
				/* (a line of "- " alone would wrap as a list item) */
				more = at > l->len && strncmp(l->s, "- ", 2) != 0 &&
				       longer_first_line(l->s, at + n, room, l->len);
				if (next->s[0] == ':' || more || (cut && word_width_at(l->s, at + n, at) <=
								  (size_t)a->desc_width - 3))
					print_error("%03d at %d columns: '%.*s' then '%.*s'\n",
						    app_code(a)->code, cols, (int)l->len, l->s, (int)n,
						    next->s);
				assert_true(next->s[0] != ':');
				if (cut)                /* only a word wider than a line */
					assert_true(word_width_at(l->s, at + n, at) > (size_t)a->desc_width - 3);
				assert_false(more);     /* at a space: what follows did not fit */
			}
	}
}

/* After every header, something: an entry with a name alone says that the
 * source gives only a name (as the compare view does), in the note style,
 * instead of a blank line that looks like a text lost. Every code and
 * every class. */
static void assert_no_empty_entry(const struct app *a)
{
	for (size_t i = 0; i < a->desc.n; i++) {
		size_t j = i;

		if (a->desc.v[i].kind != DL_HEADER)
			continue;
		while (j + 1 < a->desc.n && a->desc.v[j + 1].kind == DL_HEADER_CONT)
			j++;
		if (j + 1 >= a->desc.n || a->desc.v[j + 1].kind == DL_BLANK)
			print_error("header '%.*s' has nothing under it\n", (int)a->desc.v[i].len,
				    a->desc.v[i].s);
		assert_true(j + 1 < a->desc.n && a->desc.v[j + 1].kind != DL_BLANK);
	}
}

static void test_desc_entry_without_text_says_so(void **state)
{
	struct app *a = *state;
	size_t i;

	type(a, "100");
	i = doc_find(&a->desc, DL_HEADER, "httpstatuses: Continue");
	assert_true(i != NO_INDEX);
	assert_int_equal(a->desc.v[i + 1].kind, DL_NOTE);
	assert_true(line_is(&a->desc.v[i + 1], "(the source gives only a name)"));
	for (size_t r = 0; r < a->nrows; r++) {
		assert_no_empty_entry(a);
		act(a, ACT_DOWN);
	}
	select_node_by_keys(a, 4, -1);
	i = doc_find(&a->desc, DL_HEADER, "httpstatuses: Client Error");
	assert_true(i != NO_INDEX);
	assert_true(line_is(&a->desc.v[i + 1], "(the source gives only a name)"));
	for (size_t n = 1; n < a->nnodes; n++) {
		select_node_by_keys(a, a->nodes[n].cls, a->nodes[n].vendor);
		if (app_desc_is_class(a))
			assert_no_empty_entry(a);
	}
	/* a registry entry has its facts for a text: no such note */
	type(a, "404");
	i = doc_find(&a->desc, DL_HEADER, "IANA");
	assert_true(i != NO_INDEX && a->desc.v[i + 1].kind == DL_TEXT);
}

/* ---- overlays -------------------------------------------------------------- */

static void test_help_overlay(void **state)
{
	static const struct {
		enum action act;
		const char *keys;
	} key_cases[] = {
		{ ACT_QUIT, "q" }, { ACT_DOWN, "j, Down" }, { ACT_PAGE_DOWN, "PgDn, Ctrl-F, Space" },
		{ ACT_DIGIT, "0-9" }, { ACT_FOCUS_PREV, "Shift-Tab" }, { ACT_REDRAW, "Ctrl-L" },
		{ ACT_CLOSE, "Esc" }, { ACT_TOGGLE, "Enter" }, { ACT_SEARCH, "/" },
		{ ACT_NEXT_MATCH, "n" }, { ACT_PREV_MATCH, "N" }, { ACT_FILTER, "f" },
		{ ACT_PROMPT_ACCEPT, "Enter" }, { ACT_PROMPT_CANCEL, "Esc" },
		{ ACT_PROMPT_ERASE, "Backspace" }, { ACT_PROMPT_CLEAR, "Ctrl-U" },
		{ ACT_PROMPT_PREV, "Up" }, { ACT_PROMPT_NEXT, "Down" },
		{ ACT_PANEL_TOGGLE, "Space, Enter" }, { ACT_PANEL_ALL, "a" },
		{ ACT_PANEL_NONE, "n" }, { ACT_PANEL_SAVE, "w" },
		{ ACT_CMP_SWAP_LEFT, "[" }, { ACT_CMP_SWAP_RIGHT, "]" }, { ACT_CMP_CHOOSE, "s" },
		{ ACT_CMP_DIFF, "d" },
	};
	static const struct {
		const char *section, *help, *keys;
	} screen_cases[] = {
		{ "compare", "every column down one line", "j, Down" },
		{ "compare", "every column down one page", "PgDn, Ctrl-F, Space" },
		{ "compare", "every column to the bottom", "G, End" },
		{ "compare", "the focus to the column on the right", "l, Right, Tab" },
		{ "compare", "the focus to the column on the left", "h, Left, Shift-Tab" },
		{ "compare", "close it: back where c was pressed", "c, Esc" },
		{ "compare: choosing entries", "the previous entry", "k, Up" },
		{ "compare: choosing entries", "put the entry in or take it out", "Space, Enter" },
		{ "compare: choosing entries", "done: back to the columns", "s, Esc" },
		{ "filters panel", "all of the section off", "n" },
	};
	struct app *a = *state;
	size_t max;

	assert_int_equal(act(a, ACT_HELP), DIRTY_ALL);
	assert_int_equal(a->overlay, OVERLAY_HELP);
	assert_int_equal(a->over_top, 0);
	assert_int_equal(a->over.v[0].kind, DL_TITLE);
	assert_true(line_starts(&a->over.v[0], "httpcodes "));
	for (int x = 1; x < ACT_COUNT; x++) {
		size_t i = doc_find(&a->over, DL_KEY, action_help((enum action)x));

		if (i == NO_INDEX)
			print_error("no help for action %d: %s\n", x, action_help((enum action)x));
		assert_true(i != NO_INDEX);
		assert_true(doc_find(&a->over, DL_TITLE, action_section((enum action)x)) != NO_INDEX);
	}
	for (size_t k = 0; k < ARRAY_SIZE(key_cases); k++) {
		size_t i = doc_find(&a->over, DL_KEY, action_help(key_cases[k].act));

		assert_true(line_starts(&a->over.v[i], key_cases[k].keys));
		assert_int_equal(a->over.v[i].key_len, strlen(key_cases[k].keys));
	}
	assert_true(doc_find(&a->over, DL_KEY, "select a line, focus its pane") != NO_INDEX);
	/* what keys do in the compare view and its chooser, each under its
	 * section, with the keys that do it there */
	for (size_t r = 0; r < nscreen_rows; r++) {
		const char *h = screen_rows[r].help ? screen_rows[r].help
			: action_help(screen_rows[r].acts[0]);
		size_t t = doc_find(&a->over, DL_TITLE, screen_rows[r].section), i;

		assert_true(t != NO_INDEX);
		for (i = t + 1; i < a->over.n && a->over.v[i].kind != DL_TITLE; i++)
			if (a->over.v[i].kind == DL_KEY && line_has(&a->over.v[i], h))
				break;
		if (i == a->over.n || a->over.v[i].kind == DL_TITLE)
			print_error("no '%s' under '%s'\n", h, screen_rows[r].section);
		assert_true(i < a->over.n && a->over.v[i].kind == DL_KEY);
		assert_true(a->over.v[i].key_len > 0);
	}
	for (size_t k = 0; k < ARRAY_SIZE(screen_cases); k++) {
		size_t t = doc_find(&a->over, DL_TITLE, screen_cases[k].section);
		size_t i = t + 1;

		assert_true(t != NO_INDEX);
		while (i < a->over.n && !(a->over.v[i].kind == DL_KEY &&
					   line_has(&a->over.v[i], screen_cases[k].help)))
			i++;
		assert_true(i < a->over.n);
		if (!line_starts(&a->over.v[i], screen_cases[k].keys))
			print_error("'%s': keys '%.*s', want '%s'\n", screen_cases[k].help,
				    (int)a->over.v[i].key_len, a->over.v[i].s, screen_cases[k].keys);
		assert_int_equal(a->over.v[i].key_len, strlen(screen_cases[k].keys));
		assert_true(line_starts(&a->over.v[i], screen_cases[k].keys));
	}
	/* scrolling */
	assert_true(a->over.n > (size_t)ROWS - 1);
	max = a->over.n - (ROWS - 1);   /* every row above the status bar */
	assert_int_equal(act(a, ACT_UP), 0);
	assert_int_equal(act(a, ACT_DOWN), DIRTY_OVERLAY);
	assert_int_equal(a->over_top, 1);
	assert_int_equal(act(a, ACT_BOTTOM), DIRTY_OVERLAY);
	assert_int_equal(a->over_top, max);
	assert_int_equal(act(a, ACT_DOWN), 0);
	assert_int_equal(act(a, ACT_TOP), DIRTY_OVERLAY);
	assert_int_equal(a->over_top, 0);
	/* pane actions do nothing under it */
	assert_int_equal(act(a, ACT_FOCUS_NEXT), 0);
	assert_int_equal(act(a, ACT_TOGGLE), 0);
	assert_int_equal(app_apply(a, ACT_DIGIT, '5'), 0);
	assert_int_equal(act(a, ACT_SEARCH), 0);
	assert_string_equal(a->message, "");
	assert_int_equal(app_click(a, 5, a->pane[PANE_LIST].x + 1), 0);
	assert_int_equal(a->focus, PANE_LIST);
	assert_int_equal(selected(a), 100);
	/* the wheel scrolls it by 3 */
	assert_int_equal(app_wheel(a, 5, 5, 1), DIRTY_OVERLAY);
	assert_int_equal(a->over_top, 3);
	assert_int_equal(act(a, ACT_CLOSE), DIRTY_ALL);
	assert_int_equal(a->overlay, OVERLAY_NONE);
	assert_int_equal(act(a, ACT_CLOSE), 0);
	/* HELP toggles */
	act(a, ACT_HELP);
	assert_int_equal(a->overlay, OVERLAY_HELP);
	assert_int_equal(a->over_top, 0);
	assert_int_equal(act(a, ACT_HELP), DIRTY_ALL);
	assert_int_equal(a->overlay, OVERLAY_NONE);
	assert_false(a->quit);
}

/* The help text of the DL_KEY line i of the help, with its continuation
 * lines, words joined by single spaces; *col gets the column it starts at
 * (after the overlay's indent), -1 when it is under the keys. */
static char *help_text_at(const struct doc *d, size_t i, int *col)
{
	const struct dline *l = &d->v[i];
	char *out = calloc(1, 1024);
	size_t n = 0, k = l->key_len;

	assert_non_null(out);
	*col = -1;
	while (k < l->len && l->s[k] == ' ')
		k++;
	if (k < l->len) {
		*col = (int)k;
		n = (size_t)snprintf(out, 1024, "%.*s", (int)(l->len - k), l->s + k);
	}
	for (i++; i < d->n && d->v[i].kind == DL_TEXT; i++) {
		if (*col < 0)
			*col = (int)d->v[i].indent - 2;
		assert_int_equal(d->v[i].indent, 2 + *col);   /* under the text's start */
		n += (size_t)snprintf(out + n, 1024 - n, "%s%.*s", n && out[n - 1] != ' ' ? " " : "",
				      (int)d->v[i].len, d->v[i].s);
	}
	while (n && out[n - 1] == ' ')
		out[--n] = '\0';
	return out;
}

/* At every width, every help text reads whole in its column: lines that
 * continue a text start under its first word, never under the keys, and
 * keys too wide for their column have their text on the lines below. */
static void test_help_texts_keep_their_column(void **state)
{
	struct app *a = *state;

	for (int cols = 40; cols <= 200; cols += cols < 90 ? 1 : 37) {
		size_t texts = 0;
		int column = -2;

		app_resize(a, ROWS, cols);
		if (a->overlay != OVERLAY_HELP)
			act(a, ACT_HELP);
		for (size_t i = 0; i < a->over.n; i++) {
			const struct dline *l = &a->over.v[i];
			char *t;
			int col;
			bool known = false;

			assert_true(l->indent + tl_width(l->s, l->len) <= (size_t)cols - 4);
			if (l->kind != DL_KEY)
				continue;
			t = help_text_at(&a->over, i, &col);
			if (l->len > l->key_len)    /* beside the keys, after a space at least */
				assert_true(col > (int)l->key_len);
			if (column == -2)
				column = col;
			assert_int_equal(col, column);      /* one column for all */
			for (int x = 1; x < ACT_COUNT; x++)
				known |= strcmp(t, action_help((enum action)x)) == 0;
			for (size_t r = 0; r < nscreen_rows; r++)
				known |= screen_rows[r].help && strcmp(t, screen_rows[r].help) == 0;
			known |= strcmp(t, "select a line, focus its pane") == 0 ||
				 strcmp(t, "scroll the pane under the pointer") == 0;
			if (!known)
				print_error("at %d columns: help text '%s' is not one of the table's\n",
					    cols, t);
			assert_true(known);
			free(t);
			texts++;
		}
		assert_true(texts >= ACT_COUNT - 1);
		/* at 40 columns, the text of q fits beside it */
		if (cols == 40) {
			size_t q = doc_find(&a->over, DL_KEY, "quit (Ctrl-C too)");

			assert_true(q != NO_INDEX && line_starts(&a->over.v[q], "q "));
		}
	}
}

static void test_sources_overlay(void **state)
{
	struct app *a = *state;
	unsigned want = 0, got = 0;

	assert_int_equal(act(a, ACT_SOURCES), DIRTY_ALL);
	assert_int_equal(a->overlay, OVERLAY_SOURCES);
	assert_true(line_is(&a->over.v[0], "sources"));
	for (size_t s = 0; s < E->nsources; s++) {
		char head[512];
		size_t i;

		snprintf(head, sizeof(head), "%s", E->sources[s].label);
		for (i = 0; i < a->over.n; i++)
			if (a->over.v[i].kind == DL_HEADER && line_is(&a->over.v[i], head))
				break;
		if (i == a->over.n)
			print_error("no header for source %s\n", E->sources[s].label);
		assert_true(i < a->over.n);
		want += E->sources[s].nrepairs;
	}
	for (size_t i = 0; i < a->over.n; i++) {
		const struct dline *l = &a->over.v[i];

		if (l->kind != DL_NOTE || l->len < 4 || l->s[0] < '0' || l->s[0] > '9' || l->s[3] != ' ')
			continue;
		if ((l->s[1] >= '0' && l->s[1] <= '9' && l->s[2] >= '0' && l->s[2] <= '9') ||
		    (l->s[1] == 'x' && l->s[2] == 'x'))
			got++;
	}
	assert_true(want > 0);
	assert_int_equal(got, want);
	/* SOURCES over HELP switches; SOURCES again closes */
	act(a, ACT_HELP);
	assert_int_equal(a->overlay, OVERLAY_HELP);
	act(a, ACT_SOURCES);
	assert_int_equal(a->overlay, OVERLAY_SOURCES);
	assert_int_equal(act(a, ACT_SOURCES), DIRTY_ALL);
	assert_int_equal(a->overlay, OVERLAY_NONE);
}

/* On the sources screen a field's value fills its first line as it fills
 * the others: the first word of a continuation line would not have fit on
 * the line before; the value starts at the same column on every line, and
 * on a narrow screen under its label. */
static void test_sources_values_fill_their_lines(void **state)
{
	static const int widths[] = { 30, 40, 41, 52, 60, 80, 100, 133, 200 };
	struct app *a = *state;

	act(a, ACT_SOURCES);
	for (size_t w = 0; w < ARRAY_SIZE(widths); w++) {
		int room = widths[w] - 4;       /* the screen's text, between margins */
		size_t fields = 0;

		app_resize(a, ROWS, widths[w]);
		assert_int_equal(a->overlay, OVERLAY_SOURCES);
		for (size_t i = 0; i < a->over.n; i++) {
			const struct dline *l = &a->over.v[i];
			const struct dline *next = i + 1 < a->over.n ? l + 1 : &(struct dline){ 0 };
			size_t col = l->len > l->key_len ? strspn(l->s + l->key_len, " ") + l->key_len : 0;
			size_t word;

			assert_true(l->indent + tl_width(l->s, l->len) <= (size_t)room);
			if (l->kind != DL_KEY || !l->key_len)
				continue;
			fields++;
			if (widths[w] >= 40)    /* the value beside its label, at column 10 */
				assert_int_equal(col, 10);
			else                    /* too narrow: under it */
				assert_true(col == 0 && next->kind == DL_TEXT && next->indent == 4);
			if (next->kind != DL_TEXT || !col)
				continue;
			assert_int_equal(next->indent, l->indent + col);
			word = strcspn(next->s, " ");
			word = word < next->len ? word : next->len;
			if (l->indent + tl_width(l->s, l->len) + 1 + tl_width(next->s, word) <= (size_t)room)
				print_error("at %d columns: '%.*s' would fit after '%.*s'\n", widths[w],
					    (int)word, next->s, (int)l->len, l->s);
			assert_true(l->indent + tl_width(l->s, l->len) + 1 + tl_width(next->s, word) >
				    (size_t)room);
		}
		assert_true(fields >= 8 * E->nsources);
	}
}

static void test_quit_in_an_overlay(void **state)
{
	static const enum action overlays[] = { ACT_HELP, ACT_SOURCES };

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(overlays); i++) {
		struct app *a = open_app(0, NULL, false);

		app_resize(a, ROWS, COLS);
		act(a, overlays[i]);
		assert_int_not_equal(a->overlay, OVERLAY_NONE);
		assert_false(a->quit);
		assert_int_equal(act(a, ACT_QUIT), 0);
		assert_true(a->quit);
		close_app(0);
	}
}

static void test_overlay_rebuilt_on_resize(void **state)
{
	struct app *a = *state;

	act(a, ACT_SOURCES);
	app_resize(a, 40, 60);
	for (size_t i = 0; i < a->over.n; i++)
		assert_true(a->over.v[i].indent + tl_width(a->over.v[i].s, a->over.v[i].len) <= 60 - 4 ||
			    a->over.v[i].kind == DL_TITLE);
	assert_true(doc_find(&a->over, DL_HEADER, "IANA") != NO_INDEX);
}

/* Is l a help line of exactly these keys? */
static bool is_key_line(const struct dline *l, const char *keys)
{
	return l->kind == DL_KEY && l->key_len == strlen(keys) && line_starts(l, keys);
}

/* Scroll the overlay down until line i is at its top. */
static void scroll_overlay_to(struct app *a, size_t i)
{
	act(a, ACT_TOP);
	while (a->over_top < i)
		assert_true(act(a, ACT_DOWN) != 0);
	assert_int_equal(a->over_top, i);
}

/* A resize rewraps the help and the sources screen and keeps their place:
 * the line at the top is still at the top, rewrapped, at every size where
 * enough follows it to fill the screen; at the bottom, the same first line
 * stays in view as far as the new wrapping allows. */
static void test_overlays_keep_their_place_on_resize(void **state)
{
	static const int sizes[][2] = { { 24, 40 }, { 30, 57 }, { 24, 200 }, { 12, 100 }, { 24, 80 } };
	static const struct {
		enum action open;
		int kind;
		const char *line;
	} places[] = {
		{ ACT_HELP, DL_TITLE, "search prompt" },
		{ ACT_HELP, DL_KEY, "Backspace" },
		{ ACT_SOURCES, DL_HEADER, "Wikipedia list" },
		{ ACT_SOURCES, DL_KEY, "license   CC BY-SA" },
	};
	struct app *a = *state;

	for (size_t p = 0; p < ARRAY_SIZE(places); p++) {
		app_resize(a, 24, 80);
		act(a, places[p].open);
		scroll_overlay_to(a, doc_find(&a->over, places[p].kind, places[p].line));
		for (size_t k = 0; k < ARRAY_SIZE(sizes); k++) {
			size_t at;

			app_resize(a, sizes[k][0], sizes[k][1]);
			at = doc_find(&a->over, places[p].kind, places[p].line);
			assert_true(at != NO_INDEX);
			if (at + (size_t)sizes[k][0] - 1 > a->over.n)
				continue;       /* too near the end to be the top */
			if (a->over_top != at)
				print_error("%s at %dx%d: line %zu at the top, not %zu\n", places[p].line,
					    sizes[k][1], sizes[k][0], a->over_top, at);
			assert_int_equal(a->over_top, at);
		}
		act(a, ACT_CLOSE);
	}
	/* the end of the help: the line at the top stays in view */
	act(a, ACT_HELP);
	act(a, ACT_BOTTOM);
	{
		const struct dline *top = &a->over.v[a->over_top];
		char keys[64];
		size_t nth = 0, at = NO_INDEX;

		assert_int_equal(top->kind, DL_KEY);
		snprintf(keys, sizeof(keys), "%.*s", (int)top->key_len, top->s);
		for (size_t i = 0; i < a->over_top; i++)
			nth += is_key_line(&a->over.v[i], keys);
		app_resize(a, 24, 40);
		for (size_t i = 0; i < a->over.n && at == NO_INDEX; i++)
			if (is_key_line(&a->over.v[i], keys) && !nth--)
				at = i;
		assert_true(at != NO_INDEX);
		assert_true(a->over_top <= at && at < a->over_top + 23);
	}
}

/* ---- "not yet" ----------------------------------------------------------------- */

/* Only compare is still to come; search and filters open. */
/* A one-off note in the status bar goes with the next action: here the
 * one compare leaves when there is no code to compare (a class shown). */
static void test_status_message_goes_with_the_next_action(void **state)
{
	static const enum action next[] = { ACT_REDRAW, ACT_FOCUS_NEXT, ACT_SEARCH };
	struct app *a = *state;

	for (size_t k = 0; k < ARRAY_SIZE(next); k++) {
		unsigned d;

		select_node_by_keys(a, 4, -1);
		assert_true(app_desc_is_class(a));
		assert_int_equal(act(a, ACT_COMPARE), DIRTY_STATUS);
		assert_string_equal(a->message, "compare: select a code in the list first");
		assert_int_equal(a->overlay, OVERLAY_NONE);
		d = act(a, next[k]);
		assert_string_equal(a->message, "");
		assert_true(d & DIRTY_STATUS);
		if (a->search.typing)
			app_key(a, K_ESC);
	}
	/* from the list, compare opens */
	set_focus_to(a, PANE_LIST);
	assert_int_equal(act(a, ACT_COMPARE), DIRTY_ALL);
	assert_int_equal(a->overlay, OVERLAY_COMPARE);
	assert_string_equal(a->message, "");
}

/* ---- resizing -------------------------------------------------------------------- */

static void test_too_small_blocks_actions(void **state)
{
	static const struct {
		int rows, cols;
	} sizes[] = { { 9, 100 }, { 30, 39 }, { 9, 39 }, { 1, 1 }, { 0, 0 }, { 10, 39 }, { 9, 40 } };

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(sizes); i++) {
		struct app *a = open_app(0, NULL, false);

		app_resize(a, ROWS, COLS);
		type(a, "404");
		act(a, ACT_REDRAW);
		assert_int_equal(app_resize(a, sizes[i].rows, sizes[i].cols), DIRTY_ALL);
		assert_true(a->too_small);
		for (int x = 1; x < ACT_COUNT; x++) {
			if (x == ACT_QUIT || x == ACT_REDRAW)
				continue;
			assert_int_equal(app_apply(a, (enum action)x, '5'), 0);
			assert_int_equal(a->overlay, OVERLAY_NONE);
			assert_int_equal(a->focus, PANE_LIST);
			assert_int_equal(a->tree_sel, 0);
			assert_int_equal(a->expanded, 0);
			assert_int_equal(selected(a), 404);
			assert_int_equal(a->ndigits, 0);
			assert_string_equal(a->message, "");
		}
		assert_int_equal(app_click(a, 1, 1), 0);
		assert_int_equal(app_wheel(a, 1, 1, 1), 0);
		assert_int_equal(selected(a), 404);
		assert_int_equal(act(a, ACT_REDRAW), DIRTY_ALL | DIRTY_LAYOUT);
		assert_false(a->quit);
		assert_int_equal(act(a, ACT_QUIT), 0);
		assert_true(a->quit);
		/* back to a usable size */
		assert_int_equal(app_resize(a, 24, 80), DIRTY_ALL);
		assert_false(a->too_small);
		assert_int_equal(selected(a), 404);
		assert_code_desc(a);
		assert_desc_fits(a);
		assert_true(a->list_top <= a->list_sel);
		assert_true(a->list_sel < a->list_top + (size_t)app_content_rows(a, PANE_LIST));
		assert_int_equal(act(a, ACT_DOWN), LIST_MOVE);
		assert_int_equal(selected(a), 405);
		close_app(0);
	}
}

static void test_minimum_size_is_usable(void **state)
{
	struct app *a = *state;

	app_resize(a, APP_MIN_ROWS, APP_MIN_COLS);
	assert_false(a->too_small);
	assert_int_equal(app_content_rows(a, PANE_LIST), APP_MIN_ROWS - 2);
	assert_int_equal(act(a, ACT_DOWN), LIST_MOVE);
	assert_int_equal(selected(a), 101);
	type(a, "404");
	assert_int_equal(selected(a), 404);
	assert_true(a->list_top <= a->list_sel);
	assert_true(a->list_sel < a->list_top + APP_MIN_ROWS - 2);
	assert_code_desc(a);
	assert_desc_fits(a);
}

/* While too small nothing shows but the size: the help screen cannot be
 * scrolled or closed blind either. */
static void test_too_small_blocks_overlay_actions(void **state)
{
	struct app *a = *state;

	act(a, ACT_HELP);
	app_resize(a, 9, COLS);
	assert_true(a->too_small);
	assert_int_equal(a->over_top, 0);
	assert_int_equal(act(a, ACT_DOWN), 0);
	assert_int_equal(a->over_top, 0);
	assert_int_equal(act(a, ACT_CLOSE), 0);
	assert_int_equal(a->overlay, OVERLAY_HELP);
	assert_int_equal(act(a, ACT_SOURCES), 0);
	assert_int_equal(a->overlay, OVERLAY_HELP);
}

static void test_resize_rewraps_description_and_keeps_selection(void **state)
{
	static const struct {
		int rows, cols;
	} sizes[] = { { 24, 80 }, { 40, 200 }, { 10, 40 }, { 80, 250 }, { 30, 100 }, { 12, 61 } };
	struct app *a = *state;

	type(a, "404");
	act(a, ACT_REDRAW);
	for (size_t i = 0; i < ARRAY_SIZE(sizes); i++) {
		int old_width = a->desc_width;
		size_t old_n = a->desc.n;
		int rows;

		app_resize(a, sizes[i].rows, sizes[i].cols);
		rows = app_content_rows(a, PANE_LIST);
		assert_int_equal(rows, sizes[i].rows - 2);
		assert_false(a->too_small);
		assert_int_equal(selected(a), 404);
		assert_int_equal(a->desc_width, a->pane[PANE_DESC].w);
		assert_code_desc(a);
		assert_desc_fits(a);
		if (a->desc_width < old_width)
			assert_true(a->desc.n >= old_n);
		else if (a->desc_width > old_width)
			assert_true(a->desc.n <= old_n);
		assert_true(a->list_top <= a->list_sel);
		assert_true(a->list_sel < a->list_top + (size_t)rows);
		assert_true(a->desc_top + (size_t)rows <= a->desc.n || a->desc_top == 0);
	}
	/* a narrower pane gives more lines */
	app_resize(a, 30, 250);
	{
		size_t wide = a->desc.n;

		app_resize(a, 30, 40);
		assert_true(a->desc.n > wide);
	}
}

/* The description's scroll survives a resize that keeps it in range. */
static void test_resize_keeps_description_scroll(void **state)
{
	struct app *a = *state;

	type(a, "404");
	act(a, ACT_FOCUS_RIGHT);
	act(a, ACT_DOWN);
	act(a, ACT_DOWN);
	assert_int_equal(a->desc_top, 2);
	app_resize(a, ROWS, 90);
	assert_int_equal(a->desc_top, 2);
	assert_int_equal(a->focus, PANE_DESC);
	/* growing tall enough to show it all puts it back at the top */
	app_resize(a, 200, 250);
	assert_true(a->desc.n <= 198);
	assert_int_equal(a->desc_top, 0);
}

static void test_layout_panes_fit_and_do_not_overlap(void **state)
{
	struct app *a = *state;

	for (int w = APP_MIN_COLS; w <= 250; w++)
		for (int h = APP_MIN_ROWS; h <= 80; h++) {
			app_resize(a, h, w);
			assert_false(a->too_small);
			for (int p = 0; p < PANE_COUNT; p++) {
				const struct rect *r = &a->pane[p];

				assert_int_equal(r->y, 0);
				assert_int_equal(r->h, h - 1);
				assert_true(r->x >= 0);
				assert_true(r->w >= 10);
				assert_true(r->x + r->w <= w);
				assert_int_equal(app_content_rows(a, (enum pane)p), h - 2);
			}
			/* left to right, a rule column between, the last to the edge */
			assert_int_equal(a->pane[PANE_TREE].x, 0);
			assert_true(a->pane[PANE_TREE].x + a->pane[PANE_TREE].w < a->pane[PANE_LIST].x);
			assert_true(a->pane[PANE_LIST].x + a->pane[PANE_LIST].w < a->pane[PANE_DESC].x);
			assert_int_equal(a->pane[PANE_DESC].x + a->pane[PANE_DESC].w, w);
			assert_int_equal(a->desc_width, a->pane[PANE_DESC].w);
		}
	for (int w = 1; w < APP_MIN_COLS; w++) {
		app_resize(a, 30, w);
		assert_true(a->too_small);
	}
	for (int h = 0; h < APP_MIN_ROWS; h++) {
		app_resize(a, h, 100);
		assert_true(a->too_small);
	}
}

/* The tree is as narrow as its labels, the list a bit under half of the
 * rest (14 to 44 columns), the description the remainder. */
static void test_layout_widths(void **state)
{
	static const struct {
		int cols, tree, list, desc;
	} cases[] = {
		{ 40, 12, 14, 12 }, { 59, 12, 20, 25 }, { 60, 14, 19, 25 }, { 80, 14, 28, 36 },
		{ 99, 14, 37, 46 }, { 100, 16, 36, 46 }, { 120, 16, 44, 58 }, { 200, 16, 44, 138 },
		{ 250, 16, 44, 188 },
	};
	struct app *a = *state;

	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		app_resize(a, 24, cases[i].cols);
		assert_int_equal(a->pane[PANE_TREE].w, cases[i].tree);
		assert_int_equal(a->pane[PANE_LIST].w, cases[i].list);
		assert_int_equal(a->pane[PANE_DESC].w, cases[i].desc);
		assert_int_equal(a->pane[PANE_LIST].x, cases[i].tree + 1);
		assert_int_equal(a->pane[PANE_DESC].x, cases[i].tree + cases[i].list + 2);
	}
}

/* Growing taller than what is below the top row scrolls back: no empty
 * rows under the end of the list. */
static void test_resize_taller_clamps_list_top(void **state)
{
	struct app *a = *state;

	act(a, ACT_BOTTOM);
	assert_int_equal(a->list_top, a->nrows - CONTENT_ROWS);
	app_resize(a, 50, COLS);
	assert_int_equal(a->list_top, a->nrows - 48);
	assert_int_equal(a->list_sel, a->nrows - 1);
	app_resize(a, 100, COLS);
	assert_int_equal(a->list_top, 0);
	assert_int_equal(a->list_sel, a->nrows - 1);
	app_resize(a, 12, COLS);
	assert_int_equal(a->list_top, a->nrows - 10);
}

/* ---- the mouse ---------------------------------------------------------------------- */

static void test_click_list_row_selects_and_focuses(void **state)
{
	struct app *a = *state;
	const struct rect *r = &a->pane[PANE_LIST];

	act(a, ACT_FOCUS_RIGHT);
	assert_int_equal(app_click(a, r->y + 1 + 5, r->x + 2), FOCUS_MOVE);
	assert_int_equal(a->focus, PANE_LIST);
	assert_int_equal(a->list_sel, 5);
	assert_int_equal(selected(a), E->codes[5].code);
	assert_code_desc(a);
	/* the same row again: nothing */
	assert_int_equal(app_click(a, r->y + 1 + 5, r->x + r->w - 1), 0);
	/* the first and the last row on screen, after scrolling */
	act(a, ACT_BOTTOM);
	assert_int_equal(a->list_top, a->nrows - CONTENT_ROWS);
	assert_int_equal(app_click(a, r->y + 1, r->x), LIST_MOVE);
	assert_int_equal(a->list_sel, a->nrows - CONTENT_ROWS);
	assert_int_equal(a->list_top, a->nrows - CONTENT_ROWS);
	assert_int_equal(app_click(a, r->y + r->h - 1, r->x), LIST_MOVE);
	assert_int_equal(a->list_sel, a->list_top + (size_t)r->h - 2);
	assert_int_equal(a->list_sel, a->nrows - 1);
}

static void test_click_tree_row_selects_node(void **state)
{
	struct app *a = *state;
	const struct rect *r = &a->pane[PANE_TREE];
	size_t n4 = node_index(a, 4, -1);
	unsigned d;

	d = app_click(a, r->y + 1 + (int)n4, r->x);
	assert_int_equal(d, TREE_MOVE);
	assert_int_equal(a->focus, PANE_TREE);
	assert_int_equal(a->tree_sel, n4);
	assert_int_equal(a->nrows, count_codes(4, -1, 0));
	assert_true(app_desc_is_class(a));
	assert_true(doc_find(&a->desc, DL_HEADER, "REST: RFC text") != NO_INDEX);
	/* below the last node: only focus (already there) */
	assert_int_equal(app_click(a, r->y + 1 + (int)a->nnodes + 2, r->x) & ~DIRTY_DESC, 0);
	assert_int_equal(a->tree_sel, n4);
	/* All */
	app_click(a, r->y + 1, r->x + r->w - 1);
	assert_int_equal(a->tree_sel, 0);
	assert_int_equal(a->nrows, E->ncodes);
	assert_false(app_desc_is_class(a));
}

static void test_click_title_row_only_focuses(void **state)
{
	static const enum pane panes[] = { PANE_DESC, PANE_TREE, PANE_LIST };
	struct app *a = *state;

	type(a, "404");
	act(a, ACT_REDRAW);
	for (size_t i = 0; i < ARRAY_SIZE(panes); i++) {
		const struct rect *r = &a->pane[panes[i]];

		assert_int_equal(app_click(a, r->y, r->x + 1), FOCUS_MOVE);
		assert_int_equal(a->focus, panes[i]);
		assert_int_equal(selected(a), 404);
		assert_int_equal(a->tree_sel, 0);
		assert_int_equal(app_click(a, r->y, r->x + 1), 0);
	}
}

static void test_click_outside_panes_does_nothing(void **state)
{
	struct app *a = *state;
	const int cells[][2] = {
		{ ROWS - 1, 5 },                                   /* the status bar */
		{ 3, a->pane[PANE_TREE].w },                       /* the rules */
		{ 3, a->pane[PANE_LIST].x + a->pane[PANE_LIST].w },
		{ -1, 5 }, { 3, -1 }, { 3, COLS }, { ROWS, 5 },
	};

	for (size_t i = 0; i < ARRAY_SIZE(cells); i++) {
		assert_int_equal(app_click(a, cells[i][0], cells[i][1]), 0);
		assert_int_equal(app_wheel(a, cells[i][0], cells[i][1], 1), 0);
		assert_int_equal(a->focus, PANE_LIST);
		assert_int_equal(selected(a), 100);
	}
}

static void test_click_while_too_small_does_nothing(void **state)
{
	struct app *a = *state;

	app_resize(a, 9, COLS);
	for (int y = 0; y < 9; y++)
		for (int x = 0; x < COLS; x += 7) {
			assert_int_equal(app_click(a, y, x), 0);
			assert_int_equal(app_wheel(a, y, x, 1), 0);
		}
	assert_int_equal(a->focus, PANE_LIST);
	assert_int_equal(a->tree_sel, 0);
	assert_int_equal(selected(a), 100);
	assert_int_equal(a->desc_top, 0);
}

static void test_wheel_over_description_scrolls_it(void **state)
{
	struct app *a = *state;
	const struct rect *r = &a->pane[PANE_DESC];

	type(a, "404");
	act(a, ACT_REDRAW);
	assert_true(a->desc.n > CONTENT_ROWS + 6);
	assert_int_equal(app_wheel(a, r->y + 3, r->x + 3, 1), DIRTY_DESC);
	assert_int_equal(a->desc_top, 3);
	assert_int_equal(app_wheel(a, r->y + 3, r->x + 3, 1), DIRTY_DESC);
	assert_int_equal(a->desc_top, 6);
	assert_int_equal(app_wheel(a, r->y, r->x, -1), DIRTY_DESC);
	assert_int_equal(a->desc_top, 3);
	assert_int_equal(a->focus, PANE_LIST);
	assert_int_equal(selected(a), 404);
	app_wheel(a, r->y, r->x, -1);
	assert_int_equal(app_wheel(a, r->y, r->x, -1), 0);
	assert_int_equal(a->desc_top, 0);
	/* to the end and no further */
	for (int i = 0; i < 100; i++)
		app_wheel(a, r->y + 1, r->x, 1);
	assert_int_equal(a->desc_top, a->desc.n - CONTENT_ROWS);
}

static void test_wheel_over_list_moves_selection(void **state)
{
	struct app *a = *state;
	const struct rect *r = &a->pane[PANE_LIST];

	act(a, ACT_FOCUS_RIGHT);
	assert_int_equal(app_wheel(a, r->y + 2, r->x + 1, 1), LIST_MOVE);
	assert_int_equal(a->list_sel, 3);
	assert_int_equal(a->focus, PANE_DESC);
	assert_code_desc(a);
	assert_int_equal(app_wheel(a, r->y + 2, r->x + 1, 1), LIST_MOVE);
	assert_int_equal(a->list_sel, 6);
	assert_int_equal(app_wheel(a, r->y + 2, r->x + 1, -1), LIST_MOVE);
	assert_int_equal(a->list_sel, 3);
	app_wheel(a, r->y + 2, r->x + 1, -1);
	assert_int_equal(a->list_sel, 0);
	assert_int_equal(app_wheel(a, r->y + 2, r->x + 1, -1), 0);
	assert_int_equal(a->focus, PANE_DESC);
	/* with the tree focused on a class, the class stays described */
	select_node_by_keys(a, 4, -1);
	assert_int_equal(app_wheel(a, r->y + 2, r->x + 1, 1) & LIST_MOVE, LIST_MOVE);
	assert_int_equal(a->focus, PANE_TREE);
	assert_int_equal(selected(a), 403);
	assert_true(app_desc_is_class(a));
	assert_true(doc_find(&a->desc, DL_HEADER, "REST: RFC text") != NO_INDEX);
}

/* Wheeling over the tree while the list has the focus moves the tree; the
 * description must still show the selected code, not the class. */
static void test_wheel_over_tree_keeps_code_description(void **state)
{
	struct app *a = *state;
	const struct rect *r = &a->pane[PANE_TREE];

	assert_int_equal(app_wheel(a, r->y + 2, r->x + 1, 1) & TREE_MOVE, TREE_MOVE);
	assert_int_equal(a->tree_sel, 3);
	assert_int_equal(a->focus, PANE_LIST);
	assert_int_equal(selected(a), 300);
	assert_false(app_desc_is_class(a));
	assert_code_desc(a);
}

/* ---- ASCII mode ----------------------------------------------------------------------- */

static void test_ascii_mode_descriptions_are_printable(void **state)
{
	static const char *const codes[] = { "400", "501", "100", "404", "418", "444", "451", "499",
					     "520", "599" };
	struct app *b, *u;

	(void)state;
	b = open_app(0, NULL, true);
	app_resize(b, ROWS, COLS);
	u = open_app(1, NULL, false);
	app_resize(u, ROWS, COLS);
	for (size_t i = 0; i < ARRAY_SIZE(codes); i++) {
		type(b, codes[i]);
		act(b, ACT_REDRAW);
		assert_int_equal(selected(b), atoi(codes[i]));
		assert_doc_ascii(&b->desc);
		assert_desc_fits(b);
	}
	/* 400 (a smiley) and 501 (an em dash) do need it */
	type(u, "400");
	assert_true(doc_has_non_ascii(&u->desc));
	type(u, "501");
	assert_true(doc_has_non_ascii(&u->desc));
	type(b, "400");
	assert_true(doc_find(&b->desc, -1, ":-)") != NO_INDEX);
	/* every class description */
	set_focus_to(b, PANE_TREE);
	for (size_t n = 1; n < b->nnodes; n++) {
		act(b, ACT_DOWN);
		assert_true(app_desc_is_class(b));
		assert_doc_ascii(&b->desc);
	}
	/* the overlays */
	act(b, ACT_HELP);
	assert_doc_ascii(&b->over);
	act(b, ACT_SOURCES);
	assert_int_equal(b->overlay, OVERLAY_SOURCES);
	assert_doc_ascii(&b->over);
	close_app(0);
	close_app(1);
}

/* In ASCII mode a repair note names the characters it quotes instead of
 * transliterating them: 501's mojibake "â€”" is not "a?"", its em dash not
 * "-". The sources screen lists the same repair the same way. In UTF-8,
 * the characters themselves. */
static void test_ascii_mode_repairs_name_the_characters(void **state)
{
	static const char mojibake[] = "\"<U+00E2><U+20AC><U+201D>\" -> \"<U+2014>\"";
	struct app *b = open_app(0, NULL, true), *a = *state;

	app_resize(b, ROWS, 160);       /* the note on one line */
	app_resize(a, ROWS, 160);
	type(b, "501");
	assert_true(doc_find(&b->desc, DL_NOTE, mojibake) != NO_INDEX);
	assert_true(doc_find(&b->desc, DL_NOTE, "a?\"") == NO_INDEX);
	type(b, "400");
	assert_true(doc_find(&b->desc, DL_NOTE, "\"J\" -> \"<U+263A>\"") != NO_INDEX);
	assert_true(doc_find(&b->desc, DL_TEXT, ":-)") != NO_INDEX);   /* the text reads as ever */
	act(b, ACT_SOURCES);
	assert_true(doc_find(&b->over, DL_NOTE, mojibake) != NO_INDEX);
	assert_doc_ascii(&b->over);
	type(a, "501");
	assert_true(doc_find(&a->desc, DL_NOTE, "\"\u00e2\u20ac\u201d\" -> \"\u2014\"") != NO_INDEX);
	close_app(0);
}

/* Every code's description in ASCII mode. */
static void test_ascii_mode_every_code(void **state)
{
	struct app *b;

	(void)state;
	b = open_app(0, NULL, true);
	app_resize(b, 24, 80);
	for (size_t i = 0; i < b->nrows; i++) {
		if (i)
			assert_int_equal(act(b, ACT_DOWN), LIST_MOVE);
		assert_int_equal(b->list_sel, i);
		assert_doc_ascii(&b->desc);
	}
	close_app(0);
}

/* ---- a long random run ---------------------------------------------------------------- */

static uint32_t rng_state;

static uint32_t rnd(void)
{
	uint32_t x = rng_state;

	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	return rng_state = x;
}

static int rnd_in(int lo, int hi)
{
	return lo + (int)(rnd() % (uint32_t)(hi - lo + 1));
}

/* What the state was when an invariant broke. */
static void dump_state(const struct app *a)
{
	print_error("  %dx%d%s focus %d overlay %d tree %zu/%zu (top %zu) list %zu/%zu (top %zu) "
		    "desc %zu lines (top %zu, width %d) class %d digits %u\n", a->height, a->width,
		    a->too_small ? " too small" : "", a->focus, a->overlay, a->tree_sel, a->nnodes,
		    a->tree_top, a->list_sel, a->nrows, a->list_top, a->desc.n, a->desc_top,
		    a->desc_width, app_desc_is_class(a), a->ndigits);
}

#define INVARIANT(step, cond) do { \
		if (!(cond)) { \
			print_error("step %d: %s\n", (step), #cond); \
			dump_state(a); \
			fail(); \
		} \
	} while (0)

static void check_invariants(const struct app *a, int step)
{
	INVARIANT(step, a->nrows == 0 || a->list_sel < a->nrows);
	INVARIANT(step, a->nnodes > 0 && a->tree_sel < a->nnodes);
	INVARIANT(step, a->nrows <= a->nvisible);
	INVARIANT(step, a->nrows == 0 || app_code(a) != NULL);
	INVARIANT(step, a->desc_width == a->pane[PANE_DESC].w);
	INVARIANT(step, a->focus >= PANE_TREE && a->focus < PANE_COUNT);
	INVARIANT(step, a->ndigits <= 3);
	INVARIANT(step, strlen(a->message) < sizeof(a->message));
	if (a->too_small)
		return;
	{
		size_t lrows = (size_t)app_content_rows(a, PANE_LIST);
		size_t trows = (size_t)app_content_rows(a, PANE_TREE);
		size_t drows = (size_t)app_content_rows(a, PANE_DESC);
		size_t dmax = a->desc.n > drows ? a->desc.n - drows : 0;

		INVARIANT(step, lrows == (size_t)a->height - 2);
		INVARIANT(step, a->nrows == 0 || (a->list_top <= a->list_sel &&
						  a->list_sel < a->list_top + lrows));
		INVARIANT(step, a->tree_top <= a->tree_sel && a->tree_sel < a->tree_top + trows);
		INVARIANT(step, a->desc_top <= dmax);
		INVARIANT(step, a->desc_width < 2 || a->desc.n > 0 ||
			  (!app_code(a) && !app_desc_is_class(a)));
	}
	if (a->overlay && a->overlay != OVERLAY_COMPARE) {
		INVARIANT(step, a->over.n > 0);
		INVARIANT(step, a->over_top == 0 || a->over_top + (size_t)a->height - 2 <= a->over.n);
	}
}

static void random_run(const struct filter *f, uint32_t seed, int steps)
{
	struct app *a;
	int quits = 0, small = 0, overlays = 0;

	rng_state = seed;
	a = open_app(0, f, rnd() & 1);
	app_resize(a, ROWS, COLS);
	check_invariants(a, -1);
	for (int step = 0; step < steps; step++) {
		uint32_t kind = rnd() % 100;
		int y = rnd_in(-2, a->height + 1), x = rnd_in(-2, a->width + 1);

		if (kind < 70) {
			enum action x_act = (enum action)rnd_in(1, ACT_COUNT - 1);

			/* overlays close again soon enough to let the rest run */
			if ((x_act == ACT_HELP || x_act == ACT_SOURCES) && rnd() % 2)
				x_act = ACT_DOWN;
			if (a->overlay && rnd() % 8 == 0)
				x_act = ACT_CLOSE;
			app_apply(a, x_act, x_act == ACT_DIGIT ? rnd_in('0', '9') : rnd_in(0, 0x7f));
			quits += a->quit;
			a->quit = false;
		} else if (kind < 82) {
			app_click(a, y, x);
		} else if (kind < 94) {
			app_wheel(a, y, x, rnd() % 2 ? 1 : -1);
		} else if (kind < 97) {
			app_resize(a, rnd_in(1, 80), rnd_in(1, 250));
		} else {
			app_resize(a, rnd_in(APP_MIN_ROWS, 80), rnd_in(APP_MIN_COLS, 250));
		}
		small += a->too_small;
		overlays += a->overlay != OVERLAY_NONE;
		check_invariants(a, step);
	}
	/* the run went through every kind of state */
	assert_true(quits > 0);
	assert_true(small > 0 && small < steps);
	assert_true(overlays > 0 && overlays < steps);
	close_app(0);
}

static void test_random_actions_keep_invariants(void **state)
{
	(void)state;
	random_run(NULL, 0x9e3779b9u, 20000);
}

static void test_random_actions_under_filters(void **state)
{
	static const char *const hide[] = { "nginx", "standard", "standard,webdav,unofficial" };

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(hide); i++) {
		struct filter f;
		char err[QUERY_ERRLEN] = "";

		filter_init(&f);
		assert_int_equal(filter_hide_vendors(&f, hide[i], false, err), 0);
		random_run(&f, 12345u + (uint32_t)i, 3000);
		filter_free(&f);
	}
}

/* Every vendor group hidden: no code, and nothing breaks. */
static void test_everything_hidden(void **state)
{
	struct filter f;
	struct app *b;
	char err[QUERY_ERRLEN] = "";

	(void)state;
	filter_init(&f);
	assert_int_equal(filter_hide_vendors(&f, "standard,webdav,nginx,microsoft,cloudflare,esri,"
					     "google,apache,twitter,unofficial", false, err), 0);
	b = open_app(0, &f, false);
	filter_free(&f);
	app_resize(b, ROWS, COLS);
	assert_int_equal(b->nvisible, 0);
	assert_int_equal(b->nrows, 0);
	assert_null(app_code(b));
	assert_int_equal(b->nodes[0].count, 0);
	assert_int_equal(act(b, ACT_DOWN), 0);
	assert_int_equal(act(b, ACT_BOTTOM), 0);
	act(b, ACT_COMPARE);
	assert_string_equal(b->message, "compare: no code is shown");
	type(b, "4");
	assert_string_equal(b->message, "codes starting with 4: hidden by the filters");
	assert_int_equal(b->desc.n, 0);
	rng_state = 777;
	for (int i = 0; i < 2000; i++) {
		app_apply(b, (enum action)rnd_in(1, ACT_COUNT - 1), rnd_in('0', '9'));
		if (i % 3 == 0)
			app_click(b, rnd_in(0, ROWS), rnd_in(0, COLS));
		check_invariants(b, i);
	}
	close_app(0);
}

/* ---- keys as the UI passes them --------------------------------------------------------- */

#define MAXROWS 128

static unsigned press(struct app *a, int key)
{
	return app_key(a, key);
}

/* Each character of s as a key; the dirty bits of all of them. */
static unsigned keys(struct app *a, const char *s)
{
	unsigned d = 0;

	for (; *s; s++)
		d |= app_key(a, (unsigned char)*s);
	return d;
}

/* The codes of the list's rows, in order. */
static size_t row_codes(const struct app *a, int *out)
{
	assert_true(a->nrows <= MAXROWS);
	for (size_t r = 0; r < a->nrows; r++)
		out[r] = code_at_row(a, r);
	return a->nrows;
}

/* What a fresh search of text finds under f (NULL: nothing hidden), best
 * first: the list under All. A phrase not closed yet counts as closed, as
 * at the prompt. */
static size_t search_codes(const char *text, const struct filter *f, int *out)
{
	struct query q;
	struct filter all;
	struct hit *hits;
	char err[QUERY_ERRLEN] = "", closed[SEARCH_MAX + 2];
	size_t n;
	int rc;

	filter_init(&all);
	rc = query_parse(text, false, &q, err);
	if (rc && strstr(err, "unbalanced quote")) {
		snprintf(closed, sizeof(closed), "%s\"", text);
		rc = query_parse(closed, false, &q, err);
	}
	if (rc)
		print_error("'%s': %s\n", text, err);
	assert_int_equal(rc, 0);
	n = query_run(E, &q, f ? f : &all, &hits);
	query_free(&q);
	for (size_t i = 0; i < n && i < MAXROWS; i++)
		out[i] = E->codes[hits[i].code].code;
	free(hits);
	assert_true(n <= MAXROWS);
	return n;
}

static void assert_rows(const struct app *a, const int *want, size_t n)
{
	if (a->nrows != n)
		print_error("%zu rows, want %zu\n", a->nrows, n);
	assert_int_equal(a->nrows, n);
	for (size_t r = 0; r < n; r++) {
		if (code_at_row(a, r) != want[r])
			print_error("row %zu is %d, want %d\n", r, code_at_row(a, r), want[r]);
		assert_int_equal(code_at_row(a, r), want[r]);
	}
}

/* Under All, the rows are what a fresh search of text finds. */
static void assert_rows_are_search(const struct app *a, const char *text)
{
	int want[MAXROWS];
	size_t n = search_codes(text, &a->filter, want);

	assert_int_equal(app_node(a)->cls, -1);
	assert_rows(a, want, n);
}

/* The tree counts the visible codes: All, and each class. */
static void assert_tree_counts(const struct app *a)
{
	unsigned cls[10] = { 0 };

	for (size_t i = 0; i < a->nvisible; i++)
		cls[E->codes[a->visible[i].code].code / 100]++;
	assert_int_equal(a->nodes[0].count, a->nvisible);
	for (size_t i = 1; i < a->nnodes; i++)
		if (a->nodes[i].vendor < 0)
			assert_int_equal(a->nodes[i].count, cls[a->nodes[i].cls]);
}

static bool folded_starts(const char *s, size_t n, const char *word)
{
	size_t len;
	char *f = tl_fold(s, n, &len, NULL);
	bool yes = len >= strlen(word) && memcmp(f, word, strlen(word)) == 0;

	if (!yes)
		print_error("highlight '%.*s' folds to '%s'\n", (int)n, s, f);
	free(f);
	return yes;
}

/* Every highlight of the description is inside its line and folds to a
 * word that starts with word; the lines with highlights are the matches.
 * Returns how many lines have highlights. */
static size_t check_highlights(const struct app *a, const char *word)
{
	size_t lines = 0, total = 0;

	for (size_t i = 0; i < a->desc.n; i++) {
		const struct dline *l = &a->desc.v[i];

		if (!l->hl_count)
			continue;
		assert_true(lines < a->nmatches);
		assert_int_equal(a->matches[lines], i);
		lines++;
		for (unsigned h = l->hl_first; h < l->hl_first + l->hl_count; h++) {
			const struct hl *hl = &a->desc.hl[h];

			assert_true(hl->p >= l->s);
			assert_true(hl->len > 0);
			assert_true(hl->p + hl->len <= l->s + l->len);
			assert_true(folded_starts(hl->p, hl->len, word));
		}
		total += l->hl_count;
	}
	assert_int_equal(total, a->desc.nhl);
	assert_int_equal(lines, a->nmatches);
	return lines;
}

/* ---- the search ---------------------------------------------------------------------- */

/* A code the search leaves out is not "no code": the message says why,
 * and the selection stays where the digits before it took it. */
static void test_digits_hidden_by_the_search(void **state)
{
	struct app *a = *state;

	keys(a, "/timeout");
	press(a, K_ENTER);
	assert_true(row_of(a, 404) == NO_INDEX);
	type(a, "40");
	assert_int_equal(selected(a), 408);
	assert_int_equal(type(a, "4"), DIRTY_STATUS);
	assert_string_equal(a->message, "code 404: hidden by the search or filters");
	assert_int_equal(selected(a), 408);
	assert_int_equal(a->ndigits, 0);
}

/* "/teap" one key at a time: each letter narrows the list (a fresh search
 * would give the same), the tree counts follow, the best match is selected. */
static void test_search_typed_key_by_key_narrows_the_list(void **state)
{
	static const char typed[] = "teap";
	static const int teap[] = { 418 };
	struct app *a = *state;
	int prev[MAXROWS];
	size_t nprev;

	type(a, "404");
	assert_int_equal(press(a, '/'), DIRTY_STATUS);
	assert_true(a->search.typing);
	assert_string_equal(a->search.text, "");
	assert_null(app_query(a));
	assert_int_equal(a->nrows, E->ncodes);    /* nothing typed yet: all */
	assert_int_equal(selected(a), 404);
	nprev = row_codes(a, prev);
	for (size_t i = 0; typed[i]; i++) {
		int now[MAXROWS];
		char text[sizeof(typed)] = "";
		size_t n;

		memcpy(text, typed, i + 1);
		assert_int_equal(press(a, typed[i]) & (DIRTY_TREE | DIRTY_LIST | DIRTY_DESC),
				 DIRTY_TREE | DIRTY_LIST | DIRTY_DESC);
		assert_true(a->search.typing);
		assert_string_equal(a->search.text, text);
		assert_string_equal(a->search.error, "");
		assert_non_null(app_query(a));
		n = row_codes(a, now);
		assert_true(n > 0);
		if (i < 3)
			assert_true(n < nprev);
		else
			assert_true(n <= nprev);
		for (size_t k = 0; k < n; k++) {
			size_t j = 0;

			while (j < nprev && prev[j] != now[k])
				j++;
			assert_true(j < nprev);     /* it was in the list before */
		}
		assert_rows_are_search(a, text);
		assert_tree_counts(a);
		assert_int_equal(a->nodes[0].count, a->nrows);
		assert_int_equal(a->list_sel, 0);  /* the best match */
		assert_int_equal(a->list_top, 0);
		assert_int_equal(selected(a), now[0]);
		assert_code_desc(a);
		memcpy(prev, now, n * sizeof(*now));
		nprev = n;
	}
	assert_rows(a, teap, 1);
	assert_true(row_of(a, 200) == NO_INDEX);
	assert_true(row_of(a, 404) == NO_INDEX);
	assert_int_equal(selected(a), 418);
	assert_int_equal(a->nodes[node_index(a, 4, -1)].count, 1);
	assert_int_equal(a->nodes[node_index(a, 2, -1)].count, 0);
	assert_int_equal(a->focus, PANE_LIST);
}

/* Esc at the prompt: the list, tree node, selection and focus of before. */
static void test_search_escape_restores_node_selection_and_focus(void **state)
{
	struct app *a = *state;
	int before[MAXROWS];
	size_t nbefore, tree_sel, list_sel;

	select_node_by_keys(a, 4, -1);
	type(a, "404");
	assert_int_equal(a->focus, PANE_LIST);
	act(a, ACT_FOCUS_RIGHT);
	assert_int_equal(a->focus, PANE_DESC);
	assert_int_equal(selected(a), 404);
	nbefore = row_codes(a, before);
	tree_sel = a->tree_sel;
	list_sel = a->list_sel;
	assert_int_equal(nbefore, count_codes(4, -1, 0));

	keys(a, "/teap");
	assert_int_equal(a->nrows, 1);
	assert_int_equal(selected(a), 418);
	assert_int_equal(app_node(a)->cls, 4);
	assert_true(press(a, K_ESC) & DIRTY_LIST);
	assert_false(a->search.typing);
	assert_string_equal(a->search.text, "");
	assert_string_equal(a->search.error, "");
	assert_null(app_query(a));
	assert_int_equal(a->tree_sel, tree_sel);
	assert_int_equal(app_node(a)->cls, 4);
	assert_int_equal(app_node(a)->vendor, -1);
	assert_rows(a, before, nbefore);
	assert_int_equal(a->list_sel, list_sel);
	assert_int_equal(selected(a), 404);
	assert_int_equal(a->focus, PANE_DESC);
	assert_int_equal(a->nvisible, E->ncodes);
	assert_tree_counts(a);
	assert_code_desc(a);
	assert_int_equal(a->desc.nhl, 0);
}

/* A vendor group the search empties leaves the tree; Esc brings it back,
 * selected, with its list and code. */
static void test_search_escape_brings_back_a_vendor_group(void **state)
{
	struct app *a = *state;
	int before[MAXROWS];
	size_t nbefore;

	select_node_by_keys(a, 4, -1);
	act(a, ACT_TOGGLE);
	select_node_by_keys(a, 4, VENDOR_NGINX);
	type(a, "499");
	assert_int_equal(a->focus, PANE_LIST);
	assert_int_equal(selected(a), 499);
	nbefore = row_codes(a, before);

	keys(a, "/teap");
	assert_true(node_index(a, 4, VENDOR_NGINX) == NO_INDEX);
	assert_int_equal(a->tree_sel, 0);
	assert_int_equal(selected(a), 418);
	press(a, K_ESC);
	assert_true(node_index(a, 4, VENDOR_NGINX) != NO_INDEX);
	assert_int_equal(a->tree_sel, node_index(a, 4, VENDOR_NGINX));
	assert_rows(a, before, nbefore);
	assert_int_equal(selected(a), 499);
	assert_int_equal(a->focus, PANE_LIST);
	assert_int_equal(app_node(a)->count, nbefore);
}

/* The prompt and the list agree: / over a kept search starts a new one
 * (every code, the selection kept), Esc brings the kept one back. A search
 * of only spaces asks nothing and is not kept. Erased back to nothing, the
 * selection is where it was when the prompt opened. */
static void test_search_prompt_and_list_agree(void **state)
{
	struct app *a = *state;
	size_t kept;

	type(a, "451");
	keys(a, "/gateway");
	press(a, K_ENTER);
	kept = a->nrows;
	assert_true(kept > 0 && kept < E->ncodes);
	press(a, '/');
	assert_true(a->search.typing);
	assert_string_equal(a->search.text, "");
	assert_int_equal(a->nrows, E->ncodes);
	press(a, K_ESC);
	assert_int_equal(a->nrows, kept);
	assert_string_equal(a->search.text, "gateway");
	assert_non_null(app_query(a));
	press(a, K_ESC);
	assert_null(app_query(a));

	/* spaces only: nothing kept, and Esc has nothing to clear */
	type(a, "451");
	keys(a, "/  ");
	press(a, K_ENTER);
	assert_false(a->search.typing);
	assert_null(app_query(a));
	assert_string_equal(a->search.text, "");
	assert_int_equal(selected(a), 451);

	/* typed, then erased: back on 451 */
	keys(a, "/time");
	assert_int_equal(a->search.typing, true);
	assert_true(selected(a) != 451);
	for (int i = 0; i < 4; i++)
		press(a, K_BACKSPACE);
	assert_int_equal(a->nrows, E->ncodes);
	assert_int_equal(selected(a), 451);
	press(a, K_ESC);
	assert_int_equal(selected(a), 451);
}

/* Enter keeps the search as a filter; keys are commands again; Esc (close,
 * with no screen open) clears it and the selection stays. */
static void test_search_enter_keeps_the_search(void **state)
{
	struct app *a = *state;
	unsigned d;

	keys(a, "/timeout");
	assert_int_equal(press(a, K_ENTER), DIRTY_STATUS);
	assert_false(a->search.typing);
	assert_string_equal(a->search.text, "timeout");
	assert_non_null(app_query(a));
	assert_rows_are_search(a, "timeout");
	assert_int_equal(selected(a), 408);
	assert_int_equal(press(a, 'j'), LIST_MOVE);
	assert_int_equal(selected(a), 440);
	assert_string_equal(a->search.text, "timeout");
	assert_int_equal(press(a, 'G'), LIST_MOVE);
	assert_int_equal(selected(a), 527);
	assert_int_equal(press(a, 'k'), LIST_MOVE);
	assert_int_equal(selected(a), 102);
	/* a code typed jumps within the search */
	type(a, "504");
	assert_int_equal(selected(a), 504);
	assert_int_equal(a->nrows, 9);
	d = press(a, K_ESC);
	assert_int_equal(d & (DIRTY_TREE | DIRTY_LIST), DIRTY_TREE | DIRTY_LIST);
	assert_string_equal(a->search.text, "");
	assert_null(app_query(a));
	assert_int_equal(a->nrows, E->ncodes);
	assert_int_equal(selected(a), 504);
	assert_int_equal(a->list_sel, row_of(a, 504));
	assert_tree_counts(a);
	assert_int_equal(press(a, K_ESC), 0);   /* nothing left to clear */
	/* Enter on an empty prompt keeps nothing */
	keys(a, "/");
	assert_int_equal(press(a, K_ENTER) & DIRTY_LIST, DIRTY_LIST);
	assert_false(a->search.typing);
	assert_null(app_query(a));
	assert_int_equal(a->search.nhistory, 1);
}

/* Backspace takes back a character (not a byte) and widens the list;
 * Ctrl-U erases it all. */
static void test_search_backspace_widens_and_ctrl_u_clears(void **state)
{
	struct app *a = *state;
	size_t tea;

	keys(a, "/teap");
	assert_int_equal(a->nrows, 1);
	assert_true(press(a, K_BACKSPACE) & DIRTY_LIST);
	assert_string_equal(a->search.text, "tea");
	assert_rows_are_search(a, "tea");
	tea = a->nrows;
	press(a, K_BACKSPACE);
	assert_string_equal(a->search.text, "te");
	assert_rows_are_search(a, "te");
	assert_true(a->nrows > tea);
	assert_tree_counts(a);
	press(a, 'a');
	assert_int_equal(a->nrows, tea);
	assert_true(press(a, K_CTRL('u')) & DIRTY_LIST);
	assert_true(a->search.typing);
	assert_string_equal(a->search.text, "");
	assert_null(app_query(a));
	assert_int_equal(a->nrows, E->ncodes);
	assert_int_equal(press(a, K_BACKSPACE), 0);   /* nothing to erase */
	assert_true(a->search.typing);
	/* a character of two bytes goes at once */
	keys(a, "caf");
	press(a, 0xe9);
	assert_string_equal(a->search.text, "caf\xc3\xa9");
	press(a, K_BACKSPACE);
	assert_string_equal(a->search.text, "caf");
	/* keys that are no text add nothing */
	assert_int_equal(press(a, K_LEFT), 0);
	assert_int_equal(press(a, K_CTRL('l')), 0);
	assert_string_equal(a->search.text, "caf");
}

/* "timeout": names first (rank 2), texts after (102 Processing, 527). */
static void test_search_timeout_ranks_names_before_texts(void **state)
{
	static const int want[] = { 408, 440, 504, 522, 524, 598, 599, 102, 527 };
	struct app *a = *state;

	keys(a, "/timeout");
	assert_rows(a, want, ARRAY_SIZE(want));
	assert_true(row_of(a, 404) == NO_INDEX);
	assert_true(row_of(a, 102) > row_of(a, 599));
	for (size_t r = 0; r < a->nrows; r++)
		assert_int_equal(a->visible[a->rows[r]].rank, r < 7 ? 2 : 3);
	assert_tree_counts(a);
	assert_int_equal(a->nodes[node_index(a, 1, -1)].count, 1);
	assert_int_equal(a->nodes[node_index(a, 4, -1)].count, 2);
	assert_int_equal(a->nodes[node_index(a, 5, -1)].count, 6);
	assert_int_equal(selected(a), 408);
}

/* Up and Down at the prompt go through the searches kept this run. */
static void test_search_history_up_and_down(void **state)
{
	static const int teapot[] = { 418 };
	struct app *a = *state;

	keys(a, "/teapot");
	press(a, K_ENTER);
	keys(a, "/timeout");
	press(a, K_ENTER);
	assert_int_equal(a->search.nhistory, 2);
	press(a, '/');
	assert_string_equal(a->search.text, "");
	assert_true(press(a, K_UP) & DIRTY_LIST);
	assert_string_equal(a->search.text, "timeout");
	assert_rows_are_search(a, "timeout");
	press(a, K_UP);
	assert_string_equal(a->search.text, "teapot");
	assert_rows(a, teapot, 1);
	assert_int_equal(press(a, K_UP), 0);          /* the oldest */
	assert_string_equal(a->search.text, "teapot");
	press(a, K_DOWN);
	assert_string_equal(a->search.text, "timeout");
	assert_rows_are_search(a, "timeout");
	press(a, K_DOWN);
	assert_string_equal(a->search.text, "");     /* past the newest: empty */
	assert_int_equal(a->nrows, E->ncodes);
	assert_int_equal(press(a, K_DOWN), 0);
	assert_true(a->search.typing);
	/* the same search again is kept once; a cancelled one not at all */
	keys(a, "timeout");
	press(a, K_ENTER);
	keys(a, "/418");
	press(a, K_ESC);
	assert_int_equal(a->search.nhistory, 2);
	assert_string_equal(a->search.history[0], "teapot");
	assert_string_equal(a->search.history[1], "timeout");
	/* a recalled search is typed on */
	press(a, '/');
	press(a, K_UP);
	press(a, K_UP);
	keys(a, " short");
	assert_string_equal(a->search.text, "teapot short");
	assert_rows(a, teapot, 1);
}

/* Typed one key at a time, a search lists what a fresh search of the text
 * so far lists: narrowing within the last hits loses nothing. */
static void test_search_typed_incrementally_equals_a_fresh_search(void **state)
{
	static const char *const typed[] = {
		"time out", "404", "name:tea", "4xx time", "gateway time-out", "\"not found\"",
		"text:proxy auth", "500-504 gate", "req ent", "re", "\"bad gat", "name:not found",
		"unknown error", "5 timeout", "text:the server", "i'm a teap",
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(typed); i++) {
		struct app *a = open_app(0, NULL, false);
		int last[MAXROWS];
		size_t nlast;

		app_resize(a, ROWS, COLS);
		press(a, '/');
		nlast = row_codes(a, last);
		for (size_t k = 0; typed[i][k]; k++) {
			char text[64] = "";

			memcpy(text, typed[i], k + 1);
			press(a, (unsigned char)typed[i][k]);
			assert_string_equal(a->search.text, text);
			if (a->search.error[0]) {
				assert_rows(a, last, nlast);   /* as it was */
				continue;
			}
			assert_rows_are_search(a, text);
			assert_tree_counts(a);
			nlast = row_codes(a, last);
		}
		assert_string_equal(a->search.error, "");
		assert_true(a->nrows > 0);
		close_app(0);
	}
}

/* An open quote searches as if closed; a text that is no query says why and
 * leaves the list. */
static void test_search_unbalanced_quote_and_bad_selector(void **state)
{
	struct app *a = *state;
	int before[MAXROWS];
	size_t n;

	keys(a, "/\"legal");
	assert_string_equal(a->search.error, "");
	assert_rows_are_search(a, "\"legal\"");
	assert_true(row_of(a, 451) != NO_INDEX);
	press(a, K_CTRL('u'));
	keys(a, "4xx");
	assert_int_equal(a->nrows, count_codes(4, -1, 0));
	n = row_codes(a, before);
	assert_int_equal(press(a, 'x'), DIRTY_STATUS);
	assert_string_equal(a->search.text, "4xxx");
	assert_string_equal(a->search.error, "'4xxx' is not a status code, mask or range "
			    "(three digits: 404, 4xx, 40x, 4**, 500-504)");
	assert_true(a->search.typing);
	assert_rows(a, before, n);
	assert_tree_counts(a);
	press(a, K_BACKSPACE);
	assert_string_equal(a->search.error, "");
	assert_rows(a, before, n);
}

/* The words found are highlighted in the description, and only they. */
static void test_search_highlights_the_words(void **state)
{
	struct app *a = *state;

	keys(a, "/teap");
	assert_int_equal(selected(a), 418);
	assert_true(check_highlights(a, "teap") >= 3);
	keys(a, "ot");
	press(a, K_ENTER);
	assert_int_equal(selected(a), 418);
	assert_true(check_highlights(a, "teapot") >= 3);
	/* the headers of the sources that name it so */
	for (size_t i = 0; i < a->desc.n; i++)
		if (a->desc.v[i].kind == DL_HEADER && line_has(&a->desc.v[i], "I'm a teapot"))
			assert_true(a->desc.v[i].hl_count > 0);
	/* none once the search is cleared */
	press(a, K_ESC);
	assert_int_equal(selected(a), 418);
	assert_int_equal(a->desc.nhl, 0);
	assert_int_equal(a->nmatches, 0);
	for (size_t i = 0; i < a->desc.n; i++)
		assert_int_equal(a->desc.v[i].hl_count, 0);
}

/* Two matches on one line are two steps of n: the second does not
 * scroll, but it is the other one that is current. */
static void test_search_n_steps_through_a_line_s_matches(void **state)
{
	struct app *a = *state;
	size_t line = NO_INDEX, first = 0;

	keys(a, "/request");
	press(a, K_ENTER);
	for (size_t r = 0; r < a->nrows && line == NO_INDEX; r++) {
		if (r)
			act(a, ACT_DOWN);
		for (size_t i = 0; i < a->nmatches; i++)
			if (a->desc.v[a->matches[i]].hl_count >= 2 && line == NO_INDEX) {
				line = a->matches[i];
				first = i;
			}
	}
	assert_true(line != NO_INDEX);
	for (size_t i = 0; i <= first; i++)
		press(a, 'n');
	assert_int_equal(a->match_cur, first);
	press(a, 'n');
	assert_int_equal(a->match_cur, first + 1);
	assert_int_equal(a->matches[first + 1], line);
	assert_int_equal(a->desc.hl[first + 1].p, a->desc.hl[a->desc.v[line].hl_first + 1].p);
}

/* A match in the part of a header that wrapped is highlighted there. */
static void test_search_highlights_a_wrapped_header(void **state)
{
	struct app *a = *state;
	size_t i;

	app_resize(a, 24, 80);
	keys(a, "/nginx");
	press(a, K_ENTER);
	type(a, "494");
	assert_int_equal(selected(a), 494);
	assert_int_equal(a->desc.v[1].kind, DL_HEADER_CONT);
	i = a->desc.v[1].hl_first;
	assert_int_equal(a->desc.v[1].hl_count, 1);
	assert_int_equal(a->desc.hl[i].len, 5);
	assert_memory_equal(a->desc.hl[i].p, "Nginx", 5);
}

/* n and N step through the description's matches, scrolling to each. */
static void test_search_n_and_N_step_through_matches(void **state)
{
	struct app *a = *state;
	size_t n, rows, max;
	bool scrolled = false;
	char want[64];

	app_resize(a, 12, COLS);
	keys(a, "/teapot");
	press(a, K_ENTER);
	n = a->nmatches;
	rows = (size_t)app_content_rows(a, PANE_DESC);
	assert_true(n >= 3);
	assert_int_equal(n, a->desc.nhl);       /* one per highlight, not per line */
	assert_int_equal(a->match_cur, (size_t)-1);
	assert_true(a->desc.n > rows);
	max = a->desc.n - rows;
	for (size_t i = 0; i <= n; i++) {
		size_t m = a->matches[i % n], top = m ? m - 1 : 0;

		assert_int_equal(press(a, 'n'), DIRTY_DESC | DIRTY_STATUS);
		snprintf(want, sizeof(want), "match %zu/%zu", i % n + 1, n);
		assert_string_equal(a->message, want);
		assert_int_equal(a->match_cur, i % n);
		assert_true(m < a->desc.n && a->desc.v[m].hl_first <= i % n &&
			    i % n < a->desc.v[m].hl_first + a->desc.v[m].hl_count);
		assert_int_equal(a->desc_top, top < max ? top : max);
		scrolled |= a->desc_top > 0;
	}
	assert_true(scrolled);
	assert_int_equal(press(a, 'N'), DIRTY_DESC | DIRTY_STATUS);
	snprintf(want, sizeof(want), "match %zu/%zu", n, n);
	assert_string_equal(a->message, want);
	press(a, 'N');
	snprintf(want, sizeof(want), "match %zu/%zu", n - 1, n);
	assert_string_equal(a->message, want);
	assert_int_equal(selected(a), 418);
	/* a resize rewraps the texts; the current match stays the same one */
	app_resize(a, 12, COLS + 17);
	assert_int_equal(a->match_cur, n - 2);
	app_resize(a, 12, COLS);
	assert_int_equal(a->focus, PANE_LIST);
	/* N first goes to the last match */
	press(a, K_ESC);
	keys(a, "/teapot");
	press(a, K_ENTER);
	assert_string_equal(a->message, "");
	assert_int_equal(a->nmatches, n);
	press(a, 'N');
	snprintf(want, sizeof(want), "match %zu/%zu", n, n);
	assert_string_equal(a->message, want);
}

static void test_search_n_without_search_or_match(void **state)
{
	struct app *a = *state;

	assert_int_equal(press(a, 'n'), DIRTY_STATUS);
	assert_string_equal(a->message, "no search: / searches");
	assert_int_equal(press(a, 'N'), DIRTY_STATUS);
	assert_string_equal(a->message, "no search: / searches");
	assert_int_equal(a->desc_top, 0);
	/* codes alone highlight nothing */
	keys(a, "/4xx");
	press(a, K_ENTER);
	assert_int_equal(press(a, 'n'), DIRTY_STATUS);
	assert_string_equal(a->message, "no match in this description");
	/* at the prompt, n is a letter */
	keys(a, "/n");
	assert_string_equal(a->search.text, "n");
	assert_string_equal(a->message, "");
}

/* Enter on a text that does not parse keeps the list of the last text that
 * did; '/' then Esc must put that list back, and Esc must clear the search. */
static void test_search_kept_with_error_survives_cancel(void **state)
{
	struct app *a = *state;
	int kept[MAXROWS];
	size_t n;

	keys(a, "/4xxx");
	press(a, K_ENTER);
	assert_false(a->search.typing);
	n = row_codes(a, kept);
	assert_int_equal(n, count_codes(4, -1, 0));
	press(a, '/');
	press(a, K_ESC);
	assert_false(a->search.typing);
	assert_rows(a, kept, n);
	press(a, K_ESC);
	assert_string_equal(a->search.text, "");
	assert_int_equal(a->nrows, E->ncodes);
}

/* Moving the focus between a class and a code rebuilds the description;
 * its scroll must stay in range (the first match in sight, not past the
 * end). */
static void test_search_focus_change_keeps_description_scroll_in_range(void **state)
{
	struct app *a = *state;
	size_t rows = (size_t)app_content_rows(a, PANE_DESC);

	keys(a, "/name:content");
	press(a, K_ENTER);
	assert_int_equal(selected(a), 413);
	assert_true(a->desc_top <= a->desc.n - rows);
	select_node_by_keys(a, 4, -1);
	assert_true(app_desc_is_class(a));
	press(a, 'l');
	assert_false(app_desc_is_class(a));
	assert_int_equal(selected(a), 413);
	assert_true(a->nmatches > 0);
	assert_true(a->desc.n > rows);
	if (a->desc_top > a->desc.n - rows)
		print_error("desc_top %zu, at most %zu\n", a->desc_top, a->desc.n - rows);
	assert_true(a->desc_top <= a->desc.n - rows);
}

/* ---- the filters panel ---------------------------------------------------------------- */

/* Open the panel (when closed) and go to item i: the vendor groups, then
 * the sources, then the presets. */
static void panel_to(struct app *a, size_t item)
{
	if (a->overlay != OVERLAY_FILTER)
		assert_int_equal(press(a, 'f'), DIRTY_ALL);
	press(a, 'g');
	assert_int_equal(a->panel_item, 0);
	for (size_t i = 0; i < item; i++)
		assert_int_equal(press(a, 'j'), DIRTY_OVERLAY);
	assert_int_equal(a->panel_item, item);
}

/* The presets, in the panel's order. */
enum { PRESET_STANDARD_ONLY, PRESET_EVERYTHING, PRESET_CONFLICTS_ONLY };

static size_t preset_item(size_t preset)
{
	return VENDOR_COUNT + E->nsources + preset;
}

/* The panel's line of a group or source: "[x] label   count". */
static const struct dline *panel_line(const struct app *a, const char *label)
{
	size_t n = strlen(label);

	for (size_t i = 0; i < a->over.n; i++) {
		const struct dline *l = &a->over.v[i];

		if (l->kind == DL_TEXT && l->len > n + 5 && (line_starts(l, "[x] ") ||
		    line_starts(l, "[ ] ")) && memcmp(l->s + 4, label, n) == 0 && l->s[4 + n] == ' ')
			return l;
	}
	print_error("no panel line for %s\n", label);
	fail();
	return NULL;
}

static bool panel_checked(const struct dline *l)
{
	return l->s[1] == 'x';
}

static unsigned panel_count(const struct dline *l)
{
	size_t i = l->len;
	unsigned n = 0, scale = 1;

	while (i > 0 && l->s[i - 1] >= '0' && l->s[i - 1] <= '9') {
		n += (unsigned)(l->s[i - 1] - '0') * scale;
		scale *= 10;
		i--;
	}
	assert_true(i < l->len);
	assert_int_equal(l->s[i - 1], ' ');
	return n;
}

/* A preset's mark: '*' it is the filters' state, '+' its limit is in
 * effect with other changes, ' ' neither. */
static char preset_state(const struct app *a, const char *name)
{
	for (size_t i = 0; i < a->over.n; i++) {
		const struct dline *l = &a->over.v[i];

		if (l->len >= 4 + strlen(name) && memcmp(l->s + 4, name, strlen(name)) == 0) {
			assert_true(line_starts(l, "(*) ") || line_starts(l, "( ) ") ||
				    line_starts(l, "(+) "));
			return l->s[1];
		}
	}
	print_error("no preset %s\n", name);
	fail();
	return 0;
}

static bool preset_marked(const struct app *a, const char *name)
{
	return preset_state(a, name) == '*';
}

/* Entries of group v (v >= 0) or source s that a search (NULL: none)
 * matches: from the catalog. */
static unsigned entries_in(int v, int s, const char *search)
{
	struct query q;
	char err[QUERY_ERRLEN];
	unsigned n = 0;

	assert_int_equal(query_parse(search ? search : "", false, &q, err), 0);
	for (size_t i = 0; i < E->nentries; i++) {
		const struct entry *e = &E->entries[i];

		if (v >= 0 && !(e->vendor & VENDOR_BIT(v)))
			continue;
		if (s >= 0 && e->source != s)
			continue;
		n += query_code_ok(&q, e->code) && query_rank(&q, e) >= 0;
	}
	query_free(&q);
	return n;
}

static void test_panel_lists_groups_sources_and_presets(void **state)
{
	struct app *a = *state;
	size_t at = 0;

	assert_int_equal(press(a, 'f'), DIRTY_ALL);
	assert_int_equal(a->overlay, OVERLAY_FILTER);
	assert_int_equal(a->panel_item, 0);
	assert_true(line_is(&a->over.v[0], "filters"));
	assert_true(a->over_sel >= 0);
	assert_true(a->over.v[a->over_sel].s == panel_line(a, "Standard")->s);
	assert_true(doc_find(&a->over, DL_TITLE, "vendor groups") <
		    doc_find(&a->over, DL_TITLE, "sources"));
	assert_true(doc_find(&a->over, DL_TITLE, "sources") <
		    doc_find(&a->over, DL_TITLE, "presets"));
	for (int v = 0; v < VENDOR_COUNT; v++) {
		const struct dline *l = panel_line(a, vendor_labels[v]);
		size_t i = (size_t)(l - a->over.v);

		assert_true(panel_checked(l));
		assert_int_equal(panel_count(l), entries_in(v, -1, NULL));
		assert_true(i > at);        /* in enum order */
		at = i;
	}
	assert_int_equal(panel_count(panel_line(a, "nginx")), 10);
	for (size_t s = 0; s < E->nsources; s++) {
		const struct dline *l = panel_line(a, E->sources[s].label);

		assert_true(panel_checked(l));
		assert_int_equal(panel_count(l), entries_in(-1, (int)s, NULL));
		assert_true((size_t)(l - a->over.v) > at);
		at = (size_t)(l - a->over.v);
	}
	assert_true(preset_marked(a, "everything"));
	assert_false(preset_marked(a, "standard only"));
	assert_false(preset_marked(a, "conflicts only"));
	/* the selection follows the item */
	panel_to(a, VENDOR_NGINX);
	assert_true(a->over.v[a->over_sel].s == panel_line(a, "nginx")->s);
	panel_to(a, VENDOR_COUNT);
	assert_true(a->over.v[a->over_sel].s == panel_line(a, E->sources[0].label)->s);
	assert_int_equal(press(a, 'G'), DIRTY_OVERLAY);
	assert_int_equal(a->panel_item, preset_item(PRESET_CONFLICTS_ONLY));
	assert_true(line_has(&a->over.v[a->over_sel], "conflicts only"));
	assert_int_equal(press(a, 'j'), 0);
}

/* Hiding the group the tree has selected falls back to its class, not
 * to All and the top of the list. */
static void test_panel_hiding_the_selected_group_keeps_its_class(void **state)
{
	struct app *a = *state;

	set_focus_to(a, PANE_TREE);
	select_node_by_keys(a, 4, -1);
	act(a, ACT_TOGGLE);
	select_node_by_keys(a, 4, VENDOR_MICROSOFT);
	panel_to(a, VENDOR_MICROSOFT);
	press(a, ' ');
	assert_int_equal(app_node(a)->cls, 4);
	assert_int_equal(app_node(a)->vendor, -1);
	assert_int_equal(selected(a) / 100, 4);
	/* back: the group is there again, but the class stays selected */
	press(a, ' ');
	assert_int_equal(app_node(a)->cls, 4);
}

/* A click on a panel line toggles its item; on another line, nothing. */
static void test_panel_click_toggles(void **state)
{
	struct app *a = *state;
	const struct dline *l;
	long y;

	press(a, 'f');
	l = panel_line(a, "nginx");
	y = (long)(l - a->over.v) - (long)a->over_top;
	assert_int_equal(app_click(a, (int)y, 10), DIRTY_ALL);
	assert_int_equal(a->filter.vendors, VENDOR_ALL & ~VENDOR_BIT(VENDOR_NGINX));
	assert_int_equal(a->panel_item, VENDOR_NGINX);
	assert_int_equal(a->over_sel, (long)(panel_line(a, "nginx") - a->over.v));
	assert_false(panel_checked(panel_line(a, "nginx")));
	assert_int_equal(app_click(a, 0, 10), 0);        /* the title */
	l = panel_line(a, "nginx");
	y = (long)(l - a->over.v) - (long)a->over_top;
	app_click(a, (int)y, 3);
	assert_int_equal(a->filter.vendors, VENDOR_ALL);
	/* a source, and a preset */
	l = panel_line(a, E->sources[1].label);
	app_click(a, (int)((long)(l - a->over.v) - (long)a->over_top), 10);
	assert_non_null(a->filter.sources);
	assert_false(a->filter.sources[1]);
	for (size_t i = 0; i < a->over.n; i++)
		if (line_starts(&a->over.v[i], "( ) conflicts only"))
			app_click(a, (int)((long)i - (long)a->over_top), 10);
	assert_true(a->filter.conflicts);
	assert_null(a->filter.sources);
}

/* Grown back from a small screen, the panel shows its top again when the
 * selection fits, not the place the small screen scrolled to. */
static void test_panel_resize_shows_the_top(void **state)
{
	struct app *a = *state;

	app_resize(a, 10, 40);
	panel_to(a, VENDOR_COUNT + 3);
	assert_true(a->over_top > 0);
	app_resize(a, 30, 100);
	assert_int_equal(a->over_top, 0);
	assert_true(a->over_sel < 29);
	/* small again: the selection stays in sight */
	app_resize(a, 10, 40);
	assert_true((size_t)a->over_sel >= a->over_top && (size_t)a->over_sel < a->over_top + 9);
}

/* Every line of the panel fits the screen; a preset's line too long for
 * it is cut with an ellipsis ("~" in ASCII), the rest of it lost, not
 * its start; its item stays one line, so clicks and the selection land. */
static void test_panel_cuts_long_presets(void **state)
{
	static const char *const names[] = {
		"standard only: registered codes, standard entries", "everything",
		"conflicts only: codes with more than one name",
	};
	static const char *const starts[] = { "standard only", "everything", "conflicts only" };
	struct app *a = *state;

	for (int ascii = 0; ascii < 2; ascii++) {
		struct app *b = ascii ? open_app(0, NULL, true) : a;
		const char *ell = ascii ? "~" : "\xe2\x80\xa6";

		for (int cols = 40; cols <= 100; cols += 3) {
			size_t cut = 0;

			app_resize(b, 30, cols);
			if (b->overlay != OVERLAY_FILTER)
				assert_int_equal(press(b, 'f'), DIRTY_ALL);
			for (size_t i = 0; i < b->over.n; i++) {
				const struct dline *l = &b->over.v[i];

				assert_true(l->indent + tl_width(l->s, l->len) <= (size_t)cols - 4);
			}
			for (size_t p = 0; p < ARRAY_SIZE(names); p++) {
				size_t at = doc_find(&b->over, DL_TEXT, starts[p]);
				const struct dline *l;
				size_t whole = 4 + strlen(names[p]), keep;

				assert_true(at != NO_INDEX);
				l = &b->over.v[at];
				if (l->len == whole) {
					assert_true(memcmp(l->s + 4, names[p], strlen(names[p])) == 0);
					continue;
				}
				cut++;
				assert_int_equal(l->indent + tl_width(l->s, l->len), (size_t)cols - 4);
				keep = l->len - strlen(ell);
				assert_true(keep > 4 && memcmp(l->s + keep, ell, strlen(ell)) == 0);
				assert_true(memcmp(l->s + 4, names[p], keep - 4) == 0);
			}
			assert_true(cols - 4 - 2 >= 4 + 49 || cut > 0);
		}
		/* a click on the last preset's line still applies it */
		app_resize(b, 30, 40);
		assert_int_equal(app_click(b, (int)(doc_find(&b->over, DL_TEXT, "conflicts only") -
						     b->over_top), 10), DIRTY_ALL);
		assert_true(b->filter.conflicts);
		if (ascii)
			close_app(0);
	}
}

/* Space on nginx hides its entries: 444 goes, 499 stays (Esri's). */
static void test_panel_hides_nginx(void **state)
{
	struct app *a = *state;
	unsigned hidden = VENDOR_BIT(VENDOR_NGINX);
	unsigned count;

	panel_to(a, VENDOR_NGINX);
	count = panel_count(panel_line(a, "nginx"));
	assert_int_equal(press(a, ' '), DIRTY_ALL);
	assert_int_equal(a->overlay, OVERLAY_FILTER);
	assert_int_equal(a->filter.vendors, VENDOR_ALL & ~hidden);
	assert_int_equal(a->nrows, count_codes(-1, -1, hidden));
	assert_true(row_of(a, 444) == NO_INDEX);
	assert_true(row_of(a, 499) != NO_INDEX);
	assert_tree_counts(a);
	assert_false(panel_checked(panel_line(a, "nginx")));
	assert_true(panel_checked(panel_line(a, "Esri")));
	assert_int_equal(panel_count(panel_line(a, "nginx")), count);  /* what it would bring */
	assert_false(preset_marked(a, "everything"));
	assert_int_equal(a->panel_item, VENDOR_NGINX);
	/* closed: the browser shows the filter */
	press(a, K_ESC);
	assert_int_equal(a->overlay, OVERLAY_NONE);
	assert_int_equal(a->filter.vendors, VENDOR_ALL & ~hidden);
	type(a, "499");
	assert_int_equal(selected(a), 499);
	assert_true(doc_find(&a->desc, DL_HEADER, "Client Closed Request") == NO_INDEX);
	assert_string_equal(app_code(a)->name, "Token required");   /* Esri's, the one left */
	assert_int_equal(app_code(a)->nnames, 1);
	/* Enter toggles too */
	panel_to(a, VENDOR_NGINX);
	assert_int_equal(press(a, K_ENTER), DIRTY_ALL);
	assert_int_equal(a->filter.vendors, VENDOR_ALL);
	assert_string_equal(app_code(a)->name, "Client Closed Request");
	assert_int_equal(app_code(a)->nnames, 2);
	assert_int_equal(a->nrows, E->ncodes);
	assert_true(preset_marked(a, "everything"));
}

/* n turns a whole section off, a on again; on the presets they do nothing. */
static void test_panel_none_and_all(void **state)
{
	struct app *a = *state;

	panel_to(a, VENDOR_ESRI);
	assert_int_equal(press(a, 'n'), DIRTY_ALL);
	assert_int_equal(a->filter.vendors, 0);
	assert_int_equal(a->nrows, 0);
	assert_int_equal(a->nvisible, 0);
	assert_null(app_code(a));
	for (int v = 0; v < VENDOR_COUNT; v++)
		assert_false(panel_checked(panel_line(a, vendor_labels[v])));
	assert_int_equal(press(a, 'a'), DIRTY_ALL);
	assert_int_equal(a->filter.vendors, VENDOR_ALL);
	assert_int_equal(a->nrows, E->ncodes);
	for (int v = 0; v < VENDOR_COUNT; v++)
		assert_true(panel_checked(panel_line(a, vendor_labels[v])));
	/* the sources */
	panel_to(a, VENDOR_COUNT + 3);
	press(a, 'n');
	assert_non_null(a->filter.sources);
	assert_int_equal(a->filter.nsources, E->nsources);
	for (size_t s = 0; s < E->nsources; s++) {
		assert_int_equal(a->filter.sources[s], 0);
		assert_false(panel_checked(panel_line(a, E->sources[s].label)));
	}
	assert_int_equal(a->nrows, 0);
	assert_int_equal(a->filter.vendors, VENDOR_ALL);
	press(a, 'a');
	assert_null(a->filter.sources);
	assert_int_equal(a->nrows, E->ncodes);
	/* presets */
	panel_to(a, preset_item(PRESET_STANDARD_ONLY));
	assert_int_equal(press(a, 'n'), 0);
	assert_int_equal(press(a, 'a'), 0);
	assert_false(a->filter.standard);
	assert_int_equal(a->nrows, E->ncodes);
}

/* Space on a source hides its entries; again shows them. */
static void test_panel_toggles_a_source(void **state)
{
	struct app *a = *state;
	int ia = catalog_source_index(E, "iana");

	panel_to(a, VENDOR_COUNT + (size_t)ia);
	assert_true(a->over.v[a->over_sel].s == panel_line(a, "IANA")->s);
	assert_int_equal(press(a, ' '), DIRTY_ALL);
	assert_non_null(a->filter.sources);
	assert_int_equal(a->filter.nsources, E->nsources);
	for (size_t s = 0; s < E->nsources; s++)
		assert_int_equal(a->filter.sources[s], (int)s != ia);
	assert_false(panel_checked(panel_line(a, "IANA")));
	assert_rows_are_search(a, "");
	assert_true(row_of(a, 103) == NO_INDEX);    /* only the registry has them */
	assert_true(row_of(a, 104) == NO_INDEX);
	assert_int_equal(a->nrows, E->ncodes - 2);
	assert_false(preset_marked(a, "everything"));
	press(a, ' ');
	assert_null(a->filter.sources);
	assert_int_equal(a->nrows, E->ncodes);
	assert_true(preset_marked(a, "everything"));
}

static void test_panel_presets(void **state)
{
	static const int conflicts[] = { 306, 308, 413, 414, 416, 418, 422, 425, 444, 451, 499 };
	struct app *a = *state;

	/* something to reset first */
	panel_to(a, VENDOR_NGINX);
	press(a, ' ');
	panel_to(a, VENDOR_COUNT + 1);
	press(a, ' ');
	assert_non_null(a->filter.sources);

	panel_to(a, preset_item(PRESET_STANDARD_ONLY));
	assert_int_equal(press(a, ' '), DIRTY_ALL);
	assert_true(a->filter.standard);
	assert_false(a->filter.conflicts);
	assert_int_equal(a->filter.vendors, VENDOR_ALL);
	assert_null(a->filter.sources);
	assert_rows_are_search(a, "");
	assert_true(row_of(a, 499) == NO_INDEX);
	assert_true(row_of(a, 418) == NO_INDEX);
	assert_true(row_of(a, 103) != NO_INDEX);
	assert_true(row_of(a, 425) != NO_INDEX);
	assert_true(preset_marked(a, "standard only"));
	assert_false(preset_marked(a, "everything"));
	/* the counts are within the limit: nginx would bring nothing */
	assert_int_equal(panel_count(panel_line(a, "nginx")), 0);
	assert_true(panel_count(panel_line(a, "Standard")) <
		    entries_in(VENDOR_STANDARD, -1, NULL));
	assert_true(panel_count(panel_line(a, "Standard")) > 0);

	panel_to(a, preset_item(PRESET_CONFLICTS_ONLY));
	press(a, ' ');
	assert_true(a->filter.conflicts);
	assert_false(a->filter.standard);
	assert_rows(a, conflicts, ARRAY_SIZE(conflicts));
	for (size_t r = 0; r < a->nrows; r++)
		assert_true(catalog_code(E, code_at_row(a, r))->nnames > 1);
	assert_tree_counts(a);
	assert_true(preset_marked(a, "conflicts only"));
	assert_false(preset_marked(a, "standard only"));
	{       /* only the entries of codes with more than one name count */
		unsigned want = 0;

		for (size_t i = 0; i < E->nentries; i++)
			want += (E->entries[i].vendor & VENDOR_BIT(VENDOR_CLOUDFLARE)) &&
				catalog_code(E, E->entries[i].code)->nnames > 1;
		assert_int_equal(panel_count(panel_line(a, "CloudFlare")), want);
	}

	panel_to(a, preset_item(PRESET_EVERYTHING));
	press(a, ' ');
	assert_false(a->filter.conflicts);
	assert_false(a->filter.standard);
	assert_int_equal(a->filter.vendors, VENDOR_ALL);
	assert_null(a->filter.sources);
	assert_int_equal(a->nrows, E->ncodes);
	assert_true(preset_marked(a, "everything"));
	/* a preset marks itself only while nothing else is changed */
	panel_to(a, preset_item(PRESET_CONFLICTS_ONLY));
	press(a, ' ');
	panel_to(a, VENDOR_GOOGLE);
	press(a, ' ');
	assert_true(a->filter.conflicts);
	assert_false(preset_marked(a, "conflicts only"));
	assert_true(row_of(a, 308) == NO_INDEX);   /* one name left without Google's */
	/* but its limit is still in effect, and the panel says so */
	assert_int_equal(preset_state(a, "conflicts only"), '+');
	assert_int_equal(preset_state(a, "standard only"), ' ');
	assert_int_equal(preset_state(a, "everything"), ' ');
}

/* The counts are what each group and source holds under the search. */
static void test_panel_counts_follow_the_search(void **state)
{
	struct app *a = *state;

	keys(a, "/timeout");
	press(a, K_ENTER);
	press(a, 'f');
	for (int v = 0; v < VENDOR_COUNT; v++)
		assert_int_equal(panel_count(panel_line(a, vendor_labels[v])),
				 entries_in(v, -1, "timeout"));
	for (size_t s = 0; s < E->nsources; s++)
		assert_int_equal(panel_count(panel_line(a, E->sources[s].label)),
				 entries_in(-1, (int)s, "timeout"));
	assert_true(panel_count(panel_line(a, "Standard")) > 0);
	assert_true(panel_count(panel_line(a, "Standard")) < entries_in(VENDOR_STANDARD, -1, NULL));
	/* hiding a group does not change them */
	panel_to(a, VENDOR_STANDARD);
	press(a, ' ');
	assert_int_equal(panel_count(panel_line(a, "Standard")),
			 entries_in(VENDOR_STANDARD, -1, "timeout"));
	assert_rows_are_search(a, "timeout");
}

/* w writes the filters where config_path says; they read back the same. */
static void test_panel_saves_the_filters(void **state)
{
	struct app *a = *state;
	char dir[] = "/tmp/httpcodes-app-XXXXXX", want[256], sub[512], message[160], err[RF_ERRLEN];
	char *xdg = getenv("XDG_CONFIG_HOME") ? strdup(getenv("XDG_CONFIG_HOME")) : NULL;
	struct filter back;
	int rc;
	bool was_there, tmp_left;
	unsigned d;

	assert_non_null(mkdtemp(dir));
	setenv("XDG_CONFIG_HOME", dir, 1);
	config_path(a->config, sizeof(a->config));
	snprintf(want, sizeof(want), "%s/httpcodes/filters.rec", dir);
	snprintf(sub, sizeof(sub), "%s/httpcodes", dir);
	panel_to(a, VENDOR_NGINX);
	press(a, ' ');
	panel_to(a, VENDOR_COUNT + (size_t)catalog_source_index(E, "iana"));
	press(a, ' ');
	panel_to(a, VENDOR_COUNT + (size_t)catalog_source_index(E, "wikipedia"));
	press(a, ' ');
	d = press(a, 'w');
	snprintf(message, sizeof(message), "%s", a->message);
	was_there = access(want, F_OK) == 0;
	filter_init(&back);
	rc = config_load(want, E, &back, err);
	snprintf(sub + strlen(sub), sizeof(sub) - strlen(sub), "/filters.rec.tmp");
	tmp_left = access(sub, F_OK) == 0;
	/* clean up before anything can fail */
	unlink(want);
	snprintf(sub, sizeof(sub), "%s/httpcodes", dir);
	rmdir(sub);
	rmdir(dir);
	if (xdg)
		setenv("XDG_CONFIG_HOME", xdg, 1);
	else
		unsetenv("XDG_CONFIG_HOME");
	free(xdg);

	assert_string_equal(a->config, want);
	assert_int_equal(d, DIRTY_STATUS);
	snprintf(sub, sizeof(sub), "filters saved in %s", want);
	assert_string_equal(message, sub);
	assert_true(was_there);
	assert_false(tmp_left);
	if (rc)
		print_error("%s\n", err);
	assert_int_equal(rc, 0);
	assert_int_equal(back.vendors, VENDOR_ALL & ~VENDOR_BIT(VENDOR_NGINX));
	assert_int_equal(back.vendors, a->filter.vendors);
	assert_int_equal(back.standard, a->filter.standard);
	assert_int_equal(back.conflicts, a->filter.conflicts);
	assert_non_null(back.sources);
	for (size_t s = 0; s < E->nsources; s++)
		assert_int_equal(back.sources[s], a->filter.sources[s]);
	filter_free(&back);
	assert_int_equal(a->overlay, OVERLAY_FILTER);
}

static void test_panel_save_without_a_path(void **state)
{
	struct app *a = *state;

	assert_string_equal(a->config, "");
	panel_to(a, 0);
	assert_int_equal(press(a, 'w'), DIRTY_STATUS);
	assert_string_equal(a->message, "not saved: nowhere to save: set HOME or XDG_CONFIG_HOME");
	assert_int_equal(a->overlay, OVERLAY_FILTER);
}

/* Esc and f close the panel; q quits from it; it takes no search. */
static void test_panel_closes_and_quits(void **state)
{
	struct app *a = *state;

	press(a, 'f');
	assert_int_equal(press(a, K_ESC), DIRTY_ALL);
	assert_int_equal(a->overlay, OVERLAY_NONE);
	assert_int_equal(a->filter.vendors, VENDOR_ALL);
	press(a, 'f');
	assert_int_equal(press(a, 'f'), DIRTY_ALL);
	assert_int_equal(a->overlay, OVERLAY_NONE);
	press(a, 'f');
	assert_int_equal(press(a, '/'), 0);
	assert_false(a->search.typing);
	assert_int_equal(press(a, '4'), 0);
	assert_int_equal(a->ndigits, 0);
	assert_false(a->quit);
	assert_int_equal(press(a, 'q'), 0);
	assert_true(a->quit);
	assert_int_equal(a->filter.vendors, VENDOR_ALL);
	assert_int_equal(selected(a), 100);
}

/* The selected item is on screen, also when the panel opens again on the
 * item it had. */
static void test_panel_selection_stays_on_screen(void **state)
{
	struct app *a = *state;
	size_t rows;

	app_resize(a, 12, COLS);
	rows = (size_t)a->height - 1;
	press(a, 'f');
	press(a, 'G');
	assert_int_equal(a->panel_item, preset_item(PRESET_CONFLICTS_ONLY));
	assert_true((size_t)a->over_sel >= a->over_top);
	assert_true((size_t)a->over_sel < a->over_top + rows);
	press(a, K_ESC);
	press(a, 'f');
	assert_int_equal(a->panel_item, preset_item(PRESET_CONFLICTS_ONLY));
	if ((size_t)a->over_sel >= a->over_top + rows)
		print_error("selected line %ld, lines %zu..%zu shown\n", a->over_sel, a->over_top,
			    a->over_top + rows - 1);
	assert_true((size_t)a->over_sel >= a->over_top);
	assert_true((size_t)a->over_sel < a->over_top + rows);
}

/* ---- the compare view ------------------------------------------------------------------ */

/* Entry k of code n. */
static const struct entry *code_entry(int n, unsigned k)
{
	const struct code_info *ci = catalog_code(E, n);

	assert_non_null(ci);
	assert_true(k < ci->count);
	return &E->entries[ci->first + k];
}

/* Text rows under the compare view's title, header and rule rows. */
/* Rows of the compare view's headers: the tallest header wrapped to the
 * columns' width by textlayout itself, at most COMPARE_HEAD_MAX. */
/* A compare column's header as shown (ASCII when the app is). */
static char *shown_header(const struct app *a, size_t i)
{
	char *h = compare_header(&a->cmp, &a->cmp.cols[i]), *t;

	if (!a->ascii)
		return h;
	t = tl_ascii(h, strlen(h));
	free(h);
	return t;
}

static size_t compare_head_rows(const struct app *a)
{
	size_t most = 1;

	for (size_t i = 0; i < a->cmp.ncols; i++) {
		char *h = shown_header(a, i);
		struct tl_line *l;
		size_t n = tl_wrap_text(h, strlen(h), (unsigned)a->cmp_width, &l);

		most = n > most ? n : most;
		free(l);
		free(h);
	}
	return most < COMPARE_HEAD_MAX ? most : COMPARE_HEAD_MAX;
}

/* Under the title, the headers and their rule, over the status bar. */
static size_t compare_text_rows(const struct app *a)
{
	long rows = (long)a->height - 3 - (long)compare_head_rows(a);

	return rows > 1 ? (size_t)rows : 1;
}

/* The lines a column's text wraps to at width, by textlayout itself (a
 * column without text has one line saying so). */
static size_t wrapped_lines(const struct cmp_col *col, int width)
{
	size_t len = strlen(col->text), n;
	struct tl_line *v;

	if (!len)
		return 1;
	n = tl_wrap_text(col->text, len, (unsigned)width, &v);
	free(v);
	return n;
}

/* The furthest cmp_top can go: the longest column's last line at the
 * bottom row. */
static size_t compare_max_top(const struct app *a)
{
	size_t most = 0, rows = compare_text_rows(a);

	for (size_t i = 0; i < a->cmp.ncols; i++) {
		size_t n = wrapped_lines(&a->cmp.cols[i], a->cmp_width);

		most = n > most ? n : most;
	}
	return most > rows ? most - rows : 0;
}

/* Each column's header is wrapped to the columns' width, whole, in as
 * many rows as the tallest (COMPARE_HEAD_MAX at most: past them, the last
 * row ends with an ellipsis); the shorter ones have blank rows under. */
static void assert_compare_headers(const struct app *a)
{
	size_t rows = compare_head_rows(a);
	const char *ell = a->ascii ? "~" : "\xe2\x80\xa6";

	assert_int_equal(a->cmp_head_rows, (int)rows);
	assert_int_equal(a->cmp_head.n, a->cmp.ncols * rows);
	for (size_t k = 0; k < a->cmp.ncols; k++) {
		char *h = shown_header(a, k);
		struct tl_line *l;
		size_t n = tl_wrap_text(h, strlen(h), (unsigned)a->cmp_width, &l);

		for (size_t r = 0; r < rows; r++) {
			const struct dline *x = &a->cmp_head.v[k * rows + r];

			assert_true(tl_width(x->s, x->len) <= (size_t)a->cmp_width);
			if (r >= n)
				assert_int_equal(x->len, 0);
			else if (r + 1 < rows || n <= rows)
				assert_true(x->len == l[r].len && memcmp(x->s, h + l[r].off, x->len) == 0);
			else            /* cut: the rest of it, to an ellipsis */
				assert_true(x->len > strlen(ell) &&
					    memcmp(x->s + x->len - strlen(ell), ell, strlen(ell)) == 0 &&
					    memcmp(x->s, h + l[r].off, x->len - strlen(ell)) == 0);
		}
		free(l);
		free(h);
	}
}

/* The columns are laid out for the width (a border each side), and each
 * column's lines are its text wrapped to their width. */
static void assert_compare_built(const struct app *a)
{
	int colw;
	size_t fit = compare_layout(a->cmp.ncols, a->width - 2, &colw);

	assert_int_equal(a->cmp_fit, fit);
	assert_int_equal(a->cmp_width, colw);
	assert_true(1 + (long)fit * colw + (long)(fit - 1) * COMPARE_SEP <= a->width - 1);
	assert_true(a->cmp_ndocs >= a->cmp.ncols);
	for (size_t k = 0; k < a->cmp.ncols; k++) {
		const struct doc *d = &a->cmp_docs[k];

		assert_int_equal(d->n, wrapped_lines(&a->cmp.cols[k], colw));
		for (size_t i = 0; i < d->n; i++)
			assert_true(d->v[i].indent + tl_width(d->v[i].s, d->v[i].len) <= (size_t)colw);
	}
	assert_compare_headers(a);
}

/* Type the code, c: the compare view of it. */
static void open_compare(struct app *a, const char *code)
{
	keys(a, code);
	assert_int_equal(selected(a), atoi(code));
	assert_int_equal(press(a, 'c'), DIRTY_ALL);
	assert_int_equal(a->overlay, OVERLAY_COMPARE);
	assert_ptr_equal(a->cmp.ci, app_code(a));
	assert_int_equal(a->cmp.ci->code, atoi(code));
	assert_string_equal(a->message, "");
	assert_compare_built(a);
}

static void assert_compare_closed(const struct app *a)
{
	assert_int_equal(a->cmp.ncols, 0);
	assert_null(a->cmp.cols);
	assert_null(a->cmp_docs);
	assert_int_equal(a->cmp_ndocs, 0);
}

/* Column k's highlights are exactly its marked words: every byte of a
 * marked word lit, no other byte but the blanks inside a run of them. The
 * number of highlights. */
static size_t assert_highlights_are_marks(const struct app *a, size_t k)
{
	static bool lit[8192];
	const struct cmp_col *col = &a->cmp.cols[k];
	const struct doc *d = &a->cmp_docs[k];
	size_t len = strlen(col->text), nlit = 0, nmarked = 0;

	if (!len)
		return 0;
	assert_true(len < sizeof(lit));
	assert_int_equal(d->nown, 1);          /* the text the lines point into */
	assert_memory_equal(d->own[0], col->text, len);
	memset(lit, 0, len);
	for (size_t h = 0; h < d->nhl; h++) {
		size_t off = (size_t)(d->hl[h].p - d->own[0]);

		assert_true(off + d->hl[h].len <= len);
		memset(lit + off, 1, d->hl[h].len);
	}
	for (size_t i = 0; i < col->words.n; i++) {
		const struct diff_word *w = &col->words.w[i];

		if (!w->unique)
			continue;
		for (size_t b = w->off; b < w->off + w->len; b++)
			assert_true(lit[b]);
		nmarked += w->len;
	}
	for (size_t b = 0; b < len; b++)
		nlit += lit[b] && col->text[b] != ' ' && col->text[b] != '\n';
	assert_int_equal(nlit, nmarked);
	return d->nhl;
}

/* 4 5 1 c: the legal reasons beside Microsoft's Redirect, at the top, the
 * first column focused; the list keeps 451. */
static void test_compare_opens_on_451(void **state)
{
	struct app *a = *state;
	size_t list_sel;

	open_compare(a, "451");
	list_sel = a->list_sel;
	assert_int_equal(a->cmp.ncols, 2);
	assert_ptr_equal(a->cmp.cols[0].e, code_entry(451, 1));
	assert_ptr_equal(a->cmp.cols[1].e, code_entry(451, 2));
	assert_string_equal(a->cmp.cols[1].e->name, "Redirect");
	assert_int_equal(a->cmp_fit, 2);
	assert_int_equal(a->cmp_width, (COLS - 2 - COMPARE_SEP) / 2);
	assert_int_equal(a->cmp_focus, 0);
	assert_int_equal(a->cmp_first, 0);
	assert_int_equal(a->cmp_top, 0);
	assert_false(a->cmp_choosing);
	assert_false(a->cmp_plain);
	assert_int_equal(a->list_sel, list_sel);
	assert_int_equal(selected(a), 451);
}

/* j k PgDn Space G g scroll every column together, as far as the longest
 * one's last line. */
static void test_compare_scrolls_together(void **state)
{
	struct app *a = *state;
	size_t max, rows;

	app_resize(a, 12, 60);
	open_compare(a, "413");
	rows = compare_text_rows(a);
	assert_int_equal(compare_head_rows(a), 2);   /* the names wrap at 27 columns */
	assert_int_equal(rows, 7);
	max = compare_max_top(a);
	assert_true(max > rows);      /* far enough to page */
	assert_int_equal(press(a, 'k'), 0);
	assert_int_equal(press(a, 'j'), DIRTY_OVERLAY);
	assert_int_equal(a->cmp_top, 1);
	assert_int_equal(press(a, K_DOWN), DIRTY_OVERLAY);
	assert_int_equal(a->cmp_top, 2);
	assert_int_equal(press(a, 'k'), DIRTY_OVERLAY);
	assert_int_equal(a->cmp_top, 1);
	assert_int_equal(press(a, K_PGDN), DIRTY_OVERLAY);
	assert_int_equal(a->cmp_top, 1 + rows - 1);
	assert_int_equal(press(a, K_PGUP), DIRTY_OVERLAY);
	assert_int_equal(a->cmp_top, 1);
	assert_int_equal(press(a, ' '), DIRTY_OVERLAY);
	assert_int_equal(a->cmp_top, rows);
	assert_int_equal(press(a, 'G'), DIRTY_OVERLAY);
	assert_int_equal(a->cmp_top, max);
	assert_int_equal(press(a, 'j'), 0);
	assert_int_equal(press(a, K_PGDN), 0);
	assert_int_equal(a->cmp_top, max);
	assert_int_equal(press(a, 'g'), DIRTY_OVERLAY);
	assert_int_equal(a->cmp_top, 0);
	for (size_t i = 0; i < max + 5; i++)
		press(a, 'j');
	assert_int_equal(a->cmp_top, max);
	/* the list did not move */
	assert_int_equal(selected(a), 413);
}

/* Four columns at 50 wide: one shows at a time; l and h move the focus
 * and the first shown with it; at the ends they do nothing. */
static void test_compare_focus_moves_across_columns(void **state)
{
	struct app *a = *state;

	app_resize(a, ROWS, 50);
	open_compare(a, "404");
	assert_int_equal(a->cmp.ncols, 2);
	keys(a, "sj j s");
	assert_false(a->cmp_choosing);
	assert_int_equal(a->cmp.ncols, 4);
	assert_ptr_equal(a->cmp.cols[2].e, code_entry(404, 1));
	assert_ptr_equal(a->cmp.cols[3].e, code_entry(404, 2));
	assert_int_equal(a->cmp_fit, 1);
	assert_int_equal(a->cmp_width, 48);
	assert_int_equal(press(a, 'h'), 0);
	for (size_t k = 1; k < 4; k++) {
		assert_int_equal(press(a, 'l'), DIRTY_OVERLAY);
		assert_int_equal(a->cmp_focus, k);
		assert_int_equal(a->cmp_first, k);
	}
	assert_int_equal(press(a, 'l'), 0);
	assert_int_equal(press(a, K_TAB), 0);
	assert_int_equal(a->cmp_focus, 3);
	/* wider: three fit, the last three shown, the focus kept */
	app_resize(a, ROWS, 80);
	assert_compare_built(a);
	assert_int_equal(a->cmp_fit, 3);
	assert_int_equal(a->cmp_focus, 3);
	assert_int_equal(a->cmp_first, 1);
	assert_int_equal(press(a, 'h'), DIRTY_OVERLAY);
	assert_int_equal(a->cmp_focus, 2);
	assert_int_equal(a->cmp_first, 1);
	assert_int_equal(press(a, K_BTAB), DIRTY_OVERLAY);
	assert_int_equal(a->cmp_focus, 1);
	assert_int_equal(a->cmp_first, 1);
	assert_int_equal(press(a, K_LEFT), DIRTY_OVERLAY);
	assert_int_equal(a->cmp_focus, 0);
	assert_int_equal(a->cmp_first, 0);
	assert_int_equal(press(a, 'h'), 0);
	/* narrow again: the focused column is the one shown */
	press(a, 'l');
	app_resize(a, ROWS, 50);
	assert_int_equal(a->cmp_focus, 1);
	assert_int_equal(a->cmp_first, 1);
}

/* ] and [ move the focused column; the focus goes with it; the marks are
 * those of the new neighbours. */
static void test_compare_brackets_move_the_column(void **state)
{
	struct app *a = *state;
	const struct entry *legal = code_entry(451, 1), *redirect = code_entry(451, 2);
	const struct entry *hs = code_entry(451, 0);

	open_compare(a, "451");
	assert_int_equal(press(a, '['), 0);
	assert_int_equal(press(a, ']'), DIRTY_OVERLAY);
	assert_ptr_equal(a->cmp.cols[0].e, redirect);
	assert_ptr_equal(a->cmp.cols[1].e, legal);
	assert_int_equal(a->cmp_focus, 1);
	assert_compare_built(a);
	assert_true(line_starts(&a->cmp_docs[0].v[0], "Used in Exchange ActiveSync"));
	assert_int_equal(press(a, ']'), 0);
	assert_int_equal(press(a, '['), DIRTY_OVERLAY);
	assert_ptr_equal(a->cmp.cols[0].e, legal);
	assert_ptr_equal(a->cmp.cols[1].e, redirect);
	assert_int_equal(a->cmp_focus, 0);
	assert_true(line_starts(&a->cmp_docs[0].v[0], "A server operator"));
	/* three columns: the middle one to the front, then to the back */
	keys(a, "s s");
	assert_int_equal(a->cmp.ncols, 3);
	assert_ptr_equal(a->cmp.cols[2].e, hs);
	press(a, 'l');
	assert_int_equal(press(a, '['), DIRTY_OVERLAY);
	assert_ptr_equal(a->cmp.cols[0].e, redirect);
	assert_ptr_equal(a->cmp.cols[1].e, legal);
	assert_ptr_equal(a->cmp.cols[2].e, hs);
	assert_int_equal(a->cmp_focus, 0);
	press(a, ']');
	press(a, ']');
	assert_ptr_equal(a->cmp.cols[0].e, legal);
	assert_ptr_equal(a->cmp.cols[1].e, hs);
	assert_ptr_equal(a->cmp.cols[2].e, redirect);
	assert_int_equal(a->cmp_focus, 2);
	/* the marks follow: Redirect now beside httpstatuses' empty text */
	for (size_t i = 0; i < a->cmp.cols[2].words.n; i++)
		assert_true(a->cmp.cols[2].words.w[i].unique == (a->cmp.cols[2].words.w[i].key != 0));
	assert_compare_built(a);
}

/* From the compare view's chooser, key opens screen o over it, and Esc
 * comes back to the chooser. */
static void assert_over_chooser_returns(struct app *a, int key, enum overlay o)
{
	assert_true(a->cmp_choosing);
	assert_int_equal(press(a, key), DIRTY_ALL);
	assert_int_equal(a->overlay, o);
	press(a, K_ESC);
	assert_int_equal(a->overlay, OVERLAY_COMPARE);
	assert_true(a->cmp_choosing);
}

/* Taking every entry out leaves nothing to show: the chooser stays and
 * says so, until one is in again. A code with one entry shown says there
 * is nothing to compare it with. */
static void test_compare_chooser_never_leaves_an_empty_view(void **state)
{
	struct app *a = *state;

	open_compare(a, "451");
	press(a, 's');
	for (size_t i = 0; i < catalog_code(E, 451)->count; i++, press(a, 'j'))
		if (compare_find(&a->cmp, code_entry(451, i)) >= 0)
			press(a, ' ');
	assert_int_equal(a->cmp.ncols, 0);
	assert_int_equal(press(a, 's'), DIRTY_STATUS);
	assert_true(a->cmp_choosing);
	assert_string_equal(a->message, "choose an entry first: Space puts one in");
	assert_int_equal(press(a, K_ESC), DIRTY_STATUS);
	assert_true(a->cmp_choosing);
	press(a, ' ');
	assert_int_equal(a->cmp.ncols, 1);
	assert_int_equal(press(a, 's'), DIRTY_OVERLAY | DIRTY_STATUS);
	assert_false(a->cmp_choosing);
	press(a, K_ESC);
	assert_int_equal(a->overlay, OVERLAY_NONE);

	type(a, "104");
	assert_int_equal(selected(a), 104);
	assert_int_equal(catalog_code(E, 104)->count, 1);
	press(a, 'c');
	assert_int_equal(a->overlay, OVERLAY_COMPARE);
	assert_int_equal(a->cmp.ncols, 1);
	assert_string_equal(a->message, "104: only one entry in all, nothing to compare it with");
	press(a, K_ESC);
	/* one of two shown: the chooser can bring the other */
	assert_int_equal(press(a, 'f'), DIRTY_ALL);
	panel_to(a, VENDOR_COUNT + (size_t)catalog_source_index(E, "rest-wiki"));
	press(a, ' ');
	press(a, K_ESC);
	type(a, "450");
	assert_int_equal(catalog_code(E, 450)->count, 2);
	press(a, 'c');
	assert_int_equal(a->cmp.ncols, 1);
	assert_string_equal(a->message,
			    "450: only one entry is shown, nothing to compare it with (s chooses)");
	/* g and G in the chooser; f over it comes back to it */
	press(a, 's');
	press(a, 'G');
	assert_int_equal(a->cmp_choice, catalog_code(E, 450)->count - 1);
	press(a, 'g');
	assert_int_equal(a->cmp_choice, 0);
	assert_over_chooser_returns(a, 'f', OVERLAY_FILTER);
}

/* A click on a column gives it the focus; in the chooser, on an entry,
 * puts it in or takes it out. */
static void test_compare_click(void **state)
{
	struct app *a = *state;
	int x1;

	open_compare(a, "451");
	assert_int_equal(a->cmp.ncols, 2);
	assert_int_equal(a->cmp_focus, 0);
	x1 = 1 + a->cmp_width + COMPARE_SEP + 2;
	assert_int_equal(app_click(a, 5, x1), DIRTY_OVERLAY);
	assert_int_equal(a->cmp_focus, 1);
	assert_int_equal(app_click(a, 5, x1), 0);
	assert_int_equal(app_click(a, 5, 2), DIRTY_OVERLAY);
	assert_int_equal(a->cmp_focus, 0);
	press(a, 's');
	assert_int_equal(compare_find(&a->cmp, code_entry(451, 0)), -1);
	app_click(a, 3, 5);                  /* the first entry's row */
	assert_int_equal(a->cmp_choice, 0);
	assert_int_equal(a->cmp.ncols, 3);
	assert_true(compare_find(&a->cmp, code_entry(451, 0)) >= 0);
	assert_int_equal(app_click(a, 2, 5), 0);
	assert_int_equal(app_click(a, 3 + (int)catalog_code(E, 451)->count, 5), 0);
	assert_int_equal(a->cmp.ncols, 3);
}

/* s opens the chooser: j k move in the code's entries, Space and Enter put
 * one in (at the end) or take it out, s or Esc close it; the view stays. */
static void test_compare_chooser_toggles_entries(void **state)
{
	struct app *a = *state;
	const struct code_info *ci = catalog_code(E, 451);

	open_compare(a, "451");
	assert_int_equal(press(a, 's'), DIRTY_OVERLAY | DIRTY_STATUS);
	assert_true(a->cmp_choosing);
	assert_int_equal(a->cmp_choice, 0);
	assert_int_equal(press(a, 'k'), 0);
	/* httpstatuses in */
	assert_int_equal(press(a, ' '), DIRTY_OVERLAY | DIRTY_STATUS);
	assert_int_equal(a->cmp.ncols, 3);
	assert_ptr_equal(a->cmp.cols[2].e, code_entry(451, 0));
	assert_compare_built(a);
	/* the legal reasons out */
	assert_int_equal(press(a, 'j'), DIRTY_OVERLAY);
	assert_int_equal(a->cmp_choice, 1);
	press(a, ' ');
	assert_int_equal(a->cmp.ncols, 2);
	assert_ptr_equal(a->cmp.cols[0].e, code_entry(451, 2));
	assert_ptr_equal(a->cmp.cols[1].e, code_entry(451, 0));
	assert_int_equal(compare_find(&a->cmp, code_entry(451, 1)), -1);
	/* Enter puts it back, at the end */
	press(a, K_ENTER);
	assert_int_equal(a->cmp.ncols, 3);
	assert_int_equal(compare_find(&a->cmp, code_entry(451, 1)), 2);
	assert_compare_built(a);
	/* the chooser's keys stop at its ends; the view's keys do nothing */
	keys(a, "jjjjjj");
	assert_int_equal(a->cmp_choice, ci->count - 1);
	assert_int_equal(press(a, 'd'), 0);
	assert_int_equal(press(a, ']'), 0);
	assert_int_equal(press(a, 'l'), 0);
	assert_false(a->cmp_plain);
	assert_int_equal(a->cmp_focus, 0);
	/* s closes it */
	assert_int_equal(press(a, 's'), DIRTY_OVERLAY | DIRTY_STATUS);
	assert_false(a->cmp_choosing);
	assert_int_equal(a->overlay, OVERLAY_COMPARE);
	assert_int_equal(a->cmp.ncols, 3);
	/* Esc closes it too, and only it */
	press(a, 's');
	assert_int_equal(press(a, K_ESC), DIRTY_OVERLAY | DIRTY_STATUS);
	assert_false(a->cmp_choosing);
	assert_int_equal(a->overlay, OVERLAY_COMPARE);
	assert_int_equal(a->cmp.ncols, 3);
	/* and l is the view's again */
	assert_int_equal(press(a, 'l'), DIRTY_OVERLAY);
	assert_int_equal(a->cmp_focus, 1);
}

/* Taking the focused column out moves the focus to a column that is left. */
static void test_compare_chooser_keeps_the_focus_in_range(void **state)
{
	struct app *a = *state;

	open_compare(a, "451");
	press(a, 'l');
	assert_int_equal(a->cmp_focus, 1);
	keys(a, "sjj ");      /* Redirect, the focused one, out */
	assert_int_equal(a->cmp.ncols, 1);
	assert_int_equal(a->cmp_focus, 0);
	assert_int_equal(a->cmp_first, 0);
	assert_compare_built(a);
}

/* d: no highlights; d again: the marked words lit again. */
static void test_compare_d_toggles_the_highlights(void **state)
{
	struct app *a = *state;
	size_t before[2];

	open_compare(a, "451");
	for (size_t k = 0; k < 2; k++) {
		before[k] = assert_highlights_are_marks(a, k);
		assert_true(before[k] > 0);
	}
	assert_int_equal(press(a, 'd'), DIRTY_OVERLAY);
	assert_true(a->cmp_plain);
	for (size_t k = 0; k < 2; k++) {
		assert_int_equal(a->cmp_docs[k].nhl, 0);
		for (size_t i = 0; i < a->cmp_docs[k].n; i++)
			assert_int_equal(a->cmp_docs[k].v[i].hl_count, 0);
	}
	assert_compare_built(a);
	assert_int_equal(press(a, 'd'), DIRTY_OVERLAY);
	assert_false(a->cmp_plain);
	for (size_t k = 0; k < 2; k++)
		assert_int_equal(assert_highlights_are_marks(a, k), before[k]);
}

/* Esc and c leave the compare view and free it; the list is as it was. */
static void test_compare_esc_and_c_close(void **state)
{
	struct app *a = *state;
	size_t sel;

	open_compare(a, "451");
	assert_int_equal(press(a, K_ESC), DIRTY_ALL);
	assert_int_equal(a->overlay, OVERLAY_NONE);
	assert_compare_closed(a);
	assert_int_equal(selected(a), 451);
	assert_int_equal(a->focus, PANE_LIST);
	assert_int_equal(press(a, 'c'), DIRTY_ALL);
	assert_int_equal(a->overlay, OVERLAY_COMPARE);
	assert_int_equal(a->cmp.ncols, 2);
	assert_int_equal(press(a, 'c'), DIRTY_ALL);
	assert_int_equal(a->overlay, OVERLAY_NONE);
	assert_compare_closed(a);
	/* the panes' keys work again */
	sel = a->list_sel;
	assert_int_equal(press(a, 'j'), LIST_MOVE);
	assert_int_equal(a->list_sel, sel + 1);
}

static void test_compare_q_quits(void **state)
{
	struct app *a = *state;

	open_compare(a, "451");
	press(a, 'q');
	assert_true(a->quit);
	a->quit = false;
	press(a, 's');
	assert_true(a->cmp_choosing);
	press(a, 'q');
	assert_true(a->quit);
}

/* ? S f from the compare view open their screen in its place. */
static void test_compare_other_overlays_replace_it(void **state)
{
	static const struct {
		int key;
		enum overlay o;
	} cases[] = { { '?', OVERLAY_HELP }, { 'S', OVERLAY_SOURCES }, { 'f', OVERLAY_FILTER } };
	struct app *a = *state;

	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		if (i == 0)
			open_compare(a, "451");
		else
			assert_int_equal(press(a, 'c'), DIRTY_ALL);
		assert_int_equal(a->overlay, OVERLAY_COMPARE);
		assert_int_equal(press(a, cases[i].key), DIRTY_ALL);
		assert_int_equal(a->overlay, cases[i].o);
		assert_true(a->over.n > 0);
		/* over it, the compare view kept: Esc goes back to it */
		assert_int_equal(a->nback, 1);
		assert_int_equal(a->over_back[0], OVERLAY_COMPARE);
		assert_compare_built(a);
		press(a, K_ESC);
		assert_int_equal(a->overlay, OVERLAY_COMPARE);
		assert_int_equal(a->nback, 0);
		assert_compare_built(a);
		press(a, K_ESC);
		assert_int_equal(a->overlay, OVERLAY_NONE);
		assert_int_equal(selected(a), 451);
	}
	/* the filters over it hide its code: it goes, Esc is back at the panes */
	assert_int_equal(press(a, 'c'), DIRTY_ALL);
	press(a, 'f');
	panel_to(a, VENDOR_STANDARD);
	press(a, ' ');
	panel_to(a, VENDOR_MICROSOFT);
	press(a, ' ');
	assert_true(row_of(a, 451) == NO_INDEX);
	press(a, K_ESC);
	assert_int_equal(a->overlay, OVERLAY_NONE);
	assert_int_equal(a->nback, 0);
	assert_compare_closed(a);
	press(a, 'f');
	press(a, 'a');
	press(a, K_ESC);
	type(a, "451");
	/* from the chooser too: back to it */
	assert_int_equal(press(a, 'c'), DIRTY_ALL);
	press(a, 's');
	assert_true(a->cmp_choosing);
	assert_over_chooser_returns(a, '?', OVERLAY_HELP);
}

/* A screen opened over another keeps it: Esc, the screen's own key or the
 * key of the one under it go back to it as it was (its scroll, the panel's
 * selection, the compare view's focus, even after a resize). */
static void test_help_goes_back_where_it_was_opened(void **state)
{
	static const int back_keys[] = { K_ESC, '?', 'S' };
	struct app *a = *state;
	size_t top;

	for (size_t k = 0; k < ARRAY_SIZE(back_keys); k++) {
		press(a, 'S');
		keys(a, "jjjjj");
		top = a->over_top;
		assert_int_equal(top, 5);
		assert_int_equal(press(a, '?'), DIRTY_ALL);
		assert_int_equal(a->overlay, OVERLAY_HELP);
		assert_int_equal(a->nback, 1);
		assert_int_equal(a->over_back[0], OVERLAY_SOURCES);
		assert_int_equal(a->over_top, 0);
		assert_true(line_starts(&a->over.v[0], "httpcodes "));
		keys(a, "jj");
		assert_int_equal(press(a, back_keys[k]), DIRTY_ALL);
		assert_int_equal(a->overlay, OVERLAY_SOURCES);
		assert_int_equal(a->nback, 0);
		assert_true(line_is(&a->over.v[0], "sources"));
		assert_int_equal(a->over_top, top);
		press(a, K_ESC);
		assert_int_equal(a->overlay, OVERLAY_NONE);
	}
	/* the filters panel: its selected item */
	press(a, 'f');
	keys(a, "jjj");
	assert_int_equal(a->panel_item, 3);
	press(a, '?');
	assert_int_equal(a->overlay, OVERLAY_HELP);
	assert_int_equal(a->over_sel, -1);
	press(a, K_ESC);
	assert_int_equal(a->overlay, OVERLAY_FILTER);
	assert_int_equal(a->panel_item, 3);
	assert_true(a->over_sel > 0 && panel_checked(&a->over.v[a->over_sel]));
	assert_true(app_key(a, ' ') != 0);      /* its keys work again */
	assert_false(panel_checked(&a->over.v[a->over_sel]));
	press(a, ' ');
	/* S over the help over it: three deep, and back one at a time */
	press(a, '?');
	assert_int_equal(press(a, 'S'), DIRTY_ALL);
	assert_int_equal(a->overlay, OVERLAY_SOURCES);
	assert_int_equal(a->nback, 2);
	press(a, K_ESC);
	assert_int_equal(a->overlay, OVERLAY_HELP);
	press(a, K_ESC);
	assert_int_equal(a->overlay, OVERLAY_FILTER);
	assert_int_equal(a->panel_item, 3);
	/* f there goes straight back down to the panel, and closes it */
	press(a, '?');
	press(a, 'S');
	assert_int_equal(press(a, 'f'), DIRTY_ALL);
	assert_int_equal(a->overlay, OVERLAY_FILTER);
	assert_int_equal(a->nback, 0);
	press(a, 'f');
	assert_int_equal(a->overlay, OVERLAY_NONE);
	/* the compare view: kept under the help, resized with it */
	open_compare(a, "451");
	press(a, 'l');
	assert_int_equal(a->cmp_focus, 1);
	press(a, '?');
	assert_int_equal(a->overlay, OVERLAY_HELP);
	assert_true(a->cmp.ncols > 0);
	app_resize(a, 24, 80);
	assert_int_equal(press(a, 'c'), DIRTY_ALL);
	assert_int_equal(a->overlay, OVERLAY_COMPARE);
	assert_int_equal(a->cmp_focus, 1);
	assert_compare_built(a);
	/* f over the help over it: the compare view stays under both */
	press(a, '?');
	assert_int_equal(press(a, 'f'), DIRTY_ALL);
	assert_int_equal(a->overlay, OVERLAY_FILTER);
	assert_int_equal(a->nback, 2);
	assert_true(a->cmp.ncols > 0);
	press(a, K_ESC);
	press(a, K_ESC);
	assert_int_equal(a->overlay, OVERLAY_COMPARE);
	assert_int_equal(a->cmp_focus, 1);
	assert_compare_built(a);
	press(a, K_ESC);
	assert_int_equal(a->overlay, OVERLAY_NONE);
	assert_compare_closed(a);
	/* from the panes, Esc closes the help as ever; q quits from anywhere */
	press(a, '?');
	assert_int_equal(a->nback, 0);
	press(a, K_ESC);
	assert_int_equal(a->overlay, OVERLAY_NONE);
	open_compare(a, "451");
	press(a, '?');
	press(a, 'q');
	assert_true(a->quit);
}

/* Three of 451's columns at 100 columns: each header wraps onto a second
 * row, name and qualifier whole, all three two rows high; at every width
 * the headers wrap whole and the text rows make room for them. */
static void test_compare_headers_wrap_whole(void **state)
{
	struct app *a = *state;
	size_t found = 0;

	app_resize(a, 24, 100);
	open_compare(a, "451");
	press(a, 's');
	while (strcmp(E->sources[E->entries[a->cmp.ci->first + a->cmp_choice].source].id, "iana"))
		press(a, 'j');
	press(a, ' ');
	press(a, 's');
	assert_false(a->cmp_choosing);
	assert_int_equal(a->cmp.ncols, 3);
	assert_int_equal(a->cmp_fit, 3);
	assert_compare_built(a);
	assert_int_equal(a->cmp_head_rows, 2);
	for (size_t i = 0; i < a->cmp_head.n; i++)
		found += line_is(&a->cmp_head.v[i], "(Microsoft)") ||
			 line_starts(&a->cmp_head.v[i], "For Legal Reasons");
	assert_int_equal(found, 2);
	press(a, 'G');
	assert_int_equal(a->cmp_top, compare_max_top(a));
	for (int cols = APP_MIN_COLS; cols <= 200; cols += 7) {
		app_resize(a, 24, cols);
		assert_compare_built(a);
		assert_true(a->cmp_top <= compare_max_top(a));
	}
}

/* Resizing rebuilds the columns for the new width and keeps cmp_top in
 * range; too small and back, the view is still there. */
static void test_compare_resize_rebuilds(void **state)
{
	struct app *a = *state;

	app_resize(a, 12, 60);
	open_compare(a, "413");
	assert_int_equal(a->cmp_width, 27);
	press(a, 'G');
	assert_int_equal(a->cmp_top, compare_max_top(a));
	assert_true(a->cmp_top > 0);
	app_resize(a, 14, 120);
	assert_compare_built(a);
	assert_int_equal(a->cmp_width, (118 - COMPARE_SEP) / 2);
	assert_true(a->cmp_top <= compare_max_top(a));
	app_resize(a, ROWS, COLS);
	assert_compare_built(a);
	assert_int_equal(a->cmp_top, 0);   /* it all fits now */
	assert_int_equal(compare_max_top(a), 0);
	app_resize(a, 12, 44);
	assert_compare_built(a);
	assert_int_equal(a->cmp_fit, 1);
	assert_int_equal(a->cmp_width, 42);
	press(a, 'G');
	assert_int_equal(a->cmp_top, compare_max_top(a));
	app_resize(a, 5, 20);
	assert_true(a->too_small);
	assert_int_equal(a->overlay, OVERLAY_COMPARE);
	assert_int_equal(press(a, 'j'), 0);
	app_resize(a, ROWS, COLS);
	assert_int_equal(a->overlay, OVERLAY_COMPARE);
	assert_int_equal(a->cmp.ncols, 2);
	assert_compare_built(a);
	assert_true(a->cmp_top <= compare_max_top(a));
	assert_int_equal(press(a, K_ESC), DIRTY_ALL);
	assert_compare_closed(a);
}

/* The mouse wheel over the compare view scrolls its columns, three lines a
 * turn, as it does over the other screens. */
static void test_compare_wheel_scrolls_the_columns(void **state)
{
	struct app *a = *state;

	app_resize(a, 12, 60);
	open_compare(a, "413");
	assert_true(compare_max_top(a) > 3);
	assert_true(app_wheel(a, 5, 10, 1) & DIRTY_OVERLAY);
	assert_int_equal(a->cmp_top, 3);
	assert_true(app_wheel(a, 5, 10, -1) & DIRTY_OVERLAY);
	assert_int_equal(a->cmp_top, 0);
}

/* In ASCII mode the columns are transliterated (the TCP/IP Guide's curly
 * quotes and smiley for 400), their highlights still on their words. */
static void test_compare_ascii_mode(void **state)
{
	struct app *b;
	size_t tcpip;

	(void)state;
	b = open_app(0, NULL, true);
	app_resize(b, ROWS, COLS);
	keys(b, "400c");
	assert_int_equal(b->overlay, OVERLAY_COMPARE);
	keys(b, "sjj s");
	assert_int_equal(b->cmp.ncols, 3);
	tcpip = (size_t)compare_find(&b->cmp, code_entry(400, 2));
	assert_int_equal(tcpip, 2);
	assert_true(strstr(b->cmp.cols[tcpip].text, "\xe2\x98\xba") != NULL);   /* ☺ */
	for (size_t k = 0; k < b->cmp.ncols; k++) {
		const struct doc *d = &b->cmp_docs[k];

		assert_doc_ascii(d);
		for (size_t h = 0; h < d->nhl; h++) {
			const char *t = d->own[0];

			assert_true(d->hl[h].p >= t && d->hl[h].p + d->hl[h].len <= t + strlen(t));
			assert_true(d->hl[h].len > 0 && d->hl[h].p[0] != ' ');
		}
	}
	assert_true(doc_find(&b->cmp_docs[tcpip], DL_TEXT, ":-)") != NO_INDEX);
	assert_true(b->cmp_docs[tcpip].nhl > 0);
	close_app(0);
}

/* On a class in the tree there is no code to compare: a note, no view. */
static void test_compare_on_a_class_node_leaves_a_message(void **state)
{
	struct app *a = *state;

	select_node_by_keys(a, 4, -1);
	assert_true(app_desc_is_class(a));
	assert_int_equal(press(a, 'c'), DIRTY_STATUS);
	assert_string_equal(a->message, "compare: select a code in the list first");
	assert_int_equal(a->overlay, OVERLAY_NONE);
	assert_compare_closed(a);
	/* on All, the selected code is compared */
	select_node_by_keys(a, -1, -1);
	assert_false(app_desc_is_class(a));
	assert_int_equal(press(a, 'c'), DIRTY_ALL);
	assert_int_equal(a->overlay, OVERLAY_COMPARE);
	assert_ptr_equal(a->cmp.ci, app_code(a));
}

static void check_compare_invariants(const struct app *a, int step)
{
	/* another screen may be over it: then it is kept as it was */
	bool under = false;

	for (size_t i = 0; i < a->nback; i++)
		under |= a->over_back[i] == OVERLAY_COMPARE;
	INVARIANT(step, a->nback <= OVERLAY_DEPTH && (!a->nback || a->overlay));
	if (a->overlay != OVERLAY_COMPARE) {
		if (!under) {
			INVARIANT(step, a->cmp.ncols == 0 && a->cmp.cols == NULL);
			INVARIANT(step, a->cmp_docs == NULL && a->cmp_ndocs == 0);
		}
		return;
	}
	{
		size_t n = a->cmp.ncols, most = 0, rows = compare_text_rows(a);
		int colw;
		size_t fit = compare_layout(n, a->width - 2, &colw);

		INVARIANT(step, a->cmp.ci != NULL && a->cmp.ci == app_code(a));
		INVARIANT(step, a->cmp_fit == fit && a->cmp_width == colw);
		INVARIANT(step, a->cmp_ndocs >= n);
		INVARIANT(step, a->cmp_choice < a->cmp.ci->count);
		/* the chooser may take every column out: then nothing is focused */
		INVARIANT(step, n > 0 || (a->cmp_focus == 0 && a->cmp_first == 0));
		INVARIANT(step, n == 0 || a->cmp_focus < n);
		INVARIANT(step, n == 0 || (a->cmp_first <= a->cmp_focus &&
					   a->cmp_focus < a->cmp_first + a->cmp_fit));
		INVARIANT(step, n <= fit ? a->cmp_first == 0 : a->cmp_first + fit <= n);
		for (size_t i = 0; i < n; i++)
			most = a->cmp_docs[i].n > most ? a->cmp_docs[i].n : most;
		INVARIANT(step, a->cmp_top <= (most > rows ? most - rows : 0));
	}
}

/* Keys as a user might press them in and around the compare view. */
static void test_random_compare_keys_keep_invariants(void **state)
{
	static const int pool[] = {
		'c', 'c', 's', ' ', '[', ']', 'd', 'h', 'l', 'j', 'k', 'g', 'G', K_PGDN, K_PGUP,
		K_ESC, K_ENTER, K_TAB, K_BTAB, '4', '5', '1', '0', '9', '?', 'q', 'S', 'f',
	};
	struct app *a;
	int comparing = 0, choosing = 0, wide = 0, scrolled = 0, across = 0;

	(void)state;
	rng_state = 0x51f15eedu;
	a = open_app(0, NULL, false);
	app_resize(a, ROWS, COLS);
	for (int step = 0; step < 8000; step++) {
		app_key(a, pool[rnd() % ARRAY_SIZE(pool)]);
		a->quit = false;
		if (rnd() % 150 == 0) {
			if (rnd() % 4 == 0)
				app_resize(a, rnd_in(1, 30), rnd_in(1, 60));
			else
				app_resize(a, rnd_in(APP_MIN_ROWS, 50), rnd_in(APP_MIN_COLS, 200));
		}
		if (rnd() % 50 == 0)
			app_wheel(a, rnd_in(0, a->height), rnd_in(0, a->width), rnd() % 2 ? 1 : -1);
		check_invariants(a, step);
		check_compare_invariants(a, step);
		comparing += a->overlay == OVERLAY_COMPARE;
		choosing += a->overlay == OVERLAY_COMPARE && a->cmp_choosing;
		wide += a->overlay == OVERLAY_COMPARE && a->cmp.ncols >= 3;
		scrolled += a->overlay == OVERLAY_COMPARE && a->cmp_top > 0;
		across += a->overlay == OVERLAY_COMPARE && a->cmp_first > 0;
	}
	/* the run went through the compare view's states */
	assert_true(comparing > 0 && choosing > 0 && wide > 0 && scrolled > 0 && across > 0);
	close_app(0);
}

/* ---- random keys ------------------------------------------------------------------------- */

/* Keys as a user might press them, search and panel included: besides the
 * invariants, the visible codes are always those a full search of the
 * query shown finds under the filter. */
static void test_random_keys_keep_invariants(void **state)
{
	static const int pool[] = {
		'/', 't', 'e', 'a', 'p', 'o', 'i', 'm', '4', '0', 'x', ' ', '"', ':', '-', 'n', 'N',
		'f', 'j', 'k', 'h', 'l', 'g', 'G', 'w', '?', 'S', 'q', 'c', K_ENTER, K_ESC,
		K_BACKSPACE, K_CTRL('u'), K_UP, K_DOWN, K_TAB, K_BTAB, K_PGDN,
	};
	struct app *a;
	int typing = 0, panel = 0;

	(void)state;
	rng_state = 0x2545f491u;
	a = open_app(0, NULL, false);
	app_resize(a, ROWS, COLS);
	for (int step = 0; step < 6000; step++) {
		int k = pool[rnd() % ARRAY_SIZE(pool)];
		struct hit *hits;
		size_t n;

		app_key(a, k);
		a->quit = false;
		if (rnd() % 300 == 0)
			app_resize(a, rnd_in(APP_MIN_ROWS, 50), rnd_in(APP_MIN_COLS, 160));
		check_invariants(a, step);
		n = query_run(E, app_query(a), &a->filter, &hits);
		INVARIANT(step, n == a->nvisible);
		INVARIANT(step, n == 0 || memcmp(hits, a->visible, n * sizeof(*hits)) == 0);
		free(hits);
		INVARIANT(step, a->nodes[0].count == a->nvisible);
		INVARIANT(step, !(a->search.typing && a->overlay));
		typing += a->search.typing;
		panel += a->overlay == OVERLAY_FILTER;
	}
	assert_true(typing > 0);
	assert_true(panel > 0);
	close_app(0);
}

int main(void)
{
#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_keys_action_maps_the_bindings),
		T(test_apply_ignores_actions_out_of_range),
		T(test_keys_drive_the_browser),
		T(test_initial_state),
		T(test_initial_tree_counts),
		T(test_list_down_up_and_dirty_bits),
		T(test_list_page_moves_by_content_rows_minus_one),
		T(test_list_top_bottom_and_clamping),
		T(test_list_top_follows_selection),
		T(test_tree_moves_select_nodes_and_rebuild_list),
		T(test_tree_move_keeps_code_under_new_node),
		T(test_desc_moves_scroll_description),
		T(test_digits_jump_to_404_from_each_pane),
		T(test_digits_select_first_code_with_prefix),
		T(test_digits_fourth_starts_over),
		T(test_digits_jump_lands_mid_pane),
		T(test_digits_unknown_prefix_leaves_message),
		T(test_digits_hidden_by_the_search),
		T(test_digits_reset_by_another_action),
		T(test_digits_switch_tree_to_the_code_class),
		T(test_digits_from_a_vendor_group),
		T(test_focus_next_prev_cycle),
		T(test_focus_left_right_stop_at_the_ends),
		T(test_toggle_outside_class_nodes_moves_focus),
		T(test_tree_class_node_shows_class_definitions),
		T(test_tree_toggle_expands_and_collapses_vendor_groups),
		T(test_tree_vendor_group_restricts_the_list),
		T(test_tree_toggle_on_vendor_group_rebuilds_the_list),
		T(test_filter_hidden_vendor_counts),
		T(test_filter_hidden_vendor_group_not_in_tree),
		T(test_filter_decides_the_name_shown),
		T(test_filter_sources_copied),
		T(test_class_without_definition_says_so),
		T(test_desc_long_headers_wrap_whole),
		T(test_desc_headers_break_only_where_needed),
		T(test_desc_entry_without_text_says_so),
		T(test_help_overlay),
		T(test_help_texts_keep_their_column),
		T(test_sources_overlay),
		T(test_sources_values_fill_their_lines),
		T(test_quit_in_an_overlay),
		T(test_overlay_rebuilt_on_resize),
		T(test_overlays_keep_their_place_on_resize),
		T(test_status_message_goes_with_the_next_action),
		T(test_too_small_blocks_actions),
		T(test_minimum_size_is_usable),
		T(test_too_small_blocks_overlay_actions),
		T(test_resize_rewraps_description_and_keeps_selection),
		T(test_resize_keeps_description_scroll),
		T(test_layout_panes_fit_and_do_not_overlap),
		T(test_layout_widths),
		T(test_resize_taller_clamps_list_top),
		T(test_click_list_row_selects_and_focuses),
		T(test_click_tree_row_selects_node),
		T(test_click_title_row_only_focuses),
		T(test_click_outside_panes_does_nothing),
		T(test_click_while_too_small_does_nothing),
		T(test_wheel_over_description_scrolls_it),
		T(test_wheel_over_list_moves_selection),
		T(test_wheel_over_tree_keeps_code_description),
		T(test_ascii_mode_descriptions_are_printable),
		T(test_ascii_mode_every_code),
		T(test_ascii_mode_repairs_name_the_characters),
		T(test_random_actions_keep_invariants),
		T(test_random_actions_under_filters),
		T(test_everything_hidden),
		T(test_search_typed_key_by_key_narrows_the_list),
		T(test_search_escape_restores_node_selection_and_focus),
		T(test_search_escape_brings_back_a_vendor_group),
		T(test_search_enter_keeps_the_search),
		T(test_search_prompt_and_list_agree),
		T(test_search_backspace_widens_and_ctrl_u_clears),
		T(test_search_timeout_ranks_names_before_texts),
		T(test_search_history_up_and_down),
		T(test_search_typed_incrementally_equals_a_fresh_search),
		T(test_search_unbalanced_quote_and_bad_selector),
		T(test_search_highlights_the_words),
		T(test_search_highlights_a_wrapped_header),
		T(test_search_n_steps_through_a_line_s_matches),
		T(test_search_n_and_N_step_through_matches),
		T(test_search_n_without_search_or_match),
		T(test_search_kept_with_error_survives_cancel),
		T(test_search_focus_change_keeps_description_scroll_in_range),
		T(test_panel_lists_groups_sources_and_presets),
		T(test_panel_hides_nginx),
		T(test_panel_resize_shows_the_top),
		T(test_panel_cuts_long_presets),
		T(test_panel_click_toggles),
		T(test_panel_hiding_the_selected_group_keeps_its_class),
		T(test_panel_none_and_all),
		T(test_panel_toggles_a_source),
		T(test_panel_presets),
		T(test_panel_counts_follow_the_search),
		T(test_panel_saves_the_filters),
		T(test_panel_save_without_a_path),
		T(test_panel_closes_and_quits),
		T(test_panel_selection_stays_on_screen),
		T(test_compare_opens_on_451),
		T(test_compare_scrolls_together),
		T(test_compare_focus_moves_across_columns),
		T(test_compare_brackets_move_the_column),
		T(test_compare_chooser_toggles_entries),
		T(test_compare_click),
		T(test_compare_chooser_never_leaves_an_empty_view),
		T(test_compare_chooser_keeps_the_focus_in_range),
		T(test_compare_d_toggles_the_highlights),
		T(test_compare_esc_and_c_close),
		T(test_compare_q_quits),
		T(test_compare_other_overlays_replace_it),
		T(test_help_goes_back_where_it_was_opened),
		T(test_compare_headers_wrap_whole),
		T(test_compare_resize_rebuilds),
		T(test_compare_wheel_scrolls_the_columns),
		T(test_compare_ascii_mode),
		T(test_compare_on_a_class_node_leaves_a_message),
		T(test_random_compare_keys_keep_invariants),
		T(test_random_keys_keep_invariants),
	};
#undef T

	return cmocka_run_group_tests_name("app", tests, NULL, NULL);
}
