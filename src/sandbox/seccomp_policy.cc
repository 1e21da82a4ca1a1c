#include "sandbox/seccomp_policy.h"

#include <linux/audit.h>

#include <seccomp.h>
#include <sys/mman.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <fstream>
#include <memory>
#include <sstream>

#include "sandbox/seccomp_names.h"
#include "sandbox/seccomp_parser.h"
#include "util/data_dir.h"
#include "util/error.h"
#include "util/unique_fd.h"

namespace judge::sandbox {

namespace {

struct FilterContextDeleter {
  void operator()(void* context) const { seccomp_release(context); }
};
using FilterContext = std::unique_ptr<void, FilterContextDeleter>;

[[noreturn]] void throw_libseccomp(const std::string& operation, int rc) {
  throw_errno("libseccomp " + operation, "", -rc);
}

std::string read_policy_text(const std::filesystem::path& policy_file) {
  std::ifstream in(policy_file, std::ios::binary);
  if (!in) {
    throw ConfigError(policy_file.string(), "", "cannot read the seccomp policy file");
  }
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

std::uint32_t action_for(const PolicyRule& rule, std::uint32_t deny_action) {
  switch (rule.verb) {
    case PolicyVerb::kDeny:
      return deny_action;
    case PolicyVerb::kErrno:
      return SCMP_ACT_ERRNO(static_cast<std::uint32_t>(rule.errno_value));
    case PolicyVerb::kAllow:
      return SCMP_ACT_ALLOW;
  }
  throw InternalError("unhandled seccomp policy verb");
}

// libseccomp has no "any bit of MASK is set" comparison, so each such condition becomes one
// alternative per bit (arg & bit == bit), and a rule expands into every combination of them;
// libseccomp ORs rules for the same syscall and action. "not in" becomes its complement the same
// way: less than the smallest value, greater than the largest, or equal to one in a gap.
std::vector<std::vector<scmp_arg_cmp>> expand_conditions(const std::vector<ArgCondition>& conds) {
  std::vector<std::vector<scmp_arg_cmp>> alternatives{{}};
  for (const ArgCondition& cond : conds) {
    const auto arg = static_cast<unsigned int>(cond.arg);
    std::vector<scmp_arg_cmp> choices;
    switch (cond.compare) {
      case ArgCompare::kEqual:
        choices.push_back(scmp_arg_cmp{arg, SCMP_CMP_EQ, cond.value, 0});
        break;
      case ArgCompare::kNotEqual:
        choices.push_back(scmp_arg_cmp{arg, SCMP_CMP_NE, cond.value, 0});
        break;
      case ArgCompare::kMaskedEqual:
        choices.push_back(scmp_arg_cmp{arg, SCMP_CMP_MASKED_EQ, cond.mask, cond.value});
        break;
      case ArgCompare::kNotIn:
        // Below the smallest, above the largest, or one of the values in between.
        if (cond.allowed.front() > 0) {
          choices.push_back(scmp_arg_cmp{arg, SCMP_CMP_LT, cond.allowed.front(), 0});
        }
        if (cond.allowed.back() < UINT64_MAX) {
          choices.push_back(scmp_arg_cmp{arg, SCMP_CMP_GT, cond.allowed.back(), 0});
        }
        for (std::size_t i = 1; i < cond.allowed.size(); ++i) {
          for (std::uint64_t v = cond.allowed[i - 1] + 1; v < cond.allowed[i]; ++v) {
            choices.push_back(scmp_arg_cmp{arg, SCMP_CMP_EQ, v, 0});
          }
        }
        break;
      case ArgCompare::kAnyBit:
        for (int bit = 0; bit < 64; ++bit) {
          const std::uint64_t one = std::uint64_t{1} << bit;
          if ((cond.mask & one) != 0) {
            choices.push_back(scmp_arg_cmp{arg, SCMP_CMP_MASKED_EQ, one, one});
          }
        }
        break;
    }
    std::vector<std::vector<scmp_arg_cmp>> next;
    for (const auto& prefix : alternatives) {
      for (const scmp_arg_cmp& choice : choices) {
        next.push_back(prefix);
        next.back().push_back(choice);
      }
    }
    alternatives = std::move(next);
  }
  return alternatives;
}

void add_rule(void* context, const PolicyRule& rule, std::uint32_t deny_action,
              const std::string& file) {
  const std::uint32_t action = action_for(rule, deny_action);
  for (const std::vector<scmp_arg_cmp>& comparisons : expand_conditions(rule.conditions)) {
    const int rc =
        seccomp_rule_add_array(context, action, rule.syscall_nr,
                               static_cast<unsigned int>(comparisons.size()), comparisons.data());
    if (rc < 0) {
      throw ConfigError(
          file, "line " + std::to_string(rule.line),
          "libseccomp rejected the rule for " + rule.syscall + ": " + std::strerror(-rc));
    }
  }
}

void set_attribute(void* context, scmp_filter_attr attribute, std::uint32_t value,
                   const char* name) {
  if (const int rc = seccomp_attr_set(context, attribute, value); rc < 0) {
    throw_libseccomp(std::string("seccomp_attr_set(") + name + ")", rc);
  }
}

std::vector<sock_filter> export_bpf(void* context) {
  // An anonymous in-memory file: no size limit to deadlock on (unlike a pipe) and no path.
  UniqueFd memfd(memfd_create("judge-seccomp-bpf", MFD_CLOEXEC));
  if (!memfd) throw_errno("memfd_create");
  if (const int rc = seccomp_export_bpf(context, memfd.get()); rc < 0) {
    throw_libseccomp("seccomp_export_bpf", rc);
  }
  const off_t size = lseek(memfd.get(), 0, SEEK_END);
  if (size < 0) throw_errno("lseek", "memfd");
  if (size == 0 || size % static_cast<off_t>(sizeof(sock_filter)) != 0) {
    throw InternalError("seccomp_export_bpf wrote " + std::to_string(size) +
                        " bytes, not a whole number of BPF instructions");
  }
  std::vector<sock_filter> filter(static_cast<std::size_t>(size) / sizeof(sock_filter));
  auto* bytes = reinterpret_cast<char*>(filter.data());
  std::size_t done = 0;
  while (done < static_cast<std::size_t>(size)) {
    const ssize_t n = pread(memfd.get(), bytes + done, static_cast<std::size_t>(size) - done,
                            static_cast<off_t>(done));
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) throw_errno("pread", "memfd");
    done += static_cast<std::size_t>(n);
  }
  return filter;
}

}  // namespace

SeccompProgram compile_policy(const std::filesystem::path& policy_file, DenyAction action) {
  const std::string file = policy_file.string();
  const Policy policy = parse_policy(read_policy_text(policy_file), file);

  const std::uint32_t deny_action =
      action == DenyAction::kNotify ? SCMP_ACT_NOTIFY : SCMP_ACT_KILL_PROCESS;
  FilterContext context(seccomp_init(policy.default_allow ? SCMP_ACT_ALLOW : deny_action));
  if (!context) {
    throw InternalError("libseccomp seccomp_init failed for " + file +
                        (action == DenyAction::kNotify
                             ? " (does the kernel support seccomp user notification?)"
                             : ""));
  }
  // i386 (int 0x80) and any other foreign ABI are denied outright: the policy names x86_64
  // syscalls, and a second syscall table would let a program reach every denied call under
  // another number. For the native x86_64 filter libseccomp also sends x32 numbers
  // (nr | 0x40000000) to this action; seccomp_policy_test checks both on the running kernel.
  // With notification the supervisor learns the ABI and the number, so the verdict names them.
  set_attribute(context.get(), SCMP_FLTATR_ACT_BADARCH, deny_action, "ACT_BADARCH");
  // The sandbox sets no_new_privs itself, in the child, before it loads the exported filter.
  set_attribute(context.get(), SCMP_FLTATR_CTL_NNP, 0, "CTL_NNP");
  // A binary search over syscall numbers instead of a linear chain: every syscall the program
  // makes runs this filter, and the denylist has dozens of entries.
  set_attribute(context.get(), SCMP_FLTATR_CTL_OPTIMIZE, 2, "CTL_OPTIMIZE");

  for (const PolicyRule& rule : policy.rules) add_rule(context.get(), rule, deny_action, file);

  std::uint32_t nnp = 1;
  if (const int rc = seccomp_attr_get(context.get(), SCMP_FLTATR_CTL_NNP, &nnp); rc < 0) {
    throw_libseccomp("seccomp_attr_get(CTL_NNP)", rc);
  }
  if (nnp != 0) throw InternalError("libseccomp kept no_new_privs set in the exported filter");

  SeccompProgram program{export_bpf(context.get())};
  if (program.filter.size() > BPF_MAXINSNS) {
    throw ConfigError(file, "",
                      "the compiled filter has " + std::to_string(program.filter.size()) +
                          " instructions, more than the kernel's limit of " +
                          std::to_string(BPF_MAXINSNS) + "; remove rules");
  }
  return program;
}

std::filesystem::path policy_path(const std::string& name) {
  const bool plain =
      !name.empty() && name.find_first_not_of(
                           "abcdefghijklmnopqrstuvwxyz"
                           "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-") == std::string::npos;
  if (!plain) {
    throw ConfigError("", "seccomp policy",
                      "'" + name +
                          "' is not a policy name: expected letters, digits, '-' or '_' "
                          "naming seccomp/<name>.policy");
  }
  std::filesystem::path path = data_dir() / "seccomp" / (name + ".policy");
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) {
    throw ConfigError(path.string(), "",
                      "no seccomp policy named '" + name + "' (expected this file to exist)");
  }
  return path;
}

std::string syscall_name(int nr) {
  if (std::optional<std::string> name = seccomp_syscall_name(nr)) return *name;
  return "syscall " + std::to_string(nr);
}

std::string syscall_name(int nr, std::uint32_t audit_arch) {
  constexpr int kX32Bit = 0x40000000;
  std::uint32_t arch = 0;
  std::string abi;
  if (audit_arch == AUDIT_ARCH_I386) {
    arch = SCMP_ARCH_X86;
    abi = "i386";
  } else if (audit_arch == AUDIT_ARCH_X86_64 && (nr & kX32Bit) != 0) {
    arch = SCMP_ARCH_X32;
    abi = "x32";
  } else if (audit_arch == AUDIT_ARCH_X86_64 || audit_arch == 0) {
    return syscall_name(nr);
  } else {
    return "syscall " + std::to_string(nr) + " (foreign ABI)";
  }
  char* name = seccomp_syscall_resolve_num_arch(arch, nr);
  std::string text = name != nullptr ? name : "syscall " + std::to_string(nr);
  std::free(name);
  return text + " (" + abi + " ABI)";
}

bool kernel_supports_user_notification() {
  std::ifstream in("/proc/sys/kernel/seccomp/actions_avail");
  std::string action;
  while (in >> action) {
    if (action == "user_notif") return true;
  }
  return false;
}

}  // namespace judge::sandbox
