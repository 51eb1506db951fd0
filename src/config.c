#include "config.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "recfile.h"
#include "textlayout.h"
#include "util.h"

void config_path(char *buf, size_t size)
{
	const char *xdg = getenv("XDG_CONFIG_HOME"), *home = getenv("HOME");

	if (xdg && xdg[0] == '/')
		snprintf(buf, size, "%s/httpcodes/filters.rec", xdg);
	else if (home && home[0])
		snprintf(buf, size, "%s/.config/httpcodes/filters.rec", home);
	else
		buf[0] = '\0';
}

static int yes_no(const struct rec_field *fl, bool *out)
{
	if (strcmp(fl->value, "yes") == 0)
		*out = true;
	else if (strcmp(fl->value, "no") == 0)
		*out = false;
	else
		return -1;
	return 0;
}

/* Space-separated source ids: the sources shown. */
static int set_sources(struct filter *f, const struct catalog *c, const char *v, char *err)
{
	char *copy = xstrdup(v), *save = NULL;

	free(f->sources);
	f->sources = xcalloc(c->nsources, 1);
	f->nsources = c->nsources;
	for (char *id = strtok_r(copy, " ", &save); id; id = strtok_r(NULL, " ", &save)) {
		int i = catalog_source_index(c, id);

		if (i < 0) {
			snprintf(err, RF_ERRLEN, "unknown source '%.40s'", id);
			free(copy);
			return -1;
		}
		f->sources[i] = 1;
	}
	free(copy);
	return 0;
}

static int read_field(const struct rec_field *fl, const struct catalog *c, struct filter *f,
		      char *err)
{
	char qerr[QUERY_ERRLEN];

	if (strcmp(fl->name, "Hide") == 0) {
		char *list = xstrdup(fl->value), *save = NULL;
		int rc = 0;

		for (char *g = strtok_r(list, " ", &save); g && rc == 0; g = strtok_r(NULL, " ", &save))
			rc = filter_hide_vendors(f, g, false, qerr);
		free(list);
		if (rc < 0)
			snprintf(err, RF_ERRLEN, "%.400s", qerr);
		return rc;
	}
	if (strcmp(fl->name, "Sources") == 0)
		return set_sources(f, c, fl->value, err);
	if (strcmp(fl->name, "Standard") == 0 && yes_no(fl, &f->standard) == 0)
		return 0;
	if (strcmp(fl->name, "Conflicts") == 0 && yes_no(fl, &f->conflicts) == 0)
		return 0;
	if (strcmp(fl->name, "Standard") == 0 || strcmp(fl->name, "Conflicts") == 0)
		snprintf(err, RF_ERRLEN, "%s takes yes or no", fl->name);
	else
		snprintf(err, RF_ERRLEN, "unknown field '%s' (Hide, Sources, Standard, Conflicts)",
			 fl->name);
	return -1;
}

/* "why (path:line)" into err (line 0: none): the reason first, so that a
 * status bar too narrow for it all loses the path, not the reason. */
static void load_error(char *err, const char *path, unsigned line, const char *why)
{
	char *shown = recfile_display_name(path);

	if (line)
		snprintf(err, RF_ERRLEN, "%.280s (%.200s:%u)", why, shown, line);
	else
		snprintf(err, RF_ERRLEN, "%.280s (%.200s)", why, shown);
	free(shown);
}

/* recfile_load's "path:line: why" or "path: why", turned around. */
static void reorder_error(char *err, const char *path)
{
	char *shown = recfile_display_name(path), why[RF_ERRLEN];
	size_t n = strlen(shown), digits;
	unsigned line = 0;
	const char *rest = err + n;

	if (strncmp(err, shown, n) != 0 || rest[0] != ':') {
		free(shown);
		return;         /* not the form it documents: as it is */
	}
	free(shown);
	rest++;
	digits = strspn(rest, "0123456789");
	if (digits && rest[digits] == ':') {
		line = (unsigned)strtoul(rest, NULL, 10);
		rest += digits + 1;
	}
	snprintf(why, sizeof(why), "%s", rest + (rest[0] == ' '));
	load_error(err, path, line, why);
}

int config_load(const char *path, const struct catalog *c, struct filter *f, char *err)
{
	struct rec_file rf;
	struct filter nf;
	char why[RF_ERRLEN];
	int rc = 0;

	if (!path[0] || access(path, F_OK) != 0)
		return 1;
	if (recfile_load(path, &rf, err) < 0) {
		reorder_error(err, path);
		return -1;
	}
	filter_init(&nf);
	if (rf.nrecords > 1) {
		load_error(err, path, rf.records[1].line, "one record expected");
		rc = -1;
	}
	for (size_t i = 0; rc == 0 && rf.nrecords && i < rf.records[0].nfields; i++) {
		const struct rec_field *fl = &rf.records[0].fields[i];

		if (read_field(fl, c, &nf, why) < 0) {
			load_error(err, path, fl->line, why);
			rc = -1;
		}
	}
	recfile_free(&rf);
	if (rc < 0) {
		filter_free(&nf);
		return -1;
	}
	filter_free(f);
	*f = nf;
	return 0;
}

/* ---- the user's data files ------------------------------------------------- */

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every *.rec in $XDG_DATA_HOME/httpcodes (default ~/.local/share), sorted,
 * appended to *paths. A missing directory is fine; an unreadable one is
 * not: -1 with "dir: why" in err. */
static int xdg_files(char ***paths, size_t *n, char *err)
{
	const char *xdg = getenv("XDG_DATA_HOME"), *home = getenv("HOME");
	char *dir;
	DIR *d;
	struct dirent *de;
	size_t first = *n;

	if (xdg && xdg[0] == '/')
		dir = xasprintf("%s/httpcodes", xdg);
	else if (home && home[0])
		dir = xasprintf("%s/.local/share/httpcodes", home);
	else
		return 0;
	d = opendir(dir);
	if (!d) {
		int e = errno;
		char *name = tl_quote(dir, strlen(dir), 48);

		if (e != ENOENT && e != ENOTDIR)
			snprintf(err, RF_ERRLEN, "%s: %s", name, strerror(e));
		free(name);
		free(dir);
		return e != ENOENT && e != ENOTDIR ? -1 : 0;
	}
	while ((de = readdir(d)) != NULL) {
		size_t l = strlen(de->d_name);

		if (l < 5 || de->d_name[0] == '.' || strcmp(de->d_name + l - 4, ".rec") != 0)
			continue;
		*paths = xreallocarray(*paths, *n + 1, sizeof(**paths));
		(*paths)[(*n)++] = xasprintf("%s/%s", dir, de->d_name);
	}
	closedir(d);
	if (*n > first)
		qsort(*paths + first, *n - first, sizeof(**paths), cmp_str);
	free(dir);
	return 0;
}

/* Drop every path that names a file an earlier one names (the same device
 * and inode: --data ~/.local/share/httpcodes/x.rec, a link, a path given
 * twice), so that a file is read once. A path stat cannot follow stays:
 * loading it says why. */
static void drop_same_files(char **paths, size_t *n)
{
	struct stat *st = xcalloc(*n ? *n : 1, sizeof(*st));
	bool *known = xcalloc(*n ? *n : 1, sizeof(*known));
	size_t k = 0;

	for (size_t i = 0; i < *n; i++) {
		bool seen = false;

		known[k] = stat(paths[i], &st[k]) == 0;
		for (size_t j = 0; j < k && known[k]; j++)
			seen |= known[j] && st[j].st_dev == st[k].st_dev && st[j].st_ino == st[k].st_ino;
		if (seen)
			free(paths[i]);
		else
			paths[k++] = paths[i];
	}
	*n = k;
	free(st);
	free(known);
}

/* The files read: the --data ones, then the XDG ones, each once.
 * Malloc'd, as its paths; -1 with err when the directory is unreadable. */
static int data_files(const char *const *data, size_t ndata, char ***paths, size_t *n,
		      char *err)
{
	*paths = NULL;
	*n = 0;
	for (size_t i = 0; i < ndata; i++) {
		*paths = xreallocarray(*paths, *n + 1, sizeof(**paths));
		(*paths)[(*n)++] = xstrdup(data[i]);
	}
	if (xdg_files(paths, n, err) < 0)
		return -1;
	drop_same_files(*paths, n);
	return 0;
}

/* Read the files and merge them into the embedded catalog: 0, or -1
 * with the first error in err, fit for the locale. */
static int load_files(char **paths, size_t n, struct catalog *c, char *err)
{
	struct rec_file *files = xcalloc(n, sizeof(*files));
	enum cb_kind *kinds = xcalloc(n, sizeof(*kinds));
	bool failed = false;

	for (size_t i = 0; i < n && !failed; i++) {
		failed = recfile_load(paths[i], &files[i], err) < 0;
		kinds[i] = CB_USER;
	}
	failed = failed || catalog_build(c, &embedded_catalog, files, (const char *const *)paths,
					 kinds, n, err) < 0;
	for (size_t i = 0; i < n; i++)
		recfile_free(&files[i]);
	free(files);
	free(kinds);
	if (failed)
		util_for_locale(err);
	return failed ? -1 : 0;
}

int config_load_catalog(const char *const *data, size_t ndata, struct catalog *c, char *err)
{
	char **paths;
	size_t n;
	int rc = data_files(data, ndata, &paths, &n, err);

	if (rc == 0 && !n)
		*c = embedded_catalog;
	else if (rc == 0)
		rc = load_files(paths, n, c, err);
	/* freed before the caller dies: a leak checker finds nothing lost */
	for (size_t i = 0; i < n; i++)
		free(paths[i]);
	free(paths);
	return rc;
}

/* ---- the browser's filters ------------------------------------------------- */

/* mkdir -p of the directory part of path. */
static int make_dirs(const char *path)
{
	char *d = xstrdup(path);

	for (char *p = d + 1; *p; p++) {
		if (*p != '/')
			continue;
		*p = '\0';
		if (mkdir(d, 0755) < 0 && errno != EEXIST) {
			free(d);
			return -1;
		}
		*p = '/';
	}
	free(d);
	return 0;
}

static void write_filter(FILE *out, const struct catalog *c, const struct filter *f)
{
	fputs("# httpcodes: the browser's filters, saved with w in its filters panel\n", out);
	fputs("Hide:", out);
	for (int v = 0; v < VENDOR_COUNT; v++)
		if (!(f->vendors & VENDOR_BIT(v)))
			fprintf(out, " %s", vendor_ids[v]);
	fputc('\n', out);
	if (f->sources) {
		fputs("Sources:", out);
		for (size_t i = 0; i < c->nsources; i++)
			if (i < f->nsources && f->sources[i])
				fprintf(out, " %s", c->sources[i].id);
		fputc('\n', out);
	}
	fprintf(out, "Standard: %s\nConflicts: %s\n", f->standard ? "yes" : "no",
		f->conflicts ? "yes" : "no");
}

int config_save(const char *path, const struct catalog *c, const struct filter *f, char *err)
{
	char *tmp = xasprintf("%s.tmp", path);
	FILE *out;
	int rc = -1;

	if (!path[0]) {
		snprintf(err, RF_ERRLEN, "nowhere to save: set HOME or XDG_CONFIG_HOME");
		free(tmp);
		return -1;
	}
	if (make_dirs(path) < 0 || !(out = fopen(tmp, "w"))) {
		snprintf(err, RF_ERRLEN, "%s: %s", path, strerror(errno));
		free(tmp);
		return -1;
	}
	write_filter(out, c, f);
	if (fclose(out) == 0 && rename(tmp, path) == 0)
		rc = 0;
	else
		snprintf(err, RF_ERRLEN, "%s: %s", path, strerror(errno));
	if (rc < 0)
		unlink(tmp);
	free(tmp);
	return rc;
}
