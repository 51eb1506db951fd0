#include "diff.h"

#include <stdlib.h>
#include <string.h>

#include "textlayout.h"
#include "util.h"

typedef unsigned long long key_t64;

/* FNV-1a of the folded word; 0 is kept for words that fold to nothing.
 * Two different words with one hash would compare equal: at 64 bits, not
 * a worry for texts of a few thousand words. */
static key_t64 word_key(const char *s, size_t n)
{
	size_t len;
	char *f = tl_fold(s, n, &len, NULL);
	key_t64 h = 1469598103934665603ULL;

	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)f[i]) * 1099511628211ULL;
	free(f);
	return len ? (h ? h : 1) : 0;
}

static bool is_space(char c)
{
	return c == ' ' || c == '\n' || c == '\t';
}

void diff_split(const char *s, size_t n, struct diff_text *out)
{
	size_t cap = 0;

	memset(out, 0, sizeof(*out));
	for (size_t i = 0; i < n;) {
		size_t j = i;

		while (j < n && !is_space(s[j]))
			j++;
		if (j > i) {
			if (out->n == cap) {
				cap = cap ? cap * 2 : 64;
				out->w = xreallocarray(out->w, cap, sizeof(*out->w));
			}
			out->w[out->n++] = (struct diff_word){ i, j - i, word_key(s + i, j - i), false };
		}
		i = j + 1;
	}
}

/* ---- longest common subsequence, Hirschberg ------------------------------ */

struct lcs {
	const struct diff_word *a, *b;
	bool *ma, *mb;          /* matched */
	size_t *r1, *r2;        /* two rows of lengths */
};

static bool same(const struct diff_word *x, const struct diff_word *y)
{
	return x->key && x->key == y->key;
}

/* r[j] = LCS length of a[alo..ahi) and b[blo..blo+j), or, backwards, of
 * their suffixes. */
static void lengths(const struct lcs *l, size_t alo, size_t ahi, size_t blo, size_t bhi,
		    bool back, size_t *r, size_t *tmp)
{
	size_t bn = bhi - blo;

	memset(r, 0, (bn + 1) * sizeof(*r));
	for (size_t i = 0; i < ahi - alo; i++) {
		const struct diff_word *x = &l->a[back ? ahi - 1 - i : alo + i];

		memcpy(tmp, r, (bn + 1) * sizeof(*r));
		for (size_t j = 1; j <= bn; j++) {
			const struct diff_word *y = &l->b[back ? bhi - j : blo + j - 1];

			r[j] = same(x, y) ? tmp[j - 1] + 1 : (r[j - 1] > tmp[j] ? r[j - 1] : tmp[j]);
		}
	}
}

static void hirschberg(struct lcs *l, size_t alo, size_t ahi, size_t blo, size_t bhi)
{
	size_t mid, bn = bhi - blo, best = 0, k = 0;
	size_t *f, *g, *tmp;

	while (alo < ahi && blo < bhi && same(&l->a[alo], &l->b[blo]))
		l->ma[alo++] = l->mb[blo++] = true;     /* common start */
	while (alo < ahi && blo < bhi && same(&l->a[ahi - 1], &l->b[bhi - 1]))
		l->ma[--ahi] = l->mb[--bhi] = true;     /* common end */
	if (alo == ahi || blo == bhi)
		return;
	if (ahi - alo == 1) {
		for (size_t j = blo; j < bhi; j++)
			if (same(&l->a[alo], &l->b[j])) {
				l->ma[alo] = l->mb[j] = true;
				return;
			}
		return;
	}
	bn = bhi - blo;
	mid = alo + (ahi - alo) / 2;
	f = xcalloc(3 * (bn + 1), sizeof(*f));
	g = f + bn + 1;
	tmp = g + bn + 1;
	lengths(l, alo, mid, blo, bhi, false, f, tmp);
	lengths(l, mid, ahi, blo, bhi, true, g, tmp);
	for (size_t j = 0; j <= bn; j++)
		if (f[j] + g[bn - j] > best || j == 0) {
			best = f[j] + g[bn - j];
			k = j;
		}
	free(f);
	hirschberg(l, alo, mid, blo, blo + k);
	hirschberg(l, mid, ahi, blo + k, bhi);
}

size_t diff_mark(struct diff_text *a, struct diff_text *b)
{
	struct lcs l = { a->w, b->w, xcalloc(a->n + 1, 1), xcalloc(b->n + 1, 1), NULL, NULL };
	size_t common = 0;

	hirschberg(&l, 0, a->n, 0, b->n);
	for (size_t i = 0; i < a->n; i++) {
		a->w[i].unique = !l.ma[i] && a->w[i].key;
		common += l.ma[i];
	}
	for (size_t j = 0; j < b->n; j++)
		b->w[j].unique = !l.mb[j] && b->w[j].key;
	free(l.ma);
	free(l.mb);
	return common;
}

bool diff_same(const struct diff_text *a, const struct diff_text *b)
{
	size_t i = 0, j = 0;

	for (;;) {
		while (i < a->n && !a->w[i].key)
			i++;
		while (j < b->n && !b->w[j].key)
			j++;
		if (i == a->n || j == b->n)
			return i == a->n && j == b->n;
		if (a->w[i++].key != b->w[j++].key)
			return false;
	}
}

void diff_unmark(struct diff_text *t)
{
	for (size_t i = 0; i < t->n; i++)
		t->w[i].unique = false;
}

void diff_free(struct diff_text *t)
{
	free(t->w);
	memset(t, 0, sizeof(*t));
}
