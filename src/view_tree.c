/* view_tree: the class tree: All, the classes, open classes' vendor groups,
 * each with its count of visible codes. */
#include <stdio.h>

#include "view.h"

static void node_label(const struct tree_node *n, bool open, char *buf, size_t size)
{
	const struct glyphs *g = view_glyphs();

	if (n->cls < 0)
		snprintf(buf, size, "  All");
	else if (n->vendor < 0)
		snprintf(buf, size, "%s %dxx", open ? g->open : g->closed, n->cls);
	else
		snprintf(buf, size, "    %s", vendor_labels[n->vendor]);
}

void view_tree_draw(WINDOW *w, const struct app *a)
{
	int pw = a->pane[PANE_TREE].w, rows = app_content_rows(a, PANE_TREE);

	view_pane_frame(w, a, PANE_TREE, "Classes", NULL);
	for (int i = 0; i < rows && a->tree_top + (size_t)i < a->nnodes; i++) {
		size_t k = a->tree_top + (size_t)i;
		const struct tree_node *n = &a->nodes[k];
		bool sel = k == a->tree_sel;
		attr_t at = sel ? view_attr(a->focus == PANE_TREE ? R_SEL_FOCUS : R_SEL)
			: view_attr(R_NORMAL);
		char label[64], count[16];
		int cw;

		node_label(n, n->cls >= 0 && (a->expanded & (1u << n->cls)), label, sizeof(label));
		cw = snprintf(count, sizeof(count), "%u", n->count);
		if (sel)
			view_fill(w, i + 1, 0, pw, at);
		view_trunc(w, i + 1, 0, pw - cw - 2, label, at);
		view_str(w, i + 1, pw - cw - 1, cw, count, at);
	}
}
