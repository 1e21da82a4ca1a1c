// Hashes of what is graded, so that a record is reused only while the submission and the
// problem package are unchanged.
//
// The tree is read without following any symbolic link below `path` (a link is hashed as its
// target's text) and without opening anything but regular files and directories (a FIFO would
// block, a device could have side effects): a submission cannot make the judge read a file
// through it.
#pragma once

#include <filesystem>
#include <string>

namespace judge::grade {

struct TreeHash {
  std::string sha256;  // hex
  // The first symbolic link or special file met ("sol/x.py is a symbolic link"), "" if none.
  std::string not_plain;
};

// SHA-256 of a file or a folder tree: every entry's relative name, kind and contents, in name
// order. The last component of `path` is followed only when follow_path is set; a path that does
// not exist, is a link (not followed) or a special file hashes as that fact. Throws
// InternalError when a file cannot be read.
TreeHash tree_sha256(const std::filesystem::path& path, bool follow_path);

}  // namespace judge::grade
