// Languages as data: one languages/<id>.yaml per language, loaded into a registry.
#pragma once

#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

namespace judge::lang {

// Placeholders in compile/run argv templates, expanded by expand_template():
//   {source}    the source file name inside the sandbox work dir (source_name)
//   {binary}    the compiled artifact name (binary_name)
//   {main}      entry point without extension (Java main class, module name)
//   {memory_mb} the run's memory limit in MiB (for -Xmx and friends)
//   {stack_mb}  same, for stack size flags
//   {sources}   every source file of the program, the main one (source_name) first, each as its
//               own argument; it must be a whole argument (for multi-file C, C++, Go, ...)
// "{{" and "}}" stand for literal braces. template_values() builds the map for a language;
// the registry rejects unknown placeholders when it loads a file, and version_command takes none.
using Template = std::vector<std::string>;

struct Language {
  std::string id;                             // "cpp", "python3"
  std::string name;                           // "C++17 (g++)"
  std::vector<std::string> extensions;        // ".cpp", ".cc"
  std::vector<std::string> shebang_patterns;  // regexes matched against a script's first line
  std::string source_name;  // file name of the source inside the sandbox: "main.cpp"
  std::string binary_name;  // what compile produces and run uses: "main" ("" = interpreted)
  std::optional<Template> compile;
  Template run;
  std::vector<std::string> compile_env;  // KEY=VALUE (a map in the YAML file)
  std::vector<std::string> run_env;
  std::vector<std::string> extra_readonly;  // toolchain paths outside /usr, /lib*, /bin
  // Limits the runtime needs on top of the problem's.
  double time_factor = 1.0;             // multiplies the time limit
  std::int64_t memory_extra_bytes = 0;  // added to the memory limit (runtime baseline)
  int max_processes = 1;                // threads + processes the runtime needs
  std::int64_t compile_time_limit_ms = 30000;
  std::int64_t compile_memory_bytes = 1024ll << 20;
  // What the runtime prints on stderr when it stops at its own memory cap (the JVM's
  // "java.lang.OutOfMemoryError" under -Xmx): such a run is MLE, not RE.
  std::vector<std::string> out_of_memory_messages;
  Template version_command;    // prints the toolchain's version, first line used
  std::string debian_package;  // "g++", "python3", "openjdk-17-jdk-headless"
  std::filesystem::path file;  // the YAML it came from (for error messages)
  // Set for one program, not by the YAML (lang/entry_point.h): {main} when not source_name's
  // stem, e.g. the Java main class with its package ("a.b.Solver").
  std::string main_name;
};

class Registry {
 public:
  // Loads every *.yaml in dir. Throws ConfigError naming the file and field on bad input.
  static Registry load(const std::filesystem::path& dir);
  // Then applies a settings profile: every *.yaml in dir/profiles/<profile>/ replaces the
  // language of its id (or adds one). "" and "default" change nothing. ConfigError naming
  // --profile and the known profiles for an unknown one.
  static Registry load(const std::filesystem::path& dir, const std::string& profile);
  // The profiles dir/profiles/ holds ("default" included), sorted.
  static std::vector<std::string> profiles(const std::filesystem::path& dir);

  const Language* find(const std::string& id) const;
  // Picks by extension, then by shebang for files without a known extension. nullptr if none.
  // An extension two languages use (.pl: Perl and Prolog) is decided by the file's content;
  // `why`, when given, then says how (for the user to see), and stays empty otherwise.
  // ConfigError for a file only a toolchain Debian 12 lacks would run (.py2, #!...python2).
  const Language* detect(const std::filesystem::path& source, std::string* why = nullptr) const;
  const std::vector<Language>& all() const { return languages_; }

 private:
  std::vector<Language> languages_;
};

// Replaces every {name} in every argument. A placeholder missing from `values` is an
// InternalError: the registry validated the templates, so the caller forgot a value.
std::vector<std::string> expand_template(const Template& tmpl,
                                         const std::map<std::string, std::string>& values);

// The values of all placeholders for one run of `language`. memory_limit_bytes is the problem's
// memory limit WITHOUT memory_extra (so -Xmx{memory_mb}m gives the program the problem's limit
// and memory_extra covers the runtime's own baseline); it must be positive.
std::map<std::string, std::string> template_values(const Language& language,
                                                   std::int64_t memory_limit_bytes);

// The toolchain's version (first line of version_command's output), or nullopt when the
// toolchain is not installed. Runs on the host, cached per process.
std::optional<std::string> toolchain_version(const Language& language);

}  // namespace judge::lang
