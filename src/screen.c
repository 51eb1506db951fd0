/* screen: what the screens share: the list of them, dispatching an action
 * by a key table, and the pager that the help, the sources and the filters
 * panel are. No curses. */
#include "screen.h"

#include <stdlib.h>

#include "app.h"

#define SCREEN_ENTRY(id, name) [SCREEN_##id] = &screen_##name##_ops,
const struct screen_ops *const screen_ops[SCREEN_COUNT] = {
	SCREENS(SCREEN_ENTRY)
};
#undef SCREEN_ENTRY

unsigned screen_dispatch(struct screen *s, struct app *a, const struct screen_keys *k,
			 enum action act)
{
	if (act == ACT_NONE)
		return SCREEN_PASS;
	for (size_t r = 0; r < k->n; r++)
		for (size_t i = 0; i < SCREEN_KEY_ACTS && k->rows[r].acts[i]; i++)
			if (k->rows[r].acts[i] == act)
				return k->rows[r].fn ? k->rows[r].fn(s, a, k->rows[r].arg) : SCREEN_PASS;
	return SCREEN_PASS;
}

int screen_rows(const struct app *a)
{
	return a->height > 2 ? a->height - 1 : 1;
}

int screen_text_width(const struct app *a)
{
	return a->width - 4 > 10 ? a->width - 4 : 10;
}

/* ---- the pager ------------------------------------------------------------ */

#define TO_END (1L << 30)

unsigned pager_open(struct pager *p, const struct app *a,
		    void (*build)(struct doc *d, const struct app *a, int width))
{
	p->top = 0;
	p->sel = -1;
	doc_clear(&p->doc);
	pager_build(p, a, build);
	return DIRTY_ALL;
}

void pager_build(struct pager *p, const struct app *a,
		 void (*build)(struct doc *d, const struct app *a, int width))
{
	struct doc_place at = doc_place(&p->doc, p->top);

	doc_clear(&p->doc);
	build(&p->doc, a, screen_text_width(a));
	p->top = doc_place_line(&p->doc, at);
	pager_clamp(p, a);
}

void pager_clamp(struct pager *p, const struct app *a)
{
	size_t rows = (size_t)screen_rows(a);
	size_t max = p->doc.n > rows ? p->doc.n - rows : 0;

	if (p->sel >= 0 && (size_t)p->sel < p->top)
		p->top = (size_t)p->sel;
	else if (p->sel >= 0 && (size_t)p->sel >= p->top + rows)
		p->top = (size_t)p->sel - rows + 1;
	if (p->top > max)
		p->top = max;
}

unsigned pager_scroll(struct pager *p, const struct app *a, long delta)
{
	size_t rows = (size_t)screen_rows(a), max = p->doc.n > rows ? p->doc.n - rows : 0;
	long to = (long)p->top + delta;
	size_t top = to < 0 ? 0 : (size_t)to > max ? max : (size_t)to;

	if (top == p->top)
		return 0;
	p->top = top;
	return DIRTY_OVERLAY;
}

/* A page: the rows less one, so that a line of the last page stays. */
static long page(const struct app *a)
{
	return screen_rows(a) > 1 ? screen_rows(a) - 1 : 1;
}

static unsigned by_line(struct screen *s, struct app *a, int dir)
{
	return pager_scroll((struct pager *)s, a, dir);
}

static unsigned by_page(struct screen *s, struct app *a, int dir)
{
	return pager_scroll((struct pager *)s, a, dir * page(a));
}

static unsigned to_end(struct screen *s, struct app *a, int dir)
{
	return pager_scroll((struct pager *)s, a, dir * TO_END);
}

static const struct screen_key pager_rows[] = {
	{ "", by_line, 1, { ACT_DOWN } },
	{ "", by_line, -1, { ACT_UP } },
	{ "", by_page, 1, { ACT_PAGE_DOWN } },
	{ "", by_page, -1, { ACT_PAGE_UP } },
	{ "", to_end, -1, { ACT_TOP } },
	{ "", to_end, 1, { ACT_BOTTOM } },
};
static const struct screen_keys pager_keys = {
	"", MODE_SCREEN, pager_rows, sizeof(pager_rows) / sizeof(pager_rows[0]),
};

unsigned pager_act(struct screen *s, struct app *a, enum action act, int key)
{
	(void)key;
	return screen_dispatch(s, a, &pager_keys, act);
}

unsigned pager_wheel(struct screen *s, struct app *a, int dir)
{
	return pager_scroll((struct pager *)s, a, 3L * dir);
}

void pager_free(struct screen *s)
{
	doc_free(&((struct pager *)s)->doc);
}

const struct hint *pager_hints(const struct screen *s)
{
	static const struct hint hints[] = {
		{ ACT_DOWN, ACT_UP, "scroll", 0 },
		{ ACT_CLOSE, ACT_NONE, "close", 2 },
		{ ACT_QUIT, ACT_NONE, "quit", 1 },
		HINT_END,
	};

	(void)s;
	return hints;
}

const struct doc *pager_doc(const struct screen *s)
{
	return &((const struct pager *)s)->doc;
}

size_t pager_top(const struct screen *s)
{
	return ((const struct pager *)s)->top;
}

long pager_sel(const struct screen *s)
{
	return ((const struct pager *)s)->sel;
}
