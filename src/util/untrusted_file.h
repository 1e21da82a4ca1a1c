// Reading a file that someone else placed: an output validator's feedback files, a program's
// output, anything in a directory a sandboxed program could write to.
//
// The judge runs with more rights than the program that made the file, so it must never be led
// to read something else: no symbolic link is followed (in any component of the name), nothing
// but a regular file is read (opening a FIFO would block the judge for ever, a device could have
// side effects), and never more than the caller's bound.
#pragma once

#include <cstddef>
#include <filesystem>
#include <string>

#include "util/unique_fd.h"

namespace judge {

struct UntrustedFile {
  enum class Status { kRead, kMissing, kRefused };
  Status status = Status::kMissing;
  std::string data;        // kRead: the first max_bytes bytes at most
  bool truncated = false;  // kRead: the file is longer than data
  std::string why;         // kRefused: "is a symbolic link", "is a FIFO, not a regular file"
};

// Opens `name` (relative, may have several components) below the trusted directory `dir` for
// reading: a regular file reached without any symbolic link, never opened in a way that blocks.
// Returns an invalid fd with *why set ("" when the file does not exist).
UniqueFd open_untrusted_file(const std::filesystem::path& dir, const std::string& name,
                             std::string* why);
// The same below a directory already open (an O_PATH descriptor is enough).
UniqueFd open_untrusted_file_at(int dir_fd, const std::string& name, std::string* why);

// The first max_bytes bytes of dir/name, under the rules of open_untrusted_file.
UntrustedFile read_untrusted_file(const std::filesystem::path& dir, const std::string& name,
                                  std::size_t max_bytes);

// What kind of file a mode is, for messages: "a FIFO", "a socket", "a device", "a directory".
std::string file_kind(unsigned mode);

}  // namespace judge
