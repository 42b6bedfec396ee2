"""Stage 4a — mentions: names of people and bodies, found in one pass, and who they refer to.

Every capitalised name sequence is found with one regex over the whole text. Leading titles
("Kremlin spokesperson", "Russian President", "Sen.") are split off; the rest is a name.
Full names (two words or more) become entities; a later surname ("Peskov", "Mr. Peskov") or a
given name ("Hillary") refers back to the entity that carries it. Suffixes keep people apart:
"Donald Trump Jr." is never "Donald Trump".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache, partial
from typing import Callable, Iterable, NamedTuple

import attrs
from attrs import define

from ._lexicon import (
    GENDERED_TITLES,
    NAME_PARTICLES,
    NAME_SUFFIXES,
    NOT_NAME_WORDS,
    ORGANIZATION_WORDS,
    PARTY_LABELS,
    PLACES,
    PLACE_PREFIXES,
    TITLES,
    WORD_SURNAMES,
    first_names,
)
from ._model import EntityKind
from ._segment import platform_letter

_UPPER = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f\u0391-\u03a9\u0400-\u042f"
#: One word of a name: "Peskov", "O'Rourke", "Mar-a-Lago", "J.", "U.S.", "McConnell".
_PLAIN_TOKEN_REST = (  # after its capital letter
    rf"\.(?:[{_UPPER}]\.)+"  # U.S.  D.C.
    rf"|[\w\-]*(?:['\u2019][{_UPPER}a-z]{{2,}}[\w\-]*)?(?<![-])\.?"
)
_PLAIN_TOKEN = rf"[{_UPPER}](?:{_PLAIN_TOKEN_REST})"
_TOKEN = rf"(?:(?:al|el|bin|ibn|abu|ben)-[{_UPPER}][\w\-]*|{_PLAIN_TOKEN})"  # al-Masri
_PARTICLE = r"(?:de|da|del|della|di|du|van|von|der|den|ter|bin|ibn|al|el|la|le|dos|das|of|y)"
_PARTICLES = NAME_PARTICLES
_SUFFIX = r"(?:Jr|Sr|III|II|IV)\b\.?"
#: The words after the first of a run: spaces, then a word, or lower-case particles and a word,
#: or a suffix (also after a comma). A word and a particle never start alike (a particle is
#: followed by a space, an "al-" word by its hyphen, any other word starts with a capital), so
#: trying the word first finds what trying the particles first would, sooner: most runs have none.
_NAME_TAIL = (rf"(?:[ \u00a0]+(?:{{token}}|(?:{_PARTICLE}[ \u00a0]+){{{{1,2}}}}{{token}}|{_SUFFIX})"
              rf"|,[ \u00a0]+{_SUFFIX})*")
#: A run of name words on one line, joined by spaces and lower-case particles.
NAME_RE = re.compile(rf"(?<![\w'\u2019.-]){_TOKEN}" + _NAME_TAIL.format(token=_TOKEN))
#: :data:`NAME_RE` for a text with no "al-", "bin-" ... before a capital (nearly every text): the
#: same matches, found faster, as the pattern opens with a capital letter (the regex engine
#: skips ahead to one before it tries a match).
_PLAIN_NAME_RE = re.compile(
    rf"[{_UPPER}](?<![\w'\u2019.-].)(?:{_PLAIN_TOKEN_REST})" + _NAME_TAIL.format(token=_PLAIN_TOKEN)
)
_HYPHEN_PARTICLE = re.compile(rf"-(?:(?<=al-|el-)|(?<=bin-|ibn-|abu-|ben-))[{_UPPER}]")
_WORD = re.compile(r"(?:\w\.){2,}|[\w'\u2019\-]+\.?|\S")
_ONE_WORD = re.compile(r"[^\W\d_][\w-]*")
_POSSESSIVE = re.compile(r"['\u2019]s?(?![\w])")
_APOSTROPHES = frozenset("'\u2019")  # the first character of a possessive ending
_ORGANIZATION = EntityKind.ORGANIZATION  # enum members are slow to look up, these are not
_PERSON = EntityKind.PERSON
#: More words than this (particles and suffixes aside) make a title-case headline, not a person.
_MAX_NAME_WORDS = 4
_UNKNOWN = EntityKind.UNKNOWN


class Name(NamedTuple):
    """A name found in the text: ``text[start:end]``, with any leading title split off.

    A named tuple rather than an attrs class: an article has hundreds, and this is cheaper to build."""

    start: int
    end: int
    name_start: int
    """Where the name proper begins, after titles ("Dmitry" in "Kremlin spokesperson Dmitry")."""
    words: tuple[str, ...]
    title: str = ""
    kind: EntityKind = EntityKind.UNKNOWN
    possessive: bool = False
    gender: str = ""

    @property
    def surname(self) -> str:
        """The family name, with its particles: "Berg" -> "van der Berg", "Arnim" -> "von Arnim"."""
        return self.words[0] if len(self.words) == 1 else _surname_and_suffix(self.words)[0]

    @property
    def suffix(self) -> str:
        return "" if len(self.words) == 1 else _surname_and_suffix(self.words)[1]

    @property
    def full(self) -> str:
        return " ".join(self.words)


#: ``_new_name((start, end, ...))`` builds a :class:`Name` from all its fields, as ``Name(...)``
#: does, without the Python-level ``__new__`` that named tuples add (find_names builds thousands).
_new_name = partial(tuple.__new__, Name)


@lru_cache(maxsize=4096)
def _surname_and_suffix(words: tuple[str, ...]) -> tuple[str, str]:
    """:attr:`Name.surname` and :attr:`Name.suffix` of a name of several words (cached: the same
    names come back, and entities ask for them again and again)."""
    core = [w for w in words if w.lower().rstrip(".") not in NAME_SUFFIXES]
    if not core:
        surname = words[-1]
    else:
        k = len(core) - 1
        while k > 0 and core[k - 1].lower() in _PARTICLES:
            k -= 1
        if k == 0 and len(core) > 1 and core[0].lower() in _PARTICLES:
            surname = " ".join(core)  # "Van der Berg" on its own: all of it is the surname
        else:
            surname = " ".join(core[k:])
    last = words[-1].lower().rstrip(".")
    return surname, last if last in NAME_SUFFIXES and len(words) > 1 else ""


def classify(text: str, start: int, end: int) -> Name | None:
    """Split a capitalised run into title and name, and say what kind of name it is."""
    reading = _read_piece(text[start:end])
    return None if reading is None else _name(text, start, reading)


#: What the text of a run says about a name in it: where the run starts, where the name proper
#: starts and ends, and where the piece of run that was read ends (offsets in the run); the name's
#: words, the title, the kind of name and a gender. Only the possessive needs the text after it.
_Reading = tuple[int, int, int, int, tuple[str, ...], str, EntityKind, str]


def _name(text: str, start: int, reading: _Reading) -> Name:
    """The name a reading of ``text[start:...]`` gives."""
    first, name_first, last, piece_end, words, title, kind, gender = reading
    e = start + piece_end
    possessive = text[e:e + 1] in _APOSTROPHES and _POSSESSIVE.match(text, e, e + 3) is not None
    return _new_name((start + first, start + last, start + name_first, words, title, kind, possessive, gender))


def _read_piece(raw: str) -> _Reading | None:
    """:func:`classify` on the text of a run."""
    if " " not in raw and _ONE_WORD.fullmatch(raw):
        # the common case, one plain word ("Trump", "Ukraine"): no title to split off
        low = raw.lower()
        if low in NOT_NAME_WORDS:
            return None
        kind = _ORGANIZATION if (low in ORGANIZATION_WORDS or raw.isupper() and len(raw) > 1) else _UNKNOWN
        return 0, 0, len(raw), len(raw), (raw,), "", kind, ""
    all_toks: list[str] = _WORD.findall(raw)
    toks = [w for w in all_toks if w != ","] if "," in all_toks else all_toks
    n = len(toks)
    if "." in raw:
        lows = [(w[:-1] if w[-1] == "." else w).lower() for w in toks]  # without a final period
    else:
        lows = list(map(str.lower, toks))
    # words that cannot start a name ("But", "The", "Monday") are dropped from the front
    k0 = 0
    while k0 < n and lows[k0] in NOT_NAME_WORDS and lows[k0] not in TITLES:
        k0 += 1
    if k0 == n:
        return None
    title_end = k0
    last_core = n - 1
    while last_core > k0 and lows[last_core] in NAME_SUFFIXES:
        last_core -= 1
    for k in range(k0, min(n - 1, last_core)):  # "Martin Luther King Jr.": a title needs a name after it
        low = lows[k]
        if low in TITLES or low == "the":
            title_end = k + 1
        elif low == "of" and k + 2 < n:
            title_end = k + 2  # "Secretary of State Helen Marsh": the word after "of" is in the title
    if title_end == k0 and n - k0 >= 3 and lows[k0] in PARTY_LABELS and lows[k0 + 1] in first_names():
        title_end = k0 + 1  # "Democrat Hillary Clinton": the party is a label, not a name
    elif title_end == k0 and n - k0 >= 4:
        # "Senate Intelligence Ranking Democrat Dianne Feinstein": a given name after two or more
        # words that are not given names starts the name (of at most three words); the words
        # before it describe the person
        given = first_names()
        for j in range(max(k0 + 2, last_core - 2), last_core):
            if lows[j] in given:
                # not after a function word of a headline: "Cape Breton If Donald Trump Wins"
                if not any(low in given for low in lows[k0:j]) and lows[j - 1] not in NOT_NAME_WORDS:
                    title_end = j
                break
    # "Secretary of State John Kerry": the title runs to its last title word
    n0 = title_end
    while n0 < n and lows[n0] in NOT_NAME_WORDS:
        n0 += 1
    if n0 >= n:
        return None
    words = tuple(toks[n0:]) if "." not in raw else tuple(map(_clean, toks[n0:]))
    name_lows = lows[n0:] if n0 else lows
    title = " ".join(toks[k0:title_end]) if title_end > k0 else ""
    gender = ""
    if title:
        gender = GENDERED_TITLES.get(lows[title_end - 1], "") or GENDERED_TITLES.get(lows[k0], "")
    if not gender and len(words) > 1:
        gender = first_names().get(name_lows[0], "")
    kind = _kind(words, name_lows, title, lows[title_end - 1] if title else "")
    if n0 == 0 and raw[0].isalnum() and (raw[-1].isalnum() or raw[-1] == "."):
        return 0, 0, len(raw), len(raw), words, title, kind, gender  # the run is the name
    # where the words start: the tokens cover every character but blanks, so each one is found
    # by looking for it from the end of the one before
    starts = []
    pos = 0
    for w in all_toks:
        pos = raw.find(w, pos)
        if w != ",":
            starts.append(pos)
        pos += len(w)
    return starts[k0], starts[n0], starts[-1] + len(toks[-1]), len(raw), words, title, kind, gender


def _kind(words: tuple[str, ...], name_lows: list[str], title: str, title_last: str) -> EntityKind:
    """What kind of name ``words`` (lower-cased: ``name_lows``) is, after ``title`` (whose last
    word, lower-cased, is ``title_last``)."""
    if not ORGANIZATION_WORDS.isdisjoint(name_lows) \
            or (len(words) == 1 and words[0].isupper() and len(words[0]) > 1) \
            or words[-1] in PLACES or " ".join(words) in PLACES \
            or len(words) == 2 and name_lows[0] in PLACE_PREFIXES and not title:
        return _ORGANIZATION  # bodies and places: "Islamic State", "North Carolina"
    if len(name_lows) > _MAX_NAME_WORDS and \
            sum(low not in _PARTICLES and low.rstrip(".") not in NAME_SUFFIXES for low in name_lows) > _MAX_NAME_WORDS:
        return _UNKNOWN  # a headline in title case is no name: "Obama Just Let Something Slip"
    if len(words) >= 2 and all([w[:1].isupper() or w.lower() in _PARTICLES or "-" in w for w in words]):
        return _PERSON
    if title and title_last in TITLES:
        return _PERSON
    return _UNKNOWN


def _clean(word: str) -> str:
    w = word
    if w.endswith(".") and len(w) > 2 and w[:-1].lower() not in NAME_SUFFIXES and "." not in w[:-1]:
        w = w[:-1]
    return w


def find_names(text: str) -> list[Name]:
    """Every capitalised name run in ``text``, classified, sorted by start."""
    out: list[Name] = []
    append = out.append
    possessive = _POSSESSIVE.match
    new_name = _new_name
    name_re = NAME_RE if _HYPHEN_PARTICLE.search(text) else _PLAIN_NAME_RE
    for m in name_re.finditer(text):
        word = m.group()
        if not word.isalpha():  # all letters is the common case: one plain word ("Trump", "The")
            s, e = m.span()
            if word[-1] == "." and word.find(".") == len(word) - 1 and not _keeps_period(word):
                word = word[:-1]  # "Trump." at the end of a sentence
                e -= 1
            if "." in word:
                _add_dotted(out, text, s, e)
                continue
            if " " in word or "\u00a0" in word or "," in word:
                for reading in _read_run(word):
                    append(_name(text, s, reading))
                continue
        # one plain word ("Trump", "Ukraine", "O'Rourke"): classified right here
        low = word.lower()
        if low in NOT_NAME_WORDS:
            continue
        s = m.start()
        e = s + len(word)
        kind = _ORGANIZATION if (low in ORGANIZATION_WORDS or word.isupper() and len(word) > 1) else _UNKNOWN
        append(new_name((s, e, s, (word,), "", kind,
                         text[e:e + 1] in _APOSTROPHES and possessive(text, e, e + 3) is not None, "")))
    return out


def _add_dotted(out: list[Name], text: str, s: int, e: int) -> None:
    """The names in the run ``text[s:e]``, which holds a period."""
    # a word ending in a period ends the run unless it is an initial or abbreviation
    # ("Olaf Scholz. According" is two runs; "Donald J. Trump" is one)
    for w in _DOTTED.finditer(text, s, e):
        w_end = w.end()
        if w_end >= e:
            continue
        core = w.group()[:-1].lower()
        if not _keeps_period_core(core) or platform_letter(text, w.start(), w_end - 1):
            _add(out, text, s, w_end - 1)
        elif core in ("jr", "sr"):
            _add(out, text, s, w_end)  # a suffix ends the name: "said James Ortiz Jr. Ortiz wrote"
        else:
            continue
        nxt = _ALNUM.search(text, w_end, e)
        s = nxt.start() if nxt is not None else e
    if text[e - 1] == "." and not _keeps_period(text[s:e]):
        e -= 1
    if s < e:
        _add(out, text, s, e)


def _add(out: list[Name], text: str, s: int, e: int) -> None:
    for reading in _read_run(text[s:e]):
        out.append(_name(text, s, reading))


@lru_cache(maxsize=8192)
def _read_run(raw: str) -> tuple[_Reading, ...]:
    """The names in a run of words (offsets in the run).

    The readings depend on the run's text alone, and the same runs come back in article after
    article ("Donald Trump", "President Barack Obama"), so they are cached."""
    pair = _read_pair(raw)
    if pair is not None:
        return (pair,)
    out: list[_Reading] = []
    _read_words(raw, 0, len(raw), out)
    return tuple(out)


def _read_pair(raw: str) -> _Reading | None:
    """The reading of the commonest run, two capitalised words that are neither titles, function
    words nor suffixes ("Donald Trump", "Fox News"), as :func:`_read_words` makes it (no word to
    drop or split off, so the run is the name); None for any other run."""
    first, space, last = raw.partition(" ")
    if not (space and first.isalpha() and last.isalpha() and first[0].isupper() and last[0].isupper()) \
            or len(first) > 3 and first.isupper() and not last.isupper():  # a headline in capitals
        return None
    low_first = first.lower()
    low_last = last.lower()
    if low_first in NOT_NAME_WORDS or low_first in TITLES or low_last in NOT_NAME_WORDS or low_last in NAME_SUFFIXES:
        return None
    words = (first, last)
    return (0, 0, len(raw), len(raw), words, "", _kind(words, [low_first, low_last], "", ""),
            first_names().get(low_first, ""))


def _read_words(raw: str, s: int, e: int, out: list[_Reading]) -> None:
    words = raw[s:e].split()
    # a headline in capitals runs into the body: "... IN OLYMPIC VILLAGE The team"
    for k in range(1, len(words)):
        prev = words[k - 1]
        if len(prev) > 3 and prev.isupper() and not words[k].isupper():
            _read_apart(raw, s, e, k - 1, k, out)
            return
    # "Rep. Ann Ruiz of Ohio": a person's name ends before "of"; what follows is a place or a body
    k = words.index("of") if "of" in words else -1
    if k >= 2 and k < len(words) - 1:
        left = _read_piece(" ".join(words[:k]))
        if left is not None:
            *_, left_words, _, left_kind, left_gender = left
            if left_kind is _PERSON and left_gender and len(left_words) >= 2:
                _read_apart(raw, s, e, k - 1, k + 1, out)
                return
    last = len(words) - 1
    # "George Will", "Theresa May": a given name and a surname that is also a word stay whole
    word_surname = last >= 1 and words[last].istitle() and words[last].lower() in WORD_SURNAMES \
        and words[last - 1].lower() in first_names()
    while not word_surname and last > 0 and words[last].lower() in NOT_NAME_WORDS:
        last -= 1  # "Trump The" -> "Trump"
    if last < len(words) - 1:
        e = [w.end() for w in _RUN_WORD.finditer(raw, s, e)][last]
    reading = _read_piece(raw[s:e])
    if reading is not None and s:  # offsets in the piece -> offsets in the run
        first, name_first, end, piece_end = reading[:4]
        reading = (s + first, s + name_first, s + end, s + piece_end) + reading[4:]
    if reading is not None:
        out.append(reading)


def _read_apart(raw: str, s: int, e: int, left_last: int, right_first: int, out: list[_Reading]) -> None:
    """Read the words of ``raw[s:e]`` up to word ``left_last`` and from word ``right_first`` on
    as two runs (the words between, if any, belong to neither)."""
    spans = [w.span() for w in _RUN_WORD.finditer(raw, s, e)]
    _read_words(raw, s, spans[left_last][1], out)
    _read_words(raw, spans[right_first][0], e, out)


_RUN_WORD = re.compile(r"\S+")
_ALNUM = re.compile(r"[^\W_]")


_DOTTED = re.compile(r"[\w'\u2019\-]+\.(?=[ \u00a0])")


def _keeps_period(run: str) -> bool:
    """Is the period at the end of ``run`` part of its last word (an initial, an abbreviation)?"""
    return _keeps_period_core(run.rsplit(None, 1)[-1][:-1].lower())


def _keeps_period_core(core: str) -> bool:
    """:func:`_keeps_period` for a last word that is ``core`` and a period, lower-cased."""
    # "Jr." and "Sr." are abbreviations; "III." ends a sentence
    return core in ("jr", "sr") or len(core) == 1 or "." in core or core in TITLES


# --------------------------------------------------------------------------- entities


@define
class Entity:
    """Someone the article names in full: all the mentions that refer to them."""

    name: str
    kind: EntityKind
    gender: str = ""
    first: int = 0
    """Offset of the first full mention."""
    surname: str = ""
    given: str = ""
    suffix: str = ""
    full_at: list[int] = attrs.Factory(list)
    """Offsets of the mentions that give the name in full."""


class EntityIndex:
    """Resolves name mentions and pronouns to the entities an article names in full."""

    def __init__(self, names: Iterable[Name], text: str = "") -> None:
        self.text = text
        self.names = list(names)
        self.starts = [n.name_start for n in self.names]
        self.entities: list[Entity] = []
        self._by_surname: dict[str, list[Entity]] = {}
        self._by_given: dict[str, list[Entity]] = {}
        self._by_full: dict[str, Entity] = {}
        self._of_name: dict[int, Entity] = {}
        self._known: set[str] | None = None
        self._genders: dict[str, str] | None = None
        for n in self.names:
            if n.kind is _PERSON and len(n.words) > 1:
                surname, suffix = _surname_and_suffix(n.words)  # n.surname, n.suffix, worked out once
                if len(n.words) - (1 if suffix else 0) >= 2 and n.words[0].lower() not in _PARTICLES:
                    # "Hale Sr." and "Van der Berg" refer to someone; they are not full names
                    self._add_person(n, surname, suffix)
        of_name = self._of_name
        if self._by_surname:
            for n in self.names:
                if n.kind is not _ORGANIZATION and n.name_start not in of_name:
                    ent = self._lookup(n)
                    if ent is not None:
                        of_name[n.name_start] = ent

    def _add_person(self, n: Name, surname: str, suffix: str) -> None:
        """Record a full name ``n`` (``surname`` and ``suffix`` are its own)."""
        full = " ".join(n.words)
        key = full.lower()
        ent = self._by_full.get(key)
        if ent is None:
            given = n.words[0]
            low_surname = surname.lower()
            # "Donald J. Trump" is "Donald Trump": same given name, surname and suffix
            for cand in self._by_surname.get(low_surname, ()):
                if cand.given.lower() == given.lower() and cand.suffix == suffix:
                    ent = cand
                    break
            else:
                ent = Entity(full, _PERSON, n.gender, n.name_start, surname, given, suffix)
                self.entities.append(ent)
                self._by_surname.setdefault(low_surname, []).append(ent)
                bare = n.words[-1 if not suffix else -2].lower()
                if bare != low_surname:
                    self._by_surname.setdefault(bare, []).append(ent)  # "Arnim" for "von Arnim"
                if len(given) > 2 and not given.endswith("."):
                    self._by_given.setdefault(given.lower(), []).append(ent)
        if not ent.gender and n.gender:
            ent.gender = n.gender
        self._by_full[key] = ent
        self._of_name[n.name_start] = ent
        ent.full_at.append(n.name_start)

    def _lookup(self, n: Name) -> Entity | None:
        """The entity a name that is not (or not yet) a full name refers to, if any."""
        if n.kind is _ORGANIZATION:
            return None
        words = n.words
        if len(words) == 1:  # "Clinton" or "Hillary"
            key = words[0].lower()
            cands = self._by_surname.get(key) or self._by_given.get(key)
            suffix = ""
        else:
            suffix = n.suffix
            if len(words) > 2 and not (words[0].lower() in _PARTICLES or suffix):
                return None
            if len(words) == 2 and not suffix and words[0].lower() not in _PARTICLES:
                # "Hillary Clinton" is matched in full above; "Mr. Clinton" arrives with one word
                return None
            cands = self._by_surname.get(n.surname.lower())
        if not cands:
            return None
        if len(cands) == 1:  # one candidate: only a suffix can rule it out
            return cands[0] if not suffix or cands[0].suffix == suffix else None
        cands = [c for c in cands if c.suffix == suffix] or ([] if suffix else cands)
        if not cands:
            return None
        if n.gender:
            same = [c for c in cands if c.gender in ("", n.gender)]
            cands = same or cands
        if len(cands) == 1:
            return cands[0]
        before = [c for c in cands if c.first <= n.name_start]
        pool = before or cands
        # the entity mentioned most recently in full before this mention
        return max(pool, key=lambda c: self._last_full_before(c, n.name_start))

    @staticmethod
    def _last_full_before(ent: Entity, pos: int) -> int:
        i = bisect_left(ent.full_at, pos)
        return ent.full_at[i - 1] if i else -1

    def gender_of(self, name: str) -> str:
        """The gender known for the entity called ``name`` ("" if none)."""
        if self._genders is None:
            self._genders = {e.name: e.gender for e in self.entities}
        return self._genders.get(name, "")

    def known_word(self, word: str) -> bool:
        """Does the article use ``word`` as (part of) a name somewhere other than a sentence start?"""
        if self._known is None:
            known: set[str] = set()
            for ent in self.entities:
                known.update(ent.name.split())
            text = self.text
            for n in self.names:
                if n.kind is not EntityKind.UNKNOWN or len(n.words) > 1:
                    known.update(n.words)
                elif text:
                    i = n.start - 1
                    while i >= 0 and text[i] in " \u00a0\"'\u201c\u2018(":
                        i -= 1
                    if i >= 0 and text[i] not in ".!?\n:\u2014":
                        known.update(n.words)  # capitalised mid-sentence: a name
            self._known = known
        return word in self._known or word.rstrip(".") in self._known

    def entity_at(self, name_start: int) -> Entity | None:
        return self._of_name.get(name_start)

    def name_at(self, start: int, end: int) -> Name | None:
        """The name run whose name proper lies inside ``[start, end)``."""
        i = bisect_left(self.starts, start)
        while i < len(self.names) and self.names[i].name_start < end:
            n = self.names[i]
            if n.end <= end:
                return n
            i += 1
        return None

    def last_name_in(self, start: int, end: int) -> Name | None:
        """The last name run inside ``[start, end)``: the head of "Ohio delegate Sam Ruiz"."""
        i = bisect_left(self.starts, end) - 1
        while i >= 0 and self.names[i].name_start >= start:
            n = self.names[i]
            if n.end <= end:
                return n
            i -= 1
        return None

    def resolve_name(self, n: Name) -> tuple[str, EntityKind]:
        ent = self._of_name.get(n.name_start)
        if ent is not None:
            return ent.name, ent.kind
        return n.full, n.kind

    def person_before(self, pos: int, gender: str, *, floor: int = 0) -> Entity | None:
        """The person mentioned nearest before ``pos`` (not before ``floor``) who can be "he"/"she"."""
        found = self.person_mention_before(pos, gender, floor=floor)
        return found[0] if found is not None else None

    def person_mention_before(self, pos: int, gender: str, *, floor: int = 0,
                              speaking: Callable[[int, int], bool] | None = None) -> tuple[Entity, int] | None:
        """Like :meth:`person_before`, with the offset of the mention. With ``speaking``, only
        mentions it accepts count (speakers: "Osei told ...", "according to Osei")."""
        i = bisect_left(self.starts, pos) - 1
        floor = max(floor, pos - 3000)
        stop = i - 80  # a bounded look back keeps long texts linear
        while i >= 0 and i > stop and self.names[i].name_start >= floor:
            n = self.names[i]
            i -= 1
            ent = self._of_name.get(n.name_start)
            if ent is None or ent.kind is not EntityKind.PERSON or n.possessive:
                continue
            if gender in ("male", "female") and ent.gender and ent.gender != gender:
                continue
            if speaking is not None and not speaking(n.end, n.start):
                continue
            return ent, n.name_start
        return None


__all__ = ["Entity", "EntityIndex", "Name", "NAME_RE", "classify", "find_names"]
