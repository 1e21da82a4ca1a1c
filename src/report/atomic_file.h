// Writing a report file so that readers never see half of it.
#pragma once

#include <unistd.h>

#include <string>

namespace judge::report {

// Writes content to a temporary file next to path, syncs it to disk, then renames it over path:
// a CI job reading the file, even after a crash of the machine, sees the old one or the complete
// new one, never a truncated or empty one (without the sync, ext4 may commit the rename before the
// data). `option` names the command-line option that chose path, for the error message. Throws
// ConfigError(path, option, "cannot write: <strerror>") when the file cannot be written.
// `sync` is fsync(2), replaceable by tests.
using SyncFunction = int (*)(int fd);
void write_file_atomically(const std::string& path, const std::string& content,
                           const std::string& option, SyncFunction sync = ::fsync);

// Creates and removes the temporary file that write_file_atomically would use, so a bad path is
// reported before a long run instead of after it. Throws the same ConfigError.
void check_file_writable(const std::string& path, const std::string& option);

}  // namespace judge::report
