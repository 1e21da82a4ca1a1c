// The bounds of a run's private /box and /tmp: each is a tmpfs of its own with a size and an
// inode bound, so that neither can take the other's room and a program creating empty files
// (which cost no bytes) stops at a bound instead of the host's default of half the RAM in inodes.
// Pure and allocation-free: the run's init evaluates it between clone and exec.
#pragma once

#include <cstdint>

namespace judge::sandbox {

// One inode per 16 KiB of the size (a file smaller than a page still costs a page, so this is
// far more inodes than files that could hold data), at least 1024: 4096 files for a test's
// 64 MiB, 16384 for a compile's 256 MiB.
inline constexpr std::int64_t kTmpfsBytesPerInode = 16 << 10;
inline constexpr std::int64_t kTmpfsMinInodes = 1024;

constexpr std::int64_t private_tmpfs_inodes(std::int64_t size_bytes) {
  const std::int64_t inodes = size_bytes / kTmpfsBytesPerInode;
  return inodes < kTmpfsMinInodes ? kTmpfsMinInodes : inodes;
}

}  // namespace judge::sandbox
