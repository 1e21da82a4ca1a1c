#!/bin/sh
# Makes the generated tests and every answer, as Polygon's doall.sh does (run from this folder).
set -e
python3 files/gen.py 1000 8 > tests/08
for t in tests/??; do python3 submissions/accepted/sum.py < "$t" > "$t.a"; done
