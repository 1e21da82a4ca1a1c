#include "problem/output_validator.h"

#include <algorithm>
#include <string>
#include <system_error>
#include <vector>

#include "problem/folder_listing.h"
#include "util/error.h"

namespace judge::problem {

namespace fs = std::filesystem;

namespace {

// Names starting with a dot (.gitignore, .DS_Store) are not part of a package (spec: "as if all
// such files and directories were removed").
std::vector<fs::path> visible_entries(const fs::path& folder) {
  std::vector<fs::path> entries;
  std::error_code ec;
  for (const auto& entry : fs::directory_iterator(folder, ec)) {
    if (entry.path().filename().string().starts_with('.')) continue;
    entries.push_back(entry.path());
  }
  if (ec) throw ConfigError(folder.string(), "", "cannot be listed: " + ec.message());
  std::sort(entries.begin(), entries.end());
  return entries;
}

// A program is one file or a folder of files. A folder holding a single file is reported as that
// file, so the caller can compile it like a solution; otherwise the folder (build/run scripts,
// several sources) is passed on whole.
// The path is absolute with links resolved, like the test files, so it stays valid whatever
// directory the judge later runs the compiler in.
fs::path program_path(const fs::path& program) {
  if (!is_directory_following_links(program)) return resolve_links(program);
  const std::vector<fs::path> files = visible_entries(program);
  if (files.size() == 1 && !is_directory_following_links(files[0])) {
    return resolve_links(files[0]);
  }
  return resolve_links(program);
}

ValidatorSpec find_2025_09(const fs::path& dir, const ProblemConfig& config) {
  ValidatorSpec spec;
  const fs::path folder = dir / "output_validator";
  if (is_directory_following_links(folder) && !visible_entries(folder).empty()) {
    spec.kind = ValidatorSpec::Kind::kCustom;
    spec.custom_path = program_path(folder);
  } else if (is_directory_following_links(dir / "output_validators")) {
    // Ignoring it would judge with the default validator without a word.
    throw ConfigError((dir / "output_validators").string(), "",
                      "is the legacy spelling; 2025-09 packages keep the output validator in "
                      "output_validator/ (singular)");
  }
  if ((config.interactive || config.multi_pass) && spec.kind == ValidatorSpec::Kind::kDefault) {
    throw ConfigError((dir / "problem.yaml").string(), "type",
                      "interactive and multi-pass problems need an output validator in "
                      "output_validator/, which is missing or empty");
  }
  return spec;
}

ValidatorSpec find_legacy(const fs::path& dir, const ProblemConfig& config) {
  ValidatorSpec spec;
  // Legacy packages choose with `validation:`; an output_validators/ folder alone does not
  // switch away from the default validator (spec/legacy.md "Validation").
  if (!config.legacy_custom_validation) return spec;
  const fs::path folder = dir / "output_validators";
  const std::vector<fs::path> validators =
      is_directory_following_links(folder) ? visible_entries(folder) : std::vector<fs::path>{};
  if (validators.empty()) {
    throw ConfigError((dir / "problem.yaml").string(), "validation",
                      "\"custom\" needs an output validator in output_validators/<name>/, "
                      "which is missing or empty");
  }
  if (validators.size() > 1) {
    throw ConfigError(folder.string(), "",
                      "holds " + std::to_string(validators.size()) +
                          " output validators; judge supports exactly one (one file or one "
                          "folder)");
  }
  spec.kind = ValidatorSpec::Kind::kCustom;
  spec.custom_path = program_path(validators[0]);
  return spec;
}

}  // namespace

ValidatorSpec find_output_validator(const fs::path& dir, const ProblemConfig& config) {
  ValidatorSpec spec = config.format == PackageFormat::k2025_09 ? find_2025_09(dir, config)
                                                                : find_legacy(dir, config);
  spec.interactive = config.interactive;
  spec.multi_pass = config.multi_pass;
  spec.testlib = config.testlib_validator;
  if (spec.testlib && spec.multi_pass) {
    throw ConfigError((dir / "problem.yaml").string(), "output_validator_protocol",
                      "testlib validators cannot ask for another pass; multi-pass problems use "
                      "the Kattis protocol (nextpass.in and exit 42)");
  }
  if (spec.testlib && spec.kind == ValidatorSpec::Kind::kDefault) {
    throw ConfigError((dir / "problem.yaml").string(), "output_validator_protocol",
                      "testlib needs the package's own validator (output_validator/, or "
                      "output_validators/ with validation: custom)");
  }
  // output_validator_protocol: testlib is the older spelling of checker: testlib.
  if (spec.testlib) spec.protocol = CheckerProtocol::kTestlib;
  return spec;
}

}  // namespace judge::problem
