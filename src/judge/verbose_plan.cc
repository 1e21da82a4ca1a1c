#include "judge/verbose_plan.h"

#include "sandbox/run_plan.h"

namespace judge {

namespace {

void add_block(std::vector<std::string>& out, const std::string& title,
               const sandbox::RunSpec& spec) {
  out.push_back(title);
  for (const std::string& line : sandbox::describe_run_plan(spec)) out.push_back("  " + line);
}

}  // namespace

std::vector<std::string> verbose_run_plan(const PreparedProgram& program,
                                          const SolutionRunSetup& setup,
                                          const problem::TestCase* first_test,
                                          StagingDir& staging) {
  std::vector<std::string> plan;
  if (program.compile_run) add_block(plan, "compile:", *program.compile_run);
  if (first_test != nullptr && program.ready()) {
    add_block(plan, "test " + first_test->name + ":",
              solution_run_spec(setup, *first_test, solution_output_file(staging)));
  }
  return plan;
}

}  // namespace judge
