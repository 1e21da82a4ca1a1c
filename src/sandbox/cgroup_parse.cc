#include "sandbox/cgroup_parse.h"

#include <charconv>

#include "util/text.h"

namespace judge::sandbox {

namespace {

std::vector<std::string_view> split(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (;;) {
    std::size_t end = text.find(separator, start);
    if (end == std::string_view::npos) {
      parts.push_back(text.substr(start));
      return parts;
    }
    parts.push_back(text.substr(start, end - start));
    start = end + 1;
  }
}

std::vector<std::string_view> lines(std::string_view text) {
  std::vector<std::string_view> out;
  for (std::string_view line : split(text, '\n')) {
    if (!line.empty()) out.push_back(line);
  }
  return out;
}

template <typename Int>
std::optional<Int> parse_whole(std::string_view text) {
  Int value{};
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size() || text.empty()) return std::nullopt;
  return value;
}

// mountinfo escapes space, tab, newline and backslash as \ooo (octal).
std::string decode_octal_escapes(std::string_view text) {
  std::string out;
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == '\\' && i + 3 < text.size()) {
      std::string_view digits = text.substr(i + 1, 3);
      if (digits.find_first_not_of("01234567") == std::string_view::npos) {
        out +=
            static_cast<char>((digits[0] - '0') * 64 + (digits[1] - '0') * 8 + (digits[2] - '0'));
        i += 3;
        continue;
      }
    }
    out += text[i];
  }
  return out;
}

}  // namespace

std::vector<ProcCgroupLine> parse_proc_cgroup(std::string_view text) {
  std::vector<ProcCgroupLine> out;
  for (std::string_view line : lines(text)) {
    // The path may itself contain ':', so split only at the first two.
    std::size_t first = line.find(':');
    std::size_t second = first == std::string_view::npos ? first : line.find(':', first + 1);
    if (second == std::string_view::npos) continue;
    std::optional<int> id = parse_whole<int>(line.substr(0, first));
    if (!id) continue;
    ProcCgroupLine entry;
    entry.hierarchy_id = *id;
    std::string_view controllers = line.substr(first + 1, second - first - 1);
    if (!controllers.empty()) {
      for (std::string_view c : split(controllers, ',')) entry.controllers.emplace_back(c);
    }
    entry.path = std::string(line.substr(second + 1));
    out.push_back(std::move(entry));
  }
  return out;
}

std::vector<MountInfoLine> parse_mountinfo(std::string_view text) {
  // "36 35 98:0 /root /mnt opts [optional fields...] - fstype source superopts"
  std::vector<MountInfoLine> out;
  for (std::string_view line : lines(text)) {
    std::vector<std::string_view> fields;
    for (std::string_view f : split(line, ' ')) {
      if (!f.empty()) fields.push_back(f);
    }
    std::size_t dash = 6;
    while (dash < fields.size() && fields[dash] != "-") ++dash;
    if (dash + 3 >= fields.size()) continue;  // no "- fstype source superopts" tail
    MountInfoLine mount;
    mount.root = decode_octal_escapes(fields[3]);
    mount.mount_point = decode_octal_escapes(fields[4]);
    mount.fs_type = std::string(fields[dash + 1]);
    for (std::string_view option : split(fields[dash + 3], ',')) {
      mount.super_options.emplace_back(option);
    }
    out.push_back(std::move(mount));
  }
  return out;
}

std::optional<std::string> cgroup_directory(const MountInfoLine& mount,
                                            const std::string& cgroup_path) {
  if (cgroup_path.empty() || cgroup_path[0] != '/') return std::nullopt;
  // A path outside our cgroup namespace shows as "/../x": unusable.
  if (cgroup_path.find("/..") != std::string::npos) return std::nullopt;
  std::string root = mount.root == "/" ? "" : mount.root;
  if (cgroup_path.compare(0, root.size(), root) != 0) return std::nullopt;
  std::string rest = cgroup_path.substr(root.size());
  if (!rest.empty() && rest[0] != '/') return std::nullopt;  // "/ab" is not under "/a"
  if (rest == "/") rest.clear();
  return mount.mount_point + rest;
}

std::optional<std::int64_t> parse_int64(std::string_view text) {
  return parse_whole<std::int64_t>(trim(text));
}

std::optional<std::int64_t> flat_keyed_value(std::string_view text, std::string_view key) {
  for (std::string_view line : lines(text)) {
    std::size_t space = line.find(' ');
    if (space == std::string_view::npos || line.substr(0, space) != key) continue;
    return parse_int64(line.substr(space + 1));
  }
  return std::nullopt;
}

std::vector<pid_t> parse_pid_list(std::string_view text) {
  std::vector<pid_t> pids;
  for (std::string_view line : lines(text)) {
    if (std::optional<pid_t> pid = parse_whole<pid_t>(trim(line))) pids.push_back(*pid);
  }
  return pids;
}

std::string run_cgroup_name(pid_t judge_pid, int number) {
  return "judge-" + std::to_string(judge_pid) + "-" + std::to_string(number);
}

std::string self_cgroup_name(pid_t judge_pid) {
  return "judge-" + std::to_string(judge_pid) + "-self";
}

std::optional<pid_t> judge_pid_of_cgroup_name(std::string_view name) {
  const std::string_view prefix = "judge-";
  if (name.substr(0, prefix.size()) != prefix) return std::nullopt;
  name.remove_prefix(prefix.size());
  std::size_t dash = name.find('-');
  if (dash == std::string_view::npos) return std::nullopt;
  std::string_view suffix = name.substr(dash + 1);
  if (suffix != "self" && !parse_whole<int>(suffix)) return std::nullopt;
  std::optional<pid_t> pid = parse_whole<pid_t>(name.substr(0, dash));
  if (!pid || *pid <= 0) return std::nullopt;
  return pid;
}

bool is_self_cgroup_name(std::string_view name) {
  const std::string_view suffix = "-self";
  return judge_pid_of_cgroup_name(name).has_value() && name.size() > suffix.size() &&
         name.substr(name.size() - suffix.size()) == suffix;
}

}  // namespace judge::sandbox
