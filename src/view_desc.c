/* view_desc: the selected code's (or class's) entries, each under a header
 * naming its source, wrapped to the pane, scrolled by desc_top. */
#include <stdio.h>
#include <string.h>

#include "view.h"

/* The registry's word on the code, for the title row: "registered",
 * "unregistered", "temporary, expired 2026-11-13" ... */
static void registry_note(const struct code_info *ci, char *buf, size_t size)
{
	if (ci->reg == REG_TEMPORARY && ci->expires[0])
		snprintf(buf, size, "IANA: temporary, %s %s",
			 catalog_expired(ci->expires) ? "expired" : "expires", ci->expires);
	else
		snprintf(buf, size, "IANA: %s", reg_ids[ci->reg]);
}

static void desc_title(WINDOW *w, const struct app *a)
{
	const struct code_info *ci = app_code(a);
	char title[160], right[96];

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
	snprintf(title, sizeof(title), "%03d %s", ci->code, ci->name);
	registry_note(ci, right, sizeof(right));
	view_pane_frame(w, a, PANE_DESC, title, right);
}

/* "── label: name ─────": the rule runs to the edge of the pane, the
 * text starts at the line's indent (doc_header wrapped it to fit). */
static void draw_header(WINDOW *w, int y, int x0, int width, const struct dline *l,
			const struct hl *hl, attr_t match)
{
	attr_t rule = view_attr(R_RULE);
	int x = x0 + l->indent, room = width - l->indent - 2;

	mvwhline(w, y, x0, ACS_HLINE | rule, width);
	if (room < 1)
		return;
	mvwaddch(w, y, x - 1, ' ');
	x += view_text_hl(w, y, x, room, l->s, l->len, view_attr(R_LABEL), hl, l->hl_count, match);
	mvwaddch(w, y, x, ' ');
}

void view_dline(WINDOW *w, int y, int x0, int width, const struct doc *d, const struct dline *l)
{
	const struct hl *hl = d->hl ? d->hl + l->hl_first : NULL;
	attr_t match = view_attr(R_MATCH);
	int x = x0 + l->indent, room = width - l->indent;

	switch (l->kind) {
	case DL_HEADER:
		draw_header(w, y, x0, width, l, hl, match);
		break;
	case DL_HEADER_CONT:
		view_text_hl(w, y, x, room, l->s, l->len, view_attr(R_LABEL), hl, l->hl_count, match);
		break;
	case DL_TEXT:
		view_text_hl(w, y, x, room, l->s, l->len, view_attr(R_NORMAL), hl, l->hl_count, match);
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

void view_desc_draw(WINDOW *w, const struct app *a)
{
	int rows = app_content_rows(a, PANE_DESC), width = a->pane[PANE_DESC].w;

	desc_title(w, a);
	for (int i = 0; i < rows && a->desc_top + (size_t)i < a->desc.n; i++)
		view_dline(w, i + 1, 0, width, &a->desc, &a->desc.v[a->desc_top + (size_t)i]);
}
