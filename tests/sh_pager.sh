#!/bin/sh
# The one-shot outputs on a terminal: longer than the screen, through
# $PAGER (less -FRX without one); never in a pipe, nor with --no-pager,
# PAGER=cat or an empty PAGER; a pager that cannot start, that quits early
# or fails changes neither the output nor the exit status. The width on a
# terminal is the terminal's, whatever COLUMNS says. A pseudo-terminal of
# a chosen size comes from script(1) (util-linux); one test runs the real
# less in tmux and quits it.
. tests/lib.sh
H=${HTTPCODES:-./httpcodes}
unset LESS PAGER

if ! command -v script >/dev/null 2>&1; then
	not_ok "script(1) is installed" "apt-get install bsdutils"
	exit 1
fi

# A pager that records that it ran (its arguments, LESS) and what it read.
mkdir -p "$tmp/bin"
cat >"$tmp/bin/recorder" <<EOF
#!/bin/sh
echo "ran \$(basename "\$0") \$*" >>"$tmp/ran"
echo "LESS=\${LESS-unset}" >>"$tmp/ran"
exec /bin/cat >"$tmp/paged"
EOF
chmod +x "$tmp/bin/recorder"
# less and cat in PATH are recorders too: a pager that should not run
# would be seen running
cp "$tmp/bin/recorder" "$tmp/bin/less"
cp "$tmp/bin/recorder" "$tmp/bin/cat"
PAGER_PATH=$tmp/bin:$PATH

# quote ARG: ARG in single quotes, for a shell to read back.
quote() { printf "'%s' " "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"; }

# on_tty COLS ROWS CMD...: CMD on a terminal of that size; what it shows
# in $out (without carriage returns and colors), its status in $st, and
# $ran and $paged what a recorder pager saw. The variables for CMD go
# before it (env).
on_tty() {
	cols=$1 rows=$2; shift 2
	rm -f "$tmp/ran" "$tmp/paged"
	{
		echo "stty rows $rows cols $cols"
		printf 'exec '
		for a in "$@"; do quote "$a"; done
		echo
	} >"$tmp/tty.sh"
	script -qec "sh $tmp/tty.sh" /dev/null </dev/null >"$tmp/tty.out" 2>&1
	st=$?
	out=$(tr -d '\r' <"$tmp/tty.out" | sed 's/\x1b\[[0-9;]*m//g')
	ran=$(cat "$tmp/ran" 2>/dev/null)
	paged=$(cat "$tmp/paged" 2>/dev/null)
}

# --- longer than the screen: through $PAGER
on_tty 80 24 env PATH="$PAGER_PATH" PAGER=recorder "$H" 4xx
if [ "$st" -eq 0 ] && [ "$(printf '%s\n' "$ran" | head -1)" = "ran recorder " ] &&
   printf '%s\n' "$paged" | grep -q 'Not Found' && ! printf '%s\n' "$out" | grep -q 'Not Found'; then
	ok "4xx on an 80x24 terminal: through \$PAGER, exit 0"
else not_ok "4xx on an 80x24 terminal: through \$PAGER, exit 0" "status $st" "ran: $ran" "$(printf '%s' "$out" | head -3)"; fi
if printf '%s\n' "$paged" | grep -q "$(printf '\033')\\[1m404"; then ok "through the pager: the colors stay"
else not_ok "through the pager: the colors stay" "$(printf '%s' "$paged" | head -2 | od -c | head -3)"; fi
if [ "$(printf '%s\n' "$paged" | sed 's/\x1b\[[0-9;]*m//g' | wc -L)" -le 80 ] &&
   [ "$(printf '%s\n' "$paged" | sed 's/\x1b\[[0-9;]*m//g' | wc -L)" -gt 70 ]; then
	ok "through the pager: wrapped to the terminal's 80 columns"
else not_ok "through the pager: wrapped to the terminal's 80 columns"; fi
on_tty 80 24 env PATH="$PAGER_PATH" PAGER=recorder "$H" --json 404
printf '%s\n' "$paged" | grep -q '^{"code":404,' && ok "--json on a terminal: through \$PAGER" ||
	not_ok "--json on a terminal: through \$PAGER" "ran: $ran"
# without PAGER: less -FRX (the recorder named less), LESS left to it
on_tty 80 24 env -u PAGER PATH="$PAGER_PATH" "$H" 404
if [ "$ran" = "ran less -FRX
LESS=FRX" ] && printf '%s\n' "$paged" | grep -q 'Not Found'; then ok "no PAGER: less -FRX"
else not_ok "no PAGER: less -FRX" "status $st" "ran: $ran"; fi
# PAGER=less: LESS=FRX when unset (so that the colors stay), the user's when set
on_tty 80 24 env PATH="$PAGER_PATH" PAGER=less "$H" 404
on_tty_less=$ran
on_tty 80 24 env PATH="$PAGER_PATH" PAGER=less LESS=i "$H" 404
if [ "$on_tty_less" = "ran less 
LESS=FRX" ] && [ "$ran" = "ran less 
LESS=i" ]; then ok "PAGER=less: LESS=FRX unless set"
else not_ok "PAGER=less: LESS=FRX unless set" "$on_tty_less" "$ran"; fi
# a pager with arguments, through sh as git does
on_tty 80 24 env PATH="$PAGER_PATH" PAGER="recorder -x 'a b'" "$H" 404
[ "$(printf '%s\n' "$ran" | head -1)" = "ran recorder -x a b" ] && ok "PAGER with arguments, through sh" ||
	not_ok "PAGER with arguments, through sh" "$ran"

# --- what fits is printed as it is: as many rows as the screen less one
nl=$("$H" --list 4xx | wc -l)
on_tty 80 $((nl + 1)) env PATH="$PAGER_PATH" PAGER=recorder "$H" --list 4xx
if [ "$st" -eq 0 ] && [ -z "$ran" ] && printf '%s\n' "$out" | grep -q '^404 Not Found'; then
	ok "--list 4xx ($nl lines) on $((nl + 1)) rows: printed, no pager"
else not_ok "--list 4xx ($nl lines) on $((nl + 1)) rows: printed, no pager" "status $st" "ran: $ran"; fi
on_tty 80 "$nl" env PATH="$PAGER_PATH" PAGER=recorder "$H" --list 4xx
[ -n "$ran" ] && [ "$(printf '%s\n' "$paged" | wc -l)" -eq "$nl" ] && ok "--list 4xx ($nl lines) on $nl rows: paged, whole" ||
	not_ok "--list 4xx ($nl lines) on $nl rows: paged, whole" "ran: $ran"
# lines wider than the terminal take more rows: --width 200 on 40 columns
nl=$("$H" --width 200 404 | wc -l)
on_tty 40 $((nl + 2)) env PATH="$PAGER_PATH" PAGER=recorder "$H" --width 200 404
[ -n "$ran" ] && ok "--width 200 404 ($nl lines) on 40x$((nl + 2)): its wrapped lines do not fit, paged" ||
	not_ok "--width 200 404 ($nl lines) on 40x$((nl + 2)): its wrapped lines do not fit, paged" "$(printf '%s' "$out" | head -3)"

# --- no pager: --no-pager, PAGER=cat, an empty PAGER, a pipe
for how in "--no-pager|PAGER=recorder" "|PAGER=cat" "|PAGER=" "|PAGER= cat " "--no-pager|-u PAGER" \
	"|TERM=dumb"; do
	opt=${how%%|*} var=${how#*|}
	if [ "$var" = "-u PAGER" ]; then
		on_tty 80 24 env -u PAGER PATH="$PAGER_PATH" "$H" $opt 404
	else
		on_tty 80 24 env PATH="$PAGER_PATH" "$var" "$H" $opt 404
	fi
	if [ "$st" -eq 0 ] && [ -z "$ran" ] && printf '%s\n' "$out" | grep -q '^404 Not Found'; then
		ok "404 on a terminal with '$opt' '$var': printed, no pager"
	else not_ok "404 on a terminal with '$opt' '$var': printed, no pager" "status $st" "ran: $ran"; fi
done
rm -f "$tmp/ran"
env PATH="$PAGER_PATH" PAGER=recorder "$H" 4xx >"$tmp/pipe" 2>&1
if [ ! -f "$tmp/ran" ] && grep -q '^404 Not Found' "$tmp/pipe"; then ok "4xx in a pipe: no pager"
else not_ok "4xx in a pipe: no pager" "$(cat "$tmp/ran")"; fi

# --- a pager that cannot start, that quits early, that fails
on_tty 80 24 env PAGER=/nonexistent/pager "$H" 4xx
if [ "$st" -eq 0 ] && printf '%s\n' "$out" | grep -q '^404 Not Found' &&
   printf '%s\n' "$out" | grep -q '^451 '; then ok "a pager that cannot start: printed as it is, exit 0"
else not_ok "a pager that cannot start: printed as it is, exit 0" "status $st" "$(printf '%s' "$out" | head -3)"; fi
for quits in "true" "head -c 100 >/dev/null" "sh -c 'exec 0<&-; sleep 0.2'"; do
	on_tty 80 24 env PAGER="$quits" "$H" --json
	if [ "$st" -eq 0 ] && [ -z "$out" ]; then ok "a pager that quits early ($quits): quiet, exit 0"
	else not_ok "a pager that quits early ($quits): quiet, exit 0" "status $st" "$(printf '%s' "$out" | head -3)"; fi
done
on_tty 80 24 env PAGER="cat >/dev/null; exit 3" "$H" 4xx
[ "$st" -eq 0 ] && ok "a pager that fails (exit 3): exit 0, the program's" || not_ok "a pager that fails (exit 3): exit 0" "status $st"
# exit 1 (nothing printed, only why) through a pager too
codes=$(seq 600 640)
on_tty 80 24 env PATH="$PAGER_PATH" PAGER=recorder "$H" $codes
if [ "$st" -eq 1 ] && [ -n "$ran" ] && printf '%s\n' "$paged" | grep -q '^6xx is not a class'; then
	ok "41 codes no source defines: paged, exit 1"
else not_ok "41 codes no source defines: paged, exit 1" "status $st" "ran: $ran"; fi
on_tty 80 24 env PAGER=true "$H" $codes
[ "$st" -eq 1 ] && ok "... and exit 1 when the pager quits at once" || not_ok "... and exit 1 when the pager quits at once" "status $st"
# stderr stays the terminal's, the suggestion too
on_tty 80 24 env PATH="$PAGER_PATH" PAGER=recorder "$H" -s timout
if [ "$st" -eq 1 ] && [ -z "$ran" ] && printf '%s\n' "$out" | grep -q 'did you mean: timeout?'; then
	ok "-s timout on a terminal: the suggestion on it, exit 1"
else not_ok "-s timout on a terminal: the suggestion on it, exit 1" "status $st" "$out"; fi

# --- the width: on a terminal, the terminal's, whatever COLUMNS says (in a
# pipe, COLUMNS: sh_cli.sh)
on_tty 100 200 env COLUMNS=60 "$H" --no-pager 404
if [ "$(printf '%s\n' "$out" | sed 's/\x1b\[[0-9;]*m//g' | wc -L)" -gt 80 ]; then ok "a terminal of 100 columns, COLUMNS=60: 100"
else not_ok "a terminal of 100 columns, COLUMNS=60: 100" "$(printf '%s\n' "$out" | wc -L)"; fi

# --- the real less, in tmux: it shows the top, q quits, the status is 0
if command -v tmux >/dev/null 2>&1 && command -v less >/dev/null 2>&1; then
	. tests/tmux.sh
	sock=$tmp/sock conf=$tmp/conf
	tmux_conf "$conf"
	tmux_wrapper "$tmp/wrap"
	tm new-session -d -x 80 -y 24 -c "$PWD" sh "$tmp/wrap" "$tmp" "$sock" env -u PAGER -u LESS "$H" 4xx
	if poll has "4xx Client Error" && poll eval 'status_bar | grep -q "^:"'; then ok "less: the top of 4xx and its prompt"
	else not_ok "less: the top of 4xx and its prompt" "$screen"; fi
	tm send-keys C-c   # less's, not ours
	tm send-keys G
	poll has "(END)" || true
	tm send-keys q
	if poll has "wrapper: status 0"; then ok "less: Ctrl-C, G, q: exit status 0"
	else not_ok "less: Ctrl-C, G, q: exit status 0" "$screen"; fi
	tmux -S "$sock" kill-server 2>/dev/null
else
	not_ok "tmux and less are installed" "apt-get install tmux less"
fi

finish
