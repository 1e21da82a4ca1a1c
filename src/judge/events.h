// What the judge tells its observers as a run progresses. The judge must not depend on the
// report module (report depends on judge), so the interface is defined here and the reporters
// (report::Reporter) implement it. Every event does nothing unless overridden.
#pragma once

#include "judge/verdict.h"

namespace judge {

class JudgeListener {
 public:
  virtual ~JudgeListener() = default;
  // Problem, language, limits and sandbox are known; no test has run.
  virtual void on_start(const JudgeReport& /*report*/) {}
  // report.compile is final (compiled, cached, not needed, or failed).
  virtual void on_compile(const JudgeReport& /*report*/) {}
  // `test` has just been appended to report.tests (also for SKIPPED tests).
  virtual void on_test(const JudgeReport& /*report*/, const TestOutcome& /*test*/) {}
  // Everything is final: overall verdict, score.
  virtual void on_finish(const JudgeReport& /*report*/) {}
};

}  // namespace judge
