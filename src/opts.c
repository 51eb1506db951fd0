/* opts: the command line, read into struct opts (see opts.h). An option
 * is read by a small handler each; the checks that need the catalog
 * (groups, sources) or read the arguments (the query, --compare's code)
 * come after it is loaded, when main asks. */
#include "opts.h"

#include <errno.h>
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "textlayout.h"
#include "util.h"

enum {
	OPT_SOURCES = 256, OPT_HIDE, OPT_ONLY, OPT_STANDARD, OPT_SOURCE, OPT_COLOR, OPT_ASCII,
	OPT_CONFLICTS, OPT_COMPARE, OPT_DIFF, OPT_NO_PAGER,
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
	{ "diff", optional_argument, NULL, OPT_DIFF },
	{ "source", required_argument, NULL, OPT_SOURCE },
	{ "width", required_argument, NULL, 'w' },
	{ "color", optional_argument, NULL, OPT_COLOR },
	{ "data", required_argument, NULL, 'd' },
	{ "ascii", no_argument, NULL, OPT_ASCII },
	{ "no-pager", no_argument, NULL, OPT_NO_PAGER },
	{ "help", no_argument, NULL, 'h' },
	{ "version", no_argument, NULL, 'V' },
	{ NULL, 0, NULL, 0 },
};

const char opts_usage[] =
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
	"      --diff[=WHEN]         with --compare: mark the words a neighbour lacks\n"
	"                            always (a bare --diff), never, or auto (the\n"
	"                            default: unless the columns are different meanings)\n"
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
	"                            terminal's width, else $COLUMNS, else 80)\n"
	"      --no-pager            never through a pager (on a terminal, output\n"
	"                            longer than the screen goes through $PAGER,\n"
	"                            by default less -FRX; PAGER=cat: none)\n"
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

__attribute__((noreturn, format(printf, 1, 2)))
static void usage_error(const char *fmt, ...)
{
	char msg[2048];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	fprintf(stderr, "httpcodes: %s (see httpcodes --help)\n", util_for_locale(msg));
	exit(2);
}

/* ---- one option each ------------------------------------------------------ */

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

/* --diff[=WHEN]: a bare --diff is always, as a bare --color. */
static void opt_diff(struct opts *o, const char *v)
{
	static const char *const when[] = {
		[COMPARE_MARKS_AUTO] = "auto", [COMPARE_MARKS_ALWAYS] = "always",
		[COMPARE_MARKS_NEVER] = "never",
	};
	size_t i = 0;

	while (v && i < sizeof(when) / sizeof(when[0]) && strcmp(v, when[i]) != 0)
		i++;
	if (i == sizeof(when) / sizeof(when[0]))
		usage_error("--diff takes auto, always or never, not '%s'", shown(v));
	o->diff = v ? (enum compare_marks)i : COMPARE_MARKS_ALWAYS;
	o->diff_given = true;
}

/* -s twice: the words of both, all of which must match. */
static void opt_search(struct opts *o, const char *v)
{
	char *more = o->search ? xasprintf("%s %s", o->search, v) : xstrdup(v);

	free(o->search);
	o->search = more;
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
	case OPT_ASCII: o->ascii = true; break;
	case OPT_NO_PAGER: o->no_pager = true; break;
	case OPT_COMPARE:
		if (o->compare)
			usage_error("--compare takes one code: it is given twice");
		o->compare = optarg;
		break;
	case OPT_COLOR: opt_color(o, optarg); break;
	case OPT_DIFF: opt_diff(o, optarg); break;
	case OPT_HIDE: filter_spec_add(&o->spec, FILTER_HIDE, optarg); break;
	case OPT_ONLY: filter_spec_add(&o->spec, FILTER_ONLY, optarg); break;
	case OPT_SOURCE: filter_spec_add(&o->spec, FILTER_SOURCE, optarg); break;
	case OPT_STANDARD: filter_spec_add(&o->spec, FILTER_STANDARD, NULL); break;
	case OPT_CONFLICTS: filter_spec_add(&o->spec, FILTER_CONFLICTS, NULL); break;
	default: opt_bad(c, argv);
	}
}

/* ---- the whole line ------------------------------------------------------- */

/* Modes that cannot be honoured together are refused, rather than one of
 * them quietly ignored. (--sources and --compare go with --json.) */
static void check_modes(const struct opts *o)
{
	bool conflicts = filter_spec_has(&o->spec, FILTER_CONFLICTS);

	if (o->sources && (o->nargs || o->search))
		usage_error("--sources takes no codes or search");
	if (o->compare && (o->search || o->nargs))
		usage_error("--compare takes one code and no other selection");
	if (o->compare && (o->list || o->sources || conflicts))
		usage_error("--compare does not go with --list, --sources or --conflicts");
	if (o->diff_given && !o->compare)
		usage_error("--diff goes with --compare");
	if (o->diff_given && o->json)
		usage_error("--diff does not go with --json (its columns list the words that differ)");
	if (o->sources && (o->list || conflicts))
		usage_error("--sources does not go with --list or --conflicts");
	if (o->sources && (filter_spec_has(&o->spec, FILTER_HIDE) ||
			   filter_spec_has(&o->spec, FILTER_ONLY) ||
			   filter_spec_has(&o->spec, FILTER_STANDARD)))
		usage_error("--sources takes --source, not --hide, --only or --standard "
			    "(they choose entries, not sources)");
	if (o->list && o->json)
		usage_error("--list and --json do not go together");
}

/* Which output: --conflicts alone (or with --list) lists the names;
 * nothing asked for at all is the browser's. */
static void choose_mode(struct opts *o)
{
	bool selection = o->search || o->nargs;

	if (filter_spec_has(&o->spec, FILTER_CONFLICTS) && !selection && !o->json && !o->sources &&
	    !o->compare)
		o->list = true;
	o->browse = !selection && !o->list && !o->json && !o->sources && !o->compare;
}

void opts_parse(struct opts *o, int argc, char **argv)
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
	choose_mode(o);
}

void opts_free(struct opts *o)
{
	free(o->search);
	free(o->data);
	filter_spec_free(&o->spec);
}

/* ---- what needs the catalog or reads the arguments ------------------------ */

void opts_filter(const struct opts *o, const struct catalog *c, struct filter *f)
{
	char err[QUERY_ERRLEN];

	if (filter_spec_apply(&o->spec, NULL, c, f, err) < 0)
		usage_error("%s", err);
}

void opts_query(const struct opts *o, struct query *q)
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

int opts_compare_code(const struct opts *o)
{
	struct selector sel;
	char err[QUERY_ERRLEN];
	int code;

	if (!o->compare)
		return -1;
	code = selector_parse(o->compare, &sel, err) == 0 && sel.mask[0] ? selector_code(&sel) : -1;
	if (code < 0)
		usage_error("--compare takes one status code, like 451 (%s)", shown(o->compare));
	return code;
}
