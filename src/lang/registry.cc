// Registry::load and find: every languages/*.yaml, validated, sorted by id.
#include <algorithm>
#include <system_error>

#include "lang/language.h"
#include "lang/language_file.h"
#include "util/error.h"

namespace judge::lang {

namespace {

std::vector<std::filesystem::path> yaml_files_in(const std::filesystem::path& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) {
    throw ConfigError(dir.string(), "", "not a directory of language files (*.yaml)");
  }
  std::vector<std::filesystem::path> files;
  for (const auto& entry : std::filesystem::directory_iterator(dir, ec)) {
    if (entry.path().extension() == ".yaml" && entry.is_regular_file(ec)) {
      files.push_back(entry.path());
    }
  }
  if (ec) throw ConfigError(dir.string(), "", "cannot list the directory: " + ec.message());
  // Directory order is arbitrary; sorting keeps "which file is the duplicate" stable.
  std::sort(files.begin(), files.end());
  return files;
}

// Two languages with one id or one extension would make --lang or detection ambiguous.
void check_unique(const std::vector<Language>& languages) {
  for (std::size_t a = 0; a < languages.size(); ++a) {
    for (std::size_t b = a + 1; b < languages.size(); ++b) {
      const Language& first = languages[a];
      const Language& second = languages[b];
      if (first.id == second.id) {
        throw ConfigError(
            second.file.string(), "id",
            "duplicate id '" + second.id + "', also defined in " + first.file.string());
      }
      for (const std::string& ext : second.extensions) {
        if (std::find(first.extensions.begin(), first.extensions.end(), ext) !=
            first.extensions.end()) {
          throw ConfigError(second.file.string(), "extensions",
                            "extension " + ext + " is also claimed by " + first.file.string() +
                                " (language '" + first.id + "')");
        }
      }
    }
  }
}

}  // namespace

Registry Registry::load(const std::filesystem::path& dir) {
  Registry registry;
  for (const std::filesystem::path& file : yaml_files_in(dir)) {
    registry.languages_.push_back(detail::parse_language_file(file));
  }
  if (registry.languages_.empty()) {
    throw ConfigError(dir.string(), "", "no language files (*.yaml) found");
  }
  check_unique(registry.languages_);
  std::sort(registry.languages_.begin(), registry.languages_.end(),
            [](const Language& a, const Language& b) { return a.id < b.id; });
  return registry;
}

std::vector<std::string> Registry::profiles(const std::filesystem::path& dir) {
  std::vector<std::string> names;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(dir / "profiles", ec)) {
    if (entry.is_directory(ec)) names.push_back(entry.path().filename().string());
  }
  std::sort(names.begin(), names.end());
  return names;
}

Registry Registry::load(const std::filesystem::path& dir, const std::string& profile) {
  Registry registry = load(dir);
  if (profile.empty() || profile == "default") return registry;
  const std::vector<std::string> known = profiles(dir);
  if (std::find(known.begin(), known.end(), profile) == known.end()) {
    std::string names;
    for (const std::string& name : known) names += (names.empty() ? "" : ", ") + name;
    throw ConfigError("", "--profile", "unknown profile '" + profile + "'; known: " + names);
  }
  const std::filesystem::path folder = dir / "profiles" / profile;
  std::error_code ec;
  if (!std::filesystem::is_directory(folder, ec)) return registry;  // listed, so a directory
  for (const std::filesystem::path& file : yaml_files_in(folder)) {
    Language language = detail::parse_language_file(file);
    auto same = std::find_if(
        registry.languages_.begin(), registry.languages_.end(),
        [&](const Language& known_language) { return known_language.id == language.id; });
    if (same != registry.languages_.end()) {
      *same = std::move(language);
    } else {
      registry.languages_.push_back(std::move(language));
    }
  }
  check_unique(registry.languages_);
  std::sort(registry.languages_.begin(), registry.languages_.end(),
            [](const Language& a, const Language& b) { return a.id < b.id; });
  return registry;
}

const Language* Registry::find(const std::string& id) const {
  for (const Language& language : languages_) {
    if (language.id == id) return &language;
  }
  return nullptr;
}

}  // namespace judge::lang
