/* app_compare: the compare view. The selected code's entries side by side,
 * one column each, scrolled together, the words a neighbour lacks
 * highlighted; a chooser to add and remove entries, keys to move the focus
 * and the columns. No curses. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app_int.h"
#include "textlayout.h"
#include "util.h"

int compare_rows(const struct app *a)
{
	/* title, the headers' rows, rule, status; the chooser's list starts
	 * where a one-row header's text would */
	int head = a->cmp_choosing || a->cmp_head_rows < 1 ? 1 : a->cmp_head_rows;

	return a->height - 3 - head > 1 ? a->height - 3 - head : 1;
}

/* The column's text as shown (ASCII when needed) and its marked runs in
 * it: transliterated piece by piece so that the runs stay in place. */
static void column_doc(struct app *a, struct doc *d, const struct cmp_col *col)
{
	size_t cap = col->words.n + 1, n = 0, len = strlen(col->text), pos = 0, k = 0;
	struct qspan *sp = xcalloc(cap, sizeof(*sp)), *out = xcalloc(cap, sizeof(*out));
	char *t = xmalloc(1);

	t[0] = '\0';
	if (!a->cmp_plain)
		n = compare_spans(col, sp, cap);
	for (size_t i = 0; i <= n; i++) {
		size_t until = i < n ? sp[i].off : len, end = i < n ? sp[i].off + sp[i].len : len;
		const char *parts[2] = { col->text + pos, col->text + until };
		size_t lens[2] = { until - pos, end - until };

		for (int p = 0; p < 2; p++) {
			char *piece = a->ascii ? tl_ascii(parts[p], lens[p]) : xstrndup(parts[p], lens[p]);
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
	doc_clear(d);
	if (!len)
		doc_add(d, DL_NOTE, 0, CATALOG_NO_TEXT, strlen(CATALOG_NO_TEXT));
	else
		doc_wrap(d, DL_TEXT, 0, doc_own(d, t), a->cmp_width, out, n);
	if (!len)
		free(t);
	free(sp);
	free(out);
}

/* Every column's header wrapped to the columns' width, all as tall as the
 * tallest, so that the name and its qualifier stay whole; past
 * COMPARE_HEAD_MAX rows a header is cut, with an ellipsis. */
static void head_docs(struct app *a)
{
	struct doc *d = &a->cmp_head;
	size_t nc = a->cmp.ncols, *ns = xcalloc(nc ? nc : 1, sizeof(*ns));
	struct tl_line **ls = xcalloc(nc ? nc : 1, sizeof(*ls));
	const char **hs = xcalloc(nc ? nc : 1, sizeof(*hs));
	unsigned w = a->cmp_width > 1 ? (unsigned)a->cmp_width : 1;

	doc_clear(d);
	a->cmp_head_rows = 1;
	for (size_t i = 0; i < nc; i++) {
		hs[i] = doc_own(d, compare_header(&a->cmp, &a->cmp.cols[i]));
		hs[i] = doc_text(d, a->ascii, hs[i]);
		ns[i] = tl_wrap_text(hs[i], strlen(hs[i]), w, &ls[i]);
		if ((int)ns[i] > a->cmp_head_rows)
			a->cmp_head_rows = ns[i] < COMPARE_HEAD_MAX ? (int)ns[i] : COMPARE_HEAD_MAX;
	}
	for (size_t i = 0; i < nc; i++) {
		for (size_t k = 0; k < (size_t)a->cmp_head_rows; k++) {
			const char *s = k < ns[i] ? hs[i] + ls[i][k].off : "";
			size_t len = k < ns[i] ? ls[i][k].len : 0;

			if (k + 1 == (size_t)a->cmp_head_rows && ns[i] > k + 1) {
				s = doc_own(d, tl_truncate(s, strlen(s), w, a->ascii ? "~" : "\xe2\x80\xa6"));
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

void compare_build(struct app *a)
{
	struct compare *c = &a->cmp;

	a->cmp_fit = compare_layout(c->ncols, a->width - 2, &a->cmp_width);
	head_docs(a);
	if (a->cmp_ndocs < c->ncols) {
		a->cmp_docs = xreallocarray(a->cmp_docs, c->ncols, sizeof(*a->cmp_docs));
		memset(a->cmp_docs + a->cmp_ndocs, 0, (c->ncols - a->cmp_ndocs) * sizeof(*a->cmp_docs));
		a->cmp_ndocs = c->ncols;
	}
	for (size_t i = 0; i < c->ncols; i++)
		column_doc(a, &a->cmp_docs[i], &c->cols[i]);
	if (a->cmp_focus >= c->ncols)
		a->cmp_focus = c->ncols ? c->ncols - 1 : 0;
	if (a->cmp_focus < a->cmp_first)
		a->cmp_first = a->cmp_focus;
	if (a->cmp_focus >= a->cmp_first + a->cmp_fit)
		a->cmp_first = a->cmp_focus + 1 - a->cmp_fit;
	if (a->cmp_first + a->cmp_fit > c->ncols)
		a->cmp_first = c->ncols > a->cmp_fit ? c->ncols - a->cmp_fit : 0;
	compare_scroll(a, 0);   /* the same place, or the last that still exists */
}

unsigned compare_open(struct app *a)
{
	const struct code_info *ci = app_code(a);

	if (!ci || app_desc_is_class(a)) {
		snprintf(a->message, sizeof(a->message), "%s", !ci ? "compare: no code is shown"
			 : "compare: select a code in the list first");
		return DIRTY_STATUS;
	}
	compare_close(a);
	compare_default(&a->cmp, a->cat, ci, &a->filter);
	if (!a->cmp.ncols) {
		compare_free(&a->cmp);
		snprintf(a->message, sizeof(a->message), "compare: no entry of %03d is shown", ci->code);
		return DIRTY_STATUS;
	}
	if (a->cmp.ncols == 1)
		snprintf(a->message, sizeof(a->message), "%03d: only one entry %s, nothing to compare "
			 "it with%s", ci->code, ci->count > 1 ? "is shown" : "in all",
			 ci->count > 1 ? " (s chooses)" : "");
	a->overlay = OVERLAY_COMPARE;
	a->cmp_first = a->cmp_focus = a->cmp_top = 0;
	a->cmp_choosing = false;
	a->cmp_choice = a->cmp_choice_top = 0;
	compare_build(a);
	return DIRTY_ALL;
}

void compare_close(struct app *a)
{
	for (size_t i = 0; i < a->cmp_ndocs; i++)
		doc_free(&a->cmp_docs[i]);
	free(a->cmp_docs);
	a->cmp_docs = NULL;
	a->cmp_ndocs = 0;
	doc_free(&a->cmp_head);
	a->cmp_head_rows = 0;
	compare_free(&a->cmp);
}

/* ---- keys ---------------------------------------------------------------- */

unsigned compare_scroll(struct app *a, long delta)
{
	size_t most = 0, max, top;
	long to;

	for (size_t i = 0; i < a->cmp.ncols; i++)
		most = a->cmp_docs[i].n > most ? a->cmp_docs[i].n : most;
	max = most > (size_t)compare_rows(a) ? most - (size_t)compare_rows(a) : 0;
	to = (long)a->cmp_top + delta;
	top = to < 0 ? 0 : (size_t)to > max ? max : (size_t)to;
	if (top == a->cmp_top)
		return 0;
	a->cmp_top = top;
	return DIRTY_OVERLAY;
}

static unsigned focus(struct app *a, int dir)
{
	size_t n = a->cmp.ncols;

	if ((dir < 0 && a->cmp_focus == 0) || (dir > 0 && a->cmp_focus + 1 >= n))
		return 0;
	a->cmp_focus += (size_t)(long)dir;
	if (a->cmp_focus < a->cmp_first)
		a->cmp_first = a->cmp_focus;       /* scroll across */
	if (a->cmp_focus >= a->cmp_first + a->cmp_fit)
		a->cmp_first = a->cmp_focus + 1 - a->cmp_fit;
	return DIRTY_OVERLAY;
}

static unsigned swap(struct app *a, int dir)
{
	size_t to = a->cmp_focus + (size_t)(long)dir;

	if ((dir < 0 && a->cmp_focus == 0) || to >= a->cmp.ncols)
		return 0;
	compare_swap(&a->cmp, a->cmp_focus, to);
	a->cmp_focus = to;
	compare_build(a);
	return DIRTY_OVERLAY;
}

/* The chooser: every entry of the code, in or out. */
static unsigned choose_key(struct app *a, enum action act, int key)
{
	const struct code_info *ci = a->cmp.ci;

	switch (act) {
	case ACT_TOP: case ACT_BOTTOM:
		if (a->cmp_choice == (act == ACT_TOP ? 0 : ci->count - 1))
			return 0;
		a->cmp_choice = act == ACT_TOP ? 0 : ci->count - 1;
		a->cmp_choice_top = act == ACT_TOP ? 0 : a->cmp_choice + 1 >
			(size_t)compare_rows(a) ? a->cmp_choice + 1 - (size_t)compare_rows(a) : 0;
		return DIRTY_OVERLAY;
	case ACT_DOWN: case ACT_UP:
		if ((act == ACT_UP && a->cmp_choice == 0) ||
		    (act == ACT_DOWN && a->cmp_choice + 1 >= ci->count))
			return 0;
		a->cmp_choice += act == ACT_DOWN ? 1 : (size_t)-1;
		if (a->cmp_choice < a->cmp_choice_top)
			a->cmp_choice_top = a->cmp_choice;
		else if (a->cmp_choice >= a->cmp_choice_top + (size_t)compare_rows(a))
			a->cmp_choice_top = a->cmp_choice + 1 - (size_t)compare_rows(a);
		return DIRTY_OVERLAY;
	case ACT_PANEL_TOGGLE: case ACT_TOGGLE:
		compare_toggle(&a->cmp, &a->cat->entries[ci->first + a->cmp_choice]);
		compare_build(a);
		return DIRTY_OVERLAY | DIRTY_STATUS;
	case ACT_CMP_CHOOSE: case ACT_CLOSE:
		if (!a->cmp.ncols) {    /* nothing to show: stay, and say why */
			snprintf(a->message, sizeof(a->message),
				 "choose an entry first: Space puts one in");
			return DIRTY_STATUS;
		}
		a->cmp_choosing = false;
		return DIRTY_OVERLAY | DIRTY_STATUS;
	default:
		/* the other screens open over it, and come back to it */
		return act == ACT_QUIT || act == ACT_REDRAW || act == ACT_HELP || act == ACT_SOURCES ||
		       act == ACT_FILTER ? app_apply(a, act, key) : 0;
	}
}

unsigned compare_click(struct app *a, int y, int x)
{
	size_t shown = a->cmp.ncols - a->cmp_first < a->cmp_fit ? a->cmp.ncols - a->cmp_first
		: a->cmp_fit, j;

	if (a->cmp_choosing) {   /* the entries are listed from row 3 */
		size_t i = a->cmp_choice_top + (size_t)(y - 3);

		if (y < 3 || i >= a->cmp.ci->count)
			return 0;
		a->cmp_choice = i;
		return choose_key(a, ACT_TOGGLE, ' ');
	}
	if (y < 1 || x < 1 || a->cmp_width <= 0)
		return 0;
	j = (size_t)(x - 1) / (size_t)(a->cmp_width + COMPARE_SEP);
	if (j >= shown || a->cmp_first + j == a->cmp_focus)
		return 0;
	a->cmp_focus = a->cmp_first + j;
	return DIRTY_OVERLAY;
}

unsigned compare_key(struct app *a, int key)
{
	enum action act = keys_mode_action(MODE_COMPARE, key);
	long page = compare_rows(a) > 1 ? compare_rows(a) - 1 : 1;

	if (a->cmp_choosing)
		return choose_key(a, act, key);
	switch (act) {
	case ACT_DOWN: return compare_scroll(a, 1);
	case ACT_UP: return compare_scroll(a, -1);
	case ACT_PAGE_DOWN: case ACT_PANEL_TOGGLE: return compare_scroll(a, page);
	case ACT_PAGE_UP: return compare_scroll(a, -page);
	case ACT_TOP: return compare_scroll(a, -(1L << 30));
	case ACT_BOTTOM: return compare_scroll(a, 1L << 30);
	case ACT_FOCUS_LEFT: case ACT_FOCUS_PREV: return focus(a, -1);
	case ACT_FOCUS_RIGHT: case ACT_FOCUS_NEXT: return focus(a, 1);
	case ACT_CMP_SWAP_LEFT: return swap(a, -1);
	case ACT_CMP_SWAP_RIGHT: return swap(a, 1);
	case ACT_CMP_CHOOSE:
		a->cmp_choosing = true;
		return DIRTY_OVERLAY | DIRTY_STATUS;
	case ACT_CMP_DIFF:
		a->cmp_plain = !a->cmp_plain;
		compare_build(a);
		return DIRTY_OVERLAY;
	default:
		return app_apply(a, act, key);
	}
}
