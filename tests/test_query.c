/* Tests of the query language, its ranking, and the filters: selectors,
 * query_parse (with every error), folding through the query, query_run over
 * the embedded catalog and over small built catalogs, the agreement of
 * query_entry_visible with query_run, query_narrows and query_run_within
 * (the incremental search), query_spans (highlights) and the conflicts
 * filter. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "catalog.h"
#include "query.h"
#include "recfile.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define END -1  /* ends a list of codes */

static const struct catalog *const E = &embedded_catalog;

static const char usage_msg[] = "is not a status code, mask or range "
	"(three digits: 404, 4xx, 40x, 4**, 500-504)";
static const char words_msg[] = "is not a status code, mask or range "
	"(three digits: 404, 4xx, 40x, 4**, 500-504; to search words, use -s)";

/* ---- helpers ------------------------------------------------------------- */

static void parse_ok(const char *s, bool selectors_only, struct query *q)
{
	char err[QUERY_ERRLEN] = "";
	int rc = query_parse(s, selectors_only, q, err);

	if (rc)
		print_error("query '%s': unexpected error: %s\n", s, err);
	assert_int_equal(rc, 0);
}

static void assert_query_empty(const struct query *q)
{
	assert_null(q->sels);
	assert_int_equal(q->nsels, 0);
	assert_null(q->terms);
	assert_int_equal(q->nterms, 0);
	assert_int_equal(q->exact, -1);
}

static void parse_bad(const char *s, bool selectors_only, const char *want)
{
	struct query q;
	char err[QUERY_ERRLEN] = "";

	memset(&q, 0x5a, sizeof(q));
	assert_int_equal(query_parse(s, selectors_only, &q, err), -1);
	assert_string_equal(err, want);
	assert_query_empty(&q);
}

static void assert_term(const struct qterm *t, const char *fold, enum term_field field)
{
	assert_string_equal(t->fold, fold);
	assert_int_equal(t->len, strlen(fold));
	assert_int_equal(t->field, field);
}

static void assert_mask(const struct selector *s, const char *mask)
{
	assert_string_equal(s->mask, mask);
	assert_int_equal(s->lo, 0);
	assert_int_equal(s->hi, 999);
}

static void assert_range(const struct selector *s, int lo, int hi)
{
	assert_string_equal(s->mask, "");
	assert_int_equal(s->lo, lo);
	assert_int_equal(s->hi, hi);
}

/* query_run with q (a query string, NULL: no query) and f (NULL: none
 * hidden); its codes and ranks must be want[] (codes, END) and ranks[]
 * (NULL: not checked). Everything is freed before the first assertion. */
static void check_run(const struct catalog *c, const char *qs, const struct filter *f,
		      const int *want, const int *ranks)
{
	struct query q;
	struct filter all;
	struct hit *hits;
	int got[128], rank[128];
	size_t n, k = 0;
	bool null_when_none;

	filter_init(&all);
	if (qs)
		parse_ok(qs, false, &q);
	n = query_run(c, qs ? &q : NULL, f ? f : &all, &hits);
	for (size_t i = 0; i < n && i < ARRAY_SIZE(got); i++) {
		got[i] = c->codes[hits[i].code].code;
		rank[i] = hits[i].rank;
	}
	null_when_none = n || !hits;
	free(hits);
	if (qs)
		query_free(&q);
	assert_true(null_when_none);
	assert_true(n <= ARRAY_SIZE(got));
	while (want[k] != END)
		k++;
	for (size_t i = 0; i < n && i < k; i++) {
		if (got[i] != want[i] || (ranks && rank[i] != ranks[i]))
			print_error("'%s': hit %zu is %d (rank %d), not %d (rank %d)\n",
				    qs ? qs : "(none)", i, got[i], rank[i], want[i],
				    ranks ? ranks[i] : -1);
		assert_int_equal(got[i], want[i]);
		if (ranks)
			assert_int_equal(rank[i], ranks[i]);
	}
	assert_int_equal(n, k);
}

/* Is code among the hits of query_run(qs, f)? */
static bool run_has(const char *qs, const struct filter *f, int code)
{
	struct query q;
	struct filter all;
	struct hit *hits;
	size_t n;
	bool found = false;

	filter_init(&all);
	parse_ok(qs, false, &q);
	n = query_run(E, &q, f ? f : &all, &hits);
	for (size_t i = 0; i < n; i++)
		found |= E->codes[hits[i].code].code == code;
	free(hits);
	query_free(&q);
	return found;
}

/* code's rank in query_run(qs) over everything, or -1 when not a hit. */
static int run_rank(const char *qs, int code)
{
	struct query q;
	struct filter all;
	struct hit *hits;
	size_t n;
	int rank = -1;

	filter_init(&all);
	parse_ok(qs, false, &q);
	n = query_run(E, &q, &all, &hits);
	for (size_t i = 0; i < n; i++)
		if (E->codes[hits[i].code].code == code)
			rank = hits[i].rank;
	free(hits);
	query_free(&q);
	return rank;
}

/* The entries of code that f and an empty query leave visible, by source. */
static size_t visible_sources(const struct filter *f, int code, int *src, size_t max)
{
	const struct code_info *ci = catalog_code(E, code);
	size_t n = 0;

	assert_non_null(ci);
	for (unsigned k = ci->first; k < ci->first + ci->count; k++)
		if (query_entry_visible(E, NULL, f, &E->entries[k])) {
			assert_true(n < max);
			src[n++] = E->entries[k].source;
		}
	return n;
}

/* One user file, built alone (no base). */
static void build_user(const char *text, struct catalog *c)
{
	struct rec_file rf;
	const char *names[] = { "t.rec" };
	const enum cb_kind kinds[] = { CB_USER };
	char err[RF_ERRLEN] = "";
	int rc = recfile_parse("t.rec", text, strlen(text), &rf, err);

	if (rc == 0)
		rc = catalog_build(c, NULL, &rf, names, kinds, 1, err);
	if (rc)
		print_error("%s\n", err);
	assert_int_equal(rc, 0);
	recfile_free(&rf);
}

/* ---- selectors ------------------------------------------------------------ */

static void test_selector_parse_accepts(void **state)
{
	static const struct {
		const char *s, *mask;
		int lo, hi;
	} cases[] = {
		{ "404", "404", 0, 999 }, { "4xx", "4??", 0, 999 }, { "4XX", "4??", 0, 999 },
		{ "40x", "40?", 0, 999 }, { "4**", "4??", 0, 999 }, { "4..", "4??", 0, 999 },
		{ "4X*", "4??", 0, 999 },
		{ "000", "000", 0, 999 }, { "500-504", "", 500, 504 }, { "404-404", "", 404, 404 },
		{ "000-999", "", 0, 999 },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct selector sel;
		char err[QUERY_ERRLEN] = "";

		memset(&sel, 0x5a, sizeof(sel));
		assert_int_equal(selector_parse(cases[i].s, &sel, err), 0);
		assert_string_equal(sel.mask, cases[i].mask);
		assert_int_equal(sel.lo, cases[i].lo);
		assert_int_equal(sel.hi, cases[i].hi);
		assert_string_equal(err, "");
	}
}

static void test_selector_parse_rejects(void **state)
{
	static const struct {
		const char *s, *shown, *why;
	} cases[] = {
		{ "4xxx", "4xxx", usage_msg },
		{ "40", "40", usage_msg },
		{ "4", "4", usage_msg },
		{ "4040", "4040", usage_msg },
		{ "600-500", "600-500", "is a reversed range (write the lower code first)" },
		{ "500-5044", "500-5044", usage_msg },
		{ "500-50", "500-50", usage_msg },
		{ "5xx-599", "5xx-599", usage_msg },
		{ "abc", "abc", usage_msg },
		{ "", "", usage_msg },
		{ "4 4", "4 4", usage_msg },
		{ "4-4", "4-4", usage_msg },
		{ "40\xc3\xa9", "40\xc3\xa9", usage_msg },      /* UTF-8 shown as it is */
		{ "4\xe2\x98\xba" "4", "4\xe2\x98\xba" "4", usage_msg },
		{ "4\x1b[2J", "4?[2J", usage_msg },              /* a control is not */
		{ "4\xff", "4?", usage_msg },                    /* nor invalid UTF-8 */
		{ "123456789012345678901234", "12345678901234567890...", usage_msg },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct selector sel;
		char err[QUERY_ERRLEN] = "", want[QUERY_ERRLEN];

		snprintf(want, sizeof(want), "'%s' %s", cases[i].shown, cases[i].why);
		assert_int_equal(selector_parse(cases[i].s, &sel, err), -1);
		assert_string_equal(err, want);
	}
}

static void test_selector_code_and_class(void **state)
{
	static const struct {
		const char *s;
		int code, cls;
	} cases[] = {
		{ "404", 404, -1 }, { "404-404", 404, -1 }, { "404-405", -1, -1 },
		{ "4xx", -1, 4 }, { "4**", -1, 4 }, { "4..", -1, 4 }, { "5XX", -1, 5 },
		{ "40x", -1, -1 }, { "4x4", -1, -1 }, { "400-499", -1, -1 },
		{ "000", 0, -1 }, { "0xx", -1, 0 },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct selector sel;
		char err[QUERY_ERRLEN];

		assert_int_equal(selector_parse(cases[i].s, &sel, err), 0);
		if (selector_code(&sel) != cases[i].code || selector_class(&sel) != cases[i].cls)
			print_error("%s: code %d class %d\n", cases[i].s, selector_code(&sel),
				    selector_class(&sel));
		assert_int_equal(selector_code(&sel), cases[i].code);
		assert_int_equal(selector_class(&sel), cases[i].cls);
	}
}

static void test_selector_match(void **state)
{
	static const struct {
		const char *sel;
		int code;
		bool match;
	} cases[] = {
		{ "404", 404, true }, { "404", 405, false }, { "404", 304, false },
		{ "4xx", 400, true }, { "4xx", 499, true }, { "4xx", 399, false },
		{ "4xx", 500, false }, { "4XX", 451, true }, { "40x", 404, true },
		{ "40x", 409, true }, { "40x", 410, false }, { "40x", 400, true },
		{ "4**", 418, true }, { "4**", 518, false }, { "4..", 431, true },
		{ "4..", 31, false }, { "4X*", 400, true }, { "4X*", 300, false },
		{ "000", 0, true }, { "000", 100, false },
		{ "500-504", 499, false }, { "500-504", 500, true }, { "500-504", 502, true },
		{ "500-504", 504, true }, { "500-504", 505, false },
		{ "404-404", 404, true }, { "404-404", 403, false },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct selector sel;
		char err[QUERY_ERRLEN];

		assert_int_equal(selector_parse(cases[i].sel, &sel, err), 0);
		if (selector_match(&sel, cases[i].code) != cases[i].match)
			print_error("%s ~ %d\n", cases[i].sel, cases[i].code);
		assert_int_equal(selector_match(&sel, cases[i].code), cases[i].match);
	}
}

/* ---- query_parse ------------------------------------------------------------ */

static void test_parse_single_code_is_exact(void **state)
{
	static const struct {
		const char *s;
		int exact;
	} cases[] = {
		{ "404", 404 }, { "  404  ", 404 }, { "500-500", 500 }, { "4xx", -1 },
		{ "40x", -1 }, { "500-504", -1 }, { "404 405", -1 }, { "404 404", -1 },
		{ "404 timeout", -1 }, { "4", -1 }, { "", -1 },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct query q;

		parse_ok(cases[i].s, false, &q);
		assert_int_equal(q.exact, cases[i].exact);
		query_free(&q);
	}
	for (size_t i = 0; i < 4; i++) {
		struct query q;

		parse_ok(cases[i].s, true, &q);
		assert_int_equal(q.exact, cases[i].exact);
		query_free(&q);
	}
}

static void test_parse_selectors(void **state)
{
	struct query q;

	(void)state;
	parse_ok("404 4xx 40x 4** 4.. 500-504", true, &q);
	assert_int_equal(q.nsels, 6);
	assert_int_equal(q.nterms, 0);
	assert_mask(&q.sels[0], "404");
	assert_mask(&q.sels[1], "4??");
	assert_mask(&q.sels[2], "40?");
	assert_mask(&q.sels[3], "4??");
	assert_mask(&q.sels[4], "4??");
	assert_range(&q.sels[5], 500, 504);
	assert_true(query_code_ok(&q, 418));
	assert_true(query_code_ok(&q, 503));
	assert_false(query_code_ok(&q, 505));
	assert_false(query_code_ok(&q, 200));
	query_free(&q);
	assert_query_empty(&q);
}

static void test_parse_words(void **state)
{
	struct query q;

	(void)state;
	parse_ok("Gateway  TIMEOUT", false, &q);
	assert_int_equal(q.nsels, 0);
	assert_int_equal(q.nterms, 2);
	assert_term(&q.terms[0], "gateway", FIELD_ANY);
	assert_term(&q.terms[1], "timeout", FIELD_ANY);
	assert_int_equal(q.exact, -1);
	query_free(&q);
}

static void test_parse_phrase(void **state)
{
	struct query q;

	(void)state;
	parse_ok("\"Gateway Time-out\" \"Not  Found\"", false, &q);
	assert_int_equal(q.nterms, 2);
	assert_term(&q.terms[0], "gateway timeout", FIELD_ANY);
	assert_term(&q.terms[1], "not found", FIELD_ANY);
	query_free(&q);

	parse_ok("\"\" \"--\"", false, &q);  /* nothing to search for */
	assert_query_empty(&q);
	query_free(&q);
}

static void test_parse_fields(void **state)
{
	struct query q;

	(void)state;
	parse_ok("name:Teapot text:proxy name:\"Not Found\" text:\"Time-out\"", false, &q);
	assert_int_equal(q.nsels, 0);
	assert_int_equal(q.nterms, 4);
	assert_term(&q.terms[0], "teapot", FIELD_NAME);
	assert_term(&q.terms[1], "proxy", FIELD_TEXT);
	assert_term(&q.terms[2], "not found", FIELD_NAME);
	assert_term(&q.terms[3], "timeout", FIELD_TEXT);
	query_free(&q);

	/* the field's name in any case */
	parse_ok("NAME:Teapot Text:proxy nAmE:\"Not Found\"", false, &q);
	assert_int_equal(q.nsels, 0);
	assert_int_equal(q.nterms, 3);
	assert_term(&q.terms[0], "teapot", FIELD_NAME);
	assert_term(&q.terms[1], "proxy", FIELD_TEXT);
	assert_term(&q.terms[2], "not found", FIELD_NAME);
	query_free(&q);

	/* a field word is a word, even when it looks like a code */
	parse_ok("name:404", false, &q);
	assert_int_equal(q.nsels, 0);
	assert_int_equal(q.nterms, 1);
	assert_term(&q.terms[0], "404", FIELD_NAME);
	query_free(&q);
}

/* Selectors and field terms in their order; plain words after them. */
static void test_parse_mixture(void **state)
{
	struct query q;

	(void)state;
	parse_ok("4xx name:\"Not Found\" proxy 500-504 text:cache 40x", false, &q);
	assert_int_equal(q.nsels, 3);
	assert_mask(&q.sels[0], "4??");
	assert_range(&q.sels[1], 500, 504);
	assert_mask(&q.sels[2], "40?");
	assert_int_equal(q.nterms, 3);
	assert_term(&q.terms[0], "not found", FIELD_NAME);
	assert_term(&q.terms[1], "cache", FIELD_TEXT);
	assert_term(&q.terms[2], "proxy", FIELD_ANY);
	assert_int_equal(q.exact, -1);
	query_free(&q);
}

/* In a search a code is three digits (or a mask, a range): any other
 * number is a word, "10" in "top 10" no code prefix 10x. */
static void test_parse_numbers_in_search(void **state)
{
	static const struct {
		const char *s;
		const char *words[3];   /* the terms, in order */
		size_t nsels;
	} cases[] = {
		{ "4", { "4" }, 0 },
		{ "40 timeout", { "40", "timeout" }, 0 },
		{ "top 10", { "top", "10" }, 0 },
		{ "rfc 2616", { "rfc", "2616" }, 0 },
		{ "10 404", { "10" }, 1 },
		{ "10x 40", { "40" }, 1 },
		{ "1 500-504", { "1" }, 1 },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct query q;
		size_t n = 0;

		parse_ok(cases[i].s, false, &q);
		while (n < 3 && cases[i].words[n])
			n++;
		assert_int_equal(q.nsels, cases[i].nsels);
		assert_int_equal(q.nterms, n);
		for (size_t k = 0; k < n; k++)
			assert_term(&q.terms[k], cases[i].words[k], FIELD_ANY);
		assert_int_equal(q.exact, -1);
		query_free(&q);
	}

	parse_bad("4", true, "'4' is not a status code, mask or range "
		  "(three digits: 404, 4xx, 40x, 4**, 500-504)");
	parse_bad("40", true, "'40' is not a status code, mask or range "
		  "(three digits: 404, 4xx, 40x, 4**, 500-504)");
}

static void test_parse_long_numbers_are_words(void **state)
{
	struct query q;

	(void)state;
	parse_ok("2616", false, &q);
	assert_int_equal(q.nsels, 0);
	assert_int_equal(q.nterms, 1);
	assert_term(&q.terms[0], "2616", FIELD_ANY);
	query_free(&q);

	parse_ok("rfc 26160 404", false, &q);
	assert_int_equal(q.nsels, 1);
	assert_mask(&q.sels[0], "404");
	assert_int_equal(q.nterms, 2);
	assert_term(&q.terms[0], "rfc", FIELD_ANY);
	assert_term(&q.terms[1], "26160", FIELD_ANY);
	query_free(&q);
}

static void test_parse_selectors_only_rejects_words(void **state)
{
	static const struct {
		const char *s, *shown;
	} cases[] = {
		{ "timeout", "timeout" }, { "404 timeout", "timeout" }, { "2616", "2616" },
		{ "4040", "4040" }, { "caf\xc3\xa9", "caf\xc3\xa9" },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		char want[QUERY_ERRLEN];

		snprintf(want, sizeof(want), "'%s' %s", cases[i].shown, words_msg);
		parse_bad(cases[i].s, true, want);
		assert_non_null(strstr(want, "use -s"));
	}
}

static void test_parse_malformed(void **state)
{
	static const struct {
		const char *s, *want;
	} cases[] = {
		{ "4xxx", "'4xxx' is not a status code, mask or range "
		  "(three digits: 404, 4xx, 40x, 4**, 500-504)" },
		{ "timeout 4x4x", "'4x4x' is not a status code, mask or range "
		  "(three digits: 404, 4xx, 40x, 4**, 500-504)" },
		{ "600-500", "'600-500' is a reversed range (write the lower code first)" },
		{ "10-15", "'10-15' is not a status code, mask or range "
		  "(three digits: 404, 4xx, 40x, 4**, 500-504)" },
		{ "\"gateway time", "unbalanced quote: a phrase needs a closing \"" },
		{ "name:\"not found", "unbalanced quote: a phrase needs a closing \"" },
		{ "name:", "'name:' needs a word after it" },
		{ "timeout name: x", "'name:' needs a word after it" },
		{ "text:", "'text:' needs a word after it" },
		{ "TEXT:", "'TEXT:' needs a word after it" },
		{ "\xff", "the query is not valid UTF-8" },
		{ "time\xc3out", "the query is not valid UTF-8" },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++)
		parse_bad(cases[i].s, false, cases[i].want);
	parse_bad("\xff", true, "the query is not valid UTF-8");
	parse_bad("600-500", true, "'600-500' is a reversed range (write the lower code first)");
}

static void test_parse_empty_query_matches_everything(void **state)
{
	static const char *const empty[] = { "", " ", "  \t  " };
	int all[100];

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(empty); i++) {
		struct query q;

		parse_ok(empty[i], false, &q);
		assert_query_empty(&q);
		query_free(&q);
		parse_ok(empty[i], true, &q);
		assert_query_empty(&q);
		query_free(&q);
	}
	assert_true(E->ncodes < ARRAY_SIZE(all));
	for (size_t i = 0; i < E->ncodes; i++)
		all[i] = E->codes[i].code;
	all[E->ncodes] = END;
	check_run(E, "", NULL, all, NULL);
	check_run(E, NULL, NULL, all, NULL);
}

/* Tabs separate terms like spaces do (query_parse skips both between
 * terms), so a tab between a code and a word must not glue them. */
static void test_parse_tab_separates_terms(void **state)
{
	struct query q;
	size_t nsels, nterms;
	char err[QUERY_ERRLEN] = "";

	(void)state;
	parse_ok("404\ttimeout", false, &q);
	nsels = q.nsels;
	nterms = q.nterms;
	query_free(&q);
	assert_int_equal(nsels, 1);
	assert_int_equal(nterms, 1);
	assert_int_equal(query_parse("404\t500", true, &q, err), 0);
	nsels = q.nsels;
	query_free(&q);
	assert_int_equal(nsels, 2);
}

/* ---- folding through the query ----------------------------------------------- */

static void test_fold_timeout_variants(void **state)
{
	static const char *const variants[] = {
		"TIMEOUT", "time-out", "Time Out", "timed out", "Time\xe2\x80\x90out",
		"\xef\xbc\xb4\xef\xbd\x89\xef\xbd\x8d\xef\xbd\x85\xef\xbd\x8f\xef\xbd\x95\xef\xbd\x94",
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(variants); i++) {
		struct query q;

		parse_ok(variants[i], false, &q);
		if (q.nterms != 1)
			print_error("'%s' gives %zu terms\n", variants[i], q.nterms);
		assert_int_equal(q.nterms, 1);
		assert_term(&q.terms[0], "timeout", FIELD_ANY);
		query_free(&q);
	}
}

/* A term keeps its words as written beside its fold when they differ. */
static void test_fold_keeps_the_words_as_written(void **state)
{
	static const struct {
		const char *s, *fold, *lit;  /* lit NULL: the same as fold */
	} cases[] = {
		{ "timeout", "timeout", NULL }, { "timed", "timed", NULL }, { "out", "out", NULL },
		{ "Time-out", "timeout", "time out" }, { "timed out", "timeout", "timed out" },
		{ "Request-URI", "uri", "request uri" }, { "\"Timed Out\"", "timeout", "timed out" },
		{ "name:time-out", "timeout", "time out" }, { "text:reasonse", "reasonse", NULL },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct query q;

		parse_ok(cases[i].s, false, &q);
		assert_int_equal(q.nterms, 1);
		assert_string_equal(q.terms[0].fold, cases[i].fold);
		if (cases[i].lit) {
			assert_non_null(q.terms[0].lit);
			assert_string_equal(q.terms[0].lit, cases[i].lit);
			assert_int_equal(q.terms[0].llen, strlen(cases[i].lit));
		} else {
			assert_null(q.terms[0].lit);
		}
		query_free(&q);
	}
}

static void test_fold_request_uri(void **state)
{
	struct query q;

	(void)state;
	parse_ok("Request-URI", false, &q);
	assert_int_equal(q.nterms, 1);
	assert_term(&q.terms[0], "uri", FIELD_ANY);
	query_free(&q);

	parse_ok("Request-URI Too Long", false, &q);
	assert_int_equal(q.nterms, 3);
	assert_term(&q.terms[0], "uri", FIELD_ANY);
	assert_term(&q.terms[1], "too", FIELD_ANY);
	assert_term(&q.terms[2], "long", FIELD_ANY);
	query_free(&q);

	parse_ok("I'm Café", false, &q);
	assert_int_equal(q.nterms, 2);
	assert_term(&q.terms[0], "im", FIELD_ANY);
	assert_term(&q.terms[1], "cafe", FIELD_ANY);
	query_free(&q);
}

/* ---- query_run over the embedded catalog ------------------------------------- */

static void test_run_timeout(void **state)
{
	static const int want[] = { 408, 440, 504, 522, 524, 598, 599, 102, 527, END };
	static const int ranks[] = { 2, 2, 2, 2, 2, 2, 2, 3, 3 };

	(void)state;
	check_run(E, "timeout", NULL, want, ranks);
	check_run(E, "TIME-OUT", NULL, want, ranks);
	assert_false(run_has("timeout", NULL, 404));
	assert_false(run_has("timeout", NULL, 500));
}

/* Folding "Timed Out" into "timeout" must not hide its words: each finds
 * what it starts, the name ranks as a name. */
static void test_run_finds_the_words_as_written(void **state)
{
	static const int timed[] = { 522, 408, 504, 527, END };
	static const int timed_ranks[] = { 2, 3, 3, 3 };
	static const int name_timed[] = { 522, END };

	(void)state;
	check_run(E, "timed", NULL, timed, timed_ranks);
	check_run(E, "name:timed", NULL, name_timed, timed_ranks);
	assert_true(run_has("out", NULL, 522));
	assert_true(run_has("name:out", NULL, 408));   /* Request Time-out */
	assert_true(run_has("name:out", NULL, 504));   /* Gateway Time-out */
	assert_true(run_has("name:time", NULL, 522));
	assert_true(run_has("name:request", NULL, 414));  /* Request-URI Too Long */
	assert_int_equal(run_rank("request", 414), 1);    /* a name that starts with it */
	assert_int_equal(run_rank("name:out", 408), 2);
	assert_int_equal(run_rank("timed", 522), 2);
	assert_true(run_has("name:\"request uri\"", NULL, 414));
	assert_true(run_has("name:uri", NULL, 414));
}

/* A typo as the source writes it is found, and so is the word it means. */
static void test_run_finds_typos_both_ways(void **state)
{
	(void)state;
	assert_true(run_has("experiemental", NULL, 308));
	assert_true(run_has("experimental", NULL, 308));
	assert_true(run_has("name:reasonse", NULL, 451));
	assert_true(run_has("name:reasons", NULL, 451));
	assert_true(run_has("\"legal reasonse\"", NULL, 451));
	assert_true(run_has("non-commital", NULL, 202));
	assert_true(run_has("non-committal", NULL, 202));
}

static void test_run_teap_finds_418_only(void **state)
{
	static const int want[] = { 418, END };
	static const int ranks[] = { 2 };  /* in "I'm a teapot", not at its start */

	(void)state;
	check_run(E, "teap", NULL, want, ranks);
	check_run(E, "name:teapot", NULL, want, ranks);
	check_run(E, "NAME:teapot", NULL, want, ranks);
	check_run(E, "Name:Teapot", NULL, want, ranks);
}

/* Plurals and British spellings fold as the index's words do (tl_fold). */
static void test_run_plurals_and_spellings(void **state)
{
	static const int teapot[] = { 418, END };
	static const int unauthorized[] = { 401, END };

	(void)state;
	check_run(E, "name:teapots", NULL, teapot, NULL);
	check_run(E, "name:unauthorised", NULL, unauthorized, NULL);
	check_run(E, "name:UNAUTHORIZED", NULL, unauthorized, NULL);
	assert_true(run_has("behaviour", NULL, 418));   /* its text says "behaviour" */
	assert_true(run_has("behavior", NULL, 418));
	assert_true(run_has("unauthorised", NULL, 401));
	assert_true(run_has("recognise", NULL, 409));  /* its texts say "recognize" */
}

/* ---- suggestions ----------------------------------------------------------- */

/* The words that match nothing get the nearest words of the index; a
 * field keeps its prefix, a phrase its quotes; a word that matches, or a
 * term whose words all do, gets none. A suggestion is whole or left out
 * (size: out's, 0 for 128). */
static void test_suggest(void **state)
{
	static const struct {
		const char *q;
		size_t size;
		const char *want;
	} cases[] = {
		{ "timout", 0, "timeout" },
		{ "forbiden", 0, "forbidden" },
		{ "TIMOUT", 0, "timeout" },
		{ "notfound", 0, "not found" },            /* two words run together */
		{ "notimplemented", 0, "not implemented" },
		{ "teh", 0, "the" },                       /* a swap is one edit */
		{ "recieve", 0, "receive" },
		{ "name:timout", 0, "name:timeout" },
		{ "\"gatway timout\"", 0, "\"gateway timeout\"" },
		{ "timeout forbiden", 0, "forbidden" },    /* only the word that matched nothing */
		{ "timout forbiden", 0, "timeout, forbidden" },
		{ "404 forbiden", 0, "forbidden" },
		/* nothing for a word that matches, or that nothing is near */
		{ "timeout", 0, "" }, { "teapots", 0, "" }, { "unauthorised", 0, "" },
		{ "forbidd", 0, "" }, { "xqzzyv", 0, "" }, { "2617", 0, "" }, { "404", 0, "" },
		{ "4xx", 0, "" },
		{ "\"found not\"", 0, "" },               /* its words are words: no fix */
		/* whole or not at all */
		{ "forbiden", 9, "" }, { "forbiden", 10, "forbidden" },
		{ "timout forbiden", 16, "timeout" },
	};
	char out[128];

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct query q;
		size_t n;

		parse_ok(cases[i].q, false, &q);
		memset(out, 'x', sizeof(out));
		n = query_suggest(E, &q, out, cases[i].size ? cases[i].size : sizeof(out));
		query_free(&q);
		if (strcmp(out, cases[i].want) != 0)
			print_error("'%s': '%s'\n", cases[i].q, out);
		assert_string_equal(out, cases[i].want);
		assert_int_equal(n, (cases[i].want[0] != '\0') + (strchr(cases[i].want, ',') != NULL));
	}
}

/* No words, no query, no room: nothing. A word too long to measure: no
 * suggestion. */
static void test_suggest_nothing(void **state)
{
	char out[16], big[300];
	struct query q = { .exact = -1 };

	(void)state;
	assert_int_equal(query_suggest(E, &q, out, sizeof(out)), 0);
	assert_string_equal(out, "");
	assert_int_equal(query_suggest(E, NULL, out, sizeof(out)), 0);
	assert_int_equal(query_suggest(E, &q, NULL, 0), 0);
	memset(big, 'a', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	parse_ok(big, false, &q);
	assert_int_equal(query_suggest(E, &q, out, sizeof(out)), 0);
	assert_string_equal(out, "");
	query_free(&q);
}

static void test_run_mask_restricts_words(void **state)
{
	static const int want[] = { 408, 440, END };
	static const int five[] = { 504, 522, 524, 598, 599, 527, END };

	(void)state;
	check_run(E, "4xx timeout", NULL, want, NULL);
	check_run(E, "timeout 4**", NULL, want, NULL);
	check_run(E, "5xx timeout", NULL, five, NULL);
}

static void test_run_404_finds_exactly_404(void **state)
{
	static const int want[] = { 404, END };
	static const int ranks[] = { 0 };

	(void)state;
	check_run(E, "404", NULL, want, ranks);
}

static void test_run_selectors_in_code_order(void **state)
{
	static const int want[] = { 500, 501, 502, 503, 504, END };
	static const int x04[] = { 104, 204, 304, 404, 504, END };
	static const int w3[] = { 204, 404, 504, END };

	(void)state;
	check_run(E, "500-504", NULL, want, NULL);
	check_run(E, "504 304 104 404 204 404", NULL, x04, NULL);
	check_run(E, "504 404 204", NULL, w3, NULL);
}

static void test_run_nothing(void **state)
{
	static const int none[] = { END };

	(void)state;
	check_run(E, "299", NULL, none, NULL);
	check_run(E, "zzyzx", NULL, none, NULL);
	check_run(E, "\"teapot found\"", NULL, none, NULL);
	check_run(E, "text:teapotx", NULL, none, NULL);
}

/* ---- ranking, on a catalog made for it ------------------------------------------ */

static const char rank_rec[] =
	"Code: 100\nName: Delta\nText: Alpha is in the text.\n\n"
	"Code: 200\nName: Gamma Alpha\nText: t\n\n"
	"Code: 300\nName: Alpha Beta\nText: t\n\n"
	"Code: 400\nName: Alpha Zeta\nText: t\n\n"
	"Code: 500\nName: Alphabet Soup\nText: t\n\n"
	"Code: 600\nName: Omega\nText: nothing here\n\n"
	"Code: 700\nName: Psi\nText: alpha, again\n\n"
	"Code: 700\nName: Alpha Psi\nVendor: nginx\nText: t\n\n"
	"Code: 800\nName: Kappa\nText: no alphabet\n";

static struct catalog rank_cat;

static int setup_rank_cat(void **state)
{
	(void)state;
	build_user(rank_rec, &rank_cat);
	return 0;
}

static int teardown_rank_cat(void **state)
{
	(void)state;
	catalog_free(&rank_cat);
	return 0;
}

static void test_rank_prefix_then_word_then_text(void **state)
{
	static const int want[] = { 300, 400, 500, 700, 200, 100, 800, END };
	static const int ranks[] = { 1, 1, 1, 1, 2, 3, 3 };

	(void)state;
	check_run(&rank_cat, "alpha", NULL, want, ranks);
}

static void test_rank_prefix_is_the_first_word(void **state)
{
	static const int ab[] = { 300, END };
	static const int ab_rank[] = { 1 };
	static const int ba_rank[] = { 2 };
	static const int none[] = { END };

	(void)state;
	check_run(&rank_cat, "alpha beta", NULL, ab, ab_rank);
	check_run(&rank_cat, "beta alpha", NULL, ab, ba_rank);
	check_run(&rank_cat, "\"alpha beta\"", NULL, ab, ab_rank);
	check_run(&rank_cat, "\"beta alpha\"", NULL, none, NULL);
	check_run(&rank_cat, "lpha", NULL, none, NULL);  /* only at the start of a word */
}

static void test_rank_fields(void **state)
{
	static const int name[] = { 300, 400, 500, 700, 200, END };
	static const int name_ranks[] = { 1, 1, 1, 1, 2 };
	static const int text[] = { 100, 700, 800, END };
	static const int text_ranks[] = { 3, 3, 3 };

	(void)state;
	check_run(&rank_cat, "name:alpha", NULL, name, name_ranks);
	check_run(&rank_cat, "text:alpha", NULL, text, text_ranks);
}

/* A code's rank is its best visible entry's: hiding 700's nginx entry
 * leaves its text match. */
static void test_rank_of_hidden_entry_does_not_count(void **state)
{
	static const int want[] = { 300, 400, 500, 200, 100, 700, 800, END };
	static const int ranks[] = { 1, 1, 1, 2, 3, 3, 3 };
	struct filter f;
	char err[QUERY_ERRLEN];

	(void)state;
	filter_init(&f);
	assert_int_equal(filter_hide_vendors(&f, "nginx", false, err), 0);
	check_run(&rank_cat, "alpha", &f, want, ranks);
	filter_free(&f);
}

/* The first word typed decides the prefix rank, whatever its kind: a field
 * term after it must not take its place. */
static void test_rank_prefix_follows_typed_order(void **state)
{
	static const int ab[] = { 300, END };
	static const int rank1[] = { 1 };

	(void)state;
	check_run(&rank_cat, "alpha beta", NULL, ab, rank1);
	check_run(&rank_cat, "alpha name:beta", NULL, ab, rank1);
}

static void test_query_rank_values(void **state)
{
	struct query q;
	const struct entry *e;

	(void)state;
	e = &rank_cat.entries[catalog_code(&rank_cat, 300)->first];
	assert_string_equal(e->name, "Alpha Beta");
	assert_int_equal(query_rank(NULL, e), 0);
	parse_ok("300", false, &q);
	assert_int_equal(query_rank(&q, e), 0);
	query_free(&q);
	parse_ok("alp", false, &q);
	assert_int_equal(query_rank(&q, e), 1);
	query_free(&q);
	parse_ok("bet", false, &q);
	assert_int_equal(query_rank(&q, e), 2);
	query_free(&q);
	parse_ok("beta text:t", false, &q);
	assert_int_equal(query_rank(&q, e), 3);
	query_free(&q);
	parse_ok("text:beta", false, &q);
	assert_int_equal(query_rank(&q, e), -1);
	query_free(&q);
	parse_ok("alpha gamma", false, &q);
	assert_int_equal(query_rank(&q, e), -1);
	query_free(&q);
}

/* ---- the words as written and folded, on a catalog made for it ------------------ */

static const char var_rec[] =
	"Code: 100\nName: Timed Out\nText: t\n\n"
	"Code: 200\nName: Connection Timed Out\nText: t\n\n"
	"Code: 300\nName: Request-URI Too Long\nText: t\n\n"
	"Code: 400\nName: Gateway Time-out\nText: t\n\n"
	"Code: 500\nName: Delta\nText: The request timed out.\n\n"
	"Code: 600\nName: Timeout\nText: t\n\n"
	"Code: 700\nName: Request Entity\nText: t\n\n"
	"Code: 800\nName: Legal Reasonse\nSic: \"Reasonse\" -> \"Reasons\"\n"
	"Text: Not experiemental yet.\nSic: \"experiemental\" -> \"experimental\"\n";

static struct catalog var_cat;

static int setup_var_cat(void **state)
{
	(void)state;
	build_user(var_rec, &var_cat);
	return 0;
}

static int teardown_var_cat(void **state)
{
	(void)state;
	catalog_free(&var_cat);
	return 0;
}

/* Each word finds what it starts as written, and the folded variant what
 * it starts folded; the ranks stay: the code, a name's start, a name's
 * word, a text; ties by code. */
static void test_rank_words_as_written_and_folded(void **state)
{
	static const struct {
		const char *q;
		int want[8], ranks[8];
	} cases[] = {
		{ "timed", { 100, 200, 500, END }, { 1, 2, 3 } },
		{ "out", { 100, 200, 400, 500, END }, { 2, 2, 2, 3 } },
		{ "time", { 100, 600, 200, 400, 500, END }, { 1, 1, 2, 2, 3 } },
		{ "timeo", { 100, 600, 200, 400, 500, END }, { 1, 1, 2, 2, 3 } },
		{ "timeout", { 100, 600, 200, 400, 500, END }, { 1, 1, 2, 2, 3 } },
		{ "time-out", { 100, 600, 200, 400, 500, END }, { 1, 1, 2, 2, 3 } },
		{ "\"timed out\"", { 100, 600, 200, 400, 500, END }, { 1, 1, 2, 2, 3 } },
		{ "connection timed", { 200, END }, { 1 } },
		{ "request", { 300, 700, 500, END }, { 1, 1, 3 } },
		{ "name:request", { 300, 700, END }, { 1, 1 } },
		{ "uri", { 300, END }, { 1 } },
		{ "request-uri", { 300, END }, { 1 } },
		{ "300", { 300, END }, { 0 } },
		{ "reasonse", { 800, END }, { 2 } },
		{ "name:reasons", { 800, END }, { 2 } },
		{ "\"legal reasonse\"", { 800, END }, { 1 } },
		{ "experiemental", { 800, END }, { 3 } },
		{ "text:experimental", { 800, END }, { 3 } },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++)
		check_run(&var_cat, cases[i].q, NULL, cases[i].want, cases[i].ranks);
}

/* ---- filters ------------------------------------------------------------------ */

static void test_hide_nginx_keeps_esris_499(void **state)
{
	struct filter f;
	char err[QUERY_ERRLEN];
	int src[16];
	const struct code_info *ci = catalog_code(E, 499);

	(void)state;
	filter_init(&f);
	assert_int_equal(filter_hide_vendors(&f, "nginx", false, err), 0);
	assert_int_equal(f.vendors, VENDOR_ALL & ~VENDOR_BIT(VENDOR_NGINX));
	assert_true(run_has("", &f, 499));
	assert_false(run_has("", &f, 444));
	assert_false(run_has("", &f, 494));
	assert_true(run_has("", &f, 404));
	assert_int_equal(visible_sources(&f, 499, src, 16), 1);
	for (unsigned k = ci->first; k < ci->first + ci->count; k++)
		if (query_entry_visible(E, NULL, &f, &E->entries[k]))
			assert_string_equal(E->entries[k].name, "Token required");
	assert_int_equal(visible_sources(&f, 444, src, 16), 0);
	filter_free(&f);
}

static void test_only_esri(void **state)
{
	static const int want[] = { 498, 499, END };
	struct filter f;
	char err[QUERY_ERRLEN];

	(void)state;
	filter_init(&f);
	assert_int_equal(filter_hide_vendors(&f, "ESRI", true, err), 0);
	assert_int_equal(f.vendors, VENDOR_BIT(VENDOR_ESRI));
	check_run(E, "", &f, want, NULL);
	filter_free(&f);
}

static void test_hide_then_only(void **state)
{
	struct filter f;
	char err[QUERY_ERRLEN];

	(void)state;
	filter_init(&f);
	assert_int_equal(filter_hide_vendors(&f, "nginx,esri", false, err), 0);
	assert_int_equal(f.vendors, VENDOR_ALL & ~(VENDOR_BIT(VENDOR_NGINX) | VENDOR_BIT(VENDOR_ESRI)));
	assert_int_equal(filter_hide_vendors(&f, "esri,cloudflare,microsoft", true, err), 0);
	assert_int_equal(f.vendors, VENDOR_BIT(VENDOR_CLOUDFLARE) | VENDOR_BIT(VENDOR_MICROSOFT));
	assert_false(run_has("", &f, 499));
	assert_true(run_has("", &f, 520));
	assert_true(run_has("", &f, 451));
	filter_free(&f);
}

static void test_standard_filter(void **state)
{
	static const struct {
		int code;
		bool kept;
	} cases[] = {
		{ 103, true },   /* registered */
		{ 425, true },   /* registered; its WebDAV entries too */
		/* 104, temporary, expired on 2026-11-13: see test_catalog's
		 * test_expired_registration, with dates that do not move */
		{ 510, true },   /* obsolete */
		{ 404, true },
		{ 499, false },  /* unregistered */
		{ 520, false },
		{ 306, false },  /* unused */
		{ 418, false },
	};
	struct filter f;
	int src[16];
	size_t n;
	const int ia = catalog_source_index(E, "iana"), wp = catalog_source_index(E, "wikipedia");
	const int hs = catalog_source_index(E, "httpstatuses");

	(void)state;
	filter_init(&f);
	f.standard = true;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		if (run_has("", &f, cases[i].code) != cases[i].kept)
			print_error("--standard and %d\n", cases[i].code);
		assert_int_equal(run_has("", &f, cases[i].code), cases[i].kept);
	}
	assert_int_equal(visible_sources(&f, 425, src, 16), 4);
	/* 451: the standard entries, not Wikipedia's Microsoft "Redirect" */
	n = visible_sources(&f, 451, src, 16);
	assert_int_equal(n, 3);
	assert_int_equal(src[0], hs);
	assert_int_equal(src[1], wp);
	assert_int_equal(src[2], ia);
	filter_free(&f);
}

static void test_source_filter(void **state)
{
	struct filter f;
	struct hit *hits;
	size_t n;
	char err[QUERY_ERRLEN];
	const int ia = catalog_source_index(E, "iana"), wp = catalog_source_index(E, "wikipedia");

	(void)state;
	filter_init(&f);
	assert_int_equal(filter_only_sources(&f, E, "wikipedia,iana", err), 0);
	assert_int_equal(f.nsources, E->nsources);
	n = query_run(E, NULL, &f, &hits);
	assert_int_equal(n, E->ncodes - 3);  /* 420, 598, 599 are elsewhere only */
	for (size_t i = 0; i < n; i++) {
		const struct code_info *ci = &E->codes[hits[i].code];

		assert_int_not_equal(ci->code, 420);
		assert_int_not_equal(ci->code, 598);
		assert_int_not_equal(ci->code, 599);
		for (unsigned k = ci->first; k < ci->first + ci->count; k++) {
			const struct entry *e = &E->entries[k];

			assert_int_equal(query_entry_visible(E, NULL, &f, e),
					 e->source == ia || e->source == wp);
		}
	}
	free(hits);
	/* a second --source narrows the first */
	assert_int_equal(filter_only_sources(&f, E, "iana,httpstatuses", err), 0);
	for (size_t i = 0; i < E->nsources; i++)
		assert_int_equal(f.sources[i], (int)i == ia);
	assert_false(run_has("", &f, 499));
	assert_true(run_has("", &f, 418));
	filter_free(&f);
	assert_null(f.sources);
	assert_int_equal(f.vendors, VENDOR_ALL);
}

static void test_unknown_vendor_group(void **state)
{
	struct filter f;
	char err[QUERY_ERRLEN] = "";

	(void)state;
	filter_init(&f);
	assert_int_equal(filter_hide_vendors(&f, "nginx,x", false, err), -1);
	assert_string_equal(err, "unknown vendor group 'x' (known: standard, webdav, nginx, "
			    "microsoft, cloudflare, esri, google, apache, twitter, unofficial)");
	assert_int_equal(f.vendors, VENDOR_ALL);  /* unchanged */
	assert_int_equal(filter_hide_vendors(&f, "", true, err), -1);
	assert_string_equal(err, "unknown vendor group '' (known: standard, webdav, nginx, "
			    "microsoft, cloudflare, esri, google, apache, twitter, unofficial)");
	filter_free(&f);
}

/* query_visible_next walks a code's entries that the filter leaves, in
 * order: the same as picking them by hand, by group and source (no
 * filter_entry here), for every code under a few filters. */
static void test_visible_next_walks_the_visible_entries(void **state)
{
	static const struct {
		unsigned hide;   /* VENDOR_BIT mask hidden */
		const char *source;
	} cases[] = {
		{ 0, NULL },
		{ VENDOR_BIT(VENDOR_NGINX), NULL },
		{ VENDOR_BIT(VENDOR_STANDARD) | VENDOR_BIT(VENDOR_MICROSOFT), NULL },
		{ 0, "wikipedia" },
		{ VENDOR_BIT(VENDOR_ESRI), "iana" },
		{ VENDOR_ALL, NULL },
	};
	size_t total = 0;

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		int src = cases[i].source ? catalog_source_index(E, cases[i].source) : -1;
		struct filter f;
		char err[QUERY_ERRLEN];

		filter_init(&f);
		f.vendors = (unsigned short)(VENDOR_ALL & ~cases[i].hide);
		if (cases[i].source)
			assert_int_equal(filter_only_sources(&f, E, cases[i].source, err), 0);
		for (size_t c = 0; c < E->ncodes; c++) {
			const struct code_info *ci = &E->codes[c];
			const struct entry *e = NULL;

			for (unsigned k = ci->first; k < ci->first + ci->count; k++) {
				const struct entry *want = &E->entries[k];

				if (!(want->vendor & f.vendors) || (src >= 0 && want->source != src))
					continue;
				e = query_visible_next(E, &f, ci, e);
				assert_ptr_equal(e, want);
				total++;
			}
			assert_null(query_visible_next(E, &f, ci, e));
		}
		filter_free(&f);
	}
	/* everything once, and some more: the loop did look */
	assert_true(total > E->nentries);
}

/* The loop macro visits the same entries as the function. */
static void test_for_visible_macro(void **state)
{
	struct filter f;
	const struct code_info *ci = catalog_code(E, 499);
	size_t n = 0;

	(void)state;
	filter_init(&f);
	f.vendors = (unsigned short)(VENDOR_ALL & ~VENDOR_BIT(VENDOR_NGINX));
	QUERY_FOR_VISIBLE(e, E, &f, ci) {
		assert_true(e->vendor & VENDOR_BIT(VENDOR_ESRI));
		n++;
	}
	assert_int_equal(n, 1);   /* Wikipedia's "Token required" only */
	n = 0;
	f.vendors = 0;
	QUERY_FOR_VISIBLE(e, E, &f, ci)
		n++;
	assert_int_equal(n, 0);
	filter_free(&f);
}

/* ---- filter specs --------------------------------------------------------------- */

#define V(g) VENDOR_BIT(VENDOR_##g)

/* The spec's parts i with use[i] (NULL: all) over everything visible. */
static int spec_filter(const struct filter_spec *s, const bool *use, struct filter *f, char *err)
{
	filter_init(f);
	return filter_spec_apply(s, use, E, f, err);
}

/* Repeated --only and --source add up, as one list; --hide takes away
 * whatever the order; the flags set theirs. */
static void test_spec_apply(void **state)
{
	struct filter_spec s = { 0 };
	struct filter f, g;
	char err[QUERY_ERRLEN];
	const int ia = catalog_source_index(E, "iana"), wp = catalog_source_index(E, "wikipedia");

	(void)state;
	filter_spec_add(&s, FILTER_ONLY, "esri");
	filter_spec_add(&s, FILTER_ONLY, "nginx,standard");
	assert_int_equal(spec_filter(&s, NULL, &f, err), 0);
	assert_int_equal(f.vendors, V(ESRI) | V(NGINX) | V(STANDARD));
	assert_null(f.sources);
	assert_false(f.standard || f.conflicts);
	/* the same as one list; not the one --only after the other */
	filter_init(&g);
	assert_int_equal(filter_hide_vendors(&g, "esri,nginx,standard", true, err), 0);
	assert_true(filter_equal(&f, &g));
	filter_free(&f);
	filter_free(&g);

	filter_spec_add(&s, FILTER_HIDE, "nginx");     /* after the --only: still hides */
	filter_spec_add(&s, FILTER_SOURCE, "iana");
	filter_spec_add(&s, FILTER_STANDARD, NULL);
	filter_spec_add(&s, FILTER_SOURCE, "wikipedia");
	filter_spec_add(&s, FILTER_CONFLICTS, NULL);
	assert_int_equal(spec_filter(&s, NULL, &f, err), 0);
	assert_int_equal(f.vendors, V(ESRI) | V(STANDARD));
	assert_non_null(f.sources);
	for (size_t i = 0; i < E->nsources; i++)
		assert_int_equal(f.sources[i], (int)i == ia || (int)i == wp);
	assert_true(f.standard && f.conflicts);
	filter_free(&f);
	filter_spec_free(&s);
	assert_null(s.parts);
	assert_int_equal(s.nparts, 0);
}

/* A subset of the parts: only those, the --only that add up among them. */
static void test_spec_apply_some_parts(void **state)
{
	struct filter_spec s = { 0 };
	struct filter f;
	char err[QUERY_ERRLEN];
	bool use[5];

	(void)state;
	filter_spec_add(&s, FILTER_HIDE, "nginx");
	filter_spec_add(&s, FILTER_ONLY, "nginx,esri");
	filter_spec_add(&s, FILTER_STANDARD, NULL);
	filter_spec_add(&s, FILTER_ONLY, "google");
	filter_spec_add(&s, FILTER_HIDE, "esri");
	assert_int_equal(s.nparts, 5);
	memcpy(use, (bool[]){ false, true, false, true, false }, sizeof(use));
	assert_int_equal(spec_filter(&s, use, &f, err), 0);
	assert_int_equal(f.vendors, V(NGINX) | V(ESRI) | V(GOOGLE));
	assert_false(f.standard);
	filter_free(&f);
	memcpy(use, (bool[]){ true, false, true, false, false }, sizeof(use));
	assert_int_equal(spec_filter(&s, use, &f, err), 0);
	assert_int_equal(f.vendors, VENDOR_ALL & ~V(NGINX));
	assert_true(f.standard);
	filter_free(&f);
	assert_int_equal(spec_filter(&s, NULL, &f, err), 0);
	assert_int_equal(f.vendors, V(GOOGLE));
	filter_free(&f);
	filter_spec_free(&s);
}

/* Over what a filter has already (the browser's saved filters). */
static void test_spec_apply_over_a_filter(void **state)
{
	struct filter_spec s = { 0 };
	struct filter f;
	char err[QUERY_ERRLEN];

	(void)state;
	filter_init(&f);
	assert_int_equal(filter_hide_vendors(&f, "nginx", false, err), 0);
	assert_int_equal(filter_only_sources(&f, E, "iana,wikipedia", err), 0);
	filter_spec_add(&s, FILTER_ONLY, "nginx,standard");
	filter_spec_add(&s, FILTER_SOURCE, "wikipedia,httpstatuses");
	assert_int_equal(filter_spec_apply(&s, NULL, E, &f, err), 0);
	assert_int_equal(f.vendors, V(STANDARD));
	for (size_t i = 0; i < E->nsources; i++)
		assert_int_equal(f.sources[i], (int)i == catalog_source_index(E, "wikipedia"));
	filter_free(&f);
	filter_spec_free(&s);
}

/* Applying the parts i with use[i] fails with the message want. */
static void spec_error(const struct filter_spec *s, const bool *use, const char *want)
{
	struct filter f;
	char err[QUERY_ERRLEN] = "";
	int rc = spec_filter(s, use, &f, err);

	filter_free(&f);
	assert_int_equal(rc, -1);
	assert_string_equal(err, want);
}

#define KNOWN_GROUPS "(known: standard, webdav, nginx, microsoft, cloudflare, esri, google, " \
	"apache, twitter, unofficial)"

static void test_spec_errors(void **state)
{
	struct filter_spec s = { 0 };

	(void)state;
	filter_spec_add(&s, FILTER_SOURCE, "nope");
	filter_spec_add(&s, FILTER_HIDE, "nginx");
	filter_spec_add(&s, FILTER_HIDE, "esri,bogus");
	/* the groups are read first, as the command line always did */
	spec_error(&s, NULL, "unknown vendor group 'bogus' " KNOWN_GROUPS);
	spec_error(&s, (bool[]){ true, true, false }, "unknown source 'nope' (known: "
		   "httpstatuses, wikipedia, tcpipguide, rest-rfc, rest-wiki, rest-tips, "
		   "cn-classes, cn-v1, cn-v2, iana)");
	filter_spec_free(&s);
	/* an empty --only is an unknown group, alone or after another */
	filter_spec_add(&s, FILTER_ONLY, "esri");
	filter_spec_add(&s, FILTER_ONLY, "");
	spec_error(&s, NULL, "unknown vendor group '' " KNOWN_GROUPS);
	filter_spec_free(&s);
}

#undef KNOWN_GROUPS

/* Each part as typed; a flag given twice is one part. */
static void test_spec_parts(void **state)
{
	static const char *const want[] = {
		"--hide nginx,esri", "--standard", "--only standard", "--source iana",
		"--conflicts", "--hide google",
	};
	struct filter_spec s = { 0 };

	(void)state;
	assert_false(filter_spec_has(&s, FILTER_STANDARD));
	filter_spec_add(&s, FILTER_HIDE, "nginx,esri");
	filter_spec_add(&s, FILTER_STANDARD, NULL);
	filter_spec_add(&s, FILTER_ONLY, "standard");
	filter_spec_add(&s, FILTER_STANDARD, NULL);
	filter_spec_add(&s, FILTER_SOURCE, "iana");
	filter_spec_add(&s, FILTER_CONFLICTS, NULL);
	filter_spec_add(&s, FILTER_CONFLICTS, NULL);
	filter_spec_add(&s, FILTER_HIDE, "google");
	assert_int_equal(s.nparts, ARRAY_SIZE(want));
	for (size_t i = 0; i < s.nparts; i++) {
		char *t = filter_part_text(&s.parts[i]);

		assert_string_equal(t, want[i]);
		free(t);
	}
	assert_true(filter_spec_has(&s, FILTER_STANDARD));
	assert_true(filter_spec_has(&s, FILTER_CONFLICTS));
	filter_spec_free(&s);
	assert_false(filter_spec_has(&s, FILTER_HIDE));
}

#undef V

/* The list of known sources must name every source, the last one too. */
static void test_unknown_source_lists_every_source(void **state)
{
	struct filter f;
	char err[QUERY_ERRLEN] = "";

	(void)state;
	filter_init(&f);
	assert_int_equal(filter_only_sources(&f, E, "wikipedia,foo", err), -1);
	assert_null(f.sources);
	assert_string_equal(err, "unknown source 'foo' (known: httpstatuses, wikipedia, "
			    "tcpipguide, rest-rfc, rest-wiki, rest-tips, cn-classes, cn-v1, "
			    "cn-v2, iana)");
	filter_free(&f);
}

/* A class record stands with the standard group: shown with it (and
 * under --standard), hidden when it is (--only esri, --hide standard). */
static void test_filter_entry_class_is_standard(void **state)
{
	struct filter f;
	char err[QUERY_ERRLEN];
	const struct entry *cls = &E->classes[0];
	unsigned char *only;

	(void)state;
	assert_true(cls->is_class);
	filter_init(&f);
	assert_true(filter_entry(&f, E, cls));
	f.standard = true;
	assert_true(filter_entry(&f, E, cls));
	f.vendors = VENDOR_BIT(VENDOR_STANDARD);
	assert_true(filter_entry(&f, E, cls));
	f.vendors = 0;
	assert_false(filter_entry(&f, E, cls));
	assert_false(filter_entry(&f, E, &E->entries[0]));
	filter_free(&f);

	filter_init(&f);
	assert_int_equal(filter_hide_vendors(&f, "esri", true, err), 0);
	assert_false(filter_entry(&f, E, cls));
	filter_free(&f);
	filter_init(&f);
	assert_int_equal(filter_hide_vendors(&f, "standard", false, err), 0);
	assert_false(filter_entry(&f, E, cls));
	filter_free(&f);
	filter_init(&f);
	assert_int_equal(filter_hide_vendors(&f, "nginx,esri", false, err), 0);
	assert_true(filter_entry(&f, E, cls));
	filter_free(&f);

	filter_init(&f);
	assert_int_equal(filter_only_sources(&f, E, "iana", err), 0);
	assert_int_not_equal(cls->source, catalog_source_index(E, "iana"));
	assert_false(filter_entry(&f, E, cls));  /* its source still counts */
	only = f.sources;
	only[cls->source] = 1;
	assert_true(filter_entry(&f, E, cls));
	filter_free(&f);
}

/* Every hit has a visible entry with its rank; every code with a visible
 * entry is a hit. */
static void test_entry_visible_agrees_with_run(void **state)
{
	static const char *const queries[] = {
		"", "timeout", "4xx", "name:not", "text:proxy", "request", "\"not found\"",
		"5 gateway", "teap", "4xx 5xx unofficial", "server error",
	};
	static const struct {
		const char *hide, *only, *sources;
		bool standard;
	} filters[] = {
		{ NULL, NULL, NULL, false }, { "nginx", NULL, NULL, false },
		{ NULL, "esri,microsoft", NULL, false }, { NULL, NULL, NULL, true },
		{ NULL, NULL, "wikipedia,iana", false }, { "standard", NULL, "cn-v1", false },
	};

	(void)state;
	for (size_t fi = 0; fi < ARRAY_SIZE(filters); fi++) {
		struct filter f;
		char err[QUERY_ERRLEN];

		filter_init(&f);
		f.standard = filters[fi].standard;
		if (filters[fi].hide)
			assert_int_equal(filter_hide_vendors(&f, filters[fi].hide, false, err), 0);
		if (filters[fi].only)
			assert_int_equal(filter_hide_vendors(&f, filters[fi].only, true, err), 0);
		if (filters[fi].sources)
			assert_int_equal(filter_only_sources(&f, E, filters[fi].sources, err), 0);
		for (size_t qi = 0; qi < ARRAY_SIZE(queries); qi++) {
			struct query q;
			struct hit *hits;
			size_t n, h = 0;

			parse_ok(queries[qi], false, &q);
			n = query_run(E, &q, &f, &hits);
			for (size_t i = 0; i < E->ncodes; i++) {
				const struct code_info *ci = &E->codes[i];
				int best = -1;
				bool hit = false;

				for (unsigned k = ci->first; k < ci->first + ci->count; k++) {
					const struct entry *e = &E->entries[k];
					int r = query_rank(&q, e);

					if (!query_entry_visible(E, &q, &f, e))
						continue;
					assert_true(r >= 0);
					if (best < 0 || r < best)
						best = r;
				}
				for (size_t j = 0; j < n; j++)
					if (hits[j].code == i) {
						assert_false(hit);
						hit = true;
						assert_int_equal(hits[j].rank, best);
					}
				assert_int_equal(hit, best >= 0);
				h += hit;
			}
			assert_int_equal(h, n);
			for (size_t j = 1; j < n; j++)
				assert_true(hits[j - 1].rank < hits[j].rank ||
					    (hits[j - 1].rank == hits[j].rank &&
					     hits[j - 1].code < hits[j].code));
			free(hits);
			query_free(&q);
		}
		filter_free(&f);
	}
}

/* ---- narrowing: searching only what the last search found --------------------- */

static bool narrows(const char *before, const char *now)
{
	struct query b, n;
	bool r;

	parse_ok(before, false, &b);
	parse_ok(now, false, &n);
	r = query_narrows(&b, &n);
	query_free(&b);
	query_free(&n);
	return r;
}

static const struct {
	const char *before, *now;
	bool narrows;
} narrow_cases[] = {
	/* words */
	{ "tea", "teap", true },            /* a word longer */
	{ "te", "teapot", true },
	{ "Time", "TIME", true },
	{ "time", "timeout", true },
	{ "time", "time-out", true },       /* folded: "timeout" */
	{ "tea", "tea pot", true },         /* a word more */
	{ "tea", "pot tea", true },
	{ "tea", "tea", true },
	{ "", "tea", true },
	{ "", "", true },
	{ "tea pot", "tea", false },        /* a word less */
	{ "teap", "tea", false },
	{ "tea", "", false },
	{ "tea", "pot", false },
	{ "time o", "time out", false },    /* "time out" is "timeout": no word starts "o" */
	{ "time", "timed", true },
	{ "timed", "timeo", false },        /* "timeo" finds "Timeout", which "timed" does not */
	{ "timeo", "timeout", true },
	{ "timed", "timed out", false },    /* "timed out" is "timeout" too */
	{ "timed", "\"timed out\"", false },
	{ "time-o", "time-out", false },
	{ "time", "time-out", true },
	{ "request", "request-uri", false }, /* "request-uri" is "uri" too: "URI Too Long" */
	{ "name:r", "name:request", true },
	/* selectors: the same ones */
	{ "40", "404", false },             /* a word, then a code */
	{ "4", "40", true },                /* words: "40" starts with "4" */
	{ "4xx", "", false },
	{ "", "404", false },
	{ "tea", "4xx tea", false },
	{ "4xx tea", "4xx teap", true },
	{ "4xx tea", "4** teapot", true },  /* the same mask */
	{ "4xx tea", "5xx teap", false },
	{ "404 405", "404 405 tea", true },
	{ "404 405", "405 404", false },
	/* fields */
	{ "name:tea", "name:teap", true },
	{ "tea", "name:teap", true },
	{ "tea", "text:teap", true },
	{ "name:tea", "teap", false },      /* anywhere is wider than in names */
	{ "name:tea", "text:teap", false },
	{ "text:tea", "name:teap", false },
	{ "text:tea", "text:tea text:pot", true },
	/* phrases */
	{ "\"not fo\"", "\"not found\"", true },
	{ "not", "\"not found\"", true },
	{ "found", "\"not found\"", false },
};

static void test_narrows(void **state)
{
	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(narrow_cases); i++) {
		bool got = narrows(narrow_cases[i].before, narrow_cases[i].now);

		if (got != narrow_cases[i].narrows)
			print_error("'%s' -> '%s': %d\n", narrow_cases[i].before, narrow_cases[i].now,
				    got);
		assert_int_equal(got, narrow_cases[i].narrows);
	}
}

/* The hits of query_run(qs, f) in *hits; their count. */
static size_t run_str(const char *qs, const struct filter *f, struct hit **hits)
{
	struct query q;
	size_t n;

	parse_ok(qs, false, &q);
	n = query_run(E, &q, f, hits);
	query_free(&q);
	return n;
}

/* Within the hits of a query it narrows, a query finds what a full search
 * finds, ranks and order too, whatever order the candidates come in. */
static void test_run_within_equals_run(void **state)
{
	static const char *const hide[] = { NULL, "nginx", "standard,unofficial" };
	static const struct {
		const char *before, *now;
	} more[] = {
		{ "t", "te" }, { "te", "tea" }, { "g", "gateway time" }, { "5xx", "5xx time" },
		{ "re", "request entity" }, { "\"not f\"", "\"not found\"" }, { "name:r", "name:re tim" },
		{ "", "unofficial" },
	};

	(void)state;
	for (size_t fi = 0; fi < ARRAY_SIZE(hide) + 2; fi++) {
		struct filter f;
		char err[QUERY_ERRLEN];

		filter_init(&f);
		if (fi < ARRAY_SIZE(hide) && hide[fi])
			assert_int_equal(filter_hide_vendors(&f, hide[fi], false, err), 0);
		f.standard = fi == ARRAY_SIZE(hide);
		f.conflicts = fi == ARRAY_SIZE(hide) + 1;
		for (size_t i = 0; i < ARRAY_SIZE(narrow_cases) + ARRAY_SIZE(more); i++) {
			bool extra = i >= ARRAY_SIZE(narrow_cases);
			const char *b = extra ? more[i - ARRAY_SIZE(narrow_cases)].before
				: narrow_cases[i].before;
			const char *now = extra ? more[i - ARRAY_SIZE(narrow_cases)].now
				: narrow_cases[i].now;
			struct hit *cand, *full, *within, *rev;
			struct query q;
			size_t nc, nf, nw, nr;

			if (!extra && !narrow_cases[i].narrows)
				continue;
			if (!narrows(b, now))
				print_error("'%s' -> '%s' should narrow\n", b, now);
			assert_true(narrows(b, now));
			nc = run_str(b, &f, &cand);
			nf = run_str(now, &f, &full);
			rev = nc ? malloc(nc * sizeof(*rev)) : NULL;
			for (size_t k = 0; k < nc; k++)
				rev[k] = cand[nc - 1 - k];
			parse_ok(now, false, &q);
			nw = query_run_within(E, &q, &f, cand, nc, &within);
			free(cand);
			nr = query_run_within(E, &q, &f, rev, nc, &cand);
			free(rev);
			query_free(&q);
			if (nw != nf)
				print_error("'%s' -> '%s': %zu within, %zu in all\n", b, now, nw, nf);
			assert_int_equal(nw, nf);
			assert_int_equal(nr, nf);
			for (size_t k = 0; k < nf; k++) {
				assert_int_equal(within[k].code, full[k].code);
				assert_int_equal(within[k].rank, full[k].rank);
				assert_int_equal(cand[k].code, full[k].code);
				assert_int_equal(cand[k].rank, full[k].rank);
			}
			if (!nf) {
				assert_null(within);
				assert_null(cand);
			}
			free(cand);
			free(full);
			free(within);
		}
		filter_free(&f);
	}
}

/* query_run_within looks at the candidates only. */
static void test_run_within_keeps_to_the_candidates(void **state)
{
	static const int want[] = { 408, 440 };
	struct filter f;
	struct hit *cand, *hits;
	struct query q;
	size_t nc, n;
	char err[QUERY_ERRLEN];

	(void)state;
	filter_init(&f);
	nc = run_str("4xx", &f, &cand);
	assert_int_equal(nc, 40);
	parse_ok("timeout", false, &q);
	n = query_run_within(E, &q, &f, cand, nc, &hits);
	assert_int_equal(n, ARRAY_SIZE(want));
	for (size_t i = 0; i < n; i++)
		assert_int_equal(E->codes[hits[i].code].code, want[i]);
	free(hits);
	/* no candidates: nothing, and no array */
	hits = cand;
	assert_int_equal(query_run_within(E, &q, &f, cand, 0, &hits), 0);
	assert_null(hits);
	query_free(&q);
	/* no query: the candidates that f leaves, in code order */
	assert_int_equal(filter_hide_vendors(&f, "standard", false, err), 0);
	for (size_t i = 0; i + 1 < nc; i += 2) {
		struct hit t = cand[i];

		cand[i] = cand[i + 1];
		cand[i + 1] = t;
	}
	n = query_run_within(E, NULL, &f, cand, nc, &hits);
	assert_true(n > 0);
	assert_true(n < nc);
	for (size_t i = 0; i < n; i++) {
		int code = E->codes[hits[i].code].code;

		assert_int_equal(code / 100, 4);
		assert_true(run_has("4xx", &f, code));
		if (i)
			assert_true(hits[i].code > hits[i - 1].code);
	}
	assert_false(run_has("", &f, 404));
	free(hits);
	free(cand);
	filter_free(&f);
}

/* What the browser does as a query is typed: each keystroke searches the
 * last one's hits when it narrows them, else everything. It must find
 * what a fresh search finds, ranks and order too, and narrowing must be
 * true (a fresh search's hits are all among the last ones). */
static void check_typing(const struct catalog *c, const struct filter *f,
			 const char *const *typed, size_t n, const bool *narrow)
{
	struct query before, now;
	struct hit *last, *fresh, *got;
	size_t nlast, nfresh, ngot;

	parse_ok(typed[0], false, &before);
	nlast = query_run(c, &before, f, &last);
	for (size_t i = 1; i < n; i++) {
		bool within;

		parse_ok(typed[i], false, &now);
		within = query_narrows(&before, &now);
		if (narrow && within != narrow[i])
			print_error("'%s' -> '%s': narrows %d\n", typed[i - 1], typed[i], within);
		if (narrow)
			assert_int_equal(within, narrow[i]);
		nfresh = query_run(c, &now, f, &fresh);
		ngot = within ? query_run_within(c, &now, f, last, nlast, &got)
			: query_run(c, &now, f, &got);
		if (ngot != nfresh)
			print_error("'%s' -> '%s': %zu hits typed, %zu fresh\n", typed[i - 1],
				    typed[i], ngot, nfresh);
		assert_int_equal(ngot, nfresh);
		for (size_t k = 0; k < nfresh; k++) {
			bool among = !within;

			assert_int_equal(got[k].code, fresh[k].code);
			assert_int_equal(got[k].rank, fresh[k].rank);
			for (size_t j = 0; j < nlast && !among; j++)
				among = last[j].code == fresh[k].code;
			assert_true(among);
		}
		free(fresh);
		free(last);
		last = got;
		nlast = ngot;
		query_free(&before);
		before = now;
	}
	free(last);
	query_free(&before);
}

static void test_typing_narrows_like_a_fresh_search(void **state)
{
	static const char *const timeout[] = {
		"t", "ti", "tim", "time", "timed", "timeo", "timeout", "timeout ", "timeout e",
	};
	static const bool timeout_narrows[] = {
		false, true, true, true, true, false, true, true, true,
	};
	static const char *const more[][9] = {
		{ "time", "time ", "time o", "time ou", "time out", "time-out", "time-outs" },
		{ "timed", "timed ", "timed o", "timed ou", "timed out", "timed outs" },
		{ "r", "re", "req", "request", "request-", "request-u", "request-uri", "request-uri t" },
		{ "n", "na", "nam", "name:r", "name:re", "name:reasonse", "name:reasons" },
		{ "e", "ex", "exp", "experie", "experiemental", "experimental" },
		/* the browser closes an open quote */
		{ "\"t\"", "\"time\"", "\"timed\"", "\"timed o\"", "\"timed out\"", "\"timed out\" t" },
		{ "4", "4xx", "4xx t", "4xx ti", "4xx time", "4xx timed", "4xx timeout" },
	};
	static const char *const hide[] = { NULL, "cloudflare", "standard" };

	(void)state;
	for (size_t fi = 0; fi < ARRAY_SIZE(hide); fi++) {
		struct filter f;
		char err[QUERY_ERRLEN];

		filter_init(&f);
		if (hide[fi])
			assert_int_equal(filter_hide_vendors(&f, hide[fi], false, err), 0);
		check_typing(E, &f, timeout, ARRAY_SIZE(timeout), timeout_narrows);
		check_typing(&var_cat, &f, timeout, ARRAY_SIZE(timeout), timeout_narrows);
		for (size_t i = 0; i < ARRAY_SIZE(more); i++) {
			size_t n = 0;

			while (n < ARRAY_SIZE(more[i]) && more[i][n])
				n++;
			check_typing(E, &f, more[i], n, NULL);
			check_typing(&var_cat, &f, more[i], n, NULL);
		}
		filter_free(&f);
	}
}

/* ---- spans: where the words are, for highlighting ------------------------------- */

struct span_case {
	const char *query;
	enum term_field field;
	const char *s;
	size_t max;
	size_t n;
	struct qspan want[4];
};

static void check_spans(const struct span_case *c)
{
	struct query q;
	struct qspan out[9], untouched;
	size_t n;

	memset(out, 0x5a, sizeof(out));
	memset(&untouched, 0x5a, sizeof(untouched));
	parse_ok(c->query, false, &q);
	n = query_spans(&q, c->field, c->s, strlen(c->s), out, c->max);
	query_free(&q);
	if (n != c->n)
		print_error("'%s' in '%s': %zu spans, not %zu\n", c->query, c->s, n, c->n);
	assert_int_equal(n, c->n);
	for (size_t i = 0; i < n; i++) {
		if (out[i].off != c->want[i].off || out[i].len != c->want[i].len)
			print_error("'%s' in '%s': span %zu is %zu+%zu, not %zu+%zu\n", c->query,
				    c->s, i, out[i].off, out[i].len, c->want[i].off, c->want[i].len);
		assert_int_equal(out[i].off, c->want[i].off);
		assert_int_equal(out[i].len, c->want[i].len);
	}
	/* nothing written past what was found */
	assert_int_equal(memcmp(&out[n], &untouched, sizeof(untouched)), 0);
}

static void test_spans(void **state)
{
	static const struct span_case cases[] = {
		{ "teap", FIELD_TEXT, "I'm a teapot", 8, 1, { { 6, 4 } } },
		{ "teap", FIELD_NAME, "I'm a teapot", 8, 1, { { 6, 4 } } },
		{ "timeout", FIELD_NAME, "Request Time-out", 8, 1, { { 8, 8 } } },
		{ "TIME-OUT", FIELD_TEXT, "a Time Out here", 8, 1, { { 2, 8 } } },
		{ "gateway time", FIELD_NAME, "Gateway Timeout", 8, 2, { { 0, 7 }, { 8, 4 } } },
		{ "time gateway", FIELD_NAME, "Gateway Timeout", 8, 2, { { 0, 7 }, { 8, 4 } } },
		{ "tea", FIELD_TEXT, "Tea, teapots and tea pots", 8, 3,
		  { { 0, 3 }, { 5, 3 }, { 17, 3 } } },
		{ "tea", FIELD_TEXT, "Tea, teapots and tea pots", 2, 2, { { 0, 3 }, { 5, 3 } } },
		{ "tea", FIELD_TEXT, "Tea, teapots and tea pots", 0, 0, { { 0, 0 } } },
		{ "pot", FIELD_TEXT, "teapot", 8, 0, { { 0, 0 } } },   /* not at a word's start */
		{ "\"not found\"", FIELD_TEXT, "It was Not  Found here", 8, 1, { { 7, 10 } } },
		{ "cafe", FIELD_TEXT, "Le Caf\xc3\xa9 noir", 8, 1, { { 3, 5 } } },
		/* fields: a name: word only in names, a text: word only in texts */
		{ "name:teapot text:coffee", FIELD_NAME, "teapot coffee", 8, 1, { { 0, 6 } } },
		{ "name:teapot text:coffee", FIELD_TEXT, "teapot coffee", 8, 1, { { 7, 6 } } },
		{ "name:teapot coffee", FIELD_TEXT, "teapot coffee", 8, 1, { { 7, 6 } } },
		/* nothing to highlight */
		{ "", FIELD_TEXT, "I'm a teapot", 8, 0, { { 0, 0 } } },
		{ "418", FIELD_NAME, "418 I'm a teapot", 8, 0, { { 0, 0 } } },
		{ "teapot", FIELD_TEXT, "", 8, 0, { { 0, 0 } } },
	};
	struct qspan out[2];

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++)
		check_spans(&cases[i]);
	assert_int_equal(query_spans(NULL, FIELD_TEXT, "I'm a teapot", 12, out, 2), 0);
}

/* A span ends with the last character the word matched: not with the
 * punctuation that folding drops after it (a hyphen, a full stop). */
static void test_spans_end_with_the_match(void **state)
{
	static const struct span_case cases[] = {
		{ "time", FIELD_NAME, "Gateway Time-out", 8, 1, { { 8, 4 } } },
		{ "tea", FIELD_TEXT, "Tea, teapots and tea.", 8, 3, { { 0, 3 }, { 5, 3 }, { 17, 3 } } },
		{ "\"not found\"", FIELD_TEXT, "It was Not  Found.", 8, 1, { { 7, 10 } } },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++)
		check_spans(&cases[i]);
}

/* A match lights all of what it matched in the original: a folded variant
 * its two words and what is between them, a word as written itself; a
 * word found in both forms once. */
static void test_spans_cover_the_whole_match(void **state)
{
	static const struct span_case cases[] = {
		{ "timeout", FIELD_NAME, "Connection Timed Out", 8, 1, { { 11, 9 } } },
		{ "timeout", FIELD_NAME, "Request Time-out", 8, 1, { { 8, 8 } } },
		{ "timeout", FIELD_TEXT, "It timed out. Time-out! Timeout.", 8, 3,
		  { { 3, 9 }, { 14, 8 }, { 24, 7 } } },
		{ "time-out", FIELD_NAME, "Connection Timed Out", 8, 1, { { 11, 9 } } },
		{ "\"timed out\"", FIELD_NAME, "Connection Timed Out", 8, 1, { { 11, 9 } } },
		{ "timeo", FIELD_NAME, "Connection Timed Out", 8, 1, { { 11, 7 } } },
		{ "timed", FIELD_NAME, "Connection Timed Out", 8, 1, { { 11, 5 } } },
		{ "out", FIELD_NAME, "Connection Timed Out", 8, 1, { { 17, 3 } } },
		{ "time", FIELD_NAME, "Connection Timed Out", 8, 1, { { 11, 4 } } },
		{ "timed out", FIELD_NAME, "Connection Timed Out", 8, 1, { { 11, 9 } } },
		{ "connection timed", FIELD_NAME, "Connection Timed Out", 8, 2, { { 0, 10 }, { 11, 5 } } },
		{ "request", FIELD_NAME, "Request-URI Too Long", 8, 1, { { 0, 7 } } },
		{ "uri", FIELD_NAME, "Request-URI Too Long", 8, 1, { { 8, 3 } } },
		{ "request-uri", FIELD_NAME, "Request-URI Too Long", 8, 1, { { 0, 11 } } },
		{ "experiemental", FIELD_TEXT, "Not experiemental yet.", 8, 1, { { 4, 13 } } },
		{ "reasonse", FIELD_NAME, "Unavailable For Legal Reasonse", 8, 1, { { 22, 8 } } },
		{ "timeout", FIELD_NAME, "Connection Timed Out", 0, 0, { { 0, 0 } } },
		{ "time", FIELD_TEXT, "time out, time out", 1, 1, { { 0, 4 } } },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++)
		check_spans(&cases[i]);
}

/* ---- the conflicts filter ---------------------------------------------------------- */

/* Does code have two entries that f leaves visible with different names,
 * or a visible name and a visible entry without one in vendor groups that
 * no visible name has (another meaning)? From the entries alone. */
static bool names_differ(const struct filter *f, int code)
{
	const struct code_info *ci = catalog_code(E, code);
	const char *first = NULL;
	unsigned named = 0;

	for (unsigned k = ci->first; k < ci->first + ci->count; k++) {
		const struct entry *e = &E->entries[k];

		if (!filter_entry(f, E, e))
			continue;
		if (!e->name[0])
			continue;
		named |= e->vendor;
		if (!first)
			first = e->fname;
		else if (strcmp(first, e->fname) != 0)
			return true;
	}
	for (unsigned k = ci->first; first && k < ci->first + ci->count; k++) {
		const struct entry *e = &E->entries[k];

		if (!e->name[0] && filter_entry(f, E, e) && !(e->vendor & named))
			return true;
	}
	return false;
}

/* The conflicts filter keeps the codes whose visible entries give more
 * than one name (or a meaning without a name, as 421's table 2 entry):
 * hiding a group can leave a code with one; standard, 421 without its
 * unofficial entry. */
static void test_conflicts_filter(void **state)
{
	static const int all[] = { 306, 308, 413, 414, 416, 418, 421, 422, 425, 444, 451, 499, END };
	static const int standard[] = { 413, 414, 416, 422, 425, END };
	static const int no_google[] = { 306, 413, 414, 416, 418, 421, 422, 425, 444, 451, 499, END };
	static const int no_nginx[] = { 306, 308, 413, 414, 416, 418, 421, 422, 425, 451, END };
	static const int redirect[] = { 451, 308, END };
	static const int redirect_ranks[] = { 1, 2 };
	struct filter f;
	char err[QUERY_ERRLEN];

	(void)state;
	filter_init(&f);
	f.conflicts = true;
	check_run(E, "", &f, all, NULL);
	for (size_t i = 0; i < E->ncodes; i++)
		assert_int_equal(run_has("", &f, E->codes[i].code), E->codes[i].nnames > 1);
	check_run(E, "name:redirect", &f, redirect, redirect_ranks);
	/* an entry is still an entry: the filter is about codes */
	assert_true(filter_entry(&f, E, &E->entries[catalog_code(E, 404)->first]));
	assert_true(filter_entry(&f, E, &E->classes[0]));
	/* 308 keeps one name without Google's */
	assert_int_equal(filter_hide_vendors(&f, "google", false, err), 0);
	check_run(E, "", &f, no_google, NULL);
	filter_free(&f);
	/* 444's names are both nginx's; 499 keeps Esri's alone */
	filter_init(&f);
	f.conflicts = true;
	assert_int_equal(filter_hide_vendors(&f, "nginx", false, err), 0);
	check_run(E, "", &f, no_nginx, NULL);
	filter_free(&f);
	/* standard: no Microsoft 451, no Google 308, 306 and 418 unused */
	filter_init(&f);
	f.conflicts = true;
	f.standard = true;
	check_run(E, "", &f, standard, NULL);
	filter_free(&f);
}

/* Over many filters, the codes kept are those whose visible entries give
 * different names (or a meaning without a name), and every hit of the
 * same filter without it. */
static void test_conflicts_agrees_with_the_entries(void **state)
{
	static const struct {
		const char *hide, *sources;
		bool standard;
		size_t kept;
	} filters[] = {
		{ NULL, NULL, false, 12 }, { "nginx", NULL, false, 10 }, { "esri", NULL, false, 11 },
		{ "standard", NULL, false, 3 }, { NULL, "wikipedia", false, 3 },
		{ NULL, "wikipedia,iana", false, 8 }, { NULL, "rest-rfc,iana", true, 4 },
		{ "webdav", NULL, true, 3 },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(filters); i++) {
		struct filter f;
		char err[QUERY_ERRLEN];
		size_t kept = 0;

		filter_init(&f);
		if (filters[i].hide)
			assert_int_equal(filter_hide_vendors(&f, filters[i].hide, false, err), 0);
		if (filters[i].sources)
			assert_int_equal(filter_only_sources(&f, E, filters[i].sources, err), 0);
		f.standard = filters[i].standard;
		for (size_t k = 0; k < E->ncodes; k++) {
			int code = E->codes[k].code;
			bool without, with;

			f.conflicts = false;
			without = run_has("", &f, code);
			f.conflicts = true;
			with = run_has("", &f, code);
			if (with != (without && names_differ(&f, code)))
				print_error("filter %zu, code %d: %d\n", i, code, with);
			assert_int_equal(with, without && names_differ(&f, code));
			kept += with;
		}
		assert_int_equal(kept, filters[i].kept);
		filter_free(&f);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_selector_parse_accepts),
		cmocka_unit_test(test_selector_parse_rejects),
		cmocka_unit_test(test_selector_match),
		cmocka_unit_test(test_parse_single_code_is_exact),
		cmocka_unit_test(test_parse_selectors),
		cmocka_unit_test(test_parse_words),
		cmocka_unit_test(test_parse_phrase),
		cmocka_unit_test(test_parse_fields),
		cmocka_unit_test(test_parse_mixture),
		cmocka_unit_test(test_parse_numbers_in_search),
		cmocka_unit_test(test_parse_long_numbers_are_words),
		cmocka_unit_test(test_parse_selectors_only_rejects_words),
		cmocka_unit_test(test_parse_malformed),
		cmocka_unit_test(test_parse_empty_query_matches_everything),
		cmocka_unit_test(test_parse_tab_separates_terms),
		cmocka_unit_test(test_fold_timeout_variants),
		cmocka_unit_test(test_fold_keeps_the_words_as_written),
		cmocka_unit_test(test_fold_request_uri),
		cmocka_unit_test(test_run_timeout),
		cmocka_unit_test(test_run_finds_the_words_as_written),
		cmocka_unit_test(test_run_finds_typos_both_ways),
		cmocka_unit_test(test_run_teap_finds_418_only),
		cmocka_unit_test(test_run_plurals_and_spellings),
		cmocka_unit_test(test_suggest),
		cmocka_unit_test(test_suggest_nothing),
		cmocka_unit_test(test_run_mask_restricts_words),
		cmocka_unit_test(test_run_404_finds_exactly_404),
		cmocka_unit_test(test_run_selectors_in_code_order),
		cmocka_unit_test(test_run_nothing),
		cmocka_unit_test(test_rank_prefix_then_word_then_text),
		cmocka_unit_test(test_rank_prefix_is_the_first_word),
		cmocka_unit_test(test_rank_fields),
		cmocka_unit_test(test_rank_of_hidden_entry_does_not_count),
		cmocka_unit_test(test_rank_prefix_follows_typed_order),
		cmocka_unit_test(test_query_rank_values),
		cmocka_unit_test_setup_teardown(test_rank_words_as_written_and_folded, setup_var_cat,
						teardown_var_cat),
		cmocka_unit_test(test_hide_nginx_keeps_esris_499),
		cmocka_unit_test(test_only_esri),
		cmocka_unit_test(test_hide_then_only),
		cmocka_unit_test(test_standard_filter),
		cmocka_unit_test(test_source_filter),
		cmocka_unit_test(test_unknown_vendor_group),
		cmocka_unit_test(test_unknown_source_lists_every_source),
		cmocka_unit_test(test_filter_entry_class_is_standard),
		cmocka_unit_test(test_entry_visible_agrees_with_run),
		cmocka_unit_test(test_narrows),
		cmocka_unit_test(test_run_within_equals_run),
		cmocka_unit_test(test_run_within_keeps_to_the_candidates),
		cmocka_unit_test_setup_teardown(test_typing_narrows_like_a_fresh_search, setup_var_cat,
						teardown_var_cat),
		cmocka_unit_test(test_spans),
		cmocka_unit_test(test_spans_end_with_the_match),
		cmocka_unit_test(test_spans_cover_the_whole_match),
		cmocka_unit_test(test_conflicts_filter),
		cmocka_unit_test(test_conflicts_agrees_with_the_entries),
		cmocka_unit_test(test_visible_next_walks_the_visible_entries),
		cmocka_unit_test(test_for_visible_macro),
		cmocka_unit_test(test_selector_code_and_class),
		cmocka_unit_test(test_spec_apply),
		cmocka_unit_test(test_spec_apply_some_parts),
		cmocka_unit_test(test_spec_apply_over_a_filter),
		cmocka_unit_test(test_spec_errors),
		cmocka_unit_test(test_spec_parts),
	};

	return cmocka_run_group_tests_name("query", tests, setup_rank_cat, teardown_rank_cat);
}
