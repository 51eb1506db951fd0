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
	int pw = app_desc_measure(a), tw, room;
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

/* The current match (the one n or N went to) is drawn in its own role, and
 * marked in the pane's first column too, which no text uses, so that it
 * stands out without colors as well. */
void view_desc_draw(WINDOW *w, const struct app *a)
{
	int rows = app_content_rows(a, PANE_DESC), width = app_desc_measure(a);
	size_t cur = a->nmatches ? a->match_cur : (size_t)-1;

	desc_title(w, a);
	for (int i = 0; i < rows && a->desc_top + (size_t)i < a->desc.n; i++) {
		const struct dline *l = &a->desc.v[a->desc_top + (size_t)i];
		bool here = cur != (size_t)-1 && cur >= l->hl_first && cur - l->hl_first < l->hl_count;

		view_dline(w, i + 1, 0, width, &a->desc, l, here ? (long)(cur - l->hl_first) : -1);
		if (here)
			view_str(w, i + 1, 0, 1, view_glyphs()->closed, view_attr(R_MATCH_CUR));
	}
}
