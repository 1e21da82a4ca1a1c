// A Sandbox for judge tests: instead of running programs it interprets them.
//
// Every RunSpec is recorded. What a run does is read from the files bound into /box, so a test
// exercises the real staging, compile and bind logic:
//   - "compiling" (argv[0] == kFakeCompiler) copies /box/<source> to /box/<binary>; a source
//     containing "syntax error", "compile-timeout" or "compile-setup-failure" fails that way;
//   - a program (argv[0] == "/box/<binary>", or kFakeInterpreter with the script as argv[1]) is a
//     list of rules "WHEN ACTION [ARG...]", the first rule whose WHEN is "*" or equals the first
//     token of stdin applies. Actions:
//       cat             copy stdin to stdout, exit 0
//       print TEXT...   write TEXT and a newline, exit 0
//       exit N | signal N | timeout | oom | setup-failure
//       accept          (validators) exit 42
//       reject TEXT...  (validators) write TEXT to feedback/judgemessage.txt, exit 43
//       nextpass TEXT   (validators) write TEXT to feedback/nextpass.in, exit 42
//       compare         (validators) 42 if stdin equals /box/answer, else 43 with a message
//       echo-args       (validators) write argv[4..] to judgemessage.txt, exit 42
#pragma once

#include <unistd.h>

#include <string>
#include <vector>

#include "sandbox/sandbox.h"

namespace judge::testing {

inline constexpr const char* kFakeCompiler = "/usr/bin/fakecc";
inline constexpr const char* kFakeInterpreter = "/usr/bin/fakepy";

class FakeSandbox final : public sandbox::Sandbox {
 public:
  sandbox::RunResult run(const sandbox::RunSpec& spec) override;
  std::string backend() const override { return "fake"; }
  std::string isolation() const override { return "none (test double)"; }
  unsigned sandbox_uid() const override { return ::geteuid(); }
  unsigned sandbox_gid() const override { return ::getegid(); }

  std::vector<sandbox::RunSpec> specs;  // every run, in order
};

// The host path that sandbox_path maps to through spec's binds ("" if none).
std::string host_path(const sandbox::RunSpec& spec, const std::string& sandbox_path);

}  // namespace judge::testing
