// One run of the Linux sandbox between LinuxSandbox::begin() and finish(), and the file that
// receives its stdout. Internal to the sandbox (linux_sandbox.cc, linux_sandbox_pair.cc).
#pragma once

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cstdint>
#include <memory>
#include <string>

#include "sandbox/linux_sandbox.h"
#include "util/error.h"
#include "util/unique_fd.h"

namespace judge::sandbox {

// The file that receives the program's stdout. It is written from the start and, when closed, cut
// to what was written: never emptied up front, because ext4 flushes a file that was truncated to
// zero and written again to disk when it is closed (auto_da_alloc), and the judge gives every
// test of a run the same output file.
class OutputFile {
 public:
  explicit OutputFile(const std::string& path) {
    if (path.empty()) return;
    fd_.reset(::open(path.c_str(), O_WRONLY | O_CREAT | O_CLOEXEC, 0644));
    if (!fd_) throw_errno("open", path);
  }
  ~OutputFile() {
    if (!fd_) return;
    struct stat st {};
    const off_t end = ::lseek(fd_.get(), 0, SEEK_CUR);
    if (end >= 0 && ::fstat(fd_.get(), &st) == 0 && st.st_size > end) {
      const int cut = ::ftruncate(fd_.get(), end);
      (void)cut;  // best effort: the run's figures say how much was written
    }
  }
  OutputFile(const OutputFile&) = delete;
  OutputFile& operator=(const OutputFile&) = delete;
  int fd() const { return fd_ ? fd_.get() : -1; }

 private:
  UniqueFd fd_;
};

// One run between begin() and finish(): its request, its init, where its output goes.
struct LinuxSandbox::ActiveRun {
  explicit ActiveRun(const RunSpec& run_spec);
  const RunSpec& spec;
  std::int64_t wall_ms = 0;
  std::unique_ptr<StartedInit> init;
  StartedInit* init_view = nullptr;  // stays valid after `init` was handed to the caller
  std::unique_ptr<OutputFile> output_file;
  std::int64_t started_ns = 0;
};

// The init's one report, read once and kept in the init (false: it ended without one).
bool read_init_report(StartedInit& init, ChildRecord* record);

}  // namespace judge::sandbox
