"""Stage 3 — cues (quoteattr._cues.find_cues): verbs of saying and cue phrases."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr import _cues
from quoteattr._cues import CueKind


def cues(text: str) -> list[tuple[str, CueKind, str]]:
    return [(text[c.start:c.end], c.kind, c.lemma) for c in _cues.find_cues(text)]


def words(text: str) -> list[str]:
    return [text[c.start:c.end] for c in _cues.find_cues(text)]


@pytest.mark.parametrize("verb, lemma", [
    ("said", "say"), ("says", "say"), ("saying", "say"), ("told", "tell"), ("warned", "warn"),
    ("added", "add"), ("wrote", "write"), ("stated", "state"), ("noted", "note"), ("suggested", "suggest"),
])
def test_speech_verbs_and_lemmas(verb: str, lemma: str) -> None:
    text = f"The minister {verb} the plan was sound."
    (c,) = [c for c in _cues.find_cues(text) if text[c.start:c.end] == verb]
    assert c.kind is CueKind.VERB and c.lemma == lemma


def test_according_to_is_its_own_kind() -> None:
    text = "According to the ministry, the bridge is safe; it is open, according to officials."
    assert [(w, k) for w, k, _ in cues(text)] == [("According to", CueKind.ACCORDING),
                                                  ("according to", CueKind.ACCORDING)]


def test_phrase_swallows_its_verb() -> None:
    text = "In a written statement, the company apologised."
    found = cues(text)
    assert [w for w, _, _ in found] == ["In a written statement"]
    assert found[0][1] is CueKind.PHRASE


def test_caption_phrase() -> None:
    text = "Maya Quinn posted a photo with the caption “Home at last.”"
    assert "with the caption" in [w.lower() for w in words(text)]


def test_offsets_point_into_text_and_sorted() -> None:
    text = "Peskov said it. Officials told reporters. According to the Post, the mayor warned voters."
    hits = _cues.find_cues(text)
    assert [text[c.start:c.end] for c in hits] == ["said", "told", "According to", "warned"]
    assert [c.start for c in hits] == sorted(c.start for c in hits)


@pytest.mark.parametrize("text", [
    "The state attorney filed the motion on Monday.",   # noun after a determiner
    "His remarks drew applause from the crowd.",
    "She wrote a post about the trip.",
])
def test_nouns_after_determiners_are_not_cues(text: str) -> None:
    assert not any(w.lower() in ("state", "remarks", "post") for w in words(text))


def test_capitalised_word_mid_sentence_is_a_name_not_a_cue() -> None:
    text = "He reads the Washington Post every day and watches Fox News Says."
    assert not any(w in ("Post", "Says") for w in words(text))


def test_capitalised_cue_at_sentence_start_counts() -> None:
    text = "It rained. Said the mayor: “We are ready.”"
    assert "Said" in words(text)


def test_whole_words_only() -> None:
    text = "The unsaid rule and the self-told story were retold by sayers."
    assert words(text) == []


def test_weak_cues_are_flagged() -> None:
    hits = {text: c for c in _cues.find_cues("Officials believe the plan works.")
            for text in ["believe"]}
    if hits:  # "believe" is in the lexicon as a weak cue of attribution
        assert hits["believe"].weak


def test_report_verbs_are_flagged() -> None:
    text = "The newspaper reported the story and the agency wrote about it."
    flags = {"".join(text[c.start:c.end]): c.report for c in _cues.find_cues(text)}
    assert flags.get("reported") is True and flags.get("wrote") is True


def test_empty() -> None:
    assert _cues.find_cues("") == []


@settings(deadline=None, max_examples=200)
@given(st.lists(st.sampled_from(["said", "Said", "told", "according to", "the", "state", " ", ". ",
                                 "In a statement", "x", "-", "'", "\u2019", "\n"]), max_size=40).map("".join))
def test_cues_valid(text: str) -> None:
    prev = -1
    for c in _cues.find_cues(text):
        assert 0 <= c.start < c.end <= len(text)
        assert c.start >= prev
        prev = c.start
        assert text[c.start:c.end].strip() == text[c.start:c.end]


@pytest.mark.parametrize("text, word", [
    ("The crowd loudly reprised the caustic chant “Lock her up!” all night.", "chant"),
    ("She ended the debate with a cheerful quip about the weather.", "quip"),
])
def test_a_speech_noun_after_an_article_and_adjective_is_no_cue(text: str, word: str) -> None:
    assert word not in [text[c.start:c.end] for c in _cues.find_cues(text)]


def test_the_campaign_claims_is_still_a_subject_and_its_verb() -> None:
    text = "The campaign claims the poll was rigged."
    assert "claims" in [text[c.start:c.end] for c in _cues.find_cues(text)]


# The fast passes (over text.lower(), merged) must find exactly what the one reference pattern finds.
_CUE_PIECES = st.sampled_from([
    "said", "Said", "SAID", "says", "told", "added", "in a statement", "In A Statement", "fired back",
    "Fired Back", "weighed in", "according to", "wrote", "the", "a", "post", "Post", "state", "call",
    " ", " ", "  ", ",", ".", "\n", "-", "'", "\u2019", "\u201c", "\u201d", "(", "İ", "Trump", "x", "3",
])


@settings(max_examples=300)
@given(st.lists(_CUE_PIECES, max_size=30).map("".join))
def test_fast_cue_passes_find_what_the_reference_pattern_finds(text: str) -> None:
    pats = _cues._patterns()
    low = text.lower()
    if len(low) != len(text):
        return  # the fast passes are not used when lower-casing moves offsets
    assert _cues._verbs(text, low, pats) == [(*m.span(1), pats.forms[m.group(1)]) for m in pats.verbs.finditer(text)]
    assert _cues._phrase_spans(text, low, pats) == [m.span() for m in pats.phrases.finditer(text)]
