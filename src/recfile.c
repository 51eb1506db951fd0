/* recfile: a strict parser for the subset of GNU recutils our data uses.
 *
 * One pass over a private copy of the input, edited in place: names get
 * their ':' replaced by NUL, and a value with '+' lines is compacted toward
 * its start. That never overtakes the reader, because every continuation
 * line consumes at least two bytes ("\n+") and produces one ('\n'), so the
 * copy doubles as the string arena and all work stays linear. Fields go
 * into one growing array; records only count them until the end, when they
 * get pointers into the final (no longer moving) array. */
#include "recfile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "textlayout.h"
#include "util.h"

/* Longest piece of input text quoted in a message. */
#define QUOTE_MAX 40

struct parser {
	const char *name;
	char *err;
	char *buf;		/* the arena: a copy of the input */
	size_t len;
	size_t pos;		/* start of the next line */
	unsigned line;		/* the line being parsed, 1-based */

	struct rec_field *fv;
	size_t nf, capf;
	struct rec_record *rv;
	size_t nr, capr;

	bool in_record;
	bool open;		/* fv[nf - 1] may still get '+' lines */
	char *w;		/* end of the open field's value */
};

char *recfile_display_name(const char *name)
{
	size_t n, cut = 0;
	char *s = tl_sanitize(name, strlen(name), false, &n), *r;

	if (n <= 200)
		return s;
	while (n - cut > 200 || ((unsigned char)s[cut] & 0xc0) == 0x80)
		cut++;          /* the end of a long path says the most */
	r = xasprintf("...%s", s + cut);
	free(s);
	return r;
}

/* Writes "name:line: message" to p->err and returns -1. */
__attribute__((format(printf, 2, 3)))
static int fail(struct parser *p, const char *fmt, ...)
{
	va_list ap;
	int n;

	char *shown;

	if (!p->err)
		return -1;
	shown = recfile_display_name(p->name);
	n = snprintf(p->err, RF_ERRLEN, "%s:%u: ", shown, p->line);
	free(shown);
	if (n >= 0 && n < RF_ERRLEN) {
		va_start(ap, fmt);
		vsnprintf(p->err + n, RF_ERRLEN - (size_t)n, fmt, ap);
		va_end(ap);
	}
	return -1;
}

/* Errors about a whole file carry no line number. */
static int fail_file(const char *name, const char *msg, char *err)
{
	char *shown;

	if (!err)
		return -1;
	shown = recfile_display_name(name);
	snprintf(err, RF_ERRLEN, "%s: %s", shown, msg);
	free(shown);
	return -1;
}

static int fail_too_large(const char *name, char *err)
{
	char msg[64];

	snprintf(msg, sizeof(msg), "file larger than %u MiB", RF_MAX_FILE >> 20);
	return fail_file(name, msg, err);
}

/* The code point starting at s, which is known to be valid UTF-8. */
static unsigned decode(const unsigned char *s)
{
	if (s[0] < 0x80)
		return s[0];
	if (s[0] < 0xe0)
		return (s[0] & 0x1fu) << 6 | (s[1] & 0x3fu);
	if (s[0] < 0xf0)
		return (s[0] & 0x0fu) << 12 | (s[1] & 0x3fu) << 6 | (s[2] & 0x3fu);
	return (s[0] & 0x07u) << 18 | (s[1] & 0x3fu) << 12 |
	       (s[2] & 0x3fu) << 6 | (s[3] & 0x3fu);
}

static bool is_printable_ascii(unsigned char c)
{
	return c >= 0x20 && c < 0x7f;
}

static bool is_alpha(unsigned char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

static bool is_name_char(unsigned char c)
{
	return is_alpha(c) || (c >= '0' && c <= '9') || c == '_';
}

/* The UTF-8 check, and the C1 controls: U+0080..U+009F, which valid
 * UTF-8 always encodes as C2 80..C2 9F (and C2 is never a trail byte). */
static int check_utf8(struct parser *p, const unsigned char *s, size_t n)
{
	const unsigned char *q, *e = s + n;
	size_t bad;

	if (!tl_utf8_valid((const char *)s, n, &bad))
		return fail(p, "invalid UTF-8");
	for (q = memchr(s, 0xc2, n); q; q = memchr(q, 0xc2, (size_t)(e - q))) {
		q++;
		if (*q <= 0x9f)
			return fail(p, "control character U+%04X", *q);
	}
	return 0;
}

#define ONES  0x0101010101010101u
#define HIGHS (ONES * 0x80)

/* Whether any of the 8 bytes in x is a C0 control or DEL. Bit tricks (a
 * byte below 0x20; a byte equal to 0x7f) let the common case skip the
 * byte loop; a false "yes" would only cost the slow path. */
static bool has_control8(uint64_t x)
{
	uint64_t del = x ^ (ONES * 0x7f);

	return (((x - ONES * 0x20) & ~x) | ((del - ONES) & ~del)) & HIGHS;
}

/* Checks the bytes of [s, e), 8 at a time while there is no control
 * character; only lines with bytes >= 0x80 need the UTF-8 check. */
static int check_bytes(struct parser *p, const unsigned char *s,
		       const unsigned char *e)
{
	const unsigned char *q;
	uint64_t seen = 0, x;

	for (q = s; q < e; q++) {
		while (e - q >= 8) {
			memcpy(&x, q, sizeof(x));
			if (has_control8(x))
				break;
			seen |= x;
			q += 8;
		}
		if (q == e)
			break;
		if ((*q >= 0x20 && *q != 0x7f) || *q == '\t') {
			seen |= *q;
			continue;
		}
		if (*q == '\r')
			return fail(p, "carriage return U+000D not before a line feed");
		return fail(p, "control character U+%04X", *q);
	}
	return seen & HIGHS ? check_utf8(p, s, (size_t)(e - s)) : 0;
}

/* Takes the line at p->pos: checks it, moves p->pos past it and sets
 * [*sp, *ep) to its text without line end or trailing blanks. */
static int next_line(struct parser *p, char **sp, char **ep)
{
	char *s = p->buf + p->pos;
	char *lf = memchr(s, '\n', p->len - p->pos);
	char *e = lf ? lf : p->buf + p->len;

	p->line++;
	if (lf && e > s && e[-1] == '\r')
		e--;
	if (check_bytes(p, (unsigned char *)s, (unsigned char *)e))
		return -1;
	if ((size_t)(e - s) > RF_MAX_LINE)
		return fail(p, "line longer than %u bytes", RF_MAX_LINE);
	p->pos = lf ? (size_t)(lf - p->buf) + 1 : p->len;
	while (e > s && (e[-1] == ' ' || e[-1] == '\t'))
		e--;
	*sp = s;
	*ep = e;
	return 0;
}

/* Room for one more element in *v, which holds n of *cap. */
static void *grow(void *v, size_t *cap, size_t n, size_t size)
{
	if (n < *cap)
		return v;
	*cap = *cap ? *cap * 2 : 64;
	return xreallocarray(v, *cap, size);
}

static void close_field(struct parser *p)
{
	struct rec_field *f;

	if (!p->open)
		return;
	f = &p->fv[p->nf - 1];
	*p->w = '\0';
	f->len = (size_t)(p->w - f->value);
	p->open = false;
}

/* Appends an empty field, opening a record first when needed. */
static int add_field(struct parser *p)
{
	struct rec_record *r;

	if (!p->in_record) {
		if (p->nr == RF_MAX_RECORDS)
			return fail(p, "more than %u records", (unsigned)RF_MAX_RECORDS);
		p->rv = grow(p->rv, &p->capr, p->nr, sizeof(*p->rv));
		r = &p->rv[p->nr++];
		r->fields = NULL;
		r->nfields = 0;
		r->line = p->line;
		p->in_record = true;
	}
	r = &p->rv[p->nr - 1];
	if (r->nfields == RF_MAX_FIELDS)
		return fail(p, "more than %u fields in one record",
			    (unsigned)RF_MAX_FIELDS);
	p->fv = grow(p->fv, &p->capf, p->nf, sizeof(*p->fv));
	memset(&p->fv[p->nf++], 0, sizeof(*p->fv));
	r->nfields++;
	return 0;
}

/* Says what is wrong with the name of a field line that did not parse. */
static int bad_name(struct parser *p, const char *s, const char *e)
{
	const char *colon = memchr(s, ':', (size_t)(e - s));
	const char *q = s;
	size_t n;

	if (!colon)
		return fail(p, "missing ':' after field name");
	if (colon == s)
		return fail(p, "empty field name");
	while (q < colon && is_name_char((unsigned char)*q))
		q++;
	if (q == colon && is_alpha((unsigned char)*s))
		return fail(p, "field name longer than %u bytes",
			    (unsigned)RF_MAX_NAME);
	for (q = s; q < colon; q++)
		if (!is_printable_ascii((unsigned char)*q))
			return fail(p, "invalid character U+%04X in field name",
				    decode((const unsigned char *)q));
	/* all printable ASCII, so safe to quote; clipped */
	n = (size_t)(colon - s);
	return fail(p, "invalid field name '%.*s%s'",
		    (int)(n > QUOTE_MAX ? QUOTE_MAX : n), s,
		    n > QUOTE_MAX ? "..." : "");
}

static int field_line(struct parser *p, char *s, char *e)
{
	struct rec_field *f;
	char *colon = s;
	char *v;

	while (colon < e && is_name_char((unsigned char)*colon))
		colon++;
	if (colon == e || *colon != ':' || !is_alpha((unsigned char)*s) ||
	    colon - s > RF_MAX_NAME)
		return bad_name(p, s, e);
	close_field(p);
	if (add_field(p))
		return -1;
	*colon = '\0';
	v = colon + 1;
	if (v < e && (*v == ' ' || *v == '\t'))
		v++;
	f = &p->fv[p->nf - 1];
	f->name = s;
	f->value = v;
	f->line = p->line;
	p->w = e;
	p->open = true;
	return 0;
}

/* s is just past the '+'. */
static int continuation(struct parser *p, const char *s, const char *e)
{
	const struct rec_field *f;
	size_t n;

	if (!p->open)
		return fail(p, "continuation line '+' outside a field");
	if (s < e && *s == ' ')
		s++;
	n = (size_t)(e - s);
	f = &p->fv[p->nf - 1];
	if ((size_t)(p->w - f->value) + 1 + n > RF_MAX_VALUE)
		return fail(p, "value of field '%s' longer than %u bytes", f->name,
			    RF_MAX_VALUE);
	*p->w++ = '\n';
	memmove(p->w, s, n);
	p->w += n;
	return 0;
}

static int parse_line(struct parser *p, char *s, char *e)
{
	if (s == e) {
		close_field(p);
		p->in_record = false;
		return 0;
	}
	switch (*s) {
	case '#':
		return 0;
	case ' ':
	case '\t':
		return fail(p, "line starts with a space or tab");
	case '%':
		return fail(p, "record descriptors (%%...) are not supported");
	case '+':
		return continuation(p, s + 1, e);
	default:
		return field_line(p, s, e);
	}
}

/* Moves the result into out, trimming the arrays to size. */
static void finish(struct parser *p, struct rec_file *out)
{
	struct rec_field *f;
	size_t i;

	if (!p->nr) {
		free(p->buf);
		return;
	}
	p->fv = xreallocarray(p->fv, p->nf, sizeof(*p->fv));
	p->rv = xreallocarray(p->rv, p->nr, sizeof(*p->rv));
	f = p->fv;
	for (i = 0; i < p->nr; i++) {
		p->rv[i].fields = f;
		f += p->rv[i].nfields;
	}
	out->records = p->rv;
	out->nrecords = p->nr;
	out->arena = p->buf;
	out->fieldv = p->fv;
}

/* Parses buf[0..len), taking ownership of buf (len + 1 bytes). */
static int parse_owned(const char *name, char *buf, size_t len,
		       struct rec_file *out, char *err)
{
	struct parser p = { .name = name, .err = err, .buf = buf, .len = len };
	char *s = NULL, *e = NULL;

	if (len >= 3 && memcmp(buf, "\xef\xbb\xbf", 3) == 0)
		p.pos = 3;
	while (p.pos < p.len) {
		if (next_line(&p, &s, &e) || parse_line(&p, s, e)) {
			free(p.buf);
			free(p.fv);
			free(p.rv);
			return -1;
		}
	}
	close_field(&p);
	finish(&p, out);
	return 0;
}

int recfile_parse(const char *name, const char *buf, size_t len,
		  struct rec_file *out, char *err)
{
	char *copy;

	memset(out, 0, sizeof(*out));
	if (len > RF_MAX_FILE)
		return fail_too_large(name, err);
	copy = xmalloc(len + 1);
	if (len)
		memcpy(copy, buf, len);
	return parse_owned(name, copy, len, out, err);
}

/* Reads fd to its end into a malloc'd buffer with a spare byte. Returns 0,
 * an errno value, or -1 when there are more than RF_MAX_FILE bytes. */
static int read_fd(int fd, size_t cap, char **bufp, size_t *lenp)
{
	char *buf = xmalloc(cap);
	size_t n = 0;
	ssize_t r;
	int e;

	for (;;) {
		if (n == cap) {
			if (cap > RF_MAX_FILE) {
				free(buf);
				return -1;
			}
			cap = cap > RF_MAX_FILE / 2 ? RF_MAX_FILE + 1 : cap * 2;
			buf = xrealloc(buf, cap);
		}
		r = read(fd, buf + n, cap - n);
		if (r == 0)
			break;
		if (r < 0 && errno == EINTR)
			continue;
		if (r < 0) {
			e = errno;
			free(buf);
			return e;
		}
		n += (size_t)r;
	}
	if (n == cap)
		buf = xrealloc(buf, n + 1);
	*bufp = buf;
	*lenp = n;
	return 0;
}

/* Is st a file we read? A directory or anything but a regular file (a
 * FIFO would block, a device never ends) is refused with a message. */
static int check_regular(const char *path, const struct stat *st, char *err)
{
	if (S_ISDIR(st->st_mode))
		return fail_file(path, "is a directory", err);
	if (!S_ISREG(st->st_mode))
		return fail_file(path, "not a regular file", err);
	if (st->st_size > (off_t)RF_MAX_FILE)
		return fail_too_large(path, err);
	return 0;
}

/* Reads the regular file at path whole. It is looked at before it is
 * opened, and opened without blocking, so a FIFO swapped in between cannot
 * hang the program: fstat then sees what was really opened. */
static int read_file(const char *path, char **bufp, size_t *lenp, char *err)
{
	struct stat st;
	int fd, rc;

	if (stat(path, &st) < 0)
		return fail_file(path, strerror(errno), err);
	if (check_regular(path, &st, err) < 0)
		return -1;
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0)
		return fail_file(path, strerror(errno), err);
	if (fstat(fd, &st) < 0) {
		rc = errno;
		close(fd);
		return fail_file(path, strerror(rc), err);
	}
	if (check_regular(path, &st, err) < 0) {
		close(fd);
		return -1;
	}
	rc = read_fd(fd, (size_t)st.st_size + 1, bufp, lenp);
	close(fd);
	if (rc < 0)
		return fail_too_large(path, err);
	if (rc > 0)
		return fail_file(path, strerror(rc), err);
	return 0;
}

int recfile_load(const char *path, struct rec_file *out, char *err)
{
	char *buf = NULL;
	size_t len = 0;

	memset(out, 0, sizeof(*out));
	if (read_file(path, &buf, &len, err))
		return -1;
	return parse_owned(path, buf, len, out, err);
}

void recfile_free(struct rec_file *f)
{
	if (!f)
		return;
	free(f->arena);
	free(f->fieldv);
	free(f->records);
	memset(f, 0, sizeof(*f));
}

const struct rec_field *recfile_get(const struct rec_record *r, const char *name)
{
	size_t i;

	if (!r || !name)
		return NULL;
	for (i = 0; i < r->nfields; i++)
		if (strcmp(r->fields[i].name, name) == 0)
			return &r->fields[i];
	return NULL;
}
