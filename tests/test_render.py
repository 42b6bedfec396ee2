"""HTML rendering of a document (``quoteattr._render.document_html``, ``Document._repr_html_``).

The markup is read back with :mod:`html.parser`: tags must balance, the text inside the text
block must be the document's text exactly, and each character must sit inside exactly the
quotation / speaker / cue / outlet elements whose spans cover it.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quoteattr
from quoteattr._render import document_html

SEED = Path(__file__).parent.parent / "seeds" / "000_6bc2e2e76518fdd8.txt"
VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr", "col", "area", "base", "source"})
ROLE_OF_CLASS = {"qa-quote": "quote", "qa-speaker": "speaker", "qa-cue": "cue", "qa-outlet": "outlet",
                 "qa-term": "term"}


class _Reader(HTMLParser):
    """Checks nesting and records, for the text block, which spans cover each piece of text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str | None]]] = []
        self.errors: list[str] = []
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text_depth: int | None = None
        self.pieces: list[tuple[str, frozenset[tuple[str, str]]]] = []
        self.all_data: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)
        if tag in VOID:
            return
        a = dict(attrs)
        self.stack.append((tag, a))
        if "qa-text" in (a.get("class") or "").split() and self.text_depth is None:
            self.text_depth = len(self.stack)

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.attrs.extend(attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if not self.stack:
            self.errors.append(f"</{tag}> with nothing open")
            return
        top, _ = self.stack.pop()
        if top != tag:
            self.errors.append(f"</{tag}> closes <{top}>")
        if self.text_depth is not None and len(self.stack) < self.text_depth:
            self.text_depth = -1  # the text block is over

    def handle_data(self, data: str) -> None:
        self.all_data.append(data)
        if self.text_depth is None or self.text_depth < 0:
            return
        active = set()
        for _, a in self.stack[self.text_depth:]:
            classes = (a.get("class") or "").split()
            role = next((ROLE_OF_CLASS[c] for c in classes if c in ROLE_OF_CLASS), None)
            if role is not None:
                active.add((role, a.get("data-quotes") or ""))
        self.pieces.append((data, frozenset(active)))

    @property
    def text(self) -> str:
        return "".join(p for p, _ in self.pieces)


def read(markup: str) -> _Reader:
    r = _Reader()
    r.feed(markup)
    r.close()
    return r


def assert_well_formed(markup: str) -> _Reader:
    r = read(markup)
    assert not r.errors, r.errors
    assert not r.stack, f"unclosed: {[t for t, _ in r.stack]}"
    return r


def coverage(r: _Reader) -> list[set[str]]:
    """For each character of the text block, the roles whose elements contain it."""
    out: list[set[str]] = []
    for data, active in r.pieces:
        roles = {role for role, _ in active}
        out.extend(set(roles) for _ in data)
    return out


def expected_coverage(data: dict[str, Any]) -> list[set[str]]:
    n = len(data["text"])
    cov: list[set[str]] = [set() for _ in range(n)]
    for q in data["quotes"]:
        parts = [("quote", q)] + [(r, q.get(r)) for r in ("speaker", "cue", "outlet")]
        for role, span in parts:
            if span is None:
                continue
            s, e = span.get("start"), span.get("end")
            if type(s) is int and type(e) is int and 0 <= s < e <= n:
                for i in range(s, e):
                    cov[i].add(role)
    for t in data.get("terms", ()):
        for i in range(t["start"], t["end"]):
            cov[i].add("term")
    return cov


# --------------------------------------------------------------------------- the seed article


@pytest.fixture(scope="module")
def seed_doc() -> quoteattr.Document:
    return quoteattr.extract(SEED.read_text(encoding="utf-8"))


def test_repr_html_is_document_html(seed_doc: quoteattr.Document) -> None:
    assert seed_doc._repr_html_() == document_html(seed_doc.to_dict())


def test_seed_well_formed_and_text_preserved(seed_doc: quoteattr.Document) -> None:
    r = assert_well_formed(seed_doc._repr_html_())
    assert r.text == seed_doc.text


def test_seed_every_span_is_marked(seed_doc: quoteattr.Document) -> None:
    data = seed_doc.to_dict()
    r = assert_well_formed(document_html(data))
    assert coverage(r) == expected_coverage(data)


def test_seed_table_lists_every_quote(seed_doc: quoteattr.Document) -> None:
    r = assert_well_formed(seed_doc._repr_html_())
    everything = "".join(r.all_data)
    for q in seed_doc.quotes:
        # the text block holds every quote's words; the table, a shortened form
        assert " ".join(q.text.split())[:40] in " ".join(everything.split())
        if q.speaker is not None:
            assert q.speaker.name in everything
        if q.outlet is not None:
            assert q.outlet.name in everything
    assert everything.count("\n") >= seed_doc.text.count("\n")


def test_quote_kinds_have_their_classes(seed_doc: quoteattr.Document) -> None:
    markup = seed_doc._repr_html_()
    for kind in {q.kind.value for q in seed_doc.quotes}:
        assert f"qa-{kind}" in markup


# --------------------------------------------------------------------------- escaping and safety


HOSTILE = ('<script>alert("x")</script> & “<b>bold</b>,” said Ann O\'Neil & Co. '
           "“<img src=x onerror=alert(1)>,” she added.")


def test_escapes_text_and_names() -> None:
    markup = quoteattr.extract(HOSTILE)._repr_html_()
    assert "<script" not in markup.lower()
    assert "<img" not in markup.lower() and "<b>" not in markup
    assert "&lt;script&gt;" in markup
    assert "&amp;" in markup
    r = assert_well_formed(markup)
    assert r.text == HOSTILE
    assert set(r.tags) <= {"div", "mark", "span", "table", "thead", "tbody", "tr", "th", "td"}


def test_escapes_every_field_of_a_handmade_dict() -> None:
    evil = '"><script>alert(1)</script><x a=\''
    text = "Quote here. Speaker here. Cue."
    data = {
        "text": text,
        "quotes": [{
            "text": evil, "start": 0, "end": 10, "kind": evil, "confidence": 0.5,
            "speaker": {"name": evil, "start": 12, "end": 24, "text": evil, "kind": evil},
            "cue": {"text": evil, "start": 26, "end": 29},
            "outlet": {"name": evil, "start": 12, "end": 19, "text": evil},
        }],
        "terms": [{"text": evil, "start": 0, "end": 5, "reason": evil}],
    }
    markup = document_html(data)
    assert "<script" not in markup and "<x " not in markup
    r = assert_well_formed(markup)
    assert r.text == text
    assert all(not name.startswith("on") for name, _ in r.attrs)
    # the hostile strings come back intact as data or attribute values, never as markup
    assert evil in "".join(r.all_data)
    assert any(v is not None and evil in v for _, v in r.attrs)


def test_quotes_and_ampersands_in_attributes() -> None:
    text = 'He said "A & B" twice.'
    data = {"text": text, "quotes": [{"text": "A & B", "start": 8, "end": 15, "kind": "partial",
                                      "speaker": {"name": 'Tom "T" O\'Hara & Sons', "start": 0, "end": 2},
                                      "cue": None, "outlet": None, "confidence": 0.3}]}
    markup = document_html(data)
    r = assert_well_formed(markup)
    assert r.text == text
    titles = [v for k, v in r.attrs if k == "title" and v]
    assert any('Tom "T" O\'Hara & Sons' in t for t in titles)
    assert '&quot;A &amp; B&quot;' in markup


def test_no_javascript_no_network() -> None:
    markup = quoteattr.extract(SEED.read_text(encoding="utf-8"))._repr_html_()
    low = markup.lower()
    assert "<script" not in low and "javascript:" not in low
    assert not re.search(r"\son\w+\s*=", low)
    assert "http://" not in low and "https://" not in low and "url(" not in low and "@import" not in low
    assert "<link" not in low and "<img" not in low and "<iframe" not in low


# --------------------------------------------------------------------------- overlapping spans


def _quote(s: int, e: int, kind: str = "direct", speaker: tuple[int, int] | None = None,
           cue: tuple[int, int] | None = None, outlet: tuple[int, int] | None = None) -> dict[str, Any]:
    return {
        "text": "", "start": s, "end": e, "kind": kind, "confidence": 0.5,
        "speaker": {"name": "X", "start": speaker[0], "end": speaker[1]} if speaker else None,
        "cue": {"text": "c", "start": cue[0], "end": cue[1]} if cue else None,
        "outlet": {"name": "O", "start": outlet[0], "end": outlet[1]} if outlet else None,
    }


@pytest.mark.parametrize("quotes", [
    # speaker inside reported speech; cue crossing the quote's end; outlet = speaker
    [_quote(0, 20, "indirect", speaker=(5, 12), cue=(18, 25), outlet=(5, 12))],
    # two quotes sharing one speaker mention
    [_quote(0, 8, speaker=(10, 14), cue=(15, 19)), _quote(22, 30, speaker=(10, 14), cue=(15, 19))],
    # partial overlaps in both directions
    [_quote(3, 15, speaker=(0, 6), cue=(12, 20)), _quote(10, 25, "partial", speaker=(20, 28))],
    # identical spans of every role
    [_quote(4, 9, speaker=(4, 9), cue=(4, 9), outlet=(4, 9))],
    # nested quotes
    [_quote(0, 30), _quote(5, 10, "partial"), _quote(6, 8, "indirect")],
])
def test_overlapping_spans_stay_well_formed(quotes: list[dict[str, Any]]) -> None:
    text = "abcdefghijklmnopqrstuvwxyz0123456789"
    data = {"text": text, "quotes": quotes}
    r = assert_well_formed(document_html(data))
    assert r.text == text
    assert coverage(r) == expected_coverage(data)


def test_bad_offsets_are_skipped_not_fatal() -> None:
    text = "Short text."
    data = {"text": text, "quotes": [
        _quote(-3, 4), _quote(5, 500), _quote(6, 6), _quote(8, 2),
        {"text": "x", "start": "1", "end": 3, "kind": "direct"},
        {"text": "x", "start": True, "end": 3, "kind": "direct"},
        {"text": "x", "start": 1.0, "end": 3, "kind": "direct"},
        "not a dict",
        {"kind": None},
        _quote(0, 5, speaker=(3, 99), cue=(-1, 2), outlet=(2, 4)),
    ]}
    r = assert_well_formed(document_html(data))
    assert r.text == text
    cov = coverage(r)
    assert cov[0] == {"quote"} and cov[2] == {"quote", "outlet"} and cov[6] == set()


def test_empty_document() -> None:
    markup = quoteattr.extract("")._repr_html_()
    r = assert_well_formed(markup)
    assert r.text == ""
    assert "0 quotations" in markup


def test_document_without_quotes_has_no_table() -> None:
    markup = quoteattr.extract("The weather was fine all week.")._repr_html_()
    assert "<table" not in markup
    assert read(markup).text == "The weather was fine all week."


def test_table_rows_and_confidence() -> None:
    text = "“We will win,” Senator Maria Alvarez said. The Washington Post reported that the vote was close."
    doc = quoteattr.extract(text)
    markup = doc._repr_html_()
    assert markup.count("<tr>") == len(doc.quotes) + 1
    for q in doc.quotes:
        assert f"{q.confidence:.2f}" in markup


def test_terms_are_shown_apart() -> None:
    text = "The film “Northern Lights” opened on Friday."
    data = {"text": text, "quotes": [], "terms": [{"text": "Northern Lights", "start": 9, "end": 26,
                                                    "reason": "title"}]}
    r = assert_well_formed(document_html(data))
    assert r.text == text
    assert coverage(r) == expected_coverage(data)


def test_type_errors() -> None:
    with pytest.raises(TypeError, match="data"):
        document_html("text")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match="text"):
        document_html({"text": 5, "quotes": []})


# --------------------------------------------------------------------------- properties


@st.composite
def documents(draw: st.DrawFn, *, max_len: int = 60, max_quotes: int = 6) -> dict[str, Any]:
    text = draw(st.text(alphabet=st.characters(codec="utf-8"), max_size=max_len))
    n = len(text)
    offs = st.integers(min_value=-2, max_value=n + 2)

    def span() -> Any:
        return st.one_of(st.none(), st.tuples(offs, offs))

    quotes = []
    for _ in range(draw(st.integers(0, max_quotes))):
        s, e = draw(st.tuples(offs, offs))
        quotes.append(_quote(s, e, draw(st.sampled_from(["direct", "partial", "indirect", "odd"])),
                             speaker=draw(span()), cue=draw(span()), outlet=draw(span())))
    return {"text": text, "quotes": quotes}


@settings(deadline=None, max_examples=300)
@given(documents())
def test_any_spans_render_well_formed(data: dict[str, Any]) -> None:
    r = assert_well_formed(document_html(data))
    assert r.text == data["text"]
    assert coverage(r) == expected_coverage(data)


@settings(deadline=None, max_examples=100)
@given(st.text(max_size=200))
def test_any_extracted_text_renders(text: str) -> None:
    doc = quoteattr.extract(text)
    r = assert_well_formed(doc._repr_html_())
    assert r.text == text
