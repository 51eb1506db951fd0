/* ui: owns the terminal. It sets curses up (newterm, colors, glyphs, mouse,
 * signals), turns keys into actions for app_apply, and draws what the app
 * says changed with one doupdate per frame. Only ui*.c and view_*.c include
 * curses. */
#ifndef UI_H
#define UI_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

#include "app.h"

struct ui_opts {
	bool color;   /* colors when the terminal has them (else attributes) */
	bool ascii;   /* ASCII glyphs and text only */
	bool ascii_lines; /* lines drawn with | and -, not the terminal's
	                   * line-drawing set (--ascii: ASCII bytes only) */
};

/* Can the browser run here: stdin and stdout terminals, TERM set and able
 * to address the cursor? If not, why (for the message) in *why. */
bool ui_usable(const char **why);

/* Does the terminal speak SGR mouse reports that its terminfo entry does
 * not announce (tmux)? Then ui asks for them and reads them itself. */
bool ui_wants_sgr_mouse(void);

/* The browser on the real terminal, until the user quits. Returns the exit
 * status. A signal that ends it (SIGINT, SIGTERM, SIGHUP) restores the
 * terminal first and is then re-raised. */
int ui_run(struct app *a, const struct ui_opts *o);

/* For tests and benchmarks: curses on the given streams with a terminal
 * type, sized rows x cols; draw; close. */
int ui_open(FILE *out, FILE *in, const char *term, int rows, int cols, const struct ui_opts *o);
void ui_draw(struct app *a, unsigned dirty);
void ui_close(void);

#endif
