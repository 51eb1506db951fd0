/* Tests for recfile: valid inputs, every kind of bad input with its exact
 * message, the limits, and linear time on hostile input. */
#include <fcntl.h>
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cmocka.h>

#include "recfile.h"

/* String literals may hold NULs: take their size, not their strlen. */
#define PARSE(lit, f) parse_ok(lit, sizeof(lit) - 1, f)
#define BAD(lit, want) parse_bad(lit, sizeof(lit) - 1, want)

static void assert_empty(const struct rec_file *f)
{
	assert_null(f->records);
	assert_int_equal(f->nrecords, 0);
	assert_null(f->arena);
	assert_null(f->fieldv);
}

static void parse_ok(const char *buf, size_t len, struct rec_file *f)
{
	char err[RF_ERRLEN] = "";
	int rc = recfile_parse("x.rec", buf, len, f, err);

	if (rc)
		print_error("unexpected error: %s\n", err);
	assert_int_equal(rc, 0);
}

static void parse_bad(const char *buf, size_t len, const char *want)
{
	struct rec_file f;
	char err[RF_ERRLEN] = "";

	memset(&f, 0x5a, sizeof(f));
	assert_int_equal(recfile_parse("x.rec", buf, len, &f, err), -1);
	assert_string_equal(err, want);
	assert_empty(&f);
}

static void assert_field(const struct rec_field *fl, const char *name,
			 const char *value, unsigned line)
{
	assert_non_null(fl);
	assert_string_equal(fl->name, name);
	assert_string_equal(fl->value, value);
	assert_int_equal(fl->len, strlen(value));
	assert_int_equal(fl->line, line);
}

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

/* A buffer of n copies of unit, after head. */
static char *repeat(const char *head, const char *unit, size_t n, size_t *len)
{
	size_t hl = strlen(head), ul = strlen(unit), i;
	char *buf = malloc(hl + ul * n + 1);
	char *q = buf;

	assert_non_null(buf);
	memcpy(q, head, hl);
	q += hl;
	for (i = 0; i < n; i++, q += ul)
		memcpy(q, unit, ul);
	*q = '\0';
	*len = (size_t)(q - buf);
	return buf;
}

/* A temporary file holding buf; its name goes into path (32 bytes). */
static void write_temp(char *path, const char *buf, size_t len)
{
	int fd;

	strcpy(path, "/tmp/test_recfile.XXXXXX");
	fd = mkstemp(path);
	assert_true(fd >= 0);
	assert_int_equal(write(fd, buf, len), (ssize_t)len);
	close(fd);
}

/* ---- valid input ---- */

static void test_single_record(void **state)
{
	struct rec_file f;

	(void)state;
	PARSE("Code: 404\nName: Not Found\n", &f);
	assert_int_equal(f.nrecords, 1);
	assert_int_equal(f.records[0].nfields, 2);
	assert_int_equal(f.records[0].line, 1);
	assert_field(&f.records[0].fields[0], "Code", "404", 1);
	assert_field(&f.records[0].fields[1], "Name", "Not Found", 2);
	recfile_free(&f);
	assert_empty(&f);
}

static void test_several_records(void **state)
{
	struct rec_file f;

	(void)state;
	PARSE("\n\nCode: 200\nName: OK\n\n\n \t\n\n"
	      "Code: 201\n\nCode: 202\nX: y\n\n\n", &f);
	assert_int_equal(f.nrecords, 3);
	assert_int_equal(f.records[0].line, 3);
	assert_int_equal(f.records[0].nfields, 2);
	assert_int_equal(f.records[1].line, 9);
	assert_int_equal(f.records[1].nfields, 1);
	assert_field(&f.records[1].fields[0], "Code", "201", 9);
	assert_int_equal(f.records[2].line, 11);
	assert_field(&f.records[2].fields[1], "X", "y", 12);
	assert_ptr_equal(f.records[1].fields, f.fieldv + 2);
	recfile_free(&f);
}

static void test_comments(void **state)
{
	struct rec_file f;

	(void)state;
	PARSE("# head\n#\nA: 1\n# inside\nB: 2\n+ more\n# between\n+ again\n"
	      "\n# after\n#x:y\nC: 3\n#tail", &f);
	assert_int_equal(f.nrecords, 2);
	assert_field(&f.records[0].fields[0], "A", "1", 3);
	assert_field(&f.records[0].fields[1], "B", "2\nmore\nagain", 5);
	assert_int_equal(f.records[1].line, 12);
	assert_int_equal(f.records[1].nfields, 1);
	assert_field(&f.records[1].fields[0], "C", "3", 12);
	recfile_free(&f);
}

static void test_continuation(void **state)
{
	struct rec_file f;

	(void)state;
	PARSE("Text: first\n+ second\n+\n+  indented\n+third\n+ \nEnd: x\n", &f);
	assert_int_equal(f.records[0].nfields, 2);
	assert_field(&f.records[0].fields[0], "Text",
		     "first\nsecond\n\n indented\nthird\n", 1);
	assert_field(&f.records[0].fields[1], "End", "x", 7);
	recfile_free(&f);

	PARSE("Text:\n+\n+ a", &f);
	assert_field(&f.records[0].fields[0], "Text", "\n\na", 1);
	recfile_free(&f);
}

static void test_crlf(void **state)
{
	struct rec_file f;

	(void)state;
	PARSE("A: 1\r\nB: two \r\n+ three\r\n\r\nC: 4\r\n", &f);
	assert_int_equal(f.nrecords, 2);
	assert_field(&f.records[0].fields[0], "A", "1", 1);
	assert_field(&f.records[0].fields[1], "B", "two\nthree", 2);
	assert_field(&f.records[1].fields[0], "C", "4", 5);
	recfile_free(&f);
}

static void test_bom(void **state)
{
	struct rec_file f;

	(void)state;
	PARSE("\xef\xbb\xbf" "A: 1\nB: x\xef\xbb\xbfy\n", &f);
	assert_field(&f.records[0].fields[0], "A", "1", 1);
	/* only a leading BOM is special */
	assert_field(&f.records[0].fields[1], "B", "x\xef\xbb\xbfy", 2);
	recfile_free(&f);

	PARSE("\xef\xbb\xbf", &f);
	assert_empty(&f);
}

static void test_no_trailing_newline(void **state)
{
	struct rec_file f;

	(void)state;
	PARSE("A: 1\nB: last", &f);
	assert_field(&f.records[0].fields[1], "B", "last", 2);
	recfile_free(&f);

	PARSE("A:", &f);
	assert_field(&f.records[0].fields[0], "A", "", 1);
	recfile_free(&f);
}

static void test_empty_inputs(void **state)
{
	struct rec_file f;

	(void)state;
	parse_ok(NULL, 0, &f);
	assert_empty(&f);
	PARSE("", &f);
	assert_empty(&f);
	PARSE("# only\n# comments\n", &f);
	assert_empty(&f);
	PARSE("\n\n  \n\t\n\r\n", &f);
	assert_empty(&f);
	recfile_free(&f);
	recfile_free(NULL);
}

static void test_whitespace(void **state)
{
	struct rec_file f;

	(void)state;
	PARSE("A:\tx\nB:  two spaces\nC: trailing \t \nD:\nE: \t\nF:x", &f);
	assert_field(&f.records[0].fields[0], "A", "x", 1);
	assert_field(&f.records[0].fields[1], "B", " two spaces", 2);
	assert_field(&f.records[0].fields[2], "C", "trailing", 3);
	assert_field(&f.records[0].fields[3], "D", "", 4);
	assert_field(&f.records[0].fields[4], "E", "", 5);
	assert_field(&f.records[0].fields[5], "F", "x", 6);
	recfile_free(&f);
}

/* "mitsukarimasen" */
#define CJK "\xe8\xa6\x8b\xe3\x81\xa4\xe3\x81\x8b\xe3\x82\x8a\xe3\x81\xbe\xe3\x81\x9b\xe3\x82\x93"

static void test_utf8_values(void **state)
{
	const struct rec_record *r;
	struct rec_file f;

	(void)state;
	/* CJK, combining marks, NBSP (C2 A0 is no C1), U+10FFFF, emoji */
	PARSE("Name: " CJK "\n"
	      "Cafe: cafe\xcc\x81 e\xcc\x81\xcc\x81\n"
	      "Nb: a\xc2\xa0" "b\n"
	      "Max: \xf4\x8f\xbf\xbf\n"
	      "Emoji: \xf0\x9f\x98\x80\n", &f);
	r = &f.records[0];
	assert_field(recfile_get(r, "Name"), "Name", CJK, 1);
	assert_field(recfile_get(r, "Cafe"), "Cafe", "cafe\xcc\x81 e\xcc\x81\xcc\x81", 2);
	assert_field(recfile_get(r, "Nb"), "Nb", "a\xc2\xa0" "b", 3);
	assert_field(recfile_get(r, "Max"), "Max", "\xf4\x8f\xbf\xbf", 4);
	assert_field(recfile_get(r, "Emoji"), "Emoji", "\xf0\x9f\x98\x80", 5);
	recfile_free(&f);
}

static void test_get_and_duplicates(void **state)
{
	struct rec_file f;

	(void)state;
	PARSE("See: 1\nCode: 2\nSee: 3\nsee: 4\nSee_also_2: 5\n", &f);
	assert_int_equal(f.records[0].nfields, 5);
	assert_field(recfile_get(&f.records[0], "See"), "See", "1", 1);
	assert_field(recfile_get(&f.records[0], "see"), "see", "4", 4);
	assert_field(recfile_get(&f.records[0], "See_also_2"), "See_also_2", "5", 5);
	assert_null(recfile_get(&f.records[0], "Nope"));
	assert_null(recfile_get(&f.records[0], "Se"));
	assert_null(recfile_get(NULL, "See"));
	recfile_free(&f);
}

static void test_values_with_colons(void **state)
{
	struct rec_file f;

	(void)state;
	PARSE("Url: https://example.com/a:b\nT: #not a comment\nU: + plus\n", &f);
	assert_field(&f.records[0].fields[0], "Url", "https://example.com/a:b", 1);
	assert_field(&f.records[0].fields[1], "T", "#not a comment", 2);
	assert_field(&f.records[0].fields[2], "U", "+ plus", 3);
	recfile_free(&f);
}

static void test_limits_reached_exactly(void **state)
{
	char name[RF_MAX_NAME + 8];
	struct rec_file f;
	size_t len;
	char *buf;

	(void)state;
	memset(name, 'N', RF_MAX_NAME);
	strcpy(name + RF_MAX_NAME, ": v\n");
	parse_ok(name, strlen(name), &f);
	assert_int_equal(strlen(f.records[0].fields[0].name), RF_MAX_NAME);
	recfile_free(&f);

	buf = repeat("T: x\n", "+\n", RF_MAX_VALUE - 1, &len);
	parse_ok(buf, len, &f);
	assert_int_equal(f.records[0].fields[0].len, RF_MAX_VALUE);
	recfile_free(&f);
	free(buf);

	buf = repeat("", "F: x\n", RF_MAX_FIELDS, &len);
	parse_ok(buf, len, &f);
	assert_int_equal(f.records[0].nfields, RF_MAX_FIELDS);
	assert_int_equal(f.records[0].fields[RF_MAX_FIELDS - 1].line, RF_MAX_FIELDS);
	recfile_free(&f);
	free(buf);

	buf = repeat("T: ", "a", RF_MAX_LINE - 3, &len);
	parse_ok(buf, len, &f);
	assert_int_equal(f.records[0].fields[0].len, RF_MAX_LINE - 3);
	recfile_free(&f);
	free(buf);
}

/* ~30 MB in 100k records: checks the result, prints the time. */
static void test_big_input(void **state)
{
	const char *text = "The server cannot find the requested resource.";
	struct rec_file f;
	size_t len, i, n = 100000;
	char *buf, *q;
	double t;

	(void)state;
	buf = malloc(n * 320);
	assert_non_null(buf);
	q = buf;
	for (i = 0; i < n; i++) {
		q += sprintf(q, "Code: 404\nName: Not Found\nSee: RFC 9110\n"
			     "Text: %s\n", text);
		/* a 200-byte continuation, in two lines */
		memset(q, 'x', 200);
		memcpy(q, "+ ", 2);
		memcpy(q + 100, "\n+", 2);
		q += 200;
		q += sprintf(q, "\n\n");
	}
	len = (size_t)(q - buf);
	t = now();
	parse_ok(buf, len, &f);
	t = now() - t;
	print_message("parsed %.1f MB, %zu records in %.1f ms\n", len / 1e6,
		      f.nrecords, t * 1e3);
	assert_int_equal(f.nrecords, n);
	assert_int_equal(f.records[n - 1].nfields, 4);
	assert_int_equal(f.records[n - 1].line, (n - 1) * 7 + 1);
	assert_int_equal(f.records[n - 1].fields[3].len,
			 strlen(text) + 1 + 98 + 1 + 98);
	assert_true(t < 5.0);
	recfile_free(&f);
	free(buf);
}

/* ---- bad input ---- */

static void test_bad_utf8(void **state)
{
	(void)state;
	BAD("A: ok\nB: \xc3\n", "x.rec:2: invalid UTF-8");         /* truncated */
	BAD("A: \xe2\x82", "x.rec:1: invalid UTF-8");               /* truncated at EOF */
	BAD("A: 1\n\nB: \xc0\xaf\n", "x.rec:3: invalid UTF-8");     /* overlong '/' */
	BAD("A: \xe0\x80\xaf\n", "x.rec:1: invalid UTF-8");         /* overlong, 3 bytes */
	BAD("A: \xed\xa0\x80\n", "x.rec:1: invalid UTF-8");         /* surrogate */
	BAD("A: \xf4\x90\x80\x80\n", "x.rec:1: invalid UTF-8");     /* > U+10FFFF */
	BAD("A: \x80\n", "x.rec:1: invalid UTF-8");                 /* lone continuation */
	BAD("A: \xff\n", "x.rec:1: invalid UTF-8");
	BAD("A: 1\n# \xfe comment\n", "x.rec:2: invalid UTF-8");    /* comments too */
	BAD("\xef\xbb", "x.rec:1: invalid UTF-8");                  /* half a BOM */
}

static void test_bad_controls(void **state)
{
	(void)state;
	BAD("A: 1\nB: a\0b\n", "x.rec:2: control character U+0000");
	BAD("A: \x1b[31m\n", "x.rec:1: control character U+001B");
	BAD("A: \x7f\n", "x.rec:1: control character U+007F");
	BAD("A: 1\n\n\nB: \xc2\x85\n", "x.rec:4: control character U+0085");
	BAD("A: \xc2\x9f\n", "x.rec:1: control character U+009F");
	BAD("A: \xc2\x80\n", "x.rec:1: control character U+0080");
	BAD("# \x0c\n", "x.rec:1: control character U+000C");
	BAD("A: 1\rB: 2\n", "x.rec:1: carriage return U+000D not before a line feed");
	BAD("A: 1\r\nB: 2\r", "x.rec:2: carriage return U+000D not before a line feed");
	BAD("A: 1\r\r\n", "x.rec:1: carriage return U+000D not before a line feed");
}

/* Every byte position of a long line, so both the 8-byte fast path and
 * the tail loop see each kind of bad byte. */
static void test_bad_byte_anywhere(void **state)
{
	static const struct {
		const char *bytes;
		const char *msg;
	} bad[] = {
		{ "\x01", "control character U+0001" },
		{ "\x1f", "control character U+001F" },
		{ "\x7f", "control character U+007F" },
		{ "\x0b", "control character U+000B" },
		{ "\r", "carriage return U+000D not before a line feed" },
		{ "\xc2\x9b", "control character U+009B" },
		{ "\xc3", "invalid UTF-8" },
		{ "\xed\xbf\xbf", "invalid UTF-8" },
	};
	char buf[64], want[RF_ERRLEN];
	struct rec_file f;
	size_t i, pos, n;

	(void)state;
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		/* up to 36, so a CR is never right before the LF */
		for (pos = 3; pos < 37; pos++) {
			n = strlen(bad[i].bytes);
			memcpy(buf, "A: 1\nT: ", 8);
			memset(buf + 8, 'a', 40);
			memcpy(buf + 8 + pos, bad[i].bytes, n);
			memcpy(buf + 48, "\n", 2);
			snprintf(want, sizeof(want), "x.rec:2: %s", bad[i].msg);
			parse_bad(buf, 49, want);
		}
	}
	/* fine bytes at every position: tab, non-ASCII, DEL's neighbours */
	for (pos = 3; pos < 37; pos++) {
		memcpy(buf, "A: 1\nT: ", 8);
		memset(buf + 8, '~', 40);
		memcpy(buf + 8 + pos, pos & 1 ? "\t\xc2\xa0" : "\xc2\xa0 ", 3);
		memcpy(buf + 48, "\n", 2);
		parse_ok(buf, 49, &f);
		assert_int_equal(f.records[0].fields[1].len, 40);
		recfile_free(&f);
	}
}

static void test_bad_names(void **state)
{
	char buf[RF_MAX_NAME + 16];

	(void)state;
	BAD("A: 1\nCode 404\n", "x.rec:2: missing ':' after field name");
	BAD("Code\n", "x.rec:1: missing ':' after field name");
	BAD("1Code: x\n", "x.rec:1: invalid field name '1Code'");
	BAD("A: 1\nCo de: x\n", "x.rec:2: invalid field name 'Co de'");
	BAD("Code : x\n", "x.rec:1: invalid field name 'Code '");
	BAD("Co-de: x\n", "x.rec:1: invalid field name 'Co-de'");
	BAD("_x: y\n", "x.rec:1: invalid field name '_x'");
	BAD(": x\n", "x.rec:1: empty field name");
	BAD("C\xc3\xb6" "de: x\n", "x.rec:1: invalid character U+00F6 in field name");
	BAD("C\xe8\xa6\x8b: x\n", "x.rec:1: invalid character U+898B in field name");
	BAD("Co\tde: x\n", "x.rec:1: invalid character U+0009 in field name");
	BAD("abcdefghij abcdefghij abcdefghij abcdefghij abcdefghij: x\n",
	    "x.rec:1: invalid field name 'abcdefghij abcdefghij abcdefghij abcdefg...'");

	memset(buf, 'N', RF_MAX_NAME + 1);
	strcpy(buf + RF_MAX_NAME + 1, ": v\n");
	parse_bad(buf, strlen(buf), "x.rec:1: field name longer than 64 bytes");
}

static void test_bad_lines(void **state)
{
	(void)state;
	BAD("+ x\n", "x.rec:1: continuation line '+' outside a field");
	BAD("# c\n+\n", "x.rec:2: continuation line '+' outside a field");
	BAD("A: 1\n\n+ x\n", "x.rec:3: continuation line '+' outside a field");
	BAD("A: 1\n\n# c\n+ x\n", "x.rec:4: continuation line '+' outside a field");
	BAD("A: 1\n  B: 2\n", "x.rec:2: line starts with a space or tab");
	BAD("A: 1\n\tx\n", "x.rec:2: line starts with a space or tab");
	BAD(" # indented comment\n", "x.rec:1: line starts with a space or tab");
	BAD("%rec: Status\n\nA: 1\n", "x.rec:1: record descriptors (%...) are not supported");
	BAD("A: 1\n%doc: x\n", "x.rec:2: record descriptors (%...) are not supported");
	/* line numbers count past a BOM and CRLF */
	BAD("\xef\xbb\xbf" "A: 1\r\n\r\n%x\r\n",
	    "x.rec:3: record descriptors (%...) are not supported");
}

static void test_line_too_long(void **state)
{
	size_t len;
	char *buf = repeat("A: 1\nT: ", "a", RF_MAX_LINE - 2, &len);

	(void)state;
	parse_bad(buf, len, "x.rec:2: line longer than 65536 bytes");
	free(buf);
	/* trailing blanks count: the limit is on the raw line */
	buf = repeat("T: x", " ", RF_MAX_LINE, &len);
	parse_bad(buf, len, "x.rec:1: line longer than 65536 bytes");
	free(buf);
}

static void test_value_too_long(void **state)
{
	size_t len;
	char *buf = repeat("T: x\n", "+\n", RF_MAX_VALUE, &len);
	char *all;

	(void)state;
	parse_bad(buf, len, "x.rec:262145: value of field 'T' longer than 262144 bytes");
	free(buf);
	/* long lines reach it sooner: 1 + 5 * (1 + 60000) > 262144 */
	buf = malloc(60004);
	assert_non_null(buf);
	memcpy(buf, "+ ", 2);
	memset(buf + 2, 'y', 60000);
	strcpy(buf + 60002, "\n");
	all = repeat("T: x\n", buf, 5, &len);
	parse_bad(all, len, "x.rec:6: value of field 'T' longer than 262144 bytes");
	free(all);
	free(buf);
}

/* A million '+' lines in one value: refused at the limit, in linear time. */
static void test_million_continuations(void **state)
{
	size_t len;
	char *buf = repeat("Text: start\n", "+ x\n", 1000000, &len);
	double t;

	(void)state;
	t = now();
	parse_bad(buf, len, "x.rec:131071: value of field 'Text' longer than 262144 bytes");
	t = now() - t;
	print_message("1M-line continuation refused in %.2f ms\n", t * 1e3);
	assert_true(t < 2.0);
	free(buf);

	/* the same with bare '+' lines, each adding one byte */
	buf = repeat("Text:\n", "+\n", 1000000, &len);
	t = now();
	parse_bad(buf, len, "x.rec:262146: value of field 'Text' longer than 262144 bytes");
	t = now() - t;
	assert_true(t < 2.0);
	free(buf);
}

static void test_too_many_fields(void **state)
{
	size_t len;
	char *buf = repeat("", "F: x\n", RF_MAX_FIELDS + 1, &len);

	(void)state;
	parse_bad(buf, len, "x.rec:257: more than 256 fields in one record");
	free(buf);
	/* comments and continuations do not count, separate records are fine */
	buf = repeat("", "F: x\n+ y\n# c\n\n", RF_MAX_FIELDS * 4, &len);
	{
		struct rec_file f;

		parse_ok(buf, len, &f);
		assert_int_equal(f.nrecords, RF_MAX_FIELDS * 4);
		recfile_free(&f);
	}
	free(buf);
}

static void test_too_many_records(void **state)
{
	size_t len;
	char *buf = repeat("", "A:\n\n", RF_MAX_RECORDS + 1, &len);
	double t;

	(void)state;
	t = now();
	parse_bad(buf, len, "x.rec:4000001: more than 2000000 records");
	print_message("2M records in %.1f ms\n", (now() - t) * 1e3);
	free(buf);
}

static void test_parse_too_large(void **state)
{
	struct rec_file f;
	char err[RF_ERRLEN];

	(void)state;
	/* the size is refused before the buffer is read */
	memset(&f, 0x5a, sizeof(f));
	assert_int_equal(recfile_parse("x.rec", "", (size_t)RF_MAX_FILE + 1, &f, err), -1);
	assert_string_equal(err, "x.rec: file larger than 64 MiB");
	assert_empty(&f);
}

/* ---- recfile_load ---- */

static void load_bad(const char *path, const char *want)
{
	struct rec_file f;
	char err[RF_ERRLEN] = "";

	memset(&f, 0x5a, sizeof(f));
	assert_int_equal(recfile_load(path, &f, err), -1);
	assert_string_equal(err, want);
	assert_empty(&f);
}

static void test_load_ok(void **state)
{
	const char text[] = "\xef\xbb\xbf# x\nCode: 418\nText: I'm\n+ a teapot\n";
	struct rec_file f;
	char path[32], err[RF_ERRLEN];

	(void)state;
	write_temp(path, text, sizeof(text) - 1);
	assert_int_equal(recfile_load(path, &f, err), 0);
	assert_int_equal(f.nrecords, 1);
	assert_field(&f.records[0].fields[0], "Code", "418", 2);
	assert_field(&f.records[0].fields[1], "Text", "I'm\na teapot", 3);
	recfile_free(&f);
	unlink(path);

	write_temp(path, "", 0);
	assert_int_equal(recfile_load(path, &f, err), 0);
	assert_empty(&f);
	unlink(path);
}

static void test_load_errors(void **state)
{
	char path[32], want[RF_ERRLEN];

	(void)state;
	load_bad("/nonexistent/x.rec", "/nonexistent/x.rec: No such file or directory");
	load_bad("/tmp", "/tmp: is a directory");
	load_bad("/tmp/", "/tmp/: is a directory");

	write_temp(path, "A: 1\n\n+ x\n", 10);
	snprintf(want, sizeof(want), "%s:3: continuation line '+' outside a field", path);
	load_bad(path, want);
	unlink(path);
}

static void test_load_too_large(void **state)
{
	char path[32], want[RF_ERRLEN];
	int fd;

	(void)state;
	write_temp(path, "", 0);
	fd = open(path, O_WRONLY);
	assert_true(fd >= 0);
	assert_int_equal(ftruncate(fd, (off_t)RF_MAX_FILE + 1), 0);
	snprintf(want, sizeof(want), "%s: file larger than 64 MiB", path);
	load_bad(path, want);

	/* exactly the limit is read (and then fails on its NUL bytes) */
	assert_int_equal(ftruncate(fd, (off_t)RF_MAX_FILE), 0);
	close(fd);
	snprintf(want, sizeof(want), "%s:1: control character U+0000", path);
	load_bad(path, want);
	unlink(path);

}

/* Only regular files are read: a device never ends, and a FIFO with no
 * writer would block the program for good (this test would hang). */
static void test_load_not_regular(void **state)
{
	char dir[] = "/tmp/rfXXXXXX", fifo[64], want[RF_ERRLEN];

	(void)state;
	if (access("/dev/zero", R_OK) == 0)
		load_bad("/dev/zero", "/dev/zero: not a regular file");
	assert_non_null(mkdtemp(dir));
	snprintf(fifo, sizeof(fifo), "%s/f.rec", dir);
	assert_int_equal(mkfifo(fifo, 0600), 0);
	snprintf(want, sizeof(want), "%s: not a regular file", fifo);
	load_bad(fifo, want);
	unlink(fifo);
	rmdir(dir);
}

int main(void)
{
	const struct CMUnitTest tests[] = {
		cmocka_unit_test(test_single_record),
		cmocka_unit_test(test_several_records),
		cmocka_unit_test(test_comments),
		cmocka_unit_test(test_continuation),
		cmocka_unit_test(test_crlf),
		cmocka_unit_test(test_bom),
		cmocka_unit_test(test_no_trailing_newline),
		cmocka_unit_test(test_empty_inputs),
		cmocka_unit_test(test_whitespace),
		cmocka_unit_test(test_utf8_values),
		cmocka_unit_test(test_get_and_duplicates),
		cmocka_unit_test(test_values_with_colons),
		cmocka_unit_test(test_limits_reached_exactly),
		cmocka_unit_test(test_big_input),
		cmocka_unit_test(test_bad_utf8),
		cmocka_unit_test(test_bad_controls),
		cmocka_unit_test(test_bad_byte_anywhere),
		cmocka_unit_test(test_bad_names),
		cmocka_unit_test(test_bad_lines),
		cmocka_unit_test(test_line_too_long),
		cmocka_unit_test(test_value_too_long),
		cmocka_unit_test(test_million_continuations),
		cmocka_unit_test(test_too_many_fields),
		cmocka_unit_test(test_too_many_records),
		cmocka_unit_test(test_parse_too_large),
		cmocka_unit_test(test_load_ok),
		cmocka_unit_test(test_load_errors),
		cmocka_unit_test(test_load_too_large),
		cmocka_unit_test(test_load_not_regular),
	};

	return cmocka_run_group_tests(tests, NULL, NULL);
}
