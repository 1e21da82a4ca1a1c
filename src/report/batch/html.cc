// The HTML report: one self-contained file a grader opens from disk or a CI artifact. Nothing in
// it loads anything: no script, no external URL, and a Content-Security-Policy of
// default-src 'none' (inline styles only) so that even a string that escaped escaping could not
// fetch a resource. Every string from a record goes through html_text / html_lines.
#include <algorithm>
#include <map>

#include "report/batch/formats.h"
#include "report/batch/safe_text.h"

namespace judge::report::batch {

namespace {

constexpr const char* kStyle = R"(
body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
h1{font-size:1.4em}h2{font-size:1.1em;margin:.2em 0}
.submission{border:1px solid #ccc;border-radius:6px;padding:.6em 1em;margin:.8em 0}
.meta{color:#555;font-weight:normal;font-size:.9em}
.strip{display:flex;flex-wrap:wrap;gap:2px;margin:.4em 0}
.cell{width:14px;height:14px;border-radius:2px;display:inline-block}
.verdict{padding:0 .4em;border-radius:3px;color:#fff}
.v-AC{background:#2e7d32}.v-WA{background:#c62828}.v-TLE{background:#ef6c00}
.v-MLE{background:#6a1b9a}.v-OLE{background:#ad1457}.v-RE{background:#4e342e}
.v-CE{background:#37474f}.v-JE,.v-IE{background:#000}.v-SKIPPED{background:#bbb}
table{border-collapse:collapse}td,th{padding:1px 8px;text-align:left;border-bottom:1px solid #eee}
pre{background:#f6f6f6;padding:.4em;white-space:pre-wrap;word-break:break-all}
.chart text{font-size:10px;fill:#555}.cpu{fill:#1565c0}.mem{fill:#f9a825}
)";

// Verdict names come from records too: only known ones become a CSS class.
std::string verdict_class(const std::string& verdict) {
  static const char* const kKnown[] = {"AC", "WA", "TLE", "MLE", "OLE",
                                       "RE", "CE", "JE",  "IE",  "SKIPPED"};
  for (const char* known : kKnown) {
    if (verdict == known) return std::string("v-") + known;
  }
  return "v-IE";
}

std::string badge(const std::string& verdict) {
  return "<span class=\"verdict " + verdict_class(verdict) + "\">" + html_text(verdict) + "</span>";
}

std::string mib(std::int64_t bytes) {
  return format_number(static_cast<double>(bytes * 10 / (1024 * 1024)) / 10) + " MiB";
}

std::string strip(const Submission& submission) {
  std::string out = "<div class=\"strip\" aria-label=\"verdict per test\">";
  if (submission.tests.empty()) {
    out += "<span class=\"cell " + verdict_class(submission.verdict) + "\" title=\"" +
           html_text(submission.verdict) + "\"></span>";
  }
  for (const TestResult& test : submission.tests) {
    out += "<span class=\"cell " + verdict_class(test.verdict) + "\" title=\"" +
           html_text(test.name + ": " + test.verdict) + "\"></span>";
  }
  return out + "</div>";
}

// Two rows of bars, one per test: CPU time against the time limit (or the slowest test) and
// peak memory against the largest. Each bar's <title> is its tooltip.
std::string chart(const Submission& submission) {
  if (submission.tests.empty()) return "";
  constexpr int kBar = 12, kGap = 3, kRow = 40, kLabel = 120;
  const int count = static_cast<int>(submission.tests.size());
  const int width = kLabel + count * (kBar + kGap) + 10;
  const int height = 2 * kRow + 20;
  std::int64_t max_cpu = submission.time_limit_ms, max_memory = 1;
  for (const TestResult& test : submission.tests) {
    max_cpu = std::max(max_cpu, test.cpu_ms);
    max_memory = std::max(max_memory, test.memory_bytes);
  }
  max_cpu = std::max<std::int64_t>(max_cpu, 1);
  std::string out = "<svg class=\"chart\" width=\"" + std::to_string(width) + "\" height=\"" +
                    std::to_string(height) +
                    "\" role=\"img\" aria-label=\"CPU time and memory per test\">";
  out += "<text x=\"0\" y=\"" + std::to_string(kRow / 2) + "\">cpu, 0 to " +
         std::to_string(max_cpu) + " ms</text>";
  out += "<text x=\"0\" y=\"" + std::to_string(kRow + 10 + kRow / 2) + "\">memory, 0 to " +
         mib(max_memory) + "</text>";
  for (int i = 0; i < count; ++i) {
    const TestResult& test = submission.tests[static_cast<std::size_t>(i)];
    const int x = kLabel + i * (kBar + kGap);
    const int cpu_height = static_cast<int>(test.cpu_ms * (kRow - 4) / max_cpu) + 1;
    const int memory_height = static_cast<int>(test.memory_bytes * (kRow - 4) / max_memory) + 1;
    out += "<rect class=\"cpu\" x=\"" + std::to_string(x) + "\" y=\"" +
           std::to_string(kRow - cpu_height) + "\" width=\"" + std::to_string(kBar) +
           "\" height=\"" + std::to_string(cpu_height) + "\"><title>" +
           html_text(test.name + ": cpu " + std::to_string(test.cpu_ms) + " ms") +
           "</title></rect>";
    out += "<rect class=\"mem\" x=\"" + std::to_string(x) + "\" y=\"" +
           std::to_string(2 * kRow + 10 - memory_height) + "\" width=\"" + std::to_string(kBar) +
           "\" height=\"" + std::to_string(memory_height) + "\"><title>" +
           html_text(test.name + ": memory " + mib(test.memory_bytes)) + "</title></rect>";
  }
  return out + "</svg>";
}

// The first difference and the messages of a test that failed, shown on demand.
std::string test_details(const TestResult& test) {
  std::string body;
  if (test.difference) {
    body += "line " + std::to_string(test.difference->line) + ", token " +
            std::to_string(test.difference->token) + "\nexpected: " + test.difference->expected +
            "\ngot:      " + test.difference->got + "\n";
  }
  if (!test.judge_message.empty()) body += "judge message:\n" + test.judge_message + "\n";
  if (body.empty()) return "";
  return "<details><summary>diff</summary><pre>" + html_lines(body) + "</pre></details>";
}

std::string tests_table(const Submission& submission) {
  std::string out;
  if (submission.compile_status == "failed" || submission.compile_status == "internal_error") {
    out += "<details open><summary>compiler output</summary><pre>" +
           html_lines(submission.compile_message) + "</pre></details>";
  }
  if (submission.tests.empty()) return out;
  out +=
      "<details><summary>tests</summary><table><tr><th>test</th><th>verdict</th><th>cpu</th>"
      "<th>wall</th><th>memory</th><th>message</th></tr>";
  for (const TestResult& test : submission.tests) {
    out += "<tr><td>" + html_text(test.name) + "</td><td>" + badge(test.verdict) + "</td><td>" +
           std::to_string(test.cpu_ms) + " ms</td><td>" + std::to_string(test.wall_ms) +
           " ms</td><td>" + mib(test.memory_bytes) + "</td><td>" + html_text(test.message) +
           test_details(test) + "</td></tr>";
  }
  return out + "</table></details>";
}

std::string section(const Submission& submission) {
  std::string meta = html_text(submission.solution) + " · " + html_text(submission.language) +
                     " · " + std::to_string(submission.tests_passed) + "/" +
                     std::to_string(submission.tests_total) + " tests";
  if (submission.score) {
    meta += " · score " + format_number(*submission.score);
    if (submission.max_score) meta += "/" + format_number(*submission.max_score);
  }
  return "<section class=\"submission\" data-id=\"" + html_text(submission.id) + "\"><h2>" +
         badge(submission.verdict) + " " + html_text(submission.id) + " <span class=\"meta\">" +
         meta + "</span></h2>" + strip(submission) + chart(submission) + tests_table(submission) +
         "</section>\n";
}

std::string summary(const std::vector<Submission>& submissions) {
  std::map<std::string, int> counts;
  for (const Submission& submission : submissions) ++counts[submission.verdict];
  std::string out = "<p class=\"summary\">" + std::to_string(submissions.size()) + " submissions";
  for (const auto& [verdict, count] : counts)
    out += " · " + badge(verdict) + " " + std::to_string(count);
  return out + "</p>\n";
}

}  // namespace

std::string to_html(const std::vector<Submission>& submissions) {
  std::string problem = submissions.empty() ? "" : submissions.front().problem;
  std::string out =
      "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\n"
      "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
      "style-src 'unsafe-inline'\">\n<title>judge report " +
      html_text(problem) + "</title>\n<style>" + kStyle + "</style></head>\n<body>\n<h1>" +
      html_text(problem.empty() ? std::string("judge report") : problem) + "</h1>\n" +
      summary(submissions);
  for (const Submission& submission : submissions) out += section(submission);
  return out + "</body></html>\n";
}

}  // namespace judge::report::batch
