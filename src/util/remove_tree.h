// Removing a directory tree that sandboxed programs wrote into (staging dirs, a validator's
// feedback dir), whatever they left there.
//
// A program can make its files hard to remove: a directory of mode 000 (which a rootless judge,
// without CAP_DAC_OVERRIDE, can neither list nor empty), a tree deeper than PATH_MAX or than the
// judge has file descriptors, symbolic links to the host. remove_tree gives each directory back
// rwx to its owner before emptying it, never follows a link (a link is removed, not its target),
// never leaves the tree, and holds one directory open at a time, so depth costs no descriptors.
#pragma once

#include <filesystem>

namespace judge {

// Removes `path` and everything below it. A symbolic link at `path` is removed itself. Returns
// false when something could not be removed (the rest is still removed); a missing path is true.
bool remove_tree(const std::filesystem::path& path);

}  // namespace judge
