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

/* ---- why a code or a mask shows nothing ------------------------------------ */

/* The entries a selection asks for: v is malloc'd, the entries the catalog's. */
struct asked {
	const struct entry **v;
	size_t n;
};

/* Every entry of the codes sel matches and, with classes, the class
 * records of the class a whole-class mask names. a->v is malloc'd. */
static void asked_entries(const struct catalog *c, const struct selector *sel, bool classes,
			  struct asked *a)
{
	int d = classes ? selector_class(sel) : -1;

	a->v = xcalloc(c->nentries + c->nclasses + 1, sizeof(*a->v));
	a->n = 0;
	for (size_t i = 0; i < c->nclasses; i++)
		if (d >= 0 && c->classes[i].code == d * 100)
			a->v[a->n++] = &c->classes[i];
	for (size_t i = 0; i < c->ncodes; i++) {
		const struct code_info *ci = &c->codes[i];

		if (selector_match(sel, ci->code))
			for (unsigned k = ci->first; k < ci->first + ci->count; k++)
				a->v[a->n++] = &c->entries[k];
	}
}

/* How many of the entries the parts i of the spec with use[i] let
 * through. (The spec applies: opts_filter applied it already.) */
static size_t visible_through(const struct filter_spec *s, const struct catalog *c,
			      const struct asked *a, const bool *use)
{
	char err[QUERY_ERRLEN];
	struct filter f;
	size_t n = 0;

	filter_init(&f);
	if (filter_spec_apply(s, use, c, &f, err) == 0)
		for (size_t k = 0; k < a->n; k++)
			n += filter_entry(&f, c, a->v[k]);
	filter_free(&f);
	return n;
}

/* Does part i hide some of the entries alone (with the parts it adds up
 * with: repeated --only and --source), or would some show without it? */
static bool hides_some(const struct filter_spec *s, const struct catalog *c,
		       const struct asked *a, size_t i, bool *use)
{
	enum filter_part_kind kind = s->parts[i].kind;
	bool alone, without;

	for (size_t k = 0; k < s->nparts; k++)
		use[k] = k == i || (s->parts[k].kind == kind && kind != FILTER_HIDE);
	alone = visible_through(s, c, a, use) < a->n;
	for (size_t k = 0; k < s->nparts; k++)
		use[k] = k != i;
	without = visible_through(s, c, a, use) > 0;
	return alone || without;
}

/* The parts that hide the entries, as typed ("--hide nginx --hide
 * esri"), --standard last; malloc'd, "" when no one of them can be
 * named. (--conflicts hides codes, not entries: why_hidden says so.) */
static char *hiding_parts(const struct filter_spec *s, const struct catalog *c,
			  const struct asked *a)
{
	bool *use = xcalloc(s->nparts + 1, sizeof(*use));
	char *list = xstrdup("");

	for (int flags = 0; flags < 2; flags++)
		for (size_t i = 0; i < s->nparts; i++) {
			enum filter_part_kind kind = s->parts[i].kind;
			char *part, *more;

			if (kind == FILTER_CONFLICTS || (kind == FILTER_STANDARD) != flags ||
			    !hides_some(s, c, a, i, use))
				continue;
			part = filter_part_text(&s->parts[i]);
			more = xasprintf("%s%s%s", list, list[0] ? " " : "", part);
			free(part);
			free(list);
			list = more;
		}
	free(use);
	return list;
}

/* Why entries that exist show nothing, as a clause about one code ("the
 * filters hide it (--hide nginx)") or, with many, about several: the
 * filters hide them all (and which), or none that shows has the words
 * searched for, or --conflicts hides the codes. Malloc'd. */
static char *why_hidden(const struct filter_spec *spec, const struct catalog *c,
			const struct query *q, const struct filter *f, const struct asked *a, bool many)
{
	bool visible = false, matching = false;
	char *by, *why;

	for (size_t k = 0; k < a->n; k++) {
		bool v = filter_entry(f, c, a->v[k]);

		visible |= v;
		matching |= v && (!q || a->v[k]->is_class || query_rank(q, a->v[k]) >= 0);
	}
	if (!visible) {
		by = hiding_parts(spec, c, a);
		why = xasprintf("the filters hide %s%s%s%s", many ? "them" : "it", by[0] ? " (" : "", by,
				by[0] ? ")" : "");
		free(by);
		return why;
	}
	if (!matching)
		return xstrdup(many ? "none has the words searched for"
			       : "none of its entries has the words searched for");
	if (f->conflicts)
		return xstrdup(many ? "--conflicts hides them: no code there has two names"
			       : "--conflicts hides it: its visible entries give it one name");
	return xasprintf("the filters hide %s", many ? "them" : "it");
}

/* Say why code, asked for, shows nothing: no source defines it, or the
 * filters hide all its entries (and which), or --conflicts hides it, or
 * none of its entries has the words searched for. */
static void explain_code(struct out *out, const struct filter_spec *spec, const struct catalog *c,
			 const struct query *q, const struct filter *f, int code)
{
	struct selector sel = { .lo = (short)code, .hi = (short)code };
	struct asked a;
	char *why;

	asked_entries(c, &sel, false, &a);
	if (!a.n) {
		cli_explain_missing(out, c, code);
	} else {
		why = why_hidden(spec, c, q, f, &a, false);
		cli_explain_hidden(out, code, why);
		free(why);
	}
	free(a.v);
}

/* The same for a mask or a range, in one line. */
static void explain_selector(struct out *out, const struct filter_spec *spec, const struct catalog *c,
			     const struct query *q, const struct filter *f,
			     const struct selector *sel, bool classes)
{
	struct asked a;
	char *why;

	asked_entries(c, sel, classes, &a);
	if (!a.n) {
		cli_explain_empty(out, c, sel);
	} else {
		why = why_hidden(spec, c, q, f, &a, true);
		cli_explain_hidden_sel(out, sel, why);
		free(why);
	}
	free(a.v);
}

/* Did anything of sel show: one of the hits, or (with classes, as the
 * entries and JSON print them) the class records of a whole class? */
static bool sel_shown(const struct catalog *c, const struct filter *f, const struct selector *sel,
		      bool classes, const struct hit *hits, size_t n)
{
	int d = classes && !f->conflicts ? selector_class(sel) : -1;

	for (size_t h = 0; h < n; h++)
		if (selector_match(sel, c->codes[hits[h].code].code))
			return true;
	for (size_t i = 0; d >= 0 && i < c->nclasses; i++)
		if (c->classes[i].code == d * 100 && filter_entry(f, c, &c->classes[i]))
			return true;
	return false;
}

/* The codes, masks and ranges asked for that nothing shows, after what
 * was printed (a blank line between), each explained. classes: the output
 * prints class records. Returns how many. */
static size_t explain_missing(struct out *out, const struct opts *o, const struct catalog *c,
			      const struct query *q, const struct filter *f,
			      const struct hit *hits, size_t n, size_t printed, bool classes)
{
	size_t said = 0;

	for (size_t i = 0; i < q->nsels; i++) {
		const struct selector *s = &q->sels[i];
		int code = s->mask[0] && !strchr(s->mask, '?') ? atoi(s->mask)
			: !s->mask[0] && s->lo == s->hi ? s->lo : -1;

		if (sel_shown(c, f, s, classes, hits, n))
			continue;
		if (printed++)
			putc('\n', out->f);
		if (code >= 0)
			explain_code(out, &o->spec, c, q, f, code);
		else
			explain_selector(out, &o->spec, c, q, f, s, classes);
		said++;
	}
	return said;
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
		explain_code(o->json ? &(struct out){ stderr, out->width, false, out->ascii } : out,
			     &o->spec, c, NULL, f, code);
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
		said = explain_missing(&(struct out){ stderr, out->width, false, out->ascii }, o, c, &q,
				       f, hits, n, 0, !o->list);
	else
		said = explain_missing(out, o, c, &q, f, hits, n, printed, true);
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
