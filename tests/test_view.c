/* Headless view tests: the real views drawn by ui_draw into curses on
 * /dev/null at fixed sizes, read back cell by cell from curscr and compared
 * with reviewed golden screens (tests/golden/screen-*.txt). A mismatch
 * leaves the actual screen in build/failed/; UPDATE=1 rewrites goldens.
 * The same program re-runs itself under LC_ALL=C for the ASCII screens. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <curses.h>
#include <limits.h>
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <wchar.h>

#include "app.h"
#include "helpers.h"
#include "ui.h"
#include "util.h"
#include "view.h"

static FILE *devnull_out, *devnull_in;
static bool ascii_run;
static const char *self;   /* argv[0]: the LC_ALL=C run is this program again */

/* Line-drawing characters as stored with A_ALTCHARSET, shown as boxes. */
static const char *acs_glyph(wchar_t c)
{
	switch (c) {
	case 'q': return ascii_run ? "-" : "\xe2\x94\x80";
	case 'x': return ascii_run ? "|" : "\xe2\x94\x82";
	default: return "+";
	}
}

/* The screen as text, one line per row, trailing spaces kept. */
static char *screen_text(int rows, int cols)
{
	size_t cap = (size_t)rows * ((size_t)cols * 4 + 1) + 1, n = 0;
	char *out = xmalloc(cap);

	for (int y = 0; y < rows; y++) {
		for (int x = 0; x < cols; x++) {
			cchar_t cc;
			wchar_t wc[CCHARW_MAX + 1];
			attr_t attr;
			short pair;
			char mb[64];
			size_t k;

			if (mvwin_wch(curscr, y, x, &cc) == ERR)
				continue;
			getcchar(&cc, wc, &attr, &pair, NULL);
			if (!wc[0])
				continue;
			if (wcwidth(wc[0]) > 1)
				x += wcwidth(wc[0]) - 1;   /* its second cell repeats it */
			if (attr & A_ALTCHARSET) {
				n += (size_t)snprintf(out + n, cap - n, "%s", acs_glyph(wc[0]));
				continue;
			}
			k = wcstombs(mb, wc, sizeof(mb));
			if (k == (size_t)-1)
				k = (size_t)snprintf(mb, sizeof(mb), "?");
			memcpy(out + n, mb, k);
			n += k;
		}
		out[n++] = '\n';
	}
	out[n] = '\0';
	return out;
}

static void write_file(const char *path, const char *s)
{
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	fputs(s, f);
	fclose(f);
}

static void expect_golden(const char *name, const char *actual)
{
	char path[256], failed[256];
	char *want;

	snprintf(path, sizeof(path), "tests/golden/screen-%s.txt", name);
	if (getenv("UPDATE") && strcmp(getenv("UPDATE"), "1") == 0)
		write_file(path, actual);
	want = slurp(path);
	if (want && strcmp(want, actual) == 0) {
		free(want);
		return;
	}
	mkdir("build", 0755);
	mkdir("build/failed", 0755);
	snprintf(failed, sizeof(failed), "build/failed/screen-%s.txt", name);
	write_file(failed, actual);
	free(want);
	fail_msg("screen %s differs from %s (actual in %s)", name, path, failed);
}

/* The cell of the screen as sent at y, x: its attributes, its characters
 * in wc (room for CCHARW_MAX + 1), its color pair in *pair (may be NULL). */
static attr_t cell_at(int y, int x, wchar_t *wc, short *pair)
{
	cchar_t cc;
	attr_t attr = 0;
	short p = 0;

	wc[0] = L'\0';
	if (mvwin_wch(curscr, y, x, &cc) == OK)
		getcchar(&cc, wc, &attr, &p, NULL);
	if (pair)
		*pair = p;
	return attr;
}

/* ---- a screen under test ------------------------------------------------ */

struct shot {
	struct app app;
	int rows, cols;
};

static void open_screen(struct shot *s, int rows, int cols, bool color)
{
	struct ui_opts o = { color, ascii_run };

	assert_int_equal(ui_open(devnull_out, devnull_in, "xterm-256color", rows, cols, &o), 0);
	app_init(&s->app, &embedded_catalog, NULL, ascii_run);
	app_resize(&s->app, rows, cols);
	s->rows = rows;
	s->cols = cols;
}

static void act(struct shot *s, const char *keys)
{
	for (; *keys; keys++) {
		int k = *keys == '\n' ? K_ENTER : *keys == '\033' ? K_ESC : *keys;

		app_key(&s->app, k);
	}
}

static char *draw(struct shot *s)
{
	ui_draw(&s->app, DIRTY_ALL | DIRTY_LAYOUT);
	return screen_text(s->rows, s->cols);
}

static void close_screen(struct shot *s)
{
	app_free(&s->app);
	ui_close();
}

/* Open at a size, do the keys, draw, compare with the golden screen. */
static void golden(const char *name, int rows, int cols, const char *keys)
{
	struct shot s;
	char *text;

	open_screen(&s, rows, cols, true);
	act(&s, keys);
	text = draw(&s);
	close_screen(&s);
	expect_golden(name, text);
	free(text);
}

/* ---- screens ---------------------------------------------------------------- */

static void test_start_100x30(void **state) { (void)state; golden("start-100x30", 30, 100, ""); }
static void test_404_80x24(void **state) { (void)state; golden("404-80x24", 24, 80, "404"); }
static void test_451_140x40(void **state) { (void)state; golden("451-140x40", 40, 140, "451"); }
/* a header too long for the pane wraps: "(Nginx)" on a line of its own */
static void test_494_80x24(void **state) { (void)state; golden("494-80x24", 24, 80, "494"); }
static void test_tree_4xx_open(void **state) { (void)state; golden("tree-4xx-open", 24, 80, "hjjjj\nj"); }
static void test_help(void **state) { (void)state; golden("help", 80, 80, "?"); }
/* texts wrap under their own column; wide keys get theirs on the next line */
static void test_help_40x10(void **state) { (void)state; golden("help-40x10", 10, 40, "?jjjjjjjjj"); }
/* the legend of the list's marks, at the end of the help */
static void test_help_marks(void **state) { (void)state; golden("help-marks-80x24", 24, 80, "?G"); }
static void test_help_marks_40x10(void **state) { (void)state; golden("help-marks-40x10", 10, 40, "?Gkkkkkkk"); }
static void test_sources(void **state) { (void)state; golden("sources-100x30", 30, 100, "S"); }
/* 506's two texts said again: each once, then whose it is */
static void test_506_same_texts(void **state) { (void)state; golden("506-100x30", 30, 100, "506"); }
static void test_minimum_40x10(void **state) { (void)state; golden("min-40x10", 10, 40, "499"); }
static void test_too_small(void **state) { (void)state; golden("small-39x9", 9, 39, "404"); }
static void test_one_by_one(void **state) { (void)state; golden("small-1x1", 1, 1, "404j?"); }

static void test_too_small_12x10(void **state) { (void)state; golden("small-12x10", 10, 12, "404"); }

/* Is line, without its leading and trailing blanks, one of forms? */
static bool is_form(const char *line, const char *const *forms, size_t n)
{
	size_t len;

	line += strspn(line, " ");
	len = strlen(line);
	while (len && line[len - 1] == ' ')
		len--;
	if (!len)
		return true;
	for (size_t i = 0; i < n; i++)
		if (strlen(forms[i]) == len && strncmp(line, forms[i], len) == 0)
			return true;
	return false;
}

/* At every size under the minimum, down to 1x1, the too-small screen is
 * made of whole messages (no "terminal too" cut at 12 columns), some of
 * it shown from 2x1 and 1x2 up, both lines whole from 19x2 up. */
static void test_too_small_every_size(void **state)
{
	(void)state;
	for (int rows = 1; rows <= 12; rows++)
		for (int cols = 1; cols <= 45; cols++) {
			char size[64], one[96];
			const char *const forms[] = { "terminal too small", "too small", "small", "!",
						      size, "needs 40x10", "min 40x10", "40x10", one };
			struct shot s;
			char *text, *line, *save = NULL;
			bool any = false;

			if (cols >= APP_MIN_COLS && rows >= APP_MIN_ROWS)
				continue;
			snprintf(size, sizeof(size), "%dx%d, needs 40x10", cols, rows);
			snprintf(one, sizeof(one), "terminal too small: %s", size);
			open_screen(&s, rows, cols, true);
			act(&s, "404");
			text = draw(&s);
			close_screen(&s);
			if (rows >= 2 && cols >= 19 &&
			    (!strstr(text, "terminal too small") || !strstr(text, size)))
				fail_msg("%dx%d: not both lines whole", cols, rows);
			for (line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
				if (!is_form(line, forms, sizeof(forms) / sizeof(forms[0])))
					fail_msg("%dx%d: '%s' is not a whole message", cols, rows, line);
				any |= strspn(line, " ") < strlen(line);
			}
			if (!any && (cols > 1 || rows > 1))
				fail_msg("%dx%d: nothing shown", cols, rows);
			free(text);
		}
}

static void test_search_prompt(void **state) { (void)state; golden("search-teap", 24, 80, "/teap"); }
static void test_search_kept(void **state) { (void)state; golden("search-timeout-kept", 24, 100, "/timeout\n"); }
/* A search longer than the bar: its end, where the typing goes, stays in
 * sight behind an ellipsis (3 bytes, 1 column), and the frame's cursor is
 * on the "_" after it. */
static void test_search_prompt_long(void **state)
{
	struct shot s;
	char *text;
	const char *bar;

	(void)state;
	open_screen(&s, 24, 80, true);
	act(&s, "/the server is refusing to service the request because the entity of the "
		"request is in a format not supported by the resource");
	text = draw(&s);
	bar = strrchr(text, '\n');
	while (bar > text && bar[-1] != '\n')
		bar--;
	assert_non_null(strstr(bar, "\xe2\x80\xa6"));
	assert_non_null(strstr(bar, "not supported by the resource_ "));
	/* the frame's cursor: where doupdate puts the terminal's */
	assert_int_equal(getcury(newscr), 23);
	assert_int_equal(getcurx(newscr), (int)(strstr(bar, "_ ") - bar) - 2);
	close_screen(&s);
	expect_golden("search-long", text);
	free(text);
}

static void test_filter_panel(void **state) { (void)state; golden("filters", 40, 80, "/time\nfjj "); }

/* Matches are drawn in the match role: every cell of "teapot" in the
 * description's text, and in the list's names. */
static void test_matches_highlighted(void **state)
{
	struct shot s;
	int hits = 0, plain = 0;

	(void)state;
	open_screen(&s, 24, 100, false);
	act(&s, "/teapot\n");
	free(draw(&s));
	for (int y = 1; y < 23; y++)
		for (int x = 0; x < 100; x++) {
			wchar_t wc[CCHARW_MAX + 1];
			attr_t attr;

			attr = cell_at(y, x, wc, NULL);
			if ((attr & A_UNDERLINE) && (attr & A_REVERSE))
				hits++;
			else if (wc[0] == 't' || wc[0] == 'p')
				plain++;
		}
	/* "teapot" six cells, in the list's name, headers and texts */
	assert_true(hits >= 6 * 4);
	assert_true(hits % 6 == 0 || hits > 6 * 4);
	assert_true(plain > 0);
	close_screen(&s);
}

/* A match the list's cut hides lights the ellipsis: at 64 columns the
 * list shows "522 Connection Timed…", and "/out" lights that last cell. */
static void test_match_cut_off_lights_the_ellipsis(void **state)
{
	struct shot s;
	char *text;
	bool found = false;

	(void)state;
	open_screen(&s, 24, 64, false);
	act(&s, "/out\n");
	text = draw(&s);
	for (int y = 1; y < 23 && !found; y++) {
		wchar_t line[200];
		wchar_t *at;

		mvwinnwstr(curscr, y, 0, line, 64);
		if (!(at = wcsstr(line, L"522 Connection T")))
			continue;
		for (int x = (int)(at - line); x < 64 && line[x] != L'\x2502'; x++) {
			wchar_t wc[CCHARW_MAX + 1];
			attr_t attr;

			if (line[x] != L'\x2026')
				continue;
			attr = cell_at(y, x, wc, NULL);
			assert_true((attr & A_UNDERLINE) && (attr & A_REVERSE));
			found = true;
			break;
		}
	}
	if (!ascii_run)
		assert_true(found);
	free(text);
	close_screen(&s);
}

/* The cells of the desc pane drawn with mono attributes want (and not
 * the others of mask), and the rows they are on. */
static int cells_with(const struct shot *s, attr_t want, attr_t mask, int *row, int *col)
{
	int n = 0, x0 = s->app.pane[PANE_DESC].x;

	for (int y = 1; y < s->rows - 1; y++)
		for (int x = x0; x < s->cols; x++) {
			wchar_t wc[CCHARW_MAX + 1];
			attr_t attr;

			attr = cell_at(y, x, wc, NULL);
			if ((attr & mask) != want)
				continue;
			if (!n++) {
				*row = y;
				*col = x;
			}
		}
	return n;
}

/* Cells of the desc pane in color pair p. */
static int pairs_in_desc(const struct shot *s, short p)
{
	int n = 0;

	for (int y = 1; y < s->rows - 1; y++)
		for (int x = s->app.pane[PANE_DESC].x; x < s->cols; x++) {
			wchar_t wc[CCHARW_MAX + 1];
			short pair;

			cell_at(y, x, wc, &pair);
			n += pair == p;
		}
	return n;
}

/* After n, the match it went to is drawn apart from the others (bold and
 * reversed without the underline, when there are no colors) and pointed
 * at in the pane's first column; the next n moves both. */
static void test_current_match_marked(void **state)
{
	const attr_t mask = A_REVERSE | A_UNDERLINE | A_BOLD;
	struct shot s;
	wchar_t wc[CCHARW_MAX + 1];
	int y = 0, x = 0, y2 = 0, x2 = 0, others;

	(void)state;
	open_screen(&s, 40, 100, false);
	act(&s, "/teapot\n");
	free(draw(&s));
	assert_int_equal(cells_with(&s, A_REVERSE | A_BOLD, mask, &y, &x), 0);
	act(&s, "n");
	free(draw(&s));
	/* "teapot" and the marker */
	assert_int_equal(cells_with(&s, A_REVERSE | A_BOLD, mask, &y, &x), 7);
	assert_int_equal(x, s.app.pane[PANE_DESC].x);
	cell_at(y, x, wc, NULL);
	assert_int_equal(wc[0], 0x25b8);       /* the pointer */
	others = cells_with(&s, A_REVERSE | A_UNDERLINE, mask, &y2, &x2);
	assert_true(others >= 6 && others % 6 == 0);
	act(&s, "n");
	free(draw(&s));
	assert_int_equal(cells_with(&s, A_REVERSE | A_BOLD, mask, &y2, &x2), 7);
	assert_true(y2 != y);
	assert_int_equal(cells_with(&s, A_REVERSE | A_UNDERLINE, mask, &y2, &x2), others);
	close_screen(&s);
	/* with colors: a color pair of its own */
	open_screen(&s, 40, 100, true);
	act(&s, "/teapot\nn");
	free(draw(&s));
	assert_int_equal(pairs_in_desc(&s, (short)PAIR_NUMBER(view_attr(R_MATCH_CUR))), 7);
	assert_true(pairs_in_desc(&s, (short)PAIR_NUMBER(view_attr(R_MATCH))) >= 6);
	close_screen(&s);
}

static void test_compare_80x24(void **state) { (void)state; golden("compare-451-80x24", 24, 80, "451c"); }
/* three columns: every header on two rows, the name and qualifier whole */
static void test_compare_three_100x24(void **state) { (void)state; golden("compare-451-three-100x24", 24, 100, "451csjjj s"); }
static void test_compare_140x40(void **state) { (void)state; golden("compare-413-140x40", 40, 140, "413cs  jj "); }
static void test_compare_chooser(void **state) { (void)state; golden("compare-chooser", 24, 80, "499cs"); }
/* an entry whose text is an earlier one's says whose */
static void test_compare_chooser_same_text(void **state) { (void)state; golden("compare-chooser-404", 24, 80, "404cs"); }
static void test_compare_chooser_hidden(void **state) { (void)state; golden("compare-chooser-hidden", 16, 80, "fjj \033499cs"); }
static void test_compare_narrow(void **state) { (void)state; golden("compare-narrow-50x16", 16, 50, "404cs jj jj js"); }
/* A source that gives only a name says so on as many lines as it takes:
 * 451's httpstatuses entry third at 80 columns, 413's eight entries at 200. */
static void test_compare_name_only_80x24(void **state) { (void)state; golden("compare-451-name-only-80x24", 24, 80, "451cs s"); }
/* 413's three names, one column each: not two texts that show none. */
static void test_compare_renamed_80x24(void **state) { (void)state; golden("compare-413-80x24", 24, 80, "413c"); }
/* At 40x10 the title takes two rows, the count whole beside a fact. */
static void test_compare_40x10(void **state) { (void)state; golden("compare-451-40x10", 10, 40, "451c"); }
/* z: 451's legal reasons alone at the whole width, the title saying so. */
static void test_compare_zoom_80x24(void **state) { (void)state; golden("compare-451-zoom-80x24", 24, 80, "451cz"); }
static void test_compare_all_200x50(void **state) { (void)state; golden("compare-413-all-200x50", 50, 200, "413csj j jj j j s"); }
static void test_ascii_compare(void **state) { (void)state; golden("ascii-compare-400", 24, 80, "400cs jj jjj s"); }

/* Without colors, roles fall back to attributes: the focused selection is
 * reversed, the unfocused one bold and underlined, the focused title too. */
static void test_monochrome_attributes(void **state)
{
	struct shot s;
	wchar_t wc[CCHARW_MAX + 1];
	attr_t attr;
	short pair;

	(void)state;
	open_screen(&s, 24, 100, false);      /* wide enough for the tree to stay */
	act(&s, "404");
	free(draw(&s));
	/* the list's selected row: 404 is on some row of the list pane */
	for (int y = 1; y < 23; y++) {
		char line[8];

		attr = cell_at(y, s.app.pane[PANE_LIST].x + 1, wc, NULL);
		line[0] = (char)wc[0];
		attr = cell_at(y, s.app.pane[PANE_LIST].x + 2, wc, NULL);
		line[1] = (char)wc[0];
		attr = cell_at(y, s.app.pane[PANE_LIST].x + 3, wc, &pair);
		line[2] = (char)wc[0];
		line[3] = '\0';
		if (strcmp(line, "404") == 0) {
			assert_true(attr & A_REVERSE);
			assert_int_equal(pair, 0);
			break;
		}
		assert_true(y < 22);
	}
	attr = cell_at(0, s.app.pane[PANE_LIST].x + 1, wc, NULL);
	assert_true(attr & A_REVERSE);          /* the focused pane's title */
	attr = cell_at(1, 2, wc, NULL);         /* the tree's selection: All */
	assert_true((attr & A_BOLD) && (attr & A_UNDERLINE));
	close_screen(&s);
}

/* Wide and combining characters from a user's file are placed by columns
 * and clipped to the pane: no row of the screen is wider than the screen,
 * and the text reads back whole. */
static void test_wide_text_is_clipped_by_columns(void **state)
{
	static const char data[] =
		"Source: wide\nTitle: Wide\n\n"
		"Code: 299\nName: \xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\xe3\x81\xae\xe5\x90\x8d\xe5\x89\x8d"
		"\xe3\x81\xa7\xe3\x81\x99\xe3\x82\x88\xe9\x95\xb7\xe3\x81\x84\xe5\x90\x8d\xe5\x89\x8d"
		"\xe3\x81\xa7\xe3\x81\x99 Cafe\xcc\x81\n"
		"Text: \xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\xe3\x81\xae\xe8\xaa\xac\xe6\x98\x8e"
		"\xe6\x96\x87\xe3\x81\xa7\xe3\x81\x99\xe3\x80\x82 Cafe\xcc\x81 r\xc3\xa9sum\xc3\xa9.\n";
	struct rec_file rf;
	struct catalog c;
	const char *name = "wide.rec";
	enum cb_kind kind = CB_USER;
	char err[RF_ERRLEN], *text, *line;
	struct shot s;
	struct ui_opts o = { true, false };

	(void)state;
	assert_int_equal(recfile_parse(name, data, sizeof(data) - 1, &rf, err), 0);
	assert_int_equal(catalog_build(&c, &embedded_catalog, &rf, &name, &kind, 1, err), 0);
	assert_int_equal(ui_open(devnull_out, devnull_in, "xterm-256color", 24, 80, &o), 0);
	app_init(&s.app, &c, NULL, false);
	app_resize(&s.app, 24, 80);
	s.rows = 24;
	s.cols = 80;
	act(&s, "299");
	text = draw(&s);
	for (line = strtok(text, "\n"); line; line = strtok(NULL, "\n")) {
		wchar_t w[512];
		size_t n = mbstowcs(w, line, 512);

		assert_true(n != (size_t)-1);
		if (wcswidth(w, n) > 80)
			fail_msg("row wider than 80 (%d): %s", wcswidth(w, n), line);
	}
	free(text);
	text = draw(&s);
	assert_non_null(strstr(text, "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e\xe3\x81\xae"
				     "\xe8\xaa\xac\xe6\x98\x8e"));
	assert_non_null(strstr(text, "Cafe\xcc\x81"));
	free(text);
	close_screen(&s);
	catalog_free(&c);
	recfile_free(&rf);
}

/* ---- what a pane says ---------------------------------------------------------- */

/* The text of cells [x, x+n) of screen row y, as UTF-8 (size bytes). */
static void row_cells(int y, int x, int n, char *out, size_t size)
{
	size_t k = 0;

	out[0] = '\0';
	for (int i = 0; i < n; i++) {
		cchar_t cc;
		wchar_t wc[CCHARW_MAX + 1];
		attr_t attr;
		short pair;
		char mb[MB_LEN_MAX * (CCHARW_MAX + 1)];
		size_t m;

		if (mvwin_wch(curscr, y, x + i, &cc) == ERR)
			break;
		getcchar(&cc, wc, &attr, &pair, NULL);
		if (!wc[0])
			continue;       /* the second cell of a wide character */
		m = attr & A_ALTCHARSET ? (size_t)snprintf(mb, sizeof(mb), "%s", acs_glyph(wc[0]))
			: wcstombs(mb, wc, sizeof(mb));
		if (m == (size_t)-1 || k + m + 1 > size)
			break;
		memcpy(out + k, mb, m);
		out[k += m] = '\0';
	}
}

/* The words of pane p's rows y0 to y1, each run of blanks one space. */
static void pane_words(const struct shot *s, enum pane p, int y0, int y1, char *out, size_t size)
{
	const struct rect *r = &s->app.pane[p];
	size_t k = 0;

	out[0] = '\0';
	for (int y = y0; y <= y1; y++) {
		char row[1024];

		row_cells(y, r->x, r->w, row, sizeof(row));
		for (char *t = strtok(row, " "); t; t = strtok(NULL, " "))
			k += (size_t)snprintf(out + k, k < size ? size - k : 0, "%s%s", k ? " " : "", t);
	}
}

/* An empty list says why, whole, wrapped to the pane at every width: the
 * search, the filters, or the search with filters in effect. */
static void test_empty_list_says_why(void **state)
{
	static const struct {
		const char *keys;
		const char *note;
	} cases[] = {
		{ "/zzqqzz\n", "nothing shown: the search matches nothing" },
		{ "fn\033", "nothing shown: the filters hide everything (f)" },
		{ "fjj \033/zzqqzz\n",
		  "nothing shown: the search matches nothing the filters show (f)" },
		{ "/teapot\nhjj", "no 2xx code shown: the search matches none" },
	};
	static const int widths[] = { 40, 52, 80, 140 };
	char words[2048];

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		for (size_t k = 0; k < sizeof(widths) / sizeof(widths[0]); k++) {
			struct shot s;

			open_screen(&s, 10, widths[k], true);
			act(&s, cases[i].keys);
			free(draw(&s));
			assert_int_equal(s.app.nrows, 0);
			pane_words(&s, PANE_LIST, 1, s.rows - 2, words, sizeof(words));
			if (strcmp(words, cases[i].note) != 0)
				print_error("at %d columns: '%s'\n", widths[k], words);
			assert_string_equal(words, cases[i].note);
			close_screen(&s);
		}
}

/* The title row of the description keeps the registry's note at every
 * width where the code and a few columns of its name are left: its longest
 * form with which the name shows whole, else its shortest with the name
 * cut before an ellipsis; only where even that leaves too little is the
 * note left out. */
static void test_desc_title_keeps_the_registry_note(void **state)
{
	static const struct {
		const char *code, *title;
		const char *forms[3];
	} cases[] = {
		{ "451", "451 Unavailable For Legal Reasons", { "IANA: registered", "registered", "reg." } },
		{ "431", "431 Request Header Fields Too Large", { "IANA: registered", "registered", "reg." } },
		{ "404", "404 Not Found", { "IANA: registered", "registered", "reg." } },
		{ "499", "499 Client Closed Request", { "IANA: unregistered", "unregistered", "unreg." } },
	};

	(void)state;
	for (size_t c = 0; c < sizeof(cases) / sizeof(cases[0]); c++)
		for (int cols = 40; cols <= 200; cols += cols < 110 ? 1 : 30) {
			struct shot s;
			char row[1024], want[1024];
			int pw, tw = (int)strlen(cases[c].title), room;
			size_t f = 0;

			open_screen(&s, 12, cols, true);
			act(&s, cases[c].code);
			free(draw(&s));
			/* the title as wide as the text under it, the rest of the row bare */
			pw = app_desc_measure(&s.app);
			row_cells(0, s.app.pane[PANE_DESC].x, s.app.pane[PANE_DESC].w, row, sizeof(row));
			while (f < 3 && tw + (int)strlen(cases[c].forms[f]) + 4 > pw)
				f++;
			room = pw - 4 - (int)strlen(cases[c].forms[2]);
			if (f < 3)
				snprintf(want, sizeof(want), " %s%*s%s ", cases[c].title,
					 pw - 2 - tw - (int)strlen(cases[c].forms[f]), "", cases[c].forms[f]);
			else if (room >= 9)
				snprintf(want, sizeof(want), " %.*s\xe2\x80\xa6%*s%s ", room - 1,
					 cases[c].title, pw - 2 - room - (int)strlen(cases[c].forms[2]), "",
					 cases[c].forms[2]);
			else if (tw <= pw - 2)
				snprintf(want, sizeof(want), " %s%*s", cases[c].title, pw - 1 - tw, "");
			else
				snprintf(want, sizeof(want), " %.*s\xe2\x80\xa6 ", pw - 3, cases[c].title);
			snprintf(want + strlen(want), sizeof(want) - strlen(want), "%*s",
				 s.app.pane[PANE_DESC].w - pw, "");
			if (strcmp(row, want) != 0)
				print_error("%s at %d columns: '%s', not '%s'\n", cases[c].code, cols, row,
					    want);
			assert_string_equal(row, want);
			close_screen(&s);
		}
}

/* ---- texts said twice ------------------------------------------------------------ */

/* The description of code under the filter f (NULL: none): an app of its
 * own, no terminal needed. */
static void desc_of(struct app *a, int code, const struct filter *f)
{
	char digits[8];

	app_init(a, &embedded_catalog, f, false);
	app_resize(a, 30, 100);
	snprintf(digits, sizeof(digits), "%03d", code);
	for (const char *p = digits; *p; p++)
		app_key(a, *p);
	assert_non_null(app_code(a));
	assert_int_equal(app_code(a)->code, code);
}

/* The line after the header that starts with header, or NULL. */
static const struct dline *after_header(const struct doc *d, const char *header)
{
	for (size_t i = 0; i + 1 < d->n; i++)
		if (d->v[i].kind == DL_HEADER && d->v[i].len >= strlen(header) &&
		    strncmp(d->v[i].s, header, strlen(header)) == 0)
			return &d->v[i + 1];
	return NULL;
}

/* In the description, a text an entry above says word for word is not
 * shown again: its header, then whose text it is, in small print. Under
 * --source rest-rfc, httpstatuses' 404 is not shown: REST's has its text.
 * Over every code, 20 entries say so (a count made from the data in
 * test_catalog.c). */
static void test_desc_same_text(void **state)
{
	struct app a;
	struct filter f;
	const struct dline *l;
	char err[QUERY_ERRLEN];
	size_t notes = 0;

	(void)state;
	desc_of(&a, 404, NULL);
	l = after_header(&a.desc, "REST: RFC text: Not Found");
	assert_non_null(l);
	assert_int_equal(l->kind, DL_NOTE);
	assert_int_equal(l->len, strlen("(the same text as httpstatuses)"));
	assert_memory_equal(l->s, "(the same text as httpstatuses)", l->len);
	app_free(&a);
	filter_init(&f);
	assert_int_equal(filter_only_sources(&f, &embedded_catalog, "rest-rfc,wikipedia", err), 0);
	desc_of(&a, 404, &f);
	l = after_header(&a.desc, "REST: RFC text: Not Found");
	assert_non_null(l);
	assert_int_equal(l->kind, DL_TEXT);
	assert_true(l->len > 20 && strncmp(l->s, "The server has not found", 24) == 0);
	app_free(&a);
	filter_free(&f);
	for (size_t i = 0; i < embedded_catalog.ncodes; i++) {
		desc_of(&a, embedded_catalog.codes[i].code, NULL);
		for (size_t k = 0; k < a.desc.n; k++)
			notes += a.desc.v[k].kind == DL_NOTE &&
				 strncmp(a.desc.v[k].s, "(the same text as ", 18) == 0;
		app_free(&a);
	}
	assert_int_equal(notes, 20);
}

/* ---- the status bar at narrow widths ------------------------------------------ */

/* The selected row's marks as the bar may spell them out, "!2: ms:"
 * (static). */
static const char *marks_words(const struct app *a)
{
	static char buf[256];
	struct code_mark m[QUERY_MARKS_MAX];
	size_t n = app_code(a) ? query_code_marks(app_code(a), true, m) : 0, used = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < n; i++)
		used += (size_t)snprintf(buf + used, sizeof(buf) - used, "%s: ", m[i].text);
	return buf;
}

/* The status bar after keys, at width cols, with groups hidden (NULL:
 * none) and sources kept (NULL: all): its text, trailing blanks kept. If
 * facts is not NULL, it gets what the bar would say given room: position,
 * message, search, the shown sources' count and a code being typed. */
static char *bar_after(const char *hide, const char *sources, const char *keys, int cols,
		       char **facts)
{
	struct filter f;
	char err[RF_ERRLEN > QUERY_ERRLEN ? RF_ERRLEN : QUERY_ERRLEN];
	struct ui_opts o = { true, ascii_run };
	struct shot s;
	char *text, *bar;

	filter_init(&f);
	if (hide)
		assert_int_equal(filter_hide_vendors(&f, hide, false, err), 0);
	if (sources)
		assert_int_equal(filter_only_sources(&f, &embedded_catalog, sources, err), 0);
	assert_int_equal(ui_open(devnull_out, devnull_in, "xterm-256color", 10, cols, &o), 0);
	app_init(&s.app, &embedded_catalog, &f, ascii_run);
	filter_free(&f);
	app_resize(&s.app, 10, cols);
	s.rows = 10;
	s.cols = cols;
	act(&s, keys);
	text = draw(&s);
	if (facts) {
		size_t shown = 0;

		for (size_t i = 0; s.app.filter.sources && i < s.app.filter.nsources; i++)
			shown += s.app.filter.sources[i] != 0;
		*facts = xasprintf("%zu/%zu %s /%s sources %zu/%zu %s_ %s",
				   s.app.nrows ? s.app.list_sel + 1 : 0, s.app.nrows, s.app.message,
				   s.app.search, shown, embedded_catalog.nsources,
				   s.app.ndigits ? s.app.digits : "", marks_words(&s.app));
	}
	close_screen(&s);
	text[strlen(text) - 1] = '\0';
	bar = xstrdup(strrchr(text, '\n') + 1);
	free(text);
	return bar;
}

/* Is word[0..n) one of the space-separated words of s? */
static bool has_word(const char *s, const char *word, size_t n)
{
	for (const char *p = s; *p; p++)
		if ((p == s || p[-1] == ' ') && strncmp(p, word, n) == 0 &&
		    (p[n] == ' ' || p[n] == '\0'))
			return true;
	return false;
}

/* At 40 columns the bar keeps its facts before its key hint: the
 * position whole (the compare view's hint pushed it down to "6"), the
 * kept search beside two hidden groups, a match count whole. */
static const char *match_msg(const char *facts, char *buf, size_t size)
{
	const char *m = strstr(facts, "match ");

	assert_non_null(m);
	snprintf(buf, size, "%.*s ", (int)strcspn(m + 6, " ") + 6, m);
	return buf;
}

static void test_status_narrow(void **state)
{
	char *b, *facts, msg[64], want[128];

	(void)state;
	b = bar_after(NULL, NULL, "499c", 40, NULL);
	assert_string_equal(b, " 64/86         s choose  d diff  q back ");
	free(b);
	b = bar_after("microsoft,google", NULL, "/timeout\n", 40, NULL);
	assert_string_equal(b, " 1/8  -microsoft -google  /timeout      ");
	free(b);
	b = bar_after("microsoft,google", NULL, "/timeout\nn", 40, &facts);
	assert_non_null(strstr(b, " 1/8  "));
	assert_non_null(strstr(b, "  /timeout  match 1/"));
	assert_non_null(strstr(b, match_msg(facts, msg, sizeof(msg))));   /* the count whole */
	free(facts);
	free(b);
	b = bar_after(NULL, NULL, "/timeout\nn", 40, &facts);
	snprintf(want, sizeof(want), " 1/9  /timeout  %s", match_msg(facts, msg, sizeof(msg)));
	assert_int_equal(strncmp(b, want, strlen(want)), 0);
	assert_non_null(strstr(b, " ? help "));
	free(facts);
	free(b);
}

/* The selected row's marks, spelled out after the other facts when the
 * bar has room for them and the key hints: whole marks only, "; …" for
 * those left out; none on a narrow bar, under a screen, or while a code is
 * typed; the star as the list draws it. */
static void test_status_spells_out_marks(void **state)
{
	static const struct {
		const char *hide, *keys;
		int cols;
		const char *bar;
	} cases[] = {
		/* on a conflict the hint that c compares it takes its room */
		{ NULL, "451", 80, " 58/86  !2: two names in the sources; \xe2\x80\xa6"
		  "               c compare  ? help  q quit " },
		{ NULL, "451", 60, " 58/86                            c compare  ? help  q quit " },
		{ NULL, "451", 50, " 58/86                  c compare  ? help  q quit " },
		{ NULL, "421", 100, " 45/86  !2: two names in the sources; \xe2\x80\xa6"
		  "                                   c compare  ? help  q quit " },
		{ NULL, "404", 60, " 29/86  \xe2\x98\x85: in the REST tips' top 10"
		  "          ? help  q quit " },
		{ NULL, "404", 48, " 29/86                           ? help  q quit " },
		{ NULL, "451?", 80, NULL },
		{ NULL, "45", 80, " 57/86  jump: 45_                                           "
		  "     ? help  q quit " },
		/* they give way first: the filters and the search keep their room */
		{ "google", "/legal\n", 60, " 1/2  -google  /legal             "
		  "c compare  ? help  q quit " },
		{ "google", "/legal\n", 100, " 1/2  -google  /legal  !2: two names in the "
		  "sources; \xe2\x80\xa6                    c compare  ? help  q quit " },
		/* no conflict: the marks have the room */
		{ NULL, "520", 100, " 77/86  ms: Microsoft extension; cf: CloudFlare extension; "
		  "\xe2\x80\xa6                         ? help  q quit " },
	};

	int bad = 0;

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *b = bar_after(cases[i].hide, NULL, cases[i].keys, cases[i].cols, NULL);

		if (!cases[i].bar)
			assert_null(strstr(b, ": "));
		else if (strcmp(b, cases[i].bar) != 0)
			print_error("'%s' at %d: '%s'\n", cases[i].keys, cases[i].cols, b), bad++;
		free(b);
	}
	assert_int_equal(bad, 0);
}

/* At every width from 40 to 100, in many states, no number in the bar is
 * cut: each word of it with a digit is whole, a word of the facts. */
static void test_status_numbers_never_cut(void **state)
{
	static const struct {
		const char *hide, *sources, *keys;
	} cases[] = {
		{ NULL, NULL, "499c" }, { NULL, NULL, "404cs" }, { NULL, NULL, "/timeout\nn" },
		{ "microsoft,google,nginx,esri,cloudflare", "iana,wikipedia,httpstatuses",
		  "/timeout\nn" },
		{ "microsoft,google,nginx,esri,cloudflare", "iana,wikipedia,httpstatuses",
		  "/timeout\n40" },
		{ "nginx", NULL, "444" }, { NULL, "iana,tcpipguide", "/request entity 4xx\nnn" },
	};

	(void)state;
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		for (int cols = 40; cols <= 100; cols++) {
			char *facts, *b = bar_after(cases[i].hide, cases[i].sources, cases[i].keys, cols,
						    &facts);

			for (char *w = strtok(b, " "); w; w = strtok(NULL, " ")) {
				const char *ell = strstr(w, "\xe2\x80\xa6");
				size_t n = ell ? (size_t)(ell - w) : strlen(w);

				if (strpbrk(w, "0123456789") && !has_word(facts, w, n))
					fail_msg("'%s' at %d columns is not a word of '%s' (keys '%s')",
						 w, cols, facts, cases[i].keys);
			}
			free(b);
			free(facts);
		}
}

/* Cells of the screen drawn from the line-drawing set. */
static int altcharset_cells(int rows, int cols)
{
	int n = 0;

	for (int y = 0; y < rows; y++)
		for (int x = 0; x < cols; x++) {
			cchar_t cc;
			wchar_t wc[CCHARW_MAX + 1];
			attr_t attr;
			short pair;

			if (mvwin_wch(curscr, y, x, &cc) == OK &&
			    getcchar(&cc, wc, &attr, &pair, NULL) != ERR && (attr & A_ALTCHARSET))
				n++;
		}
	return n;
}

/* --ascii in a UTF-8 locale: ASCII bytes only, the lines between panes and
 * under headers too (| and -, not the line-drawing set, which a UTF-8
 * terminal shows as box-drawing characters). The next screen without it
 * has its lines again. */
static void test_ascii_option(void **state)
{
	static const char *const keys[] = { "", "404", "451c", "400cs jj s", "?", "hjjjj\n" };
	const struct ui_opts o = { .color = false, .ascii = true, .ascii_lines = true };
	struct shot s;
	char *text;

	(void)state;
	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
		assert_int_equal(ui_open(devnull_out, devnull_in, "xterm-256color", 30, 100, &o), 0);
		app_init(&s.app, &embedded_catalog, NULL, true);
		app_resize(&s.app, 30, 100);
		s.rows = 30;
		s.cols = 100;
		act(&s, keys[i]);
		text = draw(&s);
		assert_int_equal(altcharset_cells(30, 100), 0);
		for (const char *p = text; *p; p++)
			if ((unsigned char)*p >= 0x80)
				fail_msg("non-ASCII byte 0x%02x after '%s': %.40s", (unsigned char)*p,
					 keys[i], p);
		if (!strchr(keys[i], '?'))      /* the help has no lines */
			assert_non_null(strchr(text, '|'));
		free(text);
		close_screen(&s);
	}
	open_screen(&s, 30, 100, true);
	free(draw(&s));
	assert_true(altcharset_cells(30, 100) > 0);
	close_screen(&s);
}

/* Under LC_ALL=C: the same program again, ASCII screens. */
static void test_ascii_run(void **state)
{
	char *cmd = xasprintf("LC_ALL=C %s --ascii > build/test_view_ascii.log 2>&1", self);

	(void)state;
	assert_int_equal(system(cmd), 0);
	free(cmd);
}

/* ---- the LC_ALL=C run ------------------------------------------------------------ */

static void expect_ascii_only(const char *keys, int rows, int cols)
{
	struct shot s;
	char *text;

	open_screen(&s, rows, cols, true);
	act(&s, keys);
	text = draw(&s);
	for (const char *p = text; *p; p++)
		if ((unsigned char)*p >= 0x80)
			fail_msg("non-ASCII byte 0x%02x after '%s': %.40s", (unsigned char)*p, keys, p);
	free(text);
	close_screen(&s);
}

static void test_ascii_400(void **state) { (void)state; golden("ascii-400-80x24", 24, 80, "400"); }
static void test_ascii_tree(void **state) { (void)state; golden("ascii-tree", 24, 80, "hjjjj\n"); }

static void test_ascii_everywhere(void **state)
{
	static const char *const keys[] = { "", "400", "501", "418", "451", "?", "S", "hjjjj\nj",
					    "451c", "400cs" };

	(void)state;
	for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++)
		expect_ascii_only(keys[i], 30, 100);
}

int main(int argc, char **argv)
{
	const struct CMUnitTest utf8[] = {
		cmocka_unit_test(test_start_100x30),
		cmocka_unit_test(test_404_80x24),
		cmocka_unit_test(test_451_140x40),
		cmocka_unit_test(test_494_80x24),
		cmocka_unit_test(test_tree_4xx_open),
		cmocka_unit_test(test_help),
		cmocka_unit_test(test_help_40x10),
		cmocka_unit_test(test_help_marks),
		cmocka_unit_test(test_help_marks_40x10),
		cmocka_unit_test(test_sources),
		cmocka_unit_test(test_minimum_40x10),
		cmocka_unit_test(test_too_small),
		cmocka_unit_test(test_one_by_one),
		cmocka_unit_test(test_too_small_12x10),
		cmocka_unit_test(test_too_small_every_size),
		cmocka_unit_test(test_compare_80x24),
		cmocka_unit_test(test_compare_three_100x24),
		cmocka_unit_test(test_compare_140x40),
		cmocka_unit_test(test_compare_chooser),
		cmocka_unit_test(test_compare_chooser_hidden),
		cmocka_unit_test(test_compare_narrow),
		cmocka_unit_test(test_compare_name_only_80x24),
		cmocka_unit_test(test_compare_all_200x50),
		cmocka_unit_test(test_compare_40x10),
		cmocka_unit_test(test_compare_zoom_80x24),
		cmocka_unit_test(test_compare_renamed_80x24),
		cmocka_unit_test(test_search_prompt),
		cmocka_unit_test(test_search_kept),
		cmocka_unit_test(test_search_prompt_long),
		cmocka_unit_test(test_status_narrow),
		cmocka_unit_test(test_status_numbers_never_cut),
		cmocka_unit_test(test_status_spells_out_marks),
		cmocka_unit_test(test_desc_same_text),
		cmocka_unit_test(test_compare_chooser_same_text),
		cmocka_unit_test(test_506_same_texts),
		cmocka_unit_test(test_filter_panel),
		cmocka_unit_test(test_empty_list_says_why),
		cmocka_unit_test(test_desc_title_keeps_the_registry_note),
		cmocka_unit_test(test_matches_highlighted),
		cmocka_unit_test(test_match_cut_off_lights_the_ellipsis),
		cmocka_unit_test(test_current_match_marked),
		cmocka_unit_test(test_monochrome_attributes),
		cmocka_unit_test(test_wide_text_is_clipped_by_columns),
		cmocka_unit_test(test_ascii_option),
		cmocka_unit_test(test_ascii_run),
	};
	const struct CMUnitTest ascii[] = {
		cmocka_unit_test(test_ascii_400),
		cmocka_unit_test(test_ascii_tree),
		cmocka_unit_test(test_ascii_compare),
		cmocka_unit_test(test_ascii_everywhere),
	};
	int rc;

	self = argv[0];
	ascii_run = argc > 1 && strcmp(argv[1], "--ascii") == 0;
	if (!setlocale(LC_ALL, ascii_run ? "C" : "C.UTF-8"))
		return 1;
	devnull_out = fopen("/dev/null", "w");
	devnull_in = fopen("/dev/null", "r");
	rc = ascii_run ? cmocka_run_group_tests_name("view (LC_ALL=C)", ascii, NULL, NULL)
		: cmocka_run_group_tests_name("view", utf8, NULL, NULL);
	fclose(devnull_out);
	fclose(devnull_in);
	return rc;
}
