#include "judge/verify/submission_listing.h"

#include <algorithm>
#include <system_error>

#include "util/error.h"

namespace judge::verify {

namespace fs = std::filesystem;

namespace {

bool hidden(const std::string& name) {
  return name.empty() || name[0] == '.';
}

std::vector<fs::directory_entry> sorted_entries(const fs::path& dir) {
  std::error_code error;
  fs::directory_iterator it(dir, error);
  if (error) throw ConfigError(dir.string(), "", "cannot list: " + error.message());
  std::vector<fs::directory_entry> entries;
  for (const fs::directory_entry& entry : it) {
    if (!hidden(entry.path().filename().string())) entries.push_back(entry);
  }
  std::sort(entries.begin(), entries.end(),
            [](const auto& a, const auto& b) { return a.path() < b.path(); });
  return entries;
}

Finding left_out(const std::string& path, const std::string& why) {
  return {Severity::kWarning, "submissions", "submissions/" + path, "not judged: " + why};
}

// A submission folder's regular files; symbolic links and special files are refused.
std::vector<std::string> folder_files(const fs::path& dir, const std::string& path,
                                      std::vector<Finding>& findings) {
  std::vector<std::string> files;
  for (const fs::directory_entry& entry : sorted_entries(dir)) {
    const std::string name = entry.path().filename().string();
    std::error_code error;
    const fs::file_status status = entry.symlink_status(error);
    if (fs::is_regular_file(status)) {
      files.push_back(name);
    } else if (!fs::is_directory(status)) {
      findings.push_back(left_out(path + "/" + name, "not a regular file"));
    }
  }
  return files;
}

void add_entry(const fs::directory_entry& entry, const std::string& folder,
               SubmissionListing& listing) {
  const std::string name = entry.path().filename().string();
  const std::string path = folder.empty() ? name : folder + "/" + name;
  std::error_code error;
  const fs::file_status status = entry.symlink_status(error);
  ListedSubmission submission{path, folder, false, {}};
  if (fs::is_symlink(status)) {
    listing.findings.push_back(left_out(path,
                                        "a symbolic link (judge never follows links of a "
                                        "package)"));
  } else if (fs::is_regular_file(status)) {
    listing.submissions.push_back(std::move(submission));
  } else if (fs::is_directory(status)) {
    submission.is_directory = true;
    submission.files = folder_files(entry.path(), path, listing.findings);
    listing.submissions.push_back(std::move(submission));
  } else {
    listing.findings.push_back(left_out(path, "not a regular file or folder"));
  }
}

}  // namespace

SubmissionListing list_submissions(const fs::path& submissions_dir) {
  SubmissionListing listing;
  std::error_code error;
  if (!fs::is_directory(fs::symlink_status(submissions_dir, error))) return listing;
  for (const fs::directory_entry& entry : sorted_entries(submissions_dir)) {
    const std::string name = entry.path().filename().string();
    const fs::file_status status = entry.symlink_status(error);
    if (fs::is_directory(status)) {
      for (const fs::directory_entry& inner : sorted_entries(entry.path())) {
        add_entry(inner, name, listing);
      }
    } else if (name != "submissions.yaml") {
      add_entry(entry, "", listing);
    }
  }
  return listing;
}

}  // namespace judge::verify
