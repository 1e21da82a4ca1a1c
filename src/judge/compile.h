// Getting a program ready to run in the sandbox: compiling it (or taking it from the compile
// cache) and staging its files, for a solution and for a custom output validator alike.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "judge/compile_cache.h"
#include "judge/staging.h"
#include "judge/verdict.h"
#include "lang/language.h"
#include "sandbox/run_spec.h"
#include "sandbox/sandbox.h"

namespace judge {

struct PreparedProgram {
  CompileOutcome compile;
  // The program's files (staged artifacts): /box's contents for every run of it, as one mount
  // (sandbox::RunSpec::box_contents). Empty when the compile failed.
  std::string files;
  // The compiler's run as it was given to the sandbox; nullopt when nothing was compiled (no
  // compile step, or a cached result).
  std::optional<sandbox::RunSpec> compile_run;

  bool ready() const {
    return compile.status != CompileOutcome::Status::kFailed &&
           compile.status != CompileOutcome::Status::kInternalError;
  }
};

// Compiler output kept for the CE message: enough to find the first error.
inline constexpr std::size_t kCompileMessageLines = 100;
inline constexpr std::size_t kCompileMessageBytes = 8 << 10;

// Compiles (or finds in the cache) and stages the program under staging/<name>/ ("solution",
// "validator"). A compile error is kFailed with the compiler's output as message; a sandbox
// failure is kInternalError. Only the judge's own failures (staging I/O) throw.
PreparedProgram prepare_program(const lang::Language& language, const ProgramSource& source,
                                const std::string& name, sandbox::Sandbox& sandbox,
                                StagingDir& staging, const CompileCache& cache);

}  // namespace judge
