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
	X(HELP,        "general", "this help") \
	X(SOURCES,     "general", "the sources: provenance, licenses, repairs") \
	X(CLOSE,       "general", "close this screen") \
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
	X(TOGGLE,      "panes",   "open or close a class in the tree") \
	X(SEARCH,      "find",    "search") \
	X(FILTER,      "find",    "filters") \
	X(COMPARE,     "find",    "compare the sources side by side")

#define ACTION_ENUM(name, section, help) ACT_##name,
enum action {
	ACT_NONE,
	ACTION_TABLE(ACTION_ENUM)
	ACT_COUNT
};
#undef ACTION_ENUM

struct binding {
	int key;              /* a character, or an enum key */
	enum action action;
};

extern const struct binding bindings[];
extern const size_t nbindings;

/* The action bound to key, or ACT_NONE. Digits give ACT_DIGIT. */
enum action keys_action(int key);

const char *action_section(enum action a);
const char *action_help(enum action a);

/* A key's name as the help shows it: "j", "Down", "Ctrl-F", "Space". */
const char *keys_name(int key, char buf[16]);

#endif
