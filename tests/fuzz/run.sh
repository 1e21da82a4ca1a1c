#!/usr/bin/env bash
# Runs the libFuzzer harnesses of tests/fuzz, each for SECONDS (default 25), starting from seed
# corpora made of the project's own fixtures. Exits 1 when any harness finds a crash, a leak,
# undefined behaviour or a broken property; the input that did it is kept in the work directory.
#
#   bash tests/fuzz/run.sh [--seconds N] [--build DIR] [HARNESS...]
#
# HARNESS is one of problem_yaml group_settings language_file seccomp_policy sandbox_request
# default_validator (default: all). The build directory (default build-fuzz) is configured with
# clang and -DJUDGE_FUZZ=ON and built when needed. The corpus each run grows is kept in
# DIR/fuzz-work/<harness>/corpus, so a longer run goes on from where the last one stopped:
#   bash tests/fuzz/run.sh --seconds 3600 default_validator
set -euo pipefail
cd "$(dirname "$0")/../.."

seconds=25
build="build-fuzz"
harnesses=()
while [ $# -gt 0 ]; do
  case "$1" in
    --seconds) seconds=$2; shift 2 ;;
    --build) build=$2; shift 2 ;;
    -*) echo "usage: bash tests/fuzz/run.sh [--seconds N] [--build DIR] [HARNESS...]" >&2; exit 2 ;;
    *) harnesses+=("$1"); shift ;;
  esac
done
if [ ${#harnesses[@]} -eq 0 ]; then
  harnesses=(problem_yaml group_settings language_file seccomp_policy sandbox_request
             default_validator)
fi

cxx=$(command -v clang++-14 || command -v clang++ || true)
cc=$(command -v clang-14 || command -v clang || true)
if [ -z "$cxx" ] || [ -z "$cc" ]; then
  echo "fuzz: clang is missing (Debian: apt-get install clang-14 libclang-rt-14-dev)" >&2
  exit 2
fi
launcher=()
if command -v ccache >/dev/null; then
  launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DCMAKE_C_COMPILER_LAUNCHER=ccache)
fi
cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER="$cxx" \
  -DCMAKE_C_COMPILER="$cc" -DJUDGE_FUZZ=ON -DJUDGE_TESTS=OFF "${launcher[@]}" >/dev/null
cmake --build "$build" -j"$(nproc)" --target fuzz >/dev/null

# Seeds: the files of our own packages and fixtures, in the role each harness reads them.
seed() {  # seed HARNESS FILE...
  local dir="$work/$1/seeds"
  shift
  local f
  for f in "$@"; do
    cp -- "$f" "$dir/$(printf '%s' "$f" | tr '/' '_')"
  done
}
validator_seed() {  # an answer compared with itself, under no option and under every option
  local f=$1 name
  name=$(printf '%s' "$f" | tr '/' '_')
  { printf '\000'; cat -- "$f"; printf '\000'; cat -- "$f"; } >"$work/default_validator/seeds/$name"
  { printf '\077'; cat -- "$f"; printf '\000'; cat -- "$f"; } >"$work/default_validator/seeds/$name.strict"
}

work="$build/fuzz-work"
for h in "${harnesses[@]}"; do
  rm -rf "${work:?}/$h/seeds"
  mkdir -p "$work/$h/seeds" "$work/$h/corpus" "$work/$h/artifacts"
  case "$h" in
    problem_yaml) mapfile -t files < <(find problems tests -name problem.yaml -type f) ;;
    group_settings)
      mapfile -t files < <(find problems tests -path '*/data/*' -name '*.yaml' -type f) ;;
    language_file) mapfile -t files < <(find languages tests/fixtures/lang -name '*.yaml' -type f) ;;
    seccomp_policy) mapfile -t files < <(find seccomp tests -name '*.policy' -type f) ;;
    sandbox_request) files=() ;;
    default_validator) files=() ;;
    *) echo "fuzz: unknown harness '$h'" >&2; exit 2 ;;
  esac
  [ ${#files[@]} -gt 0 ] && seed "$h" "${files[@]}"
  if [ "$h" = sandbox_request ]; then
    JUDGE_FUZZ_WRITE_SEEDS="$work/$h/seeds" "$build/tests/fuzz/fuzz_$h"
  fi
  if [ "$h" = default_validator ]; then
    while IFS= read -r f; do validator_seed "$f"; done < <(find problems tests -name '*.ans' \
      -type f -size -64k)
  fi
done

failed=()
for h in "${harnesses[@]}"; do
  echo "== fuzz $h (${seconds}s, $(find "$work/$h/seeds" -type f | wc -l) seeds)"
  if "$build/tests/fuzz/fuzz_$h" "$work/$h/corpus" "$work/$h/seeds" \
      -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=16384 \
      -print_final_stats=1 -artifact_prefix="$work/$h/artifacts/" \
      >"$work/$h/log" 2>&1; then
    grep -E '^stat::(number_of_executed_units|new_units_added)' "$work/$h/log" | tr '\n' ' '
    echo
  else
    echo "fuzz: $h FAILED; the input is in $work/$h/artifacts/, the log in $work/$h/log" >&2
    grep -E 'ERROR|PROPERTY FAILED|SUMMARY' "$work/$h/log" | head -5 >&2 || true
    failed+=("$h")
  fi
done
if [ ${#failed[@]} -gt 0 ]; then
  echo "fuzz: findings in ${failed[*]}" >&2
  exit 1
fi
echo "fuzz: no findings"
