"""verify() against a fact-checker's expectations, driven by tests/cases/verify_claims.json.

Each case is a claim (quote, speaker, outlet) against one of the file's short articles, written
for these tests, with the verdict a journalist would give. A case with ``"expect": "fail"`` is a
known failure: it runs as ``xfail(strict=True)``, so the day it starts passing the suite says so.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from quoteattr import verify

DATA = json.loads((Path(__file__).parent / "cases" / "verify_claims.json").read_text(encoding="utf-8"))
ARTICLES: dict[str, str] = DATA["articles"]


def _param(case: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(strict=True, reason=case["note"])] if case["expect"] == "fail" else []
    return pytest.param(case, id=case["id"], marks=marks)


def test_cases_are_well_formed() -> None:
    ids = [c["id"] for c in DATA["cases"]]
    assert len(ids) == len(set(ids))
    for c in DATA["cases"]:
        assert c["article"] in ARTICLES, c["id"]
        assert c["expect"] in ("pass", "fail"), c["id"]
        assert c["verdict"] in ("supported", "misattributed", "altered", "paraphrased", "not_found", "ambiguous")


@pytest.mark.parametrize("case", [_param(c) for c in DATA["cases"]])
def test_claim(case: dict[str, Any]) -> None:
    r = verify(ARTICLES[case["article"]], case["quote"], speaker=case["speaker"], outlet=case["outlet"])
    assert r.verdict.value == case["verdict"], r.explain()
