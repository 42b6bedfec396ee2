"""Our own properties over generated articles and claims (quoteattr.strategies).

Each generated article comes with its answers, so these properties check extraction and
verification against known truth, not just for crashes. Every planted quotation must be found with
its speaker and outlet, every distractor must stay unattributed, and every generated claim must get
its expected verdict. The floors in ``test_*_share_floor`` also measure the shares over a larger
sample. The minimal constructions that generated articles once broke are listed in
``CONSTRUCTIONS`` below, one sentence each; a new failure goes there with ``"expect": "fail"``
(kept visible as a non-strict xfail) until it is fixed.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given

import quoteattr
from quoteattr import QuoteKind
from quoteattr.strategies import GeneratedArticle, GeneratedClaim, articles, claims, examples
from quoteattr.testing import assert_attributed, assert_not_attributed

QUOTED = {QuoteKind.DIRECT, QuoteKind.PARTIAL}


def quote_over(doc: quoteattr.Document, s: int, e: int, kinds: set[QuoteKind]) -> quoteattr.Quote | None:
    """The extracted quotation that overlaps ``[s, e)`` most."""
    qs = [q for q in doc.quotes if q.kind in kinds and q.start < e and q.end > s]
    return max(qs, key=lambda q: min(q.end, e) - max(q.start, s)) if qs else None


def wrong_speakers(article: GeneratedArticle, kinds: set[QuoteKind]) -> list[str]:
    """Planted quotations of ``kinds`` that extract() misses or gives to the wrong speaker."""
    doc = quoteattr.extract(article.text)
    out = []
    for a in article.attributions:
        if a.kind not in kinds:
            continue
        for s, e in a.spans:
            q = quote_over(doc, s, e, QUOTED)
            got = q.speaker.name if q is not None and q.speaker is not None else None
            if q is None or got != a.speaker:
                out.append(f"{article.text[s:e]!r}: expected {a.speaker!r} (mention {a.mention!r}, "
                           f"{a.construction}), got {'no quote' if q is None else repr(got)}")
                break
    return out


# --------------------------------------------------------------------------- invariants that hold today


@given(articles())
def test_offsets_are_valid(article: GeneratedArticle):
    text = article.text
    doc = quoteattr.extract(text)
    assert doc.text == text
    last = -1
    for q in doc.quotes:
        assert 0 <= q.start <= q.end <= len(text)
        assert q.start >= last
        last = q.start
        assert q.text in text[q.start:q.end]
        if q.speaker is not None:
            assert 0 <= q.speaker.start <= q.speaker.end <= len(text)
            assert text[q.speaker.start:q.speaker.end] == q.speaker.text
        if q.cue is not None:
            assert text[q.cue.start:q.cue.end] == q.cue.text
        if q.outlet is not None:
            assert text[q.outlet.start:q.outlet.end] == q.outlet.text
        for ev in q.evidence:
            if ev.start is not None:
                assert 0 <= ev.start <= (ev.end if ev.end is not None else ev.start) <= len(text)
        assert 0.0 <= q.confidence <= 1.0
    for s in doc.sentences:
        assert 0 <= s.start <= s.end <= len(text)


@given(articles(max_quotes=4))
def test_extraction_is_deterministic(article: GeneratedArticle):
    assert quoteattr.extract(article.text).to_dict() == quoteattr.extract(article.text).to_dict()


@given(articles(kinds=["direct"]))
def test_planted_direct_quotes_are_found(article: GeneratedArticle):
    """Finding the quotation marks, whoever the speaker."""
    doc = quoteattr.extract(article.text)
    for a in article.attributions:
        for s, e in a.spans:
            assert quote_over(doc, s, e, QUOTED) is not None, (a, article.text)


@given(claims())
def test_claims_get_a_verdict(c: GeneratedClaim):
    v = quoteattr.verify(c.text, c.quote, speaker=c.speaker, outlet=c.outlet)
    assert isinstance(v.verdict, quoteattr.Verdict)
    assert 0.0 <= v.confidence <= 1.0


# --------------------------------------------------------------------------- planted answers


@given(articles(kinds=["direct"]))
def test_planted_direct_quotes_are_found_with_their_speaker(article: GeneratedArticle):
    assert wrong_speakers(article, {QuoteKind.DIRECT}) == [], article.text


@given(articles(kinds=["partial"]))
def test_planted_partial_quotes_are_found_with_their_speaker(article: GeneratedArticle):
    assert wrong_speakers(article, {QuoteKind.PARTIAL}) == [], article.text


@given(articles())
def test_titles_and_scare_quotes_get_no_speaker(article: GeneratedArticle):
    doc = quoteattr.extract(article.text)
    for s, e in article.distractors:
        q = quote_over(doc, s, e, QUOTED)
        assert q is None or q.speaker is None, (article.text[s:e], q)


@given(articles(kinds=["direct", "partial"]))
def test_planted_outlets_are_found(article: GeneratedArticle):
    doc = quoteattr.extract(article.text)
    for a in article.attributions:
        q = quote_over(doc, *a.spans[0], QUOTED)
        if q is not None and q.speaker is not None and q.speaker.name == a.speaker:
            assert (q.outlet.name if q.outlet else None) == a.outlet, (a, q.outlet)


@given(claims())
def test_generated_claims_are_verified_as_expected(c: GeneratedClaim):
    if c.expected is quoteattr.Verdict.SUPPORTED:
        assert_attributed(c.text, c.quote, c.speaker, outlet=c.outlet)
    else:
        assert_not_attributed(c.text, c.quote, c.speaker, outlet=c.outlet)
        v = quoteattr.verify(c.text, c.quote, speaker=c.speaker, outlet=c.outlet)
        assert v.verdict is c.expected, (c.how, v.verdict, c)


# --------------------------------------------------------------------------- floors (ratchets)


#: The floors issue 4 sets; tools/measure_generated.py measures the same over 500 of each.
ATTRIBUTION_FLOOR = 0.99  # issue 4: >= 99% over 500 articles (tools/measure_generated.py)
CLAIM_FLOOR = 0.98  # issue 4: >= 98% over 500 claims


def test_attribution_share_floor():
    arts = examples(articles(), 120, seed=7)
    planted = sum(1 for a in arts for x in a.attributions if x.kind in QUOTED)
    wrong = sum(len(wrong_speakers(a, QUOTED)) for a in arts)
    share = 1 - wrong / planted
    assert share >= ATTRIBUTION_FLOOR, f"{share:.1%} of planted quotes found with their speaker"


def test_claim_share_floor():
    cls = examples(claims(), 150, seed=7)
    right = sum(quoteattr.verify(c.text, c.quote, speaker=c.speaker, outlet=c.outlet).verdict is c.expected
                for c in cls)
    assert right / len(cls) >= CLAIM_FLOOR, f"{right / len(cls):.1%} of claims verified as expected"


# --------------------------------------------------------------------------- minimal constructions

#: One sentence per construction (our own words), reduced from what the generated articles found:
#: the failures, and the neighbouring constructions that work and guard them. "expect": "fail"
#: marks a known failure, kept visible (xfail, not strict) until extract() handles it; "now" says
#: what extract() returns today.
CONSTRUCTIONS: list[dict[str, Any]] = [
    {'id': 'plain_after', 'text': '“We will open the bridge in May,” Karen Osei said.', 'quote': 'open the bridge', 'speaker': 'Karen Osei', 'expect': 'pass'},
    {'id': 'plain_inverted', 'text': '“We will open the bridge in May,” said Karen Osei.', 'quote': 'open the bridge', 'speaker': 'Karen Osei', 'expect': 'pass'},
    {'id': 'initial_J_after', 'text': '“We will open the bridge in May,” Karen J. Osei said.', 'quote': 'open the bridge', 'speaker': 'Karen J. Osei', 'expect': 'pass'},
    {'id': 'initial_A_after', 'text': '“We will open the bridge in May,” Karen A. Osei said.', 'quote': 'open the bridge', 'speaker': 'Karen A. Osei', 'expect': 'pass'},
    {'id': 'initial_A_inverted', 'text': '“We will open the bridge in May,” said Karen A. Osei.', 'quote': 'open the bridge', 'speaker': 'Karen A. Osei', 'expect': 'pass'},
    {'id': 'initial_A_colon', 'text': 'Karen A. Osei said: “We will open the bridge in May.”', 'quote': 'open the bridge', 'speaker': 'Karen A. Osei', 'expect': 'pass'},
    {'id': 'initial_A_according', 'text': 'According to Karen A. Osei, the plan is “a reckless gamble.”', 'quote': 'reckless', 'speaker': 'Karen A. Osei', 'expect': 'pass'},
    {'id': 'initial_A_called', 'text': 'Karen A. Osei called the plan “a reckless gamble.”', 'quote': 'reckless', 'speaker': 'Karen A. Osei', 'expect': 'pass'},
    {'id': 'particle_after', 'text': '“We will open the bridge in May,” Pieter van der Berg said.', 'quote': 'open the bridge', 'speaker': 'Pieter van der Berg', 'expect': 'pass'},
    {'id': 'particle_inverted', 'text': '“We will open the bridge in May,” said Pieter van der Berg.', 'quote': 'open the bridge', 'speaker': 'Pieter van der Berg', 'expect': 'pass'},
    {'id': 'particle_colon', 'text': 'Pieter van der Berg said: “We will open the bridge in May.”', 'quote': 'open the bridge', 'speaker': 'Pieter van der Berg', 'expect': 'pass'},
    {'id': 'particle_according', 'text': 'According to Pieter van der Berg, the plan is “a reckless gamble.”', 'quote': 'reckless', 'speaker': 'Pieter van der Berg', 'expect': 'pass'},
    {'id': 'particle_later', 'text': 'Pieter van der Berg chairs the board.\n\nVan der Berg said: “We will open the bridge in May.”', 'quote': 'open the bridge', 'speaker': 'Pieter van der Berg', 'expect': 'pass'},
    {'id': 'particle_de_la', 'text': '“We will open the bridge in May,” said Rosa de la Cruz.', 'quote': 'open the bridge', 'speaker': 'Rosa de la Cruz', 'expect': 'pass'},
    {'id': 'particle_di_later', 'text': 'Olga di Stefano chairs the board.\n\n“We will open the bridge in May,” said di Stefano.', 'quote': 'open the bridge', 'speaker': 'Olga di Stefano', 'expect': 'pass'},
    {'id': 'particle_al_called', 'text': 'Ahmed al-Masri called the plan “a reckless gamble.”', 'quote': 'reckless', 'speaker': 'Ahmed al-Masri', 'expect': 'pass'},
    {'id': 'particle_al_said_was', 'text': 'Ahmed al-Masri said the plan was “a reckless gamble.”', 'quote': 'reckless', 'speaker': 'Ahmed al-Masri', 'expect': 'pass'},
    {'id': 'particle_al_after', 'text': '“We will open the bridge in May,” Ahmed al-Masri said.', 'quote': 'open the bridge', 'speaker': 'Ahmed al-Masri', 'expect': 'pass'},
    {'id': 'particle_al_later', 'text': 'Ahmed al-Masri chairs the board.\n\n“We will open the bridge in May,” al-Masri said.', 'quote': 'open the bridge', 'speaker': 'Ahmed al-Masri', 'expect': 'pass'},
    {'id': 'particle_von_title', 'text': 'Lena von Arnim chairs the board.\n\n“We will open the bridge in May,” said Prof. von Arnim.', 'quote': 'open the bridge', 'speaker': 'Lena von Arnim', 'expect': 'pass'},
    {'id': 'suffix_after', 'text': '“We will open the bridge in May,” Karen Osei Jr. said.', 'quote': 'open the bridge', 'speaker': 'Karen Osei Jr.', 'expect': 'pass'},
    {'id': 'suffix_inverted_end', 'text': '“We will open the bridge in May,” said Thomas Hale Jr.', 'quote': 'open the bridge', 'speaker': 'Thomas Hale Jr.', 'expect': 'pass'},
    {'id': 'suffix_according', 'text': 'According to Thomas Hale Sr., the plan is “a reckless gamble.”', 'quote': 'reckless', 'speaker': 'Thomas Hale Sr.', 'expect': 'pass'},
    {'id': 'suffix_later', 'text': 'Thomas Hale Sr. chairs the board.\n\nHale Sr. called the plan “a reckless gamble.”', 'quote': 'reckless', 'speaker': 'Thomas Hale Sr.', 'expect': 'pass'},
    {'id': 'suffix_pair_later', 'text': 'Thomas Hale Sr. and his son, Thomas Hale Jr., run the yard.\n\n“We will open the bridge in May,” Hale Jr. said.', 'quote': 'open the bridge', 'speaker': 'Thomas Hale Jr.', 'expect': 'pass'},
    {'id': 'suffix_III_later', 'text': 'Kwame Chen III chairs the board.\n\nIn a post on Threads, Chen III wrote: “We will open the bridge in May.”', 'quote': 'open the bridge', 'speaker': 'Kwame Chen III', 'expect': 'pass'},
    {'id': 'title_state_sen', 'text': 'In a post on Bluesky, state Sen. Robin Nunez called the plan “a reckless gamble.”', 'quote': 'reckless', 'speaker': 'Robin Nunez', 'expect': 'pass'},
    {'id': 'title_state_sen_according', 'text': 'According to state Sen. Robin Nunez, the plan is “a reckless gamble.”', 'quote': 'reckless', 'speaker': 'Robin Nunez', 'expect': 'pass'},
    {'id': 'title_rev', 'text': 'The Rev. Grace Okafor called the plan “a reckless gamble.”', 'quote': 'reckless', 'speaker': 'Grace Okafor', 'expect': 'pass'},
    {'id': 'title_health_minister', 'text': 'Health Minister Grace Okafor called the plan “a reckless gamble.”', 'quote': 'reckless', 'speaker': 'Grace Okafor', 'expect': 'pass'},
    {'id': 'appos_at_rally_comma', 'text': 'Pedro Moreau, a nurse from Dayton, said at a rally, “We will open the bridge in May.”', 'quote': 'open the bridge', 'speaker': 'Pedro Moreau', 'expect': 'pass'},
    {'id': 'at_rally_comma', 'text': 'Pedro Moreau said at a rally, “We will open the bridge in May.”', 'quote': 'open the bridge', 'speaker': 'Pedro Moreau', 'expect': 'pass'},
    {'id': 'appos_statement_next_para', 'text': 'Pedro Moreau, a nurse from Dayton, said in a statement:\n\n“We will open the bridge in May.”', 'quote': 'open the bridge', 'speaker': 'Pedro Moreau', 'expect': 'pass'},
    {'id': 'appos_wrote_on_platform', 'text': 'Ingrid Osei, a bus driver from Lagos, wrote on LinkedIn: “We will open the bridge in May.”', 'quote': 'open the bridge', 'speaker': 'Ingrid Osei', 'outlet': 'LinkedIn', 'expect': 'pass'},
    {'id': 'pronoun_unknown_given_name', 'text': 'Grace Delgado said the vote was close. Siobhan Nguyen said the plan was late. She told reporters: “We will open the bridge in May.”', 'quote': 'open the bridge', 'speaker': 'Siobhan Nguyen', 'expect': 'pass'},
    {'id': 'pronoun_after_statement_para', 'text': 'Fatima Okafor said in a statement:\n\n“We will open the bridge in May.”\n\n“The board has had five years to fix this,” she said.', 'quote': 'five years', 'speaker': 'Fatima Okafor', 'expect': 'pass'},
    {'id': 'scare_so_called', 'text': 'The so-called “safe harbor” rules expire in 2027.', 'quote': 'safe harbor', 'speaker': None, 'expect': 'pass'},
    {'id': 'scare_provisions', 'text': 'The budget’s “fast track” provisions have drawn little attention.', 'quote': 'fast track', 'speaker': None, 'expect': 'pass'},
    {'id': 'title_of_work', 'text': 'The documentary “Quiet Water” premieres on Monday.', 'quote': 'Quiet Water', 'speaker': None, 'expect': 'pass'},
    {'id': 'scare_after_inverted_name', 'text': 'The plan was late, said Soren Chen. The budget’s “fast track” provisions have drawn little attention.', 'quote': 'fast track', 'speaker': None, 'expect': 'pass'},
    {'id': 'question_told_outlet', 'text': '“Is this really the best we can do?” Dmitri Adeyemi told Reuters.', 'quote': 'best we can do', 'speaker': 'Dmitri Adeyemi', 'outlet': 'Reuters', 'expect': 'pass'},
    {'id': 'exclaim_statement_to', 'text': '“Enough is enough!” Olga Okafor said in a statement to AFP.', 'quote': 'Enough', 'speaker': 'Olga Okafor', 'outlet': 'Agence France-Presse', 'expect': 'pass'},
    {'id': 'question_wrote_on', 'text': '“Is this really the best we can do?” Marcus Osei wrote on Facebook.', 'quote': 'best we can do', 'speaker': 'Marcus Osei', 'outlet': 'Facebook', 'expect': 'pass'},
    {'id': 'comma_told_outlet', 'text': '“This is the best we can do,” Dmitri Adeyemi told Reuters.', 'quote': 'best we can do', 'speaker': 'Dmitri Adeyemi', 'outlet': 'Reuters', 'expect': 'pass'},
    {'id': 'told_the_nation', 'text': 'Maria Moreau told the Nation the plan was “back to square one.”', 'quote': 'square one', 'speaker': 'Maria Moreau', 'outlet': 'The Nation', 'expect': 'pass'},
    {'id': 'told_slate', 'text': 'Wei Fischer told Slate the plan was “an accident waiting to happen.”', 'quote': 'accident', 'speaker': 'Wei Fischer', 'outlet': 'Slate', 'expect': 'pass'},
    {'id': 'told_the_atlantic', 'text': 'Grace Okafor told the Atlantic the plan was “a political stunt.”', 'quote': 'stunt', 'speaker': 'Grace Okafor', 'outlet': 'The Atlantic', 'expect': 'pass'},
    {'id': 'told_reason', 'text': 'Yuki Park told Reason the ruling was “long overdue.”', 'quote': 'overdue', 'speaker': 'Yuki Park', 'outlet': 'Reason', 'expect': 'pass'},
    {'id': 'multi_para', 'text': 'Grace Okafor said: “We will open the bridge in May.\n\n“The board has had five years to fix this.”', 'quote': 'five years', 'speaker': 'Grace Okafor', 'expect': 'pass'},
    {'id': 'split_sentence', 'text': '“We will open the bridge in May,” Grace Okafor said. “The board has had five years to fix this.”', 'quote': 'five years', 'speaker': 'Grace Okafor', 'expect': 'pass'},
    {'id': 'pronoun_after_reported_speech', 'text': 'Carmen Osei chairs the board.\n\nKaren Chen described the plan as “a reckless gamble.” Osei told reporters that the vote had been delayed.\n\nShe called the plan “long overdue.”', 'quote': 'overdue', 'speaker': 'Carmen Osei', 'expect': 'pass'},
    {'id': 'pronoun_after_reported_speech_he', 'text': 'Robert Whitfield told the Post: “We will open the bridge in May.”\n\nJames Okafor told Reuters that the vote had been delayed. He said in a statement: “The board has had five years to fix this.”', 'quote': 'five years', 'speaker': 'James Okafor', 'expect': 'pass'},
    {'id': 'bare_quote_then_other_speaker', 'text': '“We will open the bridge in May,” Karen Osei said. “The board has had five years to fix this.” Marco Diaz called the plan “a reckless gamble.”', 'quote': 'five years', 'speaker': 'Karen Osei', 'expect': 'pass'},
    {'id': 'suffix_ends_sentence_then_scare', 'text': 'The plan was late, said Soren Chen Sr. The budget’s “fast track” provisions have drawn little attention.', 'quote': 'fast track', 'speaker': None, 'expect': 'pass'},
    {'id': 'appos_says_at_rally_comma', 'text': 'Jurgen Moreau, a Republican who represents Springfield, says at a rally, “We will open the bridge in May.”', 'quote': 'open the bridge', 'speaker': 'Jurgen Moreau', 'expect': 'pass'},
    {'id': 'appos_says_at_rally_colon', 'text': 'Jurgen Moreau, a Republican who represents Springfield, said at a rally: “We will open the bridge in May.”', 'quote': 'open the bridge', 'speaker': 'Jurgen Moreau', 'expect': 'pass'},
    {'id': 'namesake_surname_only', 'text': 'Jose de la Cruz and his sister Priya de la Cruz run the yard.\n\nPriya de la Cruz said: “We will open the bridge in May.”', 'quote': 'open the bridge', 'speaker': 'Priya de la Cruz', 'expect': 'pass'},
    {'id': 'suffix_ends_sentence_then_quote', 'text': '“If the council wants a fight, it will get one,” said James Ortiz Jr. “We hired 40 new nurses last year,” Ortiz said.', 'quote': '40 new nurses', 'speaker': 'James Ortiz Jr.', 'kind': 'direct', 'expect': 'pass'},
    {'id': 'plain_ends_sentence_then_quote', 'text': '“If the council wants a fight, it will get one,” said James Ortiz. “We hired 40 new nurses last year,” Ortiz said.', 'quote': '40 new nurses', 'speaker': 'James Ortiz', 'kind': 'direct', 'expect': 'pass'},
    {'id': 'particle_split_is_not_a_term', 'text': 'Lena van der Berg chairs the board.\n\n“This is about safety,” van der Berg said, “not politics.”', 'quote': 'about safety', 'speaker': 'Lena van der Berg', 'kind': 'direct', 'expect': 'pass'},
]


def _param(case: dict[str, Any]) -> Any:
    marks = [pytest.mark.xfail(strict=False, reason=case.get("now", ""))] if case["expect"] == "fail" else []
    return pytest.param(case, id=case["id"], marks=marks)


@pytest.mark.parametrize("case", [_param(c) for c in CONSTRUCTIONS])
def test_construction(case: dict[str, Any]):
    doc = quoteattr.extract(case["text"])
    q = next((q for q in doc.quotes if case["quote"] in q.text), None)
    if case["speaker"] is None:  # a title or scare quote: no one said it
        assert q is None or q.speaker is None, q.to_dict()
        return
    assert q is not None, [q.text for q in doc.quotes]
    got = q.speaker.name if q.speaker else None
    assert got == case["speaker"], q.to_dict()
    if "outlet" in case:
        assert (q.outlet.name if q.outlet else None) == case["outlet"], q.to_dict()
    if "kind" in case:
        assert q.kind.value == case["kind"], q.to_dict()
