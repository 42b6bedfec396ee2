"""Word-level alignment of a claimed quotation against the article, blind to typography.

The article is never rewritten. :func:`words` reads it once into a :class:`Words` index: one
normalised word per regex match (case folded, curly quotes and apostrophes made straight,
"don't" read as "do not", "1,000" as "1000"), each carrying the character offsets of the
original text it came from. Comparing word sequences instead of characters makes spacing,
punctuation, dashes and quote styles irrelevant, and every result maps back to
``text[start:end]``.

A claim is read the same way by :func:`claim_words`, which also notes the editor's marks:
"..." (an elision: the claim leaves words out), ``[bracketed words]`` (an editorial insertion that
stands in for the source's words) and ``[sic]`` (ignored).

:func:`locate` finds where a claim sits in the article: an exact word-sequence search first,
then anchors (shared word trigrams voting for an offset). :func:`align` turns that region into
:class:`Alignment`: the matched source span, a similarity, and the word-level
:class:`Difference` records between claim and source, each with offsets into both.
"""

from __future__ import annotations

import enum
import re
import sys
from array import array
from bisect import bisect_right
from collections import Counter
from typing import Any, Final, Sequence

from attrs import field, frozen

from ._lexicon import (
    CONTRACTION_D_STEMS,
    CONTRACTION_ENDINGS,
    CONTRACTION_PERFECT_NEXT,
    CONTRACTION_S_STEMS,
    CONTRACTION_US_STEMS,
)

__all__ = [
    "Alignment",
    "ClaimWords",
    "DiffKind",
    "Difference",
    "Words",
    "align",
    "claim_words",
    "locate",
    "words",
]

# --------------------------------------------------------------------------- normalisation

#: One-for-one character replacements: the text keeps its length, so offsets stay true.
_TYPO: Final[dict[int, str]] = str.maketrans({
    "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'", "\u00b4": "'",
    "`": "'", "\u02bc": "'",
    "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u201f": '"', "\u00ab": '"', "\u00bb": '"',
    "\u2033": '"',
    "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2015": "-",
    "\u2212": "-", "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u200b": " ",
    "\u2026": ".",
})

#: A word: a number ("1,000", "3.5"), or letters with inner apostrophes and dotted initials
#: ("U.S.", and "a.m" whose final period a claim left out).
_WORD: Final = re.compile(r"\d+(?:[.,]\d+)*|(?:[^\W\d_]\.){2,}(?:[^\W\d_]\b)?|[^\W\d_]\.[^\W\d_]\b"
                          r"|[^\W_]+(?:'[^\W_]+)*'?", re.UNICODE)

#: Marks in a claim: an elision, a bracketed editorial insertion (or [sic]).
_MARK: Final = re.compile(r"\.\s*\.\s*\.|\u2026|\[[^\]\n]{0,80}\]")

#: "n't" contractions, read as two words so that "don't" and "do not" agree.
_NT_IRREGULAR: Final[dict[str, str]] = {"won't": "will", "can't": "can", "shan't": "shall",
                                         "ain't": "is", "cannot": "can"}

#: Negators: adding or dropping one reverses a claim.
NEGATIONS: Final[frozenset[str]] = frozenset({
    "not", "no", "never", "nothing", "nobody", "none", "neither", "nor", "nowhere", "without",
})

#: Words whose change alters little: articles and the like. Everything else is substance.
MINOR_WORDS: Final[frozenset[str]] = frozenset({"a", "an", "the", "that", "and", "so", "well", "oh",
                                                 "uh", "um", "just", "really", "very"})

#: Number words, so that "five" against "six" counts as a number change.
NUMBER_WORDS: Final[frozenset[str]] = frozenset({
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
    "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    "hundred", "thousand", "million", "billion", "trillion", "half", "dozen", "percent",
    "first", "second", "third", "fourth", "fifth",
})


def _norm_word(raw: str) -> str:
    w = raw.lower().rstrip("'")
    if "." in w and not w[0].isdigit():
        w = w.replace(".", "")  # U.S. -> us
    elif "," in w:
        w = w.replace(",", "")  # 1,000 -> 1000
    return w


def _contraction(w: str, following: str) -> tuple[str, str] | None:
    """The two words a normalised word stands for ("don't" -> "do", "not"; "cannot" -> "can",
    "not"; "we're" -> "we", "are"; "it's been" -> "it", "has", as ``following`` is "been"), or
    None when ``w`` is not a contraction (a possessive "state's" stays one word)."""
    if w.endswith("n't") and len(w) > 3:
        return _NT_IRREGULAR.get(w, w[:-3]), "not"
    if w == "cannot":
        return "can", "not"
    stem, sep, ending = w.rpartition("'")
    if not sep or not stem or "'" in stem:
        return None
    full = CONTRACTION_ENDINGS.get("'" + ending)
    if full:
        return stem, full
    perfect = following in CONTRACTION_PERFECT_NEXT
    if ending == "s" and stem in CONTRACTION_S_STEMS:
        return stem, "has" if perfect else "is"
    if ending == "s" and stem in CONTRACTION_US_STEMS:
        return stem, "us"
    if ending == "d" and stem in CONTRACTION_D_STEMS:
        return stem, "had" if perfect else "would"
    return None


_SPECIAL: Final = re.compile(r"['.,]|^(?:cannot|sic)$")


def _tokens(text: str) -> tuple[list[str], list[int], list[int]]:
    """Normalised words with their offsets into ``text`` (which must be the original string).

    The text is flattened and lower-cased once (both keep its length, or the words are
    lower-cased one by one); only words with an apostrophe, a period or a comma, and "cannot"
    and "sic", need more than a slice.
    """
    flat = text.translate(_TYPO)
    low = flat.lower()
    if len(low) != len(flat):  # a few characters grow when lower-cased ("İ")
        low = flat
    spans = [m.span() for m in _WORD.finditer(low)]
    toks = [low[s:e] for s, e in spans]
    if low is flat:
        toks = [t.lower() for t in toks]
    starts = [s for s, _ in spans]
    ends = [e for _, e in spans]
    special = [k for k, t in enumerate(toks) if _SPECIAL.search(t)]
    if not special:
        return toks, starts, ends
    out_t: list[str] = []
    out_s: list[int] = []
    out_e: list[int] = []
    last = 0
    for k in special:
        out_t += toks[last:k]
        out_s += starts[last:k]
        out_e += ends[last:k]
        last = k + 1
        s, e = starts[k], ends[k]
        w = _norm_word(toks[k])
        if not w:
            continue
        expanded = _contraction(w, toks[k + 1] if k + 1 < len(toks) else "")
        if expanded:  # both words point at the contraction
            out_t += expanded
            out_s += (s, s)
            out_e += (e, e)
            continue
        if w == "sic" and s > 0 and flat[s - 1] == "[" and flat[e:e + 1] == "]":
            continue  # "[sic]" is the editor's, never the speaker's
        out_t.append(w)
        out_s.append(s)
        out_e.append(e)
    out_t += toks[last:]
    out_s += starts[last:]
    out_e += ends[last:]
    return out_t, out_s, out_e


@frozen
class Words:
    """The normalised words of a text, each with ``start``/``end`` offsets into the original."""

    text: str
    tokens: tuple[str, ...]
    starts: Sequence[int] = field(repr=False)
    ends: Sequence[int] = field(repr=False)
    joined: str = field(repr=False)
    """``" " + " ".join(tokens) + " "``: exact word-sequence search is one ``str.find``."""
    offsets: Sequence[int] = field(repr=False)
    """Where each token starts in :attr:`joined`."""

    def __len__(self) -> int:
        return len(self.tokens)

    def token_at(self, joined_pos: int) -> int:
        """The index of the token that starts at or before ``joined_pos`` in :attr:`joined`."""
        return bisect_right(self.offsets, joined_pos) - 1

    def span(self, i: int, j: int) -> tuple[int, int]:
        """Character offsets of tokens ``i..j-1`` in the original text (empty span if ``i == j``)."""
        if i >= j:
            pos = self.starts[i] if i < len(self.starts) else len(self.text)
            return pos, pos
        return self.starts[i], self.ends[j - 1]


def _joined(tokens: list[str]) -> tuple[str, Sequence[int]]:
    offsets = array("l")
    pos = 1
    for t in tokens:
        offsets.append(pos)
        pos += len(t) + 1
    return " " + " ".join(tokens) + " ", offsets


def words(text: str) -> Words:
    """Read ``text`` into a :class:`Words` index (linear time, one regex pass)."""
    toks, starts, ends = _tokens(text)
    joined, offsets = _joined(toks)
    return Words(text, tuple(map(sys.intern, toks)), array("l", starts), array("l", ends), joined, offsets)


# --------------------------------------------------------------------------- claims


class DiffKind(str, enum.Enum):
    """How a claim departs from its source."""

    INSERTED = "inserted"
    """Words in the claim that the source does not have."""
    DELETED = "deleted"
    """Words in the source that the claim drops without marking an elision."""
    REPLACED = "replaced"
    """Source words the claim gives differently."""
    ELISION = "elision"
    """An elision marked "..." in the claim, standing for source words (possibly none)."""
    EDITORIAL = "editorial"
    """A ``[bracketed]`` editorial insertion in the claim, standing for source words or none."""
    SIC = "sic"
    """A ``[sic]`` in the claim: ignored."""
    ATTRIBUTION = "attribution"
    """The article's own attribution ("she said") between two pieces of a quotation, which the
    claim joins without it."""

    def __str__(self) -> str:
        return self.value


@frozen
class ClaimWords:
    """A claimed quotation read into words, with its editorial marks set aside."""

    text: str
    words: Words
    """The words of the claim outside brackets and elisions, offsets into the claim."""
    gaps: tuple[tuple[int, DiffKind, int, int], ...] = ()
    """``(word index, kind, start, end)``: an elision or editorial insertion before word ``index``."""
    sics: tuple[tuple[int, int], ...] = ()

    def gap_before(self, i: int) -> DiffKind | None:
        for idx, kind, _, _ in self.gaps:
            if idx == i:
                return kind
        return None


def claim_words(claim: str, *, brackets: bool = True) -> ClaimWords:
    """Read a claimed quotation: its words, and where "...", "[...]" and "[sic]" stand.

    ``brackets=False`` reads ``[bracketed]`` words as words (the article may have the same
    brackets); "[sic]" and elisions are marks either way.
    """
    marks = list(_MARK.finditer(claim))
    if not brackets:
        marks = [m for m in marks if not m.group().startswith("[")
                 or m.group()[1:-1].strip().lower().rstrip(".") == "sic"]
    if not marks:
        return ClaimWords(claim, words(claim))
    # Blank out the marks (same length), read the words, then place each mark between words.
    pieces, last = [], 0
    for m in marks:
        pieces.append(claim[last:m.start()])
        pieces.append(" " * (m.end() - m.start()))
        last = m.end()
    pieces.append(claim[last:])
    blanked = "".join(pieces)
    toks, starts, ends = _tokens(blanked)
    joined, offsets = _joined(toks)
    w = Words(claim, tuple(toks), array("l", starts), array("l", ends), joined, offsets)
    gaps: list[tuple[int, DiffKind, int, int]] = []
    sics: list[tuple[int, int]] = []
    for m in marks:
        body = m.group()
        if body.startswith("["):
            if body[1:-1].strip().lower().rstrip(".") == "sic":
                sics.append(m.span())
                continue
            kind = DiffKind.EDITORIAL
        else:
            kind = DiffKind.ELISION
        idx = bisect_right(starts, m.start())
        gaps.append((idx, kind, m.start(), m.end()))
    return ClaimWords(claim, w, tuple(gaps), tuple(sics))


# --------------------------------------------------------------------------- locating


@frozen
class Region:
    """Where a claim seems to sit: source tokens ``[start, end)`` and the share of claim words anchored."""

    start: int
    end: int
    coverage: float
    exact: bool = False




def find_exact(claim: ClaimWords, source: Words, *, start: int = 0) -> list[int]:
    """Token positions where the claim's words occur contiguously in the source (no marks)."""
    n = len(claim.words)
    if n == 0:
        return []
    needle = claim.words.joined
    out = []
    pos = source.joined.find(needle, source.offsets[start] - 1 if start < len(source) else len(source.joined))
    while pos >= 0:
        out.append(source.token_at(pos + 1))
        pos = source.joined.find(needle, pos + 1)
    return out


def _occurrences(source: Words, gram: tuple[str, ...], limit: int) -> list[int] | None:
    """Token positions of a word n-gram in the source (``None`` when more than ``limit``)."""
    needle = " " + " ".join(gram) + " "
    joined = source.joined
    out: list[int] = []
    pos = joined.find(needle)
    while pos >= 0:
        if len(out) >= limit:
            return None
        out.append(source.token_at(pos + 1))
        pos = joined.find(needle, pos + 1)
    return out


def locate(claim: ClaimWords, source: Words, *, max_hits: int = 40) -> list[Region]:
    """Candidate regions of ``source`` for ``claim``, best first.

    Exact occurrences (when the claim has no marks inside) come first with coverage 1. Otherwise
    shared word trigrams vote for an offset between claim and source; the hits on and near the
    winning offset make the region. Short claims, where one changed word leaves no trigram
    intact, fall back to bigrams and single words. An elision lets the hits spread further.
    Each n-gram is looked up with one ``str.find`` pass over the source's joined words, so
    nothing is indexed in advance; n-grams found more than ``max_hits`` times carry no vote.
    """
    cw = claim.words
    n = len(cw)
    if n == 0 or len(source) == 0:
        return []
    # word for word (an elision may stand for a literal "..." in the article, and a bracket for no words)
    hits = find_exact(claim, source)
    if hits:
        return [Region(h, h + n, 1.0, True) for h in hits]
    cuts = sorted(idx for idx, kind, _, _ in claim.gaps if kind is DiffKind.ELISION and 0 < idx < n)
    if cuts:
        return _locate_pieces(claim, source, cuts, max_hits)
    regions = _anchor(claim, source, 3, max_hits) if n >= 3 else []
    if n <= 16 and (not regions or regions[0].coverage < 0.6):
        for k in (2, 1):
            if n < k:
                continue
            more = _anchor(claim, source, k, max_hits)
            if more and (not regions or more[0].coverage > regions[0].coverage):
                regions = more + regions
                break
    return regions


def _piece(claim: ClaimWords, a: int, b: int) -> ClaimWords:
    w = claim.words
    toks = list(w.tokens[a:b])
    joined, offsets = _joined(toks)
    return ClaimWords(claim.text, Words(claim.text, tuple(toks), w.starts[a:b], w.ends[a:b], joined, offsets))


#: The most pieces of an elided claim :func:`_locate_pieces` looks up in the source.
_MAX_PIECES: Final = 16


def _locate_pieces(claim: ClaimWords, source: Words, cuts: list[int], max_hits: int) -> list[Region]:
    """An elided claim: find each piece between the elisions, then the best chain of places in
    order, each piece at most a few hundred words after the one before."""
    n = len(claim.words)
    bounds = [0, *cuts, n]
    pieces = [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]
    # each piece is a search of the whole source: only the longest few are looked up, so that a
    # claim cut by many elisions costs no more than one cut by a few (the rest count as missing)
    looked_up = set(sorted(pieces, key=lambda p: (p[0] - p[1], p[0]))[:_MAX_PIECES])
    options: list[list[Region]] = []
    for a, b in pieces:
        if (a, b) not in looked_up:
            options.append([])
            continue
        found = locate(_piece(claim, a, b), source, max_hits=max_hits)[:6]
        # a piece's place, shifted to where the whole claim would start
        options.append([Region(r.start, r.end, r.coverage, r.exact) for r in found])
    # best chain by dynamic programming: (score, start, end) per choice
    best: list[tuple[float, int, int]] = [(0.0, -1, -1)]
    for (a, b), regs in zip(pieces, options):
        size = b - a
        nxt: list[tuple[float, int, int]] = list(best)  # the piece may be missing
        for score, first, last in best:
            for r in regs:
                if last >= 0 and not (last <= r.start <= last + 300):
                    continue
                nxt.append((score + r.coverage * size, r.start if first < 0 else first, r.end))
        nxt.sort(key=lambda t: -t[0])
        best = nxt[:8]
    out = [Region(first, last, score / n) for score, first, last in best if first >= 0 and last > first]
    out.sort(key=lambda r: -r.coverage)
    return out[:4]


def _anchor(claim: ClaimWords, source: Words, k: int, max_hits: int) -> list[Region]:
    cw = claim.words
    n = len(cw)
    t = cw.tokens
    votes: Counter[int] = Counter()
    pairs: list[tuple[int, int]] = []  # (claim position, source position)
    seen: dict[tuple[str, ...], list[int] | None] = {}
    # at most a few hundred n-grams vote, spread over the claim, so a huge claim costs no more
    step = max(1, -(-(n - k + 1) // 300))
    for i in range(0, n - k + 1, step):
        gram = t[i:i + k]
        if gram not in seen:
            seen[gram] = _occurrences(source, gram, max_hits)
        ps = seen[gram]
        if ps:
            for p in ps:
                votes[p - i] += 1
                pairs.append((i, p))
    if not votes:
        return []
    regions: list[Region] = []
    used: list[int] = []
    for diag, _ in votes.most_common(4):
        if any(abs(diag - u) <= 2 for u in used):
            continue
        used.append(diag)
        slack = 2 + n // 4
        # one hit per claim word: the one nearest the winning offset
        closest: dict[int, tuple[int, int]] = {}
        for i, p in pairs:
            if abs(p - i - diag) <= slack and (i not in closest or abs(p - i - diag) < abs(closest[i][1] - i - diag)):
                closest[i] = (i, p)
        near = list(closest.values())
        covered: set[int] = set()
        for i, _p in near:
            covered.update(range(i, i + k))
        first_i, first_p = min(near)
        last_i, last_p = max(near)
        start = max(0, first_p - first_i)
        end = min(len(source), last_p + k + (n - last_i - k))
        if end <= start:
            continue
        regions.append(Region(start, end, len(covered) / n))
    if regions and max(r.coverage for r in regions) < 0.9 and len(pairs) <= 600:
        # a quotation split around its attribution: hits on two nearby offsets, in order
        chain = _monotone(pairs, spread=30)
        if chain:
            covered = set()
            for i, _p in chain:
                covered.update(range(i, i + k))
            first_i, first_p = chain[0]
            last_i, last_p = chain[-1]
            start = max(0, first_p - first_i)
            end = min(len(source), last_p + k + (n - last_i - k))
            if end > start:
                regions.append(Region(start, end, len(covered) / n))
    regions.sort(key=lambda r: -r.coverage)
    return regions


def _monotone(pairs: list[tuple[int, int]], *, spread: int = 200) -> list[tuple[int, int]]:
    """The longest run of hits whose source positions rise with their claim positions, each at
    most ``spread`` words further on than the claim's spacing."""
    pairs = sorted(pairs)
    best: list[tuple[int, int]] = []
    for seed in range(len(pairs)):
        run = [pairs[seed]]
        for i, p in pairs[seed + 1:]:
            if i > run[-1][0] and 0 < p - run[-1][1] <= (i - run[-1][0]) + spread:
                run.append((i, p))
        if len(run) > len(best):
            best = run
        if len(best) * 2 > len(pairs):
            break
    return best


# --------------------------------------------------------------------------- aligning


@frozen
class Difference:
    """One word-level difference: claim words ``claim_text`` where the source has ``source_text``.

    Offsets ``claim_start``/``claim_end`` point into the claim, ``source_start``/``source_end``
    into the article; an empty side has ``start == end`` at the place the words would go.
    ``category`` says what the change touches: ``negation``, ``number``, ``content``, ``minor``
    (articles and fillers) or ``mark`` (an elision, editorial insertion or [sic]).
    """

    kind: DiffKind
    claim_text: str
    claim_start: int
    claim_end: int
    source_text: str
    source_start: int
    source_end: int
    category: str = "content"

    @property
    def substantive(self) -> bool:
        """True for a change of wording that matters: not a mark, not an article or filler."""
        return self.category in ("negation", "number", "content")

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind.value, "category": self.category, "claim_text": self.claim_text,
                "claim_start": self.claim_start, "claim_end": self.claim_end,
                "source_text": self.source_text, "source_start": self.source_start,
                "source_end": self.source_end}


@frozen
class Alignment:
    """A claim aligned with a stretch of the article."""

    source_start: int
    source_end: int
    """Character offsets of the matched source words in the article."""
    token_start: int
    token_end: int
    similarity: float
    """Share of the claim's words found in order in the source (1.0 = all of them)."""
    matched: int
    """How many claim words match source words."""
    differences: tuple[Difference, ...] = ()
    exact: bool = False
    edits: int = 0
    """Words changed, added or dropped without a mark: the word-level edit distance, marks excused."""
    dropped: int = 0
    """Of those, source words inside the match that the claim leaves out without a mark."""

    @property
    def substantive(self) -> tuple[Difference, ...]:
        return tuple(d for d in self.differences if d.substantive)

    def to_dict(self) -> dict[str, Any]:
        return {"source_start": self.source_start, "source_end": self.source_end,
                "similarity": round(self.similarity, 4), "matched": self.matched,
                "exact": self.exact, "differences": [d.to_dict() for d in self.differences]}


def _category(claim_toks: tuple[str, ...] | list[str], source_toks: tuple[str, ...] | list[str]) -> str:
    both = list(claim_toks) + list(source_toks)
    if any(t in NEGATIONS for t in both):
        # "no" against "not" is still a negation on both sides: count only a change of polarity
        if sum(t in NEGATIONS for t in claim_toks) != sum(t in NEGATIONS for t in source_toks):
            return "negation"
    if any(t[0].isdigit() or t in NUMBER_WORDS for t in both):
        return "number"
    if all(t in MINOR_WORDS for t in both):
        return "minor"
    if sorted(claim_toks) == sorted(source_toks):
        return "order"
    if "".join(claim_toks) == "".join(source_toks):
        return "minor"  # "health care" against "healthcare"
    return "content"


def align(claim: ClaimWords, source: Words, region: Region, *, slack: int = 3) -> Alignment:
    """Align the claim's words with the source around ``region``; list the differences.

    Windows tried: the region itself, the region widened by ``slack`` words on each side (for
    words added or dropped near its edges), and, for a region longer than the claim, the claim's
    length from its start, give or take ``slack`` words (source words past the claim's last word
    are free, which the edit distance cannot see; such a window must match as many words);
    the alignment with fewer unmatched words wins.
    """
    cw = claim.words
    n = len(cw)
    if region.exact:
        s, e = source.span(region.start, region.end)
        return Alignment(s, e, region.start, region.end, 1.0, n, _mark_records(claim, source, region.start),
                         exact=True)
    best: list[tuple[str, int, int, int, int]] = []
    best_cost: tuple[int, int] | None = None
    for k, (lo, hi) in enumerate(_windows(region, n, len(source), slack)):
        blocks = _edges(_blocks(cw.tokens, source.tokens, lo, hi), source, cw.tokens)
        cost = (_cost(claim, source, blocks), -sum(i2 - i1 for tag, i1, i2, _, _ in blocks if tag == "equal"))
        # a window cut to the claim's length must not match fewer words than the wider ones
        if best_cost is None or (cost < best_cost and (k < 2 or cost[1] <= best_cost[1])):
            best, best_cost = blocks, cost
    return _alignment(claim, source, best)


def _windows(region: Region, n: int, size: int, slack: int) -> list[tuple[int, int]]:
    """The source windows :func:`align` tries for a claim of ``n`` words, without repeats."""
    out = [(region.start, region.end),
           (max(0, region.start - slack), min(size, region.end + slack))]
    if region.end - region.start > n:
        out += [(region.start, hi) for hi in range(region.start + n - slack, region.start + n + 1)
                if region.start < hi]
    return list(dict.fromkeys(out))


def _blocks(ctoks: tuple[str, ...], stoks: tuple[str, ...], lo: int, hi: int) -> list[tuple[str, int, int, int, int]]:
    """Edit blocks between the claim and ``stoks[lo:hi]``, without source words at either end."""
    from rapidfuzz.distance import Levenshtein

    # the hint lets rapidfuzz work in a band around the diagonal, widened as needed (same result):
    # a long claim with few changes costs time in proportion to its length, not to its square
    ops = Levenshtein.opcodes(ctoks, stoks[lo:hi], score_hint=max(8, abs(len(ctoks) - (hi - lo))))
    blocks = [(o.tag, o.src_start, o.src_end, o.dest_start + lo, o.dest_end + lo) for o in ops]
    # Source words before the first / after the last claim word are outside the quotation.
    while blocks and blocks[0][0] == "insert":
        blocks.pop(0)
    while blocks and blocks[-1][0] == "insert":
        blocks.pop()
    return blocks


_BREAK: Final = re.compile(r"[\"\u201c\u201d\u00ab\u00bb\u201e\n]")


def _edges(blocks: list[tuple[str, int, int, int, int]], source: Words,
           claim: tuple[str, ...] = ()) -> list[tuple[str, int, int, int, int]]:
    """Claim words at either end that the aligner paired with source words across a quotation
    mark or a paragraph break are words the claim adds, not words it changes. A fragment that
    starts or ends inside a word ("nd" for "And") cut the word, it did not change it."""
    if claim and blocks:
        tag, i1, i2, j1, j2 = blocks[0]
        if tag == "replace" and i2 - i1 == 1 and j2 - j1 == 1 and i1 == 0 \
                and len(claim[i1]) > 1 and source.tokens[j1].endswith(claim[i1]):
            blocks = [("equal", i1, i2, j1, j2)] + blocks[1:]
        tag, i1, i2, j1, j2 = blocks[-1]
        if tag == "replace" and i2 - i1 == 1 and j2 - j1 == 1 and i2 == len(claim) \
                and len(claim[i1]) > 1 and source.tokens[j1].startswith(claim[i1]):
            blocks = blocks[:-1] + [("equal", i1, i2, j1, j2)]
    if len(blocks) < 2:
        return blocks
    # "in fact" matched as "in [South Carolina. In] fact": the first words belong with the rest
    if len(blocks) >= 3 and blocks[0][0] == "equal" and blocks[1][0] == "insert" and blocks[2][0] == "equal":
        _, i1, i2, j1, j2 = blocks[0]
        _, _, _, k1, k2 = blocks[1]
        if i2 - i1 <= 2 and source.tokens[k2 - (i2 - i1):k2] == source.tokens[j1:j2]:
            _, e1, e2, f1, f2 = blocks[2]
            blocks = [("equal", i1, e2, k2 - (i2 - i1), f2)] + blocks[3:]
    if len(blocks) >= 3 and blocks[-1][0] == "equal" and blocks[-2][0] == "insert" and blocks[-3][0] == "equal":
        _, i1, i2, j1, j2 = blocks[-1]
        _, _, _, k1, k2 = blocks[-2]
        if i2 - i1 <= 2 and source.tokens[k1:k1 + (i2 - i1)] == source.tokens[j1:j2]:
            _, e1, e2, f1, f2 = blocks[-3]
            blocks = blocks[:-3] + [("equal", e1, i2, f1, k1 + (i2 - i1))]
    if len(blocks) < 2:
        return blocks
    tag, i1, i2, j1, j2 = blocks[-1]
    if tag == "replace" and blocks[-2][0] == "equal" and i2 - i1 >= j2 - j1:
        prev_end = source.ends[j1 - 1]
        if _BREAK.search(source.text, prev_end, source.starts[j2 - 1]):
            blocks = blocks[:-1] + [("delete", i1, i2, j1, j1)]
    tag, i1, i2, j1, j2 = blocks[0]
    if tag == "replace" and blocks[1][0] == "equal" and i2 - i1 >= j2 - j1:
        if _BREAK.search(source.text, source.ends[j1], source.starts[j2]):
            blocks = [("delete", i1, i2, j2, j2)] + blocks[1:]
    return blocks


def _alignment(claim: ClaimWords, source: Words, blocks: list[tuple[str, int, int, int, int]]) -> Alignment:
    cw = claim.words
    n = len(cw)
    if not blocks:
        return Alignment(0, 0, 0, 0, 0.0, 0)
    tok_start = blocks[0][3]
    tok_end = blocks[-1][4]
    matched = sum(i2 - i1 for tag, i1, i2, _, _ in blocks if tag == "equal")
    gap_at = {idx: (kind, gs, ge) for idx, kind, gs, ge in claim.gaps}
    spoken = _interjections(blocks, source)
    diffs: list[Difference] = []
    for tag, i1, i2, j1, j2 in blocks:
        if tag == "equal":
            continue
        ctoks = cw.tokens[i1:i2]
        stoks = source.tokens[j1:j2]
        cs, ce = cw.span(i1, i2) if i2 > i1 else _claim_point(cw, i1)
        ss, se = source.span(j1, j2)
        if tag == "insert" and i1 in gap_at:  # source words dropped where the claim marks a gap
            kind, gs, ge = gap_at.pop(i1)
            diffs.append(Difference(kind, claim.text[gs:ge], gs, ge, source.text[ss:se], ss, se, "mark"))
            continue
        if tag == "insert" and _bracketed(source, j1, j2):  # the article's own [editorial] words
            diffs.append(Difference(DiffKind.EDITORIAL, "", cs, cs, source.text[ss:se], ss, se, "mark"))
            continue
        if tag == "insert" and (j1, j2) in spoken:  # "..., she said, ..."
            diffs.append(Difference(DiffKind.ATTRIBUTION, "", cs, cs, source.text[ss:se], ss, se, "mark"))
            continue
        if tag == "replace" and i1 in gap_at and gap_at[i1][0] is DiffKind.EDITORIAL \
                and not _glued(claim.text, gap_at[i1][1]):
            # an editorial insertion followed by changed words: the bracket covers the source words
            kind, gs, ge = gap_at.pop(i1)
            diffs.append(Difference(kind, claim.text[gs:ge], gs, ge, source.text[ss:se], ss, se, "mark"))
            continue
        kind = {"insert": DiffKind.DELETED, "delete": DiffKind.INSERTED, "replace": DiffKind.REPLACED}[tag]
        diffs.append(Difference(kind, claim.text[cs:ce], cs, ce, source.text[ss:se], ss, se,
                                _category(ctoks, stoks)))
    # Marks with no source words behind them ("[the senator]" added, "..." over nothing).
    for idx, (kind, gs, ge) in gap_at.items():
        if idx == 0 or idx >= n:
            pos = source.span(tok_start, tok_start)[0] if idx == 0 else source.span(tok_end - 1, tok_end)[1]
        else:
            pos = _source_pos_of(blocks, source, idx)
        diffs.append(Difference(kind, claim.text[gs:ge], gs, ge, "", pos, pos, "mark"))
    s, e = source.span(tok_start, tok_end)
    for gs, ge in claim.sics:
        diffs.append(Difference(DiffKind.SIC, claim.text[gs:ge], gs, ge, "", e, e, "mark"))
    diffs.sort(key=lambda d: (d.claim_start, d.source_start))
    return Alignment(s, e, tok_start, tok_end, matched / n if n else 0.0, matched, tuple(diffs),
                     edits=_cost(claim, source, blocks), dropped=_cost(claim, source, blocks, only="insert"))


def _glued(text: str, pos: int) -> bool:
    """Is the mark at ``text[pos]`` written onto the word before it ("love[s]")? Such a bracket
    edits that word's ending; it does not stand in for the words after it."""
    return pos > 0 and text[pos - 1].isalnum()


def _cost(claim: ClaimWords, source: Words, blocks: list[tuple[str, int, int, int, int]],
          only: str = "") -> int:
    """Words changed, added or dropped (a contraction counts once), marks and interjections excused."""
    gaps = {idx for idx, _, _, _ in claim.gaps}
    cs, ss = claim.words.starts, source.starts
    seen_c: set[int] = set()
    seen_s: set[int] = set()
    spoken = _interjections(blocks, source)
    total = 0
    for tag, i1, i2, j1, j2 in blocks:
        if tag == "equal" or (only and tag != only):
            continue
        if tag == "insert" and (i1 in gaps or _bracketed(source, j1, j2) or (j1, j2) in spoken):
            continue
        new_c = set(cs[i1:i2]) - seen_c
        new_s = set(ss[j1:j2]) - seen_s
        seen_c |= new_c
        seen_s |= new_s
        total += max(len(new_c), len(new_s))
    return total


_OPEN_MARK: Final = re.compile(r"[\"\u201c\u00ab\u201e]|(?<![\w])'{2}")
_CLOSE_MARK: Final = re.compile(r"[\"\u201d\u00bb]|'{2}(?![\w])")


def _interjections(blocks: list[tuple[str, int, int, int, int]], source: Words) -> set[tuple[int, int]]:
    """Source-only blocks that are the article's attribution between two quoted pieces the
    claim joins: each piece at least two words long."""
    out = set()
    for k in range(1, len(blocks) - 1):
        tag, _i1, _i2, j1, j2 = blocks[k]
        if tag != "insert":
            continue
        before, after = blocks[k - 1], blocks[k + 1]
        if before[0] == "equal" and after[0] == "equal" and before[2] - before[1] >= 2 \
                and after[2] - after[1] >= 2 and _interjection(source, j1, j2):
            out.add((j1, j2))
    return out


def _interjection(source: Words, j1: int, j2: int) -> bool:
    """Are source words ``j1..j2-1`` the article's attribution inside a quotation split around its
    cue ("..., she said, ...") -- a few words with a verb of saying, or between a closing and an
    opening quotation mark?"""
    if j1 >= j2 or j1 == 0 or j2 >= len(source) or j2 - j1 > 30:
        return False
    from ._lexicon import SPEECH_VERB_FORMS

    text = source.text
    lo, hi = source.ends[j1 - 1], source.starts[j2]
    between = text[lo:hi]
    if "\n" in between.strip() and not _OPEN_MARK.search(text, lo, hi):
        return False
    closes = _CLOSE_MARK.search(text, lo, source.starts[j1] + 1)
    opens = _OPEN_MARK.search(text, source.ends[j2 - 1], hi)
    if closes and opens:
        return True
    toks = source.tokens[j1:j2]
    cue = any(t in SPEECH_VERB_FORMS for t in toks) or "according" in toks
    if not cue or j2 - j1 > 15:
        return False
    # "..., said Ann Lee, a senior vice president, ...": set off by commas when it is long
    return j2 - j1 <= 6 or ("," in text[lo:source.starts[j1]] and "," in text[source.ends[j2 - 1]:hi])


def _claim_point(cw: Words, i: int) -> tuple[int, int]:
    if i < len(cw.starts):
        return cw.starts[i], cw.starts[i]
    end = cw.ends[-1] if cw.ends else 0
    return end, end


def _source_pos_of(blocks: list[tuple[str, int, int, int, int]], source: Words, idx: int) -> int:
    for _tag, i1, i2, j1, j2 in blocks:
        if i1 <= idx < i2 or (i1 == idx == i2):
            off = min(idx - i1, j2 - j1)
            return source.span(j1 + off, j1 + off)[0]
    return source.span(blocks[-1][4], blocks[-1][4])[0]


def _bracketed(source: Words, j1: int, j2: int) -> bool:
    """Are source words ``j1..j2-1`` an editor's insertion in square brackets?"""
    if j1 >= j2:
        return False
    text = source.text
    before = text[source.ends[j1 - 1] if j1 > 0 else 0:source.starts[j1]]
    after = text[source.ends[j2 - 1]:source.starts[j2] if j2 < len(source) else len(text)]
    return "[" in before and "]" in after and "]" not in before


def _mark_records(claim: ClaimWords, source: Words, tok_start: int) -> tuple[Difference, ...]:
    """Marks of a claim found word for word: what a leading or trailing bracket stands for."""
    n = len(claim.words)
    pos0 = source.starts[tok_start] if tok_start < len(source) else len(source.text)
    out = [Difference(DiffKind.SIC, claim.text[gs:ge], gs, ge, "", pos0, pos0, "mark") for gs, ge in claim.sics]
    for idx, kind, gs, ge in claim.gaps:
        if kind is DiffKind.EDITORIAL and idx == 0:
            # "[The governor] has no plan": the bracket stands for the words just before, within the quotation
            j = tok_start
            while j > 0 and tok_start - j < 4 and not _BREAK.search(source.text, source.ends[j - 1], source.starts[j]) \
                    and not re.search(r"[.!?;:]", source.text[source.ends[j - 1]:source.starts[j]]):
                j -= 1
            ss, se = source.span(j, tok_start)
            out.append(Difference(kind, claim.text[gs:ge], gs, ge, source.text[ss:se], ss, se, "mark"))
            continue
        if kind is DiffKind.EDITORIAL and idx == n:
            k = tok_start + n
            j = k
            while j < len(source) and j - k < 4 and not _BREAK.search(source.text, source.ends[j - 1], source.starts[j]) \
                    and not re.search(r"[.!?;:]", source.text[source.ends[j - 1]:source.starts[j]]):
                j += 1
            ss, se = source.span(k, j)
            out.append(Difference(kind, claim.text[gs:ge], gs, ge, source.text[ss:se], ss, se, "mark"))
            continue
        pos = source.span(tok_start + idx, tok_start + idx)[0] if tok_start + idx < len(source) else len(source.text)
        out.append(Difference(kind, claim.text[gs:ge], gs, ge, "", pos, pos, "mark"))
    return tuple(sorted(out, key=lambda d: d.claim_start))
