// Golden files: expected reporter output stored in tests/fixtures/report/. To accept a deliberate
// format change, run the tests with JUDGE_UPDATE_GOLDEN=1 (the files are rewritten, then review
// the diff with git); without it a mismatch fails the test.
#pragma once

#include <string>

namespace judge::report::testing {

std::string golden_path(const std::string& file_name);
std::string read_file(const std::string& path);

// The golden file's text, or, in update mode, `actual` after writing it to the golden file.
std::string golden_text(const std::string& file_name, const std::string& actual);

}  // namespace judge::report::testing
