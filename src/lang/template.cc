// Placeholder substitution in argv templates; see placeholders.h and language.h.
#include <algorithm>
#include <filesystem>

#include "lang/language.h"
#include "lang/placeholders.h"
#include "util/error.h"

namespace judge::lang {

namespace detail {

bool is_known_placeholder(std::string_view name) {
  return std::find(kPlaceholders.begin(), kPlaceholders.end(), name) != kPlaceholders.end();
}

std::string known_placeholders_list() {
  std::string out;
  for (std::string_view name : kPlaceholders) {
    if (!out.empty()) out += ", ";
    out += "{" + std::string(name) + "}";
  }
  return out;
}

std::string substitute(std::string_view arg,
                       const std::function<std::string(std::string_view name)>& value_of) {
  std::string out;
  out.reserve(arg.size());
  for (std::size_t i = 0; i < arg.size(); ++i) {
    const char c = arg[i];
    const bool doubled = i + 1 < arg.size() && arg[i + 1] == c;
    if (c == '}') {
      if (!doubled) throw TemplateSyntaxError("a lone '}' (write '}}' for a literal brace)");
      out += '}';
      ++i;
    } else if (c == '{') {
      if (doubled) {
        out += '{';
        ++i;
        continue;
      }
      const std::size_t close = arg.find('}', i + 1);
      if (close == std::string_view::npos) {
        throw TemplateSyntaxError("a '{' without its '}' (write '{{' for a literal brace)");
      }
      const std::string_view name = arg.substr(i + 1, close - i - 1);
      if (name.empty() || name.find('{') != std::string_view::npos) {
        throw TemplateSyntaxError("a malformed placeholder; expected {name} such as {source}");
      }
      out += value_of(name);
      i = close;
    } else {
      out += c;
    }
  }
  return out;
}

}  // namespace detail

std::vector<std::string> expand_template(const Template& tmpl,
                                         const std::map<std::string, std::string>& values) {
  std::vector<std::string> argv;
  argv.reserve(tmpl.size());
  for (const std::string& arg : tmpl) {
    if (arg == "{sources}") {
      // Every source file of a multi-file program, each its own argument (one per line).
      const auto it = values.find("sources");
      if (it == values.end()) throw InternalError("no value for placeholder {sources}");
      std::size_t start = 0;
      while (start <= it->second.size()) {
        const std::size_t end = std::min(it->second.find('\n', start), it->second.size());
        if (end > start) argv.push_back(it->second.substr(start, end - start));
        start = end + 1;
      }
      continue;
    }
    try {
      argv.push_back(detail::substitute(arg, [&](std::string_view name) {
        const auto it = values.find(std::string(name));
        if (it == values.end()) {
          throw InternalError("no value for placeholder {" + std::string(name) + "} in '" + arg +
                              "'");
        }
        return it->second;
      }));
    } catch (const detail::TemplateSyntaxError& e) {
      // The registry rejects such templates, so reaching this is the judge's own bug.
      throw InternalError("malformed template argument '" + arg + "': " + e.what());
    }
  }
  return argv;
}

std::map<std::string, std::string> template_values(const Language& language,
                                                   std::int64_t memory_limit_bytes) {
  if (memory_limit_bytes <= 0) {
    throw InternalError("template_values: memory limit must be positive, got " +
                        std::to_string(memory_limit_bytes));
  }
  // Rounded down: -Xmx must not promise more than the limit. At least 1, which every flag accepts.
  const std::string memory_mb = std::to_string(std::max<std::int64_t>(1, memory_limit_bytes >> 20));
  return {
      {"source", language.source_name},
      {"binary", language.binary_name},
      {"main", language.main_name.empty()
                   ? std::filesystem::path(language.source_name).stem().string()
                   : language.main_name},
      {"memory_mb", memory_mb},
      {"stack_mb", memory_mb},
      {"sources", language.source_name},
  };
}

}  // namespace judge::lang
