/* view_compare: the compare view: a title, one header per column (the
 * focused one marked), then the columns' lines side by side, scrolled
 * together; or the chooser's list of the code's entries. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "screen_compare.h"
#include "textlayout.h"
#include "view.h"

/* The title's rows (screen_compare.c lays them out): the code, its name
 * and how many entries on the left; the facts at the right of the last
 * row. */
static void title(WINDOW *w, const struct app *a, const struct compare_screen *cs)
{
	int rows = compare_screen_title_rows(&cs->base);

	for (int y = 0; y < rows; y++)
		view_fill(w, y, 0, a->width, view_attr(R_TITLE));
	for (size_t i = 0, y = 0; i < cs->title.n; i++) {
		const struct dline *l = &cs->title.v[i];
		int lw = (int)tl_width(l->s, l->len);

		if (l->kind == DL_NOTE)
			view_text(w, rows - 1, a->width - 1 - lw, lw, l->s, l->len, view_attr(R_NOTE));
		else
			view_text(w, (int)y++, 1, a->width - 2, l->s, l->len, view_attr(R_TITLE));
	}
}

/* Rows of the headers (each column's as tall as the tallest). */
static int head_rows(const struct compare_screen *cs)
{
	return cs->head_rows > 1 ? cs->head_rows : 1;
}

/* Headers, wrapped, and the rule under them, from row top. */
static void headers(WINDOW *w, const struct compare_screen *cs, size_t shown, int top)
{
	int rows = head_rows(cs);

	for (size_t j = 0; j < shown; j++) {
		int x = 1 + (int)j * (cs->width + COMPARE_SEP);
		bool focused = cs->first + j == cs->focus;
		attr_t at = view_attr(focused ? R_TITLE_FOCUS : R_LABEL);

		for (int k = 0; k < rows; k++) {
			size_t i = (cs->first + j) * (size_t)rows + (size_t)k;

			if (focused)
				view_fill(w, top + k, x, cs->width, at);
			if (i < cs->head.n)
				view_text(w, top + k, x, cs->width, cs->head.v[i].s,
					  cs->head.v[i].len, at);
		}
		mvwhline(w, top + rows, x, ACS_HLINE | view_attr(R_RULE), cs->width);
	}
}

/* The columns' lines under the headers, and the lines between the
 * columns from row under (the title's) down. */
static void columns(WINDOW *w, const struct app *a, const struct compare_screen *cs, size_t shown,
		    int under)
{
	int top = under + 1 + head_rows(cs), rows = a->height - 1 - top;

	for (size_t j = 0; j < shown; j++) {
		const struct doc *d = &cs->docs[cs->first + j];
		int x = 1 + (int)j * (cs->width + COMPARE_SEP);

		for (int i = 0; i < rows && cs->top + (size_t)i < d->n; i++)
			view_dline(w, top + i, x, cs->width, d, &d->v[cs->top + (size_t)i], -1);
		if (j + 1 < shown)
			mvwvline(w, under, x + cs->width + 1, ACS_VLINE | view_attr(R_RULE),
				 rows + top - under);
	}
}

/* The code's entries, each in or out (and whether its text is an earlier
 * one's, or hidden by the filters), under a line that says how, its keys
 * as they are bound; from row top. */
static void chooser(WINDOW *w, const struct app *a, const struct compare_screen *cs, int top)
{
	const struct compare *c = &cs->cmp;
	char how[160], k[3][16];

	snprintf(how, sizeof(how), "Choose the entries to compare: %s puts one in or takes it "
		 "out, %s or %s when done.", keys_first(ACT_PANEL_TOGGLE, MODE_COMPARE, k[0]),
		 keys_first(ACT_CMP_CHOOSE, MODE_COMPARE, k[1]), keys_first(ACT_CLOSE, MODE_COMPARE, k[2]));
	view_trunc(w, top, 1, a->width - 2, how, view_attr(R_NOTE));
	for (unsigned i = (unsigned)cs->choice_top, y = (unsigned)top + 2; i < c->ci->count &&
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
	int under = compare_screen_title_rows(s);

	title(w, a, cs);
	if (cs->choosing) {
		chooser(w, a, cs, under);
		return;
	}
	headers(w, cs, shown, under);
	columns(w, a, cs, shown, under);
}
