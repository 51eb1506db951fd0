/* view_status: the status bar (position, where we are, what is hidden, a
 * note or the code being typed, and a key hint), and the screen shown when
 * the terminal is too small. */
#include <stdio.h>
#include <string.h>

#include "textlayout.h"
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

static const char *hint(const struct app *a)
{
	if (a->overlay == OVERLAY_FILTER)
		return "Space toggle  Esc close";
	if (a->overlay == OVERLAY_COMPARE && a->cmp_choosing)
		return "Space in/out  s done";
	if (a->overlay == OVERLAY_COMPARE)
		return "s choose  d diff  [ ] move  Esc back";
	if (a->overlay)
		return "j/k scroll  Esc close  q quit";
	if (a->search.typing)
		return "Enter keep  Esc cancel";
	return "? help  q quit";
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
static void draw_prompt(WINDOW *w, const struct app *a, const char *h)
{
	attr_t bar = view_attr(R_BAR);
	const char *t = a->search.text, *e = a->search.error;
	int avail = a->width - 1, tw = view_width(t), hw = view_width(h);
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
	if (x + 1 + hw <= avail)
		view_str(w, 0, avail - hw, hw, h, view_attr(R_BAR_KEY));
	wmove(w, 0, cur);
}

void view_status_draw(WINDOW *w, const struct app *a)
{
	attr_t bar = view_attr(R_BAR);
	char left[640], filters[512];
	const char *h = hint(a);
	int hw = view_width(h), width = a->width, x;

	view_fill(w, 0, 0, width, bar);
	if (a->search.typing && !a->overlay) {
		draw_prompt(w, a, h);
		return;
	}
	filter_note(a, filters, sizeof(filters));
	if (a->search.text[0]) {
		size_t n = strlen(filters);

		snprintf(filters + n, sizeof(filters) - n, "%s/%s", n ? "  " : "", a->search.text);
	}
	if (a->ndigits)
		snprintf(left, sizeof(left), " %zu/%zu  jump: %s_", a->nrows ? a->list_sel + 1 : 0,
			 a->nrows, a->digits);
	else
		snprintf(left, sizeof(left), " %zu/%zu%s%s%s%s", a->nrows ? a->list_sel + 1 : 0,
			 a->nrows, filters[0] ? "  " : "", filters, a->message[0] ? "  " : "",
			 a->message);
	x = view_str(w, 0, 0, width - hw - 2, left, bar);
	if (x + hw + 2 <= width)
		view_str(w, 0, width - hw - 1, hw, h, view_attr(R_BAR_KEY));
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

/* Centred as far as it fits; a 1x1 terminal gets what fits in one cell. */
void view_small_draw(WINDOW *w, const struct app *a)
{
	char size[64];
	const char *msg = "terminal too small";

	snprintf(size, sizeof(size), "%dx%d, needs %dx%d", a->width, a->height,
		 APP_MIN_COLS, APP_MIN_ROWS);
	for (int i = 0; i < 2 && i < a->height; i++) {
		const char *s = i ? size : msg;
		int len = (int)strlen(s), x = a->width > len ? (a->width - len) / 2 : 0;
		int y = a->height > 2 ? a->height / 2 - 1 + i : i;

		view_str(w, y, x, a->width - x - (y == a->height - 1), s, view_attr(R_NORMAL));
	}
}
