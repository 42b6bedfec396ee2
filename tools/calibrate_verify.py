#!/usr/bin/env python3
"""Fit the confidence model of ``quoteattr.verify()`` and write ``quoteattr/data/verify_weights.json``.

For every claim in a claims file (built by ``../shared/bench/make_claims.py``) the verdict and
the model's inputs (the rules that fired and a few graded signals, see
``quoteattr._verify._features``) are computed; then, for each verdict, a logistic regression
with an L2 penalty learns the probability that the verdict is right. Inputs seen fewer than
``--min-count`` times for a verdict get no weight. The weights are data: ``verify()`` adds the
weights of the inputs present to the verdict's bias and takes the sigmoid.

usage: tools/calibrate_verify.py GOLD.jsonl CLAIMS.jsonl [--out PATH] [--l2 1.0] [--check GOLD2 CLAIMS2]
                                 [--generated N]

Fit on the train split only; ``--check`` prints the calibration on another split without
fitting on it.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from quoteattr import _verify  # noqa: E402

VERDICTS = [v.value for v in _verify.Verdict]


def load(gold: str, claims: str) -> list[tuple[str, dict[str, float], bool]]:
    texts = {}
    with open(gold, encoding="utf-8") as fh:
        for line in fh:
            if line.strip():
                d = json.loads(line)
                texts[d["id"]] = d["text"]
    rows = []
    with open(claims, encoding="utf-8") as fh:
        for line in fh:
            if not line.strip():
                continue
            c = json.loads(line)
            verdict, feats = _verify._check(texts[c["doc_id"]], c["quote"], speaker=c.get("speaker"),
                                            outlet=c.get("outlet"))
            rows.append((verdict.value, feats, verdict.value == c["expected"]))
    return rows


def generated(n: int, seed: int = 11) -> list[tuple[str, dict[str, float], bool]]:
    """Rows from ``n`` claims of ``quoteattr.strategies.claims()``: the only claims with every
    verdict expected (PolNeAR's claims never expect "ambiguous"), each drawn with its own seed."""
    from quoteattr.strategies import claims, examples

    rows = []
    for c in examples(claims(), n, seed=seed):
        verdict, feats = _verify._check(c.text, c.quote, speaker=c.speaker, outlet=c.outlet)
        rows.append((verdict.value, feats, verdict is c.expected))
    return rows


def solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Gaussian elimination with partial pivoting (the systems are small)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        piv = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[piv] = m[piv], m[col]
        if abs(m[col][col]) < 1e-12:
            continue
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            if f:
                for k in range(col, n + 1):
                    m[r][k] -= f * m[col][k]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        if abs(m[r][r]) < 1e-12:
            continue
        x[r] = (m[r][n] - sum(m[r][k] * x[k] for k in range(r + 1, n))) / m[r][r]
    return x


def fit(rows: list[tuple[dict[str, float], bool]], names: list[str], l2: float) -> tuple[float, dict[str, float]]:
    """L2-penalised logistic regression by Newton's method; returns (bias, weights)."""
    d = len(names) + 1
    idx = {n: i + 1 for i, n in enumerate(names)}
    xs = []
    for feats, y in rows:
        x = [(0, 1.0)] + [(idx[k], v) for k, v in feats.items() if k in idx and v]
        xs.append((x, 1.0 if y else 0.0))
    w = [0.0] * d
    for _ in range(30):
        grad = [0.0] * d
        hess = [[0.0] * d for _ in range(d)]
        for x, y in xs:
            z = sum(w[i] * v for i, v in x)
            p = 1 / (1 + math.exp(-max(-30.0, min(30.0, z))))
            g = p - y
            h = p * (1 - p)
            for i, v in x:
                grad[i] += g * v
                row = hess[i]
                for j, u in x:
                    row[j] += h * v * u
        for i in range(1, d):
            grad[i] += l2 * w[i]
            hess[i][i] += l2
        hess[0][0] += 1e-6
        step = solve(hess, grad)
        w = [wi - si for wi, si in zip(w, step)]
        if max(abs(s) for s in step) < 1e-6:
            break
    return w[0], {n: w[idx[n]] for n in names}


def score(rows: list[tuple[str, dict[str, float], bool]], model: dict) -> tuple[float, float, float]:
    """(accuracy, ECE over 10 bins, mean confidence) of a model on rows."""
    confs = []
    for verdict, feats, ok in rows:
        m = model.get(verdict, {})
        z = m.get("bias", 0.0) + sum(m.get("weights", {}).get(k, 0.0) * v for k, v in feats.items())
        confs.append((1 / (1 + math.exp(-z)), ok))
    ece = 0.0
    for b in range(10):
        cell = [(s, y) for s, y in confs if b / 10 <= s < (b + 1) / 10 or (b == 9 and s == 1.0)]
        if cell:
            ece += len(cell) / len(confs) * abs(sum(s for s, _ in cell) / len(cell) - sum(y for _, y in cell) / len(cell))
    acc = sum(ok for _, ok in confs) / len(confs)
    return acc, ece, sum(s for s, _ in confs) / len(confs)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold")
    ap.add_argument("claims")
    ap.add_argument("--out", default=str(ROOT / "quoteattr" / "data" / "verify_weights.json"))
    ap.add_argument("--l2", type=float, default=1.0)
    ap.add_argument("--min-count", type=int, default=15)
    ap.add_argument("--check", nargs=2, metavar=("GOLD", "CLAIMS"))
    ap.add_argument("--generated", type=int, default=0, metavar="N",
                    help="also fit on N generated claims (quoteattr.strategies), which expect every verdict")
    args = ap.parse_args()
    rows = load(args.gold, args.claims)
    if args.generated:
        rows += generated(args.generated)
    by_verdict: dict[str, list[tuple[dict[str, float], bool]]] = defaultdict(list)
    for verdict, feats, ok in rows:
        by_verdict[verdict].append((feats, ok))
    model: dict[str, dict] = {}
    for verdict in VERDICTS:
        data = by_verdict.get(verdict, [])
        if not data:
            continue
        counts = Counter(k for feats, _ in data for k, v in feats.items() if v)
        names = sorted(k for k, c in counts.items() if c >= args.min_count and c < len(data))
        # one pseudo-claim right and one wrong: a verdict never right in the data is not "never right"
        bias, weights = fit(data + [({}, True), ({}, False)], names, args.l2)
        model[verdict] = {"bias": round(bias, 4),
                          "weights": {k: round(v, 4) for k, v in sorted(weights.items()) if abs(v) >= 1e-3},
                          "n": len(data), "right": sum(ok for _, ok in data)}
        print(f"{verdict:14s} n={len(data):5d} right={model[verdict]['right'] / len(data):.3f} "
              f"bias={bias:+.2f} inputs={len(names)}")
    acc, ece, mean = score(rows, model)
    print(f"fit set: accuracy {acc:.3f} mean confidence {mean:.3f} ECE {ece:.4f}")
    payload = {"about": "Confidence model of quoteattr.verify(): per verdict, a logistic regression over "
                        "the rules that fired and graded signals. Written by tools/calibrate_verify.py.",
               **model}
    Path(args.out).write_text(json.dumps(payload, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    if args.check:
        acc, ece, mean = score(load(*args.check), model)
        print(f"check set: accuracy {acc:.3f} mean confidence {mean:.3f} ECE {ece:.4f}")


if __name__ == "__main__":
    main()
