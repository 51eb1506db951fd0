/* view_doc: a document's line drawn by its kind: a header between its
 * rules, text with its highlights (the current match in a role of its
 * own), small print, titles, keys and their help. */
#include "view.h"

/* A line's text in attr with its highlights; the one at cur (an index of
 * hl, or -1 for none) is the current match, in a role of its own. */
static int text_hl(WINDOW *w, int y, int x, int room, const struct dline *l,
		   const struct hl *hl, long cur, attr_t attr)
{
	attr_t match = view_attr(R_MATCH);
	const char *end = l->s + l->len, *p, *q;
	size_t k = (size_t)cur;
	int used;

	if (cur < 0 || k >= l->hl_count)
		return view_text_hl(w, y, x, room, l->s, l->len, attr, hl, l->hl_count, match);
	p = hl[k].p < l->s ? l->s : hl[k].p > end ? end : hl[k].p;
	q = hl[k].p + hl[k].len > end ? end : hl[k].p + hl[k].len;
	q = q < p ? p : q;
	used = view_text_hl(w, y, x, room, l->s, (size_t)(p - l->s), attr, hl, k, match);
	used += view_text(w, y, x + used, room - used, p, (size_t)(q - p), view_attr(R_MATCH_CUR));
	used += view_text_hl(w, y, x + used, room - used, q, (size_t)(end - q), attr, hl + k + 1,
			     l->hl_count - k - 1, match);
	return used;
}

/* "── label: name ─────": the rule runs to the edge of the pane, the
 * text starts at the line's indent (doc_header wrapped it to fit, leaving
 * room for " ─" after it unless its one word needs that room too). */
static void draw_header(WINDOW *w, int y, int x0, int width, const struct dline *l,
			const struct hl *hl, long cur)
{
	attr_t rule = view_attr(R_RULE);
	int x = x0 + l->indent, room = width - l->indent;

	mvwhline(w, y, x0, ACS_HLINE | rule, width);
	if (room < 1)
		return;
	mvwaddch(w, y, x - 1, ' ');
	x += text_hl(w, y, x, room, l, hl, cur, view_attr(R_LABEL));
	if (x < x0 + width)
		mvwaddch(w, y, x, ' ');
}

void view_dline(WINDOW *w, int y, int x0, int width, const struct doc *d, const struct dline *l,
		long cur)
{
	const struct hl *hl = d->hl ? d->hl + l->hl_first : NULL;
	int x = x0 + l->indent, room = width - l->indent;

	switch (l->kind) {
	case DL_HEADER:
		draw_header(w, y, x0, width, l, hl, cur);
		break;
	case DL_HEADER_CONT:
		text_hl(w, y, x, room, l, hl, cur, view_attr(R_LABEL));
		break;
	case DL_TEXT:
		text_hl(w, y, x, room, l, hl, cur, view_attr(R_NORMAL));
		break;
	case DL_NOTE:
		view_text(w, y, x, room, l->s, l->len, view_attr(R_NOTE));
		break;
	case DL_TITLE:
		view_text(w, y, x, room, l->s, l->len, view_attr(R_TITLE));
		break;
	case DL_KEY: {
		int k = view_text(w, y, x, room, l->s, l->key_len, view_attr(R_KEY));

		view_text(w, y, x + k, room - k, l->s + l->key_len, l->len - l->key_len,
			  view_attr(R_NORMAL));
		break;
	}
	default:
		break;
	}
}
