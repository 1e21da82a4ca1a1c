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
  std::vector<std::string> group_args;  // validator arguments from the folder settings files
  std::vector<std::string> args;        // 2025-09: the closest test_group.yaml's args
  LegacyGrading grading;                // legacy: grading after inheritance
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
  Inherited root_settings() { return apply_settings(data_, "", Inherited{}); }

  TestData take() {
    TestData data;
    if (options_.type == ProblemType::kScoring) {
      if (options_.format == PackageFormat::kLegacy) {
        assign_legacy_points(tests_, grading_);
      } else {
        add_default_groups();
        assign_group_points(tests_, groups_);
      }
      data.scoring_groups = std::move(groups_);
      data.legacy_grading = std::move(grading_);
    }
    data.tests = std::move(tests_);
    return data;
  }

 private:
  // Legacy: the closest testdata.yaml replaces the validator flags above it (spec/legacy.md
  // "Test Data Groups"), and each grading key overrides the parent's. 2025-09: each
  // test_group.yaml on the way down adds its arguments after its parent's, as problem.h
  // documents (problem, then groups, then the test case).
  Inherited apply_settings(const fs::path& folder, const std::string& rel, Inherited inherited) {
    const auto settings = read_group_settings(folder, options_.format);
    if (options_.format == PackageFormat::kLegacy) {
      if (settings) {
        inherited.group_args = settings->validator_args.value_or(std::vector<std::string>{});
        inherited.grading = inherit_grading(inherited.grading, *settings);
      }
      inherited.grading.folder = rel;
      grading_.push_back(inherited.grading);
      return inherited;
    }
    if (settings && settings->validator_args) {
      inherited.group_args.insert(inherited.group_args.end(), settings->validator_args->begin(),
                                  settings->validator_args->end());
    }
    if (settings && settings->args) inherited.args = *settings->args;
    if (rel == "secret" || is_secret_group(rel)) add_group(rel, settings);
    return inherited;
  }

  static bool is_secret_group(const std::string& rel) {
    return rel.starts_with("secret/") && rel.find('/', 7) == std::string::npos;
  }

  // 2025-09 defaults: secret sums to 100; a group is pass-fail and unbounded.
  void add_group(const std::string& rel, const std::optional<GroupSettings>& settings) {
    ScoringGroup group;
    group.name = rel;
    const bool secret = rel == "secret";
    group.aggregation = secret ? ScoreAggregation::kSum : ScoreAggregation::kPassFail;
    group.max_score = secret ? std::optional<double>(100) : std::nullopt;
    group.defined_in = (data_ / rel / "test_group.yaml").string();
    if (settings) {
      if (settings->aggregation) group.aggregation = *settings->aggregation;
      if (settings->has_max_score) group.max_score = settings->max_score;
      group.require_pass = settings->require_pass;
    }
    groups_.push_back(group);
  }

  // A secret folder that holds groups has no tests of its own; one without groups is the only
  // aggregation unit. Folders without tests (empty groups) are dropped.
  void add_default_groups() {
    if (std::none_of(groups_.begin(), groups_.end(),
                     [](const ScoringGroup& g) { return g.name == "secret"; })) {
      ScoringGroup secret;
      secret.name = "secret";
      secret.aggregation = ScoreAggregation::kSum;
      secret.max_score = 100;
      secret.defined_in = (data_ / "secret" / "test_group.yaml").string();
      groups_.insert(groups_.begin(), secret);
    }
    const bool direct_tests = std::any_of(tests_.begin(), tests_.end(),
                                          [](const TestCase& t) { return t.group == "secret"; });
    const bool has_groups = groups_.size() > 1;
    if (direct_tests && has_groups) {
      throw ConfigError((data_ / "secret").string(), "",
                        "holds both test cases and test data groups; a scoring problem's secret/ "
                        "holds one or the other (move the .in/.ans files into a group folder)");
    }
    std::erase_if(groups_, [&](const ScoringGroup& group) {
      if (group.name == "secret") return false;
      return std::none_of(tests_.begin(), tests_.end(), [&](const TestCase& t) {
        return t.group == group.name || t.group.starts_with(group.name + "/");
      });
    });
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
    test.args = inherited.args;
    const fs::path case_yaml = folder / (name + ".yaml");
    if (options_.format == PackageFormat::k2025_09 && is_regular_file_following_links(case_yaml)) {
      const TestCaseSettings own = read_test_case_settings(case_yaml);
      test.validator_args.insert(test.validator_args.end(), own.validator_args.begin(),
                                 own.validator_args.end());
      if (own.args) test.args = *own.args;
    }
    const fs::path files = folder / (name + ".files");
    if (is_directory_following_links(files)) test.files_dir = resolve_links(files);
    tests_.push_back(std::move(test));
  }

  fs::path data_;
  const TestDataOptions& options_;
  std::vector<TestCase> tests_;
  std::vector<ScoringGroup> groups_;
  std::vector<LegacyGrading> grading_;
};

}  // namespace

TestData collect_kattis_tests(const fs::path& dir, const TestDataOptions& options) {
  const fs::path data = dir / "data";
  if (!is_directory_following_links(data)) return {};
  TestDataWalker walker(data, options);
  const Inherited root = walker.root_settings();
  walker.walk_top("sample", root);  // samples run first: they fail fastest and most visibly
  walker.walk_top("secret", root);
  return walker.take();
}

}  // namespace judge::problem
