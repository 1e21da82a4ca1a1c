# Sourced by the guest scripts: the checks besides the end-to-end verdicts (e2e.sh).

# The real-sandbox unit tests; JUDGE_SANDBOX_MUST_WORK turns their "no sandbox here" SKIP into a
# failure. MODE names the run in the log.
#
# Under emulation (TCG) three tests are left out: they hold CPU time to 5% of a 500 ms burner, a
# 100 ms burner under a 200 ms limit, and `sh -c "sleep 100"` under a 100 ms CPU limit. In the
# guest every process start costs 10-40x and the guest's CPU clock keeps running while the host
# deschedules a vCPU, so those margins only hold on real hardware (run with JUDGE_VM_ACCEL=kvm
# there); the end-to-end TLE runs check time limits with margins that fit emulation.
VM_UNIT_TESTS='[sandbox],[cgroup]'
VM_UNIT_TESTS_TCG='[sandbox]~[measure]~the wall limit ends a sleeping program,[cgroup],'
VM_UNIT_TESTS_TCG+='peak memory of a program touching 100 MiB is measured within 5%'
unit_sandbox_checks() {
  local mode=$1 log=$VM_WORK/unit_sandbox-$1.log status spec=$VM_UNIT_TESTS left_out=""
  local emulated=0
  if [ "${VM_ACCEL:-tcg}" = tcg ]; then
    spec=$VM_UNIT_TESTS_TCG left_out=" but those 3" emulated=1
    echo "NOTE  under TCG emulation, not run: \"CPU time of a busy program is measured within 5%\"," \
      "\"a program at half the time limit never exceeds it, at twice, always\"," \
      "\"the wall limit ends a sleeping program\" (CPU-time margins for real hardware)"
  fi
  # The real-kernel cgroup tests ([real]) need root by design: under JUDGE_SANDBOX_MUST_WORK they
  # fail when not root, so the rootless pass leaves them to the root pass.
  if [ "$mode" = rootless ]; then
    spec=${spec//\[cgroup\]/[cgroup]~[real]}
  fi
  (cd "$VM_WORK" && JUDGE_SANDBOX_MUST_WORK=1 JUDGE_TEST_EMULATED=$emulated \
    "${VM_LAUNCH[@]}" "$UNIT_SANDBOX" "$spec" \
    --durations yes) >"$log" 2>&1
  status=$?
  indent <"$log"
  check "$mode unit_sandbox $VM_UNIT_TESTS$left_out: all passed (exit status $status)" \
    [ "$status" = 0 ]
}

# `judge doctor` must report cgroup v2; once it lists delegated controllers, they must include
# cpu, memory and pids.
doctor_checks() {
  local mode=$1 out status line controller
  out=$("${VM_LAUNCH[@]}" "$JUDGE" doctor 2>&1)
  status=$?
  indent <<<"$out"
  check "$mode doctor: exit status 0 (got $status)" [ "$status" = 0 ]
  check "$mode doctor: reports cgroup v2" grep -qiE 'cgroup[- ]?v2' <<<"$out"
  line=$(grep -iE 'controller|delegat' <<<"$out" | grep -viE 'not|missing' | head -1)
  if [ -n "$line" ]; then
    for controller in cpu memory pids; do
      check "$mode doctor: $controller delegated" grep -qw "$controller" <<<"$line"
    done
  else
    echo "NOTE  $mode doctor: no line lists cgroup controllers; only the backend was checked"
  fi
}

# A judge alone in a child cgroup (a service, or a systemd-run scope) may not enable controllers
# there while it is inside ("no internal processes"): it moves itself into judge-<pid>-self.
alone_in_cgroup_check() {
  local service=$VM_CGROUP_ROOT/vm-service
  mkdir "$service"
  VM_LAUNCH=(run_in_cgroup "$service") VM_RUN_CGROUP_PARENT=$service
  judge_run "root alone in a child cgroup" AC "$PROBLEMS/hello/submissions/accepted/hello.py" \
    "$PROBLEMS/hello" --tests 'sample/*' "${GENEROUS[@]}"
  VM_LAUNCH=() VM_RUN_CGROUP_PARENT=$VM_CGROUP_ROOT
  check "alone: the judge moved itself into a judge-<pid>-self leaf" \
    [ -n "$(find "$service" -maxdepth 1 -name 'judge-*-self')" ]
  check "alone: vm-service enables cpu, memory and pids for the run cgroups" \
    has_words "$(cat "$service/cgroup.subtree_control")" cpu memory pids
  remove_cgroup_tree "$service"
}

# A judge that shares its cgroup with another process cannot give its runs cgroups of their own;
# with --require-cgroup it must refuse (exit 2) and say how to fix it, and leave nothing behind.
shared_cgroup_check() {
  local shared=$VM_CGROUP_ROOT/vm-shared out=$VM_WORK/shared.out err=$VM_WORK/shared.err
  mkdir "$shared"
  sleep 600 &
  local sleeper=$! status
  echo "$sleeper" >"$shared/cgroup.procs"
  run_in_cgroup "$shared" "$JUDGE" run "$PROBLEMS/hello/submissions/accepted/hello.py" \
    "$PROBLEMS/hello" --tests 'sample/*' --json --require-cgroup >"$out" 2>"$err"
  status=$?
  kill "$sleeper"
  wait "$sleeper" 2>/dev/null
  sed 's/^/      stderr: /' "$err" | head -5
  check "shared: --require-cgroup refuses with exit status 2 (got $status)" [ "$status" = 2 ]
  check "shared: the message says how to delegate a cgroup" grep -q 'Delegate=yes' "$err"
  check "shared: the judge left no cgroup in vm-shared" \
    [ -z "$(find "$shared" -mindepth 1 -type d)" ]
  remove_cgroup_tree "$shared"
}

# A judge killed with SIGKILL cannot remove its run cgroup; the next judge must (and kill what
# is still inside with cgroup.kill).
stale_cleanup_check() {
  local spin=$PROBLEMS/hello/submissions/time_limit_exceeded/spin.c victim leftover=""
  # spin.c is in the compile cache since e2e_time_limit, so the first run cgroup is the program's.
  "$JUDGE" run "$spin" "$PROBLEMS/hello" --tests 'sample/*' --time-limit 120s \
    --wall-time-limit 300s --json --require-cgroup >/dev/null 2>&1 &
  victim=$!
  for _ in $(seq 600); do
    leftover=$(find "$VM_CGROUP_ROOT" -maxdepth 1 -name "judge-$victim-[0-9]*" | head -1)
    [ -n "$leftover" ] && has_processes "$leftover" && break
    sleep 0.1
  done
  sleep 1
  kill -KILL "$victim"
  wait "$victim" 2>/dev/null  # a zombie still counts as alive
  check "stale: the SIGKILLed judge $victim left its run cgroup ${leftover:-(none seen)}" \
    test -d "${leftover:-/nonexistent}"
  [ -n "$leftover" ] && echo "      $leftover holds $(wc -l <"$leftover/cgroup.procs") processes"
  judge_run "root after a SIGKILLed judge" AC "$PROBLEMS/hello/submissions/accepted/hello.py" \
    "$PROBLEMS/hello" --tests 'sample/*' "${GENEROUS[@]}"
  check "stale: the next judge removed ${leftover:-the leftover}" \
    not test -d "${leftover:-$VM_CGROUP_ROOT}"
}

# The rootless part, set up as systemd sets up a Delegate=yes unit: root creates a cgroup, gives
# the user its directory and its cgroup.procs, cgroup.subtree_control and cgroup.threads, and
# starts the user's process in it; rootless.sh goes on from there as the user.
rootless_checks() {
  local user=judge-vm-user delegated=$VM_CGROUP_ROOT/user-delegated status
  if ! useradd --create-home --shell /bin/bash "$user"; then
    fail "rootless: useradd $user"
    return
  fi
  mkdir "$delegated"
  chown "$user:" "$delegated" "$delegated"/cgroup.{procs,subtree_control,threads}
  echo "rootless: $user (uid $(id -u "$user")) owns $delegated"
  run_in_cgroup "$delegated" setpriv --reuid="$user" --regid="$user" --init-groups \
    --inh-caps=-all env -i HOME="/home/$user" USER="$user" PATH="$PATH" LANG=C.UTF-8 \
    TMPDIR=/tmp VM_ACCEL="${VM_ACCEL:-}" bash "$VM_GUEST/rootless.sh" "$BUILD_DIR" "$delegated"
  status=$?
  check "rootless: every rootless check passed (exit status $status)" [ "$status" = 0 ]
  check "rootless: no judge-* cgroup is left anywhere" \
    [ -z "$(find "$VM_CGROUP_ROOT" -name 'judge-*')" ]
}
