#include "soak_leftovers.h"

#include <sys/stat.h>

#include <fstream>
#include <map>
#include <sstream>
#include <system_error>
#include <vector>

namespace fs = std::filesystem;

namespace judge::bench {

namespace {

struct ProcInfo {
  pid_t ppid = 0;
  unsigned uid = 0;
  char state = '?';
};

bool read_proc(const fs::path& dir, ProcInfo* info) {
  std::ifstream stat(dir / "stat");
  std::string text;
  if (!std::getline(stat, text)) return false;
  const std::size_t comm_end = text.rfind(')');
  if (comm_end == std::string::npos || comm_end + 2 >= text.size()) return false;
  std::istringstream fields(text.substr(comm_end + 2));
  fields >> info->state >> info->ppid;
  struct stat st {};
  if (::stat(dir.c_str(), &st) != 0) return false;
  info->uid = st.st_uid;
  return static_cast<bool>(fields);
}

}  // namespace

ProcessCount count_descendants(pid_t root) {
  std::map<pid_t, ProcInfo> procs;
  std::error_code error;
  for (const fs::directory_entry& entry : fs::directory_iterator("/proc", error)) {
    const std::string name = entry.path().filename().string();
    if (name.find_first_not_of("0123456789") != std::string::npos) continue;
    ProcInfo info;
    if (read_proc(entry.path(), &info)) procs[static_cast<pid_t>(std::stol(name))] = info;
  }
  ProcessCount count;
  for (const auto& [pid, info] : procs) {
    if (info.state == 'Z') continue;  // gone, only not reaped yet
    for (pid_t up = info.ppid; up > 1;) {
      if (up == root) {
        (info.uid >= 60000 && info.uid < 65000 ? count.sandbox_uid : count.other)++;
        break;
      }
      const auto parent = procs.find(up);
      if (parent == procs.end()) break;
      up = parent->second.ppid;
    }
  }
  return count;
}

int count_cgroups(const std::set<pid_t>& pids) {
  int count = 0;
  std::error_code error;
  auto it = fs::recursive_directory_iterator("/sys/fs/cgroup",
                                             fs::directory_options::skip_permission_denied, error);
  for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (!it->is_directory(error) || it->is_symlink(error)) {
      if (it->is_symlink(error)) it.disable_recursion_pending();
      continue;
    }
    const std::string name = it->path().filename().string();
    if (name.rfind("judge-", 0) != 0) continue;
    it.disable_recursion_pending();
    const std::size_t dash = name.find('-', 6);
    if (dash == std::string::npos) continue;
    const std::string pid_text = name.substr(6, dash - 6);
    if (pid_text.empty() || pid_text.find_first_not_of("0123456789") != std::string::npos) {
      continue;
    }
    if (pids.count(static_cast<pid_t>(std::stol(pid_text))) != 0) ++count;
  }
  return count;
}

int count_mounts_below(const fs::path& dir) {
  std::ifstream mountinfo("/proc/self/mountinfo");
  const std::string prefix = dir.string() + "/";
  int count = 0;
  for (std::string line; std::getline(mountinfo, line);) {
    std::istringstream fields(line);
    std::string id, parent, device, root, mount_point;
    fields >> id >> parent >> device >> root >> mount_point;
    if (mount_point == dir.string() || mount_point.rfind(prefix, 0) == 0) ++count;
  }
  return count;
}

int count_entries(const fs::path& dir, const std::string& prefix) {
  int count = 0;
  std::error_code error;
  for (const fs::directory_entry& entry : fs::directory_iterator(dir, error)) {
    if (entry.path().filename().string().rfind(prefix, 0) == 0) ++count;
  }
  return count;
}

int count_open_fds() {
  int count = 0;
  std::error_code error;
  for (auto it = fs::directory_iterator("/proc/self/fd", error);
       !error && it != fs::directory_iterator(); it.increment(error)) {
    ++count;
  }
  return count - 1;  // the iterator's own descriptor
}

std::int64_t tree_bytes(const fs::path& dir) {
  std::int64_t bytes = 0;
  std::error_code error;
  auto it =
      fs::recursive_directory_iterator(dir, fs::directory_options::skip_permission_denied, error);
  for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (it->is_regular_file(error) && !it->is_symlink(error)) {
      bytes += static_cast<std::int64_t>(it->file_size(error));
    }
  }
  return bytes;
}

}  // namespace judge::bench
