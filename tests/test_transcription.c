/* The transcription proof: every record of the embedded table says what its
 * original document says. For each entry, its text with the recorded repairs
 * undone, and with markup and whitespace normalized, must occur in the
 * document it was transcribed from (data/originals/); so must its name,
 * qualifier and registry reference. And each source holds the number of
 * records stated here and in data/README.md. Run from the repository root. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "helpers.h"
#include "util.h"

static const struct {
	const char *id;
	unsigned records;
} stated[] = {
	{ "httpstatuses", 68 }, { "wikipedia", 88 }, { "tcpipguide", 41 },
	{ "rest-rfc", 63 }, { "rest-wiki", 73 }, { "rest-tips", 10 },
	{ "cn-classes", 5 }, { "cn-v1", 41 }, { "cn-v2", 56 }, { "iana", 64 },
};

static int report = 1; /* print what is not found (not while proving failure) */

static const struct {
	const char *name;
	const char *text;
} entities[] = {
	{ "&quot;", "\"" }, { "&amp;", "&" }, { "&lt;", "<" }, { "&gt;", ">" },
	{ "&nbsp;", " " }, { "&copy;", "(c)" }, { "&#39;", "'" },
};

/* Markup and whitespace normalized: entities decoded, tags and list markers
 * ("- " at a line start) removed, every run of white space one space. The
 * same function serves the documents and the records. */
static char *normalize(const char *s)
{
	char *out = xmalloc(strlen(s) + 2), *o = out;
	int space = 1, line_start = 1;

	while (*s) {
		size_t i, k;

		for (i = 0; i < sizeof(entities) / sizeof(entities[0]); i++)
			if (strncmp(s, entities[i].name, strlen(entities[i].name)) == 0)
				break;
		if (i < sizeof(entities) / sizeof(entities[0])) {
			for (k = 0; entities[i].text[k]; k++)
				*o++ = entities[i].text[k];
			s += strlen(entities[i].name);
			space = line_start = 0;
			continue;
		}
		if (*s == '<' && (s[1] == '/' || s[1] == '!' || (s[1] >= 'a' && s[1] <= 'z'))
		    && strchr(s, '>')) {
			s = strchr(s, '>') + 1;
			if (!space)
				*o++ = ' ';
			space = 1;
			continue;
		}
		if (line_start && s[0] == '-' && s[1] == ' ') {
			s += 2;
			continue;
		}
		if (*s == ' ' || *s == '\t' || *s == '\n' || *s == '\r') {
			line_start = *s == '\n' ? 1 : line_start;
			if (!space)
				*o++ = ' ';
			space = 1;
			s++;
			continue;
		}
		*o++ = *s++;
		space = line_start = 0;
	}
	while (o > out && o[-1] == ' ')
		o--;
	*o = '\0';
	return out;
}

/* s with its first occurrence of a replaced by b (a copy). */
static char *replace_first(const char *s, const char *a, const char *b)
{
	const char *at = strstr(s, a);
	char *r;

	if (!at)
		return xstrdup(s);
	r = xmalloc(strlen(s) - strlen(a) + strlen(b) + 1);
	memcpy(r, s, (size_t)(at - s));
	strcpy(r + (at - s), b);
	strcat(r, at + strlen(a));
	return r;
}

/* The entry's text as the document had it: repairs undone, last first. */
static char *undo_repairs(const struct entry *e, const char *text)
{
	char *t = xstrdup(text);

	for (unsigned i = e->nrepairs; i-- > 0;) {
		const struct repair *r = &e->repairs[i];
		char *u;

		if (!r->was || !strstr(t, r->now))
			continue;  /* structural, or a repair of the other field */
		u = replace_first(t, r->now, r->was);
		free(t);
		t = u;
	}
	return t;
}

static char *document_of(const struct catalog *c, const struct entry *e)
{
	char path[256], *doc, *norm;

	snprintf(path, sizeof(path), "data/originals/%s", c->sources[e->source].document);
	doc = slurp(path);
	if (!doc)
		fail_msg("cannot read %s (run from the repository root)", path);
	norm = normalize(doc);
	free(doc);
	return norm;
}

/* Is s (undone, normalized) in the document? Reports the record if not. */
static int found(const struct catalog *c, const struct entry *e, const char *doc,
		 const char *what, const char *s)
{
	char *u = strcmp(what, "name") == 0 || strcmp(what, "text") == 0 ? undo_repairs(e, s)
		  : xstrdup(s);
	char *n = normalize(u);
	int ok = strstr(doc, n) != NULL;

	if (!ok && report)
		print_error("%s:%u: %s not found in %s: \"%.80s\"\n",
			    c->sources[e->source].file, e->line, what,
			    c->sources[e->source].document, n);
	free(n);
	free(u);
	return ok;
}

static int check_entry(const struct catalog *c, const struct entry *e, const char *doc)
{
	int ok = 1;

	if (e->text[0])
		ok &= found(c, e, doc, "text", e->text);
	if (e->name[0])
		ok &= found(c, e, doc, "name", e->name);
	if (e->qualifier[0])
		ok &= found(c, e, doc, "qualifier", e->qualifier);
	if (e->reference[0])
		ok &= found(c, e, doc, "reference", e->reference);
	return ok;
}

static void check_all(const struct entry *es, size_t n, unsigned *checked)
{
	const struct catalog *c = &embedded_catalog;
	int ok = 1;

	for (size_t i = 0; i < n; i++) {
		char *doc = document_of(c, &es[i]);

		ok &= check_entry(c, &es[i], doc);
		free(doc);
		(*checked)++;
	}
	assert_true(ok);
}

static void test_every_entry_is_in_its_document(void **state)
{
	unsigned checked = 0;

	(void)state;
	check_all(embedded_catalog.entries, embedded_catalog.nentries, &checked);
	check_all(embedded_catalog.classes, embedded_catalog.nclasses, &checked);
	assert_int_equal(checked, 509);
}

/* The index of code's entry from source id. */
static unsigned k_of(const struct catalog *c, int code, const char *id)
{
	const struct code_info *ci = catalog_code(c, code);

	for (unsigned k = ci->first; k < ci->first + ci->count; k++)
		if (strcmp(c->sources[c->entries[k].source].id, id) == 0)
			return k;
	fail_msg("no %d from %s", code, id);
	return 0;
}

/* The proof would be worthless if anything were "found": a changed word, a
 * dropped repair or a record against the wrong document must fail it. */
static void test_the_proof_can_fail(void **state)
{
	const struct catalog *c = &embedded_catalog;
	char *doc, *t;
	struct entry e;

	(void)state;
	report = 0;
	e = c->entries[k_of(c, 400, "tcpipguide")];
	doc = document_of(c, &e);
	assert_true(check_entry(c, &e, doc));
	t = replace_first(e.text, "client", "server");
	e.text = t;
	assert_false(check_entry(c, &e, doc));
	free(t);
	e = c->entries[k_of(c, 400, "tcpipguide")];
	e.nrepairs = 0;        /* the smiley repair forgotten: "☺" is not in the book */
	assert_false(check_entry(c, &e, doc));
	free(doc);
	e = c->entries[k_of(c, 400, "wikipedia")];
	doc = document_of(c, &c->entries[k_of(c, 400, "tcpipguide")]);
	assert_false(check_entry(c, &e, doc));
	free(doc);
	report = 1;
}

static void test_each_source_has_its_stated_count(void **state)
{
	const struct catalog *c = &embedded_catalog;

	(void)state;
	assert_int_equal(c->nsources, sizeof(stated) / sizeof(stated[0]));
	for (size_t i = 0; i < c->nsources; i++) {
		assert_string_equal(c->sources[i].id, stated[i].id);
		assert_int_equal(c->sources[i].nentries, stated[i].records);
	}
}

/* Codes that a source lists twice keep both records. */
static void test_doubled_codes_have_two_records(void **state)
{
	static const struct {
		const char *id;
		int code;
	} twice[] = {
		{ "wikipedia", 308 }, { "wikipedia", 451 }, { "wikipedia", 499 },
		{ "cn-v2", 305 }, { "cn-v2", 422 },
	};
	const struct catalog *c = &embedded_catalog;

	(void)state;
	for (size_t i = 0; i < sizeof(twice) / sizeof(twice[0]); i++) {
		const struct code_info *ci = catalog_code(c, twice[i].code);
		unsigned n = 0;

		for (unsigned k = ci->first; k < ci->first + ci->count; k++)
			n += strcmp(c->sources[c->entries[k].source].id, twice[i].id) == 0;
		assert_int_equal(n, 2);
	}
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_every_entry_is_in_its_document),
		cmocka_unit_test(test_the_proof_can_fail),
		cmocka_unit_test(test_each_source_has_its_stated_count),
		cmocka_unit_test(test_doubled_codes_have_two_records),
	};

	return cmocka_run_group_tests_name("transcription", tests, NULL, NULL);
}
