"""Matching names as people write them: speakers and outlets.

A person is written "Barack Obama", "Obama", "Mr. Obama", "President Obama" or "Barack H. Obama";
all of them name one man. :func:`parse_name` reads a written name into titles, given names,
surname and suffix; :func:`match_names` compares two of them and answers with a
:class:`NameMatch` level: ``FULL`` (given name and surname agree), ``SURNAME`` (the surname agrees
and nothing contradicts it), ``CONFLICT`` (the same surname but a different person: "Hillary
Clinton" and "Bill Clinton", "Donald Trump" and "Donald Trump Jr.", "Mr. Clinton" and "Hillary
Clinton") or ``NONE``.

Outlets are written "Agence France-Presse" or "AFP", "The Washington Post" or "the Post". The
aliases come from ``data/outlets.json`` (read through :func:`quoteattr._lexicon.outlets`);
:func:`outlet_names` resolves a written outlet to the full names it can stand for, and a short
form such as "the Post" to the Post the article itself names.
"""

from __future__ import annotations

import enum
import re
import unicodedata
from functools import lru_cache
from typing import Final, Iterable

from attrs import frozen

from ._lexicon import GENDERED_TITLES, NAME_SUFFIXES, TITLES, first_names, outlets

__all__ = [
    "NameMatch",
    "PersonName",
    "match_names",
    "outlet_names",
    "parse_name",
    "same_outlet",
]

#: Given names and their familiar forms; a name on either side matches any name in its group.
NICKNAMES: Final[tuple[frozenset[str], ...]] = tuple(frozenset(g) for g in (
    {"william", "bill", "billy", "will", "willie", "liam"},
    {"robert", "bob", "bobby", "rob", "robbie", "bert"},
    {"richard", "dick", "rick", "ricky", "rich", "richie"},
    {"michael", "mike", "mikey", "mick"},
    {"james", "jim", "jimmy", "jamie"},
    {"joseph", "joe", "joey"},
    {"thomas", "tom", "tommy"},
    {"christopher", "chris", "kit"},
    {"edward", "ed", "eddie", "ted", "teddy", "ned"},
    {"theodore", "ted", "teddy", "theo"},
    {"daniel", "dan", "danny"},
    {"david", "dave", "davey"},
    {"stephen", "steven", "steve"},
    {"anthony", "tony"},
    {"ronald", "ron", "ronnie"},
    {"donald", "don", "donnie"},
    {"henry", "hank", "harry"},
    {"harold", "harry", "hal"},
    {"charles", "chuck", "charlie", "chas"},
    {"patrick", "pat", "paddy"},
    {"patricia", "pat", "patty", "trish"},
    {"elizabeth", "liz", "beth", "betsy", "betty", "libby", "eliza", "lisa"},
    {"katherine", "catherine", "kathryn", "kate", "katie", "kathy", "cathy", "kat"},
    {"jennifer", "jen", "jenny"},
    {"samuel", "sam", "sammy"},
    {"samantha", "sam"},
    {"benjamin", "ben", "benny"},
    {"nicholas", "nick", "nicky"},
    {"alexander", "alex", "al", "sasha"},
    {"albert", "al", "bert"},
    {"alan", "allan", "allen", "al"},
    {"john", "jack", "johnny", "jon"},
    {"jonathan", "jon", "jonny"},
    {"matthew", "matt"},
    {"andrew", "andy", "drew"},
    {"gregory", "greg"},
    {"jeffrey", "geoffrey", "jeff", "geoff"},
    {"kenneth", "ken", "kenny"},
    {"lawrence", "laurence", "larry"},
    {"gerald", "jerry", "gerry"},
    {"jerome", "jerry"},
    {"frederick", "fred", "freddie"},
    {"peter", "pete"},
    {"timothy", "tim", "timmy"},
    {"newton", "newt"},
    {"mitchell", "mitch"},
    {"zachary", "zach", "zack"},
    {"joshua", "josh"},
    {"jacob", "jake"},
    {"nathaniel", "nathan", "nate"},
    {"raymond", "ray"},
    {"randolph", "randall", "randy", "rand"},
    {"susan", "sue", "suzy"},
    {"margaret", "maggie", "meg", "peggy", "marge"},
    {"deborah", "debra", "debbie", "deb"},
    {"rebecca", "becky", "becca"},
    {"victoria", "vicky", "tori"},
    {"christine", "christina", "chris", "tina"},
    {"barbara", "barb"},
    {"douglas", "doug"},
    {"gerard", "gerry"},
    {"phillip", "philip", "phil"},
    {"leonard", "len", "lenny", "leo"},
    {"vincent", "vince"},
    {"walter", "walt"},
    {"terrence", "terence", "terry"},
    {"eugene", "gene"},
    {"kimberly", "kim"},
    {"abraham", "abe"},
    {"bernard", "bernie"},
    {"franklin", "frank"},
    {"francis", "frank", "fran"},
    {"louis", "lou"},
    {"marjorie", "margie"},
    {"valerie", "val"},
    {"anne", "ann", "annie"},
    {"dorothy", "dot", "dottie"},
))

_NICK_INDEX: Final[dict[str, frozenset[str]]] = {}
for _g in NICKNAMES:
    for _n in _g:
        _NICK_INDEX[_n] = _NICK_INDEX.get(_n, frozenset()) | _g

_SPLIT: Final = re.compile(r"[\s\u00a0]+")
_CUT: Final = re.compile(r"\s*[(\[,;:\u2014\u2013]|\s+-\s+|\s+(?:of|from|for|at|who|with)\s+")
_POSSESSIVE: Final = re.compile(r"['\u2019]s?$")


def _fold(word: str) -> str:
    """Lower-case, without accents, periods or possessive endings: "Peña's" -> "pena"."""
    word = _POSSESSIVE.sub("", word.strip(".,;:!?\"'\u2018\u2019\u201c\u201d"))
    if not word.isascii():
        word = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    return word.replace(".", "").replace("\u2019", "'").lower()


@frozen
class PersonName:
    """A written name read into its parts, all lower-case and without accents."""

    text: str
    titles: tuple[str, ...] = ()
    given: tuple[str, ...] = ()
    """Given names, middle names and initials, in order ("barack", "h")."""
    surname: str = ""
    """The last name word ("obama"); for a one-word name, that word."""
    suffix: str = ""
    """"jr", "sr", "ii", "iii" ... or ""."""
    gender: str = ""
    """"male"/"female" when a title ("Mrs.") or a well-known first name says so."""

    @property
    def words(self) -> tuple[str, ...]:
        return (*self.given, self.surname) if self.surname else self.given

    def __bool__(self) -> bool:
        return bool(self.surname)


@lru_cache(maxsize=4096)
def parse_name(text: str) -> PersonName:
    """Read "President Barack H. Obama Jr." into titles, given names, surname and suffix.

    Anything after a comma, bracket or dash is a description, not the name
    ("Gwen Moore (D-Wis.)" -> "Gwen Moore").
    """
    head = _CUT.split(text.strip(), maxsplit=1)[0]
    raw = [w for w in _SPLIT.split(head) if w]
    words = [_fold(w) for w in raw]
    keep = [(r, w) for r, w in zip(raw, words) if w]
    titles: list[str] = []
    while len(keep) > 1 and (keep[0][1] in TITLES or keep[0][1] in _EXTRA_TITLES):
        titles.append(keep.pop(0)[1])
    if keep and keep[0][1] == "the" and len(keep) > 1:
        keep.pop(0)
    suffix = ""
    if len(keep) > 1 and keep[-1][1] in NAME_SUFFIXES:
        suffix = keep.pop()[1]
    if not keep:
        return PersonName(text, tuple(titles))
    names = [w for _, w in keep]
    gender = ""
    for t in titles:
        gender = GENDERED_TITLES.get(t, gender)
    if not gender and len(names) > 1:
        gender = first_names().get(names[0], "")
    return PersonName(text, tuple(titles), tuple(names[:-1]), names[-1], suffix, gender)


#: Words that are titles in a written name besides the lexicon's ("Vice President", "House Speaker").
_EXTRA_TITLES: Final[frozenset[str]] = frozenset({
    "vice", "house", "senate", "majority", "minority", "gop", "democratic", "republican",
    "presidential", "sens", "reps", "ex", "then", "first", "white", "us", "state",
})


class NameMatch(enum.IntEnum):
    """How well two written names agree, worst to best."""

    CONFLICT = -1
    """The same surname, but the given names, suffixes or titles say these are two people."""
    NONE = 0
    SURNAME = 1
    """The surname agrees and nothing else contradicts it ("Obama" / "Barack Obama")."""
    FULL = 2
    """Given name and surname agree ("Barack Obama" / "Mr. Barack H. Obama")."""


def _given_agree(a: str, b: str) -> bool:
    if a == b:
        return True
    if len(a) == 1 or len(b) == 1:
        return a[0] == b[0]
    group = _NICK_INDEX.get(a)
    return bool(group and b in group)


def match_names(claim: str | PersonName, article: str | PersonName) -> NameMatch:
    """Do two written names name the same person (or body)?

    >>> match_names("Mr. Obama", "Barack Obama").name
    'SURNAME'
    >>> match_names("Hillary Clinton", "Bill Clinton").name
    'CONFLICT'
    """
    a = claim if isinstance(claim, PersonName) else parse_name(claim)
    b = article if isinstance(article, PersonName) else parse_name(article)
    if not a or not b:
        return NameMatch.NONE
    if a.surname != b.surname:
        # multi-word surnames: "Wasserman Schultz" against "Debbie Wasserman Schultz"
        if not (_joined_surname(a, b) or _joined_surname(b, a)):
            return NameMatch.NONE
    if a.suffix != b.suffix:
        # "Donald Trump Jr." is not "Donald Trump"; a bare surname ("Trump") is left open
        if (a.suffix and b.suffix) or (a.given and b.given) or (a.suffix and b.given) or (b.suffix and a.given):
            return NameMatch.CONFLICT
    if a.gender and b.gender and a.gender != b.gender:
        return NameMatch.CONFLICT
    if a.given and b.given:
        # every given name on the shorter side must agree with one on the longer side
        short, long_ = (a.given, b.given) if len(a.given) <= len(b.given) else (b.given, a.given)
        if not _given_agree(short[0], long_[0]):
            # "Wasserman Schultz": a claimed given name that is part of the other's surname run
            if all(g in long_ for g in short):
                return NameMatch.FULL
            return NameMatch.CONFLICT
        return NameMatch.FULL
    return NameMatch.SURNAME


def _joined_surname(a: PersonName, b: PersonName) -> bool:
    """``a``'s surname is a hyphen/space joined form of ``b``'s last words ("wasserman-schultz")."""
    parts = a.surname.replace("-", " ").split()
    if len(parts) > 1:
        # "Wasserman-Schultz" is "Debbie Wasserman Schultz"; "Baptiste-Moreau" is not "Lena Moreau"
        return parts[-1] == b.surname and b.given[-1:] == tuple(parts[-2:-1]) \
            or a.surname.replace("-", "") == "".join((*b.given[-1:], b.surname))
    bparts = b.surname.replace("-", " ").split()
    return len(bparts) > 1 and a.surname == bparts[0]  # "Peña" for "Peña Nieto", not "Moreau" for "Baptiste-Moreau"




# --------------------------------------------------------------------------- outlets


def _outlet_key(s: str) -> str:
    s = s.strip().lower().replace("\u2019", "'")
    s = re.sub(r"^the\s+", "", s)
    return re.sub(r"[\s.\-]+", " ", s).strip()


@lru_cache(maxsize=1)
def _outlet_tables() -> tuple[dict[str, frozenset[str]], dict[str, frozenset[str]]]:
    """``(full/alias key -> full names, short key -> full names)``."""
    full: dict[str, set[str]] = {}
    short: dict[str, set[str]] = {}
    for name, aliases, shorts in outlets():
        for form in (name, *aliases):
            full.setdefault(_outlet_key(form), set()).add(name)
        for form in shorts:
            short.setdefault(_outlet_key(form), set()).add(name)
    return ({k: frozenset(v) for k, v in full.items()}, {k: frozenset(v) for k, v in short.items()})


@lru_cache(maxsize=1)
def _by_last_word() -> dict[str, frozenset[str]]:
    """``{"post": {"The Washington Post", "New York Post", ...}}``: outlets a bare "the Post" may mean."""
    out: dict[str, set[str]] = {}
    for name, aliases, _shorts in outlets():
        for form in (name, *aliases):
            words = _outlet_key(form).split()
            if len(words) > 1:
                out.setdefault(words[-1], set()).add(name)
    return {k: frozenset(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _mention_re() -> tuple[re.Pattern[str], dict[str, str]]:
    from ._regex import trie_pattern

    forms: dict[str, str] = {}
    for name, aliases, _shorts in outlets():
        for form in (name, *aliases):
            forms.setdefault(form.lower(), name)
    return re.compile(r"(?<!\w)(?:" + trie_pattern(forms) + r")(?!\w)"), forms


@lru_cache(maxsize=32)
def named_outlets(text: str) -> frozenset[str]:
    """Full names of the outlets ``text`` names in full or by an alias."""
    pattern, forms = _mention_re()
    return frozenset(forms[m.group()] for m in pattern.finditer(text.lower()))


def outlet_names(written: str, *, article_outlets: Iterable[str] = (), text: str = "") -> frozenset[str]:
    """The full outlet names ``written`` can stand for ("AFP" -> {"Agence France-Presse"}).

    A short form ("the Post") stands for the outlet of that short form that the article names
    (``article_outlets``: full names found in the article, or its ``text`` to search): "the
    Post" is The Washington Post in an article that names it, the New York Post in one that
    names that. With no article to settle it, the short form's usual owner. An unknown outlet
    stands for itself.
    """
    full, short = _outlet_tables()
    key = _outlet_key(written)
    if key in full:
        return full[key]
    cands = set(short.get(key, ()))
    if " " not in key:
        cands |= _by_last_word().get(key, frozenset())
    if cands:
        named = set(article_outlets)
        if text:
            named |= named_outlets(text)
        hit = cands & named
        if hit:
            return frozenset(hit)
        if key in short:
            return short[key]
        return frozenset(cands)
    return frozenset({written.strip()})


def same_outlet(claimed: str, article_outlet: str, *, article_outlets: Iterable[str] = (), text: str = "") -> bool:
    """Does the claimed outlet name the outlet the article cites (aliases and short forms allowed)?"""
    a = outlet_names(claimed, article_outlets=article_outlets, text=text)
    b = outlet_names(article_outlet, article_outlets=article_outlets, text=text)
    if a & b:
        return True
    ka, kb = {_outlet_key(x) for x in a}, {_outlet_key(x) for x in b}
    return bool(ka & kb)


@lru_cache(maxsize=4096)
def is_outlet(written: str) -> bool:
    """Is ``written`` a known outlet name, alias or short form ("the Post")?"""
    full, short = _outlet_tables()
    key = _outlet_key(written)
    if key in full or key in short:
        return True
    return written.strip().lower().startswith("the ") and " " not in key and key in _by_last_word()
