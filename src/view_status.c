/* view_status: the status bar (position, where we are, what is hidden, a
 * note or the code being typed, the selected row's marks spelled out, and
 * the key hints of the screen on top, from the bindings). */
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

/* "!2: two names in the sources; ms: Microsoft extension": the marks of
 * the selected row (query_code_marks, brief, the star as the list draws
 * it), each with its meaning; "" without a row, or under a screen. */
static void marks_note(const struct app *a, char *buf, size_t size)
{
	const struct code_info *ci = app_screen(a) == SCREEN_NONE ? app_code(a) : NULL;
	struct code_mark m[QUERY_MARKS_MAX];
	size_t n = ci ? query_code_marks(ci, true, m) : 0, used = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < n && used < size; i++) {
		char meaning[128];

		query_mark_meaning(&m[i], meaning, sizeof(meaning));
		used += (size_t)snprintf(buf + used, size - used, "%s%s: %s", i ? "; " : "",
					 m[i].kind == MARK_STAR ? view_glyphs()->star : m[i].text,
					 meaning);
	}
}

/* The hints of the level and above, "? help  q quit", into buf; the
 * columns they take. */
static int hint_text(const struct hint *h, enum keymode mode, int level, char *buf, size_t size)
{
	size_t n = 0;

	buf[0] = '\0';
	for (; h->label; h++) {
		char b1[16], b2[16];

		if (h->level < level)
			continue;
		n += (size_t)snprintf(buf + n, n < size ? size - n : 0, "%s%s%s%s %s", n ? "  " : "",
				      keys_first(h->act, mode, b1), h->act2 ? "/" : "",
				      h->act2 ? keys_first(h->act2, mode, b2) : "", h->label);
	}
	return view_width(buf);
}

/* The columns the key hints need after the facts, all of them (with the
 * blank column before them), 0 when there are none. */
static int hint_room(const struct app *a)
{
	enum keymode mode;
	const struct hint *h = app_hints(a, &mode);
	char buf[256];
	int hw = hint_text(h, mode, 0, buf, sizeof(buf));

	return hw ? hw + 1 : 0;
}

void view_status_hints(WINDOW *w, const struct app *a, int used)
{
	enum keymode mode;
	const struct hint *h = app_hints(a, &mode);
	int top = 0;
	char buf[256];

	for (const struct hint *k = h; k->label; k++)
		top = k->level > top ? k->level : top;
	for (int level = 0; level <= top; level++) {
		int hw = hint_text(h, mode, level, buf, sizeof(buf));

		if (hw && used + 1 + hw <= a->width - 1) {
			view_str(w, 0, a->width - 1 - hw, hw, buf, view_attr(R_BAR_KEY));
			return;
		}
	}
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

/* The marks spelled out (marks_note) in at most cols columns, into out:
 * as many whole marks as fit, then "; …" when some do not; none when not
 * even the first fits ("!2: two…" would say little). Returns the columns. */
static int fit_marks(const char *s, int cols, char *out, size_t size)
{
	const char *ell = view_glyphs()->ellipsis;
	size_t cut = 0;
	int w = 0;

	if (view_width(s) <= cols)
		return fit(s, cols, out, size);
	for (const char *p = strstr(s, "; "); p; p = strstr(p + 2, "; ")) {
		char *t = xasprintf("%.*s; %s", (int)(p - s), s, ell);

		if (view_width(t) <= cols)
			cut = (size_t)(p - s);
		free(t);
	}
	if (cut) {
		char *t = xasprintf("%.*s; %s", (int)cut, s, ell);

		w = fit(t, cols, out, size);
		free(t);
	}
	return w;
}

/* The facts of the bar, in the order they are shown. */
enum fact { F_POS, F_JUMP, F_FILTERS, F_SEARCH, F_MESSAGE, F_MARKS, F_COUNT };

/* The order in which they get room, the key hint after them all: where we
 * are first, a code being typed, what the last key did ("match 1/8"), the
 * search, what the filters hide, and last the marks spelled out, which
 * leave the key hints their whole room too: on a narrow bar they give way
 * first. */
static const enum fact fact_rank[F_COUNT] = {
	F_POS, F_JUMP, F_MESSAGE, F_SEARCH, F_FILTERS, F_MARKS,
};

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
	marks_note(a, want[F_MARKS], sizeof(want[F_MARKS]));
	if (a->search[0])
		snprintf(want[F_SEARCH], sizeof(want[F_SEARCH]), "/%s", a->search);
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
	facts_of(a, want);
	for (int r = 0; r < F_COUNT; r++) {
		enum fact f = fact_rank[r];
		int sep = f == F_POS ? 0 : 2, room = a->width - 1 - used - sep;

		if (f == F_MARKS)
			room -= hint_room(a);
		if (want[f][0] && room > 0)
			cols[f] = (f == F_MARKS ? fit_marks : fit)(want[f], room, shown[f],
								    sizeof(shown[f]));
		if (cols[f])
			used += sep + cols[f];
	}
	for (int f = 0; f < F_COUNT; f++) {
		if (!cols[f])
			continue;
		x += view_str(w, 0, x, a->width - x, f == F_POS ? " " : "  ", bar);
		x += view_str(w, 0, x, a->width - x, shown[f], bar);
	}
	view_status_hints(w, a, x);
}

