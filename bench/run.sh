#!/usr/bin/env bash
# Runs the benchmarks against a build (default: build/) and prints their figures.
#   bench/run.sh [BUILD_DIR] [TESTS] [ROUND_TRIPS]
set -euo pipefail
build=${1:-build}
tests=${2:-300}
echo "== sandbox: one run through the sandbox API vs bare posix_spawn"
"$build/sandbox_bench" "$tests"
echo "== judge: per-test cost of \`judge run\` vs bare fork+exec"
"$build/judge_bench" "$tests" "$build/judge"
echo "== interactive: round trips per second through run_pair vs two bare processes on pipes"
"$build/interactive_bench" "${3:-1000000}"
echo "== parallel: tests per second at -j 1, 2 and all cores vs bare fork+exec on as many cores"
"$build/parallel_bench" 40 3
