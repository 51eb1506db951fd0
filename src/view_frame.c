/* view_frame: what the panes and the screens over them share: a pane's
 * title row and its rule, a pager (the help, the sources, the filters
 * panel), and the screen shown when the terminal is too small. */
#include <stdio.h>

#include "view.h"

/* A pane's title row and its rule on the right (the tree and the list). */
void view_pane_frame(WINDOW *w, const struct app *a, enum pane p, const char *title,
		     const char *right)
{
	int h = a->pane[p].h, fill = a->pane[p].w;
	/* the description's title as wide as its text, the rest of its row bare */
	int pw = p == PANE_DESC ? app_desc_measure(a) : fill;
	attr_t t = view_attr(a->focus == p ? R_TITLE_FOCUS : R_TITLE);
	int rw = right ? view_width(right) : 0;

	if (rw && view_width(title) + rw + 4 > pw)
		rw = 0;         /* no room for the note: the title comes first */
	view_fill(w, 0, 0, pw, t);
	view_trunc(w, 0, 1, pw - 2 - (rw ? rw + 1 : 0), title, t);
	if (rw)
		view_str(w, 0, pw - 1 - rw, rw, right, t);
	if (p != PANE_DESC)
		mvwvline(w, 0, fill, ACS_VLINE | view_attr(R_RULE), h);
}

/* The pager's lines from its top, its selected line (the filters panel's)
 * in the focused selection's role across the screen. */
void view_pager_draw(WINDOW *w, const struct app *a, const struct screen *s)
{
	const struct pager *p = (const struct pager *)s;
	int rows = a->height - 1;

	for (int i = 0; i < rows && p->top + (size_t)i < p->doc.n; i++) {
		size_t k = p->top + (size_t)i;
		const struct dline *l = &p->doc.v[k];

		if ((long)k == p->sel) {
			view_fill(w, i, 0, a->width, view_attr(R_SEL_FOCUS));
			view_text(w, i, 2 + l->indent, a->width - 4 - l->indent, l->s, l->len,
				  view_attr(R_SEL_FOCUS));
			continue;
		}
		view_dline(w, i, 2, a->width - 4, &p->doc, l, -1);
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
