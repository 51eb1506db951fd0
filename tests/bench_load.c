/* bench_load: in-process costs of having the data, printed, never judged.
 *   embedded  the compiled-in catalog: nothing to load; touching every
 *             string of every record once (page-ins) is the whole cost
 *   parsed    the same data files parsed, checked, folded and indexed at run
 *             time, as a user's own files would be
 * Usage: build/bench_load data/sources.rec data/<source>.rec ... */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "catalog.h"
#include "helpers.h"
#include "recfile.h"
#include "util.h"

#define RUNS 200

static size_t touch(const struct entry *es, size_t n)
{
	size_t sum = 0;

	for (size_t i = 0; i < n; i++)
		sum += strlen(es[i].name) + strlen(es[i].text) + strlen(es[i].ftext);
	return sum;
}

static double parse_once(int n, char **paths)
{
	struct rec_file *files = xcalloc((size_t)n, sizeof(*files));
	enum cb_kind *kinds = xcalloc((size_t)n, sizeof(*kinds));
	char err[RF_ERRLEN];
	struct catalog c;
	double t0 = now_us(), t;

	for (int i = 0; i < n; i++) {
		if (recfile_load(paths[i], &files[i], err) < 0)
			die("%s", err);
		kinds[i] = i ? CB_EMBEDDED : CB_SOURCES;
	}
	if (catalog_build(&c, NULL, files, (const char *const *)paths, kinds, (size_t)n, err) < 0)
		die("%s", err);
	t = now_us() - t0;
	catalog_free(&c);
	for (int i = 0; i < n; i++)
		recfile_free(&files[i]);
	free(files);
	free(kinds);
	return t;
}

int main(int argc, char **argv)
{
	const struct catalog *c = &embedded_catalog;
	double t0 = now_us(), first, v[RUNS];
	size_t bytes = touch(c->entries, c->nentries) + touch(c->classes, c->nclasses);

	first = now_us() - t0;
	for (int r = 0; r < RUNS; r++) {
		t0 = now_us();
		bytes += touch(c->entries, c->nentries) + touch(c->classes, c->nclasses);
		v[r] = now_us() - t0;
	}
	printf("load, embedded: static tables, no work at start; first touch of all %zu records"
	       " %.1f us, then %.1f us (goal: under 300 us)\n",
	       c->nentries + c->nclasses, first, median(v, RUNS));
	if (argc > 1) {
		for (int r = 0; r < RUNS / 4; r++)
			v[r] = parse_once(argc - 1, argv + 1);
		printf("load, parsing data/*.rec at run time instead: %.0f us (median of %d)\n",
		       median(v, RUNS / 4), RUNS / 4);
	}
	return bytes == 0;
}
