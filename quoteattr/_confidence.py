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


def _attribution_features(kind: str, has_speaker: bool) -> list[str]:
    """Features of the attribution as a whole: the quotation's kind, and a missing speaker."""
    return [f"kind_{kind}"] if has_speaker else [f"kind_{kind}", "no_speaker_found"]


def _extras(rules: list[Rule], kind: str, has_speaker: bool) -> list[str]:
    """Features beyond the rules themselves: those of the attribution as a whole, and each rule
    as it applies to that kind of quotation ("cue_after|direct" is surer than "cue_after|partial")."""
    return _attribution_features(kind, has_speaker) + [f"{name}|{kind}" for name in dict.fromkeys(r[0] for r in rules)]


def features(rules: list[Rule], kind: str, has_speaker: bool) -> list[str]:
    """Every feature name an attribution's evidence turns into."""
    return list(dict.fromkeys(r[0] for r in rules)) + _extras(rules, kind, has_speaker)


def score(rules: list[Rule], kind: str, has_speaker: bool) -> tuple[float, tuple[Evidence, ...]]:
    """The calibrated probability that the attribution is right, and its evidence records."""
    table = _table()
    rule_weights = table.rules_for(kind)
    z = table.bias
    evidence: list[Evidence] = []
    append = evidence.append
    seen: set[str] = set()
    for rule, detail, start, end in rules:
        if rule in seen:  # a rule counts once
            append(Evidence(rule, detail, 0.0, start, end))
            continue
        seen.add(rule)
        weight, rounded, shared = rule_weights[rule]
        z += weight
        # no offsets, no detail: one record serves all
        append(shared if start is None and not detail else Evidence(rule, detail, rounded, start, end))
    weights, records = table.features_for(kind, has_speaker)
    for weight in weights:
        z += weight
    evidence.extend(records)
    z = max(-30.0, min(30.0, z))
    return 1.0 / (1.0 + math.exp(-z)), tuple(evidence)


class _RuleWeights(dict[str, tuple[float, float, Evidence]]):
    """``rule -> (weight, weight rounded for its record, the record it has with neither detail nor
    offsets)`` for one kind of quotation: the rule's own weight plus its weight "as a <kind>",
    filled in as rules are met."""

    def __init__(self, w: dict[str, float], kind: str) -> None:
        super().__init__()
        self.w = w
        self.kind = kind

    def __missing__(self, rule: str) -> tuple[float, float, Evidence]:
        weight = self.w.get(rule, 0.0) + self.w.get(f"{rule}|{self.kind}", 0.0)
        rounded = round(weight, 4)
        self[rule] = found = (weight, rounded, Evidence(rule, "", rounded))
        return found


class _Table:
    """The weights laid out for :func:`score`, so that scoring an attribution is dictionary
    look-ups: each rule's weight for each kind of quotation, summed and rounded once, and the
    features of the attribution as a whole (see :func:`_attribution_features`) with their shared
    evidence records."""

    def __init__(self, w: dict[str, float]) -> None:
        self.source = w
        self.bias = w.get("bias", 0.0)
        self._rules: dict[str, _RuleWeights] = {}
        self._features: dict[tuple[str, bool], tuple[tuple[float, ...], tuple[Evidence, ...]]] = {}

    def rules_for(self, kind: str) -> _RuleWeights:
        found = self._rules.get(kind)
        if found is None:
            found = self._rules[kind] = _RuleWeights(self.source, kind)
        return found

    def features_for(self, kind: str, has_speaker: bool) -> tuple[tuple[float, ...], tuple[Evidence, ...]]:
        """The weights of the features beyond the rules, in order, and the records of those with a
        weight (features have no detail and no offsets, so one record serves every quotation)."""
        found = self._features.get((kind, has_speaker))
        if found is None:
            names = _attribution_features(kind, has_speaker)
            rule_weights = self.rules_for(kind)  # no feature has a weight "as a <kind>": its own
            weights = tuple(rule_weights[name][0] for name in names)
            records = tuple(rule_weights[name][2] for name, weight in zip(names, weights) if weight)
            found = self._features[kind, has_speaker] = (weights, records)
        return found


_TABLE: _Table | None = None


def _table() -> _Table:
    """The table for the current :func:`weights` (rebuilt if they are reloaded)."""
    global _TABLE
    w = weights()
    if _TABLE is None or _TABLE.source is not w:
        _TABLE = _Table(w)
    return _TABLE


__all__ = ["features", "score", "weights"]
