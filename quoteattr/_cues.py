"""Stage 3 — cues: the words that introduce speech, found in one pass over the whole text."""

from __future__ import annotations

import enum
import re
from functools import lru_cache

from attrs import frozen

from ._regex import trie_pattern
from ._lexicon import NOUN_FORMS, PHRASAL_SPEECH_VERBS, ROLE_NOUNS, TITLES, CUE_PHRASES, NAMING_VERBS, REPORT_VERBS, SPEECH_VERB_FORMS, WEAK_SPEECH_LEMMAS


class CueKind(enum.IntEnum):
    VERB = 1
    """A verb of saying: said, told, warned."""
    ACCORDING = 2
    """"according to" — the speaker follows."""
    PHRASE = 3
    """"in a statement", "with the caption" — no speaker of its own."""
    COLON = 4
    """A colon that ends an attribution clause: ``He said:``."""


@frozen
class CueHit:
    start: int
    end: int
    kind: CueKind
    lemma: str
    weak: bool = False
    naming: bool = False
    report: bool = False


_ALL_VERB_FORMS: dict[str, str] = {**SPEECH_VERB_FORMS, **PHRASAL_SPEECH_VERBS}


def _both_cases(words: object) -> set[str]:
    """Each form as written and with a capital first letter (sentence-initial): matching these
    case-sensitively is three times faster than re.IGNORECASE over the whole text."""
    out = set()
    for w in words:  # type: ignore[attr-defined]
        out.add(w)
        out.add(w[:1].upper() + w[1:])
    return out


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The cue regexes, compiled on first use (compiling them is most of the import time)."""
    verbs = re.compile(r"(?<![\w'\u2019-])(?:" + trie_pattern(_both_cases(_ALL_VERB_FORMS)) + r")(?![\w-])")
    phrases = re.compile(r"(?<![\w-])(?:" + trie_pattern(_both_cases(CUE_PHRASES)) + r")(?![\w-])")
    return verbs, phrases


def find_cues(text: str) -> list[CueHit]:
    """Every verb of saying and cue phrase in ``text``, sorted by start."""
    verb_re, phrase_re = _patterns()
    phrases = [
        CueHit(m.start(), m.end(), CueKind.ACCORDING if m.group().lower() == "according to" else CueKind.PHRASE,
               m.group().lower())
        for m in phrase_re.finditer(text)
    ]
    out: list[CueHit] = list(phrases)
    k = 0
    for m in verb_re.finditer(text):
        start = m.start()
        while k < len(phrases) and phrases[k].end <= start:
            k += 1
        if k < len(phrases) and phrases[k].start <= start:
            continue  # "written" in "in a written statement" belongs to the phrase
        word = m.group()
        if word[0].isupper() and not _starts_sentence(text, start):
            continue  # "Post", "Call", "Warns" in names and headlines
        low = word.lower()
        if low in NOUN_FORMS and (_DETERMINER_BEFORE.search(text, max(0, start - 40), start)
                                  or _noun_after_modifier(text, start)
                                  or _CAPITAL_AFTER.match(text, m.end())):
            continue  # "the state attorney", "a post", "his remarks", "a phone call", "state Sen."
        lemma = _ALL_VERB_FORMS.get(low, low)
        out.append(CueHit(start, m.end(), CueKind.VERB, lemma,
                          weak=lemma in WEAK_SPEECH_LEMMAS, naming=low in NAMING_VERBS,
                          report=low in REPORT_VERBS))
    out.sort(key=lambda c: c.start)
    return out


_DETERMINER_BEFORE = re.compile(
    r"\b(?:the|a|an|this|that|these|those|his|her|its|their|our|my|your|every|each|no|any|some|"
    r"of|in|on|for|with|by|from|whose|one|two|three|several|many|first|last|new|recent|latest)[ \u00a0]+"
    r"(?:(?:rare|brief|short|long|formal|official|written|public|private|joint|separate|lengthy|"
    r"prepared|final|personal|angry|sharp|stern|strong|terse|early|late|new|recent|similar|"
    r"different|single|second|third|further|follow-up|online|televised|radio|tv)[ \u00a0]+)?$",
    re.IGNORECASE)


_DET_WORD_BEFORE = re.compile(r"\b(?:a|an|his|her|its|their|our|my|your|this|that|every|each|one)[ \u00a0]+([\w-]+)[ \u00a0]+$",
                              re.IGNORECASE)


_CAPITAL_AFTER = re.compile(r"[ \u00a0]+[A-Z]")


def _noun_after_modifier(text: str, start: int) -> bool:
    """ "a phone call", "a snappy retort": determiner + modifier + noun form is a noun, unless the
    middle word is itself a noun that can be a subject ("the campaign claims")."""
    m = _DET_WORD_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return False
    word = m.group(1)
    return not (word[:1].isupper() or word.lower() in ROLE_NOUNS or word.lower() in TITLES)


def _starts_sentence(text: str, pos: int) -> bool:
    i = pos - 1
    while i >= 0 and text[i] in " \t\u00a0\"'\u201c\u2018(":
        i -= 1
    return i < 0 or text[i] in ".!?:\n\u201d"


__all__ = ["CueHit", "CueKind", "find_cues"]
