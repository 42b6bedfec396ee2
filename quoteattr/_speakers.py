"""Stage 4c — speaker phrases: the noun phrase a cue links to.

Only the few words around a cue are read, so this costs nothing per character of text. Three
shapes are recognised: the subject before a cue ("Kremlin spokesperson Dmitry Peskov said",
"Steven Cheung, Trump's communications director, said"), the phrase after it ("said Peskov",
"according to the Post"), and the subject at the head of a clause, for participles ("Cheung
declined to comment, saying ...").
"""

from __future__ import annotations

import enum
import re
import sys
from bisect import bisect_left
from functools import lru_cache
from typing import NamedTuple

from ._lexicon import (
    ADJECTIVE_ENDINGS,
    AGENT_SUFFIXES,
    ARTICLES,
    BARE_NP_OPENERS,
    DETERMINERS,
    DOCUMENT_NOUNS,
    HOMETOWN_PREPOSITIONS,
    INDEFINITE_ARTICLES,
    INTRODUCTORY_WORDS,
    IRREGULAR_PAST,
    LY_NOUNS,
    NAME_PARTICLES,
    NOT_NAME_WORDS,
    NUMBER_WORDS,
    ORDINALS,
    PLACES,
    POSSESSIVE_PRONOUNS,
    POSTMODIFIERS,
    PREPOSITIONS,
    PRONOMINAL_DETERMINERS,
    RELATIVE_OPENING_MARKS,
    ROLE_NOUNS,
    SPEECH_VERB_FORMS,
    STATE_ABBREVIATIONS,
    SUBJECT_PRONOUNS,
    SUBJECT_VERB_FILLERS,
    SUBORDINATORS,
    TIME_PREPOSITIONS,
    TIME_WORDS,
    TITLE_CONTINUATIONS,
    TITLES,
    VERB_LIKE_ENDINGS,
    WEEKDAYS,
    WORD_GIVEN_NAMES,
    first_names,
)
#: A word ("U.S.", "don't", "al-Masri"), a possessive "'s" or any other mark: what :func:`tokens` finds.
_TOKEN_PLAIN = r"(?:[A-Za-z]\.){2,}|\w+(?:(?:['\u2019](?!s\b)|[-.&](?=\w))\w+)*|['\u2019]s\b|[^\w\s]"
#: The same tokens found faster (it tokenises every window the speaker rules read): a lookahead
#: for the two initials that branch needs lets every other word skip it at once, and possessive
#: quantifiers (Python 3.11+) keep no places to back up to — nothing after them can fail, so
#: their first, greedy try is the match anyway.
_POSSESSIVE = "+" if sys.version_info >= (3, 11) else ""
_TOKEN = re.compile(
    r"(?=[A-Za-z]\.[A-Za-z]\.)(?:[A-Za-z]\.){2,}"
    rf"|\w+{_POSSESSIVE}(?:(?:['\u2019](?!s\b)|[-.&](?=\w))\w+{_POSSESSIVE})*{_POSSESSIVE}"
    r"|['\u2019]s\b|[^\w\s]")
#: Each token with the blanks before it (every character between tokens is a blank; no token
#: starts with one, so the blanks give none back either).
_BLANKS_TOKEN = re.compile(rf"(\s*{_POSSESSIVE})(" + _TOKEN.pattern + ")")
#: The first token at a position, after blanks: ``tokens(...)[0]`` without the rest.
FIRST_TOKEN = re.compile(r"\s*(" + _TOKEN.pattern + ")")

_CONTRACTION = re.compile(r"^(he|she|they|it|i|we|you)['\u2019](?:d|ll|s|re|ve|m)$", re.IGNORECASE)


#: The word tests below ask about one word at a time, and the same few thousand words come back
#: in every article ("said", "Trump", "the"): each answer is kept (a bounded cache, in C).
_word_cache = lru_cache(maxsize=1 << 16)


@_word_cache
def _pronoun(w: str) -> int:
    """Length of the subject pronoun ``w`` starts with ("he", "he'd"), or 0."""
    low = w.lower()
    if low in SUBJECT_PRONOUNS:
        return len(w)
    m = _CONTRACTION.match(w)
    return len(m.group(1)) if m else 0
_MAX_NP = 10
_CLOSING = frozenset({",", "\u201d", "\"", "\u2019", "'", "\u00bb"})


class Head(enum.Enum):
    NAME = "name"
    PRONOUN = "pronoun"
    ROLE = "role"


class Phrase(NamedTuple):
    """A speaker phrase: ``text[start:end]``; ``head_*`` locate its name, pronoun or role noun."""

    start: int
    end: int
    head: Head
    head_start: int
    head_end: int
    apposition: bool = False
    relative: bool = False
    """Reached through "who": "Trump, who later said"."""
    outer_start: int = -1
    """Where the whole subject construction starts, appositions included ("his wife, Jane Doe")."""

    @property
    def first(self) -> int:
        """The first character of the construction: ``outer_start`` if set, else ``start``."""
        return self.outer_start if self.outer_start >= 0 else self.start


Tok = tuple[int, int, str]


def tokens(text: str, lo: int, hi: int) -> list[Tok]:
    """``(start, end, word)`` of each word and punctuation mark in ``text[lo:hi]``."""
    # one findall of (blanks, token) pairs and running offsets: cheaper than a match object each
    out: list[Tok] = []
    append = out.append
    pos = lo
    for blanks, word in _BLANKS_TOKEN.findall(text, lo, hi):
        start = pos + len(blanks)
        pos = start + len(word)
        append((start, pos, word))
    return out


def tokens_ahead(text: str, lo: int, hi: int, need: int) -> tuple[list[Tok], bool]:
    """The first tokens of ``text[lo:hi]``, as :func:`tokens` gives them: at least ``need`` of them
    unless there are fewer. Returns ``(tokens, complete)``; ``complete`` is True when they run
    to ``hi``. Reading stops at a space, so no token is cut short."""
    end = lo + max(40, 6 * need)
    # a token never spans a space, so the tokens up to a space and those after it are the
    # tokens of the whole: each longer read only tokenises what the last one did not
    toks: list[Tok] = []
    done = lo
    while end < hi:
        cut = text.rfind(" ", done, end)
        if cut > done:
            toks += tokens(text, done, cut)
            done = cut
            if len(toks) >= need:
                return toks, False
        end += end - lo
    return toks + tokens(text, done, hi), True


def _cap(w: str) -> bool:
    return w[:1].isupper()


@_word_cache
def _is_nameish(w: str) -> bool:
    return w[:1].isupper() and (w.lower() not in NOT_NAME_WORDS or (len(w) > 1 and w.isupper())) \
        or _PARTICLE_NAME.match(w) is not None


#: A surname joined to its particle: "al-Masri", "el-Sisi", "bin-Laden", "d'Estaing".
_PARTICLE_NAME = re.compile(r"(?:al|el|bin|ibn|abu|ben|d|l)[-'\u2019][A-Z]")


@_word_cache
def _is_role(w: str) -> bool:
    low = w.lower()
    return low in ROLE_NOUNS or low in TITLES


@_word_cache
def _is_modifier(w: str) -> bool:
    """A lower-case word that can modify a role noun ("communications" director, "senior" aide,
    "conservative-leaning" newspaper, "2008" veteran)."""
    if w.isdigit() or w in ORDINALS:
        return True
    return w.replace("-", "").isalnum() and w.islower() and w not in NOT_NAME_WORDS and w not in SUBJECT_VERB_FILLERS \
        and len(w) > 2


def _finite_verb(toks: list[Tok], j: int) -> bool:
    """A word that ends a subject as its verb: "the talks began", "The flyer quotes Lincoln" (but
    "a press release", "reports Mr. Lee filed" are nouns)."""
    w = toks[j][2]
    if w in IRREGULAR_PAST:
        return True
    prev = toks[j - 1][2] if j > 0 else ""
    return w in SPEECH_VERB_FORMS and w.endswith("s") and not w.endswith("ss") and \
        prev.isalpha() and prev.islower() and prev not in DETERMINERS


def _title_before_name(toks: list[Tok], i: int) -> bool:
    """A lower-case agent noun right before a name is a title: "speechwriter Noam Neusner"."""
    w = toks[i][2]
    return w.isalpha() and w.islower() and len(w) > 4 and w.endswith(AGENT_SUFFIXES) \
        and w not in NOT_NAME_WORDS and i + 1 < len(toks) and _is_nameish(toks[i + 1][2])  # not "for"


def before(text: str, lo: int, cue_start: int) -> Phrase | None:
    """The subject that ends right before a cue, within ``text[lo:cue_start]``."""
    toks = tokens(text, lo, cue_start)
    # does the window open right after a closing mark ("“...,” From said")?
    after_quote = bool(toks) and text[max(0, toks[0][0] - 3):toks[0][0]].rstrip()[-1:] in _CLOSING
    return _np_left(toks, len(toks) - 1, allow_apposition=True, after_quote=after_quote)


@_word_cache
def _filler(w: str) -> bool:
    """A word between a subject and its verb: "later", "also", "who", "quickly"."""
    return w.lower() in SUBJECT_VERB_FILLERS or _is_ly(w)


def _opens_relative(toks: list[Tok], i: int) -> bool:
    """Is ``toks[i]``, right before "who", the mark that opens the relative clause: a comma, an
    opening parenthesis, or a dash that pairs with none before it ("The senator — who has ...", but
    not "candidates — like Ann Lee — who say": that dash closes an aside, and "who" is not Lee)."""
    w = toks[i][2]
    if w not in RELATIVE_OPENING_MARKS:
        return False
    return w in (",", "(") or not any(t[2] == w for t in toks[:i])


def _np_left(toks: list[Tok], j: int, *, allow_apposition: bool, after_quote: bool = False) -> Phrase | None:
    steps = 0
    while j >= 0 and steps < 4 and (_filler(w := toks[j][2]) or (
            w.lower() in WEEKDAYS and j > 0 and toks[j - 1][2].lower() not in TIME_PREPOSITIONS)) \
            and not (w[:1].isupper() and (toks[j - 1][2] in _CLOSING if j > 0 else after_quote)):
        if w.lower() in ("who", "which") and j > 0:
            # "Trump, who later said", "The senator — who has called": the mention is "who", the
            # name is its antecedent
            ante = _np_left(toks, j - 2 if _opens_relative(toks, j - 1) else j - 1, allow_apposition=False)
            if ante is not None:
                return Phrase(toks[j][0], toks[j][1], ante.head, ante.head_start, ante.head_end,
                              relative=True, outer_start=ante.start)
            return None
        j -= 1
        steps += 1
    if j > 0 and toks[j][2] == "that" and all(_filler(t[2]) for t in toks[j + 1:]):
        return _relative_that(toks, j)
    if j < 0:
        k = j + 1  # "“...,” both said": a pronominal word alone before the cue speaks
        if k < len(toks) and toks[k][2].lower() in PRONOMINAL_DETERMINERS:
            return Phrase(toks[k][0], toks[k][1], Head.ROLE, toks[k][0], toks[k][1])
        return None
    # a short prepositional phrase between subject and verb: "Trump on Sunday said"
    # (not a conjunction: "Reid caucused in Nevada and says" coordinates two verbs)
    if toks[j][2][:1].isalnum() and not _is_nameish(toks[j][2]) and not _pronoun(toks[j][2]) \
            and toks[j][2].lower() not in ("and", "but", "or", "nor"):
        for k in range(j - 1, max(-1, j - 5), -1):
            w = toks[k][2].lower()
            if w in ("on", "in", "at", "during", "via", "last", "this") and k > 0:
                inner = _np_left(toks, k - 1, allow_apposition=False)
                if inner is not None and inner.head is not Head.ROLE:
                    return inner
                break
            if toks[k][2] in ",.;:":
                break
    s, e, w = toks[j]
    n = _pronoun(w)
    if n:
        return Phrase(s, s + n, Head.PRONOUN, s, s + n)
    if j == len(toks) - 1 and w[:1].isupper() and not w.isupper() and w.lower() in NOT_NAME_WORDS \
            and w.lower() not in DETERMINERS and w.lower() not in TIME_WORDS \
            and (toks[j - 1][2] in _CLOSING if j > 0 else after_quote) and len(w) > 2:
        # “...,” Will wrote / “...,” From said: a surname that is also a common word (right after
        # the closing mark, or alone between the quotation and the cue)
        return Phrase(s, e, Head.NAME, s, e)
    if w == ")":
        k = j - 1
        while k >= 0 and toks[k][2] != "(" and j - k < 12:
            k -= 1
        if k > 0 and toks[k][2] == "(":
            inner = _np_left(toks, k - 1, allow_apposition=False)
            return inner
        return None
    if w == "," and allow_apposition:
        return _apposition(toks, j)
    if not (_is_nameish(w) or _is_role(w) or w == "." or w.isdigit()):
        p = _generic_np_left(toks, j)
    else:
        p = _extend_left(toks, j)
    return _prepositional(toks, p) if p is not None else None


def _relative_that(toks: list[Tok], j: int) -> Phrase | None:
    """ "A group that said": "that" right before the verb is a relative pronoun; the mention is
    "that", the speaker its antecedent — a name or a noun for people, not a pronoun ("he said
    that") nor a thing that carries words ("a video that said", "a sign that read": its owner
    speaks)."""
    ante = _np_left(toks, j - 1, allow_apposition=False)
    if ante is None or ante.head is Head.PRONOUN:
        return None
    head = toks[bisect_left(toks, (ante.head_start,))][2].lower()
    if ante.head is Head.ROLE and (head not in ROLE_NOUNS or head in DOCUMENT_NOUNS):
        return None
    return Phrase(toks[j][0], toks[j][1], ante.head, ante.head_start, ante.head_end,
                  relative=True, outer_start=ante.start)


def _SENT_EDGE(toks: list[Tok], i: int) -> bool:  # noqa: N802 - a predicate used like a flag
    """A particle that starts a mention: "“...,” van der Berg said"."""
    return i == 0 or toks[i - 1][2] in _CLOSING or toks[i - 1][2] in (",", ".", ";", ":")


def _prepositional(toks: list[Tok], p: Phrase, depth: int = 0) -> Phrase | None:
    """An NP after a preposition is an object, not the subject: "a spokesman for committee
    Democrats", "another source speaking to Fox News" — the subject is further left. Two
    prepositions deep too: "a person with knowledge of the plans", "a source close to the family
    of the victim"."""
    # tokens are sorted by start, and (start,) sorts before every token starting there
    k = bisect_left(toks, (p.start,))
    if k == len(toks) or toks[k][0] != p.start:
        k = -1
    if k < 1 or toks[k - 1][2].lower() not in PREPOSITIONS:
        return p
    m = k - 2
    if m >= 0 and toks[m][2].lower().endswith("ing") and toks[m][2].islower():
        m -= 1  # "speaking to", "writing for"
    elif m >= 0 and toks[m][2].lower() in POSTMODIFIERS:
        m -= 1  # "a person familiar with the plans", "a source close to the campaign"
    if m < 0:
        return p
    w = toks[m][2]
    outer = _generic_np_left(toks, m) if not (_is_nameish(w) or _is_role(w)) else _extend_left(toks, m)
    if outer is None and depth == 0 and m == k - 2 and p.head is not Head.NAME:
        outer = _bare_object_holder(toks, m)
    if outer is None:
        # "but in a later interview said": a prepositional object is not a subject
        return p if p.head is Head.NAME else None
    whole = Phrase(outer.start, p.end, outer.head, outer.head_start, outer.head_end)
    if depth == 0:
        # "a source close to | the family of the victim": the outer phrase may be an object too
        return _prepositional(toks, whole, depth + 1) or whole
    return whole


#: The most modifiers before a bare prepositional object: "with direct, firsthand knowledge".
_BARE_OBJECT_MODIFIERS = 2


def _bare_object_holder(toks: list[Tok], m: int) -> Phrase | None:
    """The noun phrase that holds a bare object ``toks[m]`` of a preposition before it ("A person
    with knowledge | of the plans", "an official with direct knowledge"): the phrase before that
    preposition when its head is a noun for people ("a person", "officials"), or None when
    ``toks[m]`` is no lower-case noun after one."""
    if not (toks[m][2].isalpha() and toks[m][2].islower()) or toks[m][2] in IRREGULAR_PAST \
            or toks[m][2] in SPEECH_VERB_FORMS:
        return None
    k = m
    while k > 0 and m - k < _BARE_OBJECT_MODIFIERS and _is_modifier(toks[k - 1][2]) \
            and toks[k - 1][2] not in PREPOSITIONS:
        k -= 1
    if k < 2 or toks[k - 1][2].lower() not in PREPOSITIONS:
        return None
    n = k - 2
    if not _is_role(toks[n][2]):
        return None  # "a lot of chatter about Perez", "arguments against big government are"
    return _extend_left(toks, n)


def _generic_np_left(toks: list[Tok], j: int) -> Phrase | None:
    """A common noun with its determiner: "the investor", "one commenter", "his wife"."""
    w = toks[j][2]
    if w.lower() in PRONOMINAL_DETERMINERS:
        return Phrase(toks[j][0], toks[j][1], Head.ROLE, toks[j][0], toks[j][1])  # "Several said"
    if w.lower() in NUMBER_WORDS and j > 0 and toks[j - 1][2].lower() in DETERMINERS:
        return Phrase(toks[j - 1][0], toks[j][1], Head.ROLE, toks[j][0], toks[j][1])  # "the two wrote"
    if not (w.replace("-", "").isalnum() and w.islower() and len(w) > 2) or w in SUBJECT_VERB_FILLERS or w in NOT_NAME_WORDS \
            or w in TIME_WORDS:
        return None
    k = j - 1
    while k >= 0 and j - k <= 6:
        v = toks[k][2]
        low = v.lower()
        if low in DETERMINERS or low in ("another", "this", "these", "those"):
            return Phrase(toks[k][0], toks[j][1], Head.ROLE, toks[j][0], toks[j][1])
        if _comma_between_adjectives(toks, k, j):
            k -= 1  # "the bespectacled, 71-year-old diplomat": adjectives in a row
            continue
        if not (_is_modifier(v) or _is_nameish(v) or v in ("'s", "\u2019s", "-")):
            break
        k -= 1
    # a bare plural after "what", "as", a comma or the start: "what former employees have called"
    if w.endswith("s") and not w.endswith("ss") and (k < 0 or toks[k][2].lower() in BARE_NP_OPENERS) and (
            w in ROLE_NOUNS or w[:-1].endswith(AGENT_SUFFIXES)):
        return Phrase(toks[k + 1][0], toks[j][1], Head.ROLE, toks[j][0], toks[j][1])
    return None


def _comma_between_adjectives(toks: list[Tok], i: int, head: int) -> bool:
    """Is ``toks[i]`` a comma between two modifiers before the head at ``head``: "the
    bespectacled, 71-year-old diplomat"?"""
    return toks[i][2] == "," and 0 < i < head - 1 and _is_adjective(toks[i - 1][2]) \
        and _is_modifier(toks[i + 1][2])


def _article_before_name(toks: list[Tok], i: int) -> int:
    """The index of the article before adjectives (or -ly adverbs) ending at ``toks[i]``, right
    before a name ("an angry Hollande"); -1 if there is none."""
    k = i
    while k >= 0 and i - k < 3 and (_is_adjective(toks[k][2]) or toks[k][2].endswith("y") and _is_modifier(toks[k][2])
                                    or _is_ly(toks[k][2])):
        k -= 1
    return k if k < i and k >= 0 and toks[k][2].lower() in ARTICLES else -1


@_word_cache
def _is_adjective(w: str) -> bool:
    return _is_modifier(w) and (w.endswith(ADJECTIVE_ENDINGS) or "-" in w or w[:1].isdigit())


def _is_ly(w: str) -> bool:
    """An "-ly" adverb: "quickly", not the noun "family" ("a person close to the family said")."""
    return len(w) > 4 and w.endswith("ly") and w.islower() and w not in LY_NOUNS


def _extend_left(toks: list[Tok], j: int) -> Phrase | None:
    """Grow a noun phrase leftwards from its last word ``toks[j]``."""
    end = toks[j][1]
    if toks[j][2] == "." and j > 0 and toks[j - 1][2].lower() in ("jr", "sr"):
        pass  # "Thomas Hale Jr." keeps its period
    elif j + 1 < len(toks) and toks[j + 1][2] == "." and toks[j][2].lower() in ("jr", "sr"):
        end = toks[j + 1][1]
    head_tok = None
    given = -1
    of_role = -1
    article_at = len(toks)  # set when adjectives before a name lead back to their article
    i = j
    n = 0
    while i >= 0 and n < _MAX_NP:
        w = toks[i][2]
        if _is_nameish(w):
            if head_tok is None:
                head_tok = i
        elif _is_role(w) or (head_tok is not None and _title_before_name(toks, i)):
            if head_tok is None:
                head_tok = i
        elif w == "." and i > 0 and (len(toks[i - 1][2]) <= 4 and _cap(toks[i - 1][2])):
            if i > 0 and len(toks[i - 1][2]) == 1 and toks[i - 1][2].isupper():
                i -= 1  # an initial, even "A." (which is also an article): "Karen A. Osei"
                n += 1
        elif w in ("'s", "\u2019s") and i > 0 and (_cap(toks[i - 1][2]) or _is_modifier(toks[i - 1][2])) \
                and head_tok is not None:
            pass  # a possessor: "Scholz's spokesperson", "the club's lawyer"
        elif _is_modifier(w) and head_tok is not None and i < j and toks[i + 1][2] in ("'s", "\u2019s"):
            pass  # the possessor itself: "club" in "the club's lawyer"
        elif w in ("'", "\u2019") and i > 0 and toks[i - 1][2].endswith("s") and _cap(toks[i - 1][2]) \
                and head_tok is not None:
            pass  # "Sanders' campaign manager"
        elif w.lower() in ("of", "for") and i + 1 <= j and _cap(toks[i + 1][2]) and head_tok is not None \
                and i > 0 and _is_role(toks[i - 1][2]):
            of_role = i - 1  # "Secretary of State", "spokesman for Clinton"
        elif _is_modifier(w) and head_tok is not None and i < j and _is_role(toks[i + 1][2]) or (
                _is_modifier(w) and head_tok is not None and i < j and _is_modifier(toks[i + 1][2])
                and i + 2 <= j and _is_role(toks[i + 2][2])):
            pass  # "communications director", "deputy national political director"
        elif head_tok is not None and i == head_tok - 1 and _cap(toks[head_tok][2]) \
                and (found := _article_before_name(toks, i)) >= 0:
            article_at = found  # "an angry Hollande", "a visibly shaken Ortiz"
        elif head_tok is not None and article_at < i < head_tok:
            pass  # the other adjectives of "a visibly shaken Ortiz", down to the article
        elif head_tok is not None and (_comma_between_adjectives(toks, i, head_tok)
                                       or _is_adjective(w) and i < j and toks[i + 1][2] == ","):
            pass  # "the bespectacled, 71-year-old diplomat": adjectives in a row
        elif w.lower() in DETERMINERS and head_tok is not None or (
                w.lower() in ("this", "that", "these", "those") and head_tok is not None
                and not _cap(toks[head_tok][2])):
            i -= 1  # "the campaign", "this source" (but not "that Trump")
            break
        elif w.lower() in NAME_PARTICLES and head_tok is not None and i < j and \
                (_cap(toks[i + 1][2]) or toks[i + 1][2].lower() in NAME_PARTICLES) and \
                (_cap(toks[i - 1][2]) or toks[i - 1][2].lower() in NAME_PARTICLES or _SENT_EDGE(toks, i)):
            pass  # "Michery el Soheil", "Ursula von der Leyen", "Pieter van der Berg"
        elif w == "and" and head_tok is not None and i > 0 and _is_nameish(toks[i - 1][2]) \
                and _is_nameish(toks[i + 1][2]) and all(_is_nameish(toks[m][2]) or toks[m][2] == "."
                                                         for m in range(i + 1, head_tok + 1)):
            pass  # "Edward-Isaac Dovere and Gabriel Debenedetti wrote"
        elif w == "and" and head_tok is not None and 0 < i < head_tok and _is_role(toks[i - 1][2]) \
                and not _cap(toks[i - 1][2]):
            pass  # "the Florida senator and Republican presidential candidate said"
        elif head_tok is not None and i < j and _cap(w) and w.lower() in WORD_GIVEN_NAMES \
                and _is_nameish(toks[i + 1][2]) and _SENT_EDGE(toks, i):
            given = i  # "“...,” Will Estrada said": a given name that is also a common word
            i -= 1
            break
        else:
            break
        i -= 1
        n += 1
    start_i = i + 1
    if head_tok is None or start_i > j:
        return None
    # the head is the last name word run, or the role noun
    hs, he, hw = toks[head_tok]
    if _is_nameish(hw):
        k = head_tok
        while k - 1 >= start_i and (_is_nameish(toks[k - 1][2]) or toks[k - 1][2] == "."):
            k -= 1
        while k < head_tok and (toks[k][2] == "." or _is_role(toks[k][2])):
            k += 1  # titles are not part of the name: "Mr. Obama", "Security Advisor Jake Sullivan"
        if given >= 0 and k - 1 == given:
            k = given
        head = Head.NAME
        hs = toks[k][0]
        if all(_is_role(toks[m][2]) or not _is_nameish(toks[m][2]) for m in range(k, head_tok + 1)):
            head = Head.ROLE
    else:
        head = Head.ROLE
    while start_i <= j and toks[start_i][2] in ("'s", "\u2019s", ".", ","):
        start_i += 1
    if start_i > j:
        return None
    if of_role >= start_i and not _cap(toks[of_role][2]) and toks[start_i][2].lower() in DETERMINERS:
        # "the outgoing administration of President Joe Biden" is the administration
        head, hs, he = Head.ROLE, toks[of_role][0], toks[of_role][1]
    return Phrase(toks[start_i][0], end, head, hs, he)


def _is_place(words: str) -> bool:
    """A state or country, spelled out or abbreviated: "Ohio", "Mich.", "Calif .", "N.H."."""
    return words in PLACES or words.removesuffix(".").removesuffix(" ") in STATE_ABBREVIATIONS


def _age_or_hometown(words: list[str]) -> bool:
    """A comma-set age or hometown after a name: "22", "of Flint", "from New York"."""
    if len(words) == 1:
        return words[0].isdigit() and len(words[0]) <= 3
    return 2 <= len(words) <= 4 and words[0].lower() in HOMETOWN_PREPOSITIONS and all(_cap(w) for w in words[1:])


def _apposition(toks: list[Tok], j: int) -> Phrase | None:
    """``NP, APPOSITIVE, cue``: the speaker is whichever side is a name."""
    k = j - 1
    seg_end = j  # the end of the comma-delimited piece being scanned
    places = 0
    described = False  # passed an age or a hometown: "Cory Bell, 22, of Flint, Mich., said"
    while k >= 0 and j - k < 30:
        w = toks[k][2]
        if w == "," and k > 0 and _age_or_hometown([t[2] for t in toks[k + 1:seg_end]]):
            described = True
            seg_end = k
            k -= 1
            continue
        if w == "." and k > 0 and _cap(toks[k - 1][2]) and (len(toks[k - 1][2]) <= 4 or _is_place(toks[k - 1][2])):
            k -= 1  # "Jr." "Sen." inside the appositive
            continue
        if w == "," and places < 2 and 0 < seg_end - k - 1 <= 3 and k > 0 and _cap(toks[k - 1][2]) \
                and _is_place(" ".join(t[2] for t in toks[k + 1:seg_end])):
            # "a professor at Vanderbilt University in Nashville, Tennessee, said": a place's comma
            places += 1
            seg_end = k
            k -= 1
            continue
        if w in (",", ".", ";", ":", "\"", "\u201c", "\u201d", "(", ")"):
            break
        k -= 1
    if described:
        p = _np_left(toks, seg_end - 1, allow_apposition=False) if seg_end > 0 else None
        if p is None or p.head is not Head.NAME:
            return None
        return Phrase(p.start, p.end, p.head, p.head_start, p.head_end, apposition=True)
    if k < 1 or toks[k][2] != ",":
        return None
    inner = _np_left(toks, j - 1, allow_apposition=False)
    outer = _np_left(toks, k - 1, allow_apposition=False)
    inner_whole = inner is not None and inner.start == toks[k + 1][0] or (
        inner is not None and k + 2 <= j - 1 and toks[k + 1][2].lower() in DETERMINERS
        and inner.start == toks[k + 2][0])
    if inner is not None and inner_whole and inner.head is Head.NAME and (
            outer is None or outer.head is not Head.NAME) and not (
            outer is not None and outer.head is Head.ROLE and _described(toks, inner)):
        # "Trump's eldest son, Donald Trump Jr., posted"
        return Phrase(inner.start, inner.end, inner.head, inner.head_start, inner.head_end, apposition=True,
                      outer_start=outer.start if outer is not None else inner.start)
    if toks[k + 1][2].lower() in ("who", "which"):
        if outer is not None:
            return Phrase(outer.start, outer.end, outer.head, outer.head_start, outer.head_end, relative=True)
        return None
    if outer is not None and outer.head is not Head.PRONOUN:
        return Phrase(outer.start, outer.end, outer.head, outer.head_start, outer.head_end, apposition=True)
    return None


def _described(toks: list[Tok], p: Phrase) -> bool:
    """Does the appositive ``p`` open with an indefinite article: "a registered Republican", "an
    American" describe the noun phrase they follow rather than name it."""
    k = bisect_left(toks, (p.start,))
    return k < len(toks) and toks[k][2].lower() in INDEFINITE_ARTICLES


def apposed(text: str, lo: int, end: int) -> Phrase | None:
    """The speaker of ``NP, APPOSITIVE`` ending at ``end``, as if a comma closed it there: "The
    employee, a registered Republican (who spoke on condition of anonymity)" is the employee."""
    toks = tokens(text, lo, end)
    toks.append((end, end, ","))
    return _apposition(toks, len(toks) - 1)


def possessor(text: str, lo: int, noun_start: int) -> Phrase | None:
    """The owner of a speech noun: "her comment", "Trump's claim", "Rubio's catch phrase"."""
    toks = tokens(text, lo, noun_start)
    j = len(toks) - 1
    # up to three modifiers between owner and noun: "her March comment", "Rubio's catch"
    k = j
    while k >= 0 and j - k < 3 and (toks[k][2].islower() or toks[k][2].isdigit() or
                                    toks[k][2][:1].isupper() and toks[k][2].lower() in NOT_NAME_WORDS) \
            and toks[k][2].lower() not in POSSESSIVE_PRONOUNS and toks[k][2] not in ("'s", "\u2019s"):
        k -= 1
    if k < 0:
        return None
    w = toks[k][2]
    if w.lower() in POSSESSIVE_PRONOUNS:
        return Phrase(toks[k][0], toks[k][1], Head.PRONOUN, toks[k][0], toks[k][1])
    if w in ("'s", "\u2019s", "'", "\u2019") and k > 0 and (_cap(toks[k - 1][2]) or _is_role(toks[k - 1][2])):
        owner = _extend_left(toks, k - 1)
        if owner is not None and (owner.head is Head.NAME or toks[k - 1][2].lower() in ROLE_NOUNS):
            # "Trump's claim", "The Florida senator's answer"
            return Phrase(owner.start, toks[k][1], owner.head, owner.head_start, owner.head_end)
    return None


def after(text: str, cue_end: int, hi: int) -> Phrase | None:
    """The phrase that follows a cue: "said Peskov", "according to the Post"."""
    toks = tokens(text, cue_end, min(hi, cue_end + 200))
    i = 0
    while i < len(toks) and i < 6 and (toks[i][2] == "," or toks[i][2].lower() in TIME_WORDS
                                       and toks[i][2].lower() not in TIME_PREPOSITIONS):
        i += 1  # "said Sunday", "said, Peskov" — but not "said at a rally"
    if i >= len(toks):
        return None
    return _np_right(toks, i, pronoun_ok=False)


def _np_right(toks: list[Tok], i: int, *, pronoun_ok: bool = True, subject: bool = False) -> Phrase | None:
    """The noun phrase that starts at ``toks[i]``; ``subject`` when it heads a clause, where a
    capitalised modifier before a role noun or a title leaves the head to the role or the name."""
    s, e, w = toks[i]
    low = w.lower()
    if low in SUBJECT_PRONOUNS:
        # "“...,” said he." is a speaker; "said it was" is not
        if pronoun_ok or (i + 1 >= len(toks) or toks[i + 1][2] in ".,;!?"):
            return Phrase(s, e, Head.PRONOUN, s, e)
        return None
    j = i
    if low in PRONOMINAL_DETERMINERS and (i + 1 >= len(toks) or toks[i + 1][2] in ".,;!?"):
        return Phrase(s, e, Head.ROLE, s, e)  # "tweeted another."
    if low in DETERMINERS:
        j += 1
        # "one of those advisers", "some of the protesters"
        if j + 1 < len(toks) and toks[j][2].lower() == "of" and toks[j + 1][2].lower() in DETERMINERS:
            j += 2
    else:
        j = _lower_title_end(toks, i)  # "said master of ceremonies Asab Al-Tabchi"
    head_s = head_e = -1
    head = None
    n = 0
    last = None
    while j < len(toks) and n < _MAX_NP:
        w = toks[j][2]
        initial = len(w) == 1 and w.isupper() and j + 1 < len(toks) and toks[j + 1][2] == "." and last == j - 1
        particle = w.lower() in NAME_PARTICLES and j + 1 < len(toks) and (
            _cap(toks[j + 1][2]) or toks[j + 1][2].lower() in NAME_PARTICLES) and (last == j - 1 or j == i)
        if particle:
            if head is not Head.NAME:
                head_s = toks[j][0]  # "said di Stefano", "said van der Berg"
            head, last = Head.NAME, j
        elif initial or _is_nameish(w) or (
                _cap(w) and j == i and w.lower() not in DETERMINERS and w.lower() not in NOT_NAME_WORDS) or (
                j == i and _cap(w) and w.lower() in WORD_GIVEN_NAMES and j + 1 < len(toks)
                and _is_nameish(toks[j + 1][2])):  # "said Will Doyle"
            if head is not Head.NAME or (last is not None and last != j - 1 and toks[j - 1][2] not in (".",)) \
                    or (j > i and _is_role(toks[j - 1][2]) and not _cap(toks[j - 1][2])):
                head_s = toks[j][0]  # "Ohio delegate Sam Ruiz": the name after the title is the head
            head, head_e, last = Head.NAME, toks[j][1], j
        elif w == "." and last == j - 1 and len(toks[j - 1][2]) <= 4:
            if toks[j - 1][2].lower() in ("jr", "sr") or len(toks[j - 1][2]) == 1 or _is_role(toks[j - 1][2]):
                last = j  # "Thomas Hale Jr." keeps its period; "Lena K. von Arnim", "Prof. von Arnim" go on
        elif w.lower() in NAME_PARTICLES and last == j - 1 and j + 1 < len(toks) and (
                _cap(toks[j + 1][2]) or toks[j + 1][2].lower() in NAME_PARTICLES):
            pass  # "said Pieter van der Berg"
        elif w in ("'s", "\u2019s") and last == j - 1:
            head = None  # a possessor: the head is still to come
            head_s = -1
            if j + 1 < len(toks) and _is_modifier(toks[j + 1][2]) and not _is_role(toks[j + 1][2]) and (
                    j + 2 >= len(toks) or not _is_modifier(toks[j + 2][2])):
                j += 1  # "Ellis's assistant": whatever the possessor has is the head
                head, head_s, head_e, last = Head.ROLE, toks[j][0], toks[j][1], j
        elif _is_role(w):
            if head is not Head.NAME or last != j - 1 or subject and _modifies_role(toks, j):
                head, head_s, head_e = Head.ROLE, toks[j][0], toks[j][1]
            last = j
        elif w.lower() == "of" and last == j - 1 and _is_role(toks[j - 1][2]) and j + 2 < len(toks) \
                and _cap(toks[j + 1][2]) and _is_nameish(toks[j + 2][2]):
            j += 1  # "said Secretary of State Helen Marsh": "of State" belongs to the title
            n += 1
        elif _is_modifier(w) and head is None and j + 1 < len(toks) and (
                _is_role(toks[j + 1][2]) or _is_modifier(toks[j + 1][2]) or _is_nameish(toks[j + 1][2])) \
                and not _finite_verb(toks, j):
            pass  # "undecided Republican voter Stephanie Hooton", "senior administration officials"
        elif subject and head is Head.NAME and last == j - 1 and _title_run_to_name(toks, j):
            pass  # "Presumptive Republican presidential nominee Donald Trump": the name still to come
        elif _is_modifier(w) and head is None and j + 1 < len(toks) and toks[j + 1][2] in ("'s", "\u2019s"):
            last = j  # a common-noun possessor: "said the rally's warm-up speaker"
        else:
            break
        j += 1
        n += 1
    if (head is None or last is None) and low in DETERMINERS:
        # "asked the boy, who ...", "said a 2008 Clinton veteran": a common noun after its determiner
        k = i + 1
        while k < len(toks) and k - i <= 4 and (_is_modifier(toks[k][2]) or _cap(toks[k][2])) \
                and not _finite_verb(toks, k):
            k += 1
        k -= 1
        if k > i and _is_modifier(toks[k][2]) and not toks[k][2].isdigit() and (
                k + 1 >= len(toks) or toks[k + 1][2] in ".,;:!?" or toks[k + 1][2].lower() in ("who", "of", "at", "in", "for", "from", "with")
                or _finite_verb(toks, k + 1)):  # "The photo quotes ..."
            return Phrase(toks[i][0], toks[k][1], Head.ROLE, toks[k][0], toks[k][1])
        return None
    if head is None or last is None:
        return None
    k0 = last + 2
    while k0 < len(toks) and k0 < last + 4 and (_is_role(toks[k0][2]) or _title_before_name(toks, k0)):
        k0 += 1  # "said the rally's speaker, actress Joan Pell"
    if head is Head.ROLE and k0 < len(toks) and toks[last + 1][2] == "," and _is_nameish(toks[k0][2]):
        # "said the union's president, Owen Price": the apposed name is the speaker
        name = _np_right(toks, k0)
        if name is not None and name.head is Head.NAME:
            k = next((m for m in range(last + 2, len(toks)) if toks[m][0] >= name.end), len(toks))
            if k >= len(toks) or toks[k][2] in ".,;:!?":
                return Phrase(name.start, name.end, name.head, name.head_start, name.head_end,
                              apposition=True, outer_start=toks[i][0])
    return Phrase(toks[i][0], toks[last][1], head, head_s, head_e)


def _modifies_role(toks: list[Tok], j: int) -> bool:
    """Is the capitalised word run before the lower-case role noun ``toks[j]`` its modifier, so that
    the role is the head: "Republican politicians", "the New York businessman", "The Obama
    administration" (not a title: "Judge" in "Judge Amy Berman Jackson" is capitalised; nor a
    document: "the Gallup poll"; nor a title that goes on: "Former secretary of state Hillary
    Clinton", "Former prosecutor and Mayor Rudy Giuliani")?"""
    return toks[j][2].islower() and toks[j][2] not in DOCUMENT_NOUNS \
        and (j + 1 >= len(toks) or toks[j + 1][2] not in TITLE_CONTINUATIONS)


def _title_run_to_name(toks: list[Tok], j: int) -> bool:
    """Do one or two adjectives from ``toks[j]`` lead through a lower-case role noun to a name, so
    that the capitalised words before them only modify the title: "Presumptive Republican
    presidential nominee Donald Trump" (but not "Trump attacked reporters": no adjective, no
    name after)?"""
    k = j
    while k < len(toks) and k - j < 2 and _is_adjective(toks[k][2]) \
            and not toks[k][2].endswith(VERB_LIKE_ENDINGS) and not _is_role(toks[k][2]):
        k += 1
    return j < k < len(toks) - 1 and toks[k][2].islower() and _is_role(toks[k][2]) \
        and _is_nameish(toks[k + 1][2])


def _lower_title_end(toks: list[Tok], i: int) -> int:
    """Where the name starts after a lower-case title of a few words ("master of ceremonies
    Asab Al-Tabchi", "longtime union organizer Rosa Diaz"); ``i`` if there is none."""
    k = i
    while k < len(toks) and k - i < 4 and toks[k][2].isalpha() and toks[k][2].islower() and (
            toks[k][2] == "of" and k > i or toks[k][2] not in NOT_NAME_WORDS and toks[k][2] not in SUBJECT_VERB_FILLERS
            and toks[k][2] not in TIME_WORDS and toks[k][2] not in PREPOSITIONS and toks[k][2] not in DETERMINERS):
        k += 1
    if k == i or k >= len(toks) or toks[k - 1][2] == "of" or not _is_nameish(toks[k][2]):
        return i
    return k


#: A dateline at the head of a story: "WASHINGTON (AP) —", "LA CROSSE, Wis. —", "WASHINGTON ―" (a
#: horizontal bar, as some outlets set it).
_DATELINE = re.compile(r"(?:[A-Z][A-Z .,'\u2019-]{2,40}?(?:,[ \u00a0][A-Z][\w.]*\.?(?:[ \u00a0]\d{1,2})?)?[ \u00a0]*(?:\([^)]{1,40}\))?"
                       r"|[A-Z][\w.'\u2019-]*(?:[ \u00a0][A-Z][\w.'\u2019-]*){0,3}(?:,[ \u00a0][A-Z][\w.]*\.?)?"
                       r"[ \u00a0]*\([A-Z][^)]{0,30}\))"  # "Washington (AFP) –"
                       r"[ \u00a0]*[\u2015\u2014\u2013-]+[ \u00a0]*")  # "\u2015": "WASHINGTON \u2015"


def _intro_word(w: str, nxt: str = "") -> bool:
    """A sentence-initial word that opens an adverbial, not a subject: "Flying", "Immediately"
    (but not "Carly Fiorina" or "Kelly Ayotte": a capitalised word after it makes a name)."""
    low = w.lower()
    if _pronoun(w) or low in DETERMINERS or low in PRONOMINAL_DETERMINERS or low.rstrip(".") in TITLES:
        return False
    if low in INTRODUCTORY_WORDS or low in NOT_NAME_WORDS:
        return True
    return len(low) > 4 and low.endswith(("ing", "ly", "ed")) and w[:1].isupper() and not w.isupper() \
        and not (nxt[:1].isupper() or low in first_names())


def clause_subject(text: str, lo: int, hi: int) -> Phrase | None:
    """The subject at the head of the clause ``text[lo:hi]``, after any introductory phrase."""
    m = _DATELINE.match(text, lo, hi)
    if m is not None:
        lo = m.end()
    toks = tokens(text, lo, hi)
    i = 0
    # "But on Thursday, in a statement, Manafort said": skip each introductory phrase
    while i < len(toks) and _intro_word(toks[i][2], toks[i + 1][2] if i + 1 < len(toks) else ""):
        if toks[i][2].lower() in ("and", "but", "or", "so", "yet", "then", "also") and i + 1 < len(toks) and (
                _pronoun(toks[i + 1][2]) or _is_nameish(toks[i + 1][2]) or toks[i + 1][2].lower() == "then"):
            i += 1  # "And then Trump went on the attack": a conjunction is not an introductory phrase
            continue
        k = i + 1
        while k < len(toks) and k - i < 14 and toks[k][2] != ",":
            k += 1
        if k < len(toks) and toks[k][2] == ",":
            i = k + 1
        elif toks[i][2].lower() in SUBORDINATORS:
            # "When he returned he began by saying": no comma, the main clause's pronoun subject
            k = next((m for m in range(i + 2, min(len(toks), i + 14)) if _pronoun(toks[m][2])
                      and toks[m - 1][2].isalpha() and toks[m - 1][2].islower()), -1)
            if k < 0:
                break
            i = k
        else:
            break
    if i >= len(toks):
        return None
    p = _np_right(toks, i, subject=True)
    if p is not None and i > 0 and p.head is Head.NAME and _is_place(text[p.head_start:p.head_end]):
        # "Speaking in Salem, New Hampshire, Trump went after Bush": the place ends the intro
        k = next((m for m in range(i, len(toks)) if toks[m][0] >= p.end), len(toks))
        if k + 1 < len(toks) and toks[k][2] == ".":
            k += 1  # "in Boulder, Colo., the engineer"
        if k < len(toks) and toks[k][2] == ",":
            return _np_right(toks, k + 1, subject=True) if k + 1 < len(toks) else None
    return p


__all__ = ["Head", "Phrase", "after", "apposed", "before", "clause_subject", "tokens", "tokens_ahead"]
