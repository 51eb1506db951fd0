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
#include "query.h"
#include "recfile.h"
#include "textlayout.h"
#include "ui.h"
#include "util.h"

enum color_when { COLOR_AUTO, COLOR_ALWAYS, COLOR_NEVER };

/* A --hide, --only or --source, as given. */
struct filter_arg {
	int opt;
	const char *value;
};

struct opts {
	char *search;                   /* every -s's words, joined; NULL: none */
	const char *compare;            /* --compare CODE */
	bool list, sources, json, standard, conflicts, help, version, ascii;
	enum color_when color;
	unsigned width;                 /* 0: the terminal's, or 80 */
	const char **data;              /* --data files, in order */
	size_t ndata;
	struct filter_arg *filters;
	size_t nfilters;
	char **args;                    /* positional arguments */
	int nargs;
};

enum {
	OPT_SOURCES = 256, OPT_HIDE, OPT_ONLY, OPT_STANDARD, OPT_SOURCE, OPT_COLOR, OPT_ASCII, OPT_CONFLICTS, OPT_COMPARE,
};

static const struct option longopts[] = {
	{ "search", required_argument, NULL, 's' },
	{ "list", no_argument, NULL, 'l' },
	{ "sources", no_argument, NULL, OPT_SOURCES },
	{ "json", no_argument, NULL, 'j' },
	{ "hide", required_argument, NULL, OPT_HIDE },
	{ "only", required_argument, NULL, OPT_ONLY },
	{ "standard", no_argument, NULL, OPT_STANDARD },
	{ "conflicts", no_argument, NULL, OPT_CONFLICTS },
	{ "compare", required_argument, NULL, OPT_COMPARE },
	{ "source", required_argument, NULL, OPT_SOURCE },
	{ "width", required_argument, NULL, 'w' },
	{ "color", optional_argument, NULL, OPT_COLOR },
	{ "data", required_argument, NULL, 'd' },
	{ "ascii", no_argument, NULL, OPT_ASCII },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

static const char usage[] =
	"usage: httpcodes [options] [CODE|MASK|RANGE ...]\n"
	"\n"
	"What five references and the IANA registry say about HTTP status codes.\n"
	"\n"
	"  httpcodes                 the browser (on a terminal; else the list)\n"
	"  httpcodes 404 4xx 40x 4** 500-504\n"
	"                            every source's entries for the matching codes\n"
	"  -s, --search WORDS        codes whose name or text has all the words (\"a\n"
	"                            phrase\", name:word, text:word, codes and masks\n"
	"                            too); -s twice: all the words of both\n"
	"  -l, --list                one line per code: code, name, marks\n"
	"      --sources             where every source comes from, its license (of\n"
	"                            those --source names; no other filter)\n"
	"  -j, --json                the selection (or everything) as JSON\n"
	"      --compare CODE        the sources' texts of one code side by side, the\n"
	"                            words a neighbour lacks marked (with --source:\n"
	"                            those sources' entries; with --json: the diff)\n"
	"\n"
	"Filters (combine with the above; a repeated --only or --source adds up):\n"
	"      --hide GROUPS         hide entries of these vendor groups\n"
	"      --only GROUPS         show only entries of these vendor groups\n"
	"      --standard            only codes in use in the IANA registry (not an\n"
	"                            expired temporary one), and only their standard\n"
	"                            and WebDAV entries\n"
	"      --source IDS          only these sources (see --sources)\n"
	"      --conflicts           only codes whose sources give different names; with\n"
	"                            --list (or alone): the names, a rename or a clash\n"
	"    GROUPS: standard webdav nginx microsoft cloudflare esri google apache\n"
	"            twitter unofficial (comma-separated)\n"
	"\n"
	"Output:\n"
	"  -w, --width N             wrap at N columns (20-1000; default: the\n"
	"                            terminal's width, or 80 when not a terminal)\n"
	"      --color[=WHEN]        always (a bare --color), never, or auto (the\n"
	"                            default: on a terminal, unless NO_COLOR is set)\n"
	"      --ascii               ASCII only and no colors, whatever the locale\n"
	"                            and --color say\n"
	"  -d, --data FILE           add a source from a .rec file (also read: every\n"
	"                            *.rec in $XDG_DATA_HOME/httpcodes/)\n"
	"  -h, --help                this help\n"
	"  -V, --version             the version\n"
	"\n"
	"Exit status: 0 an entry (or a code, a source) was printed; 1 none was, only\n"
	"why (as for 299, which no source defines); 2 a usage or data error.\n"
	"In the browser, ? lists the keys: / searches, f filters, c compares.\n";

/* An argument shown in a message: its printable characters, a "?" for
 * each other one (tl_quote), at most 48 columns. Valid until the next call. */
static const char *shown(const char *s)
{
	static char buf[4 * 48 + 4];
	char *q = tl_quote(s, strlen(s), 48);

	snprintf(buf, sizeof(buf), "%s", q);
	free(q);
	return buf;
}

/* A message made fit for the locale, in place: as it is in UTF-8 (the
 * arguments in it are quoted already), else a "?" for every character
 * that is not ASCII, which the terminal could not show. */
static char *for_locale(char *msg)
{
	char *o = msg;

	if (strcmp(nl_langinfo(CODESET), "UTF-8") == 0)
		return msg;
	for (const char *p = msg; *p; p++)
		if ((unsigned char)*p < 0x80)
			*o++ = *p;
		else if (((unsigned char)*p & 0xC0) != 0x80)
			*o++ = '?';
	*o = '\0';
	return msg;
}

__attribute__((noreturn, format(printf, 1, 2)))
static void usage_error(const char *fmt, ...)
{
	char msg[2048];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	fprintf(stderr, "httpcodes: %s (see httpcodes --help)\n", for_locale(msg));
	exit(2);
}

/* ---- options ------------------------------------------------------------ */

static void opt_width(struct opts *o, const char *v)
{
	char *end;
	long n;

	/* digits only: strtol alone would take " 30" and "+30" */
	errno = 0;
	n = strtol(v, &end, 10);
	if (strspn(v, "0123456789") != strlen(v) || errno || end == v || *end || n < 20 || n > 1000)
		usage_error("--width takes a number of columns from 20 to 1000, not '%s'", shown(v));
	o->width = (unsigned)n;
}

static void opt_color(struct opts *o, const char *v)
{
	if (!v || strcmp(v, "always") == 0)
		o->color = COLOR_ALWAYS;
	else if (strcmp(v, "auto") == 0)
		o->color = COLOR_AUTO;
	else if (strcmp(v, "never") == 0)
		o->color = COLOR_NEVER;
	else
		usage_error("--color takes auto, always or never, not '%s'", shown(v));
}

/* -s twice: the words of both, all of which must match. */
static void opt_search(struct opts *o, const char *v)
{
	char *more = o->search ? xasprintf("%s %s", o->search, v) : xstrdup(v);

	free(o->search);
	o->search = more;
}

static void opt_filter(struct opts *o, int opt, const char *v)
{
	o->filters = xreallocarray(o->filters, o->nfilters + 1, sizeof(*o->filters));
	o->filters[o->nfilters++] = (struct filter_arg){ opt, v };
}

static void opt_bad(int c, char **argv)
{
	const char *arg = argv[optind - 1];

	if (c == ':')
		usage_error("option '%s' needs an argument", shown(arg));
	if (strncmp(arg, "--", 2) == 0 && strchr(arg, '=') && optopt) {
		char name[48];

		snprintf(name, sizeof(name), "%.*s", (int)strcspn(arg, "="), arg);
		usage_error("option '%s' takes no argument", shown(name));
	}
	if (optopt && strncmp(arg, "--", 2) != 0)   /* a line feed or ESC would reach stderr */
		usage_error("unknown option '-%c'", optopt >= 0x20 && optopt < 0x7f ? optopt : '?');
	usage_error("unknown option '%s'", shown(arg));
}

static void opt_one(struct opts *o, int c, char **argv)
{
	switch (c) {
	case 's': opt_search(o, optarg); break;
	case 'l': o->list = true; break;
	case 'j': o->json = true; break;
	case 'w': opt_width(o, optarg); break;
	case 'd':
		o->data = xreallocarray(o->data, o->ndata + 1, sizeof(*o->data));
		o->data[o->ndata++] = optarg;
		break;
	case 'h': o->help = true; break;
	case 'V': o->version = true; break;
	case OPT_SOURCES: o->sources = true; break;
	case OPT_STANDARD: o->standard = true; break;
	case OPT_ASCII: o->ascii = true; break;
	case OPT_CONFLICTS: o->conflicts = true; break;
	case OPT_COMPARE:
		if (o->compare)
			usage_error("--compare takes one code: it is given twice");
		o->compare = optarg;
		break;
	case OPT_COLOR: opt_color(o, optarg); break;
	case OPT_HIDE: case OPT_ONLY: case OPT_SOURCE: opt_filter(o, c, optarg); break;
	default: opt_bad(c, argv);
	}
}

/* Modes that cannot be honoured together are refused, rather than one of
 * them quietly ignored. (--sources and --compare go with --json.) */
static void check_modes(const struct opts *o)
{
	if (o->sources && (o->nargs || o->search))
		usage_error("--sources takes no codes or search");
	if (o->compare && (o->search || o->nargs))
		usage_error("--compare takes one code and no other selection");
	if (o->compare && (o->list || o->sources || o->conflicts))
		usage_error("--compare does not go with --list, --sources or --conflicts");
	if (o->sources && (o->list || o->conflicts))
		usage_error("--sources does not go with --list or --conflicts");
	for (size_t i = 0; o->sources && i <= o->nfilters; i++)
		if (i == o->nfilters ? o->standard : o->filters[i].opt != OPT_SOURCE)
			usage_error("--sources takes --source, not --hide, --only or --standard "
				    "(they choose entries, not sources)");
	if (o->list && o->json)
		usage_error("--list and --json do not go together");
}

static void parse_opts(struct opts *o, int argc, char **argv)
{
	int c;

	memset(o, 0, sizeof(*o));
	opterr = 0;
	while ((c = getopt_long(argc, argv, ":s:ljw:d:hV", longopts, NULL)) != -1)
		opt_one(o, c, argv);
	o->args = argv + optind;
	o->nargs = argc - optind;
	for (int i = 0; i < o->nargs; i++) {
		if (!o->args[i][0])
			usage_error("an empty argument is not a status code, mask or range");
		if (!tl_utf8_valid(o->args[i], strlen(o->args[i]), NULL))
			usage_error("argument '%s' is not valid UTF-8", shown(o->args[i]));
	}
	check_modes(o);
}

/* ---- data ------------------------------------------------------------------ */

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Every *.rec in $XDG_DATA_HOME/httpcodes (default ~/.local/share), sorted,
 * appended to *paths. A missing directory is fine; an unreadable one is not. */
static void xdg_files(char ***paths, size_t *n)
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
		return;
	d = opendir(dir);
	if (!d) {
		int e = errno;
		const char *name = shown(dir);

		free(dir);
		if (e != ENOENT && e != ENOTDIR)
			die("%s: %s", name, strerror(e));
		return;
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

/* The embedded catalog, with the user's files merged in when there are any.
 * A file with any error stops the program: nothing half-loaded is shown. */
static void load_catalog(const struct opts *o, struct catalog *c)
{
	char **paths = NULL, err[RF_ERRLEN];
	size_t n = 0;
	struct rec_file *files;
	enum cb_kind *kinds;
	bool failed = false;

	for (size_t i = 0; i < o->ndata; i++) {
		paths = xreallocarray(paths, n + 1, sizeof(*paths));
		paths[n++] = xstrdup(o->data[i]);
	}
	xdg_files(&paths, &n);
	drop_same_files(paths, &n);
	if (!n) {
		*c = embedded_catalog;
		return;
	}
	files = xcalloc(n, sizeof(*files));
	kinds = xcalloc(n, sizeof(*kinds));
	for (size_t i = 0; i < n && !failed; i++) {
		failed = recfile_load(paths[i], &files[i], err) < 0;
		kinds[i] = CB_USER;
	}
	failed = failed || catalog_build(c, &embedded_catalog, files, (const char *const *)paths,
					 kinds, n, err) < 0;
	for (size_t i = 0; i < n; i++) {
		recfile_free(&files[i]);
		free(paths[i]);
	}
	free(files);
	free(kinds);
	free(paths);
	if (failed)      /* after the frees: a leak checker finds nothing lost */
		die("%s", for_locale(err));
}

/* The values of every filter option of kind opt joined by commas, as one
 * list ("--source a --source b" is "--source a,b"); NULL without any. */
static char *join_filter_values(const struct opts *o, int opt)
{
	char *list = NULL;

	for (size_t i = 0; i < o->nfilters; i++) {
		char *more;

		if (o->filters[i].opt != opt)
			continue;
		more = list ? xasprintf("%s,%s", list, o->filters[i].value) : xstrdup(o->filters[i].value);
		free(list);
		list = more;
	}
	return list;
}

/* The filter options over what f already has. Repeated --only and --source
 * add up, as one comma-separated list would; each --hide takes its groups
 * away, whatever the order. */
static void apply_filter_opts(const struct opts *o, const struct catalog *c, struct filter *f)
{
	char err[QUERY_ERRLEN];
	char *only = join_filter_values(o, OPT_ONLY), *sources = join_filter_values(o, OPT_SOURCE);

	f->standard |= o->standard;
	f->conflicts |= o->conflicts;
	for (size_t i = 0; i < o->nfilters; i++)
		if (o->filters[i].opt == OPT_HIDE && filter_hide_vendors(f, o->filters[i].value, false, err) < 0)
			usage_error("%s", err);
	if (only && filter_hide_vendors(f, only, true, err) < 0)
		usage_error("%s", err);
	if (sources && filter_only_sources(f, c, sources, err) < 0)
		usage_error("%s", err);
	free(only);
	free(sources);
}

static void build_filter(const struct opts *o, const struct catalog *c, struct filter *f)
{
	filter_init(f);
	apply_filter_opts(o, c, f);
}

/* The query: the search words and any positional arguments, or (without
 * -s) the positional arguments as codes, masks and ranges only. */
static void build_query(const struct opts *o, struct query *q)
{
	size_t len = o->search ? strlen(o->search) + 1 : 1;
	char *s, err[QUERY_ERRLEN];
	bool bad;

	for (int i = 0; i < o->nargs; i++)
		len += strlen(o->args[i]) + 1;
	s = xmalloc(len + 1);
	strcpy(s, o->search ? o->search : "");
	for (int i = 0; i < o->nargs; i++) {
		strcat(s, " ");
		strcat(s, o->args[i]);
	}
	if (o->search && !tl_utf8_valid(o->search, strlen(o->search), NULL))
		usage_error("the search is not valid UTF-8");
	bad = query_parse(s, !o->search, q, err) < 0;
	free(s);   /* before any exit, so that a leak checker sees nothing lost */
	if (bad)
		usage_error("%s", err);
	/* an empty query means "everything": never what -s '' was meant to ask */
	if (o->search && !q->nterms && !q->nsels)
		usage_error("the search '%s' has no words to look for", shown(o->search));
}

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

/* The class digit of a whole-class mask (4xx, 4**), else -1. */
static int whole_class(const struct selector *s)
{
	return s->mask[0] && s->mask[0] != '?' && s->mask[1] == '?' && s->mask[2] == '?'
		? s->mask[0] - '0' : -1;
}

/* Every entry of the codes sel matches and, with classes, the class
 * records of the class a whole-class mask names. a->v is malloc'd. */
static void asked_entries(const struct catalog *c, const struct selector *sel, bool classes,
			  struct asked *a)
{
	int d = classes ? whole_class(sel) : -1;

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

/* How many of the entries the filter options of o let through, keeping
 * filter argument i only where keep[i], and --standard only with std. */
static size_t visible_through(const struct opts *o, const struct catalog *c,
			      const struct asked *a, const bool *keep, bool std)
{
	struct opts sub = { .standard = std };
	struct filter f;
	size_t n = 0;

	sub.filters = xcalloc(o->nfilters + 1, sizeof(*sub.filters));
	for (size_t i = 0; i < o->nfilters; i++)
		if (keep[i])
			sub.filters[sub.nfilters++] = o->filters[i];
	build_filter(&sub, c, &f);
	for (size_t k = 0; k < a->n; k++)
		n += filter_entry(&f, c, a->v[k]);
	filter_free(&f);
	free(sub.filters);
	return n;
}

/* Does filter argument i (nfilters: --standard) hide some of the entries
 * alone (its kind alone: repeated --only and --source add up), or would
 * some show without it? */
static bool hides_some(const struct opts *o, const struct catalog *c, const struct asked *a,
		       size_t i, bool *keep)
{
	bool alone, without;

	for (size_t k = 0; k < o->nfilters; k++)
		keep[k] = i < o->nfilters && (k == i || (o->filters[k].opt == o->filters[i].opt &&
						       o->filters[i].opt != OPT_HIDE));
	alone = visible_through(o, c, a, keep, i == o->nfilters) < a->n;
	for (size_t k = 0; k < o->nfilters; k++)
		keep[k] = k != i;
	without = visible_through(o, c, a, keep, o->standard && i != o->nfilters) > 0;
	return alone || without;
}

/* The filter options that hide the entries, as typed ("--hide nginx
 * --hide esri"); malloc'd, "" when no one of them can be named. */
static char *hiding_options(const struct opts *o, const struct catalog *c, const struct asked *a)
{
	bool *keep = xcalloc(o->nfilters + 1, sizeof(*keep));
	char *list = xstrdup("");

	for (size_t i = 0; i <= o->nfilters; i++) {
		char *more;

		if ((i == o->nfilters && !o->standard) || !hides_some(o, c, a, i, keep))
			continue;
		more = i == o->nfilters ? xasprintf("%s%s--standard", list, list[0] ? " " : "")
			: xasprintf("%s%s%s %s", list, list[0] ? " " : "",
				    o->filters[i].opt == OPT_HIDE ? "--hide" : o->filters[i].opt == OPT_ONLY
				    ? "--only" : "--source", o->filters[i].value);
		free(list);
		list = more;
	}
	free(keep);
	return list;
}

/* Why entries that exist show nothing, as a clause about one code ("the
 * filters hide it (--hide nginx)") or, with many, about several: the
 * filters hide them all (and which), or none that shows has the words
 * searched for, or --conflicts hides the codes. Malloc'd. */
static char *why_hidden(const struct opts *o, const struct catalog *c, const struct query *q,
			const struct filter *f, const struct asked *a, bool many)
{
	bool visible = false, matching = false;
	char *by, *why;

	for (size_t k = 0; k < a->n; k++) {
		bool v = filter_entry(f, c, a->v[k]);

		visible |= v;
		matching |= v && (!q || a->v[k]->is_class || query_rank(q, a->v[k]) >= 0);
	}
	if (!visible) {
		by = hiding_options(o, c, a);
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
static void explain_code(struct out *out, const struct opts *o, const struct catalog *c,
			 const struct query *q, const struct filter *f, int code)
{
	struct selector sel = { .lo = (short)code, .hi = (short)code };
	struct asked a;
	char *why;

	asked_entries(c, &sel, false, &a);
	if (!a.n) {
		cli_explain_missing(out, c, code);
	} else {
		why = why_hidden(o, c, q, f, &a, false);
		cli_explain_hidden(out, code, why);
		free(why);
	}
	free(a.v);
}

/* The same for a mask or a range, in one line. */
static void explain_selector(struct out *out, const struct opts *o, const struct catalog *c,
			     const struct query *q, const struct filter *f,
			     const struct selector *sel, bool classes)
{
	struct asked a;
	char *why;

	asked_entries(c, sel, classes, &a);
	if (!a.n) {
		cli_explain_empty(out, c, sel);
	} else {
		why = why_hidden(o, c, q, f, &a, true);
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
	int d = classes && !f->conflicts ? whole_class(sel) : -1;

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
			explain_code(out, o, c, q, f, code);
		else
			explain_selector(out, o, c, q, f, s, classes);
		said++;
	}
	return said;
}

/* --compare CODE: the default columns, or every visible entry of the
 * sources --source names. */
static int run_compare(const struct opts *o, const struct catalog *c, const struct filter *f,
		       struct out *out)
{
	struct selector sel;
	char err[QUERY_ERRLEN];
	const struct code_info *ci;
	struct code_info facts;
	struct compare cmp;
	int code;

	if (selector_parse(o->compare, &sel, err) < 0 || (code = sel.mask[0] && !strchr(sel.mask, '?')
	    ? atoi(sel.mask) : -1) < 0)
		usage_error("--compare takes one status code, like 451 (%s)", shown(o->compare));
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
			     o, c, NULL, f, code);
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
	build_query(o, &q);
	n = query_run(c, &q, f, &hits);
	printed = n;      /* lines of the list; entries (class records too) else */
	if (o->list && o->conflicts)
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
	apply_filter_opts(o, c, &bf);
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
	int status;

	setlocale(LC_CTYPE, "");
	parse_opts(&o, argc, argv);
	if (o.help) {
		fputs(usage, stdout);
		flush_stdout();
		return 0;
	}
	if (o.version) {
		puts("httpcodes " HTTPCODES_VERSION);
		flush_stdout();
		return 0;
	}
	load_catalog(&o, &c);
	build_filter(&o, &c, &f);
	setup_out(&o, &out);
	if (o.conflicts && !o.search && !o.nargs && !o.json && !o.sources && !o.compare)
		o.list = true;
	if (!o.search && !o.nargs && !o.list && !o.json && !o.sources && !o.compare) {
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
	free(o.search);
	free(o.data);
	free(o.filters);
	return status;
}
