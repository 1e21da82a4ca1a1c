// Reporters turn judge events into output: text on the terminal as tests finish, JSON on stdout,
// a JUnit XML file. They see only judge/verdict.h types.
#pragma once

#include <memory>
#include <ostream>
#include <string>

#include "judge/events.h"
#include "judge/verdict.h"

namespace judge::report {

// A reporter is a listener of the judge's events (judge/events.h).
using Reporter = JudgeListener;

struct TextOptions {
  bool color = true;
  bool verbose = false;  // input / expected / actual excerpts on failure
};

std::unique_ptr<Reporter> make_text_reporter(std::ostream& out, TextOptions options);
std::unique_ptr<Reporter> make_json_reporter(std::ostream& out);
// Writes the file at on_finish, through a temporary file and rename() so it is never left
// half-written. Throws ConfigError(path, "--junit", "cannot write: ...") when the file cannot be
// created: already here (so a bad path fails before the run) and again at on_finish.
std::unique_ptr<Reporter> make_junit_reporter(std::string path);

// The documented JSON document (schema in man/judge.1); exposed for tests.
std::string to_json(const JudgeReport& report);
std::string to_junit_xml(const JudgeReport& report);

constexpr int kJsonSchemaVersion = 1;

}  // namespace judge::report
