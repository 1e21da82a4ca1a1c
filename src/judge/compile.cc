// THEORY OF OPERATION: the compile boundary.
//
// A compile runs submitted code as surely as a test does (Perl BEGIN blocks, Prolog directives,
// Nim's staticExec, Template Haskell, Lisp's eval-when, a C file named like a gcc option), so it
// runs exactly like a test: in the sandbox, with the same private, size-limited tmpfs /box and
// /tmp, and never a host directory it could fill or leave links in. The sources are the lower
// layer of /box (RunSpec::box_contents: one mount however many files, and no mount whose root
// names the judge's staging path), under names that cannot be read as options ({sources} lists
// them as ./NAME). When the compiler is done and every process of the run is gone, the sandbox
// hands the judge a descriptor of that /box (RunSpec::hand_back_box); the judge copies out of it
// only regular files and directories, opening every name with openat2 beneath its directory and
// with no link, magic link or mount crossing followed, up to a count and a byte bound
// (compile_output.h). Anything else (a symlink to an answer file or to /proc/self/cwd, a FIFO, a
// tree too big) is a CE naming the entry. The copies are the judge's own plain files: 0644, or
// 0755 for executables, never set-id. They become the program's artifacts directory, which is
// what the tests get and what the compile cache keeps; the tmpfs goes away with the descriptor.
#include "judge/compile.h"

#include <map>
#include <set>

#include <algorithm>
#include <system_error>

#include "judge/compile_output.h"
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

bool is_regular(const fs::path& path) {
  std::error_code error;
  return fs::is_regular_file(fs::symlink_status(path, error));
}

// The names of the sources in the compile's /box: what the artifacts dir holds before the
// compile's output is copied in.
std::set<std::string> sources_in(const fs::path& artifacts_dir) {
  std::set<std::string> names;
  for (const fs::directory_entry& entry : fs::directory_iterator(artifacts_dir)) {
    names.insert(entry.path().filename().string());
  }
  return names;
}

// What the compile run means; kCompiled when the program is ready in artifacts_dir (its output
// is copied there from the compile's /box).
CompileOutcome outcome_of(const lang::Language& language, const RunResult& run,
                          const sandbox::Limits& limits, const fs::path& artifacts_dir,
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
  } else if (!run.box) {
    outcome.message = with_output("the compiler's work dir could not be read back", output);
    outcome.status = Status::kInternalError;
  } else if (std::string refused =
                 copy_compile_output(run.box->get(), artifacts_dir, sources_in(artifacts_dir));
             !refused.empty()) {
    outcome.message = with_output(refused, output);
  } else if (!language.binary_name.empty() && !is_regular(artifacts_dir / language.binary_name)) {
    outcome.message = with_output(
        "the compiler reported success but produced no '" + language.binary_name + "'", output);
  } else {
    outcome.status = Status::kCompiled;
    outcome.message = output;  // warnings
  }
  return outcome;
}

// A file name as a compiler argument: ./NAME, so that a file named "-Bx.c" or "-Wl,..." is a
// file and never an option, whatever the tool's option syntax.
std::string as_argument(const std::string& name) {
  return name.rfind("./", 0) == 0 || name.rfind('/', 0) == 0 ? name : "./" + name;
}

// The names {sources} expands to: the main file (as source_name), then every other file of the
// program in the language's extensions, one per line.
std::string source_list(const lang::Language& language, const ProgramSource& source) {
  std::string list = as_argument(language.source_name);
  for (const fs::path& extra : source.extra_files) {
    const std::string extension = extra.extension().string();
    if (std::find(language.extensions.begin(), language.extensions.end(), extension) !=
        language.extensions.end()) {
      list += "\n" + as_argument(extra.filename().string());
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

// The compiler's run: the staged sources as /box, whose end state is handed back.
sandbox::RunSpec compiler_run_spec(const lang::Language& language, const ProgramSource& source,
                                   const fs::path& sources_dir, const fs::path& stdout_file) {
  sandbox::RunSpec spec;
  std::map<std::string, std::string> values =
      lang::template_values(language, language.compile_memory_bytes);
  values["sources"] = source_list(language, source);
  spec.argv = lang::expand_template(*language.compile, values);
  spec.env = language.compile_env;
  spec.cwd = kBox;
  spec.box_contents = sources_dir.string();
  spec.hand_back_box = true;
  spec.extra_readonly = language.extra_readonly;
  spec.stdout_path = stdout_file.string();
  spec.limits.cpu_time_ms = language.compile_time_limit_ms;
  // Compilers read many headers: give I/O waits room before calling it a hang.
  spec.limits.wall_time_ms = 2 * language.compile_time_limit_ms;
  spec.limits.memory_bytes = language.compile_memory_bytes;
  spec.limits.output_bytes = 64ll << 20;
  spec.limits.file_size_bytes = kCompileFileBytes;
  spec.limits.tmpfs_bytes = kCompileFileBytes;  // each of /box and /tmp
  spec.limits.max_processes = kCompileProcesses;
  return spec;
}

CompileOutcome compile_in_sandbox(const lang::Language& language, const ProgramSource& source,
                                  const fs::path& name, sandbox::Sandbox& sandbox,
                                  StagingDir& staging, fs::path& artifacts_dir,
                                  std::optional<sandbox::RunSpec>& compile_run) {
  // The sources, read-only for the compiler; its output joins them in the artifacts.
  const fs::path sources_dir = staging.make_dir(name / "sources");
  stage_sources(staging, language, source, name / "sources");
  artifacts_dir = staging.copy_tree_in(sources_dir, name / "artifacts");
  const fs::path stdout_file = staging.make_empty_file(name / "compiler-stdout.txt");
  compile_run = compiler_run_spec(language, source, sources_dir, stdout_file);
  const RunResult run = sandbox.run(*compile_run);
  return outcome_of(language, run, compile_run->limits, artifacts_dir, stdout_file);
}

}  // namespace

PreparedProgram prepare_program(const lang::Language& language, const ProgramSource& source,
                                const std::string& name, sandbox::Sandbox& sandbox,
                                StagingDir& staging, const CompileCache& cache) {
  PreparedProgram program;
  if (!language.compile) {
    program.compile.status = Status::kNotNeeded;
    stage_sources(staging, language, source, fs::path(name) / "artifacts");
    program.files = (staging.path() / name / "artifacts").string();
    return program;
  }

  const std::string key =
      compile_cache_key(language, source, lang::toolchain_version(language).value_or(""));
  fs::path artifacts;
  if (std::optional<fs::path> hit = cache.find(key)) {
    program.compile.status = Status::kCached;
    // Copied: the sandbox user cannot reach a cache under a private home.
    artifacts = staging.copy_tree_in(*hit, fs::path(name) / "artifacts");
  } else {
    program.compile = compile_in_sandbox(language, source, name, sandbox, staging, artifacts,
                                         program.compile_run);
    if (!program.ready()) return program;
    // Best effort: an unwritable cache only costs a compile next time.
    (void)cache.store(key, artifacts);
  }
  program.files = artifacts.string();
  return program;
}

}  // namespace judge
