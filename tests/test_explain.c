/* Tests of the explanations of what shows nothing, over the embedded
 * catalog: a code no source defines (and its class, or that it is none),
 * a code hidden by the filters (which parts are named: one --hide, two,
 * --only and --source that add up, --standard, named last), masks and
 * ranges with no code or with every entry hidden, the words searched for,
 * --conflicts, and when a selection counts as shown. The expected
 * sentences are the ones the one-shot outputs have always printed. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "catalog.h"
#include "explain.h"
#include "query.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

static const struct catalog *const E = &embedded_catalog;

/* ---- helpers ------------------------------------------------------------- */

/* A run as the command line would make it: the filter parts, the filter
 * they make, and the query (the words searched for and the selections). */
struct run {
	struct filter_spec spec;
	struct filter f;
	struct query q;
	struct explain_run r;
};

/* args: options as typed ("--hide", "nginx", "--standard"), NULL-ended;
 * search: the words (-s), NULL for none; sels: the codes, masks, ranges. */
static void run_start(struct run *run, const char *const *args, const char *search,
		      const char *sels)
{
	static const struct {
		const char *opt;
		enum filter_part_kind kind;
	} opts[] = {
		{ "--hide", FILTER_HIDE }, { "--only", FILTER_ONLY }, { "--source", FILTER_SOURCE },
		{ "--standard", FILTER_STANDARD }, { "--conflicts", FILTER_CONFLICTS },
	};
	char err[QUERY_ERRLEN] = "", qs[256];

	memset(run, 0, sizeof(*run));
	for (size_t i = 0; args && args[i]; i++) {
		size_t k = 0;

		while (k < ARRAY_SIZE(opts) && strcmp(opts[k].opt, args[i]) != 0)
			k++;
		assert_true(k < ARRAY_SIZE(opts));
		if (opts[k].kind == FILTER_STANDARD || opts[k].kind == FILTER_CONFLICTS)
			filter_spec_add(&run->spec, opts[k].kind, NULL);
		else
			filter_spec_add(&run->spec, opts[k].kind, args[++i]);
	}
	filter_init(&run->f);
	assert_int_equal(filter_spec_apply(&run->spec, NULL, E, &run->f, err), 0);
	snprintf(qs, sizeof(qs), "%s %s", search ? search : "", sels ? sels : "");
	if (query_parse(qs, false, &run->q, err) < 0)
		print_error("%s: %s\n", qs, err);
	assert_string_equal(err, "");
	run->r = (struct explain_run){ E, &run->spec, &run->f, search ? &run->q : NULL };
}

static void run_end(struct run *run)
{
	filter_spec_free(&run->spec);
	filter_free(&run->f);
	query_free(&run->q);
}

static void assert_text(char *got, const char *want)
{
	if (strcmp(got, want) != 0)
		print_error("got  '%s'\nwant '%s'\n", got, want);
	assert_string_equal(got, want);
	free(got);
}

/* Why code shows nothing under args and search. */
static void check_code(const char *const *args, const char *search, int code, const char *want)
{
	struct run run;
	char *got;

	run_start(&run, args, search, NULL);
	got = explain_code(&run.r, code);
	run_end(&run);
	assert_text(got, want);
}

/* Why the selection sel (one code, mask or range) shows nothing, with the
 * class records counted (the entries' output) or not (the list's). */
static void check_sel(const char *const *args, const char *search, const char *sel,
		      bool classes, const char *want)
{
	struct run run;
	char *got;

	run_start(&run, args, search, sel);
	assert_int_equal(run.q.nsels, 1);
	got = explain_selector(&run.r, &run.q.sels[0], classes);
	run_end(&run);
	assert_text(got, want);
}

#define ARGS(...) ((const char *const[]){ __VA_ARGS__, NULL })

/* The filters hide code: the sentence naming the parts that do (as
 * typed, in this order). */
static void check_hidden(const char *const *args, int code, const char *parts)
{
	char want[256];

	snprintf(want, sizeof(want), "%03d is defined, but the filters hide it (%s).", code, parts);
	check_code(args, NULL, code, want);
}


/* ---- no source defines it ------------------------------------------------ */

static void test_code_no_source_defines(void **state)
{
	static const char want299[] = "No source defines 299.\n\n2xx means Success: This class of "
		"status code indicates that the client's request was successfully received, "
		"understood, and accepted. (REST: RFC text)";
	char *got;

	(void)state;
	got = explain_missing(E, 299);
	assert_text(got, want299);
	/* the same whatever the filters: the code has no entry to hide */
	check_code(NULL, NULL, 299, want299);
	check_code(ARGS("--hide", "standard", "--standard"), "teapot", 299, want299);
	check_sel(ARGS("--only", "esri"), NULL, "299", true, want299);
}

static void test_code_of_no_class(void **state)
{
	static const char want[] = "No source defines 600.\n\n"
		"6xx is not a class of HTTP status codes: the classes are 1xx to 5xx.";

	(void)state;
	assert_text(explain_missing(E, 600), want);
	check_code(NULL, NULL, 600, want);
	check_sel(NULL, NULL, "600-600", true, want);
	assert_text(explain_missing(E, 7), "No source defines 007.\n\n"
		    "0xx is not a class of HTTP status codes: the classes are 1xx to 5xx.");
}

/* The class's meaning is the first paragraph of the first class record
 * that has a text, with its source. */
static void test_code_no_source_defines_first_paragraph(void **state)
{
	const struct entry *cls = NULL;
	char *got, *want;
	const char *end;

	(void)state;
	for (size_t i = 0; i < E->nclasses && !cls; i++)
		if (E->classes[i].code == 100 && E->classes[i].text[0])
			cls = &E->classes[i];
	assert_non_null(cls);
	end = strstr(cls->text, "\n\n");
	assert_non_null(end);       /* more than one paragraph: the test cuts */
	want = malloc(strlen(cls->text) + 200);
	assert_non_null(want);
	sprintf(want, "No source defines 199.\n\n1xx means Informational: %.*s (%s)",
		(int)(end - cls->text), cls->text, E->sources[cls->source].label);
	got = explain_missing(E, 199);
	assert_text(got, want);
	free(want);
}

/* ---- the filters hide it --------------------------------------------------- */

static void test_hidden_by_one_hide(void **state)
{
	(void)state;
	check_code(ARGS("--hide", "nginx"), NULL, 444,
		   "444 is defined, but the filters hide it (--hide nginx).");
	/* a --hide that hides none of its entries is not named */
	check_hidden(ARGS("--hide", "esri", "--hide", "nginx"), 444, "--hide nginx");
	assert_text(explain_hidden(444, "the filters hide it (--hide nginx)"),
		    "444 is defined, but the filters hide it (--hide nginx).");
}

/* 499 is nginx's and Esri's: each --hide hides some of its entries. */
static void test_hidden_by_two_hides(void **state)
{
	(void)state;
	check_hidden(ARGS("--hide", "nginx", "--hide", "esri"), 499, "--hide nginx --hide esri");
	check_hidden(ARGS("--hide", "esri", "--hide", "google", "--hide", "nginx"), 499,
		     "--hide esri --hide nginx");
	check_hidden(ARGS("--hide", "nginx,esri"), 499, "--hide nginx,esri");
	/* 520's entry is Microsoft's and CloudFlare's: neither --hide hides
	 * it alone, and it shows without either: both are named */
	check_hidden(ARGS("--hide", "microsoft", "--hide", "cloudflare"), 520,
		     "--hide microsoft --hide cloudflare");
}

static void test_hidden_by_only(void **state)
{
	(void)state;
	check_hidden(ARGS("--only", "esri"), 404, "--only esri");
	/* repeated, they add up: both are named, as one list would be */
	check_hidden(ARGS("--only", "esri", "--only", "nginx"), 404, "--only esri --only nginx");
	/* each part hides some of 499 alone */
	check_hidden(ARGS("--hide", "nginx,esri", "--only", "standard"), 499,
		     "--hide nginx,esri --only standard");
}

static void test_hidden_by_source(void **state)
{
	(void)state;
	check_hidden(ARGS("--source", "iana"), 444, "--source iana");
	check_hidden(ARGS("--source", "cn-v1", "--source", "iana"), 420,
		     "--source cn-v1 --source iana");
	/* in the order typed */
	check_hidden(ARGS("--source", "iana", "--hide", "nginx"), 444, "--source iana --hide nginx");
	check_hidden(ARGS("--hide", "nginx", "--source", "iana"), 444, "--hide nginx --source iana");
}

/* --standard hides a code the registry does not have in use (306, only
 * "(Unused)"; 104 once its temporary registration expired), and is named
 * last, wherever it was typed. */
static void test_hidden_by_standard(void **state)
{
	(void)state;
	check_hidden(ARGS("--standard"), 306, "--standard");
	check_hidden(ARGS("--standard", "--source", "cn-v1"), 418, "--source cn-v1 --standard");
	check_hidden(ARGS("--standard", "--hide", "nginx"), 444, "--hide nginx --standard");
	if (catalog_code_expired(catalog_code(E, 104)))
		check_hidden(ARGS("--standard"), 104, "--standard");
	else    /* before 2026-11-13: in use, so shown; nothing hides it */
		assert_true(catalog_in_use(E, 104));
}

/* ---- masks and ranges ----------------------------------------------------------- */

static void test_mask_or_range_with_nothing(void **state)
{
	(void)state;
	check_sel(NULL, NULL, "290-299", true,
		  "No source defines a code in 290-299; 2xx means Success.");
	check_sel(NULL, NULL, "2x9", true, "No source defines a code in 2x9; 2xx means Success.");
	check_sel(NULL, NULL, "6xx", true,
		  "6xx is not a class of HTTP status codes: the classes are 1xx to 5xx.");
	check_sel(NULL, NULL, "6**", false,
		  "6xx is not a class of HTTP status codes: the classes are 1xx to 5xx.");
	check_sel(NULL, NULL, "60x", true,
		  "No source defines a code in 60x: 6xx is not a class (they are 1xx to 5xx).");
	check_sel(NULL, NULL, "605-610", true,
		  "No source defines a code in 605-610: 6xx is not a class (they are 1xx to 5xx).");
	check_sel(NULL, NULL, "600-799", true,
		  "No source defines a code in 600-799: HTTP status classes are 1xx to 5xx.");
}

static void test_mask_hidden_by_the_filters(void **state)
{
	struct selector sel;
	char err[QUERY_ERRLEN];

	(void)state;
	check_sel(ARGS("--hide", "nginx", "--hide", "esri"), NULL, "49x", true,
		  "49x has entries, but the filters hide them (--hide nginx --hide esri).");
	check_sel(ARGS("--only", "esri"), NULL, "100-199", true,
		  "100-199 has entries, but the filters hide them (--only esri).");
	/* 5xx: its class records too, which --only nginx hides */
	check_sel(ARGS("--only", "nginx"), NULL, "5xx", true,
		  "5xx has entries, but the filters hide them (--only nginx).");
	assert_int_equal(selector_parse("44x", &sel, err), 0);
	assert_text(explain_hidden_sel(&sel, "the filters hide them"),
		    "44x has entries, but the filters hide them.");
}

/* ---- the words, --conflicts -------------------------------------------------------- */

static void test_words_searched_for(void **state)
{
	(void)state;
	check_code(NULL, "teapot", 404,
		   "404 is defined, but none of its entries has the words searched for.");
	check_sel(NULL, "teapot", "50x", true,
		  "50x has entries, but none has the words searched for.");
	/* hidden first: the filters are what to change */
	check_code(ARGS("--hide", "nginx"), "teapot", 444,
		   "444 is defined, but the filters hide it (--hide nginx).");
}

static void test_conflicts_hides(void **state)
{
	(void)state;
	check_code(ARGS("--conflicts"), NULL, 404,
		   "404 is defined, but --conflicts hides it: its visible entries give it one name.");
	/* 499 has two names, one once nginx is hidden */
	check_code(ARGS("--hide", "nginx", "--conflicts"), NULL, 499,
		   "499 is defined, but --conflicts hides it: its visible entries give it one name.");
	check_sel(ARGS("--conflicts"), NULL, "2xx", true,
		  "2xx has entries, but --conflicts hides them: no code there has two names.");
	/* a whole class's records show whatever the words, but not under
	 * --conflicts; a mask that is no class has no records */
	check_sel(ARGS("--conflicts"), "zzz", "1xx", true,
		  "1xx has entries, but --conflicts hides them: no code there has two names.");
	check_sel(ARGS("--conflicts"), "zzz", "10x", true,
		  "10x has entries, but none has the words searched for.");
}

/* ---- what counts as shown ----------------------------------------------------------- */

/* explain_shown for each selection of sels under args and search, as
 * query_run leaves the hits; want[i] for the i-th, classes as given. */
static void check_shown(const char *const *args, const char *search, const char *sels,
			bool classes, const bool *want)
{
	struct run run;
	struct hit *hits;
	size_t n;

	run_start(&run, args, search, sels);
	n = query_run(E, &run.q, &run.f, &hits);
	for (size_t i = 0; i < run.q.nsels; i++) {
		if (explain_shown(&run.r, &run.q.sels[i], classes, hits, n) != want[i])
			print_error("'%s' selection %zu\n", sels, i);
		assert_int_equal(explain_shown(&run.r, &run.q.sels[i], classes, hits, n), want[i]);
	}
	free(hits);
	run_end(&run);
}

static void test_shown(void **state)
{
	(void)state;
	check_shown(NULL, NULL, "404 299 4xx 290-299 6xx", true,
		    (const bool[]){ true, false, true, false, false });
	check_shown(ARGS("--hide", "nginx"), NULL, "444 499 49x", true,
		    (const bool[]){ false, true, true });
	/* no code of 1xx has the words, but its class records show in the
	 * entries' output (not in the list's, nor under --conflicts) */
	check_shown(NULL, "zzz", "1xx 404", true, (const bool[]){ true, false });
	check_shown(NULL, "zzz", "1xx", false, (const bool[]){ false });
	check_shown(ARGS("--conflicts"), NULL, "1xx", true, (const bool[]){ false });
	check_shown(ARGS("--only", "esri"), "zzz", "1xx", true, (const bool[]){ false });
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_code_no_source_defines),
		cmocka_unit_test(test_code_of_no_class),
		cmocka_unit_test(test_code_no_source_defines_first_paragraph),
		cmocka_unit_test(test_hidden_by_one_hide),
		cmocka_unit_test(test_hidden_by_two_hides),
		cmocka_unit_test(test_hidden_by_only),
		cmocka_unit_test(test_hidden_by_source),
		cmocka_unit_test(test_hidden_by_standard),
		cmocka_unit_test(test_mask_or_range_with_nothing),
		cmocka_unit_test(test_mask_hidden_by_the_filters),
		cmocka_unit_test(test_words_searched_for),
		cmocka_unit_test(test_conflicts_hides),
		cmocka_unit_test(test_shown),
	};

	return cmocka_run_group_tests_name("explain", tests, NULL, NULL);
}
