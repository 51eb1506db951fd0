/* view_compare: the compare view: a title, one header per column (the
 * focused one marked), then the columns' lines side by side, scrolled
 * together; or the chooser's list of the code's entries. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "screen_compare.h"
#include "view.h"

/* The code and what is compared on the left; on the right, how many
 * columns are out of sight (it always shows) and whether differences are
 * highlighted. */
static void title(WINDOW *w, const struct app *a, const struct compare_screen *cs)
{
	const struct compare *c = &cs->cmp;
	size_t shown = c->ncols - cs->first < cs->fit ? c->ncols - cs->first : cs->fit;
	char left[200], right[120];
	int rw;

	snprintf(left, sizeof(left), "%03d %s %s compare: %zu of its %u entries%s", c->ci->code,
		 c->ci->name, view_glyphs()->dash, c->ncols, c->ci->count,
		 c->identical ? ", identical texts" : "");
	if (shown < c->ncols)
		snprintf(right, sizeof(right), "%zu hidden (h/l), differences %s",
			 c->ncols - shown, cs->plain ? "off" : "on");
	else
		snprintf(right, sizeof(right), "differences %s", cs->plain ? "off" : "on");
	rw = view_width(right);
	if (rw > a->width - 8)
		rw = a->width - 8;
	view_fill(w, 0, 0, a->width, view_attr(R_TITLE));
	view_trunc(w, 0, 1, a->width - rw - 3, left, view_attr(R_TITLE));
	view_trunc(w, 0, a->width - rw - 1, rw, right, view_attr(R_NOTE));
}

/* Rows of the headers (each column's as tall as the tallest). */
static int head_rows(const struct compare_screen *cs)
{
	return cs->head_rows > 1 ? cs->head_rows : 1;
}

/* Headers, wrapped, and the rule (or "same words as on the left") under
 * them. */
static void headers(WINDOW *w, const struct compare_screen *cs, size_t shown)
{
	const struct compare *c = &cs->cmp;
	int rows = head_rows(cs);

	for (size_t j = 0; j < shown; j++) {
		const struct cmp_col *col = &c->cols[cs->first + j];
		int x = 1 + (int)j * (cs->width + COMPARE_SEP);
		bool focused = cs->first + j == cs->focus;
		attr_t at = view_attr(focused ? R_TITLE_FOCUS : R_LABEL);

		for (int k = 0; k < rows; k++) {
			size_t i = (cs->first + j) * (size_t)rows + (size_t)k;

			if (focused)
				view_fill(w, 1 + k, x, cs->width, at);
			if (i < cs->head.n)
				view_text(w, 1 + k, x, cs->width, cs->head.v[i].s,
					  cs->head.v[i].len, at);
		}
		if (col->same_as_left && cs->first + j > 0)
			view_str(w, 1 + rows, x, cs->width, "= the same words as on the left",
				 view_attr(R_NOTE));
		else
			mvwhline(w, 1 + rows, x, ACS_HLINE | view_attr(R_RULE), cs->width);
	}
}

static void columns(WINDOW *w, const struct app *a, const struct compare_screen *cs, size_t shown)
{
	int top = 2 + head_rows(cs), rows = a->height - 1 - top;

	for (size_t j = 0; j < shown; j++) {
		const struct doc *d = &cs->docs[cs->first + j];
		int x = 1 + (int)j * (cs->width + COMPARE_SEP);

		for (int i = 0; i < rows && cs->top + (size_t)i < d->n; i++)
			view_dline(w, top + i, x, cs->width, d, &d->v[cs->top + (size_t)i], -1);
		if (j + 1 < shown)
			mvwvline(w, 1, x + cs->width + 1, ACS_VLINE | view_attr(R_RULE),
				 rows + top - 1);
	}
}

/* The code's entries, each in or out (and whether its text is an earlier
 * one's, or hidden by the filters), under a line that says how, its keys
 * as they are bound. */
static void chooser(WINDOW *w, const struct app *a, const struct compare_screen *cs)
{
	const struct compare *c = &cs->cmp;
	char how[160], k[3][16];

	snprintf(how, sizeof(how), "Choose the entries to compare: %s puts one in or takes it "
		 "out, %s or %s when done.", keys_first(ACT_PANEL_TOGGLE, MODE_COMPARE, k[0]),
		 keys_first(ACT_CMP_CHOOSE, MODE_COMPARE, k[1]), keys_first(ACT_CLOSE, MODE_COMPARE, k[2]));
	view_trunc(w, 1, 1, a->width - 2, how, view_attr(R_NOTE));
	for (unsigned i = (unsigned)cs->choice_top, y = 3; i < c->ci->count &&
	     (int)y < a->height - 1; i++, y++) {
		const struct entry *e = &a->cat->entries[c->ci->first + i];
		const struct entry *same = catalog_same_text(a->cat, e, NULL);
		struct cmp_col col = { e, NULL, { 0 }, false };
		char *h = compare_header(c, &col), line[480], note[120] = "";
		attr_t at = view_attr(i == cs->choice ? R_SEL_FOCUS : R_NORMAL);

		if (same)
			snprintf(note, sizeof(note), "  " CATALOG_SAME_TEXT,
				 a->cat->sources[same->source].label);
		snprintf(line, sizeof(line), "%s %.340s%s%s", compare_find(c, e) >= 0 ? "[x]" : "[ ]",
			 h, note, filter_entry(&a->filter, a->cat, e) ? "" : "  (hidden by the filters)");
		free(h);
		if (i == cs->choice)
			view_fill(w, (int)y, 0, a->width, at);
		view_trunc(w, (int)y, 2, a->width - 4, line, at);
	}
}

void view_compare_draw(WINDOW *w, const struct app *a, const struct screen *s)
{
	const struct compare_screen *cs = (const struct compare_screen *)s;
	size_t shown = cs->cmp.ncols - cs->first < cs->fit ? cs->cmp.ncols - cs->first : cs->fit;

	title(w, a, cs);
	if (cs->choosing) {
		chooser(w, a, cs);
		return;
	}
	headers(w, cs, shown);
	columns(w, a, cs, shown);
}
