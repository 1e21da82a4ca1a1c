// find_entry_point and adapt_to_entry: the archives' conventions, per language family.
#include "lang/entry_point.h"

#include <algorithm>
#include <cctype>
#include <fstream>
#include <functional>
#include <iterator>
#include <regex>
#include <sstream>

#include "util/error.h"

namespace judge::lang {

namespace fs = std::filesystem;

namespace {

// Sources are read for detection only up to this size; a contest source is far smaller.
constexpr std::streamsize kMaxScanBytes = 1 << 20;

std::string read_text(const fs::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::string text(static_cast<std::size_t>(kMaxScanBytes), '\0');
  in.read(text.data(), kMaxScanBytes);
  text.resize(static_cast<std::size_t>(in.gcount()));
  return text;
}

// C-family comments and string literals blanked out, so `main` in a comment does not count.
std::string without_comments(const std::string& text) {
  std::string out = text;
  for (std::size_t i = 0; i < out.size(); ++i) {
    if (out.compare(i, 2, "//") == 0) {
      while (i < out.size() && out[i] != '\n') out[i++] = ' ';
    } else if (out.compare(i, 2, "/*") == 0) {
      const std::size_t end = out.find("*/", i + 2);
      const std::size_t stop = end == std::string::npos ? out.size() : end + 2;
      for (; i < stop; ++i) {
        if (out[i] != '\n') out[i] = ' ';
      }
      --i;
    } else if (out[i] == '"') {
      for (++i; i < out.size() && out[i] != '"' && out[i] != '\n'; ++i) {
        if (out[i] == '\\' && i + 1 < out.size()) out[i++] = ' ';
        out[i] = ' ';
      }
    }
  }
  return out;
}

enum class Family {
  kJava,
  kKotlin,
  kScala,
  kPython,
  kJavaScript,
  kPascal,
  kProlog,
  kCFamily,
  kShell,
  kOther
};

Family family_of(const Language& language) {
  const std::string& id = language.id;
  if (id == "java") return Family::kJava;
  if (id == "kotlin") return Family::kKotlin;
  if (id == "scala") return Family::kScala;
  if (id == "python3" || id == "pypy3") return Family::kPython;
  if (id == "javascript") return Family::kJavaScript;
  if (id == "pascal") return Family::kPascal;
  if (id == "prolog") return Family::kProlog;
  if (id == "c" || id.starts_with("cpp") || id == "objc") return Family::kCFamily;
  if (id == "bash") return Family::kShell;
  return Family::kOther;
}

bool is_jvm(Family family) {
  return family == Family::kJava || family == Family::kKotlin || family == Family::kScala;
}

std::string package_of(const std::string& code) {
  static const std::regex package(R"((^|[;\s])package\s+([A-Za-z_][\w.]*)\s*;?)");
  std::smatch match;
  return std::regex_search(code, match, package) ? match[2].str() : "";
}

std::string with_package(const std::string& package, const std::string& name) {
  return package.empty() ? name : package + "." + name;
}

// The fully qualified class whose main starts the program, or "" when the file has none.
std::string jvm_main_class(Family family, const fs::path& file) {
  const std::string code = without_comments(read_text(file));
  std::smatch match;
  if (family == Family::kJava) {
    static const std::regex main(R"(\bstatic\s+(public\s+|final\s+)*void\s+main\s*\()");
    if (!std::regex_search(code, match, main)) return "";
    const std::string before = code.substr(0, static_cast<std::size_t>(match.position(0)));
    static const std::regex type(R"(\b(class|interface|enum|record)\s+([A-Za-z_]\w*))");
    std::string name;
    for (auto it = std::sregex_iterator(before.begin(), before.end(), type);
         it != std::sregex_iterator(); ++it) {
      name = (*it)[2].str();
    }
    return name.empty() ? "" : with_package(package_of(code), name);
  }
  if (family == Family::kKotlin) {
    static const std::regex main(R"((^|\n)fun\s+main\s*\()");
    if (!std::regex_search(code, match, main)) return "";
    static const std::regex jvm_name(R"(@file\s*:\s*JvmName\s*\(\s*"(\w+)\"\s*\))");
    std::smatch named;
    // The raw text: the comment stripper blanks the string literal JvmName takes.
    const std::string raw = read_text(file);
    if (std::regex_search(raw, named, jvm_name)) return with_package(package_of(code), named[1]);
    std::string stem = file.stem().string();
    if (!stem.empty())
      stem[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(stem[0])));
    return with_package(package_of(code), stem + "Kt");
  }
  static const std::regex main(R"(\bdef\s+main\s*\(|\bextends\s+App\b)");
  if (!std::regex_search(code, match, main)) return "";
  const std::string before = code.substr(0, static_cast<std::size_t>(match.position(0)));
  static const std::regex object(R"(\bobject\s+([A-Za-z_]\w*))");
  std::string name;
  for (auto it = std::sregex_iterator(before.begin(), before.end(), object);
       it != std::sregex_iterator(); ++it) {
    name = (*it)[1].str();
  }
  return name.empty() ? "" : with_package(package_of(code), name);
}

bool contains(const fs::path& file, const std::regex& pattern) {
  const std::string text = read_text(file);
  return std::regex_search(text, pattern);
}

std::vector<fs::path> matching(const std::vector<fs::path>& sources,
                               const std::function<bool(const fs::path&)>& keep) {
  std::vector<fs::path> out;
  std::copy_if(sources.begin(), sources.end(), std::back_inserter(out), keep);
  return out;
}

fs::path named(const std::vector<fs::path>& sources, const std::string& name) {
  for (const fs::path& file : sources) {
    if (file.filename() == name) return file;
  }
  return {};
}

fs::path stem_named(const std::vector<fs::path>& sources, std::string stem) {
  std::transform(stem.begin(), stem.end(), stem.begin(), ::tolower);
  for (const fs::path& file : sources) {
    std::string own = file.stem().string();
    std::transform(own.begin(), own.end(), own.begin(), ::tolower);
    if (own == stem) return file;
  }
  return {};
}

std::string folder_name(const fs::path& dir) {
  fs::path normal = fs::absolute(dir).lexically_normal();
  if (normal.filename().empty()) normal = normal.parent_path();
  return normal.filename().string();
}

[[noreturn]] void ambiguous(const Language& language, const fs::path& dir,
                            const std::vector<fs::path>& candidates, const std::string& rule) {
  std::string names;
  for (const fs::path& file : candidates) {
    names += (names.empty() ? "" : ", ") + file.filename().string();
  }
  throw ConfigError(dir.string(), "",
                    std::to_string(candidates.size()) + " " + language.name +
                        " files could be the entry point (" + names + "; " + rule +
                        "); give --entry FILE");
}

// The one candidate, or "" when none; several are ambiguous.
fs::path only(const Language& language, const fs::path& dir,
              const std::vector<fs::path>& candidates, const std::string& rule) {
  if (candidates.size() > 1) ambiguous(language, dir, candidates, rule);
  return candidates.empty() ? fs::path() : candidates.front();
}

fs::path by_convention(Family family, const Language& language, const fs::path& dir,
                       const std::vector<fs::path>& sources) {
  switch (family) {
    case Family::kJava:
    case Family::kKotlin:
    case Family::kScala:
      return only(
          language, dir,
          matching(sources,
                   [&](const fs::path& file) { return !jvm_main_class(family, file).empty(); }),
          "each has a main");
    case Family::kPython: {
      for (const std::string& name : {std::string("__main__.py"), std::string("main.py")}) {
        if (fs::path file = named(sources, name); !file.empty()) return file;
      }
      if (fs::path file = stem_named(sources, folder_name(dir)); !file.empty()) return file;
      static const std::regex guard(R"(if\s+__name__\s*==\s*['"]__main__['"])");
      return only(language, dir,
                  matching(sources, [](const fs::path& file) { return contains(file, guard); }),
                  "each has if __name__ == \"__main__\"");
    }
    case Family::kJavaScript: {
      const fs::path package_json = dir / "package.json";
      std::error_code error;
      if (fs::is_regular_file(fs::symlink_status(package_json, error))) {
        static const std::regex main(R"re("main"\s*:\s*"(?:\./)?([^"/]+)")re");
        std::smatch match;
        const std::string text = read_text(package_json);
        if (std::regex_search(text, match, main)) {
          if (fs::path file = named(sources, match[1].str()); !file.empty()) return file;
          throw ConfigError(package_json.string(), "main",
                            "names '" + match[1].str() + "', which is not a source file here");
        }
      }
      for (const std::string& stem : {std::string("main"), std::string("index")}) {
        if (fs::path file = stem_named(sources, stem); !file.empty()) return file;
      }
      return {};
    }
    case Family::kPascal: {
      static const std::regex program(R"((^|\n)\s*program\s+\w+)", std::regex::icase);
      return only(language, dir,
                  matching(sources, [](const fs::path& file) { return contains(file, program); }),
                  "each starts with program");
    }
    case Family::kProlog: {
      static const std::regex main(R"((^|\n)main\s*(:-|\.))");
      return only(language, dir,
                  matching(sources, [](const fs::path& file) { return contains(file, main); }),
                  "each defines main/0");
    }
    case Family::kCFamily: {
      return only(language, dir,
                  matching(sources,
                           [](const fs::path& file) {
                             static const std::regex main(R"(\bmain\s*\()");
                             return std::regex_search(without_comments(read_text(file)), main);
                           }),
                  "each defines main");
    }
    case Family::kShell:
      return stem_named(sources, folder_name(dir));
    case Family::kOther:
      break;
  }
  return {};
}

bool is_safe_name(const std::string& name) {
  static const std::regex safe(R"([A-Za-z0-9_][A-Za-z0-9_.+-]*)");
  return name.size() <= 255 && std::regex_match(name, safe);
}

}  // namespace

fs::path find_entry_point(const Language& language, const fs::path& dir,
                          const std::vector<fs::path>& sources) {
  if (sources.size() == 1) return sources.front();
  if (fs::path file = by_convention(family_of(language), language, dir, sources); !file.empty()) {
    return file;
  }
  if (fs::path file = named(sources, language.source_name); !file.empty()) return file;
  if (fs::path file = stem_named(sources, "main"); !file.empty()) return file;
  ambiguous(language, dir, sources, "none is " + language.source_name + " or main.*");
}

std::shared_ptr<const Language> adapt_to_entry(const Language& language, const fs::path& main_file,
                                               const std::vector<fs::path>& /*others*/) {
  const Family family = family_of(language);
  const bool interpreted = language.binary_name == language.source_name;
  const std::string own_name = main_file.filename().string();
  // Interpreted programs keep source_name (a solution named re.py must not shadow Python's re
  // module) unless the runtime reads the extension: node treats .mjs as an ES module.
  const bool extension_matters =
      family == Family::kJavaScript &&
      main_file.extension() != fs::path(language.source_name).extension();
  if (!is_jvm(family) && !(interpreted && extension_matters)) return nullptr;
  if (!is_safe_name(own_name)) {
    throw ConfigError(main_file.string(), "",
                      "the file name must be letters, digits, '_', '.', '+' or '-' (not first) "
                      "to be passed to the " +
                          language.name + " toolchain; rename it");
  }
  auto adapted = std::make_shared<Language>(language);
  adapted->source_name = own_name;
  if (interpreted) adapted->binary_name = own_name;
  if (is_jvm(family)) {
    const std::string main_class = jvm_main_class(family, main_file);
    if (main_class.empty()) {
      throw ConfigError(
          main_file.string(), "",
          "no main found (" +
              std::string(family == Family::kJava ? "a class with public static void main(String[])"
                          : family == Family::kKotlin ? "a top-level fun main()"
                                                      : "an object with def main or extends App") +
              "); name the entry file with --entry");
    }
    adapted->main_name = main_class;
    std::string path = main_class;
    std::replace(path.begin(), path.end(), '.', '/');
    adapted->binary_name = path + ".class";
  }
  return adapted;
}

}  // namespace judge::lang
