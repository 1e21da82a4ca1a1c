// Hand-built JudgeReports covering each kind of outcome, shared by the golden tests of all
// reporters. Every report is fully deterministic (no clocks, no paths of the machine).
#pragma once

#include <string>
#include <vector>

#include "judge/verdict.h"

namespace judge::report::testing {

struct NamedReport {
  std::string name;  // golden file stem: tests/fixtures/report/<name>.{json,xml,txt}
  JudgeReport report;
};

// ac, wa, tle, re_signal, blocked_syscall, ce, scored, mixed (MLE, OLE, JE, IE, SKIPPED).
std::vector<NamedReport> sample_reports();
JudgeReport sample_report(const std::string& name);

// An accepted test with the given measurements.
TestOutcome make_test(std::string name, std::string group, Verdict verdict,
                      std::int64_t cpu_us = 12'300, std::int64_t wall_us = 15'600,
                      std::int64_t memory_bytes = 3'355'443);

}  // namespace judge::report::testing
