"""The shortcuts taken for speed give the answers of the plain tests they stand in for.

Several rules look for cheap evidence first (a plain substring, the next word) and run their
pattern only when it is there. These properties check, over text built from the very words those
patterns look for, that the shortcut never changes an answer.
"""

from __future__ import annotations

from hypothesis import example, given, settings
from hypothesis import strategies as st

from quoteattr import _attribution, _outlets, _speakers
from quoteattr._cues import CueHit, CueKind

# Words the patterns care about, near misses, blanks and punctuation.
_WORDS = ["was", "were", "is", "are", "has been", "had been", "This", "his", "care", "Was",
          "first", "quickly", "by", "a", "an", "the", "The", "her", "their", "its", "that", "Trump-style",
          "long-time", "snappy", "according to", "According to", "reports", "reported", "reporters",
          "report", "Ellis", "said", ",", ".", "“", "”", "\n", "(", "-", "that's"]
_PIECES = st.lists(st.sampled_from(_WORDS), max_size=14)
_SEPARATORS = st.sampled_from([" ", " ", " ", "  ", "\u00a0", ""])


@st.composite
def texts_with_a_cue(draw: st.DrawFn) -> tuple[str, int, int]:
    """Words, then a verb of saying at a known place, then more words."""
    sep = draw(_SEPARATORS)
    before = sep.join(draw(_PIECES))
    after = sep.join(draw(_PIECES))
    cue = draw(st.sampled_from(["said", "retort", "asked", "tweeting"]))
    gap = draw(st.sampled_from([" ", "", "\u00a0", "  "]))
    text = before + gap + cue + " " + after
    start = len(before) + len(gap)
    return text, start, start + len(cue)


@given(texts_with_a_cue())
@example(("He gave a Trump-style retort.", 22, 28))
@example(("She offered (the retort) later.", 17, 23))
@settings(max_examples=400, deadline=None)
def test_the_noun_use_shortcut_answers_as_the_pattern(case: tuple[str, int, int]) -> None:
    text, start, end = case
    cue = CueHit(start, end, CueKind.VERB, "say")
    plain = _attribution._NOUN_USE.search(text, max(0, start - 40), start) is not None
    assert _attribution._after_determiner(text, cue) is plain


@given(texts_with_a_cue())
@example(("Voters are asked daily.", 11, 16))
@example(("Ruiz had been quickly told.", 22, 26))
@settings(max_examples=400, deadline=None)
def test_the_passive_shortcut_answers_as_the_pattern(case: tuple[str, int, int]) -> None:
    text, start, _ = case
    lo = max(0, start - 30)
    found = _attribution._passive_before(text, lo, start)
    plain = _attribution._PASSIVE_BEFORE.search(text, lo, start)
    assert (found and found.span()) == (plain and plain.span())


def test_the_shortcuts_still_find_what_they_look_for() -> None:
    text = "The letter was first reported by the Ledger."
    cue = text.index("reported")
    assert _attribution._passive_before(text, 0, cue) is not None
    retort = "He offered a Trump-style retort, tweeting that it was fake."
    assert _attribution._after_determiner(retort, CueHit(retort.index("retort"), retort.index("retort") + 6,
                                                     CueKind.VERB, "retort"))
    said = "Ellis said the plan would fail."
    assert not _attribution._after_determiner(said, CueHit(6, 10, CueKind.VERB, "say"))


@given(texts_with_a_cue())
@settings(max_examples=300, deadline=None)
def test_the_first_token_is_the_first_of_all_tokens(case: tuple[str, int, int]) -> None:
    text, _, end = case
    m = _speakers.FIRST_TOKEN.match(text, end, len(text))
    toks = _speakers.tokens(text, end, len(text))
    assert (m.group(1) if m else None) == (toks[0][2] if toks else None)


# Words around an outlet's verb: publication nouns, auxiliaries, adverbs, verb forms, and others.
_REPORT_WORDS = ["exit", "poll", "polls", "analysis", "report", "reported", "reports", "reporting", "has",
                 "had", "also", "first", "will", "didn't", "quickly", "recently", "learned", "found", "aired",
                 "broke", "confirmed", "carries", "Reported", "Has", "said", "which", "the", "CNN", "’s", "'s",
                 ",", ".", "“", "on", "Sunday", "poll-based", "rally", "only"]


@given(st.lists(st.sampled_from(_REPORT_WORDS), max_size=8), _SEPARATORS)
@example(["has", "learned"], " ")
@example(["exit", "poll", "found"], " ")
@example(["quickly", "reported"], " ")
@settings(max_examples=500, deadline=None)
def test_the_outlet_report_shortcut_answers_as_the_verb_search(words: list[str], sep: str) -> None:
    text = "CNN " + sep.join(words)
    toks = _speakers.tokens(text, 4, len(text))
    found = _attribution._report_verb(toks) >= 0
    first = _speakers.FIRST_TOKEN.match(text, 4, len(text))
    # the shortcut skips the outlet when the first word cannot start a report: then none is found
    assert not found or (first is not None and _attribution._may_open_report(first.group(1)))


_PLAIN_TOKENS = __import__("re").compile(r"\s*(" + _speakers._TOKEN_PLAIN + ")")
# Characters the token pattern treats apart: initials, apostrophes, joiners, blanks, marks, letters.
_TOKEN_CHARS = st.lists(st.sampled_from(list("AbSsU.'\u2019-&,\u201c\u201d 9_é\u00a0\n\t") + ["U.S.", "'s ", "\u2019s", "e.g."]),
                        max_size=30).map("".join)


@given(_TOKEN_CHARS, st.integers(0, 5), st.integers(0, 5))
@example("U.S. and D.C.'s mayor's A.B", 0, 0)
@example("al-Masri & co. d\u2019Estaing's  \u2019s", 0, 0)
@settings(max_examples=1000, deadline=None)
def test_the_fast_token_pattern_finds_the_plain_tokens(text: str, cut_lo: int, cut_hi: int) -> None:
    lo, hi = min(cut_lo, len(text)), max(min(cut_lo, len(text)), len(text) - cut_hi)
    plain = [(m.start(1), m.end(1), m.group(1)) for m in _PLAIN_TOKENS.finditer(text, lo, hi)]
    assert _speakers.tokens(text, lo, hi) == plain


# Words around "the Post": last words of outlet names (some the beginning of others), blanks and joiners.
_OUTLET_PIECES = ["the", "The", "the ", "The ", "Post", "Post-Dispatch", "Post-Gazette", "Times", "Sun-Times",
                  "Live!", "Dimanche", "Star", "Stars", "New", "othe", "x", "-", ".", "’s", "'", " ", "\u00a0", "\n"]


@given(st.lists(st.sampled_from(_OUTLET_PIECES), max_size=16).map("".join),
       st.sets(st.sampled_from(["Post", "Post-Dispatch", "Times", "Sun-Times", "Live!", "Dimanche", "Star"]),
               min_size=1),
       st.integers(0, 6))
@example("the Post-Dispatch and The Post.", {"Post"}, 0)
@example("xthe Post the Post-x The Times", {"Post", "Times"}, 0)
@settings(max_examples=1000, deadline=None)
def test_the_last_word_search_finds_what_the_pattern_finds(text: str, words: set[str], lo: int) -> None:
    lo = min(lo, len(text))
    ordered = tuple(sorted(words))
    plain = [(m.start() - 1, m.end(), m.group(1))
             for m in _outlets._last_word_pattern(ordered).finditer(text, lo + 1)]
    assert _outlets._the_last_words(text, lo, ordered) == plain


def test_the_outlet_last_words_can_be_searched_one_by_one() -> None:
    assert "Post" in _outlets._last_words_findable()
    assert not _outlets._last_words_apart(["Post", "Post.com"])  # "the Post.com" holds both
    assert not _outlets._last_words_apart(["Blithe"])  # "the Blithe" could hide a match at its "he"
