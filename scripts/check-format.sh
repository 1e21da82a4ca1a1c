#!/usr/bin/env bash
# Fails when a C++ file differs from .clang-format's layout.
set -euo pipefail
cd "$(dirname "$0")/.."
files=$(git ls-files '*.cc' '*.h' | grep -v '^tests/fixtures/' | grep -v '^problems/' | grep -v '^tests/hostile/cases/' || true)
if [ -z "$files" ]; then exit 0; fi
# shellcheck disable=SC2086
clang-format --dry-run --Werror $files
echo "format: $(echo "$files" | wc -l) files OK"
