/* doc: the document model. A document is lines ready to draw: each wrapped
 * to a width, of a kind (header, text, small print, a key and its help),
 * with its highlighted runs, and pointing into strings that are the
 * catalog's or that the document keeps alive. The description pane and
 * every screen build theirs here; views only draw them. A place in a
 * document survives rewrapping it to another width. No curses; nothing here
 * knows the app. */
#ifndef DOC_H
#define DOC_H

#include <stdbool.h>
#include <stddef.h>

#include "query.h"

/* A highlighted run of a line: a search match, a word a neighbour lacks. */
struct hl {
	const char *p;
	size_t len;
};

enum dline_kind {
	DL_BLANK,
	DL_HEADER,    /* a source's header: s is "label: name (qualifier)" */
	DL_HEADER_CONT, /* the rest of a header too long for one line */
	DL_TEXT,      /* wrapped text */
	DL_NOTE,      /* sic, notes, repairs: small print */
	DL_TITLE,     /* a screen's section title */
	DL_KEY,       /* help: keys in s[0..key_len), then the help text */
};

struct dline {
	unsigned char kind;
	bool cont;              /* continues the line before: the same text, wrapped */
	unsigned short indent;  /* columns before s */
	unsigned short key_len; /* DL_KEY: bytes of s that are the keys */
	const char *s;          /* not NUL-terminated: len bytes */
	size_t len;
	unsigned hl_first;      /* its highlights: doc.hl[hl_first..+hl_count) */
	unsigned hl_count;
};

/* Lines plus the strings they point into, when those are not the catalog's. */
struct doc {
	struct dline *v;
	size_t n, cap;
	struct hl *hl;          /* highlights of all lines, line by line */
	size_t nhl, caphl;
	char **own;             /* strings the lines point into, freed with them */
	size_t nown, capown;
};

void doc_clear(struct doc *d);   /* no lines; the memory is kept for the next */
void doc_free(struct doc *d);
void doc_add(struct doc *d, enum dline_kind kind, unsigned indent, const char *s, size_t len);

/* Keep s (malloc'd) alive as long as the document's lines; returns s. */
const char *doc_own(struct doc *d, char *s);
/* A string of ours or of the catalog, in ASCII when the terminal needs it. */
const char *doc_text(struct doc *d, bool ascii, const char *s);
/* A note that quotes characters (a repair, a [sic] spelling), in ASCII
 * when the terminal needs it: there, every character but plain ASCII as
 * "<U+XXXX>", since a look-alike would misquote it. Returns s (owned by
 * the caller) or a string d keeps. */
const char *doc_exact(struct doc *d, bool ascii, const char *s);
__attribute__((format(printf, 3, 4)))
const char *doc_printf(struct doc *d, bool ascii, const char *fmt, ...);

/* text wrapped to width columns after indent, one line each, with the
 * highlights spans (byte ranges of text, in order; may be NULL); the lines
 * after the first are marked cont. */
void doc_wrap(struct doc *d, enum dline_kind kind, unsigned indent, const char *text,
              int width, const struct qspan *spans, size_t nspans);

/* A header (a source's label, and the name it gives), wrapped so that
 * nothing of it is cut: a DL_HEADER line between its rules in width
 * columns (a first word too wide for them but not for the pane takes the
 * line without the closing rule), then DL_HEADER_CONT lines for what did
 * not fit, under the first line's text to the pane's edge (none starts
 * with the colon after a label cut just before it: it goes); spans as for
 * doc_wrap. */
void doc_header(struct doc *d, const char *text, int width, const struct qspan *spans,
                size_t nspans);

/* A key and its text, as the help and the sources list them, two columns
 * in from the edge: the key, and beside it from column col the text
 * wrapped in its column, continued under itself; a key too wide for its
 * column gets the text on the lines under it, at the column. key and text
 * must live as long as d's lines. */
void doc_key_line(struct doc *d, const char *key, const char *text, int col, int width);

/* Highlight bytes [off, off+len) of the last line added. */
void doc_highlight(struct doc *d, size_t off, size_t len);

/* A place in a document that survives rewrapping it to another width: the
 * item it is in (a line with the lines that continue it) and how far into
 * it, as a fraction of its lines. */
struct doc_place {
	size_t item;
	size_t line, nlines;   /* line of nlines of the item */
};
struct doc_place doc_place(const struct doc *d, size_t top);
/* The line of d at that place (the last line if d has fewer items). */
size_t doc_place_line(const struct doc *d, struct doc_place p);

#endif
