// Registry::detect: which language a source file is written in.
#include <fstream>
#include <regex>

#include "lang/language.h"
#include "util/error.h"

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

std::string head_of(const std::filesystem::path& source) {
  constexpr std::size_t kBytes = 64 << 10;  // enough to see a program's first directives
  std::ifstream in(source, std::ios::binary);
  std::string text(kBytes, '\0');
  in.read(text.data(), static_cast<std::streamsize>(kBytes));
  text.resize(static_cast<std::size_t>(in.gcount()));
  return text;
}

// Archives submit Python 2 as .py2 or with a python2 #! line; Debian 12 has no Python 2, and
// judging such a file as Python 3 would give a verdict for another language.
void refuse_python2(const std::filesystem::path& source, const std::string& shebang) {
  static const std::regex python2(R"(^#!.*[/ ]python2(\.[0-9]+)?(\s|$))");
  const bool by_extension = source.extension() == ".py2";
  if (!by_extension && !std::regex_search(shebang, python2)) return;
  throw ConfigError(source.string(), "",
                    std::string("Python 2 is not available on Debian 12 (") +
                        (by_extension ? "a .py2 file" : "its #! line names python2") +
                        "); port it to Python 3 and name it .py or .py3");
}

// .pl is Perl's and Prolog's. Prolog: a directive (":- use_module(...)") or a rule
// ("main :- ...") at the start of a line, and nothing only Perl writes.
bool looks_like_prolog(const std::string& text, std::string& why) {
  static const std::regex perl(R"((^|\n)\s*(use\s+(strict|warnings)|my\s+[$@%]|sub\s+\w+\s*\{))");
  static const std::regex directive(R"((^|\n)\s*:-\s*\w)");
  static const std::regex rule(R"((^|\n)[a-z]\w*(\([^\n]*\))?\s*:-)");
  if (std::regex_search(text, perl)) return false;
  std::smatch match;
  if (std::regex_search(text, match, directive)) {
    why = "a ':-' directive at the start of a line";
  } else if (std::regex_search(text, match, rule)) {
    why = "a rule 'head :- body' at the start of a line";
  } else {
    return false;
  }
  return true;
}

}  // namespace

const Language* Registry::detect(const std::filesystem::path& source, std::string* why) const {
  if (why != nullptr) why->clear();
  const std::string line = shebang_line(source);
  refuse_python2(source, line);

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
  if (best != nullptr && source.extension() == ".pl" && line.find("perl") == std::string::npos) {
    std::string reason;
    const Language* prolog = find("prolog");
    if (prolog != nullptr && looks_like_prolog(head_of(source), reason)) {
      if (why != nullptr)
        *why = ".pl read as Prolog, not Perl: " + reason + " (--lang perl to override)";
      return prolog;
    }
  }
  if (best != nullptr) return best;

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
