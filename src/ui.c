/* ui: the terminal and the event loop: curses set up and closed, the
 * windows, a frame drawn from what the app says changed, keys and mouse
 * reports read and handed to the app, signals. The look is view_theme.c's,
 * the drawing the views'. */
#include "ui.h"

#include <errno.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

#include "keys.h"
#include "textlayout.h"
#include "util.h"
#include "view.h"

/* The terminal: there is one, and this module owns it. */
static struct {
	SCREEN *screen;
	WINDOW *pane[PANE_COUNT];
	WINDOW *status;
	WINDOW *over;
	bool cursor;   /* shown (where a screen that wants it left it) */
} ui;

/* ---- windows and frames -------------------------------------------------------- */

static void free_windows(void)
{
	for (int p = 0; p < PANE_COUNT; p++)
		if (ui.pane[p])
			delwin(ui.pane[p]);
	if (ui.status)
		delwin(ui.status);
	if (ui.over)
		delwin(ui.over);
	memset(ui.pane, 0, sizeof(ui.pane));
	ui.status = ui.over = NULL;
}

/* One window per pane shown (the tree and the list keep their right-hand
 * rule), the status bar, and the window of the screens over the panes.
 * None when too small. */
static void make_windows(const struct app *a)
{
	free_windows();
	if (a->too_small)
		return;
	for (int p = 0; p < PANE_COUNT; p++) {
		const struct rect *r = &a->pane[p];
		int w = p == PANE_DESC ? r->w : r->w + 1;

		if (r->w > 0 && !(ui.pane[p] = newwin(r->h, w, r->y, r->x)))
			die("cannot make a window");
	}
	ui.status = newwin(1, a->width, a->height - 1, 0);
	ui.over = newwin(a->height - 1, a->width, 0, 0);
	if (!ui.status || !ui.over)
		die("cannot make a window");
	keypad(ui.status, TRUE);
	/* A signal that lands between the loop's check and the read would wait
	 * for the next key: waking up four times a second bounds that. */
	wtimeout(ui.status, 250);
}

typedef void draw_fn(WINDOW *w, const struct app *a);

static void draw_window(WINDOW *w, draw_fn *fn, const struct app *a)
{
	werase(w);
	fn(w, a);
	wnoutrefresh(w);
}

/* The screen on top in its window: over the panes, or the status bar. */
static void draw_screen(WINDOW *w, const struct app *a, const struct screen *s)
{
	werase(w);
	s->ops->draw(w, a, s);
	wnoutrefresh(w);
}

/* The cursor is shown where the screen on top that wants it (the search
 * prompt) left its window's: the frame's cursor is that of the window
 * refreshed last. Hidden otherwise. */
static void place_cursor(const struct app *a, const struct screen *s, WINDOW *w)
{
	bool on = s && s->ops->cursor && !a->too_small;

	if (on)
		wnoutrefresh(w);
	if (on != ui.cursor)
		curs_set(on ? 1 : 0);
	ui.cursor = on;
}

/* Draw what is dirty, then send the frame in one doupdate. */
void ui_draw(struct app *a, unsigned dirty)
{
	static const unsigned pane_dirty[PANE_COUNT] = { DIRTY_TREE, DIRTY_LIST, DIRTY_DESC };
	static draw_fn *const pane_draw[PANE_COUNT] = {
		view_tree_draw, view_list_draw, view_desc_draw,
	};
	const struct screen *s = app_top(a);
	bool covered = s && s->ops->covers;

	if (dirty & DIRTY_LAYOUT) {
		make_windows(a);
		werase(stdscr);
		wnoutrefresh(stdscr);
		dirty = DIRTY_ALL;
	}
	if (a->too_small) {
		draw_window(stdscr, view_small_draw, a);
		doupdate();
		return;
	}
	if (covered && (dirty & (DIRTY_OVERLAY | DIRTY_TREE | DIRTY_LIST | DIRTY_DESC)))
		draw_screen(ui.over, a, s);
	for (int p = 0; p < PANE_COUNT && !covered; p++)
		if ((dirty & pane_dirty[p]) && ui.pane[p])     /* none: folded away */
			draw_window(ui.pane[p], pane_draw[p], a);
	if ((dirty & DIRTY_STATUS) && s && !covered)
		draw_screen(ui.status, a, s);
	else if (dirty & DIRTY_STATUS)
		draw_window(ui.status, view_status_draw, a);
	place_cursor(a, s, s && !covered ? ui.status : ui.over);
	doupdate();
}

/* SGR mouse reports that curses does not decode: ESC [ < is bound to this
 * key code, and the rest ("b;x;yM", or m on release) is read here. */
#define KEY_SGR_MOUSE (KEY_MAX + 1)

static bool sgr_mouse;

static void sgr_mouse_on(void)
{
	if (!ui_wants_sgr_mouse())
		return;
	sgr_mouse = true;
	putp("\033[?1006h");
	fflush(stdout);
	define_key("\033[<", KEY_SGR_MOUSE);
	/* no X10 reports will come: a cut-short one must not block the read */
	keyok(KEY_MOUSE, FALSE);
}

static void sgr_mouse_off(void)
{
	if (!sgr_mouse)
		return;
	putp("\033[?1006l");
	fflush(stdout);
	sgr_mouse = false;
}

/* Keys as xterm sends them (and tmux, whatever the pane's TERM says), for
 * terminal types whose entries lack them: vt100 has no PgUp, PgDn, Home,
 * End, Delete or Shift-Tab. Each is defined where the entry leaves its
 * sequence free. */
static const struct {
	const char *seq;
	int curses;
} xterm_keys[] = {
	{ "\033[A", KEY_UP }, { "\033[B", KEY_DOWN }, { "\033[C", KEY_RIGHT }, { "\033[D", KEY_LEFT },
	{ "\033OA", KEY_UP }, { "\033OB", KEY_DOWN }, { "\033OC", KEY_RIGHT }, { "\033OD", KEY_LEFT },
	{ "\033[H", KEY_HOME }, { "\033[F", KEY_END }, { "\033OH", KEY_HOME }, { "\033OF", KEY_END },
	{ "\033[1~", KEY_HOME }, { "\033[4~", KEY_END }, { "\033[7~", KEY_HOME }, { "\033[8~", KEY_END },
	{ "\033[5~", KEY_PPAGE }, { "\033[6~", KEY_NPAGE }, { "\033[3~", KEY_DC },
	{ "\033[Z", KEY_BTAB }, { "\033OM", KEY_ENTER },
};

static void define_xterm_keys(void)
{
	for (size_t i = 0; i < sizeof(xterm_keys) / sizeof(xterm_keys[0]); i++)
		if (key_defined(xterm_keys[i].seq) == 0)
			define_key(xterm_keys[i].seq, xterm_keys[i].curses);
}

/* ---- opening and closing ---------------------------------------------------------- */

static void setup_screen(const struct ui_opts *o)
{
	cbreak();
	noecho();
	nonl();
	curs_set(0);
	ui.cursor = false;
	set_escdelay(25);
	keypad(stdscr, TRUE);
	define_xterm_keys();
	wtimeout(stdscr, 250);  /* read from when too small for the windows */
	mousemask(BUTTON1_PRESSED | BUTTON1_CLICKED | BUTTON4_PRESSED | BUTTON5_PRESSED, NULL);
	mouseinterval(0);
	view_theme_init(o->color, o->ascii, o->ascii_lines);
}

int ui_open(FILE *out, FILE *in, const char *term, int rows, int cols, const struct ui_opts *o)
{
	ui.screen = newterm(term, out, in);
	if (!ui.screen)
		return -1;
	setup_screen(o);
	if (rows > 0 && cols > 0)
		resizeterm(rows, cols);
	return 0;
}

void ui_close(void)
{
	if (!ui.screen)
		return;
	sgr_mouse_off();
	free_windows();
	endwin();
	delscreen(ui.screen);
	ui.screen = NULL;
}

/* ---- signals ------------------------------------------------------------------------ */

/* Handlers only set flags: wget_wch then returns ERR (no SA_RESTART) and
 * the loop acts outside the handler. */
static volatile sig_atomic_t got_exit;   /* SIGINT, SIGTERM or SIGHUP */
static volatile sig_atomic_t got_stop;   /* SIGTSTP */

static void on_exit_signal(int sig)
{
	got_exit = sig;
}

static void on_stop(int sig)
{
	(void)sig;
	got_stop = 1;
}

static void catch(int sig, void (*fn)(int))
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = fn;
	sigemptyset(&sa.sa_mask);
	sigaction(sig, &sa, NULL);
}

/* Installed before newterm, so curses keeps its hands off them. */
static void catch_signals(void)
{
	catch(SIGINT, on_exit_signal);
	catch(SIGTERM, on_exit_signal);
	catch(SIGHUP, on_exit_signal);
	catch(SIGTSTP, on_stop);
}

/* Ctrl-Z: give the terminal back, stop, and take it again on fg. Done with
 * our own handler because curses' leaves the first arrow key misread. */
static void suspend(struct app *a)
{
	got_stop = 0;
	endwin();
	signal(SIGTSTP, SIG_DFL);
	raise(SIGTSTP);
	catch(SIGTSTP, on_stop);
	refresh();
	app_resize(a, LINES, COLS);
	clearok(curscr, TRUE);
	ui_draw(a, DIRTY_ALL | DIRTY_LAYOUT);
}

static void cleanup(void)
{
	ui_close();
}

/* ---- input ------------------------------------------------------------------------------ */

static const struct {
	int curses;
	int key;
} curses_keys[] = {
	{ KEY_UP, K_UP }, { KEY_DOWN, K_DOWN }, { KEY_LEFT, K_LEFT }, { KEY_RIGHT, K_RIGHT },
	{ KEY_HOME, K_HOME }, { KEY_END, K_END }, { KEY_PPAGE, K_PGUP }, { KEY_NPAGE, K_PGDN },
	{ KEY_ENTER, K_ENTER }, { KEY_BTAB, K_BTAB }, { KEY_BACKSPACE, K_BACKSPACE },
	{ KEY_DC, K_DELETE }, { KEY_RESIZE, K_RESIZE },
};

/* A curses key as an enum key or a character; K_NONE to ignore. */
static int translate(int r, wint_t ch)
{
	if (r == KEY_CODE_YES) {
		for (size_t i = 0; i < sizeof(curses_keys) / sizeof(curses_keys[0]); i++)
			if (curses_keys[i].curses == (int)ch)
				return curses_keys[i].key;
		return K_NONE;
	}
	switch (ch) {
	case '\r': case '\n': return K_ENTER;
	case '\t': return K_TAB;
	case 27: return K_ESC;
	case 8: case 127: return K_BACKSPACE;
	default: return (int)ch;
	}
}

static unsigned on_sgr_mouse(struct app *a)
{
	char buf[32];
	size_t n = 0;
	int b, x, y, c = 0;
	char end;

	wtimeout(ui.status, 50);
	while (n < sizeof(buf) - 1 && (c = wgetch(ui.status)) != ERR && c < KEY_MIN) {
		buf[n++] = (char)c;
		if (c == 'M' || c == 'm')
			break;
	}
	wtimeout(ui.status, 250);
	buf[n] = '\0';
	if (c == KEY_RESIZE)    /* a report cut short by a resize: the resize counts */
		return app_resize(a, LINES, COLS) | DIRTY_LAYOUT;
	if (sscanf(buf, "%d;%d;%d%c", &b, &x, &y, &end) != 4 || end != 'M')
		return 0;       /* a release, or something garbled */
	if (b == 64 || b == 65)
		return app_wheel(a, y - 1, x - 1, b == 64 ? -1 : 1);
	if (b == 0)
		return app_click(a, y - 1, x - 1);
	return 0;
}

static unsigned on_mouse(struct app *a)
{
	MEVENT ev;

	if (getmouse(&ev) != OK)
		return 0;
	if (ev.bstate & BUTTON4_PRESSED)
		return app_wheel(a, ev.y, ev.x, -1);
	if (ev.bstate & BUTTON5_PRESSED)
		return app_wheel(a, ev.y, ev.x, 1);
	if (ev.bstate & (BUTTON1_PRESSED | BUTTON1_CLICKED))
		return app_click(a, ev.y, ev.x);
	return 0;
}

/* One key (or mouse event): what changed. */
static unsigned on_key(struct app *a, int r, wint_t ch)
{
	int key;

	if (r == KEY_CODE_YES && ch == KEY_MOUSE)
		return on_mouse(a);
	if (r == KEY_CODE_YES && ch == KEY_SGR_MOUSE)
		return on_sgr_mouse(a);
	key = translate(r, ch);
	if (key == K_RESIZE)
		return app_resize(a, LINES, COLS) | DIRTY_LAYOUT;
	if (key == K_CTRL('l'))
		clearok(curscr, TRUE);
	return app_key(a, key);
}

/* After an Esc curses made no key of: the rest of an escape sequence that
 * follows at once (a key the terminal type does not define, as F5 under
 * linux) is read up to its final byte and dropped whole, so that it is not
 * taken for Esc and keys. It is waited for as long as curses waits after
 * an Esc; anything else is kept for the next read. Returns whether a
 * sequence was dropped. */
static bool drop_sequence(WINDOW *w)
{
	int c, n = 0;
	bool csi;

	wtimeout(w, get_escdelay());
	c = wgetch(w);
	if (c != '[' && c != 'O') {     /* a lone Esc, or Esc and a key */
		if (c != ERR)
			ungetch(c);
		wtimeout(w, 250);
		return false;
	}
	csi = c == '[';
	c = wgetch(w);
	while (csi && c >= 0x20 && c < 0x40 && ++n < 64)   /* parameters, intermediates */
		c = wgetch(w);
	if (c != ERR && (c < 0x40 || c > 0x7e))   /* no final byte: a key of its own */
		ungetch(c);
	wtimeout(w, 250);
	return true;
}

/* A key. In a single-byte locale (LANG=C) a byte is a key: wget_wch would
 * gather the bytes of a UTF-8 character the terminal sends into one invalid
 * character, and lose the keys after it; such bytes mean nothing here and
 * are dropped. */
static int read_key(WINDOW *w, wint_t *ch)
{
	int c, r;

	if (MB_CUR_MAX > 1) {
		r = wget_wch(w, ch);
	} else {
		c = wgetch(w);
		if (c == ERR || (c >= 0x80 && c < 0x100))
			return ERR;
		*ch = (wint_t)c;
		r = c >= KEY_MIN ? KEY_CODE_YES : OK;
	}
	if (r == OK && *ch == 27 && drop_sequence(w))
		return ERR;
	return r;
}

/* The terminal's size, when curses missed a change of it (a SIGWINCH that
 * came while it was reading an escape sequence): looked at when idle. */
static unsigned missed_resize(struct app *a)
{
	struct winsize ws;

	if (ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) < 0 || !ws.ws_row || !ws.ws_col ||
	    (ws.ws_row == LINES && ws.ws_col == COLS))
		return 0;
	resizeterm(ws.ws_row, ws.ws_col);
	return app_resize(a, LINES, COLS) | DIRTY_LAYOUT;
}

int ui_run(struct app *a, const struct ui_opts *o)
{
	unsigned dirty = DIRTY_ALL | DIRTY_LAYOUT;

	catch_signals();
	if (ui_open(stdout, stdin, NULL, 0, 0, o) < 0)
		die("cannot start curses on this terminal");
	util_set_cleanup(cleanup);
	sgr_mouse_on();
	app_resize(a, LINES, COLS);
	while (!a->quit && !got_exit) {
		wint_t ch;
		int r;

		if (dirty)
			ui_draw(a, dirty);
		dirty = 0;
		r = read_key(ui.status ? ui.status : stdscr, &ch);
		if (got_stop) {
			suspend(a);
			continue;
		}
		if (r != ERR)
			dirty = on_key(a, r, ch);
		else
			dirty = missed_resize(a);
	}
	ui_close();
	util_set_cleanup(NULL);
	if (got_exit) {
		signal(got_exit, SIG_DFL);
		raise(got_exit);
	}
	return 0;
}
