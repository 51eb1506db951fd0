#!/bin/sh
# The browser end to end, in tmux: screens, keys, the mouse, resizing,
# signals, suspend, locales, terminal types and the fallbacks without a
# terminal. Each test starts ./httpcodes in a fresh private tmux server
# (its pane's TERM is tmux-256color) through a wrapper that records `stty
# -a` before and after, the exit status, and signals "done". Nothing
# sleeps a guessed time: we poll the pane every 10 ms for what we expect,
# and give up after a few seconds, printing the screen as # lines.
. tests/lib.sh
. tests/tmux.sh
H=${HTTPCODES:-./httpcodes}
D=$tmp/tmux
mkdir -p "$D"
nsock=0
sock=$D/sock.0
conf=$D/conf
tmux_conf "$conf"

# The filters saved with w go to $XDG_CONFIG_HOME, else $HOME/.config (a
# temporary HOME here): never to the user's, and none is read by accident.
unset XDG_CONFIG_HOME

# Each start gets a new server on a new socket: a new server on the socket
# of one being killed can die with it.
stop_server() { tmux -S "$sock" kill-server 2>/dev/null; }
new_server() {
	stop_server
	nsock=$((nsock + 1))
	sock=$D/sock.$nsock
}
stop_all() {
	for s in "$D"/sock.*; do
		[ -S "$s" ] && tmux -S "$s" kill-server 2>/dev/null
	done
}
trap 'stop_all; rm -rf "$tmp"' EXIT
trap 'exit 2' INT TERM HUP

if ! command -v tmux >/dev/null 2>&1; then
	not_ok "tmux is installed" "apt-get install tmux"
	exit 1
fi

tmux_wrapper "$D/wrap"

# start COLS ROWS CMD...: CMD in a fresh tmux server's pane of that size.
start() {
	cols=$1 rows=$2; shift 2
	new_server
	rm -f "$D/before" "$D/after" "$D/status" "$D/pid" "$D/term"
	tm new-session -d -x "$cols" -y "$rows" -c "$PWD" sh "$D/wrap" "$D" "$sock" "$@"
}

# start_ui COLS ROWS [VAR=VALUE...]: the browser under env LC_ALL=C.UTF-8
# and those variables; waits for its status bar.
start_ui() {
	cols=$1 rows=$2; shift 2
	start "$cols" "$rows" env LC_ALL=C.UTF-8 "$@" "$H"
	wait_for "? help"
}


bar_has() { status_bar | grep -qE -- "$1"; }
line_has() { line "$1" | grep -qE -- "$2"; }

wait_for() { poll has "$1"; }

# Stable: the same screen twice, 100 ms apart.
stable() {
	[ "$screen" = "$last_screen" ] && return 0
	last_screen=$screen
	sleep 0.1
	return 1
}
wait_stable() { last_screen='(none yet)'; poll stable; }

# check WHAT PRED [ARGS...]: ok when PRED becomes true in time, else
# not ok with the screen.
check() {
	what=$1; shift
	if poll "$@"; then ok "$what"
	else fail_screen "$what" "timed out waiting for: $*"
	fi
}
fail_screen() {
	what=$1; shift
	not_ok "$what" "$@" "the screen:"
	printf '%s\n' "$screen" | sed 's/^/#   |/'
}

# wait_done: the wrapper's "done" (the program has exited); then the
# status, the stty comparison and the screen.
wait_done() {
	timeout 5 tmux -S "$sock" wait-for done
	app_status=$(cat "$D/status" 2>/dev/null)
	cap
}
stty_same() { [ -s "$D/before" ] && cmp -s "$D/before" "$D/after"; }
stty_diff() { diff "$D/before" "$D/after" 2>&1 | head -10; }

# exited WHAT WANT-STATUS: after wait_done, the status is WANT, the
# terminal modes are as before, the alternate screen is left and the
# cursor is visible again.
exited() {
	what=$1 want=$2
	alt=$(flag alternate_on)
	cur=$(flag cursor_flag)
	if [ "$app_status" = "$want" ] && stty_same && [ "$alt" = 0 ] && [ "$cur" = 1 ] &&
	   has "wrapper: status $want" && lacks "? help"; then
		ok "$what"
	else
		fail_screen "$what" "status '$app_status' (want $want), alternate screen '$alt' (want 0)," \
			"cursor visible '$cur' (want 1)," \
			"stty -a before/after: $(stty_same && echo same || echo differ)" "$(stty_diff)"
	fi
}

# The status bar's position, "N/M".
pos() { status_bar | sed -n 's|^ \([0-9]*\)/\([0-9]*\).*|\1/\2|p'; }
at() { [ "$(pos)" = "$1" ]; }

# Column K (1-based) of line N, the panes being separated by "│".
column() { line "$1" | awk -F'│' -v k="$2" '{ print $k }'; }

# mouse BUTTON X Y M|m: a mouse report (1-based X, Y; m for a release)
# in the encoding the program asked for: SGR (1006) when it did, else the
# X10 one a terminal would then send (button 3 for a release).
mouse() {
	if [ "$(flag mouse_sgr_flag)" = 1 ]; then
		tm send-keys -l "$(printf '\033[<%d;%d;%d%s' "$1" "$2" "$3" "$4")"
	else
		b=$1
		[ "$4" = m ] && b=3
		tm send-keys -l "$(printf '\033[M')$(printf "\\$(printf %03o $((32 + b)))\\$(printf %03o $((32 + $2)))\\$(printf %03o $((32 + $3)))")"
	fi
}
click() { mouse 0 "$1" "$2" M; mouse 0 "$1" "$2" m; }

# The parameters of the SGR sequences of a screen captured with -e, one a
# line; colors: those that set a color (30-37 40-47 90-97 100-107 38 48).
sgr_params() {
	printf '%s\n' "$screen" | grep -oE "$(printf '\033')\\[[0-9;:]*m" | tr -d '\033[m' |
		tr ';:' '\n\n' | sed 's/^$/0/'
}
colors() {
	sgr_params | awk '{ p = $1 + 0 } (p >= 30 && p <= 38) || (p >= 40 && p <= 48) ||
		(p >= 90 && p <= 97) || (p >= 100 && p <= 107)' | sort -u | tr '\n' ' '
}

################################################################ the screens

# 1. The three panes at 100x30.
start_ui 100 30
first_line_ok() { line_has 1 '^ Classes +│ Codes \([0-9]+\) +│ [0-9]{3} [A-Z]'; }
check "100x30: Classes, Codes (N) and a code's title; the status bar has '? help'" \
	eval 'first_line_ok && bar_has "^ 1/[0-9]+ .*\? help  q quit$"'
if [ "$(cat "$D/term" 2>/dev/null)" = tmux-256color ]; then ok "the pane's TERM is tmux-256color"
else not_ok "the pane's TERM is tmux-256color" "TERM was '$(cat "$D/term" 2>/dev/null)'"; fi
total=$(pos | cut -d/ -f2)
cap -e
if [ -n "$(colors)" ]; then
	ok "colors by default (the NO_COLOR test below means something)"
else fail_screen "colors by default (the NO_COLOR test below means something)"; fi

# 2. Typing a code jumps to it.
tm send-keys 4 0 4
title404() { line_has 1 '│ 404 Not Found +IANA: registered$'; }
check "4 0 4: the description title is 404 Not Found" title404
check "404: httpstatuses' text (Request-URI) and the Wikipedia list's entry" \
	eval 'has "the Request-URI" && has "── Wikipedia list: Not found ─" && bar_has "^ [0-9]+/$total "'

# 3. Moving: j k g G, the status bar's N/M following.
tm send-keys g
check "g: to the top (1/$total)" at "1/$total"
tm send-keys j
check "j: down one (2/$total)" at "2/$total"
tm send-keys k
check "k: up one (1/$total)" at "1/$total"
tm send-keys G
check "G: to the bottom ($total/$total)" at "$total/$total"
tm send-keys g
check "g: back to the top (1/$total)" at "1/$total"
tm send-keys Down Down Down
check "Down arrow three times (4/$total)" at "4/$total"

# 4. The tree: h focuses it, j to 4xx, Enter opens and closes the class.
tm send-keys h j j j j
check "h then j to 4xx: the list shows Codes 4xx" line_has 1 '│ Codes 4xx \([0-9]+\) '
tree_open() { has "▾ 4xx" && printf '%s\n' "$screen" | grep -q '^    nginx ' &&
	printf '%s\n' "$screen" | grep -q '^    Microsoft'; }
tm send-keys Enter
check "Enter on 4xx: its vendor groups (nginx, Microsoft) appear under it" tree_open
tree_closed() { has "▸ 4xx" && lacks "    nginx" && lacks "    Microsoft"; }
tm send-keys Enter
check "Enter again: the class closes" tree_closed
tm send-keys l

# 5. Help, generated from the action table in src/keys.h.
changed() { [ "$screen" != "$1" ]; }
tm send-keys '?'
check "?: the help screen (keys, 'type a code to jump to it')" \
	eval 'has "httpcodes " && has ": keys" && has "type a code to jump to it: 4 0 4" && lacks " Classes "'
# the whole screen drawn, not a capture in the middle of the redraw
wait_stable
help_all=$screen
# Space pages down to the end (the mouse section), each page waited for.
pages=0
while lacks "scroll the pane under the pointer" && [ "$pages" -lt 20 ]; do
	before=$screen
	tm send-keys Space
	poll changed "$before" || break
	wait_stable
	help_all=$(printf '%s\n%s\n' "$help_all" "$screen")
	pages=$((pages + 1))
done
check "help: paging down ($pages pages) shows its end (the mouse section)" \
	eval 'has "wheel" && has "scroll the pane under the pointer"'
# A text wrapped onto a second line reads whole once spaces are squeezed.
help_flat=$(printf '%s\n' "$help_all" | tr -s ' \n' '  ')
missing=
helps=$( (sed -n -e 's/^[[:space:]]*X([A-Z_]*, *"[a-z ]*", *"\(.*\)").*$/\1/p' src/keys.h
	sed -n -e 's/^[[:space:]]*{ "\([^"][^"]*\)", [A-Za-z_]*, .*$/\1/p' src/screen_*.c) )
[ -n "$helps" ] || missing="(no help text found in src/keys.h and src/screen_*.c)"
case $helps in *"every column down one line"*) ;; *) missing="$missing (no screen table rows read)" ;; esac
old_ifs=$IFS; IFS='
'
for h in $helps; do
	case $help_flat in *"$h"*) ;; *) missing="$missing '$h'" ;; esac
done
IFS=$old_ifs
if [ -z "$missing" ]; then ok "help: every help text of the action table is shown"
else not_ok "help: every help text of the action table is shown" "missing:$missing"; fi
tm send-keys q
check "q closes the help: the panes, still running" \
	eval 'lacks ": keys" && has " Classes " && bar_has "\? help  q quit$"'

# 6. The sources screen; Wingdings is in a repair further down.
tm send-keys S
check "S: the sources screen" eval 'line_has 1 "^  sources$" && has "title     HTTP Status Codes"'
tm send-keys '?'
check "? on the sources: the help" eval 'has ": keys" && lacks "title     HTTP Status Codes"'
tm send-keys Escape
check "Esc closes that help: back to the sources" \
	eval 'line_has 1 "^  sources$" && has "title     HTTP Status Codes"'
# Space pages down; each page is waited for, so none is skipped.
pages=0
while lacks Wingdings && [ "$pages" -lt 30 ]; do
	before=$screen
	tm send-keys Space
	poll changed "$before" || break
	pages=$((pages + 1))
done
if has Wingdings; then ok "sources: paging down ($pages pages) reaches the Wingdings repair"
else fail_screen "sources: paging down reaches the Wingdings repair"; fi
tm send-keys Escape
check "Esc closes the sources" eval 'lacks "Wikipedia contributors" && line_has 1 "^ Classes "'

# 7. Search, filters and compare open (they are tested below).
tm send-keys /
check "/: the search prompt ('/_', 'Enter keep  Esc cancel') in the status bar" \
	bar_has '^ /_ +Enter keep  Esc cancel$'
tm send-keys Escape
check "Esc closes the prompt" eval 'bar_has "\? help  q quit$" && line_has 1 "│ Codes 4xx \("'
tm send-keys f
check "f: the filters panel (vendor groups, sources, presets)" \
	eval 'line_has 1 "^  filters$" && has "  vendor groups" && has "  sources" &&
		has "  presets" && bar_has "Space toggle  a all  n none  w save  q close$"'
tm send-keys '?'
check "? on the filters panel: the help" eval 'has ": keys" && lacks "  vendor groups"'
tm send-keys Escape
check "Esc closes that help: back to the filters panel" \
	eval 'line_has 1 "^  filters$" && bar_has "Space toggle  a all  n none  w save  q close$"'
tm send-keys Escape
check "Esc closes the filters panel" eval 'line_has 1 "^ Classes " && bar_has "\? help  q quit$"'
tm send-keys c
check "c: the compare view" eval 'has "compare: " && bar_has "q back$"'
tm send-keys Escape
check "Esc leaves the compare view" eval 'line_has 1 "^ Classes " && bar_has "\? help  q quit$"'

# 8. The mouse.
if [ "$(flag mouse_standard_flag)$(flag mouse_button_flag)$(flag mouse_any_flag)" != 000 ]; then
	ok "mouse: the program turns on mouse reporting"
else not_ok "mouse: the program turns on mouse reporting" "no mouse mode set in the pane"; fi
# Clicks and the wheel need only button presses (1000): no button-motion
# (1002) or any-motion (1003) tracking, which sends a report for every move
# of the pointer. (tmux's mouse_any_flag means "some mouse mode is on";
# 1003 is mouse_all_flag.)
mouse_modes="standard $(flag mouse_standard_flag), button $(flag mouse_button_flag), all $(flag mouse_all_flag)"
if [ "$mouse_modes" = "standard 1, button 0, all 0" ]; then
	ok "mouse: presses only (1000), no motion tracking (1002, 1003)"
else not_ok "mouse: presses only (1000), no motion tracking (1002, 1003)" "tmux says: $mouse_modes"; fi
if [ "$(flag mouse_sgr_flag)" = 1 ]; then
	ok "mouse: it asks for SGR reports (1006), needed past column 223"
else not_ok "mouse: it asks for SGR reports (1006), needed past column 223" \
	"mouse_sgr_flag is '$(flag mouse_sgr_flag)': only X10 reports, which cannot" \
	"address cells past column/row 223; sending X10 reports for the tests below"; fi
tm send-keys h g l g
wait_for " 1/$total "
code8=$(column 8 2 | sed -n 's/^ \([0-9][0-9][0-9]\) .*/\1/p')
click 25 8
check "mouse: a click on the list's 7th row selects it ($code8, 7/$total)" \
	eval 'at "7/$total" && line_has 1 "│ $code8 "'
desc_line2=$(column 2 3)
mouse 65 80 12 M
check "mouse: the wheel over the description scrolls it" eval '[ "$(column 2 3)" != "$desc_line2" ]'
check "mouse: the wheel over the description leaves the list alone" at "7/$total"
mouse 64 80 12 M
check "mouse: the wheel up scrolls the description back" eval '[ "$(column 2 3)" = "$desc_line2" ]'
click 5 6
check "mouse: a click on the tree's 4xx row shows Codes 4xx" line_has 1 '│ Codes 4xx \('
click 5 2
check "mouse: a click on All shows every code" line_has 1 "│ Codes \\($total\\) "
p0=$(pos | cut -d/ -f1)
mouse 65 25 10 M
check "mouse: the wheel over the list moves it down by 3 ($p0 to $((p0 + 3)))" at "$((p0 + 3))/$total"

################################################################ resizing

# 9. A storm of sizes, down to 1x1 and back.
resized() { # COLS ROWS: the new frame is on screen
	[ "$(flag pane_width)x$(flag pane_height)" = "$1x$2" ] || return 1
	if [ "$1" -ge 40 ] && [ "$2" -ge 10 ]; then
		bar=$(status_bar)
		[ "$(printf '%s\n' "$bar" | wc -L)" -eq $(($1 - 1)) ] && bar_has 'q quit$' &&
			line_has 1 '^ Classes'
	elif [ "$2" -ge 3 ]; then       # the size line, in its longest form that fits
		size="${1}x${2}, needs 40x10"
		if [ "${#size}" -le "$1" ]; then has "$size"
		elif [ "$1" -ge 11 ]; then has "needs 40x10"
		elif [ "$1" -ge 9 ]; then has "min 40x10"
		elif [ "$1" -ge 5 ]; then has "40x10"
		else lacks "Classes" && lacks "help"; fi
	else
		lacks "Classes" && lacks "help"
	fi
}
says_too_small() { # COLS ROWS: "terminal too small" when it is, whole, or a shorter form
	if [ "$1" -ge 40 ] && [ "$2" -ge 10 ] || [ "$2" -lt 2 ] || [ "$1" -lt 9 ]; then return 0; fi
	if [ "$1" -ge 18 ]; then has "terminal too small"; else has "too small" && lacks "terminal"; fi
}
for size in 80x24 30x8 1x1 10x3 12x10 4x2 39x9 40x10 250x80 100x30; do
	c=${size%x*} r=${size#*x}
	tm resize-window -x "$c" -y "$r"
	what="resize to $size:"
	if [ "$c" -ge 40 ] && [ "$r" -ge 10 ]; then what="$what the full UI"
	elif [ "$c" -ge 18 ] && [ "$r" -ge 2 ]; then what="$what 'terminal too small'"
	elif [ "$c" -ge 9 ] && [ "$r" -ge 2 ]; then what="$what 'too small'"
	else what="$what the too-small screen, no UI"; fi
	if poll resized "$c" "$r" && wait_stable && resized "$c" "$r" && says_too_small "$c" "$r"; then
		ok "$what"
	else fail_screen "$what"; fi
done
tm send-keys 4 0 4
check "after the storm: 4 0 4 still works" title404
check "after the storm: the frame is 100 wide again" eval 'first_line_ok && resized 100 30'

################################################################ leaving

# 10. q: status 0, the terminal as it was, the alternate screen left.
tm send-keys q
wait_done
exited "q: status 0, stty -a as before, the alternate screen left" 0

# 11. Signals.
start_ui 100 30
tm send-keys C-c
wait_done
exited "Ctrl-C: status 130, stty -a as before, the alternate screen left" 130
for sig in TERM:143 HUP:129; do
	start_ui 100 30
	kill -"${sig%:*}" "$(cat "$D/pid")"
	wait_done
	exited "SIG${sig%:*}: status ${sig#*:}, stty -a as before, the alternate screen left" "${sig#*:}"
done

# A storm of SIGWINCH (the terminal's size unchanged): the browser keeps
# drawing and answering keys.
start_ui 100 30
pid=$(cat "$D/pid")
i=0
while [ $i -lt 200 ]; do kill -WINCH "$pid" 2>/dev/null; i=$((i + 1)); done
tm send-keys 4 0 4
check "200 SIGWINCH in a row: still drawing, 4 0 4 still jumps" eval 'has "404 Not Found"'
tm send-keys q
wait_done
exited "after the SIGWINCH storm: q quits cleanly" 0

# 12. Ctrl-Z, then fg in an interactive shell. Each command line is
# typed once the shell's prompt is the last line, so no key goes to the
# wrong program.
new_server
rm -f "$D/before" "$D/after" "$D/stopped"
tm new-session -d -x 100 -y 30 -c "$PWD" env LC_ALL=C.UTF-8 PS1='bash$ ' HISTFILE=/dev/null \
	bash --norc -i
prompt() { [ "$(printf '%s\n' "$screen" | tail -n 1)" = 'bash$' ] && [ "$(flag alternate_on)" = 0 ]; }
type_line() { poll prompt && tm send-keys -l "$1" && tm send-keys Enter; }
type_line "stty -a >$D/before; $H"
check "bash: the browser starts" eval 'bar_has "^ 1/$total .*\? help"'
tm send-keys C-z
stopped() { has Stopped && prompt; }
check "Ctrl-Z: the shell says Stopped, the UI is gone" stopped
type_line "stty -a >$D/stopped"
# the file first: the prompt of before the command may still be showing
if poll eval '[ -s "$D/stopped" ]' && poll prompt && [ -s "$D/before" ] &&
   cmp -s "$D/before" "$D/stopped"; then
	ok "Ctrl-Z: stty -a while stopped as before"
else not_ok "Ctrl-Z: stty -a while stopped as before" "$(diff "$D/before" "$D/stopped" 2>&1 | head -10)"; fi
type_line fg
back() { bar_has "^ 1/$total .*\? help" && [ "$(flag alternate_on)" = 1 ]; }
check "fg: the UI is back" back
tm send-keys Down
check "fg: the first Down arrow moves the selection (1/ to 2/)" at "2/$total"
tm send-keys q
type_line "echo \"status=\$?\"; stty -a >$D/after"
check "after fg, q: status 0" eval 'has "status=0" && prompt'
if stty_same; then ok "after fg, q: stty -a as before"
else not_ok "after fg, q: stty -a as before" "$(stty_diff)"; fi

################################################################ locales and terminals

# 13. LC_ALL=C: ASCII glyphs and texts. curses draws the lines with the
# terminal's line-drawing set (SO/SI), which capture-pane shows as the
# letters x and q; box-drawing characters would be left out of the check.
start_ui 100 30 LC_ALL=C
non_ascii() {
	printf '%s\n' "$screen" | LC_ALL=C sed 's/\xe2\x94[\x80-\xbf]//g; s/\xe2\x95[\x80-\xbf]//g' |
		LC_ALL=C grep -n '[^ -~]' | head -5
}
ascii_ok() { [ -z "$(non_ascii)" ]; }
check "LC_ALL=C: the tree's '>' and the list's '*'" \
	eval 'has "> 4xx" && lacks "▸" && printf "%s\n" "$screen" | grep -qE "[│x] 200 OK +\* [│x]"'
if ascii_ok; then ok "LC_ALL=C: nothing but ASCII apart from the lines"
else fail_screen "LC_ALL=C: nothing but ASCII apart from the lines" "$(non_ascii)"; fi
tm send-keys 4 0 0
check "LC_ALL=C: 400's Wingdings smiley as :-)" has 'huh?" :-) Generic'
if ascii_ok; then ok "LC_ALL=C, 400: nothing but ASCII apart from the lines"
else fail_screen "LC_ALL=C, 400: nothing but ASCII apart from the lines" "$(non_ascii)"; fi
tm send-keys h j j j j Enter
check "LC_ALL=C: an open class is 'v'" eval 'has "v 4xx" && lacks "▾"'
if ascii_ok; then ok "LC_ALL=C, open tree: nothing but ASCII apart from the lines"
else fail_screen "LC_ALL=C, open tree: nothing but ASCII apart from the lines" "$(non_ascii)"; fi
tm send-keys S
check "LC_ALL=C: the sources screen" has "Wikipedia contributors"
if ascii_ok; then ok "LC_ALL=C, sources: nothing but ASCII apart from the lines"
else fail_screen "LC_ALL=C, sources: nothing but ASCII apart from the lines" "$(non_ascii)"; fi
# The prompt, a character the locale cannot show, a kept search with its
# highlights, the filters panel: all ASCII.
tm send-keys Escape
check "LC_ALL=C: Esc closes the sources" line_has 1 '^ Classes '
tm send-keys / t e a p
check "LC_ALL=C: the prompt '/teap_'" bar_has '^ /teap_ +Enter keep  Esc cancel$'
if ascii_ok; then ok "LC_ALL=C, the prompt: nothing but ASCII apart from the lines"
else fail_screen "LC_ALL=C, the prompt: nothing but ASCII apart from the lines" "$(non_ascii)"; fi
# é comes as two bytes the C locale has no character for: they may be
# dropped or shown as ASCII, but the key right behind them (one write, as
# when typing fast or pasting) must not go with them.
tm send-keys -l 'éx'
check "LC_ALL=C: 'éx' at the prompt: the x after the é is not lost" bar_has '^ /teap[ -~]*x_ '
if ascii_ok; then ok "LC_ALL=C, 'é' at the prompt: nothing but ASCII apart from the lines"
else fail_screen "LC_ALL=C, 'é' at the prompt: nothing but ASCII apart from the lines" "$(non_ascii)"; fi
tm send-keys C-u t e a p Enter
check "LC_ALL=C: Ctrl-U, teap, Enter: '/teap' kept, 418's marks spelled out" \
	eval 'bar_has "^ 1/1  /teap  !2: two names in the sources; unoff: unofficial: in no standard; ~ +\? help" &&
		has "418 I'"'"'m a teapot"'
if ascii_ok; then ok "LC_ALL=C, a kept search: nothing but ASCII apart from the lines"
else fail_screen "LC_ALL=C, a kept search: nothing but ASCII apart from the lines" "$(non_ascii)"; fi
tm send-keys f
check "LC_ALL=C: the filters panel" eval 'line_has 1 "^  filters$" && has "[x] nginx"'
if ascii_ok; then ok "LC_ALL=C, the filters panel: nothing but ASCII"
else fail_screen "LC_ALL=C, the filters panel: nothing but ASCII" "$(non_ascii)"; fi
tm send-keys Q
wait_done
exited "LC_ALL=C: Q quits cleanly from the filters panel" 0

# 14. Other terminal types (the pane is still tmux underneath).
for t in vt100 linux; do
	start 100 30 env LC_ALL=C.UTF-8 TERM=$t "$H"
	check "TERM=$t: the UI appears" eval 'has "? help" && line_has 1 "^ Classes +[│x] Codes \([0-9]+\) "'
	tm send-keys j
	check "TERM=$t: j moves" at "2/$total"
	# tmux sends PgUp, PgDn, Home and End as xterm does (ESC [ 5 ~ ...),
	# which vt100's entry does not define: keys all the same, not Esc,
	# digits and a jump.
	tm send-keys 4 0 4
	poll eval 'line_has 1 " 404 Not Found +IANA" && ! bar_has jump'
	p404=$(pos | cut -d/ -f1)
	tm send-keys PPage
	check "TERM=$t: PgUp moves a page up from 404 ($p404/$total), no 'jump:'" \
		eval '[ "$(pos | cut -d/ -f1)" -lt "$p404" ] && ! bar_has jump && ! bar_has "[0-9]_"'
	tm send-keys End
	check "TERM=$t: End goes to the last code" eval 'at "$total/$total" && ! bar_has jump'
	tm send-keys Home
	check "TERM=$t: Home goes to the first code" eval 'at "1/$total" && ! bar_has jump'
	tm send-keys NPage
	check "TERM=$t: PgDn moves a page down" \
		eval '[ "$(pos | cut -d/ -f1)" -gt 1 ] && ! bar_has jump'
	# Sequences no entry defines (F5 as tmux sends it, made-up ones) are
	# dropped whole: the Esc that starts them does not close the help, and
	# their bytes are no keys (G then shows the help's end).
	tm send-keys '?'
	poll has "type a code to jump to it"
	tm send-keys F5
	tm send-keys -l "$(printf '\033[99~\033Ox\033[1;5H')"
	tm send-keys G
	check "TERM=$t: unknown escape sequences dropped whole (the help stays open)" \
		eval 'has "scroll the pane under the pointer" && lacks " Classes "'
	tm send-keys Escape
	check "TERM=$t: a lone Esc still closes the help" line_has 1 '^ Classes '
	tm send-keys q
	wait_done
	if [ "$app_status" = 0 ] && stty_same && has "wrapper: status 0"; then
		ok "TERM=$t: q quits with status 0, stty -a as before"
	else fail_screen "TERM=$t: q quits with status 0, stty -a as before" \
		"status '$app_status'" "$(stty_diff)"; fi
done

# 15. No terminal: the list instead.
$H </dev/null 2>"$D/err" | head -3 >"$D/out"
if [ "$(wc -l <"$D/out")" -eq 3 ] && [ "$(grep -cE '^[0-9]{3} ' "$D/out")" -eq 3 ] &&
   ! grep -q "$(printf '\033')" "$D/out" && grep -q 'not a terminal' "$D/err"; then
	ok "no terminal: list lines on stdout, a note on stderr"
else not_ok "no terminal: list lines on stdout, a note on stderr" "stdout:" "$(cat "$D/out")" \
	"stderr: $(cat "$D/err")"; fi
start 100 30 env LC_ALL=C.UTF-8 TERM=dumb "$H"
wait_done
cap -S -
if [ "$app_status" = 0 ] && has "cannot address the cursor" && has "404 Not Found" &&
   lacks "Classes" && lacks "? help"; then
	ok "TERM=dumb in tmux: the list, and 'cannot address the cursor'"
else fail_screen "TERM=dumb in tmux: the list, and 'cannot address the cursor'" "status '$app_status'"; fi

# 16. NO_COLOR: attributes only.
start_ui 100 30 NO_COLOR=1
tm send-keys 4 0 4
wait_for "404 Not Found"
cap -e
if [ -z "$(colors)" ] && sgr_params | grep -qx 7; then
	ok "NO_COLOR=1: no color escapes; reverse video for the focus"
else fail_screen "NO_COLOR=1: no color escapes; reverse video for the focus" "colors: $(colors | head -5)"; fi
tm send-keys q
wait_done
exited "NO_COLOR=1: q quits cleanly" 0

################################################################ find

# 17. The search. Its own browser, with its own config directory; 404
# first, so that "as before" is not the first line.
cfg=$D/cfg
rec=$cfg/httpcodes/filters.rec
start_ui 100 30 XDG_CONFIG_HOME="$cfg"
tm send-keys 4 0 4
poll eval 'title404 && bar_has "^ [0-9]+/$total +\? help  q quit$"'
p404=$(pos)
# The list pane's codes, one a line; N of "Codes (N)".
list_codes() {
	printf '%s\n' "$screen" | sed '1d; $d' | awk -F'│' '{ print $2 }' |
		sed -n 's/^ \([0-9][0-9][0-9]\) .*/\1/p'
}
listed() { list_codes | grep -qx "$1"; }
unlisted() { ! listed "$1"; }
codes_n() { line 1 | sed -n 's/^[^│]*│ Codes (\([0-9]*\)).*/\1/p'; }
codes_n_is_all() { [ "$(codes_n)" = "$total" ]; }
title408() { line_has 1 '│ 408 Request Timeout '; }
prompt_is() { bar_has "^ /$1_ +Enter keep  Esc cancel\$"; }
rows404=$(list_codes | tr '\n' ' ')
# One key at a time, each one's frame waited for: N after each.
tm send-keys /
poll prompt_is ''
typed='' counts=''
for k in t e a p; do
	typed=$typed$k
	tm send-keys "$k"
	poll eval 'prompt_is "$typed" && [ -n "$(codes_n)" ]' || break
	counts="$counts $(codes_n)"
done
check "/teap one key at a time: '/teap_' still open, 418 listed, 200 not" \
	eval 'prompt_is teap && listed 418 && unlisted 200 && [ "$(codes_n)" = 1 ]'
narrows() { # four counts, the first below all of them, none growing
	[ "$(echo $counts | wc -w)" -eq 4 ] || return 1
	last=$((total - 1))
	for c in $counts; do [ "$c" -le "$last" ] || return 1; last=$c; done
}
if narrows; then ok "the list narrows on every keystroke: Codes ($total) then ($(echo $counts | sed 's/ /, /g'))"
else not_ok "the list narrows on every keystroke" "counts after t, e, a, p: '$counts' (all: $total)"; fi
tm send-keys Escape
check "Esc at the prompt: Codes ($total) again, 404 selected at $p404 as before" \
	eval 'codes_n_is_all && at "$p404" && title404 && listed 404 &&
		bar_has "^ $p404  ★: in the REST tips. top 10 +\? help  q quit$"'
same_rows() { [ "$(list_codes | tr '\n' ' ')" = "$rows404" ]; }
if same_rows; then ok "Esc at the prompt: the list shows the rows it showed before (not scrolled)"
else fail_screen "Esc at the prompt: the list shows the rows it showed before (not scrolled)" \
	"before /: $(echo $rows404 | cut -d' ' -f1-4) ...; after Esc: $(list_codes | head -4 | tr '\n' ' ')..."; fi
tm send-keys j
check "Esc at the prompt: the list keeps the focus (j moves on from 404)" \
	eval 'line_has 1 "│ 405 " && at "$(( ${p404%/*} + 1 ))/$total"'

# 18. Enter keeps a search, Esc clears it.
tm send-keys / t e a p Enter
check "/teap Enter: the prompt closes, '/teap' in the status bar, only 418 listed" \
	eval 'bar_has "^ 1/1  /teap  !2: two names in the sources;.* +c compare  \? help  q quit$" &&
		[ "$(list_codes)" = 418 ] &&
		[ "$(codes_n)" = 1 ]'
tm send-keys Escape
check "Esc clears the kept search: Codes ($total), no '/teap'" \
	eval 'codes_n_is_all && ! bar_has /teap && bar_has "\? help  q quit$"'
tm send-keys / t i m e o u t Enter
check "/timeout Enter: 408 and 504 listed, 404 not" \
	eval 'bar_has "  /timeout +\? help" && listed 408 && listed 504 && unlisted 404'
tm send-keys Escape
wait_for "Codes ($total)"

# 19. n: to the description's first match. 408's "prepared" is past its
# first lines, in a description taller than the pane.
tm send-keys / p r e p a r e d Enter
check "/prepared Enter: 408, 'prepared' kept" eval 'bar_has "^ 1/1  /prepared " && title408'
desc_top=$(column 2 3)
tm send-keys n
moved_to_match() {
	bar_has '  match 1/[0-9]+ ' && [ "$(column 2 3)" != "$desc_top" ] &&
		printf '%s\n' "$screen" | sed '$d' | awk -F'│' '{ print $3 }' | grep -q prepared
}
check "n: the description moves to the first match ('match 1/' in the status bar)" moved_to_match
pointed_at() {
	printf '%s\n' "$screen" | sed '$d' | awk -F'│' '{ print $3 }' | grep -c '^▸.*prepared'
}
check "n: that match is pointed at ('▸' before its line, on no other line)" \
	eval '[ "$(pointed_at)" = 1 ] && [ "$(printf "%s\n" "$screen" | grep -c "│▸")" = 1 ]'
tm send-keys Escape
wait_for "Codes ($total)"

# 20. The filters panel: nginx off hides 444, not 499 (nginx's and others').
tm send-keys f
poll eval 'line_has 1 "^  filters$" && has "[x] nginx" && bar_has "Space toggle  a all  n none  w save  q close$"'
vendor_lines() { printf '%s\n' "$screen" | sed -n '/^  vendor groups$/,/^$/p' | grep '^ *\['; }
k=$(vendor_lines | grep -n '\] nginx ' | cut -d: -f1)
tm send-keys g
i=1
while [ "$i" -lt "${k:-1}" ]; do tm send-keys j; i=$((i + 1)); done
tm send-keys Space
nginx_off() {
	has "[ ] nginx" && [ "$(vendor_lines | grep -c '\[ \]')" = 1 ] && bar_has '  -nginx '
}
check "f, down to nginx, Space: '[ ] nginx', the other groups still on" nginx_off
tm send-keys Escape
check "Esc: the panel closes, '-nginx' in the status bar, fewer codes" \
	eval 'line_has 1 "^ Classes " && bar_has "^ [0-9]+/[0-9]+  -nginx +\? help" &&
		[ "$(codes_n)" -lt "$total" ]'
tm send-keys 4 4 4
check "nginx hidden: 4 4 4 says '444 is defined, but the filters hide it.'" \
	bar_has '444 is defined, but the filters hide it\.'
tm send-keys 4 9 9
check "nginx hidden: 4 9 9 still finds 499" eval 'line_has 1 "│ 499 [A-Z]" && bar_has "  -nginx "'

# 21. w saves the filters; the next start reads them; a bad file is
# reported and ignored.
tm send-keys f
poll eval 'line_has 1 "^  filters$"'
tm send-keys w
check "w in the panel: 'filters saved' in the status bar" bar_has ' filters saved'
what="w: \$XDG_CONFIG_HOME/httpcodes/filters.rec has 'Hide: nginx'"
if [ -f "$rec" ] && grep -qx 'Hide: nginx' "$rec"; then ok "$what"
else not_ok "$what" "$rec:" "$(head -10 "$rec" 2>&1)"; fi
tm send-keys Q
wait_done
exited "filters saved: Q quits cleanly from the filters panel" 0
start_ui 100 30 XDG_CONFIG_HOME="$cfg"
check "the next start: '-nginx' in the status bar, fewer codes" \
	eval 'bar_has "^ 1/[0-9]+  -nginx +\? help" && [ "$(codes_n)" -lt "$total" ]'
tm send-keys q
wait_done
printf 'Hide: bogus\n' >"$rec"
start_ui 100 30 XDG_CONFIG_HOME="$cfg"
check "'Hide: bogus': a status-bar note 'filters not loaded: ...', every code shown" \
	eval 'bar_has "^ 1/$total  filters not loaded: unknown vendor group .bogus." &&
		codes_n_is_all && ! bar_has -nginx'
tm send-keys j
check "'Hide: bogus': the browser runs (j moves, the note goes)" \
	eval 'at "2/$total" && ! bar_has "not loaded"'
tm send-keys q
wait_done
exited "'Hide: bogus': q quits cleanly" 0
# On a narrow bar the reason comes before the path, which is what is cut.
printf 'Hide: nginx\nSources: iana\001\n' >"$rec"
start 50 20 env LC_ALL=C.UTF-8 XDG_CONFIG_HOME="$cfg" "$H"
check "a control character, 50 columns: the bar says so, the path is what is cut" \
	eval 'bar_has "^ 1/$total  filters not loaded: control character" && ! bar_has "filters[.]rec"'
tm send-keys q
wait_done
exited "a control character: q quits cleanly" 0

################################################################ compare

# 22. The compare view: 451's two meanings side by side, on the same rows.
start_ui 120 30
tm send-keys 4 5 1
wait_for "451 Unavailable For Legal Reasons"
tm send-keys c
same_rows451() { # each column's first two lines on the same screen lines
	r=$(printf '%s\n' "$screen" | grep -n '^ A server operator .*│ Used in Exchange ActiveSync' |
		cut -d: -f1)
	[ -n "$r" ] && column $((r + 1)) 1 | grep -q '[a-z]' && column $((r + 1)) 2 | grep -q '[a-z]'
}
check "451 c: 'compare: 2 of its 4 entries', 'q back' in the status bar" \
	eval 'line_has 1 "^ 451 Unavailable For Legal Reasons — compare: 2 of its 4 entries " &&
		bar_has "q back$"'
check "451 c: both meanings' headers on one screen line" \
	line_has 2 '^ Wikipedia list: Unavailable For Legal.*│ Wikipedia list: Redirect \(Microsoft\)'
check "451 c: each meaning's text beside the other's, on the same lines" same_rows451

# The chooser: the code's four entries, two chosen; IANA's put in.
tm send-keys s
chooser451() {
	has "[ ] httpstatuses: Unavailable For Legal Reasonse" &&
		has "[x] Wikipedia list: Unavailable For Legal Reasons" &&
		has "[x] Wikipedia list: Redirect (Microsoft)" &&
		has "[ ] IANA: Unavailable For Legal Reasons" && bar_has "Space in/out  s done$"
}
check "s: the chooser, 451's four entries, two of them chosen" chooser451
tm send-keys j j j Space s
three451() {
	line_has 1 "compare: 3 of its 4 entries " && ! line_has 1 hidden &&
		line_has 2 '^ Wikipedia list: Unavailable For Leg.*│ Wikipedia list: Redirect \(Microsoft\) *│ IANA: Unavailable For Legal' &&
		bar_has "q back$"
}
check "j j j Space s: IANA's column third, 'compare: 3 of its 4 entries'" three451

# Resizing while comparing: the columns laid out again, the view kept.
tm resize-window -x 60 -y 20
narrow451() {
	[ "$(flag pane_width)x$(flag pane_height)" = 60x20 ] &&
		line_has 1 "^ 451 Unavailable For Legal Reasons — 3 of its 4 entries *$" &&
		line_has 2 " different meanings, 1 hidden \(h/l\), differences off *$" &&
		line_has 3 '^ Wikipedia list: Unavai.*│ Wikipedia list: Redirect' &&
		line_has 4 '^ For Legal Reasons +│ \(Microsoft\) *$' &&
		line_has 5 '^ ─+ │ ─+$' && bar_has "q back$" && lacks " Classes "
}
check "resize to 60x20: two columns, the title whole, '1 hidden (h/l)' under it, the headers whole on two rows" narrow451
tm resize-window -x 120 -y 30
check "resize back to 120x30: the three columns again, IANA's facts on the texts' first line" \
	eval '[ "$(flag pane_width)" = 120 ] && three451 && same_rows451 &&
		has "│ registered, [RFC7725]"'
tm send-keys Escape
check "Esc: back to the panes, 451 still selected" \
	eval 'line_has 1 "^ Classes .*│ 451 Unavailable For Legal Reasons" && bar_has "\? help  q quit$"'

# The chooser's selection stays on screen in a small terminal: 404 has
# nine entries, 40x10 shows six lines of them.
tm resize-window -x 40 -y 10
poll eval 'line_has 1 "^ Classes"'
tm send-keys 4 0 4 c
poll eval 'line_has 1 "^ 404 " && bar_has "q back$"'
tm send-keys s j j j j j j j j
check "40x10, 404 c s and j to the ninth entry: IANA's line is on screen" \
	eval 'bar_has "s done$" && has "IANA: Not Found"'
tm send-keys Escape Escape
tm resize-window -x 120 -y 30
# the app has seen the new size when it draws its status bar on row 30
poll eval '[ "$(flag pane_width)x$(flag pane_height)" = 120x30 ] && line_has 30 "q quit$"'
tm send-keys q
wait_done
exited "compare: q quits cleanly" 0

# LC_ALL=C: the compare view, the chooser and a text with curly quotes
# and a smiley (the TCP/IP Guide's 400), in ASCII apart from the lines.
start_ui 120 30 LC_ALL=C
tm send-keys 4 5 1 c
check "LC_ALL=C: 451 c, the compare view" \
	eval 'line_has 1 "^ 451 Unavailable For Legal Reasons - compare: 2 of its 4 entries " &&
		bar_has "q back$"'
if ascii_ok; then ok "LC_ALL=C, compare: nothing but ASCII apart from the lines"
else fail_screen "LC_ALL=C, compare: nothing but ASCII apart from the lines" "$(non_ascii)"; fi
tm send-keys Escape 4 0 0 c s
check "LC_ALL=C: 400 c s, the chooser" eval 'has "[ ] TCP/IP Guide: Bad Request" && bar_has "s done$"'
if ascii_ok; then ok "LC_ALL=C, the chooser: nothing but ASCII"
else fail_screen "LC_ALL=C, the chooser: nothing but ASCII" "$(non_ascii)"; fi
tm send-keys j j Space s
check "LC_ALL=C: the TCP/IP Guide's column, its smiley as :-)" \
	eval 'line_has 1 "compare: 3 of its 9 entries" && has ":-)" && bar_has "q back$"'
if ascii_ok; then ok "LC_ALL=C, three columns: nothing but ASCII apart from the lines"
else fail_screen "LC_ALL=C, three columns: nothing but ASCII apart from the lines" "$(non_ascii)"; fi
tm send-keys Q
wait_done
exited "LC_ALL=C, compare: Q quits cleanly from the compare view" 0

################################################################ terminal options

# 23. --ascii in a UTF-8 locale: every byte on the screen ASCII, the lines
# between the panes and under the headers too (| and -), and no color
# (attributes instead); the prompt shows an é as e.
strict_non_ascii() { printf '%s\n' "$screen" | LC_ALL=C grep -n '[^ -~]' | head -5; }
ascii_screen() { # WHAT: nothing but ASCII, no color
	cap -e
	c=$(colors)
	cap
	if [ -z "$(strict_non_ascii)" ] && [ -z "$c" ]; then ok "$1"
	else fail_screen "$1" "colors: '$c'" "non-ASCII lines:" "$(strict_non_ascii)"; fi
}
start 100 30 env LC_ALL=C.UTF-8 "$H" --ascii
wait_for "? help"
check "--ascii: the panes separated by |" line_has 1 '^ Classes +\| Codes \([0-9]+\) +\| [0-9]{3} '
ascii_screen "--ascii, the start: nothing but ASCII, no color"
tm send-keys 4 0 4
check "--ascii, 404: the headers' rules in -" has "-- Wikipedia list: Not found -"
ascii_screen "--ascii, 404: nothing but ASCII, no color"
cap -e
if sgr_params | grep -qx 7; then ok "--ascii: reverse video for the focus"
else fail_screen "--ascii: reverse video for the focus" "SGR: $(sgr_params | sort -u | tr '\n' ' ')"; fi
tm send-keys 4 5 1 c
check "--ascii, 451 c: the compare view" eval 'line_has 1 "^ 451 .* - compare: " && bar_has "q back$"'
ascii_screen "--ascii, compare: nothing but ASCII, no color"
tm send-keys Escape f
check "--ascii: the filters panel" has "[x] nginx"
ascii_screen "--ascii, the filters panel: nothing but ASCII, no color"
tm send-keys Escape /
tm send-keys -l 'résumé'
check "--ascii: 'résumé' at the prompt shows as 'resume'" bar_has '^ /resume_ '
ascii_screen "--ascii, the prompt: nothing but ASCII, no color"
tm send-keys Escape q
wait_done
exited "--ascii: q quits cleanly" 0

# 24. --color=never: no color in the browser; --color=always: colors even
# with NO_COLOR set.
start 100 30 env LC_ALL=C.UTF-8 "$H" --color=never
wait_for "? help"
cap -e
if [ -z "$(colors)" ] && sgr_params | grep -qx 7; then
	ok "--color=never: no color escapes; reverse video for the focus"
else fail_screen "--color=never: no color escapes; reverse video for the focus" "colors: $(colors)"; fi
tm send-keys q
wait_done
exited "--color=never: q quits cleanly" 0
start 100 30 env LC_ALL=C.UTF-8 NO_COLOR=1 "$H" --color=always
wait_for "? help"
cap -e
if [ -n "$(colors)" ]; then ok "--color=always with NO_COLOR=1: colors"
else fail_screen "--color=always with NO_COLOR=1: colors"; fi
tm send-keys q
wait_done
exited "--color=always: q quits cleanly" 0

# 25. A search longer than the bar: the end, where the typing goes, stays
# in sight behind an ellipsis, and the terminal's cursor is shown there
# while the prompt is open, hidden again after it.
start_ui 80 24
long=$(printf 'the request entity %.0s' 1 2 3 4 5 6 7)final
tm send-keys /
tm send-keys -l "$long"
check "a 138-character search at 80 columns: its end in sight ('…entity final_')" \
	bar_has '^ /….* entity final_ *$'
prompt_cursor() { # the cursor on the "_" of the last line
	bar=$(status_bar)
	before=${bar%%_*}
	[ "$(flag cursor_flag)" = 1 ] && [ "$(flag cursor_y)" = 23 ] &&
		[ "$(flag cursor_x)" = "$(printf '%s' "$before" | wc -m)" ]
}
check "the prompt: the cursor shown, on the '_' after the text" prompt_cursor
tm send-keys BSpace BSpace
check "Backspace twice: the cursor follows ('…entity fin_')" \
	eval 'bar_has " entity fin_ *$" && prompt_cursor'
tm send-keys Enter
check "Enter: the prompt closes (the search kept, cut), the cursor hidden" \
	eval 'bar_has "^ [0-9]+/[0-9]+  /the request entity .*…" && [ "$(flag cursor_flag)" = 0 ]'
tm send-keys / x
check "/ again: the cursor shown" eval 'bar_has "^ /x_ " && prompt_cursor'
tm send-keys C-c
wait_done
exited "Ctrl-C at the prompt: status 130, the cursor visible again" 130

# 26. At 40 columns the status bar keeps its facts and drops key hints
# first: the position whole in the compare view, the kept search beside
# two hidden groups, the match count whole.
start 40 10 env LC_ALL=C.UTF-8 "$H" --hide microsoft,google
wait_for "? help"
n40=$(pos | cut -d/ -f2)
tm send-keys 4 9 9 c
check "40x10, 499 c: the position whole ('N/$n40'), then the hint" \
	eval 'bar_has "^ [0-9]+/$n40 .*q back$" && line_has 1 "^ 499 "'
tm send-keys Escape / t i m e o u t Enter
check "40x10: '-microsoft -google  /timeout', the search not pushed out" \
	bar_has '^ 1/[0-9]+  -microsoft -google  /timeout'
tm send-keys n
check "40x10, n: the search and 'match 1/N' whole" \
	eval 'bar_has "  /timeout  match 1/[0-9]+( |$)" && bar_has "^ 1/[0-9]+ "'
tm send-keys q
wait_done
exited "40x10: q quits cleanly" 0

# 27. n and N go on through the codes found: past a code's last match the
# next code with one; past the last code's, round to the first, and the
# status bar says so.
start_ui 100 30
tm send-keys / t i m e o u t Enter
poll eval 'bar_has "^ 1/[0-9]+  /timeout "'
found=$(pos | cut -d/ -f2)
tm send-keys N n
check "n past the first code's last match: the second code, its first match" \
	eval 'bar_has "^ 2/$found  /timeout  match 1/[0-9]+ "'
tm send-keys G N n
check "n past the last code's last match: round to the first, 'search hit bottom'" \
	eval 'bar_has "^ 1/$found  /timeout  match 1/[0-9]+; search hit bottom, from the top "'
tm send-keys N
check "N before the first code's first match: the last code's last, 'search hit top'" \
	eval 'bar_has "^ $found/$found  /timeout  match ([0-9]+)/[0-9]+; search hit top, from the bottom "'
tm send-keys q
wait_done
exited "n across codes: q quits cleanly" 0

################################################################ compare: other codes

# 28. In the compare view, digits compare the code typed (the status bar
# shows them as they come), } and { the next and previous code whose
# sources give different names; the panes follow, so Esc leaves them on
# the code compared last.
start_ui 80 24
tm send-keys 4 5 1 c
wait_for "451 Unavailable For Legal Reasons — compare: "
tm send-keys 4 9
check "compare view, 4 9: the status bar shows 'jump: 49_', still 451" \
	eval 'bar_has "^ [0-9]+/[0-9]+  jump: 49_" && line_has 1 "^ 451 "'
tm send-keys 9
check "then 9: 499 compared, its two meanings" \
	eval 'line_has 1 "^ 499 Client Closed Request — compare: 2 of its 4 entries" &&
		has "Wikipedia list: Token required (Esri)" && bar_has "q back$"'
tm send-keys 1 0 4
check "1 0 4: nothing to compare it with, the view stays on 499" \
	eval 'bar_has "104: only one entry in all, nothing to compare it with" && line_has 1 "^ 499 "'
tm send-keys '}'
check "}: the next conflict, round to 306, 'conflict 1 of 12, from the top'" \
	eval 'line_has 1 "^ 306 " && bar_has "conflict 1 of 12, from the top"'
tm send-keys '{'
check "{: the previous conflict, round to 499" \
	eval 'line_has 1 "^ 499 " && bar_has "conflict 12 of 12, from the bottom"'
tm send-keys '{'
check "{ again: 451, 'conflict 11 of 12'" eval 'line_has 1 "^ 451 " && bar_has "conflict 11 of 12 "'
tm send-keys z
check "z: the focused column alone at the whole width, 'zoomed (z)'" \
	eval 'line_has 2 "zoomed \(z\)" && line_has 3 "^ Wikipedia list: Unavailable For Legal Reasons *$" &&
		lacks "│"'
tm send-keys z
check "z again: the two columns side by side" \
	eval 'line_has 3 "^ Wikipedia list: Unavailable For Legal │ Wikipedia list: Redirect"'
tm send-keys '?'
# Space pages down to the compare section, each page waited for
pages=0
while lacks "type a code to compare it" && [ "$pages" -lt 10 ]; do
	before=$screen
	tm send-keys Space
	poll changed "$before" || break
	pages=$((pages + 1))
done
check "? and pages down: the help names } and { and the digits in the compare section" \
	eval 'has "}                     next code whose sources give different names" &&
		has "{                     previous code whose sources give different names" &&
		has "0-9                   type a code to compare it"'
tm send-keys Escape 4 1 3 Escape
check "4 1 3 Esc: the panes, 413 selected" \
	eval 'line_has 1 "^ Codes .*│ 413 Content Too Large" && bar_has "\\? help  q quit$"'
tm send-keys q
wait_done
exited "compare, other codes: q quits cleanly" 0

finish
