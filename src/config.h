/* config: the browser's filters, saved only when the user asks (w in the
 * filters panel) in $XDG_CONFIG_HOME/httpcodes/filters.rec (by default
 * ~/.config/httpcodes/). A recfile of one record:
 *   Hide: nginx esri          vendor groups hidden
 *   Sources: wikipedia iana   the sources shown (absent: all)
 *   Standard: yes|no
 *   Conflicts: yes|no
 * No curses. */
#ifndef CONFIG_H
#define CONFIG_H

#include <stddef.h>

#include "catalog.h"
#include "query.h"

/* The file's path ("" when neither XDG_CONFIG_HOME nor HOME is set). */
void config_path(char *buf, size_t size);

/* Read the filters from path into *f (replacing what it had). 1 when there
 * is no file, 0 when read, -1 with "message (path:line)" in err (RF_ERRLEN;
 * "message (path)" about the whole file) when it is unreadable or wrong (f
 * is then unchanged). The message comes first: cut short, err keeps it. */
int config_load(const char *path, const struct catalog *c, struct filter *f, char *err);

/* Write the filters to path, making its directory. 0, or -1 with a message
 * in err (RF_ERRLEN). */
int config_save(const char *path, const struct catalog *c, const struct filter *f, char *err);

#endif
