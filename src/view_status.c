/* view_status: the status bar (position, where we are, what is hidden, a
 * note or the code being typed, and a key hint), and the screen shown when
 * the terminal is too small. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "textlayout.h"
#include "util.h"
#include "view.h"

/* "-nginx -esri", "standard", "sources 3/10": what the filter hides. */
static void filter_note(const struct app *a, char *buf, size_t size)
{
	size_t n = 0, shown = 0;

	buf[0] = '\0';
	for (int v = 0; v < VENDOR_COUNT; v++)
		if (!(a->filter.vendors & VENDOR_BIT(v)))
			n += (size_t)snprintf(buf + n, n < size ? size - n : 0, "%s-%s",
					      n ? " " : "", vendor_ids[v]);
	if (a->filter.standard && n < size)
		n += (size_t)snprintf(buf + n, size - n, "%sstandard only", n ? " " : "");
	if (a->filter.conflicts && n < size)
		n += (size_t)snprintf(buf + n, size - n, "%sconflicts only", n ? " " : "");
	if (a->filter.sources && n < size) {
		for (size_t i = 0; i < a->filter.nsources; i++)
			shown += a->filter.sources[i] != 0;
		snprintf(buf + n, size - n, "%ssources %zu/%zu", n ? " " : "", shown,
			 a->cat->nsources);
	}
}

/* The key hint, from its longest form to its shortest. */
static const char *const *hints(const struct app *a)
{
	static const char *const filter[] = { "Space toggle  Esc close", "Esc close", NULL };
	static const char *const choosing[] = { "Space in/out  s done", "s done", NULL };
	static const char *const compare[] = { "s choose  d diff  [ ] move  Esc back",
					       "s choose  d diff  Esc back", "Esc back", NULL };
	static const char *const overlay[] = { "j/k scroll  Esc close  q quit", "Esc close  q quit",
					       "Esc close", NULL };
	static const char *const typing[] = { "Enter keep  Esc cancel", "Esc cancel", NULL };
	static const char *const browse[] = { "? help  q quit", "? help", NULL };

	if (a->overlay == OVERLAY_FILTER)
		return filter;
	if (a->overlay == OVERLAY_COMPARE && a->cmp_choosing)
		return choosing;
	if (a->overlay == OVERLAY_COMPARE)
		return compare;
	if (a->overlay)
		return overlay;
	if (a->search.typing)
		return typing;
	return browse;
}

/* The longest form of the hint that fits at the right of the bar after
 * used columns, with a blank column on either side; none if none does. */
static void draw_hint(WINDOW *w, const struct app *a, int used)
{
	for (const char *const *h = hints(a); *h; h++) {
		int hw = view_width(*h);

		if (used + 1 + hw <= a->width - 1) {
			view_str(w, 0, a->width - 1 - hw, hw, *h, view_attr(R_BAR_KEY));
			return;
		}
	}
}

/* Where the last cols columns of s start (at a character boundary). */
static const char *tail_of(const char *s, int cols)
{
	size_t n = strlen(s), off = 0;

	while (off < n && view_width(s + off) > cols)
		off = tl_cluster_end(s, n, off);
	return s + off;
}

/* The search prompt: "/teap_", and why it does not parse when it does not.
 * The end of the text, where the typing goes, is always in sight: a text
 * too long for the bar loses its start behind an ellipsis. An error gets
 * up to half of the room, the key hint what is left. The window's cursor
 * is left at the insertion point (on the "_"), where ui shows it. */
static void draw_prompt(WINDOW *w, const struct app *a)
{
	attr_t bar = view_attr(R_BAR);
	const char *t = a->search.text, *e = a->search.error;
	int avail = a->width - 1, tw = view_width(t);
	int ew = e[0] ? 2 + view_width(e) : 0, room = avail - 3, x, cur;

	if (ew && tw + ew > room)
		room -= ew < room / 2 ? ew : room / 2;
	x = view_str(w, 0, 0, avail, " /", bar);
	if (tw > room) {
		const char *ell = view_glyphs()->ellipsis;

		x += view_str(w, 0, x, avail - x, ell, bar);
		t = tail_of(t, room - view_width(ell));
	}
	x += view_str(w, 0, x, avail - x, t, bar);
	cur = x;
	x += view_str(w, 0, x, avail - x, "_", view_attr(R_BAR_KEY));
	if (ew && x + 2 < avail)
		x += 2 + view_trunc(w, 0, x + 2, avail - x - 2, e, view_attr(R_ERROR));
	draw_hint(w, a, x);
	wmove(w, 0, cur);
}

/* s in at most cols columns, into out (size bytes, in ASCII when the
 * terminal needs it): whole, or cut before an ellipsis, after its last
 * word that fits ("-nginx -esri ~"). A first word too long for the room is
 * cut inside only if it has no digit, where "1/86" cut to "1/8" would read
 * as another number, and if three columns of it are left. Returns the
 * columns, 0 when nothing of s fits so. */
static int fit(const char *s, int cols, char *out, size_t size)
{
	const char *ell = view_glyphs()->ellipsis;
	char *t = view_ascii() ? tl_ascii(s, strlen(s)) : xstrdup(s);
	size_t n = strlen(t), ew = tl_width(ell, strlen(ell)), cut = 0, start, used = 0;
	int w = (int)tl_width(t, n);

	if (w > cols) {
		if (cols > (int)ew)
			cut = tl_clip(t, n, (size_t)cols - ew, &used);
		for (start = cut; start > 0 && t[start - 1] != ' ' && t[start] != ' '; start--)
			;
		if (start > 0)
			cut = start;            /* after a word and its space */
		else if (strcspn(t, "0123456789") < strcspn(t, " ") || used < 3)
			cut = 0;
		w = 0;
		if (cut) {
			snprintf(out, size, "%.*s%s", (int)cut, t, ell);
			w = (int)tl_width(out, strlen(out));
		}
	} else {
		snprintf(out, size, "%s", t);
	}
	free(t);
	return w;
}

/* The facts of the bar, in the order they are shown. */
enum fact { F_POS, F_JUMP, F_FILTERS, F_SEARCH, F_MESSAGE, F_COUNT };

/* The order in which they get room, the key hint after them all: where we
 * are first, a code being typed, what the last key did ("match 1/8"), the
 * search, what the filters hide. */
static const enum fact fact_rank[F_COUNT] = { F_POS, F_JUMP, F_MESSAGE, F_SEARCH, F_FILTERS };

/* Each fact in full ("" when there is nothing to say). While a code is
 * typed, the bar says only where we are and the code. */
static void facts_of(const struct app *a, char want[F_COUNT][640])
{
	for (int f = 0; f < F_COUNT; f++)
		want[f][0] = '\0';
	snprintf(want[F_POS], sizeof(want[F_POS]), "%zu/%zu", a->nrows ? a->list_sel + 1 : 0,
		 a->nrows);
	if (a->ndigits) {
		snprintf(want[F_JUMP], sizeof(want[F_JUMP]), "jump: %s_", a->digits);
		return;
	}
	filter_note(a, want[F_FILTERS], sizeof(want[F_FILTERS]));
	if (a->search.text[0])
		snprintf(want[F_SEARCH], sizeof(want[F_SEARCH]), "/%s", a->search.text);
	snprintf(want[F_MESSAGE], sizeof(want[F_MESSAGE]), "%s", a->message);
}

/* The facts that fit, each whole, cut (fit) or left out, two columns
 * apart; then the longest key hint that fits after them. */
void view_status_draw(WINDOW *w, const struct app *a)
{
	attr_t bar = view_attr(R_BAR);
	char want[F_COUNT][640], shown[F_COUNT][640];
	int cols[F_COUNT] = { 0 }, used = 1, x = 0;

	view_fill(w, 0, 0, a->width, bar);
	if (a->search.typing && !a->overlay) {
		draw_prompt(w, a);
		return;
	}
	facts_of(a, want);
	for (int r = 0; r < F_COUNT; r++) {
		enum fact f = fact_rank[r];
		int sep = f == F_POS ? 0 : 2, room = a->width - 1 - used - sep;

		if (want[f][0] && room > 0)
			cols[f] = fit(want[f], room, shown[f], sizeof(shown[f]));
		if (cols[f])
			used += sep + cols[f];
	}
	for (int f = 0; f < F_COUNT; f++) {
		if (!cols[f])
			continue;
		x += view_str(w, 0, x, a->width - x, f == F_POS ? " " : "  ", bar);
		x += view_str(w, 0, x, a->width - x, shown[f], bar);
	}
	draw_hint(w, a, x);
}

void view_overlay_draw(WINDOW *w, const struct app *a)
{
	int rows = a->height - 1;

	if (a->overlay == OVERLAY_COMPARE) {
		view_compare_draw(w, a);
		return;
	}
	for (int i = 0; i < rows && a->over_top + (size_t)i < a->over.n; i++) {
		size_t k = a->over_top + (size_t)i;

		const struct dline *l = &a->over.v[k];

		if ((long)k == a->over_sel) {   /* the filters panel's selection */
			view_fill(w, i, 0, a->width, view_attr(R_SEL_FOCUS));
			view_text(w, i, 2 + l->indent, a->width - 4 - l->indent, l->s, l->len,
				  view_attr(R_SEL_FOCUS));
			continue;
		}
		view_dline(w, i, 2, a->width - 4, &a->over, l);
	}
}

/* The first of forms (longest first, NULL-terminated) that fits in cols
 * columns, or NULL. */
static const char *first_fitting(const char *const *forms, int cols)
{
	for (; *forms; forms++)
		if (view_width(*forms) <= cols)
			return *forms;
	return NULL;
}

/* Two lines, "terminal too small" and "12x8, needs 40x10", each centred in
 * the longest of its forms that fits whole; one line on a one-row
 * terminal. The bottom-right cell stays blank, so a 1x1 terminal shows
 * nothing. */
void view_small_draw(WINDOW *w, const struct app *a)
{
	char dims[16], size[64], needs[32], min[32], both[128];
	const char *const what[] = { "terminal too small", "too small", "small", "!", NULL };
	const char *const why[] = { size, needs, min, dims, NULL };
	const char *const one[] = { both, what[0], what[1], what[2], what[3], NULL };
	int lines = a->height > 1 ? 2 : 1;

	snprintf(dims, sizeof(dims), "%dx%d", APP_MIN_COLS, APP_MIN_ROWS);
	snprintf(size, sizeof(size), "%dx%d, needs %s", a->width, a->height, dims);
	snprintf(needs, sizeof(needs), "needs %s", dims);
	snprintf(min, sizeof(min), "min %s", dims);
	snprintf(both, sizeof(both), "terminal too small: %s", size);
	for (int i = 0; i < lines; i++) {
		int y = a->height > 2 ? a->height / 2 - 1 + i : i;
		int cols = a->width - (y == a->height - 1);
		const char *s = first_fitting(lines == 1 ? one : i ? why : what, cols);

		if (s)
			view_str(w, y, (cols - view_width(s)) / 2, cols, s, view_attr(R_NORMAL));
	}
}
