#!/usr/bin/env bash
# Instructions an article costs, for two builds of marsad: a cost figure that the machine's speed does not move
# (the throughput benchmark moves by ±15% within minutes on a shared machine). Valgrind cannot read the Swift
# debug information, so each binary is copied with its resource bundles and stripped first.
#
#   bash scripts/count-instructions.sh OLD_BUILD_DIR NEW_BUILD_DIR [ARTICLES.jsonl] [N]
#
# BUILD_DIR is a release build directory (.build/release of a checkout); N articles (default 200) of the JSONL
# corpus are analysed, then one, and the difference divided by N-1 is the cost an article, loading excluded.
set -euo pipefail
old=$1 new=$2
corpus=${3:-../shared/data/articles/ant-news-politics.jsonl}
n=${4:-200}
command -v valgrind >/dev/null || { echo "valgrind is needed (apt-get install valgrind)" >&2; exit 1; }
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
head -n "$n" "$corpus" > "$work/many.jsonl"; head -n 1 "$corpus" > "$work/one.jsonl"
count() {   # build dir, input → instructions
    local dir=$work/$(basename "$(dirname "$1")")-$RANDOM
    mkdir -p "$dir" && cp -r "$1"/*.resources "$dir"/ && cp "$1/marsad" "$dir"/ && strip "$dir/marsad"
    valgrind --tool=callgrind --callgrind-out-file=/dev/null "$dir/marsad" analyze --input jsonl --format jsonl "$2" \
        2>&1 >/dev/null | sed -n 's/.*Collected : \([0-9]*\).*/\1/p'
}
for b in "$old" "$new"; do
    many=$(count "$b" "$work/many.jsonl"); one=$(count "$b" "$work/one.jsonl")
    echo "$b: $many instructions for $n articles, $one for one (loading); $(( (many - one) / (n - 1) )) an article"
done
