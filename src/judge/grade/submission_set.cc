#include "judge/grade/submission_set.h"

#include <sys/stat.h>

#include <algorithm>
#include <map>
#include <system_error>

#include "judge/grade/manifest.h"
#include "util/error.h"
#include "util/utf8.h"

namespace judge::grade {

namespace fs = std::filesystem;

namespace {

bool is_manifest(const fs::path& path, const std::string& extension) {
  return path.extension() == extension;
}

// One submission per entry of the folder, hidden entries (.git, .DS_Store) aside.
std::vector<Submission> read_folder(const fs::path& folder) {
  std::vector<Submission> submissions;
  std::error_code error;
  fs::directory_iterator entries(folder, error);
  if (error) {
    throw ConfigError(folder.string(), "", "cannot list the folder: " + error.message());
  }
  for (const fs::directory_entry& entry : entries) {
    const std::string name = entry.path().filename().string();
    if (name.empty() || name[0] == '.') continue;
    submissions.push_back({name, entry.path(), "", folder.string(), true});
  }
  return submissions;
}

}  // namespace

void check_id(const std::string& id, const std::string& origin) {
  if (id.empty()) throw ConfigError(origin, "id", "is empty; every submission needs an id");
  for (std::size_t pos = 0; pos < id.size();) {
    const utf8::CodePoint cp = utf8::decode(id, pos);
    if (!cp.valid) {
      throw ConfigError(origin, "id",
                        "'" + id +
                            "' is not valid UTF-8; rename the submission or give it an id "
                            "in a manifest");
    }
    if (utf8::is_hidden_control(cp.value)) {
      throw ConfigError(origin, "id",
                        "contains the control character " + utf8::escape(cp.value) +
                            "; rename the submission or give it an id in a manifest");
    }
    pos += cp.length;
  }
}

std::vector<Submission> collect_submissions(const std::vector<fs::path>& arguments) {
  std::vector<Submission> all;
  for (const fs::path& argument : arguments) {
    std::vector<Submission> found;
    std::error_code error;
    if (is_manifest(argument, ".csv")) {
      found = read_csv_manifest(argument);
    } else if (is_manifest(argument, ".json")) {
      found = read_json_manifest(argument);
    } else if (fs::is_directory(argument, error)) {
      found = read_folder(argument);
    } else {
      found.push_back({argument.filename().string(), argument, "", "command line", false});
    }
    all.insert(all.end(), std::make_move_iterator(found.begin()),
               std::make_move_iterator(found.end()));
  }
  std::map<std::string, const Submission*> by_id;
  for (const Submission& submission : all) {
    check_id(submission.id, submission.origin);
    const auto [it, inserted] = by_id.emplace(submission.id, &submission);
    if (!inserted) {
      throw ConfigError(submission.origin, "id",
                        "'" + submission.id + "' is also the id of " + it->second->path.string() +
                            " (" + it->second->origin +
                            "); ids must be unique: rename one or list them in a manifest");
    }
  }
  std::sort(all.begin(), all.end(),
            [](const Submission& a, const Submission& b) { return a.id < b.id; });
  return all;
}

}  // namespace judge::grade
