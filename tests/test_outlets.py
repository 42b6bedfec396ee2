"""Stage 4b — outlets (quoteattr._outlets.find_outlets)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr import _outlets


def found(text: str) -> list[tuple[str, str, bool]]:
    return [(text[o.start:o.end], o.name, o.short) for o in _outlets.find_outlets(text)]


def test_full_names_and_aliases() -> None:
    text = "The chief told AFP and the BBC, then Reuters, that The New York Times had it first."
    assert found(text) == [("AFP", "Agence France-Presse", False), ("the BBC", "BBC", False),
                           ("Reuters", "Reuters", False), ("The New York Times", "The New York Times", False)]


def test_short_form_after_full_name_resolves() -> None:
    text = "The Washington Post reported the fire. According to the Post, it began at night."
    assert found(text) == [("The Washington Post", "The Washington Post", False),
                           ("the Post", "The Washington Post", True)]


def test_short_form_before_full_name_does_not_count() -> None:
    text = "The Post said so before The Washington Post was named."
    assert found(text) == [("The Washington Post", "The Washington Post", False)]


def test_short_form_without_full_name_does_not_count() -> None:
    assert found("According to the Post, the fire began at night.") == []


def test_short_form_goes_to_the_outlet_named() -> None:
    text = "The New York Times and The Washington Post both ran it; the Times was first."
    assert found(text)[-1] == ("the Times", "The New York Times", True)


@pytest.mark.parametrize("text", [
    "Capitol Hill staff met Michael Bloomberg on Monday.",
    "Time Warner shares fell.",
    "The Australian government responded.",
    "Mr. X said nothing.",
])
def test_words_that_are_not_outlets_here(text: str) -> None:
    assert found(text) == []


def test_platforms() -> None:
    text = "She posted on X and on Instagram, then on Facebook."
    assert [name for _, name, _ in found(text)] == ["X", "Instagram", "Facebook"]


def test_common_word_outlet_with_context() -> None:
    assert [n for _, n, _ in found("He told The Australian newspaper it was over.")] == ["The Australian"]


def test_outlet_at_start_of_text() -> None:
    assert [n for _, n, _ in found("Reuters reported that the talks had failed.")] == ["Reuters"]


def test_outlet_at_sentence_start_after_capitalised_word() -> None:
    text = "The minister arrived in Paris. Reuters reported that the talks had failed."
    assert [n for _, n, _ in found(text)] == ["Reuters"]


def test_empty() -> None:
    assert _outlets.find_outlets("") == []


@settings(deadline=None, max_examples=200)
@given(st.lists(st.sampled_from(["The Washington Post", "the Post", "the Times", "AFP", "BBC", "on X", " ",
                                 ". ", "Reuters", "told", "According to", "Capitol", "said", "\n", "the"]),
                max_size=30).map("".join))
def test_outlets_valid(text: str) -> None:
    prev = -1
    for o in _outlets.find_outlets(text):
        assert 0 <= o.start < o.end <= len(text)
        assert o.start >= prev
        prev = o.start
        assert o.name


_OUTLET_PIECES = st.sampled_from([
    "The Washington Post", "the Washington Post", "the Post", "Post", "CNN", "The Hill", "the Hill",
    "Time", "time", "on X", "X", "dpa", "teleSUR", "Reuters", "AP", "the AP", "The", "the", "on",
    " ", " ", ",", ".", "\n", "-", "\u201c", "'s", "Capitol", "Michael", "Bloomberg", "News",
])


@settings(max_examples=300)
@given(st.lists(_OUTLET_PIECES, max_size=25).map("".join))
def test_fast_outlet_passes_find_what_the_reference_pattern_finds(text: str) -> None:
    tables = _outlets._tables()
    assert _outlets._name_spans(text, tables) == [m.span() for m in tables.reference.finditer(text)]
