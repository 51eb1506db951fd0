#include "compare.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

#define COMPARE_MAX_DEFAULT 64   /* columns compare_default gives, at most */

/* ---- columns ------------------------------------------------------------- */

static char *column_text(const struct entry *e)
{
	if (e->reg)
		return catalog_registry_text(e);
	return xstrdup(e->text);
}

/* Do two of the columns give different meanings: different names, or a
 * name and none (a meaning given without one, as the catalog reads it),
 * of groups that share none? */
static bool columns_clash(const struct compare *cmp)
{
	for (size_t i = 0; i < cmp->ncols; i++)
		for (size_t j = i + 1; j < cmp->ncols; j++) {
			const struct entry *a = cmp->cols[i].e, *b = cmp->cols[j].e;

			if ((a->fname[0] || b->fname[0]) && strcmp(a->fname, b->fname) != 0 &&
			    !(a->vendor & b->vendor))
				return true;
		}
	return false;
}

static void diff_all(struct compare *cmp)
{
	struct diff_text left = { 0 };

	cmp->clash = columns_clash(cmp);
	cmp->identical = cmp->ncols > 1;
	for (size_t k = 0; k < cmp->ncols; k++) {
		diff_unmark(&cmp->cols[k].words);
		cmp->cols[k].same_as_left = false;
	}
	for (size_t k = 1; k < cmp->ncols; k++) {
		struct cmp_col *a = &cmp->cols[k - 1], *b = &cmp->cols[k];

		/* the left column keeps its own marks (from its left) but for the first */
		left.n = a->words.n;
		left.w = xreallocarray(left.w, left.n ? left.n : 1, sizeof(*left.w));
		if (left.n)
			memcpy(left.w, a->words.w, left.n * sizeof(*left.w));
		diff_mark(k == 1 ? &a->words : &left, &b->words);
		b->same_as_left = diff_same(&a->words, &b->words);
		cmp->identical &= b->same_as_left;
	}
	free(left.w);
}

static void add_col(struct compare *cmp, const struct entry *e)
{
	struct cmp_col *col;

	cmp->cols = xreallocarray(cmp->cols, cmp->ncols + 1, sizeof(*cmp->cols));
	col = &cmp->cols[cmp->ncols++];
	col->e = e;
	col->text = column_text(e);
	col->same_as_left = false;
	diff_split(col->text, strlen(col->text), &col->words);
}

static void start(struct compare *cmp, const struct catalog *c, const struct code_info *ci)
{
	memset(cmp, 0, sizeof(*cmp));
	cmp->cat = c;
	cmp->ci = ci;
}

void compare_set(struct compare *cmp, const struct catalog *c, const struct code_info *ci,
		 const struct entry *const *es, size_t n)
{
	start(cmp, c, ci);
	for (size_t i = 0; i < n; i++)
		add_col(cmp, es[i]);
	diff_all(cmp);
}

/* ---- the default choice ---------------------------------------------------- */

static size_t text_len(const struct entry *e)
{
	return e->reg ? 1 : strlen(e->text);   /* a registry line is short */
}

/* For each distinct name of the visible entries, the entry with the longest
 * text (the first of equal ones); only when there are two names or more. */
/* The meanings given without a name, after the n named columns of out:
 * an entry with no name in groups that share none with the named ones'
 * (421's in CN: table 2), one column for those that share a group, the
 * longest text; as the catalog counts them. */
static size_t by_meaning_unnamed(const struct compare *cmp, const struct filter *f,
				 unsigned named, const struct entry **out, size_t n)
{
	size_t first = n;

	QUERY_FOR_VISIBLE(e, cmp->cat, f, cmp->ci) {
		size_t j;

		if (e->fname[0] || !named || (e->vendor & named))
			continue;
		for (j = first; j < n && !(out[j]->vendor & e->vendor); j++)
			;
		if (j == n && n < COMPARE_MAX_DEFAULT)
			out[n++] = e;
		else if (j < n && text_len(e) > text_len(out[j]))
			out[j] = e;
	}
	return n;
}

static size_t by_name(const struct compare *cmp, const struct filter *f,
		      const struct entry **out)
{
	size_t n = 0;
	unsigned named = 0;     /* the groups of the named entries */

	QUERY_FOR_VISIBLE(e, cmp->cat, f, cmp->ci) {
		size_t j;

		if (!e->fname[0])
			continue;
		named |= e->vendor;
		for (j = 0; j < n && strcmp(out[j]->fname, e->fname) != 0; j++)
			;
		if (j == n && n < COMPARE_MAX_DEFAULT)
			out[n++] = e;
		else if (j < n && text_len(e) > text_len(out[j]))
			out[j] = e;
	}
	n = by_meaning_unnamed(cmp, f, named, out, n);
	return n > 1 ? n : 0;
}

bool compare_same_words(const struct entry *a, const struct entry *b)
{
	char *ta = column_text(a), *tb = column_text(b);
	struct diff_text wa, wb;
	bool same;

	diff_split(ta, strlen(ta), &wa);
	diff_split(tb, strlen(tb), &wb);
	same = diff_same(&wa, &wb);
	diff_free(&wa);
	diff_free(&wb);
	free(ta);
	free(tb);
	return same;
}

/* The visible entry with the longest text, and the longest of those whose
 * words differ from it (two copies of one text compare nothing); else the
 * next longest. In source order. */
static size_t longest_two(const struct compare *cmp, const struct filter *f,
			  const struct entry **out)
{
	const struct catalog *c = cmp->cat;
	const struct code_info *ci = cmp->ci;
	const struct entry *first = NULL, *other = NULL, *copy = NULL;

	QUERY_FOR_VISIBLE(e, c, f, ci)
		if (!first || text_len(e) > text_len(first))
			first = e;
	QUERY_FOR_VISIBLE(e, c, f, ci) {
		const struct entry **slot;

		if (e == first)
			continue;
		slot = compare_same_words(first, e) ? &copy : &other;
		if (!*slot || text_len(e) > text_len(*slot))
			*slot = e;
	}
	if (!other)
		other = copy;
	if (!first)
		return 0;
	if (!other) {
		out[0] = first;
		return 1;
	}
	out[0] = other < first ? other : first;
	out[1] = other < first ? first : other;
	return 2;
}

void compare_default(struct compare *cmp, const struct catalog *c, const struct code_info *ci,
		     const struct filter *f)
{
	const struct entry *es[COMPARE_MAX_DEFAULT];
	size_t n;

	start(cmp, c, ci);
	n = by_name(cmp, f, es);
	if (!n)
		n = longest_two(cmp, f, es);
	for (size_t i = 0; i < n; i++)
		add_col(cmp, es[i]);
	diff_all(cmp);
}

/* ---- changing the columns -------------------------------------------------- */

long compare_find(const struct compare *cmp, const struct entry *e)
{
	for (size_t i = 0; i < cmp->ncols; i++)
		if (cmp->cols[i].e == e)
			return (long)i;
	return -1;
}

void compare_toggle(struct compare *cmp, const struct entry *e)
{
	long i = compare_find(cmp, e);

	if (i < 0) {
		add_col(cmp, e);
	} else {
		free(cmp->cols[i].text);
		diff_free(&cmp->cols[i].words);
		memmove(cmp->cols + i, cmp->cols + i + 1, (cmp->ncols - (size_t)i - 1) * sizeof(*cmp->cols));
		cmp->ncols--;
	}
	diff_all(cmp);
}

void compare_swap(struct compare *cmp, size_t i, size_t j)
{
	struct cmp_col t;

	if (i >= cmp->ncols || j >= cmp->ncols || i == j)
		return;
	t = cmp->cols[i];
	cmp->cols[i] = cmp->cols[j];
	cmp->cols[j] = t;
	diff_all(cmp);
}

/* ---- for showing and drawing ----------------------------------------------- */

bool compare_marked(const struct compare *cmp, enum compare_marks when)
{
	return when == COMPARE_MARKS_ALWAYS || (when == COMPARE_MARKS_AUTO && !cmp->clash);
}

void compare_words(const struct compare *cmp, struct compare_words *w)
{
	unsigned all = cmp->ci->count;

	if (all == 1)
		snprintf(w->count, sizeof(w->count), "1 entry");
	else
		snprintf(w->count, sizeof(w->count), "%zu of its %u entries", cmp->ncols, all);
	w->alone = cmp->ncols == 1 ? "nothing to compare it with" : NULL;
	w->kind = cmp->identical ? "identical texts" : cmp->clash ? "different meanings" : NULL;
}

size_t compare_spans(const struct cmp_col *col, struct qspan *out, size_t max)
{
	size_t n = 0;
	bool open = false;      /* the last span may grow: its run goes on */

	for (size_t i = 0; i < col->words.n; i++) {
		const struct diff_word *w = &col->words.w[i];

		if (!w->unique) {
			open = false;
			continue;
		}
		/* a run of marked words is one span, the spaces between included */
		if (open)
			out[n - 1].len = w->off + w->len - out[n - 1].off;
		else if (n < max) {
			out[n++] = (struct qspan){ w->off, w->len };
			open = true;
		}
	}
	return n;
}

char *compare_header(const struct compare *cmp, const struct cmp_col *col)
{
	const struct entry *e = col->e;
	const char *label = cmp->cat->sources[e->source].label;

	if (e->name[0] && e->qualifier[0])
		return xasprintf("%s: %s (%s)", label, e->name, e->qualifier);
	if (e->name[0])
		return xasprintf("%s: %s", label, e->name);
	return xstrdup(label);
}

size_t compare_layout(size_t ncols, int width, int *colw)
{
	size_t fit = (size_t)((width + COMPARE_SEP) / (COMPARE_MIN_WIDTH + COMPARE_SEP));

	if (fit < 1)
		fit = 1;
	if (fit > ncols)
		fit = ncols ? ncols : 1;
	*colw = (width - (int)(fit - 1) * COMPARE_SEP) / (int)fit;
	if (*colw < 1)
		*colw = 1;
	return fit;
}

void compare_free(struct compare *cmp)
{
	for (size_t i = 0; i < cmp->ncols; i++) {
		free(cmp->cols[i].text);
		diff_free(&cmp->cols[i].words);
	}
	free(cmp->cols);
	memset(cmp, 0, sizeof(*cmp));
}
