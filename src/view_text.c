/* view_text: drawing text, clipped by columns (never by bytes), in
 * ASCII when the terminal needs it, with highlighted runs; the only way
 * the views put text on the screen. */
#include <stdlib.h>
#include <string.h>

#include "textlayout.h"
#include "view.h"

int view_text(WINDOW *w, int y, int x, int maxw, const char *s, size_t n, attr_t attr)
{
	char *a = view_ascii() ? tl_ascii(s, n) : NULL;
	const char *t = a ? a : s;
	size_t len = a ? strlen(a) : n, used, bytes;

	if (maxw <= 0) {
		free(a);
		return 0;
	}
	bytes = tl_clip(t, len, (size_t)maxw, &used);
	wattr_set(w, attr, PAIR_NUMBER(attr), NULL);
	wmove(w, y, x);
	for (size_t i = 0; i < bytes;) {       /* a newline is drawn as a space */
		const char *nl = memchr(t + i, '\n', bytes - i);
		size_t k = nl ? (size_t)(nl - t) : bytes;

		waddnstr(w, t + i, (int)(k - i));
		if (nl)
			waddch(w, ' ');
		i = k + (nl != NULL);
	}
	wattr_set(w, A_NORMAL, 0, NULL);
	free(a);
	return (int)used;
}

int view_text_hl(WINDOW *w, int y, int x, int maxw, const char *s, size_t n, attr_t attr,
		 const struct hl *hl, size_t nhl, attr_t hl_attr)
{
	const char *p = s, *end = s + n;
	int used = 0;

	for (size_t i = 0; i < nhl && used < maxw; i++) {
		const char *a = hl[i].p > p ? hl[i].p : p, *b = hl[i].p + hl[i].len;

		if (b > end)
			b = end;
		if (a >= b)
			continue;
		used += view_text(w, y, x + used, maxw - used, p, (size_t)(a - p), attr);
		used += view_text(w, y, x + used, maxw - used, a, (size_t)(b - a), hl_attr);
		p = b;
	}
	if (p < end && used < maxw)
		used += view_text(w, y, x + used, maxw - used, p, (size_t)(end - p), attr);
	return used;
}

int view_str(WINDOW *w, int y, int x, int maxw, const char *s, attr_t attr)
{
	return view_text(w, y, x, maxw, s, strlen(s), attr);
}

int view_trunc(WINDOW *w, int y, int x, int maxw, const char *s, attr_t attr)
{
	char *a = view_ascii() ? tl_ascii(s, strlen(s)) : NULL;
	char *t;
	int n;

	if (maxw <= 0) {
		free(a);
		return 0;
	}
	t = tl_truncate(a ? a : s, strlen(a ? a : s), (size_t)maxw, view_glyphs()->ellipsis);
	n = view_str(w, y, x, maxw, t, attr);
	free(t);
	free(a);
	return n;
}

int view_width(const char *s)
{
	char *a = view_ascii() ? tl_ascii(s, strlen(s)) : NULL;
	int n = (int)tl_width(a ? a : s, strlen(a ? a : s));

	free(a);
	return n;
}

void view_fill(WINDOW *w, int y, int x, int n, attr_t attr)
{
	wattr_set(w, attr, PAIR_NUMBER(attr), NULL);
	mvwhline(w, y, x, ' ' | (chtype)attr, n);
	wattr_set(w, A_NORMAL, 0, NULL);
}

