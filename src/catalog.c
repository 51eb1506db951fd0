#include "catalog.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "textlayout.h"
#include "util.h"

const char *const vendor_ids[VENDOR_COUNT] = {
	"standard", "webdav", "nginx", "microsoft", "cloudflare",
	"esri", "google", "apache", "twitter", "unofficial",
};

const char *const vendor_labels[VENDOR_COUNT] = {
	"Standard", "WebDAV", "nginx", "Microsoft", "CloudFlare",
	"Esri", "Google", "Apache", "Twitter", "Unofficial",
};

const char *const flag_ids[FLAG_COUNT] = {
	"top10", "experimental", "draft", "deprecated",
};

const char *const reg_ids[] = {
	"unregistered", "registered", "temporary", "unused", "obsolete",
};

/* ---- lookups --------------------------------------------------------- */

const struct code_info *catalog_code(const struct catalog *c, int code)
{
	size_t lo = 0, hi = c->ncodes;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (c->codes[mid].code == code)
			return &c->codes[mid];
		if (c->codes[mid].code < code)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

int catalog_source_index(const struct catalog *c, const char *id)
{
	for (size_t i = 0; i < c->nsources; i++)
		if (strcmp(c->sources[i].id, id) == 0)
			return (int)i;
	return -1;
}

enum reg catalog_reg(const struct catalog *c, int code)
{
	const struct code_info *ci = catalog_code(c, code);

	return ci ? (enum reg)ci->reg : REG_NONE;
}

const char *catalog_class_name(const struct catalog *c, int d)
{
	const char *any = NULL;

	for (size_t i = 0; i < c->nclasses; i++) {
		const struct entry *e = &c->classes[i];

		if (e->code != d * 100)
			continue;
		if (e->name[0])
			return e->name;
		any = "";
	}
	return any;
}

bool catalog_expired_on(const char *date, const char *today)
{
	return date[0] && strcmp(date, today) < 0;   /* YYYY-MM-DD sorts as it reads */
}

bool catalog_expired(const char *date)
{
	time_t now = time(NULL);
	struct tm tm;
	char today[16];

	if (!date[0] || !localtime_r(&now, &tm))
		return false;
	strftime(today, sizeof(today), "%Y-%m-%d", &tm);
	return catalog_expired_on(date, today);
}

bool catalog_code_expired(const struct code_info *ci)
{
	return ci->reg == REG_TEMPORARY && catalog_expired(ci->expires);
}

bool catalog_code_in_use(const struct code_info *ci)
{
	return ci->reg == REG_REGISTERED || ci->reg == REG_OBSOLETE ||
	       (ci->reg == REG_TEMPORARY && !catalog_code_expired(ci));
}

bool catalog_in_use(const struct catalog *c, int code)
{
	const struct code_info *ci = catalog_code(c, code);

	return ci && catalog_code_in_use(ci);
}

char *catalog_registry_text(const struct entry *e)
{
	const char *sep = e->reference[0] ? ", " : "";

	if (e->reg == REG_TEMPORARY && catalog_expired(e->expires))
		return xasprintf("expired (temporary until %s)%s%s", e->expires, sep, e->reference);
	return xasprintf("%s%s%s%s%s", reg_ids[e->reg], sep, e->reference,
			 e->expires[0] ? ", expires " : "", e->expires);
}

/* s with each newline written as the two characters \n. */
static char *escape_newlines(const char *s)
{
	char *d = xmalloc(2 * strlen(s) + 1), *o = d;

	for (; *s; s++) {
		if (*s == '\n') {
			*o++ = '\\';
			*o++ = 'n';
		} else {
			*o++ = *s;
		}
	}
	*o = '\0';
	return d;
}

static void note_line(void (*fn)(void *, const char *), void *ctx, const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	s = xvasprintf(fmt, ap);
	va_end(ap);
	fn(ctx, s);
	free(s);
}

void catalog_notes(const struct entry *e, void (*fn)(void *ctx, const char *line), void *ctx)
{
	for (unsigned i = 0; i < e->nsics; i++)
		note_line(fn, ctx, "[sic] \"%s\" is the source's spelling of \"%s\"",
			  e->sics[i].was, e->sics[i].meant);
	for (unsigned i = 0; i < e->nnotes; i++)
		note_line(fn, ctx, "note: %s", e->notes[i]);
	for (unsigned i = 0; i < e->nrepairs; i++) {
		const struct repair *r = &e->repairs[i];
		char *was, *now;

		if (!r->was) {
			note_line(fn, ctx, "repaired: %s", r->why);
			continue;
		}
		was = escape_newlines(r->was);
		now = escape_newlines(r->now);
		note_line(fn, ctx, "repaired: \"%s\" -> \"%s\": %s", was, now, r->why);
		free(was);
		free(now);
	}
}

const struct entry *catalog_same_text(const struct catalog *c, const struct entry *e,
				      const bool *keep)
{
	const struct code_info *ci;

	if (e->is_class || !e->text[0] || e < c->entries || e >= c->entries + c->nentries)
		return NULL;
	ci = catalog_code(c, e->code);
	for (const struct entry *o = &c->entries[ci->first]; o < e; o++)
		if ((!keep || keep[o - &c->entries[ci->first]]) && strcmp(o->text, e->text) == 0)
			return o;
	return NULL;
}

bool catalog_note_quotes(const char *line)
{
	return strncmp(line, "repaired: ", 10) == 0 || strncmp(line, "[sic] ", 6) == 0;
}

int vendor_parse(const char *s, size_t n)
{
	for (int v = 0; v < VENDOR_COUNT; v++)
		if (strlen(vendor_ids[v]) == n && strncasecmp(vendor_ids[v], s, n) == 0)
			return v;
	return -1;
}

/* ---- the builder ------------------------------------------------------ */

/* Strings and small arrays of a built catalog come from one pool. */
struct pool_block {
	struct pool_block *next;
	size_t used, size;
	max_align_t data[];
};

struct owned {
	struct pool_block *pool;
	struct source *sources;
	struct entry *entries;
	struct entry *classes;
	struct code_info *codes;
};

struct builder {
	struct owned *own;
	struct entry *all;       /* entries and classes, before the split */
	size_t nall, capall;
	size_t nsources, capsources;
	unsigned *declared;      /* CB_SOURCES: Entries: per source (0: none) */
	unsigned *declared_line;
	const char **declared_file; /* where each Entries: was given */
	char *err;
};

static void *pool_alloc(struct owned *o, size_t n)
{
	struct pool_block *b = o->pool;
	const size_t align = sizeof(max_align_t);

	n = (n + align - 1) / align * align;
	if (!b || b->size - b->used < n) {
		size_t size = n > 60000 ? n : 60000;

		b = xmalloc(sizeof(*b) + size);
		b->size = size;
		b->used = 0;
		b->next = o->pool;
		o->pool = b;
	}
	b->used += n;
	return (char *)b->data + b->used - n;
}

static char *pool_strndup(struct owned *o, const char *s, size_t n)
{
	char *d = pool_alloc(o, n + 1);

	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}

/* A clean copy of a field value: sanitized for display, pooled. */
static const char *pool_clean(struct owned *o, const char *s, size_t n, bool multiline)
{
	size_t len;
	char *t = tl_sanitize(s, n, multiline, &len);
	const char *d = pool_strndup(o, t, len);

	free(t);
	return d;
}

/* printf into the error buffer as "file:line: message". */
__attribute__((format(printf, 4, 5)))
static int fail(struct builder *b, const char *file, unsigned line, const char *fmt, ...)
{
	va_list ap;
	char *shown = recfile_display_name(file);
	int n = line ? snprintf(b->err, RF_ERRLEN, "%s:%u: ", shown, line)
		     : snprintf(b->err, RF_ERRLEN, "%s: ", shown);

	free(shown);
	if (n < 0 || n >= RF_ERRLEN)
		n = 0;
	va_start(ap, fmt);
	vsnprintf(b->err + n, RF_ERRLEN - (size_t)n, fmt, ap);
	va_end(ap);
	return -1;
}

/* A value quoted for an error message (tl_quote): at most 40 columns. */
#define SHOWN_SIZE (4 * 40 + 4)
static const char *shown(const char *s, char buf[SHOWN_SIZE])
{
	char *q = tl_quote(s, strlen(s), 40);

	snprintf(buf, SHOWN_SIZE, "%s", q);
	free(q);
	return buf;
}

/* ---- field values ----------------------------------------------------- */

/* "404" -> 404; "4xx" -> class 4 (code 400). */
static int parse_code(const char *v, short *code, bool *is_class)
{
	if (strlen(v) != 3 || v[0] < '0' || v[0] > '9')
		return -1;
	if ((v[1] == 'x' || v[1] == 'X') && (v[2] == 'x' || v[2] == 'X')) {
		*code = (short)((v[0] - '0') * 100);
		*is_class = true;
		return 0;
	}
	if (v[1] < '0' || v[1] > '9' || v[2] < '0' || v[2] > '9')
		return -1;
	*code = (short)((v[0] - '0') * 100 + (v[1] - '0') * 10 + (v[2] - '0'));
	*is_class = false;
	return 0;
}

/* Words of a space-separated list, each looked up in ids[0..n). Returns the
 * bit mask, or -1 with the index of the bad word's start in *bad. */
static long parse_words(const char *v, const char *const *ids, int n, size_t *bad)
{
	long mask = 0;
	const char *p = v;

	while (*p) {
		size_t len;
		int i;

		while (*p == ' ' || *p == ',')
			p++;
		len = strcspn(p, " ,");
		if (!len)
			break;
		for (i = 0; i < n; i++)
			if (strlen(ids[i]) == len && strncasecmp(ids[i], p, len) == 0)
				break;
		if (i == n) {
			*bad = (size_t)(p - v);
			return -1;
		}
		mask |= 1L << i;
		p += len;
	}
	return mask;
}

/* A C-like quoted string at *p ("a \"b\"\nc"); the unquoted bytes go to out
 * (at least strlen(*p) bytes). Returns its length, or -1. */
static long parse_quoted(const char **p, char *out)
{
	const char *s = *p;
	long n = 0;

	if (*s++ != '"')
		return -1;
	for (; *s && *s != '"'; s++) {
		if (*s == '\\') {
			s++;
			if (*s == 'n')
				out[n++] = '\n';
			else if (*s == '"' || *s == '\\')
				out[n++] = *s;
			else
				return -1;
		} else {
			out[n++] = *s;
		}
	}
	if (*s != '"')
		return -1;
	*p = s + 1;
	return n;
}

/* "was" -> "now" and what follows; NULL on bad syntax. */
static const char *parse_pair(struct owned *o, const char *v, const char **a, const char **b)
{
	char *buf = xmalloc(strlen(v) + 1);
	const char *p = v;
	long n;

	if ((n = parse_quoted(&p, buf)) < 0 || strncmp(p, " -> ", 4) != 0)
		goto bad;
	*a = pool_clean(o, buf, (size_t)n, true);
	p += 4;
	if ((n = parse_quoted(&p, buf)) < 0)
		goto bad;
	*b = pool_clean(o, buf, (size_t)n, true);
	free(buf);
	return p;
bad:
	free(buf);
	return NULL;
}

/* ---- entry records ---------------------------------------------------- */

struct rec_ctx {
	struct builder *b;
	const char *file;
	enum cb_kind kind;
	struct entry *e;
	bool has_code;
};

typedef int field_fn(struct rec_ctx *x, const struct rec_field *f);

static int bad_field(struct rec_ctx *x, const struct rec_field *f, const char *what)
{
	char buf[SHOWN_SIZE];

	return fail(x->b, x->file, f->line, "%s: '%s'", what, shown(f->value, buf));
}

/* The one word of a list that is wrong ("bogus" of "top10 bogus"), at
 * byte bad of the value. */
static int bad_word(struct rec_ctx *x, const struct rec_field *f, const char *what, size_t bad)
{
	char buf[SHOWN_SIZE], *word = xstrndup(f->value + bad, strcspn(f->value + bad, " ,"));
	int rc = fail(x->b, x->file, f->line, "%s: '%s'", what, shown(word, buf));

	free(word);
	return rc;
}

static int set_code(struct rec_ctx *x, const struct rec_field *f)
{
	if (parse_code(f->value, &x->e->code, &x->e->is_class) < 0)
		return bad_field(x, f, "invalid code (three digits 000-999, or a class like 4xx)");
	x->has_code = true;
	return 0;
}

static int set_string(struct rec_ctx *x, const struct rec_field *f, const char **dst)
{
	*dst = pool_clean(x->b->own, f->value, f->len, dst == &x->e->text);
	return 0;
}

static int set_name(struct rec_ctx *x, const struct rec_field *f)
{
	return set_string(x, f, &x->e->name);
}

static int set_qualifier(struct rec_ctx *x, const struct rec_field *f)
{
	return set_string(x, f, &x->e->qualifier);
}

static int set_text(struct rec_ctx *x, const struct rec_field *f)
{
	return set_string(x, f, &x->e->text);
}

static int set_reference(struct rec_ctx *x, const struct rec_field *f)
{
	return set_string(x, f, &x->e->reference);
}

static int set_expires(struct rec_ctx *x, const struct rec_field *f)
{
	const char *v = f->value;

	for (int i = 0; i < 10; i++)
		if (!v[i] || (i == 4 || i == 7 ? v[i] != '-' : v[i] < '0' || v[i] > '9'))
			return bad_field(x, f, "invalid date (YYYY-MM-DD)");
	if (v[10])
		return bad_field(x, f, "invalid date (YYYY-MM-DD)");
	return set_string(x, f, &x->e->expires);
}

static int set_vendor(struct rec_ctx *x, const struct rec_field *f)
{
	size_t bad;
	long m = parse_words(f->value, vendor_ids, VENDOR_COUNT, &bad);

	if (m < 0)
		return bad_word(x, f, "unknown vendor group (standard, webdav, nginx, "
			"microsoft, cloudflare, esri, google, apache, twitter, unofficial)", bad);
	if (!m)
		return bad_field(x, f, "empty vendor group");
	x->e->vendor = (unsigned short)m;
	return 0;
}

static int set_flags(struct rec_ctx *x, const struct rec_field *f)
{
	size_t bad;
	long m = parse_words(f->value, flag_ids, FLAG_COUNT, &bad);

	if (m < 0)
		return bad_word(x, f, "unknown flag (top10, experimental, draft, deprecated)", bad);
	x->e->flags = (unsigned char)m;
	return 0;
}

static int set_status(struct rec_ctx *x, const struct rec_field *f)
{
	for (int r = REG_REGISTERED; r <= REG_OBSOLETE; r++)
		if (strcmp(f->value, reg_ids[r]) == 0) {
			x->e->reg = (unsigned char)r;
			return 0;
		}
	return bad_field(x, f, "unknown status (registered, temporary, unused, obsolete)");
}

static int set_repair(struct rec_ctx *x, const struct rec_field *f)
{
	struct repair *r = (struct repair *)&x->e->repairs[x->e->nrepairs++];
	const char *p = f->value;

	if (*p != '"') {
		if (!*p)
			return bad_field(x, f, "empty repair");
		r->was = r->now = NULL;
		r->why = pool_clean(x->b->own, p, f->len, false);
		return 0;
	}
	p = parse_pair(x->b->own, p, &r->was, &r->now);
	if (!p || strncmp(p, ": ", 2) != 0 || !p[2])
		return bad_field(x, f, "invalid repair (\"was\" -> \"now\": why, or a sentence)");
	r->why = pool_clean(x->b->own, p + 2, strlen(p + 2), false);
	return 0;
}

static int set_sic(struct rec_ctx *x, const struct rec_field *f)
{
	struct sic *s = (struct sic *)&x->e->sics[x->e->nsics++];
	const char *p = parse_pair(x->b->own, f->value, &s->was, &s->meant);

	if (!p || *p || !*s->was)
		return bad_field(x, f, "invalid sic (\"as written\" -> \"meant\")");
	return 0;
}

static int set_note(struct rec_ctx *x, const struct rec_field *f)
{
	const char **n = (const char **)&x->e->notes[x->e->nnotes++];

	*n = pool_clean(x->b->own, f->value, f->len, false);
	return 0;
}

static const struct entry_field {
	const char *name;
	field_fn *set;
	bool repeat;
} entry_fields[] = {
	{ "Code", set_code, false },
	{ "Name", set_name, false },
	{ "Qualifier", set_qualifier, false },
	{ "Vendor", set_vendor, false },
	{ "Flags", set_flags, false },
	{ "Text", set_text, false },
	{ "Repair", set_repair, true },
	{ "Sic", set_sic, true },
	{ "Note", set_note, true },
	{ "Reference", set_reference, false },
	{ "Status", set_status, false },
	{ "Expires", set_expires, false },
};
#define NFIELDS (sizeof(entry_fields) / sizeof(entry_fields[0]))

static const struct entry_field *entry_field(const char *name)
{
	for (size_t i = 0; i < NFIELDS; i++)
		if (strcmp(entry_fields[i].name, name) == 0)
			return &entry_fields[i];
	return NULL;
}

/* Size the repeatable fields' arrays, and refuse unknown and doubled ones. */
static int prepare_entry(struct rec_ctx *x, const struct rec_record *r)
{
	unsigned seen = 0, nrep = 0, nsic = 0, nnote = 0;

	for (size_t i = 0; i < r->nfields; i++) {
		const struct rec_field *f = &r->fields[i];
		const struct entry_field *ef = entry_field(f->name);
		unsigned bit;

		if (!ef)
			return fail(x->b, x->file, f->line, "unknown field '%s' (expected Code, "
				    "Name, Text, Qualifier, Vendor, Flags, Repair, Sic, Note, "
				    "Reference, Status, Expires)", f->name);
		bit = 1u << (ef - entry_fields);
		if ((seen & bit) && !ef->repeat)
			return fail(x->b, x->file, f->line, "field '%s' given twice", f->name);
		seen |= bit;
		nrep += ef->set == set_repair;
		nsic += ef->set == set_sic;
		nnote += ef->set == set_note;
	}
	x->e->repairs = nrep ? pool_alloc(x->b->own, nrep * sizeof(struct repair)) : NULL;
	x->e->sics = nsic ? pool_alloc(x->b->own, nsic * sizeof(struct sic)) : NULL;
	x->e->notes = nnote ? pool_alloc(x->b->own, nnote * sizeof(char *)) : NULL;
	return 0;
}

/* What a record must have, by kind; and repairs and sics must point at text
 * the record really has, or they explain nothing. */
static int check_entry(struct rec_ctx *x, const struct rec_record *r)
{
	const struct entry *e = x->e;
	char code[8];

	if (!x->has_code)
		return fail(x->b, x->file, r->line, "record has no Code field");
	if (e->is_class)
		snprintf(code, sizeof(code), "%dxx", e->code / 100);
	else
		snprintf(code, sizeof(code), "%03d", e->code);
	if (x->kind == CB_USER && !e->name[0])
		return fail(x->b, x->file, r->line, "record %s has no Name", code);
	if (x->kind == CB_USER && !e->text[0])
		return fail(x->b, x->file, r->line, "record %s has no Text", code);
	if (x->kind == CB_EMBEDDED && !e->is_class && !e->vendor)
		return fail(x->b, x->file, r->line, "record %s has no Vendor", code);
	if (e->is_class && (e->vendor || e->reg))
		return fail(x->b, x->file, r->line, "a class record takes no Vendor or Status");
	for (unsigned i = 0; i < e->nrepairs; i++) {
		const char *now = e->repairs[i].now;

		if (now && !strstr(e->text, now) && !strstr(e->name, now))
			return fail(x->b, x->file, r->line, "repair %u: its new text is not in the record", i + 1);
	}
	for (unsigned i = 0; i < e->nsics; i++) {
		const char *w = e->sics[i].was;

		if (!strstr(e->text, w) && !strstr(e->name, w) && !strstr(e->qualifier, w))
			return fail(x->b, x->file, r->line, "sic %u: its word is not in the record", i + 1);
	}
	return 0;
}

static struct entry *new_entry(struct builder *b)
{
	struct entry *e;

	if (b->nall == b->capall) {
		b->capall = b->capall ? b->capall * 2 : 256;
		b->all = xreallocarray(b->all, b->capall, sizeof(*b->all));
	}
	e = &b->all[b->nall++];
	memset(e, 0, sizeof(*e));
	e->name = e->qualifier = e->text = e->reference = e->expires = "";
	return e;
}

static int add_entry(struct builder *b, const struct rec_record *r, const char *file,
		     enum cb_kind kind, unsigned short src)
{
	struct rec_ctx x = { b, file, kind, new_entry(b), false };

	x.e->source = src;
	x.e->line = r->line;
	if (prepare_entry(&x, r) < 0)
		return -1;
	for (size_t i = 0; i < r->nfields; i++)
		if (entry_field(r->fields[i].name)->set(&x, &r->fields[i]) < 0)
			return -1;
	return check_entry(&x, r);
}

/* ---- source records ---------------------------------------------------- */

static const struct source_field {
	const char *name;
	size_t off;
} source_fields[] = {
	{ "Id", offsetof(struct source, id) },
	{ "Source", offsetof(struct source, id) },
	{ "Label", offsetof(struct source, label) },
	{ "Title", offsetof(struct source, title) },
	{ "Author", offsetof(struct source, author) },
	{ "URL", offsetof(struct source, url) },
	{ "Year", offsetof(struct source, year) },
	{ "Document", offsetof(struct source, document) },
	{ "License", offsetof(struct source, license) },
};

static struct source *new_source(struct builder *b)
{
	struct owned *o = b->own;
	struct source *s;

	if (b->nsources == b->capsources) {
		b->capsources = b->capsources ? b->capsources * 2 : 16;
		o->sources = xreallocarray(o->sources, b->capsources, sizeof(*o->sources));
		b->declared = xreallocarray(b->declared, b->capsources, sizeof(unsigned));
		b->declared_line = xreallocarray(b->declared_line, b->capsources, sizeof(unsigned));
		b->declared_file = xreallocarray(b->declared_file, b->capsources, sizeof(char *));
	}
	b->declared[b->nsources] = b->declared_line[b->nsources] = 0;
	b->declared_file[b->nsources] = NULL;
	s = &o->sources[b->nsources++];
	memset(s, 0, sizeof(*s));
	s->id = s->label = s->title = s->author = s->url = s->year = "";
	s->document = s->license = s->file = "";
	return s;
}

static bool valid_id(const char *s)
{
	size_t n = strlen(s);

	if (n == 0 || n > 32 || s[0] == '-')
		return false;
	return strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789-") == n;
}

static int check_new_id(struct builder *b, const char *file, unsigned line, const char *id)
{
	char buf[SHOWN_SIZE];

	if (!valid_id(id))
		return fail(b, file, line, "invalid source id '%s' (lower-case letters, "
			    "digits and '-', at most 32)", shown(id, buf));
	for (size_t i = 0; i + 1 < b->nsources; i++)
		if (strcmp(b->own->sources[i].id, id) == 0)
			return fail(b, file, line, "source id '%s' is already used by %s",
				    id, b->own->sources[i].file[0] ? b->own->sources[i].file : "another source");
	return 0;
}

static int set_source_field(struct builder *b, struct source *s, const struct rec_field *f,
			    const char *file)
{
	for (size_t i = 0; i < sizeof(source_fields) / sizeof(source_fields[0]); i++) {
		if (strcmp(source_fields[i].name, f->name) != 0)
			continue;
		*(const char **)((char *)s + source_fields[i].off) =
			pool_clean(b->own, f->value, f->len, false);
		return 0;
	}
	if (strcmp(f->name, "Entries") == 0) {
		char *end;
		unsigned long n = strtoul(f->value, &end, 10);

		if (!*f->value || *end || n > RF_MAX_RECORDS)
			return fail(b, file, f->line, "invalid Entries count");
		b->declared[b->nsources - 1] = (unsigned)n;
		b->declared_line[b->nsources - 1] = f->line;
		b->declared_file[b->nsources - 1] = file;
		return 0;
	}
	return fail(b, file, f->line, "unknown field '%s' in a source record", f->name);
}

/* Every field of a source record into s. A field given twice is refused,
 * as in an entry: the second would silently replace the first. "Id" and
 * "Source" are one field spelled two ways. */
static int set_source_record(struct builder *b, struct source *s, const struct rec_record *r,
			     const char *file)
{
	const size_t nsf = sizeof(source_fields) / sizeof(source_fields[0]);
	const char *seen[sizeof(source_fields) / sizeof(source_fields[0]) + 1] = { NULL };

	for (size_t k = 0; k < r->nfields; k++) {
		const struct rec_field *f = &r->fields[k];
		size_t slot = nsf;    /* Entries, or an unknown field */

		for (size_t i = 0; i < nsf; i++)
			if (strcmp(source_fields[i].name, f->name) == 0)
				slot = source_fields[i].off == offsetof(struct source, id) ? 0 : i;
		if (slot < nsf || strcmp(f->name, "Entries") == 0) {
			if (seen[slot] && strcmp(seen[slot], f->name) == 0)
				return fail(b, file, f->line, "field '%s' given twice", f->name);
			if (seen[slot])
				return fail(b, file, f->line, "fields '%s' and '%s' both give the source id",
					    seen[slot], f->name);
			seen[slot] = f->name;
		}
		if (set_source_field(b, s, f, file) < 0)
			return -1;
	}
	return 0;
}

/* data/sources.rec: every field required, for every embedded source. */
static int add_sources_file(struct builder *b, const struct rec_file *rf, const char *file)
{
	static const char *const need[] = {
		"Id", "Label", "Title", "Author", "URL", "Year", "Document", "License", "Entries",
	};

	for (size_t i = 0; i < rf->nrecords; i++) {
		const struct rec_record *r = &rf->records[i];
		struct source *s = new_source(b);

		for (size_t k = 0; k < sizeof(need) / sizeof(need[0]); k++)
			if (!recfile_get(r, need[k]))
				return fail(b, file, r->line, "source record has no %s field", need[k]);
		if (set_source_record(b, s, r, file) < 0)
			return -1;
		if (check_new_id(b, file, r->line, s->id) < 0)
			return -1;
	}
	return 0;
}

/* A user file without "Source:" is named after its file: "My Codes.rec" ->
 * "my-codes". */
static const char *default_id(struct owned *o, const char *file)
{
	const char *base = strrchr(file, '/') ? strrchr(file, '/') + 1 : file;
	size_t n = strlen(base);
	char id[33];
	size_t k = 0;

	if (n > 4 && strcmp(base + n - 4, ".rec") == 0)
		n -= 4;
	for (size_t i = 0; i < n && k < 32; i++) {
		unsigned char c = (unsigned char)base[i];

		if (c >= 'A' && c <= 'Z')
			c = (unsigned char)(c - 'A' + 'a');
		if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')))
			c = '-';
		if (c == '-' && (k == 0 || id[k - 1] == '-'))
			continue;
		id[k++] = (char)c;
	}
	while (k && id[k - 1] == '-')
		k--;
	if (!k)
		return "user";
	return pool_strndup(o, id, k);
}

/* The source a data file's records belong to: for an embedded file, the one
 * its "Source:" names; for a user file, a new one (its first record may give
 * Source: and Title:, else the file name does). */
static int file_source(struct builder *b, const struct rec_file *rf, const char *file,
		       enum cb_kind kind, size_t *first)
{
	const struct rec_record *r = rf->nrecords ? &rf->records[0] : NULL;
	const struct rec_field *sf = r ? recfile_get(r, "Source") : NULL;
	struct source *s;
	int idx;
	char buf[SHOWN_SIZE];

	*first = sf ? 1 : 0;
	if (kind == CB_EMBEDDED) {
		if (!sf || r->nfields != 1)
			return fail(b, file, r ? r->line : 0, "the first record must be just 'Source: id'");
		for (idx = 0; idx < (int)b->nsources; idx++)
			if (strcmp(b->own->sources[idx].id, sf->value) == 0)
				break;
		if (idx == (int)b->nsources)
			return fail(b, file, sf->line, "source '%s' is not in sources.rec", shown(sf->value, buf));
		b->own->sources[idx].file = pool_clean(b->own, file, strlen(file), false);
		return idx;
	}
	s = new_source(b);
	s->user = true;
	s->file = pool_clean(b->own, file, strlen(file), false);
	if (sf) {
		if (set_source_record(b, s, r, file) < 0)
			return -1;
	} else {
		s->id = default_id(b->own, file);
	}
	if (!s->title[0])
		s->title = s->file;
	if (!s->label[0])
		s->label = s->id;
	if (check_new_id(b, file, sf ? sf->line : 0, s->id) < 0)
		return -1;
	return (int)b->nsources - 1;
}

static int add_data_file(struct builder *b, const struct rec_file *rf, const char *file,
			 enum cb_kind kind)
{
	size_t first;
	int src = file_source(b, rf, file, kind, &first);
	struct source *s;

	if (src < 0)
		return -1;
	if (src > UINT16_MAX)
		return fail(b, file, 0, "too many sources");
	s = &b->own->sources[src];
	for (size_t i = first; i < rf->nrecords; i++) {
		if (add_entry(b, &rf->records[i], file, kind, (unsigned short)src) < 0)
			return -1;
		s->nentries++;
		s->nrepairs += b->all[b->nall - 1].nrepairs;
	}
	return 0;
}

/* ---- finishing: defaults, folding, order, per-code facts --------------- */

static int check_declared(struct builder *b)
{
	for (size_t i = 0; i < b->nsources; i++) {
		const struct source *s = &b->own->sources[i];

		if (!b->declared_line[i])
			continue;
		if (!s->file[0])
			return fail(b, b->declared_file[i], b->declared_line[i],
				    "source '%s' has no data file", s->id);
		if (s->nentries != b->declared[i])
			return fail(b, b->declared_file[i], b->declared_line[i],
				    "source '%s' declares %u entries but %s has %u",
				    s->id, b->declared[i], s->file, s->nentries);
	}
	return 0;
}

/* s with each sic's written form replaced by what it stands for, so that
 * "Reasonse" is compared and found as "Reasons". */
static char *unsic(const struct entry *e, const char *s)
{
	char *t = xstrdup(s);

	for (unsigned i = 0; i < e->nsics; i++) {
		const char *w = e->sics[i].was, *m = e->sics[i].meant;
		char *at = strstr(t, w);

		if (at) {
			size_t pre = (size_t)(at - t), wl = strlen(w), ml = strlen(m);
			char *u = xmalloc(strlen(t) - wl + ml + 1);

			memcpy(u, t, pre);
			memcpy(u + pre, m, ml);
			strcpy(u + pre + ml, at + wl);
			free(t);
			t = u;
		}
	}
	return t;
}

/* The folds of a and b (may be NULL) joined by a newline: returned, the one
 * names are compared by (each sic's meant form, spelling variants folded);
 * in *lit, the words as written (tl_fold_words), or NULL when the same. */
static const char *pool_fold(struct owned *o, const struct entry *e, const char *a,
			     const char *b, const char **lit)
{
	size_t la = strlen(a), lb = b ? strlen(b) : 0, n, ln;
	char *joined = xmalloc(la + lb + 2), *plain, *f, *l;
	const char *d;

	memcpy(joined, a, la);
	joined[la] = '\n';
	memcpy(joined + la + 1, b ? b : "", lb + 1);
	l = tl_fold_words(joined, la + lb + 1, &ln, NULL);
	if (e->nsics) {
		plain = unsic(e, joined);
		f = tl_fold_words(plain, strlen(plain), &n, NULL);
		free(plain);
	} else {
		f = xstrndup(l, ln);
		n = ln;
	}
	tl_fold_variants(f, &n, NULL);
	*lit = n != ln || memcmp(f, l, n) != 0 ? pool_strndup(o, l, ln) : NULL;
	d = pool_strndup(o, f, n);
	free(f);
	free(l);
	free(joined);
	return d;
}

/* 64 bits for a word's first byte, 192 for its first two. */
unsigned catalog_sig_bit(const char *word, size_t len)
{
	unsigned b0 = (unsigned char)word[0], b1 = len > 1 ? (unsigned char)word[1] : 0;

	if (len < 2)
		return (b0 ^ (b0 >> 6)) & 63;
	return 64 + (b0 * 131u ^ b1 * 7u) % 192;
}

void catalog_sign(const char *f, unsigned sig[SIG_WORDS])
{
	for (const char *w = f; *w;) {
		size_t n = strcspn(w, " ");
		unsigned b1 = catalog_sig_bit(w, 1), b2 = catalog_sig_bit(w, n);

		sig[b1 / 32] |= 1u << (b1 % 32);
		if (n > 1)
			sig[b2 / 32] |= 1u << (b2 % 32);
		w += n;
		while (*w == ' ')
			w++;
	}
}

/* Entries a user file gives without Vendor belong to the standard group
 * when the registry has their code, else to the unofficial one. */
static void finish_entries(struct builder *b, const unsigned char *reg)
{
	for (size_t i = 0; i < b->nall; i++) {
		struct entry *e = &b->all[i];

		if (!e->is_class && !e->vendor)
			e->vendor = (reg[e->code] == REG_NONE || reg[e->code] == REG_UNUSED)
				? VENDOR_BIT(VENDOR_UNOFFICIAL) : VENDOR_BIT(VENDOR_STANDARD);
		if (!e->fname)
			e->fname = pool_fold(b->own, e, e->name, NULL, &e->lname);
		if (!e->ftext) {
			e->ftext = pool_fold(b->own, e, e->qualifier, e->text, &e->ltext);
			catalog_sign(e->fname, e->sig);
			catalog_sign(e->ftext, e->sig);
			if (e->lname)
				catalog_sign(e->lname, e->sig);
			if (e->ltext)
				catalog_sign(e->ltext, e->sig);
		}
	}
}

/* Entries by code, then source, then place in the source's one file. */
static int cmp_entry(const void *pa, const void *pb)
{
	const struct entry *a = pa, *b = pb;

	if (a->code != b->code)
		return a->code < b->code ? -1 : 1;
	if (a->source != b->source)
		return a->source < b->source ? -1 : 1;
	return (a->line > b->line) - (a->line < b->line);
}

/* A small string set: open addressing, for counting names in time linear
 * in the entries (a user file may give one code 100,000 entries). */
struct strset {
	const char **key;
	size_t *val;
	size_t cap;
};

static size_t str_hash(const char *s)
{
	size_t h = 5381;

	while (*s)
		h = h * 33 ^ (unsigned char)*s++;
	return h;
}

static void strset_init(struct strset *t, size_t n)
{
	t->cap = 16;
	while (t->cap < 2 * n)
		t->cap *= 2;
	t->key = xcalloc(t->cap, sizeof(*t->key));
	t->val = xcalloc(t->cap, sizeof(*t->val));
}

/* The slot of s: its value when it is there, else a free slot for it. */
static size_t strset_slot(const struct strset *t, const char *s)
{
	size_t i = str_hash(s) & (t->cap - 1);

	while (t->key[i] && strcmp(t->key[i], s) != 0)
		i = (i + 1) & (t->cap - 1);
	return i;
}

static void strset_free(struct strset *t)
{
	free(t->key);
	free(t->val);
}

/* The distinct names of es[i] for which keep[i] (keep NULL: all). */
static size_t count_names(const struct entry *es, size_t n, const bool *keep,
			  struct catalog_name *names)
{
	struct strset set;
	size_t k = 0;

	strset_init(&set, n);
	for (size_t i = 0; i < n; i++) {
		const struct entry *e = &es[i];
		size_t slot, j;

		if (!e->fname[0] || (keep && !keep[i]))
			continue;
		slot = strset_slot(&set, e->fname);
		if (!set.key[slot]) {
			set.key[slot] = e->fname;
			set.val[slot] = k;
			names[k++] = (struct catalog_name){ e->fname, e->name, e, 0, 0 };
		}
		j = set.val[slot];
		names[j].count++;
		names[j].vendors |= e->vendor;
	}
	strset_free(&set);
	return k;
}

/* The meanings the sources give without a name, after the names
 * names[0..k) of the same entries (count_names): beside at least one name,
 * a nameless entry whose vendor groups share none with the names' is a
 * meaning of its own (421's table 2 entry, unofficial beside the standard
 * Misdirected Request), merged with an earlier such one it shares a group
 * with. Each is added with fname and spelling "". Returns the new count. */
static size_t add_unnamed(const struct entry *es, size_t n, const bool *keep,
			  struct catalog_name *names, size_t k)
{
	unsigned short named = 0;
	size_t total = k;

	for (size_t j = 0; j < k; j++)
		named |= names[j].vendors;
	for (size_t i = 0; k && i < n; i++) {
		const struct entry *e = &es[i];
		size_t j = k;

		if (e->fname[0] || (keep && !keep[i]) || (e->vendor & named))
			continue;
		while (j < total && !(names[j].vendors & e->vendor))
			j++;
		if (j == total)
			names[total++] = (struct catalog_name){ "", "", e, 0, 0 };
		names[j].count++;
		names[j].vendors |= e->vendor;
	}
	return total;
}

/* Do two meanings belong to vendor groups that share none? Over the
 * distinct group sets, of which there are few, not over the names. */
static bool names_clash(const struct catalog_name *names, size_t k)
{
	unsigned short masks[VENDOR_ALL + 1];
	size_t m = 0;

	for (size_t i = 0; i < k; i++) {
		size_t j;

		for (j = 0; j < m && masks[j] != names[i].vendors; j++)
			;
		if (j == m)
			masks[m++] = names[i].vendors;
	}
	for (size_t a = 0; a < m; a++)
		for (size_t b = a + 1; b < m; b++)
			if (!(masks[a] & masks[b]))
				return true;
	return false;
}

/* The best name: the registry's for a code in use there; otherwise the
 * commonest, spelled as the registry spells it when it agrees. */
static const char *best_name(const struct catalog_name *names, size_t k, const struct entry *reg)
{
	size_t best = 0;

	if (reg && reg->reg != REG_UNUSED && reg->name[0])
		return reg->name;
	if (!k)
		return reg ? reg->name : "";
	for (size_t j = 1; j < k; j++)
		if (names[j].count > names[best].count)
			best = j;
	if (reg && strcmp(reg->fname, names[best].fname) == 0)
		return reg->name;
	return names[best].first->name;
}

/* The facts of the entries es[i] with keep[i] (keep NULL: all); the
 * registry status stays the code's own (es holds all its entries). */
static void code_facts(struct code_info *ci, const struct entry *es, size_t n, const bool *keep)
{
	struct catalog_name *names = xcalloc(n ? n : 1, sizeof(*names));
	const struct entry *reg = NULL, *kept_reg = NULL;
	size_t k = count_names(es, n, keep, names), m = add_unnamed(es, n, keep, names, k);

	ci->vendors = 0;
	ci->top10 = false;
	for (size_t i = 0; i < n; i++) {
		if (es[i].reg && !reg)
			reg = &es[i];
		if (keep && !keep[i])
			continue;
		ci->vendors |= es[i].vendor;
		ci->top10 |= (es[i].flags & FLAG_TOP10) != 0;
		if (es[i].reg && !kept_reg)
			kept_reg = &es[i];
	}
	ci->reg = reg ? reg->reg : REG_NONE;
	ci->expires = reg ? reg->expires : "";
	ci->nnames = (unsigned char)(m > 255 ? 255 : m);
	ci->clash = names_clash(names, m);
	ci->name = best_name(names, k, kept_reg);
	free(names);
}

void catalog_code_facts(const struct catalog *c, const struct code_info *ci, const bool *keep,
			struct code_info *out)
{
	*out = *ci;
	code_facts(out, c->entries + ci->first, ci->count, keep);
}

/* How a spelling ranks for showing its name: the registry's first, then
 * one without a typo (sic), then the commonest. */
static long long spelling_rank(const struct entry *e, size_t count)
{
	return (e->reg ? 1LL << 42 : 0) + (e->nsics ? 0 : 1LL << 41) + (long long)count;
}

size_t catalog_names(const struct catalog *c, const struct code_info *ci, const bool *keep,
		     struct catalog_name *names)
{
	const struct entry *es = c->entries + ci->first;
	size_t n = ci->count, k = count_names(es, n, keep, names);
	long long *best = xcalloc(k ? k : 1, sizeof(*best));
	struct strset spell, fold;

	strset_init(&spell, n);
	strset_init(&fold, k);
	for (size_t j = 0; j < k; j++) {
		size_t slot = strset_slot(&fold, names[j].fname);

		fold.key[slot] = names[j].fname;
		fold.val[slot] = j;
	}
	for (size_t i = 0; i < n; i++) {
		size_t slot;

		if (keep && !keep[i])
			continue;
		slot = strset_slot(&spell, es[i].name);
		spell.key[slot] = es[i].name;
		spell.val[slot]++;      /* how many entries spell it so */
	}
	for (size_t i = 0; i < n; i++) {
		size_t j;
		long long r;

		if (!es[i].fname[0] || (keep && !keep[i]))
			continue;
		j = fold.val[strset_slot(&fold, es[i].fname)];
		r = spelling_rank(&es[i], spell.val[strset_slot(&spell, es[i].name)]);
		if (r > best[j]) {
			best[j] = r;
			names[j].spelling = es[i].name;
		}
	}
	strset_free(&spell);
	strset_free(&fold);
	free(best);
	return add_unnamed(es, n, keep, names, k);
}

static void index_codes(struct owned *o, const struct entry *es, size_t n, size_t *ncodes)
{
	size_t k = 0;

	o->codes = xcalloc(n ? n : 1, sizeof(*o->codes));
	for (size_t i = 0; i < n;) {
		size_t j = i;
		struct code_info *ci = &o->codes[k++];

		while (j < n && es[j].code == es[i].code)
			j++;
		ci->code = es[i].code;
		ci->first = (unsigned)i;
		ci->count = (unsigned)(j - i);
		code_facts(ci, es + i, j - i, NULL);
		i = j;
	}
	*ncodes = k;
}

static void free_owned(struct owned *o)
{
	if (!o)
		return;
	while (o->pool) {
		struct pool_block *next = o->pool->next;

		free(o->pool);
		o->pool = next;
	}
	free(o->sources);
	free(o->entries);
	free(o->classes);
	free(o->codes);
	free(o);
}

static void split_entries(struct builder *b, struct catalog *out)
{
	struct owned *o = b->own;
	size_t nc = 0, ne = 0;

	for (size_t i = 0; i < b->nall; i++)
		nc += b->all[i].is_class;
	o->classes = xcalloc(nc ? nc : 1, sizeof(struct entry));
	o->entries = xcalloc(b->nall - nc ? b->nall - nc : 1, sizeof(struct entry));
	nc = 0;
	for (size_t i = 0; i < b->nall; i++) {
		if (b->all[i].is_class)
			o->classes[nc++] = b->all[i];
		else
			o->entries[ne++] = b->all[i];
	}
	qsort(o->classes, nc, sizeof(struct entry), cmp_entry);
	qsort(o->entries, ne, sizeof(struct entry), cmp_entry);
	out->classes = o->classes;
	out->nclasses = nc;
	out->entries = o->entries;
	out->nentries = ne;
}

static void add_base(struct builder *b, const struct catalog *base)
{
	for (size_t i = 0; i < base->nsources; i++)
		*new_source(b) = base->sources[i];
	for (size_t i = 0; i < base->nentries; i++)
		*new_entry(b) = base->entries[i];
	for (size_t i = 0; i < base->nclasses; i++)
		*new_entry(b) = base->classes[i];
}

static int build_files(struct builder *b, const struct rec_file *files,
		       const char *const *names, const enum cb_kind *kinds, size_t nfiles)
{
	for (size_t i = 0; i < nfiles; i++) {
		int rc = kinds[i] == CB_SOURCES ? add_sources_file(b, &files[i], names[i])
			: add_data_file(b, &files[i], names[i], kinds[i]);

		if (rc < 0)
			return -1;
	}
	return check_declared(b);
}

int catalog_build(struct catalog *out, const struct catalog *base,
		  const struct rec_file *files, const char *const *names,
		  const enum cb_kind *kinds, size_t nfiles, char *err)
{
	struct builder b = { .own = xcalloc(1, sizeof(struct owned)), .err = err };
	unsigned char reg[1000] = { 0 };
	int rc = -1;

	memset(out, 0, sizeof(*out));
	if (base)
		add_base(&b, base);
	if (build_files(&b, files, names, kinds, nfiles) < 0)
		goto done;
	for (size_t i = 0; i < b.nall; i++)
		if (b.all[i].reg && !b.all[i].is_class)
			reg[b.all[i].code] = b.all[i].reg;
	finish_entries(&b, reg);
	split_entries(&b, out);
	index_codes(b.own, out->entries, out->nentries, &out->ncodes);
	out->codes = b.own->codes;
	out->sources = b.own->sources;
	out->nsources = b.nsources;
	out->owned = b.own;
	b.own = NULL;
	rc = 0;
done:
	free_owned(b.own);
	free(b.all);
	free(b.declared);
	free(b.declared_line);
	free(b.declared_file);
	if (rc < 0)
		memset(out, 0, sizeof(*out));
	return rc;
}

void catalog_free(struct catalog *c)
{
	free_owned(c->owned);
	memset(c, 0, sizeof(*c));
}
