/* textlayout: widths, wrapping, truncation, folding and sanitizing of UTF-8
 * text; the one user of libunistring. See textlayout.h for the contracts.
 *
 * Widths always come from libunistring with the encoding "UTF-8" spelled
 * out: the locale's encoding would make ambiguous-width characters (α, ≤)
 * two columns under a CJK locale, and we never measure with the locale. */
#include "textlayout.h"

#include <errno.h>
#include <limits.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include <unicase.h>
#include <unictype.h>
#include <unigbrk.h>
#include <unilbrk.h>
#include <uninorm.h>
#include <unistr.h>
#include <uniwidth.h>

#include "util.h"

#define ENC "UTF-8"
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define REPLACEMENT "\xEF\xBF\xBD"	/* U+FFFD */

/* ---- growable byte buffer ---------------------------------------------- */

struct buf {
	char *p;
	size_t len;
	size_t cap;
};

static void buf_reserve(struct buf *b, size_t more)
{
	size_t cap = b->cap ? b->cap : 64;

	if (b->cap - b->len >= more)
		return;
	while (cap - b->len < more)
		cap *= 2;
	b->p = xrealloc(b->p, cap);
	b->cap = cap;
}

static void buf_put(struct buf *b, const void *s, size_t n)
{
	buf_reserve(b, n);
	memcpy(b->p + b->len, s, n);
	b->len += n;
}

static void buf_putc(struct buf *b, char c)
{
	buf_reserve(b, 1);
	b->p[b->len++] = c;
}

static char *buf_finish(struct buf *b, size_t *outlen)
{
	buf_reserve(b, 1);
	b->p[b->len] = '\0';
	if (outlen)
		*outlen = b->len;
	return b->p;
}

static bool is_category(ucs4_t uc, uint32_t mask)
{
	return uc_is_general_category_withtable(uc, mask);
}

static size_t cp_width(ucs4_t uc)
{
	int w = uc_width(uc, ENC);

	return w > 0 ? (size_t)w : 0;
}

/* ---- validation ---------------------------------------------------------- */

int tl_utf8_valid(const char *s, size_t n, size_t *bad)
{
	const uint8_t *p = u8_check((const uint8_t *)s, n);

	if (!p)
		return 1;
	if (bad)
		*bad = (size_t)(p - (const uint8_t *)s);
	return 0;
}

/* ---- sanitizing ---------------------------------------------------------- */

enum san_act {
	SAN_KEEP,
	SAN_DROP,
	SAN_BAD,	/* becomes U+FFFD */
	SAN_SPACE,
	SAN_NL,		/* LF, or a space when newlines are not kept */
};

/* Where glibc's wcwidth() (which ncurses places cells with) and uc_width()
 * still disagree once the categories below are gone (Cc, Cf, Cn, Co, Cs,
 * which hold most of the ~90 disagreements, e.g. U+00AD, U+0600-0605).
 * Found by the exhaustive loop in tests/test_textlayout.c on glibc 2.36 and
 * libunistring 1.0 (both Unicode 14); that loop fails when another pairing
 * of versions disagrees elsewhere.
 * Marks that wcwidth calls 0 but uc_width 1 are dropped: ncurses would put
 * them in the previous cell while we counted a column. Symbols that wcwidth
 * calls wide become U+FFFD (1 column for both) so the text keeps a trace.
 * The line and paragraph separators (wcwidth -1) are newlines. */
static const struct san_range {
	uint32_t lo, hi;
	enum san_act act;
} san_fixups[] = {
	{ 0x0CBF, 0x0CBF, SAN_DROP },	/* Kannada vowel sign I */
	{ 0x0CC6, 0x0CC6, SAN_DROP },	/* Kannada vowel sign E */
	{ 0x2028, 0x2029, SAN_NL },	/* line and paragraph separators */
	{ 0x3248, 0x324F, SAN_BAD },	/* circled numbers on black squares */
	{ 0x4DC0, 0x4DFF, SAN_BAD },	/* Yijing hexagram symbols */
	{ 0x11A07, 0x11A08, SAN_DROP },	/* Zanabazar square vowel signs */
	{ 0x11C3F, 0x11C3F, SAN_DROP },	/* Bhaiksuki sign virama */
};

static enum san_act san_classify(ucs4_t uc)
{
	size_t i;

	if (uc < 0xA0)
		return SAN_BAD;		/* C1 controls; ASCII never gets here */
	for (i = 0; i < ARRAY_SIZE(san_fixups) && uc >= san_fixups[i].lo; i++)
		if (uc <= san_fixups[i].hi)
			return san_fixups[i].act;
	if (uc == 0x200C)	/* ZWNJ: zero width for all; see textlayout.h */
		return SAN_KEEP;
	if (is_category(uc, UC_CATEGORY_MASK_Cf))
		return SAN_DROP;
	if (is_category(uc, UC_CATEGORY_MASK_Cc | UC_CATEGORY_MASK_Cn |
			    UC_CATEGORY_MASK_Co | UC_CATEGORY_MASK_Cs))
		return SAN_BAD;
	return SAN_KEEP;
}

/* Code points whose width depends on the terminal, by the one before them
 * (base: the last kept code point of non-zero width). A terminal that
 * honours the sequence draws it differently from one that measures each
 * code point (tmux 3.3a, xterm, ncurses); what is left is drawn the same by
 * both. See textlayout.h. */
static enum san_act san_in_context(ucs4_t uc, ucs4_t base)
{
	if (uc == 0xFE0F)	/* VS16, emoji style: may widen a narrow base */
		return cp_width(base) == 2 ? SAN_KEEP : SAN_DROP;
	if (uc == 0xFE0E)	/* VS15, text style: may narrow a wide base */
		return cp_width(base) == 2 ? SAN_DROP : SAN_KEEP;
	if (uc_is_property_emoji_modifier(uc) && uc_is_property_emoji_modifier_base(base))
		return SAN_DROP;	/* a skin tone: merged into its base, or not */
	return SAN_KEEP;
}

static void san_emit(struct buf *b, enum san_act act, const uint8_t *p,
		     size_t len, bool keep_newlines)
{
	switch (act) {
	case SAN_KEEP:
		buf_put(b, p, len);
		break;
	case SAN_DROP:
		break;
	case SAN_BAD:
		buf_put(b, REPLACEMENT, 3);
		break;
	case SAN_SPACE:
		buf_putc(b, ' ');
		break;
	case SAN_NL:
		buf_putc(b, keep_newlines ? '\n' : ' ');
		break;
	}
}

static enum san_act san_ascii_control(uint8_t c)
{
	if (c == '\n')
		return SAN_NL;
	return c == '\t' ? SAN_SPACE : SAN_BAD;
}

/* One character or invalid sequence at p; returns the bytes it took. *base
 * is the last code point of non-zero width written. */
static size_t san_multibyte(struct buf *b, const uint8_t *p, size_t n,
			    bool keep_newlines, ucs4_t *base)
{
	ucs4_t uc;
	int len = u8_mbtouc(&uc, p, n);
	enum san_act act;

	/* u8_mbtouc says U+FFFD for a bad sequence too: never copy those bytes */
	act = uc == 0xFFFD ? SAN_BAD : san_classify(uc);
	if (act == SAN_KEEP)
		act = san_in_context(uc, *base);
	san_emit(b, act, p, len, keep_newlines);
	if (act == SAN_KEEP && cp_width(uc) > 0)
		*base = uc;
	else if (act != SAN_KEEP && act != SAN_DROP)
		*base = ' ';	/* U+FFFD, a space or a newline: narrow, no emoji */
	return len;
}

char *tl_sanitize(const char *s, size_t n, bool keep_newlines, size_t *outlen)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + n, *q;
	struct buf b = { 0 };
	ucs4_t base = ' ';

	buf_reserve(&b, n + n / 16 + 16);
	while (p < end) {
		if (*p >= 0x20 && *p < 0x7F) {
			/* runs of printable ASCII are most of any real file */
			for (q = p + 1; q < end && *q >= 0x20 && *q < 0x7F; q++)
				;
			buf_put(&b, p, q - p);
			base = q[-1];
			p = q;
		} else if (*p < 0x80) {
			san_emit(&b, san_ascii_control(*p), p, 1, keep_newlines);
			base = ' ';
			p++;
		} else {
			p += san_multibyte(&b, p, end - p, keep_newlines, &base);
		}
	}
	return buf_finish(&b, outlen);
}

/* One character of tl_quote at p (n > 0 bytes left) into b; returns the
 * bytes it took. */
static size_t quote_char(struct buf *b, const uint8_t *p, size_t n, ucs4_t *base)
{
	ucs4_t uc;
	int len;

	if (*p < 0x80) {
		buf_putc(b, *p >= 0x20 && *p < 0x7F ? (char)*p : '?');
		*base = *p;
		return 1;
	}
	len = u8_mbtouc(&uc, p, n);
	if (uc == 0xFFFD) {         /* invalid: a "?" for each of its bytes */
		for (int k = 0; k < len; k++)
			buf_putc(b, '?');
		*base = ' ';
	} else if (san_classify(uc) == SAN_KEEP && san_in_context(uc, *base) == SAN_KEEP) {
		buf_put(b, p, (size_t)len);
		if (cp_width(uc) > 0)
			*base = uc;
	} else {
		buf_putc(b, '?');
		*base = ' ';
	}
	return (size_t)len;
}

char *tl_quote(const char *s, size_t n, size_t width)
{
	const uint8_t *p = (const uint8_t *)s;
	size_t lim = n, len, keep;
	struct buf b = { 0 };
	ucs4_t base = ' ';
	char *r;

	/* a run of combining marks has no width: bound the bytes too */
	if (lim > 4 * width) {
		lim = 4 * width;
		for (int k = 0; k < 3 && lim && (p[lim] & 0xC0) == 0x80; k++)
			lim--;
	}
	for (size_t i = 0; i < lim;)
		i += quote_char(&b, p + i, lim - i, &base);
	buf_reserve(&b, 4);         /* room for "..." and the NUL */
	r = buf_finish(&b, &len);
	if (lim == n && tl_width(r, len) <= width)
		return r;
	keep = tl_clip(r, len, width > 3 ? width - 3 : 0, NULL);
	memcpy(r + keep, "...", 4);
	return r;
}

/* ---- widths and clusters ------------------------------------------------- */

/* A cluster is as wide as the sum of its code points, which is also how
 * ncurses counts (a zero-width character joins the previous cell), so the
 * total needs no segmentation: only cutting does (tl_clip). */
size_t tl_width(const char *s, size_t n)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + n;
	size_t w = 0;
	ucs4_t uc;

	while (p < end) {
		if (*p < 0x80) {
			w += *p >= 0x20 && *p < 0x7F;
			p++;
			continue;
		}
		p += u8_mbtouc(&uc, p, end - p);
		w += cp_width(uc);
	}
	return w;
}

/* End of the grapheme cluster that starts at p (p < end). Two ASCII bytes
 * always have a boundary between them but CR LF, and sanitized text has no
 * CR: that skips the segmentation for most of any text. */
static const uint8_t *cluster_end(const uint8_t *p, const uint8_t *end)
{
	if (*p < 0x80 && (p + 1 == end || p[1] < 0x80))
		return p + 1;
	return u8_grapheme_next(p, end);
}

/* cluster_end, and *w gets the cluster's width. */
static const uint8_t *cluster_next(const uint8_t *p, const uint8_t *end,
				   size_t *w)
{
	const uint8_t *q = cluster_end(p, end);

	if (q == p + 1 && *p < 0x80)
		*w = *p >= 0x20 && *p < 0x7F;
	else
		*w = tl_width((const char *)p, q - p);
	return q;
}

size_t tl_cluster_end(const char *s, size_t n, size_t off)
{
	const uint8_t *p = (const uint8_t *)s;

	return off >= n ? n : (size_t)(cluster_end(p + off, p + n) - p);
}

size_t tl_clip(const char *s, size_t n, size_t width, size_t *used)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + n, *q;
	size_t w = 0, cw;

	while (p < end) {
		q = cluster_next(p, end, &cw);
		if (w + cw > width)
			break;
		w += cw;
		p = q;
	}
	if (used)
		*used = w;
	return p - (const uint8_t *)s;
}

/* When not even the ellipsis fits, the text is cut bare: a column of text
 * tells more than a lone marker. */
char *tl_truncate(const char *s, size_t n, size_t width, const char *ellipsis)
{
	size_t elen, ew, keep;
	char *r;

	if (!ellipsis)
		ellipsis = "";
	if (tl_clip(s, n, width, NULL) == n)
		return xstrndup(s, n);
	elen = strlen(ellipsis);
	ew = tl_width(ellipsis, elen);
	if (ew > width)
		return xstrndup(s, tl_clip(s, n, width, NULL));
	keep = tl_clip(s, n, width - ew, NULL);
	r = xmalloc(keep + elen + 1);
	memcpy(r, s, keep);
	memcpy(r + keep, ellipsis, elen + 1);
	return r;
}

/* ---- wrapping ------------------------------------------------------------ */

struct wrap {
	struct tl_line *v;	/* the lines so far */
	size_t n, cap;
	uint8_t *copy;		/* current block, soft newlines made spaces */
	char *brk;		/* u8_possible_linebreaks of copy */
	size_t bufcap;		/* size of copy and brk */
	size_t base;		/* offset of copy[0] in the text */
	unsigned width;
	unsigned flags;		/* TL_WRAP_* */
};

/* brk's mark of a place inside a URL kept whole (TL_WRAP_WHOLE_URLS): no
 * break there, and no split when the URL is wider than the line. */
#define BRK_IN_URL 100

static void wrap_emit(struct wrap *w, size_t off, size_t len, unsigned indent,
		      size_t cols)
{
	if (w->n == w->cap) {
		w->cap = w->cap ? 2 * w->cap : 64;
		w->v = xreallocarray(w->v, w->cap, sizeof(*w->v));
	}
	w->v[w->n].off = off;
	w->v[w->n].len = len;
	w->v[w->n].indent = (unsigned short)indent;
	w->v[w->n].width = cols > USHRT_MAX ? USHRT_MAX : (unsigned short)cols;
	w->n++;
}

/* Every URL of s[0..len) ("http://" or "https://" to the next space) one
 * unit for the wrapping: brk inside it is BRK_IN_URL. */
static void glue_urls(const uint8_t *s, size_t len, char *brk)
{
	const uint8_t *p = s, *end = s + len;

	while ((p = memmem(p, (size_t)(end - p), "http", 4)) != NULL) {
		const uint8_t *q = p + 4 + (p + 4 < end && p[4] == 's');

		if (end - q >= 3 && memcmp(q, "://", 3) == 0) {
			for (q = p + 1; q < end && *q != ' '; q++)
				brk[q - s] = BRK_IN_URL;
			p = q;
			continue;
		}
		p += 4;
	}
}

/* Soft newlines read as spaces: the copy has them as spaces so that the
 * line breaking rules see a space there too (and no mandatory break). */
static void wrap_prepare(struct wrap *w, const char *text, size_t bs, size_t len)
{
	uint8_t *nl;

	if (w->bufcap < len) {
		w->bufcap = len + len / 2;
		w->copy = xrealloc(w->copy, w->bufcap);
		w->brk = xrealloc(w->brk, w->bufcap);
	}
	memcpy(w->copy, text + bs, len);
	for (nl = memchr(w->copy, '\n', len); nl;
	     nl = memchr(nl + 1, '\n', w->copy + len - (nl + 1)))
		*nl = ' ';
	u8_possible_linebreaks(w->copy, len, ENC, w->brk);
	if (w->flags & TL_WRAP_WHOLE_URLS)
		glue_urls(w->copy, len, w->brk);
	w->base = bs;
}

/* Where the rules of UAX #14 allow it, but not after a full stop inside a
 * word ("httpstatuses.|com", "data/file.|rec"): a name is not cut at its
 * dots when a space is near. */
static bool can_break(const struct wrap *w, size_t pos)
{
	if (pos > 0 && w->copy[pos - 1] == '.' && w->copy[pos] != ' ' && w->brk[pos] != UC_BREAK_MANDATORY)
		return false;
	return w->brk[pos] == UC_BREAK_POSSIBLE ||
	       w->brk[pos] == UC_BREAK_MANDATORY ||
	       w->brk[pos] == UC_BREAK_HYPHENATION;
}

/* A private-use character, U+E000-U+F8FF: tl_sanitize never leaves one, so
 * callers use them as placeholders for their own marks. */
static bool is_private_use(const uint8_t *p, const uint8_t *end)
{
	ucs4_t uc;

	if (*p != 0xEE && *p != 0xEF)
		return false;
	u8_mbtouc(&uc, p, end - p);
	return uc >= 0xE000 && uc <= 0xF8FF;
}

/* What a line never splits: a cluster, with the private-use characters
 * after it unless it is a lone space; *w gets its width. */
static const uint8_t *unit_next(const uint8_t *p, const uint8_t *end, size_t *w)
{
	const uint8_t *q = cluster_next(p, end, w);
	size_t cw;

	if (*p == ' ' && q == p + 1)
		return q;
	while (q < end && is_private_use(q, end)) {
		q = cluster_next(q, end, &cw);
		*w += cw;
	}
	return q;
}

/* Fill one line of at most avail columns from copy[start] (no lone space), up
 * to len; returns where the rest starts. A break is taken only once the
 * line holds past min_end (so a list item's "- " never stands alone). */
static size_t wrap_line(struct wrap *w, size_t start, size_t len, size_t avail,
			unsigned indent, size_t min_end)
{
	const uint8_t *s = w->copy, *q;
	size_t pos = start, col = 0, cw;
	size_t ns_end = start, ns_col = 0;	/* last non-space cluster */
	size_t brk = start, brk_end = 0, brk_col = 0;

	while (pos < len) {
		if (pos > start && ns_end >= min_end && can_break(w, pos)) {
			brk = pos;
			brk_end = ns_end;
			brk_col = ns_col;
		}
		q = unit_next(s + pos, s + len, &cw);
		if (s[pos] == ' ' && q == s + pos + 1) {
			col++;		/* hangs if the line ends here */
			pos++;
			continue;
		}
		if (col + cw > avail && !(brk == start && w->brk[pos] == BRK_IN_URL)) {
			if (brk > start) {
				wrap_emit(w, w->base + start, brk_end - start, indent, brk_col);
				return brk;
			}
			if (pos > start) {
				wrap_emit(w, w->base + start, ns_end - start, indent, ns_col);
				return pos;
			}
			ns_end = q - s;	/* one cluster wider than the line */
			ns_col = cw;
			if (indent + cw > w->width)	/* the indent gives way */
				indent = cw < w->width ? w->width - cw : 0;
			break;
		}
		col += cw;
		pos = q - s;
		ns_end = pos;
		ns_col = col;
	}
	wrap_emit(w, w->base + start, ns_end - start, indent, ns_col);
	return ns_end;
}

/* Only spaces that are clusters of their own: a space that carries a mark
 * is a visible character, and a line never starts inside a cluster. */
static size_t skip_spaces(const uint8_t *s, size_t pos, size_t len)
{
	while (pos < len && s[pos] == ' ' && cluster_end(s + pos, s + len) == s + pos + 1)
		pos++;
	return pos;
}

/* One paragraph or list item: text[bs, be), no blank line inside. A list
 * item's continuation lines hang under its text, unless that would leave
 * no column. */
static void wrap_block(struct wrap *w, const char *text, size_t bs, size_t be,
		       bool item)
{
	size_t len = be - bs, pos, min_end;
	bool hang = item && w->width >= 3;

	wrap_prepare(w, text, bs, len);
	pos = skip_spaces(w->copy, 0, len);
	min_end = item ? pos + 2 : 0;
	if (pos >= len)
		return;
	pos = wrap_line(w, pos, len, w->width, 0, min_end);
	for (pos = skip_spaces(w->copy, pos, len); pos < len;
	     pos = skip_spaces(w->copy, pos, len))
		pos = wrap_line(w, pos, len, w->width - 2 * hang, 2 * hang, 0);
}

static size_t line_end(const char *text, size_t pos, size_t n)
{
	const char *nl = memchr(text + pos, '\n', n - pos);

	return nl ? (size_t)(nl - text) : n;
}

static bool line_blank(const char *text, size_t pos, size_t end)
{
	while (pos < end && text[pos] == ' ')
		pos++;
	return pos == end;
}

static bool line_item(const char *text, size_t pos, size_t end)
{
	return end - pos >= 2 && text[pos] == '-' && text[pos + 1] == ' ';
}

/* End of the block whose first line ends at eol: soft newlines join the
 * lines that follow until a blank line or a new list item. */
static size_t block_end(const char *text, size_t eol, size_t n)
{
	size_t next, e;

	while (eol < n) {
		next = eol + 1;
		e = line_end(text, next, n);
		if (line_blank(text, next, e) || line_item(text, next, e))
			break;
		eol = e;
	}
	return eol;
}

size_t tl_wrap_text(const char *text, size_t n, unsigned width,
		    struct tl_line **lines)
{
	return tl_wrap(text, n, width, 0, lines);
}

size_t tl_wrap(const char *text, size_t n, unsigned width, unsigned flags,
	       struct tl_line **lines)
{
	struct wrap w = { .width = width ? width : 1, .flags = flags };
	size_t pos = 0, eol, be;
	bool blank = false;

	while (pos < n) {
		eol = line_end(text, pos, n);
		if (line_blank(text, pos, eol)) {
			blank = w.n > 0;	/* none before the first block */
			pos = eol + 1;
			continue;
		}
		be = block_end(text, eol, n);
		if (blank)
			wrap_emit(&w, pos, 0, 0, 0);
		blank = false;
		wrap_block(&w, text, pos, be, line_item(text, pos, eol));
		pos = be + 1;
	}
	free(w.copy);
	free(w.brk);
	*lines = w.v;
	return w.n;
}

/* ---- folding ------------------------------------------------------------- */

struct fold {
	struct buf out;
	size_t *map;		/* NULL when the caller wants none */
	size_t mapcap;
	bool sep;		/* a word break is pending */
	size_t sep_off;		/* the character that made it */
};

static void fold_put(struct fold *f, const void *s, size_t n, size_t off)
{
	size_t i;

	if (f->map) {
		if (f->mapcap < f->out.len + n + 1) {
			f->mapcap = 2 * (f->out.len + n + 1) + 16;
			f->map = xreallocarray(f->map, f->mapcap, sizeof(*f->map));
		}
		for (i = 0; i < n; i++)
			f->map[f->out.len + i] = off;
	}
	buf_put(&f->out, s, n);
}

/* A word character: the pending break becomes one space. */
static void fold_word(struct fold *f, const void *s, size_t n, size_t off)
{
	if (f->sep)
		fold_put(f, " ", 1, f->sep_off);
	f->sep = false;
	fold_put(f, s, n, off);
}

/* Never a leading space, and none trailing since only a word emits it. */
static void fold_break(struct fold *f, size_t off)
{
	if (f->out.len && !f->sep) {
		f->sep = true;
		f->sep_off = off;
	}
}

static void fold_ascii(struct fold *f, char c, size_t off)
{
	if (c >= 'A' && c <= 'Z')
		c += 'a' - 'A';
	if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
		fold_word(f, &c, 1, off);
	else if (c != '\'')	/* "I'm" is one word: "im" */
		fold_break(f, off);
}

/* A folded code point. Spacing marks (Mc) stay: they are part of the words
 * of Indic scripts; other marks left after NFKD are accents. */
static void fold_cp(struct fold *f, ucs4_t uc, size_t off)
{
	uint8_t u[6];
	int len;

	if (uc < 0x80) {
		fold_ascii(f, (char)uc, off);
		return;
	}
	if (uc == 0x2019 || is_category(uc, UC_CATEGORY_MASK_Mn))
		return;
	if (!is_category(uc, UC_CATEGORY_MASK_L | UC_CATEGORY_MASK_N |
			     UC_CATEGORY_MASK_Mc)) {
		fold_break(f, off);
		return;
	}
	len = u8_uctomb(u, uc, sizeof(u));
	if (len > 0)
		fold_word(f, u, len, off);
}

/* Folding a whole cluster lets NFKD see a base with its marks; everything
 * it yields maps back to the cluster's first byte. No language: then İ
 * folds to i + U+0307 and, the mark dropped, "istanbul" finds "İstanbul";
 * with "tr", I folds to dotless ı (İ to ı + U+0307) and "diyarbakir" would
 * no longer find "DIYARBAKIR". */
static void fold_cluster(struct fold *f, const uint8_t *p, size_t n, size_t off)
{
	uint8_t tmp[64], *r;
	const uint8_t *q, *end;
	size_t rlen = sizeof(tmp);
	ucs4_t uc;
	int len;

	r = u8_casefold(p, n, NULL, UNINORM_NFKD, tmp, &rlen);
	if (!r) {
		if (errno == ENOMEM)
			die("out of memory (case folding)");
		fold_break(f, off);	/* invalid UTF-8: not a word */
		return;
	}
	for (q = r, end = r + rlen; q < end; q += len) {
		len = u8_mbtouc(&uc, q, end - q);
		fold_cp(f, uc, off);
	}
	if (r != tmp)
		free(r);
}

/* Spelling variants: words a b become the first keep bytes of a followed by
 * b, so every byte still maps to the letter it came from. */
static const struct variant {
	const char *a, *b;
	size_t keep;
} fold_variants[] = {
	{ "time", "out", 4 },		/* time-out -> timeout */
	{ "timed", "out", 4 },		/* timed out -> timeout */
	{ "request", "uri", 0 },	/* Request-URI -> uri */
};

static bool word_is(const char *w, size_t n, const char *lit)
{
	return strlen(lit) == n && memcmp(w, lit, n) == 0;
}

static const struct variant *variant_find(const char *a, size_t alen,
					  const char *b, size_t blen)
{
	size_t i;

	for (i = 0; i < ARRAY_SIZE(fold_variants); i++)
		if (word_is(a, alen, fold_variants[i].a) &&
		    word_is(b, blen, fold_variants[i].b))
			return &fold_variants[i];
	return NULL;
}

/* In place: the output only shrinks, so dst <= src always. */
static void fold_move(char *s, size_t *map, size_t dst, size_t src, size_t n)
{
	memmove(s + dst, s + src, n);
	if (map)
		memmove(map + dst, map + src, n * sizeof(*map));
}

static size_t word_end(const char *s, size_t pos, size_t n)
{
	const char *sp = memchr(s + pos, ' ', n - pos);

	return sp ? (size_t)(sp - s) : n;
}

/* ---- one word's variants: plurals, British spellings ---- */

/* Drop k bytes at i of the word w[0..*n) and of its map. */
static void word_drop(char *w, size_t *map, size_t *n, size_t i, size_t k)
{
	memmove(w + i, w + i + k, *n - i - k);
	if (map)
		memmove(map + i, map + i + k, (*n - i - k) * sizeof(*map));
	*n -= k;
}

static bool ends_with(const char *w, size_t n, const char *tail)
{
	size_t k = strlen(tail);

	return n >= k && memcmp(w + n - k, tail, k) == 0;
}

/* Plurals whose singular the rules below would miss: how many bytes of
 * them to keep ("https" is no plural of "http"). */
static const struct plural_exception {
	const char *word;
	size_t keep;
} plural_exceptions[] = {
	{ "https", 5 }, { "cookies", 6 }, { "statuses", 6 },
};

/* A plural's singular: "teapots" -> "teapot", "entries" -> "entry",
 * "addresses" -> "address"; not "status", "access", "basis". Only words of
 * five letters or more: a shorter stem ("has" -> "ha", "cors" -> "cor")
 * would find every word it starts, searches being by word start. */
static size_t word_plural(char *w, size_t n)
{
	if (n < 5 || w[n - 1] != 's')
		return n;
	for (size_t i = 0; i < ARRAY_SIZE(plural_exceptions); i++)
		if (word_is(w, n, plural_exceptions[i].word))
			return plural_exceptions[i].keep;
	if (ends_with(w, n, "sses"))
		return n - 2;
	if (ends_with(w, n, "ies")) {
		w[n - 3] = 'y';
		return n - 2;
	}
	if (ends_with(w, n, "ss") || ends_with(w, n, "us") || ends_with(w, n, "is"))
		return n;
	return n - 1;
}

/* British and American spellings fold alike: -ise/-ize and -yse/-yze to
 * "s" ("unauthorized" -> "unauthorised"), -our to -or ("behaviour" ->
 * "behavior"), past the third letter, so that "size", "hour" and "four"
 * stay what they are. */
static bool word_spelling(char *w, size_t *map, size_t *n)
{
	bool changed = false;

	for (size_t i = 4; i < *n; i++)
		if (w[i] == 'z' && (w[i - 1] == 'i' || w[i - 1] == 'y')) {
			w[i] = 's';
			changed = true;
		}
	for (size_t i = 3; i + 2 < *n; i++)
		if (w[i] == 'o' && w[i + 1] == 'u' && w[i + 2] == 'r') {
			word_drop(w, map, n, i + 1, 1);
			changed = true;
		}
	return changed;
}

/* One word, in place: returns its new length, and sets *changed when it
 * changed. Only a word of ASCII letters: a number, or a word of another
 * script, stays. */
static size_t word_variants(char *w, size_t *map, size_t n, bool *changed)
{
	size_t k;

	for (size_t i = 0; i < n; i++)
		if (w[i] < 'a' || w[i] > 'z')
			return n;
	k = word_plural(w, n);
	*changed |= k != n;   /* "ies" -> "y" is shorter too */
	*changed |= word_spelling(w, map, &k);
	return k;
}

/* The next place at or after pos where a word may have a variant: a "z",
 * an "s" that ends a word, an "our"; n when none. A scan that only reads,
 * over the many words that have none. */
static size_t mark_next(const char *s, size_t n, size_t pos)
{
	for (size_t i = pos; i < n; i++) {
		char c = s[i];

		if (c != 's' && c != 'z' && c != 'u')
			continue;
		if (c == 'z' || (c == 's' && (i + 1 == n || s[i + 1] == ' ')) ||
		    (c == 'u' && i > 0 && s[i - 1] == 'o' && i + 1 < n && s[i + 1] == 'r'))
			return i;
	}
	return n;
}

static void fold_move_down(char *s, size_t *map, size_t dst, size_t src, size_t n)
{
	if (dst != src)
		fold_move(s, map, dst, src, n);
}

/* Every word's variants, the words moved together; *len becomes the new
 * length. Returns whether anything changed. It runs on every text of a
 * data file: only the words with a mark are looked at. */
static bool fold_words_variants(char *s, size_t *len, size_t *map)
{
	size_t n = *len, r = 0, w = 0, c, ws, we;
	bool changed = false;

	while ((c = mark_next(s, n, r)) < n) {
		for (ws = c; ws > r && s[ws - 1] != ' '; ws--)
			;
		we = word_end(s, c, n);
		fold_move_down(s, map, w, r, we - r);   /* up to the word's end */
		w += ws - r;
		w += word_variants(s + w, map ? map + w : NULL, we - ws, &changed);
		r = we;
	}
	fold_move_down(s, map, w, r, n - r);
	w += n - r;
	if (map)
		map[w] = map[n];
	s[w] = '\0';
	*len = w;
	return changed;
}

bool tl_fold_variants(char *s, size_t *len, size_t *map)
{
	size_t n, r = 0, w = 0, e, r2, e2;
	const struct variant *v;
	bool changed = fold_words_variants(s, len, map);

	n = *len;
	/* every pair's second word is "out" or "uri": most texts have none */
	if (!memmem(s, n, " out", 4) && !memmem(s, n, " uri", 4))
		return changed;
	while (r < n) {
		e = word_end(s, r, n);
		r2 = e < n ? e + 1 : n;
		e2 = word_end(s, r2, n);
		v = e < n ? variant_find(s + r, e - r, s + r2, e2 - r2) : NULL;
		if (w > 0)
			fold_move(s, map, w++, r - 1, 1);	/* the space before */
		if (v) {
			fold_move(s, map, w, r, v->keep);
			fold_move(s, map, w + v->keep, r2, e2 - r2);
			w += v->keep + (e2 - r2);
			r = e2 + 1;
		} else {
			fold_move(s, map, w, r, e - r);
			w += e - r;
			r = e + 1;
		}
	}
	if (map)
		map[w] = map[n];
	s[w] = '\0';
	*len = w;
	return changed || w != n;
}

/* The fold of plain ASCII without a map, the common case of loading data:
 * letters lowered, digits kept, apostrophes dropped, anything else a word
 * break. Stops where a non-ASCII byte (or an ASCII one before it, which may
 * start a cluster) needs the full treatment; returns where. */
static const uint8_t *fold_ascii_run(struct fold *f, const uint8_t *p, const uint8_t *end)
{
	/* ASCII never grows: a space and a letter come from two bytes */
	buf_reserve(&f->out, (size_t)(end - p) + 1);
	for (; p < end && *p < 0x80 && (p + 1 == end || p[1] < 0x80); p++) {
		char c = (char)*p;

		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
			if (f->sep)
				f->out.p[f->out.len++] = ' ';
			f->sep = false;
			f->out.p[f->out.len++] = c;
		} else if (c != '\'' && f->out.len) {
			f->sep = true;
		}
	}
	return p;
}

char *tl_fold_words(const char *s, size_t n, size_t *outlen, size_t **map)
{
	const uint8_t *p = (const uint8_t *)s, *end = p + n, *q;
	struct fold f = { 0 };

	if (map) {
		f.mapcap = n + 16;
		f.map = xmalloc(f.mapcap * sizeof(*f.map));
	}
	buf_reserve(&f.out, n + 1);
	for (; p < end; p = q) {
		if (!map && (q = fold_ascii_run(&f, p, end)) != p)
			continue;
		q = cluster_end(p, end);
		if (q == p + 1 && *p < 0x80)
			fold_ascii(&f, (char)*p, p - (const uint8_t *)s);
		else
			fold_cluster(&f, p, q - p, p - (const uint8_t *)s);
	}
	if (map) {
		f.map[f.out.len] = n;	/* mapcap > len: fold_put keeps one spare */
		*map = f.map;
	}
	return buf_finish(&f.out, outlen);
}

char *tl_fold(const char *s, size_t n, size_t *outlen, size_t **map)
{
	size_t len;
	char *f = tl_fold_words(s, n, &len, map);

	tl_fold_variants(f, &len, map ? *map : NULL);
	if (outlen)
		*outlen = len;
	return f;
}

/* ---- ASCII rendering ----------------------------------------------------- */

/* Sorted by code point. Entries that are wider than their character (the
 * callers re-measure): © ® ™ « » ß Æ æ Œ œ Þ þ ẞ … ← → ⇒ ≠ ≤ ≥ ☺ and the
 * ligatures ﬀ ﬁ ﬂ ﬃ ﬄ. Every other character keeps its width. */
static const struct asc {
	uint32_t uc;
	const char *s;
} asc_table[] = {
	{ 0x00A0, " " }, { 0x00A9, "(c)" }, { 0x00AB, "<<" }, { 0x00AE, "(r)" },
	{ 0x00B7, "." }, { 0x00BB, ">>" }, { 0x00C6, "AE" }, { 0x00D0, "D" },
	{ 0x00D7, "x" }, { 0x00D8, "O" }, { 0x00DE, "TH" }, { 0x00DF, "ss" },
	{ 0x00E6, "ae" }, { 0x00F0, "d" }, { 0x00F7, "/" }, { 0x00F8, "o" },
	{ 0x00FE, "th" }, { 0x0110, "D" }, { 0x0111, "d" }, { 0x0131, "i" },
	{ 0x0141, "L" }, { 0x0142, "l" }, { 0x0152, "OE" }, { 0x0153, "oe" },
	{ 0x1E9E, "SS" }, { 0x2010, "-" }, { 0x2011, "-" }, { 0x2012, "-" },
	{ 0x2013, "-" }, { 0x2014, "-" }, { 0x2015, "-" }, { 0x2018, "'" },
	{ 0x2019, "'" }, { 0x201A, "'" }, { 0x201B, "'" }, { 0x201C, "\"" },
	{ 0x201D, "\"" }, { 0x201E, "\"" }, { 0x201F, "\"" }, { 0x2022, "*" },
	{ 0x2026, "..." }, { 0x2032, "'" }, { 0x2033, "\"" }, { 0x2039, "<" },
	{ 0x203A, ">" }, { 0x2122, "TM" }, { 0x2190, "<-" }, { 0x2192, "->" },
	{ 0x21D2, "=>" }, { 0x2212, "-" }, { 0x2260, "!=" }, { 0x2264, "<=" },
	{ 0x2265, ">=" }, { 0x263A, ":-)" }, { 0xFB00, "ff" }, { 0xFB01, "fi" },
	{ 0xFB02, "fl" }, { 0xFB03, "ffi" }, { 0xFB04, "ffl" },
};

static const char *asc_lookup(ucs4_t uc)
{
	size_t lo = 0, hi = ARRAY_SIZE(asc_table), mid;

	while (lo < hi) {
		mid = (lo + hi) / 2;
		if (asc_table[mid].uc == uc)
			return asc_table[mid].s;
		if (asc_table[mid].uc < uc)
			lo = mid + 1;
		else
			hi = mid;
	}
	return NULL;
}

/* The NFKD form without marks, if it is printable ASCII no wider than the
 * character; padded with spaces to its width (full-width Ａ is "A "). */
static bool asc_decompose(struct buf *b, ucs4_t uc, size_t width)
{
	uint8_t u[6], tmp[64], *r;
	char ascii[8];
	size_t rlen = sizeof(tmp), k = 0, i;
	int len = u8_uctomb(u, uc, sizeof(u));
	bool ok = true;
	ucs4_t d;

	r = u8_normalize(UNINORM_NFKD, u, len, tmp, &rlen);
	if (!r)
		die("out of memory (normalizing)");
	for (i = 0; i < rlen && ok; i += len) {
		len = u8_mbtouc(&d, r + i, rlen - i);
		if (is_category(d, UC_CATEGORY_MASK_Mn))
			continue;
		ok = d >= 0x20 && d < 0x7F && k < width && k < sizeof(ascii);
		if (ok)
			ascii[k++] = (char)d;
	}
	if (r != tmp)
		free(r);
	if (!ok)
		return false;
	buf_put(b, ascii, k);
	while (k++ < width)
		buf_putc(b, ' ');
	return true;
}

static void asc_cp(struct buf *b, ucs4_t uc)
{
	const char *t = asc_lookup(uc);
	size_t w = cp_width(uc);

	if (t) {
		buf_put(b, t, strlen(t));
		return;
	}
	if (asc_decompose(b, uc, w))
		return;
	while (w--)
		buf_putc(b, '?');
}

/* s with printable ASCII and newlines kept and every other character given
 * to cp (a control character as its code point). */
static char *ascii_with(const char *s, size_t n, void (*cp)(struct buf *, ucs4_t))
{
	const uint8_t *p = (const uint8_t *)s, *end = p + n;
	struct buf b = { 0 };
	ucs4_t uc;

	buf_reserve(&b, n + 1);
	while (p < end) {
		if ((*p >= 0x20 && *p < 0x7F) || *p == '\n') {
			buf_putc(&b, (char)*p++);
			continue;
		}
		p += u8_mbtouc(&uc, p, end - p);
		cp(&b, uc);
	}
	return buf_finish(&b, NULL);
}

/* A character tl_ascii does not keep: a tab is a space, another control
 * character '?', the rest transliterated. */
static void asc_any(struct buf *b, ucs4_t uc)
{
	if (uc < 0x80)
		buf_putc(b, uc == '\t' ? ' ' : '?');
	else
		asc_cp(b, uc);
}

char *tl_ascii(const char *s, size_t n)
{
	return ascii_with(s, n, asc_any);
}

/* "<U+00E2>": at least four hex digits, as many as the code point needs. */
static void exact_cp(struct buf *b, ucs4_t uc)
{
	static const char hex[] = "0123456789ABCDEF";
	int digits = uc > 0xFFFFF ? 6 : uc > 0xFFFF ? 5 : 4;

	buf_put(b, "<U+", 3);
	while (digits--)
		buf_putc(b, hex[(uc >> (4 * digits)) & 0xF]);
	buf_putc(b, '>');
}

char *tl_ascii_exact(const char *s, size_t n)
{
	return ascii_with(s, n, exact_cp);
}
