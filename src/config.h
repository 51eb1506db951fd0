/* config: the user's files. The data files that add sources (--data, and
 * every *.rec in $XDG_DATA_HOME/httpcodes/, by default
 * ~/.local/share/httpcodes/), and the browser's filters, saved only when
 * the user asks (w in the filters panel) in
 * $XDG_CONFIG_HOME/httpcodes/filters.rec (by default ~/.config/httpcodes/).
 * That is a recfile of one record:
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

/* The catalog to show: the embedded one, with the data files merged in:
 * data[0..ndata) (--data, in order), then the *.rec of the XDG data
 * directory, sorted; a file named twice (the same path, a link) is read
 * once. 0 with *c built (catalog_free frees it; without files it is
 * embedded_catalog itself), or -1 with the message to print in err
 * (RF_ERRLEN: "file:line: why", fit for the locale, or "directory: why"
 * for an unreadable data directory). A file with any error loads
 * nothing: nothing half-loaded is ever shown. */
int config_load_catalog(const char *const *data, size_t ndata, struct catalog *c, char *err);

/* The filters file's path ("" when neither XDG_CONFIG_HOME nor HOME is
 * set). */
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
