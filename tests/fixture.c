/* fixture: see fixture.h. */
#include "fixture.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "screen_compare.h"
#include "screen_filters.h"
#include "screen_prompt.h"
#include "textlayout.h"

/* Apps a test makes besides the fixture's (other filters, ASCII mode). They
 * live here so that teardown frees them when an assertion ends a test
 * early, and valgrind stays clean even then. */
static struct app extra[2];
static bool extra_live[2];

struct app *open_app(int slot, const struct filter *f, bool ascii)
{
	if (extra_live[slot])
		app_free(&extra[slot]);
	app_init(&extra[slot], &embedded_catalog, f, ascii);
	extra_live[slot] = true;
	return &extra[slot];
}

void close_app(int slot)
{
	if (extra_live[slot])
		app_free(&extra[slot]);
	extra_live[slot] = false;
}

/* An app of slot 0 at the fixture's size, these groups hidden. */
struct app *open_hiding(const char *groups)
{
	struct filter f;
	struct app *b;
	char err[QUERY_ERRLEN] = "";

	filter_init(&f);
	assert_int_equal(filter_hide_vendors(&f, groups, false, err), 0);
	b = open_app(0, &f, false);
	filter_free(&f);
	app_resize(b, ROWS, COLS);
	return b;
}

int setup(void **state)
{
	struct app *a = calloc(1, sizeof(*a));

	if (!a)
		return -1;
	app_init(a, &embedded_catalog, NULL, false);
	app_resize(a, ROWS, COLS);
	*state = a;
	return 0;
}

int teardown(void **state)
{
	struct app *a = *state;

	app_free(a);
	free(a);
	close_app(0);
	close_app(1);
	return 0;
}

/* ---- helpers ------------------------------------------------------------- */

unsigned act(struct app *a, enum action x)
{
	return app_apply(a, x, 0);
}

/* Type the digits of s; the dirty bits of all of them. */
unsigned type(struct app *a, const char *s)
{
	unsigned d = 0;

	for (; *s; s++)
		d |= app_apply(a, ACT_DIGIT, *s);
	return d;
}

int code_at_row(const struct app *a, size_t r)
{
	assert_true(r < a->nrows);
	return E->codes[a->visible[a->rows[r]].code].code;
}

int selected(const struct app *a)
{
	const struct code_info *ci = app_code(a);

	assert_non_null(ci);
	return ci->code;
}

/* The row showing code, or NO_INDEX. */
size_t row_of(const struct app *a, int code)
{
	for (size_t r = 0; r < a->nrows; r++)
		if (code_at_row(a, r) == code)
			return r;
	return NO_INDEX;
}

size_t node_index(const struct app *a, int cls, int vendor)
{
	for (size_t i = 0; i < a->nnodes; i++)
		if (a->nodes[i].cls == cls && a->nodes[i].vendor == vendor)
			return i;
	return NO_INDEX;
}

void set_focus_to(struct app *a, enum pane p)
{
	for (int i = 0; i < PANE_COUNT && a->focus != p; i++)
		act(a, ACT_FOCUS_NEXT);
	assert_int_equal(a->focus, p);
}

/* Select a tree node with the keys: focus the tree, go to the top, down. */
void select_node_by_keys(struct app *a, int cls, int vendor)
{
	size_t want = node_index(a, cls, vendor);

	assert_true(want != NO_INDEX);
	set_focus_to(a, PANE_TREE);
	act(a, ACT_TOP);
	while (a->tree_sel < want)
		assert_true(act(a, ACT_DOWN) != 0);
	assert_int_equal(a->tree_sel, want);
}

/* Codes of class cls (-1: any) with an entry, not all of whose groups are
 * in hidden, that is in group vendor (-1: any). From the catalog alone. */
unsigned count_codes(int cls, int vendor, unsigned hidden)
{
	unsigned n = 0;

	for (size_t i = 0; i < E->ncodes; i++) {
		const struct code_info *ci = &E->codes[i];
		unsigned groups = 0;
		bool visible = false;

		if (cls >= 0 && ci->code / 100 != cls)
			continue;
		for (unsigned k = ci->first; k < ci->first + ci->count; k++) {
			const struct entry *e = &E->entries[k];

			if (e->vendor & ~hidden) {
				visible = true;
				groups |= e->vendor;
			}
		}
		if (visible && (vendor < 0 || (groups & VENDOR_BIT(vendor))))
			n++;
	}
	return n;
}

/* Does code have an entry in group vendor? From the catalog alone. */
bool code_in_group(int code, int vendor)
{
	const struct code_info *ci = catalog_code(E, code);

	assert_non_null(ci);
	for (unsigned k = ci->first; k < ci->first + ci->count; k++)
		if (E->entries[k].vendor & VENDOR_BIT(vendor))
			return true;
	return false;
}

bool line_starts(const struct dline *l, const char *p)
{
	size_t n = strlen(p);

	return l->len >= n && memcmp(l->s, p, n) == 0;
}

bool line_is(const struct dline *l, const char *p)
{
	return l->len == strlen(p) && memcmp(l->s, p, l->len) == 0;
}

bool line_has(const struct dline *l, const char *p)
{
	return memmem(l->s, l->len, p, strlen(p)) != NULL;
}

/* Index of the first line of kind (any kind when kind < 0) containing p. */
size_t doc_find(const struct doc *d, int kind, const char *p)
{
	for (size_t i = 0; i < d->n; i++)
		if ((kind < 0 || d->v[i].kind == kind) && line_has(&d->v[i], p))
			return i;
	return NO_INDEX;
}

/* The description header of one entry, as the pane shows it (UTF-8). */
void entry_header(const struct entry *e, char *buf, size_t size)
{
	const char *label = E->sources[e->source].label;

	if (e->name[0] && e->qualifier[0])
		snprintf(buf, size, "%s: %s (%s)", label, e->name, e->qualifier);
	else if (e->name[0])
		snprintf(buf, size, "%s: %s", label, e->name);
	else
		snprintf(buf, size, "%s", label);
}

/* Does the header at line i of d, with its continuation lines, read p?
 * Its lines point into one string: the header is from the first line's
 * start to the last one's end. */
bool header_is(const struct doc *d, size_t i, const char *p)
{
	size_t j = i;

	if (i >= d->n || d->v[i].kind != DL_HEADER)
		return false;
	while (j + 1 < d->n && d->v[j + 1].kind == DL_HEADER_CONT)
		j++;
	return (size_t)(d->v[j].s + d->v[j].len - d->v[i].s) == strlen(p) &&
	       memcmp(d->v[i].s, p, strlen(p)) == 0;
}

/* The description shows the selected code: its first line is the header of
 * the code's first entry, and each of its entries has a header. */
void assert_code_desc(const struct app *a)
{
	const struct code_info *ci = app_code(a);
	char want[512];
	size_t headers = 0;

	assert_non_null(ci);
	assert_false(app_desc_is_class(a));
	assert_true(a->desc.n > 0);
	entry_header(&E->entries[ci->first], want, sizeof(want));
	assert_int_equal(a->desc.v[0].kind, DL_HEADER);
	if (!header_is(&a->desc, 0, want))
		print_error("first line '%.*s', want '%s'\n", (int)a->desc.v[0].len,
			    a->desc.v[0].s, want);
	assert_true(header_is(&a->desc, 0, want));
	for (size_t i = 0; i < a->desc.n; i++)
		headers += a->desc.v[i].kind == DL_HEADER;
	assert_int_equal(headers, ci->count);
}

/* Every line fits the width the description was wrapped to; a header's
 * lines start after its rule ("── "), its first line fits before the rule
 * after it (" ─") unless it is one word too wide for that. */
void assert_desc_fits(const struct app *a)
{
	assert_int_equal(a->desc_width, app_desc_measure(a));
	assert_true(a->desc_width <= DESC_MEASURE && a->desc_width <= a->pane[PANE_DESC].w);
	for (size_t i = 0; i < a->desc.n; i++) {
		const struct dline *l = &a->desc.v[i];
		size_t w = tl_width(l->s, l->len);

		assert_true(l->indent + w <= (size_t)a->desc_width);
		if (l->kind == DL_HEADER || l->kind == DL_HEADER_CONT)
			assert_int_equal(l->indent, 3);
		if (l->kind == DL_HEADER && l->indent + w + 2 > (size_t)a->desc_width)
			assert_null(memchr(l->s, ' ', l->len));
	}
}

bool printable_ascii(const struct dline *l)
{
	for (size_t i = 0; i < l->len; i++)
		if ((unsigned char)l->s[i] < 0x20 || (unsigned char)l->s[i] > 0x7e)
			return false;
	return true;
}

void assert_doc_ascii(const struct doc *d)
{
	assert_true(d->n > 0);
	for (size_t i = 0; i < d->n; i++) {
		if (!printable_ascii(&d->v[i]))
			print_error("line %zu not ASCII: '%.*s'\n", i, (int)d->v[i].len, d->v[i].s);
		assert_true(printable_ascii(&d->v[i]));
	}
}

bool doc_has_non_ascii(const struct doc *d)
{
	for (size_t i = 0; i < d->n; i++)
		for (size_t k = 0; k < d->v[i].len; k++)
			if ((unsigned char)d->v[i].s[k] > 0x7e)
				return true;
	return false;
}

/* ---- keys --------------------------------------------------------------- */

uint32_t rng_state;

uint32_t rnd(void)
{
	uint32_t x = rng_state;

	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	return rng_state = x;
}

int rnd_in(int lo, int hi)
{
	return lo + (int)(rnd() % (uint32_t)(hi - lo + 1));
}

/* What the state was when an invariant broke. */
void dump_state(const struct app *a)
{
	print_error("  %dx%d%s focus %d overlay %d tree %zu/%zu (top %zu) list %zu/%zu (top %zu) "
		    "desc %zu lines (top %zu, width %d) class %d digits %u\n", a->height, a->width,
		    a->too_small ? " too small" : "", a->focus, app_screen(a), a->tree_sel, a->nnodes,
		    a->tree_top, a->list_sel, a->nrows, a->list_top, a->desc.n, a->desc_top,
		    a->desc_width, app_desc_is_class(a), a->ndigits);
}


void check_invariants(const struct app *a, int step)
{
	INVARIANT(step, a->nrows == 0 || a->list_sel < a->nrows);
	INVARIANT(step, a->nnodes > 0 && a->tree_sel < a->nnodes);
	INVARIANT(step, a->nrows <= a->nvisible);
	INVARIANT(step, a->nrows == 0 || app_code(a) != NULL);
	/* the text no wider than a readable measure, the focused pane shown */
	INVARIANT(step, a->desc_width == app_desc_measure(a) && a->desc_width <= DESC_MEASURE);
	INVARIANT(step, a->focus >= PANE_TREE && a->focus < PANE_COUNT);
	INVARIANT(step, a->too_small || a->pane[a->focus].w > 0);
	INVARIANT(step, a->ndigits <= 3);
	INVARIANT(step, strlen(a->message) < sizeof(a->message));
	if (a->too_small)
		return;
	{
		size_t lrows = (size_t)app_content_rows(a, PANE_LIST);
		size_t trows = (size_t)app_content_rows(a, PANE_TREE);
		size_t drows = (size_t)app_content_rows(a, PANE_DESC);
		size_t dmax = a->desc.n > drows ? a->desc.n - drows : 0;

		INVARIANT(step, lrows == (size_t)a->height - 2);
		INVARIANT(step, a->nrows == 0 || (a->list_top <= a->list_sel &&
						  a->list_sel < a->list_top + lrows));
		INVARIANT(step, a->tree_top <= a->tree_sel && a->tree_sel < a->tree_top + trows);
		INVARIANT(step, a->desc_top <= dmax);
		INVARIANT(step, a->desc_width < 2 || a->desc.n > 0 ||
			  (!app_code(a) && !app_desc_is_class(a)));
	}
	if (app_screen(a) == SCREEN_HELP || app_screen(a) == SCREEN_SOURCES ||
	    app_screen(a) == SCREEN_FILTERS) {
		INVARIANT(step, over_doc(a)->n > 0);
		INVARIANT(step, over_top(a) == 0 || over_top(a) + (size_t)a->height - 2 <= over_doc(a)->n);
	}
}


unsigned press(struct app *a, int key)
{
	return app_key(a, key);
}

/* Each character of s as a key; the dirty bits of all of them. */
unsigned keys(struct app *a, const char *s)
{
	unsigned d = 0;

	for (; *s; s++)
		d |= app_key(a, (unsigned char)*s);
	return d;
}

/* The codes of the list's rows, in order. */
size_t row_codes(const struct app *a, int *out)
{
	assert_true(a->nrows <= MAXROWS);
	for (size_t r = 0; r < a->nrows; r++)
		out[r] = code_at_row(a, r);
	return a->nrows;
}

/* What a fresh search of text finds under f (NULL: nothing hidden), best
 * first: the list under All. A phrase not closed yet counts as closed, as
 * at the prompt. */
size_t search_codes(const char *text, const struct filter *f, int *out)
{
	struct query q;
	struct filter all;
	struct hit *hits;
	char err[QUERY_ERRLEN] = "", closed[SEARCH_MAX + 2];
	size_t n;
	int rc;

	filter_init(&all);
	rc = query_parse(text, false, &q, err);
	if (rc && strstr(err, "unbalanced quote")) {
		snprintf(closed, sizeof(closed), "%s\"", text);
		rc = query_parse(closed, false, &q, err);
	}
	if (rc)
		print_error("'%s': %s\n", text, err);
	assert_int_equal(rc, 0);
	n = query_run(E, &q, f ? f : &all, &hits);
	query_free(&q);
	for (size_t i = 0; i < n && i < MAXROWS; i++)
		out[i] = E->codes[hits[i].code].code;
	free(hits);
	assert_true(n <= MAXROWS);
	return n;
}

void assert_rows(const struct app *a, const int *want, size_t n)
{
	if (a->nrows != n)
		print_error("%zu rows, want %zu\n", a->nrows, n);
	assert_int_equal(a->nrows, n);
	for (size_t r = 0; r < n; r++) {
		if (code_at_row(a, r) != want[r])
			print_error("row %zu is %d, want %d\n", r, code_at_row(a, r), want[r]);
		assert_int_equal(code_at_row(a, r), want[r]);
	}
}

/* Under All, the rows are what a fresh search of text finds. */
void assert_rows_are_search(const struct app *a, const char *text)
{
	int want[MAXROWS];
	size_t n = search_codes(text, &a->filter, want);

	assert_int_equal(app_node(a)->cls, -1);
	assert_rows(a, want, n);
}

/* The tree counts the visible codes: All, and each class. */
void assert_tree_counts(const struct app *a)
{
	unsigned cls[10] = { 0 };

	for (size_t i = 0; i < a->nvisible; i++)
		cls[E->codes[a->visible[i].code].code / 100]++;
	assert_int_equal(a->nodes[0].count, a->nvisible);
	for (size_t i = 1; i < a->nnodes; i++)
		if (a->nodes[i].vendor < 0)
			assert_int_equal(a->nodes[i].count, cls[a->nodes[i].cls]);
}

bool folded_starts(const char *s, size_t n, const char *word)
{
	size_t len;
	char *f = tl_fold(s, n, &len, NULL);
	bool yes = len >= strlen(word) && memcmp(f, word, strlen(word)) == 0;

	if (!yes)
		print_error("highlight '%.*s' folds to '%s'\n", (int)n, s, f);
	free(f);
	return yes;
}

/* Every highlight of the description is inside its line and folds to a
 * word that starts with word; the lines with highlights are the matches.
 * Returns how many lines have highlights. */
size_t check_highlights(const struct app *a, const char *word)
{
	size_t lines = 0, total = 0;

	for (size_t i = 0; i < a->desc.n; i++) {
		const struct dline *l = &a->desc.v[i];

		if (!l->hl_count)
			continue;
		assert_true(lines < a->nmatches);
		assert_int_equal(a->matches[lines], i);
		lines++;
		for (unsigned h = l->hl_first; h < l->hl_first + l->hl_count; h++) {
			const struct hl *hl = &a->desc.hl[h];

			assert_true(hl->p >= l->s);
			assert_true(hl->len > 0);
			assert_true(hl->p + hl->len <= l->s + l->len);
			assert_true(folded_starts(hl->p, hl->len, word));
		}
		total += l->hl_count;
	}
	assert_int_equal(total, a->desc.nhl);
	assert_int_equal(lines, a->nmatches);
	return lines;
}

/* ---- the search ---------------------------------------------------------------------- */

bool panel_checked(const struct dline *l)
{
	return l->s[1] == 'x';
}

/* Open the panel (when closed) and go to item i: the vendor groups, then
 * the sources, then the presets. */
void panel_to(struct app *a, size_t item)
{
	if (app_screen(a) != SCREEN_FILTERS)
		assert_int_equal(press(a, 'f'), DIRTY_ALL);
	press(a, 'g');
	assert_int_equal(panel_item(a), 0);
	for (size_t i = 0; i < item; i++)
		assert_int_equal(press(a, 'j'), DIRTY_OVERLAY);
	assert_int_equal(panel_item(a), item);
}

/* ---- the screens, as the tests read them ---------------------------------- */

size_t under(const struct app *a)
{
	return a->depth ? a->depth - 1 : 0;
}

bool typing(const struct app *a)
{
	return app_screen(a) == SCREEN_PROMPT;
}

const char *search_text(const struct app *a)
{
	return typing(a) ? prompt_text(app_top(a)) : a->search;
}

const struct screen *prompt_of(const struct app *a)
{
	const struct screen *s = app_screen_state(a, SCREEN_PROMPT);

	assert_non_null(s);
	return s;
}

/* The pager on top. */
static const struct screen *pager_of(const struct app *a)
{
	enum screen_id id = app_screen(a);

	assert_true(id == SCREEN_HELP || id == SCREEN_SOURCES || id == SCREEN_FILTERS);
	return app_top(a);
}

const struct doc *over_doc(const struct app *a)
{
	return pager_doc(pager_of(a));
}

size_t over_top(const struct app *a)
{
	return pager_top(pager_of(a));
}

long over_sel(const struct app *a)
{
	return pager_sel(pager_of(a));
}

size_t panel_item(const struct app *a)
{
	const struct screen *s = app_screen_state(a, SCREEN_FILTERS);

	assert_non_null(s);
	return filters_item(s);
}

static const struct screen *cmp_state(const struct app *a)
{
	return app_screen_state(a, SCREEN_COMPARE);
}

const struct compare *cmp_of(const struct app *a)
{
	static const struct compare none;

	return cmp_state(a) ? compare_screen_columns(cmp_state(a)) : &none;
}

const struct doc *cmp_doc(const struct app *a, size_t k)
{
	assert_true(cmp_state(a) && k < compare_screen_ndocs(cmp_state(a)));
	return compare_screen_doc(cmp_state(a), k);
}

const struct doc *cmp_head(const struct app *a)
{
	static const struct doc none;

	return cmp_state(a) ? compare_screen_heads(cmp_state(a)) : &none;
}

#define CMP_FIELD(type, name) \
	type cmp_##name(const struct app *a) \
	{ \
		return cmp_state(a) ? compare_screen_##name(cmp_state(a)) : 0; \
	}
CMP_FIELD(size_t, ndocs)
CMP_FIELD(int, head_rows)
CMP_FIELD(int, width)
CMP_FIELD(size_t, fit)
CMP_FIELD(size_t, first)
CMP_FIELD(size_t, focus)
CMP_FIELD(size_t, top)
CMP_FIELD(bool, plain)
CMP_FIELD(bool, choosing)
CMP_FIELD(size_t, choice)
#undef CMP_FIELD
