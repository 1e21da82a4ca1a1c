// The command line: what each option becomes, and how bad values are reported.
#include <catch2/catch.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "cli/options.h"
#include "util/error.h"

namespace judge::cli {
namespace {

struct Parsed {
  ParsedCommandLine result;
  std::string out, err;
};

Parsed parse(const std::vector<std::string>& args) {
  std::ostringstream out, err;
  Parsed parsed{parse_command_line(args, out, err), "", ""};
  parsed.out = out.str();
  parsed.err = err.str();
  return parsed;
}

// The ConfigError of a command line, or FAIL.
ConfigError config_error_of(const std::vector<std::string>& args) {
  try {
    parse(args);
  } catch (const ConfigError& error) {
    return error;
  }
  FAIL("expected a ConfigError");
  throw std::logic_error("unreachable");
}

TEST_CASE("run: positional arguments and defaults", "[cli]") {
  const Parsed parsed = parse({"run", "sol.cpp", "problems/hello"});
  REQUIRE(parsed.result.options.has_value());
  const Options& options = *parsed.result.options;
  CHECK(options.command == Command::kRun);
  const SessionOptions& session = options.run.session;
  CHECK(session.solution == "sol.cpp");
  CHECK(session.problem_dir == "problems/hello");
  CHECK(session.language_id.empty());
  CHECK_FALSE(session.time_limit_ms.has_value());
  CHECK_FALSE(session.wall_time_limit_ms.has_value());
  CHECK_FALSE(session.memory_bytes.has_value());
  CHECK_FALSE(session.output_bytes.has_value());
  CHECK(session.tests_glob.empty());
  CHECK_FALSE(session.stop_on_first);
  CHECK_FALSE(session.verbose);
  CHECK_FALSE(options.run.json);
  CHECK(options.run.junit_path.empty());
  CHECK_FALSE(options.run.require_cgroup);
}

TEST_CASE("run: every option", "[cli]") {
  const Parsed parsed = parse({"run",        "a.py",
                               "p",          "--lang",
                               "python3",    "--time-limit",
                               "1.5s",       "--wall-time-limit",
                               "10s",        "--memory-limit",
                               "256m",       "--output-limit",
                               "1g",         "--tests",
                               "sample/*",   "--stop-on-first",
                               "--json",     "--junit",
                               "out.xml",    "--verbose",
                               "--no-color", "--require-cgroup"});
  REQUIRE(parsed.result.options.has_value());
  const RunOptions& run = parsed.result.options->run;
  CHECK(run.session.language_id == "python3");
  CHECK(run.session.time_limit_ms == 1500);
  CHECK(run.session.wall_time_limit_ms == 10'000);
  CHECK(run.session.memory_bytes == 256ll << 20);
  CHECK(run.session.output_bytes == 1ll << 30);
  CHECK(run.session.tests_glob == "sample/*");
  CHECK(run.session.stop_on_first);
  CHECK(run.session.verbose);
  CHECK(run.json);
  CHECK(run.junit_path == "out.xml");
  CHECK(run.no_color);
  CHECK(run.require_cgroup);
}

TEST_CASE("bad values name the option and the expected form", "[cli]") {
  ConfigError error = config_error_of({"run", "a.py", "p", "--time-limit", "fast"});
  CHECK(error.field() == "--time-limit");
  CHECK(std::string(error.what()) ==
        "--time-limit: expected a duration such as 2s or 1500ms, got 'fast'");

  error = config_error_of({"run", "a.py", "p", "--memory-limit", "256"});
  CHECK(error.field() == "--memory-limit");
  CHECK(std::string(error.what()).find("expected a size such as 256m") != std::string::npos);

  CHECK(config_error_of({"run", "a.py", "p", "--wall-time-limit", "0s"}).field() ==
        "--wall-time-limit");
  CHECK(config_error_of({"run", "a.py", "p", "--output-limit", "lots"}).field() ==
        "--output-limit");
}

TEST_CASE("usage errors exit 2 with CLI11's message, --help exits 0", "[cli]") {
  Parsed parsed = parse({"run", "only-one-argument"});
  CHECK_FALSE(parsed.result.options.has_value());
  CHECK(parsed.result.exit_code == 2);
  CHECK(parsed.err.find("problem") != std::string::npos);

  parsed = parse({"run", "a.py", "p", "--no-such-option"});
  CHECK(parsed.result.exit_code == 2);
  CHECK(parsed.err.find("--no-such-option") != std::string::npos);

  parsed = parse({});
  CHECK(parsed.result.exit_code == 2);

  parsed = parse({"--help"});
  CHECK(parsed.result.exit_code == 0);
  CHECK(parsed.out.find("run") != std::string::npos);
  CHECK(parsed.out.find("languages") != std::string::npos);

  parsed = parse({"run", "--help"});
  CHECK(parsed.result.exit_code == 0);
  CHECK(parsed.out.find("--time-limit") != std::string::npos);
}

TEST_CASE("languages and doctor", "[cli]") {
  CHECK(parse({"languages"}).result.options->command == Command::kLanguages);
  const Parsed doctor = parse({"doctor", "--languages"});
  REQUIRE(doctor.result.options.has_value());
  CHECK(doctor.result.options->command == Command::kDoctor);
  CHECK(doctor.result.options->doctor.languages);
  CHECK_FALSE(parse({"doctor"}).result.options->doctor.languages);
}

TEST_CASE("color only on a terminal and when nobody said no", "[cli]") {
  CHECK(use_color(false, nullptr, true));
  CHECK(use_color(false, "", true));  // NO_COLOR set but empty does not count (no-color.org)
  CHECK_FALSE(use_color(false, "1", true));
  CHECK_FALSE(use_color(true, nullptr, true));
  CHECK_FALSE(use_color(false, nullptr, false));
}

}  // namespace
}  // namespace judge::cli
