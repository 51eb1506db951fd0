/* Tests of the help and the sources screens (src/screen_help.c,
 * src/screen_sources.c): what they list, generated from the action table
 * and the screens' key tables, their columns, scrolling, closing and
 * quitting, and their place kept across a resize. */
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

/* A row of a screen's key table, listed under its section with its keys
 * (unless its text is "": not listed). */
static void assert_screen_row(const struct doc *d, const char *section, const struct screen_key *row)
{
	const char *h = row->help ? row->help : action_help(row->acts[0]);
	size_t t = doc_find(d, DL_TITLE, section), i;

	if (!h[0])
		return;
	assert_true(t != NO_INDEX);
	for (i = t + 1; i < d->n && d->v[i].kind != DL_TITLE; i++)
		if (d->v[i].kind == DL_KEY && line_has(&d->v[i], h))
			break;
	if (i == d->n || d->v[i].kind == DL_TITLE)
		print_error("no '%s' under '%s'\n", h, section);
	assert_true(i < d->n && d->v[i].kind == DL_KEY);
	assert_true(d->v[i].key_len > 0);
}

/* Is t the text of a row of a screen's key table? */
static bool screen_help_known(const char *t)
{
	for (int sc = 0; sc < SCREEN_COUNT; sc++)
		for (size_t k = 0; k < screen_ops[sc]->nkeys; k++)
			for (size_t r = 0; r < screen_ops[sc]->keys[k].n; r++) {
				const char *h = screen_ops[sc]->keys[k].rows[r].help;

				if (h && strcmp(t, h) == 0)
					return true;
			}
	return false;
}

static void test_help_overlay(void **state)
{
	static const struct {
		enum action act;
		const char *keys;
	} key_cases[] = {
		{ ACT_QUIT, "q, Q" }, { ACT_DOWN, "j, Down" }, { ACT_PAGE_DOWN, "PgDn, Ctrl-F, Space" },
		{ ACT_DIGIT, "0-9" }, { ACT_FOCUS_PREV, "Shift-Tab" }, { ACT_REDRAW, "Ctrl-L" },
		{ ACT_CLOSE, "Esc, q" }, { ACT_TOGGLE, "Enter" }, { ACT_SEARCH, "/" },
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
		{ "compare", "close it: back where c was pressed", "c, q, Esc" },
		{ "compare: choosing entries", "the previous entry", "k, Up" },
		{ "compare: choosing entries", "put the entry in or take it out", "Space, Enter" },
		{ "compare: choosing entries", "done: back to the columns", "s, q, Esc" },
		{ "filters panel", "all of the section off", "n" },
	};
	struct app *a = *state;
	size_t max;

	assert_int_equal(act(a, ACT_HELP), DIRTY_ALL);
	assert_int_equal(app_screen(a), SCREEN_HELP);
	assert_int_equal(over_top(a), 0);
	assert_int_equal(over_doc(a)->v[0].kind, DL_TITLE);
	assert_true(line_starts(&over_doc(a)->v[0], "httpcodes "));
	for (int x = 1; x < ACT_COUNT; x++) {
		size_t i = doc_find(over_doc(a), DL_KEY, action_help((enum action)x));

		if (i == NO_INDEX)
			print_error("no help for action %d: %s\n", x, action_help((enum action)x));
		assert_true(i != NO_INDEX);
		assert_true(doc_find(over_doc(a), DL_TITLE, action_section((enum action)x)) != NO_INDEX);
	}
	for (size_t k = 0; k < ARRAY_SIZE(key_cases); k++) {
		size_t i = doc_find(over_doc(a), DL_KEY, action_help(key_cases[k].act));

		assert_true(line_starts(&over_doc(a)->v[i], key_cases[k].keys));
		assert_int_equal(over_doc(a)->v[i].key_len, strlen(key_cases[k].keys));
	}
	assert_true(doc_find(over_doc(a), DL_KEY, "select a line, focus its pane") != NO_INDEX);
	/* what keys do in the compare view and its chooser, each under its
	 * section, with the keys that do it there */
	for (int sc = 0; sc < SCREEN_COUNT; sc++)
		for (size_t k = 0; k < screen_ops[sc]->nkeys; k++) {
			const struct screen_keys *sk = &screen_ops[sc]->keys[k];

			for (size_t r = 0; r < sk->n; r++)
				assert_screen_row(over_doc(a), sk->section, &sk->rows[r]);
		}
	for (size_t k = 0; k < ARRAY_SIZE(screen_cases); k++) {
		size_t t = doc_find(over_doc(a), DL_TITLE, screen_cases[k].section);
		size_t i = t + 1;

		assert_true(t != NO_INDEX);
		while (i < over_doc(a)->n && !(over_doc(a)->v[i].kind == DL_KEY &&
					   line_has(&over_doc(a)->v[i], screen_cases[k].help)))
			i++;
		assert_true(i < over_doc(a)->n);
		if (!line_starts(&over_doc(a)->v[i], screen_cases[k].keys))
			print_error("'%s': keys '%.*s', want '%s'\n", screen_cases[k].help,
				    (int)over_doc(a)->v[i].key_len, over_doc(a)->v[i].s, screen_cases[k].keys);
		assert_int_equal(over_doc(a)->v[i].key_len, strlen(screen_cases[k].keys));
		assert_true(line_starts(&over_doc(a)->v[i], screen_cases[k].keys));
	}
	/* scrolling */
	assert_true(over_doc(a)->n > (size_t)ROWS - 1);
	max = over_doc(a)->n - (ROWS - 1);   /* every row above the status bar */
	assert_int_equal(act(a, ACT_UP), 0);
	assert_int_equal(act(a, ACT_DOWN), DIRTY_OVERLAY);
	assert_int_equal(over_top(a), 1);
	assert_int_equal(act(a, ACT_BOTTOM), DIRTY_OVERLAY);
	assert_int_equal(over_top(a), max);
	assert_int_equal(act(a, ACT_DOWN), 0);
	assert_int_equal(act(a, ACT_TOP), DIRTY_OVERLAY);
	assert_int_equal(over_top(a), 0);
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
	assert_int_equal(over_top(a), 3);
	assert_int_equal(act(a, ACT_CLOSE), DIRTY_ALL);
	assert_int_equal(app_screen(a), SCREEN_NONE);
	assert_int_equal(act(a, ACT_CLOSE), 0);
	/* HELP toggles */
	act(a, ACT_HELP);
	assert_int_equal(app_screen(a), SCREEN_HELP);
	assert_int_equal(over_top(a), 0);
	assert_int_equal(act(a, ACT_HELP), DIRTY_ALL);
	assert_int_equal(app_screen(a), SCREEN_NONE);
	assert_false(a->quit);
}

/* The help text of the DL_KEY line i of the help, with its continuation
 * lines, words joined by single spaces; *col gets the column it starts at
 * (after the overlay's indent; columns, not bytes: the star's key "★, *"
 * is wider in bytes), -1 when it is under the keys. */
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
		*col = (int)tl_width(l->s, k);
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
		if (app_screen(a) != SCREEN_HELP)
			act(a, ACT_HELP);
		for (size_t i = 0; i < over_doc(a)->n; i++) {
			const struct dline *l = &over_doc(a)->v[i];
			char *t;
			int col;
			bool known = false;

			assert_true(l->indent + tl_width(l->s, l->len) <= (size_t)cols - 4);
			if (l->kind != DL_KEY)
				continue;
			t = help_text_at(over_doc(a), i, &col);
			if (l->len > l->key_len)    /* beside the keys, after a space at least */
				assert_true(col > (int)tl_width(l->s, l->key_len));
			if (column == -2)
				column = col;
			assert_int_equal(col, column);      /* one column for all */
			for (int x = 1; x < ACT_COUNT; x++)
				known |= strcmp(t, action_help((enum action)x)) == 0;
			known |= screen_help_known(t);
			known |= strcmp(t, "select a line, focus its pane") == 0 ||
				 strcmp(t, "scroll the pane under the pointer") == 0;
			for (size_t r = 0; r < query_nmarks_legend; r++)
				known |= strcmp(t, query_marks_legend[r].meaning) == 0;
			known |= strncmp(t, "codes are colored by class: ", 28) == 0;
			if (!known)
				print_error("at %d columns: help text '%s' is not one of the table's\n",
					    cols, t);
			assert_true(known);
			free(t);
			texts++;
		}
		assert_true(texts >= ACT_COUNT - 1);
		/* at 40 columns, the text of q and Q fits beside them */
		if (cols == 40) {
			size_t q = doc_find(over_doc(a), DL_KEY, "quit (Ctrl-C too)");

			assert_true(q != NO_INDEX && line_starts(&over_doc(a)->v[q], "q, Q "));
		}
	}
}

static void test_sources_overlay(void **state)
{
	struct app *a = *state;
	unsigned want = 0, got = 0;

	assert_int_equal(act(a, ACT_SOURCES), DIRTY_ALL);
	assert_int_equal(app_screen(a), SCREEN_SOURCES);
	assert_true(line_is(&over_doc(a)->v[0], "sources"));
	for (size_t s = 0; s < E->nsources; s++) {
		char head[512];
		size_t i;

		snprintf(head, sizeof(head), "%s", E->sources[s].label);
		for (i = 0; i < over_doc(a)->n; i++)
			if (over_doc(a)->v[i].kind == DL_HEADER && line_is(&over_doc(a)->v[i], head))
				break;
		if (i == over_doc(a)->n)
			print_error("no header for source %s\n", E->sources[s].label);
		assert_true(i < over_doc(a)->n);
		want += E->sources[s].nrepairs;
	}
	for (size_t i = 0; i < over_doc(a)->n; i++) {
		const struct dline *l = &over_doc(a)->v[i];

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
	assert_int_equal(app_screen(a), SCREEN_HELP);
	act(a, ACT_SOURCES);
	assert_int_equal(app_screen(a), SCREEN_SOURCES);
	assert_int_equal(act(a, ACT_SOURCES), DIRTY_ALL);
	assert_int_equal(app_screen(a), SCREEN_NONE);
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
		assert_int_equal(app_screen(a), SCREEN_SOURCES);
		for (size_t i = 0; i < over_doc(a)->n; i++) {
			const struct dline *l = &over_doc(a)->v[i];
			const struct dline *next = i + 1 < over_doc(a)->n ? l + 1 : &(struct dline){ 0 };
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
		assert_int_not_equal(app_screen(a), SCREEN_NONE);
		assert_false(a->quit);
		assert_int_equal(act(a, ACT_QUIT), 0);
		assert_true(a->quit);
		close_app(0);
	}
}

/* Over every screen that covers the panes, q closes it (back to the
 * panes, which stay open) and Q quits; at the search prompt both are
 * text. */
static void test_q_closes_and_Q_quits_every_screen(void **state)
{
	(void)state;
	for (int id = 0; id < SCREEN_COUNT; id++) {
		struct app *a = open_app(0, NULL, false);

		app_resize(a, ROWS, COLS);
		act(a, screen_ops[id]->opens);
		assert_int_equal(app_screen(a), id);
		if (!screen_ops[id]->covers) {
			keys(a, "qQ");
			assert_true(typing(a));
			assert_string_equal(search_text(a), "qQ");
			assert_false(a->quit);
			continue;
		}
		assert_int_equal(press(a, 'q'), DIRTY_ALL);
		assert_int_equal(app_screen(a), SCREEN_NONE);
		assert_false(a->quit);
		act(a, screen_ops[id]->opens);
		assert_int_equal(press(a, 'Q'), 0);
		assert_true(a->quit);
		assert_int_equal(app_screen(a), id);
	}
	close_app(0);
}

static void test_overlay_rebuilt_on_resize(void **state)
{
	struct app *a = *state;

	act(a, ACT_SOURCES);
	app_resize(a, 40, 60);
	for (size_t i = 0; i < over_doc(a)->n; i++)
		assert_true(over_doc(a)->v[i].indent + tl_width(over_doc(a)->v[i].s, over_doc(a)->v[i].len) <= 60 - 4 ||
			    over_doc(a)->v[i].kind == DL_TITLE);
	assert_true(doc_find(over_doc(a), DL_HEADER, "IANA") != NO_INDEX);
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
	while (over_top(a) < i)
		assert_true(act(a, ACT_DOWN) != 0);
	assert_int_equal(over_top(a), i);
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
		scroll_overlay_to(a, doc_find(over_doc(a), places[p].kind, places[p].line));
		for (size_t k = 0; k < ARRAY_SIZE(sizes); k++) {
			size_t at;

			app_resize(a, sizes[k][0], sizes[k][1]);
			at = doc_find(over_doc(a), places[p].kind, places[p].line);
			assert_true(at != NO_INDEX);
			if (at + (size_t)sizes[k][0] - 1 > over_doc(a)->n)
				continue;       /* too near the end to be the top */
			if (over_top(a) != at)
				print_error("%s at %dx%d: line %zu at the top, not %zu\n", places[p].line,
					    sizes[k][1], sizes[k][0], over_top(a), at);
			assert_int_equal(over_top(a), at);
		}
		act(a, ACT_CLOSE);
	}
	/* the end of the help: the line at the top stays in view */
	act(a, ACT_HELP);
	act(a, ACT_BOTTOM);
	{
		const struct dline *top = &over_doc(a)->v[over_top(a)];
		char keys[64];
		size_t nth = 0, at = NO_INDEX;

		assert_int_equal(top->kind, DL_KEY);
		snprintf(keys, sizeof(keys), "%.*s", (int)top->key_len, top->s);
		for (size_t i = 0; i < over_top(a); i++)
			nth += is_key_line(&over_doc(a)->v[i], keys);
		app_resize(a, 24, 40);
		for (size_t i = 0; i < over_doc(a)->n && at == NO_INDEX; i++)
			if (is_key_line(&over_doc(a)->v[i], keys) && !nth--)
				at = i;
		assert_true(at != NO_INDEX);
		assert_true(over_top(a) <= at && at < over_top(a) + 23);
	}
}

/* ---- the legend of the marks -------------------------------------------------- */

/* The key line of the help under "marks in the list" whose keys are keys
 * and whose text is text, or NO_INDEX. */
static size_t legend_line(const struct doc *d, const char *keys, const char *text)
{
	size_t t = doc_find(d, DL_TITLE, "marks in the list");

	for (size_t i = t == NO_INDEX ? d->n : t + 1; i < d->n && d->v[i].kind != DL_TITLE; i++) {
		int col;
		char *h;
		bool is;

		if (d->v[i].kind != DL_KEY || d->v[i].key_len != strlen(keys) ||
		    strncmp(d->v[i].s, keys, d->v[i].key_len) != 0)
			continue;
		h = help_text_at(d, i, &col);
		is = strcmp(h, text) == 0;
		free(h);
		if (is)
			return i;
	}
	return NO_INDEX;
}

/* The help ends with the legend of the list's marks: every row of the
 * marks' table (query.h) with its forms, the browser's then --list's
 * ("ms, microsoft", once where they are one), and what it means; the star
 * as the browser draws it (in ASCII, "*"); then the colors of the
 * codes. It is the last section, after the mouse. */
static void test_help_marks_legend(void **state)
{
	struct app *a = *state;

	for (int ascii = 0; ascii < 2; ascii++) {
		const struct doc *d;
		size_t t;

		if (ascii)
			a = open_app(1, NULL, true);
		act(a, ACT_HELP);
		d = over_doc(a);
		t = doc_find(d, DL_TITLE, "marks in the list");
		assert_true(t != NO_INDEX && t > doc_find(d, DL_TITLE, "mouse"));
		for (size_t r = 0; r < query_nmarks_legend; r++) {
			const struct mark_legend *l = &query_marks_legend[r];
			char keys[64];

			if (l->kind == MARK_STAR)
				snprintf(keys, sizeof(keys), "%s", ascii ? "*" : "\xe2\x98\x85, *");
			else if (strcmp(l->brief, l->full) == 0)
				snprintf(keys, sizeof(keys), "%s", l->brief);
			else
				snprintf(keys, sizeof(keys), "%s, %s", l->brief, l->full);
			if (legend_line(d, keys, l->meaning) == NO_INDEX)
				print_error("no '%s  %s' in the legend\n", keys, l->meaning);
			assert_true(legend_line(d, keys, l->meaning) != NO_INDEX);
		}
		assert_true(legend_line(d, "ms, microsoft", "Microsoft extension") != NO_INDEX);
		assert_true(legend_line(d, "+unoff, +unofficial",
					"a registered code's unofficial entry") != NO_INDEX);
		assert_true(legend_line(d, "1xx-5xx", "codes are colored by class: 1xx blue, "
					"2xx green, 3xx cyan, 4xx yellow, 5xx red; bold where there "
					"are no colors") != NO_INDEX);
		if (ascii)
			assert_doc_ascii(d);
	}
}

/* ---- "not yet" ----------------------------------------------------------------- */

int main(void)
{
#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_help_overlay),
		T(test_help_texts_keep_their_column),
		T(test_sources_overlay),
		T(test_sources_values_fill_their_lines),
		T(test_quit_in_an_overlay),
		T(test_q_closes_and_Q_quits_every_screen),
		T(test_overlay_rebuilt_on_resize),
		T(test_overlays_keep_their_place_on_resize),
		T(test_help_marks_legend),
	};
#undef T

	return cmocka_run_group_tests_name("help and sources", tests, NULL, NULL);
}
