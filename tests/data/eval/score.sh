#!/bin/sh
# Runs Liaison on every article of this evaluation set and scores the result against the gold.
#
# Usage: tests/data/eval/score.sh [LIAISON] [PRED_DIR] [-- SCORE.PY OPTIONS...]
#   LIAISON   the liaison binary (default: _build/src/liaison from the top of the tree)
#   PRED_DIR  where the predictions go (default: a fresh temporary folder, kept and printed)
# SCORE_PY in the environment overrides the scorer (default /work/shared/eval/score.py).
# Extra options after "--" go to score.py (e.g. -- --json, or -- --only 03-eu-moldova-visit).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
top=$(cd "$here/../../.." && pwd)
liaison=${1:-$top/_build/src/liaison}
pred=${2:-$(mktemp -d /tmp/liaison-eval.XXXXXX)}
[ $# -ge 1 ] && shift
[ $# -ge 1 ] && [ "$1" != "--" ] && shift
[ $# -ge 1 ] && [ "$1" = "--" ] && shift
score=${SCORE_PY:-/work/shared/eval/score.py}

mkdir -p "$pred"
for article in "$here"/articles/*.txt; do
    name=$(basename "$article" .txt)
    if ! "$liaison" --export="$pred/$name.json" "$article"; then
        echo "liaison failed on $name (scored as an empty prediction)" >&2
    fi
done
echo "predictions in $pred" >&2
exec python3 "$score" "$pred" --gold "$here/gold" "$@"
