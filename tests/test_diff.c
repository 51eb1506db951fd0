/* Tests of diff (src/diff.c): splitting a text into words with their
 * offsets and folded keys, marking the words the other text lacks (a
 * longest common subsequence over folded words), diff_same, and the LCS
 * length checked against a plain O(n*m) table on seeded random word lists.
 * Long texts must stay fast; wide characters and combining marks keep
 * their byte offsets. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <cmocka.h>

#include "diff.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

/* ---- helpers ------------------------------------------------------------- */

static void split(const char *s, struct diff_text *t)
{
	diff_split(s, strlen(s), t);
}

/* Word i of t is exactly want, at byte off of s. */
static void assert_word(const char *s, const struct diff_text *t, size_t i, size_t off,
			const char *want)
{
	assert_true(i < t->n);
	if (t->w[i].off != off || t->w[i].len != strlen(want) ||
	    memcmp(s + t->w[i].off, want, strlen(want)) != 0)
		print_error("word %zu: '%.*s' at %zu, want '%s' at %zu\n", i, (int)t->w[i].len,
			    s + t->w[i].off, t->w[i].off, want, off);
	assert_int_equal(t->w[i].off, off);
	assert_int_equal(t->w[i].len, strlen(want));
	assert_memory_equal(s + t->w[i].off, want, strlen(want));
}

/* The marked words of t (text s), joined by single spaces, into buf. */
static const char *marked(const char *s, const struct diff_text *t, char *buf, size_t size)
{
	size_t k = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < t->n; i++) {
		if (!t->w[i].unique)
			continue;
		k += (size_t)snprintf(buf + k, size - k, "%s%.*s", k ? " " : "", (int)t->w[i].len,
				      s + t->w[i].off);
		assert_true(k < size);
	}
	return buf;
}

static size_t count_marked(const struct diff_text *t)
{
	size_t n = 0;

	for (size_t i = 0; i < t->n; i++)
		n += t->w[i].unique;
	return n;
}

static size_t count_keyed(const struct diff_text *t)
{
	size_t n = 0;

	for (size_t i = 0; i < t->n; i++)
		n += t->w[i].key != 0;
	return n;
}

/* What a marking must be, whichever longest subsequence it chose: no word
 * without a key marked; the unmarked words with a key, in order, have the
 * same keys on both sides, and there are common of them. */
static void assert_marks_consistent(const struct diff_text *a, const struct diff_text *b,
				    size_t common)
{
	size_t i = 0, j = 0, pairs = 0;

	for (size_t k = 0; k < a->n; k++)
		if (!a->w[k].key)
			assert_false(a->w[k].unique);
	for (size_t k = 0; k < b->n; k++)
		if (!b->w[k].key)
			assert_false(b->w[k].unique);
	for (;;) {
		while (i < a->n && (a->w[i].unique || !a->w[i].key))
			i++;
		while (j < b->n && (b->w[j].unique || !b->w[j].key))
			j++;
		if (i == a->n || j == b->n)
			break;
		assert_true(a->w[i].key == b->w[j].key);
		pairs++;
		i++;
		j++;
	}
	/* both ran out together: as many unmarked words on each side */
	assert_int_equal(i, a->n);
	assert_int_equal(j, b->n);
	assert_int_equal(pairs, common);
	assert_int_equal(count_keyed(a) - count_marked(a), common);
	assert_int_equal(count_keyed(b) - count_marked(b), common);
}

/* Split both, mark, check consistency; the number in common. */
static size_t mark(const char *sa, const char *sb, struct diff_text *a, struct diff_text *b)
{
	size_t common;

	split(sa, a);
	split(sb, b);
	common = diff_mark(a, b);
	assert_marks_consistent(a, b, common);
	return common;
}

static uint32_t rng_state;

static uint32_t rnd(void)
{
	uint32_t x = rng_state;

	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	return rng_state = x;
}

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

/* Under valgrind (which preloads its vgpreload_*.so) everything runs many
 * times slower: the time limit is then not checked, the result still is. */
static bool under_valgrind(void)
{
	const char *p = getenv("LD_PRELOAD");

	return p && strstr(p, "vgpreload");
}

/* ---- diff_split ---------------------------------------------------------- */

static void test_split_words_and_offsets(void **state)
{
	const char *s = "Hello,  world\n\nfoo\tbar baz ";
	struct diff_text t;

	(void)state;
	split(s, &t);
	assert_int_equal(t.n, 5);
	assert_word(s, &t, 0, 0, "Hello,");
	assert_word(s, &t, 1, 8, "world");
	assert_word(s, &t, 2, 15, "foo");
	assert_word(s, &t, 3, 19, "bar");
	assert_word(s, &t, 4, 23, "baz");
	for (size_t i = 0; i < t.n; i++) {
		assert_true(t.w[i].key != 0);
		assert_false(t.w[i].unique);
	}
	/* distinct words, distinct keys */
	for (size_t i = 0; i < t.n; i++)
		for (size_t j = i + 1; j < t.n; j++)
			assert_true(t.w[i].key != t.w[j].key);
	diff_free(&t);
	assert_null(t.w);
	assert_int_equal(t.n, 0);
}

/* Leading, trailing and repeated blanks of every kind make no empty words. */
static void test_split_multiple_spaces_and_newlines(void **state)
{
	const char *s = "\n\n   one \t\n  two\n\n\n\nthree   \n";
	struct diff_text t;

	(void)state;
	split(s, &t);
	assert_int_equal(t.n, 3);
	assert_word(s, &t, 0, 5, "one");
	assert_word(s, &t, 1, 13, "two");
	assert_word(s, &t, 2, 20, "three");
	diff_free(&t);
}

/* Only the n bytes given are read: a word cut at n ends there. */
static void test_split_reads_only_n_bytes(void **state)
{
	const char *s = "alpha beta gamma";
	struct diff_text t;

	(void)state;
	diff_split(s, 8, &t);
	assert_int_equal(t.n, 2);
	assert_word(s, &t, 0, 0, "alpha");
	assert_word(s, &t, 1, 6, "be");
	diff_free(&t);
	diff_split(s, 0, &t);
	assert_int_equal(t.n, 0);
	diff_free(&t);
}

static void test_split_empty_text(void **state)
{
	static const char *const blank[] = { "", " ", "\n", "\t \n \t\n\n  " };

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(blank); i++) {
		struct diff_text t;

		memset(&t, 0x5a, sizeof(t));
		split(blank[i], &t);
		assert_int_equal(t.n, 0);
		diff_free(&t);
	}
}

/* Words of punctuation alone fold to nothing: key 0. */
static void test_split_punctuation_only_has_key_zero(void **state)
{
	const char *s = "- -- \xe2\x80\x94 ( ). & \xe2\x80\xa6 \" ' word";
	struct diff_text t;

	(void)state;
	split(s, &t);
	assert_int_equal(t.n, 10);
	for (size_t i = 0; i < 9; i++) {
		if (t.w[i].key)
			print_error("'%.*s' has a key\n", (int)t.w[i].len, s + t.w[i].off);
		assert_true(t.w[i].key == 0);
	}
	assert_word(s, &t, 9, strlen(s) - 4, "word");
	assert_true(t.w[9].key != 0);
	diff_free(&t);
}

/* Keys are of the folded word: case, punctuation around and inside it,
 * full-width letters, accents, plurals and British spellings do not
 * count. */
static void test_split_keys_are_folded(void **state)
{
	static const struct {
		const char *x, *y;
		bool same;
	} cases[] = {
		{ "Request", "request", true },
		{ "Time-out.", "timeout", true },
		{ "(timeout),", "TIMEOUT", true },
		{ "caf\xc3\xa9", "cafe", true },                  /* é precomposed */
		{ "cafe\xcc\x81", "caf\xc3\xa9", true },          /* e + combining acute */
		{ "\xef\xbc\xa1\xef\xbc\xa2\xef\xbc\xa3", "abc", true }, /* full-width ABC */
		{ "don't", "dont", true },
		{ "request", "requests", true },                  /* a plural (tl_fold) */
		{ "unauthorised", "Unauthorized", true },         /* a spelling */
		{ "request", "response", false },
		{ "\xe6\x97\xa5\xe6\x9c\xac", "\xe6\x97\xa5", false },  /* 日本, 日 */
		{ "2", "two", false },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct diff_text x, y;

		split(cases[i].x, &x);
		split(cases[i].y, &y);
		assert_int_equal(x.n, 1);
		assert_int_equal(y.n, 1);
		assert_true(x.w[0].key != 0 && y.w[0].key != 0);
		if ((x.w[0].key == y.w[0].key) != cases[i].same)
			print_error("'%s' vs '%s'\n", cases[i].x, cases[i].y);
		assert_true((x.w[0].key == y.w[0].key) == cases[i].same);
		diff_free(&x);
		diff_free(&y);
	}
}

/* ---- diff_mark and diff_same ------------------------------------------------ */

static void test_mark_identical_texts(void **state)
{
	const char *s = "The server cannot or will not process the request - see RFC 9110.";
	struct diff_text a, b;
	char buf[256];

	(void)state;
	assert_int_equal(mark(s, s, &a, &b), 12);   /* 13 words, the dash has no key */
	assert_int_equal(a.n, 13);
	assert_string_equal(marked(s, &a, buf, sizeof(buf)), "");
	assert_string_equal(marked(s, &b, buf, sizeof(buf)), "");
	assert_true(diff_same(&a, &b));
	assert_true(diff_same(&b, &a));
	diff_free(&a);
	diff_free(&b);
}

static void test_mark_case_and_punctuation_only(void **state)
{
	static const struct {
		const char *a, *b;
		size_t common;
	} cases[] = {
		{ "Request Time-out.", "request timeout", 2 },
		{ "The server, it said: \"no\".", "the Server it said no", 5 },
		{ "Bad Request - (sic)", "bad request sic", 3 },
		{ "Not Found", "NOT FOUND!", 2 },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct diff_text a, b;
		char buf[256];

		assert_int_equal(mark(cases[i].a, cases[i].b, &a, &b), cases[i].common);
		assert_string_equal(marked(cases[i].a, &a, buf, sizeof(buf)), "");
		assert_string_equal(marked(cases[i].b, &b, buf, sizeof(buf)), "");
		assert_true(diff_same(&a, &b));
		assert_true(diff_same(&b, &a));
		diff_free(&a);
		diff_free(&b);
	}
}

static void test_mark_disjoint_texts(void **state)
{
	const char *sa = "alpha beta gamma delta";
	const char *sb = "one two three";
	struct diff_text a, b;
	char buf[256];

	(void)state;
	assert_int_equal(mark(sa, sb, &a, &b), 0);
	assert_string_equal(marked(sa, &a, buf, sizeof(buf)), sa);
	assert_string_equal(marked(sb, &b, buf, sizeof(buf)), sb);
	assert_false(diff_same(&a, &b));
	diff_free(&a);
	diff_free(&b);
}

/* Reordered words: a longest common subsequence, whichever; the marks
 * agree with it on both sides. */
static void test_mark_reordered_words(void **state)
{
	static const struct {
		const char *a, *b;
		size_t common;
	} cases[] = {
		{ "one two three four", "three four one two", 2 },
		{ "a b c d e", "e d c b a", 1 },
		{ "x y x y x", "y x y x y", 4 },
		{ "the cat sat on the mat", "on the mat the cat sat", 3 },
		{ "red green blue", "blue red green", 2 },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct diff_text a, b;

		assert_int_equal(mark(cases[i].a, cases[i].b, &a, &b), cases[i].common);
		assert_int_equal(count_marked(&a), a.n - cases[i].common);
		assert_int_equal(count_marked(&b), b.n - cases[i].common);
		assert_false(diff_same(&a, &b));
		diff_free(&a);
		diff_free(&b);
	}
}

static void test_mark_one_side_empty(void **state)
{
	const char *s = "some words - here";
	struct diff_text a, b;
	char buf[256];

	(void)state;
	assert_int_equal(mark("", s, &a, &b), 0);
	assert_int_equal(a.n, 0);
	assert_string_equal(marked(s, &b, buf, sizeof(buf)), "some words here");
	assert_false(diff_same(&a, &b));
	assert_false(diff_same(&b, &a));
	diff_free(&a);
	diff_free(&b);
	assert_int_equal(mark(s, "  \n", &a, &b), 0);
	assert_string_equal(marked(s, &a, buf, sizeof(buf)), "some words here");
	assert_int_equal(b.n, 0);
	diff_free(&a);
	diff_free(&b);
	/* both empty; punctuation alone is as good as nothing */
	assert_int_equal(mark("", "", &a, &b), 0);
	assert_true(diff_same(&a, &b));
	diff_free(&a);
	diff_free(&b);
	assert_int_equal(mark("\xe2\x80\x94 -", "", &a, &b), 0);
	assert_int_equal(count_marked(&a), 0);
	assert_true(diff_same(&a, &b));
	assert_true(diff_same(&b, &a));
	diff_free(&a);
	diff_free(&b);
}

static void test_mark_change_insertion_deletion_in_the_middle(void **state)
{
	static const struct {
		const char *a, *b, *marked_a, *marked_b;
		size_t common;
	} cases[] = {
		{ "the quick brown fox jumps", "the quick red fox jumps", "brown", "red", 4 },
		{ "a b c", "a b x y c", "", "x y", 3 },
		{ "a b x y c", "a b c", "x y", "", 3 },
		{ "keep this and this too", "keep this too", "and this", "", 3 },
		{ "start middle end", "start new middle part end", "", "new part", 3 },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct diff_text a, b;
		char buf[256];

		assert_int_equal(mark(cases[i].a, cases[i].b, &a, &b), cases[i].common);
		assert_string_equal(marked(cases[i].a, &a, buf, sizeof(buf)), cases[i].marked_a);
		assert_string_equal(marked(cases[i].b, &b, buf, sizeof(buf)), cases[i].marked_b);
		assert_false(diff_same(&a, &b));
		diff_free(&a);
		diff_free(&b);
	}
}

/* Which word is marked, exactly: the one that changed, by its offset. */
static void test_mark_points_at_the_changed_occurrence(void **state)
{
	const char *sa = "to be or not to be";
	const char *sb = "to be or not to see";
	struct diff_text a, b;

	(void)state;
	assert_int_equal(mark(sa, sb, &a, &b), 5);
	for (size_t i = 0; i < a.n; i++)
		assert_int_equal(a.w[i].unique, i == 5);
	for (size_t i = 0; i < b.n; i++)
		assert_int_equal(b.w[i].unique, i == 5);
	assert_word(sb, &b, 5, 16, "see");
	diff_free(&a);
	diff_free(&b);
}

/* 5000 words against 5000, one in every 100 changed: fast, and exactly
 * the changed words marked. */
static void test_mark_long_texts(void **state)
{
	enum { N = 5000, EVERY = 100 };
	size_t cap = N * 8;
	char *sa = malloc(cap), *sb = malloc(cap);
	size_t ka = 0, kb = 0, common;
	struct diff_text a, b;
	double t0, ms;

	(void)state;
	assert_non_null(sa);
	assert_non_null(sb);
	for (size_t i = 0; i < N; i++) {
		ka += (size_t)snprintf(sa + ka, cap - ka, "w%zu%c", i, i % 17 == 16 ? '\n' : ' ');
		kb += (size_t)snprintf(sb + kb, cap - kb, "%c%zu ", i % EVERY == 50 ? 'x' : 'w', i);
	}
	diff_split(sa, ka, &a);
	diff_split(sb, kb, &b);
	assert_int_equal(a.n, N);
	assert_int_equal(b.n, N);
	t0 = now_ms();
	common = diff_mark(&a, &b);
	ms = now_ms() - t0;
	print_message("diff_mark of %d against %d words: %.1f ms\n", N, N, ms);
	assert_int_equal(common, N - N / EVERY);
	for (size_t i = 0; i < N; i++) {
		if (a.w[i].unique != (i % EVERY == 50) || b.w[i].unique != (i % EVERY == 50))
			print_error("word %zu: marked %d in a, %d in b\n", i, a.w[i].unique,
				    b.w[i].unique);
		assert_int_equal(a.w[i].unique, i % EVERY == 50);
		assert_int_equal(b.w[i].unique, i % EVERY == 50);
	}
	assert_false(diff_same(&a, &b));
	if (!under_valgrind())
		assert_true(ms < 1000);
	diff_free(&a);
	diff_free(&b);
	free(sa);
	free(sb);
}

/* CJK words (3 bytes a character) and combining marks: offsets in bytes,
 * words compared folded. */
static void test_mark_wide_characters(void **state)
{
	/* 日本語 の テキスト  /  日本語 が テキスト */
	const char *sa = "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e \xe3\x81\xae "
			 "\xe3\x83\x86\xe3\x82\xad\xe3\x82\xb9\xe3\x83\x88";
	const char *sb = "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e \xe3\x81\x8c "
			 "\xe3\x83\x86\xe3\x82\xad\xe3\x82\xb9\xe3\x83\x88";
	/* café crème (precomposed)  /  cafe+U+0301 cre+U+0300me, plus a word */
	const char *sc = "caf\xc3\xa9 cr\xc3\xa8me br\xc3\xbbl\xc3\xa9" "e";
	const char *sd = "cafe\xcc\x81 cre\xcc\x80me chaude";
	struct diff_text a, b;
	char buf[256];

	(void)state;
	assert_int_equal(mark(sa, sb, &a, &b), 2);
	assert_word(sa, &a, 0, 0, "\xe6\x97\xa5\xe6\x9c\xac\xe8\xaa\x9e");
	assert_word(sa, &a, 1, 10, "\xe3\x81\xae");
	assert_word(sa, &a, 2, 14, "\xe3\x83\x86\xe3\x82\xad\xe3\x82\xb9\xe3\x83\x88");
	assert_string_equal(marked(sa, &a, buf, sizeof(buf)), "\xe3\x81\xae");
	assert_string_equal(marked(sb, &b, buf, sizeof(buf)), "\xe3\x81\x8c");
	assert_true(a.w[1].unique && b.w[1].unique);
	diff_free(&a);
	diff_free(&b);

	assert_int_equal(mark(sc, sd, &a, &b), 2);
	assert_word(sc, &a, 1, 6, "cr\xc3\xa8me");
	assert_word(sc, &a, 2, 13, "br\xc3\xbbl\xc3\xa9" "e");
	assert_word(sd, &b, 1, 7, "cre\xcc\x80me");
	assert_word(sd, &b, 2, 15, "chaude");
	assert_string_equal(marked(sc, &a, buf, sizeof(buf)), "br\xc3\xbbl\xc3\xa9" "e");
	assert_string_equal(marked(sd, &b, buf, sizeof(buf)), "chaude");
	diff_free(&a);
	diff_free(&b);
}

/* A word of punctuation alone is never marked, whatever surrounds it. */
static void test_mark_punctuation_never_marked(void **state)
{
	static const struct {
		const char *a, *b, *marked_a, *marked_b;
	} cases[] = {
		{ "alpha \xe2\x80\x94 beta", "gamma", "alpha beta", "gamma" },
		{ "- x", "- y", "x", "y" },
		{ "( ) - --", "word", "", "word" },
		{ "a - b", "a b", "", "" },
		{ "one & two", "one two & three", "", "three" },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct diff_text a, b;
		char buf[256];

		mark(cases[i].a, cases[i].b, &a, &b);
		assert_string_equal(marked(cases[i].a, &a, buf, sizeof(buf)), cases[i].marked_a);
		assert_string_equal(marked(cases[i].b, &b, buf, sizeof(buf)), cases[i].marked_b);
		for (size_t k = 0; k < a.n; k++)
			if (!a.w[k].key)
				assert_false(a.w[k].unique);
		for (size_t k = 0; k < b.n; k++)
			if (!b.w[k].key)
				assert_false(b.w[k].unique);
		diff_free(&a);
		diff_free(&b);
	}
}

/* diff_same: the same keyed words in the same order; punctuation is
 * skipped on both sides. */
static void test_same(void **state)
{
	static const struct {
		const char *a, *b;
		bool same;
	} cases[] = {
		{ "a b", "a b", true },
		{ "a - b", "a b", true },
		{ "- a b -", "a \xe2\x80\x94 b", true },
		{ "A, B.", "a b", true },
		{ "a b", "b a", false },
		{ "a b", "a b c", false },
		{ "a b c", "a b", false },
		{ "a", "", false },
		{ "", "-", true },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct diff_text a, b;

		split(cases[i].a, &a);
		split(cases[i].b, &b);
		if (diff_same(&a, &b) != cases[i].same)
			print_error("'%s' vs '%s'\n", cases[i].a, cases[i].b);
		assert_int_equal(diff_same(&a, &b), cases[i].same);
		assert_int_equal(diff_same(&b, &a), cases[i].same);
		diff_free(&a);
		diff_free(&b);
	}
}

/* diff_unmark clears; marking again gives the same marks. */
static void test_unmark_and_mark_again(void **state)
{
	const char *sa = "the quick brown fox", *sb = "a quick red fox";
	struct diff_text a, b;
	char first_a[128], first_b[128], buf[128];

	(void)state;
	assert_int_equal(mark(sa, sb, &a, &b), 2);
	marked(sa, &a, first_a, sizeof(first_a));
	marked(sb, &b, first_b, sizeof(first_b));
	assert_string_equal(first_a, "the brown");
	assert_string_equal(first_b, "a red");
	diff_unmark(&a);
	diff_unmark(&b);
	assert_int_equal(count_marked(&a), 0);
	assert_int_equal(count_marked(&b), 0);
	assert_int_equal(diff_mark(&a, &b), 2);
	assert_string_equal(marked(sa, &a, buf, sizeof(buf)), first_a);
	assert_string_equal(marked(sb, &b, buf, sizeof(buf)), first_b);
	/* marking again without unmarking first gives the same too */
	assert_int_equal(diff_mark(&a, &b), 2);
	assert_string_equal(marked(sa, &a, buf, sizeof(buf)), first_a);
	diff_free(&a);
	diff_free(&b);
}

/* ---- against a plain LCS table -------------------------------------------------- */

/* The LCS length of two word lists by the O(n*m) table: words equal when
 * they have the same non-zero key. */
static size_t lcs_table(const struct diff_text *a, const struct diff_text *b)
{
	size_t *t = calloc((a->n + 1) * (b->n + 1), sizeof(*t)), r;

	assert_non_null(t);
#define T(i, j) t[(i) * (b->n + 1) + (j)]
	for (size_t i = 1; i <= a->n; i++)
		for (size_t j = 1; j <= b->n; j++) {
			if (a->w[i - 1].key && a->w[i - 1].key == b->w[j - 1].key)
				T(i, j) = T(i - 1, j - 1) + 1;
			else
				T(i, j) = T(i - 1, j) > T(i, j - 1) ? T(i - 1, j) : T(i, j - 1);
		}
	r = T(a->n, b->n);
#undef T
	free(t);
	return r;
}

/* A random text of at most max words from a small vocabulary (so that
 * words repeat), punctuation and case variants included. */
static void random_text(char *buf, size_t size, size_t max)
{
	static const char *const vocab[] = {
		"alpha", "Alpha,", "beta", "gamma", "delta", "-", "(eps)", "zeta.",
	};
	size_t n = rnd() % (max + 1), k = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < n; i++)
		k += (size_t)snprintf(buf + k, size - k, "%s%s", i ? (rnd() % 5 ? " " : "\n") : "",
				      vocab[rnd() % ARRAY_SIZE(vocab)]);
	assert_true(k < size);
}

static void test_mark_matches_the_lcs_table(void **state)
{
	int recursed = 0;

	(void)state;
	rng_state = 0x1234567u;
	for (int round = 0; round < 200; round++) {
		char sa[512], sb[512];
		struct diff_text a, b;
		size_t want, got;

		random_text(sa, sizeof(sa), round < 100 ? 8 : 40);
		random_text(sb, sizeof(sb), round < 100 ? 8 : 40);
		split(sa, &a);
		split(sb, &b);
		want = lcs_table(&a, &b);
		got = diff_mark(&a, &b);
		if (got != want)
			print_error("round %d: '%s' vs '%s': %zu in common, LCS %zu\n", round, sa, sb,
				    got, want);
		assert_int_equal(got, want);
		assert_marks_consistent(&a, &b, got);
		recursed += a.n > 2 && b.n > 2 && want < a.n && want < b.n;
		diff_free(&a);
		diff_free(&b);
	}
	assert_true(recursed > 50);   /* most pairs were not trivial */
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_split_words_and_offsets),
		cmocka_unit_test(test_split_multiple_spaces_and_newlines),
		cmocka_unit_test(test_split_reads_only_n_bytes),
		cmocka_unit_test(test_split_empty_text),
		cmocka_unit_test(test_split_punctuation_only_has_key_zero),
		cmocka_unit_test(test_split_keys_are_folded),
		cmocka_unit_test(test_mark_identical_texts),
		cmocka_unit_test(test_mark_case_and_punctuation_only),
		cmocka_unit_test(test_mark_disjoint_texts),
		cmocka_unit_test(test_mark_reordered_words),
		cmocka_unit_test(test_mark_one_side_empty),
		cmocka_unit_test(test_mark_change_insertion_deletion_in_the_middle),
		cmocka_unit_test(test_mark_points_at_the_changed_occurrence),
		cmocka_unit_test(test_mark_long_texts),
		cmocka_unit_test(test_mark_wide_characters),
		cmocka_unit_test(test_mark_punctuation_never_marked),
		cmocka_unit_test(test_same),
		cmocka_unit_test(test_unmark_and_mark_again),
		cmocka_unit_test(test_mark_matches_the_lcs_table),
	};

	return cmocka_run_group_tests_name("diff", tests, NULL, NULL);
}
