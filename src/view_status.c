/* view_status: the status bar (position, where we are, what is hidden, a
 * note or the code being typed, and the key hints of the screen on top,
 * from the bindings). */
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
	view_status_hints(w, a, x);
}

