/* screen_filters: the filters panel (screen_filters.c). What the tests
 * may read of it besides what it shows (a pager: screen.h). No curses. */
#ifndef SCREEN_FILTERS_H
#define SCREEN_FILTERS_H

#include "screen.h"

/* The item selected: the vendor groups, then the sources, then the
 * presets, from 0. s is the panel's state. */
size_t filters_item(const struct screen *s);

#endif
