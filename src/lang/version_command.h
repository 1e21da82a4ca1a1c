// Runs a trusted toolchain binary on the host to learn its version (used by toolchain_version()).
#pragma once

#include <chrono>
#include <optional>
#include <string>
#include <vector>

namespace judge::lang::detail {

// The first non-empty line (trimmed) of argv's stdout+stderr, or nullopt when argv[0] cannot be
// started, exits non-zero, prints nothing, or runs longer than `timeout` (it is then killed).
std::optional<std::string> run_version_command(const std::vector<std::string>& argv,
                                               std::chrono::milliseconds timeout);

}  // namespace judge::lang::detail
