// Restartable sequences off for the zygote and everything it clones.
#pragma once

namespace judge::sandbox::child {

// Unregisters the calling thread's rseq area, which glibc registers for every thread and which
// a clone inherits. While it is registered the kernel writes the current CPU into it on the
// thread's every return to user space; in a fresh clone (an init, whose memory is a copy) that
// write lands on a page still shared with the zygote and costs a copy-on-write fault, as it does
// in the zygote after every clone. Neither ever uses rseq (sched_getcpu falls back to the system
// call when the area says "unregistered"), and exec starts the program with none. Best effort:
// a kernel or libc without rseq has nothing to unregister. Allocation-free.
void unregister_rseq();

}  // namespace judge::sandbox::child
