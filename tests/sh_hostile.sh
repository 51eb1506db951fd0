#!/bin/sh
# Hostile data files: every file below is either refused whole, with exit
# status 2, nothing on stdout and exactly one line on stderr
#   httpcodes: FILE:LINE: message        (or FILE: message for the file itself)
# or it loads and nothing but printable, width-correct text reaches the
# output: the bytes of the one-shot outputs (--data FILE 299, --list, --json,
# -s WORD, --compare 299, and --sources where the file names a source) are
# scanned for ESC, other C0 controls and DEL, C1 controls (C2 80-C2 9F),
# invalid UTF-8 (which is how a raw 0x9B shows), bidirectional controls
# (U+202A-202E, U+2066-2069, U+200E/200F, U+061C) and zero-width characters
# (U+200B, U+200D, U+2060, U+FEFF; ZWNJ, U+200C, is kept). JSON may escape
# such characters (\u001b); it may not carry them raw. Emoji sequences must
# come out as wide in tmux as wcwidth (xterm, ncurses) says. The browser is
# checked in a private tmux server.
#
# The limits (src/recfile.h; the first test checks that they are still these):
#   RF_MAX_FILE    64 MiB (67108864 bytes) in one file, checked before
#                  reading; only regular files are read (a FIFO, /dev/zero
#                  are refused)
#   RF_MAX_LINE    65536 bytes in one line, without its LF or CRLF (the "+ "
#                  of a continuation line counts)
#   RF_MAX_VALUE   262144 bytes in one field value (continuation lines joined
#                  by LF: each "+ x" adds 2 bytes)
#   RF_MAX_NAME    64 bytes in a field name
#   RF_MAX_FIELDS  256 fields in one record
#   RF_MAX_RECORDS 2000000 records in one file
# and the content rules: valid UTF-8 only (no overlong forms, no surrogates),
# no control character but TAB and LF (CRLF accepted), so every escape
# sequence and C1 control is refused at parse time; format characters (bidi,
# zero-width, BOM) are accepted and dropped by tl_sanitize when loaded.
. tests/lib.sh
H=${HTTPCODES:-./httpcodes}
MAX_FILE=67108864 MAX_LINE=65536 MAX_VALUE=262144 MAX_NAME=64 MAX_FIELDS=256 MAX_RECORDS=2000000
case ${SANITIZE:-0}:$H in 1:* | *asan*) sanitized=1 ;; *) sanitized=0 ;; esac

# --- the limits this file tests are the ones in src/recfile.h
limit() { # NAME: the value of #define NAME in src/recfile.h, evaluated
	v=$(sed -n "s/^#define $1[[:space:]]*\\([^/]*\\).*/\\1/p" src/recfile.h | tr -d 'u ')
	echo $(($v))
}
got="$(limit RF_MAX_FILE) $(limit RF_MAX_LINE) $(limit RF_MAX_VALUE) $(limit RF_MAX_NAME) $(limit RF_MAX_FIELDS) $(limit RF_MAX_RECORDS)"
want="$MAX_FILE $MAX_LINE $MAX_VALUE $MAX_NAME $MAX_FIELDS $MAX_RECORDS"
if [ "$got" = "$want" ]; then ok "the limits in src/recfile.h are the ones tested here ($want)"
else not_ok "the limits in src/recfile.h are the ones tested here" "recfile.h: $got" "tested:    $want"; fi

# bad_bytes FILE: names what FILE has that must never reach a terminal;
# prints nothing when it is clean.
ESC=$(printf '\033')
C0=$(printf '[\001-\011\013-\032\034-\037\177]')
C1=$(printf '\302[\200-\237]')
BIDI=$(printf '\342\200[\252-\256]|\342\201[\246-\251]|\342\200[\216\217]|\330\234')
ZW=$(printf '\342\200[\213\215]|\342\201\240|\357\273\277')
bad_bytes() {
	b=
	[ "$(tr -cd '\000' <"$1" | wc -c)" -eq 0 ] || b="$b NUL"
	LC_ALL=C grep -q "$ESC" "$1" && b="$b ESC"
	LC_ALL=C grep -q "$C0" "$1" && b="$b C0/DEL"
	LC_ALL=C grep -q "$C1" "$1" && b="$b C1"
	LC_ALL=C.UTF-8 grep -aqvx '.*' "$1" && b="$b invalid-UTF-8(raw-0x9b-and-the-like)"
	LC_ALL=C grep -aqE "$BIDI" "$1" && b="$b bidi"
	LC_ALL=C grep -aqE "$ZW" "$1" && b="$b zero-width"
	printf '%s' "$b"
}
# A file's contents shown in a # line: control bytes made visible.
# (Backslashes doubled: lib.sh's echo would read them as escapes.)
shown_bytes() { head -c "${2:-200}" "$1" | od -An -c | tr -s ' \n' '  ' | head -c 300 | sed 's/\\/\\\\/g'; }

# refused WHAT FILE LINE MESSAGE: the file is refused with exactly the line
# "httpcodes: FILE:LINE: MESSAGE" (LINE empty: "httpcodes: FILE: MESSAGE").
refused() {
	what=$1 f=$2 at=${3:+:$3}
	want="httpcodes: $f$at: $4"
	timeout -k 5 60 $H --data "$f" 404 >"$tmp/out" 2>"$tmp/err"
	st=$?
	lines=$(wc -l <"$tmp/err")
	if [ "$st" -eq 2 ] && [ ! -s "$tmp/out" ] && [ "$lines" -eq 1 ] &&
	   [ "$(cat "$tmp/err")" = "$want" ] && [ -z "$(bad_bytes "$tmp/err")" ]; then
		ok "$what: refused, $(basename "$f")${3:+:$3}: $4"
	else
		not_ok "$what: refused, $(basename "$f")${3:+:$3}: $4" \
			"status $st (want 2), stdout $(wc -c <"$tmp/out") bytes (want 0), stderr $lines lines (want 1)" \
			"stderr bytes:$(bad_bytes "$tmp/err")" "want: $want" "got:  $(shown_bytes "$tmp/err" 300)"
	fi
}

# clean WHAT STATUS CMD...: CMD exits STATUS and its stdout and stderr have
# nothing bad_bytes finds. Leaves the output in $tmp/out.
clean() {
	what=$1 want=$2; shift 2
	timeout -k 5 60 "$@" >"$tmp/out" 2>"$tmp/err"
	st=$?
	bo=$(bad_bytes "$tmp/out") be=$(bad_bytes "$tmp/err")
	if [ "$st" -eq "$want" ] && [ -s "$tmp/out" ] && [ -z "$bo$be" ]; then ok "$what"
	else
		not_ok "$what" "status $st (want $want), stdout $(wc -c <"$tmp/out") bytes" \
			"stdout has:${bo:- nothing bad}; stderr has:${be:- nothing bad}" \
			"stderr: $(shown_bytes "$tmp/err" 200)"
		echo "#   the first stdout lines with control bytes (od -c):"
		LC_ALL=C grep -n -m 2 -e "$ESC" -e "$C0" -e "$C1" "$tmp/out" | head -c 300 | od -An -c |
			head -5 | sed 's/^/#   /'
	fi
}

# loads NAME WORD: the one-shot outputs of $tmp/NAME.rec are clean; WORD is
# a word of its 299 entry for -s.
loads() {
	f=$tmp/$1.rec
	clean "$1: --data FILE 299 shows the entry, clean" 0 $H --data "$f" 299
	clean "$1: --list, clean" 0 $H --data "$f" --list
	clean "$1: --json, clean" 0 $H --data "$f" --json
	clean "$1: -s $2, clean" 0 $H --data "$f" -s "$2"
	clean "$1: --compare 299, clean" 0 $H --data "$f" --compare 299
}

################################################ escapes and controls: refused
# Each file has its hostile bytes in line 2 (the Name) unless said otherwise.
entry() { # NAME NAME-BYTES [TEXT-BYTES]: printf formats (octal escapes)
	printf "Code: 299\nName: $2\nText: ${3:-plain}\n" >"$tmp/$1.rec"
}
entry csi 'Evil\033[2JName'
refused "CSI clear screen (ESC [ 2 J) in a Name" "$tmp/csi.rec" 2 "control character U+001B"
entry osc 'Evil\033]0;pwned\007Name'
refused "OSC set title (ESC ] 0 ; pwned BEL) in a Name" "$tmp/osc.rec" 2 "control character U+001B"
printf 'Code: 299\nName: ok\nText: fine\n+ then \033Pq#0;2;0;0;0\033\\ a DCS\n' >"$tmp/dcs.rec"
refused "DCS (ESC P ... ESC \\\\) in a Text continuation line" "$tmp/dcs.rec" 4 "control character U+001B"
printf '# a comment \033]2;pwned\033\\ with an OSC\nCode: 299\nName: ok\nText: fine\n' >"$tmp/comment.rec"
refused "an OSC in a comment line" "$tmp/comment.rec" 1 "control character U+001B"
printf 'Source: evil\nTitle: Evil \033]0;pwned\007 title\n\nCode: 299\nName: ok\nText: fine\n' >"$tmp/title.rec"
refused "an OSC in the source's Title" "$tmp/title.rec" 2 "control character U+001B"
entry c1nel 'Evil\302\205Name'
refused "C1 NEL U+0085 (C2 85) in a Name" "$tmp/c1nel.rec" 2 "control character U+0085"
printf 'Code: 299\nName: x\nText: Evil\302\2332JText\n' >"$tmp/c1csi.rec"
refused "C1 CSI U+009B (C2 9B) in a Text" "$tmp/c1csi.rec" 3 "control character U+009B"
entry raw9b 'Evil\2332JName'
refused "a raw 0x9B byte (8-bit CSI) in a Name" "$tmp/raw9b.rec" 2 "invalid UTF-8"
entry nul 'Evil\000Name'
refused "NUL in a Name" "$tmp/nul.rec" 2 "control character U+0000"
entry del 'Evil\177Name'
refused "DEL in a Name" "$tmp/del.rec" 2 "control character U+007F"
printf 'Code: 299\nName: Evil\rName\nText: x\n' >"$tmp/cr.rec"
refused "a lone CR in a Name" "$tmp/cr.rec" 2 "carriage return U+000D not before a line feed"
entry ff 'Evil\377\376Name'
refused "invalid UTF-8 (FF FE)" "$tmp/ff.rec" 2 "invalid UTF-8"
entry trunc 'Evil\342\200'
refused "a truncated UTF-8 sequence at a line end" "$tmp/trunc.rec" 2 "invalid UTF-8"
entry overlong 'Evil\300\257Name'
refused "overlong UTF-8 (C0 AF, a '/')" "$tmp/overlong.rec" 2 "invalid UTF-8"
entry overlong3 'Evil\340\200\257Name'
refused "overlong UTF-8 (E0 80 AF)" "$tmp/overlong3.rec" 2 "invalid UTF-8"
entry surrogate 'Evil\355\240\200Name'
refused "a UTF-16 surrogate (ED A0 80)" "$tmp/surrogate.rec" 2 "invalid UTF-8"
entry beyond 'Evil\364\220\200\200Name'
refused "a code point past U+10FFFF (F4 90 80 80)" "$tmp/beyond.rec" 2 "invalid UTF-8"
printf 'Code: 299\nNa\033me: x\nText: x\n' >"$tmp/fieldname.rec"
refused "ESC in a field name" "$tmp/fieldname.rec" 2 "control character U+001B"

################################################ sizes: at the limits and past
# A line of exactly MAX_LINE bytes loads; one byte more is refused.
awk -v n=$((MAX_LINE - 6)) 'BEGIN { printf "Code: 299\nName: long\nText: "
	s = "abcd efghi"; while (length(s) < n) s = s s; print substr(s, 1, n) }' >"$tmp/line-max.rec"
expect_status "a line of exactly $MAX_LINE bytes loads" 0 $H --data "$tmp/line-max.rec" 299
awk -v n=$((MAX_LINE - 5)) 'BEGIN { printf "Code: 299\nName: long\nText: "
	s = "abcd efghi"; while (length(s) < n) s = s s; print substr(s, 1, n) }' >"$tmp/line-over.rec"
refused "a line of $((MAX_LINE + 1)) bytes" "$tmp/line-over.rec" 3 "line longer than $MAX_LINE bytes"
# A 1 MB line.
awk 'BEGIN { printf "Code: 299\nName: long\nText: "
	s = "abcd efghi"; while (length(s) < 1048576) s = s s; print substr(s, 1, 1048576) }' >"$tmp/mb-line.rec"
refused "a 1 MB line" "$tmp/mb-line.rec" 3 "line longer than $MAX_LINE bytes"
# A 1 MB file that is one line with no line end at all.
awk 'BEGIN { s = "#abcdefgh"; while (length(s) < 1048576) s = s s; printf "%s", substr(s, 1, 1048576) }' >"$tmp/mb-noeol.rec"
refused "a 1 MB file of one line without a line end" "$tmp/mb-noeol.rec" 1 "line longer than $MAX_LINE bytes"

# A value of exactly MAX_VALUE bytes: a first line and continuation lines of
# at most MAX_LINE bytes each, the last one short to land on the limit.
awk -v max=$MAX_VALUE -v line=$MAX_LINE 'BEGIN {
	s = "abcd efghi"; while (length(s) < line) s = s s
	first = line - 6; printf "Code: 299\nName: big\nText: %s\n", substr(s, 1, first)
	len = first
	while (len + 1 + (line - 2) <= max) { print "+ " substr(s, 1, line - 2); len += line - 1 }
	if (len < max) { print "+ " substr(s, 1, max - len - 1) } }' >"$tmp/value-max.rec"
expect_status "a value of exactly $MAX_VALUE bytes loads" 0 $H --data "$tmp/value-max.rec" 299
{ cat "$tmp/value-max.rec"; echo "+"; } >"$tmp/value-over.rec"
over_line=$(wc -l <"$tmp/value-over.rec")
refused "a value of $((MAX_VALUE + 1)) bytes (a bare + after the limit)" "$tmp/value-over.rec" \
	"$over_line" "value of field 'Text' longer than $MAX_VALUE bytes"

# A million "+ x" lines: each adds 2 bytes to a 1-byte value, so the one
# that crosses MAX_VALUE is continuation number MAX_VALUE/2, on line 3 + that.
awk 'BEGIN { print "Code: 299\nName: x\nText: y"; for (i = 0; i < 1000000; i++) print "+ x" }' >"$tmp/million-plus.rec"
refused "a million continuation lines" "$tmp/million-plus.rec" $((3 + MAX_VALUE / 2)) \
	"value of field 'Text' longer than $MAX_VALUE bytes"
awk 'BEGIN { for (i = 0; i < 1000000; i++) print "+ x" }' >"$tmp/only-plus.rec"
refused "a file of only continuation lines" "$tmp/only-plus.rec" 1 "continuation line '+' outside a field"
printf '+\n+\n' >"$tmp/only-bare-plus.rec"
refused "a file of only bare + lines" "$tmp/only-bare-plus.rec" 1 "continuation line '+' outside a field"
# Continuation lines that stay under the limit: loaded, and quick.
awk -v n=$((MAX_VALUE / 2 - 1)) 'BEGIN { print "Code: 299\nName: many lines\nText: y"; for (i = 0; i < n; i++) print "+ x" }' >"$tmp/many-plus.rec"
clean "$((MAX_VALUE / 2 - 1)) continuation lines just under the value limit load" 0 $H --data "$tmp/many-plus.rec" 299

# Fields: 256 in one record load (Code, Name, Text and 253 Notes), 257 do not.
awk -v n=$((MAX_FIELDS - 3)) 'BEGIN { print "Code: 299\nName: x\nText: y"; for (i = 0; i < n; i++) print "Note: note " i }' >"$tmp/fields-max.rec"
expect_status "$MAX_FIELDS fields in one record load" 0 $H --data "$tmp/fields-max.rec" 299
echo "Note: one more" >>"$tmp/fields-max.rec"
refused "$((MAX_FIELDS + 1)) fields in one record" "$tmp/fields-max.rec" $((MAX_FIELDS + 1)) \
	"more than $MAX_FIELDS fields in one record"
awk 'BEGIN { print "Code: 299\nName: x\nText: y"; for (i = 0; i < 100000; i++) print "Note: note " i }' >"$tmp/fields-huge.rec"
refused "100,000 fields in one record" "$tmp/fields-huge.rec" $((MAX_FIELDS + 1)) \
	"more than $MAX_FIELDS fields in one record"
awk 'BEGIN { print "Code: 299\nName: x\nText: y"; for (i = 0; i < 100000; i++) print "F" i ": v" }' >"$tmp/fields-unknown.rec"
refused "100,000 unknown fields in one record" "$tmp/fields-unknown.rec" $((MAX_FIELDS + 1)) \
	"more than $MAX_FIELDS fields in one record"

# Field names: MAX_NAME bytes parse (then the catalog names the unknown
# field), one more does not.
n64=$(awk -v n=$MAX_NAME 'BEGIN { s = "N"; while (length(s) < n) s = s "a"; print s }')
printf 'Code: 299\nName: x\nText: y\n%s: v\n' "$n64" >"$tmp/name-max.rec"
run $H --data "$tmp/name-max.rec" 299
case $err in
*"name-max.rec:4: unknown field '$n64'"*) ok "a field name of $MAX_NAME bytes parses (the catalog refuses it as unknown)" ;;
*) not_ok "a field name of $MAX_NAME bytes parses (the catalog refuses it as unknown)" "status $st" "$err" ;;
esac
printf 'Code: 299\nName: x\nText: y\n%sa: v\n' "$n64" >"$tmp/name-over.rec"
refused "a field name of $((MAX_NAME + 1)) bytes" "$tmp/name-over.rec" 4 "field name longer than $MAX_NAME bytes"

# Records: MAX_RECORDS parse (then the catalog refuses the first: unknown
# field), one more is refused by the parser on its line.
awk -v n=$MAX_RECORDS 'BEGIN { for (i = 0; i < n; i++) print "a:\n" }' >"$tmp/records-max.rec"
run timeout 60 $H --data "$tmp/records-max.rec" 404
case $err in
*"records-max.rec:1: unknown field 'a'"*) ok "$MAX_RECORDS records parse (the catalog refuses the first)" ;;
*) not_ok "$MAX_RECORDS records parse (the catalog refuses the first)" "status $st" "$err" ;;
esac
echo "a:" >>"$tmp/records-max.rec"
refused "$((MAX_RECORDS + 1)) records" "$tmp/records-max.rec" $((2 * MAX_RECORDS + 1)) "more than $MAX_RECORDS records"

# Files: a regular file over MAX_FILE is refused by its size, unread (a sparse
# file, so this costs nothing); one of exactly MAX_FILE bytes is read (and its
# NULs refused on line 1).
if truncate -s $((MAX_FILE + 1)) "$tmp/huge.rec" 2>/dev/null; then
	refused "a file of $((MAX_FILE + 1)) bytes" "$tmp/huge.rec" "" "file larger than $((MAX_FILE >> 20)) MiB"
	truncate -s $MAX_FILE "$tmp/huge.rec"
	refused "a file of exactly $MAX_FILE bytes is read" "$tmp/huge.rec" 1 "control character U+0000"
	rm -f "$tmp/huge.rec"
else
	ok "a file larger than $MAX_FILE bytes # SKIP no truncate"
fi

################################################ format characters: loaded, dropped
# Bidi overrides and isolates, marks, zero-width characters and a BOM in the
# names, qualifiers, texts and the source record; two 299 entries, so
# --compare has two columns; a CJK word and a combining accent for widths.
RLO='\342\200\256' LRO='\342\200\255' LRE='\342\200\252' RLE='\342\200\253' PDF='\342\200\254'
LRI='\342\201\246' RLI='\342\201\247' FSI='\342\201\250' PDI='\342\201\251'
ZWSP='\342\200\213' ZWNJ='\342\200\214' ZWJ='\342\200\215' BOM='\357\273\277'
LRM='\342\200\216' RLM='\342\200\217' ALM='\330\234' WJ='\342\201\240'
printf "${BOM}Source: bidi\nTitle: Tro${RLO}jan ${LRI}title${PDI}${ZWSP}\nAuthor: A${ZWJ}uthor${BOM}\nLicense: ${RLM}none${LRM}${ALM}\n\n\
Code: 299\nName: Evil${RLO}Name${LRI}x${PDI}${ZWSP}y${ZWJ}z${BOM}\n\
Qualifier: q${RLE}ual${PDF}${WJ}\n\
Text: Para${RLO}graph one ${RLI}isolated${PDI} ${FSI}first${PDI} strong ${ZWSP}${ZWSP}${ZWSP}spaced\n\
+ ${LRO}override${PDF} ${LRE}embed${PDF} ${ZWNJ}joiner${ZWJ} \344\275\240\345\245\275\344\270\226\347\225\214 caf\145\314\201 \
words words words words words words words words words words words words words words words\n\
+\n\
+ - item ${RLO}reversed${PDF} ${BOM}bom${WJ}joined\n\
Note: note${RLO}reversed\n\n\
Code: 299\nName: Other${LRO}Name${PDF}\nVendor: nginx\n\
Text: A second ${RLI}text${PDI} for the${ZWSP} comparison, with words the first one lacks.\n" >"$tmp/bidi.rec"
loads bidi isolated
run $H --data "$tmp/bidi.rec" --list 299
expect_match "bidi: the entry is shown with its format characters dropped" '^299 EvilNamexyz '
run $H --data "$tmp/bidi.rec" 299
expect_match "bidi: the zero-width non-joiner is kept" "$(printf ' \342\200\214joiner ')"
clean "bidi: --sources, clean" 0 $H --data "$tmp/bidi.rec" --sources
out=$(cat "$tmp/out")
expect_match "bidi: the source's title, format characters dropped" 'Trojan title'
# a line of --sources that is a URL (after its label at most) stays whole,
# wider than the width: it does not count
url_line='^ *(url +)?https?://[^ ]+$'
for mode in 299 --list --sources "--compare 299" "-s isolated"; do
	# shellcheck disable=SC2086 # the mode is split on purpose
	run $H --data "$tmp/bidi.rec" --width 40 $mode
	w=$(printf '%s\n' "$out" | grep -vE "$url_line" | wc -L)
	if [ "$st" -eq 0 ] && [ "$w" -le 40 ] && [ -n "$out" ]; then ok "bidi: $mode --width 40: lines at most 40 columns ($w)"
	else not_ok "bidi: $mode --width 40: lines at most 40 columns" "status $st, widest line $w columns" \
		"$(printf '%s\n' "$out" | awk 'length > 40' | head -3)"
	fi
done

################################################ emoji sequences
# Sequences whose width tmux 3.3a and xterm (one code point at a time) and
# emoji-aware terminals (one glyph) disagree on keep only what all draw
# alike: U+FE0F after a narrow symbol, a skin tone after its emoji and ZWJ
# go, ZWNJ stays. Two 299 entries, for --compare.
WARN='\342\232\240\357\270\217' HEART='\342\235\244\357\270\217'
THUMB='\360\237\221\215' TONE='\360\237\217\275'
FAMILY='\360\237\221\250\342\200\215\360\237\221\251\342\200\215\360\237\221\247'
PERSIAN='\331\205\333\214\342\200\214\330\256\331\210\330\247\331\207\331\205'
HINDI='\340\244\225\340\245\215\342\200\215\340\244\267'
printf "Source: emoji\nTitle: Emoji ${WARN} title\n\n\
Code: 299\nName: Warning ${WARN} love ${HEART}\n\
Text: Thumbs ${THUMB}${TONE} up, a family ${FAMILY} here, a keycap #\357\270\217\342\203\243, \
${PERSIAN} and ${HINDI} words, ${WARN}${WARN}${WARN}${WARN}${WARN}${WARN}${WARN}${WARN}${WARN}${WARN}${WARN}${WARN}\
${WARN}${WARN}${WARN}${WARN}${WARN}${WARN}${WARN}${WARN}${WARN}${WARN}${WARN}${WARN}${WARN}${WARN}${WARN}${WARN}\
 and ${FAMILY}${FAMILY}${FAMILY}${FAMILY}${FAMILY}${FAMILY}${FAMILY}${FAMILY}${FAMILY}${FAMILY}${FAMILY}${FAMILY}\n\
+\n\
+ - item ${HEART}${HEART} with ${THUMB}${TONE}${THUMB}${TONE}${THUMB}${TONE}${THUMB}${TONE}${THUMB}${TONE} words\n\n\
Code: 299\nName: Other ${HEART}\nVendor: nginx\n\
Text: A second text ${THUMB}${TONE} for the comparison, ${FAMILY} with words the first one lacks.\n" >"$tmp/emoji.rec"
loads emoji keycap
run $H --data "$tmp/emoji.rec" 299
seq_in() { printf '%s\n' "$out" | LC_ALL=C grep -qF "$(printf "$1")"; }
if ! seq_in "$WARN" && ! seq_in "$HEART" && ! seq_in "$THUMB$TONE" && ! seq_in '\342\200\215' &&
   seq_in '\342\232\240 love \342\235\244' && seq_in "$THUMB up" && seq_in "$PERSIAN"; then
	ok "emoji: U+FE0F after a narrow symbol, the skin tone and ZWJ dropped, ZWNJ kept"
else not_ok "emoji: U+FE0F after a narrow symbol, the skin tone and ZWJ dropped, ZWNJ kept" \
	"$(printf '%s\n' "$out" | head -4 | od -c | head -8)"; fi
for mode in 299 --list --sources "--compare 299"; do
	bad=
	for w in 20 33 40 61 80; do
		# shellcheck disable=SC2086 # the mode is split on purpose
		run $H --data "$tmp/emoji.rec" --width $w $mode
		got=$(printf '%s\n' "$out" | grep -vE "$url_line" | wc -L)
		[ "$st" -eq 0 ] && [ "$got" -le $w ] || bad="$bad --width $w: status $st, $got columns;"
	done
	[ -z "$bad" ] && ok "emoji: $mode at 20 to 80 columns: no line is wider" ||
		not_ok "emoji: $mode at 20 to 80 columns: no line is wider" "$bad"
done

# A BOM, CRLF line ends and TAB inside values: accepted, and no CR or TAB out.
printf '\357\273\277Code: 299\r\nName: Tab\tName\r\nText: CRLF\tand\ttabs\r\n+ second line\r\n' >"$tmp/crlf.rec"
loads crlf tabs

################################################ a hostile file name
# The content is fine; the file's name carries an OSC that sets the terminal
# title. Without a Title, the source's title is the file name, so --sources
# prints it; so do the messages about the file. (Such a name can come from
# an unpacked archive in ~/.local/share/httpcodes/.)
evil=$tmp/$(printf 'evil\033]0;pwned\007name').rec
printf 'Source: evil\n\nCode: 299\nName: Named\nText: Fine text.\n' >"$evil"
clean "a file name with an OSC: --data FILE 299, clean" 0 $H --data "$evil" 299
clean "a file name with an OSC: --sources, clean" 0 $H --data "$evil" --sources
clean "a file name with an OSC: --sources --json, clean (escaped)" 0 $H --data "$evil" --sources --json
printf 'Code: 299\nName: Unnamed\n' >"$evil"
run $H --data "$evil" 404
be=$(bad_bytes "$tmp/err")
if [ "$st" -eq 2 ] && [ -z "$be" ] && [ "$(wc -l <"$tmp/err")" -eq 1 ]; then
	ok "a file name with an OSC: its error message is one clean line"
else
	not_ok "a file name with an OSC: its error message is one clean line" "status $st; stderr has:$be" \
		"stderr: $(shown_bytes "$tmp/err" 200)"
fi
rm -f "$evil"

################################################ scale: memory, time
# peak CMD...: runs CMD (timeout 300 s), setting $st, $kb (its peak RSS in KB,
# empty when it cannot be measured), $how and $secs.
t0() { date +%s%N 2>/dev/null; }
secs_since() { awk -v a="$1" -v b="$(t0)" 'BEGIN { printf "%.2f", (b - a) / 1e9 }'; }
if /usr/bin/time -f %M -o "$tmp/m" true 2>/dev/null && grep -q '^[0-9][0-9]*$' "$tmp/m"; then
	how="/usr/bin/time"
elif [ -r /proc/self/status ] && grep -q '^VmHWM:' /proc/self/status; then
	how="VmHWM"
else
	how="ulimit"
fi
peak() {
	start=$(t0)
	kb=
	case $how in
	/usr/bin/time)
		/usr/bin/time -f %M -o "$tmp/m" timeout -k 5 300 "$@" >"$tmp/out" 2>"$tmp/err"
		st=$?
		kb=$(tail -n 1 "$tmp/m" | grep '^[0-9][0-9]*$') ;;
	VmHWM)
		timeout -k 5 300 "$@" >"$tmp/out" 2>"$tmp/err" &
		pid=$!
		# timeout's child is the program
		while kill -0 "$pid" 2>/dev/null; do
			for c in $(cat /proc/"$pid"/task/*/children 2>/dev/null); do
				v=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\).*/\1/p' /proc/"$c"/status 2>/dev/null)
				[ -n "$v" ] && kb=$v
			done
			sleep 0.02
		done
		wait "$pid"
		st=$? ;;
	ulimit)
		(ulimit -v "$bound_kb" && exec timeout -k 5 300 "$@") >"$tmp/out" 2>"$tmp/err"
		st=$? ;;
	esac
	secs=$(secs_since "$start")
}

# One million small records (Code/Name/Text, codes 000-999 in turn, each
# name with a zero-width space and each text with an override), and a
# tenth of that to see the growth.
gen_records() { # COUNT FILE
	awk -v n="$1" 'BEGIN { printf "Source: million\nTitle: A million\n\n"
		for (i = 0; i < n; i++) printf "Code: %03d\nName: n%d\342\200\213x\nText: t%d \342\200\256reversed\n\n", i % 1000, i, i }' >"$2"
}
gen_records 1000000 "$tmp/million.rec"
gen_records 100000 "$tmp/100k.rec"
size=$(wc -c <"$tmp/million.rec")
size_kb=$((size / 1024))
bound_kb=$((size_kb * 25))
printf 'Code: 299\nName: one\nText: one\n' >"$tmp/one.rec"
peak $H --data "$tmp/one.rec" 299
base_kb=$kb
peak $H --data "$tmp/100k.rec" 299
k100_kb=$kb k100_secs=$secs
peak $H --data "$tmp/million.rec" 299
echo "# 1,000,000 records, $size bytes: status $st, $secs s, peak RSS ${kb:-?} KB ($how);" \
	"100,000 records: $k100_secs s, ${k100_kb:-?} KB; one record: ${base_kb:-?} KB"
b=$(bad_bytes "$tmp/out")
if [ "$st" -eq 0 ] && grep -q '^299 n999299x \[unofficial\] — million$' "$tmp/out" && [ -z "$b" ]; then
	ok "1,000,000 records load (in $secs s) and the last 299 is shown, clean"
else not_ok "1,000,000 records load and the last 299 is shown, clean" "status $st after $secs s;$b" \
	"$(head -c 300 "$tmp/err")"; fi
if [ "$sanitized" = 1 ]; then
	ok "1,000,000 records: peak RSS ${kb:-?} KB # SKIP the sanitizer build's memory is not the program's"
	ok "memory grows linearly # SKIP the sanitizer build's memory is not the program's"
elif [ -z "$kb" ]; then
	# ulimit: the run above had at most 25x the file size of address space
	[ "$st" -eq 0 ] && ok "1,000,000 records load within a ulimit -v of 25x the file size ($bound_kb KB)" ||
		not_ok "1,000,000 records load within a ulimit -v of 25x the file size ($bound_kb KB)" "status $st"
	ok "memory grows linearly # SKIP no way to measure the peak RSS"
else
	if [ "$kb" -le "$bound_kb" ]; then
		ok "1,000,000 records: peak RSS $kb KB is at most 25x the file's $size_kb KB ($((kb / size_kb))x)"
	else not_ok "1,000,000 records: peak RSS at most 25x the file's size" "$kb KB for a $size_kb KB file"; fi
	# ten times the records, at most fifteen times the memory above the base
	if [ $((kb - base_kb)) -le $((15 * (k100_kb - base_kb))) ]; then
		ok "memory grows linearly: 10x the records, $(((kb - base_kb) / (k100_kb - base_kb)))x the memory"
	else not_ok "memory grows linearly" "100,000 records: $k100_kb KB; 1,000,000: $kb KB; base $base_kb KB"; fi
fi
rm -f "$tmp/million.rec" "$tmp/100k.rec"

# Many entries for one code, each with its own name (a file that lists one
# code's every spelling, or a generated one): 150,000 records is 5.6 MB,
# well within every limit; a linear load takes a fraction of a second.
awk 'BEGIN { for (i = 0; i < 150000; i++) printf "Code: 299\nName: n%d\nText: t%d\n\n", i, i }' >"$tmp/one-code.rec"
start=$(t0)
timeout -k 2 10 $H --data "$tmp/one-code.rec" --list 299 >"$tmp/out" 2>"$tmp/err"
st=$?
secs=$(secs_since "$start")
echo "# 150,000 records of one code: status $st in $secs s"
if [ "$st" -eq 0 ] && grep -q '^299 ' "$tmp/out"; then ok "150,000 records of one code load in under 10 s ($secs s)"
else not_ok "150,000 records of one code load in under 10 s" \
	"status $st after $secs s (124: killed by the timeout); 40,000 such records take seconds: the load is quadratic in the entries of one code"; fi
rm -f "$tmp/one-code.rec"

################################################ the browser, in tmux
# The pane's title is set to "baseline" before the program starts (it waits
# for a go signal), and must still be that after it drew the hostile
# entries: the bidi file's, and a source whose title is a file name holding
# an OSC that would set the title to "pwned".
if ! command -v tmux >/dev/null 2>&1; then
	ok "browser: tmux tests # SKIP tmux is not installed"
	finish
	exit
fi
T=$tmp/t
mkdir -p "$T"
unset XDG_CONFIG_HOME
. tests/tmux.sh
conf=$T/conf
tmux_conf "$conf"
sock=
limit=5
trap '[ -n "$sock" ] && tmux -S "$sock" kill-server 2>/dev/null; rm -rf "$tmp"' EXIT
title() { flag pane_title; }
title_is() { [ "$(title)" = "$1" ]; }
# tstart NAME CMD...: CMD in a fresh server's 100x30 pane, once the title is set.
tstart() {
	[ -n "$sock" ] && tmux -S "$sock" kill-server 2>/dev/null
	sock=$T/sock.$1; shift
	tm new-session -d -x 100 -y 30 -c "$PWD" sh -c 'tmux -S "$0" wait-for go; exec "$@"' "$sock" "$@"
	tm select-pane -T baseline
	tm wait-for -S go
}

# The control: an OSC from the pane does change the title, so the check sees it.
tstart 0 sh -c 'printf "\033]0;pwned\007"; exec sleep 30'
if poll title_is pwned; then ok "browser: control: an OSC reaching the pane changes #{pane_title}"
else not_ok "browser: control: an OSC reaching the pane changes #{pane_title}" "title '$(title)'"; fi

xdg=$tmp/xdg
mkdir -p "$xdg/httpcodes"
cp "$tmp/bidi.rec" "$xdg/httpcodes/"
printf 'Source: evil\n\nCode: 299\nName: Named\nText: Fine text.\n' >"$xdg/httpcodes/$(printf 'evil\033]0;pwned\007name').rec"
tstart 1 env LC_ALL=C.UTF-8 HOME="$HOME" XDG_DATA_HOME="$xdg" NO_COLOR=1 $H
if poll has "? help"; then ok "browser: starts with the hostile files in the data directory"
else not_ok "browser: starts with the hostile files in the data directory" "$(printf '%s\n' "$screen" | head -5)"; fi
tm send-keys 2 9 9
shows_entry() { has "EvilNamexyz" && has "isolated"; }
if poll shows_entry; then ok "browser: 2 9 9 shows the bidi entry, format characters dropped"
else not_ok "browser: 2 9 9 shows the bidi entry" "$(printf '%s\n' "$screen" | sed 's/^/|/' | head -30)"; fi
printf '%s\n' "$screen" >"$tmp/screen"
b=$(bad_bytes "$tmp/screen")
[ -z "$b" ] && ok "browser: the screen holds no format or control character" ||
	not_ok "browser: the screen holds no format or control character" "has:$b"
tm send-keys S G
if poll has "pwned"; then ok "browser: S G shows the source named after the hostile file"
else not_ok "browser: S G shows the source named after the hostile file" "$(printf '%s\n' "$screen" | tail -10)"; fi
printf '%s\n' "$screen" >"$tmp/screen"
b=$(bad_bytes "$tmp/screen")
[ -z "$b" ] && ok "browser: the sources screen holds no control character" ||
	not_ok "browser: the sources screen holds no control character" "has:$b"
sleep 0.2
if title_is baseline; then ok "browser: #{pane_title} is unchanged after drawing them"
else not_ok "browser: #{pane_title} is unchanged after drawing them" "title '$(title)'"; fi
tm send-keys Escape q
dead() { [ "$(tm display -p '#{pane_dead}')" = 1 ]; }
if poll dead && title_is baseline; then ok "browser: q quits, the title still unchanged"
else not_ok "browser: q quits, the title still unchanged" "title '$(title)'"; fi

# Where tmux puts the cursor after each line of the emoji file's outputs
# (asked with DSR, which tmux answers once it has drawn what came before):
# every line must end in tmux where wcwidth (xterm, ncurses) says.
cat >"$T/dsr.sh" <<'EOF'
exec 3<"$1"
stty raw -echo
while IFS= read -r l <&3; do
	printf '\033[H\033[2K%s\033[6n' "$l"
	r=
	while c=$(dd bs=1 count=1 2>/dev/null) && [ -n "$c" ] && [ "$c" != R ]; do r=$r$c; done
	echo $((${r##*;} - 1)) >>"$2.part"
done
stty sane
mv "$2.part" "$2"
exec sleep 30
EOF
{ $H --data "$tmp/emoji.rec" --width 61 299; $H --data "$tmp/emoji.rec" --width 80 --compare 299
  $H --data "$tmp/emoji.rec" --width 40 --compare 299; } >"$T/lines"
while IFS= read -r l; do printf '%s\n' "$l" | wc -L; done <"$T/lines" >"$T/want"
tstart 2 sh "$T/dsr.sh" "$T/lines" "$T/cols"
done_dsr() { [ -f "$T/cols" ]; }
if poll done_dsr && cmp -s "$T/want" "$T/cols"; then
	ok "emoji: in tmux, each of $(wc -l <"$T/lines") lines of 299 and --compare 299 is as wide as wc -L says"
else not_ok "emoji: in tmux, each line of 299 and --compare 299 is as wide as wc -L says" \
	"line: wc -L, tmux: $(paste -d, "$T/want" "$T/cols" 2>/dev/null | awk -F, '$1 != $2 { printf "%d: %s %s; ", NR, $1, $2 }' | head -c 300)"; fi
tmux -S "$sock" kill-server 2>/dev/null
sock=

finish
