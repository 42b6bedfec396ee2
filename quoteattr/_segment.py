"""Stage 1 — segmentation: paragraphs, then sentences inside each paragraph.

Punkt ignores newlines, so paragraphs are split first with one regex pass. Sentence boundaries
are Punkt's, built offline from our own abbreviation list (no NLTK data is downloaded).
Boundaries that fall inside a quotation are removed later, by :func:`merge_inside_quotes`.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from typing import TYPE_CHECKING, Sequence

from ._lexicon import ABBREVIATIONS

if TYPE_CHECKING:  # pragma: no cover
    from nltk.tokenize.punkt import PunktSentenceTokenizer

#: A paragraph is a run of text between line breaks (blank lines or single newlines).
_PARAGRAPH = re.compile(r"[^\n\r\u2028\u2029]+")
#: Quick test: a paragraph with none of these characters is one sentence.
_SENTENCE_END = re.compile(r"[.!?](?=[\s\"'\u201d\u2019)\]\u00bb]|$)")


@lru_cache(maxsize=1)
def _tokenizer() -> PunktSentenceTokenizer:
    # Imported here: loading nltk costs more than the rest of the package together.
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every paragraph, trimmed of surrounding blanks."""
    out = []
    for m in _PARAGRAPH.finditer(text):
        s, e = m.span()
        seg = m.group()
        stripped = seg.strip()
        if not stripped:
            continue
        s += len(seg) - len(seg.lstrip())
        e -= len(seg) - len(seg.rstrip())
        out.append((s, e))
    return out


def sentences(text: str, paras: Sequence[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """``(start, end, paragraph index)`` of every sentence, from Punkt inside each paragraph."""
    tok = _tokenizer()
    out: list[tuple[int, int, int]] = []
    for i, (ps, pe) in enumerate(paras):
        chunk = text[ps:pe]
        if _SENTENCE_END.search(chunk) is None:
            out.append((ps, pe, i))
            continue
        first = len(out)
        for s, e in tok.span_tokenize(chunk):
            if e <= s:
                continue
            if len(out) > first and _continues(chunk, s):
                # “Is it?” he asked. — Punkt always breaks after ? and !
                out[-1] = (out[-1][0], ps + e, i)
            else:
                out.append((ps + s, ps + e, i))
    return out


def _continues(chunk: str, s: int) -> bool:
    """A sentence that starts in lower case continues the one before it."""
    return chunk[s].islower()


def merge_inside_quotes(
    sents: list[tuple[int, int, int]], quotes: Sequence[tuple[int, int]]
) -> list[tuple[int, int, int]]:
    """Join sentences whose boundary falls inside a quotation of the same paragraph.

    ``quotes`` are ``(start, end)`` spans sorted by start. “A. B,” he said. is one sentence.
    """
    if not quotes or len(sents) < 2:
        return sents
    qstarts = [q[0] for q in quotes]
    out: list[tuple[int, int, int]] = [sents[0]]
    for s, e, p in sents[1:]:
        ps, pe, pp = out[-1]
        if pp == p and _inside_quote(s, quotes, qstarts):
            out[-1] = (ps, e, p)
        else:
            out.append((s, e, p))
    return out


def _inside_quote(pos: int, quotes: Sequence[tuple[int, int]], qstarts: list[int]) -> bool:
    i = bisect_right(qstarts, pos) - 1
    # quotations do not overlap, so only the last one starting before pos can hold it
    return i >= 0 and quotes[i][0] < pos < quotes[i][1] - 1


def locate(spans_starts: list[int], pos: int) -> int:
    """Index of the span (given by sorted starts) that holds ``pos``."""
    return max(0, bisect_right(spans_starts, pos) - 1)


def first_at_or_after(starts: list[int], pos: int) -> int:
    return bisect_left(starts, pos)


__all__ = ["paragraphs", "sentences", "merge_inside_quotes", "locate", "first_at_or_after"]
