// The batch report formats, each rendered from the records of a results file (records.h).
// Every function is pure: records in, the whole document out, so each format is tested on its
// own and the CLI only chooses where the text goes.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "report/batch/records.h"

namespace judge::report::batch {

enum class Format { kJunit, kClassroom, kAnnotations, kCsv, kHtml };

// "junit", "classroom", "annotations", "csv", "html"; nullopt for anything else.
std::optional<Format> parse_format(std::string_view name);
const char* format_names();  // "junit, classroom, annotations, csv, html", for messages

std::string render(Format format, const std::vector<Submission>& submissions);

// JUnit XML: <testsuites> holding one <testsuite> per submission (named by its id) and one
// <testcase> per test; a wrong submission's test is a <failure type="WA">, a judge or validator
// failure an <error type="JE">, a skipped test <skipped/>, a compile error one "compile" case.
std::string to_junit(const std::vector<Submission>& submissions);

// GitHub Classroom autograding results: per submission one JSON object of the shape its grading
// reporter reads ({version: 1, status, max_score, tests: [{name, status, score, ...}]}) plus
// the submission's id, one object per line.
std::string to_classroom(const std::vector<Submission>& submissions);
std::string classroom_result(const Submission& submission);  // one object, no newline

// GitHub Actions workflow commands: one ::error (or ::notice for AC) line per submission with
// file= its source, escaped by GitHub's rules so no byte of a submission can start a command.
std::string to_annotations(const std::vector<Submission>& submissions);

// CSV for gradebooks (RFC 4180, CRLF line ends): id,verdict,score,max_score,passed,total,
// max_cpu_ms. Text cells that a spreadsheet would run as a formula are prefixed with '.
std::string to_csv(const std::vector<Submission>& submissions);

// A self-contained HTML page: a verdict strip per submission, CPU time and memory per test as an
// inline SVG chart, the first difference and messages in <details>. No script, no external URL
// (a Content-Security-Policy of default-src 'none' forbids any load); every string escaped.
std::string to_html(const std::vector<Submission>& submissions);

}  // namespace judge::report::batch
