// The subcommands of `judge`. Each returns the process exit code; errors are thrown as
// ConfigError / InternalError and turned into exit codes by main().
#pragma once

#include <ostream>

#include "cli/options.h"

namespace judge::cli {

// Parses the command line and runs the command.
int run(int argc, char** argv);

int run_judge(const RunOptions& options);                                // judge run
int list_languages(std::ostream& out, const std::string& profile = "");  // judge languages
int doctor(const DoctorOptions& options, std::ostream& out);             // judge doctor
int show_cache(const CacheOptions& options, std::ostream& out);          // judge cache [clear]
int run_verify(const VerifyCommandOptions& options);                     // judge verify

}  // namespace judge::cli
