#include "problem/test_data.h"

#include <algorithm>
#include <optional>
#include <utility>

#include "problem/folder_listing.h"
#include "problem/group_settings.h"
#include "problem/scoring.h"
#include "util/error.h"

namespace judge::problem {

namespace fs = std::filesystem;

namespace {

// Deeper than any real package; stops a chain of symlinked folders from walking for ever.
constexpr std::size_t kMaxFolderDepth = 32;

// What a folder passes down to its tests and subfolders.
struct Inherited {
  std::vector<std::string> group_args;   // validator arguments from the folder settings files
  std::optional<double> accept_score;    // legacy: closest testdata.yaml's accept_score
  std::optional<PointsRule> split_rule;  // 2025-09: closest folder with a max_score
};

class TestDataWalker {
 public:
  TestDataWalker(fs::path data, const TestDataOptions& options)
      : data_(std::move(data)), options_(options) {}

  void walk_top(const std::string& top, const Inherited& from_data_folder) {
    const fs::path folder = data_ / top;
    if (!is_directory_following_links(folder)) return;
    std::vector<fs::path> ancestors{resolve_links(data_)};
    walk(folder, top, from_data_folder, ancestors);
  }

  // Settings of data/ itself (legacy data/testdata.yaml applies to every group).
  Inherited root_settings() const { return apply_settings(data_, "", Inherited{}); }

  std::vector<TestCase> take_tests() {
    if (options_.type == ProblemType::kScoring) assign_points(tests_, rules_);
    return std::move(tests_);
  }

 private:
  // Legacy: the closest testdata.yaml replaces everything above it (spec/legacy.md "Test Data
  // Groups"). 2025-09: each test_group.yaml on the way down adds its arguments after its
  // parent's, as problem.h documents (problem, then groups, then the test case).
  Inherited apply_settings(const fs::path& folder, const std::string& rel,
                           Inherited inherited) const {
    const auto settings = read_group_settings(folder, options_.format);
    if (!settings) return inherited;
    if (options_.format == PackageFormat::kLegacy) {
      inherited.group_args = settings->validator_args.value_or(std::vector<std::string>{});
      inherited.accept_score = settings->accept_score;
      return inherited;
    }
    if (settings->validator_args) {
      inherited.group_args.insert(inherited.group_args.end(), settings->validator_args->begin(),
                                  settings->validator_args->end());
    }
    if (settings->max_score && !rel.empty()) {
      inherited.split_rule = PointsRule{*settings->max_score, rel};
    }
    return inherited;
  }

  void walk(const fs::path& folder, const std::string& rel, Inherited inherited,
            std::vector<fs::path>& ancestors) {
    const fs::path resolved = resolve_links(folder);
    if (std::find(ancestors.begin(), ancestors.end(), resolved) != ancestors.end() ||
        ancestors.size() > kMaxFolderDepth) {
      throw ConfigError(folder.string(), "",
                        "is a symbolic link back to one of its own parent folders (a loop)");
    }
    ancestors.push_back(resolved);
    inherited = apply_settings(folder, rel, std::move(inherited));
    for (const FolderEntry& entry : list_test_folder(folder)) {
      if (entry.is_test) {
        add_test(folder, rel, entry.name, inherited);
      } else {
        walk(folder / entry.name, rel + "/" + entry.name, inherited, ancestors);
      }
    }
    ancestors.pop_back();
  }

  void add_test(const fs::path& folder, const std::string& rel, const std::string& name,
                const Inherited& inherited) {
    TestCase test;
    test.name = rel + "/" + name;
    test.group = rel;
    test.is_sample = rel == "sample" || rel.starts_with("sample/");
    test.input = resolve_links(folder / (name + ".in"));
    const fs::path answer = folder / (name + ".ans");
    if (is_regular_file_following_links(answer)) {
      test.answer = resolve_links(answer);
    } else if (!options_.answers_optional) {
      throw ConfigError((folder / (name + ".in")).string(), "",
                        "has no answer file " + name +
                            ".ans next to it; every test case needs NAME.in and NAME.ans");
    }
    const fs::path interaction = folder / (name + ".interaction");
    if (is_regular_file_following_links(interaction)) test.interaction = resolve_links(interaction);

    test.validator_args = options_.problem_validator_args;
    test.validator_args.insert(test.validator_args.end(), inherited.group_args.begin(),
                               inherited.group_args.end());
    const fs::path case_yaml = folder / (name + ".yaml");
    if (options_.format == PackageFormat::k2025_09 && is_regular_file_following_links(case_yaml)) {
      const std::vector<std::string> own = read_test_case_validator_args(case_yaml);
      test.validator_args.insert(test.validator_args.end(), own.begin(), own.end());
    }

    rules_.push_back(points_rule(test, inherited));
    tests_.push_back(std::move(test));
  }

  PointsRule points_rule(const TestCase& test, const Inherited& inherited) const {
    if (test.is_sample) return PointsRule{0, std::nullopt};
    if (options_.format == PackageFormat::kLegacy) {
      return PointsRule{inherited.accept_score.value_or(1), std::nullopt};
    }
    return inherited.split_rule.value_or(PointsRule{1, std::nullopt});
  }

  fs::path data_;
  const TestDataOptions& options_;
  std::vector<TestCase> tests_;
  std::vector<PointsRule> rules_;
};

}  // namespace

std::vector<TestCase> collect_kattis_tests(const fs::path& dir, const TestDataOptions& options) {
  const fs::path data = dir / "data";
  if (!is_directory_following_links(data)) return {};
  TestDataWalker walker(data, options);
  const Inherited root = walker.root_settings();
  walker.walk_top("sample", root);  // samples run first: they fail fastest and most visibly
  walker.walk_top("secret", root);
  return walker.take_tests();
}

}  // namespace judge::problem
