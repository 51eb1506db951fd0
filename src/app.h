/* app: the browser's state and everything that changes it.
 *
 * The state is the panes (the class tree, the code list, the description),
 * what they show (the filter, the search), and a stack of screens over
 * them (screen.h), each with its own state. app_apply(state, action) and
 * app_key are the only ways the state changes: the screen on top gets the
 * action first, then the core does what is left. They return a mask of
 * what changed, and the UI redraws just that. The state holds what the
 * views need ready to draw (visible rows, wrapped description lines, the
 * pane rectangles), so views only read it. No curses here: everything is
 * testable without a terminal. */
#ifndef APP_H
#define APP_H

#include <stdbool.h>
#include <stddef.h>

#include "catalog.h"
#include "doc.h"
#include "keys.h"
#include "query.h"
#include "screen.h"

enum {
	DIRTY_TREE = 1 << 0,
	DIRTY_LIST = 1 << 1,
	DIRTY_DESC = 1 << 2,
	DIRTY_STATUS = 1 << 3,
	DIRTY_OVERLAY = 1 << 4,  /* the screen over the panes */
	DIRTY_LAYOUT = 1 << 5,   /* sizes changed: windows must be remade */
	DIRTY_ALL = (1 << 6) - 1,
};

enum pane { PANE_TREE, PANE_LIST, PANE_DESC, PANE_COUNT };

#define APP_MIN_COLS 40
#define APP_MIN_ROWS 10

struct rect {
	int y, x, h, w;
};

/* A node of the class tree: All, a class, or a vendor group in a class. */
struct tree_node {
	signed char cls;      /* -1 for All, else the class digit */
	signed char vendor;   /* -1 for a whole class (or All), else enum vendor */
	unsigned count;       /* visible codes under it */
};

#define SEARCH_MAX 256

struct app {
	const struct catalog *cat;
	struct filter filter;     /* what is hidden (owned) */
	bool ascii;               /* the terminal cannot show UTF-8: texts in ASCII */

	int height, width;        /* the screen */
	bool too_small;           /* under APP_MIN_COLS x APP_MIN_ROWS */
	struct rect pane[PANE_COUNT]; /* each pane, its title row included; 0
	                           * columns wide: folded away (or zoomed out) */
	enum pane focus;
	bool zoom;                /* the focused pane has the whole screen */
	int tree_need, list_need; /* columns the tree and the list need whole */

	struct screen *screens[SCREEN_COUNT]; /* each screen's state, made when
	                           * first opened, kept until app_free */
	enum screen_id stack[SCREEN_COUNT]; /* the open screens, the last on top:
	                           * each at most once */
	size_t depth;

	struct tree_node *nodes;  /* the tree as shown (expanded classes open) */
	size_t nnodes;
	unsigned expanded;        /* bit d: class d is open */
	size_t tree_sel, tree_top;

	struct code_info *facts;  /* per catalog code, what the filters leave of
	                             it: the name and marks shown */
	struct filter facts_filter; /* the filter facts were made for */
	struct hit *visible;      /* every code with a visible entry, code order */
	size_t nvisible;
	unsigned *rows;           /* the list: indices into visible, under the node */
	size_t nrows;
	size_t list_sel, list_top;

	struct doc desc;          /* the description pane's lines */
	int desc_width;           /* the width they were wrapped to */
	size_t desc_top;

	char search[SEARCH_MAX];  /* the search the list shows, as typed */
	struct query query;       /* it, parsed (empty: none) */
	size_t *matches;          /* the line of each highlight of the description (each
	                           * a match of the search), in order */
	size_t nmatches, match_cur; /* match_cur: the one n/N went to (an index of
	                           * desc.hl too), or (size_t)-1 */

	char config[512];         /* where the filters are saved ("" : nowhere) */

	char digits[4];           /* a code being typed */
	int digits_code;          /* the code selected before its first digit, */
	struct tree_node digits_node; /* and the tree's node: a code not found goes back */
	unsigned ndigits;
	char message[160];        /* one-off note for the status bar, or "" */
	bool quit;
};

/* Start on the catalog c (borrowed) with a copy of filter f (may be NULL). */
void app_init(struct app *a, const struct catalog *c, const struct filter *f, bool ascii);
void app_free(struct app *a);

/* The screen is rows x cols now. */
unsigned app_resize(struct app *a, int rows, int cols);

/* Do one action; arg is the key (ACT_DIGIT: the digit character). */
unsigned app_apply(struct app *a, enum action act, int arg);

/* A key as the user typed it: read in the mode of the screen on top (at
 * the search prompt, text), else the action bound to it on the panes. */
unsigned app_key(struct app *a, int key);

/* A mouse click or wheel turn (dir -1 up, +1 down) at screen cell y, x. */
unsigned app_click(struct app *a, int y, int x);
unsigned app_wheel(struct app *a, int y, int x, int dir);

/* What the panes show. */
const struct code_info *app_code(const struct app *a);   /* selected code, or NULL */
const struct code_info *app_row(const struct app *a, size_t k); /* list row k's code */
const struct tree_node *app_node(const struct app *a);   /* selected node */
bool app_desc_is_class(const struct app *a);             /* showing class definitions */
int app_content_rows(const struct app *a, enum pane p);  /* rows under its title */
int app_desc_measure(const struct app *a);  /* columns the description's text wraps in */
unsigned app_code_vendors(const struct app *a, const struct code_info *ci); /* visible groups */
const struct query *app_query(const struct app *a);      /* the search shown, or NULL */

/* The screen on top: its id (SCREEN_NONE on the panes) and its state
 * (NULL on the panes). What the keys, the mouse, the status bar and the
 * cursor go to. */
enum screen_id app_screen(const struct app *a);
const struct screen *app_top(const struct app *a);
/* Is the screen open, on top or under another? */
bool app_screen_open(const struct app *a, enum screen_id id);
/* The screen's state (NULL before it was first opened). */
const struct screen *app_screen_state(const struct app *a, enum screen_id id);

/* The key hints of the status bar now (the screen on top's, or the
 * panes': with "c compare" on a code whose sources give it two names),
 * and the mode their keys are read in. */
const struct hint *app_hints(const struct app *a, enum keymode *mode);

#endif
