#include "keys.h"

#include <stdbool.h>
#include <stdio.h>
#include <string.h>

/* The default bindings, in the order the help lists them. */
const struct binding bindings[] = {
	{ 'q', ACT_QUIT }, { 'Q', ACT_QUIT },
	{ '?', ACT_HELP },
	{ 'S', ACT_SOURCES },
	{ K_ESC, ACT_CLOSE },
	{ K_CTRL('l'), ACT_REDRAW },
	{ 'j', ACT_DOWN }, { K_DOWN, ACT_DOWN },
	{ 'k', ACT_UP }, { K_UP, ACT_UP },
	{ K_PGDN, ACT_PAGE_DOWN }, { K_CTRL('f'), ACT_PAGE_DOWN }, { ' ', ACT_PAGE_DOWN },
	{ K_PGUP, ACT_PAGE_UP }, { K_CTRL('b'), ACT_PAGE_UP },
	{ 'g', ACT_TOP }, { K_HOME, ACT_TOP },
	{ 'G', ACT_BOTTOM }, { K_END, ACT_BOTTOM },
	{ '0', ACT_DIGIT }, { '1', ACT_DIGIT }, { '2', ACT_DIGIT }, { '3', ACT_DIGIT },
	{ '4', ACT_DIGIT }, { '5', ACT_DIGIT }, { '6', ACT_DIGIT }, { '7', ACT_DIGIT },
	{ '8', ACT_DIGIT }, { '9', ACT_DIGIT },
	{ K_TAB, ACT_FOCUS_NEXT },
	{ K_BTAB, ACT_FOCUS_PREV },
	{ 'l', ACT_FOCUS_RIGHT }, { K_RIGHT, ACT_FOCUS_RIGHT },
	{ 'h', ACT_FOCUS_LEFT }, { K_LEFT, ACT_FOCUS_LEFT },
	{ K_ENTER, ACT_TOGGLE },
	{ 'z', ACT_ZOOM },
	{ '/', ACT_SEARCH },
	{ 'n', ACT_NEXT_MATCH },
	{ 'N', ACT_PREV_MATCH },
	{ 'f', ACT_FILTER },
	{ 'c', ACT_COMPARE },
	{ K_ENTER, ACT_PROMPT_ACCEPT, MODE_PROMPT },
	{ K_ESC, ACT_PROMPT_CANCEL, MODE_PROMPT },
	{ K_BACKSPACE, ACT_PROMPT_ERASE, MODE_PROMPT },
	{ K_CTRL('u'), ACT_PROMPT_CLEAR, MODE_PROMPT },
	{ K_UP, ACT_PROMPT_PREV, MODE_PROMPT },
	{ K_DOWN, ACT_PROMPT_NEXT, MODE_PROMPT },
	{ 'q', ACT_CLOSE, MODE_SCREEN },
	{ ' ', ACT_PANEL_TOGGLE, MODE_PANEL }, { K_ENTER, ACT_PANEL_TOGGLE, MODE_PANEL },
	{ 'a', ACT_PANEL_ALL, MODE_PANEL },
	{ 'n', ACT_PANEL_NONE, MODE_PANEL },
	{ 'w', ACT_PANEL_SAVE, MODE_PANEL },
	{ '[', ACT_CMP_SWAP_LEFT, MODE_COMPARE },
	{ ']', ACT_CMP_SWAP_RIGHT, MODE_COMPARE },
	{ 's', ACT_CMP_CHOOSE, MODE_COMPARE },
	{ 'd', ACT_CMP_DIFF, MODE_COMPARE },
	{ '}', ACT_CMP_NEXT_CONFLICT, MODE_COMPARE },
	{ '{', ACT_CMP_PREV_CONFLICT, MODE_COMPARE },
	{ ' ', ACT_PANEL_TOGGLE, MODE_COMPARE },
};
const size_t nbindings = sizeof(bindings) / sizeof(bindings[0]);

#define ACTION_META(name, section, help) { section, help },
static const struct {
	const char *section;
	const char *help;
} meta[ACT_COUNT] = {
	{ "", "" },
	ACTION_TABLE(ACTION_META)
};
#undef ACTION_META

/* Where a mode's unbound keys are looked up next; -1: nowhere (the
 * prompt's unbound keys are text). */
static const int parent[MODE_COUNT] = {
	[MODE_MAIN] = -1, [MODE_PROMPT] = -1, [MODE_SCREEN] = MODE_MAIN,
	[MODE_PANEL] = MODE_SCREEN, [MODE_COMPARE] = MODE_SCREEN,
};

enum action keys_mode_action(enum keymode mode, int key)
{
	for (size_t i = 0; i < nbindings; i++)
		if (bindings[i].key == key && bindings[i].mode == mode)
			return bindings[i].action;
	return parent[mode] < 0 ? ACT_NONE : keys_mode_action((enum keymode)parent[mode], key);
}

enum action keys_action(int key)
{
	return keys_mode_action(MODE_MAIN, key);
}

const char *action_section(enum action a)
{
	return a < ACT_COUNT ? meta[a].section : "";
}

const char *action_help(enum action a)
{
	return a < ACT_COUNT ? meta[a].help : "";
}

static const struct {
	int key;
	const char *name;
} key_names[] = {
	{ K_UP, "Up" }, { K_DOWN, "Down" }, { K_LEFT, "Left" }, { K_RIGHT, "Right" },
	{ K_HOME, "Home" }, { K_END, "End" }, { K_PGUP, "PgUp" }, { K_PGDN, "PgDn" },
	{ K_ENTER, "Enter" }, { K_TAB, "Tab" }, { K_BTAB, "Shift-Tab" }, { K_ESC, "Esc" },
	{ K_BACKSPACE, "Backspace" }, { K_DELETE, "Delete" }, { ' ', "Space" },
};

const char *keys_name(int key, char buf[16])
{
	for (size_t i = 0; i < sizeof(key_names) / sizeof(key_names[0]); i++)
		if (key_names[i].key == key)
			return key_names[i].name;
	if (key > 0 && key < 0x20)
		snprintf(buf, 16, "Ctrl-%c", key + 'A' - 1);
	else if (key > 0x20 && key < 0x7f)
		snprintf(buf, 16, "%c", key);
	else
		snprintf(buf, 16, "U+%04X", (unsigned)key);
	return buf;
}

/* Append a key's name to buf ("j, Down"); the ten digits as one "0-9". */
static void list_add(char *buf, size_t size, int k)
{
	char name[16];
	size_t n = strlen(buf);

	if (k >= '1' && k <= '9')
		return;         /* "0" stands for them all */
	snprintf(buf + n, size - n, "%s%s", n ? ", " : "", k == '0' ? "0-9" : keys_name(k, name));
}

/* The mode key k of binding i is read in: mode, or its own (mode -1). */
static enum keymode read_in(size_t i, int mode)
{
	return mode < 0 ? bindings[i].mode : (enum keymode)mode;
}

/* Was key k listed already, by a binding before bindings[i]? */
static bool listed(size_t i, int k, const enum action *acts, size_t n, int mode)
{
	for (size_t j = 0; j < i; j++)
		for (size_t a = 0; a < n; a++)
			if (bindings[j].key == k && keys_mode_action(read_in(j, mode), k) == acts[a])
				return true;
	return false;
}

void keys_list(const enum action *acts, size_t n, int mode, char *buf, size_t size)
{
	buf[0] = '\0';
	for (size_t a = 0; a < n; a++)
		for (size_t i = 0; i < nbindings; i++) {
			int k = bindings[i].key;

			if ((mode < 0 && bindings[i].action != acts[a]) ||
			    keys_mode_action(read_in(i, mode), k) != acts[a] || listed(i, k, acts, a + 1, mode))
				continue;
			list_add(buf, size, k);
		}
}

const char *keys_first(enum action act, enum keymode mode, char buf[16])
{
	for (size_t i = 0; i < nbindings; i++)
		if (keys_mode_action(mode, bindings[i].key) == act)
			return keys_name(bindings[i].key, buf);
	return "?";
}
