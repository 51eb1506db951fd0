/* view_list: the code list: code, best name, and marks (top 10 star,
 * number of distinct names, vendor groups, registry status). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "textlayout.h"

#include "view.h"

struct mark {
	char text[16];
	enum role role;
};

/* The code's marks (query_code_marks, brief), the star as the glyph of
 * the charset, and at most 6 before the registry status. */
static size_t code_marks(const struct code_info *ci, struct mark *m)
{
	static const enum role roles[] = {
		[MARK_STAR] = R_STAR, [MARK_NAMES] = R_CONFLICT,
		[MARK_VENDOR] = R_VENDOR, [MARK_STATUS] = R_STATUS,
	};
	struct code_mark cm[QUERY_MARKS_MAX];
	size_t n = 0, all = query_code_marks(ci, true, cm);

	for (size_t i = 0; i < all; i++) {
		if (cm[i].kind == MARK_VENDOR && n >= 6)
			continue;
		snprintf(m[n].text, sizeof(m[n].text), "%s",
			 cm[i].kind == MARK_STAR ? view_glyphs()->star : cm[i].text);
		m[n++].role = roles[cm[i].kind];
	}
	return n;
}

/* The marks that fit in max columns, right-aligned to end at column end. */
static int draw_marks(WINDOW *w, int y, int end, int max, const struct mark *m, size_t n,
		      bool sel, attr_t sel_attr)
{
	int width = 0;
	size_t k = 0;

	while (k < n && width + (k ? 1 : 0) + view_width(m[k].text) <= max)
		width += (k ? 1 : 0) + view_width(m[k].text), k++;
	for (size_t i = 0, x = (size_t)(end - width); i < k; i++) {
		x += (size_t)view_str(w, y, (int)x, width, m[i].text, sel ? sel_attr : view_attr(m[i].role));
		x++;
	}
	return width;
}

/* The name, cut to fit, the search's matches in it highlighted. They are
 * found in the whole name: a match the cut hides lights the ellipsis. */
static void draw_name(WINDOW *w, const struct app *a, int y, int maxw, const char *name,
		      attr_t attr)
{
	char *asc = view_ascii() ? tl_ascii(name, strlen(name)) : NULL;
	const char *s = asc ? asc : name, *ell = view_glyphs()->ellipsis;
	char *t = maxw > 0 ? tl_truncate(s, strlen(s), (size_t)maxw, ell) : NULL;
	struct qspan sp[8];
	struct hl hl[8];
	size_t n, m = 0, tl, keep;

	if (t) {
		tl = strlen(t);
		keep = strcmp(t, s) == 0 || tl < strlen(ell) ? tl : tl - strlen(ell);
		n = query_spans(app_query(a), FIELD_NAME, s, strlen(s), sp, 8);
		for (size_t i = 0; i < n; i++) {
			size_t off = sp[i].off < keep ? sp[i].off : keep;
			size_t end = sp[i].off + sp[i].len > keep ? tl : sp[i].off + sp[i].len;

			if (end > off && (!m || hl[m - 1].p + hl[m - 1].len <= t + off))
				hl[m++] = (struct hl){ t + off, end - off };
		}
		view_text_hl(w, y, 5, maxw, t, tl, attr, hl, m, view_attr(R_MATCH));
	}
	free(t);
	free(asc);
}

static void draw_row(WINDOW *w, const struct app *a, int y, size_t k)
{
	const struct code_info *ci = app_row(a, k);
	int pw = a->pane[PANE_LIST].w, mw;
	bool sel = k == a->list_sel;
	attr_t sa = view_attr(a->focus == PANE_LIST ? R_SEL_FOCUS : R_SEL);
	struct mark marks[QUERY_MARKS_MAX];
	size_t nm = code_marks(ci, marks);
	char code[8];
	int namew;

	if (sel)
		view_fill(w, y, 0, pw, sa);
	snprintf(code, sizeof(code), "%03d", ci->code);
	view_str(w, y, 1, 3, code, sel ? sa : view_attr(view_code_role(ci->code)));
	mw = draw_marks(w, y, pw - 1, pw / 3, marks, nm, sel, sa);
	namew = pw - 5 - (mw ? mw + 1 : 0) - 1;
	draw_name(w, a, y, namew, ci->name, sel ? sa : view_attr(R_NORMAL));
}

static void list_title(const struct app *a, char *buf, size_t size)
{
	const struct tree_node *n = app_node(a);

	if (n->cls < 0)
		snprintf(buf, size, "Codes (%zu)", a->nrows);
	else if (n->vendor < 0)
		snprintf(buf, size, "Codes %dxx (%zu)", n->cls, a->nrows);
	else
		snprintf(buf, size, "Codes %dxx %s (%zu)", n->cls, vendor_labels[n->vendor], a->nrows);
}

/* Why the list is empty: the search or the filters leave nothing, or
 * nothing of the selected class. */
static void empty_note(const struct app *a, char *buf, size_t size)
{
	const struct tree_node *n = app_node(a);
	struct filter all;
	bool filtered;
	char what[32];

	filter_init(&all);
	filtered = !filter_equal(&a->filter, &all);
	if (a->nvisible && n->cls >= 0)
		snprintf(what, sizeof(what), "no %dxx code shown", n->cls);
	else
		snprintf(what, sizeof(what), "nothing shown");
	if (!app_query(a))
		snprintf(buf, size, "%s: the filters hide %s (f)", what,
			 a->nvisible ? "them all" : "everything");
	else
		snprintf(buf, size, "%s: the search matches %s%s", what,
			 a->nvisible ? "none" : "nothing", filtered ? " the filters show (f)" : "");
}

/* The note, wrapped to the pane under a blank row. */
static void draw_empty(WINDOW *w, const struct app *a, int rows)
{
	int width = a->pane[PANE_LIST].w - 3;
	char note[128];
	struct tl_line *l;
	size_t n;

	empty_note(a, note, sizeof(note));
	n = tl_wrap_text(note, strlen(note), width > 1 ? (unsigned)width : 1, &l);
	for (size_t i = 0; i < n && (int)i + 2 <= rows; i++)
		view_text(w, 2 + (int)i, 2 + l[i].indent, width - l[i].indent, note + l[i].off,
			  l[i].len, view_attr(R_NOTE));
	free(l);
}

void view_list_draw(WINDOW *w, const struct app *a)
{
	int rows = app_content_rows(a, PANE_LIST);
	char title[80];

	list_title(a, title, sizeof(title));
	view_pane_frame(w, a, PANE_LIST, title, NULL);
	for (int i = 0; i < rows && a->list_top + (size_t)i < a->nrows; i++)
		draw_row(w, a, i + 1, a->list_top + (size_t)i);
	if (!a->nrows)
		draw_empty(w, a, rows);
}
