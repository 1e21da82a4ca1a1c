#!/bin/bash
# Runs the cgroup v2 part of the test suite in a throw-away QEMU VM whose kernel has a pure
# cgroup v2 hierarchy, as root and rootless (a delegated subtree), whatever cgroups the host has.
#
#   usage: tests/vm/run-v2-tests.sh BUILD_DIR
#
# BUILD_DIR must hold the built `judge` and `tests/unit_sandbox`
# (cmake --build BUILD_DIR --target judge unit_sandbox). Nothing is built in the VM.
#
# First use (root + apt): installs qemu-system-x86, busybox-static, xz-utils and jq, downloads the
# distribution's generic kernel package (only unpacked, never installed) and builds an initramfs,
# all cached in ${XDG_CACHE_HOME:-$HOME/.cache}/judge-vm. Later runs boot in a few seconds.
#
# Exit status: 0 when every check passed; 1 when a check failed; 125 when the VM did not report
# (boot failure, timeout); 2 for bad usage. Prints "SKIP: <reason>" and exits 0 when QEMU or the
# kernel cannot be had (JUDGE_VM_REQUIRED=1 makes that a failure, exit 77).
#
# Environment: JUDGE_VM_ACCEL=kvm|tcg (default: kvm only with real VT-x/AMD-V), JUDGE_VM_MEMORY
# (MiB, 2048), JUDGE_VM_CPUS (2), JUDGE_VM_TIMEOUT (s, 900), JUDGE_VM_KERNEL_PACKAGE
# (default: what linux-image-amd64 depends on).
set -uo pipefail

VM_HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
VM_CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/judge-vm
# shellcheck source=host/assets.sh
. "$VM_HERE/host/assets.sh"
# shellcheck source=host/boot.sh
. "$VM_HERE/host/boot.sh"

usage() {
  sed -n '5,8p' "$0" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

skip() {
  echo "SKIP: $*"
  [ -n "${JUDGE_VM_REQUIRED:-}" ] && exit 77
  exit 0
}

[ $# -eq 1 ] || usage
BUILD_DIR=$(realpath -e "$1" 2>/dev/null) || { echo "vm: no build directory $1" >&2; exit 2; }
for binary in judge tests/unit_sandbox; do
  if [ ! -x "$BUILD_DIR/$binary" ]; then
    echo "vm: $BUILD_DIR/$binary is missing;" \
      "build it first: cmake --build $BUILD_DIR --target judge unit_sandbox" >&2
    exit 2
  fi
done
[ "$(uname -m)" = x86_64 ] || skip "the test VM needs an x86_64 host (this is $(uname -m))"

started=$(date +%s)
mkdir -p "$VM_CACHE" || skip "cannot create the cache directory $VM_CACHE"
VM_SKIP_REASON=""
vm_install_tools || skip "$VM_SKIP_REASON"
if ! vm_prepare_kernel; then
  [ -n "$VM_SKIP_REASON" ] && skip "$VM_SKIP_REASON"
  echo "vm: could not prepare the kernel from its package" >&2
  exit 1
fi
vm_prepare_initramfs || { echo "vm: could not build the initramfs" >&2; exit 1; }

vm_boot "$VM_HERE/guest/suite.sh" "$BUILD_DIR"
status=$?
echo "vm: finished with status $status after $(($(date +%s) - started)) s"
exit "$status"
