#include "golden.h"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace judge::report::testing {

std::string golden_path(const std::string& file_name) {
  return std::string(JUDGE_TEST_FIXTURES) + "/report/" + file_name;
}

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read " + path);
  std::ostringstream content;
  content << in.rdbuf();
  return content.str();
}

std::string golden_text(const std::string& file_name, const std::string& actual) {
  const char* update = std::getenv("JUDGE_UPDATE_GOLDEN");
  if (update != nullptr && std::string(update) == "1") {
    std::ofstream out(golden_path(file_name), std::ios::binary | std::ios::trunc);
    out << actual;
    if (!out) throw std::runtime_error("cannot write " + golden_path(file_name));
    return actual;
  }
  return read_file(golden_path(file_name));
}

}  // namespace judge::report::testing
