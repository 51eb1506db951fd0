/* Tests of the catalog: the embedded table's per-code facts, lookups,
 * catalog_build with user, sources and embedded files, every refusal with
 * its exact "file:line: message", and catalog_names (the distinct names of
 * a code, their spellings, renames and clashes). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "catalog.h"
#include "recfile.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define MAXFILES 4

static const struct catalog *const E = &embedded_catalog;

/* ---- helpers ------------------------------------------------------------- */

static const struct code_info *code(const struct catalog *c, int n)
{
	const struct code_info *ci = catalog_code(c, n);

	if (!ci)
		print_error("code %d is not in the catalog\n", n);
	assert_non_null(ci);
	return ci;
}

static bool all_zero(const void *p, size_t n)
{
	const unsigned char *b = p;

	for (size_t i = 0; i < n; i++)
		if (b[i])
			return false;
	return true;
}

/* Parse texts[i] as names[i] and build them (kinds[i]) on base. */
static int build(struct catalog *out, const struct catalog *base, const char *const *names,
		 const char *const *texts, const enum cb_kind *kinds, size_t n, char *err)
{
	struct rec_file files[MAXFILES];
	int rc;

	assert_true(n <= MAXFILES);
	for (size_t i = 0; i < n; i++) {
		rc = recfile_parse(names[i], texts[i], strlen(texts[i]), &files[i], err);
		if (rc)
			print_error("recfile: %s\n", err);
		assert_int_equal(rc, 0);
	}
	memset(out, 0x5a, sizeof(*out));
	rc = catalog_build(out, base, files, names, kinds, n, err);
	for (size_t i = 0; i < n; i++)
		recfile_free(&files[i]);
	return rc;
}

/* One user file on the embedded catalog, which must build. */
static void user_ok(const char *name, const char *text, struct catalog *out)
{
	const char *names[] = { name }, *texts[] = { text };
	const enum cb_kind kinds[] = { CB_USER };
	char err[RF_ERRLEN] = "";
	int rc = build(out, E, names, texts, kinds, 1, err);

	if (rc)
		print_error("unexpected error: %s\n", err);
	assert_int_equal(rc, 0);
	assert_non_null(out->owned);
}

/* Files that must be refused with exactly want, leaving *out zeroed. */
static void files_bad(const struct catalog *base, const char *const *names,
		      const char *const *texts, const enum cb_kind *kinds, size_t n,
		      const char *want)
{
	struct catalog out;
	char err[RF_ERRLEN] = "";

	int rc = build(&out, base, names, texts, kinds, n, err);

	if (rc == 0) {
		print_error("built, but should fail with: %s\n", want);
		catalog_free(&out);
	}
	assert_int_equal(rc, -1);
	assert_string_equal(err, want);
	assert_true(all_zero(&out, sizeof(out)));
}

static void user_bad(const char *name, const char *text, const char *want)
{
	const char *names[] = { name }, *texts[] = { text };
	const enum cb_kind kinds[] = { CB_USER };

	files_bad(E, names, texts, kinds, 1, want);
}

static int cmp_int(const void *a, const void *b)
{
	return (*(const int *)a > *(const int *)b) - (*(const int *)a < *(const int *)b);
}

static const struct entry *last_entry(const struct catalog *c, int n)
{
	const struct code_info *ci = code(c, n);

	return &c->entries[ci->first + ci->count - 1];
}

/* ---- the embedded catalog ------------------------------------------------ */

static void test_embedded_counts(void **state)
{
	(void)state;
	assert_int_equal(E->nsources, 10);
	assert_int_equal(E->nentries, 484);
	assert_int_equal(E->nclasses, 25);
	assert_null(E->owned);
}

static void test_451_clash_standard_vs_microsoft(void **state)
{
	const struct code_info *ci;

	(void)state;
	ci = code(E, 451);
	assert_int_equal(ci->nnames, 2);
	assert_true(ci->clash);
	assert_int_equal(ci->vendors, VENDOR_BIT(VENDOR_STANDARD) | VENDOR_BIT(VENDOR_MICROSOFT));
	assert_string_equal(ci->name, "Unavailable For Legal Reasons");
}

static void test_499_clash_nginx_vs_esri(void **state)
{
	const struct code_info *ci;

	(void)state;
	ci = code(E, 499);
	assert_int_equal(ci->nnames, 2);
	assert_true(ci->clash);
	assert_int_equal(ci->vendors, VENDOR_BIT(VENDOR_NGINX) | VENDOR_BIT(VENDOR_ESRI));
	assert_int_equal(ci->count, 4);
}

static void test_413_rename_is_no_clash(void **state)
{
	const struct code_info *ci;

	(void)state;
	ci = code(E, 413);
	assert_int_equal(ci->nnames, 3);
	assert_false(ci->clash);
}

static void test_408_time_out_folds_to_one_name(void **state)
{
	const struct code_info *ci;

	(void)state;
	ci = code(E, 408);
	assert_int_equal(ci->nnames, 1);
	assert_false(ci->clash);
	assert_string_equal(ci->name, "Request Timeout");
}

/* 414: "Request-URI Too Long" (5 sources) and "URI Too Long" (IANA) are one
 * name; the second is table 1's "Request-URI Too Large". */
static void test_414_request_uri_and_uri_are_one_name(void **state)
{
	const struct code_info *ci;
	const struct entry *httpstatuses = NULL, *iana = NULL;
	int hs = catalog_source_index(E, "httpstatuses"), ia = catalog_source_index(E, "iana");

	(void)state;
	ci = code(E, 414);
	assert_int_equal(ci->nnames, 2);
	assert_false(ci->clash);
	assert_string_equal(ci->name, "URI Too Long");
	for (unsigned k = ci->first; k < ci->first + ci->count; k++) {
		if (E->entries[k].source == hs)
			httpstatuses = &E->entries[k];
		if (E->entries[k].source == ia)
			iana = &E->entries[k];
	}
	assert_non_null(httpstatuses);
	assert_non_null(iana);
	assert_string_equal(httpstatuses->name, "Request-URI Too Long");
	assert_string_equal(iana->name, "URI Too Long");
	assert_string_equal(httpstatuses->fname, iana->fname);
}

static void test_best_names(void **state)
{
	static const struct {
		int code;
		const char *name;
	} cases[] = {
		{ 404, "Not Found" },
		{ 413, "Content Too Large" },
		{ 418, "I'm a teapot" },     /* the registry's "(Unused)" is no name */
		{ 499, "Client Closed Request" },
		{ 408, "Request Timeout" },
		{ 451, "Unavailable For Legal Reasons" },
		{ 520, "Unknown Error" },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++)
		assert_string_equal(code(E, cases[i].code)->name, cases[i].name);
}

static void test_registry_status(void **state)
{
	static const struct {
		int code;
		enum reg reg;
	} cases[] = {
		{ 404, REG_REGISTERED }, { 104, REG_TEMPORARY }, { 306, REG_UNUSED },
		{ 418, REG_UNUSED }, { 510, REG_OBSOLETE }, { 499, REG_NONE },
		{ 520, REG_NONE }, { 299, REG_NONE },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++)
		assert_int_equal(catalog_reg(E, cases[i].code), cases[i].reg);
	assert_int_equal(code(E, 404)->reg, REG_REGISTERED);
	assert_int_equal(code(E, 104)->reg, REG_TEMPORARY);
	assert_string_equal(code(E, 104)->expires, "2026-11-13");
	assert_string_equal(code(E, 404)->expires, "");
	assert_int_equal(code(E, 510)->reg, REG_OBSOLETE);
	assert_int_equal(code(E, 499)->reg, REG_NONE);
}

/* A registration that expires on a day still holds that day, and has
 * expired the day after; the dates compare as written (YYYY-MM-DD). */
static void test_expired_on(void **state)
{
	(void)state;
	assert_false(catalog_expired_on("2026-11-13", "2026-11-12"));
	assert_false(catalog_expired_on("2026-11-13", "2026-11-13"));
	assert_true(catalog_expired_on("2026-11-13", "2026-11-14"));
	assert_true(catalog_expired_on("2026-11-13", "2027-01-01"));
	assert_true(catalog_expired_on("2025-12-31", "2026-01-01"));
	assert_false(catalog_expired_on("", "2026-12-01"));
	/* today's date: inevitably today, but far from any date it could be */
	assert_true(catalog_expired("1900-01-01"));
	assert_false(catalog_expired("9999-12-31"));
	assert_false(catalog_expired(""));
}

/* An expired temporary registration is not in use (--standard drops it),
 * is said to be expired, and keeps its registry status. */
static void test_expired_registration(void **state)
{
	struct catalog c;
	char *t;

	(void)state;
	user_ok("reg.rec", "Source: reg\nTitle: Registry facts\n\n"
		"Code: 297\nName: Old Draft\nText: t\nReference: [draft-old]\nStatus: temporary\n"
		"Expires: 1900-01-01\n\n"
		"Code: 298\nName: New Draft\nText: t\nReference: [draft-new]\nStatus: temporary\n"
		"Expires: 9999-12-31\n\n"
		"Code: 296\nName: Done\nText: t\nStatus: registered\n", &c);
	assert_int_equal(code(&c, 297)->reg, REG_TEMPORARY);
	assert_true(catalog_code_expired(code(&c, 297)));
	assert_false(catalog_in_use(&c, 297));
	assert_int_equal(code(&c, 298)->reg, REG_TEMPORARY);
	assert_false(catalog_code_expired(code(&c, 298)));
	assert_true(catalog_in_use(&c, 298));
	assert_false(catalog_code_expired(code(&c, 296)));
	assert_true(catalog_in_use(&c, 296));
	assert_true(catalog_in_use(&c, 404));
	assert_true(catalog_in_use(&c, 510));     /* obsolete */
	assert_false(catalog_in_use(&c, 306));    /* unused */
	assert_false(catalog_in_use(&c, 499));
	assert_false(catalog_in_use(&c, 295));    /* no entry at all */
	t = catalog_registry_text(last_entry(&c, 297));
	assert_string_equal(t, "expired (temporary until 1900-01-01), [draft-old]");
	free(t);
	t = catalog_registry_text(last_entry(&c, 298));
	assert_string_equal(t, "temporary, [draft-new], expires 9999-12-31");
	free(t);
	catalog_free(&c);
}

static void test_top10(void **state)
{
	static const int top[] = { 200, 201, 204, 304, 400, 401, 403, 404, 409, 500 };
	size_t n = 0;

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(top); i++)
		assert_true(code(E, top[i])->top10);
	assert_false(code(E, 202)->top10);
	assert_false(code(E, 418)->top10);
	for (size_t i = 0; i < E->ncodes; i++)
		n += E->codes[i].top10;
	assert_int_equal(n, ARRAY_SIZE(top));
}

static void test_520_is_microsoft_and_cloudflare(void **state)
{
	const struct code_info *ci;

	(void)state;
	ci = code(E, 520);
	assert_int_equal(ci->vendors, VENDOR_BIT(VENDOR_MICROSOFT) | VENDOR_BIT(VENDOR_CLOUDFLARE));
	assert_int_equal(E->entries[ci->first].vendor,
			 VENDOR_BIT(VENDOR_MICROSOFT) | VENDOR_BIT(VENDOR_CLOUDFLARE));
}

static void test_catalog_code_missing(void **state)
{
	(void)state;
	assert_null(catalog_code(E, 299));
	assert_null(catalog_code(E, 0));
	assert_null(catalog_code(E, 999));
	assert_null(catalog_code(E, -1));
	assert_int_equal(catalog_code(E, 100)->code, 100);
	assert_ptr_equal(catalog_code(E, 100), &E->codes[0]);
	assert_ptr_equal(catalog_code(E, E->codes[E->ncodes - 1].code), &E->codes[E->ncodes - 1]);
}

static void test_class_names(void **state)
{
	static const char *const want[] = {
		NULL, "Informational", "Success", "Redirection", "Client Error", "Server Error",
		NULL, NULL, NULL, NULL,
	};

	(void)state;
	for (int d = 0; d < 10; d++) {
		if (want[d])
			assert_string_equal(catalog_class_name(E, d), want[d]);
		else
			assert_null(catalog_class_name(E, d));
	}
}

static void test_source_index(void **state)
{
	static const char *const ids[] = {
		"httpstatuses", "wikipedia", "tcpipguide", "rest-rfc", "rest-wiki",
		"rest-tips", "cn-classes", "cn-v1", "cn-v2", "iana",
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(ids); i++)
		assert_int_equal(catalog_source_index(E, ids[i]), (int)i);
	assert_int_equal(catalog_source_index(E, "IANA"), -1);
	assert_int_equal(catalog_source_index(E, "ian"), -1);
	assert_int_equal(catalog_source_index(E, ""), -1);
	assert_string_equal(E->sources[9].file, "data/iana.rec");
	assert_false(E->sources[9].user);
}

static void test_entries_sorted_by_code_then_source(void **state)
{
	(void)state;
	for (size_t i = 1; i < E->nentries; i++) {
		const struct entry *a = &E->entries[i - 1], *b = &E->entries[i];

		assert_true(a->code < b->code || (a->code == b->code && a->source < b->source) ||
			    (a->code == b->code && a->source == b->source && a->line < b->line));
	}
	for (size_t i = 1; i < E->nclasses; i++)
		assert_true(E->classes[i - 1].code < E->classes[i].code ||
			    (E->classes[i - 1].code == E->classes[i].code &&
			     E->classes[i - 1].source <= E->classes[i].source));
}

static void test_codes_index_entries(void **state)
{
	size_t total = 0;

	(void)state;
	for (size_t i = 0; i < E->ncodes; i++) {
		const struct code_info *ci = &E->codes[i];

		assert_int_equal(ci->first, total);
		assert_true(ci->count > 0);
		for (unsigned k = ci->first; k < ci->first + ci->count; k++)
			assert_int_equal(E->entries[k].code, ci->code);
		if (i)
			assert_true(E->codes[i - 1].code < ci->code);
		total += ci->count;
	}
	assert_int_equal(total, E->nentries);
}

static void test_vendor_parse(void **state)
{
	(void)state;
	assert_int_equal(vendor_parse("nginx", 5), VENDOR_NGINX);
	assert_int_equal(vendor_parse("NGINX", 5), VENDOR_NGINX);
	assert_int_equal(vendor_parse("MicroSoft", 9), VENDOR_MICROSOFT);
	assert_int_equal(vendor_parse("CloudFlare", 10), VENDOR_CLOUDFLARE);
	assert_int_equal(vendor_parse("standard", 8), VENDOR_STANDARD);
	assert_int_equal(vendor_parse("unofficial", 10), VENDOR_UNOFFICIAL);
	assert_int_equal(vendor_parse("esri,nginx", 4), VENDOR_ESRI);
	assert_int_equal(vendor_parse("ngi", 3), -1);
	assert_int_equal(vendor_parse("nginx", 3), -1);
	assert_int_equal(vendor_parse("nginxx", 6), -1);
	assert_int_equal(vendor_parse("acme", 4), -1);
	assert_int_equal(vendor_parse("", 0), -1);
}

/* ---- user files that build ---------------------------------------------- */

static const char ops_notes[] =
	"# our notes\n"
	"Source: ops-notes\n"
	"Title: Our on-call notes\n"
	"\n"
	"Code: 499\n"
	"Name: Request Abandoned\n"
	"Vendor: nginx\n"
	"Text: Seen in our nginx logs when the load balancer gives up first.\n"
	"\n"
	"Code: 299\n"
	"Name: Cached Locally\n"
	"Qualifier: ops only\n"
	"Flags: experimental\n"
	"Text: A line.\n"
	"+\n"
	"+ - an item\n"
	"Repair: \"Locly\" -> \"Locally\": a typo in our wiki\n"
	"Repair: The two lines were one.\n"
	"Note: made up\n";

static void test_user_file_merges(void **state)
{
	struct catalog c;
	const struct code_info *ci;
	const struct entry *e;

	(void)state;
	user_ok("ops.rec", ops_notes, &c);
	assert_int_equal(c.nsources, E->nsources + 1);
	assert_string_equal(c.sources[10].id, "ops-notes");
	assert_string_equal(c.sources[10].title, "Our on-call notes");
	assert_string_equal(c.sources[10].label, "ops-notes");
	assert_string_equal(c.sources[10].file, "ops.rec");
	assert_true(c.sources[10].user);
	assert_int_equal(c.sources[10].nentries, 2);
	assert_int_equal(c.sources[10].nrepairs, 2);
	assert_string_equal(c.sources[9].id, "iana");
	assert_int_equal(c.nentries, E->nentries + 2);
	assert_int_equal(c.nclasses, E->nclasses);
	assert_int_equal(c.ncodes, E->ncodes + 1);

	ci = code(&c, 499);
	assert_int_equal(ci->count, 5);
	assert_int_equal(ci->nnames, 3);
	assert_true(ci->clash);
	assert_string_equal(ci->name, "Client Closed Request");
	e = last_entry(&c, 499);
	assert_int_equal(e->source, 10);
	assert_string_equal(e->name, "Request Abandoned");
	assert_string_equal(e->fname, "request abandoned");
	assert_int_equal(e->vendor, VENDOR_BIT(VENDOR_NGINX));
	assert_int_equal(e->line, 5);

	ci = code(&c, 299);
	assert_int_equal(ci->count, 1);
	assert_int_equal(ci->nnames, 1);
	assert_false(ci->clash);
	assert_int_equal(ci->reg, REG_NONE);
	assert_string_equal(ci->name, "Cached Locally");
	e = &c.entries[ci->first];
	assert_string_equal(e->qualifier, "ops only");
	assert_int_equal(e->flags, FLAG_EXPERIMENTAL);
	assert_string_equal(e->text, "A line.\n\n- an item");
	assert_int_equal(e->nrepairs, 2);
	assert_string_equal(e->repairs[0].was, "Locly");
	assert_string_equal(e->repairs[0].now, "Locally");
	assert_string_equal(e->repairs[0].why, "a typo in our wiki");
	assert_null(e->repairs[1].was);
	assert_null(e->repairs[1].now);
	assert_string_equal(e->repairs[1].why, "The two lines were one.");
	assert_int_equal(e->nnotes, 1);
	assert_string_equal(e->notes[0], "made up");
	catalog_free(&c);
	assert_true(all_zero(&c, sizeof(c)));
}

/* The embedded catalog is untouched by a merge, and a same-name entry does
 * not add a name. */
static void test_user_same_name_keeps_nnames(void **state)
{
	struct catalog c;

	(void)state;
	user_ok("x.rec", "Code: 408\nName: Request Time-Out\nText: t\n", &c);
	assert_int_equal(code(&c, 408)->nnames, 1);
	assert_int_equal(code(&c, 408)->count, 9);
	assert_int_equal(code(E, 408)->count, 8);
	catalog_free(&c);
}

/* A Sic's meaning is what the name is compared as. */
static void test_user_sic_corrects_the_name(void **state)
{
	struct catalog c;
	const struct entry *e;

	(void)state;
	user_ok("x.rec", "Code: 404\nName: Nto Found\nText: t\nSic: \"Nto\" -> \"Not\"\n", &c);
	e = last_entry(&c, 404);
	assert_string_equal(e->name, "Nto Found");
	assert_string_equal(e->fname, "not found");
	assert_int_equal(e->nsics, 1);
	assert_string_equal(e->sics[0].was, "Nto");
	assert_string_equal(e->sics[0].meant, "Not");
	assert_int_equal(code(&c, 404)->nnames, 1);
	catalog_free(&c);
}

static void test_user_id_from_file_name(void **state)
{
	static const struct {
		const char *file, *id;
	} cases[] = {
		{ "My Codes.rec", "my-codes" },
		{ "/home/u/.local/share/httpcodes/My Codes.rec", "my-codes" },
		{ "--Weird__Name!!.rec", "weird-name" },
		{ "codes.txt", "codes-txt" },
		{ "!!!.rec", "user" },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct catalog c;

		user_ok(cases[i].file, "Code: 299\nName: Mine\nText: t\n", &c);
		assert_int_equal(c.nsources, E->nsources + 1);
		assert_string_equal(c.sources[10].id, cases[i].id);
		assert_string_equal(c.sources[10].label, cases[i].id);
		assert_string_equal(c.sources[10].title, cases[i].file);
		assert_string_equal(c.sources[10].file, cases[i].file);
		catalog_free(&c);
	}
}

static void test_user_default_vendor(void **state)
{
	static const struct {
		int code;
		unsigned short vendor;
	} cases[] = {
		{ 299, VENDOR_BIT(VENDOR_UNOFFICIAL) },  /* not in the registry */
		{ 404, VENDOR_BIT(VENDOR_STANDARD) },    /* registered */
		{ 104, VENDOR_BIT(VENDOR_STANDARD) },    /* temporary */
		{ 510, VENDOR_BIT(VENDOR_STANDARD) },    /* obsolete */
		{ 418, VENDOR_BIT(VENDOR_UNOFFICIAL) },  /* unused */
		{ 499, VENDOR_BIT(VENDOR_UNOFFICIAL) },  /* unregistered */
		{ 451, VENDOR_BIT(VENDOR_GOOGLE) },      /* given */
	};
	struct catalog c;

	(void)state;
	user_ok("v.rec",
		"Code: 299\nName: A\nText: t\n\n"
		"Code: 404\nName: B\nText: t\n\n"
		"Code: 104\nName: C\nText: t\n\n"
		"Code: 510\nName: D\nText: t\n\n"
		"Code: 418\nName: E\nText: t\n\n"
		"Code: 499\nName: F\nText: t\n\n"
		"Code: 451\nName: G\nText: t\nVendor: Google\n", &c);
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		const struct entry *e = last_entry(&c, cases[i].code);

		assert_int_equal(e->source, 10);
		assert_int_equal(e->vendor, cases[i].vendor);
	}
	catalog_free(&c);
}

static void test_user_class_record(void **state)
{
	struct catalog c;

	(void)state;
	user_ok("k.rec", "Code: 6xx\nName: Made Up\nText: A class of our own.\n", &c);
	assert_int_equal(c.nclasses, E->nclasses + 1);
	assert_int_equal(c.nentries, E->nentries);
	assert_string_equal(catalog_class_name(&c, 6), "Made Up");
	assert_int_equal(c.classes[c.nclasses - 1].code, 600);
	assert_true(c.classes[c.nclasses - 1].is_class);
	assert_int_equal(c.classes[c.nclasses - 1].vendor, 0);
	catalog_free(&c);
}

static void test_two_user_files(void **state)
{
	const char *names[] = { "a.rec", "b.rec" };
	const char *texts[] = { "Code: 299\nName: A\nText: t\n", "Code: 299\nName: B\nText: t\n" };
	const enum cb_kind kinds[] = { CB_USER, CB_USER };
	struct catalog c;
	char err[RF_ERRLEN] = "";

	(void)state;
	assert_int_equal(build(&c, E, names, texts, kinds, 2, err), 0);
	assert_int_equal(c.nsources, 12);
	assert_string_equal(c.sources[10].id, "a");
	assert_string_equal(c.sources[11].id, "b");
	assert_int_equal(code(&c, 299)->count, 2);
	assert_int_equal(code(&c, 299)->nnames, 2);
	assert_false(code(&c, 299)->clash);  /* both unofficial */
	assert_int_equal(c.entries[code(&c, 299)->first].source, 10);
	assert_int_equal(last_entry(&c, 299)->source, 11);
	catalog_free(&c);
}

/* ---- user files that are refused ----------------------------------------- */

static void test_user_bad_records(void **state)
{
	static const struct {
		const char *text, *want;
	} cases[] = {
		/* missing Code */
		{ "Name: X\nText: t\n", "u.rec:1: record has no Code field" },
		/* bad codes */
		{ "Code: 4040\nName: X\nText: t\n",
		  "u.rec:1: invalid code (three digits 000-999, or a class like 4xx): '4040'" },
		{ "Code: 4x4x\nName: X\nText: t\n",
		  "u.rec:1: invalid code (three digits 000-999, or a class like 4xx): '4x4x'" },
		{ "Code: abc\nName: X\nText: t\n",
		  "u.rec:1: invalid code (three digits 000-999, or a class like 4xx): 'abc'" },
		{ "Code: 4x4\nName: X\nText: t\n",
		  "u.rec:1: invalid code (three digits 000-999, or a class like 4xx): '4x4'" },
		{ "Name: X\nCode: 40\nText: t\n",
		  "u.rec:2: invalid code (three digits 000-999, or a class like 4xx): '40'" },
		/* missing or empty Name and Text */
		{ "Code: 404\nText: t\n", "u.rec:1: record 404 has no Name" },
		{ "Code: 404\nName:\nText: t\n", "u.rec:1: record 404 has no Name" },
		{ "Code: 004\nName: X\n", "u.rec:1: record 004 has no Text" },
		{ "Code: 404\nName: X\nText:\n", "u.rec:1: record 404 has no Text" },
		/* unknown and doubled fields */
		{ "Code: 404\nName: X\nText: t\nColour: red\n",
		  "u.rec:4: unknown field 'Colour' (expected Code, Name, Text, Qualifier, Vendor, "
		  "Flags, Repair, Sic, Note, Reference, Status, Expires)" },
		{ "Code: 299\nName: A\nText: t\n\nCode: 404\nName: X\nText: t\nSource: x\n",
		  "u.rec:8: unknown field 'Source' (expected Code, Name, Text, Qualifier, Vendor, "
		  "Flags, Repair, Sic, Note, Reference, Status, Expires)" },
		{ "Code: 404\nName: X\nName: Y\nText: t\n", "u.rec:3: field 'Name' given twice" },
		{ "Code: 404\nCode: 405\nName: X\nText: t\n", "u.rec:2: field 'Code' given twice" },
		{ "Code: 404\nName: X\nText: t\nVendor: nginx\nVendor: esri\n",
		  "u.rec:5: field 'Vendor' given twice" },
		/* vendors, flags, status, dates */
		{ "Code: 404\nName: X\nText: t\nVendor: acme\n",
		  "u.rec:4: unknown vendor group (standard, webdav, nginx, microsoft, cloudflare, "
		  "esri, google, apache, twitter, unofficial): 'acme'" },
		{ "Code: 404\nName: X\nText: t\nVendor: nginx acme\n",
		  "u.rec:4: unknown vendor group (standard, webdav, nginx, microsoft, cloudflare, "
		  "esri, google, apache, twitter, unofficial): 'acme'" },
		{ "Code: 404\nName: X\nText: t\nVendor: nginx,acme esri\n",
		  "u.rec:4: unknown vendor group (standard, webdav, nginx, microsoft, cloudflare, "
		  "esri, google, apache, twitter, unofficial): 'acme'" },
		{ "Code: 404\nName: X\nText: t\nVendor: ,\n", "u.rec:4: empty vendor group: ','" },
		{ "Code: 404\nName: X\nText: t\nFlags: top10 hot\n",
		  "u.rec:4: unknown flag (top10, experimental, draft, deprecated): 'hot'" },
		{ "Code: 404\nName: X\nText: t\nFlags: top10 bogus draft\n",
		  "u.rec:4: unknown flag (top10, experimental, draft, deprecated): 'bogus'" },
		{ "Code: 404\nName: X\nText: t\nStatus: pending\n",
		  "u.rec:4: unknown status (registered, temporary, unused, obsolete): 'pending'" },
		{ "Code: 404\nName: X\nText: t\nStatus: unregistered\n",
		  "u.rec:4: unknown status (registered, temporary, unused, obsolete): 'unregistered'" },
		{ "Code: 404\nName: X\nText: t\nExpires: 2026-1-13\n",
		  "u.rec:4: invalid date (YYYY-MM-DD): '2026-1-13'" },
		{ "Code: 404\nName: X\nText: t\nExpires: 13/11/2026\n",
		  "u.rec:4: invalid date (YYYY-MM-DD): '13/11/2026'" },
		{ "Code: 404\nName: X\nText: t\nExpires: 2026-11-13x\n",
		  "u.rec:4: invalid date (YYYY-MM-DD): '2026-11-13x'" },
		/* repairs and sics */
		{ "Code: 404\nName: X\nText: t\nRepair: \"a\" => \"t\": why\n",
		  "u.rec:4: invalid repair (\"was\" -> \"now\": why, or a sentence): "
		  "'\"a\" => \"t\": why'" },
		{ "Code: 404\nName: X\nText: t\nRepair: \"a\" -> \"t\"\n",
		  "u.rec:4: invalid repair (\"was\" -> \"now\": why, or a sentence): '\"a\" -> \"t\"'" },
		{ "Code: 404\nName: X\nText: t\nRepair: \"a -> \"t\": why\n",
		  "u.rec:4: invalid repair (\"was\" -> \"now\": why, or a sentence): "
		  "'\"a -> \"t\": why'" },
		{ "Code: 404\nName: X\nText: t\nRepair:\n", "u.rec:4: empty repair: ''" },
		{ "Code: 404\nName: X\nText: the text\nRepair: \"a\" -> \"text\": ok\n"
		  "Repair: \"b\" -> \"nowhere\": why\n",
		  "u.rec:1: repair 2: its new text is not in the record" },
		{ "Code: 404\nName: X\nText: t\nSic: \"Foudn\" -> \"Found\"\n",
		  "u.rec:1: sic 1: its word is not in the record" },
		{ "Code: 404\nName: X\nText: t\nSic: \"t\" -> \"T\" extra\n",
		  "u.rec:4: invalid sic (\"as written\" -> \"meant\"): '\"t\" -> \"T\" extra'" },
		{ "Code: 404\nName: X\nText: t\nSic: \"\" -> \"T\"\n",
		  "u.rec:4: invalid sic (\"as written\" -> \"meant\"): '\"\" -> \"T\"'" },
		/* class records */
		{ "Code: 4xx\nName: Client\nText: t\nVendor: standard\n",
		  "u.rec:1: a class record takes no Vendor or Status" },
		{ "Code: 4XX\nName: Client\nText: t\nStatus: registered\n",
		  "u.rec:1: a class record takes no Vendor or Status" },
		/* the line of a later record */
		{ "Code: 200\nName: OK\nText: t\n\n# two\n\nCode: 201\nName: Created\n",
		  "u.rec:7: record 201 has no Text" },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++)
		user_bad("u.rec", cases[i].text, cases[i].want);
}

static void test_user_bad_sources(void **state)
{
	static const struct {
		const char *file, *text, *want;
	} cases[] = {
		{ "u.rec", "Source: My_Codes\nTitle: t\n\nCode: 299\nName: X\nText: t\n",
		  "u.rec:1: invalid source id 'My_Codes' (lower-case letters, digits and '-', "
		  "at most 32)" },
		{ "u.rec", "Source: -ops\n\nCode: 299\nName: X\nText: t\n",
		  "u.rec:1: invalid source id '-ops' (lower-case letters, digits and '-', "
		  "at most 32)" },
		{ "u.rec", "# x\nSource: abcdefghijabcdefghijabcdefghijabc\n",
		  "u.rec:2: invalid source id 'abcdefghijabcdefghijabcdefghijabc' (lower-case "
		  "letters, digits and '-', at most 32)" },
		{ "u.rec", "Source: iana\nTitle: Not the registry\n\nCode: 299\nName: X\nText: t\n",
		  "u.rec:1: source id 'iana' is already used by data/iana.rec" },
		{ "iana.rec", "Code: 299\nName: X\nText: t\n",
		  "iana.rec: source id 'iana' is already used by data/iana.rec" },
		{ "u.rec", "Source: ops\nColour: red\n\nCode: 299\nName: X\nText: t\n",
		  "u.rec:2: unknown field 'Colour' in a source record" },
		{ "u.rec", "Source: ops\nCode: 299\nName: X\nText: t\n",
		  "u.rec:2: unknown field 'Code' in a source record" },
		{ "u.rec", "Source: ops\nEntries: many\n\nCode: 299\nName: X\nText: t\n",
		  "u.rec:2: invalid Entries count" },
		/* a field given twice is refused, as in an entry, not the last kept */
		{ "u.rec", "Source: s3\nSource: s4\n\nCode: 299\nName: X\nText: t\n",
		  "u.rec:2: field 'Source' given twice" },
		{ "u.rec", "Source: ops\nTitle: a\nLabel: l\nTitle: b\n\nCode: 299\nName: X\nText: t\n",
		  "u.rec:4: field 'Title' given twice" },
		{ "u.rec", "Source: ops\nEntries: 1\nEntries: 1\n\nCode: 299\nName: X\nText: t\n",
		  "u.rec:3: field 'Entries' given twice" },
		{ "u.rec", "Source: ops\nId: other\n\nCode: 299\nName: X\nText: t\n",
		  "u.rec:2: fields 'Source' and 'Id' both give the source id" },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++)
		user_bad(cases[i].file, cases[i].text, cases[i].want);
}

static void test_user_same_id_in_two_files(void **state)
{
	const char *names[] = { "a.rec", "b.rec" };
	const char *texts[] = {
		"Source: ops\n\nCode: 299\nName: A\nText: t\n",
		"Source: ops\n\nCode: 299\nName: B\nText: t\n",
	};
	const char *by_name[] = { "ops.rec", "sub/ops.rec" };
	const char *plain[] = { "Code: 299\nName: A\nText: t\n", "Code: 299\nName: B\nText: t\n" };
	const enum cb_kind kinds[] = { CB_USER, CB_USER };

	(void)state;
	files_bad(E, names, texts, kinds, 2, "b.rec:1: source id 'ops' is already used by a.rec");
	files_bad(E, by_name, plain, kinds, 2,
		  "sub/ops.rec: source id 'ops' is already used by ops.rec");
}

/* Every other error is found: a bad second file refuses the first too. */
static void test_user_error_in_second_file(void **state)
{
	const char *names[] = { "good.rec", "bad.rec" };
	const char *texts[] = { "Code: 299\nName: A\nText: t\n", "Code: 299\nName: B\n" };
	const enum cb_kind kinds[] = { CB_USER, CB_USER };

	(void)state;
	files_bad(E, names, texts, kinds, 2, "bad.rec:1: record 299 has no Text");
}

/* A user source record may state its Entries like sources.rec does; a wrong
 * count must be reported against the user's file. */
static void test_user_entries_mismatch_names_the_file(void **state)
{
	(void)state;
	user_bad("u.rec", "Source: ops\nEntries: 5\n\nCode: 299\nName: X\nText: t\n",
		 "u.rec:2: source 'ops' declares 5 entries but u.rec has 1");
}

/* "YYYY-MM-DD": the dashes and digits must be in their places. */
static void test_user_expires_needs_digits_in_place(void **state)
{
	(void)state;
	user_bad("u.rec", "Code: 404\nName: X\nText: t\nExpires: 20-6-11-13\n",
		 "u.rec:4: invalid date (YYYY-MM-DD): '20-6-11-13'");
	user_bad("u.rec", "Code: 404\nName: X\nText: t\nExpires: ----------\n",
		 "u.rec:4: invalid date (YYYY-MM-DD): '----------'");
}

/* ---- sources.rec and embedded files --------------------------------------- */

static const char sources_rec[] =
	"Id: alpha\n"
	"Label: Alpha\n"
	"Title: The Alpha list\n"
	"Author: A. Author\n"
	"URL: https://example.org/\n"
	"Year: 2020\n"
	"Document: alpha.txt\n"
	"License: none\n"
	"Entries: 3\n";

static const char alpha_rec[] =
	"Source: alpha\n"
	"\n"
	"Code: 2xx\n"
	"Name: Success\n"
	"\n"
	"Code: 200\n"
	"Name: OK\n"
	"Vendor: standard\n"
	"\n"
	"Code: 404\n"
	"Vendor: standard\n"
	"Text: No name here.\n";

static void test_embedded_build(void **state)
{
	const char *names[] = { "sources.rec", "alpha.rec" };
	const char *texts[] = { sources_rec, alpha_rec };
	const enum cb_kind kinds[] = { CB_SOURCES, CB_EMBEDDED };
	struct catalog c;
	char err[RF_ERRLEN] = "";

	(void)state;
	assert_int_equal(build(&c, NULL, names, texts, kinds, 2, err), 0);
	assert_int_equal(c.nsources, 1);
	assert_string_equal(c.sources[0].id, "alpha");
	assert_string_equal(c.sources[0].label, "Alpha");
	assert_string_equal(c.sources[0].author, "A. Author");
	assert_string_equal(c.sources[0].file, "alpha.rec");
	assert_int_equal(c.sources[0].nentries, 3);
	assert_false(c.sources[0].user);
	assert_int_equal(c.nentries, 2);
	assert_int_equal(c.nclasses, 1);
	assert_int_equal(c.ncodes, 2);
	assert_string_equal(code(&c, 404)->name, "");
	assert_int_equal(code(&c, 404)->nnames, 0);
	assert_string_equal(code(&c, 200)->name, "OK");
	assert_string_equal(catalog_class_name(&c, 2), "Success");
	catalog_free(&c);
}

/* A class defined without a name: known, but nameless (""), unlike an
 * undefined class (NULL). */
static void test_class_without_name_is_empty(void **state)
{
	const char *names[] = { "sources.rec", "alpha.rec" };
	const char *texts[] = {
		"Id: alpha\nLabel: A\nTitle: T\nAuthor: A\nURL: u\nYear: y\nDocument: d\n"
		"License: l\nEntries: 1\n",
		"Source: alpha\n\nCode: 3xx\nText: Redirection, further action is required\n",
	};
	const enum cb_kind kinds[] = { CB_SOURCES, CB_EMBEDDED };
	struct catalog c;
	char err[RF_ERRLEN] = "";
	const char *three, *four;

	(void)state;
	assert_int_equal(build(&c, NULL, names, texts, kinds, 2, err), 0);
	three = catalog_class_name(&c, 3);
	four = catalog_class_name(&c, 4);
	assert_int_equal(c.nclasses, 1);
	assert_int_equal(c.ncodes, 0);
	assert_null(catalog_code(&c, 300));
	catalog_free(&c);
	assert_non_null(three);
	assert_string_equal(three, "");
	assert_null(four);
}

static void test_embedded_count_mismatch(void **state)
{
	const char *names[] = { "sources.rec", "alpha.rec" };
	const char *texts[] = {
		sources_rec,
		"Source: alpha\n\nCode: 200\nName: OK\nVendor: standard\n\n"
		"Code: 404\nVendor: standard\n",
	};
	const enum cb_kind kinds[] = { CB_SOURCES, CB_EMBEDDED };

	(void)state;
	files_bad(NULL, names, texts, kinds, 2,
		  "sources.rec:9: source 'alpha' declares 3 entries but alpha.rec has 2");
}

static void test_embedded_bad_files(void **state)
{
	static const struct {
		const char *sources, *data, *want;
	} cases[] = {
		{ sources_rec, "Source: beta\n\nCode: 200\nName: OK\nVendor: standard\n",
		  "alpha.rec:1: source 'beta' is not in sources.rec" },
		{ sources_rec, "# x\n\nSource: alpha\nTitle: t\n\nCode: 200\nVendor: standard\n",
		  "alpha.rec:3: the first record must be just 'Source: id'" },
		{ sources_rec, "Code: 200\nVendor: standard\n",
		  "alpha.rec:1: the first record must be just 'Source: id'" },
		{ sources_rec, "", "alpha.rec: the first record must be just 'Source: id'" },
		{ sources_rec, "Source: alpha\n\nCode: 200\nName: OK\n\nCode: 201\nVendor: standard\n",
		  "alpha.rec:3: record 200 has no Vendor" },
		{ "Id: alpha\nLabel: A\nTitle: T\nAuthor: A\nURL: u\nYear: y\nDocument: d\nEntries: 1\n",
		  alpha_rec, "sources.rec:1: source record has no License field" },
		{ "Id: alpha\nLabel: A\nTitle: T\nAuthor: A\nURL: u\nYear: y\nDocument: d\n"
		  "License: l\nEntries: 1\nColour: red\n",
		  alpha_rec, "sources.rec:10: unknown field 'Colour' in a source record" },
		{ "Id: alpha\nLabel: A\nTitle: T\nAuthor: A\nURL: u\nYear: y\nDocument: d\n"
		  "License: l\nEntries: -1\n",
		  alpha_rec, "sources.rec:9: invalid Entries count" },
		{ "Id: alpha\nLabel: A\nTitle: T\nAuthor: A\nURL: u\nYear: y\nDocument: d\n"
		  "License: l\nEntries: 1\nURL: v\n",
		  alpha_rec, "sources.rec:10: field 'URL' given twice" },
	};
	const char *names[] = { "sources.rec", "alpha.rec" };
	const enum cb_kind kinds[] = { CB_SOURCES, CB_EMBEDDED };

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		const char *texts[] = { cases[i].sources, cases[i].data };

		files_bad(NULL, names, texts, kinds, 2, cases[i].want);
	}
}

static void test_sources_without_data_file(void **state)
{
	const char *names[] = { "sources.rec" };
	const char *texts[] = { sources_rec };
	const enum cb_kind kinds[] = { CB_SOURCES };

	(void)state;
	files_bad(NULL, names, texts, kinds, 1, "sources.rec:9: source 'alpha' has no data file");
}

static void test_sources_doubled_id(void **state)
{
	const char *names[] = { "sources.rec" };
	const char *texts[] = {
		"Id: alpha\nLabel: A\nTitle: T\nAuthor: A\nURL: u\nYear: y\nDocument: d\n"
		"License: l\nEntries: 1\n\n"
		"Id: alpha\nLabel: A\nTitle: T\nAuthor: A\nURL: u\nYear: y\nDocument: d\n"
		"License: l\nEntries: 1\n",
	};
	const enum cb_kind kinds[] = { CB_SOURCES };

	(void)state;
	files_bad(NULL, names, texts, kinds, 1,
		  "sources.rec:11: source id 'alpha' is already used by another source");
}

/* ---- distinct names: catalog_names --------------------------------------- */

/* code's distinct names (names must hold ci->count). */
static size_t names_of(int n, struct catalog_name *names, size_t max)
{
	const struct code_info *ci = code(E, n);

	assert_true(ci->count <= max);
	memset(names, 0x5a, max * sizeof(*names));
	return catalog_names(E, ci, NULL, names);
}

static void assert_name(const struct catalog_name *nm, const char *fname, const char *spelling,
			const char *first_source, unsigned count, unsigned vendors)
{
	assert_string_equal(nm->fname, fname);
	assert_string_equal(nm->spelling, spelling);
	assert_string_equal(E->sources[nm->first->source].id, first_source);
	assert_string_equal(nm->first->fname, fname);
	assert_int_equal(nm->count, count);
	assert_int_equal(nm->vendors, vendors);
}

/* 413: three names, each spelled as most sources spell it: "Request Entity
 * Too Large" (four sources), not Wikipedia's "Request entity too large",
 * which comes first. CN table 2 gives no name. */
static void test_names_413(void **state)
{
	struct catalog_name names[16];
	const unsigned std = VENDOR_BIT(VENDOR_STANDARD);

	(void)state;
	assert_int_equal(names_of(413, names, 16), 3);
	assert_int_equal(code(E, 413)->nnames, 3);
	assert_name(&names[0], "payload too large", "Payload Too Large", "httpstatuses", 1, std);
	assert_name(&names[1], "request entity too large", "Request Entity Too Large",
		    "wikipedia", 5, std);
	assert_string_equal(names[1].first->name, "Request entity too large");
	assert_name(&names[2], "content too large", "Content Too Large", "iana", 1, std);
}

/* 451: httpstatuses writes "Reasonse" (kept, with a sic): the name shown is
 * the registry's spelling; Microsoft's "Redirect" is the other name. */
static void test_names_451(void **state)
{
	struct catalog_name names[16];

	(void)state;
	assert_int_equal(names_of(451, names, 16), 2);
	assert_name(&names[0], "unavailable for legal reason", "Unavailable For Legal Reasons",
		    "httpstatuses", 3, VENDOR_BIT(VENDOR_STANDARD));
	assert_string_equal(names[0].first->name, "Unavailable For Legal Reasonse");
	assert_name(&names[1], "redirect", "Redirect", "wikipedia", 1,
		    VENDOR_BIT(VENDOR_MICROSOFT));
}

/* 499: nginx's name in three sources, Esri's in one. */
static void test_names_499(void **state)
{
	struct catalog_name names[16];

	(void)state;
	assert_int_equal(names_of(499, names, 16), 2);
	assert_name(&names[0], "client closed request", "Client Closed Request", "httpstatuses", 3,
		    VENDOR_BIT(VENDOR_NGINX));
	assert_name(&names[1], "token required", "Token required", "wikipedia", 1,
		    VENDOR_BIT(VENDOR_ESRI));
}

/* 408: "Request Timeout", "Request timeout" and "Request Time-out" are one
 * name, spelled as the registry spells it. */
static void test_names_one_name(void **state)
{
	struct catalog_name names[16];
	size_t named = 0;
	const struct code_info *ci = code(E, 408);

	(void)state;
	assert_int_equal(names_of(408, names, 16), 1);
	for (unsigned k = ci->first; k < ci->first + ci->count; k++)
		named += E->entries[k].name[0] != '\0';
	assert_name(&names[0], "request timeout", "Request Timeout",
		    E->sources[E->entries[ci->first].source].id, (unsigned)named,
		    VENDOR_BIT(VENDOR_STANDARD));
}

/* A spelling is the commonest among the entries, a typo's last: two
 * "Teh Name" (a Sic) lose to one "The name". */
static void test_names_spelling_of_user_entries(void **state)
{
	static const char text[] =
		"Code: 299\nName: Foo bar\nText: t\n\n"
		"Code: 299\nName: Foo Bar\nText: t\n\n"
		"Code: 299\nName: Foo bar\nText: t\n\n"
		"Code: 299\nName: Foo Baz\nText: t\nSic: \"Baz\" -> \"Bar\"\n\n"
		"Code: 299\nName: Other\nText: t\nVendor: nginx\n\n"
		"Code: 298\nName: Teh Name\nText: t\nSic: \"Teh\" -> \"The\"\n\n"
		"Code: 298\nName: Teh Name\nText: t\nSic: \"Teh\" -> \"The\"\n\n"
		"Code: 298\nName: The name\nText: t\n";
	const char *names[] = { "t.rec" }, *texts[] = { text };
	const enum cb_kind kinds[] = { CB_USER };
	struct catalog_name nm[8];
	struct catalog c;
	char err[RF_ERRLEN] = "";
	int rc = build(&c, NULL, names, texts, kinds, 1, err);

	(void)state;
	if (rc)
		print_error("%s\n", err);
	assert_int_equal(rc, 0);
	assert_int_equal(catalog_names(&c, code(&c, 299), NULL, nm), 2);
	assert_string_equal(nm[0].fname, "foo bar");
	assert_string_equal(nm[0].spelling, "Foo bar");
	assert_int_equal(nm[0].count, 4);
	assert_int_equal(nm[0].vendors, VENDOR_BIT(VENDOR_UNOFFICIAL));
	assert_string_equal(nm[1].spelling, "Other");
	assert_int_equal(nm[1].count, 1);
	assert_int_equal(nm[1].vendors, VENDOR_BIT(VENDOR_NGINX));
	assert_true(code(&c, 299)->clash);
	assert_int_equal(catalog_names(&c, code(&c, 298), NULL, nm), 1);
	assert_string_equal(nm[0].fname, "the name");
	assert_string_equal(nm[0].spelling, "The name");
	assert_string_equal(nm[0].first->name, "Teh Name");
	assert_int_equal(nm[0].count, 3);
	assert_false(code(&c, 298)->clash);
	catalog_free(&c);
}

/* Over every code: as many names as nnames, each spelled as one of its
 * entries writes it, counts adding up to the named entries, a meaning
 * without a name only after the names and in groups none of them has, and
 * a clash exactly when two of them share no vendor group. */
static void test_names_agree_with_code_facts(void **state)
{
	(void)state;
	for (size_t i = 0; i < E->ncodes; i++) {
		const struct code_info *ci = &E->codes[i];
		struct catalog_name names[32];
		size_t k, named = 0, counted = 0;
		unsigned short groups = 0;
		bool clash = false;

		assert_true(ci->count <= 32);
		k = catalog_names(E, ci, NULL, names);
		assert_int_equal(k, ci->nnames);
		for (unsigned e = ci->first; e < ci->first + ci->count; e++)
			named += E->entries[e].name[0] != '\0';
		for (size_t a = 0; a < k; a++) {
			bool spelled = false;

			if (!names[a].fname[0]) {   /* a meaning without a name */
				assert_true(a > 0);
				assert_string_equal(names[a].first->name, "");
				assert_int_equal(names[a].vendors & groups, 0);
			} else {
				assert_true(a == 0 || names[a - 1].fname[0]);
				counted += names[a].count;
				groups |= names[a].vendors;
			}
			for (unsigned e = ci->first; e < ci->first + ci->count; e++)
				if (strcmp(E->entries[e].fname, names[a].fname) == 0 &&
				    strcmp(E->entries[e].name, names[a].spelling) == 0)
					spelled = true;
			if (!spelled)
				print_error("%d: '%s' is no entry's spelling\n", ci->code,
					    names[a].spelling);
			assert_true(spelled);
			for (size_t b = a + 1; b < k; b++) {
				assert_string_not_equal(names[a].fname, names[b].fname);
				clash |= !(names[a].vendors & names[b].vendors);
			}
		}
		assert_int_equal(counted, named);
		assert_int_equal(ci->clash, clash);
	}
}

/* The codes with more than one name, and which of them clash (names from
 * different vendor groups) rather than being renamed. 421 and 422 clash
 * by a meaning without a name: table 2's unofficial per-IP connection
 * limit (422's a duplicated 421 line) beside the registry's meaning. */
static void test_codes_with_several_names(void **state)
{
	static const struct {
		int code;
		bool clash;
	} want[] = {
		{ 306, false }, { 308, true }, { 413, false }, { 414, false }, { 416, false },
		{ 418, true }, { 421, true }, { 422, true }, { 425, true }, { 444, false },
		{ 451, true }, { 499, true },
	};
	size_t k = 0;

	(void)state;
	for (size_t i = 0; i < E->ncodes; i++) {
		const struct code_info *ci = &E->codes[i];

		if (ci->nnames < 2) {
			assert_false(ci->clash);
			continue;
		}
		assert_true(k < ARRAY_SIZE(want));
		if (ci->code != want[k].code)
			print_error("code %d has %d names\n", ci->code, ci->nnames);
		assert_int_equal(ci->code, want[k].code);
		assert_int_equal(ci->clash, want[k].clash);
		k++;
	}
	assert_int_equal(k, ARRAY_SIZE(want));
}

/* 421: table 2 gives no name, and its meaning is another (an unofficial
 * limit on connections from one IP address): a clash, its second
 * "name" that meaning, credited to its source. */
static void test_421_clash_without_a_name(void **state)
{
	struct catalog_name names[16];
	const struct code_info *ci = code(E, 421);

	(void)state;
	assert_int_equal(ci->nnames, 2);
	assert_true(ci->clash);
	assert_string_equal(ci->name, "Misdirected Request");
	assert_int_equal(names_of(421, names, 16), 2);
	assert_name(&names[0], "misdirected request", "Misdirected Request", "httpstatuses", 3,
		    VENDOR_BIT(VENDOR_STANDARD));
	assert_string_equal(names[1].fname, "");
	assert_string_equal(names[1].spelling, "");
	assert_string_equal(E->sources[names[1].first->source].id, "cn-v2");
	assert_int_equal(names[1].count, 1);
	assert_int_equal(names[1].vendors, VENDOR_BIT(VENDOR_UNOFFICIAL));
}

/* 422: two WebDAV names (a rename), table 2's WebDAV entry without a name
 * (taken to mean what they do) and its unofficial one (the 421 line
 * repeated): three, and a clash. */
static void test_422_rename_and_a_meaning_without_a_name(void **state)
{
	struct catalog_name names[16];
	const unsigned dav = VENDOR_BIT(VENDOR_WEBDAV);

	(void)state;
	assert_int_equal(code(E, 422)->nnames, 3);
	assert_true(code(E, 422)->clash);
	assert_int_equal(names_of(422, names, 16), 3);
	assert_name(&names[0], "unprocessable entity", "Unprocessable Entity", "httpstatuses", 4,
		    dav);
	assert_name(&names[1], "unprocessable content", "Unprocessable Content", "iana", 1, dav);
	assert_string_equal(names[2].fname, "");
	assert_int_equal(names[2].vendors, VENDOR_BIT(VENDOR_UNOFFICIAL));
	assert_int_equal(names[2].count, 1);
	assert_non_null(strstr(names[2].first->notes[0], "repeats the 421 line"));
}

/* The rule on entries without a name, in an embedded file (only there may
 * an entry lack a name): one in a group no name has is a meaning of its
 * own (two such sharing a group, one meaning); one in a group a name has
 * means what that name does; without any name, there is nothing to
 * clash with. What the filters keep decides. */
static const char unnamed_rec[] =
	"Source: alpha\n\n"
	"Code: 290\nName: Named\nVendor: standard\n\n"
	"Code: 290\nVendor: standard\nText: the same meaning\n\n"
	"Code: 290\nVendor: nginx\nText: another\n\n"
	"Code: 290\nVendor: nginx esri\nText: the other again\n\n"
	"Code: 291\nName: Named\nVendor: standard\n\n"
	"Code: 291\nVendor: standard\nText: the same meaning\n\n"
	"Code: 292\nVendor: nginx\nText: no name\n\n"
	"Code: 292\nVendor: esri\nText: nor here\n";

static void test_meanings_without_a_name(void **state)
{
	const char *names[] = { "sources.rec", "alpha.rec" };
	const char *texts[] = { "Id: alpha\nLabel: Alpha\nTitle: T\nAuthor: A\nURL: u\n"
				"Year: y\nDocument: d\nLicense: l\nEntries: 8\n", unnamed_rec };
	const enum cb_kind kinds[] = { CB_SOURCES, CB_EMBEDDED };
	const bool no_name[] = { false, true, true, true }, no_nginx[] = { true, true, false, true };
	struct catalog_name nm[4];
	struct code_info out;
	struct catalog c;
	char err[RF_ERRLEN] = "";

	(void)state;
	assert_int_equal(build(&c, NULL, names, texts, kinds, 2, err), 0);
	assert_int_equal(code(&c, 290)->nnames, 2);
	assert_true(code(&c, 290)->clash);
	assert_int_equal(catalog_names(&c, code(&c, 290), NULL, nm), 2);
	assert_string_equal(nm[1].fname, "");
	assert_int_equal(nm[1].count, 2);
	assert_int_equal(nm[1].vendors, VENDOR_BIT(VENDOR_NGINX) | VENDOR_BIT(VENDOR_ESRI));
	assert_ptr_equal(nm[1].first, &c.entries[code(&c, 290)->first + 2]);
	assert_int_equal(code(&c, 291)->nnames, 1);
	assert_false(code(&c, 291)->clash);
	assert_int_equal(code(&c, 292)->nnames, 0);
	assert_false(code(&c, 292)->clash);
	catalog_code_facts(&c, code(&c, 290), no_name, &out);
	assert_int_equal(out.nnames, 0);
	assert_false(out.clash);
	catalog_code_facts(&c, code(&c, 290), no_nginx, &out);
	assert_int_equal(out.nnames, 2);   /* Esri's is still another meaning */
	assert_true(out.clash);
	assert_int_equal(catalog_names(&c, code(&c, 290), no_nginx, nm), 2);
	assert_int_equal(nm[1].vendors, VENDOR_BIT(VENDOR_NGINX) | VENDOR_BIT(VENDOR_ESRI));
	assert_int_equal(nm[1].count, 1);
	catalog_free(&c);
}

/* ---- texts that repeat: catalog_same_text -------------------------------- */

/* The entry of code from source id (the first, if it has two). */
static const struct entry *entry_of(const struct catalog *c, int n, const char *id)
{
	const struct code_info *ci = code(c, n);
	int s = catalog_source_index(c, id);

	for (unsigned k = ci->first; k < ci->first + ci->count; k++)
		if (c->entries[k].source == s)
			return &c->entries[k];
	fail_msg("%d has no entry from %s", n, id);
	return NULL;
}

/* 404: restapitutorial's RFC text is httpstatuses', word for word; with
 * httpstatuses' entry left out, it repeats nothing shown. 506 has two
 * pairs. A text a period shorter (414's table 1 against REST: Wikipedia),
 * an entry without a text, the first of a pair and a class record repeat
 * nothing. */
static void test_same_text(void **state)
{
	const struct entry *rfc404 = entry_of(E, 404, "rest-rfc");
	bool keep[16];
	const struct code_info *ci = code(E, 404);

	(void)state;
	assert_ptr_equal(catalog_same_text(E, rfc404, NULL), entry_of(E, 404, "httpstatuses"));
	assert_null(catalog_same_text(E, entry_of(E, 404, "httpstatuses"), NULL));
	assert_true(ci->count <= 16);
	for (unsigned k = 0; k < ci->count; k++)
		keep[k] = E->sources[E->entries[ci->first + k].source].id[0] != 'h';
	assert_null(catalog_same_text(E, rfc404, keep));
	assert_ptr_equal(catalog_same_text(E, entry_of(E, 506, "rest-rfc"), NULL),
			 entry_of(E, 506, "httpstatuses"));
	assert_ptr_equal(catalog_same_text(E, entry_of(E, 506, "rest-wiki"), NULL),
			 entry_of(E, 506, "wikipedia"));
	assert_string_equal(entry_of(E, 414, "cn-v1")->text, "The URI provided was too long for "
			    "the server to process");
	assert_null(catalog_same_text(E, entry_of(E, 414, "cn-v1"), NULL));
	assert_null(catalog_same_text(E, entry_of(E, 404, "iana"), NULL));
	assert_null(catalog_same_text(E, &E->classes[0], NULL));
}

/* Three sources with one text: the third repeats the first, or the second
 * when the first is not shown. */
static void test_same_text_of_three(void **state)
{
	static const char text[] =
		"Code: 299\nName: A\nText: Same words.\n\n"
		"Code: 299\nName: B\nText: Same words.\n\n"
		"Code: 299\nName: C\nText: Same words.\n\n"
		"Code: 299\nName: D\nText: Same words\n";
	const bool no_first[] = { false, true, true, true };
	struct catalog c;
	const struct entry *es;

	(void)state;
	user_ok("three.rec", text, &c);
	es = &c.entries[code(&c, 299)->first];
	assert_null(catalog_same_text(&c, &es[0], NULL));
	assert_ptr_equal(catalog_same_text(&c, &es[1], NULL), &es[0]);
	assert_ptr_equal(catalog_same_text(&c, &es[2], NULL), &es[0]);
	assert_ptr_equal(catalog_same_text(&c, &es[2], no_first), &es[1]);
	assert_null(catalog_same_text(&c, &es[3], NULL));
	catalog_free(&c);
}

/* The repeats of one data file's texts, with the texts of the files read
 * before it (seen): each entry whose text an earlier one of its code has,
 * checked against catalog_same_text, its code added to codes. Returns
 * how many. */
#define SEEN_MAX 600
struct seen_text {
	int code;
	const char *text;
};

static size_t file_repeats(const struct rec_file *rf, struct seen_text *seen, size_t *nseen,
			   int *codes, size_t *ncodes)
{
	const char *id = recfile_get(&rf->records[0], "Source")->value;
	size_t repeats = 0;

	for (size_t r = 1; r < rf->nrecords; r++) {
		const struct rec_field *cf = recfile_get(&rf->records[r], "Code");
		const struct rec_field *tf = recfile_get(&rf->records[r], "Text");
		int code = atoi(cf->value);
		bool again = false;

		if (!tf || strchr(cf->value, 'x'))
			continue;
		for (size_t i = 0; i < *nseen && !again; i++)
			again = seen[i].code == code && strcmp(seen[i].text, tf->value) == 0;
		assert_true(*nseen < SEEN_MAX);
		seen[(*nseen)++] = (struct seen_text){ code, tf->value };
		if (!again)
			continue;
		repeats++;
		assert_non_null(catalog_same_text(E, entry_of(E, code, id), NULL));
		if (!*ncodes || codes[*ncodes - 1] != code)   /* a file is in code order */
			codes[(*ncodes)++] = code;
	}
	return repeats;
}

/* The texts that repeat an earlier one of their code, found from the data
 * files themselves (the parser, not the catalog), read in the sources'
 * order: 20 entries, as the issue counted, in 19 codes (506 has two
 * pairs); and they are exactly the entries catalog_same_text finds. */
static void test_same_texts_in_the_data(void **state)
{
	static const char *const files[] = {
		"data/httpstatuses.rec", "data/wikipedia.rec", "data/tcpipguide.rec",
		"data/rest-rfc.rec", "data/rest-wiki.rec", "data/rest-tips.rec",
		"data/cn-classes.rec", "data/cn-v1.rec", "data/cn-v2.rec", "data/iana.rec",
	};
	static const int want[] = { 200, 204, 207, 208, 226, 400, 403, 404, 405, 417, 449,
				    450, 500, 501, 502, 505, 506, 506, 507, 508 };
	struct seen_text seen[SEEN_MAX];
	struct rec_file rf[ARRAY_SIZE(files)];
	size_t nseen = 0, repeats = 0, found = 0, ncodes = 0, distinct = 0;
	int codes[64];
	char err[RF_ERRLEN];

	(void)state;
	for (size_t f = 0; f < ARRAY_SIZE(files); f++) {
		assert_int_equal(recfile_load(files[f], &rf[f], err), 0);
		repeats += file_repeats(&rf[f], seen, &nseen, codes, &ncodes);
	}
	for (size_t i = 0; i < E->nentries; i++)
		found += catalog_same_text(E, &E->entries[i], NULL) != NULL;
	assert_int_equal(repeats, 20);
	assert_int_equal(found, 20);
	assert_int_equal(ncodes, ARRAY_SIZE(want));    /* 506 once from each file */
	qsort(codes, ncodes, sizeof(codes[0]), cmp_int);
	for (size_t i = 0; i < ncodes; i++) {
		assert_int_equal(codes[i], want[i]);
		distinct += i == 0 || codes[i] != codes[i - 1];
	}
	assert_int_equal(distinct, 19);
	for (size_t f = 0; f < ARRAY_SIZE(files); f++)
		recfile_free(&rf[f]);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_embedded_counts),
		cmocka_unit_test(test_451_clash_standard_vs_microsoft),
		cmocka_unit_test(test_499_clash_nginx_vs_esri),
		cmocka_unit_test(test_413_rename_is_no_clash),
		cmocka_unit_test(test_408_time_out_folds_to_one_name),
		cmocka_unit_test(test_414_request_uri_and_uri_are_one_name),
		cmocka_unit_test(test_best_names),
		cmocka_unit_test(test_registry_status),
		cmocka_unit_test(test_expired_on),
		cmocka_unit_test(test_expired_registration),
		cmocka_unit_test(test_top10),
		cmocka_unit_test(test_520_is_microsoft_and_cloudflare),
		cmocka_unit_test(test_catalog_code_missing),
		cmocka_unit_test(test_class_names),
		cmocka_unit_test(test_source_index),
		cmocka_unit_test(test_entries_sorted_by_code_then_source),
		cmocka_unit_test(test_codes_index_entries),
		cmocka_unit_test(test_vendor_parse),
		cmocka_unit_test(test_user_file_merges),
		cmocka_unit_test(test_user_same_name_keeps_nnames),
		cmocka_unit_test(test_421_clash_without_a_name),
		cmocka_unit_test(test_422_rename_and_a_meaning_without_a_name),
		cmocka_unit_test(test_meanings_without_a_name),
		cmocka_unit_test(test_same_text),
		cmocka_unit_test(test_same_text_of_three),
		cmocka_unit_test(test_same_texts_in_the_data),
		cmocka_unit_test(test_user_sic_corrects_the_name),
		cmocka_unit_test(test_user_id_from_file_name),
		cmocka_unit_test(test_user_default_vendor),
		cmocka_unit_test(test_user_class_record),
		cmocka_unit_test(test_two_user_files),
		cmocka_unit_test(test_user_bad_records),
		cmocka_unit_test(test_user_bad_sources),
		cmocka_unit_test(test_user_same_id_in_two_files),
		cmocka_unit_test(test_user_error_in_second_file),
		cmocka_unit_test(test_user_entries_mismatch_names_the_file),
		cmocka_unit_test(test_user_expires_needs_digits_in_place),
		cmocka_unit_test(test_embedded_build),
		cmocka_unit_test(test_class_without_name_is_empty),
		cmocka_unit_test(test_embedded_count_mismatch),
		cmocka_unit_test(test_embedded_bad_files),
		cmocka_unit_test(test_sources_without_data_file),
		cmocka_unit_test(test_sources_doubled_id),
		cmocka_unit_test(test_names_413),
		cmocka_unit_test(test_names_451),
		cmocka_unit_test(test_names_499),
		cmocka_unit_test(test_names_one_name),
		cmocka_unit_test(test_names_spelling_of_user_entries),
		cmocka_unit_test(test_names_agree_with_code_facts),
		cmocka_unit_test(test_codes_with_several_names),
	};

	return cmocka_run_group_tests_name("catalog", tests, NULL, NULL);
}
