#include "sandbox/sandbox.h"

namespace judge::sandbox {

PairResult Sandbox::run_pair(const RunSpec& /*a*/, const RunSpec& /*b*/,
                             const PairOptions& /*options*/) {
  PairResult result;
  result.a.setup_error = "this sandbox cannot run two connected programs";
  result.b.setup_error = result.a.setup_error;
  return result;  // Termination::kSetupFailed, the default
}

}  // namespace judge::sandbox
