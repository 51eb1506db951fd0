/* app_search: the incremental search. The list narrows on every keystroke
 * (a narrower query only looks at what the last one found), the selection
 * stays on the best match, Enter keeps the search as a filter, Esc puts
 * things back as they were; n and N step through the description's
 * matches. No curses. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "app_int.h"
#include "util.h"

#define SEARCH_DIRTY (DIRTY_TREE | DIRTY_LIST | DIRTY_DESC | DIRTY_STATUS)

/* Parse what is typed; while typing, a phrase not closed yet counts as
 * closed. Returns 0, or -1 with the reason in s->error. */
static int parse_text(struct search *s, struct query *q)
{
	char closed[SEARCH_MAX + 1];

	if (query_parse(s->text, false, q, s->error) == 0)
		return 0;
	if (!strstr(s->error, "unbalanced quote"))
		return -1;
	snprintf(closed, sizeof(closed), "%s\"", s->text);
	return query_parse(closed, false, q, s->error);
}

/* The code selected when the prompt opened, if it is shown. */
static void select_saved(struct app *a)
{
	for (size_t i = 0; i < a->nrows; i++)
		if (app_row(a, i)->code == a->search.saved_code)
			app_select_row(a, i);
}

/* Show what the text now asks for. When it narrows the last search, only
 * the codes found then are searched again. */
static unsigned apply_text(struct app *a, bool maybe_narrower)
{
	struct search *s = &a->search;
	struct query q;
	bool within;

	if (parse_text(s, &q) < 0)
		return DIRTY_STATUS;    /* the list stays; the prompt says why */
	s->error[0] = '\0';
	memcpy(s->applied, s->text, sizeof(s->applied));
	within = maybe_narrower && query_narrows(&s->q, &q);
	query_free(&s->q);
	s->q = q;
	app_refresh(a, within);
	if (s->typing && !q.nterms && !q.nsels)
		select_saved(a);    /* nothing asked (yet, or again): where it was */
	app_scroll_all(a);
	return SEARCH_DIRTY;
}

unsigned search_open(struct app *a)
{
	struct search *s = &a->search;
	const struct tree_node *n = app_node(a);

	if (s->typing)
		return 0;
	s->typing = true;
	memcpy(s->saved, s->text, sizeof(s->saved));
	s->saved_code = app_selected_code(a);
	s->saved_list_top = a->list_top;
	s->saved_desc_top = a->desc_top;
	s->saved_node = *n;
	s->saved_focus = a->focus;
	s->text[0] = '\0';
	s->error[0] = '\0';
	s->hist_pos = s->nhistory;
	if (!app_query(a))
		return DIRTY_STATUS;
	/* a new search: the prompt is empty, so is what it asks of the list
	 * (Esc brings the kept search back) */
	return apply_text(a, false);
}

static void history_push(struct search *s)
{
	if (!s->text[0] || (s->nhistory && strcmp(s->history[s->nhistory - 1], s->text) == 0))
		return;
	if (s->nhistory == HISTORY_MAX) {
		free(s->history[0]);
		memmove(s->history, s->history + 1, (HISTORY_MAX - 1) * sizeof(*s->history));
		s->nhistory--;
	}
	s->history[s->nhistory++] = xstrdup(s->text);
}

/* Esc at the prompt: the search, node, selection and focus of before. */
static unsigned cancel(struct app *a)
{
	struct search *s = &a->search;
	struct query q;

	s->typing = false;
	memcpy(s->text, s->saved, sizeof(s->text));
	if (parse_text(s, &q) < 0)
		memset(&q, 0, sizeof(q));
	s->error[0] = '\0';
	query_free(&s->q);
	s->q = q;
	app_refresh(a, false);
	for (size_t i = 0; i < a->nnodes; i++)
		if (a->nodes[i].cls == s->saved_node.cls && a->nodes[i].vendor == s->saved_node.vendor)
			app_select_node(a, i);
	select_saved(a);
	app_set_focus(a, s->saved_focus);
	a->list_top = s->saved_list_top;
	a->desc_top = s->saved_desc_top;
	app_scroll_all(a);
	return SEARCH_DIRTY;
}

static unsigned accept(struct app *a)
{
	struct search *s = &a->search;

	s->typing = false;
	if (s->error[0]) {      /* what does not parse is not kept: what shows is */
		memcpy(s->text, s->applied, sizeof(s->text));
		s->error[0] = '\0';
	}
	if (!s->q.nterms && !s->q.nsels)    /* nothing asked: nothing kept */
		return search_clear(a);
	history_push(s);
	return DIRTY_STATUS;
}

/* Backspace: the last character (not byte) goes. */
static unsigned erase(struct app *a)
{
	size_t n = strlen(a->search.text);

	if (!n)
		return 0;
	while (n > 0 && ((unsigned char)a->search.text[--n] & 0xc0) == 0x80)
		;
	a->search.text[n] = '\0';
	return apply_text(a, false);
}

static unsigned recall(struct app *a, int dir)
{
	struct search *s = &a->search;

	if (dir < 0 && s->hist_pos > 0)
		s->hist_pos--;
	else if (dir > 0 && s->hist_pos < s->nhistory)
		s->hist_pos++;
	else
		return 0;
	snprintf(s->text, sizeof(s->text), "%s", s->hist_pos < s->nhistory ?
		 s->history[s->hist_pos] : "");
	return apply_text(a, false);
}

/* A typed character, as UTF-8 at the end of the text. */
static unsigned insert(struct app *a, int key)
{
	char *t = a->search.text;
	size_t n = strlen(t);
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
	memcpy(t + n, u, k);
	t[n + k] = '\0';
	return apply_text(a, true);
}

unsigned search_key(struct app *a, int key)
{
	switch (keys_mode_action(MODE_PROMPT, key)) {
	case ACT_PROMPT_ACCEPT: return accept(a);
	case ACT_PROMPT_CANCEL: return cancel(a);
	case ACT_PROMPT_ERASE: return erase(a);
	case ACT_PROMPT_CLEAR: a->search.text[0] = '\0'; return apply_text(a, false);
	case ACT_PROMPT_PREV: return recall(a, -1);
	case ACT_PROMPT_NEXT: return recall(a, 1);
	default: return insert(a, key);
	}
}

unsigned search_clear(struct app *a)
{
	struct search *s = &a->search;

	s->text[0] = s->applied[0] = '\0';
	s->error[0] = '\0';
	query_free(&s->q);
	app_refresh(a, false);
	app_scroll_all(a);
	return SEARCH_DIRTY;
}

void search_free(struct app *a)
{
	query_free(&a->search.q);
	for (size_t i = 0; i < a->search.nhistory; i++)
		free(a->search.history[i]);
	a->search.nhistory = 0;
}

/* ---- matches in the description ----------------------------------------- */

void search_find_matches(struct app *a)
{
	size_t rows = (size_t)app_pane_rows(a, PANE_DESC);

	a->nmatches = 0;
	a->match_cur = (size_t)-1;
	/* one per highlight, not per line: "match 3/7" is one word that n
	 * went to, and the description marks it */
	a->matches = xreallocarray(a->matches, a->desc.nhl + 1, sizeof(*a->matches));
	for (size_t i = 0; i < a->desc.n; i++)
		for (unsigned k = 0; k < a->desc.v[i].hl_count; k++)
			a->matches[a->nmatches++] = i;
	/* the first match in sight, without scrolling past the end */
	if (a->nmatches && a->matches[0] >= a->desc_top + rows) {
		size_t max = a->desc.n > rows ? a->desc.n - rows : 0;

		a->desc_top = a->matches[0] - 1 < max ? a->matches[0] - 1 : max;
	}
}

unsigned search_step(struct app *a, int dir)
{
	size_t rows = (size_t)app_pane_rows(a, PANE_DESC), n = a->nmatches, max;

	if (!app_query(a)) {
		snprintf(a->message, sizeof(a->message), "no search: / searches");
		return DIRTY_STATUS;
	}
	if (!n) {
		snprintf(a->message, sizeof(a->message), "%s", app_code(a) || app_desc_is_class(a)
			 ? "no match in this description" : "no code is shown");
		return DIRTY_STATUS;
	}
	if (a->match_cur == (size_t)-1)
		a->match_cur = dir > 0 ? 0 : n - 1;
	else
		a->match_cur = (a->match_cur + n + (size_t)(dir > 0 ? 1 : -1)) % n;
	max = a->desc.n > rows ? a->desc.n - rows : 0;
	a->desc_top = a->matches[a->match_cur] ? a->matches[a->match_cur] - 1 : 0;
	if (a->desc_top > max)
		a->desc_top = max;
	snprintf(a->message, sizeof(a->message), "match %zu/%zu", a->match_cur + 1, n);
	return DIRTY_DESC | DIRTY_STATUS;
}
