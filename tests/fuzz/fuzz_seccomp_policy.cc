// seccomp/*.policy. Properties: only ConfigError (naming the file); every rule of a policy that
// parses is in range (a known syscall, arguments 0..5, errno 1..4095), and the policy compiles
// with libseccomp to a non-empty filter the kernel would take (at most BPF_MAXINSNS).
#include <linux/filter.h>

#include <string_view>

#include "fuzz_support.h"
#include "sandbox/seccomp_parser.h"
#include "sandbox/seccomp_policy.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace judge;
  using namespace judge::sandbox;
  const std::filesystem::path file = fuzz::scratch_dir() / "fuzz.policy";
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  fuzz::expect_only_config_errors(file.string(), [&] {
    const Policy policy = parse_policy(text, file.string());
    for (const PolicyRule& rule : policy.rules) {
      fuzz::check(rule.syscall_nr >= 0, "a parsed rule names a known syscall", rule.syscall);
      fuzz::check(rule.line >= 1, "a parsed rule has its line");
      if (rule.verb == PolicyVerb::kErrno) {
        fuzz::check(rule.errno_value >= 1 && rule.errno_value <= 4095,
                    "a parsed errno is in 1..4095", std::to_string(rule.errno_value));
      }
      for (const ArgCondition& condition : rule.conditions) {
        fuzz::check(condition.arg >= 0 && condition.arg <= 5, "a parsed argument is in 0..5",
                    std::to_string(condition.arg));
      }
    }
    fuzz::write_file(file, data, size);
    const SeccompProgram program = compile_policy(file, DenyAction::kKillProcess);
    fuzz::check(!program.filter.empty() && program.filter.size() <= BPF_MAXINSNS,
                "a parsed policy compiles to a filter the kernel accepts",
                std::to_string(program.filter.size()) + " instructions");
  });
  return 0;
}
