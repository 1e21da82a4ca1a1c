// Errors that end the judge, each with the exit code it maps to.
//
// A broken *solution* is never an error: it is a verdict (judge/verdict.h). These types are for
// the judge's own inputs and machinery:
//   - ConfigError: the user's input is wrong (command line, problem package, language file).
//     Exit code 2. The message names the file, the field and what was expected.
//   - InternalError: the judge itself failed (a syscall that should not fail, a sandbox that
//     could not be set up). Exit code 3.
#pragma once

#include <stdexcept>
#include <string>

namespace judge {

enum class ExitCode : int {
  kAllAccepted = 0,    // every test AC
  kNotAccepted = 1,    // some test not AC, or CE
  kUsageOrConfig = 2,  // bad command line, problem package or language file
  kInternal = 3,       // the judge itself failed
};

class ConfigError : public std::runtime_error {
 public:
  // file: the path the user must fix ("" when it is the command line).
  // field: the key or option ("limits.time_limit", "--time-limit"), "" when the whole file.
  // message: what is wrong and what is expected ("expected a duration such as 2s or 1500ms").
  ConfigError(std::string file, std::string field, std::string message);
  ConfigError(std::string message);  // no file or field (a plain usage error)

  const std::string& file() const { return file_; }
  const std::string& field() const { return field_; }

 private:
  std::string file_;
  std::string field_;
};

class InternalError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// "operation(path): strerror(errno)" as an InternalError, for syscalls that should not fail.
[[noreturn]] void throw_errno(const std::string& operation, const std::string& path = "");
[[noreturn]] void throw_errno(const std::string& operation, const std::string& path, int err);

}  // namespace judge
