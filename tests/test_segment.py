"""Stage 1 — segmentation (quoteattr._segment): paragraphs, sentences, joins inside quotations."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from quoteattr import _quotes, _segment


def sentence_texts(text: str) -> list[str]:
    paras = _segment.paragraphs(text)
    return [text[s:e] for s, e, _ in _segment.sentences(text, paras)]


def merged_texts(text: str) -> list[str]:
    paras = _segment.paragraphs(text)
    quotes = _quotes.find_quotes(text, paras)
    sents = _segment.merge_inside_quotes(_segment.sentences(text, paras), [(q.start, q.end) for q in quotes])
    return [text[s:e] for s, e, _ in sents]


# --------------------------------------------------------------------------- paragraphs


def test_paragraphs_trimmed_and_blank_lines_skipped() -> None:
    text = "  The council met on Monday.  \n\n\r\n The vote was close.\u2028Turnout was low. \n   \n"
    paras = _segment.paragraphs(text)
    assert [text[s:e] for s, e in paras] == ["The council met on Monday.", "The vote was close.", "Turnout was low."]


def test_paragraphs_single_newlines_split() -> None:
    text = "First line\nSecond line\r\nThird line"
    assert [text[s:e] for s, e in _segment.paragraphs(text)] == ["First line", "Second line", "Third line"]


@settings(deadline=None, max_examples=500)
@given(st.text(alphabet=st.sampled_from(list("ab \t\n\r\u2028\u2029\x0b\x0c\x1c\x85\xa0\u2009\u3000")), max_size=30))
def test_paragraphs_split_on_newlines_as_the_pattern_does(text: str) -> None:
    # texts with newlines only are split without the regex: both ways agree
    assert _segment.paragraphs(text) == [m.span() for m in _segment._PARAGRAPH.finditer(text)]
    plain = text.replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    assert _segment.paragraphs(plain) == [m.span() for m in _segment._PARAGRAPH.finditer(plain)]


def test_paragraphs_of_blank_text() -> None:
    assert _segment.paragraphs("") == []
    assert _segment.paragraphs(" \n\t\n \r\n") == []


# --------------------------------------------------------------------------- sentences


def test_abbreviations_do_not_end_sentences() -> None:
    text = "Mr. Peskov spoke in the U.S. capital on Monday. He left at 5 p.m. and flew home. Then it rained."
    assert sentence_texts(text) == [
        "Mr. Peskov spoke in the U.S. capital on Monday.", "He left at 5 p.m. and flew home.", "Then it rained."]


def test_titles_do_not_end_sentences() -> None:
    text = "Sen. Maria Alvarez arrived early. Gov. Tom Whitfield did not."
    assert sentence_texts(text) == ["Sen. Maria Alvarez arrived early.", "Gov. Tom Whitfield did not."]


def test_question_inside_quote_continues_with_lower_case() -> None:
    text = "“Is it over?” he asked. “No.”"
    assert sentence_texts(text) == ["“Is it over?” he asked.", "“No.”"]


def test_runs_of_mixed_marks_end_one_sentence() -> None:
    text = "Really?! Yes.?” Then what!? Nothing... More. Done"
    assert sentence_texts(text) == ["Really?!", "Yes.?”", "Then what!?", "Nothing... More.", "Done"]


def test_no_candidate_across_a_line_break() -> None:
    text = "He left. \r\nThen A.\u2028B came. \x0b\nEnd."
    assert sentence_texts(text) == ["He left.", "Then A.", "B came.", "End."]


def test_paragraph_without_end_punctuation_is_one_sentence() -> None:
    text = "Breaking news from the capital\nMore to follow"
    paras = _segment.paragraphs(text)
    assert _segment.sentences(text, paras) == [(0, 30, 0), (31, 45, 1)]


def test_sentences_carry_their_paragraph_index() -> None:
    text = "One. Two.\n\nThree. Four."
    paras = _segment.paragraphs(text)
    assert [p for _, _, p in _segment.sentences(text, paras)] == [0, 0, 1, 1]


# --------------------------------------------------------------------------- merging inside quotations


def test_boundary_inside_quote_is_removed() -> None:
    text = "“We will win. We always do,” she said. The crowd cheered."
    assert sentence_texts(text)[0] == "“We will win."
    assert merged_texts(text) == ["“We will win. We always do,” she said.", "The crowd cheered."]


def test_no_merge_across_paragraphs() -> None:
    text = "He said: “We will win.\n“We always do.”"
    merged = merged_texts(text)
    assert len(merged) == 2


def test_merge_without_quotes_is_identity() -> None:
    sents = [(0, 5, 0), (6, 10, 0)]
    assert _segment.merge_inside_quotes(sents, []) == sents


def test_merge_joins_boundary_strictly_inside() -> None:
    sents = [(0, 10, 0), (11, 20, 0), (21, 30, 0)]
    assert _segment.merge_inside_quotes(sents, [(5, 15)]) == [(0, 20, 0), (21, 30, 0)]
    # a boundary right at the closing mark's position is not inside
    assert _segment.merge_inside_quotes(sents, [(0, 11)]) == sents


def test_locate_helpers() -> None:
    starts = [0, 10, 20]
    assert _segment.locate(starts, 0) == 0
    assert _segment.locate(starts, 15) == 1
    assert _segment.locate(starts, 99) == 2
    assert _segment.first_at_or_after(starts, 11) == 2


# --------------------------------------------------------------------------- properties


@settings(deadline=None, max_examples=200)
@given(st.text(alphabet=st.sampled_from(list("ab .?!\n\r\u2028“”\"' Mr.")), max_size=120))
def test_segments_inside_text_and_ordered(text: str) -> None:
    paras = _segment.paragraphs(text)
    prev = 0
    for s, e in paras:
        assert prev <= s < e <= len(text)
        assert text[s:e] == text[s:e].strip()
        prev = e
    sents = _segment.sentences(text, paras)
    prev = 0
    for s, e, p in sents:
        ps, pe = paras[p]
        assert ps <= s < e <= pe and s >= prev
        prev = e
    quotes = _quotes.find_quotes(text, paras)
    merged = _segment.merge_inside_quotes(sents, [(q.start, q.end) for q in quotes])
    assert len(merged) <= len(sents)
    # merging only joins: every merged sentence begins where some sentence began
    assert {s for s, _, _ in merged} <= {s for s, _, _ in sents}
    assert {e for _, e, _ in merged} <= {e for _, e, _ in sents}


def test_a_sentence_ends_after_a_suffix_before_a_quotation() -> None:
    import quoteattr
    text = "“We will hold,” said James Ortiz Jr. “We hired 40 nurses,” Ortiz said."
    starts = [s.start for s in quoteattr.extract(text).sentences]
    assert starts == [0, text.index("“We hired")]


def test_a_one_letter_platform_ends_a_sentence() -> None:
    import quoteattr
    text = "Lena Ortiz wrote on X. The documentary premieres on Monday."
    starts = [s.start for s in quoteattr.extract(text).sentences]
    assert starts == [0, text.index("The documentary")]
    # an initial is still an initial
    assert len(quoteattr.extract("Karen X. Osei wrote on Monday.").sentences) == 1


# --------------------------------------------------------------------------- Punkt, written out

_PUNKT_PIECES = ["Mr", "mr", "U.S", "J", "j", "2012", "5", "p.m", "R-Fla", "Jr", "...", "..", "--",
                 "said", "The", "the", "a", "Z", "é", "\u0301", "1,000", "-3"]


@settings(deadline=None, max_examples=1500)
@given(st.lists(st.one_of(st.sampled_from(list(".?!,;:-'\"“”‘’«»()[]{}#@*&` \t\u2009\u00a0")),
                          st.sampled_from(_PUNKT_PIECES)), max_size=14))
def test_punkt_written_out_agrees_with_nltk(pieces: list[str]) -> None:
    context = "".join(pieces)
    assert _segment._punkt().contains_sentbreak(context) == bool(
        _segment._tokenizer().text_contains_sentbreak(context)), context


def test_punkt_written_out_on_candidates() -> None:
    for context in ["Mr. Trump", "Mr. Trump?”", "J. Bach", "J. 5", "j. bach", "2012. The", "2012. the",
                    "5. “We", "U.S. officials", "(R-Fla.) said", "p.m. The", "said.Mr. X", "... The",
                    "H.W. Bush", "Sens. Graham", "no. 5", "A. (B", "x.. Y", "Jr. “We", "F.B.I. agents"]:
        assert _segment._punkt().contains_sentbreak(context) == bool(
            _segment._tokenizer().text_contains_sentbreak(context)), context


@settings(deadline=None, max_examples=800)
@given(st.text(st.sampled_from(list("aZé2²(.-\u0301")), min_size=1, max_size=5),
       st.sampled_from([".", "..", "...", "?"]), st.sampled_from(["", "”", ")", "\"”"]),
       st.text(st.sampled_from(list("aZ5.,;“”?")), min_size=1, max_size=4))
def test_punkt_candidate_shortcut_agrees(word: str, run: str, closers: str, nxt: str) -> None:
    punkt = _segment._punkt()
    assert punkt.candidate_breaks(word, run, closers, nxt) == punkt.contains_sentbreak(
        f"{word}{run}{closers} {nxt}")
