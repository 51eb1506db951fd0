/* Tests of the browser's core (src/app.c, src/app_act.c) over the embedded
 * catalog, without a terminal: the keys, the initial state, moving in each
 * pane, typing a code, focus, the class tree and its vendor groups,
 * filters, the descriptions, the note a one-off leaves, resizing and the
 * layout, the mouse, ASCII mode, and long seeded random runs of actions
 * and of keys checking the invariants. The screens over the panes have
 * their own files (test_screen_*.c); the fixture is shared (fixture.h). */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fixture.h"
#include "config.h"
#include "keys.h"
#include "screen_compare.h"
#include "screen_prompt.h"
#include "textlayout.h"

/* ---- setup --------------------------------------------------------------- */

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
		{ 'N', ACT_PREV_MATCH }, { 'x', ACT_NONE }, { 'a', ACT_NONE }, { 'w', ACT_NONE }, { 'J', ACT_NONE }, { 'Q', ACT_QUIT }, { K_RESIZE, ACT_NONE },
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

/* Does the status bar's hint name act? */
static bool hints_name(const struct app *a, enum action act)
{
	enum keymode mode;

	for (const struct hint *h = app_hints(a, &mode); h->label; h++)
		if (h->act == act || h->act2 == act)
			return true;
	return false;
}

/* On a code whose sources give it two names, the hint says that c
 * compares them; not on the others, nor on a class. */
static void test_hints_name_compare_on_a_conflict(void **state)
{
	struct app *a = *state;

	assert_false(hints_name(a, ACT_COMPARE));
	assert_true(hints_name(a, ACT_HELP) && hints_name(a, ACT_QUIT));
	type(a, "451");
	assert_true(catalog_code(E, 451)->nnames > 1);
	assert_true(hints_name(a, ACT_COMPARE));
	assert_true(hints_name(a, ACT_HELP) && hints_name(a, ACT_QUIT));
	type(a, "404");
	assert_int_equal(catalog_code(E, 404)->nnames, 1);
	assert_false(hints_name(a, ACT_COMPARE));
	type(a, "451");
	select_node_by_keys(a, 4, -1);
	assert_true(app_desc_is_class(a));
	assert_false(hints_name(a, ACT_COMPARE));
}

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
	assert_int_equal(app_screen(a), SCREEN_NONE);
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
		/* no class starts with it: refused at once, as the CLI does */
		{ "", '6', "no code starts with 6: the classes are 1xx to 5xx", 100, NULL, NULL },
		{ "", '0', "no code starts with 0: the classes are 1xx to 5xx", 100, NULL, NULL },
		{ "", '9', "no code starts with 9: the classes are 1xx to 5xx", 100, NULL, NULL },
		/* a class: the code as the CLI explains it, with its class */
		{ "4", '6', "no code starts with 46", 400, "0",
		  "No source defines 460. 4xx means Client Error." },
		{ "2", '9', "no code starts with 29", 200, "9",
		  "No source defines 299. 2xx means Success." },
		{ "41", '9', "No source defines 419. 4xx means Client Error.", 100, NULL, NULL },
		{ "10", '9', "No source defines 109. 1xx means Informational.", 100, NULL, NULL },
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
	/* "1" is a new code now, not "41"; Esc drops it */
	assert_int_equal(type(a, "1"), LIST_MOVE);
	assert_int_equal(a->ndigits, 1);
	assert_int_equal(selected(a), 100);
	assert_int_equal(act(a, ACT_CLOSE), DIRTY_STATUS);
	assert_int_equal(a->ndigits, 0);
	assert_int_equal(selected(a), 100);
	/* "0": no code can start with it: refused at once */
	act(a, ACT_DOWN);
	assert_int_equal(type(a, "0"), DIRTY_STATUS);
	assert_string_equal(a->message, "no code starts with 0: the classes are 1xx to 5xx");
	assert_int_equal(a->ndigits, 0);
	assert_int_equal(selected(a), 101);
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
	assert_string_equal(b->message, "444 is defined, but the filters hide it.");
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
	assert_int_equal(app_screen(b), SCREEN_COMPARE);
	assert_string_equal(cmp_of(b)->ci->name, "Token required");
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
		assert_true(doc_find(over_doc(a), DL_HEADER, E->sources[s].label) != NO_INDEX);
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
		assert_int_equal(app_screen(a), SCREEN_NONE);
		d = act(a, next[k]);
		assert_string_equal(a->message, "");
		assert_true(d & DIRTY_STATUS);
		if (typing(a))
			app_key(a, K_ESC);
	}
	/* from the list, compare opens */
	set_focus_to(a, PANE_LIST);
	assert_int_equal(act(a, ACT_COMPARE), DIRTY_ALL);
	assert_int_equal(app_screen(a), SCREEN_COMPARE);
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
			assert_int_equal(app_screen(a), SCREEN_NONE);
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
	assert_int_equal(over_top(a), 0);
	assert_int_equal(act(a, ACT_DOWN), 0);
	assert_int_equal(over_top(a), 0);
	assert_int_equal(act(a, ACT_CLOSE), 0);
	assert_int_equal(app_screen(a), SCREEN_HELP);
	assert_int_equal(act(a, ACT_SOURCES), 0);
	assert_int_equal(app_screen(a), SCREEN_HELP);
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
		assert_int_equal(a->desc_width, app_desc_measure(a));
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

/* The panes shown, left to right, a rule column after the tree and the
 * list, the last to the edge; each shown at least 10 wide, the focused one
 * always shown. */
static void assert_panes_fit(const struct app *a, int h, int w)
{
	int x = 0;

	assert_false(a->too_small);
	assert_true(a->pane[a->focus].w > 0);
	for (int p = 0; p < PANE_COUNT; p++) {
		const struct rect *r = &a->pane[p];

		assert_int_equal(r->y, 0);
		assert_int_equal(r->h, h - 1);
		assert_int_equal(app_content_rows(a, (enum pane)p), h - 2);
		if (!r->w)
			continue;       /* folded away, or zoomed out */
		assert_true(r->w >= 10);
		assert_int_equal(r->x, x);
		x = r->x + r->w + (p != PANE_DESC);
		assert_true(x <= w);
	}
	assert_int_equal(x, w);         /* to the edge: the last, or its rule */
	assert_int_equal(a->desc_width, app_desc_measure(a));
	assert_true(a->desc_width <= DESC_MEASURE);
}

static void test_layout_panes_fit_and_do_not_overlap(void **state)
{
	struct app *a = *state;

	for (int focus = 0; focus < PANE_COUNT; focus++)
		for (int zoom = 0; zoom < 2; zoom++) {
			set_focus_to(a, (enum pane)focus);
			if (a->zoom != zoom)
				act(a, ACT_ZOOM);
			for (int w = APP_MIN_COLS; w <= 250; w += zoom ? 7 : 1)
				for (int h = APP_MIN_ROWS; h <= 80; h += zoom || focus ? 9 : 1) {
					app_resize(a, h, w);
					assert_panes_fit(a, h, w);
					if (zoom)       /* the focused pane alone */
						for (int p = 0; p < PANE_COUNT; p++)
							assert_true((a->pane[p].w > 0) == (p == focus));
				}
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

/* Columns a code's row needs whole: " 404 Not Found  ★ !2 ms " (the
 * code, its name, its marks, a margin either side). */
static int row_need(const struct code_info *ci)
{
	struct code_mark m[QUERY_MARKS_MAX];
	size_t n = query_code_marks(ci, true, m);
	int w = 1 + 3 + 1 + (int)tl_width(ci->name, strlen(ci->name)) + 1;

	for (size_t k = 0; k < n; k++)
		w += 1 + (int)tl_width(m[k].text, strlen(m[k].text));
	return w;
}

/* The widths follow the content: from 100 columns on the tree shows, as
 * wide as its widest label with a count; the list as wide as its longest
 * row, as long as the description keeps half of the rest (up to 60); the
 * description's text never wider than 100 columns. Narrower, the tree
 * folds away unless it has the focus, and list and description share. */
static void test_layout_widths(void **state)
{
	struct app *a = *state;
	int longest = 0, widest = 0;

	for (size_t i = 0; i < E->ncodes; i++)
		longest = row_need(&E->codes[i]) > longest ? row_need(&E->codes[i]) : longest;
	for (int v = 0; v < VENDOR_COUNT; v++)
		widest = (int)strlen(vendor_labels[v]) > widest ? (int)strlen(vendor_labels[v]) : widest;
	for (int cols = APP_MIN_COLS; cols <= 250; cols++) {
		int tree, rest, keep;

		app_resize(a, 24, cols);
		tree = a->pane[PANE_TREE].w;
		assert_true(cols >= 100 ? tree >= 4 + widest + 2 + 2 : tree == 0);
		rest = cols - (tree ? tree + 1 : 0) - 1;
		keep = rest / 2 < 60 ? rest / 2 : 60;
		assert_int_equal(a->pane[PANE_LIST].w, longest < rest - keep ? longest
				 : rest - keep > 14 ? rest - keep : 14);
		assert_int_equal(a->pane[PANE_DESC].w, rest - a->pane[PANE_LIST].w);
		assert_int_equal(a->desc_width, a->pane[PANE_DESC].w < 100 ? a->pane[PANE_DESC].w : 100);
		if (cols >= 130)        /* room for every name whole */
			assert_int_equal(a->pane[PANE_LIST].w, longest);
	}
	/* at 80 columns the tree comes with the focus, and goes with it */
	app_resize(a, 24, 80);
	assert_int_equal(a->pane[PANE_TREE].w, 0);
	assert_int_equal(a->pane[PANE_LIST].x, 0);
	assert_true(act(a, ACT_FOCUS_LEFT) & DIRTY_LAYOUT);
	assert_true(a->pane[PANE_TREE].w >= 4 + widest + 2 + 2);
	assert_int_equal(a->pane[PANE_LIST].x, a->pane[PANE_TREE].w + 1);
	assert_true(act(a, ACT_FOCUS_RIGHT) & DIRTY_LAYOUT);
	assert_int_equal(a->pane[PANE_TREE].w, 0);
}

/* z: the focused pane has the whole screen; z again, back; the focus
 * moving takes the zoom along. */
static void test_zoom(void **state)
{
	struct app *a = *state;
	struct rect before[PANE_COUNT];

	type(a, "404");
	memcpy(before, a->pane, sizeof(before));
	assert_int_equal(act(a, ACT_ZOOM), DIRTY_ALL | DIRTY_LAYOUT);
	assert_true(a->zoom);
	assert_int_equal(a->pane[PANE_LIST].w, COLS - 1);    /* and its rule */
	assert_int_equal(a->pane[PANE_TREE].w, 0);
	assert_int_equal(a->pane[PANE_DESC].w, 0);
	assert_int_equal(selected(a), 404);
	act(a, ACT_FOCUS_RIGHT);
	assert_int_equal(a->pane[PANE_DESC].w, COLS);
	assert_int_equal(a->pane[PANE_LIST].w, 0);
	assert_int_equal(a->desc_width, COLS < DESC_MEASURE ? COLS : DESC_MEASURE);
	assert_code_desc(a);
	assert_desc_fits(a);
	act(a, ACT_FOCUS_LEFT);
	assert_int_equal(act(a, ACT_ZOOM), DIRTY_ALL | DIRTY_LAYOUT);
	assert_false(a->zoom);
	assert_memory_equal(before, a->pane, sizeof(before));
	/* a click lands in the pane shown */
	act(a, ACT_ZOOM);
	assert_true(app_click(a, 3, COLS / 2) & DIRTY_LIST);
	assert_int_equal(a->focus, PANE_LIST);
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
	assert_doc_ascii(over_doc(b));
	act(b, ACT_SOURCES);
	assert_int_equal(app_screen(b), SCREEN_SOURCES);
	assert_doc_ascii(over_doc(b));
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
	assert_true(doc_find(over_doc(b), DL_NOTE, mojibake) != NO_INDEX);
	assert_doc_ascii(over_doc(b));
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
			if (app_screen(a) != SCREEN_NONE && rnd() % 8 == 0)
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
		overlays += app_screen(a) != SCREEN_NONE;
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
	int prompts = 0, panel = 0;

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
		INVARIANT(step, !typing(a) || a->depth == 1);   /* the prompt opens over the panes only */
		prompts += typing(a);
		panel += app_screen(a) == SCREEN_FILTERS;
	}
	assert_true(prompts > 0);
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
		T(test_hints_name_compare_on_a_conflict),
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
		T(test_filter_decides_the_name_shown),
		T(test_filter_sources_copied),
		T(test_class_without_definition_says_so),
		T(test_desc_long_headers_wrap_whole),
		T(test_desc_headers_break_only_where_needed),
		T(test_desc_entry_without_text_says_so),
		T(test_status_message_goes_with_the_next_action),
		T(test_too_small_blocks_actions),
		T(test_minimum_size_is_usable),
		T(test_too_small_blocks_overlay_actions),
		T(test_resize_rewraps_description_and_keeps_selection),
		T(test_resize_keeps_description_scroll),
		T(test_layout_panes_fit_and_do_not_overlap),
		T(test_layout_widths),
		T(test_zoom),
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
		T(test_random_keys_keep_invariants),
	};
#undef T

	return cmocka_run_group_tests_name("app", tests, NULL, NULL);
}
