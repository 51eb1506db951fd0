/* Fuzz target: the word diff. The input is two texts split at its first
 * NUL; the words both keep unmarked must read the same in both, in order,
 * and a text compared with itself has nothing marked. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "diff.h"
#include "textlayout.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_common(const struct diff_text *a, const struct diff_text *b)
{
	size_t i = 0, j = 0;

	for (;;) {
		while (i < a->n && (a->w[i].unique || !a->w[i].key))
			i++;
		while (j < b->n && (b->w[j].unique || !b->w[j].key))
			j++;
		if (i == a->n || j == b->n)
			break;
		if (a->w[i++].key != b->w[j++].key)
			abort();
	}
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *nul = memchr(data, 0, size);
	size_t an = nul ? (size_t)(nul - (const char *)data) : size / 2;
	size_t ln, rn;
	char *l = tl_sanitize((const char *)data, an, true, &ln);
	char *r = tl_sanitize((const char *)data + an + (nul != NULL),
			      size - an - (nul != NULL), true, &rn);
	struct diff_text a, b, c;

	diff_split(l, ln, &a);
	diff_split(r, rn, &b);
	diff_mark(&a, &b);
	check_common(&a, &b);
	diff_split(l, ln, &c);
	diff_unmark(&a);
	diff_mark(&a, &c);
	for (size_t i = 0; i < a.n; i++)
		if (a.w[i].unique || !diff_same(&a, &c))
			abort();
	diff_free(&a);
	diff_free(&b);
	diff_free(&c);
	free(l);
	free(r);
	return 0;
}
