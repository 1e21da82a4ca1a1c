#include "sandbox/child_rseq.h"

#include <sys/syscall.h>
#if __has_include(<sys/rseq.h>)  // glibc >= 2.35, the first to register rseq itself
#include <sys/rseq.h>
#endif
#include <unistd.h>

namespace judge::sandbox::child {

void unregister_rseq() {
#if defined(SYS_rseq) && defined(RSEQ_SIG)
  if (__rseq_size == 0) return;  // glibc did not register one (tunable, old kernel)
  auto* area = reinterpret_cast<struct rseq*>(static_cast<char*>(__builtin_thread_pointer()) +
                                              __rseq_offset);
  // The kernel wants the length that was registered, which __rseq_size is in some glibc releases;
  // others (Debian 12's 2.36 among them) report the size of the fields in use (20) and register 32.
  if (::syscall(SYS_rseq, area, __rseq_size, RSEQ_FLAG_UNREGISTER, RSEQ_SIG) != 0) {
    ::syscall(SYS_rseq, area, 32u, RSEQ_FLAG_UNREGISTER, RSEQ_SIG);
  }
#endif
}

}  // namespace judge::sandbox::child
