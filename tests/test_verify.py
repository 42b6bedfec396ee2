"""verify(): one test per verdict on realistic copy, the API contract, bad input, caching."""

from __future__ import annotations

import json

import pytest

import quoteattr
from quoteattr import Document, Verdict, Verification, verify, verify_many
from quoteattr import _pipeline

# Articles written for these tests (not from any corpus).
COUNCIL = (
    "MILLBROOK, Ore. — The city council voted 6-3 on Tuesday to close the Riverside branch library.\n\n"
    "“We cannot keep a building open that nobody can afford to heat,” Mayor Dana Whitfield said after "
    "the vote. “This was not an easy decision.”\n\n"
    "Council member Luis Ortega, who voted against the plan, said the city had not looked at "
    "other ways to cut costs.\n\n"
    "“The library is the only warm room some of these kids have,” Ortega said. “We are closing it "
    "to save 40,000 dollars a year.”\n\n"
    "A spokesman for the county said it would review the decision.\n\n"
    "“We will look at every option,” a spokesman said."
)

HOSPITAL = (
    "The board approved the new wing on Friday.\n\n"
    "“It will open in 2027, and it will serve 12,000 patients a year,” said hospital director "
    "Priya Raman. She added that the state had paid for most of it."
)


def v(text: str, quote: str, **kw: str | None) -> Verification:
    return verify(text, quote, **kw)


# --------------------------------------------------------------------------- each verdict


def test_supported_exact_full_name() -> None:
    r = v(COUNCIL, "We cannot keep a building open that nobody can afford to heat", speaker="Dana Whitfield")
    assert r.verdict is Verdict.SUPPORTED
    assert r.supported and bool(r)
    assert r.attributed_to == "Dana Whitfield"
    assert r.quote is not None and r.quote.speaker is not None
    assert r.similarity == 1.0
    assert COUNCIL[r.source_start:r.source_end] == r.source_text
    assert r.source_text.startswith("We cannot keep")


def test_supported_by_surname_and_title() -> None:
    for name in ("Whitfield", "Mayor Whitfield", "Ms. Whitfield", "Mayor Dana Whitfield"):
        r = v(COUNCIL, "This was not an easy decision", speaker=name)
        assert r.verdict is Verdict.SUPPORTED, name


def test_supported_fragment() -> None:
    r = v(COUNCIL, "the only warm room some of these kids have", speaker="Luis Ortega")
    assert r.verdict is Verdict.SUPPORTED
    assert r.attributed_to is not None and "Ortega" in r.attributed_to


def test_misattributed_to_another_speaker_of_the_article() -> None:
    r = v(COUNCIL, "The library is the only warm room some of these kids have", speaker="Dana Whitfield")
    assert r.verdict is Verdict.MISATTRIBUTED
    assert r.attributed_to is not None and "Ortega" in r.attributed_to
    assert not r.supported


def test_misattributed_to_a_stranger() -> None:
    r = v(COUNCIL, "We cannot keep a building open that nobody can afford to heat", speaker="Gavin Holloway")
    assert r.verdict is Verdict.MISATTRIBUTED


def test_altered_changed_word() -> None:
    r = v(COUNCIL, "We cannot keep a building open that nobody can afford to staff", speaker="Whitfield")
    assert r.verdict is Verdict.ALTERED
    subst = [d for d in r.differences if d.substantive]
    assert len(subst) == 1
    d = subst[0]
    assert d.claim_text == "staff" and d.source_text == "heat"


def test_altered_negation_dropped() -> None:
    r = v(COUNCIL, "This was an easy decision", speaker="Whitfield")
    assert r.verdict is Verdict.ALTERED
    assert any(d.category == "negation" for d in r.differences)
    assert any(x.rule == "negation_changed" for x in r.reasons)


def test_altered_negation_added_to_long_quote_is_95_percent_alike() -> None:
    claim = "We cannot keep a building open that nobody can afford to heat, and we will not"
    r = v(COUNCIL + "\n\n“We cannot keep a building open that nobody can afford to heat, and we will\u201d "
          "Whitfield said again.", claim, speaker="Whitfield")
    # a single inserted "not" against a long, otherwise identical quotation
    assert r.verdict is Verdict.ALTERED


def test_altered_number() -> None:
    r = v(COUNCIL, "We are closing it to save 50,000 dollars a year", speaker="Ortega")
    assert r.verdict is Verdict.ALTERED
    assert [d.category for d in r.differences if d.substantive] == ["number"]


def test_paraphrased_reported_speech() -> None:
    r = v(COUNCIL, "the city had not looked at other ways to cut costs", speaker="Luis Ortega")
    assert r.verdict is Verdict.PARAPHRASED
    assert r.quote is None or r.quote.kind.value == "indirect"


def test_not_found() -> None:
    r = v(COUNCIL, "The new stadium will be finished before the snow arrives", speaker="Whitfield")
    assert r.verdict is Verdict.NOT_FOUND
    assert r.source_start is None and r.quote is None and r.similarity == 0.0


def test_ambiguous_unnamed_spokesman_against_a_named_claim() -> None:
    r = v(COUNCIL, "We will look at every option", speaker="Luis Ortega")
    assert r.verdict is Verdict.AMBIGUOUS


def test_ambiguous_words_of_an_outlet_about_a_person() -> None:
    text = ("Talks stalled last week. According to the Washington Post, Governor Ray Malone “briefly raised "
            "the issue of tolls” during the call, though details were scarce.")
    for name in ("Ray Malone", "Governor Malone"):
        r = v(text, "briefly raised the issue of tolls", speaker=name)
        assert r.verdict is Verdict.AMBIGUOUS, name
        assert any(x.rule == "outlet_describes" for x in r.reasons)
    for name in ("The Washington Post", "the Post"):
        assert v(text, "briefly raised the issue of tolls", speaker=name).verdict is Verdict.SUPPORTED, name


def test_no_speaker_claimed() -> None:
    r = v(HOSPITAL, "It will open in 2027")
    assert r.verdict is Verdict.SUPPORTED
    assert r.attributed_to is not None and "Raman" in r.attributed_to


# --------------------------------------------------------------------------- outlets


def test_outlet_supported_and_misattributed() -> None:
    text = "“Prices will fall by spring,” Finance Minister Tomas Lind told Reuters on Monday."
    assert v(text, "Prices will fall by spring", speaker="Lind", outlet="Reuters").verdict is Verdict.SUPPORTED
    r = v(text, "Prices will fall by spring", speaker="Lind", outlet="Bloomberg")
    assert r.verdict is Verdict.MISATTRIBUTED
    assert any(x.rule == "outlet_other" for x in r.reasons)


def test_outlet_not_stated_is_ambiguous() -> None:
    text = "“Prices will fall by spring,” Finance Minister Tomas Lind said on Monday."
    r = v(text, "Prices will fall by spring", speaker="Lind", outlet="Reuters")
    assert r.verdict is Verdict.AMBIGUOUS


# --------------------------------------------------------------------------- result object


def test_result_is_frozen_and_serialisable() -> None:
    r = v(COUNCIL, "This was an easy decision", speaker="Whitfield")
    with pytest.raises(AttributeError):
        r.verdict = Verdict.SUPPORTED  # type: ignore[misc]
    d = r.to_dict()
    assert json.loads(json.dumps(d)) == d
    assert d["verdict"] == "altered"
    assert 0.0 <= d["confidence"] <= 1.0
    assert d["differences"] and {"kind", "claim_start", "source_start"} <= set(d["differences"][0])
    assert d["reasons"] and all({"rule", "detail", "weight"} <= set(x) for x in d["reasons"])


def test_verdict_values_are_the_documented_strings() -> None:
    assert [x.value for x in Verdict] == ["supported", "misattributed", "altered", "paraphrased",
                                          "not_found", "ambiguous"]
    assert str(Verdict.NOT_FOUND) == "not_found"


def test_explain_cites_the_article() -> None:
    r = v(COUNCIL, "We are closing it to save 50,000 dollars a year", speaker="Ortega")
    text = r.explain()
    assert text.startswith("Altered")
    assert "40,000" in text and "50,000" in text


def test_confidence_orders_clear_cases_above_murky_ones() -> None:
    clear = v(COUNCIL, "We cannot keep a building open that nobody can afford to heat", speaker="Whitfield")
    murky = v(COUNCIL, "We will look at every option", speaker="Luis Ortega")
    assert 0.0 <= murky.confidence < clear.confidence <= 1.0


def test_reason_weights_come_from_the_confidence_model() -> None:
    r = v(COUNCIL, "This was not an easy decision", speaker="Whitfield")
    assert any(x.weight != 0.0 for x in r.reasons)


# --------------------------------------------------------------------------- documents and caching


def test_document_is_reused(monkeypatch: pytest.MonkeyPatch) -> None:
    doc = quoteattr.extract(HOSPITAL)

    def boom(*a: object, **k: object) -> Document:
        raise AssertionError("extract() must not run again for a Document")

    monkeypatch.setattr(_pipeline, "extract", boom)
    r = verify(doc, "it will serve 12,000 patients a year", speaker="Priya Raman")
    assert r.verdict is Verdict.SUPPORTED
    assert r.quote is not None and r.quote in doc.quotes


def test_many_claims_against_one_text_cost_one_extraction(monkeypatch: pytest.MonkeyPatch) -> None:
    calls = []
    real = _pipeline.extract

    def counting(text: str, **k: bool) -> Document:
        calls.append(text)
        return real(text, **k)

    monkeypatch.setattr(_pipeline, "extract", counting)
    text = COUNCIL + "\n\nThe vote was the council's third on the library this year."  # a text not seen before
    for quote in ("This was not an easy decision", "This was an easy decision",
                  "the only warm room some of these kids have", "We will look at every option"):
        verify(text, quote, speaker="Whitfield")
    assert len(calls) == 1


def test_verify_many_accepts_strings_tuples_and_mappings() -> None:
    out = verify_many(COUNCIL, [
        "This was not an easy decision",
        ("This was not an easy decision", "Ortega"),
        ("This was not an easy decision", "Whitfield", None),
        {"quote": "We are closing it to save 40,000 dollars a year", "speaker": "Ortega"},
    ])
    assert [r.verdict for r in out] == [Verdict.SUPPORTED, Verdict.MISATTRIBUTED, Verdict.SUPPORTED,
                                        Verdict.SUPPORTED]
    with pytest.raises(TypeError, match="claims"):
        verify_many(COUNCIL, [42])  # type: ignore[list-item]
    with pytest.raises(TypeError, match="text_or_document"):
        verify_many(b"bytes", ["x"])  # type: ignore[arg-type]


@pytest.mark.parametrize(("claims", "error", "message"), [
    (["This was not an easy decision", {"speaker": "Ortega"}], TypeError, r"claims\[1\]: .*'quote' key"),
    ([("This was not an easy decision", 7)], TypeError, r"claims\[0\]: .*'speaker'"),
    (["This was not an easy decision", "", "x"], ValueError, r"claims\[1\]: .*empty"),
    ([("a", "b", "c", "d")], TypeError, r"claims\[0\]: .*tuple of 1 to 3"),
])
def test_verify_many_names_the_bad_claim(claims: list[object], error: type[Exception], message: str) -> None:
    # in a batch of claims the error says which one is wrong, and what is wrong with it
    with pytest.raises(error, match=message):
        verify_many(COUNCIL, claims)  # type: ignore[arg-type]


@pytest.mark.parametrize("claims", ["We cannot keep a building open", 42, None,
                                    {"quote": "We cannot keep a building open"}])
def test_verify_many_claims_must_be_an_iterable_of_claims(claims: object) -> None:
    with pytest.raises(TypeError, match="'claims'"):
        verify_many(COUNCIL, claims)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- bad input


@pytest.mark.parametrize("quote", ["", "   ", "\n\t "])
def test_empty_quote_raises_value_error(quote: str) -> None:
    with pytest.raises(ValueError, match="quote"):
        verify(COUNCIL, quote)


@pytest.mark.parametrize(("args", "kwargs", "name"), [
    ((None, "x"), {}, "text_or_document"),
    ((COUNCIL, 7), {}, "quote"),
    ((COUNCIL, "x"), {"speaker": 3}, "speaker"),
    ((COUNCIL, "x"), {"outlet": ["AFP"]}, "outlet"),
])
def test_wrong_types_raise_type_error_naming_the_argument(args: tuple, kwargs: dict, name: str) -> None:
    with pytest.raises(TypeError, match=name):
        verify(*args, **kwargs)


def test_quote_longer_than_the_article_gets_a_verdict() -> None:
    r = verify(HOSPITAL, HOSPITAL * 3, speaker="Raman")
    assert isinstance(r.verdict, Verdict)
    assert r.verdict is not Verdict.SUPPORTED


def test_punctuation_only_quote_is_not_found() -> None:
    r = verify(COUNCIL, "“...” — !?")
    assert r.verdict is Verdict.NOT_FOUND
    assert any(x.rule == "no_words" for x in r.reasons)


def test_speaker_who_never_occurs_gets_a_verdict() -> None:
    r = verify(HOSPITAL, "It will open in 2027", speaker="Zebulon Quarrington-Vance")
    assert r.verdict is Verdict.MISATTRIBUTED


def test_empty_article() -> None:
    r = verify("", "We will win", speaker="Smith")
    assert r.verdict is Verdict.NOT_FOUND


def test_huge_inputs_stay_fast() -> None:
    import random
    import time

    rng = random.Random(7)
    vocab = ["harbor", "budget", "council", "will", "not", "the", "vote", "we", "they", "said", "repair", "city"]
    body = " ".join(rng.choice(vocab) for _ in range(20000))
    text = f"“{body[:60000]},” Mayor Ana Ruiz said. {body[60000:]}"
    t0 = time.perf_counter()
    assert verify(text, body[:20000].rsplit(" ", 1)[0], speaker="Ruiz").verdict is Verdict.SUPPORTED
    verify(text, text * 2, speaker="Ruiz")  # a claim far longer than the article
    verify(text, "we will not ... the city ... vote", speaker="Ruiz")
    assert time.perf_counter() - t0 < 10
