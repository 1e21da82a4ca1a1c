// The bounds of a run's private /box and /tmp: each is a tmpfs of its own with a size and an
// inode bound, so that neither can take the other's room and a program creating empty files
// (which cost no bytes) stops at a bound instead of the host's default of half the RAM in inodes.
// Pure and allocation-free: the run's init evaluates it between clone and exec.
//
// Their sizes follow the run's limits. Each is as big as the memory limit: tmpfs pages are
// charged to the run's memory cgroup, so a bigger size could never be filled, and a smaller one
// would refuse room the memory limit grants (a program filling either gets MLE at its memory
// limit, or ENOSPC at the size when the two tmpfs together outgrow it). A run whose /box the
// judge reads back (a compile's output) gets a /box no bigger than what the judge accepts back.
// Without a memory limit, kTmpfsBytesWithoutMemoryLimit.
#pragma once

#include <cstdint>

namespace judge::sandbox {

// One inode per 16 KiB of the size (a file smaller than a page still costs a page, so this is
// far more inodes than files that could hold data), at least 1024: 4096 files for a test's
// 64 MiB, 16384 for a compile's 256 MiB.
inline constexpr std::int64_t kTmpfsBytesPerInode = 16 << 10;
inline constexpr std::int64_t kTmpfsMinInodes = 1024;

inline constexpr std::int64_t kTmpfsBytesWithoutMemoryLimit = 1ll << 30;

struct PrivateTmpfsSizes {
  std::int64_t box_bytes = 0;
  std::int64_t tmp_bytes = 0;
};

// memory_bytes: the run's memory limit (0 = none); box_read_back_bytes: what the judge reads back
// of /box at most (0 = nothing is read back).
constexpr PrivateTmpfsSizes private_tmpfs_sizes(std::int64_t memory_bytes,
                                                std::int64_t box_read_back_bytes) {
  const std::int64_t size = memory_bytes > 0 ? memory_bytes : kTmpfsBytesWithoutMemoryLimit;
  const bool box_bounded = box_read_back_bytes > 0 && box_read_back_bytes < size;
  return {box_bounded ? box_read_back_bytes : size, size};
}

constexpr std::int64_t private_tmpfs_inodes(std::int64_t size_bytes) {
  const std::int64_t inodes = size_bytes / kTmpfsBytesPerInode;
  return inodes < kTmpfsMinInodes ? kTmpfsMinInodes : inodes;
}

}  // namespace judge::sandbox
