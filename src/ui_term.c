/* ui_term: can curses run here at all? Apart from ui.c because term.h's
 * macros (lines, columns, ...) collide with ordinary names. */
#include <curses.h>
#include <stdlib.h>
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
