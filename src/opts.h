/* opts: the command line. The options, the usage text, and every usage
 * error: a bad option or argument, modes that cannot go together, an
 * unknown group or source, a query or a --compare code that is not one.
 * A usage error prints one line on stderr, "httpcodes: why (see httpcodes
 * --help)", and exits with status 2; main asks for everything that can
 * fail before anything is printed, so a failed run prints nothing on
 * stdout. The filters come out as a filter_spec (query.h), part by part as
 * typed, for the explanations to name. No curses here. */
#ifndef OPTS_H
#define OPTS_H

#include <stdbool.h>
#include <stddef.h>

#include "catalog.h"
#include "compare.h"
#include "query.h"

enum color_when { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };

struct opts {
	char *search;                   /* every -s's words, joined; NULL: none */
	const char *compare;            /* --compare CODE as typed; NULL: none */
	bool list;                      /* --list, or --conflicts alone */
	bool sources, json, help, version, ascii;
	bool no_pager;                  /* --no-pager: never through $PAGER */
	bool browse;                    /* no selection and no output asked for */
	enum color_when color;
	enum compare_marks diff;        /* --diff: --compare's marks */
	bool diff_given;
	unsigned width;                 /* 0: the terminal's, or 80 */
	const char **data;              /* --data files, in order */
	size_t ndata;
	struct filter_spec spec;        /* --hide, --only, --source, --standard,
	                                   --conflicts, as given */
	char **args;                    /* positional arguments */
	int nargs;
};

/* What --help prints. */
extern const char opts_usage[];

/* Read the command line into *o, and check the modes go together. The
 * strings it points to are argv's; the rest is o's, freed by opts_free. */
void opts_parse(struct opts *o, int argc, char **argv);
void opts_free(struct opts *o);

/* The spec over what f already has (the defaults, or the browser's saved
 * filters); an unknown group or source is a usage error. */
void opts_filter(const struct opts *o, const struct catalog *c, struct filter *f);

/* The query: -s's words and the positional arguments, or (without -s)
 * the positional arguments as codes, masks and ranges only; empty when
 * none. Not one is a usage error. The caller frees q (query_free). */
void opts_query(const struct opts *o, struct query *q);

/* --compare's code, -1 without --compare; a usage error when it is not
 * one status code. */
int opts_compare_code(const struct opts *o);

#endif
