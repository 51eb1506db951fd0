/* Tests of the browser's state machine (src/app.c) over the embedded
 * catalog, without a terminal: the initial state, moving in each pane,
 * typing a code, focus, the class tree and its vendor groups, filters, the
 * help and sources screens, the "not yet" actions, resizing and the layout,
 * the mouse, ASCII mode, and a long seeded random run checking invariants.
 * Counts are computed independently from the catalog, not from app.c. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "app.h"
#include "catalog.h"
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
	if (!line_is(&a->desc.v[0], want))
		print_error("first line '%.*s', want '%s'\n", (int)a->desc.v[0].len,
			    a->desc.v[0].s, want);
	assert_true(line_is(&a->desc.v[0], want));
	for (size_t i = 0; i < a->desc.n; i++)
		headers += a->desc.v[i].kind == DL_HEADER;
	assert_int_equal(headers, ci->count);
}

/* Every line fits the width the description was wrapped to. */
static void assert_desc_fits(const struct app *a)
{
	assert_int_equal(a->desc_width, a->pane[PANE_DESC].w);
	for (size_t i = 0; i < a->desc.n; i++) {
		const struct dline *l = &a->desc.v[i];

		if (l->kind == DL_HEADER)
			continue;       /* headers are clipped when drawn, not wrapped */
		assert_true(l->indent + tl_width(l->s, l->len) <= (size_t)a->desc_width);
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
		{ 'f', ACT_FILTER }, { 'c', ACT_COMPARE },
		{ 'x', ACT_NONE }, { 'J', ACT_NONE }, { 'Q', ACT_NONE }, { K_RESIZE, ACT_NONE },
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
	} cases[] = {
		{ "", '6', "no code starts with 6", 100 },
		{ "", '0', "no code starts with 0", 100 },
		{ "", '9', "no code starts with 9", 100 },
		{ "4", '6', "no code starts with 46", 400 },
		{ "41", '9', "no code starts with 419", 410 },
		{ "10", '9', "no code starts with 109", 100 },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct app *a = open_app(0, NULL, false);

		app_resize(a, ROWS, COLS);
		type(a, cases[i].prefix);
		assert_int_equal(a->ndigits, strlen(cases[i].prefix));
		/* the failing digit changes nothing but the status bar */
		assert_int_equal(app_apply(a, ACT_DIGIT, cases[i].last), DIRTY_STATUS);
		assert_string_equal(a->message, cases[i].message);
		assert_int_equal(a->ndigits, 0);
		assert_int_equal(selected(a), cases[i].code);
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
	/* "0" is a new code now, not "40" */
	assert_int_equal(type(a, "0"), DIRTY_STATUS);
	assert_string_equal(a->message, "no code starts with 0");
	assert_int_equal(a->ndigits, 0);
	assert_int_equal(selected(a), 401);
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
	struct filter f;
	struct app *b;
	char err[QUERY_ERRLEN] = "";
	unsigned hidden = VENDOR_BIT(VENDOR_NGINX);

	(void)state;
	filter_init(&f);
	assert_int_equal(filter_hide_vendors(&f, "nginx", false, err), 0);
	b = open_app(0, &f, false);
	filter_free(&f);
	app_resize(b, ROWS, COLS);
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
	assert_string_equal(b->message, "no code starts with 444");
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
	struct filter f;
	struct app *b;
	char err[QUERY_ERRLEN] = "";

	(void)state;
	filter_init(&f);
	assert_int_equal(filter_hide_vendors(&f, "microsoft", false, err), 0);
	b = open_app(0, &f, false);
	filter_free(&f);
	app_resize(b, ROWS, COLS);
	assert_true(row_of(b, 520) != NO_INDEX);   /* still CloudFlare's */
	select_node_by_keys(b, 5, -1);
	act(b, ACT_TOGGLE);
	assert_true(node_index(b, 5, VENDOR_CLOUDFLARE) != NO_INDEX);
	assert_int_equal(app_code_vendors(b, catalog_code(E, 520)) & VENDOR_BIT(VENDOR_MICROSOFT), 0);
	assert_true(node_index(b, 5, VENDOR_MICROSOFT) == NO_INDEX);
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

/* ---- overlays -------------------------------------------------------------- */

static void test_help_overlay(void **state)
{
	static const struct {
		enum action act;
		const char *keys;
	} key_cases[] = {
		{ ACT_QUIT, "q" }, { ACT_DOWN, "j, Down" }, { ACT_PAGE_DOWN, "PgDn, Ctrl-F, Space" },
		{ ACT_DIGIT, "0-9" }, { ACT_FOCUS_PREV, "Shift-Tab" }, { ACT_REDRAW, "Ctrl-L" },
		{ ACT_CLOSE, "Esc" }, { ACT_TOGGLE, "Enter" },
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

/* ---- "not yet" ----------------------------------------------------------------- */

static void test_not_yet_actions_leave_a_message(void **state)
{
	static const struct {
		enum action act;
		const char *message;
	} cases[] = {
		{ ACT_SEARCH, "search: not yet" },
		{ ACT_FILTER, "filters: not yet" },
		{ ACT_COMPARE, "compare: not yet" },
	};
	static const enum action next[] = { ACT_DOWN, ACT_UP, ACT_REDRAW, ACT_FOCUS_NEXT };
	struct app *a = *state;

	for (size_t i = 0; i < ARRAY_SIZE(cases); i++)
		for (size_t k = 0; k < ARRAY_SIZE(next); k++) {
			unsigned d;

			assert_int_equal(act(a, cases[i].act), DIRTY_STATUS);
			assert_string_equal(a->message, cases[i].message);
			d = act(a, next[k]);
			assert_string_equal(a->message, "");
			assert_true(d & DIRTY_STATUS);
		}
	/* even an action that changes nothing else clears it */
	act(a, ACT_TOP);
	act(a, ACT_SEARCH);
	set_focus_to(a, PANE_TREE);
	act(a, ACT_SEARCH);
	assert_int_equal(act(a, ACT_FOCUS_LEFT), DIRTY_STATUS);
	assert_string_equal(a->message, "");
	/* and a digit replaces it */
	act(a, ACT_COMPARE);
	type(a, "4");
	assert_string_equal(a->message, "");
	assert_int_equal(selected(a), 400);
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
	if (a->overlay) {
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
	type(b, "4");
	assert_string_equal(b->message, "no code starts with 4");
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
		T(test_filter_sources_copied),
		T(test_class_without_definition_says_so),
		T(test_help_overlay),
		T(test_sources_overlay),
		T(test_quit_in_an_overlay),
		T(test_overlay_rebuilt_on_resize),
		T(test_not_yet_actions_leave_a_message),
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
		T(test_random_actions_keep_invariants),
		T(test_random_actions_under_filters),
		T(test_everything_hidden),
	};
#undef T

	return cmocka_run_group_tests_name("app", tests, NULL, NULL);
}
