/* Tests of the compare view (src/screen_compare.c): its columns, scrolling,
 * focus, moving columns, the chooser, highlights, closing, other screens
 * over it and back, resizing, ASCII mode, and a random run of its keys;
 * and the way back down the stack of screens. */
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
	char *h = compare_header(cmp_of(a), &cmp_of(a)->cols[i]), *t;

	if (!a->ascii)
		return h;
	t = tl_ascii(h, strlen(h));
	free(h);
	return t;
}

static size_t compare_head_rows(const struct app *a)
{
	size_t most = 1;

	for (size_t i = 0; i < cmp_of(a)->ncols; i++) {
		char *h = shown_header(a, i);
		struct tl_line *l;
		size_t n = tl_wrap_text(h, strlen(h), (unsigned)cmp_width(a), &l);

		most = n > most ? n : most;
		free(l);
		free(h);
	}
	return most < COMPARE_HEAD_MAX ? most : COMPARE_HEAD_MAX;
}

static bool zoomed(const struct app *a)
{
	return compare_screen_zoomed(app_screen_state(a, SCREEN_COMPARE));
}

/* The columns that fit side by side and their width, by compare_layout
 * itself; zoomed, the focused one alone at the whole width. */
static size_t layout(const struct app *a, int *colw)
{
	size_t fit = compare_layout(cmp_of(a)->ncols, a->width - 2, colw);

	if (!zoomed(a))
		return fit;
	*colw = a->width - 2;
	return 1;
}

/* The compare view's title (its rows, and its lines) as it laid it out. */
static int title_rows(const struct app *a)
{
	return compare_screen_title_rows(app_screen_state(a, SCREEN_COMPARE));
}

static const struct doc *title_doc(const struct app *a)
{
	return compare_screen_title(app_screen_state(a, SCREEN_COMPARE));
}

/* Under the title, the headers and their rule, over the status bar. */
static size_t compare_text_rows(const struct app *a)
{
	long rows = (long)a->height - 2 - title_rows(a) - (long)compare_head_rows(a);

	return rows > 1 ? (size_t)rows : 1;
}

/* The lines s wraps to at width, by textlayout itself. */
static size_t wrap_count(const char *s, int width)
{
	struct tl_line *v;
	size_t n = tl_wrap_text(s, strlen(s), (unsigned)width, &v);

	free(v);
	return n;
}

/* The lines a column shows at width: the note that its words are those on
 * its left (when they are), then its text, or the note that the source
 * gives only a name: each wrapped by textlayout itself. */
static size_t wrapped_lines(const struct cmp_col *col, int width)
{
	size_t n = col->same_as_left ? wrap_count(COMPARE_SAME_NOTE, width) : 0;

	return n + wrap_count(col->text[0] ? col->text : CATALOG_NO_TEXT, width);
}

/* The furthest cmp_top can go: the longest column's last line at the
 * bottom row. */
static size_t compare_max_top(const struct app *a)
{
	size_t most = 0, rows = compare_text_rows(a);

	for (size_t i = 0; i < cmp_of(a)->ncols; i++) {
		size_t n = wrapped_lines(&cmp_of(a)->cols[i], cmp_width(a));

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

	assert_int_equal(cmp_head_rows(a), (int)rows);
	assert_int_equal(cmp_head(a)->n, cmp_of(a)->ncols * rows);
	for (size_t k = 0; k < cmp_of(a)->ncols; k++) {
		char *h = shown_header(a, k);
		struct tl_line *l;
		size_t n = tl_wrap_text(h, strlen(h), (unsigned)cmp_width(a), &l);

		for (size_t r = 0; r < rows; r++) {
			const struct dline *x = &cmp_head(a)->v[k * rows + r];

			assert_true(tl_width(x->s, x->len) <= (size_t)cmp_width(a));
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

static bool dline_is(const struct dline *l, const char *s)
{
	return l->len == strlen(s) && memcmp(l->s, s, l->len) == 0;
}

/* Lines from..to of d, their bytes but the spaces, are s's but the spaces:
 * nothing of s is cut. */
static bool lines_hold(const struct doc *d, size_t from, size_t to, const char *s)
{
	for (size_t i = from; i < to; i++)
		for (size_t b = 0; b < d->v[i].len; b++) {
			if (d->v[i].s[b] == ' ' || d->v[i].s[b] == '\n')
				continue;
			while (*s == ' ' || *s == '\n')
				s++;
			if (*s++ != d->v[i].s[b])
				return false;
		}
	while (*s == ' ' || *s == '\n')
		s++;
	return *s == '\0';
}

/* Column k's notes are whole, each wrapped to the width: that its words
 * are those on its left, and for a source that gives only a name, that it
 * does. */
static void assert_notes_whole(const struct app *a, size_t k)
{
	const struct cmp_col *col = &cmp_of(a)->cols[k];
	const struct doc *d = cmp_doc(a, k);
	size_t n = col->same_as_left ? wrap_count(COMPARE_SAME_NOTE, cmp_width(a)) : 0;

	for (size_t i = 0; i < n; i++)
		assert_int_equal(d->v[i].kind, DL_NOTE);
	assert_true(!n || lines_hold(d, 0, n, COMPARE_SAME_NOTE));
	if (col->text[0])
		return;
	for (size_t i = n; i < d->n; i++)
		assert_int_equal(d->v[i].kind, DL_NOTE);
	assert_true(lines_hold(d, n, d->n, CATALOG_NO_TEXT));
}

/* The title keeps the code, its name and "N of M entries" (the words
 * compare_words gives the CLI too) whole: its lines are all of "451
 * Unavailable For Legal Reasons — compare: 2 of its 4 entries" (or
 * without "compare: "), the count on one of them, none wider than the
 * screen; the facts after them on the last row when they fit there with
 * two columns to spare, else on a row of their own, only on a tall enough
 * screen. Its rows are what the view takes. */
static void assert_title_whole(const struct app *a)
{
	const struct doc *t = title_doc(a);
	const struct compare *cmp = cmp_of(a);
	struct compare_words w;
	char one[300], two[300];
	size_t nl = 0, last = 0;
	bool count = false;

	compare_words(cmp, &w);
	snprintf(one, sizeof(one), "%03d %s \xe2\x80\x94 compare: %s", cmp->ci->code, cmp->ci->name,
		 w.count);
	snprintf(two, sizeof(two), "%03d %s \xe2\x80\x94 %s", cmp->ci->code, cmp->ci->name, w.count);
	for (size_t i = 0; i < t->n; i++) {
		assert_true(tl_width(t->v[i].s, t->v[i].len) <= (size_t)a->width - 2);
		if (t->v[i].kind != DL_TITLE)
			continue;
		assert_int_equal(i, nl);
		nl++;
		last = tl_width(t->v[i].s, t->v[i].len);
		count |= memmem(t->v[i].s, t->v[i].len, w.count, strlen(w.count)) != NULL;
	}
	assert_true(nl >= 1 && nl <= 3);
	if (!a->ascii)          /* else transliterated: the widths only */
		assert_true(count && (lines_hold(t, 0, nl, one) || lines_hold(t, 0, nl, two)));
	assert_true(t->n == nl || (t->n == nl + 1 && t->v[nl].kind == DL_NOTE));
	if (t->n > nl && title_rows(a) == (int)nl)
		assert_true(last + 2 + tl_width(t->v[nl].s, t->v[nl].len) <= (size_t)a->width - 2);
	assert_int_equal(title_rows(a), (int)nl + (t->n > nl && title_rows(a) > (int)nl));
	if (a->height < COMPARE_FACTS_ROWS)
		assert_int_equal(title_rows(a), (int)nl);
}

/* The columns are laid out for the width (a border each side), and each
 * column's lines are its notes and text wrapped to their width. */
static void assert_compare_built(const struct app *a)
{
	int colw;
	size_t fit = layout(a, &colw);

	assert_int_equal(cmp_fit(a), fit);
	assert_int_equal(cmp_width(a), colw);
	assert_true(1 + (long)fit * colw + (long)(fit - 1) * COMPARE_SEP <= a->width - 1);
	assert_true(cmp_ndocs(a) >= cmp_of(a)->ncols);
	for (size_t k = 0; k < cmp_of(a)->ncols; k++) {
		const struct doc *d = cmp_doc(a, k);

		assert_int_equal(d->n, wrapped_lines(&cmp_of(a)->cols[k], colw));
		for (size_t i = 0; i < d->n; i++)
			assert_true(d->v[i].indent + tl_width(d->v[i].s, d->v[i].len) <= (size_t)colw);
		assert_notes_whole(a, k);
	}
	assert_compare_headers(a);
	assert_title_whole(a);
}

/* Type the code, c: the compare view of it. */
static void open_compare(struct app *a, const char *code)
{
	keys(a, code);
	assert_int_equal(selected(a), atoi(code));
	assert_int_equal(press(a, 'c'), DIRTY_ALL);
	assert_int_equal(app_screen(a), SCREEN_COMPARE);
	assert_ptr_equal(cmp_of(a)->ci, app_code(a));
	assert_int_equal(cmp_of(a)->ci->code, atoi(code));
	assert_string_equal(a->message, "");
	assert_compare_built(a);
}

static void assert_compare_closed(const struct app *a)
{
	assert_int_equal(cmp_of(a)->ncols, 0);
	assert_null(cmp_of(a)->cols);
	assert_int_equal(cmp_ndocs(a), 0);
	assert_int_equal(cmp_head(a)->n, 0);
}

/* Column k's highlights are exactly its marked words: every byte of a
 * marked word lit, no other byte but the blanks inside a run of them. The
 * number of highlights. */
static size_t assert_highlights_are_marks(const struct app *a, size_t k)
{
	static bool lit[8192];
	const struct cmp_col *col = &cmp_of(a)->cols[k];
	const struct doc *d = cmp_doc(a, k);
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

/* Nothing is highlighted in any column. */
static void assert_no_highlights(const struct app *a)
{
	for (size_t k = 0; k < cmp_of(a)->ncols; k++) {
		assert_int_equal((*cmp_doc(a, k)).nhl, 0);
		for (size_t i = 0; i < (*cmp_doc(a, k)).n; i++)
			assert_int_equal((*cmp_doc(a, k)).v[i].hl_count, 0);
	}
}

/* 4 5 1 c: the legal reasons beside Microsoft's Redirect, at the top, the
 * first column focused, different meanings: no highlights; the list keeps
 * 451. */
static void test_compare_opens_on_451(void **state)
{
	struct app *a = *state;
	size_t list_sel;

	open_compare(a, "451");
	list_sel = a->list_sel;
	assert_int_equal(cmp_of(a)->ncols, 2);
	assert_ptr_equal(cmp_of(a)->cols[0].e, code_entry(451, 1));
	assert_ptr_equal(cmp_of(a)->cols[1].e, code_entry(451, 2));
	assert_string_equal(cmp_of(a)->cols[1].e->name, "Redirect");
	assert_int_equal(cmp_fit(a), 2);
	assert_int_equal(cmp_width(a), (COLS - 2 - COMPARE_SEP) / 2);
	assert_int_equal(cmp_focus(a), 0);
	assert_int_equal(cmp_first(a), 0);
	assert_int_equal(cmp_top(a), 0);
	assert_false(cmp_choosing(a));
	assert_true(cmp_plain(a));
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
	assert_int_equal(cmp_top(a), 1);
	assert_int_equal(press(a, K_DOWN), DIRTY_OVERLAY);
	assert_int_equal(cmp_top(a), 2);
	assert_int_equal(press(a, 'k'), DIRTY_OVERLAY);
	assert_int_equal(cmp_top(a), 1);
	assert_int_equal(press(a, K_PGDN), DIRTY_OVERLAY);
	assert_int_equal(cmp_top(a), 1 + rows - 1);
	assert_int_equal(press(a, K_PGUP), DIRTY_OVERLAY);
	assert_int_equal(cmp_top(a), 1);
	assert_int_equal(press(a, ' '), DIRTY_OVERLAY);
	assert_int_equal(cmp_top(a), rows);
	assert_int_equal(press(a, 'G'), DIRTY_OVERLAY);
	assert_int_equal(cmp_top(a), max);
	assert_int_equal(press(a, 'j'), 0);
	assert_int_equal(press(a, K_PGDN), 0);
	assert_int_equal(cmp_top(a), max);
	assert_int_equal(press(a, 'g'), DIRTY_OVERLAY);
	assert_int_equal(cmp_top(a), 0);
	for (size_t i = 0; i < max + 5; i++)
		press(a, 'j');
	assert_int_equal(cmp_top(a), max);
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
	assert_int_equal(cmp_of(a)->ncols, 2);
	keys(a, "sj j s");
	assert_false(cmp_choosing(a));
	assert_int_equal(cmp_of(a)->ncols, 4);
	assert_ptr_equal(cmp_of(a)->cols[2].e, code_entry(404, 1));
	assert_ptr_equal(cmp_of(a)->cols[3].e, code_entry(404, 2));
	assert_int_equal(cmp_fit(a), 1);
	assert_int_equal(cmp_width(a), 48);
	assert_int_equal(press(a, 'h'), 0);
	for (size_t k = 1; k < 4; k++) {
		assert_int_equal(press(a, 'l'), DIRTY_OVERLAY);
		assert_int_equal(cmp_focus(a), k);
		assert_int_equal(cmp_first(a), k);
	}
	assert_int_equal(press(a, 'l'), 0);
	assert_int_equal(press(a, K_TAB), 0);
	assert_int_equal(cmp_focus(a), 3);
	/* wider: three fit, the last three shown, the focus kept */
	app_resize(a, ROWS, 80);
	assert_compare_built(a);
	assert_int_equal(cmp_fit(a), 3);
	assert_int_equal(cmp_focus(a), 3);
	assert_int_equal(cmp_first(a), 1);
	assert_int_equal(press(a, 'h'), DIRTY_OVERLAY);
	assert_int_equal(cmp_focus(a), 2);
	assert_int_equal(cmp_first(a), 1);
	assert_int_equal(press(a, K_BTAB), DIRTY_OVERLAY);
	assert_int_equal(cmp_focus(a), 1);
	assert_int_equal(cmp_first(a), 1);
	assert_int_equal(press(a, K_LEFT), DIRTY_OVERLAY);
	assert_int_equal(cmp_focus(a), 0);
	assert_int_equal(cmp_first(a), 0);
	assert_int_equal(press(a, 'h'), 0);
	/* narrow again: the focused column is the one shown */
	press(a, 'l');
	app_resize(a, ROWS, 50);
	assert_int_equal(cmp_focus(a), 1);
	assert_int_equal(cmp_first(a), 1);
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
	assert_ptr_equal(cmp_of(a)->cols[0].e, redirect);
	assert_ptr_equal(cmp_of(a)->cols[1].e, legal);
	assert_int_equal(cmp_focus(a), 1);
	assert_compare_built(a);
	assert_true(line_starts(&cmp_doc(a, 0)->v[0], "Used in Exchange ActiveSync"));
	assert_int_equal(press(a, ']'), 0);
	assert_int_equal(press(a, '['), DIRTY_OVERLAY);
	assert_ptr_equal(cmp_of(a)->cols[0].e, legal);
	assert_ptr_equal(cmp_of(a)->cols[1].e, redirect);
	assert_int_equal(cmp_focus(a), 0);
	assert_true(line_starts(&cmp_doc(a, 0)->v[0], "A server operator"));
	/* three columns: the middle one to the front, then to the back */
	keys(a, "s s");
	assert_int_equal(cmp_of(a)->ncols, 3);
	assert_ptr_equal(cmp_of(a)->cols[2].e, hs);
	press(a, 'l');
	assert_int_equal(press(a, '['), DIRTY_OVERLAY);
	assert_ptr_equal(cmp_of(a)->cols[0].e, redirect);
	assert_ptr_equal(cmp_of(a)->cols[1].e, legal);
	assert_ptr_equal(cmp_of(a)->cols[2].e, hs);
	assert_int_equal(cmp_focus(a), 0);
	press(a, ']');
	press(a, ']');
	assert_ptr_equal(cmp_of(a)->cols[0].e, legal);
	assert_ptr_equal(cmp_of(a)->cols[1].e, hs);
	assert_ptr_equal(cmp_of(a)->cols[2].e, redirect);
	assert_int_equal(cmp_focus(a), 2);
	/* the marks follow: Redirect now beside httpstatuses' empty text */
	for (size_t i = 0; i < cmp_of(a)->cols[2].words.n; i++)
		assert_true(cmp_of(a)->cols[2].words.w[i].unique == (cmp_of(a)->cols[2].words.w[i].key != 0));
	assert_compare_built(a);
}

/* From the compare view's chooser, key opens screen o over it, and Esc
 * comes back to the chooser. */
static void assert_over_chooser_returns(struct app *a, int key, enum screen_id o)
{
	assert_true(cmp_choosing(a));
	assert_int_equal(press(a, key), DIRTY_ALL);
	assert_int_equal(app_screen(a), o);
	press(a, K_ESC);
	assert_int_equal(app_screen(a), SCREEN_COMPARE);
	assert_true(cmp_choosing(a));
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
		if (compare_find(cmp_of(a), code_entry(451, i)) >= 0)
			press(a, ' ');
	assert_int_equal(cmp_of(a)->ncols, 0);
	assert_int_equal(press(a, 's'), DIRTY_STATUS);
	assert_true(cmp_choosing(a));
	assert_string_equal(a->message, "choose an entry first: Space puts one in");
	assert_int_equal(press(a, K_ESC), DIRTY_STATUS);
	assert_true(cmp_choosing(a));
	press(a, ' ');
	assert_int_equal(cmp_of(a)->ncols, 1);
	assert_int_equal(press(a, 's'), DIRTY_OVERLAY | DIRTY_STATUS);
	assert_false(cmp_choosing(a));
	press(a, K_ESC);
	assert_int_equal(app_screen(a), SCREEN_NONE);

	type(a, "104");
	assert_int_equal(selected(a), 104);
	assert_int_equal(catalog_code(E, 104)->count, 1);
	press(a, 'c');
	assert_int_equal(app_screen(a), SCREEN_COMPARE);
	assert_int_equal(cmp_of(a)->ncols, 1);
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
	assert_int_equal(cmp_of(a)->ncols, 1);
	assert_string_equal(a->message,
			    "450: only one entry is shown, nothing to compare it with (s chooses)");
	/* g and G in the chooser; f over it comes back to it */
	press(a, 's');
	press(a, 'G');
	assert_int_equal(cmp_choice(a), catalog_code(E, 450)->count - 1);
	press(a, 'g');
	assert_int_equal(cmp_choice(a), 0);
	assert_over_chooser_returns(a, 'f', SCREEN_FILTERS);
}

/* A click on a column gives it the focus; in the chooser, on an entry,
 * puts it in or takes it out. */
static void test_compare_click(void **state)
{
	struct app *a = *state;
	int x1;

	open_compare(a, "451");
	assert_int_equal(cmp_of(a)->ncols, 2);
	assert_int_equal(cmp_focus(a), 0);
	x1 = 1 + cmp_width(a) + COMPARE_SEP + 2;
	assert_int_equal(app_click(a, 5, x1), DIRTY_OVERLAY);
	assert_int_equal(cmp_focus(a), 1);
	assert_int_equal(app_click(a, 5, x1), 0);
	assert_int_equal(app_click(a, 5, 2), DIRTY_OVERLAY);
	assert_int_equal(cmp_focus(a), 0);
	press(a, 's');
	assert_int_equal(compare_find(cmp_of(a), code_entry(451, 0)), -1);
	app_click(a, title_rows(a) + 2, 5);  /* the first entry's row */
	assert_int_equal(cmp_choice(a), 0);
	assert_int_equal(cmp_of(a)->ncols, 3);
	assert_true(compare_find(cmp_of(a), code_entry(451, 0)) >= 0);
	assert_int_equal(app_click(a, title_rows(a) + 1, 5), 0);
	assert_int_equal(app_click(a, title_rows(a) + 2 + (int)catalog_code(E, 451)->count, 5), 0);
	assert_int_equal(cmp_of(a)->ncols, 3);
}

/* s opens the chooser: j k move in the code's entries, Space and Enter put
 * one in (at the end) or take it out, s or Esc close it; the view stays. */
static void test_compare_chooser_toggles_entries(void **state)
{
	struct app *a = *state;
	const struct code_info *ci = catalog_code(E, 451);

	open_compare(a, "451");
	assert_int_equal(press(a, 's'), DIRTY_OVERLAY | DIRTY_STATUS);
	assert_true(cmp_choosing(a));
	assert_int_equal(cmp_choice(a), 0);
	assert_int_equal(press(a, 'k'), 0);
	/* httpstatuses in */
	assert_int_equal(press(a, ' '), DIRTY_OVERLAY | DIRTY_STATUS);
	assert_int_equal(cmp_of(a)->ncols, 3);
	assert_ptr_equal(cmp_of(a)->cols[2].e, code_entry(451, 0));
	assert_compare_built(a);
	/* the legal reasons out */
	assert_int_equal(press(a, 'j'), DIRTY_OVERLAY);
	assert_int_equal(cmp_choice(a), 1);
	press(a, ' ');
	assert_int_equal(cmp_of(a)->ncols, 2);
	assert_ptr_equal(cmp_of(a)->cols[0].e, code_entry(451, 2));
	assert_ptr_equal(cmp_of(a)->cols[1].e, code_entry(451, 0));
	assert_int_equal(compare_find(cmp_of(a), code_entry(451, 1)), -1);
	/* Enter puts it back, at the end */
	press(a, K_ENTER);
	assert_int_equal(cmp_of(a)->ncols, 3);
	assert_int_equal(compare_find(cmp_of(a), code_entry(451, 1)), 2);
	assert_compare_built(a);
	/* the chooser's keys stop at its ends; the view's keys do nothing */
	keys(a, "jjjjjj");
	assert_int_equal(cmp_choice(a), ci->count - 1);
	assert_int_equal(press(a, 'd'), 0);
	assert_int_equal(press(a, ']'), 0);
	assert_int_equal(press(a, 'l'), 0);
	assert_true(cmp_plain(a));      /* as 451 opened: different meanings */
	assert_int_equal(cmp_focus(a), 0);
	/* s closes it */
	assert_int_equal(press(a, 's'), DIRTY_OVERLAY | DIRTY_STATUS);
	assert_false(cmp_choosing(a));
	assert_int_equal(app_screen(a), SCREEN_COMPARE);
	assert_int_equal(cmp_of(a)->ncols, 3);
	/* Esc closes it too, and only it */
	press(a, 's');
	assert_int_equal(press(a, K_ESC), DIRTY_OVERLAY | DIRTY_STATUS);
	assert_false(cmp_choosing(a));
	assert_int_equal(app_screen(a), SCREEN_COMPARE);
	assert_int_equal(cmp_of(a)->ncols, 3);
	/* and l is the view's again */
	assert_int_equal(press(a, 'l'), DIRTY_OVERLAY);
	assert_int_equal(cmp_focus(a), 1);
}

/* Taking the focused column out moves the focus to a column that is left. */
static void test_compare_chooser_keeps_the_focus_in_range(void **state)
{
	struct app *a = *state;

	open_compare(a, "451");
	press(a, 'l');
	assert_int_equal(cmp_focus(a), 1);
	keys(a, "sjj ");      /* Redirect, the focused one, out */
	assert_int_equal(cmp_of(a)->ncols, 1);
	assert_int_equal(cmp_focus(a), 0);
	assert_int_equal(cmp_first(a), 0);
	assert_compare_built(a);
}

/* A column's notes wrap as its text does, never cut: at 80 columns the
 * httpstatuses entry of 451 (a name only) says so on two lines; at 200
 * with 413's eight entries, in columns of 21; the note that a column's
 * words are those on its left wraps too (404's httpstatuses and REST: RFC
 * text say the same). */
static void test_compare_notes_wrap_whole(void **state)
{
	struct app *a = *state;
	const struct entry *hs = code_entry(451, 0);
	size_t k;

	app_resize(a, 24, 80);
	open_compare(a, "451");
	keys(a, "s s");
	assert_false(hs->text[0]);
	k = (size_t)compare_find(cmp_of(a), hs);
	assert_int_equal(k, 2);
	assert_true(cmp_width(a) < (int)strlen(CATALOG_NO_TEXT));
	assert_int_equal(cmp_doc(a, k)->n, 2);
	assert_compare_built(a);
	press(a, K_ESC);
	app_resize(a, 50, 200);
	open_compare(a, "413");
	press(a, 's');
	for (size_t i = 0; i < catalog_code(E, 413)->count; i++, press(a, 'j'))
		if (compare_find(cmp_of(a), code_entry(413, i)) < 0)
			press(a, ' ');
	press(a, 's');
	assert_int_equal(cmp_of(a)->ncols, 8);
	assert_true(cmp_width(a) < (int)strlen(CATALOG_NO_TEXT));
	assert_compare_built(a);
	for (k = 0; k < 8 && cmp_of(a)->cols[k].text[0]; k++)
		;
	assert_true(k < 8 && cmp_doc(a, k)->n > 1);
	press(a, K_ESC);
	/* two columns of the same words, three columns wide */
	app_resize(a, 24, 80);
	open_compare(a, "404");
	assert_true(compare_same_words(code_entry(404, 0), code_entry(404, 3)));
	compare_screen_show(a, (const struct entry *[]){ code_entry(404, 2), code_entry(404, 0),
			    code_entry(404, 3) }, 3);
	assert_true(cmp_of(a)->cols[2].same_as_left);
	assert_true(cmp_width(a) < (int)strlen(COMPARE_SAME_NOTE));
	assert_int_equal(cmp_doc(a, 2)->v[0].kind, DL_NOTE);
	assert_int_equal(cmp_doc(a, 2)->v[1].kind, DL_NOTE);
	assert_int_equal(cmp_doc(a, 2)->v[2].kind, DL_TEXT);
	assert_compare_built(a);
}

/* 451 at 80x24: the code, its name and "compare: 2 of its 4 entries" on
 * the title line, the facts under it; at 40x10 the name and the count on
 * two rows, the count beside "different meanings" without "compare: "
 * (not "1 hidden (h/l)", a less important fact, nor the highlights); at
 * 140 it all goes on one. 420 has one entry in all: "1 entry" and
 * "nothing to compare it with", as --compare words it. Every code at 40
 * and 80 columns keeps its title whole (450's name alone is 40 columns). */
static void test_compare_title_keeps_its_facts(void **state)
{
	struct app *a = *state;
	const struct doc *t;

	app_resize(a, 24, 80);
	open_compare(a, "451");
	t = title_doc(a);
	assert_int_equal(title_rows(a), 2);
	assert_true(dline_is(&t->v[0], "451 Unavailable For Legal Reasons \xe2\x80\x94 compare: 2 of its 4 entries"));
	assert_int_equal(t->v[1].kind, DL_NOTE);
	assert_true(dline_is(&t->v[1], "different meanings, differences off"));
	assert_title_whole(a);
	app_resize(a, 10, 40);
	assert_int_equal(title_rows(a), 2);
	assert_true(dline_is(&t->v[0], "451 Unavailable For Legal Reasons \xe2\x80\x94"));
	assert_true(dline_is(&t->v[1], "2 of its 4 entries"));
	assert_true(dline_is(&t->v[2], "different meanings"));
	assert_title_whole(a);
	app_resize(a, 40, 140);
	assert_int_equal(title_rows(a), 1);
	assert_int_equal(t->n, 2);
	assert_title_whole(a);
	press(a, K_ESC);
	app_resize(a, 24, 80);
	type(a, "420");
	press(a, 'c');
	assert_int_equal(cmp_of(a)->ncols, 1);
	assert_true(dline_is(&t->v[0], "420 Enhance Your Calm \xe2\x80\x94 compare: 1 entry"));
	assert_true(line_starts(&t->v[1], "nothing to compare it with, differences o"));
	press(a, K_ESC);
	for (size_t i = 0; i < E->ncodes; i++) {
		char code[8];

		snprintf(code, sizeof(code), "%03d", E->codes[i].code);
		for (int cols = 40; cols <= 80; cols += 40) {
			app_resize(a, cols == 40 ? 10 : 24, cols);
			type(a, code);
			if (press(a, 'c') != DIRTY_ALL)
				continue;       /* nothing of it shows */
			assert_title_whole(a);
			assert_compare_built(a);
			press(a, K_ESC);
		}
	}
}

/* d: no highlights; d again: the marked words lit again. */
static void test_compare_d_toggles_the_highlights(void **state)
{
	struct app *a = *state;
	size_t before[2];

	open_compare(a, "404");
	assert_false(cmp_of(a)->clash);
	assert_false(cmp_plain(a));
	for (size_t k = 0; k < 2; k++) {
		before[k] = assert_highlights_are_marks(a, k);
		assert_true(before[k] > 0);
	}
	assert_int_equal(press(a, 'd'), DIRTY_OVERLAY);
	assert_true(cmp_plain(a));
	assert_no_highlights(a);
	assert_compare_built(a);
	assert_int_equal(press(a, 'd'), DIRTY_OVERLAY);
	assert_false(cmp_plain(a));
	for (size_t k = 0; k < 2; k++)
		assert_int_equal(assert_highlights_are_marks(a, k), before[k]);
}

/* Different meanings differ in nearly every word: 451, 499 and 308 open
 * with no highlight, the title saying "different meanings" and
 * "differences off"; d lights the marked words all the same. A rename
 * (413) and one name (404) open with them. Each opening follows the rule
 * again, whatever d did before. */
static void test_compare_clash_starts_without_highlights(void **state)
{
	static const char *const clashes[] = { "451", "499", "308" };
	struct app *a = *state;

	app_resize(a, 24, 80);
	for (size_t i = 0; i < ARRAY_SIZE(clashes); i++) {
		open_compare(a, clashes[i]);
		assert_true(cmp_of(a)->clash);
		assert_true(cmp_plain(a));
		assert_no_highlights(a);
		assert_true(doc_find(title_doc(a), DL_NOTE, "different meanings, differences off") != NO_INDEX);
		assert_int_equal(press(a, 'd'), DIRTY_OVERLAY);
		assert_false(cmp_plain(a));
		assert_true(assert_highlights_are_marks(a, 0) > 0);
		assert_true(doc_find(title_doc(a), DL_NOTE, "different meanings, differences on") != NO_INDEX);
		press(a, K_ESC);
	}
	open_compare(a, "451");
	assert_true(cmp_plain(a));
	press(a, K_ESC);
	for (size_t i = 0; i < 2; i++) {
		open_compare(a, i ? "404" : "413");
		assert_false(cmp_of(a)->clash);
		assert_false(cmp_plain(a));
		assert_true(assert_highlights_are_marks(a, 1) > 0);
		assert_true(doc_find(title_doc(a), DL_NOTE, "different") == NO_INDEX);
		press(a, K_ESC);
	}
}

/* Typing a code in the compare view compares it: the digits in a->digits
 * (the status bar's "jump: 49_") until the third; then the code's default
 * columns, and the panes select it, so that Esc leaves them on it. A code
 * with one entry, or none, or hidden, is not compared: the view stays on
 * its code and the status bar says why. In the chooser, digits do
 * nothing. */
static void test_compare_typing_a_code_compares_it(void **state)
{
	struct app *a = *state;
	struct app *b;

	open_compare(a, "451");
	assert_int_equal(type(a, "4"), DIRTY_STATUS);
	assert_int_equal(type(a, "9"), DIRTY_STATUS);
	assert_int_equal(a->ndigits, 2);
	assert_string_equal(a->digits, "49");
	assert_int_equal(cmp_of(a)->ci->code, 451);
	assert_true(type(a, "9") & DIRTY_ALL);
	assert_int_equal(a->ndigits, 0);
	assert_int_equal(app_screen(a), SCREEN_COMPARE);
	assert_int_equal(cmp_of(a)->ci->code, 499);
	assert_int_equal(selected(a), 499);
	assert_ptr_equal(cmp_of(a)->ci, app_code(a));
	assert_int_equal(cmp_of(a)->ncols, 2);
	assert_true(cmp_plain(a));      /* 499 is a clash too */
	assert_compare_built(a);
	/* a key that is not a digit forgets the digits typed */
	type(a, "4");
	press(a, 'j');
	assert_int_equal(a->ndigits, 0);
	press(a, K_ESC);
	assert_int_equal(app_screen(a), SCREEN_NONE);
	assert_int_equal(selected(a), 499);
	/* nothing to compare: the view stays where it was */
	open_compare(a, "404");
	assert_int_equal(type(a, "104"), DIRTY_STATUS);
	assert_string_equal(a->message, "104: only one entry in all, nothing to compare it with");
	assert_int_equal(cmp_of(a)->ci->code, 404);
	assert_int_equal(selected(a), 404);
	assert_int_equal(type(a, "299"), DIRTY_STATUS);
	assert_string_equal(a->message, "No source defines 299. 2xx means Success.");
	assert_int_equal(type(a, "600"), DIRTY_STATUS);
	assert_string_equal(a->message, "No source defines 600. 6xx is not a class of HTTP status codes.");
	assert_int_equal(cmp_of(a)->ci->code, 404);
	/* in the chooser, digits do nothing */
	press(a, 's');
	assert_int_equal(type(a, "451"), 0);
	assert_int_equal(cmp_of(a)->ci->code, 404);
	press(a, 's');
	press(a, K_ESC);
	/* from a class's list to a code of another class: the tree follows */
	select_node_by_keys(a, 3, -1);
	press(a, K_TAB);
	assert_int_equal(a->focus, PANE_LIST);
	press(a, 'c');
	assert_int_equal(cmp_of(a)->ci->code / 100, 3);
	type(a, "413");
	assert_int_equal(cmp_of(a)->ci->code, 413);
	assert_int_equal(app_node(a)->cls, 4);
	assert_int_equal(selected(a), 413);
	assert_ptr_equal(cmp_of(a)->ci, app_code(a));
	press(a, K_ESC);
	assert_int_equal(selected(a), 413);
	/* a code the filters hide says so */
	b = open_hiding("nginx");
	open_compare(b, "451");
	assert_int_equal(type(b, "444"), DIRTY_STATUS);
	assert_string_equal(b->message, "444 is defined, but the filters hide it.");
	assert_int_equal(cmp_of(b)->ci->code, 451);
}

/* } and { compare the next and the previous code whose sources give
 * different names, in the list's order, round past its ends, saying
 * which of how many; the panes follow. Under filters that leave 451 one
 * name, it is not one of them. */
static void test_compare_next_and_previous_conflict(void **state)
{
	static const int conflicts[] = { 306, 308, 413, 414, 416, 418, 421, 422, 425, 444, 451, 499 };
	struct app *a = *state, *b;

	open_compare(a, "306");
	for (size_t i = 1; i <= ARRAY_SIZE(conflicts); i++) {
		size_t k = i % ARRAY_SIZE(conflicts);
		char want[64];

		assert_true(press(a, '}') & DIRTY_ALL);
		assert_int_equal(cmp_of(a)->ci->code, conflicts[k]);
		assert_int_equal(selected(a), conflicts[k]);
		assert_true(cmp_of(a)->ci->nnames > 1);
		snprintf(want, sizeof(want), "conflict %zu of %zu%s", k + 1, ARRAY_SIZE(conflicts),
			 k ? "" : ", from the top");
		assert_string_equal(a->message, want);
		assert_compare_built(a);
	}
	assert_true(press(a, '{') & DIRTY_ALL);
	assert_int_equal(cmp_of(a)->ci->code, 499);
	assert_string_equal(a->message, "conflict 12 of 12, from the bottom");
	press(a, '{');
	assert_int_equal(cmp_of(a)->ci->code, 451);
	assert_string_equal(a->message, "conflict 11 of 12");
	/* from a code that is none: the next one after it */
	press(a, K_ESC);
	open_compare(a, "404");
	press(a, '}');
	assert_int_equal(cmp_of(a)->ci->code, 413);
	press(a, K_ESC);
	assert_int_equal(selected(a), 413);
	b = open_hiding("microsoft");
	open_compare(b, "444");
	press(b, '}');
	assert_int_equal(cmp_of(b)->ci->code, 499);
	assert_string_equal(b->message, "conflict 11 of 11");
}

/* z shows the focused column alone at the whole width, rewrapped, the
 * title saying so; h and l go from column to column; z again puts them
 * side by side, the focus kept. The zoom stays for another code typed,
 * not for the next opening. In the chooser, z does nothing. */
static void test_compare_zoom(void **state)
{
	struct app *a = *state;

	app_resize(a, 24, 80);
	open_compare(a, "451");
	assert_int_equal(cmp_fit(a), 2);
	assert_int_equal(press(a, 'z'), DIRTY_OVERLAY);
	assert_true(zoomed(a));
	assert_int_equal(cmp_fit(a), 1);
	assert_int_equal(cmp_width(a), 78);
	assert_int_equal(cmp_first(a), 0);
	assert_true(doc_find(title_doc(a), DL_NOTE, "zoomed (z)") != NO_INDEX);
	assert_compare_built(a);
	assert_int_equal(press(a, 'l'), DIRTY_OVERLAY);
	assert_int_equal(cmp_focus(a), 1);
	assert_int_equal(cmp_first(a), 1);
	assert_true(line_starts(&cmp_head(a)->v[cmp_head_rows(a)], "Wikipedia list: Redirect (Microsoft)"));
	assert_int_equal(press(a, 'z'), DIRTY_OVERLAY);
	assert_false(zoomed(a));
	assert_int_equal(cmp_fit(a), 2);
	assert_int_equal(cmp_focus(a), 1);
	assert_int_equal(cmp_first(a), 0);
	assert_true(doc_find(title_doc(a), DL_NOTE, "zoom") == NO_INDEX);
	assert_compare_built(a);
	press(a, 'z');
	type(a, "413");
	assert_int_equal(cmp_of(a)->ci->code, 413);
	assert_true(zoomed(a));
	assert_compare_built(a);
	press(a, 's');
	assert_int_equal(press(a, 'z'), 0);
	assert_true(zoomed(a));
	press(a, 's');
	press(a, K_ESC);
	press(a, 'c');
	assert_false(zoomed(a));
	assert_int_equal(cmp_fit(a), 3);
}

/* Esc and c leave the compare view and free it; the list is as it was. */
static void test_compare_esc_and_c_close(void **state)
{
	struct app *a = *state;
	size_t sel;

	open_compare(a, "451");
	assert_int_equal(press(a, K_ESC), DIRTY_ALL);
	assert_int_equal(app_screen(a), SCREEN_NONE);
	assert_compare_closed(a);
	assert_int_equal(selected(a), 451);
	assert_int_equal(a->focus, PANE_LIST);
	assert_int_equal(press(a, 'c'), DIRTY_ALL);
	assert_int_equal(app_screen(a), SCREEN_COMPARE);
	assert_int_equal(cmp_of(a)->ncols, 2);
	assert_int_equal(press(a, 'c'), DIRTY_ALL);
	assert_int_equal(app_screen(a), SCREEN_NONE);
	assert_compare_closed(a);
	/* the panes' keys work again */
	sel = a->list_sel;
	assert_int_equal(press(a, 'j'), LIST_MOVE);
	assert_int_equal(a->list_sel, sel + 1);
}

/* q closes the view (in the chooser, the chooser), as in tig and less; Q
 * quits, from the columns and from the chooser. */
static void test_compare_q_closes_and_Q_quits(void **state)
{
	struct app *a = *state;

	open_compare(a, "451");
	assert_int_equal(press(a, 'q'), DIRTY_ALL);
	assert_int_equal(app_screen(a), SCREEN_NONE);
	assert_compare_closed(a);
	assert_false(a->quit);
	open_compare(a, "451");
	press(a, 'Q');
	assert_true(a->quit);
	a->quit = false;
	press(a, 's');
	assert_true(cmp_choosing(a));
	assert_int_equal(press(a, 'q'), DIRTY_OVERLAY | DIRTY_STATUS);
	assert_false(cmp_choosing(a));
	assert_int_equal(app_screen(a), SCREEN_COMPARE);
	assert_false(a->quit);
	press(a, 's');
	press(a, 'Q');
	assert_true(a->quit);
}

/* ? S f from the compare view open their screen in its place. */
static void test_compare_other_overlays_replace_it(void **state)
{
	static const struct {
		int key;
		enum screen_id o;
	} cases[] = { { '?', SCREEN_HELP }, { 'S', SCREEN_SOURCES }, { 'f', SCREEN_FILTERS } };
	struct app *a = *state;

	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		if (i == 0)
			open_compare(a, "451");
		else
			assert_int_equal(press(a, 'c'), DIRTY_ALL);
		assert_int_equal(app_screen(a), SCREEN_COMPARE);
		assert_int_equal(press(a, cases[i].key), DIRTY_ALL);
		assert_int_equal(app_screen(a), cases[i].o);
		assert_true(over_doc(a)->n > 0);
		/* over it, the compare view kept: Esc goes back to it */
		assert_int_equal(under(a), 1);
		assert_int_equal(a->stack[0], SCREEN_COMPARE);
		assert_compare_built(a);
		press(a, K_ESC);
		assert_int_equal(app_screen(a), SCREEN_COMPARE);
		assert_int_equal(under(a), 0);
		assert_compare_built(a);
		press(a, K_ESC);
		assert_int_equal(app_screen(a), SCREEN_NONE);
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
	assert_int_equal(app_screen(a), SCREEN_NONE);
	assert_int_equal(under(a), 0);
	assert_compare_closed(a);
	press(a, 'f');
	press(a, 'a');
	press(a, K_ESC);
	type(a, "451");
	/* from the chooser too: back to it */
	assert_int_equal(press(a, 'c'), DIRTY_ALL);
	press(a, 's');
	assert_true(cmp_choosing(a));
	assert_over_chooser_returns(a, '?', SCREEN_HELP);
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
		top = over_top(a);
		assert_int_equal(top, 5);
		assert_int_equal(press(a, '?'), DIRTY_ALL);
		assert_int_equal(app_screen(a), SCREEN_HELP);
		assert_int_equal(under(a), 1);
		assert_int_equal(a->stack[0], SCREEN_SOURCES);
		assert_int_equal(over_top(a), 0);
		assert_true(line_starts(&over_doc(a)->v[0], "httpcodes "));
		keys(a, "jj");
		assert_int_equal(press(a, back_keys[k]), DIRTY_ALL);
		assert_int_equal(app_screen(a), SCREEN_SOURCES);
		assert_int_equal(under(a), 0);
		assert_true(line_is(&over_doc(a)->v[0], "sources"));
		assert_int_equal(over_top(a), top);
		press(a, K_ESC);
		assert_int_equal(app_screen(a), SCREEN_NONE);
	}
	/* the filters panel: its selected item */
	press(a, 'f');
	keys(a, "jjj");
	assert_int_equal(panel_item(a), 3);
	press(a, '?');
	assert_int_equal(app_screen(a), SCREEN_HELP);
	assert_int_equal(over_sel(a), -1);
	press(a, K_ESC);
	assert_int_equal(app_screen(a), SCREEN_FILTERS);
	assert_int_equal(panel_item(a), 3);
	assert_true(over_sel(a) > 0 && panel_checked(&over_doc(a)->v[over_sel(a)]));
	assert_true(app_key(a, ' ') != 0);      /* its keys work again */
	assert_false(panel_checked(&over_doc(a)->v[over_sel(a)]));
	press(a, ' ');
	/* S over the help over it: three deep, and back one at a time */
	press(a, '?');
	assert_int_equal(press(a, 'S'), DIRTY_ALL);
	assert_int_equal(app_screen(a), SCREEN_SOURCES);
	assert_int_equal(under(a), 2);
	press(a, K_ESC);
	assert_int_equal(app_screen(a), SCREEN_HELP);
	press(a, K_ESC);
	assert_int_equal(app_screen(a), SCREEN_FILTERS);
	assert_int_equal(panel_item(a), 3);
	/* f there goes straight back down to the panel, and closes it */
	press(a, '?');
	press(a, 'S');
	assert_int_equal(press(a, 'f'), DIRTY_ALL);
	assert_int_equal(app_screen(a), SCREEN_FILTERS);
	assert_int_equal(under(a), 0);
	press(a, 'f');
	assert_int_equal(app_screen(a), SCREEN_NONE);
	/* the compare view: kept under the help, resized with it */
	open_compare(a, "451");
	press(a, 'l');
	assert_int_equal(cmp_focus(a), 1);
	press(a, '?');
	assert_int_equal(app_screen(a), SCREEN_HELP);
	assert_true(cmp_of(a)->ncols > 0);
	app_resize(a, 24, 80);
	assert_int_equal(press(a, 'c'), DIRTY_ALL);
	assert_int_equal(app_screen(a), SCREEN_COMPARE);
	assert_int_equal(cmp_focus(a), 1);
	assert_compare_built(a);
	/* f over the help over it: the compare view stays under both */
	press(a, '?');
	assert_int_equal(press(a, 'f'), DIRTY_ALL);
	assert_int_equal(app_screen(a), SCREEN_FILTERS);
	assert_int_equal(under(a), 2);
	assert_true(cmp_of(a)->ncols > 0);
	press(a, K_ESC);
	press(a, K_ESC);
	assert_int_equal(app_screen(a), SCREEN_COMPARE);
	assert_int_equal(cmp_focus(a), 1);
	assert_compare_built(a);
	press(a, K_ESC);
	assert_int_equal(app_screen(a), SCREEN_NONE);
	assert_compare_closed(a);
	/* from the panes, Esc closes the help as ever; q closes it back to
	 * the compare view; Q quits from anywhere */
	press(a, '?');
	assert_int_equal(under(a), 0);
	press(a, K_ESC);
	assert_int_equal(app_screen(a), SCREEN_NONE);
	open_compare(a, "451");
	press(a, '?');
	press(a, 'q');
	assert_int_equal(app_screen(a), SCREEN_COMPARE);
	assert_false(a->quit);
	press(a, '?');
	press(a, 'Q');
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
	while (strcmp(E->sources[E->entries[cmp_of(a)->ci->first + cmp_choice(a)].source].id, "iana"))
		press(a, 'j');
	press(a, ' ');
	press(a, 's');
	assert_false(cmp_choosing(a));
	assert_int_equal(cmp_of(a)->ncols, 3);
	assert_int_equal(cmp_fit(a), 3);
	assert_compare_built(a);
	assert_int_equal(cmp_head_rows(a), 2);
	for (size_t i = 0; i < cmp_head(a)->n; i++)
		found += line_is(&cmp_head(a)->v[i], "(Microsoft)") ||
			 line_starts(&cmp_head(a)->v[i], "For Legal Reasons");
	assert_int_equal(found, 2);
	press(a, 'G');
	assert_int_equal(cmp_top(a), compare_max_top(a));
	for (int cols = APP_MIN_COLS; cols <= 200; cols += 7) {
		app_resize(a, 24, cols);
		assert_compare_built(a);
		assert_true(cmp_top(a) <= compare_max_top(a));
	}
}

/* Resizing rebuilds the columns for the new width and keeps cmp_top in
 * range; too small and back, the view is still there. */
static void test_compare_resize_rebuilds(void **state)
{
	struct app *a = *state;

	app_resize(a, 12, 60);
	open_compare(a, "404");   /* two columns, CN's long text */
	assert_int_equal(cmp_width(a), 27);
	press(a, 'G');
	assert_int_equal(cmp_top(a), compare_max_top(a));
	assert_true(cmp_top(a) > 0);
	app_resize(a, 14, 120);
	assert_compare_built(a);
	assert_int_equal(cmp_width(a), (118 - COMPARE_SEP) / 2);
	assert_true(cmp_top(a) <= compare_max_top(a));
	app_resize(a, ROWS, COLS);
	assert_compare_built(a);
	assert_int_equal(cmp_top(a), 0);   /* it all fits now */
	assert_int_equal(compare_max_top(a), 0);
	app_resize(a, 12, 44);
	assert_compare_built(a);
	assert_int_equal(cmp_fit(a), 1);
	assert_int_equal(cmp_width(a), 42);
	press(a, 'G');
	assert_int_equal(cmp_top(a), compare_max_top(a));
	app_resize(a, 5, 20);
	assert_true(a->too_small);
	assert_int_equal(app_screen(a), SCREEN_COMPARE);
	assert_int_equal(press(a, 'j'), 0);
	app_resize(a, ROWS, COLS);
	assert_int_equal(app_screen(a), SCREEN_COMPARE);
	assert_int_equal(cmp_of(a)->ncols, 2);
	assert_compare_built(a);
	assert_true(cmp_top(a) <= compare_max_top(a));
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
	assert_int_equal(cmp_top(a), 3);
	assert_true(app_wheel(a, 5, 10, -1) & DIRTY_OVERLAY);
	assert_int_equal(cmp_top(a), 0);
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
	assert_int_equal(app_screen(b), SCREEN_COMPARE);
	keys(b, "sjj s");
	assert_int_equal(cmp_of(b)->ncols, 3);
	tcpip = (size_t)compare_find(cmp_of(b), code_entry(400, 2));
	assert_int_equal(tcpip, 2);
	assert_true(strstr(cmp_of(b)->cols[tcpip].text, "\xe2\x98\xba") != NULL);   /* ☺ */
	for (size_t k = 0; k < cmp_of(b)->ncols; k++) {
		const struct doc *d = cmp_doc(b, k);

		assert_doc_ascii(d);
		for (size_t h = 0; h < d->nhl; h++) {
			const char *t = d->own[0];

			assert_true(d->hl[h].p >= t && d->hl[h].p + d->hl[h].len <= t + strlen(t));
			assert_true(d->hl[h].len > 0 && d->hl[h].p[0] != ' ');
		}
	}
	assert_true(doc_find(cmp_doc(b, tcpip), DL_TEXT, ":-)") != NO_INDEX);
	assert_true((*cmp_doc(b, tcpip)).nhl > 0);
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
	assert_int_equal(app_screen(a), SCREEN_NONE);
	assert_compare_closed(a);
	/* on All, the selected code is compared */
	select_node_by_keys(a, -1, -1);
	assert_false(app_desc_is_class(a));
	assert_int_equal(press(a, 'c'), DIRTY_ALL);
	assert_int_equal(app_screen(a), SCREEN_COMPARE);
	assert_ptr_equal(cmp_of(a)->ci, app_code(a));
}

static void check_compare_invariants(const struct app *a, int step)
{
	/* another screen may be over it: then it is kept as it was */
	bool below = false;

	for (size_t i = 0; i < under(a); i++)
		below |= a->stack[i] == SCREEN_COMPARE;
	INVARIANT(step, under(a) < SCREEN_COUNT && (!under(a) || app_screen(a) != SCREEN_NONE));
	if (app_screen(a) != SCREEN_COMPARE) {
		if (!below) {
			INVARIANT(step, cmp_of(a)->ncols == 0 && cmp_of(a)->cols == NULL);
			INVARIANT(step, cmp_ndocs(a) == 0);
		}
		return;
	}
	{
		size_t n = cmp_of(a)->ncols, most = 0, rows = compare_text_rows(a);
		int colw;
		size_t fit = layout(a, &colw);

		INVARIANT(step, cmp_of(a)->ci != NULL && cmp_of(a)->ci == app_code(a));
		INVARIANT(step, cmp_fit(a) == fit && cmp_width(a) == colw);
		INVARIANT(step, cmp_ndocs(a) >= n);
		INVARIANT(step, cmp_choice(a) < cmp_of(a)->ci->count);
		/* the chooser may take every column out: then nothing is focused */
		INVARIANT(step, n > 0 || (cmp_focus(a) == 0 && cmp_first(a) == 0));
		INVARIANT(step, n == 0 || cmp_focus(a) < n);
		INVARIANT(step, n == 0 || (cmp_first(a) <= cmp_focus(a) &&
					   cmp_focus(a) < cmp_first(a) + cmp_fit(a)));
		INVARIANT(step, n <= fit ? cmp_first(a) == 0 : cmp_first(a) + fit <= n);
		for (size_t i = 0; i < n; i++)
			most = (*cmp_doc(a, i)).n > most ? (*cmp_doc(a, i)).n : most;
		INVARIANT(step, cmp_top(a) <= (most > rows ? most - rows : 0));
	}
}

/* Keys as a user might press them in and around the compare view. */
static void test_random_compare_keys_keep_invariants(void **state)
{
	static const int pool[] = {
		'c', 'c', 's', ' ', '[', ']', 'd', 'h', 'l', 'j', 'k', 'g', 'G', K_PGDN, K_PGUP,
		K_ESC, K_ENTER, K_TAB, K_BTAB, '4', '5', '1', '0', '9', '?', 'q', 'S', 'f', '{', '}',
		'z', 'j', 'G',
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
		comparing += app_screen(a) == SCREEN_COMPARE;
		choosing += app_screen(a) == SCREEN_COMPARE && cmp_choosing(a);
		wide += app_screen(a) == SCREEN_COMPARE && cmp_of(a)->ncols >= 3;
		scrolled += app_screen(a) == SCREEN_COMPARE && cmp_top(a) > 0;
		across += app_screen(a) == SCREEN_COMPARE && cmp_first(a) > 0;
	}
	/* the run went through the compare view's states */
	assert_true(comparing > 0 && choosing > 0 && wide > 0 && scrolled > 0 && across > 0);
	close_app(0);
}

/* ---- random keys ------------------------------------------------------------------------- */

int main(void)
{
#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_compare_opens_on_451),
		T(test_compare_scrolls_together),
		T(test_compare_focus_moves_across_columns),
		T(test_compare_brackets_move_the_column),
		T(test_compare_chooser_toggles_entries),
		T(test_compare_click),
		T(test_compare_chooser_never_leaves_an_empty_view),
		T(test_compare_chooser_keeps_the_focus_in_range),
		T(test_compare_notes_wrap_whole),
		T(test_compare_title_keeps_its_facts),
		T(test_compare_d_toggles_the_highlights),
		T(test_compare_clash_starts_without_highlights),
		T(test_compare_typing_a_code_compares_it),
		T(test_compare_next_and_previous_conflict),
		T(test_compare_zoom),
		T(test_compare_esc_and_c_close),
		T(test_compare_q_closes_and_Q_quits),
		T(test_compare_other_overlays_replace_it),
		T(test_help_goes_back_where_it_was_opened),
		T(test_compare_headers_wrap_whole),
		T(test_compare_resize_rebuilds),
		T(test_compare_wheel_scrolls_the_columns),
		T(test_compare_ascii_mode),
		T(test_compare_on_a_class_node_leaves_a_message),
		T(test_random_compare_keys_keep_invariants),
	};
#undef T

	return cmocka_run_group_tests_name("compare view", tests, NULL, NULL);
}
