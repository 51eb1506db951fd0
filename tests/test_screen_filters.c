/* Tests of the filters panel (src/screen_filters.c): its groups, sources
 * and presets with their counts, toggling them by key and by click, the
 * panes following, saving, closing, and its selection in sight. */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fixture.h"
#include "config.h"
#include "keys.h"
#include "screen_compare.h"
#include "screen_prompt.h"
#include "textlayout.h"


/* The presets, in the panel's order. */
enum { PRESET_STANDARD_ONLY, PRESET_EVERYTHING, PRESET_CONFLICTS_ONLY };

static size_t preset_item(size_t preset)
{
	return VENDOR_COUNT + E->nsources + preset;
}

/* The panel's line of a group or source: "[x] label   count". */
static const struct dline *panel_line(const struct app *a, const char *label)
{
	size_t n = strlen(label);

	for (size_t i = 0; i < over_doc(a)->n; i++) {
		const struct dline *l = &over_doc(a)->v[i];

		if (l->kind == DL_TEXT && l->len > n + 5 && (line_starts(l, "[x] ") ||
		    line_starts(l, "[ ] ")) && memcmp(l->s + 4, label, n) == 0 && l->s[4 + n] == ' ')
			return l;
	}
	print_error("no panel line for %s\n", label);
	fail();
	return NULL;
}

/* Does the line end with text? */
static bool line_ends(const struct dline *l, const char *text)
{
	size_t n = strlen(text);

	return l->len > n && memcmp(l->s + l->len - n, text, n) == 0 && l->s[l->len - n - 1] == ' ';
}

/* The entries an item's line says it holds: "N entries", "1 entry", or 0
 * with why it has none (one of the reasons the panel gives). */
static unsigned panel_count(const struct dline *l)
{
	static const char *const none[] = {
		"none matches the search", "none under standard only", "none under conflicts only",
		"none under the limits", "class definitions only", "no entries",
		"none: search", "none: standard", "none: conflicts", "none: limits", "classes only",
		"empty",
	};
	size_t i;
	unsigned n = 0, scale = 1;
	bool entries = line_ends(l, "entries");

	for (size_t k = 0; k < ARRAY_SIZE(none); k++)
		if (line_ends(l, none[k]))
			return 0;
	assert_true(entries || line_ends(l, "1 entry"));
	i = l->len - (entries ? strlen(" entries") : strlen(" entry"));
	while (i > 0 && l->s[i - 1] >= '0' && l->s[i - 1] <= '9') {
		n += (unsigned)(l->s[i - 1] - '0') * scale;
		scale *= 10;
		i--;
	}
	assert_int_equal(l->s[i - 1], ' ');
	assert_true(n > 0 && (n == 1) == !entries);
	return n;
}

/* A preset's mark: '*' it is the filters' state, '+' its limit is in
 * effect with other changes, ' ' neither. */
static char preset_state(const struct app *a, const char *name)
{
	for (size_t i = 0; i < over_doc(a)->n; i++) {
		const struct dline *l = &over_doc(a)->v[i];

		if (l->len >= 4 + strlen(name) && memcmp(l->s + 4, name, strlen(name)) == 0) {
			assert_true(line_starts(l, "(*) ") || line_starts(l, "( ) ") ||
				    line_starts(l, "(+) "));
			return l->s[1];
		}
	}
	print_error("no preset %s\n", name);
	fail();
	return 0;
}

static bool preset_marked(const struct app *a, const char *name)
{
	return preset_state(a, name) == '*';
}

/* Entries of group v (v >= 0) or source s that a search (NULL: none)
 * matches: from the catalog. */
static unsigned entries_in(int v, int s, const char *search)
{
	struct query q;
	char err[QUERY_ERRLEN];
	unsigned n = 0;

	assert_int_equal(query_parse(search ? search : "", false, &q, err), 0);
	for (size_t i = 0; i < E->nentries; i++) {
		const struct entry *e = &E->entries[i];

		if (v >= 0 && !(e->vendor & VENDOR_BIT(v)))
			continue;
		if (s >= 0 && e->source != s)
			continue;
		n += query_code_ok(&q, e->code) && query_rank(&q, e) >= 0;
	}
	query_free(&q);
	return n;
}

static void test_panel_lists_groups_sources_and_presets(void **state)
{
	struct app *a = *state;
	size_t at = 0;

	assert_int_equal(press(a, 'f'), DIRTY_ALL);
	assert_int_equal(app_screen(a), SCREEN_FILTERS);
	assert_int_equal(panel_item(a), 0);
	assert_true(line_is(&over_doc(a)->v[0], "filters"));
	assert_true(over_sel(a) >= 0);
	assert_true(over_doc(a)->v[over_sel(a)].s == panel_line(a, "Standard")->s);
	assert_true(doc_find(over_doc(a), DL_TITLE, "vendor groups") <
		    doc_find(over_doc(a), DL_TITLE, "sources"));
	assert_true(doc_find(over_doc(a), DL_TITLE, "sources") <
		    doc_find(over_doc(a), DL_TITLE, "presets"));
	for (int v = 0; v < VENDOR_COUNT; v++) {
		const struct dline *l = panel_line(a, vendor_labels[v]);
		size_t i = (size_t)(l - over_doc(a)->v);

		assert_true(panel_checked(l));
		assert_int_equal(panel_count(l), entries_in(v, -1, NULL));
		assert_true(i > at);        /* in enum order */
		at = i;
	}
	assert_int_equal(panel_count(panel_line(a, "nginx")), 10);
	for (size_t s = 0; s < E->nsources; s++) {
		const struct dline *l = panel_line(a, E->sources[s].label);

		assert_true(panel_checked(l));
		assert_int_equal(panel_count(l), entries_in(-1, (int)s, NULL));
		assert_true((size_t)(l - over_doc(a)->v) > at);
		at = (size_t)(l - over_doc(a)->v);
	}
	assert_true(preset_marked(a, "everything"));
	assert_false(preset_marked(a, "standard only"));
	assert_false(preset_marked(a, "conflicts only"));
	/* the selection follows the item */
	panel_to(a, VENDOR_NGINX);
	assert_true(over_doc(a)->v[over_sel(a)].s == panel_line(a, "nginx")->s);
	panel_to(a, VENDOR_COUNT);
	assert_true(over_doc(a)->v[over_sel(a)].s == panel_line(a, E->sources[0].label)->s);
	assert_int_equal(press(a, 'G'), DIRTY_OVERLAY);
	assert_int_equal(panel_item(a), preset_item(PRESET_CONFLICTS_ONLY));
	assert_true(line_has(&over_doc(a)->v[over_sel(a)], "conflicts only"));
	assert_int_equal(press(a, 'j'), 0);
}

/* Hiding the group the tree has selected falls back to its class, not
 * to All and the top of the list. */
static void test_panel_hiding_the_selected_group_keeps_its_class(void **state)
{
	struct app *a = *state;

	set_focus_to(a, PANE_TREE);
	select_node_by_keys(a, 4, -1);
	act(a, ACT_TOGGLE);
	select_node_by_keys(a, 4, VENDOR_MICROSOFT);
	panel_to(a, VENDOR_MICROSOFT);
	press(a, ' ');
	assert_int_equal(app_node(a)->cls, 4);
	assert_int_equal(app_node(a)->vendor, -1);
	assert_int_equal(selected(a) / 100, 4);
	/* back: the group is there again, but the class stays selected */
	press(a, ' ');
	assert_int_equal(app_node(a)->cls, 4);
}

/* A click on a panel line toggles its item; on another line, nothing. */
static void test_panel_click_toggles(void **state)
{
	struct app *a = *state;
	const struct dline *l;
	long y;

	press(a, 'f');
	l = panel_line(a, "nginx");
	y = (long)(l - over_doc(a)->v) - (long)over_top(a);
	assert_int_equal(app_click(a, (int)y, 10), DIRTY_ALL);
	assert_int_equal(a->filter.vendors, VENDOR_ALL & ~VENDOR_BIT(VENDOR_NGINX));
	assert_int_equal(panel_item(a), VENDOR_NGINX);
	assert_int_equal(over_sel(a), (long)(panel_line(a, "nginx") - over_doc(a)->v));
	assert_false(panel_checked(panel_line(a, "nginx")));
	assert_int_equal(app_click(a, 0, 10), 0);        /* the title */
	l = panel_line(a, "nginx");
	y = (long)(l - over_doc(a)->v) - (long)over_top(a);
	app_click(a, (int)y, 3);
	assert_int_equal(a->filter.vendors, VENDOR_ALL);
	/* a source, and a preset */
	l = panel_line(a, E->sources[1].label);
	app_click(a, (int)((long)(l - over_doc(a)->v) - (long)over_top(a)), 10);
	assert_non_null(a->filter.sources);
	assert_false(a->filter.sources[1]);
	for (size_t i = 0; i < over_doc(a)->n; i++)
		if (line_starts(&over_doc(a)->v[i], "( ) conflicts only"))
			app_click(a, (int)((long)i - (long)over_top(a)), 10);
	assert_true(a->filter.conflicts);
	assert_null(a->filter.sources);
}

/* Grown back from a small screen, the panel shows its top again when the
 * selection fits, not the place the small screen scrolled to. */
static void test_panel_resize_shows_the_top(void **state)
{
	struct app *a = *state;

	app_resize(a, 10, 40);
	panel_to(a, VENDOR_COUNT + 3);
	assert_true(over_top(a) > 0);
	app_resize(a, 30, 100);
	assert_int_equal(over_top(a), 0);
	assert_true(over_sel(a) < 29);
	/* small again: the selection stays in sight */
	app_resize(a, 10, 40);
	assert_true((size_t)over_sel(a) >= over_top(a) && (size_t)over_sel(a) < over_top(a) + 9);
}

/* Every line of the panel fits the screen; a preset's line too long for
 * it is cut with an ellipsis ("~" in ASCII), the rest of it lost, not
 * its start; its item stays one line, so clicks and the selection land. */
static void test_panel_cuts_long_presets(void **state)
{
	static const char *const names[] = {
		"standard only: registered codes, standard entries", "everything",
		"conflicts only: codes with more than one name",
	};
	static const char *const starts[] = { "standard only", "everything", "conflicts only" };
	struct app *a = *state;

	for (int ascii = 0; ascii < 2; ascii++) {
		struct app *b = ascii ? open_app(0, NULL, true) : a;
		const char *ell = ascii ? "~" : "\xe2\x80\xa6";

		for (int cols = 40; cols <= 100; cols += 3) {
			size_t cut = 0;

			app_resize(b, 30, cols);
			if (app_screen(b) != SCREEN_FILTERS)
				assert_int_equal(press(b, 'f'), DIRTY_ALL);
			for (size_t i = 0; i < over_doc(b)->n; i++) {
				const struct dline *l = &over_doc(b)->v[i];

				assert_true(l->indent + tl_width(l->s, l->len) <= (size_t)cols - 4);
			}
			for (size_t p = 0; p < ARRAY_SIZE(names); p++) {
				size_t at = doc_find(over_doc(b), DL_TEXT, starts[p]);
				const struct dline *l;
				size_t whole = 4 + strlen(names[p]), keep;

				assert_true(at != NO_INDEX);
				l = &over_doc(b)->v[at];
				if (l->len == whole) {
					assert_true(memcmp(l->s + 4, names[p], strlen(names[p])) == 0);
					continue;
				}
				cut++;
				assert_int_equal(l->indent + tl_width(l->s, l->len), (size_t)cols - 4);
				keep = l->len - strlen(ell);
				assert_true(keep > 4 && memcmp(l->s + keep, ell, strlen(ell)) == 0);
				assert_true(memcmp(l->s + 4, names[p], keep - 4) == 0);
			}
			assert_true(cols - 4 - 2 >= 4 + 49 || cut > 0);
		}
		/* a click on the last preset's line still applies it */
		app_resize(b, 30, 40);
		assert_int_equal(app_click(b, (int)(doc_find(over_doc(b), DL_TEXT, "conflicts only") -
						     over_top(b)), 10), DIRTY_ALL);
		assert_true(b->filter.conflicts);
		if (ascii)
			close_app(0);
	}
}

/* Space on nginx hides its entries: 444 goes, 499 stays (Esri's). */
static void test_panel_hides_nginx(void **state)
{
	struct app *a = *state;
	unsigned hidden = VENDOR_BIT(VENDOR_NGINX);
	unsigned count;

	panel_to(a, VENDOR_NGINX);
	count = panel_count(panel_line(a, "nginx"));
	assert_int_equal(press(a, ' '), DIRTY_ALL);
	assert_int_equal(app_screen(a), SCREEN_FILTERS);
	assert_int_equal(a->filter.vendors, VENDOR_ALL & ~hidden);
	assert_int_equal(a->nrows, count_codes(-1, -1, hidden));
	assert_true(row_of(a, 444) == NO_INDEX);
	assert_true(row_of(a, 499) != NO_INDEX);
	assert_tree_counts(a);
	assert_false(panel_checked(panel_line(a, "nginx")));
	assert_true(panel_checked(panel_line(a, "Esri")));
	assert_int_equal(panel_count(panel_line(a, "nginx")), count);  /* what it would bring */
	assert_false(preset_marked(a, "everything"));
	assert_int_equal(panel_item(a), VENDOR_NGINX);
	/* closed: the browser shows the filter */
	press(a, K_ESC);
	assert_int_equal(app_screen(a), SCREEN_NONE);
	assert_int_equal(a->filter.vendors, VENDOR_ALL & ~hidden);
	type(a, "499");
	assert_int_equal(selected(a), 499);
	assert_true(doc_find(&a->desc, DL_HEADER, "Client Closed Request") == NO_INDEX);
	assert_string_equal(app_code(a)->name, "Token required");   /* Esri's, the one left */
	assert_int_equal(app_code(a)->nnames, 1);
	/* Enter toggles too */
	panel_to(a, VENDOR_NGINX);
	assert_int_equal(press(a, K_ENTER), DIRTY_ALL);
	assert_int_equal(a->filter.vendors, VENDOR_ALL);
	assert_string_equal(app_code(a)->name, "Client Closed Request");
	assert_int_equal(app_code(a)->nnames, 2);
	assert_int_equal(a->nrows, E->ncodes);
	assert_true(preset_marked(a, "everything"));
}

/* n turns a whole section off, a on again; on the presets they do nothing. */
static void test_panel_none_and_all(void **state)
{
	struct app *a = *state;

	panel_to(a, VENDOR_ESRI);
	assert_int_equal(press(a, 'n'), DIRTY_ALL);
	assert_int_equal(a->filter.vendors, 0);
	assert_int_equal(a->nrows, 0);
	assert_int_equal(a->nvisible, 0);
	assert_null(app_code(a));
	for (int v = 0; v < VENDOR_COUNT; v++)
		assert_false(panel_checked(panel_line(a, vendor_labels[v])));
	assert_int_equal(press(a, 'a'), DIRTY_ALL);
	assert_int_equal(a->filter.vendors, VENDOR_ALL);
	assert_int_equal(a->nrows, E->ncodes);
	for (int v = 0; v < VENDOR_COUNT; v++)
		assert_true(panel_checked(panel_line(a, vendor_labels[v])));
	/* the sources */
	panel_to(a, VENDOR_COUNT + 3);
	press(a, 'n');
	assert_non_null(a->filter.sources);
	assert_int_equal(a->filter.nsources, E->nsources);
	for (size_t s = 0; s < E->nsources; s++) {
		assert_int_equal(a->filter.sources[s], 0);
		assert_false(panel_checked(panel_line(a, E->sources[s].label)));
	}
	assert_int_equal(a->nrows, 0);
	assert_int_equal(a->filter.vendors, VENDOR_ALL);
	press(a, 'a');
	assert_null(a->filter.sources);
	assert_int_equal(a->nrows, E->ncodes);
	/* presets */
	panel_to(a, preset_item(PRESET_STANDARD_ONLY));
	assert_int_equal(press(a, 'n'), 0);
	assert_int_equal(press(a, 'a'), 0);
	assert_false(a->filter.standard);
	assert_int_equal(a->nrows, E->ncodes);
}

/* Space on a source hides its entries; again shows them. */
static void test_panel_toggles_a_source(void **state)
{
	struct app *a = *state;
	int ia = catalog_source_index(E, "iana");

	panel_to(a, VENDOR_COUNT + (size_t)ia);
	assert_true(over_doc(a)->v[over_sel(a)].s == panel_line(a, "IANA")->s);
	assert_int_equal(press(a, ' '), DIRTY_ALL);
	assert_non_null(a->filter.sources);
	assert_int_equal(a->filter.nsources, E->nsources);
	for (size_t s = 0; s < E->nsources; s++)
		assert_int_equal(a->filter.sources[s], (int)s != ia);
	assert_false(panel_checked(panel_line(a, "IANA")));
	assert_rows_are_search(a, "");
	assert_true(row_of(a, 103) == NO_INDEX);    /* only the registry has them */
	assert_true(row_of(a, 104) == NO_INDEX);
	assert_int_equal(a->nrows, E->ncodes - 2);
	assert_false(preset_marked(a, "everything"));
	press(a, ' ');
	assert_null(a->filter.sources);
	assert_int_equal(a->nrows, E->ncodes);
	assert_true(preset_marked(a, "everything"));
}

static void test_panel_presets(void **state)
{
	static const int conflicts[] = { 306, 308, 413, 414, 416, 418, 421, 422, 425, 444, 451, 499 };
	struct app *a = *state;

	/* something to reset first */
	panel_to(a, VENDOR_NGINX);
	press(a, ' ');
	panel_to(a, VENDOR_COUNT + 1);
	press(a, ' ');
	assert_non_null(a->filter.sources);

	panel_to(a, preset_item(PRESET_STANDARD_ONLY));
	assert_int_equal(press(a, ' '), DIRTY_ALL);
	assert_true(a->filter.standard);
	assert_false(a->filter.conflicts);
	assert_int_equal(a->filter.vendors, VENDOR_ALL);
	assert_null(a->filter.sources);
	assert_rows_are_search(a, "");
	assert_true(row_of(a, 499) == NO_INDEX);
	assert_true(row_of(a, 418) == NO_INDEX);
	assert_true(row_of(a, 103) != NO_INDEX);
	assert_true(row_of(a, 425) != NO_INDEX);
	assert_true(preset_marked(a, "standard only"));
	assert_false(preset_marked(a, "everything"));
	/* the counts are within the limit: nginx would bring nothing, and
	 * the panel says why */
	assert_int_equal(panel_count(panel_line(a, "nginx")), 0);
	assert_true(line_ends(panel_line(a, "nginx"), "none under standard only"));
	assert_true(line_ends(panel_line(a, "CN: classes"), "class definitions only"));
	assert_true(panel_count(panel_line(a, "Standard")) <
		    entries_in(VENDOR_STANDARD, -1, NULL));
	assert_true(panel_count(panel_line(a, "Standard")) > 0);

	panel_to(a, preset_item(PRESET_CONFLICTS_ONLY));
	press(a, ' ');
	assert_true(a->filter.conflicts);
	assert_false(a->filter.standard);
	assert_rows(a, conflicts, ARRAY_SIZE(conflicts));
	for (size_t r = 0; r < a->nrows; r++)
		assert_true(catalog_code(E, code_at_row(a, r))->nnames > 1);
	assert_tree_counts(a);
	assert_true(preset_marked(a, "conflicts only"));
	assert_false(preset_marked(a, "standard only"));
	{       /* only the entries of codes with more than one name count */
		unsigned want = 0;

		for (size_t i = 0; i < E->nentries; i++)
			want += (E->entries[i].vendor & VENDOR_BIT(VENDOR_CLOUDFLARE)) &&
				catalog_code(E, E->entries[i].code)->nnames > 1;
		assert_int_equal(panel_count(panel_line(a, "CloudFlare")), want);
	}

	panel_to(a, preset_item(PRESET_EVERYTHING));
	press(a, ' ');
	assert_false(a->filter.conflicts);
	assert_false(a->filter.standard);
	assert_int_equal(a->filter.vendors, VENDOR_ALL);
	assert_null(a->filter.sources);
	assert_int_equal(a->nrows, E->ncodes);
	assert_true(preset_marked(a, "everything"));
	/* a preset marks itself only while nothing else is changed */
	panel_to(a, preset_item(PRESET_CONFLICTS_ONLY));
	press(a, ' ');
	panel_to(a, VENDOR_GOOGLE);
	press(a, ' ');
	assert_true(a->filter.conflicts);
	assert_false(preset_marked(a, "conflicts only"));
	assert_true(row_of(a, 308) == NO_INDEX);   /* one name left without Google's */
	/* but its limit is still in effect, and the panel says so */
	assert_int_equal(preset_state(a, "conflicts only"), '+');
	assert_int_equal(preset_state(a, "standard only"), ' ');
	assert_int_equal(preset_state(a, "everything"), ' ');
}

/* The counts are what each group and source holds under the search. */
static void test_panel_counts_follow_the_search(void **state)
{
	struct app *a = *state;

	keys(a, "/timeout");
	press(a, K_ENTER);
	press(a, 'f');
	for (int v = 0; v < VENDOR_COUNT; v++)
		assert_int_equal(panel_count(panel_line(a, vendor_labels[v])),
				 entries_in(v, -1, "timeout"));
	for (size_t s = 0; s < E->nsources; s++)
		assert_int_equal(panel_count(panel_line(a, E->sources[s].label)),
				 entries_in(-1, (int)s, "timeout"));
	assert_true(panel_count(panel_line(a, "Standard")) > 0);
	assert_true(panel_count(panel_line(a, "Standard")) < entries_in(VENDOR_STANDARD, -1, NULL));
	/* a group the search leaves nothing of says so, not 0 */
	assert_int_equal(entries_in(VENDOR_ESRI, -1, "timeout"), 0);
	assert_true(entries_in(VENDOR_ESRI, -1, NULL) > 0);
	assert_true(line_ends(panel_line(a, "Esri"), "none matches the search"));
	assert_true(line_ends(panel_line(a, "WebDAV"), "1 entry") ==
		    (entries_in(VENDOR_WEBDAV, -1, "timeout") == 1));
	/* hiding a group does not change them */
	panel_to(a, VENDOR_STANDARD);
	press(a, ' ');
	assert_int_equal(panel_count(panel_line(a, "Standard")),
			 entries_in(VENDOR_STANDARD, -1, "timeout"));
	assert_rows_are_search(a, "timeout");
}

/* w writes the filters where config_path says; they read back the same. */
static void test_panel_saves_the_filters(void **state)
{
	struct app *a = *state;
	char dir[] = "/tmp/httpcodes-app-XXXXXX", want[256], sub[512], message[160], err[RF_ERRLEN];
	char *xdg = getenv("XDG_CONFIG_HOME") ? strdup(getenv("XDG_CONFIG_HOME")) : NULL;
	struct filter back;
	int rc;
	bool was_there, tmp_left;
	unsigned d;

	assert_non_null(mkdtemp(dir));
	setenv("XDG_CONFIG_HOME", dir, 1);
	config_path(a->config, sizeof(a->config));
	snprintf(want, sizeof(want), "%s/httpcodes/filters.rec", dir);
	snprintf(sub, sizeof(sub), "%s/httpcodes", dir);
	panel_to(a, VENDOR_NGINX);
	press(a, ' ');
	panel_to(a, VENDOR_COUNT + (size_t)catalog_source_index(E, "iana"));
	press(a, ' ');
	panel_to(a, VENDOR_COUNT + (size_t)catalog_source_index(E, "wikipedia"));
	press(a, ' ');
	d = press(a, 'w');
	snprintf(message, sizeof(message), "%s", a->message);
	was_there = access(want, F_OK) == 0;
	filter_init(&back);
	rc = config_load(want, E, &back, err);
	snprintf(sub + strlen(sub), sizeof(sub) - strlen(sub), "/filters.rec.tmp");
	tmp_left = access(sub, F_OK) == 0;
	/* clean up before anything can fail */
	unlink(want);
	snprintf(sub, sizeof(sub), "%s/httpcodes", dir);
	rmdir(sub);
	rmdir(dir);
	if (xdg)
		setenv("XDG_CONFIG_HOME", xdg, 1);
	else
		unsetenv("XDG_CONFIG_HOME");
	free(xdg);

	assert_string_equal(a->config, want);
	assert_int_equal(d, DIRTY_STATUS);
	snprintf(sub, sizeof(sub), "filters saved in %s", want);
	assert_string_equal(message, sub);
	assert_true(was_there);
	assert_false(tmp_left);
	if (rc)
		print_error("%s\n", err);
	assert_int_equal(rc, 0);
	assert_int_equal(back.vendors, VENDOR_ALL & ~VENDOR_BIT(VENDOR_NGINX));
	assert_int_equal(back.vendors, a->filter.vendors);
	assert_int_equal(back.standard, a->filter.standard);
	assert_int_equal(back.conflicts, a->filter.conflicts);
	assert_non_null(back.sources);
	for (size_t s = 0; s < E->nsources; s++)
		assert_int_equal(back.sources[s], a->filter.sources[s]);
	filter_free(&back);
	assert_int_equal(app_screen(a), SCREEN_FILTERS);
}

static void test_panel_save_without_a_path(void **state)
{
	struct app *a = *state;

	assert_string_equal(a->config, "");
	panel_to(a, 0);
	assert_int_equal(press(a, 'w'), DIRTY_STATUS);
	assert_string_equal(a->message, "not saved: nowhere to save: set HOME or XDG_CONFIG_HOME");
	assert_int_equal(app_screen(a), SCREEN_FILTERS);
}

/* Esc and f close the panel; q quits from it; it takes no search. */
static void test_panel_closes_and_quits(void **state)
{
	struct app *a = *state;

	press(a, 'f');
	assert_int_equal(press(a, K_ESC), DIRTY_ALL);
	assert_int_equal(app_screen(a), SCREEN_NONE);
	assert_int_equal(a->filter.vendors, VENDOR_ALL);
	press(a, 'f');
	assert_int_equal(press(a, 'f'), DIRTY_ALL);
	assert_int_equal(app_screen(a), SCREEN_NONE);
	press(a, 'f');
	assert_int_equal(press(a, '/'), 0);
	assert_false(typing(a));
	assert_int_equal(press(a, '4'), 0);
	assert_int_equal(a->ndigits, 0);
	assert_false(a->quit);
	/* q closes it, as Esc does; Q quits */
	assert_int_equal(press(a, 'q'), DIRTY_ALL);
	assert_int_equal(app_screen(a), SCREEN_NONE);
	assert_false(a->quit);
	press(a, 'f');
	assert_int_equal(press(a, 'Q'), 0);
	assert_true(a->quit);
	assert_int_equal(a->filter.vendors, VENDOR_ALL);
	assert_int_equal(selected(a), 100);
}

/* The selected item is on screen, also when the panel opens again on the
 * item it had. */
static void test_panel_selection_stays_on_screen(void **state)
{
	struct app *a = *state;
	size_t rows;

	app_resize(a, 12, COLS);
	rows = (size_t)a->height - 1;
	press(a, 'f');
	press(a, 'G');
	assert_int_equal(panel_item(a), preset_item(PRESET_CONFLICTS_ONLY));
	assert_true((size_t)over_sel(a) >= over_top(a));
	assert_true((size_t)over_sel(a) < over_top(a) + rows);
	press(a, K_ESC);
	press(a, 'f');
	assert_int_equal(panel_item(a), preset_item(PRESET_CONFLICTS_ONLY));
	if ((size_t)over_sel(a) >= over_top(a) + rows)
		print_error("selected line %ld, lines %zu..%zu shown\n", over_sel(a), over_top(a),
			    over_top(a) + rows - 1);
	assert_true((size_t)over_sel(a) >= over_top(a));
	assert_true((size_t)over_sel(a) < over_top(a) + rows);
}

/* ---- the compare view ------------------------------------------------------------------ */

int main(void)
{
#define T(name) cmocka_unit_test_setup_teardown(name, setup, teardown)
	const struct CMUnitTest tests[] = {
		T(test_panel_lists_groups_sources_and_presets),
		T(test_panel_hides_nginx),
		T(test_panel_resize_shows_the_top),
		T(test_panel_cuts_long_presets),
		T(test_panel_click_toggles),
		T(test_panel_hiding_the_selected_group_keeps_its_class),
		T(test_panel_none_and_all),
		T(test_panel_toggles_a_source),
		T(test_panel_presets),
		T(test_panel_counts_follow_the_search),
		T(test_panel_saves_the_filters),
		T(test_panel_save_without_a_path),
		T(test_panel_closes_and_quits),
		T(test_panel_selection_stays_on_screen),
	};
#undef T

	return cmocka_run_group_tests_name("filters panel", tests, NULL, NULL);
}
