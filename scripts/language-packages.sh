#!/usr/bin/env bash
# Prints the Debian packages that provide the toolchains of languages/*.yaml (each file's
# `package:` field). `default`: the languages every set-up installs and CI never skips;
# `all`: every language file.
set -euo pipefail
cd "$(dirname "$0")/.."
# The default set: the languages contestants and the code runners we replace use most.
default_ids="c cpp cpp20 python3 java javascript go rust php csharp perl prolog nim haskell commonlisp"
which_set=${1:-default}
for file in languages/*.yaml; do
  id=$(basename "$file" .yaml)
  if [ "$which_set" = default ] && ! [[ " $default_ids " == *" $id "* ]]; then
    continue
  fi
  sed -nE 's/^package: *"?([^"#]+)"?.*/\1/p' "$file"
done | tr ' ' '\n' | grep -v '^$' | sort -u | tr '\n' ' '
echo
