/* ui_term: can curses run here at all? Apart from ui.c because term.h's
 * macros (lines, columns, ...) collide with ordinary names. */
#include <curses.h>
#include <stdlib.h>
#include <string.h>
#include <term.h>
#include <unistd.h>

#include "ui.h"

bool ui_usable(const char **why)
{
	const char *term = getenv("TERM");
	int err;

	if (!isatty(STDIN_FILENO) || !isatty(STDOUT_FILENO)) {
		*why = "not a terminal";
		return false;
	}
	if (!term || !*term) {
		*why = "TERM is not set";
		return false;
	}
	if (setupterm(NULL, STDOUT_FILENO, &err) != OK) {
		*why = "the terminal type is unknown";
		return false;
	}
	if (!cursor_address) {
		*why = "the terminal cannot address the cursor";
		del_curterm(cur_term);
		return false;
	}
	del_curterm(cur_term);
	return true;
}

/* tmux understands SGR mouse reports (1006), which reach past column 223,
 * but its terminfo entry announces only the old X10 kind (no XM), so
 * ncurses asks for X10. */
bool ui_wants_sgr_mouse(void)
{
	const char *term = getenv("TERM");
	const char *xm = tigetstr("XM");

	if (!term || strncmp(term, "tmux", 4) != 0)
		return false;
	if (xm && xm != (char *)-1)
		return false;
	return key_mouse && strcmp(key_mouse, "\033[M") == 0;
}
