#include "keys.h"

#include <stdio.h>

/* The default bindings, in the order the help lists them. */
const struct binding bindings[] = {
	{ 'q', ACT_QUIT },
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
	{ ' ', ACT_PANEL_TOGGLE, MODE_PANEL }, { K_ENTER, ACT_PANEL_TOGGLE, MODE_PANEL },
	{ 'a', ACT_PANEL_ALL, MODE_PANEL },
	{ 'n', ACT_PANEL_NONE, MODE_PANEL },
	{ 'w', ACT_PANEL_SAVE, MODE_PANEL },
	{ '[', ACT_CMP_SWAP_LEFT, MODE_COMPARE },
	{ ']', ACT_CMP_SWAP_RIGHT, MODE_COMPARE },
	{ 's', ACT_CMP_CHOOSE, MODE_COMPARE },
	{ 'd', ACT_CMP_DIFF, MODE_COMPARE },
	{ ' ', ACT_PANEL_TOGGLE, MODE_COMPARE },
};
const size_t nbindings = sizeof(bindings) / sizeof(bindings[0]);

#define SCREEN_ROW(section, mode, help, ...) { section, mode, help, { __VA_ARGS__ } },
const struct screen_row screen_rows[] = {
	SCREEN_TABLE(SCREEN_ROW)
};
#undef SCREEN_ROW
const size_t nscreen_rows = sizeof(screen_rows) / sizeof(screen_rows[0]);

#define ACTION_META(name, section, help) { section, help },
static const struct {
	const char *section;
	const char *help;
} meta[ACT_COUNT] = {
	{ "", "" },
	ACTION_TABLE(ACTION_META)
};
#undef ACTION_META

enum action keys_mode_action(enum keymode mode, int key)
{
	for (size_t i = 0; i < nbindings; i++)
		if (bindings[i].key == key && bindings[i].mode == mode)
			return bindings[i].action;
	/* the panel and the compare view fall back to the panes' keys */
	if (mode == MODE_PANEL || mode == MODE_COMPARE)
		return keys_mode_action(MODE_MAIN, key);
	return ACT_NONE;
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
