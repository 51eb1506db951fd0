/* Fuzz target: the text layout. Any bytes are sanitized, then wrapped at a
 * width the input chooses; no line may be wider than the width unless it is
 * a single grapheme, and every line lies inside the text. Folding, ASCII
 * (transliterated and exact) and truncation must hold their own promises on
 * the same text. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "textlayout.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static void check_wrap(const char *t, size_t n, unsigned width)
{
	struct tl_line *l;
	size_t k = tl_wrap_text(t, n, width, &l);

	for (size_t i = 0; i < k; i++) {
		size_t w = tl_width(t + l[i].off, l[i].len);

		if (l[i].off > n || l[i].len > n - l[i].off)
			abort();
		/* too wide is allowed for one grapheme alone, and for a list
		 * item's "- " with its first grapheme at widths under 4 */
		if (l[i].indent + w > width && tl_cluster_end(t, n, l[i].off) != l[i].off + l[i].len &&
		    !(width < 4 && l[i].len >= 2 && t[l[i].off] == '-' && t[l[i].off + 1] == ' '))
			abort();
	}
	free(l);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	unsigned width = size ? data[0] % 100 + 1 : 1;
	size_t n, fl, *map;
	char *t = tl_sanitize((const char *)data + (size > 0), size ? size - 1 : 0, true, &n);
	char *f, *a, *tr;

	if (!tl_utf8_valid(t, n, NULL))
		abort();
	check_wrap(t, n, width);
	f = tl_fold(t, n, &fl, &map);
	for (size_t i = 0; i <= fl; i++)
		if (map[i] > n || (i && map[i] < map[i - 1] && i < fl))
			abort();
	a = tl_ascii(t, n);
	for (const char *p = a; *p; p++)
		if ((*p < 0x20 && *p != '\n') || *p >= 0x7f)
			abort();
	free(a);
	a = tl_ascii_exact(t, n);     /* named characters: ASCII too */
	for (const char *p = a; *p; p++)
		if ((*p < 0x20 && *p != '\n') || *p >= 0x7f)
			abort();
	tr = tl_truncate(t, n, width, "\xe2\x80\xa6");
	if (tl_width(tr, strlen(tr)) > width)
		abort();
	free(tr);
	free(a);
	free(f);
	free(map);
	free(t);
	return 0;
}
