// Writing a whole buffer to a descriptor, across short writes and signals. Allocation-free and
// noexcept, so the sandbox's child processes use it between clone and exec too.
#pragma once

#include <cstddef>

namespace judge {

// 0 once all `size` bytes are written, else the errno of the failed write (EIO for a write that
// made no progress).
int write_all(int fd, const void* data, std::size_t size) noexcept;

}  // namespace judge
