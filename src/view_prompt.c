/* view_prompt: the search prompt's view: the status bar, where the text
 * is typed. */
#include <string.h>

#include "screen_prompt.h"
#include "textlayout.h"
#include "view.h"

/* Where the last cols columns of s start (at a character boundary). */
static const char *tail_of(const char *s, int cols)
{
	size_t n = strlen(s), off = 0;

	while (off < n && view_width(s + off) > cols)
		off = tl_cluster_end(s, n, off);
	return s + off;
}

/* "/teap_", and why it does not parse when it does not. The end of the
 * text, where the typing goes, is always in sight: a text too long for the
 * bar loses its start behind an ellipsis. An error gets up to half of the
 * room, the key hints what is left. The window's cursor is left at the
 * insertion point (on the "_"), where ui shows it. */
void view_prompt_draw(WINDOW *w, const struct app *a, const struct screen *s)
{
	attr_t bar = view_attr(R_BAR);
	const char *t = prompt_text(s), *e = prompt_error(s);
	int avail = a->width - 1, tw = view_width(t);
	int ew = e[0] ? 2 + view_width(e) : 0, room = avail - 3, x, cur;

	view_fill(w, 0, 0, a->width, bar);
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
	view_status_hints(w, a, x);
	wmove(w, 0, cur);
}
