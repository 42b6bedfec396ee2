"""Stage 4a — names and entities (quoteattr._mentions.find_names / EntityIndex)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quoteattr
from quoteattr import EntityKind, _mentions


def names(text: str) -> list[_mentions.Name]:
    return _mentions.find_names(text)


def proper(text: str) -> list[str]:
    return [text[n.name_start:n.end] for n in names(text)]


def index(text: str) -> _mentions.EntityIndex:
    return _mentions.EntityIndex(names(text))


def resolved(text: str, mention: str, nth: int = -1) -> str:
    idx = index(text)
    hits = [n for n in idx.names if text[n.name_start:n.end] == mention]
    return idx.resolve_name(hits[nth])[0]


def test_title_is_split_off() -> None:
    text = "German Chancellor Olaf Scholz spoke with Russian President Vladimir Putin."
    ns = names(text)
    assert [(n.title, n.full) for n in ns] == [("German Chancellor", "Olaf Scholz"),
                                               ("Russian President", "Vladimir Putin")]
    assert all(n.kind is EntityKind.PERSON for n in ns)
    assert text[ns[0].start:ns[0].end] == "German Chancellor Olaf Scholz"


def test_period_ends_a_run_unless_initial_or_suffix() -> None:
    text = "She met Olaf Scholz. According to Donald J. Trump, Paul Mercer Jr. agreed."
    assert proper(text) == ["Olaf Scholz", "Donald J. Trump", "Paul Mercer Jr."]


def test_leading_function_words_dropped() -> None:
    text = "But Maria Alvarez disagreed. On Monday Tom Baines left."
    assert "Maria Alvarez" in proper(text)
    assert all(not p.startswith(("But", "On ")) for p in proper(text))


def test_mr_title_and_gender() -> None:
    text = "Mr. Peskov and Ms. Alvarez arrived."
    ns = names(text)
    assert [(n.full, n.title, n.gender) for n in ns] == [("Peskov", "Mr.", "male"), ("Alvarez", "Ms.", "female")]


def test_gender_from_first_name() -> None:
    text = "Maria Alvarez and Thomas Baines arrived."
    assert [n.gender for n in names(text)] == ["female", "male"]


def test_possessive_is_marked() -> None:
    text = "Peskov’s aide and Scholz's spokesperson spoke."
    assert [(n.full, n.possessive) for n in names(text)] == [("Peskov", True), ("Scholz", True)]


def test_organisations() -> None:
    text = "The U.S. Senate and NATO met the Kremlin."
    kinds = {n.full: n.kind for n in names(text)}
    assert kinds.get("NATO") is EntityKind.ORGANIZATION


def test_suffix_property() -> None:
    (n,) = names("Yesterday Paul Mercer Jr. spoke.")
    assert n.suffix == "jr" and n.surname == "Mercer"


def test_title_with_of() -> None:
    (n,) = names("Secretary of State Helen Marsh spoke on Monday.")
    assert n.full == "Helen Marsh"


# --------------------------------------------------------------------------- entities


def test_surname_resolves_to_full_name() -> None:
    text = "Kremlin spokesperson Dmitry Peskov spoke. Later Peskov left. Mr. Peskov returned."
    assert resolved(text, "Peskov", 0) == "Dmitry Peskov"
    assert resolved(text, "Peskov", 1) == "Dmitry Peskov"


def test_jr_and_sr_are_kept_apart() -> None:
    text = "Donald Trump and Donald Trump Jr. spoke. Trump left early."
    idx = index(text)
    assert sorted(e.name for e in idx.entities) == ["Donald Trump", "Donald Trump Jr."]
    assert resolved(text, "Trump") == "Donald Trump"


def test_middle_initial_is_the_same_person() -> None:
    text = "Donald J. Trump spoke. Donald Trump left."
    assert len(index(text).entities) == 1


def test_given_name_refers_back() -> None:
    text = "Hillary Clinton spoke first. Hillary then left."
    assert resolved(text, "Hillary") == "Hillary Clinton"


def test_ambiguous_surname_goes_to_most_recent_full_mention() -> None:
    text = "Paul Mercer spoke. Then Anna Mercer spoke. Mercer left. Paul Mercer returned. Mercer sat."
    assert resolved(text, "Mercer", 0) == "Anna Mercer"
    assert resolved(text, "Mercer", 1) == "Paul Mercer"


def test_gender_picks_between_namesakes() -> None:
    text = "Paul Mercer and Anna Mercer spoke. Ms. Mercer left."
    assert resolved(text, "Mercer") == "Anna Mercer"


def test_unknown_surname_is_not_resolved() -> None:
    text = "Dmitry Peskov spoke. Alvarez left."
    assert resolved(text, "Alvarez") == "Alvarez"


def test_person_before_respects_gender_and_possessives() -> None:
    text = "Maria Alvarez met Tom Baines. Alvarez’s aide said she would go."
    idx = index(text)
    pos = text.index("she would")
    she = idx.person_before(pos, "female")
    he = idx.person_before(pos, "male")
    assert she is not None and she.name == "Maria Alvarez"
    assert he is not None and he.name == "Tom Baines"
    assert idx.person_before(pos, "female", floor=text.index("Tom")) is None


def test_name_at() -> None:
    text = "Kremlin spokesperson Dmitry Peskov spoke."
    idx = index(text)
    n = idx.name_at(text.index("Dmitry"), text.index(" spoke."))
    assert n is not None and n.full == "Dmitry Peskov"
    assert idx.name_at(text.index("spoke."), len(text)) is None


# --------------------------------------------------------------------------- properties


@settings(deadline=None, max_examples=200)
@given(st.lists(st.sampled_from(["Maria", "Alvarez", "Jr.", "Mr.", " ", ". ", "the", "of", "Secretary",
                                 "U.S.", "’s", "'", ",", "\n", "O'Neil", "Mar-a-Lago", "Émile"]),
                max_size=40).map("".join))
def test_names_valid(text: str) -> None:
    prev = -1
    for n in names(text):
        assert 0 <= n.start <= n.name_start < n.end <= len(text)
        assert n.start >= prev
        prev = n.start
        assert n.words
    _mentions.EntityIndex(names(text))  # builds without error


def test_a_title_word_needs_a_name_after_it() -> None:
    from quoteattr._mentions import find_names
    assert [n.words for n in find_names("Martin Luther King Jr. spoke first.")] == [("Martin", "Luther", "King", "Jr.")]
    assert [n.words for n in find_names("King Charles spoke first.")] == [("Charles",)]


def test_a_suffix_ends_a_name_run() -> None:
    from quoteattr._mentions import find_names
    words = [n.words for n in find_names("“Fine,” said James Ortiz Jr. Ortiz wrote on Instagram.")]
    assert ("James", "Ortiz", "Jr.") in words and ("Ortiz",) in words
    # a roman numeral before a period ends the sentence: the period is not part of the name
    assert ("Ortiz", "III") in [n.words for n in find_names("It was fine, said Ortiz III.")]


def test_place_prefixes_make_places_not_people() -> None:
    from quoteattr._mentions import find_names
    from quoteattr import EntityKind
    (n,) = find_names("They moved to Port Ellis in May.")
    assert n.kind is EntityKind.ORGANIZATION


def test_a_party_label_before_a_full_name_is_a_title() -> None:
    from quoteattr._mentions import find_names
    (n,) = find_names("Democrat Hillary Clinton spoke first.")
    assert n.words == ("Hillary", "Clinton") and n.title == "Democrat"
    (n,) = find_names("The Republican National Committee met.")
    assert n.words[-2:] == ("National", "Committee")


def test_a_title_case_headline_is_no_person() -> None:
    text = ("Governor Just Let Something Slip That Could Sink Harlan.\n\n"
            "In an interview, Gov. Harlan admitted the plan “did not work.”")
    found = _mentions.find_names(text)
    headline = next(n for n in found if n.start == 0)
    assert headline.kind is not EntityKind.PERSON
    doc = quoteattr.extract(text)
    assert doc.quotes[0].speaker is not None
    assert doc.quotes[0].speaker.name == "Harlan"  # not the headline run that ends in "Harlan"


def test_four_word_names_are_still_people() -> None:
    found = _mentions.find_names("Martin Luther King Jr. spoke, and so did Luther Stan Pate IV.")
    kinds = {n.full: n.kind for n in found}
    assert kinds["Martin Luther King Jr."] is EntityKind.PERSON
    assert kinds["Luther Stan Pate IV"] is EntityKind.PERSON


def test_a_given_name_after_descriptive_words_starts_the_name() -> None:
    # no title word to split at: the given name does it, and the person's gender comes with it
    (n,) = _mentions.find_names("House Appropriations Ranking Democrat Rosa DeLauro spoke first.")
    assert n.words == ("Rosa", "DeLauro") and n.title == "House Appropriations Ranking Democrat"
    assert n.kind is EntityKind.PERSON and n.gender == "female"
    (n,) = _mentions.find_names("Sandy Hook Elementary Principal Dawn Hochsprung met them.")
    assert n.words == ("Dawn", "Hochsprung")
    # given names in a row are one name, and a headline's function word is no title
    (n,) = _mentions.find_names("Mary Ann Kessler spoke first.")
    assert n.words == ("Mary", "Ann", "Kessler")
    text = ("Congress Chair Rosa DeLauro spoke first. She said the bill “will not pass.”")
    q = quoteattr.extract(text).quotes[0]
    assert q.speaker is not None and q.speaker.name == "Rosa DeLauro"


def test_a_headline_function_word_is_no_title() -> None:
    (n,) = _mentions.find_names("Voters Will Move If Donald Trump Wins")
    assert n.title != "Voters Will Move If"


def test_a_person_name_ends_before_of() -> None:
    # "Rep. Ann Ruiz of Ohio": a person of a place, not a body named "Ann Ruiz of Ohio"
    first, second = _mentions.find_names("Rep. Ann Ruiz of Ohio said it.")
    assert first.words == ("Ann", "Ruiz") and first.kind is EntityKind.PERSON and first.gender == "female"
    assert second.words == ("Ohio",)
    (n,) = _mentions.find_names("The Bank of America said it.")  # no person before "of": one name
    assert "of" in n.words
    (n,) = _mentions.find_names("Secretary of State John Kerry said it.")
    assert n.words == ("John", "Kerry") and n.title == "Secretary of State"


def test_a_surname_that_is_also_a_word_is_kept_after_a_given_name() -> None:
    (n,) = _mentions.find_names("Prime Minister Theresa May said it.")
    assert n.words == ("Theresa", "May") and n.title == "Prime Minister" and n.gender == "female"
    (n,) = _mentions.find_names("The columnist George Will wrote it.")
    assert n.words == ("George", "Will")
    # but not a date after a name, nor a modal before one
    (n,) = _mentions.find_names("She met Clinton Friday.")
    assert n.words == ("Clinton",)
    (n,) = _mentions.find_names("Will Trump win?")
    assert n.words == ("Trump",)


# The commonest run, two capitalised words, is read by a shortcut (_read_pair); whenever it gives a
# reading, the general reading of the run must give the same one.
_PAIR_WORDS = st.sampled_from([
    "Donald", "Trump", "Hillary", "Clinton", "Fox", "News", "George", "Will", "Theresa", "May", "The", "But",
    "Senator", "Sen", "President", "Jr", "Sr", "III", "Monday", "North", "Carolina", "Islamic", "State",
    "NEW", "YORK", "Times", "House", "White", "Ann", "Ruiz", "Ohio", "Democrat", "Party", "CNN", "ISIS",
    "Mc", "Of", "Al", "Washington", "Post", "Peskov", "Kremlin", "University", "Smith", "Abe", "Lincoln",
])


@settings(max_examples=500)
@given(_PAIR_WORDS, _PAIR_WORDS)
def test_the_two_word_shortcut_reads_a_run_as_the_general_reading_does(first: str, last: str) -> None:
    raw = f"{first} {last}"
    pair = _mentions._read_pair(raw)
    if pair is None:
        return
    general: list = []
    _mentions._read_words(raw, 0, len(raw), general)
    assert general == [pair]


def test_the_two_word_shortcut_takes_the_plain_names_and_leaves_the_rest() -> None:
    assert _mentions._read_pair("Donald Trump") is not None
    assert _mentions._read_pair("Senator Smith") is None  # a title to split off
    assert _mentions._read_pair("The Kremlin") is None  # a word to drop
    assert _mentions._read_pair("James Ortiz Jr.") is None  # not two plain words
