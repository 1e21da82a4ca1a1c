// The JSON document (schema version kJsonSchemaVersion, documented in man/judge.1). It is built
// with ordered_json so keys come out in a fixed, documented order, and written once at the end:
// a consumer reading stdout gets exactly one complete document or nothing.
#include <nlohmann/json.hpp>

#include "judge/classify.h"
#include "report/describe.h"
#include "report/reporter.h"

namespace judge::report {

namespace {

using Json = nlohmann::ordered_json;

Json string_or_null(const std::string& text) {
  return text.empty() ? Json(nullptr) : Json(text);
}

Json difference_json(const std::optional<Difference>& difference) {
  if (!difference) return nullptr;
  return Json{{"line", difference->line},
              {"token", difference->token},
              {"expected", difference->expected},
              {"got", difference->got}};
}

// Multi-pass tests: every pass that ran; [] otherwise.
Json passes_json(const TestOutcome& test) {
  Json passes = Json::array();
  for (const PassOutcome& pass : test.passes) {
    passes.push_back({{"pass", pass.pass},
                      {"verdict", short_name(pass.verdict)},
                      {"cpu_ms", rounded_ms(pass.cpu_time_us)},
                      {"wall_ms", rounded_ms(pass.wall_time_us)},
                      {"memory_bytes", pass.peak_memory_bytes},
                      {"message", pass.message}});
  }
  return passes;
}

Json test_json(const TestOutcome& test) {
  const sandbox::RunResult& run = test.run;
  const bool exited = run.termination == sandbox::Termination::kExited;
  const bool signaled = run.termination == sandbox::Termination::kSignaled;
  return Json{
      {"name", test.name},
      {"group", test.group},
      {"verdict", short_name(test.verdict)},
      {"cpu_ms", rounded_ms(run.cpu_time_us)},
      {"wall_ms", rounded_ms(run.wall_time_us)},
      {"memory_bytes", run.peak_memory_bytes},
      {"exit_code", exited ? Json(run.exit_code) : Json(nullptr)},
      {"signal", signaled ? Json(run.signal) : Json(nullptr)},
      {"signal_name", signaled ? Json(signal_name(run.signal)) : Json(nullptr)},
      {"blocked_syscall", string_or_null(run.blocked_syscall)},
      {"message", test.message},
      {"judge_message", test.judge_message},
      {"difference", difference_json(test.difference)},
      {"score", test.score ? Json(*test.score) : Json(nullptr)},
      {"passes", passes_json(test)},
  };
}

class JsonReporter : public Reporter {
 public:
  explicit JsonReporter(std::ostream& out) : out_(out) {}

  void on_finish(const JudgeReport& report) override {
    out_ << to_json(report) << '\n';
    out_.flush();
  }

 private:
  std::ostream& out_;
};

}  // namespace

std::string to_json(const JudgeReport& report) {
  Json document;
  document["schema_version"] = kJsonSchemaVersion;
  document["verdict"] = short_name(report.overall);
  if (report.score) {
    document["score"] = *report.score;
    document["max_score"] = report.max_score ? Json(*report.max_score) : Json(nullptr);
  }
  document["problem"] = {{"name", report.problem_name},
                         {"dir", report.problem_dir},
                         {"format", report.problem_format}};
  document["solution"] = report.solution;
  document["language"] = {{"id", report.language_id}, {"name", report.language_name}};
  document["compile"] = {{"status", to_string(report.compile.status)},
                         {"time_ms", report.compile.time_ms},
                         {"message", report.compile.message}};
  document["limits"] = {{"time_ms", report.limits.time_limit_ms},
                        {"wall_time_ms", report.limits.wall_time_limit_ms},
                        {"memory_bytes", report.limits.memory_bytes},
                        {"output_bytes", report.limits.output_bytes}};
  document["sandbox"] = {{"backend", report.sandbox_backend},
                         {"isolation", report.sandbox_isolation}};
  document["summary"] = {{"tests_total", report.tests_total},
                         {"tests_passed", tests_passed(report)},
                         {"max_cpu_ms", rounded_ms(max_cpu_time_us(report))},
                         {"max_memory_bytes", max_peak_memory_bytes(report)}};
  Json tests = Json::array();
  for (const TestOutcome& test : report.tests) tests.push_back(test_json(test));
  document["tests"] = std::move(tests);
  // Solutions and validators can write any bytes; replacing invalid UTF-8 with U+FFFD keeps the
  // document valid instead of throwing type_error 316 after all tests have run.
  return document.dump(2, ' ', false, Json::error_handler_t::replace);
}

std::unique_ptr<Reporter> make_json_reporter(std::ostream& out) {
  return std::make_unique<JsonReporter>(out);
}

}  // namespace judge::report
