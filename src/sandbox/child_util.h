// Allocation-free helpers for code that runs between clone and exec (zygote, run init, program).
// Everything here is async-signal-safe: raw syscalls and fixed buffers only.
#pragma once

#include <cstddef>
#include <cstdint>

#include "sandbox/child_protocol.h"

namespace judge::sandbox::child {

// Appends `text` to the NUL-terminated string in buf (capacity cap). False if it does not fit.
bool append(char* buf, std::size_t cap, const char* text);
// Appends the decimal form of value.
bool append_number(char* buf, std::size_t cap, std::int64_t value);
// buf = a + b. False if it does not fit.
bool join(char* buf, std::size_t cap, const char* a, const char* b);

// mkdir -p for the parents of `path` (not path itself).
int make_parents(const char* path);

// Bind-mounts source onto target (which must exist) with everything mounted below it, and makes
// every mount of that tree nosuid and, unless writable, read-only (and nodev unless
// allow_devices), keeping the flags the kernel locked on the original mounts (which a user
// namespace may not clear). Before Linux 5.12 (no mount_setattr) only the path itself is bound,
// without the mounts below it.
int bind_mount(const char* source, const char* target, bool writable, bool allow_devices);

// Creates target as an empty file or directory (with parents) to serve as a mount point.
int make_mount_point(const char* target, bool directory);

// One message with descriptors attached (SCM_RIGHTS), over a Unix socket. At most kMaxPassedFds.
inline constexpr std::size_t kMaxPassedFds = 8;
// Returns the bytes sent, or -1 with errno.
long send_with_fds(int socket_fd, const void* data, std::size_t size, const int* fds,
                   std::size_t fd_count);
// Receives into data (up to size bytes) and up to max_fds descriptors (close-on-exec); retries on
// EINTR. Returns the bytes received (0 when the peer hung up), or -1 with errno.
long receive_with_fds(int socket_fd, void* data, std::size_t size, int* fds, std::size_t max_fds,
                      std::size_t* fd_count);

// Closes every descriptor from 3 up except the `count` ones in `keep`. A process made by clone
// without exec (the zygote) holds a copy of every descriptor the judge had open at that moment,
// close-on-exec or not; one it kept would hold a pipe of a concurrent run open, whose reader then
// never sees end-of-file.
void close_all_fds_except(const int* keep, std::size_t count);

// Sets the real, effective and saved ids to uid and gid, after clearing the supplementary groups
// when drop_groups (a user namespace allows that only where its maps were written by root).
// Returns 0 or errno. Raw system calls, not glibc's wrappers: those apply the change to every
// thread of glibc's list, which after a raw clone of the multithreaded judge is the judge's,
// never reset as fork() would, and wait forever for a thread that was being created then.
int set_ids(unsigned uid, unsigned gid, bool drop_groups);

// Writes a whole buffer; retries on EINTR.
bool write_all(int fd, const void* data, std::size_t size);

// Reports a failed step on the status pipe and exits. Never returns.
[[noreturn]] void fail(int status_fd, Step step, int error, int index = -1);

}  // namespace judge::sandbox::child
