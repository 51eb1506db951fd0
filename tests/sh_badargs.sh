#!/bin/sh
# Bad invocations, table-driven. Each row is
#   bad STATUS MESSAGE-PART ARG...
# and passes when `timeout 10 httpcodes ARG...` (stdin /dev/null) finishes in
# time, is not killed by a signal (status < 128), exits STATUS (2: a usage or
# data error; 1: a well-formed query that matches nothing), prints nothing
# on stdout and exactly one line on stderr, that line holding MESSAGE-PART
# (when not empty) and no control character (ESC, C0, C1, DEL) or invalid
# UTF-8: an argument is quoted in a message only made printable.
#
# Exceptions, set for one row: OUT='...' is the stdout allowed (--json of a
# code nobody defines prints an empty array "[", "]"; --compare --json of one
# prints "{}"), ERR_LINES=N the stderr lines allowed (--json and --compare
# --json put the explanation of the missing code, several wrapped lines, on
# stderr), AS
# a command to run the program under (setpriv, to run as nobody), CTX what
# the TAP line says besides the invocation.
. tests/lib.sh
H=${HTTPCODES:-./httpcodes}

ESC=$(printf '\033')
C0=$(printf '[\001-\011\013-\032\034-\037\177]')
C1=$(printf '\302[\200-\237]')

# show ARG: ARG for a TAP line: bytes that are not printable ASCII (and <, >,
# \ and ') as <hex>, quoted when needed, clipped to 24 bytes when long.
show() {
	a=$1 more=
	if [ "${#a}" -gt 60 ]; then
		more="...($(printf '%s' "$a" | wc -c) bytes)"
		a=$(printf '%s' "$a" | head -c 24)
	fi
	s=$(printf '%s' "$a" | od -An -v -tu1 | awk '{
		for (i = 1; i <= NF; i++) {
			c = $i + 0
			if (c >= 32 && c < 127 && c != 39 && c != 60 && c != 62 && c != 92) printf "%c", c
			else printf "<%02x>", c
		} }')
	case $s in
	'' | *[!A-Za-z0-9._/=:,+@%-]*) printf "'%s'%s" "$s" "$more" ;;
	*) printf '%s%s' "$s" "$more" ;;
	esac
}
invocation() {
	line=httpcodes
	for a in "$@"; do line="$line $(show "$a")"; done
	printf '%s' "$line"
}

bad() {
	want=$1 part=$2; shift 2
	what="${CTX:+$CTX: }$(invocation "$@") -> $want"
	# shellcheck disable=SC2086 # AS is a command and its arguments
	timeout -k 2 10 ${AS:-} $H "$@" </dev/null >"$tmp/out" 2>"$tmp/err"
	st=$?
	why=
	if [ "$st" -eq 124 ] || [ "$st" -eq 137 ]; then why="timed out (status $st)"
	elif [ "$st" -ge 128 ]; then why="killed by signal $((st - 128))"
	elif [ "$st" -ne "$want" ]; then why="status $st, wanted $want"
	fi
	if [ -n "${OUT+set}" ]; then
		[ "$(cat "$tmp/out")" = "$OUT" ] || why="$why; stdout is not the allowed '$OUT'"
	elif [ -s "$tmp/out" ]; then
		why="$why; stdout has $(wc -c <"$tmp/out") bytes: $(head -c 80 "$tmp/out" | tr -c '[:print:]' '?')"
	fi
	lines=$(wc -l <"$tmp/err")
	if [ "$lines" -ne "${ERR_LINES:-1}" ] || [ -n "$(tail -c 1 "$tmp/err")" ]; then
		why="$why; stderr has $lines lines (wanted ${ERR_LINES:-1}, ending with a line feed)"
	fi
	if [ -n "$part" ] && ! grep -qF -- "$part" "$tmp/err"; then
		why="$why; stderr lacks '$part'"
	fi
	if LC_ALL=C grep -q -e "$ESC" -e "$C0" -e "$C1" "$tmp/err" ||
	   LC_ALL=C.UTF-8 grep -aqvx '.*' "$tmp/err"; then
		why="$why; stderr has control characters or invalid UTF-8"
	fi
	if [ -z "$why" ]; then ok "$what"
	else
		# stderr made printable; backslashes doubled for lib.sh's echo
		not_ok "$what" "${why#; }" "stderr: $(head -c 300 "$tmp/err" | od -An -c | tr -s ' \n' '  ' |
			sed 's/\\/\\\\/g' | head -c 400)"
	fi
}

big=$(awk 'BEGIN { s = "4"; while (length(s) < 100000) s = s "0"; print substr(s, 1, 100000) }')
bigword=$(awk 'BEGIN { s = "a"; while (length(s) < 100000) s = s s; print substr(s, 1, 100000) }')
: >"$tmp/file"
printf 'Source: mine\n\nCode: 299\nName: x\nText: y\n' >"$tmp/mine.rec"
printf 'Source: iana\n\nCode: 299\nName: x\nText: y\n' >"$tmp/iana.rec"
printf 'Source: s3\nSource: s4\n\nCode: 299\nName: x\nText: y\n' >"$tmp/dupsrc.rec"
NOTSTATUS="is not a status code, mask or range"

# --- options
bad 2 "unknown option '--bogus'" --bogus
bad 2 "unknown option '-q'" -q
bad 2 "unknown option '-q'" -lq
bad 2 "unknown option '-?'" "$(printf -- '-\nx')"   # a line feed as an option letter: one line
bad 2 "unknown option '-?'" "$(printf -- '-l\033')"
bad 2 "unknown option '-?'" "$(printf -- '-\377')"
bad 2 "unknown option '--bogus'" 404 --bogus
bad 2 "'--list'" --list=yes      # a flag given a value: the message must name --list
bad 2 "'--json'" --json=1
bad 2 "--s" --s timeout          # ambiguous: --search --sources --source --standard
for o in --hide --only --source --width --data --compare -s -w -d; do
	bad 2 "'$o' needs an argument" $o
done
bad 2 "needs an argument" 404 --hide

# --- codes, masks, ranges
for a in 4040 4xxx 40 x04 4-5 1000 404- '***' '?04'; do
	bad 2 "'$a' $NOTSTATUS" "$a"
done
bad 2 "'600-500' is a reversed range" 600-500
bad 2 "'500-5000' $NOTSTATUS" 500-5000
bad 2 "'-404' $NOTSTATUS" -- -404
bad 2 "unknown option '-4'" -404
bad 2 "$NOTSTATUS" ''            # an empty argument is not a code (a script's "$code")
bad 2 "to search words, use -s" teapot
bad 2 "to search words, use -s" text:teapot         # search syntax without -s
bad 2 "to search words, use -s" '"legal demand"'
bad 2 "--sources takes no codes" --sources 4040             # --sources takes no selection
bad 2 "not valid UTF-8" "$(printf '4\3770')"
bad 2 "not valid UTF-8" "$(printf '\355\240\200')"  # a surrogate
bad 2 "$NOTSTATUS" "$big"
bad 2 "$NOTSTATUS" "$(printf '4\033[2J')"

# --- widths
for w in 0 19 1001 -5 99999999999999999999 1e3 '' 0x20 '40 ' ' 30' '	30' +30 40x 20.5; do
	bad 2 "--width takes a number of columns from 20 to 1000" --width "$w" 404
done
bad 2 "--width takes" --width=5 404
bad 2 "--width takes" --width 40 --width 5 404
bad 2 "--width takes" --width "$big" 404

# --- colors
for c in sometimes '' ALWAYS yes 1; do
	bad 2 "--color takes auto, always or never" --color="$c" 404
done
bad 2 "'always' $NOTSTATUS" --color always 404      # optional argument: only with =

# --- filters
bad 2 "unknown vendor group 'bogus'" --hide bogus 404
bad 2 "unknown vendor group ''" --only '' 404
bad 2 "unknown vendor group ''" --hide nginx, 404
bad 2 "unknown vendor group '?'" --hide "$(printf '\377')" 404
bad 2 "unknown source 'bogus'" --source bogus 404
bad 2 "unknown source ''" --source iana,,wikipedia 404
bad 2 "unknown source '???'" --source "$(printf '\355\240\200')" 404
bad 2 "unknown source" --source "$(printf '\033]0;pwned\007')" 404
bad 2 "unknown source" --source "$big" 404

# --- an argument quoted in a message: printable UTF-8 as it is in a UTF-8
# locale, controls, format characters and invalid bytes as "?", and in a
# non-UTF-8 locale a "?" for each character that is not ASCII
bad 2 "the search '☺' has no words" -s '☺'
bad 2 "unknown source 'é'" --source é 404
bad 2 "unknown vendor group 'é'" --hide é 404
bad 2 "'4☺4' $NOTSTATUS" 4☺4
bad 2 "unknown option '--cömpare'" --cömpare 451
bad 2 "--width takes a number of columns from 20 to 1000, not '２０'" --width ２０ 404
bad 2 "unknown source 'a?b'" --source "$(printf 'a\342\200\213b')" 404    # a zero-width space
bad 2 "unknown source 'a?b'" --source "$(printf 'a\342\200\256b')" 404    # a right-to-left override
bad 2 "unknown source 'a?b'" --source "$(printf 'a\302\233b')" 404        # a C1 control
AS="env LC_ALL=C" CTX="LC_ALL=C"
bad 2 "the search '?' has no words" -s '☺'
bad 2 "unknown source 'caf?'" --source café 404
bad 2 "unknown option '--c?mpare'" --cömpare 451
bad 2 "/?.rec: No such file or directory" --data "$tmp/é.rec" 404
if LC_ALL=C grep -q '[^ -~]' "$tmp/err"; then not_ok "LC_ALL=C: a message is ASCII only" "$(od -c "$tmp/err" | head -3)"
else ok "LC_ALL=C: a message is ASCII only"; fi
unset AS CTX

# --- searches
bad 2 "the search is not valid UTF-8" -s "$(printf '\377')"
bad 2 "the search is not valid UTF-8" -s "$(printf 'time\300\257out')"   # overlong '/'
bad 2 "unbalanced quote" -s '"legal'
bad 2 "'name:' needs a word" -s name:
bad 2 "the search '' has no words" -s ''          # not everything
bad 2 "the search '   ' has no words" -s '   '
bad 2 "the search '\"\"' has no words" -s '""'
bad 2 "has no words" -s '-' --list
bad 2 "has no words" -s 'name:""'
bad 2 "has no words" -s '' -s ' ' --json
bad 1 "nothing matches" -s zzzzqqq --list
bad 1 "nothing matches" -s "$big"
bad 1 "nothing matches" -s "$bigword"

# --- compare
bad 2 "--compare takes one status code" --compare 4xx
bad 2 "--compare takes one status code" --compare 500-504
bad 2 "--compare takes one status code" --compare 4040
bad 2 "--compare takes one status code" --compare ''
bad 2 "--compare takes one status code" --compare "$(printf '\377')"
bad 2 "--compare takes one status code" --compare "$big"
bad 2 "--compare takes one code and no other selection" --compare 451 404
bad 2 "--compare takes one code and no other selection" --compare 451 -s legal
bad 2 "unknown source 'bogus'" --compare 451 --source bogus
bad 2 "--compare takes one code: it is given twice" --compare 451 --compare 499
bad 2 "--compare does not go with --list" --compare 451 --list
bad 2 "--compare does not go with --list, --sources or --conflicts" --compare 451 --conflicts
bad 2 "--diff takes auto, always or never, not 'sometimes'" --compare 451 --diff=sometimes
bad 2 "--diff takes auto, always or never, not ''" --compare 451 --diff=
bad 2 "--diff goes with --compare" --diff=always 451
bad 2 "--diff goes with --compare" --diff
bad 2 "--diff does not go with --json" --compare 451 --json --diff=never

# --- modes that cannot be honoured together
bad 2 "--list and --json do not go together" --json --list
bad 2 "--list and --json do not go together" -l -j 404
bad 2 "--list and --json do not go together" --conflicts --list --json
bad 2 "--sources does not go with --list or --conflicts" --sources --list
bad 2 "--sources does not go with --list or --conflicts" --sources --conflicts
bad 2 "--sources does not go with --list or --conflicts" --list --sources --json
bad 2 "--sources takes --source, not --hide, --only or --standard" --sources --hide nginx
bad 2 "--sources takes --source, not --hide, --only or --standard" --sources --source iana --only esri
bad 2 "--sources takes --source, not --hide, --only or --standard" --standard --sources --json

# --- well-formed, matching nothing: exit 1, and why (--list and --json:
# on stderr, wrapped like the text)
bad 1 "444 is defined, but the filters hide it (--hide nginx)." --hide nginx --list 444
bad 1 "No source defines a code in 290-299; 2xx means Success." --list 290-299
bad 1 "6xx is not a class of HTTP status codes: the classes are 1xx to 5xx." --list 6xx
bad 1 "0xx is not a class of HTTP status codes" --list 0xx
bad 1 "No source defines a code in 60x: 6xx is not a class (they are 1xx to 5xx)." --list 60x
bad 1 "No source defines a code in 600-999: HTTP status classes are 1xx to 5xx." --list 600-999
bad 1 "4xx has entries, but the filters hide them (--source cn-classes)." --list --source cn-classes 4xx
bad 1 "1xx has entries, but --conflicts hides them: no code there has two names." --list --conflicts 1xx
bad 1 "4xx has entries, but none has the words searched for." --list -s zzzqqq 4xx
ERR_LINES=2
bad 1 "404 is defined, but the filters hide it (--hide standard,webdav" \
	404 --hide standard,webdav,nginx,microsoft,cloudflare,esri,google,apache,twitter,unofficial --list
ERR_LINES=3
bad 1 "No source defines 299." --list 299
OUT='[
]' ERR_LINES=1
bad 1 "6xx is not a class of HTTP status codes" --json 6xx
bad 1 "444 is defined, but the filters hide it (--hide nginx)." --json --hide nginx 444
ERR_LINES=3
bad 1 "No source defines 299." --json 299
OUT='{}' ERR_LINES=3
bad 1 "No source defines 299." --compare 299 --json
OUT='{}' ERR_LINES=1
bad 1 "499 is defined, but the filters hide it (--only webdav)." --compare 499 --only webdav --json
unset OUT ERR_LINES

# --- data files
bad 2 "No such file or directory" --data "$tmp/nope.rec" 404
bad 2 ": No such file or directory" --data '' 404
bad 2 "$tmp/file/x: Not a directory" --data "$tmp/file/x" 404
bad 2 "$tmp: is a directory" --data "$tmp" 404
bad 2 "/bin/sh:1: control character" --data /bin/sh 404
bad 2 "/dev/zero: not a regular file" --data /dev/zero 404
bad 2 "File name too long" --data "$big" 404
bad 2 "No such file or directory" --data "$(printf '\377.rec')" 404
bad 2 "No such file or directory" --data "$(printf 'a\nb.rec')" 404           # a line feed in the name
bad 2 "No such file or directory" --data "$(printf '\033]0;pwned\007.rec')" 404
cp "$tmp/mine.rec" "$tmp/mine2.rec"     # two files, one id (one file twice is read once)
bad 2 "source id 'mine' is already used by $tmp/mine.rec" --data "$tmp/mine.rec" --data "$tmp/mine2.rec" 404
bad 2 "source id 'iana' is already used" --data "$tmp/iana.rec" 404
bad 2 "dupsrc.rec:2: field 'Source' given twice" --data "$tmp/dupsrc.rec" 404
# Only regular files are read: a FIFO is refused without being opened for
# reading (that would block until a writer comes: the row would time out),
# as --data and in the data directory.
mkdir -p "$tmp/xdg/httpcodes"
if mkfifo "$tmp/fifo.rec" "$tmp/xdg/httpcodes/fifo.rec" 2>/dev/null; then
	bad 2 "fifo.rec: not a regular file" --data "$tmp/fifo.rec" 404
	XDG_DATA_HOME=$tmp/xdg CTX="a FIFO in the data directory"
	export XDG_DATA_HOME
	bad 2 "xdg/httpcodes/fifo.rec: not a regular file" 404
	unset XDG_DATA_HOME CTX
else
	ok "--data FIFO # SKIP no mkfifo"
fi
# Unreadable: as root permissions do not stop reads, so run as nobody.
printf 'Code: 299\nName: x\nText: y\n' >"$tmp/unreadable.rec"
chmod 000 "$tmp/unreadable.rec"
mkdir -p "$tmp/locked/.local/share/httpcodes"
chmod 000 "$tmp/locked/.local/share/httpcodes"
if [ "$(id -u)" -ne 0 ]; then
	bad 2 "unreadable.rec: Permission denied" --data "$tmp/unreadable.rec" 404
	HOME=$tmp/locked CTX="data directory unreadable"
	bad 2 "Permission denied" 404
	HOME=$tmp/home
	unset CTX
elif command -v setpriv >/dev/null 2>&1 && setpriv --reuid=65534 --regid=65534 --clear-groups true 2>/dev/null; then
	chmod 755 "$tmp"
	AS="setpriv --reuid=65534 --regid=65534 --clear-groups" CTX="as nobody"
	bad 2 "unreadable.rec: Permission denied" --data "$tmp/unreadable.rec" 404
	HOME=$tmp/locked CTX="as nobody, data directory unreadable"
	bad 2 "Permission denied" 404
	HOME=$tmp/home
	unset AS CTX
	chmod 700 "$tmp"
else
	ok "unreadable --data as nobody # SKIP no setpriv"
fi
chmod 755 "$tmp/locked/.local/share/httpcodes"

finish
