#!/usr/bin/env bash
# Fails when a C++ file differs from .clang-format's layout.
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(git ls-files '*.cc' '*.h' | grep -v '^tests/fixtures/' | grep -v '^problems/' | grep -v '^tests/hostile/cases/' || true)
if [ -z "$files" ]; then exit 0; fi
# shellcheck disable=SC2086
clang-format --dry-run --Werror $files
echo "format: $(echo "$files" | wc -l) files OK"
# ctest splits the names catch_discover_tests registers at ';': such a test would never run.
# shellcheck disable=SC2086
if grep -n 'TEST_CASE("[^"]*;' $files; then
  echo "format: a Catch test name holds ';', which ctest cannot run; reword it" >&2
  exit 1
fi
