// The submissions of one `judge grade` run: what the command line names (source files, folders
// of submissions, CSV and JSON manifests) turned into a list of (id, path, language), sorted by
// id. The shapes are documented in man/judge.1 (GRADING).
#pragma once

#include <filesystem>
#include <string>
#include <vector>

namespace judge::grade {

struct Submission {
  std::string id;              // unique, UTF-8, no control characters
  std::filesystem::path path;  // a source file or a folder of one solution's sources
  std::string language_id;     // from a manifest; "" = --lang, else detection
  std::string origin;          // where it was listed, for messages: "class.csv:4", "subs/"
  // Listed by a folder or a manifest, not named on the command line: its path is not followed
  // when it is a symbolic link (a student's upload could point anywhere the judge can read).
  bool listed = false;
};

// Every submission the arguments name, sorted by id (byte order). An argument ending in .csv or
// .json is a manifest; a directory is a folder of submissions (one per entry not starting with
// a dot); anything else is one submission, even if it does not exist (it is then graded CE).
// ConfigError naming the file and the fix for an unreadable or malformed manifest, an invalid id,
// or an id listed twice.
std::vector<Submission> collect_submissions(const std::vector<std::filesystem::path>& arguments);

// ConfigError(origin, "id", ...) unless id is non-empty UTF-8 without hidden control characters.
void check_id(const std::string& id, const std::string& origin);

}  // namespace judge::grade
