# Sourced by the guest scripts: end-to-end judge runs, each checked for the cgroup-v2 backend.
#
# Limits fit emulation: programs run 4-40x slower under TCG, so accepted runs get a generous time
# limit and TLE is only asserted for an endless loop. Memory, process and output limits and the
# cleanup after a run are checked exactly: they do not depend on speed.

PROBLEMS=$JUDGE_SOURCE/problems
PROGRAMS=$JUDGE_SOURCE/tests/vm/programs
GENEROUS=(--time-limit 20s)

e2e_accepted() {
  judge_run "$1 AC python 3 tests" AC "$PROBLEMS/hello/submissions/accepted/hello.py" \
    "$PROBLEMS/hello" "${GENEROUS[@]}"
  judge_run "$1 AC python 8 tests" AC "$PROBLEMS/aplusb/submissions/accepted/aplusb.py" \
    "$PROBLEMS/aplusb" "${GENEROUS[@]}"
  jq_check "$1 AC: peak memory of every test measured (> 1 MiB)" \
    '[.tests[].memory_bytes > 1048576] | all'
}

e2e_time_limit() {
  judge_run "$1 TLE endless loop" TLE "$PROBLEMS/hello/submissions/time_limit_exceeded/spin.c" \
    "$PROBLEMS/hello" --tests 'sample/*' --time-limit 1s
  jq_check "$1 TLE: the loop used at least the 1000 ms it was allowed" \
    '.tests[0].cpu_ms >= 1000'
}

e2e_memory_limit() {
  judge_run "$1 MLE 64 MiB" MLE "$PROGRAMS/mle.c" "$PROBLEMS/hello" \
    --tests 'sample/*' --memory-limit 64m "${GENEROUS[@]}"
  # The cgroup's memory.max is the limit and memory.peak is exact: the peak ends at the limit.
  jq_check "$1 MLE: limits.memory_bytes is 64 MiB" '.limits.memory_bytes == 67108864'
  jq_check "$1 MLE: peak memory within 5% below the limit, never above" \
    '.tests[0].memory_bytes >= 0.95 * .limits.memory_bytes and
     .tests[0].memory_bytes <= .limits.memory_bytes'
}

e2e_output_limit() {
  judge_run "$1 OLE 1 MiB" OLE "$PROGRAMS/ole.c" "$PROBLEMS/hello" \
    --tests 'sample/*' --output-limit 1m "${GENEROUS[@]}"
}

e2e_runtime_error() {
  judge_run "$1 RE exit 3" RE "$PROBLEMS/hello/submissions/run_time_error/exit3.c" \
    "$PROBLEMS/hello" --tests 'sample/*' "${GENEROUS[@]}"
  jq_check "$1 RE: message says exit code 3" '.tests[0].message | test("exit code 3")'
}

e2e_fork_bomb() {
  judge_run "$1 fork bomb" RE "$PROGRAMS/forkbomb.c" "$PROBLEMS/hello" \
    --tests 'sample/*' "${GENEROUS[@]}"
  # Exit 3 happens only when fork fails, and the message only names the process limit when the
  # cgroup's pids.events counted a refused fork.
  jq_check "$1 fork bomb: stopped by the process limit (pids.max)" \
    '.tests[0].message | test("exit code 3; process limit reached")'
}

e2e_orphan() {
  local before
  before=$(count_processes vm-orphan)
  judge_run "$1 orphan after main" AC "$PROGRAMS/orphan.c" "$PROBLEMS/hello" \
    --tests 'sample/*' "${GENEROUS[@]}"
  check "$1 orphan: no vm-orphan process survives the run (before: $before)" \
    [ "$(count_processes vm-orphan)" -eq 0 ]
}

# MODE names the runs in the log ("root", "rootless").
run_e2e_suite() {
  e2e_accepted "$1"
  e2e_time_limit "$1"
  e2e_memory_limit "$1"
  e2e_output_limit "$1"
  e2e_runtime_error "$1"
  e2e_fork_bomb "$1"
  e2e_orphan "$1"
}
