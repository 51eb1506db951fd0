/* cli: the one-shot outputs: entries as wrapped text, the code list, the
 * sources, the compare, and JSON; cli_run makes one run of them, with the
 * explanations of what shows nothing (explain.h). Everything it prints
 * comes from the catalog (already sanitized) or is our own text; in a
 * non-UTF-8 locale all of it goes through tl_ascii. No curses here. */
#ifndef CLI_H
#define CLI_H

#include <stdbool.h>
#include <stdio.h>

#include "catalog.h"
#include "compare.h"
#include "query.h"

struct out {
	FILE *f;
	unsigned width;   /* columns to wrap at */
	bool color;       /* SGR colors and attributes */
	bool ascii;       /* the terminal's charset is not UTF-8 */
};

/* The selected entries: for each hit, the code's visible matching entries
 * (and, when q asks for a whole class like 4xx, the visible class
 * definitions). Returns how many entries were printed. */
size_t cli_entries(struct out *o, const struct catalog *c, const struct query *q,
                   const struct filter *f, const struct hit *hits, size_t n);

/* One line per hit: code, best name, marks. */
void cli_list(struct out *o, const struct catalog *c, const struct filter *f,
              const struct hit *hits, size_t n);

/* One line (wrapped) per hit with more than one name: code, "rename" when
 * every name belongs to the same vendor groups or "clash" when names come
 * from different ones, and the names (with their groups for a clash). */
void cli_conflicts(struct out *o, const struct catalog *c, const struct filter *f,
                   const struct hit *hits, size_t n);

/* The compare's columns side by side, " | " between them, as many as fit
 * in the width (the rest in further bands); the words a column's
 * neighbour lacks in color, or between [+ +] without color, when marks
 * says so (compare_marked). JSON has every column's differing words, and
 * whether the columns are different meanings ("clash"). */
void cli_compare(struct out *o, const struct compare *cmp, enum compare_marks marks);
void cli_json_compare(struct out *o, const struct compare *cmp);

/* Provenance of every source (visible through f). */
void cli_sources(struct out *o, const struct catalog *c, const struct filter *f);

/* The same as JSON: an array of entry objects (returns how many), or of
 * source objects. */
size_t cli_json_entries(struct out *o, const struct catalog *c, const struct query *q,
                        const struct filter *f, const struct hit *hits, size_t n);
void cli_json_sources(struct out *o, const struct catalog *c, const struct filter *f);

/* A one-shot run: what the command line asked for. All borrowed. */
struct cli_job {
	const struct query *q;          /* the selections and words (empty: all) */
	const struct filter_spec *spec; /* the filters as typed: what the
	                                   explanations name */
	int compare;                    /* --compare's code, or -1 */
	bool list, json, sources;       /* --conflicts: f's */
	enum compare_marks diff;        /* --compare's marks (--diff) */
};

/* Print what job asks for to out, under f (job->spec applied): the
 * entries, the list (the names with f->conflicts), JSON, the sources, or
 * the compare; then why each code, mask or range asked for shows nothing
 * (explain.h), on stderr where stdout must stay JSON or one line per
 * code. The exit status: 0 when an entry (or a code, a source, a column)
 * was printed, 1 when none was. */
int cli_run(struct out *out, const struct catalog *c, const struct filter *f,
            const struct cli_job *job);

#endif
