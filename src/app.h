/* app: the browser's state and everything that changes it.
 *
 * app_apply(state, action) is the only way the state changes; it returns a
 * mask of what changed, and the UI redraws just that. The state holds what
 * the views need ready to draw (visible rows, wrapped description lines, the
 * pane rectangles), so views only read it. No curses here: everything is
 * testable without a terminal. */
#ifndef APP_H
#define APP_H

#include <stdbool.h>
#include <stddef.h>

#include "catalog.h"
#include "compare.h"
#include "keys.h"
#include "query.h"

enum {
	DIRTY_TREE = 1 << 0,
	DIRTY_LIST = 1 << 1,
	DIRTY_DESC = 1 << 2,
	DIRTY_STATUS = 1 << 3,
	DIRTY_OVERLAY = 1 << 4,
	DIRTY_LAYOUT = 1 << 5,   /* sizes changed: windows must be remade */
	DIRTY_ALL = (1 << 6) - 1,
};

enum pane { PANE_TREE, PANE_LIST, PANE_DESC, PANE_COUNT };
enum overlay { OVERLAY_NONE, OVERLAY_HELP, OVERLAY_SOURCES, OVERLAY_FILTER, OVERLAY_COMPARE };
#define OVERLAY_DEPTH 4   /* each screen once: the others can all be under one */

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

/* A highlighted run of a line: a search match. */
struct hl {
	const char *p;
	size_t len;
};

/* One line of the description pane or of an overlay screen. */
enum dline_kind {
	DL_BLANK,
	DL_HEADER,    /* a source's header: s is "label: name (qualifier)" */
	DL_HEADER_CONT, /* the rest of a header too long for one line */
	DL_TEXT,      /* wrapped text */
	DL_NOTE,      /* sic, notes, repairs: small print */
	DL_TITLE,     /* an overlay's section title */
	DL_KEY,       /* help: keys in s[0..key_len), then the help text */
};

struct dline {
	unsigned char kind;
	bool cont;              /* continues the line before: the same text, wrapped */
	unsigned short indent;  /* columns before s */
	unsigned short key_len; /* DL_KEY: bytes of s that are the keys */
	const char *s;          /* not NUL-terminated: len bytes */
	size_t len;
	unsigned hl_first;      /* its highlights: doc.hl[hl_first..+hl_count) */
	unsigned hl_count;
};

/* Lines plus the strings they point into, when those are not the catalog's. */
struct doc {
	struct dline *v;
	size_t n, cap;
	struct hl *hl;          /* highlights of all lines, line by line */
	size_t nhl, caphl;
	char **own;
	size_t nown, capown;
};

#define COMPARE_HEAD_MAX 3  /* rows of a compare column's header, at most */

#define SEARCH_MAX 256
#define HISTORY_MAX 32

/* The search: being typed at the prompt, or kept as a filter. */
struct search {
	bool typing;              /* the prompt is open */
	char text[SEARCH_MAX];    /* as typed */
	char applied[SEARCH_MAX]; /* the text of q: the last that parsed */
	char error[QUERY_ERRLEN]; /* why text does not parse, or "" */
	struct query q;           /* the query the list shows (last that parsed) */
	char saved[SEARCH_MAX];   /* before the prompt opened: Esc goes back */
	int saved_code;
	size_t saved_list_top, saved_desc_top;
	struct tree_node saved_node;
	enum pane saved_focus;
	char *history[HISTORY_MAX]; /* searches kept this run, oldest first */
	size_t nhistory;
	size_t hist_pos;          /* nhistory: not browsing */
};

struct app {
	const struct catalog *cat;
	struct filter filter;     /* what is hidden (owned) */
	bool ascii;               /* the terminal cannot show UTF-8: texts in ASCII */

	int height, width;        /* the screen */
	bool too_small;           /* under APP_MIN_COLS x APP_MIN_ROWS */
	struct rect pane[PANE_COUNT]; /* each pane, its title row included */
	enum pane focus;
	enum overlay overlay;
	enum overlay over_back[OVERLAY_DEPTH]; /* the screens under this one, the
	                           * last on top: closing it goes back there */
	size_t over_back_top[OVERLAY_DEPTH]; /* their over_top then */
	size_t nback;

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

	struct doc over;          /* the overlay's lines */
	size_t over_top;
	long over_sel;            /* the filters panel: selected line, else -1 */
	size_t panel_item;        /* the filters panel: selected item */

	struct search search;
	size_t *matches;          /* the line of each highlight of the description (each
	                           * a match of the search), in order */
	size_t nmatches, match_cur; /* match_cur: the one n/N went to (an index of
	                           * desc.hl too), or (size_t)-1 */

	char config[512];         /* where w saves the filters ("" : nowhere) */

	/* the compare view */
	struct compare cmp;       /* its columns */
	struct doc *cmp_docs;     /* each column's lines, wrapped to cmp_width */
	size_t cmp_ndocs;
	int cmp_width;            /* a column's width */
	struct doc cmp_head;      /* each column's header wrapped to cmp_width, cmp_head_rows
	                           * lines each (blank lines under a shorter one) */
	int cmp_head_rows;        /* rows of every column's header (1 to COMPARE_HEAD_MAX) */
	size_t cmp_fit;           /* columns that fit side by side */
	size_t cmp_first;         /* the first column shown */
	size_t cmp_focus;         /* the column with the focus */
	size_t cmp_top;           /* the first text line shown, in every column */
	bool cmp_plain;           /* differences not highlighted (d) */
	bool cmp_choosing;        /* the chooser is open (s) */
	size_t cmp_choice;        /* the chooser's line: an entry of the code */
	size_t cmp_choice_top;    /* the chooser's first line shown */

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

/* A key as the user typed it: text at the search prompt, the filters
 * panel's keys there, else the action bound to it. */
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
unsigned app_code_vendors(const struct app *a, const struct code_info *ci); /* visible groups */
const struct query *app_query(const struct app *a);      /* the search shown, or NULL */

#endif
