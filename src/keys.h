/* keys: the one action table. It defines the browser's actions, the keys
 * bound to them in each mode and their help text; the key map, the help
 * screen, the status bar's key hints and their golden tests are all
 * generated from it, so bindings, help and hints never drift. A screen's
 * own table (screen.h) says what an action does there. No curses here: the
 * UI translates curses key codes into enum key first. */
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
	X(QUIT,        "general", "quit (Ctrl-C too): q on the panes, Q on any screen") \
	X(HELP,        "general", "this help; q or Esc goes back to where you were") \
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
	X(ZOOM,        "panes",   "zoom the focused pane (or compare column) to the whole screen and back") \
	X(SEARCH,      "find",    "search: the list narrows as you type") \
	X(NEXT_MATCH,  "find",    "next match, on to the next code found") \
	X(PREV_MATCH,  "find",    "previous match, back to the code before") \
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
	X(CMP_DIFF,       "compare", "differences highlighted or not") \
	X(CMP_NEXT_CONFLICT, "compare", "next code whose sources give different names") \
	X(CMP_PREV_CONFLICT, "compare", "previous code whose sources give different names")

#define ACTION_ENUM(name, section, help) ACT_##name,
enum action {
	ACT_NONE,
	ACTION_TABLE(ACTION_ENUM)
	ACT_COUNT
};
#undef ACTION_ENUM

/* Where a key is read: the panes; the search prompt (which takes text);
 * any screen over the panes (where q closes it), the filters panel and the
 * compare view. A key a mode does not bind means what it means in the
 * mode's parent (keys_mode_parent): a screen's keys fall back to those of
 * the screens, which fall back to the panes'. */
enum keymode { MODE_MAIN, MODE_PROMPT, MODE_SCREEN, MODE_PANEL, MODE_COMPARE, MODE_COUNT };

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

/* A key's name as the help shows it: "j", "Down", "Ctrl-F", "Space". */
const char *keys_name(int key, char buf[16]);

/* The names of the keys that give one of acts[0..n) (in that order) when
 * read in mode, or for mode -1 wherever each is bound, joined by ", " into
 * buf ("j, Down"; the ten digits as "0-9"); a key that means something
 * else there is not listed. */
void keys_list(const enum action *acts, size_t n, int mode, char *buf, size_t size);

/* The name of the first key of the bindings that gives act when read in
 * mode (the one a key hint names), or "?" when none does. */
const char *keys_first(enum action act, enum keymode mode, char buf[16]);

#endif
