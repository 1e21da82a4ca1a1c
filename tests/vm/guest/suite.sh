#!/bin/bash
# The guest side of tests/vm/run-v2-tests.sh: runs as root in the VM's root cgroup, on a pure
# cgroup v2 hierarchy with cpu, memory and pids enabled at the root (initramfs/init).
#
#   1. the environment is what the tests claim it is (cgroup2 only, the files the backend uses)
#   2. as root: unit_sandbox's [sandbox] and [cgroup] tests, judge doctor, end-to-end judge runs,
#      a judge alone in a child cgroup (it moves itself into a judge-<pid>-self leaf), a judge
#      sharing its cgroup (--require-cgroup must refuse), and the removal of a SIGKILLed judge's
#      run cgroup by the next judge
#   3. rootless: the same tests as an ordinary user with a delegated subtree (rootless.sh)
#
# usage: suite.sh BUILD_DIR; exit status 0 when every check passed.
set -u
BUILD_DIR=$1
VM_GUEST=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
JUDGE_SOURCE=$(cd "$VM_GUEST/../../.." && pwd)
JUDGE=$BUILD_DIR/judge
UNIT_SANDBOX=$BUILD_DIR/tests/unit_sandbox
# As root, the judge's temporary files go to a tmpfs, as on a machine whose /tmp is a disk or a
# tmpfs: the guest's /tmp is an overlay over 9p, which overlayfs refuses as the upper layer of a
# validator's feedback folder (the rootless part keeps /tmp, and so checks the fallback bind).
mkdir -p /var/tmp && mount -t tmpfs -o mode=1777 tmpfs /var/tmp && export TMPDIR=/var/tmp
VM_WORK=$(mktemp -d /tmp/vm-suite.XXXXXX)
export XDG_CACHE_HOME=$VM_WORK/cache  # a compile cache of this boot only
# shellcheck source=lib.sh
. "$VM_GUEST/lib.sh"
# shellcheck source=e2e.sh
. "$VM_GUEST/e2e.sh"
# shellcheck source=checks.sh
. "$VM_GUEST/checks.sh"

C=$VM_CGROUP_ROOT
echo "guest: kernel $(uname -r), $(nproc) CPUs, $(awk '/MemTotal/ {print int($2/1024)}' \
  /proc/meminfo) MiB, up $(cut -d' ' -f1 /proc/uptime) s"

section "environment: a pure cgroup v2 hierarchy"
check "/sys/fs/cgroup is cgroup2" [ "$(stat -fc %T $C)" = cgroup2fs ]
check "no cgroup v1 hierarchy is mounted" not grep -q ' cgroup ' /proc/self/mounts
check "the suite runs in the root cgroup (0::/)" grep -qx '0::/' /proc/self/cgroup
check "root cgroup.subtree_control enables cpu, memory and pids ($(cat $C/cgroup.subtree_control))" \
  has_words "$(cat $C/cgroup.subtree_control)" cpu memory pids
mkdir $C/vm-probe
for file in memory.peak memory.events memory.swap.max memory.oom.group cgroup.kill pids.max \
  pids.events cpu.stat; do
  check "a child cgroup has $file (the backend reads or writes it)" [ -e "$C/vm-probe/$file" ]
done
rmdir $C/vm-probe

section "root: unit_sandbox [sandbox] and [cgroup] tests"
unit_sandbox_checks root
check_no_leftover_cgroups $C "root unit_sandbox"

section "root: judge doctor"
doctor_checks root

section "root: end-to-end judge runs (in the root cgroup)"
run_e2e_suite root

section "root: where the judge sits in the hierarchy"
alone_in_cgroup_check
shared_cgroup_check
stale_cleanup_check

section "root: nothing left behind"
check "no judge-* cgroup is left anywhere" [ -z "$(find $C -name 'judge-*')" ]

section "rootless: an ordinary user with a delegated cgroup subtree"
rootless_checks

echo
echo "guest: up $(cut -d' ' -f1 /proc/uptime) s"
finish "cgroup v2 VM suite"
