// unregister_rseq: the calling thread leaves rseq, so the kernel stops writing into its area.
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>

#if __has_include(<sys/rseq.h>)
#include <sys/rseq.h>
#endif

#include "sandbox/child_rseq.h"

TEST_CASE("unregister_rseq leaves the thread without a registered rseq area", "[sandbox]") {
#if defined(SYS_rseq) && defined(RSEQ_SIG)
  if (__rseq_size == 0) {
    WARN("SKIP: glibc registered no rseq area here (old kernel or glibc.pthread.rseq=0)");
    return;
  }
  auto* area = reinterpret_cast<struct rseq*>(static_cast<char*>(__builtin_thread_pointer()) +
                                              __rseq_offset);
  // In a child, so the test process keeps its own registration. Registering the same area
  // again succeeds only when none is registered (EBUSY or EINVAL otherwise): exit 0 = it was.
  const pid_t pid = ::fork();
  REQUIRE(pid >= 0);
  if (pid == 0) {
    const bool busy_before = ::syscall(SYS_rseq, area, 32u, 0, RSEQ_SIG) != 0;
    judge::sandbox::child::unregister_rseq();
    const bool registers_again = ::syscall(SYS_rseq, area, 32u, 0, RSEQ_SIG) == 0;
    ::_exit(busy_before && registers_again ? 0 : 1);
  }
  int status = 0;
  REQUIRE(::waitpid(pid, &status, 0) == pid);
  CHECK(WIFEXITED(status));
  CHECK(WEXITSTATUS(status) == 0);
#else
  WARN("SKIP: no rseq in this libc's headers");
#endif
}
