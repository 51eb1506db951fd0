/* bench_ui: the browser's costs, printed, never judged.
 *   first frame   exec of ./httpcodes on a pseudo-terminal until its first
 *                 frame (the status bar's key hint) has been written
 *   keystroke     in process: app_apply + ui_draw (to doupdate) for 'j'
 *   bytes         what a 'j' sends to the terminal, beside how many cells of
 *                 the screen changed, at 80x24 and 120x40 */
#include <curses.h>
#include <errno.h>
#include <fcntl.h>
#include <locale.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "app.h"
#include "helpers.h"
#include "ui.h"
#include "util.h"

/* Read what is there on fd within ms milliseconds; returns the count. */
static size_t drain(int fd, char *buf, size_t cap, int ms)
{
	size_t n = 0;
	struct pollfd p = { fd, POLLIN, 0 };

	while (n < cap && poll(&p, 1, ms) > 0) {
		ssize_t k = read(fd, buf + n, cap - n);

		if (k <= 0)
			break;
		n += (size_t)k;
		ms = 0;
	}
	return n;
}

/* ---- first frame -------------------------------------------------------- */

static double first_frame_once(const char *prog)
{
	struct winsize ws = { 24, 80, 0, 0 };
	static char buf[1 << 16];
	int master;
	double t0 = now_us(), t = -1;
	size_t n = 0;
	pid_t pid = forkpty(&master, NULL, NULL, &ws);

	if (pid < 0)
		die("forkpty: %s", strerror(errno));
	if (pid == 0) {
		setenv("TERM", "xterm-256color", 1);
		setenv("LC_ALL", "C.UTF-8", 1);
		execl(prog, prog, (char *)NULL);
		_exit(127);
	}
	while (n < sizeof(buf) - 1) {
		struct pollfd p = { master, POLLIN, 0 };
		ssize_t k;

		if (poll(&p, 1, 2000) <= 0)
			break;
		k = read(master, buf + n, sizeof(buf) - 1 - n);
		if (k <= 0)
			break;
		n += (size_t)k;
		buf[n] = '\0';
		if (strstr(buf, "q quit")) {
			t = now_us() - t0;
			break;
		}
	}
	kill(pid, SIGTERM);
	drain(master, buf, sizeof(buf), 50);
	waitpid(pid, NULL, 0);
	close(master);
	return t;
}

static void bench_first_frame(const char *prog)
{
	double v[40];
	int n = 0;

	for (int i = 0; i < 40; i++) {
		double t = first_frame_once(prog);

		if (t >= 0)
			v[n++] = t;
	}
	if (!n) {
		printf("first frame: not seen\n");
		return;
	}
	printf("browser, exec to first frame (80x24, pty): median %.2f ms of %d (goal: under 10 ms)\n",
	       median(v, (size_t)n) / 1000, n);
}

/* ---- keystrokes ------------------------------------------------------------ */

/* Cells of curscr (the screen as sent) that differ from a copy. */
static long changed_cells(WINDOW *before, int rows, int cols)
{
	long n = 0;

	for (int y = 0; y < rows; y++)
		for (int x = 0; x < cols; x++) {
			cchar_t a, b;

			mvwin_wch(before, y, x, &a);
			mvwin_wch(curscr, y, x, &b);
			n += memcmp(&a, &b, sizeof(a)) != 0;
		}
	return n;
}

static void bench_keys(int rows, int cols)
{
	struct winsize ws = { (unsigned short)rows, (unsigned short)cols, 0, 0 };
	struct ui_opts o = { true, false };
	static char buf[1 << 20];
	double t[200];
	long bytes = 0, cells = 0;
	int master, slave;
	FILE *out, *in;
	struct app a;

	if (openpty(&master, &slave, NULL, NULL, &ws) < 0)
		die("openpty: %s", strerror(errno));
	out = fdopen(slave, "w");
	in = fdopen(dup(slave), "r");
	if (ui_open(out, in, "xterm-256color", rows, cols, &o) < 0)
		die("newterm failed");
	app_init(&a, &embedded_catalog, NULL, false);
	app_resize(&a, rows, cols);
	ui_draw(&a, DIRTY_ALL | DIRTY_LAYOUT);
	fflush(out);
	drain(master, buf, sizeof(buf), 100);
	for (int i = 0; i < 200; i++) {
		WINDOW *before = dupwin(curscr);
		double t0 = now_us();
		unsigned d = app_apply(&a, ACT_DOWN, 'j');

		ui_draw(&a, d);
		t[i] = now_us() - t0;
		fflush(out);
		bytes += (long)drain(master, buf, sizeof(buf), 20);
		cells += changed_cells(before, rows, cols);
		delwin(before);
	}
	printf("browser, 'j' at %dx%d: %.1f us from key to doupdate (median of 200; goal: under 1 ms);"
	       " %.0f bytes sent for %.0f changed cells (goal: within 2x)\n", cols, rows,
	       median(t, 200), bytes / 200.0, cells / 200.0);
	app_free(&a);
	ui_close();
	fclose(out);
	fclose(in);
	close(master);
}

int main(int argc, char **argv)
{
	setlocale(LC_ALL, "C.UTF-8");
	if (argc > 1)
		bench_first_frame(argv[1]);
	bench_keys(24, 80);
	bench_keys(40, 120);
	return 0;
}
