"""Regex helpers: word lists compiled as a trie so one pass over the text stays fast.

Python's ``re`` tries the branches of an alternation one by one; a list of hundreds of words
written as ``a|b|c`` costs hundreds of attempts at every position. Factoring the list into a
trie (``sa(?:id|ys|ying)``) makes each position cost one character-class test.
"""

from __future__ import annotations

import re
from typing import Iterable

__all__ = ["trie_pattern"]


def trie_pattern(words: Iterable[str]) -> str:
    """A regex (no groups) that matches exactly the given strings, longest first."""
    trie: dict[str, dict] = {}
    for w in set(words):
        if not w:
            continue
        node = trie
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}
    return _emit(trie)


def _emit(node: dict[str, dict]) -> str:
    end = "" in node
    branches = [re.escape(ch) + _emit(child) for ch, child in sorted(node.items()) if ch]
    if not branches:
        return ""
    if len(branches) == 1 and not end:
        return branches[0]
    body = "(?:" + "|".join(branches) + ")"
    return body + "?" if end else body
