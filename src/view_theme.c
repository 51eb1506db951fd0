/* view_theme: the look. Each role of the screen with its colors and the
 * attributes that stand in for them on a terminal without colors (or with
 * NO_COLOR), as in ncdu; the glyphs, UTF-8 or ASCII. */
#include <string.h>

#include "view.h"

/* ---- the theme ----------------------------------------------------------- */

/* Each role: its colors, and the attributes it has with and without them. */
static const struct role_def {
	short fg, bg;
	attr_t color_attr;
	attr_t mono_attr;
} roles[R_COUNT] = {
	[R_NORMAL] = { -1, -1, A_NORMAL, A_NORMAL },
	[R_TITLE] = { -1, -1, A_BOLD, A_BOLD },
	[R_TITLE_FOCUS] = { COLOR_BLACK, COLOR_CYAN, A_BOLD, A_REVERSE | A_BOLD },
	[R_SEL] = { COLOR_BLACK, COLOR_WHITE, A_NORMAL, A_BOLD | A_UNDERLINE },
	[R_SEL_FOCUS] = { COLOR_BLACK, COLOR_CYAN, A_NORMAL, A_REVERSE },
	[R_RULE] = { COLOR_BLUE, -1, A_NORMAL, A_NORMAL },
	[R_CODE1] = { COLOR_BLUE, -1, A_BOLD, A_BOLD },
	[R_CODE2] = { COLOR_GREEN, -1, A_BOLD, A_BOLD },
	[R_CODE3] = { COLOR_CYAN, -1, A_BOLD, A_BOLD },
	[R_CODE4] = { COLOR_YELLOW, -1, A_BOLD, A_BOLD },
	[R_CODE5] = { COLOR_RED, -1, A_BOLD, A_BOLD },
	[R_LABEL] = { COLOR_CYAN, -1, A_BOLD, A_BOLD },
	[R_NOTE] = { -1, -1, A_DIM, A_DIM },
	[R_STAR] = { COLOR_YELLOW, -1, A_BOLD, A_BOLD },
	[R_CONFLICT] = { COLOR_RED, -1, A_BOLD, A_BOLD },
	[R_VENDOR] = { COLOR_MAGENTA, -1, A_NORMAL, A_NORMAL },
	[R_STATUS] = { -1, -1, A_DIM, A_DIM },
	[R_BAR] = { COLOR_BLACK, COLOR_WHITE, A_NORMAL, A_REVERSE },
	[R_BAR_KEY] = { COLOR_BLUE, COLOR_WHITE, A_BOLD, A_REVERSE | A_BOLD },
	[R_KEY] = { COLOR_CYAN, -1, A_BOLD, A_BOLD },
	[R_MATCH] = { COLOR_BLACK, COLOR_YELLOW, A_NORMAL, A_REVERSE | A_UNDERLINE },
	[R_MATCH_CUR] = { COLOR_BLACK, COLOR_GREEN, A_BOLD, A_REVERSE | A_BOLD },
	[R_ERROR] = { COLOR_RED, COLOR_WHITE, A_BOLD, A_REVERSE | A_BOLD },
};

static const struct glyphs utf8_glyphs = { "\xe2\x96\xbe", "\xe2\x96\xb8", "\xe2\x80\xa6",
					   "\xe2\x98\x85", "\xe2\x80\x94" };
static const struct glyphs ascii_glyphs = { "v", ">", "~", "*", "-" };

/* What the terminal can show: set once, when curses starts. */
static struct {
	bool color;
	bool ascii;
} theme;

attr_t view_attr(enum role r)
{
	if (!theme.color)
		return roles[r].mono_attr;
	return COLOR_PAIR(r + 1) | roles[r].color_attr;
}

enum role view_code_role(int code)
{
	int d = code / 100;

	return d >= 1 && d <= 5 ? (enum role)(R_CODE1 + d - 1) : R_CODE5;
}

const struct glyphs *view_glyphs(void)
{
	return theme.ascii ? &ascii_glyphs : &utf8_glyphs;
}

bool view_ascii(void)
{
	return theme.ascii;
}

/* --ascii: ASCII bytes only, so no line-drawing set either. The ACS_
 * macros read acs_map when a view draws, and newterm fills it again: set
 * here, the lines are drawn with the ASCII stand-ins curses itself uses for
 * terminals that have no line-drawing set. */
static void lines_ascii(void)
{
	static const char corners[] = "lmkjtuvwn";

	for (const char *c = corners; *c; c++)
		acs_map[(unsigned char)*c] = '+';
	acs_map['q'] = '-';
	acs_map['x'] = '|';
}

void view_theme_init(bool color, bool ascii, bool ascii_lines)
{
	theme.color = color && has_colors();
	theme.ascii = ascii;
	if (ascii_lines)
		lines_ascii();
	if (!theme.color)
		return;
	start_color();
	use_default_colors();
	for (int r = 0; r < R_COUNT; r++)
		init_pair((short)(r + 1), roles[r].fg, roles[r].bg);
}

