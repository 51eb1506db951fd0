/* textlayout: display width, wrapping, truncation, folding and sanitizing of
 * UTF-8 text. The only module that uses libunistring; nothing here knows
 * about curses, the catalog or the terminal.
 *
 * Every function takes valid UTF-8 unless it says otherwise (tl_sanitize is
 * the gate: it accepts anything and returns clean text). Returned strings are
 * malloc'd and owned by the caller; allocation failure aborts (util.h).
 *
 * Widths: a code point is as wide as glibc's wcwidth says, a cluster the sum
 * of its code points. That is how ncurses places cells and how tmux 3.3a
 * and xterm advance the cursor; terminals that draw emoji sequences as one
 * glyph do not, so tl_sanitize keeps of those only what all of them draw
 * alike (a line must fit everywhere, columns align everywhere):
 *  - VS16 (U+FE0F) after a narrow character goes: U+26A0 U+FE0F is 2
 *    columns where it is honoured, 1 in tmux 3.3a, xterm and ncurses;
 *    VS15 (U+FE0E) after a wide one goes for the same reason;
 *  - a skin tone after an emoji that takes one goes (2 columns as one
 *    glyph, 4 in tmux and xterm): only the tone is lost;
 *  - ZWJ (U+200D) goes: tmux 3.3a draws the next non-ASCII character in the
 *    ZWJ's cell (the family U+1F468 ZWJ U+1F469 ZWJ U+1F467 in 2 columns,
 *    Devanagari ka virama ZWJ ssa in 1), even after a cursor motion, where
 *    xterm and ncurses give it cells of its own (6; 2): no width is right
 *    for both. The family shows as its three members.
 *  - ZWNJ (U+200C) stays: zero width everywhere and joins nothing. */
#ifndef TEXTLAYOUT_H
#define TEXTLAYOUT_H

#include <stdbool.h>
#include <stddef.h>

/* 1 if s[0..n) is valid UTF-8 (no overlong forms, surrogates or code points
 * past U+10FFFF), else 0 with the offset of the first bad byte in *bad. */
int tl_utf8_valid(const char *s, size_t n, size_t *bad);

/* Clean text for display: invalid UTF-8 and control characters (C0 but LF,
 * DEL, C1) become U+FFFD; TAB becomes a space; format characters (bidi
 * embeddings, overrides and isolates, zero-width spaces, ZWJ, BOM, soft
 * hyphen, ...; not ZWNJ), any code point whose width ncurses would see
 * differently and the emoji selectors and tones above whose width depends
 * on the terminal are dropped. Keeps LF when keep_newlines, else LF -> space.
 * The result is NUL-terminated; *outlen (may be NULL) gets its length. */
char *tl_sanitize(const char *s, size_t n, bool keep_newlines, size_t *outlen);

/* s[0..n) (any bytes) as a message quotes it: each character tl_sanitize
 * keeps as it is stays (so "é" and "☺" are shown), every other one (a
 * control or format character, an unassigned or private-use code point)
 * becomes "?", and so does each byte of invalid UTF-8. At most width
 * columns (width >= 4): a longer one is cut and ends with "...". Only its
 * first 4 * width bytes are looked at. Malloc'd, valid UTF-8, printable. */
char *tl_quote(const char *s, size_t n, size_t width);

/* Display columns of s[0..n): wide (CJK) = 2, combining marks = 0. */
size_t tl_width(const char *s, size_t n);

/* Bytes of the longest prefix of s[0..n) that ends on a grapheme cluster
 * boundary and fits in width columns; *used (may be NULL) gets its width. */
size_t tl_clip(const char *s, size_t n, size_t width, size_t *used);

/* The end of the grapheme cluster that starts at byte off of s[0..n). */
size_t tl_cluster_end(const char *s, size_t n, size_t off);

/* s cut to at most width columns; when it is cut, the end is replaced by
 * ellipsis ("…" or "~"), which counts toward width. */
char *tl_truncate(const char *s, size_t n, size_t width, const char *ellipsis);

/* One output line of tl_wrap_text: bytes [off, off+len) of the text, drawn
 * after indent columns. A blank line between paragraphs has len 0. A soft
 * newline inside a paragraph stays in the line's bytes: draw it as a space. */
struct tl_line {
	size_t off;
	size_t len;
	unsigned short indent;  /* columns before the text */
	unsigned short width;   /* columns of the text itself */
};

/* Wrap a description text to width columns (width >= 1). The text's markup:
 * paragraphs are separated by a blank line; a line starting with "- " is a
 * list item (its "- " is kept, its continuation lines get indent 2); other
 * single newlines inside a paragraph are soft (read as spaces). Lines break
 * at word boundaries (Unicode line breaking), spaces hang at line ends, and a
 * word wider than the line is split at a grapheme boundary. A private-use
 * character (U+E000-U+F8FF, which tl_sanitize never leaves: a caller's
 * placeholder for a mark) stays on the line of the character before it.
 * Returns the number of lines and a malloc'd array in *lines (NULL when 0). */
size_t tl_wrap_text(const char *text, size_t n, unsigned width, struct tl_line **lines);

/* tl_wrap_text with options (0: the same):
 * TL_WRAP_WHOLE_URLS  a URL ("http://" or "https://" up to the next space)
 *   is never split: the line breaks before it, and a URL wider than the
 *   line stays whole on it, the line then wider than width. For output a
 *   terminal wraps and a reader copies a URL from (--sources), not for a
 *   pane that must fit. */
enum { TL_WRAP_WHOLE_URLS = 1 };
size_t tl_wrap(const char *text, size_t n, unsigned width, unsigned flags, struct tl_line **lines);

/* Fold for searching and comparing names: case folding with compatibility
 * decomposition (NFKD, so full-width and ligatures fold too), combining marks
 * removed, apostrophes removed, every other non-letter non-digit a word
 * break; words joined by single spaces, no leading or trailing space. Then
 * spelling variants (tl_fold_variants): in each word of ASCII letters, a
 * plural's singular ("teapots" -> "teapot", "entries" -> "entry"; words of
 * five letters or more, not "status" or "https") and one form of British
 * and American spellings ("unauthorized" -> "unauthorised", "behaviour" ->
 * "behavior"); then pairs of words: "time out", "timed out" (so
 * "time-out") -> "timeout"; "request uri" -> "uri". The result is a key,
 * not always a word ("authorisation"). When map is not NULL it gets a
 * malloc'd array of
 * outlen+1 offsets: map[i] is the byte offset in s of the character that
 * produced folded byte i (map[outlen] = n), for highlighting matches. */
char *tl_fold(const char *s, size_t n, size_t *outlen, size_t **map);

/* tl_fold without the spelling variants: the words as written ("Timed Out"
 * stays "timed out"), with the same map. Searching both forms finds a word
 * as written and its variants (query.h). */
char *tl_fold_words(const char *s, size_t n, size_t *outlen, size_t **map);

/* The spelling variants of tl_fold applied in place to a tl_fold_words
 * result f[0..*len), NUL-terminated, and to its map (may be NULL): after
 * it, f and map are what tl_fold gives. Returns whether anything changed
 * (*len is then smaller, or the same: "unauthorized" -> "unauthorised");
 * each byte left still maps to a letter it came from. */
bool tl_fold_variants(char *f, size_t *len, size_t *map);

/* Plain-ASCII rendering for terminals without UTF-8: accents dropped
 * (NFKD), common punctuation spelled out (quotes, dashes, ellipsis, x for
 * the multiplication sign, ":-)" for a smiley), anything else "?". Wide
 * characters become "??" so column counts stay as the width says. */
char *tl_ascii(const char *s, size_t n);

/* Plain ASCII that does not pretend, for text that quotes characters (a
 * repair's before and after, a [sic] spelling): printable ASCII and LF
 * stay, every other character becomes "<U+XXXX>" (4 to 6 hex digits), so
 * that mojibake such as "\xc3\xa2\xe2\x82\xac\xe2\x80\x9d" reads
 * "<U+00E2><U+20AC><U+201D>" and not a plausible "a?"". Invalid UTF-8
 * is shown as <U+FFFD>. */
char *tl_ascii_exact(const char *s, size_t n);

#endif
