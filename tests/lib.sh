# Helpers for the shell tests (sourced). Each check prints one TAP line,
#   ok N - what        or        not ok N - what (and why, as # lines)
# and the run.sh runner counts them. Tests run from the repository root with
# ./httpcodes built. UPDATE=1 rewrites golden files instead of comparing.

n=0
failures=0
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8 NO_COLOR= TERM=xterm-256color
unset XDG_DATA_HOME
unset COLUMNS LINES	# the width of the output in a pipe
HOME=$tmp/home
export HOME
mkdir -p "$HOME"

ok() { n=$((n + 1)); echo "ok $n - $1"; }
not_ok() {
	n=$((n + 1)); failures=$((failures + 1))
	echo "not ok $n - $1"
	shift
	for line in "$@"; do echo "#   $line"; done
}

# run CMD...: runs it, keeping stdout, stderr and status in $out $err $st.
run() {
	"$@" >"$tmp/out" 2>"$tmp/err"
	st=$?
	out=$(cat "$tmp/out")
	err=$(cat "$tmp/err")
}

# expect_status WHAT STATUS CMD...
expect_status() {
	what=$1 want=$2; shift 2
	run "$@"
	if [ "$st" -eq "$want" ]; then ok "$what"
	else not_ok "$what" "exit status $st, wanted $want" "stderr: $(head -c 300 "$tmp/err")"
	fi
}

# expect_usage_error WHAT MESSAGE-PART CMD...: exit 2, nothing on stdout,
# exactly one line on stderr that contains MESSAGE-PART.
expect_usage_error() {
	what=$1 part=$2; shift 2
	run "$@"
	lines=$(wc -l <"$tmp/err")
	if [ "$st" -eq 2 ] && [ ! -s "$tmp/out" ] && [ "$lines" -eq 1 ] &&
	   grep -qF -- "$part" "$tmp/err"; then
		ok "$what"
	else
		not_ok "$what" "status $st (want 2), stdout $(wc -c <"$tmp/out") bytes (want 0)," \
			"stderr $lines lines (want 1) containing '$part':" "$(head -c 300 "$tmp/err")"
	fi
}

# expect_golden WHAT FILE CMD...: stdout equals tests/golden/FILE, status 0.
expect_golden() {
	what=$1 file=tests/golden/$2; shift 2
	run "$@"
	if [ "${UPDATE:-}" = 1 ]; then
		cp "$tmp/out" "$file"
	fi
	if [ ! -f "$file" ]; then
		not_ok "$what" "no golden file $file: review the output, then UPDATE=1"
	elif [ "$st" -eq 0 ] && cmp -s "$tmp/out" "$file"; then
		ok "$what"
	else
		mkdir -p build/failed
		cp "$tmp/out" "build/failed/$(basename "$file")"
		not_ok "$what" "status $st; output differs from $file (actual in build/failed/):" \
			"$(diff "$file" "$tmp/out" | head -20)"
	fi
}

# expect_match WHAT PATTERN: $out matches the extended regex.
expect_match() {
	if printf '%s\n' "$out" | grep -qE -- "$2"; then ok "$1"
	else not_ok "$1" "output lacks /$2/:" "$(printf '%s' "$out" | head -c 300)"
	fi
}

expect_no_match() {
	if printf '%s\n' "$out" | grep -qE -- "$2"; then
		not_ok "$1" "output has /$2/:" "$(printf '%s\n' "$out" | grep -E -- "$2" | head -5)"
	else ok "$1"
	fi
}

finish() {
	[ "$failures" -eq 0 ]
}
