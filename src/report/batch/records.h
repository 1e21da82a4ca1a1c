// Batch reports start from results files: JSON lines, one `judge run --json` document per
// submission plus its `id` (what `judge grade` and `judge merge` write). This is the typed view
// of such a record that every batch format reads, so each format handles one shape, and a
// malformed results file is reported once, here, with its line and field.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace judge::report::batch {

// The first difference of a WA, as `judge run --json` reports it.
struct TestDifference {
  std::int64_t line = 0;
  std::int64_t token = 0;
  std::string expected;
  std::string got;
};

struct TestResult {
  std::string name;     // "secret/01"
  std::string group;    // "secret"
  std::string verdict;  // short name: AC, WA, ..., SKIPPED
  std::int64_t cpu_ms = 0;
  std::int64_t wall_ms = 0;
  std::int64_t memory_bytes = 0;
  std::string message;
  std::string judge_message;
  std::optional<TestDifference> difference;
  std::optional<double> score;
};

struct Submission {
  std::string id;
  std::string solution;  // the source path as judged
  std::string verdict;
  std::optional<double> score;  // only on scoring problems
  std::optional<double> max_score;
  std::string problem;
  std::string language;
  std::string compile_status;  // not_needed, compiled, cached, failed, internal_error
  std::string compile_message;
  std::int64_t time_limit_ms = 0;
  std::int64_t memory_limit_bytes = 0;
  int tests_total = 0;
  int tests_passed = 0;
  std::int64_t max_cpu_ms = 0;
  std::int64_t max_memory_bytes = 0;
  std::vector<TestResult> tests;
};

// One record; `where` ("results.jsonl:3") prefixes error messages. Throws ConfigError naming
// where, the field and what was expected.
Submission parse_record(const nlohmann::json& record, const std::string& where);

// Every record of a JSON lines file, in file order. Blank lines are ignored; so are lines that
// are not submission records (an object without "verdict", such as a shard header). Throws
// ConfigError(path, ...) for unreadable files, bad JSON (with the line) and bad records, and
// for an id that appears twice (a merged report must hold each submission once).
std::vector<Submission> load_records(const std::string& path);
std::vector<Submission> parse_records(const std::string& text, const std::string& path);

// True when the verdict means the judge or validator failed (JE, IE), not the submission.
bool is_judge_failure(const std::string& verdict);

}  // namespace judge::report::batch
