"""The seed article (seeds/000_6bc2e2e76518fdd8.txt) with hand-written expected attributions.

The cases are in tests/cases/seed_expected.json, one per hard case listed in ../shared/README.md.
Known failures (``"expect": "fail"``) run as strict xfails, so a fix is noticed.
"""

from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path
from typing import Any

import pytest

import quoteattr
from quoteattr import QuoteKind
from test_attribution import case_params, check_case, check_offsets

ROOT = Path(__file__).parent.parent
EXPECTED = json.loads((Path(__file__).parent / "cases" / "seed_expected.json").read_text(encoding="utf-8"))
SEED_PATH = ROOT / EXPECTED["source"]


@lru_cache(maxsize=1)
def seed_doc() -> quoteattr.Document:
    return quoteattr.extract(SEED_PATH.read_text(encoding="utf-8"))


@pytest.mark.parametrize("case", case_params(EXPECTED["cases"]))
def test_seed_case(case: dict[str, Any]) -> None:
    problems = check_case(seed_doc(), case)
    assert not problems, "\n".join(problems)


def test_seed_fixture_is_the_shared_article() -> None:
    shared = ROOT.parent / "shared" / "seeds" / SEED_PATH.name
    if not shared.exists():
        pytest.skip("../shared is not beside the project")
    assert SEED_PATH.read_bytes() == shared.read_bytes()


def test_seed_cases_cover_the_readme_list() -> None:
    ids = {c["id"] for c in EXPECTED["cases"]}
    for needed in ("cheung_via_afp", "scholz_spokesperson", "sullivan_stated", "sullivan_noted", "peskov",
                   "pro_war_nexus", "caption_trump_jr", "land_is_the_posts_words", "post_reported_call",
                   "post_reported_that", "lanza_to_bbc", "zelensky_warned", "according_to_zelensky"):
        assert needed in ids, needed
    text = SEED_PATH.read_text(encoding="utf-8")
    for case in EXPECTED["cases"]:
        assert case["expect"] in ("pass", "fail")
        for exp in case["quotes"]:
            assert exp["fragment"] in text, exp["fragment"]


def test_seed_offsets_valid() -> None:
    doc = seed_doc()
    assert check_offsets(doc) == []
    starts = [q.start for q in doc.quotes]
    assert starts == sorted(starts)


def test_seed_speaker_mentions_are_in_the_text() -> None:
    """The mention a speaker points at is a real mention of that speaker: its last word is in the name."""
    doc = seed_doc()
    for q in doc.quotes:
        if q.speaker is None or q.speaker.text.lower() in ("he", "she", "they", "it"):
            continue
        last = q.speaker.text.replace("\u2019", "'").split()[-1].strip(".,")
        assert last.lower() in q.speaker.name.replace("\u2019", "'").lower(), (q.speaker.text, q.speaker.name)


def test_seed_direct_quotes_hold_their_marks() -> None:
    doc = seed_doc()
    for q in doc.quotes:
        if q.kind is QuoteKind.INDIRECT:
            continue
        span = doc.text[q.start:q.end]
        assert span[0] in "“\"" and span[-1] in "”\"", span
        assert span[1:-1] == q.text


def test_seed_is_deterministic() -> None:
    text = SEED_PATH.read_text(encoding="utf-8")
    assert quoteattr.extract(text).to_dict() == quoteattr.extract(text).to_dict()


def test_seed_speakers_never_trump_for_jr_caption() -> None:
    """Donald Trump Jr. and Donald Trump are two people: no quote of one goes to the other."""
    doc = seed_doc()
    caption = next(q for q in doc.quotes if "POV" in q.text)
    nexus = next(q for q in doc.quotes if q.text == "pro-war nexus")
    assert caption.speaker is not None and nexus.speaker is not None
    assert caption.speaker.name != nexus.speaker.name
