"""Result types: immutable views over one text.

Every object that points into the article carries ``start``/``end`` character offsets into
``Document.text``; its ``text`` attribute is that slice, taken once when the object is built.
"""

from __future__ import annotations

import enum
from typing import Any, Mapping

from attrs import frozen

__all__ = [
    "Cue",
    "Document",
    "Term",
    "EntityKind",
    "Evidence",
    "Outlet",
    "Quote",
    "QuoteKind",
    "Sentence",
    "Speaker",
]


class QuoteKind(str, enum.Enum):
    """How a quotation appears in the text."""

    DIRECT = "direct"
    """A quotation in marks that stands as what someone said."""
    PARTIAL = "partial"
    """Quoted words inside a sentence that is not itself a quotation (also scare quotes)."""
    INDIRECT = "indirect"
    """Reported speech without quotation marks."""

    def __str__(self) -> str:
        return self.value


class EntityKind(str, enum.Enum):
    """What sort of thing a speaker is."""

    PERSON = "person"
    ROLE = "role"
    ORGANIZATION = "organization"
    OUTLET = "outlet"
    UNKNOWN = "unknown"

    def __str__(self) -> str:
        return self.value


@frozen
class Sentence:
    """A sentence: ``doc.text[start:end]``. Boundaries never fall inside a quotation."""

    start: int
    end: int
    paragraph: int = 0
    """Index of the paragraph (line) the sentence is in."""

    def to_dict(self) -> dict[str, Any]:
        """``{"start", "end", "paragraph"}``."""
        return {"start": self.start, "end": self.end, "paragraph": self.paragraph}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Sentence:
        """The inverse of :meth:`to_dict`."""
        return cls(d["start"], d["end"], d.get("paragraph", 0))


@frozen
class Cue:
    """The words that introduce a quotation: "said", "according to", "told", a colon."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Cue:
        """The inverse of :meth:`to_dict`."""
        return cls(d["text"], d["start"], d["end"])


@frozen
class Speaker:
    """Who a quotation is attributed to.

    ``name`` is the fullest name the article gives the speaker ("Dmitry Peskov" where the cue says
    "he"); ``start``/``end`` locate the mention the cue links to and ``text`` is that mention.
    """

    name: str
    start: int
    end: int
    text: str = ""
    kind: EntityKind = EntityKind.UNKNOWN

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "start": self.start, "end": self.end, "text": self.text,
                "kind": self.kind.value}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Speaker:
        """The inverse of :meth:`to_dict` (``text`` and ``kind`` may be missing)."""
        return cls(d["name"], d["start"], d["end"], d.get("text", ""), EntityKind(d.get("kind", "unknown")))


@frozen
class Outlet:
    """The news organisation or platform a quotation came through ("told AFP", "the Post")."""

    name: str
    start: int
    end: int
    text: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "start": self.start, "end": self.end, "text": self.text}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Outlet:
        """The inverse of :meth:`to_dict` (``text`` may be missing)."""
        return cls(d["name"], d["start"], d["end"], d.get("text", ""))


@frozen
class Evidence:
    """One reason behind an attribution: the rule that fired, what it points at, and its weight.

    ``weight`` is the rule's contribution to the log-odds of the confidence, so that the confidence
    score and :meth:`Quote.explain` are built from the same records.
    """

    rule: str
    detail: str
    weight: float = 0.0
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"rule": self.rule, "detail": self.detail, "weight": round(self.weight, 4),
                "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Evidence:
        """The inverse of :meth:`to_dict`."""
        return cls(d["rule"], d["detail"], d.get("weight", 0.0), d.get("start"), d.get("end"))


@frozen
class Quote:
    """A quotation with its attribution.

    ``doc.text[start:end]`` is the quotation (marks included for quotations in marks);
    ``text`` is the quoted or reported words themselves.
    """

    text: str
    start: int
    end: int
    kind: QuoteKind
    speaker: Speaker | None = None
    cue: Cue | None = None
    outlet: Outlet | None = None
    confidence: float = 0.0
    evidence: tuple[Evidence, ...] = ()
    closed: bool = True
    """False when the quotation's closing mark is missing."""

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "start": self.start,
            "end": self.end,
            "kind": self.kind.value,
            "speaker": self.speaker.to_dict() if self.speaker else None,
            "cue": self.cue.to_dict() if self.cue else None,
            "outlet": self.outlet.to_dict() if self.outlet else None,
            "confidence": round(self.confidence, 4),
            "closed": self.closed,
            "evidence": [e.to_dict() for e in self.evidence],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Quote:
        """The inverse of :meth:`to_dict`; also reads the CLI's JSON Lines records, which leave out
        ``closed``, ``evidence`` and the speaker's ``text`` and ``kind``."""
        return cls(
            d["text"], d["start"], d["end"], QuoteKind(d["kind"]),
            Speaker.from_dict(d["speaker"]) if d.get("speaker") else None,
            Cue.from_dict(d["cue"]) if d.get("cue") else None,
            Outlet.from_dict(d["outlet"]) if d.get("outlet") else None,
            d.get("confidence", 0.0),
            tuple(Evidence.from_dict(e) for e in d.get("evidence", ())),
            d.get("closed", True),
        )

    def explain(self) -> str:
        """A plain-English account of this attribution, built from its evidence records."""
        from ._explain import explain_quote

        return explain_quote(self)


@frozen
class Term:
    """Words in quotation marks that nobody is reported to have said: a title ("Meet the
    Press"), a name, or a scare quote with no speaker. Kept apart from quotations."""

    text: str
    start: int
    end: int
    reason: str
    """"title", "scare_quote" or "single_marks" (single-quoted words with no speaker)."""

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "reason": self.reason}

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Term:
        """The inverse of :meth:`to_dict`."""
        return cls(d["text"], d["start"], d["end"], d["reason"])


@frozen
class Document:
    """The result of :func:`quoteattr.extract`: the text, its sentences and its quotations."""

    text: str
    sentences: tuple[Sentence, ...] = ()
    quotes: tuple[Quote, ...] = ()
    """Quotations: direct, partial and indirect, in text order."""
    paragraphs: tuple[tuple[int, int], ...] = ()
    terms: tuple[Term, ...] = ()
    """Quoted words that are not quotations (titles, scare quotes nobody said)."""

    def to_dict(self) -> dict[str, Any]:
        """Plain data for JSON: text, sentences, paragraphs, quotes and terms."""
        return {
            "text": self.text,
            "sentences": [s.to_dict() for s in self.sentences],
            "paragraphs": [list(p) for p in self.paragraphs],
            "quotes": [q.to_dict() for q in self.quotes],
            "terms": [t.to_dict() for t in self.terms],
        }

    @classmethod
    def from_dict(cls, d: Mapping[str, Any]) -> Document:
        """The inverse of :meth:`to_dict`: ``Document.from_dict(doc.to_dict()) == doc`` (up to
        the rounding of confidences and weights), so results stored as JSON load back."""
        return cls(
            d["text"],
            tuple(Sentence.from_dict(s) for s in d.get("sentences", ())),
            tuple(Quote.from_dict(q) for q in d.get("quotes", ())),
            paragraphs=tuple((int(p[0]), int(p[1])) for p in d.get("paragraphs", ())),
            terms=tuple(Term.from_dict(t) for t in d.get("terms", ())),
        )

    def explain(self) -> str:
        """One paragraph per quotation, saying who said it and why we think so."""
        return "\n\n".join(q.explain() for q in self.quotes)

    def _repr_html_(self) -> str:
        from ._render import document_html

        return document_html(self.to_dict())

    def __len__(self) -> int:
        return len(self.quotes)
