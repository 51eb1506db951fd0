#include "query.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "textlayout.h"
#include "util.h"

/* ---- selectors --------------------------------------------------------- */

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

static bool is_wild(char c)
{
	return c == 'x' || c == 'X' || c == '*' || c == '.';
}

/* Could the token be meant as a code, mask or range? Then it must be one. */
static bool looks_like_selector(const char *s, size_t n)
{
	if (!n || !is_digit(s[0]))
		return false;
	for (size_t i = 0; i < n; i++)
		if (!is_digit(s[i]) && !is_wild(s[i]) && s[i] != '-')
			return false;
	return true;
}

static int three_digits(const char *s)
{
	if (!is_digit(s[0]) || !is_digit(s[1]) || !is_digit(s[2]))
		return -1;
	return (s[0] - '0') * 100 + (s[1] - '0') * 10 + (s[2] - '0');
}

static int sel_error(char *err, const char *s, size_t n, const char *why)
{
	char *shown = tl_quote(s, n, 23);

	snprintf(err, QUERY_ERRLEN, "'%s' %s", shown, why);
	free(shown);
	return -1;
}

/* s[0..n): a code, a mask or a range. */
static int parse_sel(const char *s, size_t n, struct selector *out, char *err)
{
	static const char usage[] = "is not a status code, mask or range "
		"(three digits: 404, 4xx, 40x, 4**, 500-504)";

	memset(out, 0, sizeof(*out));
	if (n == 7 && s[3] == '-') {
		int lo = three_digits(s), hi = three_digits(s + 4);

		if (lo < 0 || hi < 0)
			return sel_error(err, s, n, usage);
		if (lo > hi)
			return sel_error(err, s, n, "is a reversed range (write the lower code first)");
		out->lo = (short)lo;
		out->hi = (short)hi;
		return 0;
	}
	if (n == 3 && is_digit(s[0])) {
		for (size_t i = 0; i < 3; i++) {
			char c = s[i];

			if (!is_digit(c) && !is_wild(c))
				return sel_error(err, s, n, usage);
			out->mask[i] = is_digit(c) ? c : '?';
		}
		out->lo = 0;
		out->hi = 999;
		return 0;
	}
	return sel_error(err, s, n, usage);
}

int selector_parse(const char *s, struct selector *out, char *err)
{
	return parse_sel(s, strlen(s), out, err);
}

bool selector_match(const struct selector *sel, int code)
{
	if (code < sel->lo || code > sel->hi)
		return false;
	if (sel->mask[0]) {
		char d[3] = { (char)('0' + code / 100), (char)('0' + code / 10 % 10),
			      (char)('0' + code % 10) };

		for (int i = 0; i < 3; i++)
			if (sel->mask[i] != '?' && sel->mask[i] != d[i])
				return false;
	}
	return true;
}

int selector_code(const struct selector *sel)
{
	if (!sel->mask[0])
		return sel->lo == sel->hi ? sel->lo : -1;
	if (strchr(sel->mask, '?'))
		return -1;
	return three_digits(sel->mask);
}

int selector_class(const struct selector *sel)
{
	const char *m = sel->mask;

	return m[0] && m[0] != '?' && m[1] == '?' && m[2] == '?' ? m[0] - '0' : -1;
}

/* ---- parsing ------------------------------------------------------------ */

struct parse {
	struct query *q;
	char *plain;          /* the plain words, joined by spaces, to fold once */
	size_t nplain;
	bool selectors_only;
	int first_word;       /* 0 none yet, 1 plain, 2 a phrase or field:word */
	char *err;
};

static void add_sel(struct query *q, const struct selector *sel)
{
	q->sels = xreallocarray(q->sels, q->nsels + 1, sizeof(*q->sels));
	q->sels[q->nsels++] = *sel;
}

/* The signature bits the first words of w[0..n) need (every word of a
 * phrase starts a word where the phrase matches: catalog_sign). Returns
 * how many, at most 4: a few tell most entries apart. */
static unsigned char term_need(const char *w, size_t n, unsigned short need[4])
{
	unsigned char k = 0;

	for (size_t i = 0; i < n && k < 4;) {
		size_t e = i;

		while (e < n && w[e] != ' ')
			e++;
		need[k++] = (unsigned short)catalog_sig_bit(w + i, e - i);
		i = e + 1;
	}
	return k;
}

/* Fold s[0..n) both ways and add it as one term (a phrase keeps its word
 * order). */
static void add_term(struct query *q, const char *s, size_t n, enum term_field field)
{
	size_t len, llen;
	char *l = tl_fold_words(s, n, &llen, NULL), *f;
	struct qterm *t;

	if (!llen) {
		free(l);
		return;
	}
	f = xstrndup(l, llen);
	len = llen;
	if (!tl_fold_variants(f, &len, NULL)) {
		free(l);
		l = NULL;
		llen = 0;
	}
	q->terms = xreallocarray(q->terms, q->nterms + 1, sizeof(*q->terms));
	t = &q->terms[q->nterms++];
	*t = (struct qterm){ f, len, l, llen, field, { 0 }, { 0 }, 0, 0 };
	t->nneed = term_need(f, len, t->need);
	if (l)
		t->nlneed = term_need(l, llen, t->lneed);
}

/* Do the words w[0..n) ("time out") fold into one ("timeout")? */
static bool one_variant(const char *w, size_t n)
{
	size_t len = n;
	char *t = xstrndup(w, n);
	bool one = tl_fold_variants(t, &len, NULL) && !memchr(t, ' ', len);

	free(t);
	return one;
}

/* One term per plain word, but the two words of a spelling variant make
 * one, so that "time out" meets "timeout" (the pairs taken from the left,
 * as tl_fold takes them). */
static void add_plain_terms(struct parse *p)
{
	size_t len;
	char *f = tl_fold_words(p->plain, p->nplain, &len, NULL);

	for (char *w = f; *w;) {
		size_t n = strcspn(w, " "), pair = w[n] ? n + 1 + strcspn(w + n + 1, " ") : n;

		if (pair > n && one_variant(w, pair))
			n = pair;
		add_term(p->q, w, n, FIELD_ANY);
		w += n;
		while (*w == ' ')
			w++;
	}
	free(f);
}

/* A code is three digits: a number of any other length is a word of the
 * search ("top 10", "2616"), and on the command line's arguments, where
 * words are errors, one or two digits are said to be no code. */
static bool number_word(const struct parse *p, const char *s, size_t n)
{
	return strspn(s, "0123456789") >= n && (n > 3 || (n < 3 && !p->selectors_only));
}

static int parse_word(struct parse *p, const char *s, size_t n)
{
	struct selector sel;

	if (looks_like_selector(s, n) && !number_word(p, s, n)) {
		if (parse_sel(s, n, &sel, p->err) < 0)
			return -1;
		add_sel(p->q, &sel);
		return 0;
	}
	if (p->selectors_only)
		return sel_error(p->err, s, n, "is not a status code, mask or range "
				 "(three digits: 404, 4xx, 40x, 4**, 500-504; to search words, use -s)");
	if (!p->first_word)
		p->first_word = 1;
	memcpy(p->plain + p->nplain, s, n);
	p->nplain += n;
	p->plain[p->nplain++] = ' ';
	return 0;
}

/* One token at *sp: a word, "a phrase", or field:word / field:"a phrase". */
static int parse_token(struct parse *p, const char **sp)
{
	const char *s = *sp;
	enum term_field field = FIELD_ANY;
	size_t n;

	if (strncasecmp(s, "name:", 5) == 0 || strncasecmp(s, "text:", 5) == 0) {
		field = s[0] == 'n' || s[0] == 'N' ? FIELD_NAME : FIELD_TEXT;
		s += 5;
		if (!*s || *s == ' ' || *s == '\t') {
			snprintf(p->err, QUERY_ERRLEN, "'%.5s' needs a word after it", s - 5);
			return -1;
		}
	}
	if ((*s == '"' || field != FIELD_ANY) && p->selectors_only) {
		n = strcspn(*sp, " \t");
		return sel_error(p->err, *sp, n, "is not a status code, mask or range "
				 "(to search words, use -s)");
	}
	if ((*s == '"' || field != FIELD_ANY) && !p->first_word)
		p->first_word = 2;
	if (*s == '"') {
		const char *end = strchr(s + 1, '"');

		if (!end) {
			snprintf(p->err, QUERY_ERRLEN, "unbalanced quote: a phrase needs a closing \"");
			return -1;
		}
		add_term(p->q, s + 1, (size_t)(end - s - 1), field);
		*sp = end + 1;
		return 0;
	}
	n = strcspn(s, " \t");
	*sp = s + n;
	if (field != FIELD_ANY) {
		add_term(p->q, s, n, field);
		return 0;
	}
	return parse_word(p, s, n);
}

int query_parse(const char *s, bool selectors_only, struct query *q, char *err)
{
	size_t n = strlen(s);
	struct parse p = { q, xmalloc(n + 1), 0, selectors_only, 0, err };
	int rc = 0;

	memset(q, 0, sizeof(*q));
	q->exact = -1;
	if (!tl_utf8_valid(s, n, NULL)) {
		snprintf(err, QUERY_ERRLEN, "the query is not valid UTF-8");
		rc = -1;
	}
	while (rc == 0 && *s) {
		if (*s == ' ' || *s == '\t') {
			s++;
			continue;
		}
		rc = parse_token(&p, &s);
	}
	if (rc == 0 && p.nplain) {
		if (p.first_word == 1)
			q->lead = q->nterms;   /* plain words come after the others */
		add_plain_terms(&p);
	}
	free(p.plain);
	if (rc < 0) {
		query_free(q);
		return -1;
	}
	if (q->nsels == 1 && !q->nterms)
		q->exact = selector_code(&q->sels[0]);
	return 0;
}

void query_free(struct query *q)
{
	for (size_t i = 0; i < q->nterms; i++) {
		free(q->terms[i].fold);
		free(q->terms[i].lit);
	}
	free(q->terms);
	free(q->sels);
	memset(q, 0, sizeof(*q));
	q->exact = -1;
}

/* ---- matching ------------------------------------------------------------ */

/* A term's words as written. */
#define TERM_LIT(t) ((t)->lit ? (t)->lit : (t)->fold)
#define TERM_LLEN(t) ((t)->lit ? (t)->llen : (t)->len)

/* Where w[0..n) occurs in h at the start of a word, or -1. */
static inline long word_at(const char *h, const char *w, size_t n)
{
	size_t hl = strlen(h);
	const char *p = h;

	while ((p = memmem(p, hl - (size_t)(p - h), w, n)) != NULL) {
		if (p == h || p[-1] == ' ')
			return p - h;
		p++;
	}
	return -1;
}

/* Where t starts a word of a name or text: its fold in the text folded
 * (f), or its words as written in the text's (lit, where they differ from
 * f; elsewhere a term as written could only meet what its fold meets, or
 * "time-out" the start of "time outs"); -1 for neither. 0 when either
 * starts there: the first word decides the prefix rank. */
static inline long term_at(const char *f, const char *lit, const struct qterm *t)
{
	long at = word_at(f, t->fold, t->len);

	if (at == 0 || !lit)
		return at;
	if (at > 0)   /* found: the words as written matter only at the start */
		return strncmp(lit, TERM_LIT(t), TERM_LLEN(t)) == 0 ? 0 : at;
	return word_at(lit, TERM_LIT(t), TERM_LLEN(t));
}

/* Does t start a word of a text (folded f, as written lit)? Where does not
 * matter: the fold found, the words as written are not read. */
static inline bool text_has(const char *f, const char *lit, const struct qterm *t)
{
	return word_at(f, t->fold, t->len) >= 0 ||
	       (lit && word_at(lit, TERM_LIT(t), TERM_LLEN(t)) >= 0);
}

/* The rank from the name alone: 1 or 2 when every word is in the name,
 * else -1 (the text may still have them). Names are short: cheap. */
static int name_rank(const struct query *q, const struct entry *e)
{
	bool prefix = false;

	for (size_t i = 0; i < q->nterms; i++) {
		const struct qterm *t = &q->terms[i];
		long at = t->field != FIELD_TEXT ? term_at(e->fname, e->lname, t) : -1;

		if (at < 0)
			return -1;
		if (i == q->lead && at == 0)
			prefix = true;
	}
	return prefix ? 1 : 2;
}

static bool sig_has(const unsigned *sig, const unsigned short *need, unsigned n)
{
	for (unsigned i = 0; i < n; i++)
		if (!(sig[need[i] / 32] & (1u << (need[i] % 32))))
			return false;
	return true;
}

/* Can every term match the entry in one of its forms? From the signature
 * alone. */
static bool sig_ok(const struct query *q, const struct entry *e)
{
	for (size_t i = 0; i < q->nterms; i++) {
		const struct qterm *t = &q->terms[i];

		if (!sig_has(e->sig, t->need, t->nneed) &&
		    !(t->lit && sig_has(e->sig, t->lneed, t->nlneed)))
			return false;
	}
	return true;
}

int query_rank(const struct query *q, const struct entry *e)
{
	bool all_in_name = true, prefix = false;

	if (!q || !q->nterms)
		return 0;
	if (!sig_ok(q, e))
		return -1;
	for (size_t i = 0; i < q->nterms; i++) {
		const struct qterm *t = &q->terms[i];
		long at = t->field != FIELD_TEXT ? term_at(e->fname, e->lname, t) : -1;

		if (at < 0 && (t->field == FIELD_NAME || !text_has(e->ftext, e->ltext, t)))
			return -1;
		if (at < 0)
			all_in_name = false;
		if (i == q->lead && at == 0)
			prefix = true;
	}
	if (!all_in_name)
		return 3;
	return prefix ? 1 : 2;
}

bool query_code_ok(const struct query *q, int code)
{
	if (!q || !q->nsels)
		return true;
	for (size_t i = 0; i < q->nsels; i++)
		if (selector_match(&q->sels[i], code))
			return true;
	return false;
}

/* ---- filters ------------------------------------------------------------- */

void filter_init(struct filter *f)
{
	memset(f, 0, sizeof(*f));
	f->vendors = VENDOR_ALL;
}

void filter_free(struct filter *f)
{
	free(f->sources);
	filter_init(f);
}

void filter_copy(struct filter *dst, const struct filter *src)
{
	*dst = *src;
	if (src->sources) {
		dst->sources = xmalloc(src->nsources ? src->nsources : 1);
		memcpy(dst->sources, src->sources, src->nsources);
	}
}

bool filter_equal(const struct filter *x, const struct filter *y)
{
	if (x->vendors != y->vendors || x->standard != y->standard ||
	    x->conflicts != y->conflicts || !x->sources != !y->sources)
		return false;
	return !x->sources ||
	       (x->nsources == y->nsources && memcmp(x->sources, y->sources, x->nsources) == 0);
}

bool filter_entry(const struct filter *f, const struct catalog *c, const struct entry *e)
{
	if (f->sources && (e->source >= f->nsources || !f->sources[e->source]))
		return false;
	if (e->is_class)   /* in no vendor group: it stands with the standard one */
		return (f->vendors & VENDOR_BIT(VENDOR_STANDARD)) != 0;

	if (!(e->vendor & f->vendors))
		return false;
	return filter_limit(f, c, e);
}

bool filter_limit(const struct filter *f, const struct catalog *c, const struct entry *e)
{
	if (e->is_class)
		return true;
	if (f->standard) {
		if (!(e->vendor & (VENDOR_BIT(VENDOR_STANDARD) | VENDOR_BIT(VENDOR_WEBDAV))))
			return false;
		if (!catalog_in_use(c, e->code))   /* an expired temporary one is not */
			return false;
	}
	return true;
}

/* Each item of a comma-separated list, NUL-terminated in a copy. */
static char *next_item(char **cursor)
{
	char *s = *cursor, *comma;

	if (!s)
		return NULL;
	comma = strchr(s, ',');
	if (comma)
		*comma = '\0';
	*cursor = comma ? comma + 1 : NULL;
	return s;
}

static int unknown(char *err, const char *what, const char *item, const char *known)
{
	char *shown = tl_quote(item, strlen(item), 40);

	snprintf(err, QUERY_ERRLEN, "unknown %s '%s' (known: %s)", what, shown, known);
	free(shown);
	return -1;
}

int filter_hide_vendors(struct filter *f, const char *list, bool only, char *err)
{
	char *copy = xstrdup(list), *cur = copy, *item;
	unsigned mask = 0;

	while ((item = next_item(&cur)) != NULL) {
		int v = vendor_parse(item, strlen(item));

		if (v < 0) {
			unknown(err, "vendor group", item, "standard, webdav, nginx, microsoft, "
				"cloudflare, esri, google, apache, twitter, unofficial");
			free(copy);
			return -1;
		}
		mask |= VENDOR_BIT(v);
	}
	free(copy);
	f->vendors = (unsigned short)(only ? f->vendors & mask : f->vendors & ~mask);
	return 0;
}

/* "httpstatuses, wikipedia, ..." (malloc'd). */
static char *known_sources(const struct catalog *c)
{
	size_t len = 1;
	char *s;

	for (size_t k = 0; k < c->nsources; k++)
		len += strlen(c->sources[k].id) + 2;
	s = xmalloc(len);
	s[0] = '\0';
	for (size_t k = 0; k < c->nsources; k++) {
		if (k)
			strcat(s, ", ");
		strcat(s, c->sources[k].id);
	}
	return s;
}

int filter_only_sources(struct filter *f, const struct catalog *c, const char *list, char *err)
{
	char *copy = xstrdup(list), *cur = copy, *item;
	unsigned char *want = xcalloc(c->nsources, 1);

	while ((item = next_item(&cur)) != NULL) {
		int i = catalog_source_index(c, item);

		if (i < 0) {
			char *known = known_sources(c);

			unknown(err, "source", item, known);
			free(known);
			free(copy);
			free(want);
			return -1;
		}
		want[i] = 1;
	}
	free(copy);
	if (f->sources)
		for (size_t i = 0; i < c->nsources; i++)
			want[i] &= f->sources[i];
	free(f->sources);
	f->sources = want;
	f->nsources = c->nsources;
	return 0;
}

/* ---- filter specs ----------------------------------------------------------- */

void filter_spec_add(struct filter_spec *s, enum filter_part_kind kind, const char *value)
{
	bool flag = kind == FILTER_STANDARD || kind == FILTER_CONFLICTS;

	if (flag && filter_spec_has(s, kind))
		return;
	s->parts = xreallocarray(s->parts, s->nparts + 1, sizeof(*s->parts));
	s->parts[s->nparts++] = (struct filter_part){ kind, flag ? NULL : xstrdup(value) };
}

bool filter_spec_has(const struct filter_spec *s, enum filter_part_kind kind)
{
	for (size_t i = 0; i < s->nparts; i++)
		if (s->parts[i].kind == kind)
			return true;
	return false;
}

void filter_spec_free(struct filter_spec *s)
{
	for (size_t i = 0; i < s->nparts; i++)
		free(s->parts[i].value);
	free(s->parts);
	memset(s, 0, sizeof(*s));
}

/* The values of the used parts of a kind joined by commas, as one list
 * ("--source a --source b" is "--source a,b"); NULL without any. */
static char *spec_join(const struct filter_spec *s, const bool *use, enum filter_part_kind kind)
{
	char *list = NULL;

	for (size_t i = 0; i < s->nparts; i++) {
		char *more;

		if (s->parts[i].kind != kind || (use && !use[i]))
			continue;
		more = list ? xasprintf("%s,%s", list, s->parts[i].value) : xstrdup(s->parts[i].value);
		free(list);
		list = more;
	}
	return list;
}

int filter_spec_apply(const struct filter_spec *s, const bool *use, const struct catalog *c,
		      struct filter *f, char *err)
{
	char *only = spec_join(s, use, FILTER_ONLY), *sources = spec_join(s, use, FILTER_SOURCE);
	int rc = 0;

	for (size_t i = 0; i < s->nparts; i++) {
		const struct filter_part *p = &s->parts[i];

		if (use && !use[i])
			continue;
		f->standard |= p->kind == FILTER_STANDARD;
		f->conflicts |= p->kind == FILTER_CONFLICTS;
		if (rc == 0 && p->kind == FILTER_HIDE)
			rc = filter_hide_vendors(f, p->value, false, err);
	}
	if (rc == 0 && only)
		rc = filter_hide_vendors(f, only, true, err);
	if (rc == 0 && sources)
		rc = filter_only_sources(f, c, sources, err);
	free(only);
	free(sources);
	return rc;
}

char *filter_part_text(const struct filter_part *p)
{
	static const char *const opts[] = {
		[FILTER_HIDE] = "--hide", [FILTER_ONLY] = "--only", [FILTER_SOURCE] = "--source",
		[FILTER_STANDARD] = "--standard", [FILTER_CONFLICTS] = "--conflicts",
	};

	return p->value ? xasprintf("%s %s", opts[p->kind], p->value) : xstrdup(opts[p->kind]);
}

/* ---- visible rows ----------------------------------------------------------- */

const struct entry *query_visible_next(const struct catalog *c, const struct filter *f,
				       const struct code_info *ci, const struct entry *prev)
{
	const struct entry *e = prev ? prev + 1 : &c->entries[ci->first];
	const struct entry *end = &c->entries[ci->first + ci->count];

	while (e < end && !filter_entry(f, c, e))
		e++;
	return e < end ? e : NULL;
}

bool query_entry_visible(const struct catalog *c, const struct query *q,
			 const struct filter *f, const struct entry *e)
{
	return filter_entry(f, c, e) && query_code_ok(q, e->code) && query_rank(q, e) >= 0;
}

static int cmp_code(const void *pa, const void *pb)
{
	const struct hit *a = pa, *b = pb;

	return (a->code > b->code) - (a->code < b->code);
}

static int cmp_span(const void *pa, const void *pb)
{
	const struct qspan *a = pa, *b = pb;

	return (a->off > b->off) - (a->off < b->off);
}

static int cmp_hit(const void *pa, const void *pb)
{
	const struct hit *a = pa, *b = pb;

	if (a->rank != b->rank)
		return a->rank < b->rank ? -1 : 1;
	return (a->code > b->code) - (a->code < b->code);
}

bool *query_kept(const struct catalog *c, const struct filter *f, const struct code_info *ci)
{
	bool *keep = NULL;

	for (unsigned k = 0; k < ci->count; k++) {
		bool v = filter_entry(f, c, &c->entries[ci->first + k]);

		if (!v && !keep) {
			keep = xmalloc(ci->count * sizeof(*keep));
			for (unsigned j = 0; j < k; j++)
				keep[j] = true;
		}
		if (keep)
			keep[k] = v;
	}
	return keep;
}

void query_code_facts(const struct catalog *c, const struct filter *f,
		      const struct code_info *ci, struct code_info *out)
{
	bool *keep = query_kept(c, f, ci);

	if (keep)
		catalog_code_facts(c, ci, keep, out);
	else
		*out = *ci;
	out->vendors &= f->vendors;   /* 520 is Microsoft's and CloudFlare's */
	free(keep);
}

/* Do the code's visible entries give it more than one name (or meaning
 * without a name: catalog_names)? */
static bool visible_conflict(const struct catalog *c, const struct filter *f,
			     const struct code_info *ci)
{
	struct code_info shown;

	if (ci->nnames < 2)
		return false;
	query_code_facts(c, f, ci, &shown);
	return shown.nnames > 1;
}

/* The best rank of code i's visible entries, or -1. */
static int code_rank(const struct catalog *c, const struct query *q, const struct filter *f,
		     size_t i)
{
	const struct code_info *ci = &c->codes[i];
	int best = -1;

	if (!query_code_ok(q, ci->code) || (f->conflicts && !visible_conflict(c, f, ci)))
		return -1;
	/* Names first: a name match outranks any text match, so the texts are
	 * read only when no name matches, and only up to the first match. With
	 * many entries a code, that is most of a search's time saved. */
	QUERY_FOR_VISIBLE(e, c, f, ci) {
		int r;

		if (!q || !q->nterms)
			return 0;
		r = name_rank(q, e);
		if (r > 0 && (best < 0 || r < best))
			best = r;
		if (best == 1)
			break;
	}
	if (best > 0)
		return best;
	QUERY_FOR_VISIBLE(e, c, f, ci)
		if (query_rank(q, e) >= 0)
			return 3;
	return -1;
}

static size_t run(const struct catalog *c, const struct query *q, const struct filter *f,
		  const struct hit *cand, size_t ncand, struct hit **hits)
{
	size_t total = cand ? ncand : c->ncodes, n = 0;
	struct hit *h = total ? xcalloc(total, sizeof(*h)) : NULL;

	for (size_t k = 0; k < total; k++) {
		size_t i = cand ? cand[k].code : k;
		int r = code_rank(c, q, f, i);

		if (r >= 0)
			h[n++] = (struct hit){ (unsigned)i, r };
	}
	if (n && q && q->nterms)
		qsort(h, n, sizeof(*h), cmp_hit);
	else if (n && cand)
		qsort(h, n, sizeof(*h), cmp_code);
	if (!n) {
		free(h);
		h = NULL;
	}
	*hits = h;
	return n;
}

size_t query_run(const struct catalog *c, const struct query *q, const struct filter *f,
		 struct hit **hits)
{
	return run(c, q, f, NULL, 0, hits);
}

size_t query_run_within(const struct catalog *c, const struct query *q, const struct filter *f,
			const struct hit *cand, size_t ncand, struct hit **hits)
{
	return run(c, q, f, cand, ncand, hits);
}

static bool same_sels(const struct query *a, const struct query *b)
{
	if (a->nsels != b->nsels)
		return false;
	for (size_t i = 0; i < a->nsels; i++)
		if (memcmp(&a->sels[i], &b->sels[i], sizeof(a->sels[i])) != 0)
			return false;
	return true;
}

static bool starts(const char *s, size_t n, const char *prefix, size_t k)
{
	return n >= k && memcmp(s, prefix, k) == 0;
}

/* Both forms must narrow: each matches its own form of the texts. */
bool query_narrows(const struct query *before, const struct query *now)
{
	if (!same_sels(before, now))
		return false;
	for (size_t i = 0; i < before->nterms; i++) {
		const struct qterm *t = &before->terms[i];
		bool covered = false;

		for (size_t k = 0; k < now->nterms && !covered; k++) {
			const struct qterm *u = &now->terms[k];

			covered = starts(u->fold, u->len, t->fold, t->len) &&
				  starts(TERM_LIT(u), TERM_LLEN(u), TERM_LIT(t), TERM_LLEN(t)) &&
				  (t->field == FIELD_ANY || t->field == u->field);
		}
		if (!covered)
			return false;
	}
	return true;
}

/* Add sp to out[0..k) (at most max); with join, a span it overlaps (the
 * same word found in the other form) grows to cover both instead. */
static size_t span_add(struct qspan *out, size_t k, size_t max, struct qspan sp, bool join)
{
	for (size_t i = 0; join && i < k; i++) {
		size_t end = out[i].off + out[i].len, spend = sp.off + sp.len;

		if (sp.off < end && out[i].off < spend) {
			if (sp.off < out[i].off)
				out[i].off = sp.off;
			out[i].len = (spend > end ? spend : end) - out[i].off;
			return k;
		}
	}
	if (k < max)
		out[k++] = sp;
	return k;
}

/* The matches of the words w[0..wn) in the fold f[0..flen) of s[0..n),
 * as spans of s (map: the fold's) added to out[0..k). A span ends with
 * the last character matched, not with what folding dropped after it
 * ("Time-out": "Time", not "Time-"). Returns the new count. */
static size_t spans_of(const char *w, size_t wn, const char *f, size_t flen, const size_t *map,
		       const char *s, size_t n, struct qspan *out, size_t k, size_t max, bool join)
{
	const char *p = f;

	while (k < max && (p = memmem(p, flen - (size_t)(p - f), w, wn)) != NULL) {
		size_t a = (size_t)(p - f), b = a + wn;

		if (a == 0 || p[-1] == ' ')
			k = span_add(out, k, max, (struct qspan){ map[a],
				tl_cluster_end(s, n, map[b - 1]) - map[a] }, join);
		p++;
	}
	return k;
}

/* Each term is looked for as written in the words as written, then folded
 * in the text folded, where that differs (the text has a spelling variant,
 * or the term): "timed" lights "Timed" and "timeout" all of "Timed Out". */
size_t query_spans(const struct query *q, enum term_field field, const char *s, size_t n,
		   struct qspan *out, size_t max)
{
	size_t flen, *map, k = 0;
	char *f;
	bool variants;

	if (!q || !q->nterms || !n)
		return 0;
	f = tl_fold_words(s, n, &flen, &map);
	for (size_t i = 0; i < q->nterms; i++) {
		const struct qterm *t = &q->terms[i];

		if (t->field == FIELD_ANY || t->field == field)
			k = spans_of(TERM_LIT(t), TERM_LLEN(t), f, flen, map, s, n, out, k, max,
				     false);
	}
	variants = tl_fold_variants(f, &flen, map);
	for (size_t i = 0; i < q->nterms; i++) {
		const struct qterm *t = &q->terms[i];

		if ((t->field == FIELD_ANY || t->field == field) && (variants || t->lit))
			k = spans_of(t->fold, t->len, f, flen, map, s, n, out, k, max, true);
	}
	free(f);
	free(map);
	qsort(out, k, sizeof(*out), cmp_span);
	return k;
}

/* ---- suggestions ---------------------------------------------------------- */

#define SUGGEST_WORD_MAX 64   /* longer words get no suggestion */
#define SUGGEST_CANDS 8       /* distinct words kept at the best distance */
#define SUGGEST_WORDS 16      /* words typed looked at, at most: a person's */

/* A word of the index as a suggestion: where it is, and how often. */
struct sugg_cand {
	const char *w;
	size_t n;
	unsigned count;
};

/* A word typed that is the start of no word of the index. */
struct sugg_word {
	const char *w;               /* as typed, folded (tl_fold_words) */
	size_t n;
	enum term_field field;
	unsigned best;               /* the distance of cands (at first the
	                                farthest a suggestion may be) */
	struct sugg_cand cands[SUGGEST_CANDS];  /* none: no suggestion */
	size_t ncands;
	bool known;                  /* it starts a word after all */
	bool head[SUGGEST_WORD_MAX]; /* w[0..k) is a word of the index */
	bool tail[SUGGEST_WORD_MAX]; /* w[k..n) is one */
};

/* Does any entry of c match t alone (whatever the filters)? */
static bool term_matches(const struct catalog *c, const struct qterm *t)
{
	struct query one = { .terms = (struct qterm *)t, .nterms = 1, .exact = -1 };

	for (size_t i = 0; i < c->nentries; i++)
		if (query_rank(&one, &c->entries[i]) >= 0)
			return true;
	return false;
}

/* The optimal string alignment distance of a and b (an edit is an
 * insertion, a deletion, a substitution or a swap of two neighbours), or
 * maxd + 1 when it is more than maxd. Both at most SUGGEST_WORD_MAX. */
static unsigned edit_distance(const char *a, size_t an, const char *b, size_t bn, unsigned maxd)
{
	unsigned rows[3][SUGGEST_WORD_MAX + 1], *pp, *p, *cur, low;

	if ((an > bn ? an - bn : bn - an) > maxd)
		return maxd + 1;
	for (size_t j = 0; j <= bn; j++)
		rows[1][j] = (unsigned)j;
	for (size_t i = 1; i <= an; i++) {
		pp = rows[(i + 2) % 3], p = rows[i % 3], cur = rows[(i + 1) % 3];
		cur[0] = (unsigned)i;
		low = cur[0];
		for (size_t j = 1; j <= bn; j++) {
			unsigned sub = p[j - 1] + (a[i - 1] != b[j - 1]);
			unsigned del = p[j] + 1, ins = cur[j - 1] + 1, d = sub < del ? sub : del;

			d = ins < d ? ins : d;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    pp[j - 2] + 1 < d)
				d = pp[j - 2] + 1;
			cur[j] = d;
			low = d < low ? d : low;
		}
		if (low > maxd)
			return maxd + 1;
	}
	return rows[(an + 1) % 3][bn] <= maxd ? rows[(an + 1) % 3][bn] : maxd + 1;
}

/* One word v[0..vn) of the index seen by a word typed: is it its start,
 * a part of it run together ("notfound"), or near it? */
static void sugg_see(struct sugg_word *sw, const char *v, size_t vn, unsigned count)
{
	unsigned d;

	if (sw->n > SUGGEST_WORD_MAX)   /* known: too long to suggest for */
		return;
	if (vn >= sw->n && memcmp(v, sw->w, sw->n) == 0)
		sw->known = true;
	if (vn < sw->n) {
		sw->head[vn] |= memcmp(sw->w, v, vn) == 0;
		sw->tail[sw->n - vn] |= memcmp(sw->w + sw->n - vn, v, vn) == 0;
	}
	if (vn > SUGGEST_WORD_MAX || (d = edit_distance(sw->w, sw->n, v, vn, sw->best)) > sw->best)
		return;
	if (d < sw->best)
		sw->ncands = 0;
	sw->best = d;
	if (sw->ncands < SUGGEST_CANDS)
		sw->cands[sw->ncands++] = (struct sugg_cand){ v, vn, count };
}

/* The distinct words of the index, each once with how often it occurs and
 * in which fields: most words of a text are words of others, so that each
 * is measured against the words typed once. An open-addressing set. */
struct vocab_word {
	const char *w;          /* NULL: a free slot */
	unsigned n, count;
	unsigned hash;          /* word_hash(w, n) */
	unsigned char fields;   /* 1 << FIELD_NAME, 1 << FIELD_TEXT */
};

struct vocab {
	struct vocab_word *v;
	size_t cap, n;          /* cap: a power of two */
};

static void vocab_put(struct vocab *vo, struct vocab_word x);

/* FNV-1a. */
static unsigned word_hash(const char *w, size_t n)
{
	unsigned h = 2166136261u;

	for (size_t i = 0; i < n; i++)
		h = (h ^ (unsigned char)w[i]) * 16777619u;
	return h;
}

static void vocab_grow(struct vocab *vo)
{
	struct vocab old = *vo;

	vo->cap = old.cap ? 2 * old.cap : 1024;
	vo->v = xcalloc(vo->cap, sizeof(*vo->v));
	vo->n = 0;
	for (size_t i = 0; i < old.cap; i++)
		if (old.v[i].w)
			vocab_put(vo, old.v[i]);
	free(old.v);
}

/* Add x (its count and fields to the word's when it is there). */
static void vocab_put(struct vocab *vo, struct vocab_word x)
{
	size_t i;

	if (2 * (vo->n + 1) > vo->cap)
		vocab_grow(vo);
	for (i = x.hash & (vo->cap - 1); vo->v[i].w; i = (i + 1) & (vo->cap - 1))
		if (vo->v[i].hash == x.hash && vo->v[i].n == x.n && memcmp(vo->v[i].w, x.w, x.n) == 0) {
			vo->v[i].count += x.count;
			vo->v[i].fields |= x.fields;
			return;
		}
	vo->v[i] = x;
	vo->n++;
}

/* Every word of s (a name or a text as written, folded) that has a letter
 * and is not too long to suggest. */
static void vocab_scan(struct vocab *vo, const char *s, enum term_field field)
{
	while (*s) {
		bool letter = false;
		size_t n = 0;

		for (; s[n] && s[n] != ' '; n++)
			letter |= !is_digit(s[n]);
		if (letter && n <= SUGGEST_WORD_MAX)
			vocab_put(vo, (struct vocab_word){ s, (unsigned)n, 1, word_hash(s, n),
				  (unsigned char)(1u << field) });
		s += n + (s[n] == ' ');
	}
}

/* The best of sw's candidates: the nearest, then the commonest, then the
 * first in the alphabet; NULL when there is none. */
static const struct sugg_cand *sugg_best(const struct sugg_word *sw)
{
	const struct sugg_cand *best = NULL;

	for (size_t k = 0; k < sw->ncands; k++) {
		const struct sugg_cand *x = &sw->cands[k];
		int cmp = best ? memcmp(x->w, best->w, x->n < best->n ? x->n : best->n) : 0;

		if (!best || x->count > best->count || (x->count == best->count && cmp < 0))
			best = x;
	}
	return best;
}

/* "not found" for "notfound": the first split of sw into two words of the
 * index that some entry has as a phrase; 0 or where the second starts. */
static size_t sugg_split(const struct catalog *c, const struct sugg_word *sw)
{
	for (size_t k = 1; k + 1 < sw->n; k++) {
		char *phrase, err[QUERY_ERRLEN];
		struct query q;
		bool found;

		if (!sw->head[k] || !sw->tail[k])
			continue;
		phrase = xasprintf("\"%.*s %.*s\"", (int)k, sw->w, (int)(sw->n - k), sw->w + k);
		found = query_parse(phrase, false, &q, err) == 0 && q.nterms == 1 &&
			term_matches(c, &q.terms[0]);
		query_free(&q);
		free(phrase);
		if (found)
			return k;
	}
	return 0;
}

/* The words typed of the terms that match nothing (miss[i]), in order, in
 * a malloc'd array; *n gets how many, and term[k] the term of each. Whole
 * terms only, up to SUGGEST_WORDS words. A word without a letter, or
 * longer than SUGGEST_WORD_MAX, counts as known: no suggestion for it. */
static struct sugg_word *sugg_words(const struct query *q, const bool *miss, size_t *n,
				    size_t **term)
{
	struct sugg_word *ws = NULL;

	*n = 0;
	*term = NULL;
	for (size_t i = 0; i < q->nterms; i++) {
		const struct qterm *t = &q->terms[i];
		size_t words = 1;

		for (const char *sp = strchr(TERM_LIT(t), ' '); sp; sp = strchr(sp + 1, ' '))
			words++;
		if (*n + words > SUGGEST_WORDS)
			break;
		for (const char *w = TERM_LIT(t); miss[i] && *w;) {
			size_t wn = strcspn(w, " ");
			struct sugg_word *sw;

			ws = xreallocarray(ws, *n + 1, sizeof(*ws));
			*term = xreallocarray(*term, *n + 1, sizeof(**term));
			(*term)[*n] = i;
			sw = memset(&ws[(*n)++], 0, sizeof(*ws));
			*sw = (struct sugg_word){ .w = w, .n = wn, .field = t->field,
						 .best = wn <= 4 ? 1 : wn <= 8 ? 2 : 3 };
			sw->known = wn > SUGGEST_WORD_MAX || strspn(w, "0123456789") >= wn;
			w += wn + (w[wn] == ' ');
		}
	}
	return ws;
}

/* One term's words, each unknown one replaced by its suggestion (the
 * nearest word, else two words run together); malloc'd, or NULL when no
 * word could be replaced. */
static char *sugg_term(const struct catalog *c, const struct sugg_word *ws, size_t nw)
{
	char *words = xstrdup(""), *more;
	bool fixed = false;

	for (size_t k = 0; k < nw; k++) {
		const struct sugg_word *sw = &ws[k];
		const struct sugg_cand *b = sw->known ? NULL : sugg_best(sw);
		/* two words run together are one edit away: before a farther word */
		size_t split = sw->known || (b && sw->best <= 1) ? 0 : sugg_split(c, sw);

		if (split)
			more = xasprintf("%s%s%.*s %.*s", words, k ? " " : "", (int)split, sw->w,
					 (int)(sw->n - split), sw->w + split);
		else if (b)
			more = xasprintf("%s%s%.*s", words, k ? " " : "", (int)b->n, b->w);
		else
			more = xasprintf("%s%s%.*s", words, k ? " " : "", (int)sw->n, sw->w);
		fixed |= b || split;
		free(words);
		words = more;
	}
	if (!fixed) {
		free(words);
		return NULL;
	}
	return words;
}

/* Every distinct word of c's names and texts, as written, to every word
 * typed that may be in its field. */
static void sugg_scan_catalog(const struct catalog *c, struct sugg_word *ws, size_t n)
{
	struct vocab vo = { 0 };

	for (size_t i = 0; i < c->nentries; i++) {
		const struct entry *e = &c->entries[i];

		vocab_scan(&vo, e->lname ? e->lname : e->fname, FIELD_NAME);
		vocab_scan(&vo, e->ltext ? e->ltext : e->ftext, FIELD_TEXT);
	}
	for (size_t i = 0; i < vo.cap; i++)
		for (size_t k = 0; vo.v[i].w && k < n; k++)
			if (ws[k].field == FIELD_ANY || (vo.v[i].fields & (1u << ws[k].field)))
				sugg_see(&ws[k], vo.v[i].w, vo.v[i].n, vo.v[i].count);
	free(vo.v);
}

size_t query_suggest(const struct catalog *c, const struct query *q, char *out, size_t size)
{
	bool *miss = q && q->nterms ? xcalloc(q->nterms, sizeof(*miss)) : NULL, any = false;
	size_t nw = 0, *term = NULL, len = 0, said = 0;
	struct sugg_word *ws = NULL;

	if (size)
		out[0] = '\0';
	for (size_t i = 0; miss && i < q->nterms; i++)
		any |= miss[i] = !term_matches(c, &q->terms[i]);
	if (any) {
		ws = sugg_words(q, miss, &nw, &term);
		sugg_scan_catalog(c, ws, nw);
	}
	for (size_t k = 0; k < nw;) {
		const struct qterm *t = &q->terms[term[k]];
		size_t end = k;
		char *words, *item;

		while (end < nw && term[end] == term[k])
			end++;
		words = sugg_term(c, &ws[k], end - k);
		item = !words ? NULL : xasprintf("%s%s%s%s%s", len ? ", " : "",
			t->field == FIELD_NAME ? "name:" : t->field == FIELD_TEXT ? "text:" : "",
			end - k > 1 ? "\"" : "", words, end - k > 1 ? "\"" : "");
		if (item && len + strlen(item) < size) {   /* whole, or not at all */
			memcpy(out + len, item, strlen(item) + 1);
			len += strlen(item);
			said++;
		}
		free(item);
		free(words);
		k = end;
	}
	free(ws);
	free(term);
	free(miss);
	return said;
}

/* ---- marks ------------------------------------------------------------------- */

/* The rows of the legend: the star, !N, the vendor groups from WebDAV on
 * (LV(v) for group v), the registry's words. */
#define LV(v) (L_VENDOR + (v) - VENDOR_WEBDAV)
enum {
	L_STAR, L_NAMES, L_VENDOR,
	L_UNOFF_ENTRY = LV(VENDOR_COUNT),           /* unofficial, of a registered code */
	L_UNREG, L_TEMP, L_EXPIRED, L_UNUSED, L_OBS,
	L_COUNT
};

const struct mark_legend query_marks_legend[] = {
	[L_STAR] = { MARK_STAR, "*", "*", "in the REST tips' top 10" },
	[L_NAMES] = { MARK_NAMES, "!N", "!N", "N names in the sources" },
	[LV(VENDOR_WEBDAV)] = { MARK_VENDOR, "dav", "webdav", "WebDAV extension" },
	[LV(VENDOR_NGINX)] = { MARK_VENDOR, "nginx", "nginx", "nginx extension" },
	[LV(VENDOR_MICROSOFT)] = { MARK_VENDOR, "ms", "microsoft", "Microsoft extension" },
	[LV(VENDOR_CLOUDFLARE)] = { MARK_VENDOR, "cf", "cloudflare", "CloudFlare extension" },
	[LV(VENDOR_ESRI)] = { MARK_VENDOR, "esri", "esri", "Esri (ArcGIS) extension" },
	[LV(VENDOR_GOOGLE)] = { MARK_VENDOR, "goog", "google", "Google extension" },
	[LV(VENDOR_APACHE)] = { MARK_VENDOR, "apache", "apache", "Apache extension" },
	[LV(VENDOR_TWITTER)] = { MARK_VENDOR, "twtr", "twitter", "Twitter extension" },
	[LV(VENDOR_UNOFFICIAL)] = { MARK_VENDOR, "unoff", "unofficial", "unofficial: in no standard" },
	[L_UNOFF_ENTRY] = { MARK_VENDOR, "+unoff", "+unofficial", "a registered code's unofficial entry" },
	[L_UNREG] = { MARK_STATUS, "unreg", "unregistered", "not in the IANA registry" },
	[L_TEMP] = { MARK_STATUS, "temp", "temporary", "a temporary registration by IANA" },
	[L_EXPIRED] = { MARK_STATUS, "expired", "expired", "a temporary registration, expired" },
	[L_UNUSED] = { MARK_STATUS, "unused", "unused", "in the IANA registry as unused" },
	[L_OBS] = { MARK_STATUS, "obs", "obsolete", "obsolete in the IANA registry" },
};
const size_t query_nmarks_legend = L_COUNT;

/* The legend row of the registry's word for ci, or -1 when registered. */
static int status_row(const struct code_info *ci)
{
	static const int rows[] = {
		[REG_NONE] = L_UNREG, [REG_REGISTERED] = -1, [REG_TEMPORARY] = L_TEMP,
		[REG_UNUSED] = L_UNUSED, [REG_OBSOLETE] = L_OBS,
	};

	return catalog_code_expired(ci) ? L_EXPIRED : rows[ci->reg];
}

/* Append the mark of legend row r (count: N for !N) to out[*n]. */
static void add_mark(struct code_mark *out, size_t *n, int r, bool brief, unsigned count)
{
	const struct mark_legend *l = &query_marks_legend[r];
	struct code_mark *m = &out[(*n)++];

	m->kind = l->kind;
	m->legend = l;
	m->count = count;
	if (l->kind == MARK_NAMES)
		snprintf(m->text, sizeof(m->text), "!%u", count);
	else
		snprintf(m->text, sizeof(m->text), "%s", brief ? l->brief : l->full);
}

size_t query_code_marks(const struct code_info *ci, bool brief, struct code_mark *out)
{
	size_t n = 0;
	int status = status_row(ci);

	if (ci->top10)
		add_mark(out, &n, L_STAR, brief, 0);
	if (ci->nnames > 1)
		add_mark(out, &n, L_NAMES, brief, ci->nnames);
	for (int v = VENDOR_WEBDAV; v < VENDOR_COUNT; v++)
		if (ci->vendors & VENDOR_BIT(v))   /* 421 is no unofficial code */
			add_mark(out, &n, v == VENDOR_UNOFFICIAL && catalog_code_in_use(ci)
				 ? L_UNOFF_ENTRY : LV(v), brief, 0);
	if (status >= 0)
		add_mark(out, &n, status, brief, 0);
	return n;
}

/* 2 as "two": how the status bar counts names. */
static const char *count_word(unsigned n, char *buf, size_t size)
{
	static const char *const words[] = {
		"no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
	};

	if (n < sizeof(words) / sizeof(words[0]))
		return words[n];
	snprintf(buf, size, "%u", n);
	return buf;
}

void query_mark_meaning(const struct code_mark *m, char *buf, size_t size)
{
	const char *meaning = m->legend->meaning;
	char num[16];

	if (m->kind == MARK_NAMES && meaning[0] == 'N')   /* "N names ...": N in words */
		snprintf(buf, size, "%s%s", count_word(m->count, num, sizeof(num)), meaning + 1);
	else
		snprintf(buf, size, "%s", meaning);
}
