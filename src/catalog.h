/* catalog: sources, class definitions, entries and per-code facts.
 *
 * A catalog is immutable once built. The embedded one is static const data
 * written by the generator (src/gen.c) at build time, so a lookup does no
 * start-up work; user files are merged into a new catalog at run time by the
 * same builder that checked the embedded data. No curses here. */
#ifndef CATALOG_H
#define CATALOG_H

#include <stdbool.h>
#include <stddef.h>

#include "recfile.h"

/* Vendor groups: what an entry's meaning belongs to. An entry may belong to
 * more than one (520 is Microsoft's and CloudFlare's). */
enum vendor {
	VENDOR_STANDARD,
	VENDOR_WEBDAV,
	VENDOR_NGINX,
	VENDOR_MICROSOFT,
	VENDOR_CLOUDFLARE,
	VENDOR_ESRI,
	VENDOR_GOOGLE,
	VENDOR_APACHE,
	VENDOR_TWITTER,
	VENDOR_UNOFFICIAL,
	VENDOR_COUNT
};
#define VENDOR_BIT(v) (1u << (v))
#define VENDOR_ALL ((1u << VENDOR_COUNT) - 1)

extern const char *const vendor_ids[VENDOR_COUNT];    /* "nginx" */
extern const char *const vendor_labels[VENDOR_COUNT]; /* "nginx", "Microsoft" */

/* Marks a source gives an entry. */
enum {
	FLAG_TOP10 = 1 << 0,        /* the REST "Top 10" star */
	FLAG_EXPERIMENTAL = 1 << 1,
	FLAG_DRAFT = 1 << 2,
	FLAG_DEPRECATED = 1 << 3,
};
#define FLAG_COUNT 4
extern const char *const flag_ids[FLAG_COUNT]; /* "top10", ... by bit */

/* A code's standing in the IANA registry. */
enum reg {
	REG_NONE,       /* not in the registry: unregistered */
	REG_REGISTERED,
	REG_TEMPORARY,
	REG_UNUSED,     /* "(Unused)": reserved */
	REG_OBSOLETE,
};
extern const char *const reg_ids[]; /* "unregistered", "registered", ... */

/* A transport repair: the text had `was`, we wrote `now`, because `why`.
 * A structural repair (a split or re-read line) has was == now == NULL. */
struct repair {
	const char *was;
	const char *now;
	const char *why;
};

/* A typo the source made and we kept: `was` is in the text, `meant` is
 * what it stands for (used when comparing names). */
struct sic {
	const char *was;
	const char *meant;
};

struct source {
	const char *id;       /* "wikipedia": [a-z0-9][a-z0-9-]* */
	const char *label;    /* short, for headers: "Wikipedia list" */
	const char *title;
	const char *author;   /* "" when unknown */
	const char *url;
	const char *year;
	const char *document; /* original document's file name */
	const char *license;
	const char *file;     /* data file it was read from */
	unsigned nentries;    /* records the file holds (class records too) */
	unsigned nrepairs;    /* repairs recorded in them */
	bool user;            /* from --data or the XDG data directory */
};

/* An entry's signature: a bit for the first byte and one for the first two
 * bytes of every word of its folded name and text, in both their folds
 * (fname and lname, ftext and ltext). A search word whose bit is not set
 * cannot start a word there, and the text need not be read. */
#define SIG_WORDS 8
unsigned catalog_sig_bit(const char *word, size_t len);
void catalog_sign(const char *folded, unsigned sig[SIG_WORDS]);

struct entry {
	short code;           /* 0..999; for a class record, digit * 100 */
	bool is_class;        /* a definition of the class "4xx" */
	unsigned char flags;  /* FLAG_* */
	unsigned char reg;    /* registry records: their status (enum reg) */
	unsigned short source;/* index into catalog.sources */
	unsigned short vendor;/* VENDOR_BIT mask, never 0 for a code entry */
	unsigned short nrepairs, nsics, nnotes;
	unsigned line;        /* line of the record in its file */
	const char *name;     /* as the source writes it; "" when it has none */
	const char *qualifier;/* "Apache bw/limited extension"; "" when none */
	const char *text;     /* paragraphs and "- " list items (textlayout.h) */
	const char *reference;/* registry records: "[RFC9110, Section 15.5.5]" */
	const char *expires;  /* registry records: "2026-11-13" or "" */
	const struct repair *repairs;
	const struct sic *sics;
	const char *const *notes;
	const char *fname;    /* tl_fold(name, sic-corrected) */
	const char *ftext;    /* tl_fold(qualifier and text, sic-corrected) */
	const char *lname;    /* the name's words as written, typos too
	                         (tl_fold_words); NULL when fname is the same */
	const char *ltext;    /* the same for ftext */
	unsigned sig[SIG_WORDS]; /* which words start here (catalog_sig_bit) */
};

/* Facts about one code, over all its entries. */
struct code_info {
	short code;
	unsigned first;       /* its entries: catalog.entries[first..first+count) */
	unsigned count;
	unsigned short vendors; /* union of the entries' vendor masks */
	unsigned char nnames; /* distinct names, folded ("Time-out" = "Timeout"),
	                         and meanings given without a name (catalog_names) */
	unsigned char reg;    /* enum reg */
	bool top10;
	bool clash;           /* two of those share no vendor group: meanings clash */
	const char *name;     /* best name: the registry's, else the commonest */
	const char *expires;  /* registry expiry for temporary codes, or "" */
};

struct catalog {
	const struct source *sources;
	size_t nsources;
	const struct entry *entries;  /* code entries by code, source, file order */
	size_t nentries;
	const struct entry *classes;  /* class records by class, source, order */
	size_t nclasses;
	const struct code_info *codes;/* by code */
	size_t ncodes;
	void *owned;                  /* NULL for the embedded catalog */
};

/* The table compiled into the binary (build/embedded.c). */
extern const struct catalog embedded_catalog;

/* The code_info of code, or NULL when no entry has it. */
const struct code_info *catalog_code(const struct catalog *c, int code);

/* Index of the source with this id, or -1. */
int catalog_source_index(const struct catalog *c, const char *id);

/* A distinct name of a code (folded: "Time-out" = "Timeout"), the first
 * entry that gives it, how many do, and the vendor groups that use it; or
 * a meaning given without a name (fname and spelling ""): entries without
 * a name whose vendor groups share none with the code's names'. */
struct catalog_name {
	const char *fname;
	const char *spelling;   /* how to show it: the registry's, else the
	                           commonest spelling without a typo */
	const struct entry *first;
	unsigned count;
	unsigned short vendors;
};

/* The code's distinct names, in the order of their first entries, then
 * its meanings given without a name, over its entries k (0-based from
 * ci->first) with keep[k] (keep NULL: all). A nameless entry is a meaning
 * of its own only beside a name, and when its vendor groups share none
 * with the names' (421's table 2 entry, unofficial, beside the standard
 * Misdirected Request); one that shares a group with an earlier such entry
 * is that one's meaning. Others are taken to mean what the names of their
 * groups do. names must have room for ci->count. Returns how many: the
 * code's nnames (catalog_code_facts with the same keep). */
size_t catalog_names(const struct catalog *c, const struct code_info *ci, const bool *keep,
                     struct catalog_name *names);

/* ci's facts (names, best name, vendor groups, top10, clash) over only its
 * entries k with keep[k], into out; keep NULL gives *ci. The registry
 * status stays the code's. What the filters leave of a code. */
void catalog_code_facts(const struct catalog *c, const struct code_info *ci, const bool *keep,
                        struct code_info *out);

/* The registry status of code: REG_NONE when the registry lacks it. */
enum reg catalog_reg(const struct catalog *c, int code);

/* The general name of a class ("Client Error"), from the sources' class
 * records, or NULL when no source defines class digit d. */
const char *catalog_class_name(const struct catalog *c, int d);

/* Has a registry date ("2026-11-13") passed? Compared with today's date
 * (the local one): catalog_expired_on(date, today). */
bool catalog_expired(const char *date);

/* Has date passed on the day today ("2026-12-01")? A registration that
 * expires on 2026-11-13 still holds on that day. "" never expires. */
bool catalog_expired_on(const char *date, const char *today);

/* Is ci's registration a temporary one that has expired (104 after
 * 2026-11-13)? The registry's status stays "temporary" (ci->reg); what it
 * means today is this. */
bool catalog_code_expired(const struct code_info *ci);

/* Does the registry have code in use today: registered, obsolete, or
 * temporary and not expired? What --standard keeps. */
bool catalog_in_use(const struct catalog *c, int code);
/* The same for the code of ci. */
bool catalog_code_in_use(const struct code_info *ci);

/* A registry record's facts in words: "registered, [RFC9110, Section
 * 15.5.5]", "temporary, [draft-...], expires 2026-11-13", and once that
 * date has passed "expired (temporary until 2026-11-13), [draft-...]".
 * Malloc'd. */
char *catalog_registry_text(const struct entry *e);

/* An entry's small print, one line per item, for every output to share:
 * "[sic] ...", "note: ...", "repaired: ...". A newline inside a repaired
 * text is shown as \n. fn gets each line (valid until it returns). */
void catalog_notes(const struct entry *e, void (*fn)(void *ctx, const char *line), void *ctx);

/* Does a line of catalog_notes quote characters exactly ("repaired: ...",
 * "[sic] ...")? In ASCII they are named (tl_ascii_exact), not
 * transliterated, so that a repaired mojibake is not shown as something
 * plausible and false. */
bool catalog_note_quotes(const char *line);

/* What every output shows for an entry that has a name and no text. */
#define CATALOG_NO_TEXT "(the source gives only a name)"

/* The entry e (one of c's code entries) repeats, if any: the first entry
 * of its code before it whose text is e's, byte for byte, and not empty.
 * The texts compared are the transcription's: a source's typos as it
 * wrote them, repairs made; a comma or a period apart is another text.
 * Only the entries k of the code (0-based from its code_info's first)
 * with keep[k] are looked at (keep NULL: all), so that an output names
 * only an entry it shows. NULL when there is none, and for a class
 * record. 404's REST: RFC text repeats httpstatuses'. */
const struct entry *catalog_same_text(const struct catalog *c, const struct entry *e,
                                      const bool *keep);

/* What the outputs show instead of a text that repeats an earlier one
 * (catalog_same_text), with that one's source label: "(the same text as
 * httpstatuses)". The entry's own header credits its own source. */
#define CATALOG_SAME_TEXT "(the same text as %s)"

/* Parse "nginx" / "microsoft" ...; -1 when unknown. */
int vendor_parse(const char *s, size_t n);

/* ---- building: the generator and user files ----------------------------
 * catalog_build merges base (may be NULL) with parsed data files. For each
 * file, kinds[i] says how to read it:
 *   CB_SOURCES  the embedded data/sources.rec (metadata of embedded sources)
 *   CB_EMBEDDED an embedded data/<id>.rec ("Source: id" must name a source
 *               of sources.rec; Name and Text may be absent)
 *   CB_USER     a user file: optional first record with Source: and Title:,
 *               then records with at least Code, Name and Text
 * On error returns -1 with "file:line: message" in err (RF_ERRLEN bytes)
 * and leaves *out empty. The built catalog owns copies of everything from
 * the files (they may be freed after); it borrows base's strings. */
enum cb_kind { CB_SOURCES, CB_EMBEDDED, CB_USER };

int catalog_build(struct catalog *out, const struct catalog *base,
                  const struct rec_file *files, const char *const *names,
                  const enum cb_kind *kinds, size_t nfiles, char *err);

void catalog_free(struct catalog *c);

#endif
