/* Fuzz target: the search language. Any input parses or says why; a query
 * that parses runs over the embedded table under a filter of groups the
 * first byte chooses, its highlights stay inside the texts they are for,
 * and what the filter leaves of each code (its name, names, groups) comes
 * from its visible entries. */
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
	if (size)   /* a group set; never none, a filter the panel cannot make either */
		f.vendors = (unsigned short)(((unsigned)data[0] << 2 | data[0] >> 6) & VENDOR_ALL);
	if (!f.vendors)
		f.vendors = VENDOR_ALL;
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

		struct code_info shown;
		bool named = false;

		for (size_t j = 0; j < k; j++)
			if (sp[j].off > len || sp[j].len > len - sp[j].off)
				abort();
		query_code_facts(&embedded_catalog, &f, ci, &shown);
		if (shown.nnames > ci->nnames || (shown.vendors & ~f.vendors) || shown.code != ci->code)
			abort();
		for (unsigned j = ci->first; j < ci->first + ci->count; j++)
			named |= strcmp(embedded_catalog.entries[j].name, shown.name) == 0;
		if (!named && shown.name[0])
			abort();
	}
	free(hits);
	query_free(&q);
	free(s);
	return 0;
}
