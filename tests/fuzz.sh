#!/bin/sh
# Run each fuzz target (build/fuzz/fuzz_<target>) for FUZZ_SECONDS, from its
# seeds in tests/corpus/<target> and what earlier runs found in
# build/fuzz/corpus-<target>. Prints each target's executions; fails when a
# target finds a crash (the input is left in build/fuzz/). FUZZ_RUNS=N
# runs each for N executions instead (no time limit); FUZZ_MAX_LEN caps an
# input's size (default 65536; past a few KB the diff's inputs cost LCS
# time, not new paths).
#   FUZZ_SECONDS=300 tests/fuzz.sh recfile query wrap diff
#   FUZZ_RUNS=10000000 tests/fuzz.sh recfile
cd "$(dirname "$0")/.." || exit 2
secs=${FUZZ_SECONDS:-60}
if [ -n "${FUZZ_RUNS:-}" ]; then
	limit="-runs=$FUZZ_RUNS"
else
	limit="-max_total_time=$secs"
fi
status=0
for t in "$@"; do
	mkdir -p "build/fuzz/corpus-$t"
	log=build/fuzz/$t.log
	start=$(date +%s)
	build/fuzz/fuzz_$t "$limit" -max_len="${FUZZ_MAX_LEN:-65536}" -timeout=10 -rss_limit_mb=2048 \
		-artifact_prefix="build/fuzz/crash-$t-" -print_final_stats=1 \
		"build/fuzz/corpus-$t" "tests/corpus/$t" >"$log" 2>&1
	rc=$?
	took=$(($(date +%s) - start))
	execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log")
	if [ "$rc" -eq 0 ]; then
		echo "fuzz $t: ${execs:-?} executions in ${took}s, no crash"
	else
		echo "fuzz $t: FAILED (status $rc) after ${execs:-?} executions; see $log"
		tail -30 "$log"
		status=1
	fi
done
exit $status
