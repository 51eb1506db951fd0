/* Tests of what the list shows of a code: its facts under the filters
 * (query_code_facts), its marks (query_code_marks, long and brief), and
 * the one legend table every mark comes from, which the help, the status
 * bar and the man page read. */
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

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

static const struct catalog *const E = &embedded_catalog;

/* A code's name and marks come from the entries the filter leaves: hiding
 * nginx leaves 499 Esri's "Token required", one name and no nginx mark. */
static void facts_under(const char *hide, const char *only, const char *sources, int code,
			struct code_info *out)
{
	struct filter f;
	char err[QUERY_ERRLEN];

	filter_init(&f);
	if (hide)
		assert_int_equal(filter_hide_vendors(&f, hide, false, err), 0);
	if (only)
		assert_int_equal(filter_hide_vendors(&f, only, true, err), 0);
	if (sources)
		assert_int_equal(filter_only_sources(&f, &embedded_catalog, sources, err), 0);
	query_code_facts(&embedded_catalog, &f, catalog_code(&embedded_catalog, code), out);
	filter_free(&f);
}

static void test_code_facts_follow_the_filter(void **state)
{
	const struct code_info *all499 = catalog_code(&embedded_catalog, 499);
	struct code_info ci;

	(void)state;
	facts_under(NULL, NULL, NULL, 499, &ci);
	assert_string_equal(ci.name, all499->name);
	assert_int_equal(ci.nnames, all499->nnames);
	assert_int_equal(ci.nnames, 2);
	assert_true(ci.clash);

	facts_under("nginx", NULL, NULL, 499, &ci);
	assert_string_equal(ci.name, "Token required");
	assert_int_equal(ci.nnames, 1);
	assert_false(ci.clash);
	assert_int_equal(ci.vendors, VENDOR_BIT(VENDOR_ESRI));
	assert_int_equal(ci.count, all499->count);   /* still the code's entries */

	facts_under(NULL, "google", NULL, 308, &ci);
	assert_string_equal(ci.name, "Resume Incomplete");
	assert_int_equal(ci.nnames, 1);

	facts_under(NULL, NULL, "cn-v1", 408, &ci);
	assert_string_equal(ci.name, "Request Time-out");

	/* the registry's name once the registry is back */
	facts_under(NULL, NULL, "cn-v1,iana", 408, &ci);
	assert_string_equal(ci.name, "Request Timeout");

	/* the star is restapitutorial's: gone with its sources */
	facts_under(NULL, NULL, "iana,wikipedia", 404, &ci);
	assert_false(ci.top10);
	assert_int_equal(ci.reg, REG_REGISTERED);
	facts_under(NULL, NULL, "rest-rfc", 404, &ci);
	assert_true(ci.top10);

	/* the registry status is the code's, whatever is hidden */
	facts_under(NULL, NULL, "wikipedia", 451, &ci);
	assert_int_equal(ci.reg, REG_REGISTERED);
	assert_int_equal(ci.nnames, 2);
	facts_under("microsoft", NULL, "wikipedia", 451, &ci);
	assert_int_equal(ci.nnames, 1);
	assert_int_equal(ci.vendors, VENDOR_BIT(VENDOR_STANDARD));
}

/* The marks query_code_marks gives code under the filters, joined by
 * spaces, with their kinds as letters (s n v r) in kinds. */
static void marks_under(const char *hide, const char *sources, int code, bool brief,
			char *buf, size_t size, char *kinds)
{
	struct code_info ci;
	struct code_mark m[QUERY_MARKS_MAX];
	size_t n, used = 0;

	facts_under(hide, NULL, sources, code, &ci);
	n = query_code_marks(&ci, brief, m);
	assert_true(n <= QUERY_MARKS_MAX);
	buf[0] = '\0';
	for (size_t i = 0; i < n; i++) {
		used += (size_t)snprintf(buf + used, size - used, "%s%s", i ? " " : "", m[i].text);
		kinds[i] = "snvr"[m[i].kind];
	}
	kinds[n] = '\0';
}

/* --list and the browser's list mark a code alike, the one long, the
 * other brief: from what the filters leave of it. */
static void test_code_marks(void **state)
{
	static const struct {
		const char *hide, *sources;
		int code;
		const char *lng, *brief, *kinds;
	} cases[] = {
		{ NULL, NULL, 404, "*", "*", "s" },
		{ NULL, "iana,wikipedia", 404, "", "", "" },   /* the star is REST's */
		{ NULL, NULL, 499, "!2 nginx esri unregistered", "!2 nginx esri unreg", "nvvr" },
		{ "nginx", NULL, 499, "esri unregistered", "esri unreg", "vr" },
		/* 520 is Microsoft's and CloudFlare's, in one entry: hiding
		 * cloudflare leaves the entry, and Microsoft's mark alone */
		{ NULL, NULL, 520, "microsoft cloudflare unregistered", "ms cf unreg", "vvr" },
		{ "cloudflare", NULL, 520, "microsoft unregistered", "ms unreg", "vr" },
		{ NULL, NULL, 306, "!2 unused", "!2 unused", "nr" },
		{ NULL, NULL, 422, "!3 webdav +unofficial", "!3 dav +unoff", "nvv" },
	};
	char buf[128], kinds[QUERY_MARKS_MAX + 1];

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		marks_under(cases[i].hide, cases[i].sources, cases[i].code, false, buf, sizeof(buf),
			    kinds);
		if (strcmp(buf, cases[i].lng) != 0)
			print_error("%d: '%s'\n", cases[i].code, buf);
		assert_string_equal(buf, cases[i].lng);
		assert_string_equal(kinds, cases[i].kinds);
		marks_under(cases[i].hide, cases[i].sources, cases[i].code, true, buf, sizeof(buf),
			    kinds);
		assert_string_equal(buf, cases[i].brief);
		assert_string_equal(kinds, cases[i].kinds);
	}
}

/* An expired temporary registration (104's, after 2026-11-13) is marked
 * "expired" in both forms; before that date, "temporary" and "temp". */
static void test_code_marks_expired(void **state)
{
	bool expired = catalog_code_expired(catalog_code(E, 104));
	char buf[128], kinds[QUERY_MARKS_MAX + 1];

	(void)state;
	marks_under(NULL, NULL, 104, false, buf, sizeof(buf), kinds);
	assert_string_equal(buf, expired ? "expired" : "temporary");
	assert_string_equal(kinds, "r");
	marks_under(NULL, NULL, 104, true, buf, sizeof(buf), kinds);
	assert_string_equal(buf, expired ? "expired" : "temp");
}

/* ---- the legend of the marks ------------------------------------------------- */

/* Is m's text its legend row's form (brief or full; "!N" with N its count)? */
static void assert_mark_is_its_legend(const struct code_mark *m, bool brief)
{
	const struct mark_legend *l = m->legend;
	char want[32];

	assert_non_null(l);
	assert_true(l >= query_marks_legend && l < query_marks_legend + query_nmarks_legend);
	assert_int_equal(m->kind, l->kind);
	if (l->kind == MARK_NAMES) {
		assert_string_equal(l->brief, "!N");
		assert_string_equal(l->full, "!N");
		snprintf(want, sizeof(want), "!%u", m->count);
	} else {
		snprintf(want, sizeof(want), "%s", brief ? l->brief : l->full);
	}
	assert_string_equal(m->text, want);
}

/* Every mark query_code_marks can give, over every combination of the
 * facts it reads (the star, 0 to 3 names, each group, each registry
 * status, a temporary one expired or not), is a row of the legend in one
 * of its forms; every row of the legend is some mark. */
static void test_every_mark_has_a_legend_row(void **state)
{
	static const char *const expires[] = { "", "2001-01-01", "2999-01-01" };
	bool used[64] = { false };

	(void)state;
	assert_true(query_nmarks_legend <= ARRAY_SIZE(used));
	for (unsigned bits = 0; bits < 2 * 4 * (VENDOR_COUNT + 1) * 5 * 3; bits++) {
		struct code_info ci = { .code = 299, .name = "x" };
		struct code_mark m[QUERY_MARKS_MAX];
		unsigned v = bits / 40 % (VENDOR_COUNT + 1);

		ci.top10 = bits % 2;
		ci.nnames = (unsigned char)(bits / 2 % 4);
		ci.vendors = (unsigned short)(v == VENDOR_COUNT ? VENDOR_ALL : VENDOR_BIT(v));
		ci.reg = (unsigned char)(bits / 8 % 5);
		ci.expires = expires[bits / (40 * (VENDOR_COUNT + 1)) % 3];
		for (int brief = 0; brief < 2; brief++) {
			size_t n = query_code_marks(&ci, brief, m);

			assert_true(n <= QUERY_MARKS_MAX);
			for (size_t i = 0; i < n; i++) {
				assert_mark_is_its_legend(&m[i], brief);
				used[m[i].legend - query_marks_legend] = true;
			}
		}
	}
	for (size_t r = 0; r < query_nmarks_legend; r++) {
		if (!used[r])
			print_error("legend row %zu (%s) is no mark\n", r, query_marks_legend[r].full);
		assert_true(used[r]);
	}
}

/* The same over the catalog: every code's marks under a few filters, each
 * found in the legend by its text alone (not by the row it points to),
 * and no two rows with one form. */
static void test_catalog_marks_are_in_the_legend(void **state)
{
	static const char *const hide[] = { NULL, "standard", "nginx,cloudflare", "unofficial" };

	(void)state;
	for (size_t a = 0; a < query_nmarks_legend; a++)
		for (size_t b = a + 1; b < query_nmarks_legend; b++) {
			assert_string_not_equal(query_marks_legend[a].brief, query_marks_legend[b].brief);
			assert_string_not_equal(query_marks_legend[a].full, query_marks_legend[b].full);
		}
	for (size_t h = 0; h < ARRAY_SIZE(hide); h++)
		for (size_t i = 0; i < E->ncodes; i++)
			for (int brief = 0; brief < 2; brief++) {
				struct code_info ci;
				struct code_mark m[QUERY_MARKS_MAX];
				size_t n;

				facts_under(hide[h], NULL, NULL, E->codes[i].code, &ci);
				n = query_code_marks(&ci, brief, m);
				for (size_t k = 0; k < n; k++) {
					bool found = m[k].text[0] == '!';

					for (size_t r = 0; r < query_nmarks_legend && !found; r++)
						found = strcmp(m[k].text, brief ? query_marks_legend[r].brief
							       : query_marks_legend[r].full) == 0;
					if (!found)
						print_error("%d: '%s' is not in the legend\n", ci.code, m[k].text);
					assert_true(found);
				}
			}
}

/* A code the registry has in use is no unofficial code: its unofficial
 * entry is marked "+unoff", whatever else the filters leave of it; an
 * unofficial code, or one the registry has only as unused (418, the
 * teapot), is "unoff". */
static void test_unofficial_entry_of_a_registered_code(void **state)
{
	static const struct {
		const char *hide;
		int code;
		const char *lng, *brief;
	} cases[] = {
		{ NULL, 421, "!2 +unofficial", "!2 +unoff" },
		{ "standard", 421, "+unofficial", "+unoff" },
		{ "standard,webdav", 422, "+unofficial", "+unoff" },
		{ "unofficial", 421, "", "" },
		{ NULL, 418, "!2 unofficial unused", "!2 unoff unused" },
		{ NULL, 599, "unofficial unregistered", "unoff unreg" },
	};
	char buf[128], kinds[QUERY_MARKS_MAX + 1];

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		marks_under(cases[i].hide, NULL, cases[i].code, false, buf, sizeof(buf), kinds);
		assert_string_equal(buf, cases[i].lng);
		marks_under(cases[i].hide, NULL, cases[i].code, true, buf, sizeof(buf), kinds);
		assert_string_equal(buf, cases[i].brief);
	}
}

/* What the status bar spells out: the legend's meaning, N in words. */
static void test_mark_meaning(void **state)
{
	static const struct {
		int code;
		const char *hide;
		size_t mark;
		const char *text, *meaning;
	} cases[] = {
		{ 451, NULL, 0, "!2", "two names in the sources" },
		{ 451, NULL, 1, "ms", "Microsoft extension" },
		{ 413, NULL, 0, "!3", "three names in the sources" },
		{ 404, NULL, 0, "*", "in the REST tips' top 10" },
		{ 499, "esri", 1, "unreg", "not in the IANA registry" },
	};
	char buf[128];
	struct code_mark m;

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct code_info ci;
		struct code_mark ms[QUERY_MARKS_MAX];
		size_t n;

		facts_under(cases[i].hide, NULL, NULL, cases[i].code, &ci);
		n = query_code_marks(&ci, true, ms);
		assert_true(cases[i].mark < n);
		assert_string_equal(ms[cases[i].mark].text, cases[i].text);
		query_mark_meaning(&ms[cases[i].mark], buf, sizeof(buf));
		assert_string_equal(buf, cases[i].meaning);
	}
	m = (struct code_mark){ MARK_NAMES, "!12", &query_marks_legend[1], 12 };
	assert_int_equal(query_marks_legend[1].kind, MARK_NAMES);
	query_mark_meaning(&m, buf, sizeof(buf));
	assert_string_equal(buf, "12 names in the sources");
}

/* The man page's MARKS section lists every mark of the legend in its
 * forms, as the page writes them in bold: "\fBms\fR, \fBmicrosoft\fR",
 * "\fB!\fIN\fR". (The tests run from the top of the source tree.) */
static void test_man_page_lists_the_marks(void **state)
{
	FILE *f = fopen("src/httpcodes.1", "r");
	char *page = calloc(1, 1 << 16), *marks, *end;
	size_t n;

	(void)state;
	assert_non_null(f);
	assert_non_null(page);
	n = fread(page, 1, (1 << 16) - 1, f);
	fclose(f);
	assert_true(n > 0);
	marks = strstr(page, "\n.SH MARKS\n");
	assert_non_null(marks);
	end = strstr(marks + 1, "\n.SH ");
	if (end)
		*end = '\0';
	for (size_t r = 0; r < query_nmarks_legend; r++) {
		const struct mark_legend *l = &query_marks_legend[r];
		const char *forms[2] = { l->brief, l->full };

		for (int k = 0; k < 2; k++) {
			char want[64];

			if (l->kind == MARK_NAMES)
				snprintf(want, sizeof(want), "\\fB!\\fIN\\fR");
			else
				snprintf(want, sizeof(want), "\\fB%s\\fR", forms[k]);
			if (!strstr(marks, want))
				print_error("the man page's MARKS lack %s\n", want);
			assert_non_null(strstr(marks, want));
		}
	}
	free(page);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_code_facts_follow_the_filter),
		cmocka_unit_test(test_code_marks),
		cmocka_unit_test(test_code_marks_expired),
		cmocka_unit_test(test_every_mark_has_a_legend_row),
		cmocka_unit_test(test_catalog_marks_are_in_the_legend),
		cmocka_unit_test(test_unofficial_entry_of_a_registered_code),
		cmocka_unit_test(test_mark_meaning),
		cmocka_unit_test(test_man_page_lists_the_marks),
	};

	return cmocka_run_group_tests_name("marks", tests, NULL, NULL);
}
