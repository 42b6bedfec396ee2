"""The matching rules of verify(): typography, elisions, editorial brackets, [sic], names, outlets."""

from __future__ import annotations

import pytest

from quoteattr import Verdict, verify
from quoteattr._align import DiffKind, align, claim_words, locate, words
from quoteattr._names import NameMatch, match_names, outlet_names, parse_name, same_outlet

ARTICLE = (
    "The port strike entered its third week on Monday.\n\n"
    "“We’re not going back until they fix the schedules — all of them,” union leader Marisol Acosta "
    "told reporters outside the terminal. “It isn’t about money…it’s about sleep.”\n\n"
    "Acosta said the two sides had met 14 times since March."
)
SPEAKER = "Marisol Acosta"


# --------------------------------------------------------------------------- typography never counts


@pytest.mark.parametrize("claim", [
    "We're not going back until they fix the schedules - all of them",            # straight apostrophe, hyphen
    "We\u2019re not going back until they fix the schedules \u2013 all of them",   # en dash
    "WE'RE NOT GOING BACK UNTIL THEY FIX THE SCHEDULES -- ALL OF THEM",           # case, double hyphen
    "we're   not going back\nuntil they fix the schedules, all of them",          # spacing, comma for dash
    "It isn't about money...it's about sleep",                                     # three dots for "…"
    "It isn't about money . . . it's about sleep",
])
def test_typographic_differences_do_not_count(claim: str) -> None:
    r = verify(ARTICLE, claim, speaker=SPEAKER)
    assert r.verdict is Verdict.SUPPORTED, (claim, r.explain())
    assert not [d for d in r.differences if d.substantive]


def test_contractions_read_as_their_words() -> None:
    r = verify(ARTICLE, "We're not going back until they fix the schedules", speaker=SPEAKER)
    assert r.verdict is Verdict.SUPPORTED
    r = verify(ARTICLE, "It is not about money", speaker=SPEAKER)  # "isn't" written out
    assert r.verdict is Verdict.SUPPORTED


@pytest.mark.parametrize(("said", "claimed", "tokens"), [
    ("Let's go home", "Let us go home", ["let", "us", "go", "home"]),
    ("I'd vote for it", "I would vote for it", ["i", "would", "vote", "for", "it"]),
    ("We'd gone home", "We had gone home", ["we", "had", "gone", "home"]),
    ("It's been hard", "It has been hard", ["it", "has", "been", "hard"]),
    ("It’s hard", "It is hard", ["it", "is", "hard"]),
    ("The state's budget", "The state's budget", ["the", "state's", "budget"]),  # a possessive stays one word
    ("They can't, we cannot", "They can not, we can not", ["they", "can", "not", "we", "can", "not"]),
])
def test_a_contraction_reads_as_the_words_it_stands_for(said: str, claimed: str, tokens: list[str]) -> None:
    w = words(said)
    assert list(w.tokens) == tokens == list(words(claimed).tokens)
    first = said.split()[0]
    if "'" in first or "\u2019" in first:  # both words of a contraction point at it
        assert [said[s:e] for s, e in zip(w.starts[:2], w.ends[:2])] == [first.rstrip(","), first.rstrip(",")]


# --------------------------------------------------------------------------- elisions, brackets, [sic]


def test_elision_marks_left_out_words() -> None:
    claim = "We're not going back ... all of them"
    r = verify(ARTICLE, claim, speaker=SPEAKER)
    assert r.verdict is Verdict.SUPPORTED
    el = [d for d in r.differences if d.kind is DiffKind.ELISION]
    assert len(el) == 1
    assert claim[el[0].claim_start:el[0].claim_end] == "..."
    assert "fix the schedules" in el[0].source_text
    assert ARTICLE[el[0].source_start:el[0].source_end] == el[0].source_text


def test_dropping_words_without_an_elision_is_an_alteration() -> None:
    r = verify(ARTICLE, "We're not going back all of them", speaker=SPEAKER)
    assert r.verdict is Verdict.ALTERED


def test_bracketed_editorial_insertion_replaces_source_words() -> None:
    text = "“He has no plan for the port,” Acosta said of the governor."
    r = verify(text, "[The governor] has no plan for the port", speaker="Acosta")
    assert r.verdict is Verdict.SUPPORTED
    ed = [d for d in r.differences if d.kind is DiffKind.EDITORIAL]
    assert ed and ed[0].claim_text == "[The governor]" and ed[0].source_text == "He"


def test_bracketed_words_the_article_also_has() -> None:
    text = "“The vote [on the contract] is a sham,” Acosta said."
    assert verify(text, "The vote [on the contract] is a sham", speaker="Acosta").verdict is Verdict.SUPPORTED
    assert verify(text, "The vote is a sham", speaker="Acosta").verdict is Verdict.SUPPORTED  # the article's own brackets


def test_sic_is_ignored() -> None:
    text = "“Their going to regret this,” Acosta said."
    r = verify(text, "Their [sic] going to regret this", speaker="Acosta")
    assert r.verdict is Verdict.SUPPORTED
    assert [d.kind for d in r.differences] == [DiffKind.SIC]
    text2 = "“Their [sic] going to regret this,” Acosta said."
    assert verify(text2, "Their going to regret this", speaker="Acosta").verdict is Verdict.SUPPORTED


# --------------------------------------------------------------------------- substance always counts


@pytest.mark.parametrize(("claim", "category"), [
    ("We're not going back until they fix the schedules - all of these", "content"),
    ("We're going back until they fix the schedules - all of them", "negation"),
    ("We're not going back until they fix the schedules - none of them", "negation"),
])
def test_substantive_changes_are_alterations(claim: str, category: str) -> None:
    r = verify(ARTICLE, claim, speaker=SPEAKER)
    assert r.verdict is Verdict.ALTERED
    assert r.similarity >= 0.85
    assert category in {d.category for d in r.differences if d.substantive}


def test_a_changed_number_is_an_alteration_even_at_high_similarity() -> None:
    text = ("“The two sides have met 14 times since March and have not agreed on a single clause of the "
            "new contract,” Acosta said.")
    claim = ("The two sides have met 41 times since March and have not agreed on a single clause of the "
             "new contract")
    r = verify(text, claim, speaker="Acosta")
    assert r.verdict is Verdict.ALTERED
    assert r.similarity > 0.9
    (d,) = [d for d in r.differences if d.substantive]
    assert (d.kind, d.category, d.claim_text, d.source_text) == (DiffKind.REPLACED, "number", "41", "14")


def test_difference_offsets_point_into_claim_and_article() -> None:
    claim = "It is about money...it's about sleep"
    r = verify(ARTICLE, claim, speaker=SPEAKER)
    assert r.verdict is Verdict.ALTERED
    for d in r.differences:
        assert claim[d.claim_start:d.claim_end] == d.claim_text
        assert ARTICLE[d.source_start:d.source_end] == d.source_text


# --------------------------------------------------------------------------- the aligner itself


def test_words_keep_offsets_into_the_original() -> None:
    text = "Don\u2019t say “1,000”—say U.S. troops…now."
    w = words(text)
    assert w.tokens == ("do", "not", "say", "1000", "say", "us", "troops", "now")
    for tok, s, e in zip(w.tokens, w.starts, w.ends):
        assert 0 <= s < e <= len(text)
    assert text[w.starts[3]:w.ends[3]] == "1,000"


def test_locate_prefers_exact_then_anchors() -> None:
    src = words(ARTICLE)
    exact = locate(claim_words("fix the schedules"), src)
    assert exact and exact[0].exact
    fuzzy = locate(claim_words("they mend the schedules all of them"), src)
    assert fuzzy and not fuzzy[0].exact and fuzzy[0].coverage >= 0.5
    a = align(claim_words("they mend the schedules all of them"), src, fuzzy[0])
    assert [(d.claim_text, d.source_text) for d in a.substantive] == [("mend", "fix")]


def test_a_claim_cut_by_many_elisions_looks_up_a_bounded_number_of_pieces(monkeypatch: pytest.MonkeyPatch) -> None:
    # each piece is a search of the whole article: a claim with hundreds of elisions must not cost
    # hundreds of searches, and its longest pieces still place it
    from quoteattr import _align

    calls: list[int] = []
    real = _align.locate

    def counting(claim: _align.ClaimWords, source: _align.Words, **kw: int) -> list[_align.Region]:
        calls.append(len(claim.words))
        return real(claim, source, **kw)

    monkeypatch.setattr(_align, "locate", counting)
    claim = "We're not going back until they fix the schedules ... " + " ... ".join(["all"] * 300)
    regions = _align.locate(claim_words(claim), words(ARTICLE))
    assert len(calls) <= 1 + _align._MAX_PIECES
    assert max(calls[1:]) == 10  # the long piece ("we are" is two words) was among those looked up
    assert regions and ARTICLE[words(ARTICLE).starts[regions[0].start]:].startswith("We’re not going back")


def test_fragment_cut_inside_a_word_is_not_a_change() -> None:
    text = "“And that is the whole story,” Acosta said."
    assert verify(text, "nd that is the whole story", speaker="Acosta").verdict is Verdict.SUPPORTED


# --------------------------------------------------------------------------- speaker names


@pytest.mark.parametrize("claimed", ["Mr. Obama", "President Obama", "Barack Obama", "Obama",
                                     "Barack H. Obama", "President Barack Obama"])
def test_obama_is_obama(claimed: str) -> None:
    assert match_names(claimed, "Barack Obama") >= NameMatch.SURNAME
    text = "“We have work to do,” President Barack Obama said at the White House."
    assert verify(text, "We have work to do", speaker=claimed).verdict is Verdict.SUPPORTED


def test_junior_and_senior_are_different_people() -> None:
    assert match_names("Donald Trump Jr.", "Donald Trump") is NameMatch.CONFLICT
    assert match_names("Hank Ruiz Sr.", "Hank Ruiz Jr.") is NameMatch.CONFLICT
    text = ("Donald Trump spoke first. Later his son Donald Trump Jr. posted a video, writing, "
            "“The fight is just starting.”")
    assert verify(text, "The fight is just starting", speaker="Donald Trump").verdict is Verdict.MISATTRIBUTED
    assert verify(text, "The fight is just starting", speaker="Donald Trump Jr.").verdict is Verdict.SUPPORTED


def test_hillary_and_bill_clinton_are_kept_apart() -> None:
    assert match_names("Hillary Clinton", "Bill Clinton") is NameMatch.CONFLICT
    assert match_names("Mr. Clinton", "Hillary Clinton") is NameMatch.CONFLICT
    assert match_names("Mrs. Clinton", "Hillary Rodham Clinton") >= NameMatch.SURNAME
    assert match_names("William Clinton", "Bill Clinton") is NameMatch.FULL
    text = ("Hillary Clinton spoke in Ohio. “We are going to win this state,” Bill Clinton told supporters "
            "at a later stop in Toledo.")
    assert verify(text, "We are going to win this state", speaker="Hillary Clinton").verdict is Verdict.MISATTRIBUTED
    assert verify(text, "We are going to win this state", speaker="Bill Clinton").verdict is Verdict.SUPPORTED


def test_parse_name_splits_titles_and_descriptions() -> None:
    p = parse_name("Rep. Gwen Moore (D-Wis.)")
    assert (p.titles, p.given, p.surname, p.suffix) == (("rep",), ("gwen",), "moore", "")
    assert parse_name("Gov. Jerry Brown Jr.").suffix == "jr"
    assert match_names("Wasserman Schultz", "Debbie Wasserman Schultz") >= NameMatch.SURNAME


# --------------------------------------------------------------------------- outlets


def test_outlet_aliases() -> None:
    assert outlet_names("AFP") == {"Agence France-Presse"}
    assert same_outlet("AFP", "Agence France-Presse")
    assert same_outlet("the New York Times", "NYT")
    assert not same_outlet("Reuters", "Agence France-Presse")


def test_the_post_is_the_post_the_article_named() -> None:
    assert outlet_names("the Post", text="He told The Washington Post on Friday.") == {"The Washington Post"}
    assert outlet_names("the Post", text="He told the New York Post on Friday.") == {"New York Post"}
    text = "“No comment,” the mayor’s aide Jo Park told the Denver Post on Friday."
    assert verify(text, "No comment", speaker="Jo Park", outlet="the Post").verdict is Verdict.SUPPORTED
    assert verify(text, "No comment", speaker="Jo Park", outlet="The Washington Post").verdict is Verdict.MISATTRIBUTED


def test_outlet_alias_end_to_end() -> None:
    text = "“The border is calm,” the minister, Anya Petrova, said in a statement to Agence France-Presse."
    assert verify(text, "The border is calm", speaker="Petrova", outlet="AFP").verdict is Verdict.SUPPORTED


# --------------------------------------------------------------------------- split quotations, repeated words


def test_a_quotation_split_around_its_cue_may_be_joined() -> None:
    text = "“We are nurses,” Dora Nkemelu said. “We are not politicians, and we never will be.”"
    r = verify(text, "We are nurses. We are not politicians, and we never will be", speaker="Nkemelu")
    assert r.verdict is Verdict.SUPPORTED
    assert [d.kind for d in r.differences] == [DiffKind.ATTRIBUTION]
    assert "Nkemelu said" in r.differences[0].source_text


def test_the_attribution_does_not_hide_a_changed_word() -> None:
    text = "“This is a disease,” Gov. Hal Brandt said. “It’s not a moral failing. It’s a disease.”"
    r = verify(text, "This is not a disease", speaker="Brandt")
    assert r.verdict is Verdict.ALTERED


def test_same_words_given_to_two_people_are_ambiguous() -> None:
    text = ("“We will not back down,” Mayor Tom Reyes said on Monday.\n\n"
            "Hours later, Governor Ana Lutz told reporters in the capital: “We will not back down.”")
    for name in ("Tom Reyes", "Ana Lutz"):
        r = verify(text, "We will not back down", speaker=name)
        assert r.verdict is Verdict.AMBIGUOUS, name
        assert any(x.rule == "repeated" for x in r.reasons)
    assert verify(text, "We will not back down", speaker="Jim Okafor").verdict is Verdict.MISATTRIBUTED


@pytest.mark.parametrize("phrase", ["Kremlin spokesman Dmitry Peskov said,", "Kremlin press  secretary Dmitry Peskov said,",
                                    "A spokesman for the Kremlin, Dmitry Peskov, said,"])
def test_a_named_spokesperson_speaks_for_the_body(phrase: str) -> None:
    text = f"{phrase} “The signals are positive.”"
    for speaker in ("the Kremlin", "Kremlin", "Dmitry Peskov"):
        assert verify(text, "The signals are positive", speaker=speaker).verdict is Verdict.SUPPORTED, speaker
    assert verify(text, "The signals are positive", speaker="the White House").verdict is Verdict.MISATTRIBUTED


def test_a_scare_quote_elsewhere_does_not_block_the_speaker() -> None:
    text = ("The bill's “safe harbor” clause drew little notice.\n\n"
            "Senator Ruth Ames called the clause a “safe harbor” for polluters.")
    assert verify(text, "safe harbor", speaker="Ruth Ames").verdict is Verdict.SUPPORTED


# --------------------------------------------------------------------------- who is in the speaker's phrase


def test_the_person_spoken_to_is_not_the_speaker() -> None:
    text = ("The governor took questions after the speech. In an interview on Tuesday, Governor Lena Park was "
            "asked, “Will you sign the bill this week?”")
    assert verify(text, "Will you sign the bill this week?", speaker="Lena Park").verdict is not Verdict.SUPPORTED


def test_a_spokesperson_named_after_the_boss_is_the_speaker() -> None:
    text = "“The senator has nothing to hide,” said Ames spokesman Victor Lindqvist on Friday."
    assert verify(text, "The senator has nothing to hide", speaker="Victor Lindqvist").verdict is Verdict.SUPPORTED
    assert verify(text, "The senator has nothing to hide", speaker="Ruth Ames").verdict is not Verdict.SUPPORTED


def test_a_spokesperson_for_an_organisation_speaks_for_it() -> None:
    text = "“We have paused the project,” a spokeswoman for the Harbor Transit Authority said."
    assert verify(text, "We have paused the project", speaker="Harbor Transit Authority").verdict is Verdict.SUPPORTED
    assert verify(text, "We have paused the project", speaker="Dana Cole").verdict is Verdict.AMBIGUOUS


def test_the_last_name_of_a_long_speaker_phrase_is_the_speaker() -> None:
    text = ("Turnout fell in every county. “People are simply tired,” said former Oregon party chairman "
            "Walt Brennan.")
    assert verify(text, "People are simply tired", speaker="Walt Brennan").verdict is Verdict.SUPPORTED
    assert verify(text, "People are simply tired", speaker="Oregon").verdict is not Verdict.SUPPORTED


def test_an_elided_claim_with_a_dropped_negation_is_altered() -> None:
    text = ("“It is not the cost that worries them, it is the delay,” said planner Ivo Marsh. He spoke for an hour "
            "about permits, budgets and the weather. “Every month we wait, the bridge gets older, and that is "
            "not a small thing.”")
    assert verify(text, "It is not the cost that worries them ... that is not a small thing",
                  speaker="Marsh").verdict is Verdict.SUPPORTED
    r = verify(text, "It is the cost that worries them ... that is not a small thing", speaker="Marsh")
    assert r.verdict is Verdict.ALTERED
    assert [d.category for d in r.differences if d.substantive] == ["negation"]


# --------------------------------------------------------------------------- namesakes and joined surnames


@pytest.mark.parametrize("claimed, article", [
    ("Lena de la Cruz", "Maria de la Cruz"),
    ("Lena al-Masri", "Maria al-Masri"),
    ("Maria O'Brien", "Lena O\u2019Brien"),
])
def test_namesakes_with_particles_and_apostrophes_are_kept_apart(claimed: str, article: str) -> None:
    text = (f"{claimed} said the bridge would open by 2027.\n\n"
            f"{article} called the plan \u201cdead on arrival\u201d.")
    assert verify(text, "dead on arrival", speaker=claimed).verdict is Verdict.MISATTRIBUTED
    assert verify(text, "dead on arrival", speaker=article).verdict is Verdict.SUPPORTED


def test_a_surname_mention_resolved_to_one_namesake_is_not_the_other() -> None:
    text = ("Lena O\u2019Brien called the plan \u201cdead on arrival\u201d.\n\n"
            "O\u2019Brien called the plan \u201ca reckless gamble\u201d.")
    assert verify(text, "a reckless gamble", speaker="Maria O'Brien").verdict is Verdict.MISATTRIBUTED
    assert verify(text, "a reckless gamble", speaker="Lena O'Brien").verdict is Verdict.SUPPORTED


def test_a_double_barrelled_surname_is_not_its_last_part() -> None:
    assert match_names("Baptiste-Moreau", "Lena Moreau") is NameMatch.NONE
    assert match_names("Moreau", "James Baptiste-Moreau") is NameMatch.NONE
    assert match_names("Wasserman-Schultz", "Debbie Wasserman Schultz") >= NameMatch.SURNAME


def test_words_also_given_to_an_unnamed_source_are_ambiguous() -> None:
    text = ("\u201cWe will finish the bridge by 2027,\u201d Lena Ortiz said.\n\n"
            "\u201cWe will finish the bridge by 2027,\u201d a person familiar with the transit "
            "authority\u2019s plans said.")
    v = verify(text, "We will finish the bridge by 2027", speaker="Lena Ortiz")
    assert v.verdict is Verdict.AMBIGUOUS
    assert any(r.rule == "repeated" for r in v.reasons)


def test_a_short_quotation_with_a_phrase_replaced_is_altered() -> None:
    # a two-word phrase replaced by four words (once a known failure, found by the
    # generated-claims property): one replaced phrase, however long, is an alteration
    text = ("A storm swept through Springfield overnight, leaving thousands without power.\n\n"
            "James Ortiz Jr. wrote on Instagram: “The data is clear: early screening saves lives.”")
    r = verify(text, "The data is clear: the seat-belt rule saves lives", speaker="James Ortiz Jr.")
    assert r.verdict is Verdict.ALTERED


def test_changes_in_several_places_are_not_one_replaced_phrase() -> None:
    # most words match, but the changes are scattered: another text, not an altered quotation
    text = ("A storm swept through Springfield overnight.\n\n"
            "Mayor Ana Ruiz said: “The crews worked all night and the power is back in most homes.”")
    r = verify(text, "Volunteers from Ohio worked all night and the power is back in the old schools",
               speaker="Ana Ruiz")
    assert r.verdict is Verdict.NOT_FOUND
