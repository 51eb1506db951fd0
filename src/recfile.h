/* recfile: a strict parser for the GNU recutils syntax our data uses.
 *
 *   # a comment
 *   Field: value
 *   Text: first line
 *   + continuation line (the "+ " is removed; a bare "+" is an empty line)
 *
 *   Code: 404          <- a blank line ends a record
 *
 * The parser works on a memory buffer and owns nothing it is given: the
 * caller's buffer is copied into one arena that the result owns. Values are
 * NUL-terminated. Input must be valid UTF-8 (a leading BOM is skipped) with
 * no control characters other than TAB and LF (CRLF line ends are accepted);
 * sizes are bounded by the RF_MAX_* limits. Any violation stops the parse
 * with "file:line: message" in the error buffer. No curses here. */
#ifndef RECFILE_H
#define RECFILE_H

#include <stddef.h>

#define RF_MAX_FILE    (64u << 20)  /* bytes in one file */
#define RF_MAX_LINE    (64u << 10)  /* bytes in one line */
#define RF_MAX_VALUE   (256u << 10) /* bytes in one field value */
#define RF_MAX_NAME    64           /* bytes in a field name */
#define RF_MAX_FIELDS  256          /* fields in one record */
#define RF_MAX_RECORDS 2000000      /* records in one file */
#define RF_ERRLEN      512

struct rec_field {
	const char *name;   /* "Code"; points into the arena */
	const char *value;  /* NUL-terminated, continuation lines joined by '\n' */
	size_t len;         /* strlen(value) */
	unsigned line;      /* line of the "Name:" line, 1-based */
};

struct rec_record {
	struct rec_field *fields; /* nfields entries, in file order */
	size_t nfields;
	unsigned line;            /* line of the first field */
};

struct rec_file {
	struct rec_record *records; /* nrecords entries, in file order */
	size_t nrecords;
	char *arena;                /* owns every string above */
	struct rec_field *fieldv;   /* owns every fields array above */
};

/* Parse len bytes of buf. name is used in messages only. Returns 0 and
 * fills *out, or -1 and writes "name:line: message" into err (RF_ERRLEN
 * bytes) leaving *out empty. Free a result with recfile_free. */
int recfile_parse(const char *name, const char *buf, size_t len,
                  struct rec_file *out, char *err);

/* Read a whole regular file (at most RF_MAX_FILE bytes) and parse it.
 * Anything else is refused unread: a FIFO would block, a device may never
 * end. Errors about the file itself ("name: No such file or directory",
 * "name: is a directory", "name: not a regular file") have no line number. */
int recfile_load(const char *path, struct rec_file *out, char *err);

void recfile_free(struct rec_file *f);

/* A file name as messages show it: sanitized (no control or format
 * characters, valid UTF-8) and, past 200 bytes, only its end. Malloc'd. */
char *recfile_display_name(const char *name);

/* The first field called name in r, or NULL. */
const struct rec_field *recfile_get(const struct rec_record *r, const char *name);

#endif
