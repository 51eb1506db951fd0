/* httpcodes: what the references say about HTTP status codes.
 *
 * main: options, locale, loading user data, and the choice of mode. Every
 * error of the command line or of a data file is found before anything is
 * printed, so a failed run prints nothing on stdout and one line on stderr. */
#include <dirent.h>
#include <stdarg.h>
#include <errno.h>
#include <getopt.h>
#include <langinfo.h>
#include <locale.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "catalog.h"
#include "cli.h"
#include "compare.h"
#include "config.h"
#include "explain.h"
#include "opts.h"
#include "query.h"
#include "recfile.h"
#include "textlayout.h"
#include "ui.h"
#include "util.h"

/* ---- output ----------------------------------------------------------------- */

static void setup_out(const struct opts *o, struct out *out)
{
	const char *nc = getenv("NO_COLOR"), *term = getenv("TERM");
	bool tty = isatty(STDOUT_FILENO);
	struct winsize ws;

	out->f = stdout;
	out->width = o->width ? o->width : 80;
	if (!o->width && tty && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0 && ws.ws_col)
		out->width = ws.ws_col < 20 ? 20 : ws.ws_col > 1000 ? 1000 : ws.ws_col;
	/* --ascii means no colors here too, as in the browser, whatever --color says */
	out->color = !o->ascii && (o->color == COLOR_ALWAYS || (o->color == COLOR_AUTO && tty &&
		     !(nc && nc[0]) && !(term && strcmp(term, "dumb") == 0)));
	out->ascii = o->ascii || strcmp(nl_langinfo(CODESET), "UTF-8") != 0;
}

/* --compare CODE: the default columns, or every visible entry of the
 * sources --source names. */
static int run_compare(const struct opts *o, const struct catalog *c, const struct filter *f,
		       struct out *out)
{
	const struct code_info *ci;
	struct code_info facts;
	struct compare cmp;
	int code = opts_compare_code(o);

	ci = catalog_code(c, code);
	if (ci) {   /* its name as the filters leave it */
		query_code_facts(c, f, ci, &facts);
		ci = &facts;
	}
	if (ci && f->sources) {
		const struct entry **es = xcalloc(ci->count, sizeof(*es));
		size_t n = 0;

		for (unsigned k = ci->first; k < ci->first + ci->count; k++)
			if (filter_entry(f, c, &c->entries[k]))
				es[n++] = &c->entries[k];
		compare_set(&cmp, c, ci, es, n);
		free(es);
	} else if (ci) {
		compare_default(&cmp, c, ci, f);
	}
	if (!ci || !cmp.ncols) {
		if (ci)
			compare_free(&cmp);
		if (o->json)
			fputs("{}\n", out->f);
		cli_explain_code(o->json ? &(struct out){ stderr, out->width, false, out->ascii } : out,
				 &(struct explain_run){ c, &o->spec, f, NULL }, code);
		return 1;
	}
	if (o->json)
		cli_json_compare(out, &cmp);
	else
		cli_compare(out, &cmp);
	compare_free(&cmp);
	return 0;
}

static int run(const struct opts *o, const struct catalog *c, const struct filter *f,
	       struct out *out)
{
	struct query q;
	struct hit *hits;
	size_t n, printed, said = 0;

	if (o->compare)
		return run_compare(o, c, f, out);
	if (o->sources) {
		if (o->json)
			cli_json_sources(out, c, f);
		else
			cli_sources(out, c, f);
		return 0;
	}
	opts_query(o, &q);
	n = query_run(c, &q, f, &hits);
	printed = n;      /* lines of the list; entries (class records too) else */
	if (o->list && f->conflicts)
		cli_conflicts(out, c, f, hits, n);
	else if (o->list)
		cli_list(out, c, f, hits, n);
	else if (o->json)
		printed = cli_json_entries(out, c, &q, f, hits, n);
	else
		printed = cli_entries(out, c, &q, f, hits, n);
	/* JSON keeps stdout JSON, and the list one line per code: the
	 * explanations go to stderr */
	if (o->json || o->list)
		said = cli_explain_missing(&(struct out){ stderr, out->width, false, out->ascii },
					   &(struct explain_run){ c, &o->spec, f, &q }, hits, n, 0,
					   !o->list);
	else
		said = cli_explain_missing(out, &(struct explain_run){ c, &o->spec, f, &q }, hits, n,
					   printed, true);
	if (!printed && !said)
		fprintf(stderr, "httpcodes: nothing matches\n");
	free(hits);
	query_free(&q);
	return printed ? 0 : 1;
}

/* The browser. Colors unless asked not to, NO_COLOR is set, --ascii is
 * given (ASCII bytes only: lines, glyphs, texts, and no color codes), or
 * the terminal has none (then attributes stand in). */
static int browse(const struct opts *o, const struct catalog *c, const struct out *out)
{
	const char *nc = getenv("NO_COLOR");
	struct ui_opts uo = {
		.color = !o->ascii && (o->color == COLOR_ALWAYS ||
				       (o->color == COLOR_AUTO && !(nc && nc[0]))),
		.ascii = out->ascii,
		.ascii_lines = o->ascii,
	};
	struct filter bf;
	char path[512], err[RF_ERRLEN];
	struct app a;
	int status, rc;

	/* the filters saved from the browser (w), then the command line's */
	filter_init(&bf);
	config_path(path, sizeof(path));
	rc = config_load(path, c, &bf, err);
	opts_filter(o, c, &bf);
	app_init(&a, c, &bf, out->ascii);
	filter_free(&bf);
	snprintf(a.config, sizeof(a.config), "%s", path);
	if (rc < 0) {
		size_t bad;

		snprintf(a.message, sizeof(a.message), "filters not loaded: %.139s", err);
		if (!tl_utf8_valid(a.message, strlen(a.message), &bad))
			a.message[bad] = '\0';  /* cut inside a character: before it */
	}
	status = ui_run(&a, &uo);
	app_free(&a);
	return status;
}

/* Has the reader of standard output gone (a closed pipe)? errno may no
 * longer say so when the write that failed was an earlier one. */
static bool stdout_gone(void)
{
	struct pollfd p = { .fd = STDOUT_FILENO, .events = POLLOUT };

	return errno == EPIPE || (poll(&p, 1, 0) == 1 && (p.revents & POLLERR));
}

/* Flush standard output. A write error is one (status 2), but for a reader
 * that went away: with SIGPIPE ignored the writes fail with EPIPE instead
 * of ending the program, and it then ends as SIGPIPE would have ended it,
 * quietly and with the same status (head, less quitting early). */
static void flush_stdout(void)
{
	sigset_t pipe_set;

	if (fflush(stdout) == 0 && !ferror(stdout))
		return;
	if (stdout_gone()) {
		signal(SIGPIPE, SIG_DFL);
		sigemptyset(&pipe_set);
		sigaddset(&pipe_set, SIGPIPE);
		sigprocmask(SIG_UNBLOCK, &pipe_set, NULL);
		raise(SIGPIPE);
	}
	die("write error: %s", strerror(errno));
}

int main(int argc, char **argv)
{
	struct opts o;
	struct catalog c;
	struct filter f;
	struct out out;
	char err[RF_ERRLEN];
	int status;

	setlocale(LC_CTYPE, "");
	opts_parse(&o, argc, argv);
	if (o.help) {
		fputs(opts_usage, stdout);
		flush_stdout();
		return 0;
	}
	if (o.version) {
		puts("httpcodes " HTTPCODES_VERSION);
		flush_stdout();
		return 0;
	}
	if (config_load_catalog((const char *const *)o.data, o.ndata, &c, err) < 0)
		die("%s", err);
	filter_init(&f);
	opts_filter(&o, &c, &f);
	setup_out(&o, &out);
	if (o.browse) {
		const char *why;

		if (ui_usable(&why))
			status = browse(&o, &c, &out);
		else {
			fprintf(stderr, "httpcodes: %s: printing the list (see httpcodes --help)\n", why);
			o.list = true;
			status = run(&o, &c, &f, &out);
		}
	} else {
		status = run(&o, &c, &f, &out);
	}
	flush_stdout();
	filter_free(&f);
	catalog_free(&c);
	opts_free(&o);
	return status;
}
