/* query: the search language, filters, and the rows they leave visible.
 *
 * A query is a list of terms separated by spaces:
 *   404          a code              4xx 40x 4** 4..   a mask
 *   500-504      a range
 *   words        all must match, in any order, at the start of a word; a
 *                number that is not three digits is a word ("top 10")
 *   "a phrase"   the words in this order
 *   name:word    only in names       text:word         only in texts
 *                (NAME:, Text: ... in any case)
 * Selectors (codes, masks, ranges) are alternatives; words all apply.
 * Matching is case-, accent- and width-insensitive. A word matches the
 * words as written (tl_fold_words: "timed" finds "Timed Out", "reasonse"
 * the typo "Reasonse") or, both sides with spelling variants folded and
 * typos read as meant (tl_fold: "timeout" finds "Time-out" and "Timed Out",
 * "reasons" finds "Reasonse", "teapots" "teapot" and "unauthorised"
 * "Unauthorized"). No curses here; nothing here allocates per
 * match. */
#ifndef QUERY_H
#define QUERY_H

#include <stdbool.h>
#include <stddef.h>

#include "catalog.h"

#define QUERY_ERRLEN 1024

struct selector {
	short lo, hi;   /* codes lo..hi */
	char mask[4];   /* "4?4": digits must match, '?' is any; "" for a range */
};

enum term_field { FIELD_ANY, FIELD_NAME, FIELD_TEXT };

struct qterm {
	char *fold;           /* folded word or phrase (tl_fold), never empty */
	size_t len;
	char *lit;            /* its words as written (tl_fold_words: "time out"
	                         for "Time-out"); NULL when the same as fold */
	size_t llen;
	enum term_field field;
	unsigned short need[4];  /* signature bits its first words need */
	unsigned short lneed[4]; /* the same for lit */
	unsigned char nneed, nlneed;
};

struct query {
	struct selector *sels;
	size_t nsels;
	struct qterm *terms;
	size_t nterms;
	int exact;            /* the query is one plain code: that code, else -1 */
	size_t lead;          /* the term of the first word typed: a name that
	                         starts with it ranks first */
};

/* Parse one selector argument of the command line ("404", "4xx", "4**",
 * "4..", "500-504"). 0, or -1 with a message in err (QUERY_ERRLEN). */
int selector_parse(const char *s, struct selector *out, char *err);
bool selector_match(const struct selector *sel, int code);

/* The one code a selector names ("404", "404-404"), or -1. */
int selector_code(const struct selector *sel);

/* The class digit of a whole-class mask ("4xx", "4**", "4.."), else -1. */
int selector_class(const struct selector *sel);

/* Parse a search query. With selectors_only, words are errors (the command
 * line's positional arguments). 0, or -1 with a message in err; on error
 * *q is left empty. An empty query is valid and matches everything. */
int query_parse(const char *s, bool selectors_only, struct query *q, char *err);
void query_free(struct query *q);

/* Does the entry match the query's words? Returns its rank, lower better:
 * 0 the code itself was asked for, 1 a name starts with the words, 2 the
 * name has them, 3 the text has them; -1 for no match. Selectors are not
 * checked here (see query_code_ok). */
int query_rank(const struct query *q, const struct entry *e);
bool query_code_ok(const struct query *q, int code);

/* What is hidden. An entry is visible when one of its vendor groups and its
 * source are; `standard` keeps only codes the registry has in use
 * (registered, temporary and not expired, obsolete: catalog_in_use) and
 * their standard and WebDAV entries;
 * `conflicts` only codes whose visible entries give more than one name
 * (a meaning given without a name counting as one: catalog_names)
 * (query_run applies it: it is about a code, not an entry). A class record
 * (4xx) has no vendor group and counts as a standard entry: visible when
 * its source and the standard group are (also under `standard`), hidden
 * with the standard group (--only esri). A class has no conflict: the
 * one-shot outputs leave class records out under `conflicts` (filter_entry,
 * about an entry, does not). */
struct filter {
	unsigned short vendors;  /* visible groups, VENDOR_BIT mask */
	unsigned char *sources;  /* per source index, 1 = visible; NULL: all */
	size_t nsources;
	bool standard;
	bool conflicts;          /* only codes whose visible entries differ in name */
};

void filter_init(struct filter *f);   /* everything visible */
void filter_free(struct filter *f);
void filter_copy(struct filter *dst, const struct filter *src);   /* dst: a new copy */
bool filter_equal(const struct filter *x, const struct filter *y);
bool filter_entry(const struct filter *f, const struct catalog *c, const struct entry *e);
/* The limit of `standard` alone (not the groups, sources or conflicts):
 * could f show this entry if its group and source were on? */
bool filter_limit(const struct filter *f, const struct catalog *c, const struct entry *e);

/* Parse a comma-separated list of vendor groups or source ids into the
 * filter: hide them, or show only them. 0, or -1 with a message. */
int filter_hide_vendors(struct filter *f, const char *list, bool only, char *err);
int filter_only_sources(struct filter *f, const struct catalog *c, const char *list, char *err);

/* A filter as the user asked for it, part by part (each --hide GROUPS,
 * --only GROUPS, --source IDS, and --standard, --conflicts), so that a
 * message can name the parts that hide something. It owns copies of the
 * values; zeroed, it is empty. A flag given twice is one part. */
enum filter_part_kind {
	FILTER_HIDE, FILTER_ONLY, FILTER_SOURCE, FILTER_STANDARD, FILTER_CONFLICTS,
};

struct filter_part {
	enum filter_part_kind kind;
	char *value;             /* the groups or ids as typed; NULL for a flag */
};

struct filter_spec {
	struct filter_part *parts;   /* in the order given */
	size_t nparts;
};

void filter_spec_add(struct filter_spec *s, enum filter_part_kind kind, const char *value);
bool filter_spec_has(const struct filter_spec *s, enum filter_part_kind kind);
void filter_spec_free(struct filter_spec *s);

/* The parts i with use[i] (use NULL: all of them) over what f already
 * has. Repeated --only and --source add up, as one comma-separated list
 * would; each --hide takes its groups away, whatever the order. 0, or -1
 * with the message of the first unknown group or source in err
 * (QUERY_ERRLEN): then f may be half changed. */
int filter_spec_apply(const struct filter_spec *s, const bool *use, const struct catalog *c,
                      struct filter *f, char *err);

/* A part as the user typed it, for messages: "--hide nginx",
 * "--standard". Malloc'd. */
char *filter_part_text(const struct filter_part *p);

/* A visible code: an index into catalog.codes and its best rank. */
struct hit {
	unsigned code;
	int rank;
};

/* The codes with at least one visible entry that matches q (NULL: all), in
 * rank order when q has words, else in code order. Returns the count and a
 * malloc'd array in *hits (NULL when 0). */
size_t query_run(const struct catalog *c, const struct query *q, const struct filter *f,
                 struct hit **hits);

/* query_run over only the codes of earlier hits (cand, in any order): for
 * a query that narrows the one that gave them (query_narrows). */
size_t query_run_within(const struct catalog *c, const struct query *q, const struct filter *f,
                        const struct hit *cand, size_t ncand, struct hit **hits);

/* Is every match of now also a match of before (same selectors, and each
 * word of before the start of a word of now, folded and as written)? Then
 * a search can look only at before's hits. */
bool query_narrows(const struct query *before, const struct query *now);

/* Where q's words occur in s[0..n) (a name when field is FIELD_NAME, a text
 * when FIELD_TEXT): byte ranges of s, in order, at most max; returns how
 * many. Each covers all the match took ("Timed Out" for "timeout"); one
 * word found both as written and folded is one range. For highlighting. */
struct qspan {
	size_t off, len;
};
size_t query_spans(const struct query *q, enum term_field field, const char *s, size_t n,
                   struct qspan *out, size_t max);

/* Suggestions for a search that finds nothing: for each term of q that no
 * entry of c matches alone (whatever the filters, the selectors and the
 * other words), its words with each one that starts no word of the index
 * replaced by the nearest word of c's names and texts as written (by edit
 * distance: insertions, deletions, substitutions, swaps; at most 1 for a
 * word of up to 4 letters, 2 up to 8, else 3; the commonest among the
 * nearest), or else by two words run together that some entry has as a
 * phrase ("notfound" -> "not found"). A term of a field keeps its prefix
 * ("name:timeout"), a phrase its quotes. Words without a letter get no
 * suggestion, nor words past the first 16 (whole terms). The suggestions,
 * separated by ", ", go to out (NUL-terminated, at most size bytes: one
 * that does not fit whole is left out; "" for none; out may be NULL when
 * size is 0). Returns how many. q may be NULL (none). When a term matches
 * nothing it reads every word of the catalog: under a millisecond for the
 * embedded one, about 0.1 s for 100,000 entries; so for a search that has
 * failed, not for every key typed. For "did you mean: %s?". */
size_t query_suggest(const struct catalog *c, const struct query *q, char *out, size_t size);

/* Which of ci's entries f leaves visible: a malloc'd keep[ci->count] (for
 * catalog_names), or NULL when all of them are. */
bool *query_kept(const struct catalog *c, const struct filter *f, const struct code_info *ci);

/* What is shown of a code under f: its name, marks and vendor groups from
 * its visible entries only (catalog_code_facts), into out. */
void query_code_facts(const struct catalog *c, const struct filter *f,
                      const struct code_info *ci, struct code_info *out);

/* Does this entry belong in the output of query_run's hit? */
bool query_entry_visible(const struct catalog *c, const struct query *q,
                         const struct filter *f, const struct entry *e);

/* The entry of ci after prev (NULL: its first) that f leaves visible, or
 * NULL when there is none. QUERY_FOR_VISIBLE(e, c, f, ci) loops over them
 * all, in catalog order, e a const struct entry *. */
const struct entry *query_visible_next(const struct catalog *c, const struct filter *f,
                                       const struct code_info *ci, const struct entry *prev);
#define QUERY_FOR_VISIBLE(e, c, f, ci) \
	for (const struct entry *e = query_visible_next((c), (f), (ci), NULL); e; \
	     e = query_visible_next((c), (f), (ci), e))

/* The marks of a code in a list: the REST top 10 star, "!N" for N names,
 * its vendor groups, its registry status unless registered ("expired" for
 * an expired temporary registration), in that order. The unofficial group
 * of a code the registry has in use (catalog_code_in_use) is marked
 * "+unofficial" ("+unoff"): the code is not unofficial, one entry is. ci
 * is what the filters leave of the code (query_code_facts: its groups are
 * only those of its visible entries, and only visible groups: under
 * --hide cloudflare, 520 is only Microsoft's), so that the browser and
 * --list mark alike. brief: the browser's short words ("ms", "unreg") instead of
 * the ids ("microsoft", "unregistered"). The star's text is "*" (the
 * browser draws its own glyph). Each mark points to its row of the
 * legend. Returns how many, at most QUERY_MARKS_MAX. */
enum mark_kind { MARK_STAR, MARK_NAMES, MARK_VENDOR, MARK_STATUS };

/* A row of the legend of the marks: every mark query_code_marks can give,
 * in the order it gives them, with its two forms and what it means. The
 * one table the marks, the help's legend and the status bar are made
 * from, so that they never drift. */
struct mark_legend {
	enum mark_kind kind;
	const char *brief;      /* the browser's form: "ms"; "!N" for the names */
	const char *full;       /* --list's form: "microsoft" */
	const char *meaning;    /* "Microsoft extension"; "N names in the sources" */
};

extern const struct mark_legend query_marks_legend[];
extern const size_t query_nmarks_legend;

struct code_mark {
	enum mark_kind kind;
	char text[16];
	const struct mark_legend *legend;   /* its row of query_marks_legend */
	unsigned count;         /* MARK_NAMES: N */
};

#define QUERY_MARKS_MAX (3 + VENDOR_COUNT)
size_t query_code_marks(const struct code_info *ci, bool brief, struct code_mark *out);

/* What a mark means, as the status bar spells it out, into buf: its
 * legend's meaning, N in words for !N ("two names in the sources"). */
void query_mark_meaning(const struct code_mark *m, char *buf, size_t size);

#endif
