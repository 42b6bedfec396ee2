#!/usr/bin/env python3
"""Fit the confidence weights in quoteattr/data/weights.json on the PolNeAR train split.

Each attribution's evidence records name the rules that produced it; the confidence is a
logistic model over those rule names (plus the quotation's kind). This script extracts every
train article with the current rules, labels each predicted quotation right or wrong the way
../shared/bench/score.py does (quoted words found in the gold standard, speaker matching the
gold source), fits an L2-regularised logistic regression and writes the weights.

usage: python tools/calibrate.py [GOLD.jsonl] [--out quoteattr/data/weights.json] [--l2 X | --cv]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
BENCH = ROOT.parent / "shared" / "bench"
sys.path.insert(0, str(BENCH))

from score import quoted_regions, speaker_ok, tokens_in  # noqa: E402

import quoteattr  # noqa: E402
from quoteattr import _confidence  # noqa: E402
from quoteattr.cli import _quote_record  # noqa: E402


def labelled(gold_path: Path, *, groups: list[int] | None = None) -> list[tuple[list[str], bool]]:
    """(features, right?) for every quotation extracted from the gold articles; with ``groups``,
    the article number of each row is appended to it (for cross-validation by article)."""
    rows = []
    for article, line in enumerate(gold_path.open(encoding="utf-8")):
        if not line.strip():
            continue
        d = json.loads(line)
        text = d["text"]
        doc = quoteattr.extract(text)
        gold_tok = tokens_in(text, [r for a in d["attributions"] if a["direct"]
                                    for r in quoted_regions(text, a["content"])])
        direct_gold = [(a, tokens_in(text, quoted_regions(text, a["content"])))
                       for a in d["attributions"] if a["direct"]]
        all_gold = [(a, tokens_in(text, a["content"])) for a in d["attributions"]]
        for q in doc.quotes:
            if q.speaker is None:
                continue  # no speaker: confidence is capped, nothing to learn
            toks = tokens_in(text, [(q.start, q.end)])
            if not toks:
                continue
            rec = _quote_record(q)
            if q.kind.value == "indirect":
                a, n = max(((a, len(t & toks)) for a, t in all_gold), key=lambda x: x[1], default=(None, 0))
                ok = a is not None and n >= 0.5 * len(toks) and bool(a["source"]) and \
                    speaker_ok(text, a["source"], rec["speaker"])
            else:
                ok_quote = len(toks & gold_tok) >= 0.5 * len(toks)
                a = max(direct_gold, key=lambda ag: len(ag[1] & toks), default=(None, set()))[0]
                ok = ok_quote and a is not None and bool(a["source"]) and \
                    speaker_ok(text, a["source"], rec["speaker"])
            rules = [(e.rule, e.detail, e.start, e.end) for e in q.evidence
                     if not e.rule.startswith("kind_") and "|" not in e.rule]
            feats = sorted(set(_confidence.features(rules, q.kind.value, True)))
            rows.append((feats, ok))
            if groups is not None:
                groups.append(article)
    return rows


def fit(rows: list[tuple[list[str], bool]], *, l2: float = 1.0, epochs: int = 1500,
        rate: float = 0.5) -> dict[str, float]:
    """Logistic regression by full-batch gradient descent (small data, no dependencies)."""
    names = sorted({f for feats, _ in rows for f in feats})
    index = {f: i for i, f in enumerate(names)}
    w = [0.0] * len(names)
    b = 0.0
    n = len(rows)
    xs = [[index[f] for f in feats] for feats, _ in rows]
    ys = [1.0 if ok else 0.0 for _, ok in rows]
    for _ in range(epochs):
        gw = [0.0] * len(names)
        gb = 0.0
        for x, y in zip(xs, ys):
            z = b + sum(w[i] for i in x)
            p = 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))
            g = p - y
            gb += g
            for i in x:
                gw[i] += g
        b -= rate * gb / n
        for i in range(len(w)):
            w[i] -= rate * (gw[i] / n + l2 * w[i] / n)
    out = {"bias": round(b, 4)}
    out.update({f: round(w[index[f]], 4) for f in names})
    return out


def auroc(scored: list[tuple[float, bool]]) -> float:
    """Probability that a right attribution scores above a wrong one (ties count half)."""
    ranked = sorted(scored, key=lambda sy: sy[0])
    pos = sum(y for _, y in ranked)
    neg = len(ranked) - pos
    if not pos or not neg:
        return float("nan")
    rank_sum = 0.0
    i = 0
    while i < len(ranked):  # average ranks over ties
        j = i
        while j < len(ranked) and ranked[j][0] == ranked[i][0]:
            j += 1
        rank_sum += sum(y for _, y in ranked[i:j]) * (i + j + 1) / 2
        i = j
    return (rank_sum - pos * (pos + 1) / 2) / (pos * neg)


def predict(weights: dict[str, float], feats: list[str]) -> float:
    z = weights.get("bias", 0.0) + sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def cross_validate(rows: list[tuple[list[str], bool]], groups: list[int], l2s: list[float],
                   folds: int = 5) -> float:
    """Pick the L2 strength by held-out AUROC over ``folds`` folds of articles (train only)."""
    best = (float("-inf"), l2s[0])
    for l2 in l2s:
        scored: list[tuple[float, bool]] = []
        for k in range(folds):
            fit_rows = [r for r, g in zip(rows, groups) if g % folds != k]
            held = [r for r, g in zip(rows, groups) if g % folds == k]
            w = fit(fit_rows, l2=l2)
            scored += [(predict(w, feats), ok) for feats, ok in held]
        score = auroc(scored)
        print(f"l2={l2:g}: held-out AUROC {score:.4f}")
        best = max(best, (score, l2))
    return best[1]


#: The L2 strength chosen by ``--cv`` on train (5 folds of articles, held-out AUROC).
L2 = 1.0


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="?", default=str(ROOT.parent / "shared/data/polnear/train.jsonl"))
    ap.add_argument("--out", default=str(ROOT / "quoteattr/data/weights.json"))
    ap.add_argument("--l2", type=float, default=L2, help=f"L2 strength (default {L2})")
    ap.add_argument("--cv", action="store_true",
                    help="choose the L2 strength by cross-validation over the articles first")
    args = ap.parse_args()
    groups: list[int] = []
    rows = labelled(Path(args.gold), groups=groups)
    l2 = cross_validate(rows, groups, [1.0, 10.0, 30.0, 100.0, 300.0]) if args.cv else args.l2
    weights = fit(rows, l2=l2)
    acc = sum(ok for _, ok in rows) / max(1, len(rows))
    Path(args.out).write_text(json.dumps(
        {"fitted_on": Path(args.gold).name, "examples": len(rows), "base_rate": round(acc, 4),
         "weights": weights}, indent=1, sort_keys=False) + "\n", encoding="utf-8")
    print(f"{len(rows)} examples, base rate {acc:.3f}, {len(weights) - 1} features, l2={l2:g} -> {args.out}")


if __name__ == "__main__":
    main()
