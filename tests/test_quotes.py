"""Stage 2 — quotation marks (quoteattr._quotes.find_quotes)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr import _quotes, _segment


def spans(text: str, **kw: bool) -> list[str]:
    return [text[q.start:q.end] for q in find(text, **kw)]


def find(text: str, **kw: bool) -> list[_quotes.RawQuote]:
    return _quotes.find_quotes(text, _segment.paragraphs(text), **kw)


@pytest.mark.parametrize("text, expected", [
    ('He said "yes" and then "no" twice.', ['"yes"', '"no"']),
    ("He said “yes” and then “no” twice.", ["“yes”", "“no”"]),
    ("Claire Dubois said: «We will not give in.»", ["«We will not give in.»"]),
    ("Petra Lang said, „We will manage this.“", ["„We will manage this.“"]),
    ("'We will appeal,' Simon Reed said.", ["'We will appeal,'"]),
    ("‘We will appeal,’ said Simon Reed.", ["‘We will appeal,’"]),
])
def test_mark_families(text: str, expected: list[str]) -> None:
    assert spans(text) == expected


def test_offsets_and_inner_span() -> None:
    text = "The mayor said “fares will not rise” on Monday."
    (q,) = find(text)
    assert text[q.start] == "“" and text[q.end - 1] == "”"
    assert text[q.inner_start:q.inner_end] == "fares will not rise"
    assert q.closed and not q.single and q.paragraphs == 1


@pytest.mark.parametrize("text", [
    "Rock ’n’ roll fans have waited since the ’90s; they don’t mind.",
    "It's the Smiths' best album, and we've heard it since '86.",
    "The players' union met in the owners' office, Trump's old room.",
    "Fans have waited since ’08, and ’til then the stadium stays half empty.",
])
def test_apostrophes_are_not_marks(text: str) -> None:
    assert find(text) == []


def test_apostrophes_inside_single_quote_keep_it_whole() -> None:
    text = "‘We’re not finished, and Ellis’s team knows it,’ said Joe Park."
    assert spans(text) == ["‘We’re not finished, and Ellis’s team knows it,’"]


def test_inch_sign_does_not_shift_pairing() -> None:
    text = 'A 6" pipe burst, and the plumber called it "a total loss" on Friday.'
    assert spans(text) == ['"a total loss"']


def test_stray_closing_mark_is_ignored() -> None:
    text = "Holloway said we will fight.” Then she said “we will win” again."
    assert spans(text) == ["“we will win”"]


def test_unclosed_quote_ends_at_paragraph_end() -> None:
    text = "Holloway said: “We will fight this in every court.\nThe vote is on Friday."
    (q,) = find(text)
    assert not q.closed
    assert text[q.start:q.end] == "“We will fight this in every court."
    assert q.end == text.index("\n")


def test_unclosed_straight_quote_ends_before_next_opening() -> None:
    text = 'She said "we will fight. Then he said "we will win" loudly.'
    qs = find(text)
    assert [q.closed for q in qs] == [False, True]
    assert text[qs[1].start:qs[1].end] == '"we will win"'
    assert qs[0].end <= qs[1].start


def test_quote_over_several_paragraphs() -> None:
    text = "Osei said:\n“We have cut where we could.\n“Bus fares will not rise.\n“Pensions are safe.”\nThe end."
    (q,) = find(text)
    assert q.closed and q.paragraphs == 3
    assert text[q.start:q.end].endswith("Pensions are safe.”")
    assert text[q.inner_start:q.inner_end].startswith("We have cut")


def test_no_reopening_mark_means_two_quotes() -> None:
    text = "Osei said: “We have cut where we could.\nThe council disagreed.\n“Not enough,” said Reyes."
    qs = find(text)
    assert [(q.closed, q.paragraphs) for q in qs] == [(False, 1), (True, 1)]


def test_nested_marks_stay_inside() -> None:
    text = "“He told me, ‘Don’t sign it,’ so I didn’t,” the witness said."
    (q,) = find(text)
    assert text[q.start:q.end] == "“He told me, ‘Don’t sign it,’ so I didn’t,”"


def test_nested_curly_doubles() -> None:
    text = "“She kept asking, “Where is the money?” and nobody answered,” said Carla Munoz."
    (q,) = find(text)
    assert text[q.inner_start:q.inner_end] == "She kept asking, “Where is the money?” and nobody answered,"


def test_double_nested_in_single_is_not_top_level() -> None:
    text = "'The minister called it \"a disgrace\",' said Owen Price."
    qs = find(text)
    assert [text[q.start:q.end] for q in qs] == ["'The minister called it \"a disgrace\",'"]


def test_markup_attribute_values_are_not_quotes() -> None:
    assert find('<a href="x" id="123">link</a>') == []


def test_double_apostrophes_option() -> None:
    text = "He said ''we will win'' twice."
    assert spans(text) == []
    assert spans(text, double_apostrophes=True) == ["''we will win''"]


def test_single_quotes_never_cross_paragraphs() -> None:
    text = "He said 'we will\nwin' twice."
    assert find(text) == []


def test_single_quote_length_limit() -> None:
    text = "'" + "word " * 200 + "end' said Reyes."
    assert find(text) == []


def test_empty_and_markless() -> None:
    assert find("") == []
    assert find("No marks at all here.") == []


# --------------------------------------------------------------------------- properties


MARKY = st.lists(st.sampled_from(list("ab ,.\n\"'“”‘’«»„") + ["don’t", " '90s ", "Trump’s"]),
                 max_size=80).map("".join)


@settings(deadline=None, max_examples=300)
@given(MARKY)
def test_quotes_valid_and_sorted(text: str) -> None:
    qs = find(text)
    assert [q.start for q in qs] == sorted(q.start for q in qs)
    for q in qs:
        assert 0 <= q.start <= q.inner_start <= q.inner_end <= q.end <= len(text)
        marks = set("\"'“”‘’«»„‟‛‹›")
        assert q.start < q.inner_start and set(text[q.start:q.inner_start]) <= marks
        if q.closed:  # one closing mark, or a doubled one ( ."” )
            assert q.end > q.inner_end and set(text[q.inner_end:q.end]) <= marks
        else:
            assert q.end == q.inner_end
        assert q.paragraphs >= 1


DOUBLES = st.lists(st.sampled_from(list("ab ,.\n\"“”«»„") + ["don’t", " '90s ", "Trump’s"]),
                   max_size=80).map("".join)


@settings(deadline=None, max_examples=300)
@given(DOUBLES)
def test_double_quotes_do_not_overlap(text: str) -> None:
    """Top-level quotations never overlap (single marks nesting doubles: see the xfail above)."""
    prev_end = 0
    for q in find(text):
        assert q.start >= prev_end
        prev_end = q.end


@settings(deadline=None, max_examples=200)
@given(st.text(alphabet=st.sampled_from(list("ab ,.'\u2019")), max_size=80))
def test_closed_single_quotes_open_and_close_with_marks(text: str) -> None:
    for q in find(text):
        if q.single:
            assert text[q.start] in "'\u2018\u201b\u2039" and text[q.end - 1] in "'\u2019\u203a"


def test_single_marks_inside_double_apostrophes_are_nested() -> None:
    # text converted from ``...'' markup: the '' pairs are no quotation marks by default, but a
    # 'single' quotation inside one is nested in it, not a quotation of its own
    text = "''He told me, 'Eight years, no progress,' and left,'' the aide recalled."
    quotes = _quotes.find_quotes(text, _segment.paragraphs(text))
    assert not any(text[q.start:q.end].startswith("'Eight") for q in quotes)
    plain = "He called it 'a disgrace,' the aide said."
    assert [plain[q.start:q.end] for q in _quotes.find_quotes(plain, _segment.paragraphs(plain))] == ["'a disgrace,'"]
