/* screen_help: the keys, generated from the action table (keys.h) and the
 * screens' key tables (screen.h): each section of the action table in its
 * order, with the rows the screens give it and then its actions no row
 * names; then the sections only the screens have; then the mouse; then the
 * legend of the list's marks, from their table (query.h). A pager. No
 * curses. */
#include <stdio.h>
#include <string.h>

#include "app.h"
#include "util.h"

#define KEY_COLUMN 22            /* where the help texts start, after the indent */
#define KEY_COLUMN_NARROW 12     /* the same on a narrow screen */
#define HELP_MIN 30              /* a text column narrower than this: narrow */

/* One line of the help: the keys, and the help in its column. */
static void help_line(struct doc *d, const char *keys, const char *help, int width)
{
	int col = width - 2 - KEY_COLUMN >= HELP_MIN ? KEY_COLUMN : KEY_COLUMN_NARROW;

	doc_key_line(d, keys, help, col, width);
}

static void help_section(struct doc *d, const char *section)
{
	doc_add(d, DL_BLANK, 0, "", 0);
	doc_add(d, DL_TITLE, 0, section, strlen(section));
}

/* Calls fn for each listed row of the screens' tables in section. */
static void each_row(const char *section, void (*fn)(const struct screen_keys *k,
		     const struct screen_key *row, void *ctx), void *ctx)
{
	for (int i = 0; i < SCREEN_COUNT; i++)
		for (size_t k = 0; k < screen_ops[i]->nkeys; k++) {
			const struct screen_keys *sk = &screen_ops[i]->keys[k];

			if (strcmp(sk->section, section) != 0)
				continue;
			for (size_t r = 0; r < sk->n; r++)
				if (!sk->rows[r].help || sk->rows[r].help[0])
					fn(sk, &sk->rows[r], ctx);
		}
}

struct row_ctx {
	struct doc *d;
	int width;
	enum action act;
	bool named;
};

static void list_row(const struct screen_keys *k, const struct screen_key *row, void *ctx)
{
	struct row_ctx *c = ctx;
	size_t n = 0;
	char keys[128];

	while (n < SCREEN_KEY_ACTS && row->acts[n])
		n++;
	keys_list(row->acts, n, (int)k->mode, keys, sizeof(keys));
	help_line(c->d, doc_own(c->d, xstrdup(keys)), row->help ? row->help
		  : action_help(row->acts[0]), c->width);
}

static void find_row(const struct screen_keys *k, const struct screen_key *row, void *ctx)
{
	struct row_ctx *c = ctx;

	(void)k;
	for (size_t i = 0; i < SCREEN_KEY_ACTS && row->acts[i]; i++)
		c->named |= row->acts[i] == c->act;
}

/* A section: the screens' rows of it, then its actions none of them names. */
static void help_rows(struct doc *d, const char *section, int width)
{
	struct row_ctx c = { d, width, ACT_NONE, false };

	each_row(section, list_row, &c);
	for (int act = 1; act < ACT_COUNT; act++) {
		enum action x = (enum action)act;
		char keys[128];

		if (strcmp(action_section(x), section) != 0)
			continue;
		c.act = x;
		c.named = false;
		each_row(section, find_row, &c);
		if (c.named)
			continue;
		keys_list(&x, 1, -1, keys, sizeof(keys));
		help_line(d, doc_own(d, xstrdup(keys)), action_help(x), width);
	}
}

/* Was section listed already (done[0..n))? */
static bool listed(const char *const *done, size_t n, const char *section)
{
	for (size_t k = 0; k < n; k++)
		if (strcmp(done[k], section) == 0)
			return true;
	return false;
}

/* The colors of the codes (view_theme.c's R_CODE1..R_CODE5). */
static const char class_colors[] = "codes are colored by class: 1xx blue, 2xx green, "
	"3xx cyan, 4xx yellow, 5xx red; bold where there are no colors";

/* The legend of the list's marks: each row of the table, its forms (the
 * browser's, then --list's where they differ; the star as the browser
 * draws it) and what it means; then the colors of the codes. */
static void help_marks(struct doc *d, const struct app *a, int width)
{
	help_section(d, "marks in the list");
	for (size_t r = 0; r < query_nmarks_legend; r++) {
		const struct mark_legend *l = &query_marks_legend[r];
		const char *keys = l->brief;

		if (l->kind == MARK_STAR && !a->ascii)
			keys = "\xe2\x98\x85, *";
		else if (strcmp(l->brief, l->full) != 0)
			keys = doc_own(d, xasprintf("%s, %s", l->brief, l->full));
		help_line(d, keys, l->meaning, width);
	}
	help_line(d, "1xx-5xx", class_colors, width);
}

static void help_build(struct doc *d, const struct app *a, int width)
{
	static const char title[] = "httpcodes " HTTPCODES_VERSION ": keys";
	const char *done[ACT_COUNT + 16];
	size_t ndone = 0;

	doc_add(d, DL_TITLE, 0, title, strlen(title));
	for (int act = 1; act < ACT_COUNT; act++) {
		const char *s = action_section((enum action)act);

		if (listed(done, ndone, s))
			continue;
		done[ndone++] = s;
		help_section(d, s);
		help_rows(d, s, width);
	}
	for (int i = 0; i < SCREEN_COUNT; i++)
		for (size_t k = 0; k < screen_ops[i]->nkeys; k++) {
			const char *s = screen_ops[i]->keys[k].section;

			if (!s[0] || listed(done, ndone, s) || ndone == sizeof(done) / sizeof(done[0]))
				continue;
			done[ndone++] = s;
			help_section(d, s);
			help_rows(d, s, width);
		}
	help_section(d, "mouse");
	help_line(d, "click", "select a line, focus its pane", width);
	help_line(d, "wheel", "scroll the pane under the pointer", width);
	help_marks(d, a, width);
}

PAGER_SCREEN(help, ACT_HELP, help_build);
