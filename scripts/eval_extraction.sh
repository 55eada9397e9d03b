#!/usr/bin/env bash
# Main-text extraction on the article-extraction benchmark: quality (F1 by the benchmark's own scorer)
# and throughput (release build, pages already in memory), with trafilatura measured the same way.
#
# usage: scripts/eval_extraction.sh [BENCHMARK_DIR] [OUT_DIR]
#   BENCHMARK_DIR defaults to ../shared/data/html/article-extraction-benchmark
#   writes OUT_DIR/marsad-predictions.json (and trafilatura-predictions.json when trafilatura is installed)
set -euo pipefail
cd "$(dirname "$0")/.."
BENCH="${1:-../shared/data/html/article-extraction-benchmark}"
OUT="${2:-.build/extraction-eval}"
mkdir -p "$OUT"

swift build -c release --product marsad >/dev/null
echo "== Marsad (release build, single thread)"
.build/release/marsad eval extraction --benchmark "$BENCH" --predictions "$OUT/marsad-predictions.json" --repeats 5
python3 ../shared/tools/score_extraction.py "$BENCH/ground-truth.json" "$OUT/marsad-predictions.json"

if python3 -c "import trafilatura" 2>/dev/null; then
    echo "== trafilatura (same pages, same timing)"
    python3 scripts/trafilatura_baseline.py "$BENCH" "$OUT/trafilatura-predictions.json"
    python3 ../shared/tools/score_extraction.py "$BENCH/ground-truth.json" "$OUT/trafilatura-predictions.json"
else
    echo "(trafilatura not installed: pip install trafilatura lxml_html_clean, for the comparison)"
fi
