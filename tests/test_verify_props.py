"""Hypothesis properties of verify()."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

import quoteattr
from quoteattr import QuoteKind, Verdict, Verification, verify
from quoteattr._align import claim_words, words
from quoteattr.strategies import articles, claims, quotations


@given(articles(max_quotes=5))
def test_every_quote_extract_finds_with_a_speaker_is_supported_for_that_speaker(article) -> None:  # type: ignore[no-untyped-def]
    doc = quoteattr.extract(article.text)
    for q in doc.quotes:
        if q.speaker is None or q.kind is QuoteKind.INDIRECT or not q.text.strip(" \n\"'“”‘’.,;:!?—–-"):
            continue
        r = verify(doc, q.text, speaker=q.speaker.name)
        assert r.verdict is Verdict.SUPPORTED, (q.text, q.speaker.name, r.explain())
        assert r.quote is not None


@given(articles(max_quotes=5, kinds=["indirect"]))
def test_reported_speech_extract_finds_is_paraphrased(article) -> None:  # type: ignore[no-untyped-def]
    doc = quoteattr.extract(article.text)
    for q in doc.quotes:
        if q.speaker is None or q.kind is not QuoteKind.INDIRECT or len(q.text.split()) < 4:
            continue
        if any(m in q.text for m in "\"“”"):
            continue
        r = verify(doc, q.text, speaker=q.speaker.name)
        assert r.verdict is Verdict.PARAPHRASED, (q.text, q.speaker.name, r.explain())


@settings(max_examples=15)
@given(st.lists(claims(), min_size=25, max_size=25))
def test_generated_claims_get_their_verdict(batch) -> None:  # type: ignore[no-untyped-def]
    # extraction is statistical: a batch of claims must be almost all right, not each one
    wrong = []
    for c in batch:
        r = verify(c.text, c.quote, speaker=c.speaker, outlet=c.outlet)
        if r.verdict.value != getattr(c.expected, "value", c.expected):
            wrong.append((c.how, c.quote, c.speaker, r.verdict.value))
    assert len(wrong) <= 2, wrong


@given(quotations(), st.sampled_from(["fix", "typo"]))
def test_a_quotation_verifies_against_itself_retyped(sentence: str, how: str) -> None:
    text = f"“{sentence}” said Councillor Maren Oduya."
    claim = sentence.replace("’", "'").replace("“", '"').replace("”", '"')
    if how == "typo":
        claim = claim.upper()
    r = verify(text, claim, speaker="Maren Oduya")
    assert r.verdict is Verdict.SUPPORTED, r.explain()


@given(st.text(max_size=300), st.text(min_size=1, max_size=80).filter(lambda s: s.strip()),
       st.none() | st.text(max_size=20))
def test_any_unicode_gets_a_valid_result(text: str, quote: str, speaker: str | None) -> None:
    r = verify(text, quote, speaker=speaker)
    assert isinstance(r, Verification) and isinstance(r.verdict, Verdict)
    assert 0.0 <= r.confidence <= 1.0
    assert 0.0 <= r.similarity <= 1.0
    if r.source_start is not None:
        assert 0 <= r.source_start <= r.source_end <= len(text)
        assert text[r.source_start:r.source_end] == r.source_text
    for d in r.differences:
        assert 0 <= d.claim_start <= d.claim_end <= len(quote)
        assert 0 <= d.source_start <= d.source_end <= len(text)
    r.to_dict()
    r._repr_html_()
    r.explain()


@given(st.text(max_size=400))
def test_words_point_into_the_text(text: str) -> None:
    w = words(text)
    assert len(w.tokens) == len(w.starts) == len(w.ends)
    last = 0
    for s, e in zip(w.starts, w.ends):
        assert last <= s < e <= len(text)
        last = s
    assert w.joined == " " + " ".join(w.tokens) + " "


@given(st.text(min_size=1, max_size=120))
def test_claim_marks_point_into_the_claim(claim: str) -> None:
    c = claim_words(claim)
    for _idx, _kind, s, e in c.gaps:
        assert 0 <= s < e <= len(claim)
    for s, e in c.sics:
        assert claim[s:e].strip("[]").strip().lower().rstrip(".") == "sic"
