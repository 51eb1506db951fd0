/* view_compare: the compare view: a title, one header per column (the
 * focused one marked), then the columns' lines side by side, scrolled
 * together; or the chooser's list of the code's entries. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "view.h"

/* The code and what is compared on the left; on the right, how many
 * columns are out of sight (it always shows) and whether differences are
 * highlighted. */
static void title(WINDOW *w, const struct app *a)
{
	const struct compare *c = &a->cmp;
	size_t shown = c->ncols - a->cmp_first < a->cmp_fit ? c->ncols - a->cmp_first : a->cmp_fit;
	char left[200], right[120];
	int rw;

	snprintf(left, sizeof(left), "%03d %s %s compare: %zu of its %u entries%s", c->ci->code,
		 c->ci->name, view_glyphs()->dash, c->ncols, c->ci->count,
		 c->identical ? ", identical texts" : "");
	if (shown < c->ncols)
		snprintf(right, sizeof(right), "%zu hidden (h/l), differences %s",
			 c->ncols - shown, a->cmp_plain ? "off" : "on");
	else
		snprintf(right, sizeof(right), "differences %s", a->cmp_plain ? "off" : "on");
	rw = view_width(right);
	if (rw > a->width - 8)
		rw = a->width - 8;
	view_fill(w, 0, 0, a->width, view_attr(R_TITLE));
	view_trunc(w, 0, 1, a->width - rw - 3, left, view_attr(R_TITLE));
	view_trunc(w, 0, a->width - rw - 1, rw, right, view_attr(R_NOTE));
}

/* Rows of the headers (each column's as tall as the tallest). */
static int head_rows(const struct app *a)
{
	return a->cmp_head_rows > 1 ? a->cmp_head_rows : 1;
}

/* Headers, wrapped, and the rule (or "same words as on the left") under
 * them. */
static void headers(WINDOW *w, const struct app *a, size_t shown)
{
	const struct compare *c = &a->cmp;
	int rows = head_rows(a);

	for (size_t j = 0; j < shown; j++) {
		const struct cmp_col *col = &c->cols[a->cmp_first + j];
		int x = 1 + (int)j * (a->cmp_width + COMPARE_SEP);
		bool focused = a->cmp_first + j == a->cmp_focus;
		attr_t at = view_attr(focused ? R_TITLE_FOCUS : R_LABEL);

		for (int k = 0; k < rows; k++) {
			size_t i = (a->cmp_first + j) * (size_t)rows + (size_t)k;

			if (focused)
				view_fill(w, 1 + k, x, a->cmp_width, at);
			if (i < a->cmp_head.n)
				view_text(w, 1 + k, x, a->cmp_width, a->cmp_head.v[i].s,
					  a->cmp_head.v[i].len, at);
		}
		if (col->same_as_left && a->cmp_first + j > 0)
			view_str(w, 1 + rows, x, a->cmp_width, "= the same words as on the left",
				 view_attr(R_NOTE));
		else
			mvwhline(w, 1 + rows, x, ACS_HLINE | view_attr(R_RULE), a->cmp_width);
	}
}

static void columns(WINDOW *w, const struct app *a, size_t shown)
{
	int top = 2 + head_rows(a), rows = a->height - 1 - top;

	for (size_t j = 0; j < shown; j++) {
		const struct doc *d = &a->cmp_docs[a->cmp_first + j];
		int x = 1 + (int)j * (a->cmp_width + COMPARE_SEP);

		for (int i = 0; i < rows && a->cmp_top + (size_t)i < d->n; i++)
			view_dline(w, top + i, x, a->cmp_width, d, &d->v[a->cmp_top + (size_t)i]);
		if (j + 1 < shown)
			mvwvline(w, 1, x + a->cmp_width + 1, ACS_VLINE | view_attr(R_RULE),
				 rows + top - 1);
	}
}

static void chooser(WINDOW *w, const struct app *a)
{
	const struct compare *c = &a->cmp;

	view_trunc(w, 1, 1, a->width - 2, "Choose the entries to compare: Space puts one in or "
		 "takes it out, s or Esc when done.", view_attr(R_NOTE));
	for (unsigned i = (unsigned)a->cmp_choice_top, y = 3; i < c->ci->count &&
	     (int)y < a->height - 1; i++, y++) {
		const struct entry *e = &a->cat->entries[c->ci->first + i];
		struct cmp_col col = { e, NULL, { 0 }, false };
		char *h = compare_header(c, &col), line[400];
		attr_t at = view_attr(i == a->cmp_choice ? R_SEL_FOCUS : R_NORMAL);

		snprintf(line, sizeof(line), "%s %.340s%s", compare_find(c, e) >= 0 ? "[x]" : "[ ]", h,
			 filter_entry(&a->filter, a->cat, e) ? "" : "  (hidden by the filters)");
		free(h);
		if (i == a->cmp_choice)
			view_fill(w, (int)y, 0, a->width, at);
		view_trunc(w, (int)y, 2, a->width - 4, line, at);
	}
}

void view_compare_draw(WINDOW *w, const struct app *a)
{
	size_t shown = a->cmp.ncols - a->cmp_first < a->cmp_fit ? a->cmp.ncols - a->cmp_first
		: a->cmp_fit;

	title(w, a);
	if (a->cmp_choosing) {
		chooser(w, a);
		return;
	}
	headers(w, a, shown);
	columns(w, a, shown);
}
