/* compare: what the compare view and --compare put side by side. The
 * columns of one code (entries of its sources), their texts split into
 * words and diffed with their neighbours, and the layout of columns in a
 * width. No curses.
 *
 * Differences are between neighbours: the first column is compared with
 * the second, every other column with the one on its left; a word is
 * marked when that neighbour lacks it. Columns that are different meanings
 * (a clash) differ in nearly every word: there, the outputs do not show
 * the marks unless asked to (compare_marked). */
#ifndef COMPARE_H
#define COMPARE_H

#include <stdbool.h>
#include <stddef.h>

#include "catalog.h"
#include "diff.h"
#include "query.h"

#define COMPARE_MIN_WIDTH 24   /* a column narrower than this is not shown */
#define COMPARE_SEP 3          /* " | " between columns */

struct cmp_col {
	const struct entry *e;
	char *text;              /* what it shows: the text, or the registry's facts */
	struct diff_text words;  /* with .unique marks after compare_diff */
	bool same_as_left;       /* the same words as the column on its left */
};

struct compare {
	const struct catalog *cat;
	const struct code_info *ci;
	struct cmp_col *cols;
	size_t ncols;
	bool identical;          /* two or more columns, all the same words */
	bool clash;              /* two columns give different names of vendor
	                          * groups that share none, or a name and none:
	                          * different meanings */
};

/* The columns a compare starts with: for a code whose visible entries give
 * more than one name (a clash of meanings or a rename), one per distinct
 * name, the registry's included, in the order of their first entries (for
 * each, its entry with the longest text), then one per meaning given
 * without a name in groups none of the names has (as the catalog counts
 * them: 421's CN: table 2 entry); else the two visible entries
 * with the longest texts. The browser's and --compare's default. */
void compare_default(struct compare *cmp, const struct catalog *c, const struct code_info *ci,
                     const struct filter *f);

/* Exactly these entries, in this order. */
void compare_set(struct compare *cmp, const struct catalog *c, const struct code_info *ci,
                 const struct entry *const *es, size_t n);

/* Do two entries show the same words (folded, as the diff reads them)? */
bool compare_same_words(const struct entry *a, const struct entry *b);

/* Is this entry one of the columns? Its index, or -1. */
long compare_find(const struct compare *cmp, const struct entry *e);

/* Add or remove a column (added at the end); swap two. Each re-diffs. */
void compare_toggle(struct compare *cmp, const struct entry *e);
void compare_swap(struct compare *cmp, size_t i, size_t j);

/* Whether the words a neighbour lacks are shown marked: always, never, or
 * (auto) unless the columns are different meanings (cmp->clash), where
 * nearly every word is marked and the marks are noise. The compare view
 * starts so (d switches), and --diff=WHEN says which for --compare. */
enum compare_marks { COMPARE_MARKS_AUTO, COMPARE_MARKS_ALWAYS, COMPARE_MARKS_NEVER };
bool compare_marked(const struct compare *cmp, enum compare_marks when);

/* What a compare shows, in the words every output uses (the compare
 * view's title, --compare's first line), so that they never differ. */
struct compare_words {
	char count[64];          /* "2 of its 4 entries"; "1 entry" for a code
	                          * that has only one */
	const char *alone;       /* one column: "nothing to compare it with";
	                          * else NULL */
	const char *kind;        /* "identical texts", "different meanings"
	                          * (clash), or NULL */
};
void compare_words(const struct compare *cmp, struct compare_words *w);

/* The spans of a column's marked words (merged when adjacent), for
 * highlighting; at most max. */
size_t compare_spans(const struct cmp_col *col, struct qspan *out, size_t max);

/* "label: name (qualifier)" for a column's header (malloc'd). */
char *compare_header(const struct compare *cmp, const struct cmp_col *col);

/* How many columns, from the first, fit in width at COMPARE_MIN_WIDTH or
 * more with COMPARE_SEP between them (at least one); their common width
 * goes to *colw. The widths and separators never exceed width. */
size_t compare_layout(size_t ncols, int width, int *colw);

void compare_free(struct compare *cmp);

#endif
