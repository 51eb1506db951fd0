#!/bin/sh
# The one-shot modes under valgrind: no memory error, nothing definitely lost.
. tests/lib.sh
if ! command -v valgrind >/dev/null 2>&1; then
	not_ok "valgrind is installed (make check installs it)"
	finish
	exit 1
fi
printf 'Source: mine\nTitle: Mine\n\nCode: 299\nName: Mostly OK\nText: Ours.\n' >"$tmp/mine.rec"
printf 'Code: 299\nName: x\n' >"$tmp/bad.rec"

vg() { # what, expected status, args...
	what=$1 want=$2; shift 2
	valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
		--log-file="$tmp/vg" "${HTTPCODES:-./httpcodes}" "$@" >/dev/null 2>&1
	got=$?
	if [ "$got" -eq "$want" ] && [ ! -s "$tmp/vg" ]; then ok "valgrind: $what"
	else not_ok "valgrind: $what" "status $got (want $want)" "$(head -20 "$tmp/vg")"; fi
}

vg "404" 0 404
vg "4xx at 40 columns" 0 --width 40 4xx
vg "search" 0 -s timeout
vg "list" 0 --list
vg "sources" 0 --sources
vg "json" 0 --json
vg "sources json" 0 --sources --json
vg "299 explained" 1 299
vg "user data merged" 0 --data "$tmp/mine.rec" 299
vg "a bad user file" 2 --data "$tmp/bad.rec" 404
vg "a usage error" 2 4xxx
vg "filters" 0 --hide nginx --source wikipedia,iana --standard 4xx
LC_ALL=C vg "LC_ALL=C" 0 400
vg "compare" 0 --compare 451
vg "compare, JSON" 0 --compare 413 --json
vg "conflicts" 0 --conflicts

# the headless view tests: curses on /dev/null, every screen drawn
if valgrind -q --error-exitcode=99 --leak-check=full --errors-for-leak-kinds=definite \
	--log-file="$tmp/vg" build/tests/test_view >"$tmp/out" 2>&1 && [ ! -s "$tmp/vg" ]; then
	ok "valgrind: the headless view tests"
else
	not_ok "valgrind: the headless view tests" "$(head -20 "$tmp/vg")" "$(tail -5 "$tmp/out")"
fi
finish
