/* explain: why something asked for shows nothing (see explain.h). Which
 * filter parts to name is found by applying subsets of the spec to the
 * entries asked for: a part is named when it hides some of them alone, or
 * when some would show without it. */
#include "explain.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "util.h"

/* ---- the sentences --------------------------------------------------------- */

static int first_paragraph(const char *text)
{
	const char *end = strstr(text, "\n\n");

	return end ? (int)(end - text) : (int)strlen(text);
}

/* What class digit d means, as the second paragraph of explain_missing. */
static char *class_meaning(const struct catalog *c, int d)
{
	const char *name = catalog_class_name(c, d);

	if (!name)
		return xasprintf("%dxx is not a class of HTTP status codes: the classes are 1xx to 5xx.",
				 d);
	for (size_t i = 0; i < c->nclasses; i++) {
		const struct entry *e = &c->classes[i];

		if (e->code == d * 100 && e->text[0])
			return xasprintf("%dxx means %s: %.*s (%s)", d, name, first_paragraph(e->text),
					 e->text, c->sources[e->source].label);
	}
	return xasprintf("%dxx means %s.", d, name);
}

char *explain_missing(const struct catalog *c, int code)
{
	char *meaning = class_meaning(c, code / 100);
	char *s = xasprintf("No source defines %03d.\n\n%s", code, meaning);

	free(meaning);
	return s;
}

char *explain_hidden(int code, const char *why)
{
	return xasprintf("%03d is defined, but %s.", code, why);
}

/* A mask or range as the user would write it: "4xx", "40x", "290-299". */
static void selector_text(const struct selector *sel, char buf[16])
{
	if (!sel->mask[0]) {
		snprintf(buf, 16, "%03d-%03d", sel->lo, sel->hi);
		return;
	}
	for (int i = 0; i < 3; i++)
		buf[i] = sel->mask[i] == '?' ? 'x' : sel->mask[i];
	buf[3] = '\0';
}

char *explain_empty(const struct catalog *c, const struct selector *sel)
{
	int lo = -1, hi = -1;
	bool named = false;
	char t[16];
	const char *name;

	selector_text(sel, t);
	for (int code = 0; code < 1000; code++)
		if (selector_match(sel, code)) {
			lo = lo < 0 ? code : lo;
			hi = code;
		}
	for (int d = lo / 100; d <= hi / 100; d++)
		named |= catalog_class_name(c, d) != NULL;
	if (lo / 100 != hi / 100)
		return xasprintf("No source defines a code in %s%s", t, named ? "." :
				 ": HTTP status classes are 1xx to 5xx.");
	name = catalog_class_name(c, lo / 100);
	if (!name && strcmp(t + 1, "xx") == 0)
		return xasprintf("%s is not a class of HTTP status codes: the classes are 1xx to 5xx.", t);
	if (!name)
		return xasprintf("No source defines a code in %s: %dxx is not a class (they are 1xx to "
				 "5xx).", t, lo / 100);
	if (name[0])
		return xasprintf("No source defines a code in %s; %dxx means %s.", t, lo / 100, name);
	return xasprintf("No source defines a code in %s.", t);
}

char *explain_hidden_sel(const struct selector *sel, const char *why)
{
	char t[16];

	selector_text(sel, t);
	return xasprintf("%s has entries, but %s.", t, why);
}

/* ---- which parts hide what ---------------------------------------------------- */

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
 * through. (The spec applies: see struct explain_run.) */
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
static char *why_hidden(const struct explain_run *r, const struct asked *a, bool many)
{
	const struct catalog *c = r->c;
	const struct query *q = r->q;
	const struct filter *f = r->f;
	bool visible = false, matching = false;
	char *by, *why;

	for (size_t k = 0; k < a->n; k++) {
		bool v = filter_entry(f, c, a->v[k]);

		visible |= v;
		matching |= v && (!q || a->v[k]->is_class || query_rank(q, a->v[k]) >= 0);
	}
	if (!visible) {
		by = hiding_parts(r->spec, c, a);
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

/* ---- what to explain ----------------------------------------------------------- */

/* Why sel shows nothing; code: the one code it names, or -1. */
static char *explain_asked(const struct explain_run *r, const struct selector *sel, bool classes,
			   int code)
{
	struct asked a;
	char *why, *s;

	asked_entries(r->c, sel, classes && code < 0, &a);
	if (!a.n) {
		s = code >= 0 ? explain_missing(r->c, code) : explain_empty(r->c, sel);
	} else {
		why = why_hidden(r, &a, code < 0);
		s = code >= 0 ? explain_hidden(code, why) : explain_hidden_sel(sel, why);
		free(why);
	}
	free(a.v);
	return s;
}

char *explain_code(const struct explain_run *r, int code)
{
	struct selector sel = { .lo = (short)code, .hi = (short)code };

	return explain_asked(r, &sel, false, code);
}

char *explain_selector(const struct explain_run *r, const struct selector *sel, bool classes)
{
	return explain_asked(r, sel, classes, selector_code(sel));
}

bool explain_shown(const struct explain_run *r, const struct selector *sel, bool classes,
		   const struct hit *hits, size_t n)
{
	const struct catalog *c = r->c;
	int d = classes && !r->f->conflicts ? selector_class(sel) : -1;

	for (size_t h = 0; h < n; h++)
		if (selector_match(sel, c->codes[hits[h].code].code))
			return true;
	for (size_t i = 0; d >= 0 && i < c->nclasses; i++)
		if (c->classes[i].code == d * 100 && filter_entry(r->f, c, &c->classes[i]))
			return true;
	return false;
}
