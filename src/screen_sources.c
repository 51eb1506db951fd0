/* screen_sources: where every source comes from (title, author, year,
 * URL, document, license) and every repair made to its text. A pager;
 * the smallest screen. No curses. */
#include <stdio.h>
#include <string.h>

#include "app.h"

#define FIELD_COLUMN 10   /* where a source's values start, after the labels */
#define FIELD_MIN 20      /* a value column narrower than this: values under their labels */

struct repair_ctx {
	struct doc *d;
	bool ascii;
	int width;
	const struct entry *e;
};

static void add_repair(void *ctx, const char *line)
{
	struct repair_ctx *r = ctx;
	const char *what;

	if (strncmp(line, "repaired: ", 10) != 0)
		return;
	if (r->e->is_class)
		what = doc_printf(r->d, false, "%dxx %s", r->e->code / 100, line + 10);
	else
		what = doc_printf(r->d, false, "%03d %s", r->e->code, line + 10);
	doc_wrap(r->d, DL_NOTE, 4, doc_exact(r->d, r->ascii, what), r->width, NULL, 0);
}

static void add_repairs(struct doc *d, const struct app *a, size_t src, int width)
{
	const struct entry *lists[2] = { a->cat->classes, a->cat->entries };
	size_t ns[2] = { a->cat->nclasses, a->cat->nentries };

	for (int l = 0; l < 2; l++)
		for (size_t i = 0; i < ns[l]; i++) {
			struct repair_ctx r = { d, a->ascii, width, &lists[l][i] };

			if (r.e->source == src && r.e->nrepairs)
				catalog_notes(r.e, add_repair, &r);
		}
}

/* "author    Todd Fredrich", continuation lines under the value; on a
 * narrow screen the value goes under its label, as in --sources. */
static void add_field(struct doc *d, const struct app *a, const char *key, const char *value,
		      int width)
{
	int col = width - 2 - FIELD_COLUMN >= FIELD_MIN ? FIELD_COLUMN : 2;

	doc_key_line(d, key, doc_text(d, a->ascii, value[0] ? value : "-"), col, width);
}

static void sources_build(struct doc *d, const struct app *a, int width)
{
	doc_add(d, DL_TITLE, 0, "sources", 7);
	for (size_t i = 0; i < a->cat->nsources; i++) {
		const struct source *s = &a->cat->sources[i];

		doc_add(d, DL_BLANK, 0, "", 0);
		doc_header(d, doc_text(d, a->ascii, s->label), width, NULL, 0);
		add_field(d, a, "title", s->title, width);
		add_field(d, a, "id", s->id, width);
		add_field(d, a, "author", s->author, width);
		add_field(d, a, "year", s->year, width);
		add_field(d, a, "url", s->url, width);
		add_field(d, a, "document", doc_printf(d, false, "%s (%s, %u records)", s->document,
			  s->file, s->nentries), width);
		add_field(d, a, "license", s->license, width);
		add_field(d, a, "repairs", s->nrepairs ? doc_printf(d, false, "%u:", s->nrepairs)
			  : "none", width);
		add_repairs(d, a, i, width);
	}
}

PAGER_SCREEN(sources, ACT_SOURCES, sources_build);
