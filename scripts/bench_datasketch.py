#!/usr/bin/env python3
"""Times datasketch (PyPI) MinHash + MinHashLSH on the same shingles as `marsad bench-minhash`.

    marsad bench-minhash ../shared/data/articles/ant-news-politics.jsonl --keys-out /tmp/keys.jsonl
    pip install datasketch
    python3 scripts/bench_datasketch.py /tmp/keys.jsonl

The keys file holds each document's search keys (folded, light-stemmed words) as Marsad computes them;
both sides hash the same 3-word shingles with 128 permutations and index them with LSH, so only the
MinHash/LSH implementations differ. Tokenisation is not timed on either side.
"""
import json
import sys
import time

from datasketch import MinHash, MinHashLSH


def shingles(keys, k=3):
    if not keys:
        return []
    n = max(1, len(keys) - k + 1)
    return [" ".join(keys[i:i + k]).encode("utf-8") for i in range(n)]


def main(path, repeat=5):
    docs = [json.loads(line) for line in open(path, encoding="utf-8")]
    sh = [shingles(d) for d in docs]
    best_sig = best_batch = best_lsh = float("inf")
    for _ in range(repeat):
        t0 = time.perf_counter()
        sigs = []
        for s in sh:
            m = MinHash(num_perm=128)
            for x in s:
                m.update(x)
            sigs.append(m)
        t1 = time.perf_counter()
        sigs_b = []
        for s in sh:
            m = MinHash(num_perm=128)
            m.update_batch(s)
            sigs_b.append(m)
        t2 = time.perf_counter()
        # 64 bands of 2 rows, as Marsad's index.
        lsh = MinHashLSH(num_perm=128, params=(64, 2))
        for i, m in enumerate(sigs_b):
            lsh.insert(str(i), m)
        t3 = time.perf_counter()
        best_sig, best_batch, best_lsh = min(best_sig, t1 - t0), min(best_batch, t2 - t1), min(best_lsh, t3 - t2)
    n = len(docs)
    print(f"datasketch MinHash: {n} documents, 128 permutations, 3-word shingles")
    print(f"  signatures (update)        {best_sig:.3f} s  ({n / best_sig:.0f} docs/s)")
    print(f"  signatures (update_batch)  {best_batch:.3f} s  ({n / best_batch:.0f} docs/s)")
    print(f"  LSH insert (64x2)          {best_lsh:.3f} s")
    print(f"  update_batch + LSH         {best_batch + best_lsh:.3f} s  ({n / (best_batch + best_lsh):.0f} docs/s)")


if __name__ == "__main__":
    main(sys.argv[1])
