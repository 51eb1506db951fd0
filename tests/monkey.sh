#!/bin/sh
# The monkey test: tests/monkey.sh EVENTS [SEED]
#
# Starts $HTTPCODES (default build/asan/httpcodes; `make monkey` builds it)
# in a fresh private tmux server at a random size, under ASan/UBSan options
# that abort on the first error and log to a file, and feeds it EVENTS
# seeded pseudo-random events: every bound key, text and UTF-8 (valid and
# not), bare Esc and partial escape sequences, SGR and X10 mouse reports
# (inside and outside the window, garbled too), garbage bytes and control
# characters, and resizes between 1x1 and 250x80. The whole event list is
# generated up front by awk with srand(SEED), so a seed reproduces it
# (timing aside: how bytes split across reads, when SIGWINCH lands).
#
# Never sent: q and Q (they quit, or close a screen; the generator cannot
# know when they would be text),
# Ctrl-C, Ctrl-Z, Ctrl-\ (signals) and Ctrl-S/Ctrl-Q (flow control would
# freeze the output). w (save the filters) writes under a temporary
# XDG_CONFIG_HOME.
#
# Every MONKEY_CHECK events (200) the program must be alive, with no
# sanitizer log, and responsive. The last event before a check goes alone
# to the program once its screen is still (drawn for the pane's size); 10 ms
# later (MONKEY_LAG seconds) the pane is resized to a random too-small size:
# the program must draw "CxR, needs 40x10" for it; resized back to a usable
# size (and sent Ctrl-L) it must draw its status bar, key hint at the right
# edge (or facts filling it); then the screen must settle. A resize so soon
# after an Esc or an unfinished escape sequence or mouse report lands while
# the program waits for the rest of it (MONKEY_LAG=0.3 waits that out). At
# the end: 100x30, Esc until the main screen, then q: exit status 0, `stty
# -a` as before (the window size aside), no sanitizer log.
#
# On failure: the seed, the events survived (up to the last check that
# passed), the last events sent, the screen and the sanitizer log; exit 1.
# MONKEY_BATCH (20) events go in one tmux call; MONKEY_KEEP=1 keeps the
# work directory (the event list, the batches, the logs) and the tmux
# server; MONKEY_VERBOSE=1 shows each check; MONKEY_LIST=1 prints the
# event list (index, what) and runs nothing.
cd "$(dirname "$0")/.." || exit 2

usage() { echo "usage: tests/monkey.sh EVENTS [SEED]" >&2; exit 2; }
case ${1:-} in ''|*[!0-9]*) usage ;; esac
EVENTS=$1
SEED=${2:-}
[ -n "$SEED" ] || SEED=$(od -An -N4 -tu4 /dev/urandom | tr -d ' ')
case $SEED in ''|*[!0-9]*) usage ;; esac
CHECK=${MONKEY_CHECK:-200}
TIMEOUT=${MONKEY_TIMEOUT:-10}
LAG=${MONKEY_LAG:-0.01}
BATCH=${MONKEY_BATCH:-20}
H=${HTTPCODES:-build/asan/httpcodes}
case $H in /*) ;; *) H=$PWD/$H ;; esac
if [ ! -x "$H" ]; then
	echo "monkey: no program $H (make SANITIZE=1 build/asan/httpcodes, or set HTTPCODES)" >&2
	exit 2
fi
command -v tmux >/dev/null 2>&1 || { echo "monkey: tmux is not installed" >&2; exit 2; }

export LC_ALL=C.UTF-8
unset TMUX TMUX_PANE
d=$(mktemp -d "${TMPDIR:-/tmp}/monkey.XXXXXX") || exit 2
sock=$d/sock
conf=$d/conf
mkdir -p "$d/b" "$d/home" "$d/cfg" "$d/data"
. tests/tmux.sh
tmux_conf "$conf"
target=m
cleanup() {
	if [ "${MONKEY_KEEP:-0}" = 1 ]; then
		echo "monkey: kept: the work directory $d and the tmux server (tmux -S $sock attach;" \
			"tmux -S $sock kill-server)"
	else
		tmux -S "$sock" kill-server 2>/dev/null
		rm -rf "$d"
	fi
}
trap cleanup EXIT
trap 'exit 2' INT TERM HUP

tmux_wrapper "$d/wrap"

now() { date +%s%N; }
t0=$(now)

################################################################ the events

# The plan: "start W H", then "batch K FIRST LAST" (file b/K holds the tmux
# commands of events FIRST..LAST), "settle W H I" (before event I: the frame
# for WxH drawn, then a still screen, so that the last event before a check
# goes alone to an idle program and the check's resize comes at a known
# moment after it) and "check I SW SH RW RH" (after event I: the too-small
# size SWxSH, then back to RWxRH). events: "I<TAB>what<TAB>tmux commands".
LC_ALL=C awk -v seed="$SEED" -v total="$EVENTS" -v check="$CHECK" -v batch="$BATCH" \
	-v dir="$d" '
function rnd(n) { return int(rand() * n) }
function between(a, b) { return a + rnd(b - a + 1) }
function pick(arr, n) { return arr[1 + rnd(n)] }
# Bytes never sent: Ctrl-C, Ctrl-Q, Ctrl-S, Ctrl-Z, Ctrl-\, q and Q.
function bad(b) { return b == 3 || b == 17 || b == 19 || b == 26 || b == 28 || b == 113 || b == 81 }
function hx(b) { return sprintf(" %02x", b) }
function text_hex(s,   i, b, out) {
	for (i = 1; i <= length(s); i++) {
		b = ord[substr(s, i, 1)]
		if (b != "" && !bad(b))
			out = out hx(b)
	}
	return out
}
function packed(p,   i, out) {   # "c3a9" -> " c3 a9"
	for (i = 1; i < length(p); i += 2)
		out = out " " substr(p, i, 2)
	return out
}
function shown(s) { gsub(/\t/, " ", s); return s }
function flush(   f) {
	if (!nb)
		return
	f = dir "/b/" nbatch
	close(f)
	print "batch", nbatch, bfirst, nev > plan
	nbatch++
	nb = 0
}
# One event: what it is, and its tmux commands (one a line).
function ev(what, cmds,   f, one) {
	if ((nev + 1) % check == 0 || nev + 1 == total) {
		flush()
		print "settle", curw, curh, nev + 1 > plan
	}
	nev++
	one = cmds
	gsub(/\n/, " ; ", one)
	print nev "\t" shown(what) "\t" one > events
	if (!nb)
		bfirst = nev
	f = dir "/b/" nbatch
	print cmds > f
	nb++
	if (pendw) {   # a resize: the size from now on
		curw = pendw; curh = pendh; pendw = 0
	}
	if (nb >= batch)
		flush()
	if (nev % check == 0 || nev == total)
		do_check()
}
function do_check(   sw, sh, rw, rh) {
	flush()
	do {
		sw = between(20, 39); sh = between(3, 9)
	} while (sw == curw && sh == curh)
	if (curw >= 40 && curh >= 10) {
		rw = curw; rh = curh
	} else {
		rw = between(40, 250); rh = between(10, 80)
	}
	curw = rw; curh = rh
	print "check", nev, sw, sh, rw, rh > plan
}
function hexcmd(h) { return "send-keys -t m -H" h }
function keycmd(k) { return "send-keys -t m " k }

# A bound key (or one of the other named keys).
function ev_key(   k) {
	if (rand() < 0.55) {
		k = pick(chars, nchars)
		ev("key " k, hexcmd(text_hex(k)))
	} else {
		k = pick(named, nnamed)
		ev("key " k, keycmd(k))
	}
}
function ev_digits(   s, n, i) {
	n = between(1, 4)
	for (i = 0; i < n; i++)
		s = s (rand() < 0.6 ? pick(codedig, ncodedig) : rnd(10))
	ev("digits " s, hexcmd(text_hex(s)))
}
function random_text(n,   s, i, b) {
	for (i = 0; i < n; i++) {
		do b = between(32, 126); while (bad(b))
		s = s sprintf("%c", b)
	}
	return s
}
function random_utf8(n,   s, i) {
	for (i = 0; i < n; i++)
		s = s pick(utf, nutf)
	return s
}
# The search prompt: /, a query (words of the catalog, operators, fields,
# quotes, masks and ranges, random text, UTF-8), then Enter, Esc, history
# (Up/Down), erasing, or nothing (the prompt stays open for what follows).
function ev_search(   q, h, r, end, cmds) {
	r = rand()
	if (r < 0.5)
		q = pick(words, nwords)
	else if (r < 0.7)
		q = pick(words, nwords) " " pick(words, nwords)
	else
		q = random_text(between(1, 10))
	h = text_hex(q)
	if (rand() < 0.3)
		h = h packed(random_utf8(between(1, 3)))
	cmds = hexcmd(" 2f" h)
	r = rand()
	if (r < 0.35) { end = "Enter"; cmds = cmds "\n" keycmd("Enter") }
	else if (r < 0.55) { end = "Escape"; cmds = cmds "\n" keycmd("Escape") }
	else if (r < 0.65) { end = "Up Up Enter"; cmds = cmds "\n" keycmd("Up Up Down Up Enter") }
	else if (r < 0.75) { end = "BSpace x3"; cmds = cmds "\n" keycmd("BSpace BSpace BSpace") }
	else if (r < 0.8) { end = "C-u Enter"; cmds = cmds "\n" keycmd("C-u Enter") }
	else end = "(left open)"
	ev("search /" q " " end, cmds)
}
function ev_text(   s) {
	s = random_text(between(1, 12))
	ev("text " s, hexcmd(text_hex(s)))
}
function ev_utf8(   s) {
	s = random_utf8(between(1, 4))
	ev("utf8" packed(s), hexcmd(packed(s)))
}
function ev_escape(   n, i, k) {
	n = rand() < 0.8 ? 1 : between(2, 3)
	for (i = 0; i < n; i++)
		k = k (i ? " " : "") "Escape"
	ev("key " k, keycmd(k))
}
function ev_partial(   h, i, n) {
	if (rand() < 0.6) {
		h = packed(pick(partial, npartial))
	} else {   # a CSI with random parameters and maybe a random final byte
		h = " 1b 5b"
		n = between(0, 8)
		for (i = 0; i < n; i++)
			h = h hx(ord[substr("0123456789;;<?", 1 + rnd(14), 1)])
		if (rand() < 0.5) {
			do i = between(64, 126); while (bad(i))
			h = h hx(i)
		}
	}
	ev("escape" h, hexcmd(h))
}
function coord(max) {
	return rand() < 0.75 ? between(1, max) : between(0, 300)
}
function sgr(b, x, y, e) { return text_hex(b ";" x ";" y e) }
function ev_sgr(   r, b, x, y, h, what) {
	x = coord(curw); y = coord(curh)
	r = rand()
	if (r < 0.35) {
		h = sgr(0, x, y, "M") " 1b 5b 3c" sgr(0, x, y, "m")
		what = "click " x "," y
	} else if (r < 0.65) {
		b = rand() < 0.5 ? 64 : 65
		h = sgr(b, x, y, "M")
		what = (b == 64 ? "wheel up " : "wheel down ") x "," y
	} else if (r < 0.8) {
		b = pick(buttons, nbuttons)
		h = sgr(b, x, y, rand() < 0.6 ? "M" : "m")
		what = "button " b " " x "," y
	} else {
		what = pick(garbled, ngarbled)
		h = text_hex(what)
		what = "garbled ESC[<" what
	}
	ev("sgr mouse " what, hexcmd(" 1b 5b 3c" h))
}
function x10byte(v) {
	if (v > 255) v = 255
	if (bad(v)) v++
	return hx(v)
}
function ev_x10(   b, x, y, h, what) {
	b = rand() < 0.8 ? pick(buttons, nbuttons) : between(0, 223)
	x = coord(curw); y = coord(curh)
	h = " 1b 5b 4d" x10byte(32 + b) x10byte(32 + x) x10byte(32 + y)
	what = "x10 mouse " b " " x "," y
	if (rand() < 0.1) {   # cut short
		h = substr(h, 1, 3 * between(3, 5))
		what = what " cut short:" h
	}
	ev(what, hexcmd(h))
}
function ev_garbage(   n, i, b, h) {
	n = between(1, 8)
	for (i = 0; i < n; i++) {
		do {
			b = rand() < 0.7 ? between(128, 255) : between(0, 31)
			if (rand() < 0.05) b = 127
		} while (bad(b))
		h = h hx(b)
	}
	ev("garbage" h, hexcmd(h))
}
function ev_resize(   r, w, h) {
	r = rand()
	if (r < 0.15) { w = between(1, 20); h = between(1, 6) }
	else if (r < 0.35) { w = between(37, 43); h = between(8, 12) }
	else { w = between(1, 250); h = between(1, 80) }
	pendw = w; pendh = h
	ev("resize " w "x" h, "resize-window -t m -x " w " -y " h)
}
# A few keys of one mode in a row: the filters panel, the compare view
# (and its chooser), the help and the sources.
function ev_mode(   r, s, i, n, k) {
	r = rand()
	if (r < 0.35) { s = "f"; n = between(1, 8); for (i = 0; i < n; i++) s = s " " pick(panelk, npanelk) }
	else if (r < 0.7) { s = "c"; n = between(1, 8); for (i = 0; i < n; i++) s = s " " pick(cmpk, ncmpk) }
	else if (r < 0.85) { s = "?"; n = between(1, 4); for (i = 0; i < n; i++) s = s " " pick(scrollk, nscrollk) }
	else { s = "S"; n = between(1, 4); for (i = 0; i < n; i++) s = s " " pick(scrollk, nscrollk) }
	if (rand() < 0.6)
		s = s " Escape"
	ev("mode " s, modecmds(s))
}
# Keys as tmux commands: characters in hex, named keys by name.
function modecmds(s,   a, n, i, out, k) {
	n = split(s, a, " ")
	for (i = 1; i <= n; i++) {
		k = a[i]
		out = out (i > 1 ? "\n" : "") (length(k) == 1 ? hexcmd(text_hex(k)) : keycmd(k))
	}
	return out
}

BEGIN {
	srand(seed)
	events = dir "/events"
	plan = dir "/plan"
	for (i = 1; i < 256; i++)
		ord[sprintf("%c", i)] = i
	nchars = split("j k g G h l n N f c a w s d S ? / [ ] 0 1 2 3 4 5 6 7 8 9 x X u m", chars, " ")
	nnamed = split("Space Enter Tab BTab Escape Up Down Left Right PPage NPage Home End " \
		"C-f C-b C-l C-u BSpace DC IC F1 F5 F12 M-j M-/ C-Up S-Down", named, " ")
	ncodedig = split("1 2 3 4 5 0 4 4 9 9", codedig, " ")
	nwords = split("teap|timeout|not found|gateway|404|4xx|40x|4**|5..|500-504|" \
		"504-500|1|99|999|000-999|name:gateway|text:\"reQuest uri\"|name:\"bad|\"|" \
		"\"\"|name:|text:|-|--|nginx|microsoft|cloudflare|webdav|IIS|Straße|" \
		"strasse|resume|RESUME|é|日本|x|*|.|;|\\|%s%n|(|)|AND|OR|NOT|" \
		"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", words, "|")
	nutf = split("c3a9 e697a5e69cac 65cc81 f09f9880 c2ad d880 e2808d e280ae efbcb2 " \
		"c39f c4b0 efbfbd efbbbf f48fbfbf e0a4a8e0a4bf cd8fcd8f " \
		"c0af 80 e697 eda080 f5808080 fe ff c3", utf, " ")
	npartial = split("1b5b 1b4f 1b5b313b 1b5b35 1b5b3c 1b5b3c36343b 1b5b3c303b313b 1b5b4d " \
		"1b5b4d20 1b5b3230307e 1b5b3230317e 1b5d 1b50 1b1b 1b5b3f 1b 1b1b5b " \
		"1b5b39393939393939393939393941 9b41 1b4f50 1b5b31353b3551 1b5b3f31303439", partial, " ")
	nbuttons = split("0 0 0 1 2 3 32 35 64 65 66 67 96 128", buttons, " ")
	ngarbled = split("0;1M|;;M|0;;M|;5;5M|99999999999;99999999999;99999999999M|" \
		"-1;-1;-1M|0;-5;3M|64;0;0M|65;300000;2M|0;1;1|0;1;1x|" \
		"1111111111111111111111111111111111111M|0;1;1;1;1M|a;b;cM|0;1;1mm", garbled, "|")
	npanelk = split("j k Space Enter a n w g G PPage NPage Tab l h Up Down", panelk, " ")
	ncmpk = split("s Space Space j k d [ ] Tab BTab h l g G NPage s Escape Enter", cmpk, " ")
	nscrollk = split("j k G g Space PPage NPage Up Down Home End", scrollk, " ")

	curw = between(1, 250); curh = between(1, 80)
	print "start", curw, curh > plan
	nbatch = 0
	while (nev < total) {
		r = rnd(1000)
		if (r < 280) ev_key()
		else if (r < 320) ev_digits()
		else if (r < 390) ev_search()
		else if (r < 440) ev_text()
		else if (r < 480) ev_utf8()
		else if (r < 510) ev_escape()
		else if (r < 545) ev_partial()
		else if (r < 745) ev_sgr()
		else if (r < 785) ev_x10()
		else if (r < 845) ev_garbage()
		else if (r < 870) ev_resize()
		else ev_mode()
	}
	flush()
}' || { echo "monkey: the event generator failed" >&2; exit 2; }

if [ "${MONKEY_LIST:-0}" = 1 ]; then   # the event list only: nothing is run
	{
		cut -f 1,2 "$d/events"
		awk '$1 == "start" { print 0 "\tstart " $2 "x" $3 }
			$1 == "settle" { print $4 - 0.5 "\tsettle at " $2 "x" $3 }
			$1 == "check" { print $2 + 0.5 "\tcheck: resize to " $3 "x" $4 ", then " $5 "x" $6 }' "$d/plan"
	} | sort -t "$(printf '\t')" -k1,1n
	exit 0
fi

################################################################ the checks

screen=
# poll PRED [ARGS...]: PRED true (the screen freshly captured) within
# $limit seconds (MONKEY_TIMEOUT, 10: the sanitizer build is slow),
# polling every 10 ms.
poll() {
	end=$(( $(now) + ${limit:-$TIMEOUT} * 1000000000 ))
	while :; do
		if exited || has_san_log; then
			fail "the program exited or wrote a sanitizer log (while waiting for: $*)"
		fi
		cap
		"$@" && return 0
		[ "$(now)" -lt "$end" ] || return 1
		sleep 0.01
	done
}
stable() {
	[ "$screen" = "$last_screen" ] && return 0
	last_screen=$screen
	sleep 0.1
	return 1
}
san_logs() { ls "$d"/san.* 2>/dev/null; }
has_san_log() { set -- "$d"/san.*; [ -e "$1" ]; }
exited() { [ -e "$d/status" ]; }
alive() {
	! exited && ! has_san_log && [ -s "$d/pid" ] && kill -0 "$(cat "$d/pid")" 2>/dev/null
}
small_drawn() { has "${1}x${2}, needs 40x10"; }
# full_drawn COLS: the usable size drawn: no too-small message, and a
# status bar ending with the key hint of one of the modes at the right edge
# (COLS - 1 columns wide: wc -L counts display columns), or, when its facts
# leave no room for even the shortest hint (10 columns and a blank), one
# that starts with the position or the prompt and that they fill.
full_drawn() {
	case $screen in *"needs 40x10"*) return 1 ;; esac
	bar=$(status_bar)
	barw=$(printf '%s\n' "$bar" | wc -L)
	if printf '%s\n' "$bar" | grep -qE '(q quit|\? help|Esc cancel|q close|Q quit|s done|q back)$'; then
		[ "$barw" -eq $(($1 - 1)) ]
	else
		printf '%s\n' "$bar" | grep -qE '^ ([0-9]+/[0-9]+|/)' &&
			[ "$barw" -le $(($1 - 1)) ] && [ "$barw" -gt $(($1 - 13)) ]
	fi
}
# The terminal modes: `stty -a` but the window size (which we change).
modes() { sed 's/rows [0-9]*; columns [0-9]*;//' "$1"; }
same_modes() { [ -s "$d/before" ] && [ -s "$d/after" ] && [ "$(modes "$d/before")" = "$(modes "$d/after")" ]; }

passed=0     # the events survived: up to the last check that passed
sent=0       # the last event sent

fail() {
	# a crash: let the sanitizer finish its report and the wrapper its status
	if has_san_log || { [ -s "$d/pid" ] && ! kill -0 "$(cat "$d/pid")" 2>/dev/null; }; then
		i=0
		while ! exited && [ "$i" -lt 200 ]; do sleep 0.1; i=$((i + 1)); done
	fi
	cap
	echo "monkey: FAILED, seed $SEED: $*"
	echo "monkey: $passed events survived (the last check that passed was after event $passed);" \
		"events sent: $sent of $EVENTS"
	echo "monkey: the last events sent (index, what, tmux commands):"
	awk -F'\t' -v hi="$sent" -v lo=$((sent - 30)) '$1 > lo && $1 <= hi { print "  " $0 }' "$d/events"
	echo "monkey: the screen ($(flag pane_width)x$(flag pane_height)):"
	printf '%s\n' "$screen" | sed 's/^/  |/'
	if exited; then echo "monkey: the program exited with status $(cat "$d/status")"
	elif [ -s "$d/pid" ] && kill -0 "$(cat "$d/pid")" 2>/dev/null; then
		p=$(cat "$d/pid")
		echo "monkey: the program (pid $p) is still running: state" \
			"$(awk '{ print $3 }' "/proc/$p/stat" 2>/dev/null), wchan $(cat "/proc/$p/wchan" 2>/dev/null)"
	fi
	if [ -s "$d/after" ] && ! same_modes; then
		echo "monkey: stty -a before and after differ (the window size aside):"
		modes "$d/before" >"$d/before.modes"
		modes "$d/after" >"$d/after.modes"
		diff "$d/before.modes" "$d/after.modes" | sed 's/^/  /'
	fi
	for f in $(san_logs); do
		echo "monkey: sanitizer log $f:"
		sed 's/^/  /' "$f"
	done
	knobs=
	[ "$CHECK" = 200 ] || knobs="$knobs MONKEY_CHECK=$CHECK"
	[ "$BATCH" = 20 ] || knobs="$knobs MONKEY_BATCH=$BATCH"
	[ "$LAG" = 0.01 ] || knobs="$knobs MONKEY_LAG=$LAG"
	echo "monkey: reproduce with: HTTPCODES=${HTTPCODES:-build/asan/httpcodes}$knobs tests/monkey.sh $EVENTS $SEED"
	exit 1
}

# settle W H: before the last event of a check, the program idle at WxH,
# the pane's size: the frame drawn for it, then a still screen. (A 1x1 or
# 10x2 frame shows nothing to check: wait a little instead.) tmux holds a
# pane's resizes for 250 ms after one it applied: wait that out too.
settle() {
	if [ "$1" -ge 40 ] && [ "$2" -ge 10 ]; then
		poll full_drawn "$1" || fail "before event $((sent + 1)): the pane is $1x$2," \
			"no frame with a status bar $(($1 - 1)) columns wide within ${limit:-$TIMEOUT} s"
	elif [ "$1" -ge 20 ] && [ "$2" -ge 3 ]; then
		poll small_drawn "$1" "$2" || fail "before event $((sent + 1)): the pane is $1x$2," \
			"no '$1x$2, needs 40x10' within ${limit:-$TIMEOUT} s"
	else
		sleep 0.5
	fi
	sleep 0.25
	last_screen='(none yet)'
	poll stable || fail "before event $((sent + 1)): the screen did not settle within ${limit:-$TIMEOUT} s"
}

# check I SW SH RW RH: alive, no sanitizer log, and responsive.
do_check() {
	if [ "${MONKEY_VERBOSE:-0}" = 1 ]; then
		cap
		echo "monkey: after event $1, $(flag pane_width)x$(flag pane_height): $(printf '%s\n' "$screen" | head -n 1 | cut -c 1-60) ... $(status_bar | sed 's/   */  /g')"
	fi
	alive || fail "after event $1: the program is gone or wrote a sanitizer log"
	sleep "$LAG"
	tm resize-window -t m -x "$2" -y "$3"
	poll small_drawn "$2" "$3" ||
		fail "after event $1: resized to $2x$3, no '$2x$3, needs 40x10' within ${limit:-$TIMEOUT} s"
	tm resize-window -t m -x "$4" -y "$5"
	tm send-keys -t m C-l
	poll full_drawn "$4" ||
		fail "after event $1: resized to $4x$5 and Ctrl-L, no frame with a status bar $(($4 - 1)) columns wide within ${limit:-$TIMEOUT} s"
	last_screen='(none yet)'
	poll stable || fail "after event $1: the screen did not settle within ${limit:-$TIMEOUT} s"
	alive || fail "after event $1: the program is gone or wrote a sanitizer log"
	passed=$1
}

################################################################ the run

exec 3<"$d/plan"
read -r kind W R <&3
echo "monkey: seed $SEED, $EVENTS events, start ${W}x$R, checks every $CHECK, $H"
tm new-session -d -s m -x "$W" -y "$R" -c "$PWD" sh "$d/wrap" "$d" "$sock" \
	env LC_ALL=C.UTF-8 HOME="$d/home" XDG_CONFIG_HOME="$d/cfg" XDG_DATA_HOME="$d/data" \
	ASAN_OPTIONS="abort_on_error=1:detect_leaks=1:log_path=$d/san" \
	UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1:log_path=$d/san" \
	"$H" || fail "tmux new-session failed"
started() { [ "$(flag alternate_on)" = 1 ] || exited; }
poll started || fail "the program did not start (no alternate screen) within 10 s"
alive || fail "the program exited at start"

while read -r kind a b c e f <&3; do
	case $kind in
	batch)
		tm source-file "$d/b/$a" || fail "tmux source-file b/$a failed (events $b..$c)"
		sent=$c
		# cheap, no process started: has it exited or logged?
		if exited || has_san_log; then fail "during events $b..$c: the program exited or wrote a sanitizer log"; fi
		;;
	settle) settle "$a" "$b" ;;
	check)
		do_check "$a" "$b" "$c" "$e" "$f"
		[ "${MONKEY_VERBOSE:-0}" = 1 ] && echo "monkey: $a events, $(( ($(now) - t0) / 1000000 )) ms"
		;;
	esac
done
exec 3<&-

# The end: a usable size (drawn), Esc until the main screen, q.
tm resize-window -t m -x 100 -y 30
poll full_drawn 100 || fail "the end: resized to 100x30, no frame with a status bar 99 columns wide within 10 s"
# The panes (no overlay over them), the prompt closed: q quits. Not the
# key hint: hidden groups may fill the status bar.
main_screen() { line 1 | grep -q '^ Classes ' && ! status_bar | grep -q '^ /'; }
escapes=0
limit=1
until poll main_screen; do
	[ "$escapes" -ge 5 ] && fail "the end: 100x30 and $escapes Esc, still not the main screen (' Classes', no prompt)"
	tm send-keys -t m Escape
	escapes=$((escapes + 1))
done
limit=
[ "${MONKEY_VERBOSE:-0}" = 1 ] && echo "monkey: at the main screen after $escapes Esc, $(( ($(now) - t0) / 1000000 )) ms"
tm send-keys -t m q
timeout 30 tmux -S "$sock" wait-for "done" 2>/dev/null ||
	fail "the end: q did not end the program within 30 s"
st=$(cat "$d/status" 2>/dev/null)
[ "$st" = 0 ] || fail "the end: q, exit status '$st' (want 0)"
same_modes || fail "the end: stty -a after differs from before (the window size aside)"
has_san_log && fail "the end: a sanitizer log was written"
t1=$(now)
ms=$(( (t1 - t0) / 1000000 ))
echo "monkey: seed $SEED: $EVENTS events survived in $((ms / 1000)).$(printf %03d $((ms % 1000))) s; exit status 0, stty -a as before, no sanitizer log"
