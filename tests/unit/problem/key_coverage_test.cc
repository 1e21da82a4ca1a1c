// Every problem.yaml key the format defines (spec/2025-09.md and spec/legacy.md, listed here
// independently of the product's table) is either honoured, with a check of its effect, or
// refused by name: never read and silently judged as something else.
#include <catch2/catch.hpp>
#include <functional>
#include <set>

#include "problem/problem.h"
#include "problem/unimplemented.h"
#include "temp_package.h"
#include "util/error.h"

using namespace judge::problem;
using judge::ConfigError;
using judge::problem::testing::TempPackage;

namespace {

constexpr std::int64_t kMiB = 1 << 20;

struct KeyCase {
  PackageFormat format;
  std::string key;    // dotted, as in the table
  std::string value;  // the refused value the case uses ("" = any value)
  std::string yaml;   // problem.yaml without problem_format_version
  // Run only when the key is not refused: the effect of honouring it (metadata: no effect).
  std::function<void(const Problem&)> honoured;
};

// Metadata changes nothing a verdict depends on.
void same_judging(const Problem& problem) {
  CHECK(problem.type == ProblemType::kPassFail);
  CHECK(problem.limits.time_limit_ms == 1000);
  CHECK(problem.limits.memory_bytes == 2048 * kMiB);
  CHECK(problem.validator.kind == ValidatorSpec::Kind::kDefault);
  CHECK(problem.languages.empty());
}

// A refused type that a future change implements must come with a check of what it does.
void must_be_checked(const Problem&) {
  FAIL("this key is no longer refused: add a check that it is judged as the format says");
}

std::vector<KeyCase> spec_keys() {
  const PackageFormat now = PackageFormat::k2025_09;
  const PackageFormat old = PackageFormat::kLegacy;
  return {
      {now, "problem_format_version", "", "",
       [](const Problem& p) { CHECK(p.format == PackageFormat::k2025_09); }},
      {now, "type", "", "type: scoring\n",
       [](const Problem& p) { CHECK(p.type == ProblemType::kScoring); }},
      {now, "type", "interactive", "type: [pass-fail, interactive]\n",
       [](const Problem& p) { CHECK(p.validator.interactive); }},
      {now, "type", "multi-pass", "type: multi-pass\n",
       [](const Problem& p) { CHECK(p.validator.multi_pass); }},
      {now, "type", "submit-answer", "type: [scoring, submit-answer]\n",
       [](const Problem& p) { CHECK(p.submit_answer); }},
      {now, "name", "", "name: {de: Hallo, en: Hello}\n",
       [](const Problem& p) { CHECK(p.name == "Hello"); }},
      {now, "uuid", "", "uuid: 5ca9a1a2-6b9b-4f07-a0c3-2d0e8f0a9a11\n", same_judging},
      {now, "version", "", "version: 1.2-fix\n", same_judging},
      {now, "credits", "", "credits: {authors: [A. Author <a@example.org>]}\n", same_judging},
      {now, "source", "", "source: {name: Example Cup 2026, url: https://example.org}\n",
       same_judging},
      {now, "license", "", "license: cc by-sa\n", same_judging},
      {now, "rights_owner", "", "rights_owner: Example Cup\n", same_judging},
      {now, "embargo_until", "", "embargo_until: 2027-01-01\n", same_judging},
      {now, "keywords", "", "keywords: [graphs, greedy]\n", same_judging},
      {now, "languages", "", "languages: [cpp, python3]\n",
       [](const Problem& p) {
         CHECK(p.languages == std::vector<std::string>{"cpp", "python3"});
       }},
      {now, "allow_file_writing", "", "allow_file_writing: true\n", same_judging},
      {now, "constants", "", "constants: {max_n: 1000}\n", must_be_checked},
      {now, "limits.time_multipliers.ac_to_time_limit", "",
       "limits: {time_multipliers: {ac_to_time_limit: 3}}\n",
       [](const Problem& p) { CHECK(p.limits.ac_to_time_limit == 3.0); }},
      {now, "limits.time_multipliers.time_limit_to_tle", "",
       "limits: {time_multipliers: {time_limit_to_tle: 1.25}}\n",
       [](const Problem& p) { CHECK(p.limits.time_limit_to_tle == 1.25); }},
      {now, "limits.time_limit", "", "limits: {time_limit: 2.5}\n",
       [](const Problem& p) { CHECK(p.limits.time_limit_ms == 2500); }},
      {now, "limits.time_resolution", "", "limits: {time_resolution: 0.1}\n",
       [](const Problem& p) { CHECK(p.limits.time_resolution_s == 0.1); }},
      {now, "limits.memory", "", "limits: {memory: 256}\n",
       [](const Problem& p) { CHECK(p.limits.memory_bytes == 256 * kMiB); }},
      {now, "limits.output", "", "limits: {output: 16}\n",
       [](const Problem& p) { CHECK(p.limits.output_bytes == 16 * kMiB); }},
      {now, "limits.code", "", "limits: {code: 64}\n",
       [](const Problem& p) { CHECK(p.limits.code_bytes == 64 << 10); }},
      {now, "limits.compilation_time", "", "limits: {compilation_time: 90}\n",
       [](const Problem& p) { CHECK(p.limits.compilation_time_ms == 90000); }},
      {now, "limits.compilation_memory", "", "limits: {compilation_memory: 512}\n",
       [](const Problem& p) { CHECK(p.limits.compilation_memory_bytes == 512 * kMiB); }},
      {now, "limits.validation_time", "", "limits: {validation_time: 20}\n",
       [](const Problem& p) { CHECK(p.limits.validation_time_ms == 20000); }},
      {now, "limits.validation_memory", "", "limits: {validation_memory: 128}\n",
       [](const Problem& p) { CHECK(p.limits.validation_memory_bytes == 128 * kMiB); }},
      {now, "limits.validation_output", "", "limits: {validation_output: 4}\n",
       [](const Problem& p) { CHECK(p.limits.validation_output_bytes == 4 * kMiB); }},
      {now, "limits.validation_passes", "", "type: multi-pass\nlimits: {validation_passes: 3}\n",
       [](const Problem& p) { CHECK(p.limits.validation_passes == 3); }},

      {old, "problem_format_version", "", "",
       [](const Problem& p) { CHECK(p.format == PackageFormat::kLegacy); }},
      {old, "type", "", "type: scoring\n",
       [](const Problem& p) { CHECK(p.type == ProblemType::kScoring); }},
      {old, "name", "", "name: Hello\n", [](const Problem& p) { CHECK(p.name == "Hello"); }},
      {old, "uuid", "", "uuid: 5ca9a1a2-6b9b-4f07-a0c3-2d0e8f0a9a11\n", same_judging},
      {old, "author", "", "author: A. Author\n", same_judging},
      {old, "source", "", "source: Example Cup 2026\n", same_judging},
      {old, "source_url", "", "source: Example Cup\nsource_url: https://example.org\n",
       same_judging},
      {old, "license", "", "license: cc by\n", same_judging},
      {old, "rights_owner", "", "rights_owner: Example Cup\n", same_judging},
      {old, "keywords", "", "keywords: graphs greedy\n", same_judging},
      {old, "validation", "", "validation: default\n", same_judging},
      {old, "validation", "interactive", "validation: custom interactive\n",
       [](const Problem& p) { CHECK(p.validator.interactive); }},
      {old, "validation", "score", "type: scoring\nvalidation: custom score\n", must_be_checked},
      {old, "validator_flags", "", "validator_flags: float_tolerance 1e-6\n",
       [](const Problem& p) {
         CHECK(p.tests.at(0).validator_args == std::vector<std::string>{"float_tolerance", "1e-6"});
       }},
      {old, "grading.show_test_data_groups", "", "grading: {show_test_data_groups: true}\n",
       same_judging},
      {old, "grading.objective", "", "grading: {objective: max}\n", same_judging},
      {old, "grading.objective", "min", "grading: {objective: min}\n", must_be_checked},
      {old, "limits.time_multiplier", "", "limits: {time_multiplier: 3}\n",
       [](const Problem& p) { CHECK(p.limits.ac_to_time_limit == 3.0); }},
      {old, "limits.time_safety_margin", "", "limits: {time_safety_margin: 1.5}\n",
       [](const Problem& p) { CHECK(p.limits.time_limit_to_tle == 1.5); }},
      {old, "limits.memory", "", "limits: {memory: 256}\n",
       [](const Problem& p) { CHECK(p.limits.memory_bytes == 256 * kMiB); }},
      {old, "limits.output", "", "limits: {output: 16}\n",
       [](const Problem& p) { CHECK(p.limits.output_bytes == 16 * kMiB); }},
      {old, "limits.code", "", "limits: {code: 64}\n",
       [](const Problem& p) { CHECK(p.limits.code_bytes == 64 << 10); }},
      {old, "limits.compilation_time", "", "limits: {compilation_time: 90}\n",
       [](const Problem& p) { CHECK(p.limits.compilation_time_ms == 90000); }},
      {old, "limits.compilation_memory", "", "limits: {compilation_memory: 512}\n",
       [](const Problem& p) { CHECK(p.limits.compilation_memory_bytes == 512 * kMiB); }},
      {old, "limits.validation_time", "", "limits: {validation_time: 20}\n",
       [](const Problem& p) { CHECK(p.limits.validation_time_ms == 20000); }},
      {old, "limits.validation_memory", "", "limits: {validation_memory: 128}\n",
       [](const Problem& p) { CHECK(p.limits.validation_memory_bytes == 128 * kMiB); }},
      {old, "limits.validation_output", "", "limits: {validation_output: 4}\n",
       [](const Problem& p) { CHECK(p.limits.validation_output_bytes == 4 * kMiB); }},
  };
}

std::string rule_id(PackageFormat format, std::string_view key, std::string_view value) {
  return to_string(format) + " " + std::string(key) +
         (value.empty() ? "" : "=" + std::string(value));
}

}  // namespace

TEST_CASE("every problem.yaml key of the format is honoured or refused by name",
          "[problem][yaml][keys]") {
  for (const KeyCase& key : spec_keys()) {
    INFO(rule_id(key.format, key.key, key.value) << "\n" << key.yaml);
    TempPackage package;
    const std::string version = key.format == PackageFormat::k2025_09 ? "2025-09" : "legacy";
    package.write("problem.yaml", "problem_format_version: " + version + "\n" + key.yaml);
    package.write_one_test();
    // Types that need an output validator get one.
    if (key.yaml.find("validation: custom") != std::string::npos) {
      package.write("output_validators/check/check.py", "import sys\nsys.exit(42)\n");
    }
    if (key.yaml.find("type:") != std::string::npos) {
      package.write("output_validator/check.py", "import sys\nsys.exit(42)\n");
    }
    const Problem problem = load_problem(package.dir());
    bool refused = false;
    for (const Unimplemented& item : problem.unimplemented) {
      refused = refused || (item.key == key.key && item.value == key.value);
    }
    if (refused) {
      try {
        refuse_unimplemented(problem);
        FAIL("a refused key did not stop the judging");
      } catch (const ConfigError& error) {
        CHECK(error.field() == problem.unimplemented.front().key);
        CHECK(error.file() == package.path("problem.yaml"));
      }
    } else {
      CHECK(problem.unimplemented.empty());
      CHECK_NOTHROW(refuse_unimplemented(problem));
      key.honoured(problem);
    }
  }
}

TEST_CASE("the key table and the format's key list are the same keys", "[problem][yaml][keys]") {
  std::set<std::string> from_spec;
  for (const KeyCase& key : spec_keys()) from_spec.insert(rule_id(key.format, key.key, key.value));
  std::set<std::string> from_table;
  for (const KeyRule& rule : problem_yaml_key_rules()) {
    from_table.insert(rule_id(rule.format, rule.key, rule.value));
  }
  CHECK(from_spec == from_table);
}

TEST_CASE("refused keys name the key", "[problem][yaml][keys]") {
  TempPackage package;
  package.write("problem.yaml", "problem_format_version: 2025-09\nconstants: {max_n: 10}\n");
  package.write_one_test();
  const Problem problem = load_problem(package.dir());
  try {
    refuse_unimplemented(problem);
    FAIL("constants was not refused");
  } catch (const ConfigError& error) {
    CHECK(error.field() == "constants");
    CHECK(std::string(error.what()).find("constants") != std::string::npos);
  }
}
