/* Fuzz target: the recfile parser and the loader of user files behind it.
 * Any input must either be refused with "file:line: message" or load into
 * a catalog (merged with the embedded one) whose strings are clean. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "recfile.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct rec_file rf;
	struct catalog c;
	const char *name = "fuzz.rec";
	enum cb_kind kind = CB_USER;
	char err[RF_ERRLEN];

	if (recfile_parse(name, (const char *)data, size, &rf, err) < 0) {
		if (strncmp(err, "fuzz.rec:", 9) != 0 || rf.records || rf.nrecords)
			abort();
		return 0;
	}
	if (catalog_build(&c, &embedded_catalog, &rf, &name, &kind, 1, err) == 0) {
		for (size_t i = 0; i < c.nentries; i++)
			for (const char *p = c.entries[i].text; *p; p++)
				if ((unsigned char)*p < 0x20 && *p != '\n')
					abort();        /* a control character got through */
		catalog_free(&c);
	} else if (strncmp(err, "fuzz.rec", 8) != 0) {
		abort();
	}
	recfile_free(&rf);
	return 0;
}
