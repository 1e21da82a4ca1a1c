#include "judge/compile.h"

#include <map>

#include <algorithm>
#include <system_error>

#include "judge/text_limits.h"
#include "util/error.h"
#include "util/units.h"

namespace judge {

namespace fs = std::filesystem;
using sandbox::RunResult;
using sandbox::Termination;
using Status = CompileOutcome::Status;

namespace {

// Compilers write big object files and spawn helpers (cc1plus, as, ld, javac's threads).
constexpr std::int64_t kCompileFileBytes = 256ll << 20;
constexpr int kCompileProcesses = 256;
constexpr const char* kBox = "/box";

// The compiler's stdout, then its stderr, cut to what a CE report shows.
std::string compiler_output(const fs::path& stdout_file, const RunResult& run) {
  std::string text = read_prefix(stdout_file, kCompileMessageBytes);
  if (!text.empty() && text.back() != '\n' && !run.stderr_text.empty()) text += '\n';
  text += run.stderr_text;
  return head_lines(text, kCompileMessageLines, kCompileMessageBytes);
}

std::string with_output(std::string headline, const std::string& output) {
  return output.empty() ? headline : headline + "\n" + output;
}

// What the compile run means; kCompiled when the program is ready in compile_dir.
CompileOutcome outcome_of(const lang::Language& language, const RunResult& run,
                          const sandbox::Limits& limits, const fs::path& compile_dir,
                          const fs::path& stdout_file) {
  CompileOutcome outcome;
  outcome.time_ms = run.wall_time_us / 1000;
  if (run.termination == Termination::kSetupFailed) {
    outcome.status = Status::kInternalError;
    outcome.message = "the sandbox could not run the compiler: " + run.setup_error;
    return outcome;
  }
  const std::string output = compiler_output(stdout_file, run);
  outcome.status = Status::kFailed;
  if (run.cpu_limit_exceeded || run.wall_limit_exceeded) {
    outcome.message = with_output("compilation exceeded the time limit (" +
                                      units::format_duration_ms(limits.cpu_time_ms) + ")",
                                  output);
  } else if (run.memory_limit_exceeded) {
    outcome.message = with_output(
        "compilation exceeded the memory limit (" + units::format_bytes(limits.memory_bytes) + ")",
        output);
  } else if (run.output_limit_exceeded) {
    outcome.message = with_output(
        "the compiler wrote more than " + units::format_bytes(limits.output_bytes) + " of output",
        output);
  } else if (run.termination == Termination::kSignaled) {
    outcome.message =
        with_output("the compiler was killed by signal " + std::to_string(run.signal), output);
  } else if (run.exit_code != 0) {
    outcome.message =
        output.empty() ? "the compiler exited with code " + std::to_string(run.exit_code) : output;
  } else if (!language.binary_name.empty() && !fs::exists(compile_dir / language.binary_name)) {
    outcome.message = with_output(
        "the compiler reported success but produced no '" + language.binary_name + "'", output);
  } else {
    outcome.status = Status::kCompiled;
    outcome.message = output;  // warnings
  }
  return outcome;
}

// The names {sources} expands to: the main file (as source_name), then every other file of the
// program in the language's extensions, one per line.
std::string source_list(const lang::Language& language, const ProgramSource& source) {
  std::string list = language.source_name;
  for (const fs::path& extra : source.extra_files) {
    const std::string extension = extra.extension().string();
    if (std::find(language.extensions.begin(), language.extensions.end(), extension) !=
        language.extensions.end()) {
      list += "\n" + extra.filename().string();
    }
  }
  return list;
}

void stage_sources(StagingDir& staging, const lang::Language& language, const ProgramSource& source,
                   const fs::path& relative_dir) {
  staging.copy_file_in(source.main_file, relative_dir / language.source_name);
  for (const fs::path& extra : source.extra_files) {
    staging.copy_file_in(extra, relative_dir / extra.filename());
  }
}

CompileOutcome compile_in_sandbox(const lang::Language& language, const ProgramSource& source,
                                  const fs::path& name, sandbox::Sandbox& sandbox,
                                  StagingDir& staging, fs::path& compile_dir) {
  // The compiler writes into this directory as the sandbox user, so it is theirs.
  compile_dir = staging.make_writable_dir(name / "compile");
  stage_sources(staging, language, source, name / "compile");
  // Outside the compile dir: the compiler must not see or replace its own captured output.
  const fs::path stdout_file = staging.make_empty_file(name / "compiler-stdout.txt");

  sandbox::RunSpec spec;
  std::map<std::string, std::string> values =
      lang::template_values(language, language.compile_memory_bytes);
  values["sources"] = source_list(language, source);
  spec.argv = lang::expand_template(*language.compile, values);
  spec.env = language.compile_env;
  spec.cwd = kBox;
  spec.binds.push_back({compile_dir.string(), kBox, true});
  spec.extra_readonly = language.extra_readonly;
  spec.stdout_path = stdout_file.string();
  spec.limits.cpu_time_ms = language.compile_time_limit_ms;
  // Compilers read many headers: give I/O waits room before calling it a hang.
  spec.limits.wall_time_ms = 2 * language.compile_time_limit_ms;
  spec.limits.memory_bytes = language.compile_memory_bytes;
  spec.limits.output_bytes = 64ll << 20;
  spec.limits.file_size_bytes = kCompileFileBytes;
  spec.limits.max_processes = kCompileProcesses;

  const RunResult run = sandbox.run(spec);
  return outcome_of(language, run, spec.limits, compile_dir, stdout_file);
}

// Binds each entry of a staged directory read-only into /box.
std::vector<sandbox::Bind> bind_into_box(const fs::path& staged) {
  std::vector<fs::path> entries;
  for (const fs::directory_entry& entry : fs::directory_iterator(staged)) {
    entries.push_back(entry.path());
  }
  std::sort(entries.begin(), entries.end());  // stable RunSpecs: easier to test and to debug
  std::vector<sandbox::Bind> binds;
  for (const fs::path& entry : entries) {
    binds.push_back({entry.string(), std::string(kBox) + "/" + entry.filename().string(), false});
  }
  return binds;
}

}  // namespace

PreparedProgram prepare_program(const lang::Language& language, const ProgramSource& source,
                                const std::string& name, sandbox::Sandbox& sandbox,
                                StagingDir& staging, const CompileCache& cache) {
  PreparedProgram program;
  if (!language.compile) {
    program.compile.status = Status::kNotNeeded;
    stage_sources(staging, language, source, fs::path(name) / "artifacts");
    program.binds = bind_into_box(staging.path() / name / "artifacts");
    return program;
  }

  const std::string key =
      compile_cache_key(language, source, lang::toolchain_version(language).value_or(""));
  fs::path files;
  if (std::optional<fs::path> hit = cache.find(key)) {
    program.compile.status = Status::kCached;
    files = *hit;
  } else {
    program.compile = compile_in_sandbox(language, source, name, sandbox, staging, files);
    if (!program.ready()) return program;
    // Best effort: an unwritable cache only costs a compile next time.
    (void)cache.store(key, files);
  }
  // Copied even from the cache: the sandbox user cannot reach a cache under a private home.
  program.binds = bind_into_box(staging.copy_tree_in(files, fs::path(name) / "artifacts"));
  return program;
}

}  // namespace judge
