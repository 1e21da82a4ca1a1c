// Writing a report file so that readers never see half of it.
#pragma once

#include <string>

namespace judge::report {

// Writes content to a temporary file next to path, then renames it over path: a CI job reading
// the file sees the old one or the complete new one, never a truncated one. `option` names the
// command-line option that chose path, for the error message. Throws
// ConfigError(path, option, "cannot write: <strerror>") when the file cannot be written.
void write_file_atomically(const std::string& path, const std::string& content,
                           const std::string& option);

// Creates and removes the temporary file that write_file_atomically would use, so a bad path is
// reported before a long run instead of after it. Throws the same ConfigError.
void check_file_writable(const std::string& path, const std::string& option);

}  // namespace judge::report
