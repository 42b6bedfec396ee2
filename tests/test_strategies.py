"""Tests of quoteattr.strategies: the generated articles say what their answers say they say."""

from __future__ import annotations

import re
import subprocess
import sys
import time

import pytest
from hypothesis import HealthCheck, Phase, find, given, seed, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

import quoteattr
from quoteattr import QuoteKind
from quoteattr._lexicon import outlets as lexicon_outlets
from quoteattr.strategies import (
    PLATFORMS,
    ExpectedAttribution,
    GeneratedArticle,
    GeneratedClaim,
    GeneratedOutlet,
    articles,
    claims,
    names,
    outlets,
    quotations,
)

WORD = re.compile(r"\w+(?:['\u2019]\w+)*")
OPENING = "\u201c\""
CLOSING = "\u201d\""
OUTLET_NAMES = {n for n, _, _ in lexicon_outlets()} | set(PLATFORMS)


def words(s: str) -> list[str]:
    return [w.lower().replace("\u2019", "'") for w in WORD.findall(s)]


# --------------------------------------------------------------------------- import guard


def test_import_without_hypothesis_says_how_to_install_it():
    code = (
        "import sys\n"
        "sys.modules['hypothesis'] = None\n"
        "try:\n"
        "    import quoteattr.strategies\n"
        "except ImportError as e:\n"
        "    print('ImportError:', e)\n"
        "else:\n"
        "    print('imported')\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.startswith("ImportError:")
    assert "pip install 'quoteattr[hypothesis]'" in out


def test_quoteattr_imports_without_hypothesis():
    code = "import sys\nsys.modules['hypothesis'] = None\nimport quoteattr, quoteattr.testing\nprint('ok')\n"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "ok"


# --------------------------------------------------------------------------- articles: the answers match the text


@given(articles())
def test_spans_hold_the_quoted_words(article: GeneratedArticle):
    text = article.text
    for a in article.attributions:
        assert a.spans, a
        pieces = []
        for s, e in a.spans:
            assert 0 <= s < e <= len(text)
            pieces.append(text[s:e])
        assert words(" ".join(pieces)) == words(a.quote), a
        assert [s for s, _ in a.spans] == sorted(s for s, _ in a.spans)


@given(articles(kinds=["direct", "partial"]))
def test_quoted_pieces_sit_inside_quotation_marks(article: GeneratedArticle):
    text = article.text
    for a in article.attributions:
        for i, (s, e) in enumerate(a.spans):
            assert text[s - 1] in OPENING, (a, text[s - 1:e + 1])
            if i == len(a.spans) - 1:
                # the last piece closes, with the period inside or outside the marks
                assert text[e:e + 1] in CLOSING or text[e:e + 2] in {".\u201d", '."'}, (a, text[s:e + 2])
            else:
                # earlier pieces close before the cue, or run on into the next paragraph unclosed
                assert text[e:e + 1] in CLOSING or text[e:e + 2] == "\n\n", (a, text[s:e + 2])


@given(articles(kinds=["indirect"]))
def test_reported_speech_has_no_quotation_marks(article: GeneratedArticle):
    for a in article.attributions:
        s, e = a.spans[0]
        assert not any(c in article.text[s:e] for c in OPENING + CLOSING + "\u2018")
        assert a.kind is QuoteKind.INDIRECT


@given(articles())
def test_speakers_and_mentions_are_in_the_text(article: GeneratedArticle):
    text = article.text
    for a in article.attributions:
        assert a.speaker in text, a  # the full name is given somewhere
        assert a.mention and a.mention in text, a
        assert a.speaker in article.speakers
    assert len(set(article.speakers)) == len(article.speakers)


@given(articles())
def test_outlets_are_known_outlets(article: GeneratedArticle):
    for a in article.attributions:
        assert a.outlet is None or a.outlet in OUTLET_NAMES, a


@given(articles(outlets=False))
def test_outlets_off_means_no_outlet(article: GeneratedArticle):
    assert all(a.outlet is None for a in article.attributions)


@given(articles(pronouns=False))
def test_pronouns_off_means_names_only(article: GeneratedArticle):
    assert all(a.mention.lower() not in {"he", "she"} for a in article.attributions)


@given(articles(multi_paragraph=False, kinds=["direct"]))
def test_multi_paragraph_off_keeps_each_quote_in_one_paragraph(article: GeneratedArticle):
    for a in article.attributions:
        assert a.construction not in {"multi_paragraph", "next_paragraph"}
        assert "\n" not in article.text[a.spans[0][0]:a.spans[-1][1]]


@given(articles(kinds=["direct"], min_quotes=1, max_quotes=3))
def test_multi_paragraph_quotes_reopen_each_paragraph_and_close_once(article: GeneratedArticle):
    text = article.text
    for a in article.attributions:
        if a.construction != "multi_paragraph":
            continue
        assert len(a.spans) >= 2
        for s, e in a.spans[1:]:
            assert text[s - 3:s] in {"\n\n\u201c", '\n\n"'}  # each paragraph reopens the mark
        for s, e in a.spans[1:-1]:
            assert text[e:e + 2] == "\n\n"  # ... and does not close it
        assert text[a.spans[-1][1]] in CLOSING  # only the last paragraph closes


@given(st.integers(0, 4), st.integers(0, 4), st.data())
def test_number_of_quotes_is_bounded(lo: int, extra: int, data: st.DataObject):
    article = data.draw(articles(min_quotes=lo, max_quotes=lo + extra))
    assert lo <= len(article.attributions) <= lo + extra


@given(articles(kinds=["partial", QuoteKind.INDIRECT]))
def test_kinds_are_respected(article: GeneratedArticle):
    assert {a.kind for a in article.attributions} <= {QuoteKind.PARTIAL, QuoteKind.INDIRECT}


@given(articles())
def test_distractors_are_marked_and_not_attributed(article: GeneratedArticle):
    text = article.text
    for s, e in article.distractors:
        assert text[s] in OPENING and text[e - 1] in CLOSING
        for a in article.attributions:
            assert all(e <= ps or pe <= s for ps, pe in a.spans)


@given(articles())
def test_text_looks_like_copy(article: GeneratedArticle):
    text = article.text
    assert "\n\n\n" not in text and "  " not in text
    assert not re.search(r" \n|\n |^\s|\s$", text)
    assert ".." not in text.replace("...", "")
    # one style of quotation marks per article
    assert not ("\u201c" in text and '"' in text)
    for para in text.split("\n\n"):
        assert para[0].isupper() or para[0] in OPENING, para


@given(articles(max_quotes=4))
def test_repr_round_trips_and_reads_as_paragraphs(article: GeneratedArticle):
    r = repr(article)
    assert r.startswith("GeneratedArticle(")
    again = eval(r, {"GeneratedArticle": GeneratedArticle, "ExpectedAttribution": ExpectedAttribution})
    assert again == article
    # one paragraph a line
    assert len(re.findall(r"\\n\\n['\"]\n", r)) == article.text.count("\n\n")


def test_invalid_arguments_are_rejected():
    bad = [
        dict(min_quotes=3, max_quotes=2),
        dict(min_quotes=-1),
        dict(max_quotes=40),
        dict(kinds=[]),
        dict(kinds=["verbatim"]),
        dict(pronouns="yes"),
        dict(outlets=None),
    ]
    for kwargs in bad:
        with pytest.raises(InvalidArgument):
            articles(**kwargs)
    with pytest.raises(InvalidArgument):
        quotations(min_sentences=0)
    with pytest.raises(InvalidArgument):
        outlets(kinds=["blog"])
    with pytest.raises(InvalidArgument):
        claims(articles="not a strategy")  # type: ignore[arg-type]
    with pytest.raises(InvalidArgument):
        names(titles=1)  # type: ignore[arg-type]


def test_examples_shrink_to_the_plainest_article():
    minimal = find(articles(), lambda a: True, settings=settings(database=None))
    assert len(minimal.attributions) == 1
    a = minimal.attributions[0]
    assert a.mention == a.speaker  # a plain full name: no title, apposition or pronoun
    assert not minimal.distractors
    assert minimal.text.count("\n\n") == 1  # the lede and one paragraph


def test_shrunk_pronoun_example_is_small_and_readable():
    art = find(articles(), lambda a: any(x.mention in ("he", "she", "He", "She") for x in a.attributions),
               settings=settings(database=None, max_examples=2000))
    assert len(art.attributions) <= 2
    assert len(set(art.speakers)) == 1
    assert len(art.text) < 400


def test_every_construction_appears():
    seen: set[tuple[str, str]] = set()

    @seed(0)
    @settings(max_examples=300, database=None, phases=[Phase.generate], derandomize=False)
    @given(articles())
    def collect(article: GeneratedArticle) -> None:
        seen.update((a.kind.value, a.construction) for a in article.attributions)

    collect()
    expected = {("direct", c) for c in ("said_after", "said_inverted", "said_before", "split", "told",
                                        "statement_to", "wrote_on", "multi_paragraph", "next_paragraph")}
    expected |= {("partial", c) for c in ("called", "said_was", "described", "told_was", "according_to",
                                         "post_called")}
    expected |= {("indirect", c) for c in ("said_that", "told_that", "according_to", "clause_said")}
    assert expected <= seen, expected - seen


def test_hard_cases_appear():
    """Shared surnames (with Jr./Sr.), particles, titles, outlets' short forms, datelines."""
    found: dict[str, bool] = dict.fromkeys(
        ["jr_sr_pair", "shared_surname", "particle", "apostrophe", "middle_initial", "title",
         "apposition", "short_outlet", "dateline", "straight", "curly", "scare", "title_of_work"], False)

    @seed(1)
    @settings(max_examples=400, database=None, phases=[Phase.generate], derandomize=False)
    @given(articles())
    def collect(article: GeneratedArticle) -> None:
        sp = article.speakers
        text = article.text
        surnames = [s.split()[-2] if s.split()[-1] in ("Jr.", "Sr.", "III") else s.split()[-1] for s in sp]
        found["jr_sr_pair"] |= any(s.endswith(" Jr.") for s in sp) and any(s.endswith(" Sr.") for s in sp)
        found["shared_surname"] |= len(set(surnames)) < len(surnames)
        found["particle"] |= any(re.search(r" (van der|de la|al-|di|von) ", s + " ") for s in sp)
        found["apostrophe"] |= any("'" in s or "\u2019" in s for s in sp)
        found["middle_initial"] |= any(re.search(r" [A-Z]\. ", s) for s in sp)
        found["title"] |= bool(re.search(r"\b(Sen|Rep|Gov|Dr|Gen|Prof)\. [A-Z]", text))
        found["apposition"] |= any(", " in a.mention for a in article.attributions)
        found["short_outlet"] |= bool(re.search(r"\bthe (Post|Times|Journal|Globe|Guardian)\b", text))
        found["dateline"] |= bool(re.match(r"[A-Z]{3,}.*\((AP|Reuters|AFP)\) [\u2014-] ", text))
        found["straight"] |= '"' in text
        found["curly"] |= "\u201c" in text
        found["scare"] |= "so-called" in text or "provisions" in text
        found["title_of_work"] |= any(w in text for w in ("premieres", "exhibit", "Tickets for", "book,"))

    collect()
    assert [k for k, v in found.items() if not v] == []


def test_generation_is_fast():
    """100 articles well under 2 s (the bound here is loose so that a busy machine does not fail it)."""

    @seed(2)
    @settings(max_examples=100, database=None, phases=[Phase.generate], derandomize=False,
              suppress_health_check=list(HealthCheck))
    @given(articles())
    def draw_them(article: GeneratedArticle) -> None:
        pass

    t = time.perf_counter()
    draw_them()
    assert time.perf_counter() - t < 6.0


# --------------------------------------------------------------------------- names, outlets, quotations


@given(names())
def test_names_are_names(name: str):
    assert name == name.strip() and "  " not in name
    parts = name.split()
    assert len(parts) >= 2
    assert parts[-1][0].isupper() or parts[-1] in ("Jr.", "Sr.", "III") or "-" in parts[-1]


@given(names(titles=False))
def test_names_without_titles_start_with_a_given_name(name: str):
    assert not re.match(r"(Sen|Rep|Gov|Dr|Gen|Prof|the|state)\b", name)


@given(outlets())
def test_outlets_come_with_their_forms(o: GeneratedOutlet):
    table = {n: (a, s) for n, a, s in lexicon_outlets()}
    assert o.name in table
    aliases, short = table[o.name]
    allowed = {o.name, *aliases, *short, *("the " + x for x in (o.name[4:], o.name, *aliases))}
    assert o.mention in allowed, o


@given(outlets(kinds=["wire"]))
def test_outlet_kinds_filter(o: GeneratedOutlet):
    assert o.kind == "wire"


@given(quotations(min_sentences=1, max_sentences=3))
def test_quotations_are_sentences(q: str):
    assert q[0].isupper() or q[0].isdigit()
    assert q[-1] in ".?!"
    n = len(re.findall(r"[.?!](?: |$)", q))
    assert 1 <= n <= 3


# --------------------------------------------------------------------------- claims


@settings(max_examples=20)
@given(claims())
def test_claims_use_quoteattr_verdicts(c: GeneratedClaim):
    assert isinstance(c, GeneratedClaim)
    assert isinstance(c.expected, quoteattr.Verdict)
    assert repr(c).startswith("GeneratedClaim(") and c.expected.value in repr(c)


@given(claims())
def test_claims_are_consistent_with_their_article(c: GeneratedClaim):
    text_words = " ".join(words(c.text))
    claim_words = " ".join(words(c.quote))
    v = c.expected.value
    assert c.quote.strip()
    if v in ("supported", "misattributed", "paraphrased", "ambiguous"):
        assert claim_words in text_words, c  # the words are in the article as given
    else:  # altered, not_found
        assert claim_words not in text_words, c
    if c.speaker is not None:
        assert c.speaker.strip() == c.speaker and c.speaker


def test_claims_cover_every_verdict_and_claim_kind():
    hows: set[str] = set()

    @seed(3)
    @settings(max_examples=500, database=None, phases=[Phase.generate], derandomize=False,
              suppress_health_check=list(HealthCheck))
    @given(claims())
    def collect(c: GeneratedClaim) -> None:
        hows.add(f"{c.expected.value}/{c.how.split('+')[0]}")

    collect()
    wanted = {"supported/exact", "supported/retyped", "supported/fragment", "misattributed/other_speaker",
              "misattributed/same_surname", "misattributed/other_outlet", "altered/word", "altered/negation",
              "altered/number", "paraphrased/reported_speech", "not_found/absent", "ambiguous/unnamed_speaker",
              "ambiguous/same_words"}
    assert wanted <= hows, wanted - hows
    assert {h.split("/")[0] for h in hows} == {v.value for v in quoteattr.Verdict}


def test_examples_are_the_same_on_every_run_for_one_seed():
    from quoteattr.strategies import examples

    first = [a.text for a in examples(articles(max_quotes=2), 4, seed=5)]
    again = [a.text for a in examples(articles(max_quotes=2), 4, seed=5)]
    other = [a.text for a in examples(articles(max_quotes=2), 4, seed=6)]
    assert len(first) == 4 and first == again
    assert first != other
    assert len(set(first)) > 1  # independent draws, not one example repeated


def test_examples_reject_a_negative_count():
    from quoteattr.strategies import examples

    with pytest.raises(InvalidArgument):
        examples(articles(), -1)
