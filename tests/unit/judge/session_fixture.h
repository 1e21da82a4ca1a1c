// Shared by the session tests: a problem, a solution and options in a temp dir, judged with
// FakeSandbox. Staging goes to <temp>/tmp ($TMPDIR) so that tests can check it is cleaned up.
#pragma once

#include <stdlib.h>

#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "fake_sandbox.h"
#include "judge/session.h"
#include "temp_dir.h"

namespace judge::testing {

namespace fs = std::filesystem;

inline void write(const fs::path& file, const std::string& text) {
  fs::create_directories(file.parent_path());
  std::ofstream(file, std::ios::binary) << text;
}

inline lang::Language compiled_language() {
  lang::Language language;
  language.id = "fakec";
  language.name = "Fake C";
  language.extensions = {".fc"};
  language.source_name = "main.fc";
  language.binary_name = "main";
  language.compile = lang::Template{testing::kFakeCompiler, "-o", "{binary}", "{source}"};
  language.run = {"/box/{binary}"};
  language.compile_env = {"PATH=/usr/bin"};
  language.run_env = {"PATH=/usr/bin", "LANG=C.UTF-8"};
  language.compile_time_limit_ms = 20'000;
  language.compile_memory_bytes = 512ll << 20;
  return language;
}

inline lang::Language interpreted_language() {
  lang::Language language;
  language.id = "fakepy";
  language.name = "Fake Python";
  language.extensions = {".fp"};
  language.source_name = "main.fp";
  language.run = {testing::kFakeInterpreter, "{source}"};
  language.time_factor = 2.0;
  language.memory_extra_bytes = 16ll << 20;
  language.max_processes = 4;
  return language;
}

class RecordingListener final : public JudgeListener {
 public:
  void on_start(const JudgeReport& report) override {
    events.push_back("start " + std::to_string(report.tests.size()));
  }
  void on_compile(const JudgeReport& report) override {
    events.push_back("compile " + to_string(report.compile.status));
  }
  void on_test(const JudgeReport&, const TestOutcome& test) override {
    events.push_back("test " + test.name + " " + short_name(test.verdict));
  }
  void on_finish(const JudgeReport& report) override {
    events.push_back("finish " + short_name(report.overall));
  }
  std::vector<std::string> events;
};

class Fixture {
 public:
  Fixture() {
    fs::create_directories(temp.path() / "tmp");
    previous_tmpdir_ = std::getenv("TMPDIR") ? std::getenv("TMPDIR") : "";
    ::setenv("TMPDIR", (temp.path() / "tmp").c_str(), 1);
    inputs.problem.dir = temp.path() / "problem";
    inputs.problem.name = "Fixture";
    inputs.problem.limits.time_limit_ms = 1000;
    inputs.problem.limits.memory_bytes = 256ll << 20;
    inputs.problem.limits.output_bytes = 8ll << 20;
    options.problem_dir = inputs.problem.dir;
    options.compile_cache_dir = temp.path() / "cache";
  }
  ~Fixture() {
    if (previous_tmpdir_.empty()) {
      ::unsetenv("TMPDIR");
    } else {
      ::setenv("TMPDIR", previous_tmpdir_.c_str(), 1);
    }
  }

  problem::TestCase& add_test(const std::string& name, const std::string& input,
                              const std::string& answer) {
    problem::TestCase test;
    test.name = name;
    test.group = fs::path(name).parent_path().string();
    test.input = inputs.problem.dir / "data" / (name + ".in");
    test.answer = inputs.problem.dir / "data" / (name + ".ans");
    test.is_sample = name.starts_with("sample/");
    write(test.input, input);
    write(test.answer, answer);
    inputs.problem.tests.push_back(test);
    return inputs.problem.tests.back();
  }

  void set_solution(const lang::Language& language, const std::string& program) {
    language_ = language;
    options.solution = temp.path() / ("solution" + language.extensions.front());
    write(options.solution, program);
    inputs.solution.language = &language_;
    inputs.solution.source.main_file = options.solution;
  }

  void set_validator(const std::string& program) {
    validator_language_ = compiled_language();
    const fs::path source = inputs.problem.dir / "output_validator" / "validator.fc";
    write(source, program);
    inputs.problem.validator.kind = problem::ValidatorSpec::Kind::kCustom;
    inputs.problem.validator.custom_path = source;
    inputs.validator = Program{&validator_language_, {source, {}}};
  }

  JudgeReport run() { return judge(inputs, options, sandbox, listener); }

  // Runs of the solution itself (not compiles, not validators).
  std::vector<sandbox::RunSpec> solution_runs() const {
    std::vector<sandbox::RunSpec> runs;
    for (const sandbox::RunSpec& spec : sandbox.specs) {
      const bool compile = spec.argv[0] == testing::kFakeCompiler;
      const bool validator =
          std::find(spec.argv.begin(), spec.argv.end(), "/box/feedback/") != spec.argv.end();
      if (!compile && !validator) runs.push_back(spec);
    }
    return runs;
  }

  bool staging_is_gone() const { return fs::is_empty(temp.path() / "tmp"); }

  TempDir temp;
  JudgeInputs inputs;
  SessionOptions options;
  FakeSandbox sandbox;
  RecordingListener listener;

 private:
  lang::Language language_;
  lang::Language validator_language_;
  std::string previous_tmpdir_;
};

inline std::vector<std::string> verdicts_of(const JudgeReport& report) {
  std::vector<std::string> out;
  for (const TestOutcome& test : report.tests) out.push_back(short_name(test.verdict));
  return out;
}

}  // namespace judge::testing
