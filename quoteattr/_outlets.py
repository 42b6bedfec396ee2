"""Stage 4b — outlets: news organisations and platforms named in the text.

All outlet names and aliases from ``data/outlets.json`` are matched with one compiled regex.
Short forms ("the Post", "the Times") count only after the article has named the outlet in
full, and then resolve to that outlet's full name.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import lru_cache
from typing import Iterable, NamedTuple

from attrs import frozen

from ._regex import first_of_overlapping, phrase_alternation, trie_pattern, word_start_trie
from ._lexicon import (
    NOT_NAME_WORDS,
    OUTLET_CAPITAL_FOLLOWERS,
    OUTLET_CONTEXT_WORDS,
    OUTLET_LOWER_FOLLOWERS,
    OUTLET_SPOKEN_TO_WORDS,
    OUTLET_NAME_LINK_WORDS,
    OUTLET_NOUN_KINDS,
    OUTLET_STATEMENT_NOUNS,
    OUTLET_TO_VERBS,
    SPEECH_VERB_FORMS,
    TELL_FORMS,
    common_word_outlets,
    outlet_kinds,
    outlets,
)


class OutletMention(NamedTuple):
    start: int
    end: int
    name: str
    """The outlet's full name: the lexicon's, or the article's own fuller form of it ("Bloomberg
    News" where the lexicon has "Bloomberg"; see :func:`_display_name`)."""
    short: bool = False
    fullest: str = ""
    """The fullest form the article itself uses for this outlet ("AP" if it never spells it out)."""
    kind: str = ""
    """newspaper, wire, broadcaster, magazine, website, platform — or "" if the lexicon has none."""


@frozen
class _Tables:
    """Outlet names and aliases, with or without "The"/"the", are found in passes that ``re``
    can skip through quickly, each for the forms starting one way."""
    capitalised: re.Pattern[str]
    """Forms starting with a capital or a digit ("The Hill", "CNN", "60 Minutes")."""
    after_the: re.Pattern[str]
    """Forms after a lower-case "the" ("the Hill"); matches start one after the form (see _after_the)."""
    lower_case: re.Pattern[str] | None
    """Other forms starting with a lower-case letter ("dpa", "teleSUR"): rare words, so the pass
    runs only on texts that contain one of ``lower_case_forms``."""
    lower_case_forms: tuple[str, ...]
    on_letter: re.Pattern[str] | None
    """A one-letter platform after "on" ("on X"); group 1 is the letter."""
    on_letter_forms: tuple[str, ...]
    """ "on X" for each one-letter platform: the pass runs only on texts that contain one
    (``str``'s substring search is several times faster than a pass of ``re``)."""
    reference: re.Pattern[str]
    """All of the above in one pass, as one alternation: the reference when passes overlap."""
    full: dict[str, str]
    """Name or alias (without "The") -> the outlet's full name."""
    short: re.Pattern[str] | None
    """ "the Post": the data file's short forms after "the"; group 1 is the short form."""
    short_names: dict[str, str]
    """Short form (title case) -> the outlet's full name."""
    short_owners: frozenset[str]
    """The outlets that have short forms: the pass for them runs only after one is named."""


#: A word may not start right after these.
_WORD_CHAR = r"[\w-]"
_END = r"(?![\w-])"


def _after_the(alternation: str, capital: bool = True) -> re.Pattern[str]:
    """ "the X" (and "The X" if ``capital``) starting a word, for X in ``alternation`` (group 1).
    The match starts at "he " — a literal ``re`` skips to in C — so a mention starts one
    character before it."""
    the = "[Tt]he " if capital else "the "
    return re.compile(r"he (?<=(?<!" + _WORD_CHAR + r")" + the + ")(" + alternation + ")" + _END)


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    full: dict[str, str] = {}
    short: dict[str, str] = {}
    for name, aliases, shorts in outlets():
        for form in (name, *aliases):
            bare = form[4:] if form.startswith("The ") else form
            full.setdefault(bare, name)
            if " " not in bare and len(bare) > 3:
                # "POLITICO" and "Politifact" are "Politico" and "PolitiFact"
                full.setdefault(bare.upper(), name)
                full.setdefault(bare[0] + bare[1:].lower(), name)
        for s in shorts:
            low = s.lower()
            short[low[4:] if low.startswith("the ") else low] = name
    one_letter = [f for f in full if len(f) == 1]
    many = [f for f in full if len(f) > 1]
    # "The"/"the" spelled into the trie: an optional group before it would be tried at every word
    with_the = set(many) | {"The " + f for f in many} | {"the " + f for f in many}
    capitalised = {f for f in with_the if not f[0].islower()}
    lower_case = tuple(sorted(f for f in many if f[0].islower()))
    reference = r"(?:(?<!" + _WORD_CHAR + r")(?:" + trie_pattern(with_the) + ")" + _END + ")"
    on_letter = None
    if one_letter:  # "X" is a platform only in "on X"
        letters = trie_pattern(one_letter)
        after = r"(?![\w'\u2019-])(?!\.\w)"
        on_letter = re.compile(r"on (?<!\won )(" + letters + ")" + after)
        reference += r"|(?:(?<=\bon )(?:" + letters + ")" + after + ")"
    short_re = None
    if short:
        short_re = _after_the(trie_pattern([s.title() for s in short]))
        short = {k.title(): v for k, v in short.items()}
    return _Tables(
        capitalised=re.compile(word_start_trie(capitalised, _WORD_CHAR) + _END),
        after_the=_after_the(trie_pattern(many), capital=False),
        lower_case=re.compile(word_start_trie(lower_case, _WORD_CHAR) + _END) if lower_case else None,
        lower_case_forms=lower_case,
        on_letter=on_letter,
        on_letter_forms=tuple("on " + f for f in one_letter),
        reference=re.compile(reference),
        full=full,
        short=short_re,
        short_names=short,
        short_owners=frozenset(short.values()),
    )


def _name_spans(text: str, tables: _Tables) -> list[tuple[int, int]]:
    """The spans ``tables.reference`` finds in ``text``, sorted."""
    spans = [m.span() for m in tables.capitalised.finditer(text)]
    others = [(m.start() - 1, m.end()) for m in tables.after_the.finditer(text)]
    if tables.lower_case is not None and any(f in text for f in tables.lower_case_forms):
        others += [m.span() for m in tables.lower_case.finditer(text)]
    if tables.on_letter is not None and any(f in text for f in tables.on_letter_forms):
        others += [m.span(1) for m in tables.on_letter.finditer(text)]
    if not others:
        return spans
    merged = first_of_overlapping(spans + others)
    if merged is None:
        return [m.span() for m in tables.reference.finditer(text)]
    return merged


#: The word (or "according to") just before a match, with an optional "the".
_WORD_BEFORE = re.compile(r"\b(according[ \u00a0]+to|\w+)[ \u00a0]+(?:the[ \u00a0]+)?$", re.IGNORECASE)
_CAP_WORD_BEFORE = re.compile(r"[A-Z][\w.'\u2019-]*(?<!\.)[ \u00a0]$")
_WORD_AFTER = re.compile(r"[ \u00a0]+([\w'\u2019-]+)")


def _plausible(text: str, start: int, end: int, bare: str, name: str) -> bool:
    """Is this match an outlet, not part of a longer name ("Capitol Hill", "Michael Bloomberg")?"""
    has_the = text[start:start + 4].lower() in ("the ", "the\u00a0")
    before_word = _CAP_WORD_BEFORE.search(text, max(0, start - 30), start)
    if not has_the and before_word and before_word.group().strip().lower() not in NOT_NAME_WORDS:
        return False  # "Capitol Hill", "Michael Bloomberg" — but "As POLITICO revealed" is fine
    after = _WORD_AFTER.match(text, end)
    nxt = after.group(1) if after else ""
    if nxt[:1].isupper() and nxt.lower() not in OUTLET_CAPITAL_FOLLOWERS:
        return False  # "Time Warner", "Bloomberg Philanthropies"
    if name in common_word_outlets() and " " not in bare:
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        word = " ".join(before.group(1).lower().split()) if before else ""
        if not (has_the or word in OUTLET_CONTEXT_WORDS or nxt.lower() == "magazine"):
            return False
        if word in OUTLET_SPOKEN_TO_WORDS:
            return True  # "told Slate the plan was ...": whoever is told is the outlet
        if nxt[:1].islower() and nxt.lower() not in SPEECH_VERB_FORMS and nxt.lower() not in OUTLET_LOWER_FOLLOWERS:
            return False  # "the Australian government"
    return True


def find_outlets(text: str) -> list[OutletMention]:
    """Every outlet mention in ``text``, sorted by start."""
    tables = _tables()
    full = tables.full
    out: list[OutletMention] = []
    first_seen: dict[str, int] = {}
    for start, end in _name_spans(text, tables):
        surface = text[start:end]
        bare = surface[4:] if surface[:4] in ("The ", "the ") else surface
        name = full.get(bare)
        if name is None or not _plausible(text, start, end, bare, name):
            continue
        out.append(OutletMention(start, end, name))
        first_seen.setdefault(name, start)
    if first_seen:
        short_re = tables.short if not tables.short_owners.isdisjoint(first_seen) else None
        out = _short_forms(text, out, short_re, tables.short_names, first_seen)
    return _with_fullest(text, out)


def _short_forms(text: str, out: list[OutletMention], short_re: re.Pattern[str] | None,
                 short: dict[str, str], first_seen: dict[str, int]) -> list[OutletMention]:
    """"the Post" after "The Denver Post": the short form is the last word of an outlet the
    article has already named (the most recent one); the data file's short forms are the
    fallback for outlets named only by an alias."""
    starts = [o.start for o in out]
    found: list[OutletMention] = []
    last_words: dict[str, list[OutletMention]] = {}
    for o in out:
        words = o.name.split()
        if len(words) >= 2 and words[-1][:1].isupper():
            last_words.setdefault(words[-1], []).append(o)
    taken: set[int] = set()
    if last_words:
        for start, end, word in _the_last_words(text, min(first_seen.values()), tuple(sorted(last_words))):
            if _inside(out, starts, start):
                continue
            earlier = [o for o in last_words[word] if o.end <= start]
            if earlier and _plausible(text, start, end, word, earlier[-1].name):
                found.append(OutletMention(start, end, earlier[-1].name, short=True))
                taken.add(start)
    if short_re is not None:
        for m in short_re.finditer(text):
            start, end = m.start() - 1, m.end()
            name = short[m.group(1)]
            seen = first_seen.get(name)
            if start not in taken and seen is not None and seen < start \
                    and not _inside(out, starts, start) and _plausible(text, start, end, m.group(1), name):
                found.append(OutletMention(start, end, name, short=True))
    return sorted(out + found, key=lambda o: o.start) if found else out


@lru_cache(maxsize=256)
def _last_word_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    """ "the X" for X in ``words`` (group 1), as :func:`_after_the` builds it."""
    return _after_the("|".join(re.escape(w) for w in words))


def _last_words_apart(words: Iterable[str]) -> bool:
    """Can one pattern for all of ``words`` stand in for the pattern of any subset of them, its
    matches of words outside the subset dropped? Yes when at most one word can match at a place
    and a match never hides a match of another word:

    - no word is another's beginning followed by a character a word may end before ("Post" and
      "Post.com"): two words that matched at one place would be one the other's beginning, and
      the shorter matches only if the character after it is no word character or hyphen;
    - no word holds a blank or ends in "the" (a match is "he " and a word after "the ": another
      match could start inside it only at a blank in the word, or at its last two letters "he"
      with "t" before them)."""
    ws = sorted(set(words))
    for i, w in enumerate(ws):
        if not w or any(c.isspace() for c in w) or w.endswith("the"):
            return False
        for longer in ws[i + 1:]:
            if not longer.startswith(w):
                break  # sorted: the words starting with w come right after it
            if not re.match(_WORD_CHAR, longer[len(w)]):
                return False
    return True


@lru_cache(maxsize=1)
def _last_words_findable() -> frozenset[str]:
    """The last words of the outlet names of two or more words, if :func:`_last_words_apart`
    holds for them (else none): those :func:`_the_last_words` may look for with ``str.find``."""
    words = frozenset(w[-1] for w in (name.split() for name, _, _ in outlets())
                      if len(w) >= 2 and w[-1][:1].isupper())
    return words if _last_words_apart(words) else frozenset()


def _the_last_words(text: str, lo: int, words: tuple[str, ...]) -> list[tuple[int, int, str]]:
    """``(start, end, word)`` of each "the X" or "The X" (X in ``words``, sorted) that
    ``_last_word_pattern(words).finditer(text, lo + 1)`` finds, the mention starting at "the".

    Compiling that pattern for each article's own outlets cost as much as the rest of the stage;
    ``str.find`` looks for each "the X" and "The X" instead, and the pattern's lookarounds are checked where
    it is found: no word character or hyphen before "the" nor after X. With words as
    :func:`_last_words_apart` requires, matches of different words never overlap and no word can
    match where another does, so these are the pattern's matches. Other words take the pattern."""
    if not _last_words_findable().issuperset(words):
        return [(m.start() - 1, m.end(), m.group(1)) for m in _last_word_pattern(words).finditer(text, lo + 1)]
    word_char = _WORD_CHAR_BEFORE.match
    n = len(text)
    found = []
    for word in words:
        for needle in ("the " + word, "The " + word):
            i = text.find(needle, lo)
            while i >= 0:
                end = i + len(needle)
                if (i == 0 or word_char(text, i - 1) is None) and (end == n or word_char(text, end) is None):
                    found.append((i, end, word))
                i = text.find(needle, i + 1)
    found.sort()
    return found


def _with_fullest(text: str, mentions: list[OutletMention]) -> list[OutletMention]:
    """Each mention with the fullest form the article uses for its outlet, its display name and kind."""
    best: dict[str, str] = {}
    for o in mentions:
        surface = text[o.start:o.end]
        if o.short:
            continue
        if surface[:4] == "the ":
            surface = surface[4:]
        if len(surface) > len(best.get(o.name, "")):
            best[o.name] = surface
    kinds = outlet_kinds()
    shown = {name: _display_name(name, fullest) for name, fullest in best.items()}
    return [OutletMention(o.start, o.end, shown.get(o.name, o.name), o.short,
                          best.get(o.name, o.name), kinds.get(o.name, "")) for o in mentions]


def _display_name(name: str, fullest: str) -> str:
    """The lexicon's ``name``, or the article's ``fullest`` form if that spells the name out further
    ("Bloomberg News" for "Bloomberg", "The Daily Telegraph" for "The Telegraph"). Another name
    altogether ("National Public Radio" for "NPR") or a common noun added ("Time magazine") keeps
    the lexicon's name."""
    the = name.startswith("The ")
    bare = name[4:] if the else name
    if fullest[:4] in ("The ", "the "):
        fullest = fullest[4:]  # "The CNN" at the start of a sentence is CNN
    if len(fullest) <= len(bare) or bare not in fullest:
        return name
    i = fullest.index(bare)
    added = (fullest[:i] + " " + fullest[i + len(bare):]).split()
    if any(w[:1].islower() and w not in OUTLET_NAME_LINK_WORDS for w in added):
        return name
    return "The " + fullest if the else fullest


_OUTLET_NOUN = r"[ \u00a0]+(" + phrase_alternation(OUTLET_NOUN_KINDS) + r")(?![\w-])"
#: "the newspaper": a common noun for an outlet (group 1). Searched first, as its literal "the"
#: lets ``re`` skip through a text quickly; what precedes it is checked only where it matches.
_THE_OUTLET_NOUN = re.compile("the" + _OUTLET_NOUN)
#: The same at a given place, where a sentence may start: "The newspaper said".
_AT_THE_OUTLET_NOUN = re.compile("[Tt]he" + _OUTLET_NOUN)


def _noun_kinds(m: re.Match[str]) -> frozenset[str]:
    """The kinds of outlet the noun a match of ``_OUTLET_NOUN`` found may stand for."""
    return OUTLET_NOUN_KINDS[" ".join(m.group(1).split())]
_WORD_CHAR_BEFORE = re.compile(_WORD_CHAR)
#: What names the noun as the outlet the words came through: "told", "in a statement to", "in an
#: interview with", "in an op-ed for".
_TOLD_BEFORE = re.compile(
    r"\b(?:" + phrase_alternation(TELL_FORMS) + "|(?:" + phrase_alternation(OUTLET_TO_VERBS) + r")[ \u00a0]+(?:to|with)"
    r"|(?:" + phrase_alternation(OUTLET_STATEMENT_NOUNS) + r")[ \u00a0]+(?:to|with|for))[ \u00a0]+$",
    re.IGNORECASE)


def told_outlet_nouns(text: str, lo: int, hi: int) -> list[tuple[int, int, frozenset[str]]]:
    """The outlets named by a common noun in ``text[lo:hi]`` as those the words came through
    ("told the newspaper", "in a statement to the paper", "in an interview with the network"):
    spans of "the newspaper" with the kinds of outlet the noun may stand for."""
    out = []
    for m in _THE_OUTLET_NOUN.finditer(text, lo, hi):
        start = m.start()
        if start == 0 or _WORD_CHAR_BEFORE.match(text, start - 1) is not None:
            continue  # "bathe", "soothe"
        if _TOLD_BEFORE.search(text, max(lo, start - 40), start):
            out.append((start, m.end(), _noun_kinds(m)))
    return out


def outlet_noun_kinds_at(text: str, pos: int) -> frozenset[str] | None:
    """The kinds of outlet "the newspaper" (a noun of ``OUTLET_NOUN_KINDS``) at ``pos`` may stand
    for; None for another phrase ("the editorial board")."""
    m = _AT_THE_OUTLET_NOUN.match(text, pos)
    return _noun_kinds(m) if m else None


def _inside(mentions: list[OutletMention], starts: list[int], pos: int) -> bool:
    i = bisect_right(starts, pos) - 1
    return i >= 0 and mentions[i].start <= pos < mentions[i].end


__all__ = ["OutletMention", "find_outlets", "outlet_noun_kinds_at", "told_outlet_nouns"]
