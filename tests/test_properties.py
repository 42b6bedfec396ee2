"""Hypothesis properties of ``extract()`` that hold for every input (issue 2, item 10).

- every offset lies inside the text, quotations and sentences come in text order;
- ``doc.text[q.start:q.end]`` holds ``q.text`` for quotations in marks; every speaker, cue and
  outlet ``text`` is its slice of the text;
- confidence is in [0, 1];
- the same input gives the same output;
- no exception on any string: all of Unicode, control and zero-width characters, right-to-left
  text, emoji and piles of quotation marks.
"""

from __future__ import annotations

import json
import math
from typing import Any

from hypothesis import example, given, settings
from hypothesis import strategies as st

import quoteattr
from quoteattr import Document, QuoteKind

# --------------------------------------------------------------------------- strategies

QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u201e\u201f\u00ab\u00bb\u2039\u203a\u201b`"
ODD_CHARS = (
    "\x00\x01\x07\x08\x0b\x0c\x1b\x7f\x85"            # control characters, NEL
    "\u200b\u200c\u200d\u2060\ufeff\u00ad"          # zero-width and soft hyphen
    "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2069"  # direction marks and overrides
    "\u2028\u2029\r\n\t\u00a0\u2009\u3000"         # line/paragraph separators and odd spaces
    "\u05e9\u05dc\u05d5\u05dd\u0645\u0631\u062d\u0628\u0627"  # Hebrew, Arabic
    "\u0301\u0308"                                   # combining marks
    "\u2014\u2013\u2026.,:;!?()"
)
EMOJI = ["\U0001f600", "\U0001f1fa\U0001f1f8", "\U0001f468\u200d\U0001f469\u200d\U0001f467", "\u2764\ufe0f"]
NEWS_BITS = [
    "said", "told", "according to", "warned", "added", "reported", "saying", "said:", "he", "she", "they",
    "Dmitry Peskov", "Peskov", "Mr.", "Jr.", "Sr.", "Donald Trump", "Donald Trump Jr.", "Trump\u2019s",
    "The Washington Post", "the Post", "AFP", "the BBC", "on Instagram", "with the caption", "that",
    "Kremlin spokesperson", "the mayor", "officials", "In a statement,", "don\u2019t", "\u201990s", "'90s",
    "Secretary of State", "U.S.", "in a comment to", "the two leaders", "so-called",
]


@st.composite
def newsy_texts(draw: st.DrawFn, *, min_size: int = 0, max_size: int = 60) -> str:
    """Texts made of news words, names, cues, outlets, quotation marks and odd characters."""
    pieces = st.one_of(
        st.sampled_from(NEWS_BITS),
        st.sampled_from(list(QUOTE_MARKS)),
        st.sampled_from(list(ODD_CHARS)),
        st.sampled_from(EMOJI),
        st.sampled_from([" ", " ", " ", ". ", ", ", "\n", "\n\n"]),
        st.text(min_size=1, max_size=3),
    )
    return "".join(draw(st.lists(pieces, min_size=min_size, max_size=max_size)))


@st.composite
def quote_piles(draw: st.DrawFn, *, max_size: int = 200) -> str:
    """Mostly quotation marks, with a few letters, spaces and line breaks between them."""
    alphabet = st.sampled_from(list(QUOTE_MARKS) * 4 + list("a \n.,") + ["\u200b", "\u202e"])
    return "".join(draw(st.lists(alphabet, max_size=max_size)))


ANY_TEXT = st.one_of(
    st.text(max_size=300),                                         # all of Unicode but surrogates
    st.text(alphabet=st.characters(codec=None, categories=None), max_size=100),  # surrogates too
    newsy_texts(),
    quote_piles(),
)

try:  # generated wire copy with known attributions (tests/ of another helper cover their accuracy)
    from quoteattr.strategies import articles

    ARTICLES = articles(max_quotes=4).map(lambda a: a.text)
except ImportError:  # pragma: no cover
    ARTICLES = newsy_texts(min_size=10)


# --------------------------------------------------------------------------- invariants


def assert_valid(doc: Document, text: str) -> None:
    assert isinstance(doc, Document)
    assert doc.text == text
    n = len(text)
    # sentences: inside the text, in order, not overlapping
    prev = 0
    for s in doc.sentences:
        assert prev <= s.start < s.end <= n, (s, n)
        prev = s.end
    # quotations: inside the text and in order
    starts = [q.start for q in doc.quotes]
    assert starts == sorted(starts)
    for q in doc.quotes:
        assert 0 <= q.start < q.end <= n, q
        assert isinstance(q.kind, QuoteKind)
        if q.kind is not QuoteKind.INDIRECT:
            assert q.text in text[q.start:q.end], q
        assert isinstance(q.confidence, float) and 0.0 <= q.confidence <= 1.0 and not math.isnan(q.confidence)
        for part in (q.speaker, q.cue, q.outlet):
            if part is not None:
                assert 0 <= part.start < part.end <= n, (part, q)
                assert part.text == text[part.start:part.end], (part, q)
        if q.speaker is not None:
            assert q.speaker.name.strip(), q
        if q.outlet is not None:
            assert q.outlet.name.strip(), q
        for e in q.evidence:
            assert isinstance(e.rule, str) and e.rule
            if e.start is not None and e.end is not None:
                assert 0 <= e.start <= e.end <= n, (e, q)
    for t in getattr(doc, "terms", ()):
        assert 0 <= t.start < t.end <= n and t.text in text[t.start:t.end]
    json.dumps(doc.to_dict())  # plain data all the way down


# --------------------------------------------------------------------------- properties


@settings(deadline=None, max_examples=300)
@given(ANY_TEXT)
@example("")
@example("\u201c" * 50)
@example("\"" * 51)
@example("\u201d\u201c" * 20)
@example("\u00ab \u00bb \u00ab")
@example("\u202e\u201cdias eh\u201d \u05e9\u05dc\u05d5\u05dd said Peskov.")
@example("\x00\u201cA\x00,\u201d said\x00 Dmitry\u200b Peskov.")
@example("\ud800\u201cA,\u201d said Bob Ray.\udfff")
@example("Mr.\n\u201c\n\u201c\n\u201c")
@example("'" * 30 + "a" + "\u2019" * 30)
def test_any_text_gives_a_valid_document(text: str) -> None:
    assert_valid(quoteattr.extract(text), text)


@settings(deadline=None, max_examples=200)
@given(newsy_texts(min_size=5, max_size=120))
def test_news_like_text_gives_a_valid_document(text: str) -> None:
    assert_valid(quoteattr.extract(text), text)


@settings(deadline=None, max_examples=60)
@given(ARTICLES)
def test_generated_articles_give_valid_documents(text: str) -> None:
    assert_valid(quoteattr.extract(text), text)


@settings(deadline=None, max_examples=150)
@given(st.one_of(newsy_texts(max_size=80), ARTICLES))
def test_same_input_same_output(text: str) -> None:
    first = quoteattr.extract(text).to_dict()
    again = quoteattr.extract(str(text)).to_dict()
    assert first == again


@settings(deadline=None, max_examples=100)
@given(ARTICLES)
def test_offsets_survive_a_prefix(text: str) -> None:
    """Spans are offsets into the text as given: a prefix paragraph shifts them, never breaks them."""
    prefix = "Editor\u2019s note: this story was updated.\n\n"
    doc = quoteattr.extract(prefix + text)
    assert_valid(doc, prefix + text)


@settings(deadline=None, max_examples=100)
@given(ARTICLES)
def test_direct_quotes_are_their_marks(text: str) -> None:
    """A quotation in marks starts at an opening mark; its text is the words between the marks."""
    doc = quoteattr.extract(text)
    for q in doc.quotes:
        if q.kind is QuoteKind.INDIRECT:
            continue
        span = text[q.start:q.end]
        assert span[0] in QUOTE_MARKS, span
        if q.closed:
            assert span[-1] in QUOTE_MARKS, span
            inner = span.strip(QUOTE_MARKS)
            assert q.text.strip(QUOTE_MARKS) == inner, (q.text, span)


@settings(deadline=None, max_examples=100)
@given(newsy_texts(max_size=80))
def test_quotes_do_not_repeat(text: str) -> None:
    doc = quoteattr.extract(text)
    keys = [(q.start, q.end, q.kind) for q in doc.quotes]
    assert len(keys) == len(set(keys))


def _as_dict(doc: Document) -> dict[str, Any]:
    return doc.to_dict()


def test_to_dict_matches_attributes() -> None:
    text = ("Kremlin spokesperson Dmitry Peskov told AFP on Sunday: \u201cThe signals are positive.\u201d "
            "Peskov added that talks could start soon.")
    doc = quoteattr.extract(text)
    d = _as_dict(doc)
    assert d["text"] == text
    assert len(d["quotes"]) == len(doc.quotes) >= 2
    for q, qd in zip(doc.quotes, d["quotes"]):
        assert (qd["start"], qd["end"], qd["kind"], qd["text"]) == (q.start, q.end, q.kind.value, q.text)
        assert qd["speaker"]["name"] == q.speaker.name  # type: ignore[union-attr]
        assert abs(qd["confidence"] - q.confidence) < 1e-4
