"""Regex helpers: word lists compiled as a trie so one pass over the text stays fast.

Python's ``re`` tries the branches of an alternation one by one; a list of hundreds of words
written as ``a|b|c`` costs hundreds of attempts at every position. Factoring the list into a
trie (``sa(?:id|ys|ying)``) makes each position cost one character-class test.

What a scan costs is mostly how many positions ``re`` has to try the pattern at. A pattern that
begins with a literal (``" said"``) or with one of a set of literal characters lets ``re`` skip
in C to the next position that can start a match; a pattern that begins with a lookbehind
(``(?<!\\w)said``) is tried at every position of the text. :func:`word_start_trie` keeps the
first character in front.
"""

from __future__ import annotations

import re
from typing import Iterable

__all__ = ["first_of_overlapping", "phrase_alternation", "trie_pattern", "word_start_trie"]

_Trie = dict[str, "_Trie"]


def trie_pattern(words: Iterable[str]) -> str:
    """A regex (no groups) that matches exactly the given strings, longest first."""
    return _emit(_build(words))


def phrase_alternation(phrases: Iterable[str], space: str = r"[ \u00a0]+") -> str:
    """A regex alternation (no groups) of ``phrases``, longest first, with ``space`` (by default
    any run of spaces) between their words: "news agency" matches "news  agency". For a few
    phrases of several words; a long list of single words is faster as :func:`trie_pattern`."""
    return "|".join(re.escape(w).replace(r"\ ", space) for w in sorted(phrases, key=lambda w: (-len(w), w)))


def word_start_trie(words: Iterable[str], not_after: str) -> str:
    """Like :func:`trie_pattern`, but a word matches only where the character before it (if any)
    is not in the character class ``not_after`` (e.g. ``r"[\\w-]"``): the same matches as
    ``(?<!not_after)`` + :func:`trie_pattern`, in a pattern ``re`` can scan quickly.

    The lookbehind goes after each word's first character (``s(?<![\\w-]s)a(?:id|ys)``), so every
    branch starts with a literal and ``re`` only tries the positions holding a first character.
    """
    trie = _build(words)
    branches = [f"{re.escape(ch)}(?<!{not_after}{re.escape(ch)}){_emit(child)}"
                for ch, child in sorted(trie.items()) if ch]
    return "(?:" + "|".join(branches) + ")"


def first_of_overlapping(spans: list[tuple[int, int]]) -> list[tuple[int, int]] | None:
    """Matches that separate passes found, as one pass with all their patterns would find them:
    of overlapping matches the first ("the Hill", not its "Hill"), sorted. None when that is not
    known: a dropped match that ends past the kept one made its pass skip places a single pass
    would have tried."""
    out: list[tuple[int, int]] = []
    last_end = -1
    for start, end in sorted(spans):
        if start >= last_end:
            out.append((start, end))
            last_end = end
        elif end > last_end:
            return None
    return out


def _build(words: Iterable[str]) -> _Trie:
    trie: _Trie = {}
    for w in set(words):
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return trie


def _emit(node: _Trie) -> str:
    end = "" in node
    branches = [re.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    if len(branches) == 1 and not end:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if end else body
