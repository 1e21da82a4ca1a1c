// The three renderings of a `judge verify` report: table, JSON and JUnit, from one fixed report.
#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>
#include <sstream>

#include "judge/verify/expectation_sources.h"
#include "report/verify_report.h"

namespace judge::report {
namespace {

verify::SubmissionResult row(const std::string& path, const std::string& folder, Verdict verdict,
                             bool met, const std::string& why = "") {
  verify::SubmissionResult result;
  result.path = path;
  result.expected = *verify::folder_expectation(folder, problem::PackageFormat::k2025_09);
  result.report.overall = verdict;
  TestOutcome test;
  test.name = "secret/1";
  test.verdict = verdict;
  test.run.cpu_time_us = 12'300;
  result.report.tests.push_back(test);
  result.strip = std::string(1, verify::verdict_letter(verdict));
  result.slowest_test = "secret/1";
  result.slowest_cpu_us = 12'300;
  result.judgement = {met, why};
  return result;
}

verify::VerifyReport sample_report() {
  verify::VerifyReport report;
  report.problem_name = "Sum";
  report.problem_dir = "problems/sum";
  report.problem_format = "2025-09";
  report.time_limit_ms = 1000;
  report.jobs = 2;
  report.submissions.push_back(row("accepted/a.py", "accepted", Verdict::kAccepted, true));
  report.submissions.push_back(row("wrong_answer/b.py", "wrong_answer", Verdict::kAccepted, false,
                                   "no test got a required verdict (required: one of WA)"));
  report.findings.push_back(
      {verify::Severity::kWarning, "data", "data/secret/1.in", "CR line endings"});
  return report;
}

TEST_CASE("verify table: a row per submission, findings, verdict line", "[verify]") {
  std::ostringstream out;
  write_verify_text(out, sample_report(), VerifyTextOptions{});
  const std::string text = out.str();
  CHECK_THAT(text, Catch::StartsWith("Verifying Sum (problems/sum, 2025-09): time limit 1.00 s, "
                                     "2 submissions, -j 2\n"));
  CHECK_THAT(text, Catch::Contains(
                       "accepted/a.py      AC        AC        secret/1      13 ms      A  ok\n"));
  CHECK_THAT(text,
             Catch::Contains("A  FAIL: no test got a required verdict (required: one of WA)"));
  CHECK_THAT(text, Catch::Contains("warning [data] data/secret/1.in: CR line endings\n"));
  CHECK_THAT(text, Catch::EndsWith("Verdict: package NOT OK: 1/2 submissions as expected, 0 "
                                   "errors, 1 warning\n"));
}

TEST_CASE("verify JSON and JUnit carry the same rows", "[verify]") {
  const verify::VerifyReport report = sample_report();
  const nlohmann::json json = nlohmann::json::parse(verify_to_json(report));
  CHECK(json["command"] == "verify");
  CHECK(json["jobs"] == 2);
  CHECK(json["sound"] == false);
  CHECK(json["exit_code"] == 1);
  REQUIRE(json["submissions"].size() == 2);
  CHECK(json["submissions"][1]["path"] == "wrong_answer/b.py");
  CHECK(json["submissions"][1]["met"] == false);
  CHECK(json["submissions"][1]["expected"]["permitted"] == nlohmann::json({"AC", "WA"}));
  CHECK(json["submissions"][1]["expected"]["required"] == nlohmann::json({"WA"}));
  CHECK(json["submissions"][0]["slowest_cpu_ms"] == 12.3);
  CHECK(json["findings"][0]["severity"] == "warning");

  const std::string xml = verify_to_junit_xml(report);
  CHECK_THAT(xml, Catch::Contains("tests=\"3\" failures=\"1\" errors=\"0\""));
  CHECK_THAT(xml, Catch::Contains("name=\"wrong_answer/b.py\""));
  CHECK_THAT(xml, Catch::Contains("<failure message=\"no test got a required verdict"));
}

TEST_CASE("expectation summaries", "[verify]") {
  using verify::folder_expectation;
  const auto summary = [](const std::string& folder) {
    return expectation_summary(*folder_expectation(folder, problem::PackageFormat::k2025_09));
  };
  CHECK(summary("accepted") == "AC");
  CHECK(summary("rejected") == "WA, TLE, RTE");
  CHECK(summary("brute_force") == "TLE, RTE");
  CHECK(summary("partially_accepted") == "partial");
  CHECK(expectation_summary(
            *folder_expectation("run_time_error", problem::PackageFormat::kLegacy)) == "RTE");
}

}  // namespace
}  // namespace judge::report
