/* Tests of compare (src/compare.c): the columns compare_default chooses
 * on the embedded catalog (one per meaning when names clash, else the two
 * longest texts), under filters too; compare_set, toggle, swap and find;
 * the neighbours' marks, same_as_left and identical (on a small user
 * catalog whose sources have identical texts); compare_spans, the headers,
 * and compare_layout over every column count and width.
 * Expected columns are worked out here from the catalog and the rule the
 * header states, not from compare.c. */
#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "catalog.h"
#include "compare.h"
#include "diff.h"
#include "query.h"
#include "recfile.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define MAXCOLS 64

static const struct catalog *const E = &embedded_catalog;

/* ---- helpers ------------------------------------------------------------- */

static const struct code_info *code(const struct catalog *c, int n)
{
	const struct code_info *ci = catalog_code(c, n);

	if (!ci)
		print_error("no code %d\n", n);
	assert_non_null(ci);
	return ci;
}

/* The entry of code n from the source with this id and this name (NULL:
 * the source's first entry of n). */
static const struct entry *entry_of(const struct catalog *c, int n, const char *source,
				    const char *name)
{
	const struct code_info *ci = code(c, n);

	for (unsigned k = ci->first; k < ci->first + ci->count; k++) {
		const struct entry *e = &c->entries[k];

		if (strcmp(c->sources[e->source].id, source) == 0 &&
		    (!name || strcmp(e->name, name) == 0))
			return e;
	}
	print_error("no entry of %d from %s named %s\n", n, source, name ? name : "(any)");
	fail();
	return NULL;
}

static void print_cols(const struct compare *cmp)
{
	for (size_t i = 0; i < cmp->ncols; i++) {
		const struct entry *e = cmp->cols[i].e;

		print_error("  column %zu: %s '%s'\n", i, cmp->cat->sources[e->source].id, e->name);
	}
}

/* The columns are exactly want[0..n), in this order. */
static void assert_cols(const struct compare *cmp, const struct entry *const *want, size_t n)
{
	bool ok = cmp->ncols == n;

	for (size_t i = 0; ok && i < n; i++)
		ok = cmp->cols[i].e == want[i];
	if (!ok) {
		print_error("%zu columns, want %zu:\n", cmp->ncols, n);
		print_cols(cmp);
		for (size_t i = 0; i < n; i++)
			print_error("  want %zu: %s '%s'\n", i, cmp->cat->sources[want[i]->source].id,
				    want[i]->name);
	}
	assert_int_equal(cmp->ncols, n);
	for (size_t i = 0; i < n; i++)
		assert_ptr_equal(cmp->cols[i].e, want[i]);
}

/* How long an entry's text counts for choosing: a registry record shows
 * one short line of facts (more than no text, less than any text). */
static size_t weight(const struct entry *e)
{
	return e->reg ? 1 : strlen(e->text);
}

/* After the n named columns of best: a column for each meaning given
 * without a name, the visible unnamed entries in groups none of the named
 * visible entries has (those sharing a group one meaning: its heaviest,
 * the first on ties). Returns the columns now. */
static size_t unnamed_meanings(const struct catalog *c, const struct code_info *ci,
			       const struct filter *f, const struct entry **best, size_t n)
{
	unsigned named = 0;
	size_t first = n;

	for (unsigned k = ci->first; k < ci->first + ci->count; k++)
		if (c->entries[k].fname[0] && filter_entry(f, c, &c->entries[k]))
			named |= c->entries[k].vendor;
	for (unsigned k = ci->first; named && k < ci->first + ci->count; k++) {
		const struct entry *e = &c->entries[k];
		size_t j = first;

		if (e->fname[0] || (e->vendor & named) || !filter_entry(f, c, e))
			continue;
		while (j < n && !(best[j]->vendor & e->vendor))
			j++;
		if (j == n) {
			assert_true(n < MAXCOLS);
			best[n++] = e;
		} else if (weight(e) > weight(best[j])) {
			best[j] = e;
		}
	}
	return n;
}

/* The rule of compare.h, worked out plainly: the visible named entries'
 * distinct names (folded), in the order of their first entries, then the
 * meanings given without a name; when there are two or more (a clash or a
 * rename), one column per name or meaning (its first entry of the
 * greatest weight). Otherwise the two visible entries of the
 * greatest weights (the first of equal ones), in catalog order. */
static size_t expected_default(const struct catalog *c, const struct code_info *ci,
			       const struct filter *f, const struct entry **out)
{
	const char *names[MAXCOLS];
	const struct entry *best[MAXCOLS];
	size_t n = 0, k1 = SIZE_MAX, k2 = SIZE_MAX;

	for (unsigned k = ci->first; k < ci->first + ci->count; k++) {
		const struct entry *e = &c->entries[k];
		size_t j = 0;

		if (!e->fname[0] || !filter_entry(f, c, e))
			continue;
		while (j < n && strcmp(names[j], e->fname) != 0)
			j++;
		if (j == n) {
			assert_true(n < MAXCOLS);
			names[n] = e->fname;
			best[n++] = e;
		}
		if (weight(e) > weight(best[j]))
			best[j] = e;
	}
	n = unnamed_meanings(c, ci, f, best, n);
	if (n > 1) {
		memcpy(out, best, n * sizeof(*out));
		return n;
	}
	/* the heaviest, then the heaviest of the rest whose words differ from
	 * it, else the heaviest of the rest; the first on ties */
	for (unsigned k = ci->first; k < ci->first + ci->count; k++)
		if (filter_entry(f, c, &c->entries[k]) &&
		    (k1 == SIZE_MAX || weight(&c->entries[k]) > weight(&c->entries[k1])))
			k1 = k;
	for (int pass = 0; pass < 2 && k2 == SIZE_MAX && k1 != SIZE_MAX; pass++)
		for (unsigned k = ci->first; k < ci->first + ci->count; k++)
			if (k != k1 && filter_entry(f, c, &c->entries[k]) &&
			    (pass || !compare_same_words(&c->entries[k], &c->entries[k1])) &&
			    (k2 == SIZE_MAX || weight(&c->entries[k]) > weight(&c->entries[k2])))
				k2 = k;
	n = 0;
	if (k1 != SIZE_MAX && k2 != SIZE_MAX && k2 < k1) {
		size_t t = k1;

		k1 = k2;
		k2 = t;
	}
	if (k1 != SIZE_MAX)
		out[n++] = &c->entries[k1];
	if (k2 != SIZE_MAX)
		out[n++] = &c->entries[k2];
	return n;
}

/* The text a column shows: the entry's, or the registry's facts. */
static char *shown_text(const struct entry *e)
{
	return e->reg ? catalog_registry_text(e) : strdup(e->text);
}

/* Every column's marks are those of a diff with its neighbour: the first
 * column's with the second, every other one's with the one on its left;
 * same_as_left and identical agree. Worked out with diff.c afresh. */
static void assert_neighbour_marks(const struct compare *cmp)
{
	bool identical = cmp->ncols > 1;

	for (size_t k = 0; k < cmp->ncols; k++) {
		const struct cmp_col *col = &cmp->cols[k];
		char *text = shown_text(col->e);
		struct diff_text mine, other;
		size_t o = k == 0 ? 1 : k - 1;

		assert_non_null(text);
		assert_string_equal(col->text, text);
		diff_split(text, strlen(text), &mine);
		assert_int_equal(col->words.n, mine.n);
		if (cmp->ncols > 1) {
			char *ot = shown_text(cmp->cols[o].e);

			diff_split(ot, strlen(ot), &other);
			if (k == 0)
				diff_mark(&mine, &other);
			else
				diff_mark(&other, &mine);
			if (k > 0) {
				bool same = diff_same(&other, &mine);

				assert_int_equal(col->same_as_left, same);
				identical &= same;
			}
			diff_free(&other);
			free(ot);
		}
		if (k == 0)
			assert_false(col->same_as_left);
		for (size_t i = 0; i < mine.n; i++) {
			if (col->words.w[i].unique != mine.w[i].unique)
				print_error("column %zu word %zu '%.*s': marked %d, want %d\n", k, i,
					    (int)mine.w[i].len, text + mine.w[i].off,
					    col->words.w[i].unique, mine.w[i].unique);
			assert_int_equal(col->words.w[i].off, mine.w[i].off);
			assert_int_equal(col->words.w[i].unique, mine.w[i].unique);
		}
		diff_free(&mine);
		free(text);
	}
	assert_int_equal(cmp->identical, identical);
}

/* The marked words of column k, joined by spaces. */
static const char *marked(const struct compare *cmp, size_t k, char *buf, size_t size)
{
	const struct cmp_col *col = &cmp->cols[k];
	size_t n = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < col->words.n; i++) {
		const struct diff_word *w = &col->words.w[i];

		if (w->unique)
			n += (size_t)snprintf(buf + n, size - n, "%s%.*s", n ? " " : "", (int)w->len,
					      col->text + w->off);
		assert_true(n < size);
	}
	return buf;
}

static void check_default(const struct catalog *c, int n, const struct filter *f,
			  const struct entry *const *want, size_t nwant)
{
	struct compare cmp;
	const struct entry *exp[MAXCOLS];
	size_t ne;

	compare_default(&cmp, c, code(c, n), f);
	assert_ptr_equal(cmp.cat, c);
	assert_ptr_equal(cmp.ci, code(c, n));
	assert_cols(&cmp, want, nwant);
	/* the plain rule agrees */
	ne = expected_default(c, code(c, n), f, exp);
	assert_cols(&cmp, exp, ne);
	assert_neighbour_marks(&cmp);
	compare_free(&cmp);
}

/* ---- a user catalog ------------------------------------------------------ */

/* Three sources. 299: alpha and beta say the same words (case, commas and
 * a dash apart), gamma differs by two words and is the longest. 298: two meanings (nginx's Odd,
 * Esri's Even), Odd's longest text is gamma's. 297: three meanings. 296:
 * two meanings, one of them in two texts of one length. 295: renamed, all
 * nginx's: Old Name (alpha's the longest text, gamma's "old  name" the
 * next) and New Name (beta's, the shortest). */
static const char *const user_names[] = { "alpha.rec", "beta.rec", "gamma.rec" };
static const char *const user_texts[] = {
	"Source: alpha\nLabel: Alpha\nTitle: The first\n\n"
	"Code: 299\nName: Mostly OK\nText: The request worked, mostly.\n\n"
	"Code: 298\nName: Odd\nVendor: nginx\nText: Odd one.\n\n"
	"Code: 297\nName: One\nVendor: nginx\nText: One.\n\n"
	"Code: 296\nName: Tie\nVendor: nginx\nText: Four words of text.\n\n"
	"Code: 295\nName: Old Name\nVendor: nginx\nText: The old name, and a long text.\n",
	"Source: beta\nTitle: The second\n\n"
	"Code: 299\nName: Mostly OK\nQualifier: draft\nText: the request WORKED - mostly\n\n"
	"Code: 298\nName: Even\nVendor: esri\nText: Even one, and a longer text than the others.\n\n"
	"Code: 297\nName: Two\nVendor: esri\nText: Two.\n\n"
	"Code: 296\nName: Tie\nVendor: nginx\nText: Four words in text.\n\n"
	"Code: 295\nName: New Name\nVendor: nginx\nText: New.\n",
	"Source: gamma\nTitle: The third\n\n"
	"Code: 299\nName: Mostly OK\nText: The request failed, mostly, today.\n\n"
	"Code: 298\nName: Odd\nVendor: nginx\nText: Odd one, but longer.\n\n"
	"Code: 297\nName: Three\nVendor: microsoft\nText: Three.\n\n"
	"Code: 296\nName: Apart\nVendor: esri\nText: Apart.\n\n"
	"Code: 295\nName: old  name\nVendor: nginx\nText: Old, and longer than New.\n",
};

static struct catalog user;

static int setup_user(void **state)
{
	struct rec_file files[ARRAY_SIZE(user_texts)];
	enum cb_kind kinds[ARRAY_SIZE(user_texts)];
	char err[RF_ERRLEN] = "";
	int rc;

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(user_texts); i++) {
		if (recfile_parse(user_names[i], user_texts[i], strlen(user_texts[i]), &files[i],
				  err) < 0) {
			fprintf(stderr, "%s\n", err);
			return -1;
		}
		kinds[i] = CB_USER;
	}
	rc = catalog_build(&user, NULL, files, user_names, kinds, ARRAY_SIZE(user_texts), err);
	for (size_t i = 0; i < ARRAY_SIZE(user_texts); i++)
		recfile_free(&files[i]);
	if (rc < 0)
		fprintf(stderr, "%s\n", err);
	return rc;
}

static int teardown_user(void **state)
{
	(void)state;
	catalog_free(&user);
	return 0;
}

/* ---- compare_default on the embedded catalog --------------------------------- */

/* 451: the legal reasons (the Wikipedia list's, the longest of that name;
 * httpstatuses has no text, IANA only facts) beside Microsoft's Redirect. */
static void test_default_451_one_column_per_meaning(void **state)
{
	struct filter f;
	const struct entry *want[] = {
		entry_of(E, 451, "wikipedia", "Unavailable For Legal Reasons"),
		entry_of(E, 451, "wikipedia", "Redirect"),
	};

	(void)state;
	filter_init(&f);
	check_default(E, 451, &f, want, 2);
	assert_string_equal(want[1]->qualifier, "Microsoft");
	filter_free(&f);
}

static void test_default_499_nginx_beside_esri(void **state)
{
	struct filter f;
	const struct entry *want[] = {
		entry_of(E, 499, "rest-wiki", "Client Closed Request"),
		entry_of(E, 499, "wikipedia", "Token required"),
	};

	(void)state;
	filter_init(&f);
	/* REST: Wikipedia's nginx text is longer than the Wikipedia list's */
	assert_true(strlen(want[0]->text) >
		    strlen(entry_of(E, 499, "wikipedia", "Client Closed Request")->text));
	check_default(E, 499, &f, want, 2);
	assert_true(want[0]->vendor & VENDOR_BIT(VENDOR_NGINX));
	assert_true(want[1]->vendor & VENDOR_BIT(VENDOR_ESRI));
	filter_free(&f);
}

static void test_default_308_permanent_redirect_beside_google(void **state)
{
	struct filter f;
	const struct entry *want[] = {
		entry_of(E, 308, "rest-wiki", "Permanent Redirect"),
		entry_of(E, 308, "wikipedia", "Resume Incomplete"),
	};

	(void)state;
	filter_init(&f);
	check_default(E, 308, &f, want, 2);
	filter_free(&f);
}

/* 418: the teapot beside the registry's (Unused), whose column shows the
 * registry's facts. */
static void test_default_418_teapot_beside_unused(void **state)
{
	struct filter f;
	struct compare cmp;
	const struct entry *want[] = {
		entry_of(E, 418, "rest-wiki", "I'm a teapot"),
		entry_of(E, 418, "iana", "(Unused)"),
	};

	(void)state;
	filter_init(&f);
	check_default(E, 418, &f, want, 2);
	compare_default(&cmp, E, code(E, 418), &f);
	assert_string_equal(cmp.cols[1].text, "unused, [RFC9110, Section 15.5.19]");
	assert_string_equal(cmp.cols[0].text, want[0]->text);
	assert_false(cmp.identical);
	compare_free(&cmp);
	filter_free(&f);
}

/* 413: renamed (Request Entity Too Large, Payload Too Large, Content Too
 * Large), all standard: no clash, but one column per name all the same,
 * in the order the names first appear: httpstatuses' name alone, the
 * longest text of the old name (the RFC text's), the registry's current
 * name. CN's nameless text, the longest of all, is not one of them. */
static void test_default_413_one_column_per_name(void **state)
{
	struct filter f;
	const struct entry *want[] = {
		entry_of(E, 413, "httpstatuses", "Payload Too Large"),
		entry_of(E, 413, "rest-rfc", "Request Entity Too Large"),
		entry_of(E, 413, "iana", "Content Too Large"),
	};

	(void)state;
	filter_init(&f);
	assert_false(code(E, 413)->clash);
	assert_int_equal(code(E, 413)->nnames, 3);
	assert_true(strlen(entry_of(E, 413, "cn-v2", NULL)->text) > strlen(want[1]->text));
	check_default(E, 413, &f, want, 3);
	filter_free(&f);
}

/* 404: CN's text is the longest; httpstatuses and the RFC text tie for
 * second: the first of them. */
static void test_default_404_ties_keep_the_first(void **state)
{
	struct filter f;
	const struct entry *want[] = {
		entry_of(E, 404, "httpstatuses", NULL),
		entry_of(E, 404, "cn-v2", NULL),
	};

	(void)state;
	filter_init(&f);
	assert_int_equal(strlen(want[0]->text), strlen(entry_of(E, 404, "rest-rfc", NULL)->text));
	check_default(E, 404, &f, want, 2);
	filter_free(&f);
}

/* Microsoft hidden, 451's names no longer clash: its two longest visible
 * texts (the Wikipedia list's and the registry's facts). */
static void test_default_451_without_microsoft_falls_back(void **state)
{
	struct filter f;
	char err[QUERY_ERRLEN] = "";
	const struct entry *want[] = {
		entry_of(E, 451, "wikipedia", "Unavailable For Legal Reasons"),
		entry_of(E, 451, "iana", NULL),
	};

	(void)state;
	filter_init(&f);
	assert_int_equal(filter_hide_vendors(&f, "microsoft", false, err), 0);
	check_default(E, 451, &f, want, 2);
	filter_free(&f);
}

/* Only one source shown: its entries only; none shown: no column. */
static void test_default_under_source_filters(void **state)
{
	struct filter f;
	struct compare cmp;
	char err[QUERY_ERRLEN] = "";
	const struct entry *want[] = {
		entry_of(E, 451, "wikipedia", "Unavailable For Legal Reasons"),
		entry_of(E, 451, "wikipedia", "Redirect"),
	};
	const struct entry *iana[] = { entry_of(E, 451, "iana", NULL) };

	(void)state;
	filter_init(&f);
	assert_int_equal(filter_only_sources(&f, E, "wikipedia", err), 0);
	check_default(E, 451, &f, want, 2);
	filter_free(&f);
	filter_init(&f);
	assert_int_equal(filter_only_sources(&f, E, "iana", err), 0);
	check_default(E, 451, &f, iana, 1);
	compare_default(&cmp, E, code(E, 451), &f);
	assert_false(cmp.identical);
	compare_free(&cmp);
	filter_free(&f);
	filter_init(&f);
	assert_int_equal(filter_only_sources(&f, E, "tcpipguide", err), 0);
	compare_default(&cmp, E, code(E, 451), &f);
	assert_int_equal(cmp.ncols, 0);
	assert_false(cmp.identical);
	compare_free(&cmp);
	filter_free(&f);
}

/* Every code of the catalog, with nothing hidden and under a few filters,
 * follows the rule; codes whose names differ, clashing or renamed, get one
 * column per name (a meaning given without a name counts as one). */
static void test_default_every_code_follows_the_rule(void **state)
{
	static const char *const hide[] = { NULL, "microsoft", "nginx", "standard", "esri,google" };
	size_t clashing = 0, renamed = 0;

	(void)state;
	for (size_t h = 0; h < ARRAY_SIZE(hide); h++) {
		struct filter f;
		char err[QUERY_ERRLEN] = "";

		filter_init(&f);
		if (hide[h])
			assert_int_equal(filter_hide_vendors(&f, hide[h], false, err), 0);
		for (size_t i = 0; i < E->ncodes; i++) {
			const struct code_info *ci = &E->codes[i];
			const struct entry *exp[MAXCOLS];
			struct compare cmp;
			size_t n = expected_default(E, ci, &f, exp);

			compare_default(&cmp, E, ci, &f);
			if (cmp.ncols != n)
				print_error("%d (hiding %s):\n", ci->code, hide[h] ? hide[h] : "nothing");
			assert_cols(&cmp, exp, n);
			assert_neighbour_marks(&cmp);
			if (!hide[h])   /* the columns clash where the code's names do */
				assert_int_equal(cmp.clash, ci->clash);
			if (!hide[h] && ci->nnames > 1) {
				assert_int_equal(cmp.ncols, ci->nnames);
				clashing += ci->clash;
				renamed += !ci->clash;
			}
			compare_free(&cmp);
		}
		filter_free(&f);
	}
	assert_int_equal(clashing, 7);   /* 308 418 421 422 425 451 499 */
	assert_int_equal(renamed, 5);    /* 306 413 414 416 444 */
}

/* 200's two longest texts are the same words (the Wikipedia list's and
 * restapitutorial's copy of it): a copy compares nothing, so the second
 * column is the longest text with other words. */
static void test_default_200_skips_a_copy(void **state)
{
	struct filter f;
	struct compare cmp;

	(void)state;
	filter_init(&f);
	compare_default(&cmp, E, code(E, 200), &f);
	assert_int_equal(cmp.ncols, 2);
	assert_false(cmp.identical);
	assert_false(cmp.cols[1].same_as_left);
	assert_false(compare_same_words(cmp.cols[0].e, cmp.cols[1].e));
	compare_free(&cmp);
	filter_free(&f);
}

/* A code with one entry: one column, not "identical". */
static void test_default_single_entry(void **state)
{
	struct filter f;
	struct compare cmp;
	const struct code_info *ci = code(E, 520);

	(void)state;
	filter_init(&f);
	assert_int_equal(ci->count, 1);
	compare_default(&cmp, E, ci, &f);
	assert_int_equal(cmp.ncols, 1);
	assert_ptr_equal(cmp.cols[0].e, &E->entries[ci->first]);
	assert_false(cmp.identical);
	assert_false(cmp.cols[0].same_as_left);
	for (size_t i = 0; i < cmp.cols[0].words.n; i++)
		assert_false(cmp.cols[0].words.w[i].unique);
	compare_free(&cmp);
	assert_int_equal(cmp.ncols, 0);
	assert_null(cmp.cols);
	filter_free(&f);
}

/* ---- set, find, toggle, swap --------------------------------------------- */

static void test_set_exact_entries_in_order(void **state)
{
	const struct code_info *ci = code(E, 404);
	const struct entry *es[] = {
		&E->entries[ci->first + 5], &E->entries[ci->first + 1], &E->entries[ci->first + 8],
	};
	struct compare cmp;

	(void)state;
	compare_set(&cmp, E, ci, es, 3);
	assert_ptr_equal(cmp.ci, ci);
	assert_cols(&cmp, es, 3);
	assert_neighbour_marks(&cmp);
	for (size_t i = 0; i < 3; i++)
		assert_int_equal(compare_find(&cmp, es[i]), (long)i);
	assert_int_equal(compare_find(&cmp, &E->entries[ci->first]), -1);
	assert_int_equal(compare_find(&cmp, &E->entries[code(E, 451)->first]), -1);
	compare_free(&cmp);
	/* none at all */
	compare_set(&cmp, E, ci, es, 0);
	assert_int_equal(cmp.ncols, 0);
	assert_false(cmp.identical);
	assert_int_equal(compare_find(&cmp, es[0]), -1);
	compare_free(&cmp);
}

/* Toggle: in at the end, out from anywhere (the rest keep their order);
 * marks follow the new neighbours. */
static void test_toggle_adds_at_the_end_and_removes(void **state)
{
	const struct code_info *ci = code(E, 404);
	const struct entry *e0 = &E->entries[ci->first], *e1 = &E->entries[ci->first + 1];
	const struct entry *e2 = &E->entries[ci->first + 2], *e8 = &E->entries[ci->first + 8];
	const struct entry *set[] = { e0, e1 };
	struct compare cmp;

	(void)state;
	compare_set(&cmp, E, ci, set, 2);
	compare_toggle(&cmp, e8);
	assert_cols(&cmp, (const struct entry *[]){ e0, e1, e8 }, 3);
	assert_neighbour_marks(&cmp);
	compare_toggle(&cmp, e2);
	assert_cols(&cmp, (const struct entry *[]){ e0, e1, e8, e2 }, 4);
	assert_neighbour_marks(&cmp);
	compare_toggle(&cmp, e1);
	assert_cols(&cmp, (const struct entry *[]){ e0, e8, e2 }, 3);
	assert_neighbour_marks(&cmp);
	assert_int_equal(compare_find(&cmp, e1), -1);
	compare_toggle(&cmp, e0);
	assert_cols(&cmp, (const struct entry *[]){ e8, e2 }, 2);
	assert_neighbour_marks(&cmp);
	compare_toggle(&cmp, e2);
	compare_toggle(&cmp, e8);
	assert_int_equal(cmp.ncols, 0);
	assert_false(cmp.identical);
	compare_toggle(&cmp, e1);
	assert_cols(&cmp, (const struct entry *[]){ e1 }, 1);
	assert_neighbour_marks(&cmp);
	compare_free(&cmp);
}

static void test_swap(void **state)
{
	const struct code_info *ci = code(E, 404);
	const struct entry *a = &E->entries[ci->first + 1], *b = &E->entries[ci->first + 2];
	const struct entry *c = &E->entries[ci->first + 4];
	const struct entry *set[] = { a, b, c };
	struct compare cmp;

	(void)state;
	compare_set(&cmp, E, ci, set, 3);
	compare_swap(&cmp, 0, 2);
	assert_cols(&cmp, (const struct entry *[]){ c, b, a }, 3);
	assert_neighbour_marks(&cmp);
	compare_swap(&cmp, 1, 0);
	assert_cols(&cmp, (const struct entry *[]){ b, c, a }, 3);
	assert_neighbour_marks(&cmp);
	/* out of range or to itself: nothing */
	compare_swap(&cmp, 1, 1);
	compare_swap(&cmp, 0, 3);
	compare_swap(&cmp, 7, 1);
	assert_cols(&cmp, (const struct entry *[]){ b, c, a }, 3);
	assert_neighbour_marks(&cmp);
	compare_free(&cmp);
}

/* ---- the words every output uses -------------------------------------------- */

/* The first two entries of code n that say the same words. */
static const struct entry *const *copies_of(int n)
{
	static const struct entry *two[2];
	const struct code_info *ci = code(E, n);

	for (unsigned i = ci->first; i < ci->first + ci->count; i++)
		for (unsigned j = i + 1; j < ci->first + ci->count; j++)
			if (compare_same_words(&E->entries[i], &E->entries[j])) {
				two[0] = &E->entries[i];
				two[1] = &E->entries[j];
				return two;
			}
	fail();
	return NULL;
}

/* How many of how many, why a column stands alone, what the columns are:
 * "2 of its 4 entries", different meanings (451); a rename is not (413);
 * "1 entry", nothing to compare it with (104
 * has one entry in all); "1 of its 4 entries" (499, one chosen); and
 * "identical texts" (200's two copies). */
static void test_words(void **state)
{
	struct compare cmp;
	struct compare_words w;
	struct filter f;

	(void)state;
	filter_init(&f);
	compare_default(&cmp, E, code(E, 451), &f);
	compare_words(&cmp, &w);
	assert_string_equal(w.count, "2 of its 4 entries");
	assert_null(w.alone);
	assert_string_equal(w.kind, "different meanings");
	compare_free(&cmp);
	compare_default(&cmp, E, code(E, 413), &f);
	compare_words(&cmp, &w);
	assert_string_equal(w.count, "3 of its 8 entries");
	assert_null(w.kind);
	compare_free(&cmp);
	compare_default(&cmp, E, code(E, 104), &f);
	compare_words(&cmp, &w);
	assert_string_equal(w.count, "1 entry");
	assert_string_equal(w.alone, "nothing to compare it with");
	compare_free(&cmp);
	compare_set(&cmp, E, code(E, 499), (const struct entry *[]){ entry_of(E, 499, "httpstatuses", NULL) }, 1);
	compare_words(&cmp, &w);
	assert_string_equal(w.count, "1 of its 4 entries");
	assert_string_equal(w.alone, "nothing to compare it with");
	compare_free(&cmp);
	compare_set(&cmp, E, code(E, 200), copies_of(200), 2);
	compare_words(&cmp, &w);
	assert_true(cmp.identical);
	assert_string_equal(w.kind, "identical texts");
	compare_free(&cmp);
	filter_free(&f);
}

/* Columns clash when two give different names of groups that share none:
 * 451's legal reasons beside Microsoft's Redirect do, the legal reasons
 * beside the registry's do not (one name), nor httpstatuses' beside them;
 * a nameless column clashes with nothing. The marks are shown always,
 * never, or (auto) where the columns do not clash. */
static void test_clash_and_marks(void **state)
{
	const struct entry *legal = entry_of(E, 451, "wikipedia", "Unavailable For Legal Reasons");
	const struct entry *redirect = entry_of(E, 451, "wikipedia", "Redirect");
	const struct entry *iana = entry_of(E, 451, "iana", NULL);
	const struct entry *hs = entry_of(E, 451, "httpstatuses", NULL);
	struct compare cmp;

	(void)state;
	compare_set(&cmp, E, code(E, 451), (const struct entry *[]){ legal, iana, hs }, 3);
	assert_false(cmp.clash);
	assert_true(compare_marked(&cmp, COMPARE_MARKS_AUTO));
	compare_toggle(&cmp, redirect);
	assert_true(cmp.clash);
	assert_false(compare_marked(&cmp, COMPARE_MARKS_AUTO));
	assert_true(compare_marked(&cmp, COMPARE_MARKS_ALWAYS));
	assert_false(compare_marked(&cmp, COMPARE_MARKS_NEVER));
	compare_toggle(&cmp, legal);
	compare_toggle(&cmp, iana);
	compare_toggle(&cmp, hs);
	assert_int_equal(cmp.ncols, 1);
	assert_false(cmp.clash);
	compare_free(&cmp);
	compare_set(&cmp, E, code(E, 413), (const struct entry *[]){ entry_of(E, 413, "cn-v2", NULL),
		    entry_of(E, 413, "iana", NULL) }, 2);
	assert_false(cmp.clash);
	assert_false(compare_marked(&cmp, COMPARE_MARKS_NEVER));
	assert_true(compare_marked(&cmp, COMPARE_MARKS_AUTO));
	compare_free(&cmp);
}

/* ---- same_as_left, identical, the neighbours' marks: a user catalog ------- */

static void test_user_catalog_built(void **state)
{
	(void)state;
	assert_int_equal(user.nsources, 3);
	assert_string_equal(user.sources[0].label, "Alpha");
	assert_string_equal(user.sources[1].label, "beta");   /* no Label: the id */
	assert_int_equal(code(&user, 299)->count, 3);
	assert_true(code(&user, 298)->clash);
	assert_true(code(&user, 297)->clash);
}

static void test_identical_and_same_as_left(void **state)
{
	const struct entry *a = entry_of(&user, 299, "alpha", NULL);
	const struct entry *b = entry_of(&user, 299, "beta", NULL);
	const struct entry *g = entry_of(&user, 299, "gamma", NULL);
	const struct code_info *ci = code(&user, 299);
	struct compare cmp;
	char buf[256];

	(void)state;
	/* alpha and beta: the same words */
	compare_set(&cmp, &user, ci, (const struct entry *[]){ a, b }, 2);
	assert_true(cmp.identical);
	assert_false(cmp.cols[0].same_as_left);
	assert_true(cmp.cols[1].same_as_left);
	assert_string_equal(marked(&cmp, 0, buf, sizeof(buf)), "");
	assert_string_equal(marked(&cmp, 1, buf, sizeof(buf)), "");
	assert_neighbour_marks(&cmp);
	compare_free(&cmp);
	/* gamma after them: beta keeps its (empty) marks from alpha */
	compare_set(&cmp, &user, ci, (const struct entry *[]){ a, b, g }, 3);
	assert_false(cmp.identical);
	assert_true(cmp.cols[1].same_as_left);
	assert_false(cmp.cols[2].same_as_left);
	assert_string_equal(marked(&cmp, 0, buf, sizeof(buf)), "");
	assert_string_equal(marked(&cmp, 1, buf, sizeof(buf)), "");
	assert_string_equal(marked(&cmp, 2, buf, sizeof(buf)), "failed, today.");
	assert_neighbour_marks(&cmp);
	/* gamma moved first: it and alpha differ, alpha keeps its mark from
	 * gamma while beta, the same as alpha, has none */
	compare_swap(&cmp, 0, 2);
	compare_swap(&cmp, 1, 2);
	assert_cols(&cmp, (const struct entry *[]){ g, a, b }, 3);
	assert_string_equal(marked(&cmp, 0, buf, sizeof(buf)), "failed, today.");
	assert_string_equal(marked(&cmp, 1, buf, sizeof(buf)), "worked,");
	assert_string_equal(marked(&cmp, 2, buf, sizeof(buf)), "");
	assert_false(cmp.cols[1].same_as_left);
	assert_true(cmp.cols[2].same_as_left);
	assert_false(cmp.identical);
	assert_neighbour_marks(&cmp);
	/* gamma out again: identical once more */
	compare_toggle(&cmp, g);
	assert_cols(&cmp, (const struct entry *[]){ a, b }, 2);
	assert_true(cmp.identical);
	assert_string_equal(marked(&cmp, 0, buf, sizeof(buf)), "");
	assert_neighbour_marks(&cmp);
	/* one column alone is not identical to anything */
	compare_toggle(&cmp, b);
	assert_false(cmp.identical);
	assert_false(cmp.cols[0].same_as_left);
	compare_free(&cmp);
	/* the same entry twice: identical */
	compare_set(&cmp, &user, ci, (const struct entry *[]){ g, g }, 2);
	assert_true(cmp.identical);
	compare_free(&cmp);
}

/* The default columns of the user catalog's code n, nothing hidden, are
 * want[0..n). */
static void check_user_default(int n, const struct entry *const *want, size_t nwant)
{
	struct filter f;

	filter_init(&f);
	check_default(&user, n, &f, want, nwant);
	filter_free(&f);
}

/* 299's names agree: the two longest texts. */
static void test_user_default_without_clash(void **state)
{
	(void)state;
	check_user_default(299, (const struct entry *[]){ entry_of(&user, 299, "alpha", NULL),
			   entry_of(&user, 299, "gamma", NULL) }, 2);
}

/* 298: one column per meaning, each its longest text (gamma's Odd, not
 * alpha's), in the order the names first appear. */
static void test_user_default_longest_per_meaning(void **state)
{
	(void)state;
	check_user_default(298, (const struct entry *[]){ entry_of(&user, 298, "gamma", "Odd"),
			   entry_of(&user, 298, "beta", "Even") }, 2);
}

/* 295: a rename, no clash: one column per name all the same, Old Name's
 * the longer of its two texts; not the two longest texts, which are both
 * Old Name's and would leave New Name out. */
static void test_user_default_rename_one_column_per_name(void **state)
{
	(void)state;
	assert_false(code(&user, 295)->clash);
	assert_int_equal(code(&user, 295)->nnames, 2);
	check_user_default(295, (const struct entry *[]){ entry_of(&user, 295, "alpha", "Old Name"),
			   entry_of(&user, 295, "beta", "New Name") }, 2);
}

/* 296: alpha's and beta's Tie are as long: the first is the column. */
static void test_user_default_tie_keeps_the_first(void **state)
{
	const struct entry *want[] = {
		entry_of(&user, 296, "alpha", "Tie"), entry_of(&user, 296, "gamma", "Apart"),
	};

	(void)state;
	assert_int_equal(strlen(want[0]->text), strlen(entry_of(&user, 296, "beta", "Tie")->text));
	check_user_default(296, want, 2);
}

/* 297: three meanings, three columns; one hidden, two. */
static void test_user_default_three_meanings(void **state)
{
	struct filter f;
	char err[QUERY_ERRLEN] = "";
	const struct entry *all[] = {
		entry_of(&user, 297, "alpha", "One"), entry_of(&user, 297, "beta", "Two"),
		entry_of(&user, 297, "gamma", "Three"),
	};

	(void)state;
	filter_init(&f);
	check_default(&user, 297, &f, all, 3);
	assert_int_equal(filter_hide_vendors(&f, "esri", false, err), 0);
	check_default(&user, 297, &f, (const struct entry *[]){ all[0], all[2] }, 2);
	filter_free(&f);
}

/* ---- spans ----------------------------------------------------------------- */

/* The column the span tests make: teardown frees its words, also when an
 * assertion ends a test early (valgrind stays clean then). */
static struct cmp_col span_col;

static int free_span_col(void **state)
{
	(void)state;
	diff_free(&span_col.words);
	return 0;
}

/* A column of text whose words marked[i] says are unique. */
static void make_col(struct cmp_col *col, const char *text, const bool *marks, size_t n)
{
	diff_free(&col->words);
	memset(col, 0, sizeof(*col));
	col->text = (char *)text;
	diff_split(text, strlen(text), &col->words);
	assert_int_equal(col->words.n, n);
	for (size_t i = 0; i < n; i++)
		col->words.w[i].unique = marks[i];
}

static void assert_span(const struct qspan *sp, const char *text, const char *want)
{
	if (sp->len != strlen(want) || memcmp(text + sp->off, want, sp->len) != 0)
		print_error("span '%.*s', want '%s'\n", (int)sp->len, text + sp->off, want);
	assert_int_equal(sp->len, strlen(want));
	assert_memory_equal(text + sp->off, want, sp->len);
}

static void test_spans_merge_adjacent_marked_words(void **state)
{
	const char *text = "aa bb  cc\ndd ee - ff gg";
	const bool marks[] = { false, true, true, false, true, false, true, true };
	struct cmp_col *col = &span_col;
	struct qspan sp[8];

	(void)state;
	make_col(col, text, marks, 8);
	assert_int_equal(compare_spans(col, sp, 8), 3);
	assert_span(&sp[0], text, "bb  cc");
	assert_span(&sp[1], text, "ee");        /* the dash between is not marked */
	assert_span(&sp[2], text, "ff gg");
}

static void test_spans_none_and_all(void **state)
{
	const char *text = "one two\nthree";
	const bool none[] = { false, false, false }, all[] = { true, true, true };
	struct cmp_col *col = &span_col;
	struct qspan sp[4];

	(void)state;
	make_col(col, text, none, 3);
	assert_int_equal(compare_spans(col, sp, 4), 0);
	make_col(col, text, all, 3);
	assert_int_equal(compare_spans(col, sp, 4), 1);
	assert_span(&sp[0], text, "one two\nthree");
}

/* At most max spans: the first ones, each of marked words only. */
static void test_spans_at_most_max_keep_their_words(void **state)
{
	const char *text = "aa bb cc dd ee ff";
	const bool marks[] = { true, false, true, true, false, true };
	struct cmp_col *col = &span_col;
	struct qspan sp[4];

	(void)state;
	make_col(col, text, marks, 6);
	assert_int_equal(compare_spans(col, sp, 4), 3);
	assert_span(&sp[0], text, "aa");
	assert_span(&sp[1], text, "cc dd");
	assert_span(&sp[2], text, "ff");
	memset(sp, 0, sizeof(sp));
	assert_int_equal(compare_spans(col, sp, 2), 2);
	assert_span(&sp[0], text, "aa");
	assert_span(&sp[1], text, "cc dd");
	memset(sp, 0, sizeof(sp));
	/* "cc dd" does not fit: it must not stretch "aa" over "bb" */
	assert_int_equal(compare_spans(col, sp, 1), 1);
	assert_span(&sp[0], text, "aa");
	assert_int_equal(sp[1].len, 0);
}

/* The spans of real columns cover exactly their marked words. */
static void test_spans_of_451(void **state)
{
	struct filter f;
	struct compare cmp;

	(void)state;
	filter_init(&f);
	compare_default(&cmp, E, code(E, 451), &f);
	for (size_t k = 0; k < cmp.ncols; k++) {
		const struct cmp_col *col = &cmp.cols[k];
		struct qspan *sp = calloc(col->words.n + 1, sizeof(*sp));
		size_t n = compare_spans(col, sp, col->words.n + 1), in = 0, marked = 0;

		assert_non_null(sp);
		assert_true(n > 0);      /* the two meanings share few words */
		for (size_t i = 0; i < col->words.n; i++) {
			const struct diff_word *w = &col->words.w[i];
			bool inside = false;

			for (size_t s = 0; s < n; s++)
				inside |= w->off >= sp[s].off && w->off + w->len <= sp[s].off + sp[s].len;
			assert_int_equal(inside, w->unique);
			marked += w->unique;
			in += inside;
		}
		assert_int_equal(in, marked);
		/* spans are in order and apart */
		for (size_t s = 1; s < n; s++)
			assert_true(sp[s].off > sp[s - 1].off + sp[s - 1].len);
		free(sp);
	}
	compare_free(&cmp);
	filter_free(&f);
}

/* ---- headers --------------------------------------------------------------- */

static void check_header(const struct catalog *c, const struct entry *e, const char *want)
{
	const struct entry *es[] = { e };
	struct compare cmp;
	char *h;

	compare_set(&cmp, c, catalog_code(c, e->code), es, 1);
	h = compare_header(&cmp, &cmp.cols[0]);
	assert_string_equal(h, want);
	free(h);
	compare_free(&cmp);
}

static void test_header_forms(void **state)
{
	(void)state;
	check_header(E, entry_of(E, 451, "wikipedia", "Redirect"),
		     "Wikipedia list: Redirect (Microsoft)");
	check_header(E, entry_of(E, 404, "httpstatuses", NULL), "httpstatuses: Not Found");
	check_header(E, entry_of(E, 413, "cn-v2", NULL), "CN: table 2");
	check_header(E, entry_of(E, 418, "iana", NULL), "IANA: (Unused)");
	check_header(E, entry_of(E, 418, "rest-wiki", NULL), "REST: Wikipedia: I'm a teapot (RFC 2324)");
}

static void test_header_of_user_entries(void **state)
{
	(void)state;
	check_header(&user, entry_of(&user, 299, "alpha", NULL), "Alpha: Mostly OK");
	check_header(&user, entry_of(&user, 299, "beta", NULL), "beta: Mostly OK (draft)");
}

/* ---- layout ---------------------------------------------------------------- */

static void test_layout_every_count_and_width(void **state)
{
	(void)state;
	for (size_t ncols = 0; ncols <= 10; ncols++)
		for (int width = 1; width <= 300; width++) {
			int colw = -7;
			size_t fit = compare_layout(ncols, width, &colw);
			long used = (long)fit * colw + (long)(fit - 1) * COMPARE_SEP;
			bool all_fit = (long)ncols * COMPARE_MIN_WIDTH +
				       ((long)ncols - 1) * COMPARE_SEP <= width;

			if (fit < 1 || colw < 1 || used > width || (fit > 1 && colw < COMPARE_MIN_WIDTH) ||
			    fit > (ncols ? ncols : 1) || (ncols && all_fit && fit != ncols))
				print_error("%zu columns in %d: %zu of width %d\n", ncols, width, fit, colw);
			assert_true(fit >= 1);
			assert_true(fit <= (ncols ? ncols : 1));
			assert_true(colw >= 1);
			assert_true(used <= width);
			if (fit > 1)
				assert_true(colw >= COMPARE_MIN_WIDTH);
			if (ncols && all_fit)
				assert_int_equal(fit, ncols);
			/* as many as fit, and as wide as they can be */
			if (fit < ncols)
				assert_true((long)(fit + 1) * COMPARE_MIN_WIDTH +
					    (long)fit * COMPARE_SEP > width);
			assert_true((long)fit * (colw + 1) + (long)(fit - 1) * COMPARE_SEP > width);
		}
}

static void test_layout_examples(void **state)
{
	int colw;

	(void)state;
	assert_int_equal(compare_layout(2, 98, &colw), 2);   /* 100 columns, a border each side */
	assert_int_equal(colw, 47);
	assert_int_equal(compare_layout(2, 78, &colw), 2);
	assert_int_equal(colw, 37);
	assert_int_equal(compare_layout(4, 48, &colw), 1);
	assert_int_equal(colw, 48);
	assert_int_equal(compare_layout(4, 51, &colw), 2);
	assert_int_equal(colw, 24);
	assert_int_equal(compare_layout(9, 198, &colw), 7);
	assert_int_equal(colw, 25);
	assert_int_equal(compare_layout(1, 300, &colw), 1);
	assert_int_equal(colw, 300);
}

int main(void)
{
	const struct CMUnitTest embedded[] = {
		cmocka_unit_test(test_default_451_one_column_per_meaning),
		cmocka_unit_test(test_default_499_nginx_beside_esri),
		cmocka_unit_test(test_default_308_permanent_redirect_beside_google),
		cmocka_unit_test(test_default_418_teapot_beside_unused),
		cmocka_unit_test(test_default_413_one_column_per_name),
		cmocka_unit_test(test_default_404_ties_keep_the_first),
		cmocka_unit_test(test_default_451_without_microsoft_falls_back),
		cmocka_unit_test(test_default_under_source_filters),
		cmocka_unit_test(test_default_every_code_follows_the_rule),
		cmocka_unit_test(test_default_200_skips_a_copy),
		cmocka_unit_test(test_default_single_entry),
		cmocka_unit_test(test_set_exact_entries_in_order),
		cmocka_unit_test(test_toggle_adds_at_the_end_and_removes),
		cmocka_unit_test(test_swap),
		cmocka_unit_test(test_words),
		cmocka_unit_test(test_clash_and_marks),
		cmocka_unit_test_teardown(test_spans_merge_adjacent_marked_words, free_span_col),
		cmocka_unit_test_teardown(test_spans_none_and_all, free_span_col),
		cmocka_unit_test_teardown(test_spans_at_most_max_keep_their_words, free_span_col),
		cmocka_unit_test(test_spans_of_451),
		cmocka_unit_test(test_header_forms),
		cmocka_unit_test(test_layout_every_count_and_width),
		cmocka_unit_test(test_layout_examples),
	};
	const struct CMUnitTest users[] = {
		cmocka_unit_test(test_user_catalog_built),
		cmocka_unit_test(test_identical_and_same_as_left),
		cmocka_unit_test(test_user_default_without_clash),
		cmocka_unit_test(test_user_default_longest_per_meaning),
		cmocka_unit_test(test_user_default_rename_one_column_per_name),
		cmocka_unit_test(test_user_default_tie_keeps_the_first),
		cmocka_unit_test(test_user_default_three_meanings),
		cmocka_unit_test(test_header_of_user_entries),
	};
	int rc = cmocka_run_group_tests_name("compare", embedded, NULL, NULL);

	return rc | cmocka_run_group_tests_name("compare, a user catalog", users, setup_user,
						teardown_user);
}
