// What this machine gives the sandbox, for `judge doctor`: each fact with OK / WARN / FAIL and,
// when not OK, how to fix it. Modelled on isolate-check-environment.
#pragma once

#include <string>
#include <vector>

namespace judge::sandbox {

struct HostCheck {
  enum class Status { kOk, kWarn, kFail };
  std::string name;  // "user namespaces", "cgroups", ...
  Status status = Status::kOk;
  std::string detail;  // what was found
  std::string fix;     // what to do when not OK ("" when OK)
  // A FAIL of a required check means full isolation is not available (doctor exits non-zero).
  bool required = false;
};

// Runs every check; the last one starts a real sandbox and runs /bin/true in it.
std::vector<HostCheck> check_host();

std::string to_string(HostCheck::Status status);  // "OK", "WARN", "FAIL"

}  // namespace judge::sandbox
