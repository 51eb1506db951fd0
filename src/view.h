/* view: what the view files share: the roles of the theme and the glyphs
 * (view_theme.c), clipped text drawing (view_text.c), frames and pagers
 * (view_frame.c), a document's lines (view_doc.c), and one draw function
 * per pane; the screens' draw functions are their ops' (screen.h). Views
 * read the app's state and never change it. Included by ui*.c and view_*.c
 * only. */
#ifndef VIEW_H
#define VIEW_H

#include <curses.h>

#include "app.h"

/* What a piece of the screen is; the theme maps each to a color pair (or,
 * without colors, to attributes). */
enum role {
	R_NORMAL,
	R_TITLE,        /* a pane's title row */
	R_TITLE_FOCUS,  /* the focused pane's title row */
	R_SEL,          /* the selection of a pane without focus */
	R_SEL_FOCUS,    /* the selection of the focused pane */
	R_RULE,         /* lines between panes and under headers */
	R_CODE1, R_CODE2, R_CODE3, R_CODE4, R_CODE5, /* codes, by class */
	R_LABEL,        /* a source's label */
	R_NOTE,         /* small print */
	R_STAR,
	R_CONFLICT,
	R_VENDOR,
	R_STATUS,       /* registry status marks */
	R_BAR,          /* the status bar */
	R_BAR_KEY,      /* a key in the status bar */
	R_KEY,          /* a key in the help */
	R_MATCH,        /* a search match */
	R_MATCH_CUR,    /* the match n or N went to */
	R_ERROR,        /* a message that something is wrong */
	R_COUNT
};

/* Set the theme up when curses starts: colors if asked and the terminal
 * has them (else attributes), ASCII glyphs, ASCII lines (--ascii). */
void view_theme_init(bool color, bool ascii, bool ascii_lines);
attr_t view_attr(enum role r);
enum role view_code_role(int code);

struct glyphs {
	const char *open;     /* a class open in the tree */
	const char *closed;
	const char *ellipsis;
	const char *star;
	const char *dash;     /* in titles: "404 — Not Found" */
};
const struct glyphs *view_glyphs(void);
bool view_ascii(void);

/* Draw s[0..n) at y, x, in at most maxw columns (a newline drawn as a
 * space, ASCII when the terminal needs it). Returns the columns used. */
int view_text(WINDOW *w, int y, int x, int maxw, const char *s, size_t n, attr_t attr);
int view_str(WINDOW *w, int y, int x, int maxw, const char *s, attr_t attr);

/* view_text with runs of s highlighted (pointers into s, in order). */
int view_text_hl(WINDOW *w, int y, int x, int maxw, const char *s, size_t n, attr_t attr,
                 const struct hl *hl, size_t nhl, attr_t hl_attr);

/* s in at most maxw columns, its end replaced by an ellipsis when cut. */
int view_trunc(WINDOW *w, int y, int x, int maxw, const char *s, attr_t attr);

/* Columns s would take as view_text draws it. */
int view_width(const char *s);

/* A full-width row in one attribute: the selection bar, titles. */
void view_fill(WINDOW *w, int y, int x, int n, attr_t attr);

/* A pane's title row (title left, right-aligned note), and the rule down
 * its right-hand side for the tree and the list. */
void view_pane_frame(WINDOW *w, const struct app *a, enum pane p, const char *title,
                     const char *right);

/* One line of a document (the description, a screen) at row y, from
 * column x0, width columns wide; its highlight cur (an index of the line's
 * highlights, or -1 for none) is the current match, in a role of its own. */
void view_dline(WINDOW *w, int y, int x0, int width, const struct doc *d, const struct dline *l,
                long cur);

void view_tree_draw(WINDOW *w, const struct app *a);
void view_list_draw(WINDOW *w, const struct app *a);
void view_desc_draw(WINDOW *w, const struct app *a);
void view_status_draw(WINDOW *w, const struct app *a);
void view_small_draw(WINDOW *w, const struct app *a);

/* The longest form of the key hints that fits at the right of the status
 * bar after used columns, with a blank column on either side. */
void view_status_hints(WINDOW *w, const struct app *a, int used);

#endif
