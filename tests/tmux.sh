# What the tests that drive the program in tmux share (sourced): a private
# tmux configuration, the commands, capturing the screen and polling it.
# The caller sets $sock (the server's socket) and $conf (tmux_conf writes
# one); $target (optional) names the pane to look at.

# tmux_conf FILE: no status line, panes stay when their program ends, no
# Esc delay, the terminal type the program must see.
tmux_conf() {
	cat >"$1" <<'CONF'
set -g status off
set -g remain-on-exit on
set -sg escape-time 0
set -g history-limit 1000
set -g default-terminal tmux-256color
CONF
}

# tmux_wrapper FILE: writes the script a pane runs, `sh FILE DIR SOCKET
# CMD...`. It ignores Ctrl-C itself (a trap, so CMD gets the default
# disposition), keeps CMD's pid, its exit status, the pane's TERM and `stty
# -a` before and after in DIR, shows the status on the terminal, signals
# "done", then stays alive so that the pane's last screen can still be read.
tmux_wrapper() {
	cat >"$1" <<'EOF'
d=$1 sock=$2; shift 2
trap : INT
echo "$TERM" >"$d/term"
stty -a >"$d/before"
sh -c 'echo $$ >"$0"; exec "$@"' "$d/pid" "$@"
echo $? >"$d/status"
stty -a >"$d/after"
echo "wrapper: status $(cat "$d/status")"
tmux -S "$sock" wait-for -S done
exec sleep 600
EOF
}

tm() { tmux -S "$sock" -f "$conf" "$@" </dev/null; }
cap() { screen=$(tm capture-pane -p ${target:+-t "$target"} "$@" 2>/dev/null); }
flag() { tm display -p ${target:+-t "$target"} "#{$1}" 2>/dev/null; }

# poll PRED [ARGS...]: runs PRED (with $screen freshly captured) every
# 10 ms until it succeeds, at most $limit seconds (3 unless set).
poll() {
	_i=0
	_max=$(( ${limit:-3} * 100 ))
	while [ "$_i" -lt "$_max" ]; do
		cap
		"$@" && return 0
		sleep 0.01
		_i=$((_i + 1))
	done
	return 1
}
has() { case $screen in *"$1"*) return 0 ;; esac; return 1; }
lacks() { ! has "$1"; }
line() { printf '%s\n' "$screen" | sed -n "${1}p"; }
status_bar() { printf '%s\n' "$screen" | tail -n 1; }
