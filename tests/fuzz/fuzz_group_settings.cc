// Group settings below data/: legacy testdata.yaml, 2025-09 test_group.yaml and a test case's
// NAME.yaml. The same bytes are read in all three roles. Properties: only ConfigError, naming the
// file; a 2025-09 max_score that parses is not negative.
#include "fuzz_support.h"
#include "problem/group_settings.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace judge;
  using problem::PackageFormat;
  const std::filesystem::path dir = fuzz::scratch_dir();
  for (const char* name : {"testdata.yaml", "test_group.yaml"}) {
    fuzz::write_file(dir / name, data, size);
  }
  fuzz::expect_only_config_errors((dir / "testdata.yaml").string(), [&] {
    const auto settings = problem::read_group_settings(dir, PackageFormat::kLegacy);
    fuzz::check(settings.has_value(), "an existing testdata.yaml is read");
  });
  fuzz::expect_only_config_errors((dir / "test_group.yaml").string(), [&] {
    const auto settings = problem::read_group_settings(dir, PackageFormat::k2025_09);
    fuzz::check(settings.has_value(), "an existing test_group.yaml is read");
    if (settings->max_score) {
      fuzz::check(*settings->max_score >= 0, "a parsed max_score is not negative",
                  std::to_string(*settings->max_score));
    }
  });
  fuzz::expect_only_config_errors((dir / "test_group.yaml").string(), [&] {
    problem::read_test_case_settings(dir / "test_group.yaml");
  });
  return 0;
}
