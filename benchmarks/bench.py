#!/usr/bin/env python3
"""Throughput of quoteattr on real news text, against a bare regex word pass as the floor.

usage: python benchmarks/bench.py [GOLD.jsonl] [--claims CLAIMS.jsonl] [--runs 3]

Defaults to the PolNeAR train split next to the project (../shared/data/polnear/train.jsonl).
Prints characters/s and documents/s for ``extract`` (median of ``--runs``), claims/s for
``verify`` on one Document per article, and the same text run through ``re.findall(r"\\w+")``.
"""

from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "polnear"


def load(path: Path) -> list[dict]:
    with path.open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def timed(fn, runs: int) -> float:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times)


def _stream(extract, texts: list[str]) -> int:
    """Run ``extract`` over ``texts``, using each result (its quotation count) and dropping it."""
    return sum(len(extract(t).quotes) for t in texts)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="?", default=str(DATA / "train.jsonl"))
    ap.add_argument("--claims", default=None, help="claims JSON Lines for verify (default: claims-<split>)")
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()

    t0 = time.perf_counter()
    import quoteattr
    import_s = time.perf_counter() - t0

    docs = load(Path(args.gold))
    texts = [d["text"] for d in docs]
    chars = sum(len(t) for t in texts)
    quoteattr.extract("Warm-up: “Yes,” he said.")  # builds the sentence splitter once

    word = re.compile(r"\w+")
    floor = timed(lambda: [word.findall(t) for t in texts], args.runs)
    # each Document is used and dropped, as in a stream (extract_many, the CLI): the cost per text
    extract_s = timed(lambda: _stream(quoteattr.extract, texts), args.runs)
    # every Document kept alive in one list: Python's cycle collector rescans the growing heap
    kept_s = timed(lambda: [quoteattr.extract(t) for t in texts], args.runs)

    rows = [
        ("regex word pass (floor)", chars / floor, len(texts) / floor),
        ("quoteattr.extract", chars / extract_s, len(texts) / extract_s),
        ("  ... keeping every result", chars / kept_s, len(texts) / kept_s),
    ]
    claims_path = Path(args.claims) if args.claims else Path(args.gold).with_name(
        "claims-" + Path(args.gold).name)
    verify_line = None
    if claims_path.exists():
        claims = load(claims_path)
        by_id = {d["id"]: d["text"] for d in docs}
        claims = [c for c in claims if c["doc_id"] in by_id]
        documents = {i: quoteattr.extract(t) for i, t in by_id.items()}
        t0 = time.perf_counter()
        for c in claims:
            quoteattr.verify(documents[c["doc_id"]], c["quote"], speaker=c["speaker"])
        secs = time.perf_counter() - t0
        verify_line = (len(claims), len(claims) / secs)

    print(f"{len(texts)} documents, {chars:,} characters; import quoteattr {import_s * 1000:.0f} ms; "
          f"median of {args.runs} runs")
    print(f"{'pass':28s} {'chars/s':>14s} {'docs/s':>10s}")
    for name, cps, dps in rows:
        print(f"{name:28s} {cps:14,.0f} {dps:10,.1f}")
    print(f"extract is {extract_s / floor:.1f}x the floor's time")
    if verify_line:
        print(f"{'quoteattr.verify':28s} {verify_line[1]:14,.0f} claims/s ({verify_line[0]} claims)")


if __name__ == "__main__":
    main()
