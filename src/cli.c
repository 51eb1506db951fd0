#include "cli.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "compare.h"
#include "explain.h"
#include "json.h"
#include "textlayout.h"
#include "util.h"

/* SGR attributes, one per role, so the look is decided in one place. */
#define SGR_CODE "1"
#define SGR_NAME "1"
#define SGR_LABEL "36"
#define SGR_NOTE "2"
#define SGR_STAR "33"
#define SGR_CONFLICT "31"
#define SGR_VENDOR "35"
#define SGR_STATUS "2"

/* ---- output primitives -------------------------------------------------- */

static void sgr(struct out *o, const char *code)
{
	if (o->color)
		fprintf(o->f, "\033[%sm", code ? code : "0");
}

static void spaces(struct out *o, size_t n)
{
	while (n--)
		putc(' ', o->f);
}

/* A run of text with one attribute (NULL: plain). */
struct seg {
	const char *s;
	const char *sgr;
};

/* The segments joined (each made ASCII when the terminal needs it), with
 * where each starts. */
static char *join_segs(const struct out *o, const struct seg *segs, size_t n, size_t *starts)
{
	size_t len = 0, cap = 64;
	char *j = xmalloc(cap);

	for (size_t i = 0; i < n; i++) {
		char *a = o->ascii ? tl_ascii(segs[i].s, strlen(segs[i].s)) : NULL;
		const char *s = a ? a : segs[i].s;
		size_t l = strlen(s);

		if (len + l + 1 > cap) {
			cap = (len + l + 1) * 2;
			j = xrealloc(j, cap);
		}
		starts[i] = len;
		memcpy(j + len, s, l);
		len += l;
		free(a);
	}
	j[len] = '\0';
	starts[n] = len;
	return j;
}

/* Bytes [from, to) of j, switching attributes where segments start. */
static void put_run(struct out *o, const char *j, size_t from, size_t to,
		    const struct seg *segs, const size_t *starts, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		size_t a = starts[i] > from ? starts[i] : from;
		size_t b = starts[i + 1] < to ? starts[i + 1] : to;

		if (a >= b)
			continue;
		if (segs[i].sgr)
			sgr(o, segs[i].sgr);
		while (a < b) {     /* a soft newline is drawn as a space */
			const char *nl = memchr(j + a, '\n', b - a);
			size_t k = nl ? (size_t)(nl - j) : b;

			fwrite(j + a, 1, k - a, o->f);
			if (nl)
				putc(' ', o->f);
			a = k + (nl != NULL);
		}
		if (segs[i].sgr)
			sgr(o, NULL);
	}
}

/* Print the segments wrapped to the output width less indent columns, every
 * line but the first indented by indent; the first starts with lead (at
 * most indent columns wide; NULL: indent spaces). flags: tl_wrap's. */
static void print_segs_wrap(struct out *o, const struct seg *segs, size_t n, unsigned indent,
			    const char *lead, unsigned flags)
{
	size_t *starts = xcalloc(n + 1, sizeof(*starts));
	char *j = join_segs(o, segs, n, starts);
	unsigned w = o->width > indent + 8 ? o->width - indent : 8;
	struct tl_line *lines;
	size_t nl = tl_wrap(j, starts[n], w, flags, &lines);

	for (size_t i = 0; i < nl; i++) {
		if (lines[i].len) {
			if (i == 0 && lead)
				fputs(lead, o->f);
			else
				spaces(o, indent);
			spaces(o, lines[i].indent);
			put_run(o, j, lines[i].off, lines[i].off + lines[i].len, segs, starts, n);
		}
		putc('\n', o->f);
	}
	if (!nl && lead)
		fprintf(o->f, "%s\n", lead);
	free(lines);
	free(j);
	free(starts);
}

static void print_segs(struct out *o, const struct seg *segs, size_t n, unsigned indent,
		       const char *lead)
{
	print_segs_wrap(o, segs, n, indent, lead, 0);
}

static void print_plain(struct out *o, const char *s, unsigned indent, const char *attr)
{
	struct seg seg = { s, attr };

	print_segs(o, &seg, 1, indent, NULL);
}

/* ---- entries ------------------------------------------------------------- */

static void vendor_words(unsigned mask, char *buf, size_t size);

/* "421 [unofficial] — CN: table 2": the code, the name and qualifier as
 * the source gives them, then the entry's vendor groups unless it is only
 * standard (in brackets, as --conflicts writes them: the groups are ours,
 * the qualifier is the source's words), then the source. */
static void print_header(struct out *o, const struct catalog *c, const struct entry *e)
{
	char code[8], *reg = NULL, *qual = NULL, groups[128], vend[132];
	struct seg segs[8];
	size_t n = 0;

	if (e->is_class)
		snprintf(code, sizeof(code), "%dxx", e->code / 100);
	else
		snprintf(code, sizeof(code), "%03d", e->code);
	segs[n++] = (struct seg){ code, SGR_CODE };
	if (e->name[0]) {
		segs[n++] = (struct seg){ " ", NULL };
		segs[n++] = (struct seg){ e->name, SGR_NAME };
	}
	if (e->qualifier[0]) {
		qual = xasprintf(" (%s)", e->qualifier);
		segs[n++] = (struct seg){ qual, NULL };
	}
	if (!e->is_class && e->vendor != VENDOR_BIT(VENDOR_STANDARD)) {
		vendor_words(e->vendor, groups, sizeof(groups));
		snprintf(vend, sizeof(vend), "[%s]", groups);
		segs[n++] = (struct seg){ " ", NULL };
		segs[n++] = (struct seg){ vend, SGR_VENDOR };
	}
	if (e->reg) {
		char *r = catalog_registry_text(e);

		reg = xasprintf(" \xe2\x80\x94 %s: %s", c->sources[e->source].label, r);
		free(r);
	} else {
		reg = xasprintf(" \xe2\x80\x94 %s", c->sources[e->source].label);
	}
	segs[n++] = (struct seg){ reg, SGR_LABEL };
	print_segs(o, segs, n, 4, "");
	free(reg);
	free(qual);
}

/* Sics, notes and repairs, small and dim under the text. */
static void print_note(void *ctx, const char *line)
{
	struct out *o = ctx;
	char *exact = o->ascii && catalog_note_quotes(line) ? tl_ascii_exact(line, strlen(line))
		: NULL;

	print_plain(o, exact ? exact : line, 4, SGR_NOTE);
	free(exact);
}

/* An entry: its header, its text (or, when same is the entry printed
 * before it with the same text, which one that is), its small print. */
static void print_entry(struct out *o, const struct catalog *c, const struct entry *e,
			const struct entry *same)
{
	print_header(o, c, e);
	if (same) {
		char *note = xasprintf(CATALOG_SAME_TEXT, c->sources[same->source].label);

		print_plain(o, note, 4, SGR_NOTE);
		free(note);
	} else if (e->text[0]) {
		print_plain(o, e->text, 4, NULL);
	} else if (!e->reg) {
		print_plain(o, CATALOG_NO_TEXT, 4, SGR_NOTE);
	}
	catalog_notes(e, print_note, o);
}

/* Class digits whose class records to print: those the query asks for
 * whole (4xx, 4**, 4..), all of them when it asks for everything; none
 * under --conflicts, which is about codes (a class has no conflict). */
static unsigned whole_classes(const struct query *q, const struct filter *f)
{
	unsigned mask = 0;

	if (f->conflicts)
		return 0;
	if (!q || (!q->nsels && !q->nterms))
		return ~0u;
	for (size_t i = 0; i < q->nsels; i++) {
		int d = selector_class(&q->sels[i]);

		if (d >= 0)
			mask |= 1u << d;
	}
	return mask;
}

size_t cli_entries(struct out *o, const struct catalog *c, const struct query *q,
		   const struct filter *f, const struct hit *hits, size_t n)
{
	unsigned classes = whole_classes(q, f);
	size_t printed = 0;

	for (size_t i = 0; i < c->nclasses; i++) {
		const struct entry *e = &c->classes[i];

		if (!(classes & (1u << (e->code / 100))) || !filter_entry(f, c, e))
			continue;
		if (printed++)
			putc('\n', o->f);
		print_entry(o, c, e, NULL);
	}
	for (size_t h = 0; h < n; h++) {
		const struct code_info *ci = &c->codes[hits[h].code];
		bool *shown = xcalloc(ci->count, sizeof(*shown));

		for (unsigned k = 0; k < ci->count; k++) {
			const struct entry *e = &c->entries[ci->first + k];

			if (!(shown[k] = query_entry_visible(c, q, f, e)))
				continue;
			if (printed++)
				putc('\n', o->f);
			print_entry(o, c, e, catalog_same_text(c, e, shown));
		}
		free(shown);
	}
	return printed;
}

/* ---- the code list --------------------------------------------------------- */

/* A line of the list, measured before any is printed: the name column is
 * as wide as the longest name needs. */
struct list_line {
	char *name;             /* as shown (ASCII when the terminal needs it) */
	size_t namew;           /* its columns */
	char marks[QUERY_MARKS_MAX][20];   /* each mark after a space: " nginx" */
	struct seg segs[QUERY_MARKS_MAX];
	size_t nmarks, marksw;
	int code;
};

/* The marks of a code (query_code_marks) as segments: " * !3 nginx esri
 * unregistered". */
static size_t list_marks(const struct code_info *ci, struct list_line *l)
{
	static const char *const attr[] = {
		[MARK_STAR] = SGR_STAR, [MARK_NAMES] = SGR_CONFLICT,
		[MARK_VENDOR] = SGR_VENDOR, [MARK_STATUS] = SGR_STATUS,
	};
	struct code_mark m[QUERY_MARKS_MAX];
	size_t n = query_code_marks(ci, false, m);

	for (size_t i = 0; i < n; i++) {
		snprintf(l->marks[i], sizeof(l->marks[i]), " %s", m[i].text);
		l->segs[i] = (struct seg){ l->marks[i], attr[m[i].kind] };
	}
	return n;
}

static void list_measure(struct out *o, const struct catalog *c, const struct filter *f,
			 const struct hit *hit, struct list_line *l)
{
	struct code_info shown;

	query_code_facts(c, f, &c->codes[hit->code], &shown);
	l->code = shown.code;
	l->name = o->ascii ? tl_ascii(shown.name, strlen(shown.name)) : xstrdup(shown.name);
	l->namew = tl_width(l->name, strlen(l->name));
	l->nmarks = list_marks(&shown, l);
	l->marksw = 0;
	for (size_t i = 0; i < l->nmarks; i++)
		l->marksw += strlen(l->segs[i].s);
}

/* "404 Not Found", the name cut to namew columns, then (when the first
 * fits) the marks from column 4 + col on, as many as fit; no trailing
 * space, nor one after a code that has no name. */
static void list_print(struct out *o, const struct list_line *l, size_t namew, size_t col)
{
	const char *ell = o->ascii ? "~" : "\xe2\x80\xa6";
	char *name = tl_truncate(l->name, strlen(l->name), namew, ell);
	size_t used = 3;

	sgr(o, SGR_CODE);
	fprintf(o->f, "%03d", l->code);
	sgr(o, NULL);
	if (name[0]) {
		fprintf(o->f, " %s", name);
		used += 1 + tl_width(name, strlen(name));
	}
	if (l->nmarks && 4 + col + strlen(l->segs[0].s) <= o->width) {
		spaces(o, 4 + col - used);
		used = 4 + col;
		for (size_t i = 0; i < l->nmarks && used + strlen(l->segs[i].s) <= o->width; i++) {
			sgr(o, l->segs[i].sgr);
			fputs(l->segs[i].s, o->f);
			sgr(o, NULL);
			used += strlen(l->segs[i].s);
		}
	}
	putc('\n', o->f);
	free(name);
}

void cli_list(struct out *o, const struct catalog *c, const struct filter *f,
	      const struct hit *hits, size_t n)
{
	struct list_line *lines = xcalloc(n ? n : 1, sizeof(*lines));
	size_t longest = 0, marksw = 0, room = o->width - 4, col;

	for (size_t h = 0; h < n; h++) {
		list_measure(o, c, f, &hits[h], &lines[h]);
		longest = lines[h].namew > longest ? lines[h].namew : longest;
		marksw = lines[h].marksw > marksw ? lines[h].marksw : marksw;
	}
	/* the names' column, so that every line's marks fit after it; at
	 * least 8 columns (then the marks that do not fit are left out) */
	col = longest;
	if (marksw && col + marksw > room)
		col = room >= marksw + 8 ? room - marksw : 8;
	for (size_t h = 0; h < n; h++) {
		/* a line without marks has the whole width for its name */
		list_print(o, &lines[h], lines[h].nmarks ? col : room, col);
		free(lines[h].name);
	}
	free(lines);
}

/* ---- conflicts ------------------------------------------------------------- */

/* "nginx esri" for a vendor mask. */
static void vendor_words(unsigned mask, char *buf, size_t size)
{
	size_t n = 0;

	buf[0] = '\0';
	for (int v = 0; v < VENDOR_COUNT && n < size; v++)
		if (mask & VENDOR_BIT(v))
			n += (size_t)snprintf(buf + n, size - n, "%s%s", n ? " " : "", vendor_ids[v]);
}

/* A name of a conflict as listed: its spelling, or for a meaning given
 * without a name, where it is given ("(unnamed in CN: table 2)"); with
 * groups, its vendor groups after it ("[standard]"). Malloc'd. */
static char *conflict_name(const struct catalog *c, const struct catalog_name *nm, bool groups)
{
	char words[128], *what, *s;

	if (nm->fname[0])
		what = xstrdup(nm->spelling);
	else if (nm->count > 1)
		what = xasprintf("(unnamed in %s and %u more)", c->sources[nm->first->source].label,
				 nm->count - 1);
	else
		what = xasprintf("(unnamed in %s)", c->sources[nm->first->source].label);
	if (!groups)
		return what;
	vendor_words(nm->vendors, words, sizeof(words));
	s = xasprintf("%s [%s]", what, words);
	free(what);
	return s;
}

void cli_conflicts(struct out *o, const struct catalog *c, const struct filter *f,
		   const struct hit *hits, size_t n)
{
	for (size_t h = 0; h < n; h++) {
		const struct code_info *ci = &c->codes[hits[h].code];
		struct catalog_name *names = xcalloc(ci->count, sizeof(*names));
		bool *keep = query_kept(c, f, ci);
		size_t k = catalog_names(c, ci, keep, names);
		struct code_info shown;
		char *list = xstrdup(""), lead[16];

		query_code_facts(c, f, ci, &shown);
		for (size_t i = 0; i < k; i++) {
			char *name = conflict_name(c, &names[i], shown.clash);
			char *more = xasprintf("%s%s%s", list, i ? " | " : "", name);

			free(name);
			free(list);
			list = more;
		}
		snprintf(lead, sizeof(lead), "%03d %-7s ", ci->code, shown.clash ? "clash" : "rename");
		if (k > 1)
			print_segs(o, &(struct seg){ list, NULL }, 1, 12, lead);
		free(list);
		free(keep);
		free(names);
	}
}

/* ---- sources ------------------------------------------------------------------ */

static bool source_visible(const struct filter *f, size_t i)
{
	return !f->sources || (i < f->nsources && f->sources[i]);
}

#define FIELD_COLUMN 14	/* where the values start, after the labels */
#define FIELD_MIN 20		/* narrower than this, a value goes under its label */

/* A URL in a value is never split, so that it can be copied whole: a
 * line breaks before it, and one wider than the width is wider. */
static void print_field(struct out *o, const char *key, const char *value)
{
	char lead[FIELD_COLUMN + 1];
	struct seg seg = { value[0] ? value : "-", NULL };

	if (o->width < FIELD_COLUMN + FIELD_MIN) {
		fprintf(o->f, "    %s\n", key);
		print_segs_wrap(o, &seg, 1, 6, NULL, TL_WRAP_WHOLE_URLS);
		return;
	}
	snprintf(lead, sizeof(lead), "    %-9s ", key);
	print_segs_wrap(o, &seg, 1, FIELD_COLUMN, lead, TL_WRAP_WHOLE_URLS);
}

void cli_sources(struct out *o, const struct catalog *c, const struct filter *f)
{
	bool first = true;

	for (size_t i = 0; i < c->nsources; i++) {
		const struct source *s = &c->sources[i];
		struct seg head[3] = { { s->id, SGR_CODE }, { "  ", NULL }, { s->title, SGR_NAME } };
		char *doc;

		if (!source_visible(f, i))
			continue;
		doc = xasprintf("%s (%s: %u record%s, %u repair%s)", s->document[0] ? s->document : "-",
				s->file, s->nentries, s->nentries == 1 ? "" : "s", s->nrepairs,
				s->nrepairs == 1 ? "" : "s");
		if (!first)
			putc('\n', o->f);
		first = false;
		print_segs(o, head, 3, 4, "");
		print_field(o, "label", s->label);
		print_field(o, "author", s->author);
		print_field(o, "year", s->year);
		print_field(o, "url", s->url);
		print_field(o, "document", doc);
		print_field(o, "license", s->license);
		free(doc);
	}
}

/* ---- JSON ------------------------------------------------------------------------ */

static void json_entry(FILE *f, const struct catalog *c, const struct entry *e)
{
	const char *vend[VENDOR_COUNT], *flags[FLAG_COUNT];
	size_t nv = 0, nf = 0;
	const struct code_info *ci = e->is_class ? NULL : catalog_code(c, e->code);

	/* code is a number or null, never a string: jq's select(.code >= 500)
	 * must not pick up "5xx"; a class record names its class in "class" */
	if (e->is_class)
		fputs("{\"code\":null", f);
	else
		fprintf(f, "{\"code\":%d", e->code);
	fprintf(f, ",\"class\":\"%dxx\"", e->code / 100);
	json_kv(f, "source", c->sources[e->source].id, 0);
	json_kv(f, "name", e->name, 0);
	json_kv(f, "qualifier", e->qualifier, 0);
	for (int v = 0; v < VENDOR_COUNT; v++)
		if (e->vendor & VENDOR_BIT(v))
			vend[nv++] = vendor_ids[v];
	if (e->is_class)   /* in no group: the filters count it as standard (query.h) */
		vend[nv++] = vendor_ids[VENDOR_STANDARD];
	for (int k = 0; k < FLAG_COUNT; k++)
		if (e->flags & (1 << k))
			flags[nf++] = flag_ids[k];
	json_kv_list(f, "vendor", vend, nv);
	json_kv_list(f, "flags", flags, nf);
	json_kv(f, "text", e->text, 0);
	fputs(",\"repairs\":[", f);
	for (unsigned i = 0; i < e->nrepairs; i++) {
		const struct repair *r = &e->repairs[i];

		fputs(i ? ",{" : "{", f);
		json_kv(f, "was", r->was ? r->was : "", 1);
		json_kv(f, "now", r->now ? r->now : "", 0);
		json_kv(f, "why", r->why, 0);
		putc('}', f);
	}
	fputs("],\"sic\":[", f);
	for (unsigned i = 0; i < e->nsics; i++) {
		fputs(i ? ",{" : "{", f);
		json_kv(f, "was", e->sics[i].was, 1);
		json_kv(f, "meant", e->sics[i].meant, 0);
		putc('}', f);
	}
	putc(']', f);
	json_kv_list(f, "notes", e->notes, e->nnotes);
	if (ci)
		json_kv(f, "registry", reg_ids[ci->reg], 0);
	if (ci && ci->reg == REG_TEMPORARY && ci->expires[0])
		fprintf(f, ",\"expired\":%s", catalog_code_expired(ci) ? "true" : "false");
	if (e->reg) {
		json_kv(f, "status", reg_ids[e->reg], 0);
		json_kv(f, "reference", e->reference, 0);
		if (e->expires[0])
			json_kv(f, "expires", e->expires, 0);
	}
	putc('}', f);
}

size_t cli_json_entries(struct out *o, const struct catalog *c, const struct query *q,
			const struct filter *f, const struct hit *hits, size_t n)
{
	unsigned classes = whole_classes(q, f);
	size_t printed = 0;

	putc('[', o->f);
	for (size_t i = 0; i < c->nclasses; i++) {
		const struct entry *e = &c->classes[i];

		if (!(classes & (1u << (e->code / 100))) || !filter_entry(f, c, e))
			continue;
		fputs(printed++ ? ",\n" : "\n", o->f);
		json_entry(o->f, c, e);
	}
	for (size_t h = 0; h < n; h++) {
		const struct code_info *ci = &c->codes[hits[h].code];

		for (unsigned k = ci->first; k < ci->first + ci->count; k++) {
			if (!query_entry_visible(c, q, f, &c->entries[k]))
				continue;
			fputs(printed++ ? ",\n" : "\n", o->f);
			json_entry(o->f, c, &c->entries[k]);
		}
	}
	fputs("\n]\n", o->f);
	return printed;
}

void cli_json_sources(struct out *o, const struct catalog *c, const struct filter *f)
{
	const char *sep = "\n";

	putc('[', o->f);
	for (size_t i = 0; i < c->nsources; i++) {
		const struct source *s = &c->sources[i];

		if (!source_visible(f, i))
			continue;
		fputs(sep, o->f);
		sep = ",\n";
		putc('{', o->f);
		json_kv(o->f, "id", s->id, 1);
		json_kv(o->f, "label", s->label, 0);
		json_kv(o->f, "title", s->title, 0);
		json_kv(o->f, "author", s->author, 0);
		json_kv(o->f, "url", s->url, 0);
		json_kv(o->f, "year", s->year, 0);
		json_kv(o->f, "document", s->document, 0);
		json_kv(o->f, "license", s->license, 0);
		json_kv(o->f, "file", s->file, 0);
		fprintf(o->f, ",\"entries\":%u,\"repairs\":%u,\"user\":%s}",
			s->nentries, s->nrepairs, s->user ? "true" : "false");
	}
	fputs("\n]\n", o->f);
}

/* ---- what shows nothing ------------------------------------------------------------ */

/* print_plain of a formatted line. */
__attribute__((format(printf, 2, 3)))
static void say(struct out *o, const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	s = xvasprintf(fmt, ap);
	va_end(ap);
	print_plain(o, s, 0, NULL);
	free(s);
}

/* An explanation (explain.h), each paragraph wrapped on lines of its own,
 * without a blank line between them; text is freed. */
static void say_explained(struct out *o, char *text)
{
	for (char *p = text, *end; p; p = end ? end + 2 : NULL) {
		end = strstr(p, "\n\n");
		if (end)
			*end = '\0';
		print_plain(o, p, 0, NULL);
	}
	free(text);
}

/* Say why each code, mask and range r's query asked for shows nothing,
 * after the printed entries (a blank line before each explanation but a
 * first one that nothing precedes). classes: the output prints class
 * records (the list does not). Returns how many. */
static size_t explain_all(struct out *o, const struct explain_run *r, const struct hit *hits,
			  size_t n, size_t printed, bool classes)
{
	size_t said = 0;

	for (size_t i = 0; i < r->q->nsels; i++) {
		const struct selector *s = &r->q->sels[i];

		if (explain_shown(r, s, classes, hits, n))
			continue;
		if (printed++)
			putc('\n', o->f);
		say_explained(o, explain_selector(r, s, classes));
		said++;
	}
	return said;
}

/* ---- compare ---------------------------------------------------------------- */

#define SGR_DIFF "1;33"

/* Private-use characters (sanitized data never has them) hold the places
 * of the "+" and of the closing "]" of the marks while the text is
 * wrapped: tl_wrap_text keeps them on the line of the word before them, so
 * "+]" never starts a line ("mailbox. / +]"), which a real "+" would allow.
 * put_bytes prints them as "+" and "]"; each is one column wide, as those. */
#define MARK_HOLD "\xee\x80\x80"
#define MARK_CLOSE "\xee\x80\x81"
#define MARK_OPEN_LEN (sizeof("[" MARK_HOLD) - 1)
#define MARK_CLOSE_LEN (sizeof(MARK_HOLD MARK_CLOSE) - 1)

/* Append s[0..n) to t at *k, in ASCII when the terminal needs it. */
static void put_piece(const struct out *o, char **t, size_t *k, size_t *cap, const char *s,
		      size_t n, bool raw)
{
	char *a = o->ascii && !raw ? tl_ascii(s, n) : NULL;
	size_t len = a ? strlen(a) : n;

	if (*k + len + 16 > *cap) {
		*cap = (*k + len + 16) * 2;
		*t = xrealloc(*t, *cap);
	}
	memcpy(*t + *k, a ? a : s, len);
	*k += len;
	(*t)[*k] = '\0';
	free(a);
}

/* A column's text ready to wrap. Its marked words (when marked) are
 * colored on a color terminal (*spans gets them), else written between
 * [+ +]. */
static char *column_text(const struct out *o, const struct cmp_col *col, bool marked,
			 struct qspan **spans, size_t *nspans)
{
	size_t n, cap = col->words.n + 1, len = strlen(col->text), pos = 0, k = 0, tcap = 64;
	struct qspan *sp = xcalloc(cap, sizeof(*sp));
	char *t = xmalloc(tcap);

	*spans = NULL;
	*nspans = 0;
	t[0] = '\0';
	if (!len) {
		free(sp);
		put_piece(o, &t, &k, &tcap, CATALOG_NO_TEXT, strlen(CATALOG_NO_TEXT), false);
		return t;
	}
	n = marked ? compare_spans(col, sp, cap) : 0;
	if (o->color && !o->ascii) {
		*spans = sp;
		*nspans = n;
		put_piece(o, &t, &k, &tcap, col->text, len, false);
		return t;
	}
	for (size_t i = 0; i <= n; i++) {
		size_t until = i < n ? sp[i].off : len;

		put_piece(o, &t, &k, &tcap, col->text + pos, until - pos, false);
		if (i == n)
			break;
		put_piece(o, &t, &k, &tcap, "[" MARK_HOLD, MARK_OPEN_LEN, true);
		put_piece(o, &t, &k, &tcap, col->text + sp[i].off, sp[i].len, false);
		put_piece(o, &t, &k, &tcap, MARK_HOLD MARK_CLOSE, MARK_CLOSE_LEN, true);
		pos = sp[i].off + sp[i].len;
	}
	free(sp);
	return t;
}

struct cmp_print {
	char *text;
	struct qspan *spans;
	size_t nspans;
	struct tl_line *lines;
	size_t nlines;
	char *head;
	struct tl_line *hlines;
	size_t nhlines;
};

/* Bytes [a, b) of s: a newline as a space, the marks' placeholders as
 * "+" and "]". */
static void put_bytes(struct out *o, const char *s, size_t a, size_t b)
{
	for (size_t k = a; k < b; k++) {
		if (b - k >= 3 && memcmp(s + k, MARK_HOLD, 3) == 0) {
			putc('+', o->f);
			k += 2;
		} else if (b - k >= 3 && memcmp(s + k, MARK_CLOSE, 3) == 0) {
			putc(']', o->f);
			k += 2;
		} else {
			putc(s[k] == '\n' ? ' ' : s[k], o->f);
		}
	}
}

/* One column's line i (or blank), padded to colw (0: not padded), marked
 * runs colored. */
static void put_cell(struct out *o, const char *s, const struct tl_line *l, int colw,
		     const struct qspan *sp, size_t nsp, const char *attr)
{
	size_t pos = l ? l->off : 0, end = l ? l->off + l->len : 0;
	int used = l ? l->indent + l->width : 0;

	spaces(o, l ? l->indent : 0);
	if (attr)
		sgr(o, attr);
	for (size_t i = 0; l && i <= nsp; i++) {
		size_t a = i < nsp ? sp[i].off : end, b = i < nsp ? sp[i].off + sp[i].len : end;

		a = a < pos ? pos : a > end ? end : a;
		b = b > end ? end : b;
		put_bytes(o, s, pos, a);
		if (a < b) {
			sgr(o, SGR_DIFF);
			put_bytes(o, s, a, b);
			sgr(o, attr ? attr : NULL);
		}
		pos = b > pos ? b : pos;
	}
	if (attr)
		sgr(o, NULL);
	spaces(o, colw > used ? (size_t)(colw - used) : 0);
}

static void print_band(struct out *o, struct cmp_print *p, size_t from, size_t n, int colw)
{
	size_t rows = 0, hrows = 0;

	for (size_t k = from; k < from + n; k++) {
		rows = p[k].nlines > rows ? p[k].nlines : rows;
		hrows = p[k].nhlines > hrows ? p[k].nhlines : hrows;
	}
	for (size_t r = 0; r < hrows + 1 + rows; r++) {
		for (size_t k = from; k < from + n; k++) {
			struct cmp_print *c = &p[k];
			const struct tl_line *l = r < hrows ? (r < c->nhlines ? &c->hlines[r] : NULL)
				: r > hrows && r - hrows - 1 < c->nlines ? &c->lines[r - hrows - 1] : NULL;
			bool last = k + 1 == from + n;   /* not padded: no line ends in spaces */
			bool blank = r != hrows && (!l || !l->len);

			if (k > from)
				fputs(last && blank ? " |" : " | ", o->f);
			if (r == hrows)
				for (int i = 0; i < colw; i++)
					putc('-', o->f);
			else if (last && blank)
				continue;
			else if (r < hrows)
				put_cell(o, c->head, l, last ? 0 : colw, NULL, 0, SGR_LABEL);
			else
				put_cell(o, c->text, l, last ? 0 : colw, c->spans, c->nspans, NULL);
		}
		putc('\n', o->f);
	}
}

void cli_compare(struct out *o, const struct compare *cmp, enum compare_marks marks)
{
	int colw;
	size_t fit = compare_layout(cmp->ncols, (int)o->width, &colw);
	struct cmp_print *p = xcalloc(cmp->ncols, sizeof(*p));
	struct compare_words w;

	compare_words(cmp, &w);
	if (w.alone)
		say(o, "%03d %s: %s (%s)", cmp->ci->code, cmp->ci->name, w.count, w.alone);
	else
		say(o, "%03d %s: %s side by side%s%s", cmp->ci->code, cmp->ci->name, w.count,
		    w.kind ? ", " : "", w.kind ? w.kind : "");
	for (size_t k = 0; k < cmp->ncols; k++) {
		char *h = compare_header(cmp, &cmp->cols[k]);

		p[k].head = o->ascii ? tl_ascii(h, strlen(h)) : xstrdup(h);
		free(h);
		p[k].text = column_text(o, &cmp->cols[k], compare_marked(cmp, marks), &p[k].spans,
					&p[k].nspans);
		p[k].nlines = tl_wrap_text(p[k].text, strlen(p[k].text), (unsigned)colw, &p[k].lines);
		p[k].nhlines = tl_wrap_text(p[k].head, strlen(p[k].head), (unsigned)colw, &p[k].hlines);
	}
	for (size_t from = 0; from < cmp->ncols; from += fit) {
		putc('\n', o->f);
		print_band(o, p, from, from + fit <= cmp->ncols ? fit : cmp->ncols - from, colw);
	}
	for (size_t k = 0; k < cmp->ncols; k++) {
		free(p[k].head);
		free(p[k].text);
		free(p[k].spans);
		free(p[k].lines);
		free(p[k].hlines);
	}
	free(p);
}

void cli_json_compare(struct out *o, const struct compare *cmp)
{
	FILE *f = o->f;

	fprintf(f, "{\"code\":%d,\"identical\":%s,\"clash\":%s,\"columns\":[", cmp->ci->code,
		cmp->identical ? "true" : "false", cmp->clash ? "true" : "false");
	for (size_t k = 0; k < cmp->ncols; k++) {
		const struct cmp_col *c = &cmp->cols[k];
		size_t cap = c->words.n + 1, n;
		struct qspan *sp = xcalloc(cap, sizeof(*sp));

		n = compare_spans(c, sp, cap);
		fputs(k ? ",\n{" : "\n{", f);
		json_kv(f, "source", cmp->cat->sources[c->e->source].id, 1);
		json_kv(f, "name", c->e->name, 0);
		json_kv(f, "qualifier", c->e->qualifier, 0);
		json_kv(f, "text", c->text, 0);
		fprintf(f, ",\"same_as_left\":%s,\"unique\":[", c->same_as_left ? "true" : "false");
		for (size_t i = 0; i < n; i++) {
			fprintf(f, "%s{\"offset\":%zu,\"length\":%zu,\"words\":", i ? "," : "",
				sp[i].off, sp[i].len);
			{
				char *w = xstrndup(c->text + sp[i].off, sp[i].len);

				json_str(f, w);
				free(w);
			}
			putc('}', f);
		}
		fputs("]}", f);
		free(sp);
	}
	fputs("\n]}\n", f);
}

/* ---- one run ---------------------------------------------------------------- */

/* Where the explanations go when stdout must stay JSON or one line per
 * code: stderr, without colors. */
static struct out on_stderr(const struct out *o)
{
	return (struct out){ stderr, o->width, false, o->ascii };
}

/* The columns of --compare: the default ones, or every visible entry of
 * the sources --source names. cmp->ncols is 0 when nothing is visible. */
static void compare_columns(struct compare *cmp, const struct catalog *c, const struct filter *f,
			    const struct code_info *ci)
{
	const struct entry **es;
	size_t n = 0;

	if (!f->sources) {
		compare_default(cmp, c, ci, f);
		return;
	}
	es = xcalloc(ci->count, sizeof(*es));
	QUERY_FOR_VISIBLE(e, c, f, ci)
		es[n++] = e;
	compare_set(cmp, c, ci, es, n);
	free(es);
}

/* --compare CODE, or why it shows nothing (and "{}" for JSON). */
static int run_compare(struct out *out, const struct catalog *c, const struct filter *f,
		       const struct cli_job *job)
{
	const struct code_info *ci = catalog_code(c, job->compare);
	struct code_info facts;
	struct compare cmp = { 0 };
	struct out err = on_stderr(out);

	if (ci) {   /* its name as the filters leave it */
		query_code_facts(c, f, ci, &facts);
		compare_columns(&cmp, c, f, &facts);
	}
	if (!cmp.ncols) {
		compare_free(&cmp);
		if (job->json)
			fputs("{}\n", out->f);
		say_explained(job->json ? &err : out,
			      explain_code(&(struct explain_run){ c, job->spec, f, NULL }, job->compare));
		return 1;
	}
	if (job->json)
		cli_json_compare(out, &cmp);
	else
		cli_compare(out, &cmp, job->diff);
	compare_free(&cmp);
	return 0;
}

/* On stderr, when nothing was printed: that nothing matches, unless a
 * code, mask or range asked for was explained (said), and the words the
 * search may have meant (query_suggest). */
static void say_nothing(struct out *out, const struct catalog *c, const struct query *q,
			size_t said)
{
	char sugg[512], *msg;

	fflush(out->f);   /* after the explanations, on a terminal too */
	if (!query_suggest(c, q, sugg, sizeof(sugg)))
		msg = said ? NULL : xstrdup("nothing matches");
	else
		msg = xasprintf("%sdid you mean: %s?", said ? "" : "nothing matches; ", sugg);
	if (msg)
		fprintf(stderr, "httpcodes: %s\n", util_for_locale(msg));
	free(msg);
}

/* The selected codes as entries, the list or JSON, and why what was asked
 * for shows nothing. */
static int run_selection(struct out *out, const struct catalog *c, const struct filter *f,
			 const struct cli_job *job)
{
	const struct explain_run r = { c, job->spec, f, job->q };
	struct out err = on_stderr(out);
	struct hit *hits;
	size_t n = query_run(c, job->q, f, &hits), printed = n, said;

	/* printed: lines of the list; else entries (class records too) */
	if (job->list && f->conflicts)
		cli_conflicts(out, c, f, hits, n);
	else if (job->list)
		cli_list(out, c, f, hits, n);
	else if (job->json)
		printed = cli_json_entries(out, c, job->q, f, hits, n);
	else
		printed = cli_entries(out, c, job->q, f, hits, n);
	/* JSON keeps stdout JSON, and the list one line per code: the
	 * explanations go to stderr */
	if (job->json || job->list)
		said = explain_all(&err, &r, hits, n, 0, !job->list);
	else
		said = explain_all(out, &r, hits, n, printed, true);
	if (!printed)
		say_nothing(out, c, job->q, said);
	free(hits);
	return printed ? 0 : 1;
}

int cli_run(struct out *out, const struct catalog *c, const struct filter *f,
	    const struct cli_job *job)
{
	if (job->compare >= 0)
		return run_compare(out, c, f, job);
	if (job->sources && job->json)
		cli_json_sources(out, c, f);
	else if (job->sources)
		cli_sources(out, c, f);
	else
		return run_selection(out, c, f, job);
	return 0;
}
