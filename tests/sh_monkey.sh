#!/bin/sh
# The monkey test, short (tests/monkey.sh has the long one: make monkey):
# $HTTPCODES (./httpcodes, or build/asan/httpcodes under `make check
# SANITIZE=1`) in tmux, fed seeded random keys, text, mouse reports,
# garbage and resizes, with fixed seeds, one TAP line each:
#   - a few seeds of random events, checked every 200 events;
#   - regression cases: seeds whose last event before a check (after event
#     150) once made the program miss the check's resize. Each is described
#     where it is listed.
# A failure prints monkey.sh's report (seed, events survived, the last
# events, the screen, the sanitizer log) as # lines.
. tests/lib.sh
M=tests/monkey.sh
export HTTPCODES="${HTTPCODES:-./httpcodes}"

if ! command -v tmux >/dev/null 2>&1; then
	not_ok "tmux is installed" "apt-get install tmux"
	exit 1
fi

# monkey WHAT EVENTS SEED [VAR=VALUE...]: one run of monkey.sh.
monkey() {
	what=$1 events=$2 seed=$3; shift 3
	env MONKEY_TIMEOUT=4 "$@" sh "$M" "$events" "$seed" >"$tmp/monkey" 2>&1
	st=$?
	if [ "$st" -eq 0 ]; then
		ok "monkey, seed $seed, $events events: $what"
	else
		not_ok "monkey, seed $seed, $events events: $what" "monkey.sh exited with status $st:"
		sed 's/^/#   /' "$tmp/monkey"
	fi
}

# Random events; these seeds' checks do not fall on the regressions below.
monkey "keys, text, mouse, garbage, resizes; alive, responsive, clean exit" 400 3
monkey "keys, text, mouse, garbage, resizes; alive, responsive, clean exit" 400 5
monkey "keys, text, mouse, garbage, resizes; alive, responsive, clean exit" 400 6

# Regression: event 150 is an unfinished SGR mouse report (ESC [ < 0;1;1) at
# a usable size, and the check resizes 10 ms later. src/ui.c on_sgr_mouse()
# reads the rest of the report with wgetch() for up to 50 ms and keeps
# whatever comes, KEY_RESIZE included: the resize is lost, the program keeps
# drawing its old layout until the next resize.
monkey "regression: a resize during an unfinished SGR mouse report is not lost" \
	150 110 MONKEY_CHECK=150

# Regression: event 150 is Esc while the terminal is too small, and the
# check resizes 10 ms later, during ncurses' 25 ms Esc delay. Too small, the
# program reads from stdscr, which has no timeout (src/ui.c read_key(),
# ui_run(); only the status window has wtimeout 250): the SIGWINCH that came
# outside read(2) is not acted on, the program blocks in read(2) with the
# old frame until the next key.
monkey "regression: a resize right after Esc, terminal too small, is not lost" \
	150 108 MONKEY_CHECK=150

# Regression: event 150 is an X10 mouse report cut short (ESC [ M, button 2,
# one coordinate) at a usable size; 300 ms later the check resizes. ncurses
# blocks in read(2) for the report's last byte; the resize interrupts it
# and is then not acted on: the old frame stays until the next key.
monkey "regression: a resize during a cut-short X10 mouse report is not lost" \
	150 490 MONKEY_CHECK=150 MONKEY_LAG=0.3

finish
