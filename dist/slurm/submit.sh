#!/bin/bash
# Grades a set of submissions on a Slurm cluster in N shards and merges them:
#
#   dist/slurm/submit.sh N OUT PROBLEM_DIR SUBMISSION...
#
# submits grade.sbatch as the array 1-N and merge.sbatch after it, and prints the two job ids.
# With WAIT=1 it returns when the merge has ended, with the merge job's exit code. Other sbatch
# options go in SBATCH_OPTIONS (e.g. "--partition=short --time=30"); JUDGE and RESULTS_DIR as for
# grade.sbatch.
set -euo pipefail

if [ $# -lt 4 ]; then
  echo "usage: $0 N OUT PROBLEM_DIR SUBMISSION..." >&2
  exit 2
fi
shards=$1
out=$2
shift 2
case "$shards" in
  '' | *[!0-9]* | 0) echo "$0: N must be a positive number, got '$shards'" >&2; exit 2 ;;
esac
here=$(cd "$(dirname "$0")" && pwd)
read -r -a options <<< "${SBATCH_OPTIONS:-}"

array=$(sbatch --parsable "${options[@]}" --array="1-$shards" "$here/grade.sbatch" "$@")
array=${array%%;*}  # "id;cluster" on multi-cluster setups
echo "grade: job array $array (shards 1-$shards)"
wait=()
if [ "${WAIT:-0}" = 1 ]; then wait=(--wait); fi
merge=$(sbatch --parsable "${options[@]}" "${wait[@]}" --dependency="afterany:$array" \
        "$here/merge.sbatch" "$shards" "$out")
echo "merge: job ${merge%%;*} -> $out"
