"""``verify()``: did this person really say this, in this article?

A claim is a quotation, optionally with the speaker and outlet it is credited to. The check runs
in four steps, each leaving evidence records (:class:`~quoteattr.Evidence`) behind:

1. **find** the claimed words anywhere in the article, blind to typography: an exact word
   sequence first, then word-trigram anchors and a word-level alignment (:mod:`._align`);
2. **compare** them: a changed content word, an added or dropped negation or a different number
   makes the claim *altered*, however alike the strings are; elisions ("..."), ``[bracketed]``
   editorial words and ``[sic]`` are the editor's marks and do not count;
3. **place** them: inside quotation marks, or only as reported speech (*paraphrased*);
4. **attribute** them: the speaker ``extract()`` gives the quotation, checked against the claimed
   speaker with :mod:`._names` (and, where extraction found no speaker, the names and cues around
   the words in the article), and the outlet they came through.

The confidence is a logistic model over the evidence records, fitted on claims built from the
PolNeAR train split (``tools/calibrate_verify.py`` writes ``data/verify_weights.json``).
"""

from __future__ import annotations

import enum
import json
import math
import re
from collections import OrderedDict
from functools import lru_cache
from importlib import resources
from typing import Any, Final, Iterable, Mapping

import attrs
from attrs import define, frozen

from . import _align
from ._align import Alignment, ClaimWords, Difference, Words
from ._lexicon import (
    ABBREVIATIONS,
    CUE_PHRASES,
    ORGANIZATION_WORDS,
    PHRASAL_SPEECH_VERBS,
    REPORT_VERBS,
    ROLE_NOUNS,
    SPEECH_VERB_FORMS,
    SPOKESPERSON_NOUNS,
    TITLES,
)
from ._model import Document, EntityKind, Evidence, Quote, QuoteKind
from ._names import NameMatch, is_outlet, match_names, parse_name, same_outlet
from ._regex import phrase_alternation, trie_pattern

__all__ = ["Verdict", "Verification", "verify", "verify_many"]


class Verdict(str, enum.Enum):
    """What the article says about a claimed quotation."""

    SUPPORTED = "supported"
    """The article quotes these words and gives them to this speaker (and outlet, if claimed)."""
    MISATTRIBUTED = "misattributed"
    """The words are there, but the article gives them to someone else or another outlet."""
    ALTERED = "altered"
    """The quotation is there, but the claim changes its wording in substance."""
    PARAPHRASED = "paraphrased"
    """The article has this only as reported speech, not as a quotation."""
    NOT_FOUND = "not_found"
    """Nothing in the article matches: not in this text (which is not the same as false)."""
    AMBIGUOUS = "ambiguous"
    """The article cannot settle who said it."""

    def __str__(self) -> str:
        return self.value


# --------------------------------------------------------------------------- result


@frozen
class Verification:
    """The answer to "did SPEAKER say QUOTE in this article?", with the evidence for it."""

    verdict: Verdict
    confidence: float
    """Probability that the verdict is right (calibrated on claims with known answers)."""
    claim: str
    speaker: str | None = None
    """The claimed speaker, as given."""
    outlet: str | None = None
    """The claimed outlet, as given."""
    quote: Quote | None = None
    """The quotation in the article that the claim matches, if ``extract()`` found one."""
    attributed_to: str | None = None
    """Whom the article gives the words to (its fullest name for them), if anyone."""
    attributed_outlet: str | None = None
    similarity: float = 0.0
    """Share of the claim's words found, in order, in the article (1.0 = all)."""
    source_start: int | None = None
    source_end: int | None = None
    """Where the matched words are in the article: ``text[source_start:source_end]``."""
    source_text: str = ""
    sentence: str = ""
    """The article's sentence(s) around the matched words."""
    sentence_start: int | None = None
    differences: tuple[Difference, ...] = ()
    """Word-level differences between the claim and the article's words."""
    reasons: tuple[Evidence, ...] = ()

    @property
    def supported(self) -> bool:
        return self.verdict is Verdict.SUPPORTED

    def __bool__(self) -> bool:
        return self.supported

    def to_dict(self) -> dict[str, Any]:
        return {
            "verdict": self.verdict.value,
            "confidence": round(self.confidence, 4),
            "claim": self.claim,
            "speaker": self.speaker,
            "outlet": self.outlet,
            "attributed_to": self.attributed_to,
            "attributed_outlet": self.attributed_outlet,
            "similarity": round(self.similarity, 4),
            "source_start": self.source_start,
            "source_end": self.source_end,
            "source_text": self.source_text,
            "sentence": self.sentence,
            "sentence_start": self.sentence_start,
            "quote": self.quote.to_dict() if self.quote is not None else None,
            "differences": [d.to_dict() for d in self.differences],
            "reasons": [r.to_dict() for r in self.reasons],
        }

    def explain(self) -> str:
        """A plain-English paragraph: the verdict and the article's words behind it."""
        from ._render_verify import explain_verification

        return explain_verification(self.to_dict())

    def _repr_html_(self) -> str:
        from ._render_verify import verification_html

        return verification_html(self.to_dict())


# --------------------------------------------------------------------------- article cache


@define
class _Article:
    """One article read once: its words and (lazily) its extraction."""

    text: str
    words: Words
    doc_: Document | None = None
    outlets_: list[Any] | None = None

    @property
    def outlets(self) -> list[Any]:
        """Outlet mentions in the article (found on first use)."""
        if self.outlets_ is None:
            from ._outlets import find_outlets

            self.outlets_ = find_outlets(self.text)
        return self.outlets_

    @property
    def doc(self) -> Document:
        if self.doc_ is None:
            from ._pipeline import extract

            self.doc_ = extract(self.text)
        return self.doc_


_CACHE: OrderedDict[str, _Article] = OrderedDict()
_CACHE_SIZE: Final = 128


def _article(source: str | Document) -> _Article:
    if isinstance(source, Document):
        text, doc = source.text, source
    else:
        text, doc = source, None
    art = _CACHE.get(text)
    if art is not None:
        _CACHE.move_to_end(text)
        if doc is not None and art.doc_ is not doc:
            art = _Article(art.text, art.words, doc)
            _CACHE[text] = art
        return art
    w = _align.words(text)
    art = _Article(text, w, doc)
    _CACHE[text] = art
    if len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return art


# --------------------------------------------------------------------------- weights


@lru_cache(maxsize=1)
def _weights() -> dict[str, Any]:
    try:
        with resources.files("quoteattr").joinpath("data", "verify_weights.json").open("r", encoding="utf-8") as fh:
            data = json.load(fh)
    except (FileNotFoundError, OSError):  # pragma: no cover - the file ships with the package
        data = {}
    return data if isinstance(data, dict) else {}


def _sigmoid(x: float) -> float:
    if x >= 0:
        return 1.0 / (1.0 + math.exp(-x))
    z = math.exp(x)
    return z / (1.0 + z)


# --------------------------------------------------------------------------- helpers

@lru_cache(maxsize=1)
def _speech_re() -> re.Pattern[str]:
    """Verbs and phrases of saying (compiled on first use: ``import quoteattr`` stays fast)."""
    return re.compile(
        r"\b(?:" + trie_pattern([*SPEECH_VERB_FORMS, *PHRASAL_SPEECH_VERBS, *CUE_PHRASES]) + r")(?![\w-])",
        re.IGNORECASE)
_QUOTE_MARKS: Final = "\"\u201c\u201d\u00ab\u00bb\u201e"


def _sentence_bounds(doc: Document, start: int, end: int) -> tuple[int, int]:
    """The sentence(s) holding ``[start, end)``."""
    s0, e0 = start, end
    for s in doc.sentences:
        if s.end <= start:
            continue
        if s.start >= end:
            break
        s0, e0 = min(s0, s.start), max(e0, s.end)
    return s0, e0


def check_arguments(fn: str, text_arg: str, text: object, quote: object, speaker: object,
                    outlet: object) -> None:
    """Raise :class:`TypeError` naming the argument of ``fn`` that has the wrong type."""
    if not isinstance(text, (str, Document)):
        raise TypeError(f"{fn}() argument {text_arg!r} must be str or Document, not {type(text).__name__}")
    if not isinstance(quote, str):
        raise TypeError(f"{fn}() argument 'quote' must be str, not {type(quote).__name__}")
    if speaker is not None and not isinstance(speaker, str):
        raise TypeError(f"{fn}() argument 'speaker' must be str or None, not {type(speaker).__name__}")
    if outlet is not None and not isinstance(outlet, str):
        raise TypeError(f"{fn}() argument 'outlet' must be str or None, not {type(outlet).__name__}")


def _check_types(text_or_document: object, quote: object, speaker: object, outlet: object) -> None:
    check_arguments("verify", "text_or_document", text_or_document, quote, speaker, outlet)
    assert isinstance(quote, str)
    if not quote.strip():
        raise ValueError("verify() argument 'quote' is empty")


# --------------------------------------------------------------------------- the check


@define
class _Finding:
    """Working state of one check; frozen into a :class:`Verification` at the end."""

    art: _Article
    claim: ClaimWords
    speaker: str | None
    outlet: str | None
    reasons: list[Evidence]
    alignment: Alignment | None = None
    quote: Quote | None = None
    attributed_to: str | None = None
    attributed_outlet: str | None = None
    signals: dict[str, float] = attrs.Factory(dict)
    """Graded facts behind the verdict (not rules that fired) that the confidence model reads."""

    def add(self, rule: str, detail: str = "", start: int | None = None, end: int | None = None) -> None:
        self.reasons.append(Evidence(rule, detail, 0.0, start, end))


def verify(text_or_document: str | Document, quote: str, *, speaker: str | None = None,
           outlet: str | None = None) -> Verification:
    """Check a claimed quotation against an article.

    ``text_or_document`` is the article's text or the :class:`Document` ``extract()`` made of it
    (recent texts are cached, so many claims against one article cost one extraction).
    ``quote`` is the claimed wording; ``speaker`` and ``outlet`` whom and through what it is
    credited to.

    >>> text = '“We will not raise taxes,” Senator Jane Doe said on Tuesday.'
    >>> verify(text, "We will not raise taxes", speaker="Ms. Doe").verdict.value
    'supported'
    >>> verify(text, "We will raise taxes", speaker="Jane Doe").verdict.value
    'altered'
    """
    _check_types(text_or_document, quote, speaker, outlet)
    art = _article(text_or_document)
    claim = _align.claim_words(quote)
    f = _Finding(art, claim, speaker.strip() or None if speaker else None,
                 outlet.strip() or None if outlet else None, [])
    verdict = _decide(f)
    return _freeze(f, verdict)


def _check(text: str, quote: str, *, speaker: str | None = None,
           outlet: str | None = None) -> tuple[Verdict, dict[str, float]]:
    """The verdict and the confidence model's inputs (for ``tools/calibrate_verify.py``)."""
    _check_types(text, quote, speaker, outlet)
    f = _Finding(_article(text), _align.claim_words(quote), speaker.strip() or None if speaker else None,
                 outlet.strip() or None if outlet else None, [])
    verdict = _decide(f)
    return verdict, _features(f, verdict)


def verify_many(text_or_document: str | Document,
                claims: Iterable[str | Mapping[str, Any] | tuple[Any, ...]]) -> list[Verification]:
    """Verify several claims against one article (one extraction for all of them).

    Each claim is a quote string, a ``(quote, speaker)`` or ``(quote, speaker, outlet)`` tuple,
    or a mapping with ``quote`` and optional ``speaker`` and ``outlet`` keys.
    """
    if not isinstance(text_or_document, (str, Document)):
        raise TypeError("verify_many() argument 'text_or_document' must be str or Document, not "
                        f"{type(text_or_document).__name__}")
    if isinstance(claims, (str, bytes, Mapping)) or not isinstance(claims, Iterable):
        # a lone quote string would be read one character at a time
        raise TypeError("verify_many() argument 'claims' must be an iterable of claims, not "
                        f"{type(claims).__name__}")
    out = []
    for i, c in enumerate(claims):
        try:
            out.append(_verify_item(text_or_document, c))
        except (TypeError, ValueError) as e:  # name the item, not only the argument
            raise type(e)(f"verify_many() claims[{i}]: {e}") from None
    return out


def _verify_item(text_or_document: str | Document, c: object) -> Verification:
    """One item of :func:`verify_many`'s claims, in any of its three forms."""
    if isinstance(c, str):
        return verify(text_or_document, c)
    if isinstance(c, Mapping):
        if "quote" not in c:
            raise TypeError(f"a claim mapping needs a 'quote' key (it has {sorted(map(str, c))})")
        return verify(text_or_document, c["quote"], speaker=c.get("speaker"), outlet=c.get("outlet"))
    if isinstance(c, tuple) and 1 <= len(c) <= 3:
        return verify(text_or_document, c[0], speaker=c[1] if len(c) > 1 else None,
                      outlet=c[2] if len(c) > 2 else None)
    raise TypeError(f"a claim must be a str, a tuple of 1 to 3 items or a mapping, not {type(c).__name__}")


def _decide(f: _Finding) -> Verdict:
    art, claim = f.art, f.claim
    n = len(claim.words)
    if n == 0:
        f.add("no_words", "the claim has no words, only punctuation")
        return Verdict.NOT_FOUND
    if len(claim.text) > 3 * len(art.text) + 20:
        f.add("longer_than_article", f"{len(claim.text)} characters against {len(art.text)}")
    if any(kind is _align.DiffKind.EDITORIAL for _, kind, _, _ in claim.gaps):
        # the article may carry the same [bracketed] words: try them as words first
        literal = _align.claim_words(claim.text, brackets=False)
        if _align.find_exact(literal, art.words):
            f.claim = claim = literal
            n = len(claim.words)
    regions = _align.locate(claim, art.words)
    found: list[Alignment] = []
    closest: Alignment | None = None
    for r in regions[:6]:
        a = _align.align(claim, art.words, r)
        # found: most words match, few of the claim's words are changed, and the claim drops no
        # more of the article's words than it has
        if a.matched >= min(n, 3) and a.similarity >= 0.5 and a.dropped <= n \
                and (a.edits - a.dropped <= max(1, round(n * 0.34)) or _one_phrase_replaced(a, n)):
            found.append(a)
        elif closest is None or a.matched > closest.matched:
            closest = a
    if not found:
        if closest is not None and closest.matched:
            f.add("best_match", f"{closest.matched} of {n} words", closest.source_start, closest.source_end)
        f.add("no_match", "no passage of the article matches the claim")
        return Verdict.NOT_FOUND
    if len(found) == 1:
        f.alignment = found[0]
        return _place(f, found[0])
    # a claim is a quotation: between equal matches, the one in quotation marks wins
    def key(a: Alignment) -> float:
        return a.matched - 0.5 * len(a.substantive) + 0.75 * (_marks(art, a.source_start, a.source_end) is not None)

    found.sort(key=key, reverse=True)
    top = [a for a in found if a.exact] if found[0].exact else found[:1]
    return _among(f, top)


def _one_phrase_replaced(a: Alignment, n: int) -> bool:
    """The claim matches the passage but for one phrase put in place of another ("early
    screening" -> "the seat-belt rule"), and most of its words match: an altered quotation,
    however many words the new phrase has."""
    diffs = a.substantive
    if not diffs or a.matched < max(4, round(0.55 * n)):
        return False
    # the changes touch one another in the claim and in the article: one phrase, however cut up
    return all(b.claim_start - d.claim_end <= 1 and b.source_start - d.source_end <= 1
               for d, b in zip(diffs, diffs[1:]))


def _among(f: _Finding, alignments: list[Alignment]) -> Verdict:
    """The same words at several places: any place that gives them to the claimed speaker
    supports the claim, unless another gives them to someone else by name (then it is ambiguous)."""
    tries: list[tuple[Verdict, _Finding]] = []
    for a in alignments[:8]:
        g = attrs.evolve(f, reasons=list(f.reasons), signals=dict(f.signals), alignment=a)
        tries.append((_place(g, a), g))
    supported = [g for v, g in tries if v is Verdict.SUPPORTED]
    if not supported:
        v, g = tries[0]
        _adopt(f, g)
        return v
    g = supported[0]
    _adopt(f, g)
    rivals = [h for v, h in tries if v is Verdict.MISATTRIBUTED and h.attributed_to
              and h.quote is not None and h.quote.speaker is not None
              and h.quote.speaker.kind is EntityKind.PERSON
              and h.quote.kind is QuoteKind.DIRECT and h.quote.confidence >= 0.7
              and any(r.rule == "speaker_other" for r in h.reasons)
              and parse_name(h.attributed_to).given]
    # "“...,” a spokesperson said" elsewhere: someone the article does not name says them too
    unnamed = [h for v, h in tries if v is Verdict.AMBIGUOUS and h.quote is not None
               and h.quote.speaker is not None and h.quote.speaker.kind is EntityKind.ROLE
               and h.quote.kind is QuoteKind.DIRECT and any(r.rule == "speaker_role" for r in h.reasons)]
    if (rivals or unnamed) and f.speaker is not None:
        h = rivals[0] if rivals else unnamed[0]
        who = h.attributed_to if rivals else f.art.text[h.quote.speaker.start:h.quote.speaker.end]
        a = h.alignment
        f.add("repeated", f"the article also gives these words to {who}",
              a.source_start if a else None, a.source_end if a else None)
        return Verdict.AMBIGUOUS
    return Verdict.SUPPORTED


def _adopt(f: _Finding, g: _Finding) -> None:
    f.reasons[:] = g.reasons
    f.signals.clear()
    f.signals.update(g.signals)
    f.alignment, f.quote, f.claim = g.alignment, g.quote, g.claim
    f.attributed_to, f.attributed_outlet = g.attributed_to, g.attributed_outlet


def _quotes_over(doc: Document, start: int, end: int) -> list[Quote]:
    """Quotations overlapping ``[start, end)``, most overlap first."""
    out = []
    for q in doc.quotes:
        if q.end <= start or q.start >= end:
            continue
        ov = min(q.end, end) - max(q.start, start)
        out.append((-(ov / max(1, end - start)), q.kind is QuoteKind.INDIRECT, q))
    out.sort(key=lambda t: (t[0], t[1]))
    return [q for _, _, q in out]


_MARK_RE: Final = re.compile("[\"\u201c\u201d\u00ab\u00bb\u201e]")
_OPENING: Final = "\u201c\u00ab\u201e"


def _marks(art: _Article, start: int, end: int) -> tuple[int, int, Quote | None] | None:
    """The quotation in marks that holds ``[start, end)``: ``(start, end, Quote or None)``.

    ``extract()``'s quotations first; failing those, the quotation marks of the paragraph
    itself (an opening mark before the words, or an odd number of marks, and no closing mark
    inside them), so that a mark extraction did not pair still counts.
    """
    doc = art.doc
    for q in doc.quotes:
        if q.start > start + 2:
            break
        if q.kind is not QuoteKind.INDIRECT and q.start <= start + 2 and end - 2 <= q.end:
            return q.start, q.end, q
    text = art.text
    ps, pe = _paragraph(doc, start)
    if end > pe:  # a quotation running over a line break: the paragraph the words end in
        pe = _paragraph(doc, end)[1]
    before = [m.start() for m in _MARK_RE.finditer(text, ps, start)]
    if not before:
        return None
    if _MARK_RE.search(text, start + 1, max(start + 1, end - 1)):
        return None
    i = before[-1]
    ch = text[i]
    prev = text[i - 1] if i > ps else " "
    opening = ch in _OPENING or (not prev.isalnum() and i + 1 < len(text) and text[i + 1].isalnum()
                                 and prev not in ".,;!?")
    if not (opening or len(before) % 2 == 1):
        return None
    after = _MARK_RE.search(text, end, pe)
    return before[-1], after.end() if after else pe, None


def _paragraph(doc: Document, pos: int) -> tuple[int, int]:
    for ps, pe in doc.paragraphs:
        if ps <= pos < pe or pos == pe:
            return ps, pe
    return 0, len(doc.text)


def _place(f: _Finding, a: Alignment) -> Verdict:
    art = f.art
    doc = art.doc
    s, e = a.source_start, a.source_end
    if a.exact:
        f.add("exact", "the claim's words are in the article", s, e)
    else:
        f.add("aligned", f"{a.matched} of {len(f.claim.words)} words match in order", s, e)
    quotes = _quotes_over(doc, s, e)
    ind = [q for q in quotes if q.kind is QuoteKind.INDIRECT]
    cut = [d for d in a.differences if d.kind is _align.DiffKind.ATTRIBUTION
           or (d.kind is _align.DiffKind.ELISION and d.source_end > d.source_start)]
    if cut:
        # a quotation joined across its attribution or an elision: each piece must stand in marks
        pieces = [(s, cut[0].source_start)] + [(d.source_end, n.source_start) for d, n in zip(cut, cut[1:])] \
            + [(cut[-1].source_end, e)]
        held_all = [_marks(art, ps, pe) for ps, pe in pieces if pe > ps]
        held = held_all[0] if held_all and all(h is not None for h in held_all) else None
    else:
        held = _marks(art, s, e)
    if held is not None:
        qs, qe, q = held
        if q is None:
            f.add("in_marks", "the words stand between quotation marks", qs, qe)
            q = ind[0] if ind else None
        else:
            f.add("in_quotation", q.kind.value, qs, qe)
        f.quote = q
        cut_off = _negation_cut_off(art, f.claim, a, qs)
        if cut_off is not None:
            f.alignment = a = attrs.evolve(a, differences=(cut_off, *a.differences))
        subst = a.substantive
        if subst:
            for d in subst:
                f.add(_DIFF_RULE[d.category], _describe(d), d.source_start, d.source_end)
            if q is not None:
                _attribute(f, q)
            return Verdict.ALTERED
        return _speaker_verdict(f, q, qs, qe)
    # not in quotation marks
    if ind:
        f.quote = ind[0]
        f.add("reported_speech", "the article reports these words without quotation marks",
              ind[0].start, ind[0].end)
        _attribute(f, ind[0])
        return Verdict.PARAPHRASED
    f.add("unquoted", "the words are the article's own, not in quotation marks", s, e)
    return Verdict.PARAPHRASED


def _negation_cut_off(art: _Article, claim: ClaimWords, a: Alignment, qs: int) -> Difference | None:
    """A claim that starts right after its quotation's negation and capitalises its first word,
    presenting it as a whole sentence ("No such decisions are being discussed" claimed as "Such
    decisions are being discussed"), drops that negation. A fragment in lower case ("raise
    taxes") is only a piece of the quotation, and a negation set off by punctuation ("No, we
    will ...") answers something else: the claim after it keeps its meaning."""
    w = art.words
    k = a.token_start - 1
    if k < 0 or w.tokens[k] not in _align.NEGATIONS or w.starts[k] < qs or not claim.words.tokens:
        return None
    first = claim.text[claim.words.starts[0]]
    if not first.isupper() or art.text[a.source_start].isupper():
        return None
    if w.ends[k] > a.source_start:  # "didn't": the negation is inside the claim's first word
        return None
    if art.text[w.ends[k]:a.source_start].strip():  # "No, we will ...": an answer, not a negation
        return None
    return Difference(_align.DiffKind.DELETED, "", 0, 0, art.text[w.starts[k]:w.ends[k]],
                      w.starts[k], w.ends[k], "negation")


def _describe(d: Difference) -> str:
    """ "adds “not”", "drops “never”", "“six” for “five”": a difference in the article's terms."""
    if d.kind is _align.DiffKind.INSERTED:
        return f"adds \u201c{d.claim_text}\u201d"
    if d.kind is _align.DiffKind.DELETED:
        return f"drops \u201c{d.source_text}\u201d"
    return f"\u201c{d.claim_text}\u201d for \u201c{d.source_text}\u201d"


_DIFF_RULE: Final[dict[str, str]] = {"negation": "negation_changed", "number": "number_changed",
                                     "content": "word_changed", "order": "order_changed"}


def _attribute(f: _Finding, q: Quote) -> None:
    if q.speaker is not None:
        f.attributed_to = q.speaker.name
    if q.outlet is not None:
        f.attributed_outlet = q.outlet.name


# --------------------------------------------------------------------------- speakers in context

#: A capitalised name: "Timothy Gill", "Sen. Ted Cruz", "Ban Ki-moon", "The Blaze", "CNN".
_UP: Final = "A-Z\u00c0-\u00d6\u00d8-\u00de\u0100-\u017f\u0391-\u03a9\u0400-\u042f"
_NAME_RE: Final = re.compile(
    rf"(?<![\w'\u2019-])(?:(?:al|el|ibn|bin)-|(?:van der|van den|van|von|de la|de|di|da|du|le|la|dos|das)[ \u00a0]+)?"
    rf"(?:[{_UP}][\w'\u2019\-]*\.?|[{_UP}]\.)(?:[ \u00a0]+(?:(?:de la|de los|de las|van der|van den|de|di|da|van|von|al|bin|la|le|del|della|du|dos|das|of the|of)[ \u00a0]+|(?:al|el|ibn|bin|abu)-)?"
    rf"(?:[{_UP}][\w'\u2019\-]*\.?|[{_UP}]\.))*")
_PRONOUN_RE: Final = re.compile(r"\b(?:he|she|they|He|She|They)\b")
#: What may stand between a name and the cue after it: a possessive, an apposition, "of The Nation".
_AFTER_NAME: Final = re.compile(
    r"(?:['\u2019]s?)?"
    r"(?:\s+(?:of|from|at|for|with)\s+(?:the\s+)?[A-Z][\w.'\u2019&\-]*(?:\s+(?:of\s+)?[A-Z][\w.'\u2019&\-]*)*)?"
    r"(?:\s*,[^,;\"\u201c\u201d\n]{1,120}?){0,3}(?:\s*,)?"
    r"\s*(?:(?:also|then|later|first|previously|has|had|have|was|is|would|will|recently|once|again|"
    r"simply|only|just|further|repeatedly|quickly|immediately|flatly|publicly|privately|"
    r"bluntly|famously|firmly|tersely|curtly|explicitly|specifically|hastily|reportedly|went on to|to)\s+){0,2}$")
_BEFORE_NAME: Final = re.compile(r"^[^.;!?\"\u201c\u201d\n]{0,100}$")
_PASSIVE: Final = re.compile(r"\b(?:was|were|been|being|is|are|be|get|got)\s+$", re.IGNORECASE)
#: A name right after one of these is a place or an object, not a speaker ("a meeting in Columbus").
_PREP_BEFORE: Final = re.compile(
    r"\b(?:in|at|from|of|to|for|on|near|by|with|into|about|against|over|than)\s+(?:the\s+)?$", re.IGNORECASE)


@frozen
class _Cand:
    """A name next to a cue near the quotation."""

    start: int
    end: int
    name: str
    cue: str
    rank: int
    """0: in the quotation's own sentence (or introducing it with a colon); 1: a neighbouring sentence."""
    pronoun: bool = False
    unnamed: bool = False
    """A cue in the quotation's own sentence with no name or pronoun next to it ("an aide said")."""

    @property
    def report(self) -> bool:
        """The cue makes the name a source that reported the words ("according to", "reported")."""
        return self.cue.lower() == "according to" or self.cue.lower() in REPORT_VERBS


def _speech_cues(text: str, start: int, end: int) -> list[tuple[int, int]]:
    return [m.span() for m in _speech_re().finditer(text, start, end)]


def _quote_mask(doc: Document) -> list[tuple[int, int]]:
    return [(q.start, q.end) for q in doc.quotes if q.kind is not QuoteKind.INDIRECT]


def _inside_any(spans: list[tuple[int, int]], s: int, e: int) -> bool:
    for a, b in spans:
        if a > s:
            break
        if a <= s and e <= b:
            return True
    return False


def _window(doc: Document, qs: int, qe: int) -> list[tuple[int, int, int]]:
    """Sentences around the quotation: ``[(start, end, rank)]``, rank 0 for its own."""
    sents = doc.sentences
    idx = [i for i, s in enumerate(sents) if s.end > qs and s.start < qe]
    if not idx:
        return [(max(0, qs - 200), min(len(doc.text), qe + 200), 0)]
    first, last = idx[0], idx[-1]
    out = [(sents[first].start, sents[last].end, 0)]
    para = sents[first].paragraph
    if first > 0:
        p = sents[first - 1]
        if p.paragraph == para or qs <= sents[first].start + 3:
            out.insert(0, (p.start, p.end, 1))
    if last + 1 < len(sents) and sents[last + 1].paragraph == sents[last].paragraph:
        n = sents[last + 1]
        out.append((n.start, n.end, 1))
    return out


def _candidates(art: _Article, qs: int, qe: int) -> list[_Cand]:
    """Names (and pronouns) standing next to a speech cue around the quotation ``[qs, qe)``."""
    text, doc = art.text, art.doc
    mask = _quote_mask(doc)
    out: list[_Cand] = []
    for ws, we, rank in _window(doc, qs, qe):
        cues = [c for c in _speech_cues(text, ws, we) if not _inside_any(mask, c[0], c[1])]
        names = [m for m in _NAME_RE.finditer(text, ws, we) if not _inside_any(mask, m.start(), m.end())]
        prons = [m for m in _PRONOUN_RE.finditer(text, ws, we) if not _inside_any(mask, m.start(), m.end())]
        # a colon that ends the sentence before the quotation introduces it
        if rank == 1 and we <= qs and text[ws:we].rstrip().endswith(":"):
            rank = 0
        both = names + prons
        for cs, ce in cues:
            cue = text[cs:ce]
            before = len(out)
            # "Sanders was asked by host Bill Maher": the subject of a passive cue did not speak
            passive = bool(_PASSIVE.search(text, max(0, cs - 12), cs))
            # name (or pronoun) before the cue: "Gill explained", "Mozloom, a spokesman, said"
            for m in both:
                if passive:
                    break
                if m.end() <= cs and _AFTER_NAME.match(text, m.end(), cs) and _no_quote_between(text, m.end(), cs) \
                        and not _PREP_BEFORE.search(text, max(0, m.start() - 20), m.start()):
                    out.append(_Cand(m.start(), m.end(), m.group(), cue, rank, m in prons))
            # cue before the name: "said Jack Mozloom", "according to the Post", "warned Clinton",
            # "said former Obama adviser David Axelrod" (the last name of the phrase)
            after = [m for m in both if m.start() >= ce]
            if after:
                m = min(after, key=lambda m: m.start())
                gap = text[ce:m.start()]
                if _BEFORE_NAME.match(gap) and not any(ce < c2 < m.start() for c2, _ in cues) \
                        and (not passive or gap.lstrip().startswith("by ")):
                    if m in prons:
                        out.append(_Cand(m.start(), m.end(), m.group(), cue, rank, True))
                    else:
                        head, hs, he = _phrase_head(text, m.start(), m.end())
                        out.append(_Cand(hs, he, head or m.group(), cue, rank))
            if rank == 0 and len(out) == before and not (qs <= cs < qe):
                out.append(_Cand(cs, ce, "", cue, 0, unnamed=True))
        if rank == 0 and ws < qs:
            # "Fallon fired back: “...”": a name just before a colon that opens the quotation
            head = text[ws:qs]
            if head.rstrip().endswith(":"):
                for m in names:
                    if m.end() <= qs:
                        out.append(_Cand(m.start(), m.end(), m.group(), ":", 0))
    return out


def _no_quote_between(text: str, a: int, b: int) -> bool:
    return not any(ch in _QUOTE_MARKS for ch in text[a:b])


def _claim_matches(claimed: str, name: str, *, text: str = "") -> bool:
    """Does the claimed speaker name the person (or body) written ``name`` in the article?"""
    if is_outlet(claimed) or is_outlet(name):
        if same_outlet(claimed, name, text=text):
            return True
    m = match_names(claimed, name)
    if m >= NameMatch.SURNAME:
        return True
    if m is NameMatch.NONE:
        c = parse_name(claimed)
        if c and not c.given:  # one word: "Shen" for "Shen Xincheng", "Hillary" for "Hillary Clinton"
            words = parse_name(name).words
            return c.surname in words[:-1] and len(c.surname) > 1
    return False


def _speaker_verdict(f: _Finding, q: Quote | None, qs: int, qe: int) -> Verdict:
    """Who the article gives the quoted words to, against the claimed speaker and outlet."""
    if q is not None:
        _attribute(f, q)
    verdict = _speaker_only(f, q, qs, qe)
    if f.outlet is None or verdict is not Verdict.SUPPORTED:
        return verdict
    ok = _outlet_ok(f, q, qs, qe)
    if ok is None:
        return Verdict.AMBIGUOUS
    return Verdict.SUPPORTED if ok else Verdict.MISATTRIBUTED


def _speaker_only(f: _Finding, q: Quote | None, qs: int, qe: int) -> Verdict:
    claimed = f.speaker
    text = f.art.text
    spk = q.speaker if q is not None else None
    if claimed is None:
        f.add("no_speaker_claimed", "")
        return Verdict.SUPPORTED if spk is not None else Verdict.AMBIGUOUS
    # 1. the speaker extraction found names the claimed one
    head = ""
    if spk is not None and _ADDRESSEE.match(text, spk.end):
        # "Trump was asked, “...”": the person extraction found is the one spoken to
        f.add("speaker_addressed", text[spk.start:spk.end + 20].split(",")[0], spk.start, spk.end)
        spk = None
    if spk is not None:
        head, hs, he = _phrase_head(text, spk.start, spk.end)
        agent = bool(head) and head != spk.name and _AGENT_BETWEEN.search(text, spk.start, hs) is not None
        if _claim_matches(claimed, spk.name, text=text) and not (agent and not _claim_matches(claimed, head, text=text)):
            f.add("speaker_match", spk.name, spk.start, spk.end)
            return Verdict.SUPPORTED
        # the phrase names someone else than extraction resolved ("former Utah governor Michael
        # Leavitt" stopped at "Utah") — not the surname of the person it resolved to ("O’Brien")
        if head and head != spk.name and match_names(head, spk.name) < NameMatch.SURNAME \
                and _claim_matches(claimed, head, text=text):
            f.attributed_to = head
            f.add("speaker_phrase", f"{text[spk.start:he]}", hs, he)
            return Verdict.SUPPORTED
    if spk is not None and _is_body(claimed):
        owner, os_, oe = _spokesperson_owner(text, spk.start, hs if head else spk.start)
        if owner and _claim_matches(claimed, owner, text=text):
            # "Kremlin spokesman Dmitry Peskov": a body speaks through its spokespeople
            f.add("speaks_for", text[os_:oe], os_, oe)
            return Verdict.SUPPORTED
    if q is not None and q.outlet is not None and _claim_matches(claimed, q.outlet.name, text=text):
        f.add("outlet_as_speaker", q.outlet.name, q.outlet.start, q.outlet.end)
        return Verdict.SUPPORTED
    # 2. names next to speech verbs around the quotation, nearest sentences first
    role_end = spk.end if spk is not None else -1
    desc = ""
    if spk is not None and spk.kind is EntityKind.ROLE:
        desc, role_end = _role_description(text, spk.start, spk.end)
    cands = _candidates(f.art, qs, qe)
    inside_role = spk is not None and spk.kind is EntityKind.ROLE
    named = [c for c in cands if not c.pronoun and not c.unnamed
             and not (inside_role and spk.start <= c.start and c.end <= role_end)]
    ranks = [c.rank for c in named] + [c.rank for c in cands if c.unnamed]
    if spk is not None:
        ranks.append(_rank_of(f.art.doc, qs, qe, spk.start))
    best = min(ranks, default=None)
    # a surname mention extraction resolved to someone else ("O’Brien" = Lena O’Brien) is not
    # the claimed namesake's (Maria O'Brien)
    conflict = spk is not None and match_names(claimed, spk.name) is NameMatch.CONFLICT
    mine = [c for c in named if _claim_matches(claimed, c.name, text=text)
            and not (conflict and _overlaps(c, spk.start, spk.end))]
    top_mine = [c for c in mine if c.rank == best]
    top_other = [c for c in named if c.rank == best and c not in mine]
    f.signals["claimed_nearby"] = float(bool(mine))
    f.signals["rival_nearby"] = float(bool(top_other))
    if _is_body(claimed):
        reporter = [c for c in mine if c.report and c.rank == best]
        if reporter:
            c = reporter[0]
            f.add("reported_by", f"{c.cue} {c.name}", c.start, c.end)
            return Verdict.SUPPORTED
    if spk is not None and spk.kind is EntityKind.ROLE:
        if desc and _claim_matches(claimed, desc, text=text):
            f.add("speaks_for", f"{text[spk.start:role_end]}", spk.start, role_end)
            # a body speaks through its spokespeople; a person's aide is not the person
            return Verdict.SUPPORTED if _is_body(claimed) else Verdict.AMBIGUOUS
    if spk is not None and spk.kind is EntityKind.OUTLET and mine:
        f.add("outlet_describes", f"{spk.name} writes about {mine[0].name}", spk.start, spk.end)
        return Verdict.AMBIGUOUS
    weak = spk is None or spk.kind in (EntityKind.ROLE, EntityKind.UNKNOWN)
    if top_mine and (weak or not any(_overlaps(c, spk.start, spk.end) for c in top_other)):
        c = top_mine[0]
        f.add("speaker_nearby", f"{c.name} {c.cue}", c.start, c.end)
        if spk is not None:
            f.add("extraction_overruled", spk.name, spk.start, spk.end)
        f.attributed_to = c.name
        return Verdict.SUPPORTED
    if weak and top_other:
        c = top_other[0]
        f.attributed_to = c.name
        f.add("other_nearby", f"{c.name} {c.cue}", c.start, c.end)
        return Verdict.MISATTRIBUTED
    if spk is None:
        f.add("article_no_speaker", "the article's quotation has no speaker we could find")
        return Verdict.AMBIGUOUS
    if spk.kind is EntityKind.ROLE:
        # "a spokesperson said": whoever it was, the article does not say it was the claimed one
        f.add("speaker_role", text[spk.start:role_end], spk.start, role_end)
        return Verdict.AMBIGUOUS
    name = head if head and spk.kind is not EntityKind.PERSON else spk.name
    f.attributed_to = name
    f.add("speaker_other", name, spk.start, spk.end)
    return Verdict.MISATTRIBUTED


def _rank_of(doc: Document, qs: int, qe: int, pos: int) -> int:
    """0 when ``pos`` is in the quotation's own sentence(s), else 1."""
    for ws, we, rank in _window(doc, qs, qe):
        if rank == 0 and ws <= pos < we:
            return 0
    return 1


def _overlaps(c: _Cand, s: int, e: int) -> bool:
    return c.start < e and s < c.end


#: Lower-case words that may sit inside a speaker's noun phrase between names:
#: "Clinton campaign manager Robby Mook", "Idaho nutritional-supplement executive Frank VanderSloot".
_PHRASE_WORDS: Final[frozenset[str]] = frozenset({*TITLES, *ROLE_NOUNS, "and", "campaign", "former",
                                                   "longtime", "senior", "top", "chief", "press",
                                                   "communications", "national", "state", "deputy",
                                                   "political", "policy", "spokesman", "resident",
                                                   "voter", "delegate", "member", "native", "ranking",
                                                   "junior", "assistant", "associate", "managing",
                                                   "then", "current", "fellow", "retired", "interim",
                                                   "local", "veteran", "freshman", "longtime"})
_PHRASE_NEXT: Final = re.compile(
    rf"\.?(?:\s+(?:[a-z][\w\-]*))*?\s+((?:[{_UP}][\w'\u2019\-]*\.?|[{_UP}]\.)"
    rf"(?:\s+(?:[{_UP}][\w'\u2019\-]*\.?|[{_UP}]\.))*)")


_POSSESSIVE_AFTER: Final = re.compile(r"['\u2019]s?\b")


def _is_body(name: str) -> bool:
    """Does a claimed speaker name an organisation or outlet rather than a person?"""
    if is_outlet(name):
        return True
    return any(w.lower().strip(".,") in ORGANIZATION_WORDS for w in name.split())


def _phrase_head(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The last name in the speaker's noun phrase: "Michael Leavitt" in "former Utah governor
    Michael Leavitt", when extraction stopped at "Utah"."""
    head, hs, he = "", start, end
    runs = list(_NAME_RE.finditer(text, start, end))
    if runs and _POSSESSIVE_AFTER.match(text, runs[-1].end()) or (
            runs and runs[-1].group().endswith(("'s", "\u2019s"))):
        return "", start, end  # "Scholz's spokesperson": the head is the role, not the name
    if runs:
        k = len(runs) - 1
        while k > 0 and not text[runs[k - 1].end():runs[k].start()].strip():
            k -= 1  # "Maria" + "de la Cruz" is one name
        hs, he = runs[k].start(), runs[-1].end()
        head = text[hs:he]
    pos = end
    for _ in range(3):
        m = _PHRASE_NEXT.match(text, pos, min(len(text), pos + 80))
        if not m:
            break
        if text.startswith(".", pos):  # only an abbreviation's period ("Gov."), never a sentence's
            word = text[max(0, pos - 6):pos].split()[-1:] or [""]
            if word[0].lower().strip(".") not in ABBREVIATIONS:
                break
        gap = text[pos:m.start(1)]
        between = gap.replace(".", " ").split()
        if len(between) > 4 or not all(w.lower() in _PHRASE_WORDS or "-" in w for w in between):
            break
        if "\n" in gap or (not between and (text[pos - 1:pos] == "." or gap.startswith("."))):
            break  # a new line, or a new sentence after "Sr." / "Gov."
        head, hs, he = m.group(1), m.start(1), m.end(1)
        pos = m.end(1)
    return head, hs, he


#: After a name: it was the one spoken to, not the speaker.
_ADDRESSEE: Final = re.compile(
    r"(?:['\u2019]s?)?\s+(?:was|were|is|are|has been|had been|being)\s+(?:\w+ly\s+)?(?:asked|told|questioned|pressed|"
    r"interviewed|challenged|confronted)\b")
#: Between an owner's name and a name: "Rubio spokesman Alex Conant" (the second speaks).
_AGENT_BETWEEN: Final = re.compile(
    r"\b(?:spokes(?:man|woman|person)|aide|advis[eo]r|manager|strategist|lawyer|attorney|secretary|"
    r"chief of staff|director|chairman|chairwoman|counsel|representative|staffer|pollster)\b", re.IGNORECASE)
_ROLE_DESC: Final = re.compile(
    r"\s+(?:for|of|to|at|with|from)\s+(?:the\s+)?([A-Z][\w.'\u2019&\-]*(?:\s+(?:of\s+)?[A-Z][\w.'\u2019&\-]*)*)")
_ROLE_OWNER: Final = re.compile(
    r"([A-Z][\w.&\-]*(?:\s+[A-Z][\w.&\-]*)*)(?:['\u2019]s?)?\s+(?:[a-z]+\s+){0,2}$")


#: "spokesman", "press secretary" (any white space between the words).
_SPOKES: Final = phrase_alternation(SPOKESPERSON_NOUNS, r"\s+")
_OWNER_NAME: Final = r"([A-Z][\w.&\-]*(?:\s+(?:of\s+)?[A-Z][\w.&\-]*)*)"
#: "Kremlin spokesman ", "the Pentagon's press secretary " right before the person's name.
_SPOKES_OWNER_BEFORE: Final = re.compile(
    rf"{_OWNER_NAME}(?:['\u2019]s?)?\s+(?:[a-z]+\s+)?(?:{_SPOKES})\s+$")
#: "a spokesman for the Kremlin, " right before the person's name.
_SPOKES_FOR_BEFORE: Final = re.compile(rf"\b(?:{_SPOKES})\s+(?:for|of)\s+(?:the\s+)?{_OWNER_NAME}\s*,\s*$")


def _spokesperson_owner(text: str, start: int, name_start: int) -> tuple[str, int, int]:
    """The body a named spokesperson speaks for, from the words just before the name:
    "Kremlin spokesman Dmitry Peskov" or "a spokesman for the Kremlin, Dmitry Peskov" ->
    ("Kremlin", start, end of the phrase); ``("", 0, 0)`` when there is none."""
    lo = max(0, min(start, name_start) - 60)
    for pattern in (_SPOKES_OWNER_BEFORE, _SPOKES_FOR_BEFORE):
        m = pattern.search(text, lo, name_start)
        if m:
            return m.group(1), m.start(), name_start
    return "", 0, 0


def _role_description(text: str, start: int, end: int) -> tuple[str, int]:
    """Whom a role speaks for, and where the role's phrase ends: "a spokeswoman for the
    Committee" -> ("Committee", end of "Committee"); "Trump's spokesperson" -> ("Trump", end)."""
    m = _ROLE_DESC.match(text, end)
    if m:
        return m.group(1), m.end(1)
    m = _ROLE_OWNER.search(text, max(0, start - 60), start)
    if m and m.end() == start:
        return m.group(1), end
    inner = [n for n in _NAME_RE.finditer(text, start, end)]
    if inner:  # "Trump's spokesperson" inside the mention itself
        return inner[0].group().rstrip("'\u2019s").rstrip("'\u2019"), end
    return "", end


_TOLD_THE: Final = re.compile(
    r"\b(?:told|to|with|on|in)\s+the\s+([A-Z][\w'\u2019&.\-]*(?:\s+[A-Z][\w'\u2019&.\-]*)*)")


def _outlet_ok(f: _Finding, q: Quote | None, qs: int, qe: int) -> bool | None:
    """Did the words come through the claimed outlet? True, False, or None when the article does not say."""
    claimed = f.outlet
    assert claimed is not None
    art = f.art
    text = art.text
    if q is not None and q.outlet is not None:
        if same_outlet(claimed, q.outlet.name, text=text):
            f.add("outlet_match", q.outlet.name, q.outlet.start, q.outlet.end)
            return True
        f.add("outlet_other", q.outlet.name, q.outlet.start, q.outlet.end)
        return False
    # extraction linked no outlet: look in the quotation's own sentence
    own = [(ws, we) for ws, we, rank in _window(art.doc, qs, qe) if rank == 0]
    mask = _quote_mask(art.doc)
    others = []
    for o in art.outlets:
        if any(ws <= o.start < we for ws, we in own) and not _inside_any(mask, o.start, o.end):
            if same_outlet(claimed, o.name, text=text):
                f.add("outlet_match", o.name, o.start, o.end)
                return True
            others.append((o.name, o.start, o.end))
    for ws, we in own:
        for m in _TOLD_THE.finditer(text, ws, we):
            if not _inside_any(mask, m.start(1), m.end(1)):
                if same_outlet(claimed, m.group(1), text=text):
                    f.add("outlet_match", m.group(1), m.start(1), m.end(1))
                    return True
                others.append((m.group(1), m.start(1), m.end(1)))
    if others:
        name, s, e = others[0]
        f.add("outlet_other", name, s, e)
        return False
    f.add("outlet_unstated", "the article does not say which outlet the words came through")
    return None


def _features(f: _Finding, verdict: Verdict) -> dict[str, float]:
    """What the confidence model reads: the rules that fired, and graded signals."""
    feats: dict[str, float] = {}
    for r in f.reasons:
        feats[r.rule] = 1.0
    feats.update({k: v for k, v in f.signals.items() if v})
    a = f.alignment
    n = len(f.claim.words)
    feats["short_claim"] = float(n < 6)
    if a is not None:
        feats["unmatched_words"] = min(5.0, float(n - a.matched))
        feats["changes"] = min(5.0, float(len(a.substantive)))
    q = f.quote
    if q is not None:
        feats["extraction_confidence"] = q.confidence - 0.5
        feats["partial_quotation"] = float(q.kind is QuoteKind.PARTIAL)
        if q.speaker is not None:
            feats[f"speaker_kind_{q.speaker.kind.value}"] = 1.0
    if f.speaker is not None:
        feats["surname_only"] = float(len(f.speaker.split()) == 1)
    return feats


def _confidence(f: _Finding, verdict: Verdict, feats: dict[str, float]) -> tuple[float, tuple[Evidence, ...]]:
    """Calibrated probability that ``verdict`` is right, and the reasons with their weights."""
    model = _weights().get(verdict.value, {})
    w = model.get("weights", {}) if isinstance(model, dict) else {}
    z = float(model.get("bias", 0.0)) if isinstance(model, dict) else 0.0
    for k, v in feats.items():
        z += float(w.get(k, 0.0)) * v
    reasons = tuple(attrs.evolve(r, weight=float(w.get(r.rule, 0.0))) for r in f.reasons)
    return _sigmoid(z), reasons


def _freeze(f: _Finding, verdict: Verdict) -> Verification:
    a = f.alignment
    text = f.art.text
    sentence, sent_start = "", None
    if a is not None:
        s0, e0 = _sentence_bounds(f.art.doc, a.source_start, a.source_end)
        sentence, sent_start = text[s0:e0], s0
    conf, reasons = _confidence(f, verdict, _features(f, verdict))
    return Verification(
        verdict=verdict,
        confidence=conf,
        claim=f.claim.text,
        speaker=f.speaker,
        outlet=f.outlet,
        quote=f.quote,
        attributed_to=f.attributed_to,
        attributed_outlet=f.attributed_outlet,
        similarity=a.similarity if a else 0.0,
        source_start=a.source_start if a else None,
        source_end=a.source_end if a else None,
        source_text=text[a.source_start:a.source_end] if a else "",
        sentence=sentence,
        sentence_start=sent_start,
        differences=a.differences if a else (),
        reasons=reasons,
    )
