#!/bin/sh
# make check's short fuzzing pass: each target for FUZZ_SECONDS (default
# 12 s, about a minute in all). make fuzz runs them for longer.
. tests/lib.sh
for t in recfile query wrap diff; do
	if out=$(FUZZ_SECONDS=${FUZZ_SECONDS:-12} tests/fuzz.sh "$t" 2>&1); then
		ok "$out"
	else
		not_ok "fuzz $t found a crash" "$(printf '%s' "$out" | tail -15)"
	fi
done
finish
