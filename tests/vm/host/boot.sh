# Sourced by run-v2-tests.sh: boots the VM once to run the guest suite.
#
#   vm_boot SUITE BUILD_DIR   runs `bash SUITE BUILD_DIR` as root in the guest; the suite's output
#                             (stdout and stderr, in order) streams to our stdout. Returns the
#                             suite's exit status, or 125 when the VM gave none (boot failure,
#                             timeout), after printing the end of the guest's console log.
#
# Needs VM_KERNEL_DIR and VM_INITRD from assets.sh.

# TCG (software emulation) unless real hardware virtualization is there. A /dev/kvm alone is not
# enough: nested "PVM" KVM (kvm_pvm, e.g. in Firecracker-style VMs) only runs PVM-aware guest
# kernels and emulates a stock kernel one instruction at a time, so it never finishes booting.
vm_accelerator() {
  if [ -n "${JUDGE_VM_ACCEL:-}" ]; then
    echo "$JUDGE_VM_ACCEL"
  elif [ -w /dev/kvm ] && grep -qwE 'vmx|svm' /proc/cpuinfo && [ ! -d /sys/module/kvm_pvm ]; then
    echo kvm
  else
    echo tcg
  fi
}

vm_write_boot_env() {
  local job=$1 suite=$2 build_dir=$3 accel=$4
  {
    printf 'VM_STAGE2=%q\n' "$VM_HERE/guest/stage2.sh"
    printf 'VM_SUITE=%q\n' "$suite"
    printf 'VM_BUILD_DIR=%q\n' "$build_dir"
    printf 'VM_CGROUP_CONTROLLERS=%q\n' "cpu memory pids"
    printf 'VM_ACCEL=%q\n' "$accel"
  } >"$job/boot.env"
}

vm_boot() {
  local suite=$1 build_dir=$2 accel job status
  accel=$(vm_accelerator)
  local -a accel_args
  # shellcheck disable=SC2054  # the commas belong to -accel's argument
  case $accel in
    kvm) accel_args=(-accel kvm -cpu host) ;;
    *) accel_args=(-accel tcg,thread=multi,tb-size=256 -cpu max) ;;
  esac
  job=$(mktemp -d "${TMPDIR:-/tmp}/judge-vm.XXXXXX")
  # shellcheck disable=SC2064  # expand now: $job is local
  trap "rm -rf '$job'" EXIT
  vm_write_boot_env "$job" "$suite" "$build_dir" "$accel"
  : >"$job/console.log"
  echo "vm: booting $(cat "$VM_KERNEL_DIR/kver") (accel=$accel, ${JUDGE_VM_MEMORY:-2048} MiB," \
    "${JUDGE_VM_CPUS:-2} CPUs)"

  # ttyS0: kernel console and stage markers, to a file; ttyS1: the suite's output, to our stdout.
  # The host root is shared read-only (multidevs=remap: it spans several file systems, whose inode
  # numbers would collide); the guest writes to a RAM overlay above it.
  timeout "${JUDGE_VM_TIMEOUT:-900}" qemu-system-x86_64 "${accel_args[@]}" \
    -machine q35 -m "${JUDGE_VM_MEMORY:-2048}" -smp "${JUDGE_VM_CPUS:-2}" \
    -nodefaults -no-user-config -display none -no-reboot \
    -kernel "$VM_KERNEL_DIR/vmlinux" -initrd "$VM_INITRD" \
    -append "console=ttyS0 loglevel=1 panic=-1 rdinit=/init tsc=reliable" \
    -serial "file:$job/console.log" \
    -chardev stdio,id=suite,signal=off -serial chardev:suite \
    -virtfs "local,path=/,mount_tag=hostroot,security_model=passthrough,readonly=on,multidevs=remap" \
    -virtfs "local,path=$job,mount_tag=job,security_model=passthrough,multidevs=remap" \
    </dev/null
  local qemu_status=$?

  if [ -s "$job/status" ]; then
    status=$(cat "$job/status")
  else
    echo "vm: the guest reported no exit status (qemu/timeout status $qemu_status);" \
      "end of the guest console:"
    tail -n 30 "$job/console.log" | sed 's/^/vm-console: /'
    status=125
  fi
  rm -rf "$job"
  return "$status"
}
