#!/usr/bin/env python3
"""Measures trafilatura on the article-extraction benchmark the way Marsad's benchmark measures itself:
pages decompressed into memory first, then only extraction is timed (one pass; wall and thread CPU
time), pages/s and MB/s over the uncompressed HTML bytes. Also writes its predictions so both can be scored with score_extraction.py.

usage: python3 scripts/trafilatura_baseline.py BENCHMARK_DIR OUT_PREDICTIONS.json   (pip install trafilatura lxml_html_clean)
"""
import gzip
import json
import os
import sys
import time

import trafilatura


def main(bench, out):
    html_dir = os.path.join(bench, "html")
    pages = []
    for name in sorted(os.listdir(html_dir)):
        if name.endswith(".html.gz"):
            pages.append((name[:-8], gzip.open(os.path.join(html_dir, name)).read()))
    total = sum(len(b) for _, b in pages)
    preds = {}
    start = time.perf_counter()
    cpu_start = time.thread_time()
    for key, raw in pages:
        text = trafilatura.extract(raw, include_comments=False, include_tables=True, favor_precision=False)
        preds[key] = {"articleBody": text or ""}
    elapsed = time.perf_counter() - start
    cpu = time.thread_time() - cpu_start
    json.dump(preds, open(out, "w"), ensure_ascii=False)
    print("trafilatura %s: pages %d  bytes %.1f MB  wall %.3f s: %.1f pages/s %.2f MB/s  cpu %.3f s: %.1f pages/s %.2f MB/s"
          % (trafilatura.__version__, len(pages), total / 1048576, elapsed, len(pages) / elapsed, total / 1048576 / elapsed,
             cpu, len(pages) / cpu, total / 1048576 / cpu))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
