# Sourced by the guest scripts: counted checks, and judge runs checked for the cgroup v2 backend.
#
# Every check prints one line, "ok    what" or "FAIL  what", so the CI log reads as a checklist;
# a script's exit status is the number of failed checks (capped), see finish().

VM_CHECKS=0
VM_FAILURES=0
VM_CGROUP_ROOT=/sys/fs/cgroup

section() { printf '\n=== %s\n' "$*"; }
indent() { sed 's/^/      /'; }
# write_to FILE TEXT (for check, which runs its arguments as a command).
write_to() { echo "$2" >"$1"; }
pass() { VM_CHECKS=$((VM_CHECKS + 1)); echo "ok    $*"; }
fail() { VM_CHECKS=$((VM_CHECKS + 1)); VM_FAILURES=$((VM_FAILURES + 1)); echo "FAIL  $*"; }
# check WHAT COMMAND...: passes when COMMAND succeeds.
check() {
  local what=$1
  shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}
# Prints a summary line and exits with a status that says whether anything failed.
finish() {
  echo "--- $1: $((VM_CHECKS - VM_FAILURES)) of $VM_CHECKS checks passed"
  [ "$VM_FAILURES" -eq 0 ]
  exit $?
}

# Run cgroups ("judge-<pid>-<n>") below DIR; a judge removes its own before it exits, and the
# "judge-<pid>-self" leaf it may move itself into must be empty once it is gone.
leftover_run_cgroups() {
  find "$1" -mindepth 1 -type d -name 'judge-*' ! -name 'judge-*-self' 2>/dev/null
}
occupied_self_cgroups() {
  local leaf
  find "$1" -mindepth 1 -type d -name 'judge-*-self' 2>/dev/null | while read -r leaf; do
    has_processes "$leaf" && echo "$leaf"
  done
}
# Files in cgroupfs report size 0, so "is it empty" means reading it.
has_processes() {
  [ -n "$(cat "$1/cgroup.procs" 2>/dev/null)" ]
}
check_no_leftover_cgroups() {
  local where=$1 label=$2 left
  left=$(leftover_run_cgroups "$where"; occupied_self_cgroups "$where")
  if [ -z "$left" ]; then
    pass "$label: no run cgroup is left under $where"
  else
    fail "$label: cgroups left behind: $(echo "$left" | tr '\n' ' ')"
  fi
}

# A command prefix that judge_run puts before the judge; the rootless part sets it to start each
# judge in a fresh delegated leaf (as `systemd-run --user --scope -p Delegate=yes` would).
VM_LAUNCH=()
# Where judge_run looks for leftover run cgroups.
VM_RUN_CGROUP_PARENT=$VM_CGROUP_ROOT

# judge_run LABEL EXPECTED SOLUTION PROBLEM [judge run options...]
#
# Runs `judge run SOLUTION PROBLEM --json --require-cgroup OPTIONS` and checks that it ran under
# the cgroup-v2 backend (a fallback to v1 or rlimits fails), that every test it ran got the
# verdict EXPECTED with the matching exit status, and that no run cgroup is left. Prints each
# test's verdict, measured CPU time and peak memory. The JSON stays in $VM_LAST_JSON.
judge_run() {
  local label=$1 expected=$2 solution=$3 problem=$4
  shift 4
  local out=$VM_WORK/$label.json err=$VM_WORK/$label.stderr status started elapsed
  echo "--- $label: judge run ${solution#"$JUDGE_SOURCE/"} ${problem#"$JUDGE_SOURCE/"} $*"
  started=$(date +%s%N)
  "${VM_LAUNCH[@]}" "$JUDGE" run "$solution" "$problem" --json --require-cgroup "$@" \
    >"$out" 2>"$err"
  status=$?
  elapsed=$((($(date +%s%N) - started) / 1000000))
  VM_LAST_JSON=$out
  if ! jq -e . "$out" >/dev/null 2>&1; then
    fail "$label: judge exited $status without a JSON document ($elapsed ms wall); stderr:"
    head -20 "$err" | indent
    return
  fi
  jq -r '.tests[] | "      \(.name)  \(.verdict)  cpu_ms=\(.cpu_ms)  wall_ms=\(.wall_ms)" +
         "  memory_bytes=\(.memory_bytes)  \(.message // "")"' "$out"
  echo "      (judge: exit $status, $elapsed ms wall in the VM; compile:" \
    "$(jq -r '"\(.compile.status) \(.compile.time_ms) ms"' "$out"))"

  local backend
  backend=$(jq -r '.sandbox.backend' "$out")
  check "$label: sandbox.backend is cgroup-v2 (got $backend)" [ "$backend" = cgroup-v2 ]
  local verdicts
  verdicts=$(jq -r '[.tests[].verdict] | unique | join(",")' "$out")
  check "$label: every test is $expected (got ${verdicts:-no tests})" [ "$verdicts" = "$expected" ]
  local expected_status=1
  [ "$expected" = AC ] && expected_status=0
  check "$label: exit status $expected_status (got $status)" [ "$status" = "$expected_status" ]
  [ "$status" -le 1 ] || sed 's/^/      stderr: /' "$err" | head -20
  check_no_leftover_cgroups "$VM_RUN_CGROUP_PARENT" "$label"
}

# jq_check LABEL FILTER: passes when the jq FILTER is true of the last judge run's JSON.
jq_check() {
  if jq -e "$2" "$VM_LAST_JSON" >/dev/null 2>&1; then pass "$1"; else fail "$1"; fi
}

# The number of processes named NAME (comm) anywhere in the guest.
count_processes() {
  pgrep -x "$1" | wc -l
}

# not COMMAND...: succeeds when COMMAND fails (for check, which runs its arguments as a command).
not() { ! "$@"; }
# has_words TEXT WORD...: every WORD is a word of TEXT.
has_words() {
  local text=" ${1//[[:space:]]/ } " word
  shift
  for word in "$@"; do
    case $text in *" $word "*) ;; *) return 1 ;; esac
  done
}

# run_in_cgroup DIR COMMAND...: runs COMMAND as a process of cgroup DIR.
run_in_cgroup() {
  local dir=$1
  shift
  (echo "$BASHPID" >"$dir/cgroup.procs" && exec "$@")
}
# Removes a cgroup and its (empty) descendants; a cgroup with processes stays and is reported.
remove_cgroup_tree() {
  find "$1" -depth -type d -exec rmdir {} + 2>/dev/null
  [ ! -d "$1" ] || fail "cannot remove $1 (still holding processes: $(cat "$1/cgroup.procs"))"
}
