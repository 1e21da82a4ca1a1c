#!/usr/bin/env bash
# Quick start, command 1: installs what is missing (Debian 12, as root), builds judge, and judges
# an example problem.
#
#   bash scripts/setup.sh               build tools + the toolchains of the default languages
#   bash scripts/setup.sh --all-languages   also every other language in languages/ (large)
set -euo pipefail
cd "$(dirname "$0")/.."

all_languages=0
for arg in "$@"; do
  case "$arg" in
    --all-languages) all_languages=1 ;;
    *) echo "usage: bash scripts/setup.sh [--all-languages]" >&2; exit 2 ;;
  esac
done

# What building and testing judge needs.
# Every command a script or test calls is here: jq (the VM suite's checks), xmllint (JUnit
# well-formedness), zsh (the completion test), useradd/setpriv (rootless tests: passwd, util-linux),
# chromium (the HTML report test), slurm + munge (the Slurm job-array test; their services are
# not used: the test starts its own daemons on its own ports), python3-yaml + python3-jsonschema
# (the Kubernetes and GitHub Actions manifest checks).
build_packages=(build-essential cmake pkg-config libcli11-dev nlohmann-json3-dev libyaml-cpp-dev libpugixml-dev
                libseccomp-dev catch2 clang-format shellcheck python3 libxml2-utils procps util-linux
                jq zsh passwd clang-14 libclang-rt-14-dev
                chromium slurmctld slurmd slurm-client munge python3-yaml python3-jsonschema)
# The toolchains every CI run must have (the languages of the project's default set).
language_packages=$(bash scripts/language-packages.sh default)
if [ "$all_languages" = 1 ]; then
  language_packages=$(bash scripts/language-packages.sh all)
fi

missing=()
for pkg in "${build_packages[@]}" $language_packages; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'ok installed' || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "setup: missing Debian packages: ${missing[*]}" >&2
    echo "setup: run as root (or: sudo apt-get install ${missing[*]})" >&2
    exit 2
  fi
  echo "setup: installing ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
# The judge only: scripts/test.sh builds the tests, with warnings as errors.
cmake --build build -j"$(nproc)" --target judge
echo
echo "setup: judging an example problem: build/judge run problems/hello/submissions/accepted/hello.py problems/hello"
build/judge run problems/hello/submissions/accepted/hello.py problems/hello
