/* app_int: what the core offers the screens (screen_*.c) and the
 * benchmarks: ways to change the panes' state and keep it consistent.
 * None opens or closes a screen; a screen asks for that by what it
 * returns (screen.h). */
#ifndef APP_INT_H
#define APP_INT_H

#include "app.h"

/* Everything derived from the catalog, the filter and the search, again;
 * within: only the codes visible now can stay visible (a narrower search);
 * best: the best match is selected (as a search is typed), else the code
 * selected stays if it still shows. */
void app_refresh(struct app *a, bool within, bool best);
/* The search the list shows: text (parsed already into q, which the app
 * takes), then app_refresh. */
void app_set_search(struct app *a, const char *text, struct query *q, bool within, bool best);
/* The filter changed: the panes follow; a vendor group the tree had
 * selected and the filter hides gives way to its class, not to All. */
void app_filter_changed(struct app *a);
void app_build_desc(struct app *a);
void app_scroll_all(struct app *a);
unsigned app_select_row(struct app *a, size_t i);
unsigned app_select_node(struct app *a, size_t i);
/* Select the tree node cls/vendor, and the code, when they show. */
void app_select_node_of(struct app *a, struct tree_node n);
void app_select_code(struct app *a, int code);
unsigned app_set_focus(struct app *a, enum pane p);
/* Move in a pane by delta lines: the tree and the list move their
 * selection, the description scrolls. */
unsigned app_move(struct app *a, enum pane p, long delta);
/* The focused pane to the whole screen, or back. */
unsigned app_zoom(struct app *a);
/* Open or close the class selected in the tree (a group's too). */
unsigned app_toggle_class(struct app *a);
int app_pane_rows(const struct app *a, enum pane p);
int app_selected_code(const struct app *a);

/* Why code, asked for, is not shown, as the command line says it, on one
 * line: "No source defines 299. 2xx means Success.", "444 is defined, but
 * the filters hide it." (a code not among the visible ones). */
void app_say_not_shown(struct app *a, int code);
/* A one-off note for the status bar (cut to fit its buffer, before a
 * character it would cut). */
__attribute__((format(printf, 2, 3)))
void app_say(struct app *a, const char *fmt, ...);

#endif
