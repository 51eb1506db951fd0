/* keys: the one action table. It defines the browser's actions, the keys
 * bound to them and their help text; the key map, the help screen and its
 * golden test are all generated from it, so bindings and help never drift.
 * No curses here: the UI translates curses key codes into enum key first. */
#ifndef KEYS_H
#define KEYS_H

#include <stddef.h>

/* Keys that are not characters (characters are their code points). */
enum key {
	K_NONE = 0x110000,
	K_UP, K_DOWN, K_LEFT, K_RIGHT, K_HOME, K_END, K_PGUP, K_PGDN,
	K_ENTER, K_TAB, K_BTAB, K_ESC, K_BACKSPACE, K_DELETE, K_RESIZE,
};
#define K_CTRL(c) ((c) & 0x1f)

/*      action        section    help text */
#define ACTION_TABLE(X) \
	X(QUIT,        "general", "quit (Ctrl-C too)") \
	X(HELP,        "general", "this help; Esc goes back to where you were") \
	X(SOURCES,     "general", "the sources: provenance, licenses, repairs") \
	X(CLOSE,       "general", "close: back to the screen under; clear a kept search") \
	X(REDRAW,      "general", "redraw the screen") \
	X(DOWN,        "move",    "down one line") \
	X(UP,          "move",    "up one line") \
	X(PAGE_DOWN,   "move",    "down one page") \
	X(PAGE_UP,     "move",    "up one page") \
	X(TOP,         "move",    "to the top") \
	X(BOTTOM,      "move",    "to the bottom") \
	X(DIGIT,       "move",    "type a code to jump to it: 4 0 4") \
	X(FOCUS_NEXT,  "panes",   "next pane") \
	X(FOCUS_PREV,  "panes",   "previous pane") \
	X(FOCUS_RIGHT, "panes",   "pane to the right") \
	X(FOCUS_LEFT,  "panes",   "pane to the left") \
	X(TOGGLE,      "panes",   "open or close a class (a group's too); else next pane") \
	X(SEARCH,      "find",    "search: the list narrows as you type") \
	X(NEXT_MATCH,  "find",    "next match in the description") \
	X(PREV_MATCH,  "find",    "previous match in the description") \
	X(FILTER,      "find",    "filters: vendor groups, sources, presets") \
	X(COMPARE,     "find",    "compare the code's entries side by side") \
	X(PROMPT_ACCEPT, "search prompt", "keep the search as a filter") \
	X(PROMPT_CANCEL, "search prompt", "cancel: the list as it was") \
	X(PROMPT_ERASE,  "search prompt", "erase a character") \
	X(PROMPT_CLEAR,  "search prompt", "erase it all") \
	X(PROMPT_PREV,   "search prompt", "an earlier search") \
	X(PROMPT_NEXT,   "search prompt", "a later search") \
	X(PANEL_TOGGLE,  "filters panel", "turn on or off; apply a preset") \
	X(PANEL_ALL,     "filters panel", "all of the section on") \
	X(PANEL_NONE,    "filters panel", "all of the section off") \
	X(PANEL_SAVE,    "filters panel", "save the filters for next time") \
	X(CMP_SWAP_LEFT,  "compare", "move the focused column to the left") \
	X(CMP_SWAP_RIGHT, "compare", "move the focused column to the right") \
	X(CMP_CHOOSE,     "compare", "choose the entries to compare") \
	X(CMP_DIFF,       "compare", "differences highlighted or not")

/* The help's rows for what keys do in the compare view and its chooser,
 * where the panes' keys mean something else, in the order the help shows
 * them. A row lists the keys that give one of its actions in its mode (as
 * keys_mode_action finds them), with its text, or the first action's own
 * when the text is NULL. A section's actions that none of its rows names
 * follow its rows, so that no action goes missing from the help.
 *         section                      mode          text, actions */
#define SCREEN_TABLE(X) \
	X("compare",                   MODE_COMPARE, "every column down one line", ACT_DOWN) \
	X("compare",                   MODE_COMPARE, "every column up one line", ACT_UP) \
	X("compare",                   MODE_COMPARE, "every column down one page", ACT_PAGE_DOWN, \
	  ACT_PANEL_TOGGLE) \
	X("compare",                   MODE_COMPARE, "every column up one page", ACT_PAGE_UP) \
	X("compare",                   MODE_COMPARE, "every column to the top", ACT_TOP) \
	X("compare",                   MODE_COMPARE, "every column to the bottom", ACT_BOTTOM) \
	X("compare",                   MODE_COMPARE, "the focus to the column on the right", \
	  ACT_FOCUS_RIGHT, ACT_FOCUS_NEXT) \
	X("compare",                   MODE_COMPARE, "the focus to the column on the left", \
	  ACT_FOCUS_LEFT, ACT_FOCUS_PREV) \
	X("compare",                   MODE_COMPARE, NULL, ACT_CMP_SWAP_LEFT) \
	X("compare",                   MODE_COMPARE, NULL, ACT_CMP_SWAP_RIGHT) \
	X("compare",                   MODE_COMPARE, NULL, ACT_CMP_CHOOSE) \
	X("compare",                   MODE_COMPARE, NULL, ACT_CMP_DIFF) \
	X("compare",                   MODE_COMPARE, "close it: back where c was pressed", ACT_COMPARE, ACT_CLOSE) \
	X("compare: choosing entries", MODE_COMPARE, "the next entry", ACT_DOWN) \
	X("compare: choosing entries", MODE_COMPARE, "the previous entry", ACT_UP) \
	X("compare: choosing entries", MODE_COMPARE, "put the entry in or take it out", \
	  ACT_PANEL_TOGGLE, ACT_TOGGLE) \
	X("compare: choosing entries", MODE_COMPARE, "done: back to the columns", ACT_CMP_CHOOSE, \
	  ACT_CLOSE)

#define ACTION_ENUM(name, section, help) ACT_##name,
enum action {
	ACT_NONE,
	ACTION_TABLE(ACTION_ENUM)
	ACT_COUNT
};
#undef ACTION_ENUM

/* Where a key is read: the panes, the search prompt (which takes text),
 * the filters panel or the compare view (which fall back to the panes'
 * keys). */
enum keymode { MODE_MAIN, MODE_PROMPT, MODE_PANEL, MODE_COMPARE };

struct binding {
	int key;              /* a character, or an enum key */
	enum action action;
	enum keymode mode;
};

extern const struct binding bindings[];
extern const size_t nbindings;

/* The action bound to key, or ACT_NONE. Digits give ACT_DIGIT. */
enum action keys_action(int key);
enum action keys_mode_action(enum keymode mode, int key);

const char *action_section(enum action a);
const char *action_help(enum action a);

#define SCREEN_ROW_ACTS 3
struct screen_row {
	const char *section;
	enum keymode mode;    /* where its keys are read */
	const char *help;     /* NULL: acts[0]'s own help text */
	enum action acts[SCREEN_ROW_ACTS]; /* ACT_NONE after the last */
};

extern const struct screen_row screen_rows[];
extern const size_t nscreen_rows;

/* A key's name as the help shows it: "j", "Down", "Ctrl-F", "Space". */
const char *keys_name(int key, char buf[16]);

#endif
