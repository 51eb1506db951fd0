#!/bin/sh
# Install the Debian packages a make target needs, or say how to.
#   tests/deps.sh build|check|bench|screenshots|fuzz
# As root (or with password-less sudo) it runs apt-get itself; otherwise it
# prints the exact command and fails. On a system without dpkg it checks
# nothing and lets the build speak for itself.
set -eu

build="build-essential pkgconf libncurses-dev libunistring-dev"
case "${1:-build}" in
build) want="$build" ;;
check) want="$build libcmocka-dev tmux valgrind clang libclang-rt-14-dev" ;;
bench) want="$build libcmocka-dev hyperfine" ;;
screenshots) want="$build tmux aha chromium fonts-dejavu-core fonts-wqy-microhei" ;;
fuzz) want="$build libcmocka-dev clang libclang-rt-14-dev tmux" ;;
*) echo "deps.sh: unknown set '$1'" >&2; exit 2 ;;
esac

command -v dpkg-query >/dev/null 2>&1 || exit 0

missing=
for p in $want; do
	s=$(dpkg-query -W -f='${Status}' "$p" 2>/dev/null || true)
	case "$s" in *" installed") ;; *) missing="$missing $p" ;; esac
done
[ -z "$missing" ] && exit 0

cmd="apt-get install -y --no-install-recommends$missing"
if [ "$(id -u)" = 0 ]; then
	sudo=
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
	sudo="sudo "
else
	echo "httpcodes needs these Debian packages:$missing" >&2
	echo "install them with:" >&2
	echo "    sudo apt-get update && sudo $cmd" >&2
	exit 1
fi
echo "installing:$missing" >&2
export DEBIAN_FRONTEND=noninteractive
${sudo}apt-get update -qq >&2
${sudo}$cmd >&2
