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

from ._lexicon import ABBREVIATIONS, one_letter_outlets

if TYPE_CHECKING:  # pragma: no cover
    from nltk.tokenize.punkt import PunktSentenceTokenizer

#: A paragraph is a run of text between line breaks (blank lines or single newlines).
_PARAGRAPH = re.compile(r"[^\n\r\u2028\u2029]+")


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


#: A candidate sentence end: end punctuation, closing marks, then blanks and a next token.
_CANDIDATE = re.compile(r"([.!?]+)([\"'\u201d\u2019)\]\u00bb]*)(?=\s+(\S+))")
#: Tokens Punkt must judge itself: initials, dotted abbreviations, numbers.
_HARD_TOKEN = re.compile(r"(?:\w\.)*\w|\d[\d,.]*|.*\.\w.*")


def sentences(text: str, paras: Sequence[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """``(start, end, paragraph index)`` of every sentence inside each paragraph.

    Breaks are Punkt's decisions (built offline from our abbreviation list). Punkt weighs every
    candidate period with a word tokenizer and two annotation passes; the many candidates whose
    answer is plain — "?" or "!", or a period after an ordinary word that is no abbreviation —
    are decided here without it, and only the rest (abbreviations, initials, numbers,
    ellipses) go to Punkt, candidate by candidate.
    """
    tok = _tokenizer()
    out: list[tuple[int, int, int]] = []
    for i, (ps, pe) in enumerate(paras):
        first = len(out)
        start = ps
        for m in _CANDIDATE.finditer(text, ps, pe):
            if not _breaks(tok, text, m, ps):
                continue
            end = m.end()
            nxt = m.start(3)
            if len(out) > first and text[start].islower():
                out[-1] = (out[-1][0], end, i)  # “Is it?” he asked. — continues the sentence
            else:
                out.append((start, end, i))
            start = nxt
        if start < pe:
            if len(out) > first and text[start].islower():
                out[-1] = (out[-1][0], pe, i)
            else:
                out.append((start, pe, i))
    return out


def _breaks(tok: PunktSentenceTokenizer, text: str, m: re.Match[str], lo: int) -> bool:
    run = m.group(1)
    if "?" in run or "!" in run:
        return True
    ws = max(lo - 1, text.rfind(" ", lo, m.start()), text.rfind("\t", lo, m.start()),
             text.rfind("\u00a0", lo, m.start()))
    word = text[ws + 1:m.start()]
    core = word.lstrip("\"'\u201c\u2018(").lower()
    if len(run) == 1 and core and core not in ABBREVIATIONS and not _HARD_TOKEN.fullmatch(core):
        return True  # "said. The" — an ordinary word: Punkt would break here too
    if platform_letter(text, ws + 1, m.start()):
        return True  # "wrote on X. The ..." — the platform, not an initial
    after = m.group(3).lstrip("\"\u201c\u00ab(")  # "said James Ortiz Jr. “We hired ...”"
    if core in ("jr", "sr") and after[:1].isupper() and after.rstrip(".,") not in ("Day", "High"):
        return True  # a name ends in Jr./Sr.; a capital after it starts a sentence ("... Novak Sr. Attorney")
    # the hard cases: ask Punkt about this one candidate, as its span_tokenize would
    context = word + run + m.group(2) + " " + m.group(3)
    return bool(tok.text_contains_sentbreak(context))


def platform_letter(text: str, start: int, end: int) -> bool:
    """Is ``text[start:end]`` a one-letter platform after "on" ("wrote on X. Ortiz said")? Then the
    period after it ends a sentence; it is no initial."""
    return (end - start == 1 and text[start] in one_letter_outlets()
            and text[max(0, start - 3):start].lower() == "on "
            and (start < 4 or not text[start - 4].isalnum()))


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


__all__ = ["paragraphs", "sentences", "platform_letter", "merge_inside_quotes", "locate", "first_at_or_after"]
