/* diff: word-level differences between two texts. Words are runs of
 * non-space characters; they are compared folded (tl_fold: case, accents,
 * punctuation, spelling variants), so "Time-out," and "timeout" are the
 * same word. A longest common subsequence of the two word lists (Hirschberg:
 * linear memory, so long texts are fine) says which words both have; the
 * others are unique to their side. No curses. */
#ifndef DIFF_H
#define DIFF_H

#include <stdbool.h>
#include <stddef.h>

struct diff_word {
	size_t off, len;        /* the word in its text */
	unsigned long long key; /* its folded form, hashed; 0 for punctuation */
	bool unique;            /* the other text does not have it (here) */
};

struct diff_text {
	struct diff_word *w;
	size_t n;
};

/* The words of s[0..n), none unique yet. */
void diff_split(const char *s, size_t n, struct diff_text *out);

/* Mark the words of a and of b that the other lacks. Words that fold to
 * nothing (a lone dash) are never marked. Returns the number of words in
 * common. */
size_t diff_mark(struct diff_text *a, struct diff_text *b);

/* Do the two have the same words (folded), in the same order? */
bool diff_same(const struct diff_text *a, const struct diff_text *b);

/* Clear every mark (before a word list is compared again). */
void diff_unmark(struct diff_text *t);

void diff_free(struct diff_text *t);

#endif
