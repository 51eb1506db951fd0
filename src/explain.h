/* explain: why a code, a mask or a range asked for shows nothing, in the
 * sentences the one-shot outputs print: no source defines it (and what its
 * class means, or that it is no class), or the filters hide it (naming the
 * parts of the filter as typed that do: "--hide nginx"), or --conflicts
 * hides it, or none of its entries has the words searched for.
 *
 * Every function returns malloc'd text that the caller frees: one or more
 * sentences, in paragraphs separated by a blank line ("\n\n"), which the
 * one-shot output prints each on a line of its own (wrapped). Nothing is
 * printed here. No curses. */
#ifndef EXPLAIN_H
#define EXPLAIN_H

#include <stdbool.h>
#include <stddef.h>

#include "catalog.h"
#include "query.h"

/* What a run asked for and how it filtered; all borrowed. */
struct explain_run {
	const struct catalog *c;
	const struct filter_spec *spec; /* the filters as typed; one that applies
	                                   (filter_spec_apply gave 0) */
	const struct filter *f;         /* spec applied over the defaults */
	const struct query *q;          /* the words searched for; NULL: none */
};

/* Did anything of sel show: one of the hits (query_run's under r's query
 * and filter), or, with classes (the output prints class records: the
 * entries and JSON do, the list does not), the class records of a whole
 * class (4xx)? Then there is nothing to explain. */
bool explain_shown(const struct explain_run *r, const struct selector *sel, bool classes,
                   const struct hit *hits, size_t n);

/* Why sel (a code, a mask or a range) shows nothing. For one code:
 * explain_missing or explain_hidden; for a mask or a range, in one
 * sentence: explain_empty or explain_hidden_sel. classes: as above. */
char *explain_selector(const struct explain_run *r, const struct selector *sel, bool classes);

/* The same for one code (--compare's). */
char *explain_code(const struct explain_run *r, int code);

/* The sentences, given what is known.
 * explain_missing: a well-formed code no source defines; what its class
 *   means, from the first class record with a text, or that it is none.
 * explain_hidden: a code that has entries, none shown; why is a clause
 *   ("the filters hide it (--hide nginx)").
 * explain_empty: a mask or a range (290-299, 6xx) in which no source
 *   defines a code, with what its class means, or that it is none.
 * explain_hidden_sel: a mask or a range that has entries, none shown;
 *   why as above ("the filters hide them (--hide nginx)"). */
char *explain_missing(const struct catalog *c, int code);
char *explain_hidden(int code, const char *why);
char *explain_empty(const struct catalog *c, const struct selector *sel);
char *explain_hidden_sel(const struct selector *sel, const char *why);

#endif
