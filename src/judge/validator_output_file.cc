#include "judge/validator_output_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include "util/error.h"
#include "util/unique_fd.h"
#include "util/units.h"
#include "util/untrusted_file.h"

namespace judge {

namespace fs = std::filesystem;

TakenFile take_validator_file(const fs::path& feedback_dir, const std::string& name,
                              const fs::path& target, unsigned sandbox_uid,
                              std::int64_t max_bytes) {
  const fs::path source = feedback_dir / name;
  TakenFile taken;
  const UniqueFd in = open_untrusted_file(feedback_dir, name, &taken.why);
  if (!in) {
    taken.status = taken.why.empty() ? TakenFile::Status::kMissing : TakenFile::Status::kRefused;
    return taken;
  }
  taken.status = TakenFile::Status::kRefused;
  struct stat st {};
  if (::fstat(in.get(), &st) != 0) throw_errno("fstat", source.string());
  // A hard link to a file of someone else is not the validator's own output.
  if (st.st_uid != sandbox_uid) {
    taken.why =
        "is not a file the validator wrote (owned by uid " + std::to_string(st.st_uid) + ")";
    return taken;
  }
  if (st.st_size > max_bytes) {
    taken.why = "is larger than " + units::format_bytes(max_bytes);
    return taken;
  }
  const UniqueFd out(::open(target.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644));
  if (!out) throw_errno("open", target.string());
  char buffer[65536];
  std::int64_t total = 0;
  for (;;) {
    const ssize_t n = ::read(in.get(), buffer, sizeof buffer);
    if (n < 0) throw_errno("read", source.string());
    if (n == 0) break;
    total += n;
    if (total > max_bytes) {  // grown since fstat: the validator is still writing it
      taken.why = "is larger than " + units::format_bytes(max_bytes);
      return taken;
    }
    for (ssize_t done = 0; done < n;) {
      const ssize_t written = ::write(out.get(), buffer + done, static_cast<std::size_t>(n - done));
      if (written < 0) throw_errno("write", target.string());
      done += written;
    }
  }
  ::fchmod(out.get(), 0644);  // whatever the umask
  taken.status = TakenFile::Status::kCopied;
  return taken;
}

}  // namespace judge
