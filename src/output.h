/* output: where a one-shot output goes (output.c). No curses. */
#ifndef OUTPUT_H
#define OUTPUT_H

#include <stddef.h>

#include "cli.h"
#include "opts.h"

/* The one-shot outputs' width (--width, else the terminal's, else
 * $COLUMNS, else 80; in 20..1000), colors and charset: the terminal's,
 * unless the options say. out->f is stdout. */
void output_setup(const struct opts *o, struct out *out);

/* An output that may go through a pager: output_begin points out->f at a
 * buffer when there is a pager to use ($PAGER, else less -FRX; not with
 * --no-pager, PAGER empty or cat, TERM=dumb, nor off a terminal);
 * output_end shows what it holds, through the pager when it takes more
 * rows than the terminal has (less one for the prompt), else (or when
 * the pager cannot start) on stdout, and points out->f back at stdout. */
struct paging {
	const char *cmd;        /* the pager, or NULL: straight to stdout */
	char *buf;
	size_t len;
};
void output_begin(const struct opts *o, struct out *out, struct paging *pg);
void output_end(struct out *out, struct paging *pg);

/* Flush standard output. A write error ends the run (status 2), but for
 * a reader that went away (a closed pipe): then it ends as SIGPIPE would
 * have ended it, quietly, even where SIGPIPE is ignored. */
void output_flush(void);

#endif
