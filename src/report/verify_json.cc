// `judge verify --json` (verify_report.h; the schema is in man/judge.1).
#include <nlohmann/json.hpp>

#include "report/text_sanitize.h"
#include "report/verify_report.h"

namespace judge::report {

namespace {

using Json = nlohmann::ordered_json;

Json verdict_names(const verify::VerdictSet& set) {
  return Json(set.names());
}

std::string time_limit_use(verify::TimeLimitUse use) {
  switch (use) {
    case verify::TimeLimitUse::kDefault:
      return "default";
    case verify::TimeLimitUse::kNo:
      return "no";
    case verify::TimeLimitUse::kLower:
      return "lower";
    case verify::TimeLimitUse::kUpper:
      return "upper";
  }
  return "default";
}

Json rule_json(const verify::VerdictRule& rule) {
  Json json;
  json["permitted"] = verdict_names(rule.permitted);
  json["required"] = rule.required ? verdict_names(*rule.required) : Json(nullptr);
  return json;
}

Json expectation_json(const verify::Expectation& expected) {
  Json json;
  json["summary"] = expectation_summary(expected);
  json["origins"] = expected.origins;
  if (expected.final_verdict) {
    // An @EXPECTED_RESULTS@ tag: the final verdict, not every test, is checked.
    json["permitted"] = nullptr;
    json["required"] = nullptr;
    Json final_verdicts = verdict_names(*expected.final_verdict);
    if (expected.no_output_permitted) final_verdicts.push_back("NO-OUTPUT");
    json["final_verdict"] = final_verdicts;
  } else {
    json.update(rule_json(expected.rule));
    json["final_verdict"] = nullptr;
  }
  Json groups = Json::array();
  for (const verify::GroupRule& group : expected.groups) {
    Json entry = rule_json(group.rule);
    entry["group"] = group.group;
    groups.push_back(entry);
  }
  json["groups"] = groups;
  if (expected.score) {
    json["score"] = {{"low", expected.score->low},
                     {"high", expected.score->high},
                     {"partial", expected.score->strictly_partial}};
  } else {
    json["score"] = nullptr;
  }
  json["message"] = expected.message;
  json["use_for_time_limit"] = time_limit_use(expected.time_limit_use);
  json["model_solution"] = expected.model_solution;
  return json;
}

Json submission_json(const verify::SubmissionResult& result) {
  Json json;
  json["path"] = sanitize_utf8(result.path);
  json["language"] = result.report.language_id;
  json["expected"] = expectation_json(result.expected);
  json["verdict"] = short_name(result.report.overall);
  json["score"] = result.report.score ? Json(*result.report.score) : Json(nullptr);
  json["compile"] = to_string(result.report.compile.status);
  json["met"] = result.judgement.met;
  json["why"] = sanitize_utf8(result.judgement.why);
  json["slowest_test"] = result.slowest_test.empty() ? Json(nullptr) : Json(result.slowest_test);
  json["slowest_cpu_ms"] = static_cast<double>(result.slowest_cpu_us) / 1000.0;
  json["strip"] = result.strip;
  Json tests = Json::array();
  for (const TestOutcome& test : result.report.tests) {
    tests.push_back({{"name", test.name},
                     {"verdict", short_name(test.verdict)},
                     {"cpu_ms", static_cast<double>(test.run.cpu_time_us) / 1000.0},
                     {"wall_ms", static_cast<double>(test.run.wall_time_us) / 1000.0},
                     {"memory_bytes", test.run.peak_memory_bytes}});
  }
  json["tests"] = tests;
  return json;
}

std::string severity_name(verify::Severity severity) {
  return severity == verify::Severity::kError ? "error" : "warning";
}

}  // namespace

namespace {

Json verify_document(const verify::VerifyReport& report) {
  Json document;
  document["schema_version"] = kVerifyJsonSchemaVersion;
  document["command"] = "verify";
  document["problem"] = {{"name", sanitize_utf8(report.problem_name)},
                         {"dir", sanitize_utf8(report.problem_dir)},
                         {"format", report.problem_format},
                         {"time_limit_ms", report.time_limit_ms}};
  document["jobs"] = report.jobs;
  Json submissions = Json::array();
  for (const verify::SubmissionResult& result : report.submissions) {
    submissions.push_back(submission_json(result));
  }
  document["submissions"] = submissions;
  Json findings = Json::array();
  for (const verify::Finding& finding : report.findings) {
    findings.push_back({{"severity", severity_name(finding.severity)},
                        {"check", finding.check},
                        {"file", sanitize_utf8(finding.file)},
                        {"message", sanitize_utf8(finding.message)}});
  }
  document["findings"] = findings;
  Json notes = Json::array();
  for (const std::string& note : report.notes) notes.push_back(sanitize_utf8(note));
  document["notes"] = notes;
  // Where the time went (wall seconds per phase; the judging phase's work summed over cores).
  document["timing"] = {{"data_checks_s", report.timing.data_checks_s},
                        {"derivation_s", report.timing.derivation_s},
                        {"judging_s", report.timing.judging_s},
                        {"judging_runs_s", report.timing.judging_runs_s},
                        {"safety_runs_s", report.timing.safety_runs_s}};
  document["sound"] = verify::is_sound(report);
  document["exit_code"] = static_cast<int>(verify::verify_exit_code(report));
  return document;
}

}  // namespace

std::string verify_to_json(const verify::VerifyReport& report) {
  return verify_document(report).dump(2) + "\n";
}

std::string verify_to_json(const std::vector<verify::VerifyReport>& reports) {
  Json list = Json::array();
  for (const verify::VerifyReport& report : reports) list.push_back(verify_document(report));
  return list.dump(2) + "\n";
}

}  // namespace judge::report
