#include "sandbox/child_rseq.h"

#include <sys/rseq.h>
#include <sys/syscall.h>
#include <unistd.h>

namespace judge::sandbox::child {

void unregister_rseq() {
#if defined(SYS_rseq) && defined(RSEQ_SIG)
  if (__rseq_size == 0) return;  // glibc did not register one (tunable, old kernel)
  auto* area = reinterpret_cast<struct rseq*>(static_cast<char*>(__builtin_thread_pointer()) +
                                              __rseq_offset);
  // The kernel wants the length that was registered: glibc 2.35-2.39 registers and reports 32;
  // later ones report the used size (20) but still register at least 32.
  if (::syscall(SYS_rseq, area, __rseq_size, RSEQ_FLAG_UNREGISTER, RSEQ_SIG) != 0) {
    ::syscall(SYS_rseq, area, 32u, RSEQ_FLAG_UNREGISTER, RSEQ_SIG);
  }
#endif
}

}  // namespace judge::sandbox::child
