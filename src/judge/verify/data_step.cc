#include "judge/verify/data_step.h"

#include "judge/verify/data_checks.h"
#include "judge/verify/input_validators.h"
#include "judge/verify/sample_answers.h"

namespace judge::verify {

std::vector<Finding> run_data_checks(const problem::Problem& problem,
                                     const lang::Registry& registry, sandbox::Sandbox& sandbox,
                                     const CoreRunner& runner, const CompileCache& cache) {
  std::vector<Finding> findings = check_test_data(problem);
  for (std::vector<Finding> more :
       {check_input_validators(problem, registry, sandbox, runner, cache),
        check_sample_answers(problem, registry, sandbox, runner, cache)}) {
    findings.insert(findings.end(), more.begin(), more.end());
  }
  return findings;
}

}  // namespace judge::verify
