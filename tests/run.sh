#!/bin/sh
# The test runner behind `make check`: runs each cmocka program given as an
# argument, then every tests/sh_*.sh script (TAP: "ok N - ..." / "not ok N -
# ..."), shows their output, and ends with one summary line (HTTPCODES names
# the program the shell tests run: ./httpcodes, or the sanitizer build's):
#   N passed, N failed
# It exits 1 when anything failed, crashed or printed no result.
cd "$(dirname "$0")/.." || exit 2
if [ "${SANITIZE:-0}" = 1 ]; then
	# the slow unwinder sees through libraries built without frame
	# pointers, so that the suppressions can match by function
	ASAN_OPTIONS=fast_unwind_on_malloc=0${ASAN_OPTIONS:+:$ASAN_OPTIONS}
	LSAN_OPTIONS=suppressions=$PWD/tests/lsan.supp:print_suppressions=0
	export ASAN_OPTIONS LSAN_OPTIONS
fi
pass=0
fail=0
failed_names=
log=$(mktemp) || exit 2
trap 'rm -f "$log"' EXIT

count() { # name status: add the counts found in $log
	run=$(grep -c '^\[ RUN      \]' "$log")
	ok=$(grep -c '^\[       OK \]' "$log")
	tap_ok=$(grep -c '^ok ' "$log")
	tap_fail=$(grep -c '^not ok ' "$log")
	p=$((ok + tap_ok))
	f=$((run - ok + tap_fail))
	if [ "$2" -ne 0 ] && [ "$f" -eq 0 ]; then
		echo "# $1 exited with status $2 and reported no failed test: counted as one failure"
		f=1
	fi
	if [ $((p + f)) -eq 0 ]; then
		echo "# $1 ran no test: counted as one failure"
		f=1
	fi
	pass=$((pass + p))
	fail=$((fail + f))
	[ "$f" -gt 0 ] && failed_names="$failed_names $1"
}

for t in "$@"; do
	echo "## $t"
	"$t" >"$log" 2>&1
	st=$?
	cat "$log"
	count "$t" "$st"
done
for t in tests/sh_*.sh; do
	[ -f "$t" ] || continue
	if [ "${SANITIZE:-0}" = 1 ] && [ "$t" = tests/sh_valgrind.sh ]; then
		echo "## $t: not run on the sanitizer build (valgrind and ASan do not mix)"
		continue
	fi
	echo "## $t"
	sh "$t" >"$log" 2>&1
	st=$?
	cat "$log"
	count "$t" "$st"
done

[ -n "$failed_names" ] && echo "failing:$failed_names"
echo "$pass passed, $fail failed"
[ "$fail" -eq 0 ]
