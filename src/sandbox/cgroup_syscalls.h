// Every system call the cgroup code makes, behind one class, so the same code can run on a fake
// cgroup tree in unit tests (ninja's DiskInterface idea). The base class is the real kernel; a
// test subclass overrides what a directory of plain files cannot do (populate a new cgroup with
// interface files, refuse subtree_control with EBUSY, empty cgroup.procs on cgroup.kill).
//
// Functions return 0 or an errno value instead of throwing: the callers decide whether a failure
// is fatal (creating a run cgroup) or expected (an optional interface file, a stale cleanup).
#pragma once

#include <sys/types.h>

#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace judge::sandbox {

class CgroupSyscalls {
 public:
  virtual ~CgroupSyscalls() = default;

  virtual int read_file(const std::string& path, std::string* content);
  // A file kept open to be read again and again (cgroup_figure.h): a descriptor, or -errno.
  virtual int open_file(const std::string& path);
  // The whole content of an open file, read from its start (pread at 0: a cgroup file shows its
  // current figures on every read from offset 0, as a plain file shows what was last written).
  virtual int reread_file(int fd, std::string* content);
  virtual void close_file(int fd);
  // One write(2) of the whole value: cgroup files take one value per write call.
  virtual int write_file(const std::string& path, std::string_view value);
  virtual int make_dir(const std::string& path);
  virtual int remove_dir(const std::string& path);
  virtual bool exists(const std::string& path);
  virtual bool writable(const std::string& path);  // access(W_OK): honours ownership and ro mounts
  virtual std::vector<std::string> subdirectories(const std::string& path);  // names, unsorted
  virtual int kill_process(pid_t pid, int signal);
  virtual bool process_alive(pid_t pid);
  virtual void sleep_ms(int milliseconds);
};

std::shared_ptr<CgroupSyscalls> real_cgroup_syscalls();

}  // namespace judge::sandbox
