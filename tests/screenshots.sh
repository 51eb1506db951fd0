#!/bin/sh
# make screenshots: real captures of the browser in tmux, turned into PNGs:
# tmux capture-pane -e (the cells and their colors) -> aha (HTML) -> headless
# chromium (PNG). Writes screenshots/*.png.
set -eu
cd "$(dirname "$0")/.."
tmp=$(mktemp -d)
sock=$tmp/sock
trap 'tmux -S "$sock" kill-server 2>/dev/null || true; rm -rf "$tmp"' EXIT
conf=$tmp/conf
. tests/tmux.sh
tmux_conf "$conf"

# wait_for TEXT: poll the pane until TEXT shows (at most 5 s).
wait_for() {
	limit=5 poll has "$1" || { echo "screenshots: '$1' never showed" >&2; exit 1; }
}

# shot NAME COLS ROWS ENV MARKER KEYS...: start, type, wait, capture, render.
shot() {
	name=$1 cols=$2 rows=$3 env=$4 marker=$5
	shift 5
	tm new-session -d -x "$cols" -y "$rows" \
		"env $env ./httpcodes"
	wait_for "q quit"
	for k in "$@"; do tm send-keys "$k"; done
	wait_for "$marker"
	sleep 0.1  # let the last frame land after the marker
	# Cells drawn in the DEC line-drawing set come out between SO and SI:
	# show them as a terminal does.
	tm capture-pane -e -p | awk '
		BEGIN { so = sprintf("%c", 14); si = sprintf("%c", 15); esc = sprintf("%c", 27)
			dec["q"] = "─"; dec["x"] = "│"; dec["l"] = "┌"; dec["k"] = "┐"
			dec["m"] = "└"; dec["j"] = "┘"; dec["n"] = "┼" }
		{ out = ""; on = 0
		  for (i = 1; i <= length($0); i++) {
			c = substr($0, i, 1)
			if (c == so) { on = 1; continue }
			if (c == si) { on = 0; continue }
			if (c == esc) {         # an SGR sequence: copied as is
				j = i + 1
				while (j <= length($0) && substr($0, j, 1) !~ /[@-Z\\^_`a-z{|}~]/) j++
				if (substr($0, i + 1, 1) != "[") j = i + 1
				out = out substr($0, i, j - i + 1); i = j; continue
			}
			out = out ((on && c in dec) ? dec[c] : c)
		  }
		  print out }' >"$tmp/$name.ans"
	tm kill-server
	{
		printf '<!DOCTYPE html><html><head><meta charset="utf-8"><style>'
		printf 'body{margin:0;background:#101010}'
		printf 'pre{margin:12px;font:15px/18px "DejaVu Sans Mono","WenQuanYi Micro Hei Mono",monospace;color:#d8d8d8}'
		printf '</style></head><body><pre>'
		aha --black --no-header <"$tmp/$name.ans"
		printf '</pre></body></html>\n'
	} >"$tmp/$name.html"
	chromium --headless --no-sandbox --disable-gpu --disable-background-networking \
		--disable-component-update --disable-sync --no-first-run --hide-scrollbars \
		--user-data-dir="$tmp/chrome" \
		--window-size=$((cols * 9 + 24)),$((rows * 18 + 24)) \
		--screenshot="screenshots/$name.png" "file://$tmp/$name.html" >/dev/null 2>&1
	echo "screenshots/$name.png"
}

mkdir -p screenshots
shot browser-404 120 34 "LC_ALL=C.UTF-8" "Not Found" 4 0 4
shot conflict-451 120 34 "LC_ALL=C.UTF-8" "Redirect" 4 5 1 l j j j j j j j j j j j j j j j
shot compare-451 120 30 "LC_ALL=C.UTF-8" "q back" 4 5 1 c
shot compare-413 140 30 "LC_ALL=C.UTF-8" "3 of its" 4 1 3 c
shot tree-4xx 120 34 "LC_ALL=C.UTF-8" "Microsoft" h j j j j Enter j j j
shot search-timeout 120 34 "LC_ALL=C.UTF-8" "/timeout_" / t i m e o u t
shot filters 100 36 "LC_ALL=C.UTF-8" "presets" / t i m e o u t Enter f j j Space
shot help 100 40 "LC_ALL=C.UTF-8" "type a code" "?"
shot ascii-mono 80 24 "LC_ALL=C NO_COLOR=1" "Bad Request" 4 0 0
