/* doc: documents, the lines the description pane and the screens draw:
 * wrapped to a width, with the strings they point into kept alive, and
 * with highlighted runs. No curses. */
#include "doc.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "textlayout.h"
#include "util.h"

/* ---- documents: lines ready to draw ------------------------------------ */

void doc_clear(struct doc *d)
{
	for (size_t i = 0; i < d->nown; i++)
		free(d->own[i]);
	d->n = d->nown = d->nhl = 0;
}

void doc_free(struct doc *d)
{
	doc_clear(d);
	free(d->v);
	free(d->own);
	free(d->hl);
	memset(d, 0, sizeof(*d));
}

void doc_add(struct doc *d, enum dline_kind kind, unsigned indent, const char *s, size_t len)
{
	if (d->n == d->cap) {
		d->cap = d->cap ? d->cap * 2 : 64;
		d->v = xreallocarray(d->v, d->cap, sizeof(*d->v));
	}
	d->v[d->n++] = (struct dline){ .kind = (unsigned char)kind, .indent = (unsigned short)indent,
				       .s = s, .len = len, .hl_first = (unsigned)d->nhl };
}

const char *doc_own(struct doc *d, char *s)
{
	if (d->nown == d->capown) {
		d->capown = d->capown ? d->capown * 2 : 16;
		d->own = xreallocarray(d->own, d->capown, sizeof(*d->own));
	}
	d->own[d->nown++] = s;
	return s;
}

const char *doc_text(struct doc *d, bool ascii, const char *s)
{
	return ascii ? doc_own(d, tl_ascii(s, strlen(s))) : s;
}

const char *doc_exact(struct doc *d, bool ascii, const char *s)
{
	return ascii ? doc_own(d, tl_ascii_exact(s, strlen(s))) : s;
}

const char *doc_printf(struct doc *d, bool ascii, const char *fmt, ...)
{
	va_list ap;
	char *s;

	va_start(ap, fmt);
	s = xvasprintf(fmt, ap);
	va_end(ap);
	if (!ascii)
		return doc_own(d, s);
	doc_own(d, s);
	return doc_text(d, true, s);
}

void doc_highlight(struct doc *d, size_t off, size_t len)
{
	struct dline *l = &d->v[d->n - 1];

	if (d->nhl == d->caphl) {
		d->caphl = d->caphl ? d->caphl * 2 : 32;
		d->hl = xreallocarray(d->hl, d->caphl, sizeof(*d->hl));
	}
	d->hl[d->nhl++] = (struct hl){ l->s + off, len };
	l->hl_count++;
}

/* The parts of spans (byte ranges of the text, in order) inside the line
 * [from, to) of the text, as highlights of the last line. */
static void doc_clip_spans(struct doc *d, size_t from, size_t to, const struct qspan *sp, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		size_t a = sp[i].off > from ? sp[i].off : from;
		size_t b = sp[i].off + sp[i].len < to ? sp[i].off + sp[i].len : to;

		if (a < b)
			doc_highlight(d, a - from, b - a);
	}
}

void doc_wrap(struct doc *d, enum dline_kind kind, unsigned indent, const char *text,
	      int width, const struct qspan *spans, size_t nspans)
{
	struct tl_line *lines;
	int w = width - (int)indent;
	size_t n = tl_wrap_text(text, strlen(text), w > 1 ? (unsigned)w : 1, &lines);

	for (size_t i = 0; i < n; i++) {
		if (!lines[i].len)
			doc_add(d, DL_BLANK, 0, "", 0);
		else
			doc_add(d, kind, indent + lines[i].indent, text + lines[i].off, lines[i].len);
		d->v[d->n - 1].cont = i > 0;
		doc_clip_spans(d, lines[i].off, lines[i].off + lines[i].len, spans, nspans);
	}
	free(lines);
}

/* "── " before a header's text, " ─" after it (view_desc draws them). */
#define HEADER_LEAD 3
#define HEADER_TAIL 2

/* Columns of text's first word (up to its first space). */
static size_t first_word_width(const char *text)
{
	return tl_width(text, strcspn(text, " "));
}

/* The first line between the rules; the rest, with no rule after it, as
 * wide as the pane allows. A first word too wide for the rules but not for
 * the pane ("httpstatuses:" in a narrow pane) takes the first line without
 * its closing rule rather than lose its end to the next line; a label cut
 * just before its colon loses the colon rather than start a line with it. */
void doc_header(struct doc *d, const char *text, int width, const struct qspan *spans,
		size_t nspans)
{
	int room = width - HEADER_LEAD, w = room - HEADER_TAIL;
	size_t len = strlen(text), off = 0, fw = first_word_width(text);
	bool head = true;       /* the first line is still to come */

	if ((int)fw > w && (int)fw <= room)
		w = room;
	while (off < len) {
		bool run_head = head;
		size_t n, next = len;
		struct tl_line *l;

		if (!head && text[off] == ':')
			for (off++; off < len && text[off] == ' '; off++)
				;
		if (off == len)
			break;
		n = tl_wrap_text(text + off, len - off, w > 1 ? (unsigned)w : 1, &l);
		for (size_t i = 0; i < n; i++) {
			size_t at = off + l[i].off;

			if (i && (run_head || text[at] == ':')) {
				next = at;      /* wrapped again from here, at another width */
				break;
			}
			doc_add(d, head ? DL_HEADER : DL_HEADER_CONT, HEADER_LEAD + l[i].indent,
				text + at, l[i].len);
			d->v[d->n - 1].cont = !head;
			doc_clip_spans(d, at, at + l[i].len, spans, nspans);
			head = false;
		}
		free(l);
		off = next;
		w = room;
	}
}

void doc_key_line(struct doc *d, const char *key, const char *text, int col, int width)
{
	int room = width - 2 - col;
	size_t klen = strlen(key), first = d->n, i = 0;
	struct tl_line *l;
	size_t n = tl_wrap_text(text, strlen(text), room > 1 ? (unsigned)room : 1, &l);
	int kw = (int)tl_width(key, klen);   /* columns: "★, *" is 4, in 6 bytes */

	if (n && kw + 2 <= col) {
		const char *s = doc_own(d, xasprintf("%s%*s%.*s", key, col - kw, "",
						     (int)l[0].len, text + l[0].off));

		doc_add(d, DL_KEY, 2, s, strlen(s));
		i = 1;
	} else {
		doc_add(d, DL_KEY, 2, key, klen);
	}
	d->v[first].key_len = (unsigned short)klen;
	for (; i < n; i++) {
		if (l[i].len)
			doc_add(d, DL_TEXT, 2 + (unsigned)col + l[i].indent, text + l[i].off, l[i].len);
		else
			doc_add(d, DL_BLANK, 0, "", 0);
		d->v[d->n - 1].cont = true;
	}
	free(l);
}

/* ---- places that survive rewrapping ------------------------------------ */

/* The line where the item holding line top starts; the item's number. */
static size_t item_start(const struct doc *d, size_t top, size_t *item)
{
	size_t k = 0, start = 0;

	for (size_t i = 0; i <= top && i < d->n; i++)
		if (!d->v[i].cont && i > 0) {
			k++;
			start = i;
		}
	*item = k;
	return start;
}

/* Lines of the item that starts at line start. */
static size_t item_lines(const struct doc *d, size_t start)
{
	size_t n = 1;

	while (start + n < d->n && d->v[start + n].cont)
		n++;
	return n;
}

struct doc_place doc_place(const struct doc *d, size_t top)
{
	struct doc_place p = { 0, 0, 1 };
	size_t start;

	if (!d->n)
		return p;
	top = top < d->n ? top : d->n - 1;
	start = item_start(d, top, &p.item);
	p.line = top - start;
	p.nlines = item_lines(d, start);
	return p;
}

size_t doc_place_line(const struct doc *d, struct doc_place p)
{
	size_t k = 0;

	for (size_t i = 0; i < d->n; i++) {
		if (i > 0 && !d->v[i].cont)
			k++;
		if (k == p.item && (i == 0 || !d->v[i].cont))
			return i + p.line * item_lines(d, i) / p.nlines;
	}
	return d->n ? d->n - 1 : 0;     /* fewer items now: the last */
}
