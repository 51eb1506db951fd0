/* view_desc: the selected code's (or class's) entries, each under a header
 * naming its source, wrapped to the pane, scrolled by desc_top. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "textlayout.h"

#include "view.h"

#define NOTE_FORMS 6
#define TITLE_MIN 9     /* "451 Unav…": less than this, the note gives way */

/* The registry's word on the code, for the title row, from its longest
 * form to its shortest: "IANA: registered", "registered", "reg.";
 * "IANA: temporary, expires 2026-11-13" ... "temp.". */
static size_t registry_notes(const struct code_info *ci, char forms[NOTE_FORMS][96])
{
	static const char *const shortest[] = { "unreg.", "reg.", "temp.", "unused", "obs." };
	const char *id = reg_ids[ci->reg];
	size_t n = 0;

	if (ci->reg == REG_TEMPORARY && ci->expires[0]) {
		const char *when = catalog_expired(ci->expires) ? "expired" : "expires";

		snprintf(forms[n++], sizeof(forms[0]), "IANA: %s, %s %s", id, when, ci->expires);
		snprintf(forms[n++], sizeof(forms[0]), "%s, %s %s", id, when, ci->expires);
	}
	snprintf(forms[n++], sizeof(forms[0]), "IANA: %s", id);
	snprintf(forms[n++], sizeof(forms[0]), "%s", id);
	if (strcmp(shortest[ci->reg], id) != 0)
		snprintf(forms[n++], sizeof(forms[0]), "%s", shortest[ci->reg]);
	return n;
}

/* The code's title and the registry's note at its right: the longest form
 * of the note with which the title shows whole, else the shortest with the
 * title cut to make room, unless too little of the title would be left. */
static void code_title(WINDOW *w, const struct app *a, const struct code_info *ci)
{
	int pw = a->pane[PANE_DESC].w, tw, room;
	char title[160], forms[NOTE_FORMS][96], *asc, *cut;
	size_t n = registry_notes(ci, forms);

	snprintf(title, sizeof(title), "%03d %s", ci->code, ci->name);
	tw = view_width(title);
	for (size_t i = 0; i < n; i++)  /* view_pane_frame: 4 columns around them */
		if (tw + view_width(forms[i]) + 4 <= pw) {
			view_pane_frame(w, a, PANE_DESC, title, forms[i]);
			return;
		}
	room = pw - 4 - view_width(forms[n - 1]);
	if (room < TITLE_MIN) {
		view_pane_frame(w, a, PANE_DESC, title, NULL);
		return;
	}
	asc = view_ascii() ? tl_ascii(title, strlen(title)) : NULL;
	cut = tl_truncate(asc ? asc : title, strlen(asc ? asc : title), (size_t)room,
			  view_glyphs()->ellipsis);
	view_pane_frame(w, a, PANE_DESC, cut, forms[n - 1]);
	free(cut);
	free(asc);
}

static void desc_title(WINDOW *w, const struct app *a)
{
	const struct code_info *ci = app_code(a);
	char title[160];

	if (app_desc_is_class(a)) {
		int cls = app_node(a)->cls;
		const char *name = catalog_class_name(a->cat, cls);

		snprintf(title, sizeof(title), "%dxx %s", cls, name ? name : "");
		view_pane_frame(w, a, PANE_DESC, title, NULL);
		return;
	}
	if (!ci) {
		view_pane_frame(w, a, PANE_DESC, "", NULL);
		return;
	}
	code_title(w, a, ci);
}

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

/* view_dline, with the highlight at cur the current match (-1: none). */
static void draw_line(WINDOW *w, int y, int x0, int width, const struct doc *d,
		      const struct dline *l, long cur)
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

void view_dline(WINDOW *w, int y, int x0, int width, const struct doc *d, const struct dline *l)
{
	draw_line(w, y, x0, width, d, l, -1);
}

/* The current match (the one n or N went to) is drawn in its own role, and
 * marked in the pane's first column too, which no text uses, so that it
 * stands out without colors as well. */
void view_desc_draw(WINDOW *w, const struct app *a)
{
	int rows = app_content_rows(a, PANE_DESC), width = a->pane[PANE_DESC].w;
	size_t cur = a->nmatches ? a->match_cur : (size_t)-1;

	desc_title(w, a);
	for (int i = 0; i < rows && a->desc_top + (size_t)i < a->desc.n; i++) {
		const struct dline *l = &a->desc.v[a->desc_top + (size_t)i];
		bool here = cur != (size_t)-1 && cur >= l->hl_first && cur - l->hl_first < l->hl_count;

		draw_line(w, i + 1, 0, width, &a->desc, l, here ? (long)(cur - l->hl_first) : -1);
		if (here)
			view_str(w, i + 1, 0, 1, view_glyphs()->closed, view_attr(R_MATCH_CUR));
	}
}
