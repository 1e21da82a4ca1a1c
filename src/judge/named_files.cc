#include "judge/named_files.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>

#include "util/error.h"
#include "util/unique_fd.h"
#include "util/untrusted_file.h"
#include "util/write_all.h"

namespace judge {

namespace fs = std::filesystem;

fs::path stage_named_input(const problem::TestCase& test, const std::string& input_file,
                           StagingDir& staging) {
  if (!test.files_dir.empty()) {
    throw InternalError("test " + test.name + " has both a .files/ folder and a named input");
  }
  return staging.copy_file_in(test.input, fs::path("named-input") / input_file).parent_path();
}

namespace {

void write_or_throw(int fd, const char* data, std::size_t size, const fs::path& target) {
  if (int err = write_all(fd, data, size); err != 0) throw_errno("write", target.string(), err);
}

}  // namespace

NamedOutput copy_named_output(int box_fd, const std::string& name, std::int64_t max_bytes,
                              const fs::path& target) {
  NamedOutput result;
  const UniqueFd in = open_untrusted_file_at(box_fd, name, &result.why);
  if (!in) {
    result.status =
        result.why.empty() ? NamedOutput::Status::kMissing : NamedOutput::Status::kRefused;
    return result;
  }
  const UniqueFd out(::open(target.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
  if (!out) throw_errno("open", target.string());
  result.status = NamedOutput::Status::kRead;
  char buffer[1 << 16];
  std::int64_t copied = 0;
  for (;;) {
    const ssize_t n = ::read(in.get(), buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n < 0) throw_errno("read", name + " of the solution's work dir");
    if (n == 0) break;
    // One byte past the limit is enough to know the output is too large.
    const std::int64_t room = max_bytes - copied;
    if (n > room) {
      if (room > 0) write_or_throw(out.get(), buffer, static_cast<std::size_t>(room), target);
      result.status = NamedOutput::Status::kTooLarge;
      return result;
    }
    write_or_throw(out.get(), buffer, static_cast<std::size_t>(n), target);
    copied += n;
  }
  return result;
}

void take_named_output(TestOutcome& outcome, const std::string& name, std::int64_t max_bytes,
                       const fs::path& target) {
  // Held only until read: every test's RunResult stays in the report, its /box must not.
  const std::shared_ptr<const UniqueFd> box = std::move(outcome.run.box);
  outcome.run.box.reset();
  // Emptied first: --verbose shows this file, which must not be the previous test's output.
  if (::truncate(target.c_str(), 0) != 0 && errno != ENOENT)
    throw_errno("truncate", target.string());
  const Verdict ran = outcome.verdict;
  if (ran != Verdict::kAccepted && ran != Verdict::kRuntimeError) return;
  if (!box || !*box) {
    if (ran == Verdict::kRuntimeError) return;
    outcome.verdict = Verdict::kInternalError;
    outcome.message = "the sandbox did not hand back the work dir to read " + name + " from";
    return;
  }
  const NamedOutput output = copy_named_output(box->get(), name, max_bytes, target);
  if (output.status == NamedOutput::Status::kTooLarge) {
    outcome.verdict = Verdict::kOutputLimitExceeded;
    outcome.message =
        name + " is larger than the output limit of " + std::to_string(max_bytes) + " bytes";
    return;
  }
  if (ran != Verdict::kAccepted) return;
  if (output.status == NamedOutput::Status::kMissing) {
    outcome.verdict = Verdict::kWrongAnswer;
    outcome.message = "no output file: the solution did not write " + name;
  } else if (output.status == NamedOutput::Status::kRefused) {
    outcome.verdict = Verdict::kWrongAnswer;
    outcome.message = "the output file " + name + " " + output.why;
  }
}

}  // namespace judge
