/* screen_compare: the compare view (screen_compare.c): the selected code's
 * entries side by side, and its chooser. Its state is here for its view
 * (view_compare.c) to draw; everyone else reads it through the functions
 * below. No curses. */
#ifndef SCREEN_COMPARE_H
#define SCREEN_COMPARE_H

#include "compare.h"
#include "screen.h"

#define COMPARE_HEAD_MAX 3  /* rows of a compare column's header, at most */
#define COMPARE_FACTS_ROWS 16 /* a screen this tall gives the title's facts a row */
/* The note over a column whose words are those of the column on its left. */
#define COMPARE_SAME_NOTE "= the same words as on the left"

struct compare_screen {
	struct screen base;
	struct compare cmp;       /* its columns (empty while closed) */
	struct doc title;         /* the title: one or two DL_TITLE lines (the code,
	                           * its name, how many entries), then the facts in
	                           * one DL_NOTE line (or none), at the right of the
	                           * last row */
	int title_rows;           /* rows of the title (1 to 3) */
	struct doc *docs;         /* each column's lines, wrapped to width */
	size_t ndocs;
	int width;                /* a column's width */
	struct doc head;          /* each column's header wrapped to width, head_rows
	                           * lines each (blank lines under a shorter one) */
	int head_rows;            /* rows of every column's header (1 to COMPARE_HEAD_MAX) */
	size_t fit;               /* columns that fit side by side */
	size_t first;             /* the first column shown */
	size_t focus;             /* the column with the focus */
	size_t top;               /* the first text line shown, in every column */
	bool plain;               /* differences not highlighted: so at opening when
	                           * the columns are different meanings (compare_marked),
	                           * else not; d switches */
	bool zoomed;              /* the focused column alone, at the whole width (z) */
	bool choosing;            /* the chooser is open (s) */
	size_t choice;            /* the chooser's line: an entry of the code */
	size_t choice_top;        /* the chooser's first line shown */
	int key;                  /* the key of the action being done (a digit) */
};

/* The compare view, open, compares exactly these entries of its code, in
 * this order: the columns diffed again and laid out. */
void compare_screen_show(struct app *a, const struct entry *const *es, size_t n);

/* s is the compare view's state (app_screen_state(a, SCREEN_COMPARE)). */
const struct compare *compare_screen_columns(const struct screen *s);
const struct doc *compare_screen_doc(const struct screen *s, size_t col); /* its lines */
size_t compare_screen_ndocs(const struct screen *s); /* columns' documents kept */
const struct doc *compare_screen_heads(const struct screen *s); /* head_rows lines a column */
int compare_screen_head_rows(const struct screen *s);
const struct doc *compare_screen_title(const struct screen *s); /* title_rows lines or less */
int compare_screen_title_rows(const struct screen *s);
int compare_screen_width(const struct screen *s);   /* a column's */
size_t compare_screen_fit(const struct screen *s);
size_t compare_screen_first(const struct screen *s);
size_t compare_screen_focus(const struct screen *s);
size_t compare_screen_top(const struct screen *s);
bool compare_screen_plain(const struct screen *s);
bool compare_screen_zoomed(const struct screen *s);
bool compare_screen_choosing(const struct screen *s);
size_t compare_screen_choice(const struct screen *s);
/* Text rows of the view under its title and header rows (the chooser's
 * list starts where a one-row header's text would, its line of help in
 * the header's row). */
int compare_screen_rows(const struct screen *s, const struct app *a);

#endif
