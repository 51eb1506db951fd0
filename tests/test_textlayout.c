/* Tests of textlayout: widths, clipping, truncation, wrapping, folding,
 * sanitizing and ASCII rendering. */
#include <locale.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wchar.h>

#include <cmocka.h>

#include "textlayout.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define FFFD "\xEF\xBF\xBD"

/* ---- helpers ------------------------------------------------------------- */

static size_t encode(uint32_t uc, char *b)
{
	/* by hand: surrogates must be encodable too, to be rejected */
	if (uc < 0x80) {
		b[0] = (char)uc;
		return 1;
	}
	if (uc < 0x800) {
		b[0] = (char)(0xC0 | uc >> 6);
		b[1] = (char)(0x80 | (uc & 0x3F));
		return 2;
	}
	if (uc < 0x10000) {
		b[0] = (char)(0xE0 | uc >> 12);
		b[1] = (char)(0x80 | ((uc >> 6) & 0x3F));
		b[2] = (char)(0x80 | (uc & 0x3F));
		return 3;
	}
	b[0] = (char)(0xF0 | uc >> 18);
	b[1] = (char)(0x80 | ((uc >> 12) & 0x3F));
	b[2] = (char)(0x80 | ((uc >> 6) & 0x3F));
	b[3] = (char)(0x80 | (uc & 0x3F));
	return 4;
}

static double now_ms(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

static void check_sanitize(const char *in, size_t n, bool keep, const char *want)
{
	size_t len;
	char *out = tl_sanitize(in, n, keep, &len);

	assert_string_equal(out, want);
	assert_int_equal(len, strlen(want));
	free(out);
}

#define SAN(in, want) check_sanitize(in, sizeof(in) - 1, true, want)

static size_t width_of(const char *s)
{
	return tl_width(s, strlen(s));
}

/* ---- tl_utf8_valid ------------------------------------------------------- */

static void test_utf8_valid(void **state)
{
	size_t bad = 99;

	(void)state;
	assert_int_equal(tl_utf8_valid("abc \u00e9\u65e5", 9, &bad), 1);
	assert_int_equal(tl_utf8_valid("ab\xC0\xAF", 4, &bad), 0);
	assert_int_equal(bad, 2);
	assert_int_equal(tl_utf8_valid("\xED\xA0\x80", 3, &bad), 0);
	assert_int_equal(tl_utf8_valid("x\xF4\x90\x80\x80", 5, &bad), 0);
	assert_int_equal(bad, 1);
	assert_int_equal(tl_utf8_valid("", 0, NULL), 1);
}

/* ---- tl_sanitize ----------------------------------------------------------- */

static void test_sanitize_controls(void **state)
{
	(void)state;
	SAN("\x1b[31mred\x1b[0m", FFFD "[31mred" FFFD "[0m");
	SAN("\x1b]0;x\a", FFFD "]0;x" FFFD);
	SAN("a\x9b" "31m", "a" FFFD "31m");		/* raw C1 byte */
	SAN("a\xC2\x9b" "31m", "a" FFFD "31m");	/* U+009B */
	SAN("a\x85z", "a" FFFD "z");
	SAN("a\x7f\r\bz", "a" FFFD FFFD FFFD "z");
	SAN("a\tb", "a b");
	SAN("a\0b", "a" FFFD "b");
	check_sanitize("one\ntwo", 7, false, "one two");
	check_sanitize("one\ntwo", 7, true, "one\ntwo");
	SAN("", "");
}

static void test_sanitize_format(void **state)
{
	(void)state;
	SAN("a\u202Eb\u202Ac", "abc");			/* bidi override */
	SAN("a\u2066b\u2069c\u200Fd\u061C", "abcd");	/* isolates, marks */
	SAN("a\u200Bb\u200Dd\u2060e", "abde");	/* zero widths */
	SAN("\uFEFFbom", "bom");
	SAN("soft\u00ADhyphen", "softhyphen");
	SAN("\u0600\u06DD1", "1");
	SAN("flag\U000E0067\U000E007F", "flag");		/* tags */
	SAN("caf\u00e9 e\u0301 \u65e5", "caf\u00e9 e\u0301 \u65e5");
}

/* Sequences that terminals draw in different widths keep only what every
 * terminal draws alike (see textlayout.h); ZWNJ is zero width for all. */
static void test_sanitize_emoji(void **state)
{
	(void)state;
	SAN("\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645", 	/* Persian */
	    "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645");
	SAN("a\u200Cb \u200C", "a\u200Cb \u200C");
	/* ZWJ: tmux 3.3a draws what follows in the same cell, xterm does not */
	SAN("\U0001F468\u200D\U0001F469\u200D\U0001F467",
	    "\U0001F468\U0001F469\U0001F467");
	SAN("\u0915\u094D\u200D\u0937", "\u0915\u094D\u0937");
	/* VS16 widens a narrow base where it is honoured */
	SAN("\u26A0\uFE0F \u2764\uFE0F!", "\u26A0 \u2764!");
	SAN("#\uFE0F\u20E3", "#\u20E3");			/* keycap */
	SAN("\uFE0Fx\uFE0F", "x");
	SAN("\U0001F44D\uFE0F", "\U0001F44D\uFE0F");	/* wide already */
	SAN("\U0001F44D\u0301\uFE0F", "\U0001F44D\u0301\uFE0F");
	SAN("\xff\uFE0F", FFFD);
	/* VS15 narrows a wide base where it is honoured */
	SAN("\u231A\uFE0E \u263A\uFE0E", "\u231A \u263A\uFE0E");
	/* skin tones: one glyph where supported, two elsewhere */
	SAN("\U0001F44D\U0001F3FD", "\U0001F44D");
	SAN("\u261D\uFE0F\U0001F3FD", "\u261D");
	SAN("\U0001F3FD \U0001F3FD", "\U0001F3FD \U0001F3FD");	/* swatches */
	SAN("\U0001F468\U0001F3FD\u200D\U0001F4BB", "\U0001F468\U0001F4BB");
}

static void test_sanitize_invalid(void **state)
{
	(void)state;
	SAN("\xff", FFFD);
	SAN("a\xC3", "a" FFFD);
	SAN("\xC3" "A", FFFD "A");
	SAN("\xC0\xAF", FFFD FFFD);			/* overlong '/' */
	SAN("\xF0\x9F" "A", FFFD "A");			/* truncated */
	SAN("\x80\x80", FFFD FFFD);
	SAN("\xFE\xFF", FFFD FFFD);
	/* libunistring takes these as one bad sequence each */
	SAN("\xE0\x80\xAF", FFFD);			/* overlong */
	SAN("\xED\xA0\x80", FFFD);			/* surrogate */
	SAN("\xF4\x90\x80\x80", FFFD);			/* past U+10FFFF */
	SAN(FFFD, FFFD);
}

static void test_sanitize_unassigned(void **state)
{
	(void)state;
	SAN("\u0378", FFFD);			/* unassigned */
	SAN("\uE000\U000F0000", FFFD FFFD);	/* private use */
	SAN("\uFDD0\uFFFF\U0010FFFF", FFFD FFFD FFFD);	/* noncharacters */
	SAN("a\u2028b\u2029c", "a\nb\nc");
	check_sanitize("a\u2028b", 5, false, "a b");
	SAN("\u0C95\u0CBF", "\u0C95");		/* wcwidth 0, uc_width 1 */
	SAN("\u4DC0", FFFD);			/* wcwidth 2, uc_width 1 */
}

/* Random bytes in, clean text out: valid UTF-8, no control but LF. */
static void test_sanitize_random(void **state)
{
	unsigned seed = 12345;
	char in[64];
	size_t i, k, len, bad;
	char *out;

	(void)state;
	for (i = 0; i < 20000; i++) {
		for (k = 0; k < sizeof(in); k++) {
			seed = seed * 1103515245 + 12345;
			in[k] = (char)(seed >> 16);
		}
		out = tl_sanitize(in, 1 + i % sizeof(in), true, &len);
		assert_int_equal(tl_utf8_valid(out, len, &bad), 1);
		for (k = 0; k < len; k++) {
			unsigned char c = (unsigned char)out[k];

			assert_true(c == '\n' || (c >= 0x20 && c != 0x7F));
		}
		free(out);
	}
}

/* What is left of one code point after tl_sanitize, in columns as glibc's
 * wcwidth (so ncurses) counts them; -1 if wcwidth rejects any of it. */
static long wcwidth_sum(const char *s, size_t n)
{
	mbstate_t st;
	wchar_t wc;
	size_t k;
	long sum = 0;
	int w;

	memset(&st, 0, sizeof(st));
	while (n) {
		k = mbrtowc(&wc, s, n, &st);
		if (k == 0 || k > n)
			return -1;
		w = wcwidth(wc);
		if (w < 0)
			return -1;
		sum += w;
		s += k;
		n -= k;
	}
	return sum;
}

/* The sanitizer's table of disagreements comes from this loop: it fails on
 * any code point whose remains ncurses would measure differently. */
static void test_sanitize_agrees_with_wcwidth(void **state)
{
	char in[4];
	char *out;
	size_t len, n;
	uint32_t uc;
	long wc, bad = 0;

	(void)state;
	if (!setlocale(LC_ALL, "C.UTF-8"))
		skip();
	for (uc = 0; uc <= 0x10FFFF; uc++) {
		n = encode(uc, in);
		out = tl_sanitize(in, n, false, &len);
		wc = wcwidth_sum(out, len);
		if (wc < 0 || (size_t)wc != tl_width(out, len)) {
			if (bad++ < 20)
				print_message("U+%04X: tl_width %zu, wcwidth %ld\n",
					      (unsigned)uc, tl_width(out, len), wc);
		}
		free(out);
	}
	setlocale(LC_ALL, "C");
	assert_int_equal(bad, 0);
}

/* ---- widths, clip, truncate ---------------------------------------------- */

static void test_width(void **state)
{
	char *s;
	size_t n;

	(void)state;
	assert_int_equal(width_of(""), 0);
	assert_int_equal(width_of("hello, world"), 12);
	assert_int_equal(width_of("\u65e5\u672c\u8a9e"), 6);	/* 日本語 */
	assert_int_equal(width_of("e\u0301"), 1);
	assert_int_equal(width_of("re\u0301sume\u0301"), 6);
	assert_int_equal(width_of("\U0001F600"), 2);		/* emoji */
	assert_int_equal(width_of("\uFF21\uFF22"), 4);		/* full width */
	assert_int_equal(width_of("\u00e9\u03b1\u2264"), 3);	/* ambiguous: 1 */
	s = tl_sanitize("a\u200Bb\uFEFF\u00ADc", 11, false, &n);
	assert_int_equal(tl_width(s, n), 3);
	free(s);
}

static void check_clip(const char *s, size_t width, size_t want, size_t want_used)
{
	size_t used = 999;

	assert_int_equal(tl_clip(s, strlen(s), width, &used), want);
	assert_int_equal(used, want_used);
}

static void test_clip(void **state)
{
	(void)state;
	check_clip("hello", 3, 3, 3);
	check_clip("hello", 10, 5, 5);
	check_clip("hello", 0, 0, 0);
	check_clip("", 4, 0, 0);
	check_clip("\u65e5\u672c\u8a9e", 5, 6, 4);	/* never half a wide char */
	check_clip("\u65e5\u672c\u8a9e", 1, 0, 0);
	check_clip("e\u0301x", 1, 3, 1);		/* the accent stays */
	check_clip("xe\u0301", 1, 1, 1);		/* ... with its base */
	check_clip("\U0001F600x", 1, 0, 0);
	check_clip("\U0001F600x", 3, 5, 3);
	check_clip("\u1100\u1161\u11A8z", 2, 9, 2);	/* one Hangul cluster */
	assert_int_equal(tl_clip("abc", 3, 2, NULL), 2);
}

static void check_trunc(const char *s, size_t width, const char *ell, const char *want)
{
	char *r = tl_truncate(s, strlen(s), width, ell);

	assert_string_equal(r, want);
	assert_true(width_of(r) <= width);
	free(r);
}

static void test_truncate(void **state)
{
	(void)state;
	check_trunc("hello world", 11, "\u2026", "hello world");
	check_trunc("hello world", 8, "\u2026", "hello w\u2026");
	check_trunc("hello world", 8, "~", "hello w~");
	check_trunc("hello", 5, "~", "hello");
	check_trunc("hello", 3, "~", "he~");
	check_trunc("hello", 2, "\u2026", "h\u2026");
	check_trunc("hello", 1, "\u2026", "\u2026");
	check_trunc("hello", 1, "~", "~");
	check_trunc("hello", 0, "\u2026", "");
	check_trunc("", 0, "~", "");
	check_trunc("\u65e5\u672c\u8a9e", 5, "\u2026", "\u65e5\u672c\u2026");
	check_trunc("\u65e5\u672c\u8a9e", 4, "\u2026", "\u65e5\u2026");
	check_trunc("\u65e5\u672c\u8a9e", 2, "~", "~");
	check_trunc("\u65e5\u672c\u8a9e", 1, "~", "~");
	check_trunc("e\u0301e\u0301e\u0301", 2, "~", "e\u0301~");
	check_trunc("abcdef", 2, "...", "ab");	/* ellipsis does not fit */
	check_trunc("abcdef", 3, NULL, "abc");
}

/* ---- tl_wrap_text ---------------------------------------------------------- */

struct want {
	unsigned indent;
	const char *text;
};

/* Width of a line as wrapping sees it: soft newlines are spaces. */
static size_t line_width(const char *s, size_t n)
{
	size_t w = tl_width(s, n), i;

	for (i = 0; i < n; i++)
		w += s[i] == '\n';
	return w;
}

static void check_wrap_n(const char *text, unsigned width, unsigned flags,
			 const struct want *want, size_t nwant)
{
	struct tl_line *v;
	size_t n = flags ? tl_wrap(text, strlen(text), width, flags, &v)
		: tl_wrap_text(text, strlen(text), width, &v), i;

	for (i = 0; i < n && i < nwant; i++) {
		const struct tl_line *l = &v[i];
		size_t wl = strlen(want[i].text);

		if (l->len != wl || memcmp(text + l->off, want[i].text, wl) ||
		    l->indent != want[i].indent)
			fail_msg("line %zu: got %u \"%.*s\", want %u \"%s\"", i,
				 l->indent, (int)l->len, text + l->off,
				 want[i].indent, want[i].text);
		assert_int_equal(l->width, line_width(want[i].text, wl));
	}
	assert_int_equal(n, nwant);
	if (!n)
		assert_null(v);
	free(v);
}

#define WRAP(text, width, ...) do { \
	static const struct want w_[] = { __VA_ARGS__ }; \
	check_wrap_n(text, width, 0, w_, ARRAY_SIZE(w_)); \
} while (0)

#define WRAP_FLAGS(text, width, flags, ...) do { \
	static const struct want w_[] = { __VA_ARGS__ }; \
	check_wrap_n(text, width, flags, w_, ARRAY_SIZE(w_)); \
} while (0)

static void check_quote(const char *s, size_t n, size_t width, const char *want)
{
	char *r = tl_quote(s, n, width);
	size_t len = strlen(r);

	assert_string_equal(r, want);
	assert_true(tl_utf8_valid(r, len, NULL));
	assert_true(width_of(r) <= width);
	free(r);
}

/* Printable characters as they are, "?" for the rest, cut with "...". */
static void test_quote(void **state)
{
	char *big = malloc(100001), *r;

	(void)state;
	check_quote("teapot", 6, 40, "teapot");
	check_quote("\u263a", 3, 40, "\u263a");                  /* ☺ */
	check_quote("caf\u00e9", 5, 40, "caf\u00e9");
	check_quote("\u65e5\u672c", 6, 40, "\u65e5\u672c");
	check_quote("e\u0301", 3, 40, "e\u0301");
	check_quote("a\x1b[2Jb", 6, 40, "a?[2Jb");                 /* controls */
	check_quote("a\nb\tc\x7f", 6, 40, "a?b?c?");
	check_quote("a\xc2\x9b" "b", 4, 40, "a?b");                 /* C1 */
	check_quote("a\u200bb\u202ec", 9, 40, "a?b?c");            /* format characters */
	check_quote("\xff", 1, 40, "?");                           /* invalid: a ? a byte */
	check_quote("\xed\xa0\x80", 3, 40, "???");                 /* a surrogate */
	check_quote("a\xc3", 2, 40, "a?");                         /* cut short */
	check_quote("\ue000", 3, 40, "?");                         /* private use */
	check_quote("", 0, 40, "");
	check_quote("123456789012345678901234", 24, 23, "12345678901234567890...");
	check_quote("12345678901234567890123", 23, 23, "12345678901234567890123");
	check_quote("\u65e5\u672c\u8a9e\u65e5", 12, 7, "\u65e5\u672c...");
	/* a run of zero-width marks is bounded in bytes too */
	for (size_t i = 0; i < 100000; i += 2)
		memcpy(big + i, "\xcc\x81", 2);
	big[100000] = '\0';
	r = tl_quote(big, 100000, 40);
	assert_true(strlen(r) <= 4 * 40 + 3);
	assert_string_equal(r + strlen(r) - 3, "...");
	free(r);
	free(big);
}

static void test_wrap_words(void **state)
{
	(void)state;
	WRAP("The quick brown fox", 10, { 0, "The quick" }, { 0, "brown fox" });
	WRAP("The quick brown fox", 19, { 0, "The quick brown fox" });
	WRAP("The quick brown fox", 18, { 0, "The quick brown" }, { 0, "fox" });
	WRAP("abc   def", 4, { 0, "abc" }, { 0, "def" });	/* spaces hang */
	WRAP("abc   \n\ndef   ", 10, { 0, "abc" }, { 0, "" }, { 0, "def" });
	WRAP("ab cd", 1, { 0, "a" }, { 0, "b" }, { 0, "c" }, { 0, "d" });
	WRAP("abcdefghij", 4, { 0, "abcd" }, { 0, "efgh" }, { 0, "ij" });
	WRAP("a verylongword b", 5, { 0, "a" }, { 0, "veryl" }, { 0, "ongwo" },
	     { 0, "rd b" });
	WRAP("well-known  foo", 6, { 0, "well-" }, { 0, "known" }, { 0, "foo" });
}

/* A name is not cut at a dot inside it when the line can end at a space
 * or a slash instead: "httpstatuses.|com", "file.|rec" read as two words. */
static void test_wrap_not_at_a_dot_in_a_word(void **state)
{
	static const char t[] = "not given in the document (a list in the style of "
				"https://httpstatuses.com/) in data/httpstatuses.rec: 68 records";
	size_t n = strlen(t);

	(void)state;
	for (unsigned w = 18; w <= 80; w++) {
		struct tl_line *l;
		size_t k = tl_wrap_text(t, n, w, &l);

		for (size_t i = 0; i + 1 < k; i++) {
			size_t end = l[i].off + l[i].len;

			while (end > l[i].off && t[end - 1] == ' ')
				end--;
			if (end && t[end - 1] == '.' && end < n && t[end] != ' ') {
				print_error("width %u: line %zu ends '%.*s'\n", w, i, (int)l[i].len,
					    t + l[i].off);
				fail();
			}
		}
		free(l);
	}
}

/* TL_WRAP_WHOLE_URLS: the line breaks before a URL, and one wider than
 * the line stays whole, the line wider; without it a URL is wrapped as
 * other text is. */
static void test_wrap_whole_urls(void **state)
{
	(void)state;
	WRAP_FLAGS("the style of https://httpstatuses.com/) ok", 30, TL_WRAP_WHOLE_URLS,
		   { 0, "the style of" }, { 0, "https://httpstatuses.com/) ok" });
	WRAP_FLAGS("see https://example.com/a/b/c here", 12, TL_WRAP_WHOLE_URLS,
		   { 0, "see" }, { 0, "https://example.com/a/b/c" }, { 0, "here" });
	WRAP_FLAGS("https://example.com/a/b/c", 8, TL_WRAP_WHOLE_URLS,
		   { 0, "https://example.com/a/b/c" });
	WRAP_FLAGS("a http://x.org/y-z b", 6, TL_WRAP_WHOLE_URLS,
		   { 0, "a" }, { 0, "http://x.org/y-z" }, { 0, "b" });
	/* only a URL: other words wrap and split as ever */
	WRAP_FLAGS("http-like words, httpd", 10, TL_WRAP_WHOLE_URLS,
		   { 0, "http-like" }, { 0, "words," }, { 0, "httpd" });
	WRAP_FLAGS("abcdefghij https:", 4, TL_WRAP_WHOLE_URLS,
		   { 0, "abcd" }, { 0, "efgh" }, { 0, "ij" }, { 0, "http" }, { 0, "s:" });
	/* without the flag */
	WRAP("see https://example.com/a/b/c here", 12, { 0, "see https://" },
	     { 0, "example.com/" }, { 0, "a/b/c here" });
}

static void test_wrap_paragraphs(void **state)
{
	(void)state;
	WRAP("one two\n\nthree", 20, { 0, "one two" }, { 0, "" }, { 0, "three" });
	WRAP("a\n\n\n\nb", 20, { 0, "a" }, { 0, "" }, { 0, "b" });
	WRAP("\n\n  \na\n \n", 20, { 0, "a" });
	/* a soft newline is a space: the line holds the '\n' byte */
	WRAP("one\ntwo three", 20, { 0, "one\ntwo three" });
	WRAP("one\ntwo three", 8, { 0, "one\ntwo" }, { 0, "three" });
	WRAP("one\n  two", 20, { 0, "one\n  two" });
	WRAP("one\ntwo", 3, { 0, "one" }, { 0, "two" });
}

static void test_wrap_list(void **state)
{
	(void)state;
	WRAP("Intro:\n- first item is long\n- second\n\nAfter", 10,
	     { 0, "Intro:" }, { 0, "- first" }, { 2, "item is" }, { 2, "long" },
	     { 0, "- second" }, { 0, "" }, { 0, "After" });
	WRAP("- a\n\n- b", 10, { 0, "- a" }, { 0, "" }, { 0, "- b" });
	/* lazy continuation: a plain line after an item belongs to it */
	WRAP("- one\ntwo three", 7, { 0, "- one" }, { 2, "two" }, { 2, "three" });
	/* the "- " never stands alone: the long word is split instead */
	WRAP("- verylongword", 6, { 0, "- very" }, { 2, "long" }, { 2, "word" });
	/* too narrow to hang */
	WRAP("- ab", 2, { 0, "-" }, { 0, "ab" });
	WRAP("-not an item", 20, { 0, "-not an item" });
	/* a wide char that fits the width but not the hanging indent */
	WRAP("- a \u65e5", 3, { 0, "- a" }, { 1, "\u65e5" });
}

static void test_wrap_unicode(void **state)
{
	(void)state;
	/* 日本語のテキスト: breaks between ideographs */
	WRAP("\u65e5\u672c\u8a9e\u306e\u30c6\u30ad\u30b9\u30c8", 5,
	     { 0, "\u65e5\u672c" }, { 0, "\u8a9e\u306e" }, { 0, "\u30c6\u30ad" },
	     { 0, "\u30b9\u30c8" });
	WRAP("\u65e5\u672c", 1, { 0, "\u65e5" }, { 0, "\u672c" });
	WRAP("a\u65e5", 2, { 0, "a" }, { 0, "\u65e5" });
	WRAP("e\u0301e\u0301e\u0301", 2, { 0, "e\u0301e\u0301" }, { 0, "e\u0301" });
	WRAP("caf\u00e9 cr\u00e8me", 5, { 0, "caf\u00e9" }, { 0, "cr\u00e8me" });
	WRAP("\U0001F600\U0001F600\U0001F600", 5,
	     { 0, "\U0001F600\U0001F600" }, { 0, "\U0001F600" });
	/* a space that carries a mark is one cluster: never cut */
	WRAP("ab \u0301cd", 2, { 0, "ab" }, { 0, " \u0301c" }, { 0, "d" });
	WRAP(" \u0301ab", 2, { 0, " \u0301a" }, { 0, "b" });
	WRAP("ab  \u200Ccd", 3, { 0, "ab" }, { 0, " \u200Ccd" });
}

/* Private-use placeholders (a caller's marks) stay with what precedes. */
static void test_wrap_private_use(void **state)
{
	(void)state;
	WRAP("see mailbox.\uE000\uE001 x", 12, { 0, "see" }, { 0, "mailbox.\uE000\uE001 x" });
	WRAP("x or,\uE000\uE001 if", 5, { 0, "x" }, { 0, "or,\uE000\uE001" }, { 0, "if" });
	WRAP("abcdef\uE000\uE001", 7, { 0, "abcde" }, { 0, "f\uE000\uE001" });
	WRAP("ab [\uE000cd", 4, { 0, "ab" }, { 0, "[\uE000cd" });
	WRAP("ab \uE000cd", 3, { 0, "ab" }, { 0, "\uE000cd" });
}

static void test_wrap_empty(void **state)
{
	struct tl_line dummy, *v = &dummy;	/* must come back NULL */

	(void)state;
	assert_int_equal(tl_wrap_text("", 0, 10, &v), 0);
	assert_null(v);
	check_wrap_n("      ", 3, 0, NULL, 0);
	check_wrap_n("\n\n\n", 3, 0, NULL, 0);
}

static const char *const vocab[] = {
	"a", "of", "the", "status", "Request-URI", "unavailable", " ", " ",
	"  ", "\n", "\n", "\n\n", "\n- ", "- ", "\u65e5\u672c\u8a9e", "e\u0301",
	"\U0001F600", "supercalifragilisticexpialidocious", ".", "(RFC 9110)",
	"\u00e9t\u00e9", "\u3002", "\u0301", "\u200C",
};

static char *random_text(unsigned *seed, size_t words, size_t *len)
{
	char *t = malloc(words * 40 + 1);
	size_t n = 0, i, k;

	assert_non_null(t);
	for (i = 0; i < words; i++) {
		*seed = *seed * 1103515245 + 12345;
		k = (*seed >> 16) % ARRAY_SIZE(vocab);
		memcpy(t + n, vocab[k], strlen(vocab[k]));
		n += strlen(vocab[k]);
		if (k > 7 && k < 12)
			continue;
		t[n++] = ' ';
	}
	t[n] = '\0';
	*len = n;
	return t;
}

/* One line of a random wrap: inside the text, after the previous one, no
 * lone space or newline at either end, whole clusters (bound[i]: a cluster
 * starts at byte i), and no wider than the width unless it is a single
 * cluster. */
static void check_line(const char *t, const char *bound, const struct tl_line *l,
		       size_t prev_end, unsigned width)
{
	assert_true(l->off >= prev_end);
	if (!l->len)
		return;
	assert_true(bound[l->off] && bound[l->off + l->len]);
	/* a space or soft newline only with the mark it carries */
	assert_true((t[l->off] != ' ' && t[l->off] != '\n') || (unsigned char)t[l->off + 1] >= 0x80);
	assert_true(t[l->off + l->len - 1] != ' ' && t[l->off + l->len - 1] != '\n');
	assert_int_equal(l->width, line_width(t + l->off, l->len));
	if (l->indent + l->width > width) {
		/* only a lone cluster wider than the whole width */
		assert_int_equal(l->indent, 0);
		assert_true(l->width > width);
		assert_int_equal(tl_clip(t + l->off, l->len, l->width - 1, NULL), 0);
	}
}

static void check_random_wrap(const char *t, size_t n, unsigned width)
{
	struct tl_line *v;
	size_t nl = tl_wrap_text(t, n, width, &v), i, prev = 0, k;
	char *seen = calloc(n + 1, 1), *bound = calloc(n + 1, 1);

	assert_non_null(seen);
	assert_non_null(bound);
	for (k = 0; k < n; k = tl_cluster_end(t, n, k))
		bound[k] = 1;
	bound[n] = 1;
	for (i = 0; i < nl; i++) {
		check_line(t, bound, &v[i], prev, width);
		if (!v[i].len) {	/* blank: never first, last or doubled */
			assert_true(i > 0 && i + 1 < nl && v[i - 1].len);
			continue;
		}
		memset(seen + v[i].off, 1, v[i].len);
		prev = v[i].off + v[i].len;
	}
	for (k = 0; k < n; k++)	/* everything but whitespace is shown */
		assert_true(seen[k] || t[k] == ' ' || t[k] == '\n');
	free(seen);
	free(bound);
	free(v);
}

static void test_wrap_random(void **state)
{
	unsigned seed = 42, width, round;
	size_t n;
	char *t;

	(void)state;
	for (round = 0; round < 40; round++) {
		t = random_text(&seed, 5 + round * 5, &n);
		for (width = 1; width <= 50; width++)
			check_random_wrap(t, n, width);
		free(t);
	}
}

/* Random words and URLs, TL_WRAP_WHOLE_URLS: every URL on one line, and a
 * line wider than the width only one URL alone. */
static void test_wrap_random_urls(void **state)
{
	static const char *const words[] = {
		"a", "see", "the", "document", "(https://h.example/)", "http://x.org/a/b/c/d/e/f",
		"https://en.wikipedia.org/wiki/List_of_HTTP_status_codes", "http:", "https-ish",
	};
	unsigned seed = 7;

	(void)state;
	for (unsigned round = 0; round < 30; round++) {
		char t[2048] = "";
		size_t n = 0;

		for (unsigned i = 0; i < 5 + round; i++) {
			seed = seed * 1103515245 + 12345;
			n += (size_t)snprintf(t + n, sizeof(t) - n, "%s ", words[(seed >> 16) % ARRAY_SIZE(words)]);
		}
		for (unsigned width = 1; width <= 60; width++) {
			struct tl_line *v;
			size_t nl = tl_wrap(t, n, width, TL_WRAP_WHOLE_URLS, &v);

			for (const char *u = strstr(t, "http"); u; u = strstr(u + 1, "http")) {
				size_t off = (size_t)(u - t), end = off + strcspn(u, " "), i = 0;

				if (strncmp(u, "http://", 7) != 0 && strncmp(u, "https://", 8) != 0)
					continue;
				while (i < nl && v[i].off + v[i].len < end)
					i++;
				assert_true(i < nl && v[i].off <= off);   /* one line has it all */
			}
			for (size_t i = 0; i < nl; i++)
				if (v[i].indent + v[i].width > width)
					assert_true(strncmp(t + v[i].off, "http", 4) == 0 ||
						    strncmp(t + v[i].off, "(http", 5) == 0 || v[i].width == 1);
			free(v);
		}
	}
}

/* ---- tl_fold --------------------------------------------------------------- */

static void check_fold(const char *s, const char *want)
{
	size_t len, *map, n = strlen(s), i;
	char *f = tl_fold(s, n, &len, &map);

	assert_string_equal(f, want);
	assert_int_equal(len, strlen(want));
	assert_int_equal(map[len], n);
	for (i = 0; i < len; i++)
		assert_true(map[i] < n && (i == 0 || map[i] >= map[i - 1]));
	free(f);
	free(map);
}

static void test_fold(void **state)
{
	char *f;

	(void)state;
	check_fold("R\u00c9SUM\u00c9", "resume");
	check_fold("\uFF32\uFF25\uFF33\uFF35\uFF2D\uFF25", "resume");
	check_fold("Stra\u00dfe", "strasse");
	check_fold("I'm a teapot", "im a teapot");
	check_fold("I\u2019m a teapot", "im a teapot");
	/* without a language İ is i + U+0307, and the mark goes: "istanbul" */
	check_fold("\u0130stanbul", "istanbul");
	check_fold("DIYARBAKIR", "diyarbakir");
	check_fold("e\u0301te\u0301 na\u00efve", "ete naive");
	check_fold("\uFB01le \uFF12\uFF10\uFF10 \uFF2F\uFF2B", "file 200 ok");
	check_fold("  Not   Found!! ", "not found");
	check_fold("\u65e5\u672c\u8a9e", "\u65e5\u672c\u8a9e");
	check_fold("Request-URI Too Long", "uri too long");
	check_fold("Request Time-out", "request timeout");
	check_fold("Connection Timed Out", "connection timeout");
	check_fold("Gateway Timeout", "gateway timeout");
	check_fold("time", "time");
	check_fold("out of time", "out of time");
	check_fold("time out out", "timeout out");
	check_fold("a request", "a request");
	check_fold("", "");
	check_fold("!!! -- ... \u2014 \u00bf?", "");
	f = tl_fold("Hello", 5, NULL, NULL);
	assert_string_equal(f, "hello");
	free(f);
}

/* Plurals fold to their singular, British spellings to one form, so that
 * a search and the texts meet whichever a writer used. */
static void test_fold_plurals_and_spellings(void **state)
{
	static const struct {
		const char *s, *want;
	} cases[] = {
		/* plurals */
		{ "Teapots", "teapot" }, { "entries", "entry" }, { "Proxies", "proxy" },
		{ "addresses", "address" }, { "the server's headers", "the server header" },
		{ "cookies", "cookie" }, { "statuses", "status" },
		/* not plurals, or too short to stem ("has" -> "ha" would find "have") */
		{ "status", "status" }, { "access", "access" }, { "basis", "basis" },
		{ "has uses cors bits", "has uses cors bits" }, { "https", "https" },
		{ "200s 4xx", "200s 4xx" }, { "\u65e5\u672c\u8a9es", "\u65e5\u672c\u8a9es" },
		/* -ise and -ize, -yse and -yze, -our and -or */
		{ "Unauthorised", "unauthorised" }, { "Unauthorized", "unauthorised" },
		{ "authorization", "authorisation" }, { "recognizes", "recognise" },
		{ "analyze", "analyse" }, { "unauthoriz", "unauthoris" },
		{ "behaviours", "behavior" }, { "behavior", "behavior" }, { "Colour", "color" },
		{ "favourite", "favorite" },
		/* short words keep their letters: "size" is no "sise", "four" no "for" */
		{ "size prize four hour your tour", "size prize four hour your tour" },
		/* then the pairs: "times out" is "time out" */
		{ "it times out", "it timeout" }, { "Time-outs", "time outs" },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++)
		check_fold(cases[i].s, cases[i].want);
}

/* tl_fold_words gives s's words as written; tl_fold_variants turns that,
 * and its map, into what tl_fold gives. */
static void check_fold_words(const char *s, const char *words, const char *folded)
{
	size_t n = strlen(s), wl, fl, *wm, *fm;
	char *w = tl_fold_words(s, n, &wl, &wm), *f = tl_fold(s, n, &fl, &fm);
	bool changed;

	assert_string_equal(w, words);
	assert_int_equal(wl, strlen(words));
	assert_int_equal(wm[wl], n);
	changed = tl_fold_variants(w, &wl, wm);
	assert_int_equal(changed, strcmp(words, folded) != 0);
	assert_string_equal(w, folded);
	assert_string_equal(f, folded);
	assert_int_equal(wl, fl);
	assert_memory_equal(wm, fm, (fl + 1) * sizeof(*fm));
	free(w);
	free(wm);
	free(f);
	free(fm);
}

static void test_fold_words(void **state)
{
	char *f;
	size_t len;

	(void)state;
	check_fold_words("Connection Timed Out", "connection timed out", "connection timeout");
	check_fold_words("Request Time-out", "request time out", "request timeout");
	check_fold_words("Request-URI Too Long", "request uri too long", "uri too long");
	check_fold_words("time out out", "time out out", "timeout out");
	check_fold_words("\uFF34\uFF49\uFF4D\uFF45 \uFF4F\uFF55\uFF54!", "time out", "timeout");
	check_fold_words("Gateway Timeout", "gateway timeout", "gateway timeout");
	check_fold_words("out of time", "out of time", "out of time");
	check_fold_words("R\u00c9SUM\u00c9 Reasonse", "resume reasonse", "resume reasonse");
	check_fold_words("Teapots", "teapots", "teapot");
	check_fold_words("Unauthorized", "unauthorized", "unauthorised");   /* as long */
	check_fold_words("unauthorised", "unauthorised", "unauthorised");
	check_fold_words("Behaviours timed out", "behaviours timed out", "behavior timeout");
	check_fold_words("", "", "");
	/* no map, no length */
	f = tl_fold_words("Timed-Out", 9, NULL, NULL);
	assert_string_equal(f, "timed out");
	len = 9;
	assert_true(tl_fold_variants(f, &len, NULL));
	assert_string_equal(f, "timeout");
	assert_int_equal(len, 7);
	free(f);
}

/* Original bytes a highlight of folded bytes [a, b) covers. */
static char *highlight(const char *s, const char *query)
{
	size_t len, *map, a, b, end;
	char *f = tl_fold(s, strlen(s), &len, &map), *hit, *r;

	hit = strstr(f, query);
	assert_non_null(hit);
	a = (size_t)(hit - f);
	b = a + strlen(query);
	end = map[b - 1] + 1;	/* the end of that character, and its marks */
	while ((s[end] & 0xC0) == 0x80)
		end++;
	end += tl_clip(s + end, strlen(s) - end, 0, NULL);
	r = strndup(s + map[a], end - map[a]);
	free(f);
	free(map);
	return r;
}

static void check_highlight(const char *s, const char *query, const char *want)
{
	char *h = highlight(s, query);

	assert_string_equal(h, want);
	free(h);
}

static void test_fold_map(void **state)
{
	(void)state;
	check_highlight("Request Time-out", "timeout", "Time-out");
	check_highlight("Request Time-out", "request timeout", "Request Time-out");
	check_highlight("Connection Timed Out", "timeout", "Timed Out");
	check_highlight("Request-URI Too Long", "uri", "URI");
	check_highlight("Request-URI Too Long", "too", "Too");
	check_highlight("Stra\u00dfe", "ss", "\u00df");
	check_highlight("R\u00c9SUM\u00c9!", "resume", "R\u00c9SUM\u00c9");
	check_highlight("re\u0301sume\u0301", "resume", "re\u0301sume\u0301");
	check_highlight("a \uFF32\uFF25 b", "re", "\uFF32\uFF25");
	check_highlight("I'm a teapot", "im", "I'm");
	check_highlight("Teapots!", "teapot", "Teapot");
	check_highlight("a Behaviour.", "behavior", "Behaviour");
	check_highlight("Entries", "entry", "Entri");
}

/* ---- tl_ascii ---------------------------------------------------------------- */

static void check_ascii(const char *s, const char *want)
{
	char *a = tl_ascii(s, strlen(s));

	assert_string_equal(a, want);
	free(a);
}

static void test_ascii(void **state)
{
	(void)state;
	check_ascii("plain ASCII\nline 2", "plain ASCII\nline 2");
	check_ascii("\u2018a\u2019 \u201cb\u201d", "'a' \"b\"");
	check_ascii("1\u20132 \u2014 3\u20264", "1-2 - 3...4");
	check_ascii("3\u00d74 \u2022 \u263a \u00b7", "3x4 * :-) .");
	check_ascii("a\u00a0b \u2192 \u00a9", "a b -> (c)");
	check_ascii("R\u00e9sum\u00e9 na\u00efve \u00c5ngstr\u00f6m e\u0301",
		    "Resume naive Angstrom e");
	check_ascii("Stra\u00dfe \u00e6 \u0153 \uFB01", "Strasse ae oe fi");
	check_ascii("\u65e5\u672c", "????");
	check_ascii("a\u65e5b\u03b1", "a??b?");
	check_ascii("\uFF21\u00b2", "A 2");	/* full width keeps 2 columns */
	check_ascii(FFFD, "?");
	/* the whole table, in its order */
	check_ascii("\u00a0\u00a9\u00ab\u00ae\u00b7\u00bb\u00c6\u00d0\u00d7"
		    "\u00d8\u00de\u00df\u00e6\u00f0\u00f7\u00f8\u00fe\u0110"
		    "\u0111\u0131\u0141\u0142\u0152\u0153\u1e9e",
		    " (c)<<(r).>>AEDxOTHssaed/othDdiLlOEoeSS");
	check_ascii("\u2010\u2011\u2012\u2013\u2014\u2015\u2018\u2019\u201a"
		    "\u201b\u201c\u201d\u201e\u201f\u2022\u2026\u2032\u2033"
		    "\u2039\u203a\u2122\u2190\u2192\u21d2\u2212\u2260\u2264"
		    "\u2265\u263a\ufb00\ufb01\ufb02\ufb03\ufb04",
		    "------''''\"\"\"\"*...'\"<>TM<-->=>-!=<=>=:-)fffiflffiffl");
	check_ascii("", "");
}

/* ---- tl_ascii_exact ------------------------------------------------------------ */

static void check_exact(const char *s, size_t n, const char *want)
{
	char *a = tl_ascii_exact(s, n);

	assert_string_equal(a, want);
	free(a);
}
#define EXACT(s, want) check_exact(s, sizeof(s) - 1, want)

/* Characters are named, never guessed at: the mojibake of an em dash is
 * not "a?"" (what tl_ascii makes of it), the em dash is not "-". */
static void test_ascii_exact(void **state)
{
	(void)state;
	EXACT("repaired: \"\u00e2\u20ac\u201d\" -> \"\u2014\": mojibake",
	      "repaired: \"<U+00E2><U+20AC><U+201D>\" -> \"<U+2014>\": mojibake");
	EXACT("plain ASCII ~!\nline 2", "plain ASCII ~!\nline 2");
	EXACT("\"J\" -> \"\u263a\"", "\"J\" -> \"<U+263A>\"");
	EXACT("e\u0301 \u65e5 \U0001F600 \U0010FFFD", "e<U+0301> <U+65E5> <U+1F600> <U+10FFFD>");
	EXACT("a\tb\x7f\x01", "a<U+0009>b<U+007F><U+0001>");
	EXACT("bad \xc3 end", "bad <U+FFFD> end");
	EXACT("", "");
}

/* Every code point: printable ASCII out, and as wide as the input unless a
 * table entry spells it out longer (then no '?' in it). */
static void test_ascii_all(void **state)
{
	char in[4], *s, *a;
	size_t n, len, ws, wa, k;
	uint32_t uc;

	(void)state;
	for (uc = 0; uc <= 0x10FFFF; uc++) {
		if (uc >= 0x20000 && uc < 0xE0000)
			uc = 0xE0000;	/* CJK ext. and unassigned: like 0x4E00 */
		n = encode(uc, in);
		s = tl_sanitize(in, n, true, &len);
		a = tl_ascii(s, len);
		for (k = 0; a[k]; k++)
			assert_true(a[k] == '\n' || (a[k] >= 0x20 && a[k] < 0x7F));
		ws = tl_width(s, len);
		wa = width_of(a);
		if (wa != ws && (wa < ws || strchr(a, '?')))
			fail_msg("U+%04X: width %zu, ASCII \"%s\"", (unsigned)uc, ws, a);
		free(s);
		free(a);
	}
}

/* ---- everything on random text ------------------------------------------ */

static const char *const pieces[] = {
	"a", "Bc", "Time", "-", "out", "'", " ", " ", "\n", "\n\n", "- ", "\t",
	"\u00e9", "\u00df", "e\u0301", "\u0301", "\u65e5", "\U0001F600",
	"\u200B", "\u202E", "\x1b[1m", "\xC2\x9b", "\xff", "\xE6\x97",
	"\uFF21", "\u2026", "\u0130", "\uFB01", "\u0CBF", "\u4DC0",
	"\u2028", "\U000E0041", "\uFEFF", "\xED\xA0\x80",
};

static char *random_bytes(unsigned *seed, size_t *len)
{
	size_t cnt, i, k, n = 0;
	char *t;

	*seed = *seed * 1103515245 + 12345;
	cnt = (*seed >> 16) % 60;
	t = malloc(cnt * 8 + 1);
	assert_non_null(t);
	for (i = 0; i < cnt; i++) {
		*seed = *seed * 1103515245 + 12345;
		k = (*seed >> 16) % ARRAY_SIZE(pieces);
		memcpy(t + n, pieces[k], strlen(pieces[k]));
		n += strlen(pieces[k]);
	}
	t[n] = '\0';
	*len = n;
	return t;
}

static void check_random_fold(const char *s, size_t n)
{
	size_t len, *map, i, wl, *wm, wl0;
	char *f = tl_fold(s, n, &len, &map), *w = tl_fold_words(s, n, &wl, &wm), *w0;
	bool changed;

	assert_int_equal(map[len], n);
	assert_true(len == 0 || (f[0] != ' ' && f[len - 1] != ' '));
	assert_null(strstr(f, "  "));
	for (i = 0; i < len; i++)
		assert_true(map[i] < n && (i == 0 || map[i] >= map[i - 1]));
	/* the words as written, their variants folded, are the fold */
	wl0 = wl;
	w0 = strndup(w, wl);
	changed = tl_fold_variants(w, &wl, wm);
	assert_int_equal(changed, wl0 != len || memcmp(w0, f, len) != 0);
	free(w0);
	assert_int_equal(wl, len);
	assert_memory_equal(w, f, len + 1);
	assert_memory_equal(wm, map, (len + 1) * sizeof(*map));
	free(w);
	free(wm);
	free(f);
	free(map);
}

static void check_random_rest(const char *s, size_t n, unsigned width)
{
	char *a = tl_ascii(s, n), *t = tl_truncate(s, n, width, "\u2026");
	char *x = tl_ascii_exact(s, n);
	size_t k;

	for (k = 0; a[k]; k++)
		assert_true(a[k] == '\n' || (a[k] >= 0x20 && a[k] < 0x7F));
	for (k = 0; x[k]; k++)
		assert_true(x[k] == '\n' || (x[k] >= 0x20 && x[k] < 0x7F));
	free(x);
	assert_true(width_of(t) <= width);
	assert_true(tl_clip(s, n, width, NULL) <= n);
	free(a);
	free(t);
}

/* Sanitized text through every function; the raw bytes too, which is
 * outside the contract but must not crash (the sanitizer builds check). */
static void test_random_everything(void **state)
{
	unsigned seed = 7, i, width;
	size_t n, len;
	char *raw, *s;
	struct tl_line *v;

	(void)state;
	for (i = 0; i < 3000; i++) {
		raw = random_bytes(&seed, &n);
		s = tl_sanitize(raw, n, true, &len);
		width = 1 + i % 30;
		check_random_wrap(s, len, width);
		check_random_fold(s, len);
		check_random_rest(s, len, width);
		free(tl_fold(raw, n, NULL, NULL));
		free(tl_ascii(raw, n));
		free(tl_truncate(raw, n, width, "~"));
		tl_wrap_text(raw, n, width, &v);
		free(v);
		assert_true(tl_width(raw, n) <= 2 * n);
		free(s);
		free(raw);
	}
}

/* ---- timing (printed, never asserted) ------------------------------------ */

static void test_timing(void **state)
{
	static const char para[] =
		"The server cannot or will not process the request due to "
		"something that is perceived to be a client error (e.g., "
		"malformed request syntax, invalid request message framing, or "
		"deceptive request routing). \u65e5\u672c\u8a9e\u306e\u8aac\u660e"
		"\u3082\u3042\u308a\u307e\u3059\u3002 R\u00e9sum\u00e9 "
		"na\u00efve caf\u00e9.\n- an item\n- another item\n\n";
	size_t plen = sizeof(para) - 1, n = 0, big = 30u << 20, lines, flen;
	char *t = malloc(200 * 1024 + plen), *f, *s;
	struct tl_line *v;
	double t0;

	(void)state;
	assert_non_null(t);
	while (n < 200 * 1024) {
		memcpy(t + n, para, plen);
		n += plen;
	}
	t0 = now_ms();
	lines = tl_wrap_text(t, n, 60, &v);
	print_message("wrap %zu KB at width 60: %zu lines, %.2f ms\n",
		      n / 1024, lines, now_ms() - t0);
	free(v);
	t0 = now_ms();
	f = tl_fold(t, n, &flen, NULL);
	print_message("fold %zu KB: %.2f ms\n", n / 1024, now_ms() - t0);
	free(f);
	free(t);

	t = malloc(big);
	assert_non_null(t);
	for (n = 0; n + plen <= big; n += plen)
		memcpy(t + n, para, plen);
	t0 = now_ms();
	s = tl_sanitize(t, n, true, &flen);
	print_message("sanitize %zu MB: %.2f ms\n", n >> 20, now_ms() - t0);
	free(s);
	free(t);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_utf8_valid),
		cmocka_unit_test(test_sanitize_controls),
		cmocka_unit_test(test_sanitize_format),
		cmocka_unit_test(test_sanitize_emoji),
		cmocka_unit_test(test_sanitize_invalid),
		cmocka_unit_test(test_sanitize_unassigned),
		cmocka_unit_test(test_sanitize_random),
		cmocka_unit_test(test_sanitize_agrees_with_wcwidth),
		cmocka_unit_test(test_width),
		cmocka_unit_test(test_clip),
		cmocka_unit_test(test_truncate),
		cmocka_unit_test(test_quote),
		cmocka_unit_test(test_wrap_words),
		cmocka_unit_test(test_wrap_not_at_a_dot_in_a_word),
		cmocka_unit_test(test_wrap_whole_urls),
		cmocka_unit_test(test_wrap_random_urls),
		cmocka_unit_test(test_wrap_paragraphs),
		cmocka_unit_test(test_wrap_list),
		cmocka_unit_test(test_wrap_unicode),
		cmocka_unit_test(test_wrap_private_use),
		cmocka_unit_test(test_wrap_empty),
		cmocka_unit_test(test_wrap_random),
		cmocka_unit_test(test_fold),
		cmocka_unit_test(test_fold_plurals_and_spellings),
		cmocka_unit_test(test_fold_words),
		cmocka_unit_test(test_fold_map),
		cmocka_unit_test(test_ascii),
		cmocka_unit_test(test_ascii_all),
		cmocka_unit_test(test_ascii_exact),
		cmocka_unit_test(test_random_everything),
		cmocka_unit_test(test_timing),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
