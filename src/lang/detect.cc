// Registry::detect: which language a source file is written in.
#include <fstream>
#include <regex>

#include "lang/language.h"

namespace judge::lang {

namespace {

// Only this much of a file is read for its "#!" line, as the kernel does (BINPRM_BUF_SIZE): a
// submission with a megabyte-long first line must neither fill memory nor overflow the stack of
// std::regex_search, whose matcher recurses once per character.
constexpr std::size_t kShebangBytes = 256;

// The first line when the file starts with "#!", else "". Unreadable files have no shebang.
std::string shebang_line(const std::filesystem::path& source) {
  std::ifstream in(source, std::ios::binary);
  std::string line(kShebangBytes, '\0');
  if (!in) return "";
  in.read(line.data(), static_cast<std::streamsize>(line.size()));
  line.resize(static_cast<std::size_t>(in.gcount()));
  line = line.substr(0, line.find('\n'));
  if (!line.starts_with("#!")) return "";
  if (line.ends_with('\r')) line.pop_back();  // a script saved with CRLF line ends
  return line;
}

}  // namespace

const Language* Registry::detect(const std::filesystem::path& source) const {
  // Extensions match case-sensitively (".C" is C++, ".c" is C). The longest match wins, so a
  // language may claim a multi-dot suffix without being shadowed by a shorter one.
  const std::string name = source.filename().string();
  const Language* best = nullptr;
  std::size_t best_length = 0;
  for (const Language& language : languages_) {
    for (const std::string& ext : language.extensions) {
      if (name.size() > ext.size() && name.ends_with(ext) && ext.size() > best_length) {
        best = &language;
        best_length = ext.size();
      }
    }
  }
  if (best != nullptr) return best;

  const std::string line = shebang_line(source);
  if (line.empty()) return nullptr;
  for (const Language& language : languages_) {
    for (const std::string& pattern : language.shebang_patterns) {
      // Validated when the registry was loaded, so construction does not throw here.
      if (std::regex_search(line, std::regex(pattern))) return &language;
    }
  }
  return nullptr;
}

}  // namespace judge::lang
