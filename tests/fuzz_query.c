/* Fuzz target: the search language. Any input parses or says why; a query
 * that parses runs over the embedded table, and its highlights stay inside
 * the texts they are for. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "catalog.h"
#include "query.h"
#include "util.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	char *s = xstrndup((const char *)data, size), err[QUERY_ERRLEN];
	struct query q;
	struct filter f;
	struct hit *hits;
	size_t n;

	filter_init(&f);
	if (query_parse(s, false, &q, err) < 0) {
		if (!err[0])
			abort();
		free(s);
		return 0;
	}
	n = query_run(&embedded_catalog, &q, &f, &hits);
	for (size_t i = 0; i < n && i < 8; i++) {
		const struct code_info *ci = &embedded_catalog.codes[hits[i].code];
		const struct entry *e = &embedded_catalog.entries[ci->first];
		struct qspan sp[32];
		size_t len = strlen(e->text), k = query_spans(&q, FIELD_TEXT, e->text, len, sp, 32);

		for (size_t j = 0; j < k; j++)
			if (sp[j].off > len || sp[j].len > len - sp[j].off)
				abort();
	}
	free(hits);
	query_free(&q);
	free(s);
	return 0;
}
