#!/usr/bin/env python3
"""Per-character cost of ``extract()`` on one long document of 100 KB, 1 MB and 10 MB (the train
articles joined by blank lines, repeated as needed): it should stay flat as the document grows.

usage: python benchmarks/flat.py [TRAIN.jsonl]
"""

from __future__ import annotations

import json
import sys
import time

import quoteattr

SIZES = (100_000, 1_000_000, 10_000_000)


def best_time(text: str, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        quoteattr.extract(text)
        times.append(time.perf_counter() - t0)
    return min(times)


def main() -> None:
    path = sys.argv[1] if len(sys.argv) > 1 else "../shared/data/polnear/train.jsonl"
    with open(path, encoding="utf-8") as fh:
        big = "\n\n".join(json.loads(line)["text"] for line in fh if line.strip())
    while len(big) < max(SIZES):
        big += "\n\n" + big
    for n in SIZES:
        t = best_time(big[:n], 2 if n > 1_000_000 else 3)
        print(f"{n:>11,} chars  {t:6.2f} s  {n / t / 1e6:.2f} MB/s  {t / n * 1e6:.2f} us/char")


if __name__ == "__main__":
    main()
