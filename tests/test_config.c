/* Tests of the browser's saved filters (src/config.c): where the file is
 * (XDG_CONFIG_HOME, HOME, neither), saving and reading back, a missing
 * file, every refusal of a bad file with its exact "path:line: message"
 * (the filter then unchanged), and saving where no directory can be made.
 * Every file lives in a fresh mkdtemp directory, removed after each test. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <cmocka.h>
#include <ftw.h>
#include <sys/stat.h>
#include <unistd.h>

#include "catalog.h"
#include "config.h"
#include "helpers.h"
#include "query.h"
#include "recfile.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))

static const struct catalog *const E = &embedded_catalog;

static const char header[] = "# httpcodes: the browser's filters, saved with w in its filters panel\n";
static const char known_groups[] = "(known: standard, webdav, nginx, microsoft, cloudflare, esri, "
	"google, apache, twitter, unofficial)";

/* ---- setup: a scratch directory, the environment put back --------------- */

struct env {
	char dir[64];           /* the scratch directory */
	char *xdg, *home;       /* the variables as they were (NULL: unset) */
};

static char *dup_env(const char *name)
{
	const char *v = getenv(name);

	return v ? strdup(v) : NULL;
}

static void put_env(const char *name, const char *v)
{
	if (v)
		setenv(name, v, 1);
	else
		unsetenv(name);
}

static int setup(void **state)
{
	struct env *e = calloc(1, sizeof(*e));

	if (!e)
		return -1;
	snprintf(e->dir, sizeof(e->dir), "/tmp/httpcodes-config-XXXXXX");
	if (!mkdtemp(e->dir)) {
		free(e);
		return -1;
	}
	e->xdg = dup_env("XDG_CONFIG_HOME");
	e->home = dup_env("HOME");
	*state = e;
	return 0;
}

static int remove_one(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st;
	(void)flag;
	(void)ftw;
	return remove(path);
}

static int teardown(void **state)
{
	struct env *e = *state;
	int rc = nftw(e->dir, remove_one, 16, FTW_DEPTH | FTW_PHYS);

	put_env("XDG_CONFIG_HOME", e->xdg);
	put_env("HOME", e->home);
	free(e->xdg);
	free(e->home);
	free(e);
	return rc;
}

/* ---- helpers ------------------------------------------------------------- */

/* dir/name in buf. */
static const char *in_dir(const struct env *e, const char *name, char *buf, size_t size)
{
	snprintf(buf, size, "%s/%s", e->dir, name);
	return buf;
}

static void write_file(const char *path, const char *text, size_t len)
{
	FILE *f = fopen(path, "wb");

	assert_non_null(f);
	assert_int_equal(fwrite(text, 1, len, f), len);
	assert_int_equal(fclose(f), 0);
}

static bool exists(const char *path)
{
	return access(path, F_OK) == 0;
}

/* Is source i shown by f? */
static bool source_shown(const struct filter *f, size_t i)
{
	return !f->sources || (i < f->nsources && f->sources[i]);
}

/* Do a and b show and hide the same things? */
static void assert_same_filter(const struct filter *a, const struct filter *b)
{
	assert_int_equal(a->vendors, b->vendors);
	assert_int_equal(a->standard, b->standard);
	assert_int_equal(a->conflicts, b->conflicts);
	for (size_t i = 0; i < E->nsources; i++) {
		if (source_shown(a, i) != source_shown(b, i))
			print_error("source %s differs\n", E->sources[i].id);
		assert_int_equal(source_shown(a, i), source_shown(b, i));
	}
}

/* A filter that is nothing like filter_init's: what a refused file must
 * leave alone. */
static void odd_filter(struct filter *f)
{
	char err[QUERY_ERRLEN] = "";

	filter_init(f);
	assert_int_equal(filter_hide_vendors(f, "esri,google", false, err), 0);
	assert_int_equal(filter_only_sources(f, E, "tcpipguide,cn-v1", err), 0);
	f->standard = true;
}

/* ---- where the file is ----------------------------------------------------- */

static void test_path_under_xdg_config_home(void **state)
{
	char buf[512];

	(void)state;
	setenv("XDG_CONFIG_HOME", "/x/conf", 1);
	setenv("HOME", "/home/u", 1);
	config_path(buf, sizeof(buf));
	assert_string_equal(buf, "/x/conf/httpcodes/filters.rec");
	unsetenv("HOME");
	config_path(buf, sizeof(buf));
	assert_string_equal(buf, "/x/conf/httpcodes/filters.rec");
}

/* Without XDG_CONFIG_HOME, or with one that is empty or relative (which
 * the XDG specification says to ignore), ~/.config. */
static void test_path_under_home(void **state)
{
	static const char *const xdg[] = { NULL, "", "relative/conf" };
	char buf[512];

	(void)state;
	setenv("HOME", "/home/u", 1);
	for (size_t i = 0; i < ARRAY_SIZE(xdg); i++) {
		put_env("XDG_CONFIG_HOME", xdg[i]);
		memset(buf, 'z', sizeof(buf));
		config_path(buf, sizeof(buf));
		assert_string_equal(buf, "/home/u/.config/httpcodes/filters.rec");
	}
}

static void test_path_nowhere(void **state)
{
	static const char *const home[] = { NULL, "" };
	char buf[512];

	(void)state;
	for (size_t i = 0; i < ARRAY_SIZE(home); i++) {
		unsetenv("XDG_CONFIG_HOME");
		put_env("HOME", home[i]);
		memset(buf, 'z', sizeof(buf));
		config_path(buf, sizeof(buf));
		assert_string_equal(buf, "");
		setenv("XDG_CONFIG_HOME", "relative", 1);
		config_path(buf, sizeof(buf));
		assert_string_equal(buf, "");
	}
}

/* ---- saving and reading back ------------------------------------------------- */

/* The file written for every kind of filter, exactly. */
static void test_save_writes_one_record(void **state)
{
	struct env *e = *state;
	struct filter f;
	char path[256], err[RF_ERRLEN] = "", *text;
	char want[1024];

	in_dir(e, "filters.rec", path, sizeof(path));
	filter_init(&f);
	assert_int_equal(config_save(path, E, &f, err), 0);
	assert_string_equal(err, "");
	text = slurp(path);
	assert_non_null(text);
	snprintf(want, sizeof(want), "%sHide:\nStandard: no\nConflicts: no\n", header);
	assert_string_equal(text, want);
	free(text);

	assert_int_equal(filter_hide_vendors(&f, "esri,nginx", false, err), 0);
	assert_int_equal(filter_only_sources(&f, E, "iana,wikipedia", err), 0);
	f.standard = true;
	f.conflicts = true;
	assert_int_equal(config_save(path, E, &f, err), 0);
	text = slurp(path);
	assert_non_null(text);
	snprintf(want, sizeof(want), "%sHide: nginx esri\nSources: wikipedia iana\n"
		 "Standard: yes\nConflicts: yes\n", header);
	assert_string_equal(text, want);
	free(text);
	filter_free(&f);
	/* no temporary file is left beside it */
	assert_false(exists(in_dir(e, "filters.rec.tmp", path, sizeof(path))));
}

static void test_save_then_load_gives_the_same_filter(void **state)
{
	static const struct {
		const char *hide, *sources;
		bool standard, conflicts;
		bool all_sources_off;
	} cases[] = {
		{ NULL, NULL, false, false, false },
		{ "nginx", NULL, false, false, false },
		{ "nginx,esri,unofficial", "wikipedia,iana", true, false, false },
		{ NULL, "cn-v2", false, true, false },
		{ "standard,webdav,nginx,microsoft,cloudflare,esri,google,apache,twitter,unofficial",
		  NULL, true, true, false },
		{ NULL, NULL, false, false, true },
	};
	struct env *e = *state;
	char path[256];

	in_dir(e, "deep/er/httpcodes/filters.rec", path, sizeof(path));
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct filter f, back;
		char err[RF_ERRLEN] = "";
		int rc;

		filter_init(&f);
		if (cases[i].hide)
			assert_int_equal(filter_hide_vendors(&f, cases[i].hide, false, err), 0);
		if (cases[i].sources)
			assert_int_equal(filter_only_sources(&f, E, cases[i].sources, err), 0);
		if (cases[i].all_sources_off) {
			f.sources = calloc(E->nsources, 1);
			assert_non_null(f.sources);
			f.nsources = E->nsources;
		}
		f.standard = cases[i].standard;
		f.conflicts = cases[i].conflicts;
		assert_int_equal(config_save(path, E, &f, err), 0);
		odd_filter(&back);
		rc = config_load(path, E, &back, err);
		if (rc)
			print_error("case %zu: %s\n", i, err);
		assert_int_equal(rc, 0);
		assert_same_filter(&back, &f);
		if (!cases[i].sources && !cases[i].all_sources_off)
			assert_null(back.sources);
		else
			assert_int_equal(back.nsources, E->nsources);
		filter_free(&back);
		filter_free(&f);
	}
}

/* A file written by hand: comments, several names on a line, any order. */
static void test_load_a_hand_written_file(void **state)
{
	static const char text[] =
		"# mine\n"
		"Conflicts: yes\n"
		"Sources: iana  httpstatuses\n"
		"Hide: google\n"
		"Hide: twitter apache\n";
	struct env *e = *state;
	struct filter f;
	char path[256], err[RF_ERRLEN] = "";
	const int ia = catalog_source_index(E, "iana"), hs = catalog_source_index(E, "httpstatuses");

	in_dir(e, "hand.rec", path, sizeof(path));
	write_file(path, text, strlen(text));
	odd_filter(&f);
	assert_int_equal(config_load(path, E, &f, err), 0);
	assert_int_equal(f.vendors, VENDOR_ALL & ~(VENDOR_BIT(VENDOR_GOOGLE) |
		VENDOR_BIT(VENDOR_TWITTER) | VENDOR_BIT(VENDOR_APACHE)));
	assert_true(f.conflicts);
	assert_false(f.standard);    /* not in the file: the default, not what f had */
	assert_non_null(f.sources);
	assert_int_equal(f.nsources, E->nsources);
	for (size_t i = 0; i < E->nsources; i++)
		assert_int_equal(f.sources[i], (int)i == ia || (int)i == hs);
	filter_free(&f);
}

static void test_load_missing_file_is_not_an_error(void **state)
{
	struct env *e = *state;
	struct filter f, want;
	char path[256], err[RF_ERRLEN] = "";

	odd_filter(&f);
	odd_filter(&want);
	assert_int_equal(config_load(in_dir(e, "none.rec", path, sizeof(path)), E, &f, err), 1);
	assert_string_equal(err, "");
	assert_same_filter(&f, &want);
	assert_int_equal(config_load(in_dir(e, "no/such/dir/filters.rec", path, sizeof(path)),
				     E, &f, err), 1);
	assert_int_equal(config_load("", E, &f, err), 1);
	assert_string_equal(err, "");
	assert_same_filter(&f, &want);
	filter_free(&f);
	filter_free(&want);
}

/* ---- bad files ------------------------------------------------------------- */

/* A bad file's message: the reason first, then where ("why (path:line)"),
 * so that a status bar too narrow for it all keeps the reason. */
static void test_load_bad_files(void **state)
{
	static const struct {
		const char *text;
		size_t len;             /* 0: strlen(text) */
		unsigned line;
		const char *message;    /* before " (path:line)" */
	} cases[] = {
		{ "Hide: nginx\nColour: red\n", 0, 2,
		  "unknown field 'Colour' (Hide, Sources, Standard, Conflicts)" },
		{ "hide: nginx\n", 0, 1, "unknown field 'hide' (Hide, Sources, Standard, Conflicts)" },
		{ "# groups\nHide: nginx bogus\n", 0, 2, "unknown vendor group 'bogus' " },
		{ "Sources: iana nowhere\n", 0, 1, "unknown source 'nowhere'" },
		{ "Hide: nginx\nStandard: maybe\n", 0, 2, "Standard takes yes or no" },
		{ "Conflicts: YES\n", 0, 1, "Conflicts takes yes or no" },
		{ "Hide: nginx\n\nHide: esri\n", 0, 3, "one record expected" },
		{ "Standard: no\n\n\n# two\nConflicts: yes\n", 0, 5, "one record expected" },
		{ "Hide: ngi\xffnx\n", 0, 1, "invalid UTF-8" },
		{ "Hide: nginx\nSources: \xe2\x82\n", 0, 2, "invalid UTF-8" },
		{ "Hide: nginx\nSources: iana\x01\n", 0, 2, "control character U+0001" },
	};
	struct env *e = *state;
	char path[256];

	in_dir(e, "bad.rec", path, sizeof(path));
	for (size_t i = 0; i < ARRAY_SIZE(cases); i++) {
		struct filter f, want;
		char err[RF_ERRLEN] = "", expect[RF_ERRLEN];
		size_t len = cases[i].len ? cases[i].len : strlen(cases[i].text);

		write_file(path, cases[i].text, len);
		snprintf(expect, sizeof(expect), "%s%s (%s:%u)", cases[i].message,
			 strstr(cases[i].message, "vendor group") ? known_groups : "", path,
			 cases[i].line);
		odd_filter(&f);
		odd_filter(&want);
		assert_int_equal(config_load(path, E, &f, err), -1);
		assert_string_equal(err, expect);
		assert_same_filter(&f, &want);
		filter_free(&f);
		filter_free(&want);
	}
}

static void test_load_a_directory(void **state)
{
	struct env *e = *state;
	struct filter f, want;
	char path[256], err[RF_ERRLEN] = "", expect[RF_ERRLEN];

	in_dir(e, "adir", path, sizeof(path));
	assert_int_equal(mkdir(path, 0755), 0);
	snprintf(expect, sizeof(expect), "is a directory (%s)", path);
	odd_filter(&f);
	odd_filter(&want);
	assert_int_equal(config_load(path, E, &f, err), -1);
	assert_string_equal(err, expect);
	assert_same_filter(&f, &want);
	filter_free(&f);
	filter_free(&want);
}

/* ---- saving where it cannot ----------------------------------------------------- */

/* The directory would be under a regular file: mkdir -p fails. */
static void test_save_where_no_directory_can_be_made(void **state)
{
	struct env *e = *state;
	struct filter f;
	char file[200], path[256], err[RF_ERRLEN] = "", expect[320];
	char *text;

	in_dir(e, "plain", file, sizeof(file));
	write_file(file, "x\n", 2);
	snprintf(path, sizeof(path), "%s/httpcodes/filters.rec", file);
	snprintf(expect, sizeof(expect), "%s: Not a directory", path);
	filter_init(&f);
	assert_int_equal(config_save(path, E, &f, err), -1);
	assert_string_equal(err, expect);
	text = slurp(file);
	assert_non_null(text);
	assert_string_equal(text, "x\n");  /* untouched */
	free(text);
	/* the file itself where the directory should be */
	snprintf(path, sizeof(path), "%s/filters.rec", file);
	snprintf(expect, sizeof(expect), "%s: Not a directory", path);
	err[0] = '\0';
	assert_int_equal(config_save(path, E, &f, err), -1);
	assert_string_equal(err, expect);
	filter_free(&f);
}

static void test_save_without_a_path(void **state)
{
	struct filter f;
	char err[RF_ERRLEN] = "";

	(void)state;
	filter_init(&f);
	assert_int_equal(config_save("", E, &f, err), -1);
	assert_string_equal(err, "nowhere to save: set HOME or XDG_CONFIG_HOME");
	filter_free(&f);
}

/* Saving again replaces the file. */
static void test_save_replaces_the_file(void **state)
{
	struct env *e = *state;
	struct filter f, back;
	char path[256], err[RF_ERRLEN] = "";

	in_dir(e, "filters.rec", path, sizeof(path));
	odd_filter(&f);
	assert_int_equal(config_save(path, E, &f, err), 0);
	filter_free(&f);
	filter_init(&f);
	f.conflicts = true;
	assert_int_equal(config_save(path, E, &f, err), 0);
	filter_init(&back);
	assert_int_equal(config_load(path, E, &back, err), 0);
	assert_same_filter(&back, &f);
	assert_null(back.sources);
	filter_free(&back);
	filter_free(&f);
}

int main(void)
{
#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_path_under_xdg_config_home),
		T(test_path_under_home),
		T(test_path_nowhere),
		T(test_save_writes_one_record),
		T(test_save_then_load_gives_the_same_filter),
		T(test_load_a_hand_written_file),
		T(test_load_missing_file_is_not_an_error),
		T(test_load_bad_files),
		T(test_load_a_directory),
		T(test_save_where_no_directory_can_be_made),
		T(test_save_without_a_path),
		T(test_save_replaces_the_file),
	};
#undef T

	return cmocka_run_group_tests_name("config", tests, NULL, NULL);
}
