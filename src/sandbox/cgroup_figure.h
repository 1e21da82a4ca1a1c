// One interface file of a run cgroup that is read again and again (CPU time polled during the run,
// the final figures after it): opened once when the cgroup is made, by the worker thread that
// prepares runs, then read from offset 0 on the judge's path. A path lookup through the cgroup
// filesystem per read cost more than the read itself, several times per test.
//
// A file that could not be opened then (an optional file of an older kernel) is read by path, as
// before: the same answers, only not the saving.
#pragma once

#include <memory>
#include <string>

#include "sandbox/cgroup_syscalls.h"

namespace judge::sandbox {

class CgroupFigure {
 public:
  CgroupFigure(CgroupSyscalls& sys, std::string path)
      : sys_(&sys), path_(std::move(path)), fd_(sys.open_file(path_)) {}
  ~CgroupFigure() { close(); }
  CgroupFigure(const CgroupFigure&) = delete;
  CgroupFigure& operator=(const CgroupFigure&) = delete;

  // 0 or an errno, as CgroupSyscalls::read_file.
  int read(std::string* content) const {
    return fd_ >= 0 ? sys_->reread_file(fd_, content) : sys_->read_file(path_, content);
  }
  const std::string& path() const { return path_; }
  // Before the cgroup is removed: nothing of ours keeps its files busy.
  void close() {
    if (fd_ >= 0) sys_->close_file(fd_);
    fd_ = -1;
  }

 private:
  CgroupSyscalls* sys_;
  std::string path_;
  int fd_;
};

}  // namespace judge::sandbox
