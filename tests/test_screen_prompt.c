/* Tests of the search prompt (src/screen_prompt.c) as the UI passes keys
 * to it (app_key): the list narrowing key by key, Esc and Enter, the
 * history, errors, the matches highlighted in the description and n and N
 * stepping through them. */
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
	assert_string_equal(a->message, "404 is defined, but the search or the filters hide it.");
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
	assert_true(typing(a));
	assert_string_equal(search_text(a), "");
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
		assert_true(typing(a));
		assert_string_equal(search_text(a), text);
		assert_string_equal(prompt_error(prompt_of(a)), "");
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
	assert_false(typing(a));
	assert_string_equal(search_text(a), "");
	assert_string_equal(prompt_error(prompt_of(a)), "");
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
	assert_true(typing(a));
	assert_string_equal(search_text(a), "");
	assert_int_equal(a->nrows, E->ncodes);
	press(a, K_ESC);
	assert_int_equal(a->nrows, kept);
	assert_string_equal(search_text(a), "gateway");
	assert_non_null(app_query(a));
	press(a, K_ESC);
	assert_null(app_query(a));

	/* spaces only: nothing kept, and Esc has nothing to clear */
	type(a, "451");
	keys(a, "/  ");
	press(a, K_ENTER);
	assert_false(typing(a));
	assert_null(app_query(a));
	assert_string_equal(search_text(a), "");
	assert_int_equal(selected(a), 451);

	/* typed, then erased: back on 451 */
	keys(a, "/time");
	assert_int_equal(typing(a), true);
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
	assert_false(typing(a));
	assert_string_equal(search_text(a), "timeout");
	assert_non_null(app_query(a));
	assert_rows_are_search(a, "timeout");
	assert_int_equal(selected(a), 408);
	assert_int_equal(press(a, 'j'), LIST_MOVE);
	assert_int_equal(selected(a), 440);
	assert_string_equal(search_text(a), "timeout");
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
	assert_string_equal(search_text(a), "");
	assert_null(app_query(a));
	assert_int_equal(a->nrows, E->ncodes);
	assert_int_equal(selected(a), 504);
	assert_int_equal(a->list_sel, row_of(a, 504));
	assert_tree_counts(a);
	assert_int_equal(press(a, K_ESC), 0);   /* nothing left to clear */
	/* Enter on an empty prompt keeps nothing */
	keys(a, "/");
	assert_int_equal(press(a, K_ENTER) & DIRTY_LIST, DIRTY_LIST);
	assert_false(typing(a));
	assert_null(app_query(a));
	assert_int_equal(prompt_nhistory(prompt_of(a)), 1);
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
	assert_string_equal(search_text(a), "tea");
	assert_rows_are_search(a, "tea");
	tea = a->nrows;
	press(a, K_BACKSPACE);
	assert_string_equal(search_text(a), "te");
	assert_rows_are_search(a, "te");
	assert_true(a->nrows > tea);
	assert_tree_counts(a);
	press(a, 'a');
	assert_int_equal(a->nrows, tea);
	assert_true(press(a, K_CTRL('u')) & DIRTY_LIST);
	assert_true(typing(a));
	assert_string_equal(search_text(a), "");
	assert_null(app_query(a));
	assert_int_equal(a->nrows, E->ncodes);
	assert_int_equal(press(a, K_BACKSPACE), 0);   /* nothing to erase */
	assert_true(typing(a));
	/* a character of two bytes goes at once */
	keys(a, "caf");
	press(a, 0xe9);
	assert_string_equal(search_text(a), "caf\xc3\xa9");
	press(a, K_BACKSPACE);
	assert_string_equal(search_text(a), "caf");
	/* keys that are no text add nothing */
	assert_int_equal(press(a, K_LEFT), 0);
	assert_int_equal(press(a, K_CTRL('l')), 0);
	assert_string_equal(search_text(a), "caf");
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
	assert_int_equal(prompt_nhistory(prompt_of(a)), 2);
	press(a, '/');
	assert_string_equal(search_text(a), "");
	assert_true(press(a, K_UP) & DIRTY_LIST);
	assert_string_equal(search_text(a), "timeout");
	assert_rows_are_search(a, "timeout");
	press(a, K_UP);
	assert_string_equal(search_text(a), "teapot");
	assert_rows(a, teapot, 1);
	assert_int_equal(press(a, K_UP), 0);          /* the oldest */
	assert_string_equal(search_text(a), "teapot");
	press(a, K_DOWN);
	assert_string_equal(search_text(a), "timeout");
	assert_rows_are_search(a, "timeout");
	press(a, K_DOWN);
	assert_string_equal(search_text(a), "");     /* past the newest: empty */
	assert_int_equal(a->nrows, E->ncodes);
	assert_int_equal(press(a, K_DOWN), 0);
	assert_true(typing(a));
	/* the same search again is kept once; a cancelled one not at all */
	keys(a, "timeout");
	press(a, K_ENTER);
	keys(a, "/418");
	press(a, K_ESC);
	assert_int_equal(prompt_nhistory(prompt_of(a)), 2);
	assert_string_equal(prompt_history(prompt_of(a), 0), "teapot");
	assert_string_equal(prompt_history(prompt_of(a), 1), "timeout");
	/* a recalled search is typed on */
	press(a, '/');
	press(a, K_UP);
	press(a, K_UP);
	keys(a, " short");
	assert_string_equal(search_text(a), "teapot short");
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
			assert_string_equal(search_text(a), text);
			if (prompt_error(prompt_of(a))[0]) {
				assert_rows(a, last, nlast);   /* as it was */
				continue;
			}
			assert_rows_are_search(a, text);
			assert_tree_counts(a);
			nlast = row_codes(a, last);
		}
		assert_string_equal(prompt_error(prompt_of(a)), "");
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
	assert_string_equal(prompt_error(prompt_of(a)), "");
	assert_rows_are_search(a, "\"legal\"");
	assert_true(row_of(a, 451) != NO_INDEX);
	press(a, K_CTRL('u'));
	keys(a, "4xx");
	assert_int_equal(a->nrows, count_codes(4, -1, 0));
	n = row_codes(a, before);
	assert_int_equal(press(a, 'x'), DIRTY_STATUS);
	assert_string_equal(search_text(a), "4xxx");
	assert_string_equal(prompt_error(prompt_of(a)), "'4xxx' is not a status code, mask or range "
			    "(three digits: 404, 4xx, 40x, 4**, 500-504)");
	assert_true(typing(a));
	assert_rows(a, before, n);
	assert_tree_counts(a);
	press(a, K_BACKSPACE);
	assert_string_equal(prompt_error(prompt_of(a)), "");
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

/* Past a code's last match n goes on to the next code of the list with a
 * match, its first; past the last code's, round to the first code, and
 * the status bar says so; N the same way back. */
static void test_search_n_goes_on_to_the_next_code(void **state)
{
	struct app *a = *state;
	size_t rows, first;

	keys(a, "/timeout");
	press(a, K_ENTER);
	rows = a->nrows;
	assert_true(rows >= 3);
	first = (size_t)selected(a);
	assert_int_equal(a->list_sel, 0);
	assert_int_equal(press(a, 'n'), DIRTY_DESC | DIRTY_STATUS);   /* the first match */
	for (size_t r = 0; r < rows; r++) {
		size_t n = a->nmatches;

		assert_int_equal(a->list_sel, r);
		assert_true(n > 0);     /* every code found has its match shown */
		assert_int_equal(a->match_cur, 0);
		for (size_t k = 1; k < n; k++) {
			assert_int_equal(press(a, 'n'), DIRTY_DESC | DIRTY_STATUS);
			assert_int_equal(a->match_cur, k);
		}
		if (r + 1 == rows)
			break;
		/* the next code: its first match, counted anew */
		assert_int_equal(press(a, 'n'), DIRTY_LIST | DIRTY_DESC | DIRTY_STATUS);
		assert_true(strncmp(a->message, "match 1/", 8) == 0);
		assert_null(strstr(a->message, "search hit"));
	}
	assert_true(press(a, 'n') & DIRTY_LIST);
	assert_int_equal(a->list_sel, 0);
	assert_int_equal((size_t)selected(a), first);
	assert_true(strstr(a->message, "; search hit bottom, from the top") != NULL);
	assert_int_equal(a->match_cur, 0);
	/* N from the first match of the first code: the last code's last */
	assert_true(press(a, 'N') & DIRTY_LIST);
	assert_int_equal(a->list_sel, rows - 1);
	assert_int_equal(a->match_cur, a->nmatches - 1);
	assert_true(strstr(a->message, "; search hit top, from the bottom") != NULL);
	check_invariants(a, 0);
}

/* n and N step through the description's matches, scrolling to each. */
static void test_search_n_and_N_step_through_matches(void **state)
{
	struct app *a = *state;
	size_t n, rows, max;
	bool scrolled = false;
	char want[128];

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
		/* past the last, round the list (418 alone) to its first */
		snprintf(want, sizeof(want), "match %zu/%zu%s", i % n + 1, n,
			 i == n ? "; search hit bottom, from the top" : "");
		assert_string_equal(a->message, want);
		assert_int_equal(a->match_cur, i % n);
		assert_true(m < a->desc.n && a->desc.v[m].hl_first <= i % n &&
			    i % n < a->desc.v[m].hl_first + a->desc.v[m].hl_count);
		assert_int_equal(a->desc_top, top < max ? top : max);
		scrolled |= a->desc_top > 0;
	}
	assert_true(scrolled);
	/* before the first, round the list to its last */
	assert_int_equal(press(a, 'N'), DIRTY_DESC | DIRTY_STATUS);
	snprintf(want, sizeof(want), "match %zu/%zu; search hit top, from the bottom", n, n);
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
	/* codes alone highlight nothing, in this description or another */
	keys(a, "/4xx");
	press(a, K_ENTER);
	type(a, "404");
	act(a, ACT_FOCUS_RIGHT);
	act(a, ACT_DOWN);
	assert_true(a->desc_top > 0);
	{
		size_t top = a->desc_top;

		assert_int_equal(press(a, 'n'), DIRTY_STATUS);
		assert_string_equal(a->message, "no match in the codes shown");
		assert_int_equal(selected(a), 404);     /* nothing moved */
		assert_int_equal(a->desc_top, top);
	}
	/* a class's description keeps to itself */
	select_node_by_keys(a, 4, -1);
	assert_true(app_desc_is_class(a));
	assert_int_equal(press(a, 'n'), DIRTY_STATUS);
	assert_string_equal(a->message, "no match in this description");
	/* at the prompt, n is a letter */
	keys(a, "/n");
	assert_string_equal(search_text(a), "n");
	assert_string_equal(a->message, "");
}

/* A search kept that finds nothing suggests the nearest words of the
 * index, as the command line does; one that finds something, or none
 * for want of a nearer word, says nothing of the kind. */
static void test_search_suggests_when_nothing_matches(void **state)
{
	struct app *a = *state;

	keys(a, "/timout");
	assert_int_equal(a->nrows, 0);
	press(a, K_ENTER);
	assert_false(typing(a));
	assert_string_equal(a->message, "nothing matches; did you mean: timeout?");
	press(a, K_ESC);
	keys(a, "/forbiden");
	press(a, K_ENTER);
	assert_string_equal(a->message, "nothing matches; did you mean: forbidden?");
	press(a, K_ESC);
	keys(a, "/timeout");
	press(a, K_ENTER);
	assert_true(a->nrows > 0);
	assert_string_equal(a->message, "");
	press(a, K_ESC);
	keys(a, "/qqqqqqqqqqqq");
	press(a, K_ENTER);
	assert_int_equal(a->nrows, 0);
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
	assert_false(typing(a));
	n = row_codes(a, kept);
	assert_int_equal(n, count_codes(4, -1, 0));
	press(a, '/');
	press(a, K_ESC);
	assert_false(typing(a));
	assert_rows(a, kept, n);
	press(a, K_ESC);
	assert_string_equal(search_text(a), "");
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

int main(void)
{
#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_digits_hidden_by_the_search),
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
		T(test_search_n_goes_on_to_the_next_code),
		T(test_search_n_without_search_or_match),
		T(test_search_suggests_when_nothing_matches),
		T(test_search_kept_with_error_survives_cancel),
		T(test_search_focus_change_keeps_description_scroll_in_range),
	};
#undef T

	return cmocka_run_group_tests_name("search prompt", tests, NULL, NULL);
}
