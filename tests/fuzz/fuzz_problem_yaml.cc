// problem.yaml comes with a downloaded package. Properties: any bytes either parse or give a
// ConfigError naming the file; what parses has limits the sandbox can use (positive times and
// sizes).
#include "fuzz_support.h"
#include "problem/problem_yaml.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace judge;
  const std::filesystem::path file = fuzz::scratch_dir() / "problem.yaml";
  fuzz::write_file(file, data, size);
  fuzz::expect_only_config_errors(file.string(), [&] {
    const problem::ProblemConfig config = problem::read_problem_yaml(file);
    const problem::ProblemLimits& limits = config.limits;
    fuzz::check(limits.time_limit_ms > 0, "a parsed time limit is positive",
                std::to_string(limits.time_limit_ms));
    fuzz::check(limits.wall_time_limit_ms >= 0, "a parsed wall time limit is not negative",
                std::to_string(limits.wall_time_limit_ms));
    fuzz::check(limits.memory_bytes > 0, "a parsed memory limit is positive",
                std::to_string(limits.memory_bytes));
    fuzz::check(limits.output_bytes > 0, "a parsed output limit is positive",
                std::to_string(limits.output_bytes));
  });
  return 0;
}
