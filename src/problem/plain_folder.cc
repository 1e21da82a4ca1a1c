#include "problem/plain_folder.h"

#include <algorithm>
#include <cctype>
#include <string>

#include "problem/folder_listing.h"
#include "util/error.h"

namespace judge::problem {

namespace fs = std::filesystem;

namespace {

bool is_digit(char c) {
  return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

// "test2" < "test10": runs of digits compare by value, everything else byte by byte. Ties
// ("1" vs "01") fall back to plain byte order so the order stays total and deterministic.
bool natural_less(const std::string& a, const std::string& b) {
  std::size_t i = 0;
  std::size_t j = 0;
  while (i < a.size() && j < b.size()) {
    if (is_digit(a[i]) && is_digit(b[j])) {
      std::size_t end_a = i;
      std::size_t end_b = j;
      while (end_a < a.size() && is_digit(a[end_a])) ++end_a;
      while (end_b < b.size() && is_digit(b[end_b])) ++end_b;
      std::string_view digits_a(a.data() + i, end_a - i);
      std::string_view digits_b(b.data() + j, end_b - j);
      while (digits_a.size() > 1 && digits_a.front() == '0') digits_a.remove_prefix(1);
      while (digits_b.size() > 1 && digits_b.front() == '0') digits_b.remove_prefix(1);
      if (digits_a.size() != digits_b.size()) return digits_a.size() < digits_b.size();
      if (digits_a != digits_b) return digits_a < digits_b;
      i = end_a;
      j = end_b;
    } else {
      if (a[i] != b[j]) return a[i] < b[j];
      ++i;
      ++j;
    }
  }
  if (a.size() - i != b.size() - j) return a.size() - i < b.size() - j;
  return a < b;
}

std::vector<std::string> test_names_in(const fs::path& folder) {
  std::vector<std::string> names;
  if (!is_directory_following_links(folder)) return names;
  for (const FolderEntry& entry : list_test_folder(folder)) {
    if (entry.is_test) names.push_back(entry.name);
  }
  std::sort(names.begin(), names.end(), natural_less);
  return names;
}

}  // namespace

std::vector<TestCase> collect_plain_tests(const fs::path& dir) {
  fs::path folder = dir;
  std::vector<std::string> names = test_names_in(folder);
  if (names.empty()) {
    folder = dir / "tests";
    names = test_names_in(folder);
  }

  std::vector<TestCase> tests;
  for (const std::string& name : names) {
    TestCase test;
    test.name = name;
    test.input = resolve_links(folder / (name + ".in"));
    // .ans is the Kattis spelling; .out is what oj and most hand-made folders use.
    for (const char* extension : {".ans", ".out"}) {
      const fs::path answer = folder / (name + extension);
      if (is_regular_file_following_links(answer)) {
        test.answer = resolve_links(answer);
        break;
      }
    }
    if (test.answer.empty()) {
      throw ConfigError((folder / (name + ".in")).string(), "",
                        "has no answer file " + name + ".ans or " + name +
                            ".out next to it; every test needs NAME.in and NAME.ans");
    }
    tests.push_back(std::move(test));
  }
  return tests;
}

}  // namespace judge::problem
