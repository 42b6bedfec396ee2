"""Stage 2 — quotation marks: find every quotation over the whole text.

Marks are paired by *direction*, not by position: each mark is classed as opening or closing
from the characters on either side of it (a straight ``"`` after a space opens, before a space
closes), so an odd number of marks never shifts every later pairing. A quotation left open at
the end of a paragraph continues when the next paragraph opens with a mark (the news convention
for quotations over several paragraphs); otherwise it ends at the paragraph's end, unclosed.
Single marks are quotations only at the top level and only when they close in the same
paragraph; apostrophes (don't, Trump's, '90s) never count.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from functools import partial
from typing import NamedTuple, Sequence


#: Double marks and their family: straight, curly, low-9, guillemets.
_DOUBLE_MARKS = "\"\u201c\u201d\u201e\u201f\u00ab\u00bb"
#: Each double mark alone. Marks are found by one search per mark character the text holds: a
#: pattern that starts with one given character is a fast scan, several times faster than ``re``
#: testing every character of the text against a set.
_EACH_DOUBLE = [(mark, re.compile(re.escape(mark))) for mark in _DOUBLE_MARKS]
#: Double marks, or two apostrophes standing for one (corpora converted from ``…'' markup).
_DOUBLE_OR_APOSTROPHES = re.compile(f"''|``|[{_DOUBLE_MARKS}]")
_APOSTROPHE_PAIRS = re.compile("''|``")
#: Single marks that are not between two letters (those are apostrophes: don't, Trump's).
_SINGLE = re.compile(
    r"(?<!')(?<![^\W_])['\u2018\u2019\u201b\u2039\u203a](?!')"
    r"|(?<!')['\u2018\u2019\u201b\u2039\u203a](?![^\W_])(?!')")
_OPENERS = "\u201c\u201e\u201f\u00ab\u2018\u201b\u2039`"
_CLOSERS = "\u201d\u00bb\u2019\u203a"
#: Characters before a mark that let it open a quotation.
_OPEN_CONTEXT = frozenset(" \t\n\r\u00a0\u2009\u202f([{<\u2014\u2013-/:;,\u2026" + _OPENERS + "\"'")
#: Characters after a mark that let it close a quotation.
_CLOSE_CONTEXT = frozenset(" \t\n\r\u00a0\u2009\u202f)]}>.,;:!?\u2014\u2013-/\u2026" + _CLOSERS + "\"'")
#: Elisions that start with an apostrophe ('em, 'til, '90s): never opening marks.
_ELISION = re.compile(r"(?:\d\d|em\b|til\b|tis\b|twas\b|cause\b|bout\b|round\b|n\b|cuz\b|s\b)", re.I)
#: Longest span a single-mark quotation may cover, in characters.
_MAX_SINGLE = 600

_STRAIGHT = "\"'"
OPEN, CLOSE, EITHER = 1, 2, 3
_WORD_CHAR = re.compile(r"\w")


class RawQuote(NamedTuple):
    """A quotation found from its marks, before anyone is linked to it."""

    start: int
    """Offset of the opening mark."""
    end: int
    """Offset just after the closing mark (or the end of the text it runs to, if unclosed)."""
    inner_start: int
    inner_end: int
    closed: bool
    single: bool = False
    paragraphs: int = 1
    """How many paragraphs the quotation runs over."""
    nested: tuple[tuple[int, int], ...] = ()


#: ``_new_quote((start, end, ...))`` builds a :class:`RawQuote` from all its fields, without the
#: Python-level ``__new__`` that named tuples add (for the commonest quotation, closed in its paragraph).
_new_quote = partial(tuple.__new__, RawQuote)


def _direction(text: str, i: int, mark: str) -> int:
    prev = text[i - 1] if i > 0 else " "
    j = i + len(mark)
    nxt = text[j] if j < len(text) else " "
    can_open = not nxt.isspace() and (prev in _OPEN_CONTEXT or prev.isspace())
    can_close = not prev.isspace() and (nxt in _CLOSE_CONTEXT or nxt.isspace())
    # a curly mark keeps its direction unless blanks on one side say otherwise:
    # ,”Clinton said is still a closing mark
    if mark in _OPENERS:
        return CLOSE if (can_close and not can_open and (nxt.isspace() or j >= len(text))) else OPEN
    if mark in _CLOSERS:
        return OPEN if (can_open and not can_close and (prev.isspace() or i == 0)) else CLOSE
    if can_open and not can_close:
        return OPEN
    if can_close and not can_open:
        return CLOSE
    return EITHER


def find_quotes(
    text: str, paragraphs: Sequence[tuple[int, int]], *, double_apostrophes: bool = False
) -> list[RawQuote]:
    """Every top-level quotation in ``text``, sorted by start. Linear in the number of marks.

    With ``double_apostrophes``, ``''`` counts as a double quotation mark.
    """
    pstarts = [p[0] for p in paragraphs]
    doubles = _find_double(text, paragraphs, pstarts, _double_marks(text, double_apostrophes))
    # not “”: a word character inside (most quotations start with one: no search needed)
    doubles = [q for q in doubles if q.inner_start < q.inner_end and text[q.inner_start].isalnum()
               or _WORD_CHAR.search(text, q.inner_start, q.inner_end)]
    containers = doubles
    if not double_apostrophes and "''" in text:
        # ''...'' is no quotation mark here, but a 'single' one inside it is nested all the same
        # (text converted from ``...'' markup): it is no quotation of its own
        apostrophe_pairs = _find_double(text, paragraphs, pstarts,
                                        [(m.start(), m.group()) for m in _APOSTROPHE_PAIRS.finditer(text)])
        containers = sorted(doubles + apostrophe_pairs, key=lambda q: q.start)
    singles = _find_single(text, paragraphs, pstarts, containers)
    if not singles:
        return doubles
    # 'The minister called it "a disgrace",' said Price: the single quotation holds the double one
    kept = [q for q in doubles if not any(s.start < q.start and q.end <= s.end for s in singles)]
    return sorted(kept + singles, key=lambda q: q.start)


def _double_marks(text: str, double_apostrophes: bool) -> list[tuple[int, str]]:
    """``(offset, mark)`` of every double mark in ``text``, in text order."""
    if double_apostrophes:
        return [(m.start(), m.group()) for m in _DOUBLE_OR_APOSTROPHES.finditer(text)]
    return _marks(text, _EACH_DOUBLE)


def _marks(text: str, each: list[tuple[str, re.Pattern[str]]]) -> list[tuple[int, str]]:
    """``(offset, mark)`` of every match in ``text`` of the patterns, each for one ``mark``."""
    found = [(m.start(), mark) for mark, pattern in each if mark in text for m in pattern.finditer(text)]
    found.sort()
    return found


def _para_of(pstarts: list[int], pos: int) -> int:
    return bisect_right(pstarts, pos) - 1


def _trim_end(text: str, start: int, end: int) -> int:
    return start + len(text[start:end].rstrip())


def _find_double(
    text: str, paragraphs: Sequence[tuple[int, int]], pstarts: list[int], marks: list[tuple[int, str]]
) -> list[RawQuote]:
    """The double-mark quotations, from ``marks`` (``(offset, mark)`` in text order)."""
    out: list[RawQuote] = []
    depth = 0
    open_pos = open_end = -1
    last_para = -1
    n_paras = 1
    para = -1
    last_start = len(pstarts) - 1
    for i, mark in marks:
        mark_end = i + len(mark)
        while para < last_start and pstarts[para + 1] <= i:
            para += 1  # the marks come in text order: _para_of(pstarts, i), walked to
        if i and text[i - 1] == "=":
            continue  # an attribute value in markup: id="123"
        d = _direction(text, i, mark)
        if depth and para != last_para:
            # the quotation was still open when its paragraph ended
            at_para_start = para >= 0 and i == paragraphs[para][0] and para == last_para + 1
            if at_para_start and d != CLOSE:
                n_paras += 1
                last_para = para
                continue  # a reopening mark: the quotation runs on into this paragraph
            pend = _missing_close(text, open_end, paragraphs[last_para][1]) if n_paras == 1 \
                else paragraphs[last_para][1]
            out.append(RawQuote(open_pos, pend, open_end, pend, False, paragraphs=n_paras))
            depth = 0
        last_para = para
        if depth == 0:
            if d == CLOSE:
                if out and out[-1].end == i and out[-1].closed:
                    # a doubled closing mark: ."” — the quotation ends after both
                    q = out[-1]
                    out[-1] = RawQuote(q.start, mark_end, q.inner_start, q.inner_end, True, paragraphs=q.paragraphs)
                continue  # a stray closing mark (an inch sign, a missing opener): not a quotation
            depth, open_pos, open_end, n_paras = 1, i, mark_end, 1
            continue
        if d != CLOSE and i == open_end and depth == 1:
            open_end = mark_end  # a doubled opening mark: "“ — one quotation, not two
            continue
        if depth == 1 and mark in _CLOSERS and not text[open_end:i].strip():
            d = CLOSE  # “ ” — an empty pair, closed
        if d == OPEN:
            if mark in _STRAIGHT and text[open_pos] in _STRAIGHT:
                # straight marks do not nest: the open quotation lost its closing mark, most likely
                # at the last sentence end before this new one ("...back down. Her aide said "...")
                end = _trim_end(text, open_end, i)
                stop = max(text.rfind(". ", open_end, i), text.rfind("? ", open_end, i), text.rfind("! ", open_end, i))
                if stop > open_end:
                    end = stop + 1
                end = _missing_close(text, open_end, end)
                out.append(RawQuote(open_pos, end, open_end, end, False, paragraphs=n_paras))
                open_pos, open_end, n_paras = i, mark_end, 1
            else:
                depth += 1  # a nested quotation
            continue
        depth -= 1
        if depth == 0:
            out.append(_new_quote((open_pos, mark_end, open_end, i, True, False, n_paras, ())))
    if depth:
        pend = paragraphs[last_para][1] if last_para >= 0 else len(text)
        if n_paras == 1:
            pend = _missing_close(text, open_end, pend)
        out.append(RawQuote(open_pos, pend, open_end, pend, False, paragraphs=n_paras))
    return out


#: A reporting clause set off by a comma: ", said Kessel", ", he added". In a quotation that
#: never closes, the missing closing mark most likely stood right before it.
_REPORTING_AFTER_COMMA = re.compile(
    r",(?=\s+(?:(?:he|she|they|[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2})\s+(?:said|says|added)\b"
    r"|(?:said|says|added)\s+(?:he\b|she\b|they\b|[A-Z])))")


def _missing_close(text: str, lo: int, end: int) -> int:
    """Where an unclosed quotation from ``lo`` to ``end`` really ends: after the comma before a
    reporting clause inside it ("There was no plan, said Kessel, whose ..."), else ``end``."""
    m = _REPORTING_AFTER_COMMA.search(text, lo, end)
    return m.end() if m is not None else end


def _find_single(
    text: str,
    paragraphs: Sequence[tuple[int, int]],
    pstarts: list[int],
    doubles: list[RawQuote],
) -> list[RawQuote]:
    """Single-mark quotations: from each opening mark to the next single mark in its paragraph,
    if that one closes. Only openers are visited; the many closing apostrophes ("voters’") are
    found by one search each, not walked one by one."""
    out: list[RawQuote] = []
    dstarts = [q.start for q in doubles]
    taken = -1
    for i, mark in _marks(text, _EACH_SINGLE_OPENER):
        if i < taken:
            continue
        k = bisect_right(dstarts, i) - 1
        if k >= 0 and doubles[k].start < i < doubles[k].end:
            continue  # nested inside a double quotation
        if _ELISION.match(text, i + 1) or _direction(text, i, mark) == CLOSE:
            continue
        para_end = paragraphs[_para_of(pstarts, i)][1]
        nxt = _SINGLE.search(text, i + 1, min(para_end, i + _MAX_SINGLE))
        if nxt is None:
            continue
        j = nxt.start()
        if _direction(text, j, nxt.group()) == OPEN and nxt.group() in "'\u2018\u201b\u2039":
            continue  # another opening mark: the quotation starts there instead
        inner = text[i + 1:j]
        if inner.strip() and not inner.endswith(" "):
            out.append(RawQuote(i, j + 1, i + 1, j, True, single=True))
            taken = j + 1
    return out


#: A single mark that may open a quotation: not after a letter, before a letter or digit; one
#: pattern for each opening mark (see ``_EACH_DOUBLE``), its look-behinds spanning the mark.
_EACH_SINGLE_OPENER = [
    (mark, re.compile(rf"{m}(?<![^\W_]{m})(?<!'{m})(?=[^\W_])(?!')"))
    for mark in "'\u2018\u201b\u2039" for m in [re.escape(mark)]]


__all__ = ["RawQuote", "find_quotes"]
