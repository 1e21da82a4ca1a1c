// problem.yaml variations, one field at a time, in throw-away packages.
#include <catch2/catch.hpp>

#include "problem/problem.h"
#include "temp_package.h"
#include "test_helpers.h"

using namespace judge::problem;
namespace fs = std::filesystem;
using judge::problem::testing::args;
using judge::problem::testing::load_error;
using judge::problem::testing::TempPackage;

namespace {

Problem load_with_yaml(const TempPackage& package, const std::string& yaml) {
  package.write("problem.yaml", yaml);
  package.write_one_test();
  return load_problem(package.dir());
}

// The field named by the ConfigError that problem.yaml `yaml` causes (its file must be
// problem.yaml).
std::string failing_field(const std::string& yaml) {
  TempPackage package;
  package.write("problem.yaml", yaml);
  package.write_one_test();
  const auto error = load_error(package.dir());
  CHECK(error.file() == package.path("problem.yaml"));
  return error.field();
}

}  // namespace

TEST_CASE("problem.yaml absent: legacy defaults, folder name", "[problem][yaml]") {
  TempPackage package;
  package.write_one_test();
  const Problem problem = load_problem(package.dir());
  CHECK(problem.format == PackageFormat::kLegacy);
  CHECK(problem.name == package.dir().filename().string());
  CHECK(problem.limits.time_limit_ms == 1000);
  CHECK(problem.limits.time_limit_source.empty());
  CHECK(problem.limits.memory_bytes == 2048ll << 20);
  CHECK(problem.limits.output_bytes == 8ll << 20);
  CHECK(problem.limits.ac_to_time_limit == 5.0);   // legacy time_multiplier default
  CHECK(problem.limits.time_limit_to_tle == 2.0);  // legacy time_safety_margin default
}

TEST_CASE("empty problem.yaml is all defaults", "[problem][yaml]") {
  TempPackage package;
  const Problem problem = load_with_yaml(package, "");
  CHECK(problem.format == PackageFormat::kLegacy);
  CHECK(problem.type == ProblemType::kPassFail);
}

TEST_CASE("problem_format_version selects the spelling", "[problem][yaml]") {
  TempPackage package;
  SECTION("2025-09") {
    const Problem problem = load_with_yaml(package, "problem_format_version: 2025-09\n");
    CHECK(problem.format == PackageFormat::k2025_09);
    CHECK(problem.limits.ac_to_time_limit == 2.0);
    CHECK(problem.limits.time_limit_to_tle == 1.5);
  }
  SECTION("a later dated version") {
    CHECK(load_with_yaml(package, "problem_format_version: 2027-03\n").format ==
          PackageFormat::k2025_09);
  }
  SECTION("legacy and legacy-icpc") {
    CHECK(load_with_yaml(package, "problem_format_version: legacy\n").format ==
          PackageFormat::kLegacy);
    CHECK(load_with_yaml(package, "problem_format_version: legacy-icpc\n").format ==
          PackageFormat::kLegacy);
  }
  SECTION("unknown versions are errors") {
    CHECK(failing_field("problem_format_version: 1.0\n") == "problem_format_version");
    CHECK(failing_field("problem_format_version: 2019-01\n") == "problem_format_version");
    CHECK(failing_field("problem_format_version: [2025-09]\n") == "problem_format_version");
  }
}

TEST_CASE("name: string, map with en, map without en", "[problem][yaml]") {
  TempPackage package;
  CHECK(load_with_yaml(package, "name: Hello World\n").name == "Hello World");
  package.write("problem.yaml", "problem_format_version: 2025-09\nname:\n  sv: Hej\n  en: Hello\n");
  CHECK(load_problem(package.dir()).name == "Hello");
  package.write("problem.yaml", "problem_format_version: 2025-09\nname:\n  sv: Hej\n  de: Hallo\n");
  CHECK(load_problem(package.dir()).name == "Hej");
  CHECK(failing_field("name: [a, b]\n") == "name");
}

TEST_CASE("type: 2025-09 strings and lists", "[problem][yaml]") {
  TempPackage package;
  package.write("output_validator/v.py", "print()\n");
  const std::string header = "problem_format_version: 2025-09\n";
  CHECK(load_with_yaml(package, header + "type: scoring\n").type == ProblemType::kScoring);

  const Problem interactive = load_with_yaml(package, header + "type: [scoring, interactive]\n");
  CHECK(interactive.type == ProblemType::kScoring);
  CHECK(interactive.validator.interactive);

  const Problem multi = load_with_yaml(package, header + "type: [multi-pass]\n");
  CHECK(multi.validator.multi_pass);
  CHECK(multi.type == ProblemType::kPassFail);

  CHECK(load_with_yaml(package, header + "type: submit-answer\n").submit_answer);

  CHECK(failing_field(header + "type: [pass-fail, scoring]\n") == "type");
  CHECK(failing_field(header + "type: [interactive, submit-answer]\n") == "type");
  CHECK(failing_field(header + "type: [scoring, scoring]\n") == "type");
  CHECK(failing_field(header + "type: speedrun\n") == "type");
  CHECK(failing_field(header + "type: []\n") == "type");
  CHECK(failing_field("type: [scoring, interactive]\n") == "type");  // legacy: one string
}

TEST_CASE("limits: values and their units", "[problem][yaml]") {
  TempPackage package;
  const Problem problem = load_with_yaml(
      package, "limits:\n  time_limit: 1.1\n  memory: 256\n  output: 1\n  code: 64\n");
  CHECK(problem.limits.time_limit_ms == 1100);  // not 1101 from 1.1 * 1000 rounding noise
  CHECK(problem.limits.time_limit_source == "problem.yaml");
  CHECK(problem.limits.memory_bytes == 256ll << 20);
  CHECK(problem.limits.output_bytes == 1ll << 20);
  CHECK(load_with_yaml(package, "limits:\n  time_limit: 3\n").limits.time_limit_ms == 3000);
  CHECK(load_with_yaml(package, "limits:\n  time_limit: 0.0001\n").limits.time_limit_ms == 1);
}

TEST_CASE("limits: wrong types and out-of-range values", "[problem][yaml]") {
  CHECK(failing_field("limits:\n  time_limit: abc\n") == "limits.time_limit");
  CHECK(failing_field("limits:\n  time_limit: 2s\n") == "limits.time_limit");
  CHECK(failing_field("limits:\n  time_limit: [2]\n") == "limits.time_limit");
  CHECK(failing_field("limits:\n  time_limit: .nan\n") == "limits.time_limit");
  CHECK(failing_field("limits:\n  time_limit: 0\n") == "limits.time_limit");
  CHECK(failing_field("limits:\n  time_limit: -1\n") == "limits.time_limit");
  CHECK(failing_field("limits:\n  time_limit: 100000\n") == "limits.time_limit");
  CHECK(failing_field("limits:\n  memory: 0\n") == "limits.memory");
  CHECK(failing_field("limits:\n  memory: 1.5\n") == "limits.memory");
  CHECK(failing_field("limits:\n  memory: lots\n") == "limits.memory");
  CHECK(failing_field("limits:\n  memory: 99999999999999\n") == "limits.memory");
  CHECK(failing_field("limits:\n  output: -8\n") == "limits.output");
  CHECK(failing_field("limits: 5\n") == "limits");
  CHECK(failing_field("- just\n- a list\n") == "");
  CHECK(failing_field("limits:\n  time_multiplier: 0\n") == "limits.time_multiplier");
  CHECK(failing_field("problem_format_version: 2025-09\nlimits:\n  time_multipliers:\n"
                      "    ac_to_time_limit: 0.5\n") == "limits.time_multipliers.ac_to_time_limit");
  CHECK(failing_field("problem_format_version: 2025-09\nlimits:\n  time_multipliers: fast\n") ==
        "limits.time_multipliers");
}

TEST_CASE("the error message says what was expected", "[problem][yaml]") {
  TempPackage package;
  package.write("problem.yaml", "limits:\n  time_limit: abc\n");
  package.write_one_test();
  const auto error = load_error(package.dir());
  CHECK(error.field() == "limits.time_limit");
  CHECK_THAT(error.what(), Catch::Contains("expected a number of seconds such as 2 or 1.5"));
  CHECK_THAT(error.what(), Catch::Contains(package.path("problem.yaml")));
}

TEST_CASE("unknown keys are ignored", "[problem][yaml]") {
  TempPackage package;
  const Problem problem = load_with_yaml(
      package,
      "name: X\nuuid: 123\ncredits: {authors: [A]}\nsource: S\nlicense: cc0\nrights_owner: R\n"
      "keywords: [a]\nlanguages: [cpp]\nsomething_new: {nested: [1, 2]}\n"
      "limits:\n  compilation_time: 60\n  future_limit: x\n");
  CHECK(problem.name == "X");
}

TEST_CASE("validator arguments from problem.yaml", "[problem][yaml]") {
  TempPackage package;
  SECTION("legacy validator_flags is split on whitespace") {
    const Problem problem = load_with_yaml(package, "validator_flags: float_tolerance  1e-4\n");
    CHECK(problem.tests[0].validator_args == args({"float_tolerance", "1e-4"}));
  }
  SECTION("2025-09 output_validator_args as a list or a string") {
    Problem problem = load_with_yaml(
        package, "problem_format_version: 2025-09\noutput_validator_args: [case_sensitive]\n");
    CHECK(problem.tests[0].validator_args == args({"case_sensitive"}));
    problem =
        load_with_yaml(package, "problem_format_version: 2025-09\noutput_validator_args: a b\n");
    CHECK(problem.tests[0].validator_args == args({"a", "b"}));
  }
  SECTION("wrong types") {
    CHECK(failing_field("validator_flags: {a: 1}\n") == "validator_flags");
    CHECK(failing_field("problem_format_version: 2025-09\noutput_validator_args: [[a]]\n") ==
          "output_validator_args");
  }
  SECTION("legacy keys in a 2025-09 package are pointed out") {
    CHECK(failing_field("problem_format_version: 2025-09\nvalidator_flags: x\n") ==
          "validator_flags");
    CHECK(failing_field("problem_format_version: 2025-09\nvalidation: custom\n") == "validation");
  }
}

TEST_CASE("legacy validation", "[problem][yaml][validator]") {
  TempPackage package;
  SECTION("custom without output_validators/ is an error") {
    CHECK(failing_field("validation: custom\n") == "validation");
  }
  SECTION("custom interactive with one validator file") {
    package.write("output_validators/check.py", "print()\n");
    const Problem problem = load_with_yaml(package, "validation: custom interactive\n");
    CHECK(problem.validator.kind == ValidatorSpec::Kind::kCustom);
    CHECK(problem.validator.interactive);
    CHECK(problem.validator.custom_path ==
          fs::canonical(package.dir() / "output_validators/check.py"));
  }
  SECTION("a validator folder with several files is passed whole") {
    package.write("output_validators/v/build", "#!/bin/sh\n");
    package.write("output_validators/v/v.cpp", "int main(){}\n");
    const Problem problem = load_with_yaml(package, "validation: custom\n");
    CHECK(problem.validator.custom_path == fs::canonical(package.dir() / "output_validators/v"));
  }
  SECTION("two validators are refused") {
    package.write("output_validators/a.py", "\n");
    package.write("output_validators/b.py", "\n");
    package.write("problem.yaml", "validation: custom\n");
    package.write_one_test();
    const auto error = load_error(package.dir());
    CHECK(error.file() == package.path("output_validators"));
  }
  SECTION("default ignores an output_validators/ folder") {
    package.write("output_validators/a.py", "\n");
    CHECK(load_with_yaml(package, "validation: default\n").validator.kind ==
          ValidatorSpec::Kind::kDefault);
  }
  SECTION("bad values") {
    CHECK(failing_field("validation: fancy\n") == "validation");
    CHECK(failing_field("validation: custom loud\n") == "validation");
    CHECK(failing_field("validation: default interactive\n") == "validation");
  }
}

TEST_CASE("2025-09 output validator", "[problem][yaml][validator]") {
  TempPackage package;
  const std::string header = "problem_format_version: 2025-09\n";
  SECTION("absent: default") {
    CHECK(load_with_yaml(package, header).validator.kind == ValidatorSpec::Kind::kDefault);
  }
  SECTION("an empty folder is the default validator") {
    std::filesystem::create_directories(package.dir() / "output_validator");
    CHECK(load_with_yaml(package, header).validator.kind == ValidatorSpec::Kind::kDefault);
  }
  SECTION("interactive needs one") {
    CHECK(failing_field(header + "type: [pass-fail, interactive]\n") == "type");
  }
  SECTION("the legacy folder name is pointed out") {
    package.write("output_validators/v.py", "\n");
    package.write("problem.yaml", header);
    package.write_one_test();
    CHECK(load_error(package.dir()).file() == package.path("output_validators"));
  }
}

TEST_CASE("limits.validation_passes and output_validator_protocol", "[problem][yaml][validator]") {
  TempPackage package;
  package.write("output_validator/v.py", "print()\n");
  const std::string header = "problem_format_version: 2025-09\n";
  CHECK(load_with_yaml(package, header + "type: multi-pass\n").limits.validation_passes == 2);
  CHECK(load_with_yaml(package, header + "type: multi-pass\nlimits:\n  validation_passes: 5\n")
            .limits.validation_passes == 5);
  CHECK(failing_field(header + "limits:\n  validation_passes: 1\n") == "limits.validation_passes");
  CHECK(failing_field(header + "limits:\n  validation_passes: two\n") ==
        "limits.validation_passes");

  const Problem testlib =
      load_with_yaml(package, header + "type: interactive\noutput_validator_protocol: testlib\n");
  CHECK(testlib.validator.testlib);
  CHECK_FALSE(load_with_yaml(package, header + "type: interactive\n").validator.testlib);
  CHECK(failing_field(header + "output_validator_protocol: polygon\n") ==
        "output_validator_protocol");
  // testlib validators have no way to ask for another pass.
  package.write("problem.yaml", header + "type: multi-pass\noutput_validator_protocol: testlib\n");
  CHECK(load_error(package.dir()).field() == "output_validator_protocol");
}

TEST_CASE("checker: testlib selects testlib for checkers and interactors alike",
          "[problem][yaml][validator]") {
  TempPackage package;
  package.write("output_validator/v.cpp", "int main() {}\n");
  const std::string header = "problem_format_version: 2025-09\n";
  const Problem interactor =
      load_with_yaml(package, header + "type: interactive\nchecker: testlib\n");
  CHECK(interactor.validator.testlib);
  CHECK(interactor.validator.protocol == CheckerProtocol::kTestlib);
  const Problem checker = load_with_yaml(package, header + "checker: testlib\n");
  CHECK(checker.validator.protocol == CheckerProtocol::kTestlib);
  // The older key is an alias, for checkers too.
  const Problem alias = load_with_yaml(package, header + "output_validator_protocol: testlib\n");
  CHECK(alias.validator.protocol == CheckerProtocol::kTestlib);
  package.write("problem.yaml", header + "type: multi-pass\nchecker: testlib\n");
  CHECK(load_error(package.dir()).field() == "checker");
}
