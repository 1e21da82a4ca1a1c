#include "lang/language_file.h"

#include <regex>
#include <set>

#include "lang/placeholders.h"
#include "util/error.h"
#include "util/units.h"
#include "util/yaml_map.h"

namespace judge::lang::detail {

namespace {

bool is_plain_file_name(const std::string& name) {
  return !name.empty() && name != "." && name != ".." && name.find('/') == std::string::npos &&
         name.find('\0') == std::string::npos;
}

void check_id(const YamlMap& doc, const std::string& id) {
  // Ids appear on the command line (--lang) and in cache paths: keep them to a safe alphabet.
  static const std::regex kIdPattern("[a-z0-9][a-z0-9_+.-]*");
  if (!std::regex_match(id, kIdPattern)) {
    doc.fail("id", "'" + id + "' is not a valid id; expected lowercase letters, digits and _+.-");
  }
}

void check_extensions(const YamlMap& doc, const std::vector<std::string>& extensions) {
  for (std::size_t i = 0; i < extensions.size(); ++i) {
    const std::string& ext = extensions[i];
    if (ext.size() < 2 || ext[0] != '.' || ext.find('/') != std::string::npos) {
      doc.fail("extensions[" + std::to_string(i) + "]",
               "'" + ext + "' is not an extension; expected a dot and a suffix such as .cpp");
    }
  }
}

// std::regex compiles (and matches) recursively: a pattern nested a few thousand levels deep
// overflows the stack. A shebang pattern matches one line of at most 256 bytes (detect.cc).
constexpr std::size_t kMaxShebangPattern = 256;

void check_shebangs(const YamlMap& doc, const std::vector<std::string>& patterns) {
  for (std::size_t i = 0; i < patterns.size(); ++i) {
    if (patterns[i].size() > kMaxShebangPattern) {
      doc.fail("shebang[" + std::to_string(i) + "]",
               "a pattern of " + std::to_string(patterns[i].size()) + " bytes; expected at most " +
                   std::to_string(kMaxShebangPattern));
    }
    try {
      std::regex compiled(patterns[i]);
    } catch (const std::regex_error& e) {
      doc.fail("shebang[" + std::to_string(i) + "]",
               "invalid regular expression '" + patterns[i] + "': " + e.what());
    }
  }
}

// Rejects unknown placeholders, {binary} in a language that has no binary, and syntax errors.
void check_template(const YamlMap& doc, const std::string& key, const Template& tmpl,
                    bool has_binary) {
  for (std::size_t i = 0; i < tmpl.size(); ++i) {
    const std::string field = key + "[" + std::to_string(i) + "]";
    try {
      substitute(tmpl[i], [&](std::string_view name) {
        if (!is_known_placeholder(name)) {
          doc.fail(field, "unknown placeholder {" + std::string(name) + "}; expected one of " +
                              known_placeholders_list());
        }
        if (name == "binary" && !has_binary) {
          doc.fail(field, "{binary} needs binary_name (an interpreted language has no binary)");
        }
        return std::string();
      });
    } catch (const TemplateSyntaxError& e) {
      doc.fail(field, std::string(e.what()) + " in '" + tmpl[i] + "'");
    }
  }
  // The sandbox executes argv[0] as given, without a PATH search.
  if (!tmpl[0].starts_with('/')) {
    doc.fail(key + "[0]", "'" + tmpl[0] + "' must be an absolute path such as /usr/bin/gcc");
  }
}

void check_version_command(const YamlMap& doc, const Template& tmpl) {
  for (std::size_t i = 0; i < tmpl.size(); ++i) {
    try {
      substitute(tmpl[i], [&](std::string_view name) -> std::string {
        doc.fail("version[" + std::to_string(i) + "]",
                 "placeholders such as {" + std::string(name) +
                     "} are not available here: the version command runs on the host before any "
                     "file exists");
      });
    } catch (const TemplateSyntaxError& e) {
      doc.fail("version[" + std::to_string(i) + "]", e.what());
    }
  }
}

void read_limits(const YamlMap& doc, Language& language) {
  const std::optional<YamlMap> limits = doc.map("limits");
  if (!limits) return;
  limits->reject_unknown_keys(
      {"time_factor", "memory_extra", "processes", "compile_time", "compile_memory"});

  if (auto factor = limits->optional_number("time_factor")) {
    if (!(*factor > 0 && *factor <= 100)) {
      limits->fail("time_factor", "expected a number between 0 and 100, such as 1.5");
    }
    language.time_factor = *factor;
  }
  if (limits->has("memory_extra")) {
    const std::string text = limits->optional_string("memory_extra");
    const auto bytes = units::parse_size_bytes(text);
    if (!bytes || *bytes < 0) {
      limits->fail("memory_extra", "'" + text + "' is not a size; expected e.g. 64m");
    }
    language.memory_extra_bytes = *bytes;
  }
  if (auto processes = limits->optional_integer("processes")) {
    if (*processes < 1 || *processes > 4096) {
      limits->fail("processes", "expected a count from 1 to 4096");
    }
    language.max_processes = static_cast<int>(*processes);
  }
  if (limits->has("compile_time")) {
    const std::string text = limits->optional_string("compile_time");
    const auto ms = units::parse_duration_ms(text);
    if (!ms || *ms <= 0) {
      limits->fail("compile_time", "'" + text + "' is not a duration; expected e.g. 30s");
    }
    language.compile_time_limit_ms = *ms;
  }
  if (limits->has("compile_memory")) {
    const std::string text = limits->optional_string("compile_memory");
    const auto bytes = units::parse_size_bytes(text);
    if (!bytes || *bytes <= 0) {
      limits->fail("compile_memory", "'" + text + "' is not a size; expected e.g. 1g");
    }
    language.compile_memory_bytes = *bytes;
  }
}

// The whole file must be a mapping: an empty language file is a mistake, not a language with
// every field missing.
YamlMap load_language_yaml(const std::filesystem::path& file) {
  const YAML::Node root = load_yaml_file(file);
  if (!root.IsMap()) throw ConfigError(file.string(), "", "expected a mapping of field: value");
  return YamlMap(root, file.string());
}

}  // namespace

Language parse_language_file(const std::filesystem::path& file) {
  const YamlMap doc = load_language_yaml(file);
  doc.reject_unknown_keys({"id", "name", "extensions", "shebang", "source_name", "binary_name",
                           "compile", "run", "compile_env", "run_env", "extra_readonly", "limits",
                           "version", "package", "out_of_memory"});
  Language language;
  language.file = file;

  language.id = doc.required_string("id");
  check_id(doc, language.id);
  language.name = doc.required_string("name");

  const auto extensions = doc.optional_string_list("extensions");
  const auto shebang = doc.optional_string_list("shebang");
  if ((!extensions || extensions->empty()) && (!shebang || shebang->empty())) {
    doc.fail("extensions", "missing; a language needs extensions or shebang patterns (or both)");
  }
  language.extensions = extensions.value_or(std::vector<std::string>{});
  language.shebang_patterns = shebang.value_or(std::vector<std::string>{});
  check_extensions(doc, language.extensions);
  check_shebangs(doc, language.shebang_patterns);

  language.source_name = doc.required_string("source_name");
  if (!is_plain_file_name(language.source_name)) {
    doc.fail("source_name", "expected a plain file name such as main.cpp");
  }
  language.binary_name = doc.optional_string("binary_name");

  if (doc.has("compile")) {
    language.compile = doc.required_string_list("compile");
    if (!is_plain_file_name(language.binary_name)) {
      doc.fail("binary_name", "required with compile: the plain file name compile produces");
    }
    check_template(doc, "compile", *language.compile, true);
  } else if (!language.binary_name.empty()) {
    doc.fail("binary_name",
             "only meaningful with compile; an interpreted language runs its source");
  }
  language.run = doc.required_string_list("run");
  check_template(doc, "run", language.run, !language.binary_name.empty());

  language.compile_env = doc.env_map("compile_env");
  language.run_env = doc.env_map("run_env");

  language.extra_readonly = doc.optional_string_list("extra_readonly").value_or(Template{});
  for (std::size_t i = 0; i < language.extra_readonly.size(); ++i) {
    if (!language.extra_readonly[i].starts_with('/')) {
      doc.fail("extra_readonly[" + std::to_string(i) + "]", "expected an absolute host path");
    }
  }

  read_limits(doc, language);

  language.version_command = doc.optional_string_list("version").value_or(Template{});
  check_version_command(doc, language.version_command);
  language.debian_package = doc.optional_string("package");
  language.out_of_memory_messages =
      doc.optional_string_list("out_of_memory").value_or(std::vector<std::string>{});
  return language;
}

}  // namespace judge::lang::detail
