/* screen_compare: the compare view. The selected code's entries side by
 * side, one column each, scrolled together, the words a neighbour lacks
 * highlighted; a chooser to add and remove entries, keys to move the focus
 * and the columns. Its key tables are the help's too. No curses. */
#include "screen_compare.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app_int.h"
#include "textlayout.h"
#include "util.h"

#define CS(s) ((struct compare_screen *)(s))

int compare_screen_rows(const struct screen *s, const struct app *a)
{
	const struct compare_screen *c = (const struct compare_screen *)s;
	/* the title's rows, the headers' rows, rule, status */
	int head = c->choosing || c->head_rows < 1 ? 1 : c->head_rows;
	int rows = a->height - 2 - compare_screen_title_rows(s) - head;

	return rows > 1 ? rows : 1;
}

/* The column's text as shown (ASCII when needed), malloc'd, and its marked
 * runs in it (none when differences are off) into out (room for a span a
 * word): transliterated piece by piece so that the runs stay in place. */
static char *marked_text(const struct compare_screen *c, bool ascii, const struct cmp_col *col,
			 struct qspan *out, size_t *nout)
{
	size_t cap = col->words.n + 1, n = 0, len = strlen(col->text), pos = 0, k = 0;
	struct qspan *sp = xcalloc(cap, sizeof(*sp));
	char *t = xmalloc(1);

	t[0] = '\0';
	if (!c->plain)
		n = compare_spans(col, sp, cap);
	for (size_t i = 0; i <= n; i++) {
		size_t until = i < n ? sp[i].off : len, end = i < n ? sp[i].off + sp[i].len : len;
		const char *parts[2] = { col->text + pos, col->text + until };
		size_t lens[2] = { until - pos, end - until };

		for (int p = 0; p < 2; p++) {
			char *piece = ascii ? tl_ascii(parts[p], lens[p]) : xstrndup(parts[p], lens[p]);
			size_t pl = strlen(piece);

			if (p == 1 && i < n)
				out[i] = (struct qspan){ k, pl };
			t = xrealloc(t, k + pl + 1);
			memcpy(t + k, piece, pl + 1);
			k += pl;
			free(piece);
		}
		pos = end;
	}
	free(sp);
	*nout = n;
	return t;
}

/* A column's lines, every one wrapped to the column's width: a note when
 * its words are those of the column on its left, then its text with the
 * marked runs, or the note that the source gives only a name. */
static void column_doc(struct compare_screen *c, bool ascii, struct doc *d,
		       const struct cmp_col *col)
{
	struct qspan *out = xcalloc(col->words.n + 1, sizeof(*out));
	size_t n;
	char *t = marked_text(c, ascii, col, out, &n);

	doc_clear(d);
	if (col->same_as_left)
		doc_wrap(d, DL_NOTE, 0, COMPARE_SAME_NOTE, c->width, NULL, 0);
	if (!t[0]) {
		doc_wrap(d, DL_NOTE, 0, CATALOG_NO_TEXT, c->width, NULL, 0);
		free(t);
	} else {
		doc_wrap(d, DL_TEXT, 0, doc_own(d, t), c->width, out, n);
	}
	free(out);
}

/* Every column's header wrapped to the columns' width, all as tall as the
 * tallest, so that the name and its qualifier stay whole; past
 * COMPARE_HEAD_MAX rows a header is cut, with an ellipsis. */
static void head_docs(struct compare_screen *c, bool ascii)
{
	struct doc *d = &c->head;
	size_t nc = c->cmp.ncols, *ns = xcalloc(nc ? nc : 1, sizeof(*ns));
	struct tl_line **ls = xcalloc(nc ? nc : 1, sizeof(*ls));
	const char **hs = xcalloc(nc ? nc : 1, sizeof(*hs));
	unsigned w = c->width > 1 ? (unsigned)c->width : 1;

	doc_clear(d);
	c->head_rows = 1;
	for (size_t i = 0; i < nc; i++) {
		hs[i] = doc_own(d, compare_header(&c->cmp, &c->cmp.cols[i]));
		hs[i] = doc_text(d, ascii, hs[i]);
		ns[i] = tl_wrap_text(hs[i], strlen(hs[i]), w, &ls[i]);
		if ((int)ns[i] > c->head_rows)
			c->head_rows = ns[i] < COMPARE_HEAD_MAX ? (int)ns[i] : COMPARE_HEAD_MAX;
	}
	for (size_t i = 0; i < nc; i++) {
		for (size_t k = 0; k < (size_t)c->head_rows; k++) {
			const char *s = k < ns[i] ? hs[i] + ls[i][k].off : "";
			size_t len = k < ns[i] ? ls[i][k].len : 0;

			if (k + 1 == (size_t)c->head_rows && ns[i] > k + 1) {
				s = doc_own(d, tl_truncate(s, strlen(s), w, ascii ? "~" : "\xe2\x80\xa6"));
				len = strlen(s);
			}
			doc_add(d, len ? DL_TEXT : DL_BLANK, 0, s, len);
		}
		free(ls[i]);
	}
	free(ls);
	free(ns);
	free(hs);
}

/* The columns moved by delta lines (clamped): DIRTY_OVERLAY, or 0. */
static unsigned scroll(struct compare_screen *c, const struct app *a, long delta)
{
	size_t most = 0, max, top, rows = (size_t)compare_screen_rows(&c->base, a);
	long to;

	for (size_t i = 0; i < c->cmp.ncols; i++)
		most = c->docs[i].n > most ? c->docs[i].n : most;
	max = most > rows ? most - rows : 0;
	to = (long)c->top + delta;
	top = to < 0 ? 0 : (size_t)to > max ? max : (size_t)to;
	if (top == c->top)
		return 0;
	c->top = top;
	return DIRTY_OVERLAY;
}

/* The focused column in sight: the first shown moves as little as it can. */
static void show_focus(struct compare_screen *c)
{
	if (c->focus < c->first)
		c->first = c->focus;
	if (c->focus >= c->first + c->fit)
		c->first = c->focus + 1 - c->fit;
}

/* ---- the title ---------------------------------------------------------------- */

#define FACTS_MAX 5

/* The facts of the title, the most important first: why one column stands
 * alone, what the columns are, how many are out of sight, the zoom, the
 * highlights. */
static size_t title_facts(const struct compare_screen *c, const struct compare_words *w,
			  char hidden[48], const char *facts[FACTS_MAX])
{
	size_t n = 0, shown = c->cmp.ncols - c->first < c->fit ? c->cmp.ncols - c->first : c->fit;

	if (w->alone)
		facts[n++] = w->alone;
	if (w->kind)
		facts[n++] = w->kind;
	if (shown < c->cmp.ncols) {
		snprintf(hidden, 48, "%zu hidden (h/l)", c->cmp.ncols - shown);
		facts[n++] = hidden;
	}
	if (c->zoomed)
		facts[n++] = "zoomed (z)";
	facts[n++] = c->plain ? "differences off" : "differences on";
	return n;
}

/* How many of facts[0..n) fit in room columns, joined by ", ". */
static size_t facts_fit(const char *const *facts, size_t n, int room)
{
	size_t k = 0;
	int w = 0;

	for (; k < n; k++) {
		int more = (int)tl_width(facts[k], strlen(facts[k])) + (k ? 2 : 0);

		if (w + more > room)
			break;
		w += more;
	}
	return k;
}

#define NBSP "\xc2\xa0"
#define TITLE_MAX 3           /* rows of the title's main text, at most */

/* A line of the title, its no-break spaces plain ones again; cut with an
 * ellipsis where even it alone is too wide. */
static void title_line(struct doc *d, bool ascii, enum dline_kind kind, const char *s, size_t n,
		       int width)
{
	char *t = xmalloc(n + 1);
	const char *u;
	size_t k = 0;

	for (size_t i = 0; i < n; i++, k++) {
		bool nb = n - i >= 2 && memcmp(s + i, NBSP, 2) == 0;

		t[k] = nb ? ' ' : s[i];
		i += nb;
	}
	t[k] = '\0';
	u = doc_text(d, ascii, doc_own(d, t));
	if ((int)tl_width(u, strlen(u)) > width)
		u = doc_own(d, tl_truncate(u, strlen(u), (unsigned)width, ascii ? "~" : "\xe2\x80\xa6"));
	doc_add(d, kind, 0, u, strlen(u));
}

/* The facts f[0..n) joined by ", ", as the title's last line (DL_NOTE). */
static void facts_line(struct doc *d, bool ascii, const char *const *f, size_t n, int width)
{
	char buf[256];
	size_t len = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < n; i++)
		len += (size_t)snprintf(buf + len, len < sizeof(buf) ? sizeof(buf) - len : 0, "%s%s",
					i ? ", " : "", f[i]);
	if (n)
		title_line(d, ascii, DL_NOTE, buf, strlen(buf), width);
}

/* One way to write the title's main text: its lines at the width, how
 * many facts go with them and the rows they all take. */
struct title_try {
	char *text;               /* the words of the count joined by no-break spaces */
	struct tl_line *l;
	size_t n, facts, rows;
};

/* The facts after the last line when they all fit; else, when there is
 * room for it (tall), on a row of their own; else those that fit after it. */
static void title_try(struct title_try *t, const char *text, int width,
		      const char *const *facts, size_t nf, bool tall)
{
	size_t last;

	t->text = xstrdup(text);
	t->n = tl_wrap_text(t->text, strlen(t->text), (unsigned)width, &t->l);
	t->n = t->n < TITLE_MAX ? t->n : TITLE_MAX;
	last = t->n ? t->l[t->n - 1].indent + t->l[t->n - 1].width : 0;
	t->facts = facts_fit(facts, nf, width - (int)last - 2);
	t->rows = t->n;
	if (t->facts < nf && tall) {
		t->facts = facts_fit(facts, nf, width);
		t->rows += t->facts > 0;
	}
}

/* s with its spaces no-break ones, so that a wrap keeps its words together
 * (malloc'd). */
static char *nbsp_join(const char *s)
{
	char *t = xmalloc(2 * strlen(s) + 1), *q = t;

	for (; *s; s++) {
		if (*s != ' ') {
			*q++ = *s;
			continue;
		}
		memcpy(q, NBSP, 2);
		q += 2;
	}
	*q = '\0';
	return t;
}

/* The title: the code, its name and "N of M entries" whole (the count's
 * words never split), on as many lines as the width needs; then the facts
 * after them on the last line when they all fit, else on a line of their
 * own on a screen of COMPARE_FACTS_ROWS rows or more, else those that fit
 * after them, the least important dropped first. When the code, name and
 * count do not fit on one line, without "compare: " if that takes fewer
 * rows, or as many with more facts. */
static void title_build(struct compare_screen *c, const struct app *a)
{
	struct compare_words w;
	char hidden[48], *count, *p;
	const char *facts[FACTS_MAX];
	int width = a->width - 2 > 1 ? a->width - 2 : 1;
	struct title_try t[2];
	size_t nf, k, b;

	compare_words(&c->cmp, &w);
	nf = title_facts(c, &w, hidden, facts);
	count = nbsp_join(w.count);
	p = xasprintf("%03d %s \xe2\x80\x94 compare:" NBSP "%s", c->cmp.ci->code, c->cmp.ci->name, count);
	title_try(&t[0], p, width, facts, nf, a->height >= COMPARE_FACTS_ROWS);
	free(p);
	p = xasprintf("%03d %s \xe2\x80\x94 %s", c->cmp.ci->code, c->cmp.ci->name, count);
	title_try(&t[1], p, width, facts, nf, a->height >= COMPARE_FACTS_ROWS);
	free(p);
	b = t[0].n > 1 && (t[1].rows < t[0].rows ||
			   (t[1].rows == t[0].rows && t[1].facts > t[0].facts));
	k = t[b].facts;
	c->title_rows = (int)t[b].rows;
	doc_clear(&c->title);
	for (size_t i = 0; i < t[b].n; i++)
		title_line(&c->title, a->ascii, DL_TITLE, t[b].text + t[b].l[i].off, t[b].l[i].len, width);
	facts_line(&c->title, a->ascii, facts, k, width);
	for (int i = 0; i < 2; i++) {
		free(t[i].text);
		free(t[i].l);
	}
	free(count);
}

/* Everything drawn, for the width there is now: as many columns as fit,
 * or the focused one alone when zoomed. */
static void build(struct compare_screen *c, const struct app *a)
{
	size_t n = c->cmp.ncols;

	c->fit = compare_layout(n, a->width - 2, &c->width);
	if (c->zoomed) {
		c->fit = 1;
		c->width = a->width - 2 > 1 ? a->width - 2 : 1;
	}
	head_docs(c, a->ascii);
	if (c->ndocs < n) {
		c->docs = xreallocarray(c->docs, n, sizeof(*c->docs));
		memset(c->docs + c->ndocs, 0, (n - c->ndocs) * sizeof(*c->docs));
		c->ndocs = n;
	}
	for (size_t i = 0; i < n; i++)
		column_doc(c, a->ascii, &c->docs[i], &c->cmp.cols[i]);
	if (c->focus >= n)
		c->focus = n ? n - 1 : 0;
	show_focus(c);
	if (c->first + c->fit > n)
		c->first = n > c->fit ? n - c->fit : 0;
	title_build(c, a);      /* how many are out of sight, now */
	scroll(c, a, 0);        /* the same place, or the last that still exists */
}

/* A code with one entry to show: nothing to compare it with. The note
 * after it is for a code that has more (how to bring them in). */
static void say_alone(struct app *a, const struct code_info *ci, const char *more)
{
	app_say(a, "%03d: only one entry %s, nothing to compare it with%s", ci->code,
		ci->count > 1 ? "is shown" : "in all", ci->count > 1 ? more : "");
}

/* The columns as a compare starts: the first focused, at the top, the
 * differences highlighted unless they are different meanings. */
static void start(struct compare_screen *c, const struct app *a)
{
	c->first = c->focus = c->top = 0;
	c->plain = !compare_marked(&c->cmp, COMPARE_MARKS_AUTO);
	c->choosing = false;
	c->choice = c->choice_top = 0;
	build(c, a);
}

static void compare_close(struct screen *s, struct app *a)
{
	struct compare_screen *c = CS(s);

	(void)a;
	for (size_t i = 0; i < c->ndocs; i++)
		doc_free(&c->docs[i]);
	free(c->docs);
	c->docs = NULL;
	c->ndocs = 0;
	doc_free(&c->head);
	c->head_rows = 0;
	doc_free(&c->title);
	c->title_rows = 0;
	compare_free(&c->cmp);
}

static unsigned compare_open(struct screen *s, struct app *a)
{
	struct compare_screen *c = CS(s);
	const struct code_info *ci = app_code(a);

	if (!ci || app_desc_is_class(a)) {
		app_say(a, "%s", !ci ? "compare: no code is shown"
			: "compare: select a code in the list first");
		return DIRTY_STATUS | SCREEN_CLOSE;
	}
	compare_default(&c->cmp, a->cat, ci, &a->filter);
	if (!c->cmp.ncols) {
		compare_free(&c->cmp);
		app_say(a, "compare: no entry of %03d is shown", ci->code);
		return DIRTY_STATUS | SCREEN_CLOSE;
	}
	if (c->cmp.ncols == 1)
		say_alone(a, ci, " (s chooses)");
	c->zoomed = false;
	start(c, a);
	return DIRTY_ALL;
}

/* On top again: gone when the filters changed the code selected under it. */
static unsigned compare_resume(struct screen *s, struct app *a)
{
	struct compare_screen *c = CS(s);

	if (c->cmp.ci != app_code(a))
		return SCREEN_CLOSE;
	build(c, a);
	return DIRTY_ALL;
}

static void compare_layout_(struct screen *s, struct app *a)
{
	build(CS(s), a);
}

/* ---- the columns' keys ------------------------------------------------------ */

static unsigned by_line(struct screen *s, struct app *a, int dir)
{
	return scroll(CS(s), a, dir);
}

static unsigned by_page(struct screen *s, struct app *a, int dir)
{
	int rows = compare_screen_rows(s, a);

	return scroll(CS(s), a, dir * (rows > 1 ? rows - 1 : 1));
}

static unsigned to_end(struct screen *s, struct app *a, int dir)
{
	return scroll(CS(s), a, dir * (1L << 30));
}

static unsigned focus(struct screen *s, struct app *a, int dir)
{
	struct compare_screen *c = CS(s);

	(void)a;
	if ((dir < 0 && c->focus == 0) || (dir > 0 && c->focus + 1 >= c->cmp.ncols))
		return 0;
	c->focus += (size_t)(long)dir;
	show_focus(c);          /* scroll across */
	return DIRTY_OVERLAY;
}

static unsigned swap(struct screen *s, struct app *a, int dir)
{
	struct compare_screen *c = CS(s);
	size_t to = c->focus + (size_t)(long)dir;

	if ((dir < 0 && c->focus == 0) || to >= c->cmp.ncols)
		return 0;
	compare_swap(&c->cmp, c->focus, to);
	c->focus = to;
	build(c, a);
	return DIRTY_OVERLAY;
}

static unsigned choose(struct screen *s, struct app *a, int arg)
{
	(void)a;
	(void)arg;
	CS(s)->choosing = true;
	return DIRTY_OVERLAY | DIRTY_STATUS;
}

/* z: the focused column alone at the whole width, and back. */
static unsigned zoom(struct screen *s, struct app *a, int arg)
{
	(void)arg;
	CS(s)->zoomed = !CS(s)->zoomed;
	build(CS(s), a);
	return DIRTY_OVERLAY;
}

static unsigned diff(struct screen *s, struct app *a, int arg)
{
	(void)arg;
	CS(s)->plain = !CS(s)->plain;
	build(CS(s), a);
	return DIRTY_OVERLAY;
}

/* ---- other codes: typed, or the next whose sources disagree ------------------ */

/* Select code in the panes, in the tree's selected node, else in its
 * class, else in All: the panes follow the compare view, so that Esc
 * leaves them on the code it compared last. */
static void select_in_panes(struct app *a, int code)
{
	const struct tree_node in[2] = { { (signed char)(code / 100), -1, 0 }, { -1, -1, 0 } };

	app_select_code(a, code);
	for (int i = 0; i < 2 && app_selected_code(a) != code; i++) {
		app_select_node_of(a, in[i]);
		app_select_code(a, code);
	}
	if (a->focus == PANE_TREE)
		app_set_focus(a, PANE_LIST);
	app_scroll_all(a);
}

/* Compare the visible code a->visible[vi] instead, and select it in the
 * panes; a code with less than two entries to show is not compared, and
 * the status bar says why. */
static unsigned compare_code(struct compare_screen *c, struct app *a, size_t vi)
{
	const struct code_info *ci = &a->facts[a->visible[vi].code];
	struct compare next;

	compare_default(&next, a->cat, ci, &a->filter);
	if (next.ncols < 2) {
		say_alone(a, ci, "");
		compare_free(&next);
		return DIRTY_STATUS;
	}
	select_in_panes(a, ci->code);
	compare_free(&c->cmp);
	c->cmp = next;
	start(c, a);
	return DIRTY_ALL;
}

/* The visible code that the three digits typed name, as an index of
 * a->visible; -1 if none. */
static long typed_code(const struct app *a)
{
	int code = atoi(a->digits);

	for (size_t i = 0; i < a->nvisible; i++)
		if (a->cat->codes[a->visible[i].code].code == code)
			return (long)i;
	return -1;
}

/* A digit of a code to compare (the key of the action): the status bar
 * shows the digits so far (a->digits), as on the panes; the third
 * compares the code, or says why not, as on the panes. */
static unsigned type_digit(struct screen *s, struct app *a, int arg)
{
	long i;

	(void)arg;
	if (a->ndigits >= 3)
		a->ndigits = 0;
	a->digits[a->ndigits++] = (char)CS(s)->key;
	a->digits[a->ndigits] = '\0';
	if (a->ndigits < 3)
		return DIRTY_STATUS;
	a->ndigits = 0;
	if ((i = typed_code(a)) >= 0)
		return DIRTY_STATUS | compare_code(CS(s), a, (size_t)i);
	app_say_not_shown(a, atoi(a->digits));
	return DIRTY_STATUS;
}

/* Is the visible code a->visible[i] a conflict: do its visible entries
 * give more than one name? */
static bool conflict_at(const struct app *a, size_t i)
{
	return a->facts[a->visible[i].code].nnames > 1;
}

/* The index in a->visible of the code ci (0 when it is not there). */
static size_t visible_of(const struct app *a, const struct code_info *ci)
{
	size_t i = 0;

	while (i < a->nvisible && &a->facts[a->visible[i].code] != ci)
		i++;
	return i < a->nvisible ? i : 0;
}

/* How many conflicts a->visible[0..to) holds. */
static size_t conflicts_before(const struct app *a, size_t to)
{
	size_t n = 0;

	for (size_t i = 0; i < to; i++)
		n += conflict_at(a, i);
	return n;
}

/* The next (dir 1) or previous (-1) conflict in the list's order, round
 * past its end; the status bar says which of how many it is. */
static unsigned conflict(struct screen *s, struct app *a, int dir)
{
	struct compare_screen *c = CS(s);
	size_t n = a->nvisible, at = visible_of(a, c->cmp.ci), j = at;
	size_t total = conflicts_before(a, n);

	for (size_t step = 1; step < n; step++) {
		j = (j + n + (size_t)(long)dir) % n;
		if (!conflict_at(a, j))
			continue;
		app_say(a, "conflict %zu of %zu%s", conflicts_before(a, j) + 1, total,
			(dir > 0) != (j < at) ? "" : dir > 0 ? ", from the top" : ", from the bottom");
		return DIRTY_STATUS | compare_code(c, a, j);
	}
	app_say(a, "%s", total ? "no other code shown has sources that give different names"
		: "no code shown has sources that give different names");
	return DIRTY_STATUS;
}

static const struct screen_key column_rows[] = {
	{ "every column down one line", by_line, 1, { ACT_DOWN } },
	{ "every column up one line", by_line, -1, { ACT_UP } },
	{ "every column down one page", by_page, 1, { ACT_PAGE_DOWN, ACT_PANEL_TOGGLE } },
	{ "every column up one page", by_page, -1, { ACT_PAGE_UP } },
	{ "every column to the top", to_end, -1, { ACT_TOP } },
	{ "every column to the bottom", to_end, 1, { ACT_BOTTOM } },
	{ "the focus to the column on the right", focus, 1, { ACT_FOCUS_RIGHT, ACT_FOCUS_NEXT } },
	{ "the focus to the column on the left", focus, -1, { ACT_FOCUS_LEFT, ACT_FOCUS_PREV } },
	{ NULL, swap, -1, { ACT_CMP_SWAP_LEFT } },
	{ NULL, swap, 1, { ACT_CMP_SWAP_RIGHT } },
	{ NULL, choose, 0, { ACT_CMP_CHOOSE } },
	{ NULL, diff, 0, { ACT_CMP_DIFF } },
	{ NULL, conflict, 1, { ACT_CMP_NEXT_CONFLICT } },
	{ NULL, conflict, -1, { ACT_CMP_PREV_CONFLICT } },
	{ "type a code to compare it: 4 9 9", type_digit, 0, { ACT_DIGIT } },
	{ "the focused column alone, whole width, and back", zoom, 0, { ACT_ZOOM } },
	{ "close it: back where c was pressed", NULL, 0, { ACT_COMPARE, ACT_CLOSE } },
};

/* ---- the chooser: every entry of the code, in or out ------------------------ */

static unsigned choice_to(struct compare_screen *c, const struct app *a, size_t to)
{
	size_t rows = (size_t)compare_screen_rows(&c->base, a);

	if (to == c->choice)
		return 0;
	c->choice = to;
	if (c->choice < c->choice_top)
		c->choice_top = c->choice;
	else if (c->choice >= c->choice_top + rows)
		c->choice_top = c->choice + 1 - rows;
	return DIRTY_OVERLAY;
}

static unsigned choice_move(struct screen *s, struct app *a, int dir)
{
	struct compare_screen *c = CS(s);

	if ((dir < 0 && c->choice == 0) || (dir > 0 && c->choice + 1 >= c->cmp.ci->count))
		return 0;
	return choice_to(c, a, c->choice + (size_t)(long)dir);
}

/* The first entry (dir -1) or the last, shown as low as it can be. */
static unsigned choice_end(struct screen *s, struct app *a, int dir)
{
	struct compare_screen *c = CS(s);
	size_t to = dir < 0 ? 0 : c->cmp.ci->count - 1, rows = (size_t)compare_screen_rows(s, a);

	if (c->choice == to)
		return 0;
	c->choice = to;
	c->choice_top = dir < 0 || to + 1 <= rows ? 0 : to + 1 - rows;
	return DIRTY_OVERLAY;
}

static unsigned choice_toggle(struct screen *s, struct app *a, int arg)
{
	struct compare_screen *c = CS(s);

	(void)arg;
	compare_toggle(&c->cmp, &a->cat->entries[c->cmp.ci->first + c->choice]);
	build(c, a);
	return DIRTY_OVERLAY | DIRTY_STATUS;
}

static unsigned choice_done(struct screen *s, struct app *a, int arg)
{
	struct compare_screen *c = CS(s);

	(void)arg;
	if (!c->cmp.ncols) {    /* nothing to show: stay, and say why */
		app_say(a, "choose an entry first: Space puts one in");
		return DIRTY_STATUS;
	}
	c->choosing = false;
	return DIRTY_OVERLAY | DIRTY_STATUS;
}

static const struct screen_key chooser_rows[] = {
	{ "the next entry", choice_move, 1, { ACT_DOWN } },
	{ "the previous entry", choice_move, -1, { ACT_UP } },
	{ "", choice_end, -1, { ACT_TOP } },
	{ "", choice_end, 1, { ACT_BOTTOM } },
	{ "put the entry in or take it out", choice_toggle, 0, { ACT_PANEL_TOGGLE, ACT_TOGGLE } },
	{ "done: back to the columns", choice_done, 0, { ACT_CMP_CHOOSE, ACT_CLOSE } },
};

#define ROWS(r) r, sizeof(r) / sizeof((r)[0])
static const struct screen_keys keys[] = {
	{ "compare", MODE_COMPARE, ROWS(column_rows) },
	{ "compare: choosing entries", MODE_COMPARE, ROWS(chooser_rows) },
};

static unsigned compare_act(struct screen *s, struct app *a, enum action act, int key)
{
	CS(s)->key = key;
	return screen_dispatch(s, a, &keys[CS(s)->choosing], act);
}

/* A click on a column gives it the focus; in the chooser, on an entry
 * (listed from two rows under the title), puts it in or takes it out. */
static unsigned compare_click(struct screen *s, struct app *a, int y, int x)
{
	struct compare_screen *c = CS(s);
	size_t shown = c->cmp.ncols - c->first < c->fit ? c->cmp.ncols - c->first : c->fit, j;
	int under = compare_screen_title_rows(s);

	if (c->choosing) {
		size_t i = c->choice_top + (size_t)(y - under - 2);

		if (y < under + 2 || i >= c->cmp.ci->count)
			return 0;
		c->choice = i;
		return choice_toggle(s, a, 0);
	}
	if (y < under || x < 1 || c->width <= 0)
		return 0;
	j = (size_t)(x - 1) / (size_t)(c->width + COMPARE_SEP);
	if (j >= shown || c->first + j == c->focus)
		return 0;
	c->focus = c->first + j;
	return DIRTY_OVERLAY;
}

static unsigned compare_wheel(struct screen *s, struct app *a, int dir)
{
	return CS(s)->choosing ? 0 : scroll(CS(s), a, 3L * dir);
}

static void compare_free_(struct screen *s)
{
	compare_close(s, NULL);
}

static const struct hint *compare_hints(const struct screen *s)
{
	static const struct hint columns[] = {
		{ ACT_CMP_CHOOSE, ACT_NONE, "choose", 2 },
		{ ACT_CMP_DIFF, ACT_NONE, "diff", 2 },
		{ ACT_CMP_PREV_CONFLICT, ACT_CMP_NEXT_CONFLICT, "conflicts", 0 },
		{ ACT_CMP_SWAP_LEFT, ACT_CMP_SWAP_RIGHT, "move", 1 },
		{ ACT_CLOSE, ACT_NONE, "back", 3 },
		HINT_END,
	};
	static const struct hint chooser[] = {
		{ ACT_PANEL_TOGGLE, ACT_NONE, "in/out", 0 },
		{ ACT_CMP_CHOOSE, ACT_NONE, "done", 1 },
		HINT_END,
	};

	return ((const struct compare_screen *)s)->choosing ? chooser : columns;
}

const struct screen_ops screen_compare_ops = {
	.opens = ACT_COMPARE,
	.mode = MODE_COMPARE,
	.covers = true,
	.size = sizeof(struct compare_screen),
	.keys = keys,
	.nkeys = 2,
	.open = compare_open,
	.resume = compare_resume,
	.layout = compare_layout_,
	.act = compare_act,
	.click = compare_click,
	.wheel = compare_wheel,
	.close = compare_close,
	.free = compare_free_,
	.hints = compare_hints,
	.draw = view_compare_draw,
};

void compare_screen_show(struct app *a, const struct entry *const *es, size_t n)
{
	struct compare_screen *c = CS(a->screens[SCREEN_COMPARE]);
	const struct code_info *ci = c->cmp.ci;

	compare_free(&c->cmp);
	compare_set(&c->cmp, a->cat, ci, es, n);
	build(c, a);
}

/* ---- what its view and the tests read ---------------------------------------- */

#define CC(s) ((const struct compare_screen *)(s))

const struct compare *compare_screen_columns(const struct screen *s) { return &CC(s)->cmp; }
const struct doc *compare_screen_doc(const struct screen *s, size_t col) { return &CC(s)->docs[col]; }
size_t compare_screen_ndocs(const struct screen *s) { return CC(s)->ndocs; }
const struct doc *compare_screen_heads(const struct screen *s) { return &CC(s)->head; }
int compare_screen_head_rows(const struct screen *s) { return CC(s)->head_rows; }
const struct doc *compare_screen_title(const struct screen *s) { return &CC(s)->title; }
int compare_screen_title_rows(const struct screen *s) { return CC(s)->title_rows > 1 ? CC(s)->title_rows : 1; }
int compare_screen_width(const struct screen *s) { return CC(s)->width; }
size_t compare_screen_fit(const struct screen *s) { return CC(s)->fit; }
size_t compare_screen_first(const struct screen *s) { return CC(s)->first; }
size_t compare_screen_focus(const struct screen *s) { return CC(s)->focus; }
size_t compare_screen_top(const struct screen *s) { return CC(s)->top; }
bool compare_screen_plain(const struct screen *s) { return CC(s)->plain; }
bool compare_screen_zoomed(const struct screen *s) { return CC(s)->zoomed; }
bool compare_screen_choosing(const struct screen *s) { return CC(s)->choosing; }
size_t compare_screen_choice(const struct screen *s) { return CC(s)->choice; }
