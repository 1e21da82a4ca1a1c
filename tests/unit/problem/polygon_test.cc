// Polygon packages: problem.xml read with pugixml and mapped onto the problem model.
#include <catch2/catch.hpp>

#include "problem/polygon/problem_xml.h"
#include "problem/problem.h"
#include "temp_package.h"
#include "test_helpers.h"

using namespace judge::problem;
using judge::ConfigError;
using judge::problem::polygon::expand_path_pattern;
using judge::problem::polygon::parse_problem_xml;
using judge::problem::polygon::ProblemXml;
using judge::problem::testing::load_error;
using judge::problem::testing::TempPackage;
namespace fs = std::filesystem;

namespace {

// A problem.xml with `tests` inside <tests>, `groups` inside <groups> and `assets` as given.
std::string problem_xml(
    const std::string& tests, const std::string& groups = "",
    const std::string& assets = "<checker name=\"std::wcmp.cpp\" type=\"testlib\"/>",
    const std::string& judging_attributes = "input-file=\"\" output-file=\"\"", int count = -1) {
  int n = 0;  // <test .../> and <test/>
  for (std::size_t at = tests.find("<test"); at != std::string::npos;
       at = tests.find("<test", at + 1)) {
    ++n;
  }
  return "<?xml version=\"1.0\"?>\n<problem><names><name language=\"english\" value=\"X\"/></names>"
         "<judging " +
         judging_attributes +
         "><testset name=\"tests\"><time-limit>1500</time-limit>"
         "<memory-limit>67108864</memory-limit><test-count>" +
         std::to_string(count < 0 ? n : count) +
         "</test-count><input-path-pattern>tests/%02d</input-path-pattern>"
         "<answer-path-pattern>tests/%02d.a</answer-path-pattern><tests>" +
         tests + "</tests><groups>" + groups + "</groups></testset></judging><assets>" + assets +
         "</assets></problem>\n";
}

void write_tests(const TempPackage& package, int count) {
  for (int i = 1; i <= count; ++i) {
    const std::string name = expand_path_pattern("tests/%02d", i, "", "");
    package.write(name, std::to_string(i) + "\n");
    package.write(name + ".a", std::to_string(i) + "\n");
  }
}

std::string message_of(const std::string& text) {
  try {
    parse_problem_xml(text, "p/problem.xml");
  } catch (const ConfigError& error) {
    return std::string(error.what()) + " | field " + error.field() + " | file " + error.file();
  }
  FAIL("parse_problem_xml accepted the text");
  return "";
}

}  // namespace

TEST_CASE("polygon: a pass-fail package loads limits, tests and a standard checker",
          "[problem][polygon]") {
  TempPackage package;
  write_tests(package, 3);
  package.write("problem.xml", problem_xml("<test method=\"manual\" sample=\"true\"/>"
                                           "<test method=\"manual\"/><test method=\"generated\" "
                                           "cmd=\"gen 3\"/>"));
  const Problem problem = load_problem(package.dir());
  CHECK(problem.format == PackageFormat::kPolygon);
  CHECK(problem.name == "X");
  CHECK(problem.type == ProblemType::kPassFail);
  CHECK(problem.limits.time_limit_ms == 1500);
  CHECK(problem.limits.memory_bytes == 64ll << 20);
  CHECK(problem.limits.time_limit_source == "problem.xml");
  REQUIRE(problem.tests.size() == 3);
  CHECK(problem.tests[0].name == "tests/01");
  CHECK(problem.tests[0].is_sample);
  CHECK(problem.tests[1].group == "secret");
  CHECK(problem.tests[2].answer == fs::canonical(package.dir() / "tests/03.a"));
  CHECK(problem.validator.protocol == CheckerProtocol::kBuiltin);
  CHECK(problem.validator.builtin_name == "wcmp");
}

TEST_CASE("polygon: groups, points policies and dependencies", "[problem][polygon]") {
  TempPackage package;
  write_tests(package, 4);
  package.write("files/check.cpp", "int main() {}\n");
  package.write("files/testlib.h", "\n");
  package.write("problem.xml", [&] {
    // files/resources is outside <assets>: add it after the fact.
    std::string text = problem_xml(
        "<test group=\"a\" points=\"0\" sample=\"true\"/>"
        "<test group=\"b\" points=\"15\"/><test group=\"b\" points=\"5\"/>"
        "<test group=\"c\" points=\"0\"/>",
        "<group name=\"a\" points-policy=\"each-test\"/>"
        "<group name=\"b\" points=\"20\" points-policy=\"each-test\">"
        "<dependencies><dependency group=\"a\"/></dependencies></group>"
        "<group name=\"c\" points=\"50\" points-policy=\"complete-group\" "
        "feedback-policy=\"icpc\"><dependencies><dependency group=\"b\"/>"
        "</dependencies></group>",
        "<checker name=\"check.cpp\" type=\"testlib\"><source "
        "path=\"files/check.cpp\"/></checker>");
    text.insert(text.find("<assets>"),
                "<files><resources><file path=\"files/testlib.h\"/></resources></files>");
    return text;
  }());
  const Problem problem = load_problem(package.dir());
  CHECK(problem.type == ProblemType::kScoring);
  REQUIRE(problem.scoring_groups.size() == 4);
  const ScoringGroup& b = problem.scoring_groups[1];
  CHECK(b.name == "secret/b");
  CHECK(b.aggregation == ScoreAggregation::kSum);
  CHECK(b.max_score == 20.0);
  CHECK(b.require_pass == std::vector<std::string>{"secret/a"});
  const ScoringGroup& c = problem.scoring_groups[2];
  CHECK(c.aggregation == ScoreAggregation::kPassFail);
  CHECK(c.max_score == 50.0);
  CHECK(c.require_pass == std::vector<std::string>{"secret/b"});
  CHECK(problem.scoring_groups[3].name == "secret");
  // A sample counts in its group, as Polygon scores it.
  CHECK_FALSE(problem.tests[0].is_sample);
  CHECK(problem.tests[0].group == "secret/a");
  CHECK(problem.tests[1].points == 15.0);
  CHECK(problem.validator.kind == ValidatorSpec::Kind::kCustom);
  CHECK(problem.validator.protocol == CheckerProtocol::kTestlib);
  CHECK(problem.validator.custom_path == fs::canonical(package.dir() / "files/check.cpp"));
  CHECK(problem.validator.extra_files ==
        std::vector<fs::path>{fs::canonical(package.dir() / "files/testlib.h")});
}

TEST_CASE("polygon: a testlib interactor without a checker", "[problem][polygon]") {
  TempPackage package;
  package.write("tests/01", "5\n");
  package.write("files/interactor.cpp", "int main() {}\n");
  package.write("problem.xml", problem_xml("<test method=\"manual\"/>", "",
                                           "<interactor><source path=\"files/interactor.cpp\"/>"
                                           "</interactor>"));
  const Problem problem = load_problem(package.dir());
  CHECK(problem.validator.interactive);
  CHECK(problem.validator.protocol == CheckerProtocol::kTestlib);
  CHECK(problem.tests[0].answer.empty());
  CHECK_FALSE(problem.validator.tout_checker);
}

TEST_CASE("polygon: an interactor with a checker: the checker judges tout", "[problem][polygon]") {
  TempPackage package;
  package.write("tests/01", "5\n");
  package.write("files/interactor.cpp", "int main() {}\n");
  package.write("files/check.cpp", "int main() {}\n");
  const std::string interactor = "<interactor><source path=\"files/interactor.cpp\"/></interactor>";
  package.write("problem.xml",
                problem_xml("<test method=\"manual\"/>", "",
                            "<checker type=\"testlib\"><source path=\"files/check.cpp\"/>"
                            "</checker>" +
                                interactor));
  // The checker compares tout with the answer: a test without one is refused.
  CHECK(load_error(package.dir()).field() == "judging/testset[@name='tests']/tests/test[1]");
  package.write("tests/01.a", "5 1\n");
  Problem problem = load_problem(package.dir());
  CHECK(problem.validator.interactive);
  CHECK(problem.validator.custom_path == fs::canonical(package.dir() / "files/interactor.cpp"));
  REQUIRE(problem.validator.tout_checker);
  CHECK(problem.validator.tout_checker->source == fs::canonical(package.dir() / "files/check.cpp"));
  CHECK(problem.validator.tout_checker->builtin_name.empty());
  // A standard checker is the built-in one.
  package.write("problem.xml",
                problem_xml("<test method=\"manual\"/>", "",
                            "<checker name=\"std::wcmp.cpp\" type=\"testlib\"/>" + interactor));
  problem = load_problem(package.dir());
  REQUIRE(problem.validator.tout_checker);
  CHECK(problem.validator.tout_checker->builtin_name == "wcmp");
}

TEST_CASE("polygon: bad XML and missing fields name the file and the field", "[problem][polygon]") {
  CHECK_THAT(message_of("<problem><judging>"),
             Catch::Contains("not well-formed XML") && Catch::Contains("p/problem.xml"));
  CHECK_THAT(message_of("<other/>"), Catch::Contains("field problem |"));
  CHECK_THAT(message_of("<problem/>"), Catch::Contains("field judging |"));
  std::string no_time = problem_xml("<test/>");
  no_time.replace(no_time.find("<time-limit>"), 28, "");
  CHECK_THAT(message_of(no_time),
             Catch::Contains("field judging/testset[@name='tests']/time-limit |"));
  std::string bad_memory = problem_xml("<test/>");
  bad_memory.replace(bad_memory.find("67108864"), 8, "lots");
  CHECK_THAT(message_of(bad_memory), Catch::Contains("memory-limit") && Catch::Contains("lots"));
  CHECK_THAT(message_of(problem_xml("<test/>", "", "", "", 3)), Catch::Contains("test-count"));
  CHECK_THAT(message_of(problem_xml("<test points=\"-1\"/>")), Catch::Contains("@points"));
  CHECK_THAT(message_of(problem_xml("<test/>", "<group name=\"1\" points-policy=\"odd\"/>")),
             Catch::Contains("@points-policy"));
}

TEST_CASE("polygon: features read but not implemented are refused by name", "[problem][polygon]") {
  CHECK_THAT(message_of(problem_xml("<test/>", "", "<checker name=\"std::wcmp.cpp\"/>",
                                    "run-count=\"2\"")),
             Catch::Contains("field judging@run-count"));
  CHECK_THAT(message_of(problem_xml("<test/>", "", "<checker type=\"exe\" name=\"x\"/>")),
             Catch::Contains("field assets/checker@type"));
}

TEST_CASE("polygon: named input and output files, checker points as percent",
          "[problem][polygon]") {
  const ProblemXml xml =
      parse_problem_xml(problem_xml("<test/>", "", "<checker name=\"std::wcmp.cpp\"/>",
                                    "input-file=\"sum.in\" output-file=\"sum.out\" "
                                    "treat-points-from-checker-as-percent=\"true\""),
                        "p/problem.xml");
  CHECK(xml.input_file == "sum.in");
  CHECK(xml.output_file == "sum.out");
  CHECK(xml.checker_points_percent);
  const ProblemXml plain = parse_problem_xml(problem_xml("<test/>"), "p/problem.xml");
  CHECK(plain.input_file.empty());
  CHECK(plain.output_file.empty());
  CHECK_FALSE(plain.checker_points_percent);
}

TEST_CASE("polygon: a named file must be a plain file name", "[problem][polygon]") {
  for (const std::string bad : {"../x", "a/b", ".", "..", "-in", "/etc/passwd", "a&#10;b"}) {
    INFO(bad);
    CHECK_THAT(message_of(problem_xml("<test/>", "", "<checker name=\"std::wcmp.cpp\"/>",
                                      "output-file=\"" + bad + "\"")),
               Catch::Contains("field judging@output-file"));
    CHECK_THAT(message_of(problem_xml("<test/>", "", "<checker name=\"std::wcmp.cpp\"/>",
                                      "input-file=\"" + bad + "\"")),
               Catch::Contains("field judging@input-file"));
  }
  for (const std::string nul : {"in&#0;/../x", "in&#x00;", "in&#X0;x"}) {
    INFO(nul);
    CHECK_THAT(message_of(problem_xml("<test/>", "", "<checker name=\"std::wcmp.cpp\"/>",
                                      "input-file=\"" + nul + "\"")),
               Catch::Contains("NUL"));
  }
  CHECK(parse_problem_xml(problem_xml("<test/>", "", "<checker name=\"std::wcmp.cpp\"/>",
                                      "input-file=\"in&#48;.txt\""),
                          "p/problem.xml")
            .input_file == "in0.txt");
  CHECK_THAT(message_of(problem_xml("<test/>", "", "<checker name=\"std::wcmp.cpp\"/>",
                                    "treat-points-from-checker-as-percent=\"yes\"")),
             Catch::Contains("treat-points-from-checker-as-percent"));
}

TEST_CASE("polygon: the testset judged is chosen by name", "[problem][polygon]") {
  std::string text = problem_xml("<test/>");
  const std::string tests = "<testset name=\"tests\">";
  text.insert(text.find(tests),
              "<testset name=\"pretests\"><time-limit>700</time-limit>"
              "<memory-limit>1048576</memory-limit><test-count>1</test-count>"
              "<input-path-pattern>pre/%d</input-path-pattern>"
              "<answer-path-pattern>pre/%d.a</answer-path-pattern>"
              "<tests><test/></tests></testset>");
  const ProblemXml pretests = parse_problem_xml(text, "p/problem.xml", "pretests");
  CHECK(pretests.time_limit_ms == 700);
  CHECK(pretests.input_path_pattern == "pre/%d");
  CHECK(parse_problem_xml(text, "p/problem.xml").time_limit_ms == 1500);
  try {
    parse_problem_xml(text, "p/problem.xml", "systests");
    FAIL("a missing testset was accepted");
  } catch (const ConfigError& error) {
    CHECK(error.field() == "judging/testset[@name='systests']");
    CHECK_THAT(error.what(), Catch::Contains("pretests, tests"));
  }
}

TEST_CASE("polygon: --testset of a package that is not Polygon's is refused",
          "[problem][polygon]") {
  TempPackage package;
  package.write("a.in", "1\n");
  package.write("a.ans", "1\n");
  try {
    load_problem(package.dir(), LoadOptions{"pretests"});
    FAIL("--testset pretests was accepted for a plain folder");
  } catch (const ConfigError& error) {
    CHECK(error.field() == "--testset");
  }
}

TEST_CASE("polygon: a named file with an interactor is refused by name", "[problem][polygon]") {
  TempPackage package;
  write_tests(package, 1);
  package.write("files/interactor.cpp", "int main() {}\n");
  package.write(
      "problem.xml",
      problem_xml("<test/>", "", "<interactor><source path=\"files/interactor.cpp\"/></interactor>",
                  "input-file=\"in.txt\" output-file=\"\""));
  CHECK(load_error(package.dir()).field() == "judging@input-file");
}

TEST_CASE("polygon: generated tests absent from the package say how to make them",
          "[problem][polygon]") {
  TempPackage package;
  package.write("problem.xml", problem_xml("<test method=\"generated\" cmd=\"gen 5\"/>"));
  const ConfigError error = load_error(package.dir());
  CHECK_THAT(error.what(), Catch::Contains("doall.sh") && Catch::Contains("gen 5"));
  CHECK(error.field() == "judging/testset[@name='tests']/tests/test[1]");
  package.write("tests/01", "1\n");
  CHECK_THAT(load_error(package.dir()).what(),
             Catch::Contains("tests/01.a") && Catch::Contains("doall.sh"));
  package.write("tests/01.a", "1\n");
  package.write("problem.xml", problem_xml("<test/>", "", ""));
  CHECK(load_error(package.dir()).field() == "assets/checker");
}

TEST_CASE("polygon: paths leading out of the package are refused", "[problem][polygon]") {
  TempPackage outside;
  outside.write("secret.h", "\n");
  for (const std::string& path :
       {std::string("../x/check.cpp"), std::string("/etc/passwd"), std::string("files/../../a")}) {
    TempPackage package;
    write_tests(package, 1);
    package.write("problem.xml", problem_xml("<test/>", "",
                                             "<checker type=\"testlib\"><source path=\"" + path +
                                                 "\"/></checker>"));
    const ConfigError error = load_error(package.dir());
    CHECK(error.field() == "assets/checker/source@path");
  }
  TempPackage package;
  write_tests(package, 1);
  package.symlink(outside.path("secret.h"), "files/check.cpp");
  package.write("problem.xml", problem_xml("<test/>", "",
                                           "<checker type=\"testlib\"><source "
                                           "path=\"files/check.cpp\"/></checker>"));
  CHECK_THAT(load_error(package.dir()).what(), Catch::Contains("files/check.cpp"));
  // A pattern leading out is refused the same way.
  TempPackage patterned;
  std::string text = problem_xml("<test/>");
  text.replace(text.find("tests/%02d<"), 10, "../%02d");
  patterned.write("problem.xml", text);
  CHECK_THAT(load_error(patterned.dir()).what(), Catch::Contains("leaves the package"));
}

TEST_CASE("polygon: path patterns", "[problem][polygon]") {
  CHECK(expand_path_pattern("tests/%02d", 7, "f", "p") == "tests/07");
  CHECK(expand_path_pattern("tests/%d.a", 12, "f", "p") == "tests/12.a");
  CHECK(expand_path_pattern("t/%03d", 1234, "f", "p") == "t/1234");
  CHECK_THROWS_AS(expand_path_pattern("tests/%s", 1, "f", "p"), ConfigError);
  CHECK_THROWS_AS(expand_path_pattern("tests/01", 1, "f", "p"), ConfigError);
  CHECK_THROWS_AS(expand_path_pattern("%d/%d", 1, "f", "p"), ConfigError);
}
