/* bench_search: the browser's search, per keystroke, printed, never judged.
 * For the embedded table and for each data file given (generated ones of
 * 10k and 100k entries in make bench), a query is typed key by key into
 * the browser's state (app_key: parse, search, tree, list, description)
 * and each keystroke is timed; so is the bare search (query_run) of the
 * final query over everything.
 *   build/bench_search [file.rec ...] */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "app_int.h"
#include "helpers.h"
#include "recfile.h"
#include "screen_compare.h"
#include "util.h"

static const char *const typed[] = { "timeout", "request uri", "legal teapot" };

static void bench_catalog(const char *label, const struct catalog *c)
{
	double keys[256], bare[20], max = 0;
	size_t nk = 0;
	struct hit *hits;
	struct query q;
	struct filter all;
	char err[QUERY_ERRLEN];

	for (size_t t = 0; t < sizeof(typed) / sizeof(typed[0]); t++) {
		struct app a;

		app_init(&a, c, NULL, false);
		app_resize(&a, 40, 120);
		app_key(&a, '/');
		for (const char *p = typed[t]; *p && nk < 256; p++) {
			double t0 = now_us();

			app_key(&a, *p);
			keys[nk] = now_us() - t0;
			if (keys[nk] > max)
				max = keys[nk];
			nk++;
		}
		app_free(&a);
	}
	if (query_parse("legal teapot", false, &q, err) < 0)
		die("%s", err);
	filter_init(&all);
	for (int r = 0; r < 20; r++) {
		double t0 = now_us();

		query_run(c, &q, &all, &hits);
		bare[r] = now_us() - t0;
		free(hits);
	}
	query_free(&q);
	printf("search, %s (%zu entries): %.1f us per keystroke typed in the browser (median of %zu;"
	       " max %.1f us), %.1f us for the bare search of everything\n", label, c->nentries,
	       median(keys, nk), nk, max, median(bare, 20));
}

static void bench_file(const char *path)
{
	struct rec_file rf;
	struct catalog c;
	enum cb_kind kind = CB_USER;
	char err[RF_ERRLEN];
	double t0 = now_us(), load;

	if (recfile_load(path, &rf, err) < 0 ||
	    catalog_build(&c, &embedded_catalog, &rf, &path, &kind, 1, err) < 0)
		die("%s", err);
	load = now_us() - t0;
	recfile_free(&rf);
	printf("load, %s: %.0f ms to parse, check, fold and index\n", path, load / 1000);
	bench_catalog(path, &c);
	catalog_free(&c);
}

/* The widest comparison: every entry of the code with the most, laid out
 * at 200 columns: diffs, wrapping and highlights, as the compare view
 * builds them. */
static void bench_compare(void)
{
	const struct catalog *c = &embedded_catalog;
	const struct code_info *most = &c->codes[0];
	const struct entry **es;
	double t[50];
	struct app a;
	char code[8];

	for (size_t i = 0; i < c->ncodes; i++)
		if (c->codes[i].count > most->count)
			most = &c->codes[i];
	es = xcalloc(most->count, sizeof(*es));
	for (unsigned k = 0; k < most->count; k++)
		es[k] = &c->entries[most->first + k];
	app_init(&a, c, NULL, false);
	app_resize(&a, 50, 200);
	snprintf(code, sizeof(code), "%03d", most->code);
	for (int i = 0; i < 3; i++)
		app_key(&a, code[i]);
	app_key(&a, 'c');
	for (int r = 0; r < 50; r++) {
		double t0 = now_us();

		compare_screen_show(&a, es, most->count);
		t[r] = now_us() - t0;
	}
	printf("compare, all %u entries of %03d at 200 columns: %.0f us to diff and lay out"
	       " (median of 50; goal: under 2 ms)\n", most->count, most->code, median(t, 50));
	app_free(&a);
	free(es);
}

int main(int argc, char **argv)
{
	bench_compare();
	bench_catalog("embedded table", &embedded_catalog);
	for (int i = 1; i < argc; i++)
		bench_file(argv[i]);
	return 0;
}
