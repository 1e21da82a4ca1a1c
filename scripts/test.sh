#!/usr/bin/env bash
# Quick start, command 2: builds judge and passes the whole test suite.
#   - the build with warnings as errors, and the unit, sandbox, end-to-end and hostile tests;
#   - a build with AddressSanitizer + UndefinedBehaviorSanitizer running the unit tests;
#   - the clang-format check;
#   - a short run of each libFuzzer harness (tests/fuzz, built with clang) and a short soak;
#   - the cgroup v2 tests in a throw-away VM (tests/vm; SKIP with a reason where QEMU or the
#     kernel package cannot be had).
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

echo "== format check"
bash scripts/check-format.sh
shellcheck scripts/*.sh .ci/run tests/vm/run-v2-tests.sh tests/vm/host/*.sh tests/vm/guest/*.sh

echo "== build"
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$jobs"

echo "== build with ASan + UBSan"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DJUDGE_SANITIZE=ON >/dev/null
cmake --build build-asan -j"$jobs"

echo "== unit tests under ASan + UBSan"
(cd build-asan && JUDGE_SANDBOX_MUST_WORK=1 ctest -L unit --output-on-failure)

echo "== fuzz: each harness for 25 s (tests/fuzz/README.md)"
bash tests/fuzz/run.sh --seconds 25

echo "== soak (short): 210 runs, 5 judges killed, nothing left"
build/soak --runs 210 --kills 5

echo "== cgroup v2 tests in a VM"
if [ -x tests/vm/run-v2-tests.sh ]; then
  tests/vm/run-v2-tests.sh build
fi

echo "== all tests"
# One at a time: the timing tests measure CPU time and must not share the two cores with e2e runs.
(cd build && JUDGE_SANDBOX_MUST_WORK=1 ctest --output-on-failure)
