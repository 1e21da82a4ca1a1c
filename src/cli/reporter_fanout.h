// The judge reports progress to one judge::JudgeListener; this one hands every event to each
// reporter in turn.
#pragma once

#include <vector>

#include "judge/events.h"
#include "report/reporter.h"

namespace judge::cli {

class ReporterFanout final : public JudgeListener {
 public:
  explicit ReporterFanout(std::vector<report::Reporter*> reporters)
      : reporters_(std::move(reporters)) {}

  void on_start(const JudgeReport& report) override {
    for (report::Reporter* reporter : reporters_) reporter->on_start(report);
  }
  void on_compile(const JudgeReport& report) override {
    for (report::Reporter* reporter : reporters_) reporter->on_compile(report);
  }
  void on_test(const JudgeReport& report, const TestOutcome& test) override {
    for (report::Reporter* reporter : reporters_) reporter->on_test(report, test);
  }
  void on_finish(const JudgeReport& report) override {
    for (report::Reporter* reporter : reporters_) reporter->on_finish(report);
  }

 private:
  std::vector<report::Reporter*> reporters_;
};

}  // namespace judge::cli
