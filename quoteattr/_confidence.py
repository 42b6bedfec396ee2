"""Stage 6 — confidence: turn the evidence behind an attribution into a probability.

The confidence is a logistic model over the evidence records: each rule that fired adds its
weight to the log-odds. The weights are data (``data/weights.json``), fitted on the PolNeAR
train split by ``tools/calibrate.py`` so that quotations given 0.8 are right about 80% of the
time. The same weights are written into each :class:`Evidence`, so ``explain()`` shows them.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources

from ._model import Evidence


@lru_cache(maxsize=1)
def weights() -> dict[str, float]:
    """``{"bias": b, rule: weight, ...}``."""
    path = resources.files("quoteattr").joinpath("data", "weights.json")
    try:
        with path.open("r", encoding="utf-8") as fh:
            data = json.load(fh)
    except FileNotFoundError:  # pragma: no cover - only before the first calibration
        return {"bias": 0.0}
    return {str(k): float(v) for k, v in data["weights"].items()}


Rule = tuple[str, str, "int | None", "int | None"]


def _extras(rules: list[Rule], kind: str, has_speaker: bool) -> list[str]:
    """Features beyond the rules themselves: the quotation's kind, and each rule as it applies
    to that kind ("cue_after|direct" is surer than "cue_after|partial")."""
    out = [f"kind_{kind}"]
    out.extend(f"{name}|{kind}" for name in dict.fromkeys(r[0] for r in rules))
    if not has_speaker:
        out.append("no_speaker_found")
    return out


def features(rules: list[Rule], kind: str, has_speaker: bool) -> list[str]:
    """Every feature name an attribution's evidence turns into."""
    return list(dict.fromkeys(r[0] for r in rules)) + _extras(rules, kind, has_speaker)


def score(rules: list[Rule], kind: str, has_speaker: bool) -> tuple[float, tuple[Evidence, ...]]:
    """The calibrated probability that the attribution is right, and its evidence records."""
    w = weights()
    z = w.get("bias", 0.0)
    evidence: list[Evidence] = []
    seen: set[str] = set()
    for rule, detail, start, end in rules:
        # a rule's weight for this kind of quotation is its own plus its weight "as a <kind>"
        weight = w.get(rule, 0.0) + w.get(f"{rule}|{kind}", 0.0) if rule not in seen else 0.0
        seen.add(rule)
        z += weight
        evidence.append(Evidence(rule=rule, detail=detail, weight=round(weight, 4), start=start, end=end))
    for extra in _extras(rules, kind, has_speaker):
        if "|" in extra:
            continue  # folded into the rule's own record above
        weight = w.get(extra, 0.0)
        z += weight
        if weight:
            evidence.append(Evidence(rule=extra, detail="", weight=round(weight, 4)))
    z = max(-30.0, min(30.0, z))
    return 1.0 / (1.0 + math.exp(-z)), tuple(evidence)


__all__ = ["features", "score", "weights"]
