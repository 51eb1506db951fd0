/* app_act: what the actions do. The screen on top of the stack gets an
 * action first (screen.h); what it passes, the core does: on the panes,
 * every action; over a screen, only what means the same over any screen
 * (quit, close it, open another screen over it, redraw). The stack of
 * screens is kept here and nowhere else. The mouse goes the same way.
 * No curses. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app.h"
#include "app_int.h"
#include "explain.h"
#include "util.h"

#define TO_END (1L << 30)

/* ---- the panes' actions ------------------------------------------------- */

static long page(const struct app *a)
{
	int h = app_pane_rows(a, a->focus);

	return h > 1 ? h - 1 : 1;
}

static unsigned act_down(struct app *a, int arg) { (void)arg; return app_move(a, a->focus, 1); }
static unsigned act_up(struct app *a, int arg) { (void)arg; return app_move(a, a->focus, -1); }
static unsigned act_page_down(struct app *a, int arg) { (void)arg; return app_move(a, a->focus, page(a)); }
static unsigned act_page_up(struct app *a, int arg) { (void)arg; return app_move(a, a->focus, -page(a)); }
static unsigned act_top(struct app *a, int arg) { (void)arg; return app_move(a, a->focus, -TO_END); }
static unsigned act_bottom(struct app *a, int arg) { (void)arg; return app_move(a, a->focus, TO_END); }

static unsigned act_quit(struct app *a, int arg)
{
	(void)arg;
	a->quit = true;
	return 0;
}

static unsigned act_redraw(struct app *a, int arg)
{
	(void)a;
	(void)arg;
	return DIRTY_ALL | DIRTY_LAYOUT;
}

static unsigned act_focus_next(struct app *a, int arg)
{
	(void)arg;
	return app_set_focus(a, (enum pane)((a->focus + 1) % PANE_COUNT));
}

static unsigned act_focus_prev(struct app *a, int arg)
{
	(void)arg;
	return app_set_focus(a, (enum pane)((a->focus + PANE_COUNT - 1) % PANE_COUNT));
}

static unsigned act_focus_right(struct app *a, int arg)
{
	(void)arg;
	return a->focus + 1 < PANE_COUNT ? app_set_focus(a, (enum pane)(a->focus + 1)) : 0;
}

static unsigned act_focus_left(struct app *a, int arg)
{
	(void)arg;
	return a->focus > 0 ? app_set_focus(a, (enum pane)(a->focus - 1)) : 0;
}

/* Enter: open or close a class in the tree; in the list, read on. */
static unsigned act_toggle(struct app *a, int arg)
{
	(void)arg;
	if (a->focus != PANE_TREE || !a->nnodes)
		return a->focus == PANE_LIST ? app_set_focus(a, PANE_DESC) : 0;
	if (app_node(a)->cls < 0)
		return app_set_focus(a, PANE_LIST);
	return app_toggle_class(a);
}

/* Show match k of the description: scrolled to its line, and counted in
 * the status bar (with why when the search went round the list). */
static unsigned show_match(struct app *a, size_t k, const char *round)
{
	size_t rows = (size_t)app_pane_rows(a, PANE_DESC), max;

	a->match_cur = k;
	max = a->desc.n > rows ? a->desc.n - rows : 0;
	a->desc_top = a->matches[k] ? a->matches[k] - 1 : 0;
	if (a->desc_top > max)
		a->desc_top = max;
	app_say(a, "match %zu/%zu%s", k + 1, a->nmatches, round);
	return DIRTY_DESC | DIRTY_STATUS;
}

/* On to the next code (dir 1) or the previous one in the list, going
 * round at its end, whose description has a match: its first match (its
 * last, going back). None: the selection stays. */
static unsigned next_code(struct app *a, int dir)
{
	size_t n = a->nrows, from = a->list_sel, top = a->desc_top;

	for (size_t k = 1; k <= n; k++) {
		long at = (long)from + (dir > 0 ? (long)k : -(long)k);
		bool round = at < 0 || at >= (long)n;
		unsigned d = app_select_row(a, (size_t)((at + (long)n) % (long)n));

		if (!a->nmatches)
			continue;
		app_scroll_all(a);
		return d | show_match(a, dir > 0 ? 0 : a->nmatches - 1, !round ? ""
			: dir > 0 ? "; search hit bottom, from the top" : "; search hit top, from the bottom");
	}
	app_select_row(a, from);        /* as it was */
	a->desc_top = top;
	app_scroll_all(a);
	app_say(a, "no match in the codes shown");
	return DIRTY_STATUS;
}

static unsigned act_zoom(struct app *a, int arg)
{
	(void)arg;
	return app_zoom(a);
}

/* n and N: the next or previous match of the search in the description;
 * past its last (or first), on to the next code with one, as less goes on
 * through a file. A class's description keeps to itself. */
static unsigned step_match(struct app *a, int dir)
{
	size_t n = a->nmatches, cur = a->match_cur;

	if (!app_query(a)) {
		app_say(a, "no search: / searches");
		return DIRTY_STATUS;
	}
	if (app_desc_is_class(a) || !app_code(a)) {
		if (!n) {
			app_say(a, "%s", app_code(a) || app_desc_is_class(a) ? "no match in this description"
				: "no code is shown");
			return DIRTY_STATUS;
		}
	} else if (!n || (cur != (size_t)-1 && cur == (dir > 0 ? n - 1 : 0))) {
		return next_code(a, dir);
	}
	if (cur == (size_t)-1)
		return show_match(a, dir > 0 ? 0 : n - 1, "");
	return show_match(a, (cur + n + (size_t)(dir > 0 ? 1 : -1)) % n, "");
}

static unsigned act_next_match(struct app *a, int arg) { (void)arg; return step_match(a, 1); }
static unsigned act_prev_match(struct app *a, int arg) { (void)arg; return step_match(a, -1); }

/* ---- typing a code -------------------------------------------------------- */

static bool starts_with_digits(const struct app *a, int code)
{
	char s[8];

	snprintf(s, sizeof(s), "%03d", code);
	return strncmp(s, a->digits, a->ndigits) == 0;
}

/* The first row (or visible code, when rows is false; or code of the
 * catalog, when all) whose code starts with the digits typed; -1 if none. */
static long find_prefix(const struct app *a, bool rows, bool all)
{
	size_t n = all ? a->cat->ncodes : rows ? a->nrows : a->nvisible;

	for (size_t i = 0; i < n; i++) {
		const struct code_info *ci = all ? &a->cat->codes[i]
			: &a->cat->codes[a->visible[rows ? a->rows[i] : i].code];

		if (starts_with_digits(a, ci->code))
			return (long)i;
	}
	return -1;
}

/* The selection of before the first digit, after a code not found. */
static unsigned digits_restore(struct app *a)
{
	unsigned d = 0;

	for (size_t k = 0; k < a->nnodes; k++)
		if (a->nodes[k].cls == a->digits_node.cls && a->nodes[k].vendor == a->digits_node.vendor &&
		    k != a->tree_sel)
			d |= app_select_node(a, k);
	for (size_t i = 0; i < a->nrows; i++)
		if (app_row(a, i)->code == a->digits_code && i != a->list_sel)
			d |= app_select_row(a, i);
	app_scroll_all(a);
	return d;
}

void app_say_not_shown(struct app *a, int code)
{
	char *t;

	if (catalog_code(a->cat, code)) {
		t = explain_hidden(code, app_query(a) ? "the search or the filters hide it"
				   : "the filters hide it");
	} else {
		char *gap, *colon;

		t = explain_missing(a->cat, code);
		if ((gap = strstr(t, "\n\n")) != NULL) {     /* one line, the class to its name */
			memmove(gap + 1, gap + 2, strlen(gap + 2) + 1);
			*gap = ' ';
			if ((colon = strchr(gap, ':')) != NULL)
				strcpy(colon, ".");
		}
	}
	app_say(a, "%s", t);
	free(t);
}

/* No code shown starts with the digits: say why. The digits stay until
 * the third, so that 2 9 9 reads as 299, not as 29 and then a new code 9;
 * then the selection goes back to where it was before the first. A first
 * digit that no code can start with (no class: 0, 6 to 9) goes at once. */
static unsigned digits_missed(struct app *a)
{
	bool hidden = find_prefix(a, false, true) >= 0;
	const char *why = !hidden ? "" : app_query(a) ? ": hidden by the search or filters"
		: ": hidden by the filters";
	bool no_class = a->ndigits == 1 && !hidden && !catalog_class_name(a->cat, a->digits[0] - '0');

	if (a->ndigits == 3)
		app_say_not_shown(a, atoi(a->digits));
	else if (no_class)
		app_say(a, "no code starts with %s: the classes are 1xx to 5xx", a->digits);
	else
		app_say(a, "%s %s%s", hidden ? "codes starting with" : "no code starts with", a->digits, why);
	if (a->ndigits < 3 && !no_class)
		return DIRTY_STATUS;
	a->ndigits = 0;
	return DIRTY_STATUS | digits_restore(a);
}

/* Typing a code jumps to it: each digit selects the first code that starts
 * with the digits so far, switching the tree to its class when the code is
 * not under the selected node. The list follows from any pane. */
static unsigned act_digit(struct app *a, int arg)
{
	unsigned d = DIRTY_STATUS;
	long i;

	if (!a->ndigits) {
		a->digits_code = app_selected_code(a);
		a->digits_node = a->nnodes ? *app_node(a) : (struct tree_node){ -1, -1, 0 };
	}
	a->digits[a->ndigits++] = (char)arg;
	a->digits[a->ndigits] = '\0';
	if ((i = find_prefix(a, true, false)) < 0 && (i = find_prefix(a, false, false)) >= 0) {
		int cls = a->cat->codes[a->visible[i].code].code / 100;

		for (size_t k = 0; k < a->nnodes; k++)
			if (a->nodes[k].cls == cls && a->nodes[k].vendor < 0)
				d |= app_select_node(a, k);
		i = find_prefix(a, true, false);
	}
	if (i < 0)
		return d | digits_missed(a);
	if (a->ndigits == 3)
		a->ndigits = 0;         /* the code is complete */
	if (a->focus == PANE_TREE)
		d |= app_set_focus(a, PANE_LIST);
	d |= app_select_row(a, (size_t)i);
	if (a->list_sel < a->list_top || a->list_sel >= a->list_top + (size_t)app_pane_rows(a, PANE_LIST)) {
		size_t half = (size_t)app_pane_rows(a, PANE_LIST) / 2;    /* a jump lands mid-pane */

		a->list_top = a->list_sel > half ? a->list_sel - half : 0;
	}
	app_scroll_all(a);
	return d;
}

/* ---- the stack of screens ------------------------------------------------ */

static struct screen *top_of(const struct app *a)
{
	return a->depth ? a->screens[a->stack[a->depth - 1]] : NULL;
}

/* The screen's state, made the first time it opens. */
static struct screen *state_of(struct app *a, enum screen_id id)
{
	if (!a->screens[id]) {
		a->screens[id] = xcalloc(1, screen_ops[id]->size);
		a->screens[id]->id = id;
		a->screens[id]->ops = screen_ops[id];
	}
	return a->screens[id];
}

/* Close the screen on top: back to the one under it, as it was, unless it
 * has nothing left to show (then it closes too), or to the panes. */
static unsigned pop(struct app *a)
{
	struct screen *s = top_of(a);
	unsigned d = s->ops->covers ? DIRTY_ALL : DIRTY_STATUS;

	a->depth--;
	if (s->ops->close)
		s->ops->close(s, a);
	while ((s = top_of(a)) != NULL) {
		unsigned r = s->ops->resume ? s->ops->resume(s, a) : 0;

		if (!(r & SCREEN_CLOSE))
			return d | r;
		a->depth--;
		if (s->ops->close)
			s->ops->close(s, a);
	}
	app_scroll_all(a);
	return d;
}

/* What a screen's handler returned, done: SCREEN_CLOSE closes it. */
static unsigned settle(struct app *a, unsigned r)
{
	if (r & SCREEN_CLOSE)
		return (r & ~(unsigned)SCREEN_CLOSE) | pop(a);
	return r;
}

bool app_screen_open(const struct app *a, enum screen_id id)
{
	for (size_t i = 0; i < a->depth; i++)
		if (a->stack[i] == id)
			return true;
	return false;
}

/* The screen's key: on it, it closes; under it, the screens over it close;
 * else it opens over what is shown, which stays under it, unless it has
 * nothing to show. */
static unsigned open_screen(struct app *a, enum screen_id id)
{
	unsigned d = 0, r;
	struct screen *s;

	if (app_screen(a) == id)
		return pop(a);
	while (app_screen(a) != id && app_screen_open(a, id))
		d |= pop(a);
	if (app_screen(a) == id)
		return d;
	s = state_of(a, id);
	r = s->ops->open(s, a);
	if (r & SCREEN_CLOSE)
		return d | (r & ~(unsigned)SCREEN_CLOSE);
	a->stack[a->depth++] = id;
	return d | r;
}

/* The screen act opens, or SCREEN_NONE. */
static enum screen_id opened_by(enum action act)
{
	for (int i = 0; i < SCREEN_COUNT; i++)
		if (screen_ops[i]->opens == act)
			return (enum screen_id)i;
	return SCREEN_NONE;
}

/* Esc: close the screen on top; on the panes, clear a kept search. */
static unsigned act_close(struct app *a, int arg)
{
	(void)arg;
	if (a->depth)
		return pop(a);
	if (!app_query(a))
		return 0;
	app_set_search(a, "", &(struct query){ 0 }, false, false);
	app_scroll_all(a);
	return DIRTY_TREE | DIRTY_LIST | DIRTY_DESC | DIRTY_STATUS;
}

/* ---- doing an action ---------------------------------------------------------- */

typedef unsigned handler(struct app *a, int arg);

static handler *const handlers[ACT_COUNT] = {
	[ACT_QUIT] = act_quit, [ACT_CLOSE] = act_close, [ACT_REDRAW] = act_redraw,
	[ACT_DOWN] = act_down, [ACT_UP] = act_up, [ACT_PAGE_DOWN] = act_page_down,
	[ACT_PAGE_UP] = act_page_up, [ACT_TOP] = act_top, [ACT_BOTTOM] = act_bottom,
	[ACT_DIGIT] = act_digit,
	[ACT_FOCUS_NEXT] = act_focus_next, [ACT_FOCUS_PREV] = act_focus_prev,
	[ACT_FOCUS_RIGHT] = act_focus_right, [ACT_FOCUS_LEFT] = act_focus_left,
	[ACT_TOGGLE] = act_toggle, [ACT_ZOOM] = act_zoom,
	[ACT_NEXT_MATCH] = act_next_match, [ACT_PREV_MATCH] = act_prev_match,
};

/* The screen on top first; then the core: a screen's key opens it over
 * the panes, or over a screen that covers them when it covers them too;
 * over a screen, only quit, close and redraw; on the panes, the rest. */
static unsigned run(struct app *a, enum action act, int key)
{
	struct screen *s = top_of(a);
	enum screen_id id;

	if (s) {
		unsigned r = s->ops->act(s, a, act, key);

		if (!(r & SCREEN_PASS))
			return settle(a, r);
	}
	if (act <= ACT_NONE || act >= ACT_COUNT)
		return 0;
	id = opened_by(act);
	if (id != SCREEN_NONE && (!s || (s->ops->covers && screen_ops[id]->covers)))
		return open_screen(a, id);
	if (s && act != ACT_QUIT && act != ACT_CLOSE && act != ACT_REDRAW)
		return 0;
	return handlers[act] ? handlers[act](a, key) : 0;
}

/* A one-off note lasts until the next action; a code being typed, until
 * an action that is not a digit. Too small, only quitting and redrawing. */
static unsigned apply(struct app *a, enum action act, int key)
{
	unsigned d = 0;

	if (act != ACT_DIGIT && a->ndigits) {
		a->ndigits = 0;
		d |= DIRTY_STATUS;
	}
	if (a->message[0]) {
		a->message[0] = '\0';
		d |= DIRTY_STATUS;
	}
	if (a->too_small && act != ACT_QUIT && act != ACT_REDRAW)
		return d;
	return d | run(a, act, key);
}

unsigned app_apply(struct app *a, enum action act, int arg)
{
	if (act <= ACT_NONE || act >= ACT_COUNT)
		return 0;
	return apply(a, act, arg);
}

unsigned app_key(struct app *a, int key)
{
	const struct screen *s = a->too_small ? NULL : top_of(a);
	enum action act = keys_mode_action(s ? s->ops->mode : MODE_MAIN, key);
	unsigned d = 0;

	if (s)          /* at the prompt, an unbound key is text */
		return apply(a, act, key);
	if (a->message[0]) {
		a->message[0] = '\0';
		d = DIRTY_STATUS;
	}
	return d | app_apply(a, act, key);
}

/* ---- the mouse -------------------------------------------------------------- */

static int pane_at(const struct app *a, int y, int x)
{
	for (int p = 0; p < PANE_COUNT; p++) {
		const struct rect *r = &a->pane[p];

		if (y >= r->y && y < r->y + r->h && x >= r->x && x < r->x + r->w)
			return p;
	}
	return -1;
}

/* Over a screen that covers the panes, its; else the pane's. */
unsigned app_click(struct app *a, int y, int x)
{
	struct screen *s = top_of(a);
	int p = a->too_small ? -1 : pane_at(a, y, x);
	size_t row;
	unsigned d;

	if (!a->too_small && s && s->ops->covers)
		return s->ops->click ? settle(a, s->ops->click(s, a, y, x)) : 0;
	if (p < 0)
		return 0;
	d = app_set_focus(a, (enum pane)p);
	if (y == a->pane[p].y)
		return d;       /* the title row */
	row = (size_t)(y - a->pane[p].y - 1);
	if (p == PANE_TREE && a->tree_top + row < a->nnodes)
		d |= app_select_node(a, a->tree_top + row);
	else if (p == PANE_LIST && a->list_top + row < a->nrows)
		d |= app_select_row(a, a->list_top + row);
	if (p == PANE_TREE && app_desc_is_class(a)) {
		app_build_desc(a);
		d |= DIRTY_DESC;
	}
	app_scroll_all(a);
	return d;
}

unsigned app_wheel(struct app *a, int y, int x, int dir)
{
	struct screen *s = top_of(a);
	int p = a->too_small ? -1 : pane_at(a, y, x);

	if (a->too_small)
		return 0;
	if (s && s->ops->covers)
		return s->ops->wheel ? settle(a, s->ops->wheel(s, a, dir)) : 0;
	if (p < 0)
		return 0;
	/* the pane under the pointer scrolls, whichever has the focus */
	return app_move(a, (enum pane)p, 3L * dir);
}

/* ---- what the views ask ----------------------------------------------------- */

enum screen_id app_screen(const struct app *a)
{
	return a->depth ? a->stack[a->depth - 1] : SCREEN_NONE;
}

const struct screen *app_top(const struct app *a)
{
	return top_of(a);
}

const struct screen *app_screen_state(const struct app *a, enum screen_id id)
{
	return id >= 0 && id < SCREEN_COUNT ? a->screens[id] : NULL;
}

const struct hint *app_hints(const struct app *a, enum keymode *mode)
{
	static const struct hint panes[2][4] = {
		{ { ACT_HELP, ACT_NONE, "help", 1 }, { ACT_QUIT, ACT_NONE, "quit", 0 }, HINT_END },
		{ { ACT_ZOOM, ACT_NONE, "back", 2 }, { ACT_HELP, ACT_NONE, "help", 1 },
		  { ACT_QUIT, ACT_NONE, "quit", 0 }, HINT_END },
	};
	static const struct hint conflict[2][5] = {   /* its sources disagree: say how to see it */
		{ { ACT_COMPARE, ACT_NONE, "compare", 1 }, { ACT_HELP, ACT_NONE, "help", 2 },
		  { ACT_QUIT, ACT_NONE, "quit", 0 }, HINT_END },
		{ { ACT_ZOOM, ACT_NONE, "back", 3 }, { ACT_COMPARE, ACT_NONE, "compare", 1 },
		  { ACT_HELP, ACT_NONE, "help", 2 }, { ACT_QUIT, ACT_NONE, "quit", 0 }, HINT_END },
	};
	const struct screen *s = top_of(a);
	const struct code_info *ci = app_code(a);

	*mode = s ? s->ops->mode : MODE_MAIN;
	if (s)
		return s->ops->hints(s);
	return ci && ci->nnames > 1 && !app_desc_is_class(a) ? conflict[a->zoom] : panes[a->zoom];
}
