#!/usr/bin/env bash
# Quick start, command 2: builds judge and passes the whole test suite.
#   - the build with warnings as errors (JUDGE_WERROR=ON), and the unit, sandbox, end-to-end and
#     hostile tests;
#   - the judge built in the other build types (Release, MinSizeRel; Debug is the ASan build's),
#     warnings as errors;
#   - a build with AddressSanitizer + UndefinedBehaviorSanitizer running the unit tests;
#   - the clang-format check;
#   - a short run of each libFuzzer harness (tests/fuzz, built with clang) and a short soak;
#   - the cgroup v2 tests in a throw-away VM (tests/vm; SKIP with a reason where QEMU or the
#     kernel package cannot be had).
set -euo pipefail
cd "$(dirname "$0")/.."
jobs=$(nproc)

# Each phase says how long the one before it took, so a slow CI run shows where the time went.
phase_start=$SECONDS
phase_name=""
phase() {
  if [ -n "$phase_name" ]; then
    echo "== ($phase_name: $((SECONDS - phase_start)) s; total $SECONDS s)"
  fi
  phase_name=$1
  phase_start=$SECONDS
  echo "== $1"
}
trap 'phase "end"' EXIT

phase "format check"
bash scripts/check-format.sh
shellcheck scripts/*.sh .ci/run tests/vm/run-v2-tests.sh tests/vm/host/*.sh tests/vm/guest/*.sh \
  completion/judge.bash

# Warnings are errors here (JUDGE_WERROR), not in a user's plain cmake build.
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_C_COMPILER_LAUNCHER=ccache -DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi

phase "build"
cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo -DJUDGE_WERROR=ON "${launcher[@]}" >/dev/null
cmake --build build -j"$jobs"

# Debug is the ASan build's type (below), RelWithDebInfo the one above.
phase "the other build types build clean (the judge itself; the tests are built above)"
for type in Release MinSizeRel; do
  cmake -S . -B "build-types/$type" -DCMAKE_BUILD_TYPE="$type" -DJUDGE_WERROR=ON -DJUDGE_TESTS=OFF \
    "${launcher[@]}" >/dev/null
  cmake --build "build-types/$type" -j"$jobs" --target judge
done

phase "build with ASan + UBSan"
cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DJUDGE_SANITIZE=ON -DJUDGE_WERROR=ON \
  "${launcher[@]}" >/dev/null
cmake --build build-asan -j"$jobs"

phase "unit tests under ASan + UBSan"
(cd build-asan && JUDGE_SANDBOX_MUST_WORK=1 ctest -L unit --output-on-failure)

phase "fuzz: each harness for 25 s (tests/fuzz/README.md)"
bash tests/fuzz/run.sh --seconds 25

phase "soak (short): 210 runs, 5 judges killed, nothing left"
build/soak --runs 210 --kills 5

phase "cgroup v2 tests in a VM"
if [ -x tests/vm/run-v2-tests.sh ]; then
  tests/vm/run-v2-tests.sh build
fi

phase "all tests"
# One at a time: the timing tests measure CPU time and must not share the two cores with e2e runs.
(cd build && JUDGE_SANDBOX_MUST_WORK=1 ctest --output-on-failure)
