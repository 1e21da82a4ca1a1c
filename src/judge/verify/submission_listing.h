// The reference submissions of a package: every file or folder directly inside a folder of
// submissions/ (and files directly in submissions/, which only submissions.yaml can give an
// expectation). Nothing is followed or opened: a symbolic link or a special file is reported,
// not judged.
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "judge/verify/finding.h"

namespace judge::verify {

struct ListedSubmission {
  std::string path;    // below submissions/: "accepted/sol.py"
  std::string folder;  // "accepted"; "" for a file directly in submissions/
  bool is_directory = false;
  std::vector<std::string> files;  // a folder's regular files, sorted (not hidden ones)
};

struct SubmissionListing {
  std::vector<ListedSubmission> submissions;  // sorted by path
  std::vector<Finding> findings;              // what was left out, and why
};

// An absent submissions/ lists nothing.
SubmissionListing list_submissions(const std::filesystem::path& submissions_dir);

}  // namespace judge::verify
