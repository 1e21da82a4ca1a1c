// Taking a compile's output out of the sandbox: the one place where the judge reads files that
// submitted code may have written, so it reads them as data, never as paths.
#pragma once

#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <set>
#include <string>

namespace judge {

// Bounds on what a compile may hand back. A real program is a few files and megabytes (a Java
// program with hundreds of classes stays far below); anything over is refused, not truncated.
struct CompileOutputLimits {
  std::size_t max_entries = 4096;       // files and directories, all levels
  std::int64_t max_bytes = 64ll << 20;  // sum of the files' sizes
  int max_depth = 16;                   // directory nesting below /box
};

// Copies the regular files and directories under `box_fd` (the O_PATH descriptor of a finished
// compile's /box, see sandbox::RunSpec::hand_back_box) into `target` (created, mode 0755): files
// 0644, or 0755 when the compiler made them executable; never set-id bits, never the program's
// owner. Nothing is followed: every name is opened with openat2(RESOLVE_BENEATH |
// RESOLVE_NO_SYMLINKS | RESOLVE_NO_MAGICLINKS | RESOLVE_NO_XDEV) and O_NOFOLLOW from its
// directory's descriptor. The top-level `bound` names (the sources, the lower layer of /box, as
// the compiler may have left them) are skipped: the judge stages its own copies. Returns "" on
// success, else why the output is refused (a symbolic link, a FIFO, a socket, too many entries or
// bytes), naming the entry: a CE. Throws InternalError when the judge's own side (the target)
// fails.
std::string copy_compile_output(int box_fd, const std::filesystem::path& target,
                                const std::set<std::string>& bound,
                                const CompileOutputLimits& limits = {});

}  // namespace judge
