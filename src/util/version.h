// Which judge this is: the project's version, and the git commit it was built from (written at
// build time by cmake/version.cmake).
#pragma once

#include <string>
#include <string_view>

namespace judge {

std::string_view judge_version();  // "0.1.0"
std::string_view judge_commit();   // "3f2a9c1d0b7e", "...-dirty", or "" outside a git checkout

// "judge 0.1.0 (commit 3f2a9c1d0b7e)", or "judge 0.1.0" when the commit is unknown.
std::string version_line();

}  // namespace judge
