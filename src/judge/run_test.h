// One test: run the solution in the sandbox, classify the run, check the output.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "judge/output_check.h"
#include "judge/staging.h"
#include "judge/verdict.h"
#include "lang/language.h"
#include "problem/problem.h"
#include "sandbox/sandbox.h"

namespace judge {

// Everything about running the solution that is the same for every test.
struct SolutionRunSetup {
  const lang::Language* language = nullptr;
  std::string program_files;  // the staged program: /box's contents (RunSpec::box_contents)
  AppliedLimits limits;       // as reported; TLE is judged against these
  // The language runtime's allowance (JVM, interpreter) on top of limits.memory_bytes. The
  // sandbox enforces limits.memory_bytes + memory_extra_bytes, and MLE is judged against that
  // same sum: judging against the bare limit would fail a Java solution for the JVM's own size.
  std::int64_t memory_extra_bytes = 0;
  bool verbose = false;  // keep input / expected / output excerpts of failed tests
  bool scoring = false;  // scoring problem: an accepted test earns its points
  // Test name -> the staged copy of its NAME.files/, bound read-only into /box for its runs.
  std::map<std::string, std::filesystem::path> test_files;
  // Polygon's named files (judge/named_files.h): the input is /box/<input_file> (stdin empty),
  // the output /box/<output_file> (stdout dropped); "" = stdin / stdout.
  std::string input_file;
  std::string output_file;
};

// Excerpt size for --verbose: enough to recognise the case, small enough for a terminal.
inline constexpr std::size_t kExcerptLines = 10;
inline constexpr std::size_t kExcerptBytes = 1 << 10;

// The limits the sandbox enforces on the solution and that its run is classified against: the
// applied limits with the runtime's memory_extra_bytes on top.
AppliedLimits enforced_limits(const SolutionRunSetup& setup);

// Where every test's output goes (reused: once checked, a test's output is not needed).
std::filesystem::path solution_output_file(StagingDir& staging);

sandbox::RunSpec solution_run_spec(const SolutionRunSetup& setup, const problem::TestCase& test,
                                   const std::filesystem::path& output_file);

TestOutcome run_test(const problem::TestCase& test, const SolutionRunSetup& setup,
                     sandbox::Sandbox& sandbox, StagingDir& staging, OutputChecker& checker);

}  // namespace judge
