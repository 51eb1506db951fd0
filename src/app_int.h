/* app_int: what the app's files share among themselves (app.c, app_doc.c,
 * app_search.c, app_panel.c); nothing outside the app includes it. */
#ifndef APP_INT_H
#define APP_INT_H

#include "app.h"

/* ---- documents (app_doc.c) ---- */
void doc_clear(struct doc *d);
void doc_free(struct doc *d);
void doc_add(struct doc *d, enum dline_kind kind, unsigned indent, const char *s, size_t len);
/* Keep s (malloc'd) alive as long as the document's lines; returns s. */
const char *doc_own(struct doc *d, char *s);
/* A string of ours or of the catalog, in ASCII when the terminal needs it. */
const char *doc_text(struct doc *d, bool ascii, const char *s);
/* A note that quotes characters (a repair, a [sic] spelling), in ASCII
 * when the terminal needs it: there, every character but plain ASCII as
 * "<U+XXXX>", since a look-alike would misquote it. Returns s (owned by
 * the caller) or a string d keeps. */
const char *doc_exact(struct doc *d, bool ascii, const char *s);
__attribute__((format(printf, 3, 4)))
const char *doc_printf(struct doc *d, bool ascii, const char *fmt, ...);
/* text wrapped to width columns after indent, one line each, with the
 * highlights spans (byte ranges of text, in order; may be NULL); the lines
 * after the first are marked cont. */
void doc_wrap(struct doc *d, enum dline_kind kind, unsigned indent, const char *text,
              int width, const struct qspan *spans, size_t nspans);
/* A header (a source's label, and the name it gives), wrapped so that
 * nothing of it is cut: a DL_HEADER line between its rules in width
 * columns (a first word too wide for them but not for the pane takes the
 * line without the closing rule), then DL_HEADER_CONT lines for what did
 * not fit, under the first line's text to the pane's edge (none starts
 * with the colon after a label cut just before it: it goes); spans as for
 * doc_wrap. */
void doc_header(struct doc *d, const char *text, int width, const struct qspan *spans,
                size_t nspans);
/* A place in a document that survives rewrapping it to another width: the
 * item it is in (a line with the lines that continue it) and how far into
 * it, as a fraction of its lines. */
struct doc_place {
	size_t item;
	size_t line, lines;
};
struct doc_place doc_place(const struct doc *d, size_t top);
/* The line of d at that place (the last line if d has fewer items). */
size_t doc_place_line(const struct doc *d, struct doc_place p);
/* Highlight bytes [off, off+len) of the last line added. */
void doc_highlight(struct doc *d, size_t off, size_t len);

/* ---- the state (app.c) ---- */
/* Everything derived from the catalog, the filter and the search, again;
 * within: only the codes visible now can stay visible (a narrower search). */
void app_refresh(struct app *a, bool within);
void app_build_desc(struct app *a);
void app_scroll_all(struct app *a);
unsigned app_select_row(struct app *a, size_t i);
unsigned app_select_node(struct app *a, size_t i);
unsigned app_set_focus(struct app *a, enum pane p);
int app_pane_rows(const struct app *a, enum pane p);
int app_selected_code(const struct app *a);

/* ---- the search (app_search.c) ---- */
unsigned search_open(struct app *a);
unsigned search_key(struct app *a, int key);
unsigned search_clear(struct app *a);
unsigned search_step(struct app *a, int dir);
void search_free(struct app *a);
/* The matches of the search in the description's lines, after a rebuild. */
void search_find_matches(struct app *a);

/* ---- the compare view (app_compare.c) ---- */
unsigned compare_open(struct app *a);
unsigned compare_key(struct app *a, int key);
unsigned compare_scroll(struct app *a, long delta);
void compare_build(struct app *a);
void compare_close(struct app *a);
/* Text rows of the compare view under its title and header rows. */
int compare_rows(const struct app *a);
/* A click at screen cell y, x: a column takes the focus; in the chooser,
 * an entry goes in or out. */
unsigned compare_click(struct app *a, int y, int x);

/* ---- the filters panel (app_panel.c) ---- */
void panel_build(struct app *a, int width);
unsigned panel_key(struct app *a, int key);
/* A click on screen row y: the item there is selected and toggled. */
unsigned panel_click(struct app *a, int y);

#endif
