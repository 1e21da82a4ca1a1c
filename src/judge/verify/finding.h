// What `judge verify` found wrong with a package, besides submission verdicts: one line of its
// report, naming the file it is about. Errors make the package fail; warnings do not.
#pragma once

#include <string>

namespace judge::verify {

enum class Severity { kWarning, kError };

struct Finding {
  Severity severity = Severity::kError;
  std::string check;  // which check found it: "input-validator", "data", "time-limit", ...
  std::string file;   // the file it is about, relative to the package ("" = the package)
  std::string message;
};

}  // namespace judge::verify
