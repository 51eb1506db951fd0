/* httpcodes: what the references say about HTTP status codes.
 *
 * main: the start and the end of a run. The locale, the command line
 * (opts), the user's data (config), then the browser or a one-shot output
 * (cli) where output says (a pager when it is longer than the terminal),
 * and the flush of standard output. Everything that can be wrong with the command
 * line or a data file is found before anything is printed, so that a
 * failed run prints nothing on stdout and one line on stderr: the parsing
 * is opts', the explanations explain's. */
#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "cli.h"
#include "config.h"
#include "opts.h"
#include "output.h"
#include "query.h"
#include "recfile.h"
#include "textlayout.h"
#include "ui.h"
#include "util.h"

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

/* ---- a run ------------------------------------------------------------------ */

/* The browser where the terminal can have it; else (or when a one-shot
 * output was asked for) the list or that output. */
static int run(const struct opts *o, const struct catalog *c, const struct filter *f,
	       struct out *out, struct cli_job *job)
{
	const char *why = NULL;
	struct paging pg;
	int status;

	if (o->browse && ui_usable(&why))
		return browse(o, c, out);
	if (o->browse) {
		fprintf(stderr, "httpcodes: %s: printing the list (see httpcodes --help)\n", why);
		job->list = true;
	}
	output_begin(o, out, &pg);
	status = cli_run(out, c, f, job);
	output_end(out, &pg);
	return status;
}

int main(int argc, char **argv)
{
	struct opts o;
	struct catalog c;
	struct filter f;
	struct query q;
	struct out out;
	struct cli_job job;
	char err[RF_ERRLEN];
	int status;

	setlocale(LC_CTYPE, "");
	opts_parse(&o, argc, argv);
	if (o.help || o.version) {
		fputs(o.help ? opts_usage : "httpcodes " HTTPCODES_VERSION "\n", stdout);
		output_flush();
		opts_free(&o);
		return 0;
	}
	if (config_load_catalog((const char *const *)o.data, o.ndata, &c, err) < 0)
		die("%s", err);
	filter_init(&f);
	opts_filter(&o, &c, &f);
	opts_query(&o, &q);
	job = (struct cli_job){ &q, &o.spec, opts_compare_code(&o), o.list, o.json, o.sources,
				o.diff };
	output_setup(&o, &out);
	status = run(&o, &c, &f, &out, &job);
	output_flush();
	query_free(&q);
	filter_free(&f);
	catalog_free(&c);
	opts_free(&o);
	return status;
}
