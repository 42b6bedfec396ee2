"""Stage 4b — outlets (quoteattr._outlets.find_outlets)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quoteattr
from quoteattr import _outlets


def found(text: str) -> list[tuple[str, str, bool]]:
    return [(text[o.start:o.end], o.name, o.short) for o in _outlets.find_outlets(text)]


def test_full_names_and_aliases() -> None:
    text = "The chief told AFP and the BBC, then Reuters, that The New York Times had it first."
    assert found(text) == [("AFP", "Agence France-Presse", False), ("the BBC", "BBC", False),
                           ("Reuters", "Reuters", False), ("The New York Times", "The New York Times", False)]


def test_short_form_after_full_name_resolves() -> None:
    text = "The Washington Post reported the fire. According to the Post, it began at night."
    assert found(text) == [("The Washington Post", "The Washington Post", False),
                           ("the Post", "The Washington Post", True)]


def test_short_form_before_full_name_does_not_count() -> None:
    text = "The Post said so before The Washington Post was named."
    assert found(text) == [("The Washington Post", "The Washington Post", False)]


def test_short_form_without_full_name_does_not_count() -> None:
    assert found("According to the Post, the fire began at night.") == []


def test_short_form_goes_to_the_outlet_named() -> None:
    text = "The New York Times and The Washington Post both ran it; the Times was first."
    assert found(text)[-1] == ("the Times", "The New York Times", True)


@pytest.mark.parametrize("text", [
    "Capitol Hill staff met Michael Bloomberg on Monday.",
    "Time Warner shares fell.",
    "The Australian government responded.",
    "Mr. X said nothing.",
])
def test_words_that_are_not_outlets_here(text: str) -> None:
    assert found(text) == []


def test_platforms() -> None:
    text = "She posted on X and on Instagram, then on Facebook."
    assert [name for _, name, _ in found(text)] == ["X", "Instagram", "Facebook"]


def test_common_word_outlet_with_context() -> None:
    assert [n for _, n, _ in found("He told The Australian newspaper it was over.")] == ["The Australian"]


def test_outlet_at_start_of_text() -> None:
    assert [n for _, n, _ in found("Reuters reported that the talks had failed.")] == ["Reuters"]


def test_outlet_at_sentence_start_after_capitalised_word() -> None:
    text = "The minister arrived in Paris. Reuters reported that the talks had failed."
    assert [n for _, n, _ in found(text)] == ["Reuters"]


def test_name_is_the_fullest_form_the_article_gives() -> None:
    text = ("Bloomberg News was first to report the merger on Tuesday. “We are thrilled,” the chief "
            "executive told Bloomberg.")
    assert [(s, n) for s, n, _ in found(text)] == [("Bloomberg News", "Bloomberg News"), ("Bloomberg", "Bloomberg News")]
    doc = quoteattr.extract(text)
    assert [q.outlet.name for q in doc.quotes if q.outlet] == ["Bloomberg News"]


@pytest.mark.parametrize(("text", "name"), [
    # the article never spells the name out further: the lexicon's name
    ("The chief executive told Bloomberg the merger was on track.", "Bloomberg"),
    ("The AP reported that at least 12 people died.", "The Associated Press"),
    # a determiner at the start of a sentence is no part of the name
    ("The CNN poll found the race was tied.", "CNN"),
    # a common noun after the name is no part of it
    ("She told Time magazine that she would run.", "Time"),
    # another name altogether keeps the lexicon's
    ("National Public Radio aired the interview; NPR said it was edited.", "NPR"),
])
def test_name_stays_the_lexicons_unless_the_article_spells_it_out(text: str, name: str) -> None:
    assert {n for _, n, _ in found(text)} == {name}


def test_outlet_kind_from_the_lexicon() -> None:
    text = "The senator told Reuters and The Boston Globe, then went on CNN."
    assert [o.kind for o in _outlets.find_outlets(text)] == ["wire", "newspaper", "broadcaster"]


def test_empty() -> None:
    assert _outlets.find_outlets("") == []


@settings(deadline=None, max_examples=200)
@given(st.lists(st.sampled_from(["The Washington Post", "the Post", "the Times", "AFP", "BBC", "on X", " ",
                                 ". ", "Reuters", "told", "According to", "Capitol", "said", "\n", "the"]),
                max_size=30).map("".join))
def test_outlets_valid(text: str) -> None:
    prev = -1
    for o in _outlets.find_outlets(text):
        assert 0 <= o.start < o.end <= len(text)
        assert o.start >= prev
        prev = o.start
        assert o.name


_OUTLET_PIECES = st.sampled_from([
    "The Washington Post", "the Washington Post", "the Post", "Post", "CNN", "The Hill", "the Hill",
    "Time", "time", "on X", "X", "dpa", "teleSUR", "Reuters", "AP", "the AP", "The", "the", "on",
    " ", " ", ",", ".", "\n", "-", "\u201c", "'s", "Capitol", "Michael", "Bloomberg", "News",
])


@settings(max_examples=300)
@given(st.lists(_OUTLET_PIECES, max_size=25).map("".join))
def test_fast_outlet_passes_find_what_the_reference_pattern_finds(text: str) -> None:
    tables = _outlets._tables()
    assert _outlets._name_spans(text, tables) == [m.span() for m in tables.reference.finditer(text)]


def outlets_of(text: str) -> list[tuple[str, str | None, str | None]]:
    """(quotation, outlet name, outlet text) for each quotation ``extract`` finds in ``text``."""
    return [(q.text, q.outlet and q.outlet.name, q.outlet and q.outlet.text) for q in quoteattr.extract(text).quotes]


@pytest.mark.parametrize(("text", "name", "noun"), [
    ("The Guardian reported that the minister had resigned. In a statement to the newspaper, his office "
     "said he “had nothing to hide.”", "The Guardian", "the newspaper"),
    ("The AP reported that at least 12 people died. “It was chaos,” one witness told the news agency.",
     "The Associated Press", "the news agency"),
    ("Fox News broke the story on Sunday. “This is a disgrace,” Senator Mark Ruiz said in an interview "
     "with the network.", "Fox News", "the network"),
    ("The Boston Globe first reported the audit on Monday.\n\n“We followed every rule,” the mayor told the "
     "newspaper in a brief phone call.", "The Boston Globe", "the newspaper"),
    # the last outlet of a kind the noun fits: CNN is no newspaper
    ("The Washington Post published the memo. CNN later aired the footage. “It is a forgery,” the senator "
     "told the newspaper.", "The Washington Post", "the newspaper"),
    ("The Atlantic reported on the letters last week. “I regret nothing,” the former aide told the magazine.",
     "The Atlantic", "the magazine"),
])
def test_outlet_named_by_a_common_noun_is_the_last_outlet_named(text: str, name: str, noun: str) -> None:
    got = [(n, t) for _, n, t in outlets_of(text) if t == noun]
    assert got == [(name, noun)]


@pytest.mark.parametrize("text", [
    # no outlet named before: none is invented
    "The minister resigned on Friday. “I had nothing to hide,” he told the newspaper.",
    "“I had nothing to hide,” he told the newspaper. The Guardian had reported the leak a day later.",
    # only outlets of another kind: a magazine, a wire, a newspaper
    "Smith, who writes for The Atlantic, spoke at length. “It was never about money,” he told the newspaper.",
    "According to Reuters, the deal closed. “The numbers speak for themselves,” Lee told the paper.",
    "The Guardian reported the leak. “We are looking into it,” the police told the station.",
    # not a noun the words came through
    "The Guardian reported the leak. “We are reviewing it,” the company said in a statement posted on the website.",
    # the noun inside the quotation is the speaker's, not the reporter's
    "The Guardian reported the leak. “I told the newspaper everything,” Ms. Lane said.",
])
def test_outlet_noun_without_a_fitting_outlet_named_before_is_no_outlet(text: str) -> None:
    assert all(t is None or t[:4] != "the " for _, _, t in outlets_of(text))


def test_outlet_noun_too_far_back_is_no_outlet() -> None:
    paragraphs = ["Reuters reported the merger talks on Monday."] + [
        f"The board met for the {n} time and discussed the price." for n in ("first", "second", "third", "fourth", "fifth")]
    text = "\n\n".join(paragraphs) + "\n\n“We are close,” a banker told the news agency."
    assert all(t != "the news agency" for _, _, t in outlets_of(text))


@pytest.mark.parametrize(("text", "noun", "kinds"), [
    ("she told the newspaper", "the newspaper", {"newspaper"}),
    ("he spoke to the  network", "the  network", {"broadcaster"}),
    ("in an e-mail to the news agency", "the news agency", {"wire"}),
    ("in an op-ed for the publication", "the publication", {"newspaper", "wire", "broadcaster", "magazine", "website"}),
])
def test_told_outlet_nouns(text: str, noun: str, kinds: set[str]) -> None:
    assert [(text[s:e], set(k)) for s, e, k in _outlets.told_outlet_nouns(text, 0, len(text))] == [(noun, kinds)]


@pytest.mark.parametrize("text", ["she told the newspapers", "he read the newspaper", "told the paper-thin majority", "told bathe newspaper",
                                  "a statement on the website"])
def test_told_outlet_nouns_guards(text: str) -> None:
    assert _outlets.told_outlet_nouns(text, 0, len(text)) == []


@pytest.mark.parametrize(("text", "speaker"), [
    # the speaker "the newspaper" is the last newspaper named, not the network named after it
    ("The Times of London obtained the memo. CNN aired it later. The newspaper said the minister "
     "“knew everything.”", "The Times of London"),
    ("The Denver Post reported the closures. The paper said the city was “simply broke.”", "The Denver Post"),
])
def test_outlet_noun_as_speaker_is_the_last_outlet_of_its_kind(text: str, speaker: str) -> None:
    assert [q.speaker.name for q in quoteattr.extract(text).quotes if q.speaker and q.kind.value != "indirect"] == [speaker]


def test_outlet_noun_as_speaker_of_no_fitting_kind_is_no_outlet() -> None:
    text = ("The Globe and Mail covered the campaign. “Join us here on the island,” the website urges "
            "newcomers.")
    quotes = [q for q in quoteattr.extract(text).quotes if q.kind.value == "direct"]
    assert [(q.speaker and q.speaker.name, q.outlet) for q in quotes] == [("the website", None)]
