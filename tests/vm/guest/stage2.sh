#!/bin/bash
# Stage 2 of the test VM: PID 1 in the guest's root (see initramfs/init). Runs the suite with its
# output on the second serial port (the host's stdout), leaves the exit status in the job
# directory and powers the VM off.
export PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin
export HOME=/root LANG=C.UTF-8 TERM=dumb
JOB=/run/vm-job
# shellcheck source=/dev/null
. "$JOB/boot.env"
export VM_ACCEL

# Raw mode: otherwise the tty turns every "\n" into "\r\n" in the host's log.
stty -F /dev/ttyS1 raw -echo 2>/dev/null
echo "@@VM_SUITE_START@@ $(cut -d' ' -f1 /proc/uptime)" >/dev/ttyS0

bash "$VM_SUITE" "$VM_BUILD_DIR" </dev/null >/dev/ttyS1 2>&1
status=$?

echo "$status" >"$JOB/status"
echo "@@VM_STATUS=$status@@ $(cut -d' ' -f1 /proc/uptime)" >/dev/ttyS0
sync
# Power off at once; if that fails, PID 1 exits, the kernel panics (panic=-1 reboots at once)
# and QEMU's -no-reboot ends the VM all the same.
echo o >/proc/sysrq-trigger
sleep 5
