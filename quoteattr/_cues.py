"""Stage 3 — cues: the words that introduce speech, found in a few fast passes over the whole text."""

from __future__ import annotations

import enum
import re
from functools import lru_cache, partial
from typing import NamedTuple

from attrs import frozen

from ._regex import first_of_overlapping, trie_pattern, word_start_trie
from ._lexicon import (
    ADJECTIVE_ENDINGS,
    CUE_PHRASES,
    NAMING_VERBS,
    NOUN_FORMS,
    NOUN_FORM_DETERMINERS,
    NOUN_FORM_MODIFIERS,
    NOUN_FORM_WORD_DETERMINERS,
    PHRASAL_SPEECH_VERBS,
    REPORT_VERBS,
    ROLE_NOUNS,
    SPEECH_VERB_FORMS,
    TITLES,
    WEAK_SPEECH_LEMMAS,
)


class CueKind(enum.IntEnum):
    VERB = 1
    """A verb of saying: said, told, warned."""
    ACCORDING = 2
    """"according to" — the speaker follows."""
    PHRASE = 3
    """"in a statement", "with the caption" — no speaker of its own."""
    COLON = 4
    """A colon that ends an attribution clause: ``He said:``."""


class CueHit(NamedTuple):
    start: int
    end: int
    kind: CueKind
    lemma: str
    weak: bool = False
    naming: bool = False
    report: bool = False


#: ``_new_hit((start, end, ...))`` builds a :class:`CueHit` from all its fields without the
#: Python-level ``__new__`` that named tuples add (an article has dozens of cues).
_new_hit = partial(tuple.__new__, CueHit)

_ALL_VERB_FORMS: dict[str, str] = {**SPEECH_VERB_FORMS, **PHRASAL_SPEECH_VERBS}


def _both_cases(words: object) -> set[str]:
    """Each form as written and with a capital first letter (sentence-initial): matching these
    case-sensitively is three times faster than re.IGNORECASE over the whole text."""
    out = set()
    for w in words:  # type: ignore[attr-defined]
        out.add(w)
        out.add(w[:1].upper() + w[1:])
    return out


@frozen
class _VerbForm:
    """What find_cues needs to know about one surface form ("Said", "said")."""
    lemma: str
    noun: bool
    """Can be a noun ("a post", "his remarks"): checked against the words around it."""
    weak: bool
    naming: bool
    report: bool
    capital: bool
    """Starts with a capital ("Said"): a cue only at the start of a sentence."""
    hit: tuple[CueKind, str, bool, bool, bool]
    """The fields of its :class:`CueHit` after start and end."""


@frozen
class _Patterns:
    """The cue regexes.

    A verb starts a word: the character before it is not a word character, apostrophe or
    hyphen. One pattern with that lookbehind in front (``verbs``) is tried at every position of
    the text; the ``lower_*`` passes find the same verbs faster in ``text.lower()``, with half the
    forms to try: after a space (a literal ``re`` skips to in C), after any other separator (rare),
    and at the very start. Phrases likewise: one pass (``phrases``), or one pass over
    ``text.lower()`` per first word, each starting with that word (``"in "``) as a literal."""
    verbs: re.Pattern[str]
    """The one-pass pattern, forms as written and capitalised (group 1 is the verb)."""
    verb_here: re.Pattern[str]
    """The same, anchored where ``match`` is called."""
    lower_after_space: re.Pattern[str]
    lower_after_other: re.Pattern[str]
    lower_at_start: re.Pattern[str]
    phrases: re.Pattern[str]
    lower_phrases: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...]
    """The passes, each with the phrases to look for in ``text.lower()`` before it (none: always
    run it). ``str``'s substring search is several times faster than a regex pass, so a pass for
    one or two phrases runs only on the texts that hold one of them."""
    forms: dict[str, _VerbForm]
    """Every form as written and capitalised."""
    phrase_kinds: dict[str, CueKind]
    """Phrase, as written and capitalised -> its kind."""


@lru_cache(maxsize=1)
def _patterns() -> _Patterns:
    """The cue regexes, compiled on first use (compiling them is most of the import time)."""
    surfaces = _both_cases(_ALL_VERB_FORMS)
    verbs = trie_pattern(surfaces)
    lower = trie_pattern(_ALL_VERB_FORMS)
    end = r"(?![\w-])"
    forms = {}
    for surface in surfaces:
        low = surface.lower()
        lemma = _ALL_VERB_FORMS.get(low, low)
        weak, naming, report = lemma in WEAK_SPEECH_LEMMAS, low in NAMING_VERBS, low in REPORT_VERBS
        forms[surface] = _VerbForm(lemma, low in NOUN_FORMS, weak, naming, report, surface[0].isupper(),
                                   (CueKind.VERB, lemma, weak, naming, report))
    phrase_kinds = {p: CueKind.ACCORDING if p.lower() == "according to" else CueKind.PHRASE
                    for p in _both_cases(CUE_PHRASES)}
    by_first_word: dict[str, list[str]] = {}
    for phrase in CUE_PHRASES:
        first, rest = phrase.split(" ", 1)
        by_first_word.setdefault(first, []).append(rest)
    lower_phrases = tuple(
        (re.compile(f"{re.escape(first)} (?<![\\w-]{re.escape(first)} )(?:{trie_pattern(rests)}){end}"),
         tuple(f"{first} {rest}" for rest in rests) if len(rests) <= 2 else ())
        for first, rests in sorted(by_first_word.items()))
    return _Patterns(
        verbs=re.compile(r"(?<![\w'\u2019-])(" + verbs + ")" + end),
        verb_here=re.compile("(" + verbs + ")" + end),
        lower_after_space=re.compile(" (" + lower + ")" + end),
        # [^ ...] is a cheap ASCII test that lets through the space's rivals ("\n", "(", "\u201c")
        # and every non-ASCII character; the lookbehind then checks that one character exactly
        lower_after_other=re.compile(r"[^ 0-9a-z_'\u2019-](?<![\w'\u2019-])(" + lower + ")" + end),
        lower_at_start=re.compile("(" + lower + ")" + end),
        phrases=re.compile(word_start_trie(phrase_kinds, r"[\w-]") + end),
        lower_phrases=lower_phrases,
        forms=forms,
        phrase_kinds=phrase_kinds,
    )


def _verbs(text: str, low: str | None, pats: _Patterns) -> list[tuple[int, int, _VerbForm]]:
    """The matches of ``pats.verbs`` in ``text`` (start, end, what the verb is), sorted; ``low``
    is ``text.lower()`` if that keeps every offset."""
    found = _lower_verbs(text, low, pats) if low is not None else None
    if found is None:
        forms = pats.forms
        return [(*m.span(1), forms[m.group(1)]) for m in pats.verbs.finditer(text)]
    return found


def _lower_verbs(text: str, low: str, pats: _Patterns) -> list[tuple[int, int, _VerbForm]] | None:
    """The matches of ``pats.verbs``, from the passes over ``low``; None in the rare texts
    they cannot answer for."""
    spans = [m.span(1) for m in pats.lower_after_space.finditer(low)]
    others = [m.span(1) for m in pats.lower_after_other.finditer(low)]
    first = pats.lower_at_start.match(low)
    if first:
        others.append(first.span(1))
    if others:
        merged = first_of_overlapping(spans + others)
        if merged is None:
            return None
        spans = merged
    forms = pats.forms
    out = []
    for start, end in spans:
        form = forms.get(text[start:end])
        if form is not None:
            out.append((start, end, form))
            continue
        # "SAID", "Fired Back": not a form as written; the longest one as written, if any,
        # is shorter and starts here too
        if not low[start:end].isalpha():
            return None  # a verb could start after the space: only one pass over text knows
        m = pats.verb_here.match(text, start)
        if m:
            out.append((*m.span(), forms[m.group()]))
    return out


def _phrase_spans(text: str, low: str | None, pats: _Patterns) -> list[tuple[int, int]]:
    """The spans ``pats.phrases`` finds in ``text``, sorted."""
    if low is not None:
        spans = first_of_overlapping([m.span() for p, needles in pats.lower_phrases
                                      if not needles or any(phrase in low for phrase in needles)
                                      for m in p.finditer(low)])
        if spans is not None and all(text[start:end] in pats.phrase_kinds for start, end in spans):
            return spans
    # "IN A STATEMENT": one pass over text
    return [m.span() for m in pats.phrases.finditer(text)]


def find_cues(text: str) -> list[CueHit]:
    """Every verb of saying and cue phrase in ``text``, sorted by start."""
    pats = _patterns()
    lowered = text.lower()
    # None if an offset drifts ("İ" lower-cases to two characters)
    low = lowered if len(lowered) == len(text) else None
    phrase_kinds = pats.phrase_kinds
    phrases = []
    for start, end in _phrase_spans(text, low, pats):
        surface = text[start:end]
        phrases.append(CueHit(start, end, phrase_kinds[surface], surface.lower()))
    out: list[CueHit] = list(phrases)
    k = 0
    n_phrases = len(phrases)
    new_hit = _new_hit
    for start, end, form in _verbs(text, low, pats):
        while k < n_phrases and phrases[k].end <= start:
            k += 1
        if k < n_phrases and phrases[k].start <= start:
            continue  # "written" in "in a written statement" belongs to the phrase
        if form.capital and not _starts_sentence(text, start):
            continue  # "Post", "Call", "Warns" in names and headlines
        if form.noun and _used_as_noun(text, start, end):
            continue  # "the state attorney", "a post", "his remarks", "a phone call", "state Sen."
        out.append(new_hit((start, end, *form.hit)))
    if phrases:
        out.sort(key=lambda c: c.start)
    return out


#: "the", "a recent", "his written" (any case) just before a position (searched up to it).
_DETERMINER_BEFORE = re.compile(
    r"\b(?:" + trie_pattern(NOUN_FORM_DETERMINERS) + r")[ \u00a0]+"
    r"(?:(?:" + trie_pattern(NOUN_FORM_MODIFIERS) + r")[ \u00a0]+)?$",
    re.IGNORECASE)


_DET_WORD_BEFORE = re.compile(
    r"\b(?:" + trie_pattern(NOUN_FORM_WORD_DETERMINERS) + r")[ \u00a0]+([\w-]+)[ \u00a0]+$",
    re.IGNORECASE)


_THE_WORD_BEFORE = re.compile(r"\bthe[ \u00a0]+([\w-]+)[ \u00a0]+$", re.IGNORECASE)
_CAPITAL_AFTER = re.compile(r"[ \u00a0]+[A-Z]")


#: The last word before a noun form that :data:`_DETERMINER_BEFORE` can match, and the word
#: before that :data:`_DET_WORD_BEFORE` can, each ends in one of these.
_DETERMINER_ENDINGS = tuple(NOUN_FORM_DETERMINERS) + tuple(NOUN_FORM_MODIFIERS)
_WORD_DETERMINER_ENDINGS = tuple(NOUN_FORM_WORD_DETERMINERS)


def _used_as_noun(text: str, start: int, end: int) -> bool:
    """Is the noun form ``text[start:end]`` used as a noun: "the state attorney", "a post",
    "his remarks", "a phone call", "state Sen."?

    The patterns for the words before it are searched back from it, one position after another;
    most often the word before it (or the one before that) ends in none of their words, which
    ``str.endswith`` tells at once. That test is left to the patterns for words that are not
    plain ASCII (``re.IGNORECASE`` matches "s" to "ſ") and before a newline (``$`` matches there)."""
    lo = max(0, start - 40)
    determiner = word_determiner = the = True  # might match
    if text[start - 1:start] in (" ", "\u00a0"):
        words = text[lo:start].rsplit(None, 2)
        last = words[-1] if words else ""
        before = words[-2] if len(words) > 1 else ""
        if last.isascii():
            determiner = last.lower().endswith(_DETERMINER_ENDINGS)
        if before.isascii():
            before = before.lower()
            word_determiner = before.endswith(_WORD_DETERMINER_ENDINGS)
            the = before.endswith("the")
    return bool(determiner and _DETERMINER_BEFORE.search(text, lo, start)
                or (word_determiner or the) and _noun_after_modifier(text, start, word_determiner, the)
                or _CAPITAL_AFTER.match(text, end))


def _noun_after_modifier(text: str, start: int, word_determiner: bool = True, the: bool = True) -> bool:
    """ "a phone call", "a snappy retort": determiner + modifier + noun form is a noun, unless the
    middle word is itself a noun that can be a subject ("the campaign claims"). ``word_determiner``
    and ``the``: False when :data:`_DET_WORD_BEFORE` or :data:`_THE_WORD_BEFORE` cannot match."""
    m = _DET_WORD_BEFORE.search(text, max(0, start - 40), start) if word_determiner else None
    if m is None:
        # "the caustic chant": after "the", only an adjective makes the middle word a modifier
        # ("the campaign claims" is a subject and its verb)
        m = _THE_WORD_BEFORE.search(text, max(0, start - 40), start) if the else None
        if m is None or not m.group(1).lower().endswith(ADJECTIVE_ENDINGS):
            return False
    word = m.group(1)
    return not (word[:1].isupper() or word.lower() in ROLE_NOUNS or word.lower() in TITLES)


def _starts_sentence(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0\"'\u201c\u2018(":
        i -= 1
    return i < 0 or text[i] in ".!?:\n\u201d"


__all__ = ["CueHit", "CueKind", "find_cues"]
