// Taking a file a validator program wrote in its feedback folder (multi-pass nextpass.in, a
// Polygon interactor's tout) out of that folder, to hand it to the next program that reads it.
//
// The validator controls the folder: the file is taken only as a regular file of the sandbox
// user, reached without any symbolic link and never opened in a way that blocks
// (util/untrusted_file.h), and never longer than the caller's bound. The copy is 0644, readable
// by the sandbox user.
#pragma once

#include <cstdint>
#include <filesystem>
#include <string>

namespace judge {

// What a validator may write into one feedback file (its file size limit, RLIMIT_FSIZE): the
// feedback folder is on the host's disk.
inline constexpr std::int64_t kFeedbackFileBytes = 16ll << 20;

struct TakenFile {
  enum class Status { kCopied, kMissing, kRefused };
  Status status = Status::kMissing;
  std::string why;  // kRefused: "is a symbolic link ...", "is larger than 16 MiB"
};

// Copies feedback_dir/name to `target` (replacing it). Throws InternalError when the copy cannot
// be written or the file cannot be read once opened.
TakenFile take_validator_file(const std::filesystem::path& feedback_dir, const std::string& name,
                              const std::filesystem::path& target, unsigned sandbox_uid,
                              std::int64_t max_bytes);

}  // namespace judge
