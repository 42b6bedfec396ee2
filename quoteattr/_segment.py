"""Stage 1 — segmentation: paragraphs, then sentences inside each paragraph.

Punkt ignores newlines, so paragraphs are split first, at line breaks. Sentence boundaries
are Punkt's, built offline from our own abbreviation list (no NLTK data is downloaded); its
decision for a candidate is written out in :class:`_Punkt`, so NLTK is not loaded to segment.
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

#: A paragraph is a run of text between line breaks (blank lines or single newlines), trimmed of
#: blanks: from its first non-blank character to its last.
_PARAGRAPH = re.compile(r"\S(?:[^\n\r\u2028\u2029]*\S)?")
#: Line breaks other than the newline (with none of them in a text, ``str.split`` finds its lines).
_OTHER_BREAKS = ("\r", "\u2028", "\u2029")


@lru_cache(maxsize=1)
def _tokenizer() -> PunktSentenceTokenizer:
    """NLTK's Punkt with our abbreviation list: the reference :class:`_Punkt` reproduces."""
    # Imported here: loading nltk costs more than the rest of the package together.
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS)
    return PunktSentenceTokenizer(params)


class _Punkt:
    """Punkt's decision for one candidate, as ``PunktSentenceTokenizer.text_contains_sentbreak``
    makes it with parameters that hold only our abbreviation list.

    With no collocations, no frequent sentence starters and no orthographic statistics, Punkt's
    two annotation passes reduce to a few rules on each token and the one after it; they are
    written out here, over Punkt's own word tokens (its patterns, run by the ``regex`` engine as
    NLTK 3.10 runs them), so a candidate costs one ``findall`` instead of NLTK's token objects
    and generator passes. ``tests/test_segment.py`` checks the two agree.
    """

    #: PunktLanguageVars' word tokenizer (``_word_tokenize_fmt``), with its parts for English.
    NON_WORD = r"""(?:[)\";}\]\*:@\'\({\[\u2018\u2019\u201c\u201d\xab\xbb?!])"""
    MULTI_CHAR = r"(?:\-{2,}|\.{2,}|(?:\.\s){2,}\.)"
    WORD_START = r"""[^\(\"\`{\[:;&\#\*@\)}\]\-,]"""
    WORD = (rf"({MULTI_CHAR}|(?={WORD_START})\S+?"
            rf"(?=\s|$|{NON_WORD}|{MULTI_CHAR}|,(?=$|\s|{NON_WORD}|{MULTI_CHAR}))|\S)")
    #: PunktToken's tests for numbers, initials and ellipses.
    NUMERIC = r"^-?[\.,]?\d[\d,\.-]*\.?$"
    INITIAL = r"[^\W\d]\.$"
    ELLIPSIS = r"\.\.+$"
    #: Tokens that never start a sentence (Punkt's orthographic heuristic).
    PUNCTUATION = frozenset(";:,.!?")

    def __init__(self, abbreviations: frozenset[str]) -> None:
        try:
            import regex as engine  # NLTK's own regex engine, installed with NLTK
        except ImportError:  # pragma: no cover - an NLTK without it: the patterns are plain re too
            import re as engine

        self.words = engine.compile(self.WORD, engine.UNICODE).findall
        self.numeric = engine.compile(self.NUMERIC).match
        self.initial = engine.compile(self.INITIAL, engine.UNICODE).match
        self.ellipsis = engine.compile(self.ELLIPSIS).match
        self.abbreviations = abbreviations

    def contains_sentbreak(self, context: str) -> bool:
        """``text_contains_sentbreak(context)``: does any token but the last end a sentence?"""
        if "\n" in context:  # pragma: no cover - candidates never span lines; Punkt splits lines
            return bool(_tokenizer().text_contains_sentbreak(context))
        toks = self.words(context)
        for i in range(len(toks) - 1):
            if self._breaks_after(toks[i], toks[i + 1]):
                return True
        return False

    def candidate_breaks(self, word: str, run: str, closers: str, nxt: str) -> bool:
        """``contains_sentbreak(word + run + closers + " " + nxt)``, for a candidate sentence end."""
        if run == "." and not closers and word.isalnum() and nxt.isalnum():
            # "Mr. Trump", "J. Bach", "2012. The": Punkt's tokens are just these two
            return self._breaks_after(word + ".", nxt)
        return self.contains_sentbreak(f"{word}{run}{closers} {nxt}")

    def _breaks_after(self, tok: str, nxt: str) -> bool:
        if not tok.endswith("."):
            return tok == "?" or tok == "!"  # only the end marks themselves break
        if tok == ".":
            return True
        if tok.endswith("..") or self.ellipsis(tok):
            return False  # an ellipsis: never a break without statistics
        low = tok[:-1].lower()
        if low in self.abbreviations or low.split("-")[-1] in self.abbreviations:
            return False  # an abbreviation: never a break without statistics
        initial = self.initial(tok)
        if not initial and not self.numeric(tok.lower()):
            return True  # a word and its period
        # an initial or a number: no break before a lower-case word or punctuation (orthographic
        # heuristic), nor after an initial before a capital (the "J. Bach" heuristic)
        if nxt in self.PUNCTUATION or nxt[0].islower():
            return False
        return not (initial and nxt[0].isupper())


@lru_cache(maxsize=1)
def _punkt() -> _Punkt:
    return _Punkt(ABBREVIATIONS)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every paragraph, trimmed of surrounding blanks."""
    if any(br in text for br in _OTHER_BREAKS):
        return [m.span() for m in _PARAGRAPH.finditer(text)]
    # only newlines: splitting on them is much faster than a regex walking every line
    out = []
    pos = 0
    for line in text.split("\n"):
        n = len(line)
        if n and not line.isspace():
            out.append((pos + n - len(line.lstrip()), pos + len(line.rstrip())))
        pos += n + 1
    return out


#: A candidate sentence end: end punctuation, closing marks, then blanks within the line and a
#: next token. One pattern for each end mark, run over the whole text: a pattern that starts with
#: one given character is a fast scan, several times faster than testing every character against
#: a set of three.
_EACH_CANDIDATE = [
    (mark, re.compile(rf"({re.escape(mark)}[.!?]*)([\"'\u201d\u2019)\]\u00bb]*)"
                      r"(?=[^\S\n\r\u2028\u2029]+(\S+))"))
    for mark in ".?!"]
#: Tokens Punkt must judge itself: initials, dotted abbreviations, numbers.
_HARD_TOKEN = re.compile(r"(?:\w\.)*\w|\d[\d,.]*|.*\.\w.*")


def sentences(text: str, paras: Sequence[tuple[int, int]]) -> list[tuple[int, int, int]]:
    """``(start, end, paragraph index)`` of every sentence inside each paragraph
    (``paras`` are the :func:`paragraphs` of ``text``).

    Breaks are Punkt's decisions (built offline from our abbreviation list). Punkt weighs every
    candidate period with a word tokenizer and two annotation passes; the many candidates whose
    answer is plain — "?" or "!", or a period after an ordinary word that is no abbreviation —
    are decided here without it, and only the rest (abbreviations, initials, numbers,
    ellipses) go to Punkt's rules (:class:`_Punkt`), candidate by candidate.
    """
    punkt = _punkt()
    out: list[tuple[int, int, int]] = []
    found = _candidates(text)
    k = 0
    last_end = -1
    for i, (ps, pe) in enumerate(paras):
        first = len(out)
        start = ps
        while k < len(found):
            m = found[k]
            ms, end = m.span()
            if ms >= pe:
                break
            k += 1
            if ms < last_end or ms < ps:
                continue  # inside the run of an earlier candidate ("?!"), or between paragraphs
            last_end = end
            if not _breaks(punkt, text, m, ps):
                continue
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


def _candidates(text: str) -> list[re.Match[str]]:
    """Every candidate sentence end, in text order. A run of marks ("?!") is found once for each
    kind of mark in it; all but the first end where it ends, and :func:`sentences` skips them."""
    found = [m for mark, pattern in _EACH_CANDIDATE if mark in text for m in pattern.finditer(text)]
    if "?" in text or "!" in text:
        found.sort(key=re.Match.start)
    return found


def _breaks(punkt: _Punkt, text: str, m: re.Match[str], lo: int) -> bool:
    run = m.group(1)
    if "?" in run or "!" in run:
        return True
    start = m.start()
    # the word before the candidate runs back to the last blank (space, tab or no-break space);
    # tabs and no-break spaces are looked for only after the last space, within the word
    ws = text.rfind(" ", lo, start)
    if ws < 0:
        ws = lo - 1
    word = text[ws + 1:start]
    if "\t" in word or "\u00a0" in word:
        ws = max(ws, text.rfind("\t", ws + 1, start), text.rfind("\u00a0", ws + 1, start))
        word = text[ws + 1:start]
    core = word.lstrip("\"'\u201c\u2018(").lower()
    if len(run) == 1 and core and core not in ABBREVIATIONS and (
            (core.isalpha() and len(core) > 1) or not _HARD_TOKEN.fullmatch(core)):
        return True  # "said. The" — an ordinary word: Punkt would break here too
    if platform_letter(text, ws + 1, start):
        return True  # "wrote on X. The ..." — the platform, not an initial
    nxt = m.group(3)
    after = nxt.lstrip("\"\u201c\u00ab(")  # "said James Ortiz Jr. “We hired ...”"
    if core in ("jr", "sr") and after[:1].isupper() and after.rstrip(".,") not in ("Day", "High"):
        return True  # a name ends in Jr./Sr.; a capital after it starts a sentence ("... Novak Sr. Attorney")
    # the hard cases: ask Punkt about this one candidate, as its span_tokenize would
    return punkt.candidate_breaks(word, run, m.group(2), nxt)


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
