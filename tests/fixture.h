/* fixture: what the browser's state tests share (test_app.c and the
 * test_screen_*.c files): an app of the embedded catalog at a fixed size
 * for each test (setup, teardown) and further ones that teardown frees,
 * ways to press keys and act, to read the panes and the documents, a
 * seeded random generator and the state's invariants, and what the tests
 * read of the screens, through their accessors. Counts are computed
 * independently from the catalog, not from app.c. */
#ifndef FIXTURE_H
#define FIXTURE_H

#include <setjmp.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include <cmocka.h>

#include "app.h"
#include "catalog.h"
#include "compare.h"
#include "query.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define NO_INDEX ((size_t)-1)

/* The size every test starts at: 29 pane rows, 28 under the titles. */
#define ROWS 30
#define COLS 100
#define CONTENT_ROWS (ROWS - 2)

#define LIST_MOVE (DIRTY_LIST | DIRTY_DESC | DIRTY_STATUS)
#define TREE_MOVE (DIRTY_TREE | DIRTY_LIST | DIRTY_DESC | DIRTY_STATUS)
#define FOCUS_MOVE (DIRTY_TREE | DIRTY_LIST | DIRTY_DESC | DIRTY_STATUS)

#define E (&embedded_catalog)

/* The widest a description's text is wrapped (app.c's readable measure). */
#define DESC_MEASURE 100

extern uint32_t rng_state;   /* rnd's: a test seeds it */

struct app *open_app(int slot, const struct filter *f, bool ascii);
void close_app(int slot);
struct app *open_hiding(const char *groups);
int setup(void **state);
int teardown(void **state);
unsigned act(struct app *a, enum action x);
unsigned type(struct app *a, const char *s);
int code_at_row(const struct app *a, size_t r);
int selected(const struct app *a);
size_t row_of(const struct app *a, int code);
size_t node_index(const struct app *a, int cls, int vendor);
void set_focus_to(struct app *a, enum pane p);
void select_node_by_keys(struct app *a, int cls, int vendor);
unsigned count_codes(int cls, int vendor, unsigned hidden);
bool code_in_group(int code, int vendor);
bool line_starts(const struct dline *l, const char *p);
bool line_is(const struct dline *l, const char *p);
bool line_has(const struct dline *l, const char *p);
size_t doc_find(const struct doc *d, int kind, const char *p);
void entry_header(const struct entry *e, char *buf, size_t size);
bool header_is(const struct doc *d, size_t i, const char *p);
void assert_code_desc(const struct app *a);
void assert_desc_fits(const struct app *a);
bool printable_ascii(const struct dline *l);
void assert_doc_ascii(const struct doc *d);
bool doc_has_non_ascii(const struct doc *d);
uint32_t rnd(void);
int rnd_in(int lo, int hi);
void dump_state(const struct app *a);
void check_invariants(const struct app *a, int step);
unsigned press(struct app *a, int key);
unsigned keys(struct app *a, const char *s);
size_t row_codes(const struct app *a, int *out);
size_t search_codes(const char *text, const struct filter *f, int *out);
void assert_rows(const struct app *a, const int *want, size_t n);
void assert_rows_are_search(const struct app *a, const char *text);
void assert_tree_counts(const struct app *a);
bool folded_starts(const char *s, size_t n, const char *word);
size_t check_highlights(const struct app *a, const char *word);
bool panel_checked(const struct dline *l);

#define INVARIANT(step, cond) do { \
		if (!(cond)) { \
			print_error("step %d: %s\n", (step), #cond); \
			dump_state(a); \
			fail(); \
		} \
	} while (0)

#define MAXROWS 128


/* ---- the screens, as the tests read them ---------------------------------- */

/* Screens open under the one on top. */
size_t under(const struct app *a);
/* The search prompt is open. */
bool typing(const struct app *a);
/* The search as shown: at the prompt, as typed; else the one kept. */
const char *search_text(const struct app *a);
/* The prompt's state (it must have been opened once). */
const struct screen *prompt_of(const struct app *a);
/* The pager on top (the help, the sources, the filters panel): its
 * document, top line and selected line. */
const struct doc *over_doc(const struct app *a);
size_t over_top(const struct app *a);
long over_sel(const struct app *a);
/* Open the filters panel (when closed) and go to item i: the vendor
 * groups, then the sources, then the presets. */
void panel_to(struct app *a, size_t item);
/* The filters panel's selected item. */
size_t panel_item(const struct app *a);
/* The compare view: its columns (empty when it never opened), and the
 * rest of what it shows (0 when it never opened). */
const struct compare *cmp_of(const struct app *a);
const struct doc *cmp_doc(const struct app *a, size_t k);
const struct doc *cmp_head(const struct app *a);
size_t cmp_ndocs(const struct app *a);
int cmp_head_rows(const struct app *a);
int cmp_width(const struct app *a);
size_t cmp_fit(const struct app *a);
size_t cmp_first(const struct app *a);
size_t cmp_focus(const struct app *a);
size_t cmp_top(const struct app *a);
bool cmp_plain(const struct app *a);
bool cmp_choosing(const struct app *a);
size_t cmp_choice(const struct app *a);

#endif
