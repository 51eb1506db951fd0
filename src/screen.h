/* screen: what a screen is. The browser is the three panes with a stack of
 * screens over them; the screen on top is the one the keys, the mouse, the
 * status bar and the cursor go to, and nothing else decides what is
 * active. Each screen is one file, screen_<name>.c: its state (a struct
 * that starts with a struct screen) and its ops table. Its handlers change
 * its own state and the panes' (app_int.h), and return what changed, or
 * SCREEN_PASS when the action is not theirs: then the core does what the
 * action means over any screen (quit, close, open another screen,
 * redraw), or nothing. A handler never opens or closes screens itself: it
 * returns SCREEN_CLOSE to be closed. Drawing is its view's (view_*.c).
 *
 * Adding a screen: a screen_<name>.c with its ops, its view, and one line
 * in SCREENS below. No curses here. */
#ifndef SCREEN_H
#define SCREEN_H

#include <stdbool.h>
#include <stddef.h>

#include "doc.h"
#include "keys.h"

/* Every screen: its id and the name of its ops (screen_<name>_ops). */
#define SCREENS(X) \
	X(HELP, help) \
	X(SOURCES, sources) \
	X(FILTERS, filters) \
	X(COMPARE, compare) \
	X(PROMPT, prompt)

#define SCREEN_ENUM(id, name) SCREEN_##id,
enum screen_id {
	SCREEN_NONE = -1,       /* the panes: no screen open */
	SCREENS(SCREEN_ENUM)
	SCREEN_COUNT
};
#undef SCREEN_ENUM

struct app;
struct screen;
/* curses' WINDOW (typedef struct _win_st WINDOW), named without curses:
 * only the views that draw into it include curses. */
struct _win_st;

/* What a handler returns besides the DIRTY_ bits (app.h). */
enum {
	SCREEN_PASS = 1u << 30,    /* not mine: the core's to do */
	SCREEN_CLOSE = 1u << 29,   /* close me (from open: I did not open) */
};

/* A row of a screen's key table: what its actions do there. The help
 * lists it under its section with the keys that give one of its actions in
 * the section's mode (unless its text is ""), and the screen dispatches an
 * action by it (screen_dispatch). */
#define SCREEN_KEY_ACTS 3
struct screen_key {
	const char *help;       /* NULL: acts[0]'s own help text; "": not listed,
	                         * since it does what the action's own text says */
	unsigned (*fn)(struct screen *s, struct app *a, int arg); /* NULL: SCREEN_PASS */
	int arg;
	enum action acts[SCREEN_KEY_ACTS];   /* ACT_NONE after the last */
};

/* One section of the help: a screen's keys in a mode of it. */
struct screen_keys {
	const char *section;
	enum keymode mode;
	const struct screen_key *rows;
	size_t n;
};

/* A key hint of the status bar: the first key of act (and of act2, as in
 * "j/k scroll") read in the screen's mode, and a word. A narrow bar drops
 * the hints of the lowest level first. */
struct hint {
	enum action act, act2;
	const char *label;
	unsigned char level;
};
#define HINT_END { ACT_NONE, ACT_NONE, NULL, 0 }

struct screen_ops {
	enum action opens;      /* the action that opens it, and closes it on top */
	enum keymode mode;      /* where its keys are read */
	bool covers;            /* drawn over the panes; else the panes show and it
	                         * draws the status bar, and it opens only over them */
	bool cursor;            /* the terminal's cursor shows where its view left it */
	size_t size;            /* its state struct, which starts with a struct screen */
	const struct screen_keys *keys; /* its sections of the help */
	size_t nkeys;
	/* Opened: dirty bits, or SCREEN_CLOSE when there is nothing to show. */
	unsigned (*open)(struct screen *s, struct app *a);
	/* On top again, the screen over it closed: dirty bits, or SCREEN_CLOSE
	 * when what it showed is gone (may be NULL). */
	unsigned (*resume)(struct screen *s, struct app *a);
	/* The screen's size changed: lines rewrapped, the place kept. */
	void (*layout)(struct screen *s, struct app *a);
	/* An action, as read in its mode (ACT_NONE for an unbound key), and the
	 * key: dirty bits, SCREEN_CLOSE or SCREEN_PASS. */
	unsigned (*act)(struct screen *s, struct app *a, enum action act, int key);
	/* Mouse at screen cell y, x; wheel dir -1 up, +1 down (may be NULL). */
	unsigned (*click)(struct screen *s, struct app *a, int y, int x);
	unsigned (*wheel)(struct screen *s, struct app *a, int dir);
	/* Taken off the stack: release what this opening holds (may be NULL). */
	void (*close)(struct screen *s, struct app *a);
	/* The app ends: release what lasts between openings (may be NULL). */
	void (*free)(struct screen *s);
	/* Its key hints now, HINT_END after the last. */
	const struct hint *(*hints)(const struct screen *s);
	/* Draw it: a covering screen over the panes, in a window as large as
	 * the screen but its last row; one that does not, the status bar. */
	void (*draw)(struct _win_st *w, const struct app *a, const struct screen *s);
};

struct screen {
	enum screen_id id;
	const struct screen_ops *ops;
};

#define SCREEN_OPS(id, name) extern const struct screen_ops screen_##name##_ops;
SCREENS(SCREEN_OPS)
#undef SCREEN_OPS

/* Every screen's ops, by id. */
extern const struct screen_ops *const screen_ops[SCREEN_COUNT];

/* Do what the row of keys that has act says; SCREEN_PASS when none has
 * it, or its row passes. */
unsigned screen_dispatch(struct screen *s, struct app *a, const struct screen_keys *k,
                         enum action act);

/* Rows of a covering screen: all but the status bar's. */
int screen_rows(const struct app *a);
/* The width a covering screen wraps its text to. */
int screen_text_width(const struct app *a);

/* ---- the pager: a document over the panes, scrolled ---------------------
 * The help and the sources are pagers; the filters panel is one with a
 * selected line. Their ops use these, and view_pager_draw draws them. */
struct pager {
	struct screen base;
	struct doc doc;
	size_t top;             /* the first line shown */
	long sel;               /* the selected line (the filters panel), else -1 */
};

/* Opened: at the top, nothing selected, the document built. */
unsigned pager_open(struct pager *p, const struct app *a,
                    void (*build)(struct doc *d, const struct app *a, int width));
/* Build the document again (at the screen's text width), keeping the line
 * at the top at the top: its place, rewrapped. */
void pager_build(struct pager *p, const struct app *a,
                 void (*build)(struct doc *d, const struct app *a, int width));
/* Keep the top in range, and the selected line in sight. */
void pager_clamp(struct pager *p, const struct app *a);
/* Move the top by delta lines: DIRTY_OVERLAY, or 0 when it stays. */
unsigned pager_scroll(struct pager *p, const struct app *a, long delta);
/* Ops: the moving keys scroll, the wheel three lines a turn; the rest
 * passes. Its hints: scroll, close, quit. */
unsigned pager_act(struct screen *s, struct app *a, enum action act, int key);
unsigned pager_wheel(struct screen *s, struct app *a, int dir);
void pager_free(struct screen *s);
const struct hint *pager_hints(const struct screen *s);
/* What a pager shows: its document, its top line, its selected line (-1:
 * none); s is a pager's state. */
const struct doc *pager_doc(const struct screen *s);
size_t pager_top(const struct screen *s);
long pager_sel(const struct screen *s);

/* The ops of a pager screen screen_<name>_ops that shows the document
 * build writes (at the width given), opened by the action opener. */
#define PAGER_SCREEN(name, opener, build) \
	static unsigned name##_open(struct screen *s, struct app *a) \
	{ \
		return pager_open((struct pager *)s, a, build); \
	} \
	static void name##_layout(struct screen *s, struct app *a) \
	{ \
		pager_build((struct pager *)s, a, build); \
	} \
	const struct screen_ops screen_##name##_ops = { \
		.opens = opener, .mode = MODE_SCREEN, .covers = true, \
		.size = sizeof(struct pager), .open = name##_open, .layout = name##_layout, \
		.act = pager_act, .wheel = pager_wheel, .free = pager_free, \
		.hints = pager_hints, .draw = view_pager_draw, \
	}

/* ---- the views that draw the screens (view_*.c), as their ops name them */
void view_pager_draw(struct _win_st *w, const struct app *a, const struct screen *s);
void view_compare_draw(struct _win_st *w, const struct app *a, const struct screen *s);
void view_prompt_draw(struct _win_st *w, const struct app *a, const struct screen *s);

#endif
