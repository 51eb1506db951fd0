#!/bin/sh
# make bench: timings, printed; nothing here fails on a time.
cd "$(dirname "$0")/.." || exit 2
H=./httpcodes
tmp=$(mktemp -d) || exit 2
trap 'rm -rf "$tmp"' EXIT
export LC_ALL=C.UTF-8

# The floor: grep finding one line in a small file, as a process that reads
# data and prints has to do at least that much.
mkdir -p build && { echo "404 Not Found"; i=0; while [ $i -lt 60 ]; do echo "$((i + 100)) filler $i"; i=$((i + 1)); done; } >build/small.txt

echo "== one-shot lookups (hyperfine, medians of 500 runs, output to /dev/null)"
hyperfine -N --warmup 50 --runs 500 --export-csv "$tmp/h.csv" \
	"$H 404" "$H -s timeout" "$H --json" "grep -m1 ^404 build/small.txt" >/dev/null 2>&1 ||
	echo "hyperfine failed"
awk -F, 'NR > 1 { printf "  %-36s median %6.3f ms  (mean %6.3f ms, min %6.3f ms)\n", $1, $4 * 1000, $2 * 1000, $7 * 1000 }' "$tmp/h.csv"
echo "  goal: 'httpcodes 404' faster than the grep above"
echo
echo "== data"
build/bench_load data/sources.rec $(ls data/*.rec | grep -v sources.rec)
echo
echo "== browser"
build/bench_ui ./httpcodes
echo
echo "== search (goals: under 50 us a keystroke on the embedded table, under 10 ms at 100k entries)"
[ -f build/big10k.rec ] || awk -v n=10000 -f tests/gen_big.awk >build/big10k.rec
[ -f build/big100k.rec ] || awk -v n=100000 -f tests/gen_big.awk >build/big100k.rec
build/bench_search build/big10k.rec build/big100k.rec
hyperfine -N --warmup 2 --runs 10 --export-csv "$tmp/s.csv" \
	"$H --data build/big100k.rec -s legal teapot" >/dev/null 2>&1 || echo "hyperfine failed"
awk -F, 'NR > 1 { printf "  %-50s median %6.1f ms (goal: under 500 ms)\n", $1, $4 * 1000 }' "$tmp/s.csv"
