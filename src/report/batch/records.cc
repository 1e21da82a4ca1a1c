#include "report/batch/records.h"

#include <fstream>
#include <set>
#include <sstream>

#include "util/error.h"

namespace judge::report::batch {

namespace {

using Json = nlohmann::json;

// Field access that names the record and the field in every error.
class Fields {
 public:
  Fields(const Json& object, std::string where) : object_(object), where_(std::move(where)) {}

  const Json* find(const std::string& key) const {
    const auto it = object_.find(key);
    return it == object_.end() || it->is_null() ? nullptr : &*it;
  }

  std::string text(const std::string& key, bool required = false) const {
    const Json* value = find(key);
    if (!value) {
      if (required) fail(key, "missing; expected a string");
      return "";
    }
    if (!value->is_string()) fail(key, "expected a string, got " + std::string(value->type_name()));
    return value->get<std::string>();
  }

  std::int64_t integer(const std::string& key) const {
    const Json* value = find(key);
    if (!value) return 0;
    if (!value->is_number_integer() && !value->is_number_unsigned()) {
      fail(key, "expected an integer, got " + std::string(value->type_name()));
    }
    return value->get<std::int64_t>();
  }

  std::optional<double> number(const std::string& key) const {
    const Json* value = find(key);
    if (!value) return std::nullopt;
    if (!value->is_number()) fail(key, "expected a number, got " + std::string(value->type_name()));
    return value->get<double>();
  }

  Fields object(const std::string& key) const {
    static const Json kEmpty = Json::object();
    const Json* value = find(key);
    if (!value) return Fields(kEmpty, where_ + " " + key);
    if (!value->is_object())
      fail(key, "expected an object, got " + std::string(value->type_name()));
    return Fields(*value, where_ + " " + key);
  }

  [[noreturn]] void fail(const std::string& key, const std::string& what) const {
    throw ConfigError(where_, key, what);
  }

  const Json& json() const { return object_; }
  const std::string& where() const { return where_; }

 private:
  const Json& object_;
  std::string where_;
};

TestResult parse_test(const Fields& test) {
  TestResult result;
  result.name = test.text("name", true);
  result.group = test.text("group");
  result.verdict = test.text("verdict", true);
  result.cpu_ms = test.integer("cpu_ms");
  result.wall_ms = test.integer("wall_ms");
  result.memory_bytes = test.integer("memory_bytes");
  result.message = test.text("message");
  result.judge_message = test.text("judge_message");
  result.score = test.number("score");
  if (test.find("difference")) {
    const Fields difference = test.object("difference");
    result.difference = TestDifference{difference.integer("line"), difference.integer("token"),
                                       difference.text("expected"), difference.text("got")};
  }
  return result;
}

}  // namespace

Submission parse_record(const Json& record, const std::string& where) {
  if (!record.is_object()) {
    throw ConfigError(where, "", "expected a JSON object (a `judge run --json` document + id)");
  }
  const Fields fields(record, where);
  Submission submission;
  submission.id = fields.text("id", true);
  if (submission.id.empty()) fields.fail("id", "must not be empty");
  submission.solution = fields.text("source");
  if (submission.solution.empty()) submission.solution = fields.text("solution");
  submission.verdict = fields.text("verdict", true);
  submission.score = fields.number("score");
  submission.max_score = fields.number("max_score");
  submission.problem = fields.object("problem").text("name");
  submission.language = fields.object("language").text("id");
  const Fields compile = fields.object("compile");
  submission.compile_status = compile.text("status");
  submission.compile_message = compile.text("message");
  const Fields limits = fields.object("limits");
  submission.time_limit_ms = limits.integer("time_ms");
  submission.memory_limit_bytes = limits.integer("memory_bytes");
  const Fields summary = fields.object("summary");
  submission.max_cpu_ms = summary.integer("max_cpu_ms");
  submission.max_memory_bytes = summary.integer("max_memory_bytes");

  if (const Json* tests = fields.find("tests")) {
    if (!tests->is_array()) fields.fail("tests", "expected an array of tests");
    for (std::size_t i = 0; i < tests->size(); ++i) {
      const std::string test_where = where + " tests[" + std::to_string(i) + "]";
      if (!(*tests)[i].is_object()) throw ConfigError(test_where, "", "expected an object");
      submission.tests.push_back(parse_test(Fields((*tests)[i], test_where)));
    }
  }
  // The summary's counts when present (a record of a compile error has no tests), else counted.
  int passed = 0;
  for (const TestResult& test : submission.tests) passed += test.verdict == "AC" ? 1 : 0;
  submission.tests_total = summary.find("tests_total")
                               ? static_cast<int>(summary.integer("tests_total"))
                               : static_cast<int>(submission.tests.size());
  submission.tests_passed =
      summary.find("tests_passed") ? static_cast<int>(summary.integer("tests_passed")) : passed;
  return submission;
}

std::vector<Submission> parse_records(const std::string& text, const std::string& path) {
  std::vector<Submission> submissions;
  std::set<std::string> ids;
  std::istringstream in(text);
  std::string line;
  for (int number = 1; std::getline(in, line); ++number) {
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    const std::string where = path + ":" + std::to_string(number);
    Json record = Json::parse(line, nullptr, false);
    if (record.is_discarded()) {
      throw ConfigError(where, "", "not valid JSON; expected one JSON object per line");
    }
    if (record.is_object() && !record.contains("verdict")) continue;  // a header, not a record
    Submission submission = parse_record(record, where);
    if (!ids.insert(submission.id).second) {
      throw ConfigError(where, "id",
                        "'" + submission.id +
                            "' appears twice; merge shard outputs with "
                            "`judge merge` instead of concatenating them");
    }
    submissions.push_back(std::move(submission));
  }
  return submissions;
}

std::vector<Submission> load_records(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw ConfigError(path, "", "cannot read the results file");
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) throw ConfigError(path, "", "cannot read the results file");
  return parse_records(text.str(), path);
}

bool is_judge_failure(const std::string& verdict) {
  return verdict == "JE" || verdict == "IE";
}

}  // namespace judge::report::batch
