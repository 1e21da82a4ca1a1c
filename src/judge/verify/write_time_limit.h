// `judge verify --write-time-limit`: the derived limit written into problem.yaml as
// limits.time_limit, every other byte of the file kept (comments, order, quoting), the file
// replaced atomically (a temporary file beside it, renamed over it) so a crash leaves the old
// file or the new one, never half of one.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace judge::verify {

// "1", "1.5", "0.25": seconds as problem.yaml writes them.
std::string seconds_text(std::int64_t ms);

// The text of problem.yaml with `time_limit: SECONDS` in its top-level `limits:` block (added
// first in the block, indented like the block's other keys), or a new `limits:` block at the end
// when there is none. ConfigError naming the file when limits is written inline ({...}) or
// already has a time_limit: such a file is edited by hand.
std::string with_time_limit(const std::string& yaml_text, std::int64_t limit_ms,
                            const std::string& file_for_errors);

// Reads problem.yaml, applies with_time_limit and replaces the file atomically, keeping its mode.
void write_time_limit(const std::filesystem::path& problem_yaml, std::int64_t limit_ms);

}  // namespace judge::verify
