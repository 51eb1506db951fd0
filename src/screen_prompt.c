/* screen_prompt: the search prompt, the incremental search. The list
 * narrows on every keystroke (a narrower query only looks at what the last
 * one found), the selection stays on the best match, Enter keeps the
 * search as a filter, Esc puts things back as they were, Up and Down go
 * through the searches kept this run. A screen that does not cover the
 * panes: it has the status bar, where the text is typed. No curses. */
#include "screen_prompt.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app_int.h"
#include "util.h"

#define HISTORY_MAX 32

struct prompt {
	struct screen base;
	char text[SEARCH_MAX];    /* as typed */
	char error[QUERY_ERRLEN]; /* why text does not parse, or "" */
	char saved[SEARCH_MAX];   /* the search before the prompt opened: Esc goes back */
	int saved_code;
	size_t saved_list_top, saved_desc_top;
	struct tree_node saved_node;
	enum pane saved_focus;
	char *history[HISTORY_MAX]; /* searches kept this run, oldest first */
	size_t nhistory;
	size_t hist_pos;          /* nhistory: not browsing */
};

#define SEARCH_DIRTY (DIRTY_TREE | DIRTY_LIST | DIRTY_DESC | DIRTY_STATUS)

/* Parse text; while typing, a phrase not closed yet counts as closed.
 * Returns 0, or -1 with the reason in err. */
static int parse_text(const char *text, struct query *q, char *err)
{
	char closed[SEARCH_MAX + 1];

	if (query_parse(text, false, q, err) == 0)
		return 0;
	if (!strstr(err, "unbalanced quote"))
		return -1;
	snprintf(closed, sizeof(closed), "%s\"", text);
	return query_parse(closed, false, q, err);
}

/* Show what the text now asks for. When it narrows the last search, only
 * the codes found then are searched again. Nothing asked (yet, or again):
 * the code selected when the prompt opened. */
static unsigned apply_text(struct prompt *p, struct app *a, bool maybe_narrower)
{
	struct query q;
	bool within;

	if (parse_text(p->text, &q, p->error) < 0)
		return DIRTY_STATUS;    /* the list stays; the prompt says why */
	p->error[0] = '\0';
	within = maybe_narrower && query_narrows(&a->query, &q);
	app_set_search(a, p->text, &q, within, true);
	if (!app_query(a))
		app_select_code(a, p->saved_code);
	app_scroll_all(a);
	return SEARCH_DIRTY;
}

static unsigned prompt_open(struct screen *s, struct app *a)
{
	struct prompt *p = (struct prompt *)s;

	memcpy(p->saved, a->search, sizeof(p->saved));
	p->saved_code = app_selected_code(a);
	p->saved_list_top = a->list_top;
	p->saved_desc_top = a->desc_top;
	p->saved_node = *app_node(a);
	p->saved_focus = a->focus;
	p->text[0] = '\0';
	p->error[0] = '\0';
	p->hist_pos = p->nhistory;
	if (!app_query(a))
		return DIRTY_STATUS;
	/* a new search: the prompt is empty, so is what it asks of the list
	 * (Esc brings the kept search back) */
	return apply_text(p, a, false);
}

static void history_push(struct prompt *p, const char *text)
{
	if (!text[0] || (p->nhistory && strcmp(p->history[p->nhistory - 1], text) == 0))
		return;
	if (p->nhistory == HISTORY_MAX) {
		free(p->history[0]);
		memmove(p->history, p->history + 1, (HISTORY_MAX - 1) * sizeof(*p->history));
		p->nhistory--;
	}
	p->history[p->nhistory++] = xstrdup(text);
}

/* Esc: the search, node, selection and focus of before. */
static unsigned cancel(struct screen *s, struct app *a, int arg)
{
	struct prompt *p = (struct prompt *)s;
	struct query q;

	(void)arg;
	if (parse_text(p->saved, &q, p->error) < 0)
		memset(&q, 0, sizeof(q));
	p->error[0] = '\0';
	app_set_search(a, p->saved, &q, false, false);
	app_select_node_of(a, p->saved_node);
	app_select_code(a, p->saved_code);
	app_set_focus(a, p->saved_focus);
	a->list_top = p->saved_list_top;
	a->desc_top = p->saved_desc_top;
	app_scroll_all(a);
	return SEARCH_DIRTY | SCREEN_CLOSE;
}

/* A search kept that finds nothing: the nearest words of the index, as
 * the command line suggests them ("did you mean: timeout?"). Only then:
 * on a large catalog it reads every word. */
static void suggest(struct app *a)
{
	char words[128];

	if (!a->nvisible && query_suggest(a->cat, app_query(a), words, sizeof(words)))
		app_say(a, "nothing matches; did you mean: %s?", words);
}

/* Enter: what shows is kept (what does not parse is not); nothing asked,
 * nothing kept. */
static unsigned accept(struct screen *s, struct app *a, int arg)
{
	struct prompt *p = (struct prompt *)s;

	(void)arg;
	p->error[0] = '\0';
	if (!app_query(a)) {
		app_set_search(a, "", &(struct query){ 0 }, false, false);
		app_scroll_all(a);
		return SEARCH_DIRTY | SCREEN_CLOSE;
	}
	history_push(p, a->search);
	suggest(a);
	return DIRTY_STATUS | SCREEN_CLOSE;
}

/* Backspace: the last character (not byte) goes. */
static unsigned erase(struct screen *s, struct app *a, int arg)
{
	struct prompt *p = (struct prompt *)s;
	size_t n = strlen(p->text);

	(void)arg;
	if (!n)
		return 0;
	while (n > 0 && ((unsigned char)p->text[--n] & 0xc0) == 0x80)
		;
	p->text[n] = '\0';
	return apply_text(p, a, false);
}

static unsigned clear(struct screen *s, struct app *a, int arg)
{
	struct prompt *p = (struct prompt *)s;

	(void)arg;
	p->text[0] = '\0';
	return apply_text(p, a, false);
}

static unsigned recall(struct screen *s, struct app *a, int dir)
{
	struct prompt *p = (struct prompt *)s;

	if (dir < 0 && p->hist_pos > 0)
		p->hist_pos--;
	else if (dir > 0 && p->hist_pos < p->nhistory)
		p->hist_pos++;
	else
		return 0;
	snprintf(p->text, sizeof(p->text), "%s", p->hist_pos < p->nhistory ?
		 p->history[p->hist_pos] : "");
	return apply_text(p, a, false);
}

/* A typed character, as UTF-8 at the end of the text. */
static unsigned insert(struct prompt *p, struct app *a, int key)
{
	size_t n = strlen(p->text);
	unsigned c = (unsigned)key;
	char u[4];
	size_t k;

	if (c < 0x20 || c == 0x7f || c >= 0x110000 || (c >= 0xd800 && c < 0xe000))
		return 0;
	if (c < 0x80)
		u[0] = (char)c, k = 1;
	else if (c < 0x800)
		u[0] = (char)(0xc0 | c >> 6), u[1] = (char)(0x80 | (c & 0x3f)), k = 2;
	else if (c < 0x10000)
		u[0] = (char)(0xe0 | c >> 12), u[1] = (char)(0x80 | (c >> 6 & 0x3f)),
		u[2] = (char)(0x80 | (c & 0x3f)), k = 3;
	else
		u[0] = (char)(0xf0 | c >> 18), u[1] = (char)(0x80 | (c >> 12 & 0x3f)),
		u[2] = (char)(0x80 | (c >> 6 & 0x3f)), u[3] = (char)(0x80 | (c & 0x3f)), k = 4;
	if (n + k >= SEARCH_MAX)
		return 0;
	memcpy(p->text + n, u, k);
	p->text[n + k] = '\0';
	return apply_text(p, a, true);
}

static const struct screen_key rows[] = {
	{ NULL, accept, 0, { ACT_PROMPT_ACCEPT } },
	{ NULL, cancel, 0, { ACT_PROMPT_CANCEL, ACT_CLOSE } },
	{ NULL, erase, 0, { ACT_PROMPT_ERASE } },
	{ NULL, clear, 0, { ACT_PROMPT_CLEAR } },
	{ NULL, recall, -1, { ACT_PROMPT_PREV } },
	{ NULL, recall, 1, { ACT_PROMPT_NEXT } },
};
static const struct screen_keys keys[] = {
	{ "search prompt", MODE_PROMPT, rows, sizeof(rows) / sizeof(rows[0]) },
};

/* Its keys; a key that is no action here is text. Another action (as
 * app_apply gives it) passes: the core quits or redraws, nothing else. */
static unsigned prompt_act(struct screen *s, struct app *a, enum action act, int key)
{
	if (act == ACT_NONE)
		return insert((struct prompt *)s, a, key);
	return screen_dispatch(s, a, &keys[0], act);
}

static void prompt_free(struct screen *s)
{
	struct prompt *p = (struct prompt *)s;

	for (size_t i = 0; i < p->nhistory; i++)
		free(p->history[i]);
	p->nhistory = 0;
}

static const struct hint *prompt_hints(const struct screen *s)
{
	static const struct hint hints[] = {
		{ ACT_PROMPT_ACCEPT, ACT_NONE, "keep", 0 },
		{ ACT_PROMPT_CANCEL, ACT_NONE, "cancel", 1 },
		HINT_END,
	};

	(void)s;
	return hints;
}

const char *prompt_text(const struct screen *s)
{
	return ((const struct prompt *)s)->text;
}

const char *prompt_error(const struct screen *s)
{
	return ((const struct prompt *)s)->error;
}

size_t prompt_nhistory(const struct screen *s)
{
	return ((const struct prompt *)s)->nhistory;
}

const char *prompt_history(const struct screen *s, size_t i)
{
	return ((const struct prompt *)s)->history[i];
}

const struct screen_ops screen_prompt_ops = {
	.opens = ACT_SEARCH,
	.mode = MODE_PROMPT,
	.covers = false,
	.cursor = true,
	.size = sizeof(struct prompt),
	.keys = keys,
	.nkeys = 1,
	.open = prompt_open,
	.act = prompt_act,
	.free = prompt_free,
	.hints = prompt_hints,
	.draw = view_prompt_draw,
};
