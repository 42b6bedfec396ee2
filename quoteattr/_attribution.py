"""Stage 5 — attribution: link each quotation to its cue, speaker and outlet.

Every decision is recorded as an :class:`Evidence` record (which rule fired, what it points
at); the confidence stage turns the same records into a probability, and ``explain()`` into
prose. Reported (indirect) speech is found here too, from the cues no quotation used.
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import NamedTuple, Sequence

from attrs import define, field

from . import _speakers
from ._cues import CueHit, CueKind
from ._lexicon import (
    ABSOLUTE_PREPOSITIONS,
    ADDRESSEE_CUE_LEMMAS,
    ADDRESSEE_WORDS,
    ADVERBIAL_OPENERS,
    ANONYMITY_MARKERS,
    ANONYMITY_NEEDLES,
    ARTICLES,
    BARE_CLAUSE_LEMMAS,
    BARE_VERB_CLAUSE_LEMMAS,
    CLAUSE_OR_NP_OPENERS,
    CLAUSE_STARTERS,
    COMMA_ADVERBS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    FINITE_WORDS,
    IMPERSONAL_PRONOUNS,
    INTRODUCTORY_PHRASE_OPENERS,
    INTRODUCTORY_WORDS,
    INVERTING_CUE_LEMMAS,
    IRREGULAR_LEMMAS,
    IRREGULAR_PAST,
    NEAR_SUBJECT_PRONOUNS,
    NOT_ADVERBIAL_AFTER,
    NOT_IN_OBJECT,
    OBJECT_PREPOSITIONS,
    ORGANIZATION_WORDS,
    ORG_TITLE_LINKS,
    OUTLET_NOUNS,
    PERSON_NOUN_ENDINGS,
    PLACES,
    PREPOSITIONS,
    PRONOUNS,
    PUBLICATION_NOUNS,
    PUBLICATION_VERBS,
    QUOTE_CONJUNCTIONS,
    REPORTING_ADVERBIALS,
    RELATIVE_AUXILIARIES,
    RELATIVE_OPENING_MARKS,
    RELATIVE_PRONOUNS,
    REPORTING_LEMMAS,
    REPORT_AUXILIARIES,
    ROLE_NOUNS,
    SENTENCE_GAPS,
    SPEAKER_GAPS,
    SPEECH_NOUNS,
    SUBJECT_PRONOUNS,
    SUBORDINATORS,
    TEXT_CARRIER_NOUNS,
    TIME_PHRASE_OPENERS,
    TIME_PREPOSITIONS,
    TIME_WORDS,
    TITLES,
    TITLE_MODIFIERS,
    TITLE_SMALL_WORDS,
    VERB_GROUP_ADVERBS,
    VERB_GROUP_CONTINUERS,
    VERB_COORDINATORS,
    WORK_NOUNS,
    first_names,
)
from ._mentions import EntityIndex
from ._model import EntityKind, QuoteKind
from . import _outlets
from ._outlets import OutletMention
from ._quotes import RawQuote
from ._speakers import Head, Phrase

_WORDS = re.compile(r"\w")
_WORD_TOKENS = re.compile(r"\w+")
_OUTLET_PREPOSITIONS = re.compile(
    r"(?:\b(?:told|tells|telling|tell|to|on|in|with|via|for|from|according to|by|through)\s+(?:the\s+)?$)",
    re.IGNORECASE)

#: A comma, perhaps inside a closing quotation mark, right before a cue: "..., saying" / “...,” adding
_ENDS_CLAUSE = re.compile(r"\s*(?:[.;,!?:\u2014]|$)")
_PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|has been|have been|had been)\s+(?:\w+ly\s+|first\s+)?$",
                             re.IGNORECASE)
_BY_AFTER = re.compile(r"\s+(?:\w+ly\s+)?by\s", re.IGNORECASE)


def _passive_before(text: str, lo: int, hi: int) -> re.Match[str] | None:
    """:data:`_PASSIVE_BEFORE` in ``text[lo:hi]``; most windows hold none of its verbs, and
    looking for them as plain substrings first is several times faster than the search."""
    window = text[lo:hi].lower()
    if "was" in window or "were" in window or "is" in window or "are" in window or "been" in window:
        return _PASSIVE_BEFORE.search(text, lo, hi)
    return None


_ACCORDING_BEFORE = re.compile(r"\baccording to\s+(?:[\w.]+\s+){0,3}$", re.IGNORECASE)
#: Where reported words end before the sentence does: ", according to", ", adding: “...”".
_CONTENT_END = re.compile(
    r",\s+(?:according to|adding|saying|noting|telling|explaining|arguing|insisting|warning|declaring)\b",
    re.IGNORECASE)
_SO_CALLED = re.compile(r"\bso-called\s*$", re.IGNORECASE)
#: Words before a quotation that make it a title: "a report titled “...”".
_TITLED = re.compile(r"\b(?:titled|entitled|headlined|headline|named|called|dubbed|billed as)\s*,?\s*$", re.IGNORECASE)
#: A show or book named after "on" or "in": 'said on MSNBC's “Morning Joe”', 'wrote in “The Art of the Deal”'
_SHOW_BEFORE = re.compile(r"\b(?:on|in)\s+(?:[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,3}(?:'s|\u2019s)\s+)?$")
#: ", who ..." opening a relative clause about the noun before it (the last one before a quotation)
_RELATIVE = re.compile(r",\s+(who)\s+(?!.*,\s+who\s)", re.IGNORECASE)
_COMMA_WORD = re.compile(r",[\"'\u201d\u2019]?\s+(?=\w)")
#: “...,” as Cruz said
_AS_ONLY = re.compile(r"[\s,]*as\s+", re.IGNORECASE)
#: “...,” though, Reyes said: a sentence adverb set off by commas between quotation and speaker
_ADVERB_ONLY = re.compile(r"[\s,]*(?:" + "|".join(sorted(COMMA_ADVERBS)) + r")\s*,\s*", re.IGNORECASE)
_CLAUSE_END = re.compile(r"[,;]|\.(?![\w.])|$")  # not the period of "S.Paulo"
_INFINITIVE = re.compile(r"\bto\s+$", re.IGNORECASE)
#: "by" right after a quotation: the agent of a passive cue.
_PASSIVE_AGENT = re.compile(r"[\s,]*by\s", re.IGNORECASE)
#: A verb coordinated with an earlier one: "... and said", "but later told".
_COORDINATED = re.compile(
    r"\b(?:and|but|or|then)(?:\s+(?:also|later|then|now|again|quickly|\w+ly))?"
    r"(?:\s+(?:in|on|at|during|after|before|over)\s+[^,.;:\"\u201c\u201d]{1,40})?\s*$")
#: Where a clause with a personal pronoun subject opens: ", he", "when she", "as I".
_COMMA_PRONOUN = re.compile(r"(?:,|\b(?:" + "|".join(sorted(SUBORDINATORS)) + r"))\s+(?=(?:"
                            + "|".join(sorted(NEAR_SUBJECT_PRONOUNS)) + r")\s)", re.IGNORECASE)
#: ", with" opening an absolute phrase whose participle is the cue: "..., with Reed tweeting that".
_WITH_BEFORE = re.compile(r",\s+(?:" + "|".join(sorted(ABSOLUTE_PREPOSITIONS)) + r")[ \u00a0]+", re.IGNORECASE)
#: What ends the phrase between "with" and its participle.
_PHRASE_BREAK = re.compile(r"[,;:\"\u201c\u201d]")
#: A preposition right before a phrase makes it an object: "posted a video on Facebook saying".
_PREP_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(OBJECT_PREPOSITIONS)) + r")[ \u00a0]+$")
_COMMA_BEFORE = re.compile(r",[\"'\u201d\u2019]?\s*$")
_THAT = re.compile(r"\s*(?:,\s*)?that\b\s*", re.IGNORECASE)


@define
class Link:
    """An attribution in the making: mutable while the rules run, frozen into a Quote after."""

    start: int
    end: int
    inner_start: int
    inner_end: int
    kind: QuoteKind
    closed: bool = True
    speaker: Phrase | None = None
    speaker_name: str = ""
    speaker_kind: EntityKind = EntityKind.UNKNOWN
    cue: tuple[int, int] | None = None
    outlet: OutletMention | None = None
    rules: list[tuple[str, str, int | None, int | None]] = field(factory=list)
    paragraphs: int = 1
    term: str = ""
    """Set when the marks hold a title or scare quote rather than a quotation."""
    single: bool = False
    """In single quotation marks."""

    def note(self, rule: str, detail: str = "", start: int | None = None, end: int | None = None) -> None:
        self.rules.append((rule, detail, start, end))


class Context:
    """Everything the earlier stages found, with sorted offsets for bisecting."""

    __slots__ = ("text", "paras", "pstarts", "sents", "sstarts", "quotes", "qstarts", "cues",
                 "cstarts", "names", "entities", "outlets", "ostarts", "asides")

    def __init__(self, text: str, paras: list[tuple[int, int]], sents: list[tuple[int, int, int]],
                 quotes: list[RawQuote], cues: list[CueHit], entities: EntityIndex,
                 outlets: list[OutletMention]) -> None:
        self.text = text
        self.paras = paras
        self.pstarts = [p[0] for p in paras]
        self.sents = sents
        self.sstarts = [s[0] for s in sents]
        self.quotes = quotes
        self.qstarts = [q.start for q in quotes]
        # cues inside quotation marks are the quoted person's words, not attributions
        self.cues = [c for c in cues if not self.in_quote(c.start)]
        self.cstarts = [c.start for c in self.cues]
        self.asides: list[Aside] = []
        """Anonymity asides ("who spoke on condition of anonymity"), whose verbs are no cues."""
        if _may_hold_anonymity(text):
            self.asides, dropped = _anonymity_asides(text, sents, self.sstarts, self.cues, self.cstarts)
            if dropped:
                self.cues = [c for c in self.cues if c.start not in dropped]
                self.cstarts = [c.start for c in self.cues]
        self.entities = entities
        self.names = entities.names
        self.outlets = outlets
        self.ostarts = [o.start for o in outlets]

    def speaking(self, name_end: int, name_start: int = -1) -> bool:
        """Is the name ending at ``name_end`` the subject of a verb of saying ("Osei told ...") or
        the source after "according to"? A name inside quotation marks is quoted, not speaking."""
        if name_start >= 0 and self.in_quote(name_start):
            return False
        if name_start >= 0 and _ACCORDING_BEFORE.search(self.text, max(0, name_start - 20), name_start):
            return True
        if name_start >= 0 and _OBJECT_BEFORE.search(self.text, max(0, name_start - 6), name_start):
            return False  # "the mayor of Port Ellis, said": the mayor speaks, not the place
        if name_start >= 0:
            j = bisect_left(self.cstarts, name_start) - 1
            if j >= 0 and self.cues[j].kind is CueKind.VERB and not self.cues[j].weak \
                    and 0 <= name_start - self.cues[j].end <= 2 and self.cues[j].lemma in INVERTING_CUE_LEMMAS:
                return True  # "..., said O'Brien."
        if self.text[name_end:name_end + 1] == ",":
            # "Dr. Lena Ortiz, a county health officer, told Reuters ...": past the apposition
            close = self.text.find(",", name_end + 1, name_end + 120)
            if close > 0:
                j = bisect_left(self.cstarts, close)
                if j < len(self.cues) and self.cues[j].kind is CueKind.VERB and \
                        not _has_words(self.text, close + 1, self.cues[j].start):
                    return True
        i = bisect_left(self.cstarts, name_end)
        return i < len(self.cues) and self.cues[i].start - name_end <= 12 and \
            self.cues[i].kind is CueKind.VERB and not _has_words(self.text, name_end, self.cues[i].start) \
            or i < len(self.cues) and self.cues[i].start - name_end <= 20 and \
            not _words_over(self.text, name_end, self.cues[i].start, 1)

    def in_quote(self, pos: int) -> bool:
        i = bisect_right(self.qstarts, pos) - 1
        return i >= 0 and self.quotes[i].start <= pos < self.quotes[i].end

    def sentence_index(self, pos: int) -> int:
        i = bisect_right(self.sstarts, pos) - 1
        return i if i > 0 else 0

    def cues_in(self, lo: int, hi: int) -> list[CueHit]:
        return self.cues[bisect_left(self.cstarts, lo):bisect_left(self.cstarts, hi)]

    def outlets_in(self, lo: int, hi: int) -> list[OutletMention]:
        return self.outlets[bisect_left(self.ostarts, lo):bisect_left(self.ostarts, hi)]

    def any_outlet_in(self, lo: int, hi: int) -> bool:
        i = bisect_left(self.ostarts, lo)
        return i < len(self.ostarts) and self.ostarts[i] < hi

    def paragraph_of(self, pos: int) -> int:
        i = bisect_right(self.pstarts, pos) - 1
        return i if i > 0 else 0


class Aside(NamedTuple):
    """A source's request for anonymity set in its sentence: "(,) who spoke on condition of
    anonymity(,)", "speaking anonymously", "who asked not to be named"."""
    start: int
    """Where it opens: its comma, its relative pronoun, or its verb."""
    end: int
    """Where it ends: its closing comma, or the main verb after it."""
    pronoun: tuple[int, int] | None
    """The relative pronoun that opens it, if any."""


_ANONYMITY = re.compile(r"\b(?:" + "|".join(m.replace(" ", r"\s+") for m in ANONYMITY_MARKERS) + r")\b")
#: What opens an aside before its verb: ", who (had) (also) spoke", ", speaking", "who asked".
_ASIDE_OPENING = re.compile(r"(?:(,)[ \u00a0]*)?(?:\b(who|that)[ \u00a0]+)?(?:(?:"
                            + "|".join(sorted(RELATIVE_AUXILIARIES)) + r")[ \u00a0]+)?(?:(?:"
                            + "|".join(sorted(VERB_GROUP_ADVERBS)) + r"|[a-z]+ly)[ \u00a0]+)?$")
_ASIDE_END = re.compile(r"[,;:()\u2014\u2013]")
_TO_GAP = re.compile(r"[ \u00a0]+to[ \u00a0]+")
_ASIDE_VERB_REACH = 5
"""At most this many words between an aside's verb and its marker: "spoke on the condition of anonymity"."""


def _may_hold_anonymity(text: str) -> bool:
    """A cheap substring test before :data:`_ANONYMITY` is searched."""
    return any(needle in text for needle in ANONYMITY_NEEDLES)


def _anonymity_asides(text: str, sents: list[tuple[int, int, int]], sstarts: list[int], cues: list[CueHit],
                      cstarts: list[int]) -> tuple[list[Aside], set[int]]:
    """The anonymity asides of ``text`` and the starts of the cues in them ("spoke", and
    infinitives such as "to speak candidly", "to discuss the talks"), which are not the cue of
    their sentence: its main verb is ("A Warren adviser, who spoke on condition of anonymity,
    said ..."). An aside counts only when its sentence has such a main verb outside it."""
    asides: list[Aside] = []
    dropped: set[int] = set()
    for m in _ANONYMITY.finditer(text):
        s_lo, s_hi, _ = sents[max(0, bisect_right(sstarts, m.start()) - 1)]
        i = bisect_left(cstarts, m.start())
        j = i - 1  # the aside's verb: the last cue before the marker, a few words before it
        if j < 0 or cues[j].start < s_lo or cues[j].kind is not CueKind.VERB \
                or _words_over(text, cues[j].end, m.start(), _ASIDE_VERB_REACH):
            continue
        while j > 0 and cues[j - 1].start >= s_lo and cues[j - 1].kind is CueKind.VERB \
                and _TO_GAP.fullmatch(text, cues[j - 1].end, cues[j].start):
            j -= 1  # "who agreed to speak on condition of anonymity"
        verb = cues[j]
        opening = _ASIDE_OPENING.search(text, max(s_lo, verb.start - 40), verb.start)
        assert opening is not None  # every part is optional
        participle = text[verb.start:verb.end].lower().endswith("ing")
        if not (opening.group(2) or participle and (opening.group(1) or not _has_words(text, s_lo, verb.start))):
            continue  # "The official said on condition of anonymity that ...": the main verb itself
        punct = _ASIDE_END.search(text, m.end(), s_hi)
        end = punct.start() if punct is not None else s_hi
        k = i
        while k < len(cues) and cues[k].start < end:
            if cues[k].kind is CueKind.VERB and _INFINITIVE.search(text, max(0, cues[k].start - 4), cues[k].start):
                k += 1  # "to speak candidly", "not authorized to discuss the talks"
                continue
            end = cues[k].start  # the main verb: "An official who asked not to be named said ..."
            break
        inside = {c.start for c in cues[j:k]}
        if not any(c.kind is CueKind.VERB and c.start not in inside
                   for c in cues[bisect_left(cstarts, s_lo):bisect_left(cstarts, s_hi)]):
            continue  # the aside's verb is all the sentence has
        dropped |= inside
        start = opening.start() if opening.group(1) or opening.group(2) else verb.start
        asides.append(Aside(start, end, opening.span(2) if opening.group(2) else None))
    return asides, dropped


_ASIDE_GAP = re.compile(r"[\s,]*")


def _aside_before(ctx: Context, pos: int) -> Aside | None:
    """The anonymity aside that ends right before ``pos`` (past a comma), if any."""
    for a in ctx.asides:
        if a.end <= pos and _ASIDE_GAP.fullmatch(ctx.text, a.end, pos):
            return a
    return None


def _has_words(text: str, lo: int, hi: int) -> bool:
    return lo < hi and _WORDS.search(text, lo, hi) is not None


#: Beyond this many characters a span counts as "very many words" without being counted: the
#: rules only compare word counts to small thresholds, and counting would make them quadratic.
_COUNT_LIMIT = 2000
#: How far around a quotation or cue the rules look inside one sentence.
_WINDOW = 1500


def _n_words(text: str, lo: int, hi: int) -> int:
    if hi - lo > _COUNT_LIMIT:
        return _COUNT_LIMIT
    return len(_WORD_TOKENS.findall(text, lo, hi)) if lo < hi else 0


def _words_over(text: str, lo: int, hi: int, n: int) -> bool:
    """``_n_words(text, lo, hi) > n``, reading no further than the (n+1)th word."""
    if hi - lo > _COUNT_LIMIT:
        return True
    # n + 1 words need n + 1 characters and n separators: a shorter span is answered at once
    return hi - lo > 2 * n and _more_than(n).match(text, lo, hi) is not None


#: One word and the non-word characters before it. Possessive quantifiers (Python 3.11+) give up
#: no characters once matched, which is all the pattern needs (a run of word characters always
#: ends at a word boundary): the same matches, found without backtracking.
_ONE_WORD = r"(?:\W*+\w++)" if sys.version_info >= (3, 11) else r"(?:\W*\w+\b)"


@lru_cache(maxsize=None)
def _more_than(n: int) -> re.Pattern[str]:
    return re.compile(_ONE_WORD + "{%d}" % (n + 1))


# --------------------------------------------------------------------------- speakers


Note = tuple[str, str, "int | None", "int | None"]


def _reporting_subject(ctx: Context, lo: int, hi: int) -> Phrase | None:
    """The speaker of the last reporting clause in ``text[lo:hi]``."""
    text = ctx.text
    for d in reversed(ctx.cues_in(lo, hi)):
        if d.kind is not CueKind.VERB or d.weak or _is_participle(text[d.start:d.end].lower()) \
                or _INFINITIVE.search(text, max(0, d.start - 4), d.start) or _verb_as_noun(text, d):
            continue
        p = _speakers.before(text, max(lo, d.start - 200), d.start) or _speakers.after(text, d.end, hi)
        if p is not None and p.head is not Head.ROLE or p is not None and \
                text[p.head_start:p.head_end].lower() not in DOCUMENT_NOUNS:
            return p
    return None


#: Between a subject and a quotation that still belongs to it: "Residents of the “safe harbor” zone".
_INSIDE_NP = re.compile(r"\s+(?:of|for|in|on|at|from|near)\s+(?:the|a|an|this|that|its|their|his|her)?\s*")
#: A preposition right before a name makes it an object: "the mayor of Port Ellis".
_OBJECT_BEFORE = re.compile(r"\b(?:of|for|in|from|at)[ \u00a0]+$")
#: A quotation right after a cue: "Adding, “...”".
_QUOTE_AHEAD = re.compile("[ \t\u00a0]*[,:]?[ \t\u00a0]*[\"\u201c\u00ab]")


def _outer_reporter(ctx: Context, left: Sequence[CueHit], p: Phrase, s_lo: int,
                    s_hi: int) -> tuple[CueHit, Phrase, list[Note]] | None:
    """The reporter of a reported clause whose subject is ``p``: "Trump said [Fox executives were
    calling ...]" — the clause's words reach us through Trump. A role reports only a clause about
    someone it refers to by pronoun ("critics say [he had vowed to “...”]"), not a named person."""
    text = ctx.text
    for d in reversed(left):
        if d.end > p.start:
            continue
        if d.kind is not CueKind.VERB or d.weak or d.naming or d.lemma not in REPORTING_LEMMAS:
            return None
        if not _COMPLEMENT_GAP.fullmatch(text, d.end, p.start):
            return None
        notes: list[Note] = []
        outer = _speaker_for_cue(ctx, d, s_lo, s_hi, s_lo, notes, inverted=False)
        if outer is None or outer.end > d.start or outer.head is Head.ROLE and p.head is not Head.PRONOUN:
            return None
        return d, outer, notes
    return None


#: Between a reporting verb and the subject of its clause: "said", "said that", "told reporters that".
_COMPLEMENT_GAP = re.compile(r"\s*(?:(?:on|last|this)\s+\w+\s+)?(?:that\s+)?")


def _accept_outer(ctx: Context, link: Link, left: Sequence[CueHit], p: Phrase, s_lo: int,
                  s_hi: int) -> Phrase | None:
    """Give the quotation to the reporter of the clause ``p`` heads, if there is one: "Trump said
    Fox executives were calling “every 15 minutes”" — Trump reports it."""
    outer = _outer_reporter(ctx, left, p, s_lo, s_hi)
    if outer is None:
        return None
    d, reporter, notes = outer
    notes.append(("outer_reporter", ctx.text[d.start:d.end], d.start, d.end))
    return _accept(link, reporter, notes, (d.start, d.end), "cue_in_sentence", ctx)


def _near_pronoun(ctx: Context, sent_lo: int, pos: int) -> Phrase | None:
    """The pronoun subject of the nearest clause before ``pos``: "..., even as he defended it"."""
    text = ctx.text
    main = _clause_start(ctx, sent_lo, pos)
    inner = max(_clause_start(ctx, sent_lo, pos, subordinate=True),
                max((m.end() for m in _COMMA_PRONOUN.finditer(text, main, pos) if not ctx.in_quote(m.start())),
                    default=main))
    if inner <= main:
        return None
    near = _speakers.clause_subject(text, inner, pos)
    if near is not None and near.head is Head.PRONOUN and near.end <= pos and \
            text[near.head_start:near.head_end].lower() in NEAR_SUBJECT_PRONOUNS:
        return near
    return None


def _speaker_for_cue(ctx: Context, cue: CueHit, lo: int, hi: int, sent_lo: int,
                     notes: list[Note], *, inverted: bool = True) -> Phrase | None:
    """The phrase a cue links to, looking before it, after it, or at the clause subject.

    Evidence goes to ``notes``; the caller keeps it only if it accepts the phrase.
    """
    text = ctx.text
    if cue.kind is CueKind.ACCORDING:
        p = _speakers.after(text, cue.end, hi)
        if p is not None:
            notes.append(("according_to", "according to", cue.start, cue.end))
        return p
    if cue.kind is CueKind.PHRASE:
        return None
    word = text[cue.start:cue.end].lower()
    if _is_participle(word) and not _has_words(text, sent_lo, cue.start):
        # "Acknowledging that Trump “says a lot”, though, Allen did suggest ...": the subject
        # of the main clause after the participial phrase
        for m in _COMMA_WORD.finditer(text, cue.end, hi):
            if ctx.in_quote(m.start()):
                continue
            subj = _speakers.clause_subject(text, m.end(), hi)
            if subj is not None and subj.head is not Head.ROLE and _credible(ctx, subj, sent_lo):
                notes.append(("participle_subject", word, subj.start, subj.end))
                return subj
            break
        si = ctx.sentence_index(sent_lo)
        if si > 0 and _QUOTE_AHEAD.match(text, cue.end):
            # "Maher said it “wasn’t good.” Adding, “...”": the last sentence's speaker goes on
            p_lo, p_hi, _ = ctx.sents[si - 1]
            p = _reporting_subject(ctx, p_lo, p_hi)
            if p is not None:
                notes.append(("participle_subject", word, p.start, p.end))
                return p
    if _is_participle(word):
        absolute = _absolute_subject(ctx, max(lo, sent_lo), cue.start)
        if absolute is None and _COORDINATED.search(text, max(sent_lo, cue.start - 25), cue.start):
            # "..., with Reed tweeting that ... and asking, “...”": the same absolute subject
            earlier = [d for d in ctx.cues_in(sent_lo, cue.start)
                       if d.end < cue.start and _is_participle(text[d.start:d.end].lower())]
            if earlier:
                absolute = _absolute_subject(ctx, sent_lo, earlier[-1].start)
        if absolute is not None:
            notes.append(("participle_subject", word, absolute.start, absolute.end))
            return absolute
        prev = text[max(lo, cue.start - 4):cue.start]
        comma = _COMMA_BEFORE.search(prev)
        if comma is not None:
            # “...,” Fiorina said, adding that ...: the participle continues the sentence's
            # reporting clause, the nearest one before it
            p = _reporting_subject(ctx, sent_lo, cue.start)
            if p is not None:
                near = _near_pronoun(ctx, sent_lo, cue.start)
                if near is not None and near.start > p.end:
                    p = near  # "Lee praised the plan even as he raised doubts, saying ...": the nearer "he"
                notes.append(("participle_subject", word, p.start, p.end))
                return p
        p = _speakers.before(text, max(lo, cue.start - 300), cue.start) \
            if not (_COMMA_BEFORE.search(prev) or not prev.strip()) else None
        # "..., saying" and "issued a statement saying" hang on the clause's subject
        document = p is not None and p.head is Head.ROLE and text[p.head_start:p.head_end].lower() in DOCUMENT_NOUNS
        # "Sanders opened the debate on Facebook writing ...": the object of a preposition does
        # not speak; the clause's subject does
        thing = p is not None and not document and (
            _PREP_BEFORE.search(text, max(0, p.first - 12), p.first) is not None
            # "Lee opened the debate saying ...": a thing the clause acts on does not speak
            or _acted_on(text, p))
        if p is None or document or thing:
            subj = _speakers.clause_subject(text, _clause_start(ctx, sent_lo, cue.start), cue.start)
            near = _near_pronoun(ctx, sent_lo, cue.start)
            if near is not None and (subj is None or near.start > subj.end):
                subj = near
            if subj is not None and subj.end <= cue.start and _credible_acting(ctx, subj, sent_lo):
                notes.append(("participle_subject", word, subj.start, subj.end))
                return subj
            if document:
                return None
            if thing:
                return p
    if not word.endswith("ing") and cue.lemma not in ("quote", "cite") and \
            _passive_before(text, max(sent_lo, cue.start - 30), cue.start):
        # "Lee was asked, “...?”": the subject is the one spoken to; "by host Max Orr" speaks
        by = _BY_AFTER.match(text, cue.end, hi)
        p = _speakers.after(text, by.end() - 1, hi) if by is not None else None
        if p is not None:
            notes.append(("passive_agent", text[cue.start:cue.end], cue.start, cue.end))
        return p
    aside = _aside_before(ctx, cue.start) if ctx.asides else None
    p = _subject_before_aside(ctx, max(lo, sent_lo), aside) if aside is not None else None
    if p is not None and aside is not None:
        # "A Warren adviser, who spoke on condition of anonymity, said ...": the one before the aside
        if p.apposition:
            notes.append(("apposition", text[p.start:p.end], p.start, p.end))
        if aside.pronoun is not None:
            notes.append(("relative_pronoun", text[aside.pronoun[0]:aside.pronoun[1]], *aside.pronoun))
        return p
    p = _speakers.before(text, max(lo, cue.start - 300), cue.start)
    subj = _relative_subject(ctx, sent_lo, cue, p)
    if subj is not None:
        p, rel = subj
        notes.append(("relative_pronoun", text[rel[0]:rel[1]], rel[0], rel[1]))
        return p
    # a role far before its verb is no subject, unless a comma-set relative clause on it is
    # what stands between: "The guild, which said it spoke for 900 translators, warned"
    if p is not None and not (p.head is Head.ROLE and p.end < cue.start - 40 and not p.relative):
        if p.apposition:
            notes.append(("apposition", text[p.start:p.end], p.start, p.end))
        if p.relative:
            notes.append(("relative_pronoun", text[p.start:p.end], p.start, p.end))
        return p
    if _COORDINATED.search(text, max(sent_lo, cue.start - 25), cue.start):
        # "Wilson praised the plan and said ...": the verb shares the clause's subject
        # "X started the fight when he brought up Y and later said": the nearest clause's
        # pronoun subject, not the main clause's
        subj = _near_pronoun(ctx, sent_lo, cue.start) or \
            _speakers.clause_subject(text, _clause_start(ctx, sent_lo, cue.start), cue.start)
        if subj is not None and subj.end <= cue.start and _credible(ctx, subj, sent_lo):
            notes.append(("coordinated_subject", text[subj.start:subj.end], subj.start, subj.end))
            return subj
        return None
    if inverted and not cue.naming and not _is_participle(word) and not _INFINITIVE.search(
            text, max(0, cue.start - 4), cue.start):
        p = _speakers.after(text, cue.end, hi)
        p_end = p.end if p is not None else 0
        o = _outlet_at(ctx, p.head_start, p.head_end) if p is not None else None
        if o is not None:
            p_end = max(p_end, o.end)  # "told the O Estado de S. Paulo the plan ...": the whole name
            if cue.lemma in ADDRESSEE_CUE_LEMMAS and p is not None and p.head is Head.NAME:
                p = None  # "told Fox News: “...”" — the outlet is the one told, not the speaker
        if p is not None and p.head is Head.NAME:
            of_place = _OF_PLACE.match(text, p_end)  # "“...!” beamed Don Hartley of Madison, Alabama."
            if of_place is not None:
                p_end = of_place.end()
        if p is not None and (cue.weak or cue.lemma in ADDRESSEE_CUE_LEMMAS and cue.lemma != "ask") and \
                not _ENDS_CLAUSE.match(text, p_end) and text[p_end - 1:p_end] != ".":  # "... warned Ortiz Sr."
            # "told reporters that ..." names the listener, "denounced her record as ..." the object;
            # "“...,” warned Clinton." and "“...,” read the email." name the speaker
            p = None
        if p is not None:
            notes.append(("inverted", "cue before speaker", cue.start, p.end))
            return p
    return None


def _apposed_subject(ctx: Context, lo: int, pos: int, p: Phrase) -> Phrase:
    """The subject an anonymity aside at ``pos`` ends, when ``p`` before it is an appositive:
    "The employee, a registered Republican who spoke on condition of anonymity, said" is the
    employee, as it is without the aside ("The employee, a registered Republican, said"). The
    phrase it stands beside opens its clause, or follows a comma ("On Friday, the employee, a
    ..."): not "In Ohio, a senior official who ...", where "a senior official" is the subject."""
    text = ctx.text
    if "," not in text[max(lo, p.first - 200):p.first]:
        return p  # the cheap test first: no comma before the phrase, no apposition
    a = _speakers.apposed(text, max(lo, pos - 300), pos)
    if a is None or not a.apposition or a.first >= p.first:
        return p
    before = text[_clause_start(ctx, lo, a.first):a.first]
    if before.strip() and not _COMMA_BEFORE.search(before):
        return p
    return a


def _subject_before_aside(ctx: Context, lo: int, aside: Aside) -> Phrase | None:
    """The phrase an anonymity aside follows, which is the subject of the verb after the aside:
    "A Warren adviser, who spoke on condition of anonymity, said"; through an appositive the
    aside ends, the phrase that appositive describes (:func:`_apposed_subject`)."""
    p = _speakers.before(ctx.text, max(lo, aside.start - 300), aside.start)
    return _apposed_subject(ctx, lo, aside.start, p) if p is not None else None


#: A relative clause right after a subject: "A man who", "The union, which", "a group that".
#: A relative pronoun that is the subject of its clause, before that clause's verb: "who said",
#: "that represents" (not "that the", "who he": a clause with a subject of its own, or "said
#: that he": no relative clause at all).
_RELATIVE_CLAUSE = (r"(" + "|".join(sorted(RELATIVE_PRONOUNS)) + r")[ \u00a0]+(?!(?:"
                    + "|".join(sorted(DETERMINERS | SUBJECT_PRONOUNS)) + r")\b)(?=[a-z])")
_RELATIVE_WORD = re.compile(r"\b" + _RELATIVE_CLAUSE)
_RELATIVE_OPENS = re.compile(r"[ \u00a0]*(?:,[ \u00a0]*)?" + _RELATIVE_CLAUSE)
#: How far into a clause a relative pronoun on its subject can be: "The union's president, Maria
#: Lopez, who ..." is some 40 characters; a subject phrase is read no further than this.
_SUBJECT_REACH = 120


def _relative_subject(ctx: Context, sent_lo: int, cue: CueHit,
                      p: Phrase | None) -> tuple[Phrase, tuple[int, int]] | None:
    """ "A man who said he was a farmer shouted, “...”": a verb after a relative clause on its
    clause's subject has that subject, the head before "who" ("that", "which"), not the last noun
    in the relative clause ("a farmer") — with the relative pronoun's offsets.

    Not when the phrase before the verb is a subject of its own: a pronoun ("who said he shouted"),
    or a noun right after a reporting verb ("that said the mayor warned"; but "who say the law goes
    too far argued" has its clause's verb, "goes", before the cue); nor when the relative
    clause has a subject of its own ("the man who police said ..."); nor for the relative clause's
    own verb ("a man who shouted")."""
    text = ctx.text
    if p is not None and (p.head is Head.PRONOUN or p.relative):
        return None
    # the cheap tests first: a relative pronoun before the phrase, which no reporting verb opens
    if _RELATIVE_WORD.search(text, max(sent_lo, cue.start - 300), p.start if p is not None else cue.start) is None \
            or p is not None and _after_reporting_verb(ctx, p) and not _verb_before_head(text, p):
        return None
    lo = _clause_start(ctx, sent_lo, cue.start)
    # a subject is a few words: its relative pronoun is near the clause's start
    if _RELATIVE_WORD.search(text, lo, min(lo + _SUBJECT_REACH, p.start if p is not None else cue.start)) is None:
        return None
    subj = _speakers.clause_subject(text, lo, cue.start)
    if subj is None or subj.head is Head.PRONOUN or subj.end >= cue.start:
        return None
    rel = _RELATIVE_OPENS.match(text, subj.end, cue.start)
    if rel is None or rel.end() >= cue.start or p is not None and p.start < rel.end():
        return None
    if not _relative_ends_at(text, rel, cue.start):
        return None
    if rel.group(1) != "who" and not _credible(ctx, subj, sent_lo):
        return None  # "who" speaks of people: "Protesters who ..." is no mere capitalised word
    return subj, rel.span(1)


#: A comma that closes a relative clause right before its main verb: "..., who ..., (on Friday) said".
_CLOSES_BEFORE_VERB = re.compile(r",\s*(?:(?:" + "|".join(TIME_PHRASE_OPENERS) + r")\s+\w+\s+|\w+ly\s+)?$")
#: Punctuation that ends a relative clause without commas ("a man who said he was a farmer
#: shouted"): past it, the words are no longer that clause's (a comma between digits, "4,000", is none).
_CLAUSE_PUNCTUATION = re.compile(r"[;:()\u2014\u2013]|,\s")


def _relative_ends_at(text: str, rel: re.Match[str], pos: int) -> bool:
    """Does the relative clause ``rel`` opens run to ``pos`` and end there: a comma-set clause
    ("The union, which said ..., warned") closed by a comma right before ``pos``; a bare one ("A
    man who said he was a farmer shouted") with no punctuation in it. Otherwise the verb at
    ``pos`` may have a subject of its own: "..., Right Wing Watch reported"."""
    if "," in text[rel.start():rel.start(1)]:
        return _CLOSES_BEFORE_VERB.search(text, rel.end(), pos) is not None
    return _CLAUSE_PUNCTUATION.search(text, rel.end(), pos) is None


def _verb_before_head(text: str, p: Phrase) -> bool:
    """Does a verb stand in ``p`` before its head: "(who say) the law goes too far", "(who said)
    the senator deserved better" — a whole reported clause, not a subject of the verb after it.
    A word right after a determiner or a possessive modifies the head: "the embattled mayor"."""
    words = text[p.start:p.head_start].split()
    for prev, word in zip(words, words[1:]):
        if _modifier_slot(prev):
            continue
        w = word.lower()
        if _verb_like(w) or w.endswith("s") and len(w) > 3 and w[-2] not in "su'\u2019":
            return True
    return False


def _after_reporting_verb(ctx: Context, p: Phrase) -> bool:
    """Does a reporting verb (and "that") come right before ``p``: "said (that) the mayor"?"""
    for d in reversed(ctx.cues_in(max(0, p.first - 60), p.first)):
        return d.kind is CueKind.VERB and _COMPLEMENT_GAP.fullmatch(ctx.text, d.end, p.first) is not None
    return False


def _resolve(ctx: Context, link: Link, p: Phrase, last: Link | None) -> None:
    """Fill in the speaker's fullest name and kind from its phrase."""
    text = ctx.text
    link.speaker = p
    if p.head is Head.PRONOUN:
        pron = text[p.head_start:p.head_end].lower()
        gender = PRONOUNS.get(pron, "")
        link.speaker_kind = EntityKind.PERSON if gender in ("male", "female", "self") else EntityKind.UNKNOWN
        name = ""
        if gender in ("male", "female"):
            # the last speaker, if they can be "he"/"she" and were quoted in this or the last paragraph
            para = ctx.paragraph_of(p.start)
            floor = ctx.paras[max(0, para - 3)][0]
            recent = ctx.entities.person_mention_before(p.start, gender, floor=floor, speaking=ctx.speaking)
            s_lo = ctx.sents[ctx.sentence_index(p.start)][0]
            subject = ctx.entities.person_mention_before(p.start, gender, floor=s_lo)
            bare = _bare_subject_before(ctx, p.start, gender) if recent is None else None
            if bare is not None and ctx.entities.person_mention_before(p.start, gender, floor=floor) is not None:
                bare = None  # a known person who can be "he"/"she" is a candidate too
            if subject is not None and not ctx.in_quote(subject[1]) and \
                    not _has_words(text, s_lo, subject[1]) and not ctx.in_quote(p.start):
                # "McConnell was quick to embrace him after he clinched ...": the sentence's subject
                name = subject[0].name
            elif bare is not None and (last is None or last.speaker is None or last.speaker.start < bare[1]):
                name = bare[0]  # "Johnson spoke for an hour. He said: “...”"
            elif last is not None and last.speaker_name and _may_be_person(ctx, last, gender, p.start) \
                    and ctx.paragraph_of(last.end - 1) >= para - 1 and _gender_ok(ctx, last.speaker_name, gender) \
                    and not (recent is not None and recent[1] > last.speaker.start and recent[0].name != last.speaker_name):
                name = last.speaker_name
            elif recent is not None:
                name = recent[0].name  # "Osei told reporters that ... ¶ She called the plan ..."
            else:
                ent = ctx.entities.person_before(p.start, gender, floor=floor)
                if ent is not None:
                    name = ent.name
        elif gender == "plural" or gender == "thing":
            if last is not None and last.speaker_kind in (EntityKind.ORGANIZATION, EntityKind.OUTLET) \
                    and ctx.paragraph_of(last.start) >= ctx.paragraph_of(p.start) - 1:
                name = last.speaker_name
                link.speaker_kind = last.speaker_kind
            elif gender == "thing":
                body = _body_before(ctx, p.start)  # "Although the IMF did not ..., it referenced ..."
                if body is not None:
                    name, link.speaker_kind = body
        if name:
            link.speaker_name = name
            link.note("pronoun_resolved", f"{text[p.start:p.end]} = {name}", p.start, p.end)
        else:
            link.speaker_name = text[p.start:p.end]
            link.note("pronoun_unresolved", text[p.start:p.end], p.start, p.end)
        return
    outlet = _outlet_at(ctx, p.head_start, p.head_end)
    if outlet is not None and p.head is Head.NAME:
        link.speaker_name, link.speaker_kind = outlet.fullest or outlet.name, EntityKind.OUTLET
        link.outlet = outlet
        link.note("speaker_outlet", outlet.name, p.start, p.end)
        return
    if p.head is Head.NAME:
        # the head's own name run; failing that, the last name in the phrase ("said Ohio delegate
        # Sam Ruiz" is Sam Ruiz, not Ohio)
        n = ctx.entities.name_at(p.head_start, p.head_end) or ctx.entities.last_name_in(p.head_start, p.end) \
            or ctx.entities.last_name_in(p.start, p.end)
        if n is not None:
            name, kind = ctx.entities.resolve_name(n)
            if kind is EntityKind.UNKNOWN and len(n.words) == 1:
                # "NATO", "Russia": bodies and countries speak as organisations
                kind = EntityKind.ORGANIZATION if n.words[0].isupper() or n.words[0] in PLACES \
                    else EntityKind.UNKNOWN
            link.speaker_name, link.speaker_kind = name, kind
            if name != n.full:
                link.note("name_resolved", f"{n.full} = {name}", n.name_start, n.end)
            else:
                link.note("speaker_name", name, n.name_start, n.end)
            return
        link.speaker_name, link.speaker_kind = text[p.head_start:p.head_end], EntityKind.UNKNOWN
        link.note("speaker_name", link.speaker_name, p.start, p.end)
        return
    head = text[p.head_start:p.head_end].lower()
    if head in OUTLET_NOUNS and text[p.start:p.start + 4].lower() == "the ":
        # "the newspaper said": the outlet the article last named
        o = _outlet_before(ctx, p.start)
        if o is not None:
            link.speaker_name, link.speaker_kind = o.fullest or o.name, EntityKind.OUTLET
            link.outlet = o
            link.note("outlet_noun", f"{text[p.start:p.end]} = {o.fullest or o.name}", p.start, p.end)
            return
    # a role: "Scholz's spokesperson", "a White House spokesman", "officials"
    if p.relative:
        # "The senator, who calls the bill ...": the antecedent, not "who"
        link.speaker_name = text[p.first:p.head_end] if p.first < p.head_end else text[p.head_start:p.head_end]
    else:
        link.speaker_name = _role_name(ctx, p)
    link.speaker_kind = EntityKind.ORGANIZATION if head in ORGANIZATION_WORDS else EntityKind.ROLE
    link.note("speaker_role", link.speaker_name, p.start, p.end)


#: A verb right after a sentence's first word: "Johnson spoke", "Johnson also said".
_VERB_AFTER_SUBJECT = re.compile(r"[ \u00a0]+(?:\w+ly[ \u00a0]+|also[ \u00a0]+|then[ \u00a0]+)?([a-z]+)\b(?![-'\u2019])")


def _bare_subject_before(ctx: Context, pos: int, gender: str) -> tuple[str, int] | None:
    """The bare capitalised surname that is the subject of the last sentence, when it is
    the only one who can be "he"/"she" at ``pos``: "Johnson spoke for an hour. He said ..." — with
    its offset. Not a place or a body (their names have kinds already), a word the article also
    writes in lower case ("Critics"), a role noun, a first name of the other gender, nor a name
    the article gives in full; and no other name of a person or of no known kind comes between."""
    si = ctx.sentence_index(pos)
    if si == 0:
        return None
    floor = ctx.sents[si - 1][0]
    names = ctx.names
    i = bisect_left(ctx.entities.starts, pos) - 1
    text = ctx.text
    while i >= 0 and names[i].name_start >= floor:
        n = names[i]
        i -= 1
        if n.kind is EntityKind.ORGANIZATION or n.kind is EntityKind.OUTLET or ctx.in_quote(n.start):
            continue
        if n.kind is not EntityKind.UNKNOWN or len(n.words) != 1 or n.possessive \
                or ctx.entities.entity_at(n.name_start) is not None:
            return None  # a person, or a name of no known kind nearer: not the only candidate
        word = n.words[0]
        low = word.lower()
        s_lo = ctx.sents[ctx.sentence_index(n.start)][0]
        verb = _VERB_AFTER_SUBJECT.match(text, n.end)
        if s_lo == ctx.sents[si][0] or _has_words(text, s_lo, n.start) or verb is None \
                or verb.group(1) in PREPOSITIONS or verb.group(1) in DETERMINERS:
            return None  # "Along with the photo, he posted": no subject of an earlier sentence
        if not _may_be_surname(word, gender) or word in PLACES or low in ROLE_NOUNS or low in TITLES \
                or low in ORGANIZATION_WORDS \
                or re.search(r"\b" + re.escape(low) + r"\b", text) is not None:  # "critics"
            return None
        return word, n.name_start
    return None


def _may_be_surname(word: str, gender: str) -> bool:
    """Can the one capitalised ``word`` be the surname of someone "he"/"she" (``gender``) stands
    for: not an initialism ("NATO"), not too short, not a first name of the other gender?"""
    return len(word) >= 3 and not word.isupper() and first_names().get(word.lower(), gender) == gender


def _may_be_person(ctx: Context, link: Link, gender: str, pos: int) -> bool:
    """Whether the last speaker can be the "he" or "she" at ``pos``: a person, or a bare name of no
    known kind ("Johnson said ...": places and bodies are organisations already), whose first name
    (if it is one) fits the pronoun, and after which no other person of that gender was named."""
    if link.speaker_kind is EntityKind.PERSON:
        return True
    p = link.speaker
    if link.speaker_kind is not EntityKind.UNKNOWN or p is None or p.head is not Head.NAME:
        return False
    name = link.speaker_name
    if ctx.text[p.start:p.end] != name or " " in name or not _may_be_surname(name, gender):
        return False
    other = ctx.entities.person_mention_before(pos, gender, floor=p.end)
    return other is None


def _body_before(ctx: Context, pos: int) -> tuple[str, EntityKind] | None:
    """The organisation or outlet named last before ``pos`` in its sentence: what "it" stands for."""
    lo = ctx.sents[ctx.sentence_index(pos)][0]
    i = bisect_left(ctx.entities.starts, pos) - 1
    while i >= 0 and ctx.names[i].name_start >= lo:
        n = ctx.names[i]
        if n.kind is EntityKind.ORGANIZATION or n.kind is EntityKind.OUTLET:
            if n.kind is EntityKind.OUTLET and (o := _outlet_at(ctx, n.start, n.end)) is not None:
                return o.fullest or o.name, EntityKind.OUTLET
            return ctx.entities.resolve_name(n)[0], n.kind
        i -= 1
    return None


def _gender_ok(ctx: Context, name: str, gender: str) -> bool:
    known = ctx.entities.gender_of(name)
    return not known or known == gender


def _role_name(ctx: Context, p: Phrase) -> str:
    """A role phrase with its possessor named in full: "Olaf Scholz's spokesperson"."""
    text = ctx.text
    phrase = text[p.start:p.end]
    n = ctx.entities.name_at(p.start, p.end)
    if n is not None and n.possessive:
        full, _ = ctx.entities.resolve_name(n)
        if full != n.full and n.full in phrase:
            phrase = phrase.replace(n.full, full, 1)
    return phrase


def _outlet_before(ctx: Context, pos: int, kinds: frozenset[str] | None = None) -> OutletMention | None:
    """The outlet named last before ``pos``, within the previous few paragraphs, of one of ``kinds``
    (or of a kind the lexicon does not know) — by default those "the newspaper" at ``pos`` fits."""
    if kinds is None:
        kinds = _outlets.outlet_noun_kinds_at(ctx.text, pos)
    i = bisect_left(ctx.ostarts, pos) - 1
    floor = max(ctx.paras[max(0, ctx.paragraph_of(pos) - 4)][0], pos - 3000)
    while i >= 0 and ctx.outlets[i].start >= floor:
        o = ctx.outlets[i]
        if not ctx.in_quote(o.start) and (kinds is None or not o.kind or o.kind in kinds):
            return o
        i -= 1
    return None


def _outlet_at(ctx: Context, lo: int, hi: int) -> OutletMention | None:
    for o in ctx.outlets_in(max(0, lo - 4), hi):
        if o.start < hi and o.end > lo:
            return o
    return None


def _find_outlet(ctx: Context, link: Link, lo: int, hi: int) -> None:
    """The outlet the words came through: "told AFP", "to the BBC", "on Instagram"."""
    if link.outlet is not None:
        return
    text = ctx.text
    best = None
    for o in ctx.outlets_in(lo, hi):
        if ctx.in_quote(o.start):
            continue
        if link.speaker is not None and link.speaker.start <= o.start < link.speaker.end:
            continue
        before = text[max(0, o.start - 30):o.start]
        if _OUTLET_PREPOSITIONS.search(before) or (text[o.end:o.end + 2] in ("\u2019s", "'s")
                                                   and _OUTLET_PREPOSITIONS.search(before)):
            dist = abs(o.start - (link.cue[0] if link.cue else link.start))
            if best is None or dist < best[0]:
                best = (dist, o)
    if best is not None:
        link.outlet = best[1]
        link.note("outlet", best[1].name, best[1].start, best[1].end)
    elif ctx.outlets and ctx.ostarts[0] < hi:
        _find_outlet_noun(ctx, link, lo, hi)


def _find_outlet_noun(ctx: Context, link: Link, lo: int, hi: int) -> None:
    """ "told the newspaper", "in an interview with the network": the outlet the article named
    last, of a kind the noun fits (a newspaper is no network); none if the article named none."""
    for start, end, kinds in _outlets.told_outlet_nouns(ctx.text, lo, hi):
        if ctx.in_quote(start):
            continue
        o = _outlet_before(ctx, start, kinds)
        if o is not None:
            link.outlet = OutletMention(start, end, o.name, True, o.fullest, o.kind)
            link.note("outlet_noun", f"{ctx.text[start:end]} = {o.name}", start, end)
            return


# --------------------------------------------------------------------------- quotations


def _absolute_subject(ctx: Context, lo: int, pos: int) -> Phrase | None:
    """ "..., with Reed tweeting that": the phrase between ", with" and the participle at ``pos``
    is the participle's subject."""
    text = ctx.text
    w = None
    for w in _WITH_BEFORE.finditer(text, max(lo, pos - 60), pos):
        pass
    if w is None or ctx.in_quote(w.start()) or _PHRASE_BREAK.search(text, w.end(), pos):
        return None
    p = _speakers.before(text, w.end(), pos)
    if p is None or p.start != w.end() or p.head is Head.PRONOUN:
        return None
    return p


def _is_participle(word: str) -> bool:
    """ "saying", "adding", "pointing out": a participle cue."""
    return word.split(" ", 1)[0].endswith("ing")


def _credible(ctx: Context, p: Phrase, sent_lo: int) -> bool:
    """A one-word capitalised subject at the head of a sentence is a name only if the article
    uses it as one elsewhere ("Estimates of ..." is not a speaker; "Peskov said" is)."""
    if p.head is not Head.NAME or p.head_start != p.start:
        return True
    word = ctx.text[p.head_start:p.head_end]
    if " " in word or not ctx.text[sent_lo:p.start].strip(" \"'\u201c\u2018(") == "":
        return True
    return ctx.entities.known_word(word)


def _credible_acting(ctx: Context, p: Phrase, sent_lo: int) -> bool:
    """:func:`_credible`, or a lone capitalised word a past verb follows right away, as the
    subject a participle of speech hangs on: "Smith declined to comment, saying ..." (a noun
    that opens a sentence seldom acts, then speaks)."""
    if _credible(ctx, p, sent_lo):
        return True
    after = _WORD_AFTER.match(ctx.text, p.end)
    return after is not None and _past_form(after.group(1))


def _past_form(w: str) -> bool:
    """A past form of a verb, which is never a noun: "declined", "said", "left" (not "was":
    "Estimates were ..."; not "claims", "report"; not "need", "feed")."""
    low = w.lower()
    return low in IRREGULAR_PAST or low.endswith("ed") and len(low) > 4


#: The word right after a phrase: "Smith| declined".
_WORD_AFTER = re.compile(r"[ \t\u00a0]+(\w+)")


def _clean_last_paragraph(ctx: Context, q: RawQuote) -> bool:
    """The last paragraph of a quotation over paragraphs is a plain “...”, no quotation inside."""
    lo = ctx.paras[ctx.paragraph_of(q.end - 1)][0]
    seg = ctx.text[lo:q.end]
    if (ctx.text[q.start] == '"') != (ctx.text[q.end - 1] == '"'):
        return False  # a straight mark closed by a curly one: two quotations run together
    return len(_QUOTE_MARK.findall(seg)) + len(_SINGLE_CLOSE.findall(seg)) <= 2 and \
        not _has_quote_mark(ctx.text, q.inner_start, lo)


#: A determiner, and at most one hyphenated modifier, before a word make it a noun: "a retort",
#: "a Trump-style retort" (but "the source recalled" is a subject and its verb).
_NOUN_USE_WORDS = ("a", "an", "the", "his", "her", "their", "its", "this", "that")
_NOUN_USE = re.compile(r"\b(?:" + "|".join(_NOUN_USE_WORDS) + r")\s+(?:\w+(?:-\w+)+\s+)?$", re.IGNORECASE)


def _after_determiner(text: str, c: CueHit) -> bool:
    """ "offered a Trump-style retort, tweeting ...": a verb of saying after a determiner is used
    as a noun, and governs no quotation. (The cue stage drops the noun forms, "a post", "his
    remarks", outright: :func:`quoteattr._cues._used_as_noun`; this test is for any verb, and only
    where the verb that governs a quotation is chosen.)"""
    lo = max(0, c.start - 40)
    # what the pattern needs, tested first: a blank before the cue, and before that a word that
    # ends like a determiner or holds a hyphen
    last = text[lo:c.start].rsplit(None, 1)[-1:]
    if not text[c.start - 1:c.start].isspace() or not last or \
            "-" not in last[0] and not last[0].lower().endswith(_NOUN_USE_WORDS):
        return False
    return _NOUN_USE.search(text, lo, c.start) is not None


def _verb_as_noun(text: str, c: CueHit) -> bool:
    """Is the verb of saying ``c`` used as a noun, after a determiner (:func:`_after_determiner`)?
    Not a past form after "that", which is a relative pronoun there: "a group that said"."""
    return _after_determiner(text, c) and not (
        text[max(0, c.start - 6):c.start].split()[-1:] == ["that"]  # not "That said, ..."
        and _past_form(text[c.start:c.end].lower()))


#: A phrase of time or place after a reporting clause: "..., she said in a video message".
_PREPOSITION_AHEAD = re.compile(r"\s+(?:" + "|".join(sorted(TIME_PREPOSITIONS)) + r")\s")
#: "that" right after a speech noun: "her warning that".
_THAT_AFTER = re.compile(r"\s+that\b")
#: After a reporting clause, a second source: "..., Ellis said, according to the Ledger".
_RELAY_WORDS = re.compile(r"\b(?:according to|reports?|reported)\b")
#: What ends the reach of a reporting clause: a sentence end, a line break, a quotation mark.
_CLAUSE_BREAK = re.compile("[.\n\"\u201c\u201d?!]")
#: A subject followed by a gerund heads no clause of its own: "the partner being supportive".
_GERUND_AFTER = re.compile(r"\s+(?:\w+ly\s+)?\w+ing\b")
#: A place after an inverted speaker's name: "beamed Don Hartley of Madison, Alabama".
_OF_PLACE = re.compile(r"[ \u00a0]+of[ \u00a0]+[A-Z][\w.'\u2019-]*(?:[ \u00a0]+[A-Z][\w.'\u2019-]*)*")
#: A sentence that opens with its source: "According to the Ledger, ...".
_ACCORDING_OPENS = re.compile(r"[\s\"'\u201c\u2018(]*according to\b", re.IGNORECASE)
_FIRST_LETTER = re.compile(r"[^\W\d_]")
#: A single closing mark (or apostrophe) before a non-word character.
_SINGLE_CLOSE = re.compile("[\u2018\u2019']\\W")


def link_quotes(ctx: Context) -> list[Link]:
    """One :class:`Link` per quotation, in text order."""
    text = ctx.text
    links: list[Link] = []
    last: Link | None = None
    quotes = ctx.quotes
    for qi, q in enumerate(quotes):
        si = ctx.sentence_index(q.start)
        s_lo, s_hi, _ = ctx.sents[si]
        # a "sentence" of thousands of characters (no punctuation, lists of quotes) is looked at
        # only near the quotation, so that the work per quotation stays bounded
        # a quotation over paragraphs ends in a later sentence: "... ¶“B,” he said." — its
        # attribution follows the closing mark there
        ends_apart = q.paragraphs > 1 and q.closed and _clean_last_paragraph(ctx, q)
        if ends_apart:
            s_hi = max(s_hi, ctx.sents[ctx.sentence_index(q.end - 1)][1])
        s_lo, s_hi = max(s_lo, q.start - _WINDOW), min(s_hi, q.end + _WINDOW)
        # the parts of the sentence outside this quotation and its neighbours
        left_lo = s_lo
        if qi > 0 and quotes[qi - 1].end > s_lo:
            left_lo = max(s_lo, quotes[qi - 1].end)
        right_hi = s_hi
        if qi + 1 < len(quotes) and quotes[qi + 1].start < s_hi:
            right_hi = min(s_hi, quotes[qi + 1].start)
        link = Link(q.start, q.end, q.inner_start, q.inner_end, QuoteKind.PARTIAL, closed=q.closed,
                    paragraphs=q.paragraphs, single=q.single)
        if not q.closed:
            link.note("unclosed", "no closing quotation mark")
        if q.paragraphs > 1:
            link.note("multi_paragraph", f"runs over {q.paragraphs} paragraphs")
        left_empty = not _has_words(text, left_lo, q.start)
        right_empty = not _has_words(text, q.end, right_hi)
        whole_left_empty = not _has_words(text, s_lo, q.start) or _only_quotes(ctx, s_lo, q.start) \
            or _CONJUNCTION_ONLY.fullmatch(text, s_lo, q.start) is not None
        p = _link_by_cue(ctx, link, q, s_lo, s_hi, left_lo, right_hi, left_empty, right_empty)
        if p is None and whole_left_empty:
            p = _link_between(ctx, link, q, qi, ends_apart)
        if p is None and whole_left_empty and not ctx.cues_in(q.end, right_hi):
            p = _link_by_context(ctx, link, q, si, last)
        if p is None and last is not None and last.end > s_lo and not ctx.cues_in(last.end, q.start):
            # “A” and “B” in one sentence: the second shares the first's cue
            p = _share(link, last, "shared_cue")
        if p is None and not left_empty:
            # "her remark that “...”": a speech noun with an owner, opening the quotation's clause
            p = _speech_noun(ctx, link, s_lo, left_lo, q, that_clause=True)
        if p is None and not left_empty and not _is_title_like(text, q):
            p = _clause_subject(ctx, link, s_lo, q.start)
        if p is None and not left_empty:
            p = _speech_noun(ctx, link, s_lo, left_lo, q)
        if p is None and not left_empty and last is not None and _continues_without_cue(ctx, q, s_lo, s_hi, last):
            # “...,” Hennessey added. But that’s not the same thing as “...”: no cue, no new
            # subject — the quoted person goes on
            p = _share(link, last, "continuation_no_cue")
        link.kind = _kind(ctx, link, q, left_lo, right_hi, left_empty, right_empty)
        if p is not None and (_SO_CALLED.search(text, max(0, q.start - 12), q.start) and _weak_only(link)
                              or _is_title_like(text, q) and (_TITLED.search(text, max(0, q.start - 20), q.start)
                                                              or _is_show(ctx, q))):
            # "an editorial titled “A Bad Deal”", "She read “Anna Karenina”", "the so-called “peace
            # dividend”": titles and scare quotes, whoever is near them
            # "an editorial titled “A Bad Deal for Riverside,” the paper urged ...": a title
            link.rules.clear()
            link.cue = None
            p = None
        if p is not None:
            if link.speaker is None:
                _resolve(ctx, link, p, last)
            o_lo, o_hi = s_lo, s_hi
            if link.cue is not None and not (s_lo <= link.cue[0] < s_hi):
                # “Is this the best we can do?” Adeyemi told Reuters. — the cue's sentence
                c_lo, c_hi, _ = ctx.sents[ctx.sentence_index(link.cue[0])]
                o_lo, o_hi = min(s_lo, c_lo), max(s_hi, c_hi)
            _find_outlet(ctx, link, o_lo, o_hi)
        else:
            link.term = _term_reason(text, q, link.kind, whole_left_empty)
            link.note("no_speaker", "no cue or speaker near the quotation")
        if link.speaker is not None:
            _context_evidence(ctx, link)
        links.append(link)
        if link.speaker is not None:
            last = link
    _share_forward(ctx, links)
    return links


def _weak_only(link: Link) -> bool:
    """Did only weak rules link the speaker: a weak cue or a clause subject, and nothing surer?"""
    return all(r[0] in _WEAK_RULES for r in link.rules) and any(r[0] in ("weak_cue", "clause_subject") for r in link.rules)


_WEAK_RULES = frozenset({"clause_subject", "weak_cue", "cue_before", "cue_in_sentence", "speech_noun",
                         "apposition", "relative_pronoun", "coordinated_subject"})


#: Between two quotations of one list: "“...” and “...,” she said".
_LIST_GAP = re.compile(r"[\s,]*(?:(?:and|or)\s+)?")


def _share_forward(ctx: Context, links: list[Link]) -> None:
    """Guns are “a crisis” and “stunt growth,” Dean said: a quotation with no speaker of its own
    shares the cue after the next one when only "and" or a comma stands between them."""
    for k in range(len(links) - 2, -1, -1):
        a, b = links[k], links[k + 1]
        if a.speaker is not None or b.speaker is None or not any(r[0] in ("cue_after", "shared_cue_after")
                                                                  for r in b.rules):
            continue
        if ctx.sentence_index(a.start) != ctx.sentence_index(b.start) or not _LIST_GAP.fullmatch(ctx.text, a.end, b.start):
            continue
        a.term = ""
        a.rules = [r for r in a.rules if r[0] != "no_speaker"]
        _share(a, b, "shared_cue_after")
        _context_evidence(ctx, a)


def _continues_without_cue(ctx: Context, q: RawQuote, s_lo: int, s_hi: int, last: Link) -> bool:
    """Does this sentence go on with the last speaker's words? It has no cue and names no one,
    and the last quotation, in this paragraph, is a person's."""
    if last.speaker_kind is not EntityKind.PERSON or ctx.paragraph_of(last.end - 1) != ctx.paragraph_of(q.start):
        return False
    if ctx.cues_in(s_lo, s_hi) or ctx.entities.name_at(s_lo, q.start) is not None:
        return False
    if not _words_over(ctx.text, q.inner_start, q.inner_end, 4):
        return False  # "The contract's “green corridor” provisions": a few words are a term, not speech
    return not (_is_title_like(ctx.text, q) or _SO_CALLED.search(ctx.text, max(0, q.start - 12), q.start))


def _context_evidence(ctx: Context, link: Link) -> None:
    """Facts around an attribution that make it more or less likely to be right."""
    text = ctx.text
    p = link.speaker
    assert p is not None
    if p.head is Head.NAME and " " not in link.speaker_name and not ctx.entities.known_word(link.speaker_name):
        link.note("single_unknown_name", link.speaker_name, p.start, p.end)
    if link.cue is not None:
        lo, hi = (link.cue[1], link.start) if link.cue[1] <= link.start else (link.end, link.cue[0])
        if _words_over(text, lo, hi, 8):
            link.note("far_cue", f"{_n_words(text, lo, hi)} words between cue and quotation", lo, hi)
    # another name between the speaker and the quotation makes the link less sure
    lo, hi = (p.end, link.start) if p.end <= link.start else (link.end, p.start)
    if hi - lo > 0 and ctx.entities.name_at(lo, hi) is not None and _words_over(text, lo, hi, 3):
        link.note("name_in_between", "another name stands between speaker and quotation", lo, hi)
    if not _words_over(text, link.inner_start, link.inner_end, 3):
        link.note("short_quote", "three words or fewer", link.inner_start, link.inner_end)
    if _words_over(text, link.inner_start, link.inner_end, 40):
        link.note("long_quote", "more than forty words", link.inner_start, link.inner_end)
    link.note(f"speaker_is_{link.speaker_kind.value}", link.speaker_name, p.start, p.end)
    if link.single:
        link.note("single_marks", "in single quotation marks (headline style)", link.start, link.end)
    ps, pe = ctx.paras[ctx.paragraph_of(link.start)]
    if text[pe - 1:pe] not in ".!?\"'\u201d\u2019)" and not _words_over(text, ps, pe, 20):
        link.note("headline", "in a short line without final punctuation", ps, pe)
    _signals(ctx, link, p, lo, hi)


def _signals(ctx: Context, link: Link, p: Phrase, lo: int, hi: int) -> None:
    """The shape of the attribution, as the confidence model sees it: how far the speaker's
    mention is from the quotation, in characters and in sentences; whether a second source
    follows the reporting clause ("..., Ellis said, according to the Ledger"), who may be the
    one the words are credited to; whether the quotation starts in lowercase (a fragment)."""
    text = ctx.text
    gap = hi - lo
    for limit, rule in SPEAKER_GAPS:
        if gap <= limit:
            break
    link.note(rule)  # no detail and no offsets: one shared record per rule (see _confidence)
    si = ctx.sentence_index(link.start if p.end <= link.start else max(link.start, link.end - 1))
    apart = abs(ctx.sentence_index(p.start) - si)
    link.note(SENTENCE_GAPS[apart] if apart < len(SENTENCE_GAPS) else SENTENCE_GAPS[-1])
    if link.cue is not None:
        s_lo, s_hi = ctx.sents[si][0], ctx.sents[si][1]
        end = link.cue[1]
        stop = min(s_hi, end + 100)
        # the words as plain substrings first: most reporting clauses have none after them
        relay = _RELAY_WORDS.search(text, end, stop) \
            if end < s_hi and (text.find("accord", end, stop) >= 0 or text.find("report", end, stop) >= 0) else None
        if relay is not None and _CLAUSE_BREAK.search(text, end, relay.start()) is None:
            link.note("relayed", "a second source follows the reporting clause", relay.start(), relay.end())
        elif (opens := _ACCORDING_OPENS.match(text, s_lo)) is not None and p.start > opens.end() and \
                all(r[0] != "according_to" for r in link.rules):
            link.note("relayed", "a second source opens the sentence (\"according to\")", s_lo, p.start)
    first = _FIRST_LETTER.search(text, link.inner_start, link.inner_end)
    if first is not None and first.group().islower():
        link.note("lowercase_start", "the quotation starts in lowercase", first.start(), first.end())


def _only_quotes(ctx: Context, lo: int, hi: int) -> bool:
    """True if ``text[lo:hi]`` holds words only inside quotation marks (earlier parts of a split quote)."""
    pos = lo
    i = bisect_left(ctx.qstarts, lo)
    stop = i + 8  # a few earlier parts at most
    while i < len(ctx.quotes) and ctx.quotes[i].start < hi:
        if i >= stop:
            return False
        if _has_words(ctx.text, pos, ctx.quotes[i].start):
            return False
        pos = ctx.quotes[i].end
        i += 1
    return not _has_words(ctx.text, pos, hi)


def _accept(link: Link, p: Phrase, notes: list[Note], cue: tuple[int, int] | None, rule: str,
            ctx: Context, weak: bool = False) -> Phrase:
    """Keep a phrase as the speaker: record the rule, its notes and the cue (if there is one)."""
    text = ctx.text
    link.rules.extend(notes)
    link.cue = cue
    lo, hi = cue if cue is not None else (p.start, p.end)
    link.note(rule, text[lo:hi], lo, hi)
    if weak:
        link.note("weak_cue", text[lo:hi], lo, hi)
    return p


def _colon_before(text: str, lo: int, pos: int) -> int:
    """The offset of a colon that ends ``text[lo:pos]`` (blanks aside), or -1."""
    before = text[lo:pos].rstrip()
    return lo + len(before) - 1 if before.endswith(":") else -1


_DASH_BEFORE = re.compile(r"\s[-\u2013\u2014]+\s*")
_AND = re.compile(r"[ \u00a0]+(?:and|&)[ \u00a0]+")
_FROM_START = re.compile(r"\s*(?=(?:More\s+|Also\s+)?[Ff]rom\s)")
_FROM = re.compile(r"(?:(?:More|more|Also|also)\s+)?(?:[Ff]rom\s+)?")


def _dash_colon_source(ctx: Context, link: Link, left_lo: int, q: RawQuote) -> Phrase | None:
    """"STATE BUDGET FALLS SHORT - Anna Perez: “...”", "More from the report: “...”": the source
    named between a dash (or "From") and the colon before the quotation."""
    text = ctx.text
    colon = _colon_before(text, left_lo, q.start)
    if colon < 0:
        return None
    dash = None
    for m in _DASH_BEFORE.finditer(text, max(left_lo, colon - 80), colon):
        if not ctx.in_quote(m.start()):
            dash = m
    if dash is None:
        dash = _FROM_START.match(text, left_lo, colon)
        if dash is None:
            return None
    lo = _FROM.match(text, dash.end(), colon).end()
    p = _speakers.after(text, lo, colon)
    if p is None or p.start != lo or p.head is Head.PRONOUN:
        return None
    if _has_words(text, p.end, colon):
        # "- Ana Ruiz and Tom Ng: “...”": two sources joined by "and"; the first stands for both
        also = _AND.match(text, p.end, colon)
        other = _speakers.after(text, also.end(), colon) if also is not None else None
        if other is None or other.start != also.end() or _has_words(text, other.end, colon):
            return None
    return _accept(link, p, [], (colon, colon + 1), "colon_clause", ctx)


_COMMA_CLOSE = re.compile(",[\"\u201d\u2019']$")
#: The end of a comma-set phrase right before a verb: ", said", ", later told".
_COMMA_END = re.compile(r",\s*(?:\w+ly\s+)?$")


def _subject_after_quote(ctx: Context, link: Link, q: RawQuote, right: Sequence[CueHit],
                         right_hi: int) -> Phrase | None:
    """“...,” Harry Lin, 30, of Dayton, Ohio, who was at the rally, said: the phrase right after the
    quotation is the subject of the first verb of saying past its comma-set phrases."""
    text = ctx.text
    if not right or not _COMMA_CLOSE.search(text, max(0, q.end - 2), q.end) \
            or text.find(",", q.end, right[-1].start) < 0:
        return None  # no verb after the quotation, or no comma-set phrase before one
    p = _speakers.after(text, q.end, right_hi)
    if p is None or _has_words(text, q.end, p.first) or p.head is Head.PRONOUN:
        return None
    for c in right:
        if c.start < p.end:
            continue
        if _words_over(text, p.end, c.start, 25):
            return None
        gap = text[p.end:c.start]
        # only comma-set phrases between the subject and the verb: ", 30, of Dayton, Ohio, who ...,"
        if not gap.lstrip().startswith(","):
            return None
        if not _COMMA_END.search(gap):
            continue  # a verb inside the comma-set phrase: "who was not authorized to speak"
        if c.kind is not CueKind.VERB or _is_participle(text[c.start:c.end]) or c.weak:
            return None
        if _has_quote_mark(text, p.end, c.start):
            return None
        return _accept(link, p, [("apposition", text[p.start:p.end], p.start, p.end)], (c.start, c.end),
                       "cue_after", ctx, c.weak)
    return None


def _link_by_cue(ctx: Context, link: Link, q: RawQuote, s_lo: int, s_hi: int, left_lo: int,
                 right_hi: int, left_empty: bool, right_empty: bool) -> Phrase | None:
    text = ctx.text
    right = ctx.cues_in(q.end, right_hi)
    left = ctx.cues_in(left_lo, q.start)
    # “...,” Trump said / “...,” said Trump / “...,” Rizzo, the party chair, said
    para_hi = ctx.paras[ctx.paragraph_of(q.start)][1]
    dash = _DASH_ATTRIBUTION.match(text, q.end, para_hi)
    if dash is not None:
        p = _speakers.after(text, dash.end(), para_hi)
        if p is not None and p.head is Head.NAME:
            return _accept(link, p, [], (dash.start(), dash.end()), "dash_attribution", ctx)
    # “...,” Harry Lin, 30, of Dayton, Ohio, who was at the rally, said: the phrase right after
    # the quotation is the subject of a verb of saying past commas, ages and relative clauses
    p = _subject_after_quote(ctx, link, q, right, right_hi)
    if p is not None:
        return p
    for c in right[:3]:
        cue = _verbal(ctx, c, q.end, right_hi)
        notes: list[Note] = []
        p = _speaker_for_cue(ctx, cue, q.end, right_hi, s_lo, notes)
        if p is not None and p.end > q.end:
            # nothing but the speaker between the quotation and the cue, or nothing at all
            # before an inverted cue: “...,” he said / “...,” said Peskov
            edge = c.start if p.start >= cue.end else p.first
            gap = text[q.end:edge]
            if p.first >= q.end and (not _has_words(text, q.end, edge) or _AS_ONLY.fullmatch(gap)
                                     or _ADVERB_ONLY.fullmatch(gap)
                                     or (p.start < cue.end and _only_title_words(text, q.end, edge))):
                return _accept(link, p, notes, (cue.start, cue.end), "cue_after", ctx, cue.weak)
        if _words_over(text, q.end, c.start, 12):
            break
    # “...” by Joshua Hendrick: the agent of a passive naming verb ("has been called “X” by Y")
    agent = _PASSIVE_AGENT.match(text, q.end, right_hi)
    if agent is not None and any(c.weak or c.naming for c in left[-1:]):
        p = _speakers.after(text, agent.end() - 1, right_hi)
        if p is not None:
            return _accept(link, p, [], (agent.start(), agent.end()), "passive_agent", ctx, True)
    # "STATE BUDGET FALLS SHORT - Anna Perez: “...”", "More from the report: “...”": a source
    # named between a dash (or "From") and the colon before the quotation
    p = _dash_colon_source(ctx, link, left_lo, q)
    if p is not None:
        return p
    # a reporting clause set off by commas governs its whole sentence:
    # “A big truck” plowed through the barriers, he said, and “everyone started running.”
    p = _parenthetical(ctx, link, s_lo, s_hi, q)
    if p is not None:
        return p
    # what Trump called a “...”: a weak or naming cue whose object is the quotation binds tightest
    for c in reversed(left):
        if c.kind is CueKind.VERB and c.naming and _governs(text, c, q):
            notes = []
            p = _speaker_for_cue(ctx, c, s_lo, s_hi, s_lo, notes, inverted=False)
            if p is not None and p.end <= c.start and not (c.naming and _thing(text, p)):
                return _accept_outer(ctx, link, left, p, s_lo, s_hi) \
                    or _accept(link, p, notes, (c.start, c.end), "cue_before", ctx, True)
        break
    # Trump said: “...” / Sullivan stated that the plan aims “to ...”: the nearest verb of
    # saying with a speaker; weak verbs ("praised", "decried") only if no strong one has one
    for weak in (False, True):
        for c in _by_preference(text, left, q):
            if c.kind is not CueKind.VERB or c.weak is not weak or _verb_as_noun(text, c):
                continue
            notes = []
            p = _speaker_for_cue(ctx, c, s_lo, s_hi, s_lo, notes)
            if p is None or p.start >= q.start:
                continue
            if p.start > c.end and not text[p.end:q.start].lstrip().startswith((",", ":")):
                continue  # "said the plan would ...", "said Trump's remarks “...”": no inverted speaker
            if weak and p.head is Head.ROLE:
                # "They slammed the loophole called an “inversion”": a weak verb's nearest noun is
                # often its object; a person heading the clause is the better speaker
                subj = _speakers.clause_subject(text, _clause_start(ctx, s_lo, c.start), c.start)
                if subj is not None and subj.head is not Head.ROLE and subj.end <= c.start \
                        and _credible(ctx, subj, s_lo):
                    p, notes = subj, []
            outer = _accept_outer(ctx, link, left, p, s_lo, s_hi)
            if outer is not None:
                return outer
            near = not _words_over(text, c.end, q.start, 3)
            return _accept(link, p, notes, (c.start, c.end), "cue_before" if near else "cue_in_sentence",
                           ctx, weak)
    for c in reversed(left):
        if c.kind is CueKind.ACCORDING:
            notes = []
            p = _speaker_for_cue(ctx, c, s_lo, s_hi, s_lo, notes)
            if p is not None and p.start < q.start:
                return _accept(link, p, notes, (c.start, c.end), "cue_in_sentence", ctx)
    # a cue phrase alone ("in a statement to AFP, ...") falls back on the sentence's subject
    phrases = [c for c in left if c.kind is CueKind.PHRASE]
    if phrases:
        p = _speakers.clause_subject(text, s_lo, q.start)
        if p is not None:
            c = phrases[-1]
            return _accept(link, p, [], (c.start, c.end), "phrase_subject", ctx)
    # the whole sentence hangs on "according to" somewhere else in it
    for c in ctx.cues_in(s_lo, s_hi):
        if c.kind is CueKind.ACCORDING and not (q.start <= c.start < q.end):
            p = _speakers.after(text, c.end, s_hi)
            if p is not None and not (q.start <= p.start < q.end):
                return _accept(link, p, [("according_to", "according to", c.start, c.end)],
                               (c.start, c.end), "cue_in_sentence", ctx)
    # a colon after a clause: "Trump went even further: “...”"
    colon = _colon_before(text, left_lo, q.start)
    if colon >= 0 and _has_words(text, left_lo, q.start):
        # the subject of the clause the colon ends: "Reid said ..., but he gave the Texan a
        # back-handed compliment: “...”" — he, in that clause
        lo = _clause_start(ctx, s_lo, colon)
        p = _speakers.clause_subject(text, lo, colon) if lo > s_lo else None
        if p is not None and _GERUND_AFTER.match(text, p.end):
            p = None  # "..., and the partner being supportive: “...”" is no clause of its own
        if p is None:
            p = _speakers.clause_subject(text, s_lo, colon)
        if p is None:
            # "Here’s Clinton in December 1992: “...”" presents the speaker
            here = _HERE_IS.match(text, s_lo, colon)
            p = _speakers.after(text, here.end(), colon) if here is not None else None
        if p is not None and p.end <= colon:
            return _accept(link, p, [], (colon, colon + 1), "colon_clause", ctx)
    return None


#: A sentence that opens with a conjunction and then the quotation: "But “...”".
_CONJUNCTION_ONLY = re.compile(r"[\s(]*(?:" + "|".join(sorted(QUOTE_CONJUNCTIONS)) + r")[\s,]*")
_HERE_IS = re.compile(r"\s*(?:Here|There)(?:'s|\u2019s|\s+is|\s+was|\s+are)\s+(?:how\s+|what\s+)?")


#: Where a new clause with its own subject starts: "; ", ", and he", ", but the party".
_SUBJECT_AHEAD = r"(?=(?:he|she|they|we|it|I|the|a|an|his|her|their|its|[A-Z])\b)"
#: Where a new main clause with its own subject starts: "; ", ", and he", ", but the party".
_CLAUSE_BOUNDARY = re.compile(
    r";|(?:(?<=,)|(?<=,[\"\u201d\u2019']))\s+(?:and|but|so|yet)\s+" + _SUBJECT_AHEAD
    + r"|\b(?:and|but)\s+(?=(?:he|she|they|we)\b)")
#: The same, and subordinate clauses too: ", although she", "as he".
_ANY_CLAUSE_BOUNDARY = re.compile(
    r";|(?:(?<=,)|(?<=,[\"\u201d\u2019']))\s+"
    r"(?:and|but|so|yet|while|though|although|because|when|after|before|as|since|if)\s+" + _SUBJECT_AHEAD + r"|\b(?:and|but|as|although|though|because|while)\s+(?=(?:he|she|they|we)\b)")


def _speech_noun(ctx: Context, link: Link, s_lo: int, left_lo: int, q: RawQuote, *,
                 that_clause: bool = False) -> Phrase | None:
    """her comment that “...” / Trump's claim that “...”: the owner of the words said. With
    ``that_clause``, only a noun that "that" follows ("her claim that she “never sent ...”")."""
    text = ctx.text
    for m in _WORD_TOKENS.finditer(text, max(left_lo, q.start - 80), q.start):
        if m.group().lower() in SPEECH_NOUNS and not _words_over(text, m.end(), q.start, 6) \
                and not ctx.in_quote(m.start()) \
                and (not that_clause or _THAT_AFTER.match(text, m.end(), q.start) is not None):
            p = _speakers.possessor(text, max(s_lo, m.start() - 60), m.start())
            if p is not None:
                return _accept(link, p, [], (m.start(), m.end()), "speech_noun", ctx)
    return None


def _clause_start(ctx: Context, s_lo: int, pos: int, *, subordinate: bool = False) -> int:
    """Where the clause holding ``pos`` begins: after the last "; " or ", and" before it
    (with ``subordinate``, after ", although", "as he" too)."""
    lo = s_lo
    pattern = _ANY_CLAUSE_BOUNDARY if subordinate else _CLAUSE_BOUNDARY
    for m in pattern.finditer(ctx.text, s_lo, pos):
        if not ctx.in_quote(m.start()):
            lo = m.end()
    return lo


def _clause_subject(ctx: Context, link: Link, s_lo: int, qstart: int) -> Phrase | None:
    """No cue at all: the subject of the clause the quoted words sit in, as weak evidence.

    "He rails against its “Great Wall of Protectionism”" — he is the one using the words.
    """
    text = ctx.text
    lo = _clause_start(ctx, s_lo, qstart, subordinate=True)
    rel = _RELATIVE.search(text, lo, qstart)
    if rel is not None and not _has_quote_mark(text, rel.end(), qstart) and "," not in text[rel.end():qstart]:
        # "Trump, who has postured himself as the “law and order candidate”": the relative
        # pronoun is the subject, its antecedent the person
        ante = _speakers.before(text, max(s_lo, rel.start() - 200), rel.start())
        if ante is not None and ante.head is not Head.PRONOUN:
            p = Phrase(rel.start(1), rel.end(1), ante.head, ante.head_start, ante.head_end,
                       relative=True, outer_start=ante.first)
            return _accept(link, p, [("relative_pronoun", "who", rel.start(1), rel.end(1))], None,
                           "clause_subject", ctx)
    p = _speakers.clause_subject(text, lo, qstart)
    if p is None or p.end > qstart or not _credible(ctx, p, s_lo if lo == s_lo else lo):
        return None
    if p.head is Head.PRONOUN and text[p.head_start:p.head_end].lower() in IMPERSONAL_PRONOUNS \
            and _COPULA_AFTER.match(text, p.head_end):
        return None  # "It's “this new in-your-face journalism.”": a dummy "it" says nothing
    if p.head is Head.ROLE and text[p.head_start:p.head_end].lower() in SPEECH_NOUNS:
        # "His assumption was that “...”", "Clinton’s broadside against “...”": the owner of the words
        owner = _speakers.possessor(text, max(s_lo, p.start - 60), p.head_start)
        if owner is not None and owner.start >= p.start:
            p = owner
    if not text[p.end:qstart].strip() and p.head is Head.ROLE:
        return None  # "The so-called “safe harbor” rules": the quotation is inside the subject
    if _INSIDE_NP.fullmatch(text, p.end, qstart):
        return None  # "Residents of the “safe harbor” zone were moved": still inside the subject
    return _accept(link, p, [], None, "clause_subject", ctx)


#: A copula after "it" or "you": "It's", "it was", "you are" — the subject of no speech.
_COPULA_AFTER = re.compile(r"(?:['\u2019](?:s|re)|\s+(?:is|was|are|were|seems|seemed|has\s+been|will\s+be|would\s+be))\b",
                           re.IGNORECASE)


def _only_title_words(text: str, lo: int, hi: int) -> bool:
    """A few title words and no punctuation: “...,” public defender Shannon Quill wrote."""
    gap = text[lo:hi].strip(" ,\"'\u201d\u2019")
    words = gap.split()
    if not 0 < len(words) <= 6 or any(ch in gap for ch in ",;.:!?()\u2013\u2014"):
        return False
    titles = sum(w.lower() in TITLES or w.lower() in ROLE_NOUNS or w.lower() in TITLE_MODIFIERS
                 or w.lower().endswith(("er", "or", "ist", "ant", "ent")) or ("-" in w and w.islower())
                 for w in words)
    # an organisation naming the title: “...,” CBS This Morning co-anchor Dana Reyes said
    names = sum(w[:1].isupper() or w[:1].isdigit() or w[:1] == "$" or w in ORG_TITLE_LINKS for w in words)
    return titles == len(words) or (titles > 0 and len(words) > titles and names + titles >= len(words)
                                     and not words[0][:1].islower())


def _parenthetical(ctx: Context, link: Link, s_lo: int, s_hi: int, q: RawQuote) -> Phrase | None:
    text = ctx.text
    for c in ctx.cues_in(s_lo, s_hi):
        if c.kind is not CueKind.VERB or c.weak or q.start <= c.start < q.end:
            continue
        # the clause between the commas around the cue is just speaker + cue (+ adverbs)
        lo = text.rfind(",", s_lo, c.start)
        if lo < 0:
            continue
        hi_m = _CLAUSE_END.search(text, c.end, s_hi)
        while hi_m and hi_m.end() > hi_m.start() and (o := _outlet_at(ctx, hi_m.start(), hi_m.end())) is not None:
            hi_m = _CLAUSE_END.search(text, o.end, s_hi)  # the period of "O Estado de S. Paulo"
        hi = hi_m.start() if hi_m else s_hi
        final = not _has_words(text, hi, s_hi)  # "..., said Ohio State University professor Paul Beck."
        # at the end of the sentence, a phrase of time or place may follow: "..., she said in a
        # video message to the convention."
        place = final and _PREPOSITION_AHEAD.match(text, c.end, hi) is not None
        if _words_over(text, lo, c.end if place else hi, 10 if final else 6) or _has_quote_mark(text, lo + 1, hi):
            continue
        notes: list[Note] = []
        p = _speaker_for_cue(ctx, c, lo + 1, hi, s_lo, notes)
        if p is None or not (lo < p.start < hi) or p.head is Head.ROLE and p.end - p.start > 30:
            continue
        # nothing but the speaker and the cue (and a few adverbs) between the commas
        first = c.start if p.start >= c.end else p.first
        tail = max(c.end, p.end)
        limit = 8 if final and _PREPOSITION_AHEAD.match(text, tail, hi) is not None else 3
        if _has_words(text, lo + 1, first) or _words_over(text, tail, hi, limit):
            continue
        return _accept(link, p, notes, (c.start, c.end), "parenthetical_cue", ctx)
    return None


def _verbal(ctx: Context, c: CueHit, lo: int, hi: int) -> CueHit:
    """For "said in a statement", the verb, not the phrase, carries the speaker."""
    if c.kind is CueKind.PHRASE:
        for d in ctx.cues_in(c.end, hi):
            if d.kind is CueKind.VERB:
                return d
    return c


_THAT_WORD = re.compile(r"\bthat\b", re.IGNORECASE)
#: A verb of saying whose complement clause starts right after it: "said she", "said that".
_COMPLEMENT_START = re.compile(
    r"\s+(?:(?:on|last|this)\s+\w+\s+|\w+ly\s+)?(?:that\b|(?:he|she|they|we|I|it)\b)", re.IGNORECASE)


def _personal(text: str, p: Phrase) -> bool:
    """A name, a pronoun, or a role noun for people ("the judge"), not a thing."""
    return p.head is not Head.ROLE or text[p.head_start:p.head_end].lower() in ROLE_NOUNS and \
        text[p.head_start:p.head_end].lower() not in DOCUMENT_NOUNS


def _thing(text: str, p: Phrase) -> bool:
    """A noun phrase for a thing, not a person: "a book called “...”" names, it does not speak."""
    if p.head is not Head.ROLE:
        return False
    head = text[p.head_start:p.head_end].lower()
    return head in DOCUMENT_NOUNS or head not in ROLE_NOUNS


def _acted_on(text: str, p: Phrase) -> bool:
    """A thing a clause acts on, which says nothing itself: "opened the debate", "gave an account".
    Not people ("spectators") nor things that carry words ("held a sign saying ...")."""
    if p.head is not Head.ROLE:
        return False
    head = text[p.head_start:p.head_end].lower()
    return head not in ROLE_NOUNS and head not in TEXT_CARRIER_NOUNS and \
        not head.rstrip("s").endswith(PERSON_NOUN_ENDINGS)


def _by_preference(text: str, left: list[CueHit], q: RawQuote) -> list[CueHit]:
    """Cues before a quotation, most likely governing first: a verb that opens a that-clause
    holding the quotation ("declared ... that any deal would demand “...”") comes before the
    verbs inside that clause; otherwise the nearest comes first."""
    nearest = list(reversed(left))
    if nearest and nearest[0].kind is CueKind.VERB and not _words_over(text, nearest[0].end, q.start, 2):
        return nearest  # "O'Malley interjected: “...”" — a cue right before the quotation wins
    opener = None
    for k, c in enumerate(left):
        if c.kind is CueKind.VERB and not c.weak:
            nxt = left[k + 1].start if k + 1 < len(left) else q.start
            bare = _COMPLEMENT_START.match(text, c.end, nxt)
            if bare is not None and k + 1 < len(left):
                opener = (c, bare.end())  # "She said she asked ...": the clause is said
                continue
            m = _THAT_WORD.search(text, c.end, q.start)
            if m is not None and m.start() < nxt and not _words_over(text, c.end, m.start(), 10):
                opener = (c, m.end())
    if opener is None:
        return nearest
    c, that_end = opener
    for d in left:
        if d.start > that_end and d.kind is CueKind.VERB and not d.weak:
            p = _speakers.before(text, that_end, d.start)
            if p is not None and p.head is not Head.ROLE and text[that_end:p.first].rstrip()[-1:] in (",", ";", ":"):
                return nearest  # a new main clause after the that-clause: "..., Rubio fired back"
    return [c] + [d for d in nearest if d is not c]


def _governs(text: str, c: CueHit, q: RawQuote) -> bool:
    """Is the quotation the cue's object? "called (the governor) “...”", not "called on members to be “...”"."""
    words = _WORD_TOKENS.findall(text, c.end, q.start)
    return len(words) <= 3 and not any(w.lower() in NOT_IN_OBJECT for w in words)


def _link_by_context(ctx: Context, link: Link, q: RawQuote, si: int, last: Link | None) -> Phrase | None:
    """A quotation that is a sentence of its own: the speaker comes from around it."""
    text = ctx.text
    para = ctx.paragraph_of(q.start)
    sj = ctx.sentence_index(max(q.start, q.end - 1))  # the sentence the quotation ends in
    if sj + 1 < len(ctx.sents):
        n_lo, n_hi, n_para = ctx.sents[sj + 1]
        dash = _DASH_ATTRIBUTION.match(text, n_lo) if n_para == ctx.paragraph_of(q.end - 1) + 1 else None
        if dash is not None and n_hi - n_lo < 60:
            # “...” ¶ - Sanders.
            p = _speakers.after(text, dash.end(), n_hi)
            if p is not None and p.head is not Head.PRONOUN:
                return _accept(link, p, [], (n_lo, dash.end()), "dash_attribution", ctx)
    if si > 0:
        p_lo, p_hi, p_para = ctx.sents[si - 1]
        prev_text = text[p_lo:p_hi].rstrip()
        if prev_text.endswith(":") and p_para >= para - 1 and not ctx.in_quote(p_hi - 1):
            for c in reversed(ctx.cues_in(p_lo, p_hi)):
                notes = []
                p = _speaker_for_cue(ctx, c, p_lo, p_hi, p_lo, notes)
                if p is not None:
                    return _accept(link, p, notes, (c.start, c.end), "colon_intro", ctx)
            p = _speakers.before(text, p_lo, p_hi - 1)
            if p is not None and p.head is Head.ROLE and text[p.head_start:p.head_end].lower() in DOCUMENT_NOUNS:
                # "Trump issued the following statement:" — the issuer speaks, not the statement
                subj = _speakers.clause_subject(text, p_lo, p.start)
                if subj is not None and subj.head is not Head.ROLE or subj is not None and \
                        text[subj.head_start:subj.head_end].lower() not in DOCUMENT_NOUNS:
                    p = subj
            if p is not None and p.head is not Head.PRONOUN:
                link.cue = (p_hi - 1, p_hi)
                link.note("colon_intro", ":", p_hi - 1, p_hi)
                return p
    if last is not None and last.speaker is not None:
        last_para = ctx.paragraph_of(last.start)
        if para - last_para <= 1 and not _other_speaker_between(ctx, last, q):
            return _share(link, last, "continuation_same_paragraph" if para == last_para else "continuation")
    if si > 0:
        # "Clinton touted her plan. “We need ...”": the sentence before names who speaks
        p_lo, p_hi, p_para = ctx.sents[si - 1]
        if p_para >= para - 1 and not ctx.in_quote(p_lo) and not _has_quote_mark(text, p_lo, p_hi):
            for weak in (False, True):
                for c in ctx.cues_in(p_lo, p_hi):  # the main verb comes first
                    if c.kind is not CueKind.VERB or c.weak is not weak:
                        continue
                    notes = []
                    p = _speaker_for_cue(ctx, c, p_lo, p_hi, p_lo, notes, inverted=False)
                    if p is not None and _personal(text, p):
                        return _accept(link, p, notes, (c.start, c.end), "preceding_cue", ctx, weak)
            p = _speakers.clause_subject(text, p_lo, p_hi)
            if p is not None and _personal(text, p) and _credible(ctx, p, p_lo):
                return _accept(link, p, [], None, "preceding_subject", ctx)
    return None


def _link_between(ctx: Context, link: Link, q: RawQuote, qi: int, ends_apart: bool) -> Phrase | None:
    """“A?” Scarborough continued. “B?” — the attribution sits between two quotations (or ends
    the paragraph), even where the sentence splitter broke after the question mark."""
    text = ctx.text
    para = ctx.paragraph_of(q.end - 1 if ends_apart else q.start)
    hi = ctx.paras[para][1]
    if qi + 1 < len(ctx.quotes):
        hi = min(hi, ctx.quotes[qi + 1].start)
    if hi <= q.end:
        return None
    word = _NON_SPACE.search(text, q.end, hi)
    nxt = ctx.sentence_index(word.start() if word is not None else hi - 1)
    if ctx.sents[nxt][1] > q.end:
        hi = min(hi, ctx.sents[nxt][1])  # “A?” Ortiz posted on X. The documentary “B” ...: up to the period
    open_end = hi < ctx.paras[para][1] and text[q.end:hi].rstrip()[-1:] not in (".", ",", ":", ";", "!", "?", "\u2014")
    ended = text[q.inner_end - 1:q.inner_end] == "." and text[q.inner_end - 2:q.inner_end] != ".."
    for c in ctx.cues_in(q.end, hi):
        if c.kind is not CueKind.VERB or _words_over(text, q.end, c.start, 14):
            return None
        if open_end and (c.naming or c.weak):
            return None  # “B.” Marco Diaz called the plan “…” — the clause belongs to the next quotation
        if ended and _words_over(text, c.end, hi, 3):
            return None  # “... campaign.” Kasich said he would have ...: a new sentence, with words of its own
        notes: list[Note] = []
        p = _speaker_for_cue(ctx, c, q.end, hi, q.end, notes)
        if p is None or p.start < q.end:
            return None
        edge = c.start if p.start >= c.end else p.first
        if _has_words(text, q.end, edge):
            return None
        return _accept(link, p, notes, (c.start, c.end), "cue_after", ctx, c.weak)
    return None


_NON_SPACE = re.compile(r"\S")


def _share(link: Link, last: Link, rule: str) -> Phrase | None:
    """Give this quotation the speaker, outlet and cue of an earlier one."""
    link.speaker = last.speaker
    link.speaker_name = last.speaker_name
    link.speaker_kind = last.speaker_kind
    link.outlet = last.outlet
    link.cue = last.cue
    link.note(rule, f"continues the quotation of {last.speaker_name}", last.start, last.end)
    return last.speaker


def _other_speaker_between(ctx: Context, last: Link, q: RawQuote) -> bool:
    """Is there a sentence between the last attributed quotation and this one that is not a quote?"""
    text = ctx.text
    lo, hi = ctx.sents[ctx.sentence_index(last.end - 1)][1], q.start
    if hi - lo > 600:
        return True
    # words outside quotation marks between the two, other than the attribution itself
    pos = lo
    i = bisect_left(ctx.qstarts, lo)
    while i < len(ctx.quotes) and ctx.quotes[i].start < hi:
        if _has_words(text, pos, ctx.quotes[i].start):
            return True
        pos = ctx.quotes[i].end
        i += 1
    # "But “...”" goes on
    return _CONJUNCTION_ONLY.fullmatch(text, pos, hi) is None and _has_words(text, pos, hi)


#: "“...” ― Name": a dash and a name after a quotation (epigraphs, vox pops, lists of quotes).
_DASH_ATTRIBUTION = re.compile(r"[ \u00a0]*[-\u2013\u2014\u2015]+[ \u00a0]*(?=[A-Z@])")
_QUOTE_MARK = re.compile("[\"\u201c\u201d\u00ab\u00bb\u201e]")


def _has_quote_mark(text: str, lo: int, hi: int) -> bool:
    return _QUOTE_MARK.search(text, lo, hi) is not None


def _kind(ctx: Context, link: Link, q: RawQuote, left_lo: int, right_hi: int, left_empty: bool,
          right_empty: bool) -> QuoteKind:
    text = ctx.text
    if left_empty and right_empty:
        return QuoteKind.DIRECT
    rules = {r[0] for r in link.rules}
    if left_empty and "cue_after" in rules:
        return QuoteKind.DIRECT
    before = text[left_lo:q.start].rstrip()
    if before.endswith((",", ":")) and (right_empty or "cue_after" in rules):
        inner = text[q.inner_start:q.inner_start + 2].lstrip()
        cue_left = link.cue is not None and link.cue[1] <= q.start
        if inner[:1].isupper() or before.endswith(":") or "cue_before" in rules or (cue_left and right_empty):
            return QuoteKind.DIRECT
    if left_empty and link.cue is None:
        return QuoteKind.DIRECT if _words_over(text, q.inner_start, q.inner_end, 6) else QuoteKind.PARTIAL
    return QuoteKind.PARTIAL


def _term_reason(text: str, q: RawQuote, kind: QuoteKind, sentence_start: bool = False) -> str:
    """Why marks with no speaker hold a term rather than a quotation ("" if they hold one)."""
    if q.single:
        return "single_marks"  # outside headlines, single marks only nest
    if _SO_CALLED.search(text, max(0, q.start - 12), q.start):
        return "scare_quote"
    if _is_title_like(text, q) and any(w[:1].isupper() for w in text[q.inner_start:q.inner_end].split()):
        return "title"
    if kind is QuoteKind.PARTIAL and not _words_over(text, q.inner_start, q.inner_end, 4) and not sentence_start:
        return "scare_quote"
    return ""


def _is_show(ctx: Context, q: RawQuote) -> bool:
    """Title-case words in marks after "on" or "in", after an outlet's possessive or after a noun
    for a work: a programme, a book, a film ('on ABC’s “This Week”', 'his book “Backfire”')."""
    text = ctx.text
    inner = text[q.inner_start:q.inner_end]
    if not inner[:1].isupper():
        return False
    lo = max(0, q.start - 40)
    if _SHOW_BEFORE.search(text, lo, q.start) is not None:
        return True
    work = _WORK_BEFORE.search(text, lo, q.start)
    if work is not None and work.group(1).lower() in WORK_NOUNS:
        return True
    owner = _POSSESSIVE_BEFORE.search(text, lo, q.start)
    return owner is not None and _outlet_at(ctx, owner.start(), owner.end() - 3) is not None


#: The word before a title: 'the book “Backfire”', 'author of “A Bitter Pill”'.
_WORK_BEFORE = re.compile(r"\b([A-Za-z-]+)(?:\s+of)?[ \u00a0]+$")
#: A possessive right before a title: 'ABC’s “This Week”'.
_POSSESSIVE_BEFORE = re.compile(r"\w+(?:'s|\u2019s)[ \u00a0]+$")


def _is_title_like(text: str, q: RawQuote) -> bool:
    """Short quoted words in title case ("Meet the Press") or a single word: a name, not speech."""
    inner = text[q.inner_start:q.inner_end].strip(" ,.")
    words = inner.split(None, 7)  # seven words or more are as good as all of them: not a title
    if len(words) <= 1:
        return True
    if len(words) > 6:
        return False
    caps = sum(1 for w in words if w[:1].isupper())
    if caps >= len(words) - 1:
        return True
    small = sum(1 for w in words[1:] if w in TITLE_SMALL_WORDS)
    return words[0][:1].isupper() and caps >= 2 and caps + small >= len(words) - 1


# --------------------------------------------------------------------------- reported speech


def link_indirect(ctx: Context, quoted: Sequence[Link]) -> list[Link]:
    """Reported speech: "Zelensky warned that ...", "..., The Washington Post reported."""
    text = ctx.text
    used = {lk.cue for lk in quoted if lk.cue is not None}
    cues = [c for c in ctx.cues if (c.start, c.end) not in used and c.kind is not CueKind.PHRASE
            and not c.naming]
    out: list[Link] = []
    last: Link | None = None
    k = 0
    while k < len(cues):
        si = ctx.sentence_index(cues[k].start)
        s_lo, s_hi, _ = ctx.sents[si]
        s_lo, s_hi = max(s_lo, cues[k].start - _WINDOW), min(s_hi, cues[k].start + _WINDOW)
        group = []
        while k < len(cues) and cues[k].start < s_hi and len(group) < 12:
            group.append(cues[k])
            k += 1
        # a reporting clause at the end of the sentence governs all of it:
        # "The campaign said the candidate will attend, CNN reported."
        if len(group) > 1 and not _words_over(text, group[-1].end, s_hi, 4) and group[-1].kind is not CueKind.ACCORDING:
            group = [group[-1]] + group[:-1]
        taken: list[tuple[int, int]] = []
        made: list[Link] = []
        for c in group:
            if any(lo <= c.start < hi for lo, hi in taken):
                continue
            if c.kind is CueKind.ACCORDING:
                # "Keller said the company would appeal, according to the Post": Keller speaks,
                # the Post is where it came from
                inner = [lk for lk in made if lk.cue is not None and lk.cue[0] < c.start]
                if inner or _speech_before(ctx, c, s_lo):
                    o = _outlet_at(ctx, c.end, min(s_hi, c.end + 40))
                    for lk in inner:
                        if lk.outlet is None and o is not None:
                            lk.outlet = o
                            lk.note("outlet", o.name, o.start, o.end)
                    continue
                link = _according_indirect(ctx, c, s_lo, s_hi)
            else:
                link = _verb_indirect(ctx, c, s_lo, s_hi)
            if link is None or not _words_over(text, link.start, link.end, 2) or _overlaps_quote(ctx, link):
                continue
            p = link.speaker
            assert p is not None
            link.speaker = None
            _resolve(ctx, link, p, last)
            _find_outlet(ctx, link, s_lo, s_hi)
            out.append(link)
            made.append(link)
            last = link
            taken.append((min(link.start, c.start), max(link.end, c.end)))
    out.sort(key=lambda lk: lk.start)
    return out


def link_outlet_reports(ctx: Context, taken: Sequence[Link]) -> list[Link]:
    """What outlets report: "The Globe exposed the scandal", "CNN aired the debate" — an outlet
    as the subject of a publication verb, whatever the verb, with the rest of its clause."""
    text = ctx.text
    spans = sorted((lk.start, lk.end) for lk in taken)
    starts = [sp[0] for sp in spans]
    used = {lk.cue[0] for lk in taken if lk.cue is not None}
    out: list[Link] = []
    for o in ctx.outlets:
        if ctx.in_quote(o.start):
            continue
        hi = min(len(text), o.end + 120)
        # most outlets are followed by no publication verb, and the first word tells ("CNN's",
        # "the Post, which"): the words further on are read only when it may start one
        first = _speakers.FIRST_TOKEN.match(text, o.end, hi)
        if first is None or not _may_open_report(first.group(1)):
            continue
        toks, _ = _speakers.tokens_ahead(text, o.end, hi, 6)  # five read at most
        i = _report_verb(toks)
        if i < 0:
            continue
        verb = toks[i]
        if verb[0] in used:
            continue  # "..., The Washington Post reported on Sunday." is already attributed
        si = ctx.sentence_index(verb[0])
        s_lo, s_hi, _ = ctx.sents[si]
        tail = _REPORT_TAIL.match(text, verb[1], s_hi)
        if tail is not None and tail.end() == s_hi:
            # "..., The Post has learned." — the outlet's words are the clause before it
            lk = _outlet_report_before(ctx, o, verb, s_lo, spans)
            if lk is not None:
                out.append(lk)
            continue
        end_m = _CLAUSE_STOP.search(text, verb[1], s_hi)
        hi = end_m.start() if end_m else s_hi
        lo = verb[1]
        m = _THAT.match(text, lo, hi)
        if m is not None:
            lo = m.end()
        lo, hi = _trim(text, lo, hi)
        if not _words_over(text, lo, hi, 2) or _overlaps(spans, starts, lo, hi):
            continue
        lk = Link(lo, hi, lo, hi, QuoteKind.INDIRECT)
        lk.cue = (verb[0], verb[1])
        lk.note("outlet_report", verb[2], verb[0], verb[1])
        p = Phrase(o.start, o.end, Head.NAME, o.start, o.end)
        _resolve(ctx, lk, p, None)
        out.append(lk)
    return out


def _report_verb(toks: list[tuple[int, int, str]]) -> int:
    """The index of the publication verb the tokens after an outlet open with ("reported", "has
    learned", "exit poll found"), or -1."""
    i = 0
    # "A CNN exit poll found ...": the publication stands between the outlet and its verb
    while i < len(toks) and i < 2 and toks[i][2].lower() in PUBLICATION_NOUNS:
        i += 1
    first = i
    while i < len(toks) and i < first + 3 and (toks[i][2].lower() in REPORT_AUXILIARIES or _LY.fullmatch(toks[i][2])):
        i += 1
    if i >= len(toks) or _lemma(toks[i][2].lower()) not in PUBLICATION_VERBS:
        return -1
    return i


def _may_open_report(word: str) -> bool:
    """Can the first word after an outlet begin what :func:`_report_verb` looks for? If not, it
    finds nothing: the word is neither a publication noun, an auxiliary or adverb, nor the verb."""
    low = word.lower()
    return low in PUBLICATION_NOUNS or low in REPORT_AUXILIARIES or _LY.fullmatch(word) is not None \
        or _lemma(low) in PUBLICATION_VERBS


def _outlet_report_before(ctx: Context, o: OutletMention, verb: tuple[int, int, str], s_lo: int,
                          spans: list[tuple[int, int]]) -> Link | None:
    text = ctx.text
    comma = _COMMA_BEFORE_OUTLET.search(text, max(s_lo, o.start - 8), o.start)
    if comma is None:
        return None
    lo, hi = _trim(text, s_lo, comma.start())
    if not _words_over(text, lo, hi, 3) or any(a < hi and lo < b for a, b in spans):
        return None
    link = Link(lo, hi, lo, hi, QuoteKind.INDIRECT)
    if _overlaps_quote(ctx, link):
        return None
    link.cue = (verb[0], verb[1])
    link.note("outlet_report", verb[2], verb[0], verb[1])
    _resolve(ctx, link, Phrase(o.start, o.end, Head.NAME, o.start, o.end), None)
    return link


#: What may follow an outlet's verb at the end of a sentence: "..., the Post has learned on Sunday."
_REPORT_TAIL = re.compile(r"(?:[ \t]+(?:on|last|this|earlier|late|in|at)?[ \t]*[\w.-]+){0,3}?[\s.!?\"\u201d]*")
_COMMA_BEFORE_OUTLET = re.compile(r",[ \t\u00a0]*(?:[Tt]he[ \t\u00a0]+)?$")


_LY = re.compile(r"[a-z]+ly")
_CLAUSE_STOP = re.compile(r";|\s[\u2014\u2013]\s|,\s+(?:and|but|while|which|who)\s")


def _lemma(word: str) -> str:
    """A rough lemma for regular verb forms: "reported" -> "report", "lists" -> "list"."""
    for suffix, repl in (("ied", "y"), ("ies", "y"), ("ing", ""), ("ed", ""), ("es", ""), ("s", ""), ("d", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            stem = word[: -len(suffix)] + repl
            if stem in PUBLICATION_VERBS:
                return stem
            if stem + "e" in PUBLICATION_VERBS:
                return stem + "e"
            if len(stem) > 3 and stem[-1] == stem[-2] and stem[:-1] in PUBLICATION_VERBS:
                return stem[:-1]
    return IRREGULAR_LEMMAS.get(word, word)


def _overlaps(spans: list[tuple[int, int]], starts: list[int], lo: int, hi: int) -> bool:
    """Does ``[lo, hi)`` start inside another attribution's words? (Holding one is fine:
    "Politifact deemed those claims false because X said ...")."""
    i = bisect_left(starts, lo + 1)
    return any(spans[k][1] > lo for k in range(max(0, i - 3), i))


def _speech_before(ctx: Context, c: CueHit, s_lo: int) -> bool:
    """Is there a quotation's cue earlier in the sentence ("“...,” Keller said, according to ...")?"""
    return any(d.kind is CueKind.VERB and not d.weak for d in ctx.cues_in(s_lo, c.start)) and \
        _has_quote_mark(ctx.text, s_lo, c.start)


def _overlaps_quote(ctx: Context, link: Link) -> bool:
    i = bisect_left(ctx.qstarts, link.start)
    if i > 0 and ctx.quotes[i - 1].end > link.start:
        return True
    if i < len(ctx.quotes) and ctx.quotes[i].start < link.end:
        return True
    return False


def _trim(text: str, lo: int, hi: int) -> tuple[int, int]:
    while lo < hi and (text[lo].isspace() or text[lo] in ",;:\u2014\u2013-"):
        lo += 1
    while hi > lo and (text[hi - 1].isspace() or text[hi - 1] in ",;:.\u2014\u2013-"):
        hi -= 1
    return lo, hi


def _verb_indirect(ctx: Context, c: CueHit, s_lo: int, s_hi: int) -> Link | None:
    text = ctx.text
    by = _BY_AFTER.match(text, c.end, s_hi)
    passive = _passive_before(text, max(s_lo, c.start - 30), c.start) if by is not None else None
    if passive is not None and by is not None:
        # "The meeting was first reported by Politico."
        p = _speakers.after(text, by.end() - 1, s_hi)
        if p is None or p.head is Head.PRONOUN:
            return None
        lo, hi = _trim(text, s_lo, passive.start())
        lk = Link(lo, hi, lo, hi, QuoteKind.INDIRECT, speaker=p, cue=(c.start, c.end))
        lk.note("passive_agent", text[c.start:c.end], c.start, c.end)
        return lk
    # CLAUSE, Trump said.  /  CLAUSE, said Trump.
    if not _words_over(text, c.end, s_hi, 4):
        found = _reporting_clause_after(ctx, c, s_lo, s_hi)
        if found is not None:
            return found
    # Trump said (that) CLAUSE. What follows the cue is read first: it rules out most cues
    # ("warned of", "called for") before the subject is parsed.
    win_lo = max(s_lo, c.start - 300)
    # only an outlet named in the window can head the subject ("The Post reported ...")
    outlet_near = ctx.any_outlet_in(max(0, win_lo - 4), c.start)
    if c.weak and not outlet_near:
        return None  # "praised", "criticized": reported speech only when an outlet reports
    hi = min(s_hi, c.end + 160)
    first = _speakers.FIRST_TOKEN.match(text, c.end, hi) if c.lemma not in ADDRESSEE_CUE_LEMMAS else None
    if first is not None and first.group(1).lower() == "that":
        # "said that ...": the clause opens right there, and "that" is all the rules below read
        toks, i = [(first.start(1), first.end(1), first.group(1))], 0
    else:
        if c.lemma not in ADDRESSEE_CUE_LEMMAS and not _may_open_clause(first, c, outlet_near):
            return None  # most cues: the word after them rules out every kind of clause below
        toks, complete = _speakers.tokens_ahead(text, c.end, hi, 14)
        i = _clause_opening(toks, c)
        if not complete and i + 10 > len(toks):
            # the rules below read up to nine tokens past the opening: read on
            toks = _speakers.tokens(text, c.end, hi)
            i = _clause_opening(toks, c)
        if i >= len(toks):
            return None
    w = toks[i][2]
    for opening in _clause_openings(w, c, outlet_near):  # in order; the first that holds
        if opening == "that":
            clause = "that_clause"
        elif opening == "subject" and _has_verb(toks, i):
            clause = "bare_clause"
        elif opening == "lower" and _finite_verb_soon(toks, i):
            clause = "bare_clause"  # "Ortiz said flu cases were rising."
        elif opening == "outlet":
            clause = "outlet_report"  # what an outlet reports, notes or reveals, clause or not
        else:
            continue
        break
    else:
        return None
    aside = _aside_before(ctx, c.start) if ctx.asides else None
    p = _subject_before_aside(ctx, s_lo, aside) if aside is not None else None
    if p is None:
        p = _speakers.before(text, win_lo, c.start)
    participle = _is_participle(text[c.start:c.end].lower()) and \
        _COMMA_BEFORE.search(text, max(s_lo, c.start - 4), c.start) is not None
    # a participle after a comma hangs on its clause's subject: "Lee declined to comment, saying"
    subject = _speakers.clause_subject(text, s_lo, c.start) if participle else None
    if p is None and participle and clause != "outlet_report":
        # no phrase right before the comma, but the clause has a subject all the same (not "The
        # Journal, citing documents, reported ...": words after an outlet's cue are no clause)
        p = subject
        if p is not None and not _credible_acting(ctx, p, s_lo):
            return None  # "Estimates rose, ...": a lone capitalised word the article never names
    if p is None:
        return None
    outlet = _outlet_at(ctx, p.head_start, p.head_end) is not None
    if c.weak and not outlet or clause == "outlet_report" and not outlet:
        return None
    if participle:
        if subject is None:
            return None
        p = subject
    lo = toks[i][1] if clause == "that_clause" else toks[i][0]
    cut = _CONTENT_END.search(text, lo, s_hi)
    lo, hi = _trim(text, lo, cut.start() if cut else s_hi)
    if text[p.start:p.end].lower() in RELATIVE_PRONOUNS:
        # "A man who said he shouted at the officers was arrested": the words end with the clause
        rel_hi = _relative_content_end(ctx, p, s_lo, lo, hi)
        if rel_hi is None:
            return None
        lo, hi = _trim(text, lo, rel_hi)
    lk = Link(lo, hi, lo, hi, QuoteKind.INDIRECT, speaker=p, cue=(c.start, c.end))
    lk.note(clause, w if clause != "that_clause" else "that", toks[i][0], toks[i][1])
    lk.note("reporting_clause_before", text[c.start:c.end], c.start, c.end)
    return lk


_SET_OFF_END = re.compile(r"[,;()\u2014\u2013]")


def _relative_content_end(ctx: Context, p: Phrase, s_lo: int, lo: int, hi: int) -> int | None:
    """Where the words reported by a verb inside a relative clause end (``p`` is its pronoun;
    ``lo:hi`` the words up to the sentence's end): with the relative clause. A clause set off by
    commas ends at its closing comma ("The man, who said he shouted, was arrested"); a bare one on
    the sentence's subject before the main verb ("A man who said he shouted at the officers was
    arrested"), which :func:`_main_verb_after` finds — None when it cannot (the words would run on
    into the main clause). A bare one on an object runs to the end ("Police arrested a man who
    said he shouted")."""
    text = ctx.text
    if text[max(s_lo, p.start - 3):p.start].rstrip()[-1:] in RELATIVE_OPENING_MARKS:
        # the closing comma comes after the reported clause's verb: "who said that Lee, a
        # retired judge, would run, ..." — not the commas of an apposition before it
        m = _SET_OFF_END.search(text, _first_verb_end(_speakers.tokens(text, lo, hi), lo), hi)
        if m is not None and _main_verb_after(_speakers.tokens_ahead(text, m.end(), hi, 3)[0], first=True) is not None:
            return m.start()  # "..., said on Wednesday", "..., was sentenced": the main clause goes on
        return hi  # "said Harvey, who acknowledged ..., behind ...": the clause runs to the end
    if not _in_subject(text, s_lo, p):
        return hi  # the antecedent is no subject: "Police arrested a man who said ..."
    return _main_verb_after(_speakers.tokens(text, lo, hi))


def _first_verb_end(toks: list[tuple[int, int, str]], lo: int) -> int:
    """The end of the first verb in ``toks`` ("was", "raped", or an "-s" form after a subject
    pronoun: "he typically votes"), or ``lo`` if there is none."""
    for k, (_, end, w) in enumerate(toks):
        if _verb_like(w):
            return end
        if k and w.endswith("s") and len(w) > 3:
            j = k - 1
            while j > 0 and _LY.fullmatch(toks[j][2]):
                j -= 1
            if toks[j][2].lower() in SUBJECT_PRONOUNS:
                return end
    return lo


def _in_subject(text: str, s_lo: int, p: Phrase) -> bool:
    """Is the antecedent of the relative pronoun ``p`` the subject of its sentence: it opens the
    sentence, after at most an introductory phrase and its comma ("A man who", "On Friday, a man
    who"), and no verb comes before the pronoun (not "Police arrested a man who")?"""
    intro = text[s_lo:p.first].rstrip()
    if intro and not intro.endswith(",") and _has_words(text, s_lo, p.first):
        return False
    return not any(_verb_like(w) or w.lower().endswith("ing") for w in _WORD_TOKENS.findall(text, s_lo, p.start))


def _verb_like(w: str) -> bool:
    """A finite or past form: "was", "would", "arrested", "told" (not "-s" forms: too many plurals)."""
    return w.lower() in FINITE_WORDS or _past_form(w)


def _modifier_slot(prev: str) -> bool:
    """Is the word after ``prev`` a modifier, not a verb: after a determiner or a possessive
    ("the embattled coach", "the county's retired inspectors")?"""
    return prev.lower() in DETERMINERS or prev.endswith(("'s", "\u2019s"))


def _verb_groups(toks: list[tuple[int, int, str]]) -> list[int]:
    """The token index of each verb group's first verb: "was | biased", "has been suspended", "would
    not have gone". A group has at most one lexical verb ("had been paid | later sued"), and a
    finite word opens a new one unless it follows another ("was biased | has been")."""
    groups: list[int] = []
    in_group = lexical = prev_finite = False
    for k, (_, _, w) in enumerate(toks):
        low = w.lower()
        if _verb_like(w) and not (k and _modifier_slot(toks[k - 1][2]) and low not in FINITE_WORDS):
            finite = low in FINITE_WORDS
            if not in_group or (finite and not prev_finite) or (not finite and lexical):
                groups.append(k)
                lexical = False
            in_group, prev_finite = True, finite
            lexical = lexical or not finite
        elif in_group and low in VERB_GROUP_CONTINUERS:
            prev_finite = False
        elif not (in_group and (low in VERB_GROUP_ADVERBS or _LY.fullmatch(w))):
            in_group = False
    return groups


def _main_verb_after(toks: list[tuple[int, int, str]], *, first: bool = False) -> int | None:
    """The start of the main clause's verb group in a reported clause that runs on into it ("he
    shouted at the officers | was arrested"): the first verb group after the clause's own that no
    subject pronoun, relative pronoun or conjunction opens, nor a subordinator since the last verb
    ("... after he had fled", "and had lost", "if the candidate won" are not it); None if there is
    none. With ``first``, only a verb group at the very start counts (after adverbs)."""
    if first:
        k = 0
        while k < len(toks) and (toks[k][2].lower() in VERB_GROUP_ADVERBS or _LY.fullmatch(toks[k][2])):
            k += 1
        return toks[0][0] if k < len(toks) and _verb_like(toks[k][2]) else None
    groups = _verb_groups(toks)
    for prev, g in zip(groups, groups[1:]):
        before = toks[g - 1][2].lower()
        if before in SUBJECT_PRONOUNS or before in RELATIVE_PRONOUNS or before in DETERMINERS \
                or before in VERB_COORDINATORS:
            continue  # "after he had fled", "officers who were fired", "and had lost": the clause's own
        if any(t[2].lower() in SUBORDINATORS for t in toks[prev + 1:g]):
            continue  # "if the candidate won": a subordinate clause's verb
        while g > 0 and (toks[g - 1][2].lower() in VERB_GROUP_ADVERBS or _LY.fullmatch(toks[g - 1][2])):
            g -= 1  # "later voted": the adverb opens the main clause's words
        return toks[g][0]
    return None


def _clause_openings(w: str, c: CueHit, outlet_near: bool) -> tuple[str, ...]:
    """The kinds of reported clause the word ``w`` that opens it may start after the cue ``c``,
    by the word alone, in the order :func:`_verb_indirect` tries them: "that" ("said that ..."),
    "subject" (a clause with its subject: "said the plan failed", "said Ortiz would"), "lower" (a
    lower-case word, for verbs that take a bare clause: "said flu cases were rising"), "outlet"
    (what an outlet named near the cue reports)."""
    low = w.lower()
    if low == "that":
        return ("that",)
    openings = []
    if c.lemma in BARE_CLAUSE_LEMMAS and (low in CLAUSE_STARTERS or (w[:1].isupper() and w.isalpha())):
        openings.append("subject")
    if c.lemma in BARE_VERB_CLAUSE_LEMMAS and w.isalpha() and w.islower():
        openings.append("lower")
    if outlet_near and w[:1].isalnum():
        openings.append("outlet")
    return tuple(openings)


def _may_open_clause(m: re.Match[str] | None, c: CueHit, outlet_near: bool) -> bool:
    """False when the word right after a cue (``m``, its :data:`_speakers.FIRST_TOKEN` match; the
    cue has no addressee to skip) rules out every kind of reported clause: most cues are not
    followed by one ("warned of", "called for"), and this answers them without reading the words
    further on. True when it may open one, or when the clause could open further on (after a
    comma or an adverbial)."""
    if m is None:
        return False  # no words: no clause
    w = m.group(1)
    low = w.lower()
    return low == "," or low in ADVERBIAL_OPENERS or low in REPORTING_ADVERBIALS \
        or bool(_clause_openings(w, c, outlet_near))


def _clause_opening(toks: list[tuple[int, int, str]], c: CueHit) -> int:
    """Where the reported clause opens after a cue: past an addressee ("told reporters", "told
    The Washington Post") and adverbials ("on Sunday")."""
    i = _skip_np(toks, 0) if c.lemma in ADDRESSEE_CUE_LEMMAS else 0
    return _skip_adverbials(toks, i)


def _reporting_clause_after(ctx: Context, c: CueHit, s_lo: int, s_hi: int) -> Link | None:
    text = ctx.text
    if text.rfind(",", s_lo, c.start) < 0:
        return None  # the clause before the cue ends in a comma: "CLAUSE, Trump said."
    p = _speakers.before(text, max(s_lo, c.start - 200), c.start)
    inverted = False
    if p is None and c.lemma not in ADDRESSEE_CUE_LEMMAS:
        p = _speakers.after(text, c.end, s_hi)
        inverted = p is not None
    if p is None or text[p.start:p.end].lower() in RELATIVE_PRONOUNS:
        return None  # "..., a staff member who said she would march": not the clause before
    edge = c.start if inverted else p.first
    comma = text.rfind(",", s_lo, edge)
    if comma < 0 or _has_words(text, comma + 1, edge) and not _AS_ONLY.fullmatch(text, comma + 1, edge):
        return None  # "CLAUSE, Trump said." / "CLAUSE, as Breitbart reported."
    lo, hi = _trim(text, s_lo, comma)
    if _introductory_phrase(text, lo, hi) or _subordinate_opening(text, lo, hi):
        # "On Friday, the employee said she was fired", "After he lost, Ruiz said it was a
        # mistake": the words follow the cue
        return None
    lk = Link(lo, hi, lo, hi, QuoteKind.INDIRECT, speaker=p, cue=(c.start, c.end))
    lk.note("reporting_clause_after", text[c.start:c.end], c.start, c.end)
    return lk


#: The most words an opening phrase of time or place has ("In the days after the vote").
_INTRO_MAX_WORDS = 7


def _introductory_phrase(text: str, lo: int, hi: int) -> bool:
    """Is ``text[lo:hi]``, the words before the comma that ends them, an opening phrase of time
    or place rather than a clause: short, opened by a word of time or a preposition ("On Friday",
    "Late Tuesday", "Earlier this week", "In Washington", "After the vote"), with no verb and no
    subject pronoun ("After he lost" is a clause)?"""
    if _words_over(text, lo, hi, _INTRO_MAX_WORDS):
        return False
    words = _WORD_TOKENS.findall(text, lo, hi)
    if not words or words[0].lower() not in INTRODUCTORY_PHRASE_OPENERS:
        return False
    return not any(_verb_like(w) or w.lower() in SUBJECT_PRONOUNS for w in words[1:])


def _subordinate_opening(text: str, lo: int, hi: int) -> bool:
    """Is ``text[lo:hi]``, the words before the comma that ends them, a lone subordinate clause
    opening the sentence ("After he lost", "When asked about the plan", "Although the vote
    failed") rather than what was said? One clause only: "If the bill passes, it will fail" holds
    a main clause after its comma, and is what was said."""
    first = _WORD_TOKENS.match(text, lo, hi)
    return first is not None and first.group().lower() in SUBORDINATORS and text.find(",", lo, hi) < 0


def _has_verb(toks: list[tuple[int, int, str]], i: int) -> bool:
    """A bare clause has a verb: "said the plan failed", "said his campaign would"; "confirmed
    its commitment to providing support" has none — it is a noun phrase."""
    first = toks[i][2].lower()
    if first not in CLAUSE_OR_NP_OPENERS:
        return True  # possessives and articles are ambiguous between clause and noun phrase
    article = first in ARTICLES
    stops = ".;:," if article else ".;:"
    for _, _, w in toks[i + 1:i + 9]:
        low = w.lower()
        if low in FINITE_WORDS or low.endswith("ed") and len(low) > 4:
            return True
        if article and (low in IRREGULAR_PAST or low.endswith("s") and len(low) > 3 and low[-2] not in "s'\u2019u"):
            return True  # "the meeting took place", "the plan works"
        if w in stops:
            break
    return False


def _finite_verb_soon(toks: list[tuple[int, int, str]], i: int) -> bool:
    """An auxiliary or copula within a few words: the start of a clause, not of an object."""
    for _, _, w in toks[i + 1:i + 5]:
        if w.lower() in FINITE_WORDS:
            return True
        if w in ",.;:":
            return False
    return False


def _skip_np(toks: list[tuple[int, int, str]], i: int) -> int:
    """Past the addressee after "told" ("reporters", "The Washington Post", "her"): its words are
    addressee words and capitalised ones; a determiner opens it, or follows a possessive in it
    ("CNN's"), and any other one opens the reported clause ("told reporters the measure was dead",
    "told her his campaign would win")."""
    n = 0
    while i < len(toks) and n < 6:
        w = toks[i][2]
        if n and w.lower() in DETERMINERS and toks[i - 1][2] not in ("'s", "\u2019s"):
            break
        if w.lower() in ADDRESSEE_WORDS or w[:1].isupper():
            i += 1
            n += 1
            continue
        if n and toks[i - n][2].lower() in DETERMINERS:
            return _addressee_nouns(toks, i)
        break
    return i


#: The most lower-case words of an addressee after its determiner: "told the house committee".
_ADDRESSEE_NOUNS = 3


def _addressee_nouns(toks: list[tuple[int, int, str]], i: int) -> int:
    """Past the lower-case words of an addressee that a determiner opened ("told the committee
    that ...", "told his aides the deal was off"), when "that", a determiner or a subject pronoun
    right after them opens the reported clause; else ``i`` (where they start)."""
    k = i
    while k < len(toks) and k - i < _ADDRESSEE_NOUNS and _addressee_noun(toks[k][2]):
        k += 1
    if k == i or k >= len(toks):
        return i
    nxt = toks[k][2].lower()
    return k if nxt == "that" or nxt in DETERMINERS or nxt in SUBJECT_PRONOUNS else i


def _addressee_noun(w: str) -> bool:
    """A lower-case word that may be part of an addressee: no verb, preposition, subordinator,
    "that", or other word that opens a clause or an adverbial ("told a briefing near ...", "told
    his advisers as he ...")."""
    low = w.lower()
    return w.isalpha() and w.islower() and low != "that" and low not in PREPOSITIONS \
        and low not in CLAUSE_STARTERS and low not in SUBORDINATORS and low not in INTRODUCTORY_WORDS \
        and low not in INTRODUCTORY_PHRASE_OPENERS and not _verb_like(w)


def _skip_adverbials(toks: list[tuple[int, int, str]], i: int) -> int:
    guard = 0
    while i < len(toks) and guard < 4:
        guard += 1
        w = toks[i][2].lower()
        if w == ",":
            i += 1
            continue
        if w in ADVERBIAL_OPENERS and not (i + 1 < len(toks) and toks[i + 1][2].lower() in NOT_ADVERBIAL_AFTER):
            j = i + 1
            while j < len(toks) and j - i < 7 and toks[j][2] not in (",",) and toks[j][2].lower() != "that":
                j += 1
            if j < len(toks) and (toks[j][2] == "," or toks[j][2].lower() == "that"):
                i = j
                continue
            # "said on Sunday the plan..." : a short time phrase with no comma
            if i + 1 < len(toks) and toks[i + 1][2].lower() in TIME_WORDS:
                i += 2
                continue
            return len(toks)
        if w in REPORTING_ADVERBIALS:
            i += 1
            continue
        break
    return i


def _according_indirect(ctx: Context, c: CueHit, s_lo: int, s_hi: int) -> Link | None:
    text = ctx.text
    p = _speakers.after(text, c.end, s_hi)
    if p is None:
        return None
    lk = Link(0, 0, 0, 0, QuoteKind.INDIRECT)
    lk.speaker, lk.cue = p, (c.start, c.end)
    if not _has_words(text, s_lo, c.start):
        # According to X, CLAUSE.
        comma = text.find(",", p.end, s_hi)
        if comma < 0:
            return None
        lo, hi = _trim(text, comma + 1, s_hi)
    else:
        # CLAUSE, according to X.
        lo, hi = _trim(text, s_lo, c.start)
    lk.start, lk.end, lk.inner_start, lk.inner_end = lo, hi, lo, hi
    lk.note("according_to", "according to", c.start, c.end)
    return lk


def speaker_evidence(links: Sequence[Link]) -> None:
    """Evidence from the whole article: a speaker the article quotes only once is less sure
    than one it quotes again and again (a misread phrase rarely speaks twice)."""
    counts: dict[str, int] = {}
    for lk in links:
        if lk.speaker is not None and not lk.term:
            counts[lk.speaker_name] = counts.get(lk.speaker_name, 0) + 1
    for lk in links:
        if lk.speaker is not None and not lk.term and counts.get(lk.speaker_name) == 1:
            lk.note("sole_quotation", f"the only quotation given to {lk.speaker_name}")


__all__ = ["Context", "Link", "link_indirect", "link_outlet_reports", "link_quotes", "speaker_evidence"]
