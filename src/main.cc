// judge: compile a solution, run it on a problem's tests in a sandbox, report verdicts.
//
// The one place that turns errors into exit codes (see util/error.h):
//   0 every test accepted, 1 some test not accepted, 2 usage or configuration error,
//   3 internal error; 128 + N when stopped by signal N (Ctrl-C: 130), after cleaning up. Verdicts
//   are not errors: cli::run returns 0 or 1 for them.
#include <exception>
#include <iostream>

#include "cli/commands.h"
#include "util/error.h"
#include "util/interrupt.h"

int main(int argc, char** argv) {
  judge::install_interrupt_handlers();
  try {
    return judge::cli::run(argc, argv);
  } catch (const judge::Interrupted& interrupted) {
    std::cout.flush();
    std::cerr << "judge: " << interrupted.what() << '\n';
    return 128 + interrupted.signal();
  } catch (const judge::ConfigError& error) {
    std::cout.flush();
    std::cerr << "judge: error: " << error.what() << '\n';
    return static_cast<int>(judge::ExitCode::kUsageOrConfig);
  } catch (const judge::InternalError& error) {
    std::cout.flush();
    std::cerr << "judge: internal error: " << error.what() << '\n';
    return static_cast<int>(judge::ExitCode::kInternal);
  } catch (const std::exception& error) {
    std::cout.flush();
    std::cerr << "judge: internal error: " << error.what() << '\n';
    return static_cast<int>(judge::ExitCode::kInternal);
  }
}
