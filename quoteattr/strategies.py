"""Hypothesis strategies for news text whose attributions are known.

Generated articles read like wire copy — datelines, one- and two-sentence paragraphs, appositions,
quotes split around their cue, quotes that run over several paragraphs, later references by
surname and by pronoun, outlets ("told Reuters", "in a statement to The Washington Post",
"wrote on Instagram"), partial quotes, reported speech, and quotation marks that nobody said
(titles of works, scare quotes) — and each comes with the answer: who said what, through which
outlet, and how it is quoted.

>>> from hypothesis import given
>>> from quoteattr.strategies import articles
>>> @given(articles(max_quotes=3))
... def test_my_summarizer_keeps_speakers(article):
...     for a in article.attributions:
...         ...  # a.quote, a.speaker, a.outlet, a.kind

Everything is built from Hypothesis draws (``@composite``), so failing examples shrink: toward
fewer quotes, one speaker, the plainest construction ("X said") and the first word of each list.

Requires Hypothesis: ``pip install 'quoteattr[hypothesis]'``.
"""

from __future__ import annotations

try:
    from hypothesis import strategies as st
    from hypothesis.errors import InvalidArgument
except ImportError as _exc:  # pragma: no cover - exercised in a subprocess test
    raise ImportError(
        "quoteattr.strategies needs Hypothesis, which is not installed. "
        "Install it with: pip install 'quoteattr[hypothesis]'"
    ) from _exc

import json
import re
from collections.abc import Callable, Collection, Iterable, Sequence
from functools import lru_cache
from importlib import resources
from typing import Any, Final

from attrs import field, frozen

from ._lexicon import common_word_outlets, outlet_kinds
from ._lexicon import outlets as _lexicon_outlets
from ._model import QuoteKind

__all__ = [
    "ExpectedAttribution",
    "GeneratedArticle",
    "GeneratedClaim",
    "GeneratedOutlet",
    "articles",
    "claims",
    "examples",
    "names",
    "outlets",
    "quotations",
]

Span = tuple[int, int]

# --------------------------------------------------------------------------- word lists (data)


def _load_words() -> dict[str, Any]:
    path = resources.files("quoteattr").joinpath("data", "generator_words.json")
    with path.open("r", encoding="utf-8") as fh:
        data = json.load(fh)
    assert isinstance(data, dict)
    return data


_W: Final[dict[str, Any]] = _load_words()

GIVEN_NAMES: Final[dict[str, tuple[str, ...]]] = {
    g: tuple(v) for g, v in _W["given_names"].items()}
SURNAMES: Final[tuple[str, ...]] = tuple(_W["surnames"])
HYPHENATED_SURNAMES: Final[tuple[str, ...]] = tuple(_W["hyphenated_surnames"])
PARTICLE_SURNAMES: Final[tuple[str, ...]] = tuple(_W["particle_surnames"])
MIDDLE_INITIALS: Final[tuple[str, ...]] = tuple(_W["middle_initials"])
SUFFIXES: Final[tuple[str, ...]] = tuple(_W["suffixes"])
TITLES: Final[tuple[tuple[str, str, str], ...]] = tuple(
    (t["title"], t["later"], t["gender"]) for t in _W["titles"])
"""(title on first reference, title on later references or "", gender it implies or "")."""
APPOSITIONS: Final[tuple[str, ...]] = tuple(_W["appositions"])
GENDERED_APPOSITIONS: Final[dict[str, tuple[str, ...]]] = {
    g: tuple(v) for g, v in _W["gendered_appositions"].items()}
ROLE_PREFIXES: Final[tuple[str, ...]] = tuple(_W["role_prefixes"])
ORGS: Final[tuple[str, ...]] = tuple(_W["orgs"])
UNIVERSITIES: Final[tuple[str, ...]] = tuple(_W["universities"])
CITIES: Final[tuple[str, ...]] = tuple(_W["cities"])
DATELINES: Final[tuple[str, ...]] = tuple(_W["datelines"])
VERBS_AFTER: Final[tuple[str, ...]] = tuple(_W["speech_verbs_after"])
VERBS_BEFORE: Final[tuple[str, ...]] = tuple(_W["speech_verbs_before"])
REPORTING_VERBS: Final[tuple[str, ...]] = tuple(_W["reporting_verbs"])
TIME_PHRASES: Final[tuple[str, ...]] = tuple(_W["time_phrases"])
PLATFORMS: Final[tuple[str, ...]] = tuple(_W["platforms"])
TEMPLATES: Final[tuple[str, ...]] = tuple(_W["templates"])
REPORTED: Final[tuple[str, ...]] = tuple(_W["reported"])
FRAGMENTS: Final[tuple[str, ...]] = tuple(_W["fragments"])
FILLERS: Final[tuple[str, ...]] = tuple(_W["fillers"])
LEDES: Final[tuple[str, ...]] = tuple(_W["ledes"])
PERSON_LEDES: Final[tuple[str, ...]] = tuple(_W["person_ledes"])
WORKS: Final[tuple[str, ...]] = tuple(_W["titles_of_works"])
TITLE_SENTENCES: Final[tuple[str, ...]] = tuple(_W["title_sentences"])
SCARE_WORDS: Final[tuple[str, ...]] = tuple(_W["scare_words"])
SCARE_SENTENCES: Final[tuple[str, ...]] = tuple(_W["scare_sentences"])
PLAN_NOUNS: Final[tuple[str, ...]] = tuple(_W["plan_nouns"])
ABSENT_QUOTES: Final[tuple[str, ...]] = tuple(_W["absent_quotes"])
SLOTS: Final[dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]]] = {
    name: (s["kind"], tuple(s["values"]), tuple(s.get("flipped", ())))
    for name, s in _W["slots"].items()}
"""slot name -> (kind: aux | number | word, values, negated/un-negated counterparts of aux values)."""

_KINDS: Final[tuple[QuoteKind, ...]] = (QuoteKind.DIRECT, QuoteKind.PARTIAL, QuoteKind.INDIRECT)
_TITLES_FOR: Final[dict[str, tuple[tuple[str, str, str], ...]]] = {
    g: tuple(t for t in TITLES if t[2] in ("", g)) for g in ("female", "male", "")}

# --------------------------------------------------------------------------- drawing
# Every choice is an integer draw from a cached strategy: cheap (no strategy is built or validated
# per draw) and it shrinks toward 0, which is the first — plainest — entry of each list.

_BOOL: Final = st.booleans()


@lru_cache(maxsize=None)
def _ints(lo: int, hi: int) -> st.SearchStrategy[int]:
    return st.integers(lo, hi)


def _int(draw: Callable[..., Any], lo: int, hi: int) -> int:
    return lo if lo >= hi else draw(_ints(lo, hi))


def _pick(draw: Callable[..., Any], seq: Sequence[Any]) -> Any:
    return seq[0] if len(seq) == 1 else seq[draw(_ints(0, len(seq) - 1))]


def _coin(draw: Callable[..., Any]) -> bool:
    return bool(draw(_BOOL))

# --------------------------------------------------------------------------- result types


def _kind(value: QuoteKind | str) -> QuoteKind:
    return value if isinstance(value, QuoteKind) else QuoteKind(value)


def _pretty(self: Any, p: Any, cycle: bool) -> None:
    """Hypothesis prints failing examples with this: our repr, one line at a time."""
    if cycle:  # pragma: no cover
        p.text(f"{type(self).__name__}(...)")
        return
    for i, line in enumerate(repr(self).splitlines()):
        if i:
            p.break_()
        p.text(line)


@frozen
class ExpectedAttribution:
    """One attribution planted in a generated article: the answer a reader would give.

    ``quote`` is what the speaker said (for a quote split around its cue or running over several
    paragraphs, the pieces joined); ``speaker`` the speaker's full name as the article first gives
    it, without a title; ``outlet`` the outlet's full name or ``None``; ``spans`` the offsets of
    the quoted (or reported) words in the article, one per piece; ``construction`` names the
    news construction used ("said_after", "split", "told", ...) and ``mention`` the words that
    name the speaker there.
    """

    _repr_pretty_ = _pretty

    quote: str
    speaker: str
    outlet: str | None
    kind: QuoteKind = field(converter=_kind, repr=lambda k: repr(k.value))
    spans: tuple[Span, ...] = ()
    construction: str = ""
    mention: str = ""
    """How the article names the speaker at this quotation ("she", "Ortiz", "Sen. Lena Ortiz")."""
    slots: tuple[tuple[int, int, str], ...] = field(default=(), repr=False, eq=False)
    """(start, end, slot name) of the alterable words in ``quote`` (claims use them)."""

    def to_dict(self) -> dict[str, Any]:
        return {"quote": self.quote, "speaker": self.speaker, "outlet": self.outlet,
                "kind": self.kind.value, "spans": [list(s) for s in self.spans],
                "construction": self.construction, "mention": self.mention}


def _paragraph_repr(text: str) -> str:
    paras = text.split("\n\n")
    if len(paras) == 1:
        return repr(text)
    lines = [repr(p + "\n\n") for p in paras[:-1]] + [repr(paras[-1])]
    return "(\n        " + "\n        ".join(lines) + "\n    )"


@frozen(repr=False)
class GeneratedArticle:
    """A generated news article and its known attributions.

    ``distractors`` are the spans (marks included) of quotations nobody said: titles of works and
    scare quotes. ``speakers`` lists everyone quoted, by full name.
    """

    _repr_pretty_ = _pretty

    text: str
    attributions: tuple[ExpectedAttribution, ...]
    distractors: tuple[Span, ...] = ()
    speakers: tuple[str, ...] = ()

    def __repr__(self) -> str:
        atts = "".join(f"\n        {a!r}," for a in self.attributions)
        return (f"GeneratedArticle(\n    text={_paragraph_repr(self.text)},\n"
                f"    attributions=({atts}\n    ),\n"
                f"    distractors={self.distractors!r},\n    speakers={self.speakers!r},\n)")

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "attributions": [a.to_dict() for a in self.attributions],
                "distractors": [list(s) for s in self.distractors], "speakers": list(self.speakers)}


@frozen(repr=False)
class GeneratedClaim:
    """A claimed quotation about a generated article, with the verdict it should get.

    ``how`` says how the claim was made ("exact", "retyped", "fragment", "other_speaker",
    "negation", "number", "word", "reported_speech", "absent", "unnamed_speaker", ...).
    """

    _repr_pretty_ = _pretty

    text: str
    quote: str
    speaker: str | None
    outlet: str | None
    expected: Any  # quoteattr.Verdict
    how: str = ""

    def __repr__(self) -> str:
        return (f"GeneratedClaim(\n    text={_paragraph_repr(self.text)},\n"
                f"    quote={self.quote!r},\n    speaker={self.speaker!r},\n"
                f"    outlet={self.outlet!r},\n    expected={str(self.expected)!r},\n"
                f"    how={self.how!r},\n)")


@frozen
class GeneratedOutlet:
    """An outlet: its full ``name``, the ``mention`` used for it, and its ``kind`` (wire, ...)."""

    _repr_pretty_ = _pretty

    name: str
    mention: str
    kind: str = ""


# --------------------------------------------------------------------------- templates

_TOKEN: Final = re.compile(r"\{(\w+)\}|\|")


@frozen
class _Filled:
    text: str
    slots: tuple[tuple[int, int, str], ...] = ()
    splits: tuple[int, ...] = ()


@lru_cache(maxsize=None)
def _parse(template: str) -> tuple[tuple[str, str], ...]:
    """``"We {aux_will} go.|"`` -> (("lit", "We "), ("slot", "aux_will"), ("lit", " go."), ("split", ""))."""
    out: list[tuple[str, str]] = []
    pos = 0
    for m in _TOKEN.finditer(template):
        if m.start() > pos:
            out.append(("lit", template[pos:m.start()]))
        out.append(("slot", m.group(1)) if m.group(1) else ("split", ""))
        pos = m.end()
    if pos < len(template):
        out.append(("lit", template[pos:]))
    return tuple(out)


def _fill(draw: Callable[..., Any], template: str, extra: dict[str, str] | None = None) -> _Filled:
    parts: list[str] = []
    slots: list[tuple[int, int, str]] = []
    splits: list[int] = []
    n = 0
    for kind, value in _parse(template):
        if kind == "lit":
            parts.append(value)
            n += len(value)
        elif kind == "split":
            splits.append(n)
        elif extra is not None and value in extra:
            parts.append(extra[value])
            n += len(extra[value])
        else:
            _, values, _ = SLOTS[value]
            word = _pick(draw, (values))
            slots.append((n, n + len(word), value))
            parts.append(word)
            n += len(word)
    return _Filled("".join(parts), tuple(slots), tuple(splits))


def _join(filled: Iterable[_Filled], sep: str = " ") -> _Filled:
    text: list[str] = []
    slots: list[tuple[int, int, str]] = []
    splits: list[int] = []
    n = 0
    for i, f in enumerate(filled):
        if i:
            text.append(sep)
            splits.append(n)  # a sentence boundary is a split point too
            n += len(sep)
        text.append(f.text)
        slots.extend((s + n, e + n, name) for s, e, name in f.slots)
        splits.extend(p + n for p in f.splits)
        n += len(f.text)
    return _Filled("".join(text), tuple(slots), tuple(splits))


def _cap(s: str) -> str:
    return s[:1].upper() + s[1:]


def _as_clause_end(s: str) -> str:
    """Inside marks before "X said": the final period becomes a comma ('?' and '!' stay)."""
    if s.endswith("."):
        return s[:-1] + ","
    return s if s.endswith(("?", "!", ",")) else s + ","


# --------------------------------------------------------------------------- names


@frozen
class _Person:
    given: str
    middle: str
    surname: str
    suffix: str
    gender: str  # "female", "male" or ""
    title: str
    later_title: str
    role_prefix: str
    apposition: str
    shares_surname: bool = False

    @property
    def full(self) -> str:
        return " ".join(p for p in (self.given, self.middle, self.surname, self.suffix) if p)

    @property
    def short(self) -> str:
        if self.shares_surname:
            return f"{self.surname} {self.suffix}" if self.suffix else self.full
        return self.surname


def _surname(draw: Callable[..., Any], avoid: Collection[str], apos: str) -> str:
    """Mostly plain surnames; one in eleven hyphenated, one in eleven with a particle."""
    which = _int(draw, 0, 10)
    pool = SURNAMES if which < 9 else HYPHENATED_SURNAMES if which == 9 else PARTICLE_SURNAMES
    return _pick(draw, [s for s in pool if s.replace("'", apos) not in avoid] or pool)


def _filler(draw: Callable[..., Any], template: str, city: str, org: str) -> str:
    extra = {"city": city, "org": org, "university": _pick(draw, (UNIVERSITIES))}
    return _fill(draw, template, extra).text


def _person(draw: Callable[..., Any], *, avoid: Collection[str] = (), city: str = "Springfield",
            org: str = "Riverside Transit Authority", like: _Person | None = None, pair: str = "",
            apos: str = "'") -> _Person:
    """A person. ``like``: someone with the same surname; ``pair`` says how they are related:
    "father_son" (same given name, told apart by Jr./Sr.) or "relative" (another given name)."""
    if like is not None and pair == "father_son":
        # father and son: same given name, told apart by Sr./Jr.
        given, gender, surname = like.given, like.gender, like.surname
        suffix = "Jr." if like.suffix == "Sr." else "Sr."
        middle = like.middle
    else:
        gender = _pick(draw, (("female", "male", "female", "male", "")))
        pool = GIVEN_NAMES["unknown" if not gender else gender]
        given = _pick(draw, [g for g in pool if g not in avoid] or pool)
        if like is not None:
            surname, suffix = like.surname, ""
        else:
            surname = _surname(draw, avoid, apos)
            suffix = _pick(draw, (SUFFIXES)) if gender == "male" and _int(draw, 0, 5) == 5 else ""
        middle = _pick(draw, (MIDDLE_INITIALS)) if _int(draw, 0, 3) == 3 else ""
    title, later_title = "", ""
    role_prefix, apposition = "", ""
    how = _pick(draw, (("plain", "title", "apposition", "role")))
    if how == "title":
        t, later_title, _ = _pick(draw, _TITLES_FOR[gender])
        title = t
    elif how == "apposition":
        pool = APPOSITIONS + GENDERED_APPOSITIONS.get(gender, ())
        apposition = _filler(draw, _pick(draw, (pool)), city, org)
    elif how == "role":
        role_prefix = _filler(draw, _pick(draw, (ROLE_PREFIXES)), city, org)
    p = _Person(given=given.replace("'", apos), middle=middle, surname=surname.replace("'", apos),
                suffix=suffix, gender=gender, title=title, later_title=later_title,
                role_prefix=role_prefix, apposition=apposition.replace("'", apos),
                shares_surname=like is not None)
    return p


def names(*, titles: bool = True) -> st.SearchStrategy[str]:
    """People's names as news copy writes them on first reference.

    Titles ("Sen.", "Dr.", "Health Minister"), middle initials, Jr./Sr./III, hyphenated surnames,
    surnames with particles ("van der Berg", "al-Masri"), apostrophes ("O'Brien") and names with
    diacritics ("Małgorzata Wójcik"). ``titles=False`` gives bare names.
    """
    if not isinstance(titles, bool):
        raise InvalidArgument(f"titles={titles!r} must be a bool")

    def show(p: _Person) -> str:
        if titles and p.title:
            return f"{p.title} {p.full}"
        if titles and p.role_prefix:
            return f"{p.role_prefix} {p.full}"
        return p.full

    return _people().map(show)


@st.composite
def _people(draw: Callable[..., Any]) -> _Person:
    return _person(draw)


# --------------------------------------------------------------------------- outlets


@lru_cache(maxsize=1)
def _outlet_table() -> tuple[tuple[str, tuple[str, ...], tuple[str, ...], str], ...]:
    kinds = outlet_kinds()
    return tuple((n, a, s, kinds.get(n, "")) for n, a, s in _lexicon_outlets())


@lru_cache(maxsize=8)
def _outlet_pool(kinds: frozenset[str]) -> tuple[tuple[str, tuple[str, ...], tuple[str, ...], str], ...]:
    common = common_word_outlets()
    return tuple(o for o in _outlet_table() if o[3] in kinds
                 and not (o[0] in common and o[3] == "broadcaster"))


@lru_cache(maxsize=8)
def _outlet_pool_with_short(kinds: frozenset[str]) -> tuple[tuple[str, tuple[str, ...], tuple[str, ...], str], ...]:
    return tuple(o for o in _outlet_pool(kinds) if o[2]) or _outlet_pool(kinds)


_NEWS_KINDS: Final = frozenset({"newspaper", "wire", "broadcaster", "magazine", "website"})
_ALL_KINDS: Final = _NEWS_KINDS | {"platform"}


#: Last words of outlet names that copy writes with "the" ("told the Jewish Telegraphic Agency").
_TAKES_THE: Final = frozenset({"Agency", "Press", "Beacon", "Post", "Times", "Journal", "Herald", "Tribune",
                               "Star", "Chronicle", "Register", "Inquirer", "Examiner", "Sentinel", "Mirror",
                               "Mail", "Telegraph", "Guardian", "Observer", "Independent", "Network"})


def _first_mention(draw: Callable[..., Any], name: str, aliases: tuple[str, ...], kind: str = "") -> str:
    """How copy names an outlet the first time: "The Washington Post", "the Washington Post", "AFP"."""
    forms = [name]
    if name.startswith("The "):
        forms.append("the " + name[4:])
    elif (kind == "newspaper" and not name.isupper() and not name.startswith(("USA", "Newsday"))) or (
            " " in name and name.rsplit(" ", 1)[1] in _TAKES_THE):
        forms = ["the " + name, name]
    forms.extend(a for a in aliases if a.isupper() and 2 <= len(a) <= 5)
    forms.extend("the " + a for a in aliases if name.startswith("The ") and a == name[4:])
    return _pick(draw, (forms))


def outlets(*, kinds: Collection[str] | None = None,
            short_forms: bool = True) -> st.SearchStrategy[GeneratedOutlet]:
    """News outlets from quoteattr's outlet list, with the way copy mentions them.

    ``kinds`` restricts to newspaper, wire, broadcaster, magazine, website or platform. The
    ``mention`` is the full name, a common alias ("AFP") or, with ``short_forms``, the short form
    used on a later reference ("the Post").
    """
    wanted = frozenset(kinds) if kinds is not None else _ALL_KINDS
    if not wanted <= _ALL_KINDS:
        raise InvalidArgument(f"kinds={sorted(wanted - _ALL_KINDS)!r} are not outlet kinds "
                              f"(choose from {sorted(_ALL_KINDS)})")
    pool = _outlet_pool(wanted)
    if not pool:
        raise InvalidArgument("kinds= selects no outlets")

    @st.composite
    def one(draw: Callable[..., Any]) -> GeneratedOutlet:
        name, aliases, short, kind = _pick(draw, (pool))
        if short_forms and short and _coin(draw):
            mention = _pick(draw, (short))
        else:
            mention = _first_mention(draw, name, aliases, kind)
        return GeneratedOutlet(name=name, mention=mention, kind=kind)

    return one()


# --------------------------------------------------------------------------- quotations


def _utterance(draw: Callable[..., Any], *, min_sentences: int = 1, max_sentences: int = 2,
                used: set[int] | None = None, need_split: bool = False) -> _Filled:
    n = _int(draw, min_sentences, max_sentences)
    taken = used if used is not None else set()
    sentences = []
    for i in range(n):
        idx = _pick(draw, [j for j in range(len(TEMPLATES)) if j not in taken])
        taken.add(idx)
        sentences.append(_fill(draw, TEMPLATES[idx]))
    u = _join(sentences)
    if need_split and not u.splits:
        idx = _pick(draw, ([j for j, t in enumerate(TEMPLATES) if "|" in t and j not in taken]))
        taken.add(idx)
        u = _join([u, _fill(draw, TEMPLATES[idx])])
    return u


def quotations(*, min_sentences: int = 1, max_sentences: int = 3) -> st.SearchStrategy[str]:
    """Quotable sentences, the kind people say to reporters.

    They have negatable verbs, numbers, contractions and apostrophes ("don't", "the '90s"),
    questions and exclamations, and clauses a writer can split around "she said".
    """
    if not 1 <= min_sentences <= max_sentences:
        raise InvalidArgument(f"need 1 <= min_sentences={min_sentences} <= max_sentences={max_sentences}")
    if max_sentences > len(TEMPLATES):
        raise InvalidArgument(f"max_sentences={max_sentences} exceeds the {len(TEMPLATES)} templates")
    @st.composite
    def one(draw: Callable[..., Any]) -> str:
        return _utterance(draw, min_sentences=min_sentences, max_sentences=max_sentences).text

    return one()


# --------------------------------------------------------------------------- articles

_DIRECT: Final = ("said_after", "said_inverted", "said_before", "split", "told", "statement_to",
                  "wrote_on", "multi_paragraph", "next_paragraph")
_PARTIAL: Final = ("called", "said_was", "described", "told_was", "according_to", "post_called")
_INDIRECT: Final = ("said_that", "told_that", "according_to", "clause_said")
_MULTI: Final = frozenset({"multi_paragraph", "next_paragraph"})


class _Writer:
    """Writes one article with offsets, tracking who has been introduced and how to refer to them."""

    def __init__(self, draw: Callable[..., Any], *, pronouns: bool, outlets: bool) -> None:
        self.draw = draw
        self.pronouns = pronouns
        self.use_outlets = outlets
        self.parts: list[str] = []
        self.n = 0
        curly = not _coin(draw)
        self.open, self.close = ("\u201c", "\u201d") if curly else ('"', '"')
        self.apos = "\u2019" if curly else "'"
        self.nyt = _int(draw, 0, 4) == 4  # "Ms. Ortiz" on later references
        self.city = _pick(draw, (CITIES))
        self.org = _pick(draw, (ORGS))
        self.people: list[_Person] = []
        self.pair = ""  # "father_son" or "relative" when the first two people share a surname
        self.introduced: set[int] = set()
        self.last_person: int | None = None  # person of the last sentence, for pronouns
        self.mention = ""
        self.quote_ends_paragraph = False  # after a quote standing alone, start a new paragraph
        self.outlet_seen: list[tuple[str, tuple[str, ...], tuple[str, ...], str]] = []
        self.attributions: list[ExpectedAttribution] = []
        self.distractors: list[Span] = []
        self.used_templates: set[int] = set()
        self.used_fragments: set[int] = set()
        self.used_reported: set[int] = set()

    # -- low-level writing

    def put(self, s: str) -> Span:
        start = self.n
        self.parts.append(s)
        self.n += len(s)
        return start, self.n

    def paragraph(self) -> None:
        if self.n:
            self.put("\n\n")

    def sentence_gap(self) -> None:
        if self.n and not self.parts[-1].endswith("\n"):
            self.put(" ")

    def style(self, s: str) -> str:
        return s.replace("'", self.apos)

    def quoted(self, inner: str) -> Span:
        """Writes “inner” and returns the span of inner."""
        self.put(self.open)
        span = self.put(inner)
        self.put(self.close)
        return span

    def text(self) -> str:
        return "".join(self.parts)

    def stop(self) -> None:
        """Ends a sentence, without doubling the period of "Jr."."""
        if not self.parts[-1].endswith("."):
            self.put(".")

    # -- people and references

    def person(self, idx: int) -> _Person:
        """Person ``idx``, created on first use. The first may get a namesake: a son or father
        (Jr./Sr.) or a relative with another given name, who is the second person quoted."""
        draw = self.draw
        while idx >= len(self.people):
            avoid = {w for p in self.people for w in (p.given, p.surname)}
            if not self.people:
                p = _person(draw, avoid=avoid, city=self.city, org=self.org, apos=self.apos)
                if _int(draw, 0, 3) == 3:
                    if p.gender == "male" and p.suffix in ("", "Jr.", "Sr.") and _coin(draw):
                        self.pair = "father_son"
                        p = _evolve_person(p, suffix=p.suffix or _pick(draw, ("Sr.", "Jr.")), shares_surname=True)
                    else:
                        self.pair = "relative"
                        p = _evolve_person(p, shares_surname=True)
            elif len(self.people) == 1 and self.pair:
                p = _person(draw, avoid=avoid, city=self.city, org=self.org, like=self.people[0],
                            pair=self.pair, apos=self.apos)
            else:
                p = _person(draw, avoid=avoid, city=self.city, org=self.org, apos=self.apos)
            self.people.append(p)
        return self.people[idx]

    def ref(self, idx: int, *, subject: bool, start: bool, appos: bool) -> str:
        """A mention of person ``idx``. ``subject``: a pronoun may stand here; ``start``: begins a sentence."""
        p = self.person(idx)
        draw = self.draw
        if idx not in self.introduced:
            self.introduced.add(idx)
            forms = [p.full]
            if p.title:
                forms.append(f"{p.title} {p.full}")
            if p.role_prefix:
                forms.append(f"{p.role_prefix} {p.full}")
            if p.apposition and appos:
                forms.append(f"{p.full}, {p.apposition},")
            out = _pick(draw, (forms))
            if not subject and out.endswith(","):
                out = out[:-1]
        elif (subject and self.pronouns and p.gender and self.last_person == idx
              and _coin(draw)):
            out = "she" if p.gender == "female" else "he"
        else:
            forms = [p.short]
            if p.later_title and not p.shares_surname:
                forms.append(f"{p.later_title} {p.surname}")
            if self.nyt and p.gender and not p.shares_surname:
                forms = [("Ms. " if p.gender == "female" else "Mr. ") + p.surname]
                if p.later_title:
                    forms.append(f"{p.later_title} {p.surname}")
            out = _pick(draw, (forms))
        self.last_person = idx
        out = _cap(out) if start else out
        self.mention = out.rstrip(",")
        return out

    def outlet(self, kinds: frozenset[str] = _NEWS_KINDS) -> tuple[str, str] | None:
        """(full name, mention) of an outlet, or None when outlets are off."""
        if not self.use_outlets:
            return None
        draw = self.draw
        if kinds == frozenset({"platform"}):
            name = _pick(draw, (PLATFORMS))
            return name, name
        if self.outlet_seen and _coin(draw):  # the article cites an outlet it named before
            name, aliases, short, kind = _pick(draw, self.outlet_seen)
        elif _coin(draw):  # outlets with a short form ("the Post") turn up often
            name, aliases, short, kind = _pick(draw, _outlet_pool_with_short(kinds))
        else:
            name, aliases, short, kind = _pick(draw, _outlet_pool(kinds))
        if name in {o[0] for o in self.outlet_seen} and short and _int(draw, 0, 2) != 0:
            mention = _pick(draw, short)
        else:
            mention = _first_mention(draw, name, aliases, kind)
        if all(o[0] != name for o in self.outlet_seen):
            self.outlet_seen.append((name, aliases, short, kind))
        return name, mention

    # -- non-quote sentences

    def lede(self, person_first: bool) -> None:
        draw = self.draw
        if _int(draw, 0, 2) == 2:
            wire = _pick(draw, (("AP", "Reuters", "AFP")))
            dash = " \u2014 " if wire != "Reuters" else " - "
            self.put(f"{_pick(draw, (DATELINES))} ({wire}){dash}")
        if person_first:
            template = _pick(draw, (PERSON_LEDES))
            who = self.ref(0, subject=True, start=True, appos=False)
            self.put(self.style(_fill(draw, template, {"person": who, "city": self.city}).text))
        else:
            self.put(self.style(_filler(draw, _pick(draw, (LEDES)), self.city, self.org)))

    def aside(self) -> None:
        """A sentence between attributions: background, a title of a work, or a scare quote."""
        draw = self.draw
        what = _pick(draw, (("filler", "title", "scare")))
        self.sentence_gap()
        self.last_person = None
        if what == "filler":
            self.put(self.style(_filler(draw, _pick(draw, (FILLERS)), self.city, self.org)))
            return
        if what == "title":
            template = _pick(draw, (TITLE_SENTENCES))
            marked = self.open + _pick(draw, (WORKS))
            extra = {"work": marked + self.close, "work_comma": marked + "," + self.close}
        else:
            template = _pick(draw, (SCARE_SENTENCES))
            extra = {"scare": self.open + _pick(draw, (SCARE_WORDS)) + self.close}
        extra.update(city=self.city, org=self.org)
        filled = _fill(draw, template, extra).text
        start = self.n
        self.put(self.style(filled))
        for key in ("work", "work_comma", "scare"):
            if key in extra:
                i = filled.find(extra[key])
                if i >= 0:
                    self.distractors.append((start + i, start + i + len(extra[key])))

    # -- attributions

    def add(self, quote: _Filled | str, idx: int, outlet: tuple[str, str] | None, kind: QuoteKind,
            spans: list[Span], construction: str) -> None:
        filled = quote if isinstance(quote, _Filled) else _Filled(quote)
        self.attributions.append(ExpectedAttribution(
            quote=self.style(filled.text), speaker=self.person(idx).full,
            outlet=outlet[0] if outlet else None, kind=kind, spans=tuple(spans),
            construction=construction, mention=self.mention, slots=filled.slots))

    def verb(self, pool: tuple[str, ...] = VERBS_AFTER) -> str:
        return _pick(self.draw, (pool))

    def when(self) -> str:
        return " " + _pick(self.draw, (TIME_PHRASES)) if _int(self.draw, 0, 3) == 3 else ""

    def direct(self, idx: int, construction: str) -> None:
        draw = self.draw
        multi = construction == "multi_paragraph"
        u = _utterance(draw, min_sentences=2 if multi else 1, max_sentences=3 if multi else 2,
                       used=self.used_templates, need_split=construction == "split")
        sentences = _sentences_of(u)
        spans: list[Span] = []
        outlet: tuple[str, str] | None = None
        put, sty = self.put, self.style
        if construction == "said_after":
            spans.append(self.quoted(sty(_as_clause_end(u.text))))
            put(" " + self.ref(idx, subject=True, start=False, appos=True) + " " + self.verb())
            put(self.when() + ".")
        elif construction == "said_inverted":
            spans.append(self.quoted(sty(_as_clause_end(u.text))))
            put(" " + self.verb() + " " + self.ref(idx, subject=False, start=False, appos=True))
            self.stop()
        elif construction == "said_before":
            put(self.ref(idx, subject=True, start=True, appos=True) + " " + self.verb(VERBS_BEFORE))
            put(self.when() + _pick(draw, ((": ", ", "))))
            spans.append(self.quoted(sty(u.text)))
        elif construction == "split":
            cut = _pick(draw, (u.splits))
            first, rest = u.text[:cut].rstrip(), u.text[cut:].lstrip()
            at_sentence = first.endswith((".", "?", "!"))
            spans.append(self.quoted(sty(_as_clause_end(first))))
            if _coin(draw):
                put(" " + self.verb() + " " + self.ref(idx, subject=False, start=False, appos=False))
            else:
                put(" " + self.ref(idx, subject=True, start=False, appos=True) + " " + self.verb())
            if at_sentence:
                self.stop()
                put(" ")
                # a quotation standing alone as a sentence: as in AP copy, a new speaker
                # gets a new paragraph
                self.quote_ends_paragraph = True
            else:
                put(", ")
            spans.append(self.quoted(sty(rest)))
        elif construction == "told":
            outlet = self.outlet()
            to = outlet[1] if outlet else "reporters"
            if _coin(draw):
                put(self.ref(idx, subject=True, start=True, appos=True) + f" told {to}")
                put(_pick(draw, (("", " in an interview", " on Tuesday"))) + ": ")
                spans.append(self.quoted(sty(u.text)))
            else:
                spans.append(self.quoted(sty(_as_clause_end(u.text))))
                put(" " + self.ref(idx, subject=True, start=False, appos=True) + f" told {to}")
                put(_pick(draw, (("", " on Tuesday", " in an interview"))) + ".")
        elif construction == "statement_to":
            outlet = self.outlet()
            to = f" to {outlet[1]}" if outlet else ""
            form = _int(draw, 0, 2)
            if form == 0:
                put(f"In a statement{to}, " + self.ref(idx, subject=True, start=False, appos=True))
                put(" said" + _pick(draw, ((": ", ", "))))
                spans.append(self.quoted(sty(u.text)))
            elif form == 1:
                spans.append(self.quoted(sty(_as_clause_end(u.text))))
                put(" " + self.ref(idx, subject=True, start=False, appos=True) + f" said in a statement{to}.")
            else:
                put(self.ref(idx, subject=True, start=True, appos=True) + f" said in a written statement{to}: ")
                spans.append(self.quoted(sty(u.text)))
        elif construction == "wrote_on":
            outlet = self.outlet(frozenset({"platform"}))
            on = f" on {outlet[1]}" if outlet else " in an email"
            form = _int(draw, 0, 2)
            if form == 0:
                spans.append(self.quoted(sty(_as_clause_end(u.text))))
                put(" " + self.ref(idx, subject=True, start=False, appos=True))
                put(" " + _pick(draw, (("wrote", "posted"))) + on + ".")
            elif form == 1:
                put(self.ref(idx, subject=True, start=True, appos=True) + f" wrote{on}: ")
                spans.append(self.quoted(sty(u.text)))
            else:
                where = f"In a post on {outlet[1]}" if outlet else "In an email"
                put(f"{where}, " + self.ref(idx, subject=True, start=False, appos=True) + " wrote: ")
                spans.append(self.quoted(sty(u.text)))
        elif construction == "multi_paragraph":
            paras = [sty(s.text) for s in sentences]
            if _coin(draw):
                put(self.ref(idx, subject=True, start=True, appos=True) + " " + self.verb(VERBS_BEFORE) + ": ")
                put(self.open)
                spans.append(put(paras[0]))
            else:
                spans.append(self.quoted(_as_clause_end(paras[0])))
                put(" " + self.ref(idx, subject=True, start=False, appos=True) + " " + self.verb() + ".")
            for i, para in enumerate(paras[1:], start=1):
                put("\n\n" + self.open)
                spans.append(put(para))
            put(self.close)
        elif construction == "next_paragraph":
            put(self.ref(idx, subject=True, start=True, appos=True) + " " + self.verb(VERBS_BEFORE))
            put(_pick(draw, (("", " in a statement", " on Tuesday"))) + ":\n\n")
            spans.append(self.quoted(sty(u.text)))
        else:  # pragma: no cover
            raise AssertionError(construction)
        self.add(u, idx, outlet, QuoteKind.DIRECT, spans, construction)

    def partial(self, idx: int, construction: str) -> None:
        draw = self.draw
        i = _pick(draw, [j for j in range(len(FRAGMENTS)) if j not in self.used_fragments])
        self.used_fragments.add(i)
        frag = self.style(_fill(draw, FRAGMENTS[i]).text)
        thing = "the " + _pick(draw, (PLAN_NOUNS))
        inside = _coin(draw)
        outlet: tuple[str, str] | None = None
        put = self.put

        def mark() -> Span:
            put(self.open)
            span = put(frag)
            put(("." + self.close) if inside else (self.close + "."))
            return span

        if construction == "called":
            put(self.ref(idx, subject=True, start=True, appos=True) + f" called {thing} ")
        elif construction == "said_was":
            verb = _pick(draw, (("said", "argued", "insisted", "warned")))
            put(self.ref(idx, subject=True, start=True, appos=True) + f" {verb} {thing} was ")
        elif construction == "described":
            put(self.ref(idx, subject=True, start=True, appos=True) + f" described {thing} as ")
        elif construction == "told_was":
            outlet = self.outlet()
            to = outlet[1] if outlet else "reporters"
            put(self.ref(idx, subject=True, start=True, appos=True) + f" told {to} {thing} was ")
        elif construction == "according_to":
            put("According to " + self.ref(idx, subject=False, start=False, appos=True))
            put(f", {thing} is ")
        elif construction == "post_called":
            outlet = self.outlet(frozenset({"platform"}))
            where = f"In a post on {outlet[1]}" if outlet else "In an interview"
            put(f"{where}, " + self.ref(idx, subject=True, start=False, appos=True) + f" called {thing} ")
        else:  # pragma: no cover
            raise AssertionError(construction)
        span = mark()
        self.add(frag, idx, outlet, QuoteKind.PARTIAL, [span], construction)

    def indirect(self, idx: int, construction: str) -> None:
        draw = self.draw
        i = _pick(draw, [j for j in range(len(REPORTED)) if j not in self.used_reported])
        self.used_reported.add(i)
        clause = self.style(_fill(draw, REPORTED[i]).text)
        outlet: tuple[str, str] | None = None
        put = self.put
        that = "that " if _coin(draw) else ""
        if construction == "said_that":
            put(self.ref(idx, subject=True, start=True, appos=True) + " " + self.verb(REPORTING_VERBS))
            put(self.when() + " " + that)
            span = put(clause)
        elif construction == "told_that":
            outlet = self.outlet()
            to = outlet[1] if outlet else "reporters"
            put(self.ref(idx, subject=True, start=True, appos=True) + f" told {to} {that}")
            span = put(clause)
        elif construction == "according_to":
            put("According to " + self.ref(idx, subject=False, start=False, appos=True) + ", ")
            span = put(clause)
        elif construction == "clause_said":
            clause = _cap(clause)
            span = put(clause)
            if _coin(draw):
                put(", said " + self.ref(idx, subject=False, start=False, appos=True))
            else:
                put(", " + self.ref(idx, subject=True, start=False, appos=True) + " said")
        else:  # pragma: no cover
            raise AssertionError(construction)
        self.stop()
        self.add(clause, idx, outlet, QuoteKind.INDIRECT, [span], construction)


def _evolve_person(p: _Person, **changes: Any) -> _Person:
    import attrs

    return attrs.evolve(p, **changes)


def _sentences_of(u: _Filled) -> list[_Filled]:
    """The sentences of an utterance (split at '. ', '? ', '! ')."""
    out: list[_Filled] = []
    start = 0
    for m in re.finditer(r"(?<=[.?!]) (?=[A-Z\u201c\"'0-9])", u.text):
        out.append(_Filled(u.text[start:m.start()]))
        start = m.end()
    out.append(_Filled(u.text[start:]))
    return out


def _check_kinds(kinds: Iterable[QuoteKind | str]) -> tuple[QuoteKind, ...]:
    try:
        out = tuple(dict.fromkeys(_kind(k) for k in kinds))
    except (ValueError, TypeError) as exc:
        raise InvalidArgument(f"kinds must be quote kinds (direct, partial, indirect): {exc}") from None
    if not out:
        raise InvalidArgument("kinds must not be empty")
    return out


@st.composite
def _step(draw: Callable[..., Any], w: _Writer, kinds: tuple[QuoteKind, ...],
          direct: tuple[str, ...]) -> None:
    """One attribution (with the aside or paragraph break before it), as one shrinkable unit."""
    outer, w.draw = w.draw, draw
    try:
        idx = _int(draw, 0, min(len(w.people), 3))
        kind = _pick(draw, kinds)
        pool = direct if kind is QuoteKind.DIRECT else _PARTIAL if kind is QuoteKind.PARTIAL else _INDIRECT
        construction = _pick(draw, pool)
        if not w.quote_ends_paragraph and _int(draw, 0, 3) == 3:
            w.aside()
        if construction in _MULTI or w.quote_ends_paragraph or _int(draw, 0, 3) != 3:
            w.paragraph()
        else:
            w.sentence_gap()
        w.quote_ends_paragraph = construction in _MULTI
        if kind is QuoteKind.DIRECT:
            w.direct(idx, construction)
        elif kind is QuoteKind.PARTIAL:
            w.partial(idx, construction)
        else:
            w.indirect(idx, construction)
    finally:
        w.draw = outer


@st.composite
def _articles(draw: Callable[..., Any], min_quotes: int, max_quotes: int,
              kinds: tuple[QuoteKind, ...], pronouns: bool, outlets: bool,
              multi_paragraph: bool) -> GeneratedArticle:
    w = _Writer(draw, pronouns=pronouns, outlets=outlets)
    direct = tuple(c for c in _DIRECT if multi_paragraph or c not in _MULTI)
    w.lede(person_first=max_quotes > 0 and _int(draw, 0, 2) == 2)
    for i in range(max_quotes):
        # like st.lists: "one more?" before each attribution, so shrinking can drop one
        if i >= min_quotes and _int(draw, 0, 4) == 0:
            break
        draw(_step(w, kinds, direct))
    if _int(draw, 0, 3) == 3:
        w.paragraph()
        w.aside()
    speakers = tuple(dict.fromkeys(a.speaker for a in w.attributions))
    return GeneratedArticle(text=w.text(), attributions=tuple(w.attributions),
                            distractors=tuple(w.distractors), speakers=speakers)


def articles(*, min_quotes: int = 1, max_quotes: int = 6,
             kinds: Collection[QuoteKind | str] = _KINDS, pronouns: bool = True,
             outlets: bool = True, multi_paragraph: bool = True) -> st.SearchStrategy[GeneratedArticle]:
    """News articles with known attributions (:class:`GeneratedArticle`).

    ``min_quotes``/``max_quotes`` bound the number of attributions; ``kinds`` picks among direct,
    partial and indirect; ``pronouns`` allows "she said" on later references; ``outlets`` allows
    "told Reuters", "in a statement to The Washington Post", "wrote on Instagram";
    ``multi_paragraph`` allows quotes that run over several paragraphs or stand in the paragraph
    after "X said:".
    """
    for name, value in (("pronouns", pronouns), ("outlets", outlets), ("multi_paragraph", multi_paragraph)):
        if not isinstance(value, bool):
            raise InvalidArgument(f"{name}={value!r} must be a bool")
    if not isinstance(min_quotes, int) or not isinstance(max_quotes, int):
        raise InvalidArgument("min_quotes and max_quotes must be integers")
    if not 0 <= min_quotes <= max_quotes:
        raise InvalidArgument(f"need 0 <= min_quotes={min_quotes} <= max_quotes={max_quotes}")
    if max_quotes > 12:
        raise InvalidArgument(f"max_quotes={max_quotes} is more than 12; articles that long are not supported")
    return _articles(min_quotes, max_quotes, _check_kinds(kinds), pronouns, outlets, multi_paragraph)


# --------------------------------------------------------------------------- claims


def _verdict(value: str) -> Any:
    from ._verify import Verdict  # imported on use: verify() is not needed to draw articles

    return Verdict(value)


_WORD: Final = re.compile(r"\w+(?:['\u2019]\w+)*")


def _strip_end(s: str) -> str:
    return s.rstrip(" ,.")


def _piece(article: GeneratedArticle, a: ExpectedAttribution, i: int) -> str:
    s, e = a.spans[i]
    return _strip_end(article.text[s:e])


def _name_parts(full: str) -> tuple[str, str, str]:
    """(given name, surname, suffix) of a generated full name ("Pieter van der Berg" -> surname "van der Berg")."""
    words = full.split()
    suffix = words[-1] if words[-1] in SUFFIXES else ""
    rest = words[1:-1] if suffix else words[1:]
    rest = [w for w in rest if not re.fullmatch(r"[A-Z]\.", w)]
    return words[0], " ".join(rest), suffix


def _speaker_forms(draw: Callable[..., Any], article: GeneratedArticle, full: str) -> str:
    """The claimed speaker as people type it: the full name, or the surname (with "Mr."/"Ms.")
    when no one else in the article has it."""
    given, surname, suffix = _name_parts(full)
    if suffix or not surname or any(_name_parts(o)[1] == surname for o in article.speakers if o != full):
        return full
    forms = [full, full, _cap(surname)]
    if given in GIVEN_NAMES["female"]:
        forms.append("Ms. " + surname)
    elif given in GIVEN_NAMES["male"]:
        forms.append("Mr. " + surname)
    return _pick(draw, (forms))


def _retype(draw: Callable[..., Any], quote: str) -> str:
    out = quote.replace("\u2019", "'").replace("\u2018", "'")
    how = _pick(draw, (("apostrophes", "lower", "spaces", "curly")))
    if how == "lower":
        out = out.lower()
    elif how == "spaces":
        out = out.replace(" ", "  ", 1)
    elif how == "curly":
        out = quote.replace("'", "\u2019")
    return out


def _same_surname(a: str, b: str) -> bool:
    return _name_parts(a)[1] == _name_parts(b)[1]


@st.composite
def _claims(draw: Callable[..., Any], articles_strategy: st.SearchStrategy[GeneratedArticle]) -> GeneratedClaim:
    article: GeneratedArticle = draw(articles_strategy)
    text = article.text
    atts = article.attributions
    quoted = [a for a in atts if a.kind is not QuoteKind.INDIRECT]
    single = [a for a in atts if a.kind is QuoteKind.DIRECT and len(a.spans) == 1
              and a.slots and len(_WORD.findall(a.quote)) >= 4]
    indirect = [a for a in atts if a.kind is QuoteKind.INDIRECT]
    # weights: the verdicts that need an article's own quotations come up more often
    makers: list[str] = []
    if quoted:
        makers += ["supported"] * 3 + ["misattributed"] * 2
    if single:
        makers += ["altered"] * 2
    if indirect:
        makers.append("paraphrased")
    makers += ["not_found", "ambiguous"]
    choice = _pick(draw, makers)
    if choice == "supported":
        a = _pick(draw, (quoted))
        i = _int(draw, 0, len(a.spans) - 1)
        quote = _piece(article, a, i)
        how = _pick(draw, (("exact", "retyped", "fragment", "with_outlet")))
        words = list(re.finditer(r"\S+", quote))
        if how == "fragment" and len(words) >= 7:
            k = _int(draw, 5, len(words) - 1)
            j = _int(draw, 0, len(words) - k)
            quote = _strip_end(quote[words[j].start():words[j + k - 1].end()])
        elif how == "retyped":
            quote = _retype(draw, quote)
        else:
            how = "exact"
        outlet = None
        if a.outlet and _coin(draw):
            outlet, how = a.outlet, how + "+outlet"
        return GeneratedClaim(text, quote, _speaker_forms(draw, article, a.speaker), outlet,
                              _verdict("supported"), how)
    if choice == "misattributed":
        a = _pick(draw, (quoted))
        quote = _piece(article, a, _int(draw, 0, len(a.spans) - 1))
        others = [s for s in article.speakers if s != a.speaker and
                  not any(b.speaker == s and b.quote == a.quote for b in atts)]
        if a.outlet and (not others or _coin(draw)):
            pool = [o[0] for o in _outlet_pool(_NEWS_KINDS) if o[0] != a.outlet][:60]
            other_outlet = _pick(draw, (pool))
            return GeneratedClaim(text, quote, _speaker_forms(draw, article, a.speaker), other_outlet,
                                  _verdict("misattributed"), "other_outlet")
        if others:
            other = _pick(draw, (others))
            how = "same_surname" if _same_surname(other, a.speaker) else "other_speaker"
            return GeneratedClaim(text, quote, _speaker_forms(draw, article, other), None,
                                  _verdict("misattributed"), how)
        # a speaker from outside the article
        taken = {w for sp in article.speakers for w in sp.split()}
        stranger = _person(draw, avoid=taken).full
        return GeneratedClaim(text, quote, stranger, None, _verdict("misattributed"), "stranger")
    if choice == "altered":
        a = _pick(draw, (single))
        quote = _strip_end(a.quote)
        slots = [t for t in a.slots if t[1] <= len(quote)]
        kind = _pick(draw, sorted({SLOTS[t[2]][0] for t in slots}))  # aux, number or word first
        s, e, slot = _pick(draw, [t for t in slots if SLOTS[t[2]][0] == kind])
        _, values, flipped = SLOTS[slot]
        old = quote[s:e]
        if kind == "aux":
            pairs = dict(zip(values, flipped)) | dict(zip(flipped, values))
            new, how = pairs.get(old.replace("\u2019", "'"), old), "negation"
        else:
            new = _pick(draw, ([v for v in values if v != old]))
            how = "number" if kind == "number" else "word"
        altered = quote[:s] + new + quote[e:]
        return GeneratedClaim(text, altered.replace("'", "\u2019") if "\u2019" in quote else altered,
                              _speaker_forms(draw, article, a.speaker), None, _verdict("altered"), how)
    if choice == "paraphrased":
        a = _pick(draw, (indirect))
        return GeneratedClaim(text, _strip_end(a.quote), _speaker_forms(draw, article, a.speaker), None,
                              _verdict("paraphrased"), "reported_speech")
    if choice == "not_found":
        quote = _strip_end(_pick(draw, (ABSENT_QUOTES)))
        speaker = _pick(draw, (article.speakers)) if article.speakers else _person(draw).full
        return GeneratedClaim(text, quote, speaker, None, _verdict("not_found"), "absent")
    # ambiguous: the same words given to two people, or words of an unnamed spokesperson
    curly = "\u201c" in text or '"' not in text
    o, c = ("\u201c", "\u201d") if curly else ('"', '"')
    apos = "\u2019" if curly else "'"
    direct = [a for a in atts if a.kind is QuoteKind.DIRECT and len(_WORD.findall(_piece(article, a, 0))) >= 4]
    if direct and _coin(draw):
        a = _pick(draw, direct)
        words = _piece(article, a, 0)
        taken = {w for sp in article.speakers for w in sp.split()}
        others = [sp for sp in article.speakers if sp != a.speaker and not _same_surname(sp, a.speaker)]
        other = _pick(draw, others) if others and _coin(draw) else _person(draw, avoid=taken, apos=apos).full
        para = f"{o}{_as_clause_end(words)}{c} {other} said on another occasion."
        claimed = _pick(draw, (a.speaker, other))
        return GeneratedClaim(text + "\n\n" + para, words, _speaker_forms(draw, article, claimed)
                              if claimed in article.speakers else claimed, None, _verdict("ambiguous"),
                              "same_words")
    used = {t for t in range(len(TEMPLATES)) if _fill_probe(TEMPLATES[t], text)}
    u = _utterance(draw, min_sentences=1, max_sentences=1, used=used)
    words = u.text.replace("'", apos)
    org = _pick(draw, (ORGS))
    who = _pick(draw, ((f"a spokesperson for the {org}", "an aide", "a senior official",
                                f"a person familiar with the {org}'s plans".replace("'", apos))))
    para = f"{o}{_as_clause_end(words)}{c} {who} said."
    claimed = _pick(draw, (article.speakers)) if article.speakers else _person(draw).full
    new_text = text + ("\n\n" if text else "") + para
    return GeneratedClaim(new_text, _strip_end(words), claimed, None, _verdict("ambiguous"),
                          "unnamed_speaker")


def _fill_probe(template: str, text: str) -> bool:
    """Whether an article seems to use ``template`` already (a literal run of it occurs)."""
    lits = [v.strip() for k, v in _parse(template) if k == "lit" and len(v.strip()) >= 8]
    return any(v in text or v.replace("'", "\u2019") in text for v in lits)


def claims(articles: st.SearchStrategy[GeneratedArticle] = articles()) -> st.SearchStrategy[GeneratedClaim]:
    """Claimed quotations about generated articles, each with the :class:`quoteattr.Verdict` it should get.

    Covers every verdict: ``supported`` (exact, re-typed, a fragment, with the outlet),
    ``misattributed`` (another speaker of the article, a namesake, a stranger, another outlet),
    ``altered`` (a changed word, a negation added or removed, a different number),
    ``paraphrased`` (reported speech presented as a quote), ``not_found`` and ``ambiguous``
    (the same words given to two people; words an unnamed spokesperson said, claimed for a
    named person).
    """
    if not isinstance(articles, st.SearchStrategy):
        raise InvalidArgument(f"articles={articles!r} must be a Hypothesis strategy")
    return _claims(articles)


# --------------------------------------------------------------------------- examples outside tests


def examples(strategy: st.SearchStrategy[Any], n: int, *, seed: int = 0) -> list[Any]:
    """``n`` independent examples of ``strategy``, the same on every run for one ``seed``: for
    benchmarks, measurements and calibration, where a test's ``@given`` does not fit.

    Each example comes from a Hypothesis run of its own (seeded ``seed * 1_000_003 + i``), which
    keeps its second example: the first is always the minimal one, and later examples of one run
    are often mutations of each other, which would over-count whatever they share.

    >>> from quoteattr.strategies import articles, examples
    >>> len(examples(articles(max_quotes=2), 3, seed=1))
    3
    """
    from hypothesis import HealthCheck, Phase, given, settings
    from hypothesis import seed as seeded

    if not isinstance(n, int) or n < 0:
        raise InvalidArgument(f"n={n!r} must be a non-negative int")
    out: list[Any] = []
    for i in range(n):
        got: list[Any] = []

        @seeded(seed * 1_000_003 + i)
        @settings(max_examples=2, database=None, deadline=None, phases=[Phase.generate],
                  suppress_health_check=list(HealthCheck))
        @given(strategy)
        def collect(x: Any) -> None:
            got.append(x)

        collect()
        out.append(got[-1])
    return out
