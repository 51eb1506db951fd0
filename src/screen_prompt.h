/* screen_prompt: the search prompt (screen_prompt.c). What its view and
 * the tests may read of it. No curses. */
#ifndef SCREEN_PROMPT_H
#define SCREEN_PROMPT_H

#include "screen.h"

/* The text as typed, and why it does not parse ("" when it does); s is
 * the prompt's state (app_screen_state(a, SCREEN_PROMPT)). */
const char *prompt_text(const struct screen *s);
const char *prompt_error(const struct screen *s);
/* The searches kept this run, oldest first. */
size_t prompt_nhistory(const struct screen *s);
const char *prompt_history(const struct screen *s, size_t i);

#endif
