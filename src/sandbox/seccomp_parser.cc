#include "sandbox/seccomp_parser.h"

#include <algorithm>
#include <charconv>
#include <optional>
#include <set>

#include "sandbox/seccomp_names.h"
#include "util/error.h"

namespace judge::sandbox {

namespace {

constexpr int kMaxSyscallArgs = 6;
constexpr int kMaxErrno = 4095;  // SECCOMP_RET_DATA carries 16 bits; the kernel caps errno at 4095

std::vector<std::string_view> split_words(std::string_view line) {
  std::vector<std::string_view> words;
  std::size_t pos = 0;
  while (pos < line.size()) {
    const std::size_t start = line.find_first_not_of(" \t\r", pos);
    if (start == std::string_view::npos) break;
    std::size_t end = line.find_first_of(" \t\r", start);
    if (end == std::string_view::npos) end = line.size();
    words.push_back(line.substr(start, end - start));
    pos = end;
  }
  return words;
}

std::optional<std::uint64_t> parse_number(std::string_view text) {
  int base = 10;
  if (text.size() > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X')) {
    base = 16;
    text.remove_prefix(2);
  }
  std::uint64_t value = 0;
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value, base);
  if (ec != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

// Reads one policy line; every error names the file and line.
class LineParser {
 public:
  LineParser(const std::string& file, int line, std::vector<std::string_view> words)
      : file_(file), line_(line), words_(std::move(words)) {}

  [[noreturn]] void fail(const std::string& message) const {
    throw ConfigError(file_, "line " + std::to_string(line_), message);
  }

  bool at_end() const { return next_ >= words_.size(); }

  std::string_view take(const std::string& what) {
    if (at_end()) fail("expected " + what + " at the end of the line");
    return words_[next_++];
  }

  // "42", "0x2a", "AF_NETLINK" or several joined by '|' ("CLONE_NEWNS|CLONE_NEWUSER").
  std::uint64_t take_value(const std::string& what) { return value_of(take(what), what); }

  std::uint64_t value_of(std::string_view text, const std::string& what) const {
    std::uint64_t value = 0;
    std::size_t pos = 0;
    while (pos <= text.size()) {
      std::size_t bar = text.find('|', pos);
      if (bar == std::string_view::npos) bar = text.size();
      const std::string_view term = text.substr(pos, bar - pos);
      std::optional<std::uint64_t> term_value = parse_number(term);
      if (!term_value) term_value = seccomp_constant(term);
      if (!term_value) {
        fail("unknown constant '" + std::string(term) + "' in " + what +
             ": expected a number (42, 0x2a) or a known constant such as AF_NETLINK, "
             "CLONE_NEWUSER, TIOCSTI, LOW32, joined by '|' without spaces");
      }
      value |= *term_value;
      pos = bar + 1;
    }
    return value;
  }

  // "A,B,C" after `not in`: the values allowed, each as take_value reads it.
  std::vector<std::uint64_t> take_value_list() {
    const std::string_view list = take("the allowed values after 'not in' (A,B,C)");
    std::vector<std::uint64_t> values;
    std::size_t pos = 0;
    while (pos <= list.size()) {
      std::size_t comma = list.find(',', pos);
      if (comma == std::string_view::npos) comma = list.size();
      values.push_back(value_of(list.substr(pos, comma - pos), "the list after 'not in'"));
      pos = comma + 1;
    }
    std::sort(values.begin(), values.end());
    if (std::adjacent_find(values.begin(), values.end()) != values.end()) {
      fail("a value appears twice in the list after 'not in'");
    }
    std::uint64_t gaps = 0;
    for (std::size_t i = 1; i < values.size(); ++i) gaps += values[i] - values[i - 1] - 1;
    if (gaps > kMaxNotInGaps) {
      fail("more than " + std::to_string(kMaxNotInGaps) +
           " values lie between the allowed ones; each becomes a rule: list closer values");
    }
    return values;
  }

  int take_syscall(std::string& name) {
    name = std::string(take("a syscall name"));
    const std::optional<int> nr = seccomp_syscall_number(name);
    if (!nr) fail("unknown syscall '" + name + "': expected an x86_64 syscall name such as ptrace");
    return *nr;
  }

  int take_errno() {
    const std::string_view text = take("an errno name such as ENOSYS");
    std::optional<std::uint64_t> value = parse_number(text);
    if (!value) {
      if (const std::optional<int> known = seccomp_errno_number(text)) value = *known;
    }
    if (!value || *value == 0 || *value > kMaxErrno) {
      fail("bad errno '" + std::string(text) +
           "': expected ENOSYS, EPERM, EACCES, EINVAL, ENOENT, EAFNOSUPPORT, EOPNOTSUPP, ENOTTY "
           "or a number from 1 to 4095");
    }
    return static_cast<int>(*value);
  }

  ArgCondition take_condition() {
    const std::string_view arg = take("a condition such as 'arg0 == 1'");
    ArgCondition condition;
    if (arg.size() != 4 || arg.substr(0, 3) != "arg" || arg[3] < '0' ||
        arg[3] >= '0' + kMaxSyscallArgs) {
      fail("bad condition '" + std::string(arg) +
           "': expected arg0 .. arg5 followed by ==, != or & (separated by spaces)");
    }
    condition.arg = arg[3] - '0';
    const std::string_view op = take("==, !=, & or 'not in' after " + std::string(arg));
    if (op == "not") {
      if (take("'in' after 'not'") != "in") fail("expected 'not in'");
      condition.compare = ArgCompare::kNotIn;
      condition.allowed = take_value_list();
      return condition;
    }
    if (op == "==" || op == "!=") {
      condition.compare = op == "==" ? ArgCompare::kEqual : ArgCompare::kNotEqual;
      condition.value = take_value("the value to compare with");
      return condition;
    }
    if (op != "&") {
      fail("bad operator '" + std::string(op) + "': expected ==, !=, & or 'not in'");
    }
    condition.mask = take_value("the mask after &");
    if (condition.mask == 0) fail("mask 0 never matches: expected a mask with at least one bit");
    if (!at_end() && words_[next_] == "==") {
      ++next_;
      condition.compare = ArgCompare::kMaskedEqual;
      condition.value = take_value("the value after & MASK ==");
      if ((condition.value & ~condition.mask) != 0) {
        fail("value has bits outside the mask, so the condition never matches");
      }
    } else {
      condition.compare = ArgCompare::kAnyBit;
    }
    return condition;
  }

  std::vector<ArgCondition> take_conditions() {
    std::vector<ArgCondition> conditions;
    std::set<int> args_seen;
    while (!at_end()) {
      if (!conditions.empty() && take("'and'") != "and") {
        fail("expected 'and' between conditions, found '" + std::string(words_[next_ - 1]) + "'");
      }
      const ArgCondition condition = take_condition();
      if (!args_seen.insert(condition.arg).second) {
        // libseccomp 2.5 rejects a rule comparing one argument twice (EINVAL).
        fail("arg" + std::to_string(condition.arg) +
             " is compared twice; libseccomp allows one comparison per argument in a rule, "
             "so write several rules (they are OR-ed)");
      }
      conditions.push_back(condition);
    }
    return conditions;
  }

 private:
  const std::string& file_;
  int line_;
  std::vector<std::string_view> words_;
  std::size_t next_ = 0;
};

}  // namespace

Policy parse_policy(std::string_view text, const std::string& file) {
  Policy policy;
  bool seen_default = false;
  int line_number = 0;
  std::size_t pos = 0;
  while (pos < text.size()) {
    std::size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_number;
    if (const std::size_t hash = line.find('#'); hash != std::string_view::npos) {
      line = line.substr(0, hash);
    }
    std::vector<std::string_view> words = split_words(line);
    if (words.empty()) continue;

    LineParser parser(file, line_number, std::move(words));
    const std::string_view verb = parser.take("a verb");
    if (verb == "default") {
      if (seen_default) parser.fail("a second 'default' line: the policy has exactly one");
      const std::string_view mode = parser.take("allow or deny after default");
      if (mode != "allow" && mode != "deny") {
        parser.fail("expected 'default allow' or 'default deny', found 'default " +
                    std::string(mode) + "'");
      }
      if (!parser.at_end())
        parser.fail("unexpected text after 'default " + std::string(mode) + "'");
      policy.default_allow = mode == "allow";
      seen_default = true;
      continue;
    }
    if (!seen_default) {
      parser.fail(
          "the first rule must be 'default allow' (a denylist) or 'default deny' "
          "(an allowlist)");
    }

    PolicyRule rule;
    rule.line = line_number;
    if (verb == "deny") {
      if (!policy.default_allow) parser.fail("'deny' under 'default deny' is redundant");
      rule.verb = PolicyVerb::kDeny;
    } else if (verb == "allow") {
      if (policy.default_allow) parser.fail("'allow' under 'default allow' is redundant");
      rule.verb = PolicyVerb::kAllow;
    } else if (verb == "errno") {
      rule.verb = PolicyVerb::kErrno;
      rule.errno_value = parser.take_errno();
    } else {
      parser.fail("unknown verb '" + std::string(verb) +
                  "': expected default, deny, errno or allow");
    }
    rule.syscall_nr = parser.take_syscall(rule.syscall);
    rule.conditions = parser.take_conditions();
    policy.rules.push_back(std::move(rule));
  }
  if (!seen_default) {
    throw ConfigError(file, "", "empty policy: expected 'default allow' or 'default deny'");
  }
  return policy;
}

}  // namespace judge::sandbox
