/* output: where a one-shot output goes: the terminal's width, colors and
 * charset (or what the options say), a pager when it is longer than the
 * screen, and the flush of standard output at the end. No curses. */
#include "output.h"

#include <errno.h>
#include <langinfo.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/wait.h>
#include <unistd.h>

#include "textlayout.h"
#include "util.h"

/* A positive number of at most six digits from the environment, or 0. */
static unsigned env_number(const char *name)
{
	const char *v = getenv(name);
	size_t n = v ? strspn(v, "0123456789") : 0;

	return v && n && n <= 6 && !v[n] ? (unsigned)strtoul(v, NULL, 10) : 0;
}

/* The terminal's size on standard output, 0 each when it is none. */
static void term_size(unsigned *cols, unsigned *rows)
{
	struct winsize ws;

	*cols = *rows = 0;
	if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &ws) == 0) {
		*cols = ws.ws_col;
		*rows = ws.ws_row;
	}
}

/* --width, else the terminal's, else $COLUMNS (in a pipe: what a script
 * or a program reading the output says it shows), else 80; in 20..1000. */
static unsigned out_width(const struct opts *o)
{
	unsigned cols, rows, w;

	if (o->width)
		return o->width;
	term_size(&cols, &rows);
	w = cols ? cols : env_number("COLUMNS");
	return !w ? 80 : w < 20 ? 20 : w > 1000 ? 1000 : w;
}

/* The one-shot outputs' width, colors and charset: the terminal's, unless
 * the options say. */
void output_setup(const struct opts *o, struct out *out)
{
	const char *nc = getenv("NO_COLOR"), *term = getenv("TERM");
	bool tty = isatty(STDOUT_FILENO);

	out->f = stdout;
	out->width = out_width(o);
	/* --ascii means no colors here too, as in the browser, whatever --color says */
	out->color = !o->ascii && (o->color == COLOR_ALWAYS || (o->color == COLOR_AUTO && tty &&
		     !(nc && nc[0]) && !(term && strcmp(term, "dumb") == 0)));
	out->ascii = o->ascii || strcmp(nl_langinfo(CODESET), "UTF-8") != 0;
}

/* Has the reader of standard output gone (a closed pipe)? errno may no
 * longer say so when the write that failed was an earlier one. */
static bool stdout_gone(void)
{
	struct pollfd p = { .fd = STDOUT_FILENO, .events = POLLOUT };

	return errno == EPIPE || (poll(&p, 1, 0) == 1 && (p.revents & POLLERR));
}

/* Flush standard output. A write error is one (status 2), but for a reader
 * that went away: with SIGPIPE ignored the writes fail with EPIPE instead
 * of ending the program, and it then ends as SIGPIPE would have ended it,
 * quietly and with the same status (head, less quitting early). */
void output_flush(void)
{
	sigset_t pipe_set;

	if (fflush(stdout) == 0 && !ferror(stdout))
		return;
	if (stdout_gone()) {
		signal(SIGPIPE, SIG_DFL);
		sigemptyset(&pipe_set);
		sigaddset(&pipe_set, SIGPIPE);
		sigprocmask(SIG_UNBLOCK, &pipe_set, NULL);
		raise(SIGPIPE);
	}
	die("write error: %s", strerror(errno));
}

/* ---- the pager ------------------------------------------------------------ */

/* The pager for a one-shot output, or NULL: only on a terminal that can
 * address the cursor (not TERM=dumb, as in an editor's shell), and not
 * with --no-pager, nor when PAGER is empty or cat. Without PAGER, less
 * -FRX, as git and man do (-R: the colors stay). */
static const char *pager_command(const struct opts *o)
{
	const char *p = getenv("PAGER"), *term = getenv("TERM");
	size_t lead;

	if (o->no_pager || !isatty(STDOUT_FILENO) || !term || !term[0] || strcmp(term, "dumb") == 0)
		return NULL;
	if (!p)
		return "less -FRX";
	lead = strspn(p, " \t");
	if (!p[lead] || (strncmp(p + lead, "cat", 3) == 0 && !p[lead + 3 + strspn(p + lead + 3, " \t")]))
		return NULL;
	return p;
}

/* Does buf[0..len) take more rows of a terminal of cols x rows than it
 * has, less one for the prompt that follows? A line wider than cols takes
 * more; the colors' escapes take no column. Stops counting as soon as it
 * does. */
static bool too_long(const char *buf, size_t len, unsigned cols, unsigned rows)
{
	size_t used = 0;

	for (size_t pos = 0; pos < len && used < rows;) {
		const char *nl = memchr(buf + pos, '\n', len - pos);
		size_t end = nl ? (size_t)(nl - buf) : len, w = 0, k = pos;

		while (k < end) {
			const char *esc = memchr(buf + k, '\033', end - k);
			size_t stop = esc ? (size_t)(esc - buf) : end;

			w += tl_width(buf + k, stop - k);
			k = stop;
			while (esc && k < end && buf[k] != 'm')   /* ESC [ ... m */
				k++;
			k += esc != NULL;
		}
		used += w > cols ? (w + cols - 1) / cols : 1;
		pos = end + 1;
	}
	return used >= rows;
}

/* All of buf to fd, but for a reader that goes (EPIPE, with SIGPIPE
 * ignored): a pager may be quit before the end. */
static void write_all(int fd, const char *buf, size_t len)
{
	while (len) {
		ssize_t k = write(fd, buf, len);

		if (k < 0 && errno == EINTR)
			continue;
		if (k <= 0)
			return;
		buf += k;
		len -= (size_t)k;
	}
}

/* Run cmd (through sh, as git does) with buf on its standard input, and
 * wait for it. Ctrl-C and Ctrl-\ are the pager's while it runs, as are the
 * reader's going. LESS gets FRX when it is unset (PAGER=less). Returns
 * false when the pager could not be started (then nothing was shown: sh
 * exits 126 or 127 when it cannot run the command). */
static bool pager_run(const char *cmd, const char *buf, size_t len)
{
	struct sigaction ign = { .sa_handler = SIG_IGN }, oint, oquit, opipe;
	int fd[2], st = 0;
	pid_t pid;

	if (pipe(fd) < 0)
		return false;
	fflush(stderr);
	if ((pid = fork()) == 0) {
		dup2(fd[0], STDIN_FILENO);
		close(fd[0]);
		close(fd[1]);
		setenv("LESS", "FRX", 0);
		execl("/bin/sh", "sh", "-c", cmd, (char *)NULL);
		_exit(127);
	}
	close(fd[0]);
	sigaction(SIGINT, &ign, &oint);
	sigaction(SIGQUIT, &ign, &oquit);
	sigaction(SIGPIPE, &ign, &opipe);
	if (pid > 0)
		write_all(fd[1], buf, len);
	close(fd[1]);
	while (pid > 0 && waitpid(pid, &st, 0) < 0 && errno == EINTR)
		;
	sigaction(SIGINT, &oint, NULL);
	sigaction(SIGQUIT, &oquit, NULL);
	sigaction(SIGPIPE, &opipe, NULL);
	return pid > 0 && !(WIFEXITED(st) && (WEXITSTATUS(st) == 126 || WEXITSTATUS(st) == 127));
}

/* The output collected in buf: through the pager when it is longer than
 * the terminal, else (or when the pager cannot start) to stdout. */
static void page(const char *cmd, const char *buf, size_t len)
{
	unsigned cols, rows;

	term_size(&cols, &rows);
	rows = rows ? rows : env_number("LINES");
	if (too_long(buf, len, cols ? cols : 80, rows ? rows : 24) && pager_run(cmd, buf, len))
		return;
	fwrite(buf, 1, len, stdout);
}

void output_begin(const struct opts *o, struct out *out, struct paging *pg)
{
	pg->cmd = pager_command(o);
	pg->buf = NULL;
	pg->len = 0;
	/* collected first, to know whether it is longer than the screen */
	if (pg->cmd && !(out->f = open_memstream(&pg->buf, &pg->len)))
		die("out of memory");
}

void output_end(struct out *out, struct paging *pg)
{
	if (!pg->cmd)
		return;
	if (fclose(out->f) != 0)
		die("out of memory");
	out->f = stdout;
	page(pg->cmd, pg->buf, pg->len);
	free(pg->buf);
	pg->buf = NULL;
}
