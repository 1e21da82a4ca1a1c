#!/bin/bash
# The rootless part of the VM suite, run by suite.sh as an ordinary user (no capabilities) whose
# process starts in DELEGATED, a cgroup the user owns (as in a systemd Delegate=yes unit).
#
# Like systemd --user, the user first moves itself into a leaf of DELEGATED and enables the
# controllers for DELEGATED's children; then every judge (and unit_sandbox) starts in a fresh
# leaf of its own, as `systemd-run --user --scope -p Delegate=yes judge ...` would start it.
#
# usage: rootless.sh BUILD_DIR DELEGATED; exit status 0 when every check passed.
set -u
BUILD_DIR=$1
VM_DELEGATED=$2
VM_GUEST=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
JUDGE_SOURCE=$(cd "$VM_GUEST/../../.." && pwd)
JUDGE=$BUILD_DIR/judge
UNIT_SANDBOX=$BUILD_DIR/tests/unit_sandbox
VM_WORK=$(mktemp -d /tmp/vm-rootless.XXXXXX)
# shellcheck source=lib.sh
. "$VM_GUEST/lib.sh"
# shellcheck source=e2e.sh
. "$VM_GUEST/e2e.sh"
# shellcheck source=checks.sh
. "$VM_GUEST/checks.sh"

VM_SCOPES=0
# in_new_scope COMMAND...: runs COMMAND alone in a new leaf of the delegated subtree, then
# removes the leaf (with the empty judge-<pid>-self leaf a judge leaves in it).
# shellcheck disable=SC2317  # called through VM_LAUNCH
in_new_scope() {
  VM_SCOPES=$((VM_SCOPES + 1))
  local scope=$VM_DELEGATED/run-$VM_SCOPES status
  mkdir "$scope" || return 125
  run_in_cgroup "$scope" "$@"
  status=$?
  find "$scope" -depth -type d -exec rmdir {} + 2>/dev/null
  return "$status"
}

check "runs as an ordinary user (uid $(id -u))" not [ "$(id -u)" = 0 ]
check "has no capabilities" grep -q '^CapEff:[[:space:]]*0*$' /proc/self/status
check "starts in the delegated cgroup" \
  grep -qx "0::${VM_DELEGATED#"$VM_CGROUP_ROOT"}" /proc/self/cgroup
mkdir "$VM_DELEGATED/shell"
check "moves itself into the leaf $VM_DELEGATED/shell" \
  write_to "$VM_DELEGATED/shell/cgroup.procs" $$
check "enables cpu, memory and pids for the delegated subtree's children" \
  write_to "$VM_DELEGATED/cgroup.subtree_control" "+cpu +memory +pids"
VM_LAUNCH=(in_new_scope)
VM_RUN_CGROUP_PARENT=$VM_DELEGATED

section "rootless: unit_sandbox [sandbox] and [cgroup] tests"
unit_sandbox_checks rootless

section "rootless: judge doctor"
doctor_checks rootless

section "rootless: end-to-end judge runs (each in a fresh delegated leaf)"
run_e2e_suite rootless

section "rootless: nothing left behind"
check "only the shell's leaf is left in $VM_DELEGATED" \
  [ "$(find "$VM_DELEGATED" -mindepth 1 -type d)" = "$VM_DELEGATED/shell" ]
finish "rootless"
