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
echo "== verify: judge verify -j 2 vs -j 1 on problems/"
python3 "$(dirname "$0")/verify_bench.py" --judge "$build/judge"
