/* Tests of the JSON writers: every escape, UTF-8 kept as is, U+2028 and
 * U+2029 escaped, long strings, and the commas of json_kv / json_kv_list.
 * Output goes to a memory stream. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>

#include "json.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

struct mem {
	FILE *f;
	char *buf;
	size_t len;
};

static void mem_open(struct mem *m)
{
	m->buf = NULL;
	m->len = 0;
	m->f = open_memstream(&m->buf, &m->len);
	assert_non_null(m->f);
}

/* Closes the stream; m->buf then holds everything written. */
static void mem_close(struct mem *m)
{
	assert_int_equal(fclose(m->f), 0);
	m->f = NULL;
}

static void check_str(const char *in, const char *want)
{
	struct mem m;

	mem_open(&m);
	json_str(m.f, in);
	mem_close(&m);
	if (strcmp(m.buf, want) != 0)
		print_error("json_str(\"%s\")\n", in);
	assert_string_equal(m.buf, want);
	assert_int_equal(m.len, strlen(want));
	free(m.buf);
}

/* ---- json_str -------------------------------------------------------------- */

static void test_str_plain(void **state)
{
	(void)state;
	check_str("", "\"\"");
	check_str("Not Found", "\"Not Found\"");
	check_str("a/b <c> & 'd'", "\"a/b <c> & 'd'\"");
}

static void test_str_quote_and_backslash(void **state)
{
	(void)state;
	check_str("say \"hi\"", "\"say \\\"hi\\\"\"");
	check_str("C:\\dir\\", "\"C:\\\\dir\\\\\"");
	check_str("\\\"", "\"\\\\\\\"\"");
	check_str("\"", "\"\\\"\"");
}

static void test_str_named_escapes(void **state)
{
	static const struct {
		const char *in, *want;
	} cases[] = {
		{ "a\nb", "\"a\\nb\"" },
		{ "a\tb", "\"a\\tb\"" },
		{ "a\rb", "\"a\\rb\"" },
		{ "a\bb", "\"a\\bb\"" },
		{ "a\fb", "\"a\\fb\"" },
		{ "\n\n", "\"\\n\\n\"" },
		{ "\r\n", "\"\\r\\n\"" },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++)
		check_str(cases[i].in, cases[i].want);
}

static void test_str_other_controls_as_u00xx(void **state)
{
	static const struct {
		const char *in, *want;
	} cases[] = {
		{ "\x01", "\"\\u0001\"" },
		{ "a\x02z", "\"a\\u0002z\"" },
		{ "\x07", "\"\\u0007\"" },
		{ "\x0b", "\"\\u000b\"" },
		{ "\x0e", "\"\\u000e\"" },
		{ "\x1b[0m", "\"\\u001b[0m\"" },
		{ "\x1f", "\"\\u001f\"" },
		{ "\x7f", "\"\\u007f\"" },
		{ "x\x7fy", "\"x\\u007fy\"" },
		{ " ~", "\" ~\"" },  /* 0x20 and 0x7e are plain */
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++)
		check_str(cases[i].in, cases[i].want);
}

/* Every byte 0x01..0x7f: which are escaped, and how. */
static void test_str_every_ascii_byte(void **state)
{
	(void)state;
	for (int c = 1; c < 0x80; c++) {
		char in[2] = { (char)c, '\0' }, want[16];

		switch (c) {
		case '"': strcpy(want, "\"\\\"\""); break;
		case '\\': strcpy(want, "\"\\\\\""); break;
		case '\n': strcpy(want, "\"\\n\""); break;
		case '\t': strcpy(want, "\"\\t\""); break;
		case '\r': strcpy(want, "\"\\r\""); break;
		case '\b': strcpy(want, "\"\\b\""); break;
		case '\f': strcpy(want, "\"\\f\""); break;
		default:
			if (c < 0x20 || c == 0x7f)
				snprintf(want, sizeof(want), "\"\\u%04x\"", c);
			else
				snprintf(want, sizeof(want), "\"%c\"", c);
		}
		check_str(in, want);
	}
}

static void test_str_line_separators_escaped(void **state)
{
	(void)state;
	check_str("a\xe2\x80\xa8" "b", "\"a\\u2028b\"");
	check_str("a\xe2\x80\xa9" "b", "\"a\\u2029b\"");
	check_str("\xe2\x80\xa8\xe2\x80\xa9", "\"\\u2028\\u2029\"");
	/* neighbours are not: U+2027, U+202A, U+2014 */
	check_str("\xe2\x80\xa7\xe2\x80\xaa\xe2\x80\x94", "\"\xe2\x80\xa7\xe2\x80\xaa\xe2\x80\x94\"");
	/* C1 controls are valid UTF-8 and JSON allows them raw */
	check_str("\xc2\x85", "\"\xc2\x85\"");
}

static void test_str_utf8_kept(void **state)
{
	static const char *const kept[] = {
		"caf\xc3\xa9",                      /* café */
		"\xe6\x97\xa5\xe6\x9c\xac",          /* 日本 */
		"\xf0\x9f\x98\x80",                  /* U+1F600 */
		"\xe2\x98\xba \xe2\x80\x94 \xc2\xa0", /* ☺ — NBSP */
		"\xef\xbb\xbf",                      /* BOM */
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(kept); i++) {
		char want[64];

		snprintf(want, sizeof(want), "\"%s\"", kept[i]);
		check_str(kept[i], want);
	}
	check_str("I\xe2\x80\x99m \"\xe6\x97\xa5\"\n", "\"I\xe2\x80\x99m \\\"\xe6\x97\xa5\\\"\\n\"");
}

static void test_str_100k(void **state)
{
	const size_t n = 100 * 1024;
	char *in = malloc(n + 1), *want = malloc(2 * n + 3);
	size_t w = 0;

	(void)state;
	assert_non_null(in);
	assert_non_null(want);
	want[w++] = '"';
	for (size_t i = 0; i < n; i++) {
		in[i] = i % 1000 == 999 ? '\n' : (char)('a' + i % 26);
		if (in[i] == '\n') {
			want[w++] = '\\';
			want[w++] = 'n';
		} else {
			want[w++] = in[i];
		}
	}
	in[n] = '\0';
	want[w++] = '"';
	want[w] = '\0';
	check_str(in, want);
	assert_int_equal(strlen(want), n + 2 + n / 1000);
	free(in);
	free(want);
}

/* ---- json_kv, json_kv_list --------------------------------------------------- */

static void test_kv_first_has_no_comma(void **state)
{
	struct mem m;

	(void)state;
	mem_open(&m);
	json_kv(m.f, "id", "wikipedia", 1);
	mem_close(&m);
	assert_string_equal(m.buf, "\"id\":\"wikipedia\"");
	free(m.buf);
}

static void test_kv_sequence(void **state)
{
	struct mem m;

	(void)state;
	mem_open(&m);
	putc('{', m.f);
	json_kv(m.f, "code", "404", 1);
	json_kv(m.f, "name", "Not \"Found\"", 0);
	json_kv(m.f, "text", "", 0);
	json_kv(m.f, "we\"ird\n", "a\\b", 0);
	putc('}', m.f);
	mem_close(&m);
	assert_string_equal(m.buf, "{\"code\":\"404\",\"name\":\"Not \\\"Found\\\"\","
			    "\"text\":\"\",\"we\\\"ird\\n\":\"a\\\\b\"}");
	free(m.buf);
}

static void test_kv_list_sizes(void **state)
{
	static const char *const items[] = { "nginx", "esri", "a\"b\n" };
	static const struct {
		size_t n;
		const char *want;
	} cases[] = {
		{ 0, ",\"vendor\":[]" },
		{ 1, ",\"vendor\":[\"nginx\"]" },
		{ 3, ",\"vendor\":[\"nginx\",\"esri\",\"a\\\"b\\n\"]" },
	};

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct mem m;

		mem_open(&m);
		json_kv_list(m.f, "vendor", items, cases[i].n);
		mem_close(&m);
		assert_string_equal(m.buf, cases[i].want);
		free(m.buf);
	}
}

/* A list with n == 0 never reads items. */
static void test_kv_list_empty_with_null_items(void **state)
{
	struct mem m;

	(void)state;
	mem_open(&m);
	json_kv_list(m.f, "notes", NULL, 0);
	mem_close(&m);
	assert_string_equal(m.buf, ",\"notes\":[]");
	free(m.buf);
}

static void test_kv_list_after_kv(void **state)
{
	static const char *const flags[] = { "top10", "deprecated" };
	static const char *const ls[] = { "\xe2\x80\xa8" };
	struct mem m;

	(void)state;
	mem_open(&m);
	putc('{', m.f);
	json_kv(m.f, "source", "rest-tips", 1);
	json_kv_list(m.f, "flags", flags, 2);
	json_kv_list(m.f, "notes", ls, 1);
	json_kv(m.f, "text", "t", 0);
	putc('}', m.f);
	mem_close(&m);
	assert_string_equal(m.buf, "{\"source\":\"rest-tips\",\"flags\":[\"top10\",\"deprecated\"],"
			    "\"notes\":[\"\\u2028\"],\"text\":\"t\"}");
	free(m.buf);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_str_plain),
		cmocka_unit_test(test_str_quote_and_backslash),
		cmocka_unit_test(test_str_named_escapes),
		cmocka_unit_test(test_str_other_controls_as_u00xx),
		cmocka_unit_test(test_str_every_ascii_byte),
		cmocka_unit_test(test_str_line_separators_escaped),
		cmocka_unit_test(test_str_utf8_kept),
		cmocka_unit_test(test_str_100k),
		cmocka_unit_test(test_kv_first_has_no_comma),
		cmocka_unit_test(test_kv_sequence),
		cmocka_unit_test(test_kv_list_sizes),
		cmocka_unit_test(test_kv_list_empty_with_null_items),
		cmocka_unit_test(test_kv_list_after_kv),
	};

	return cmocka_run_group_tests_name("json", tests, NULL, NULL);
}
