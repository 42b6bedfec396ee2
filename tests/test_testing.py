"""Tests of quoteattr.testing: assertions that explain themselves."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import quoteattr
from quoteattr.testing import assert_attributed, assert_not_attributed

ARTICLE = (
    "DAYTON, Ohio (AP) \u2014 The county board voted 5-4 on Monday to close two branch libraries.\n\n"
    "\u201cWe will not close a single library this year,\u201d Commissioner Ruth Abernathy said "
    "before the vote.\n\n"
    "Her colleague Tomas Reyes disagreed. \u201cThe budget has a hole of 4 million dollars,\u201d "
    "Reyes told The Washington Post.\n\n"
    "Abernathy said the board would revisit the plan in the spring."
)


def test_attributed_quote_passes():
    assert_attributed(ARTICLE, "We will not close a single library this year", "Ruth Abernathy")
    assert_attributed(ARTICLE, "We will not close a single library this year", "Abernathy")
    assert_attributed(ARTICLE, "we will not close a single library", "Ms. Abernathy")  # a fragment, re-typed
    assert_attributed(ARTICLE, "The budget has a hole of 4 million dollars", "Tomas Reyes")


def test_the_document_can_stand_for_the_text():
    doc = quoteattr.extract(ARTICLE)
    assert_attributed(doc, "The budget has a hole of 4 million dollars", "Reyes")
    assert_not_attributed(doc, "The budget has a hole of 4 million dollars", "Abernathy")


def test_misattributed_quote_names_who_said_it():
    with pytest.raises(AssertionError) as err:
        assert_attributed(ARTICLE, "The budget has a hole of 4 million dollars", "Ruth Abernathy")
    msg = str(err.value)
    assert "'Ruth Abernathy' said" in msg
    assert "misattributed" in msg
    assert "Tomas Reyes" in msg  # who the article gives the words to


def test_altered_quote_shows_the_differing_words():
    with pytest.raises(AssertionError) as err:
        assert_attributed(ARTICLE, "We will close a single library this year", "Ruth Abernathy")
    msg = str(err.value)
    assert "altered" in msg
    assert "'not'" in msg and "negation" in msg  # the word the claim drops
    with pytest.raises(AssertionError) as err:
        assert_attributed(ARTICLE, "The budget has a hole of 9 million dollars", "Reyes")
    msg = str(err.value)
    assert "'9'" in msg and "'4'" in msg and "number" in msg


def test_missing_quote_says_so():
    with pytest.raises(AssertionError) as err:
        assert_attributed(ARTICLE, "Every branch will stay open until the new year", "Abernathy")
    assert "not_found" in str(err.value)


def test_paraphrase_is_not_a_quotation():
    with pytest.raises(AssertionError) as err:
        assert_attributed(ARTICLE, "the board would revisit the plan in the spring", "Abernathy")
    assert "paraphrased" in str(err.value)
    assert_not_attributed(ARTICLE, "the board would revisit the plan in the spring", "Abernathy")


def test_not_attributed_passes_when_the_article_does_not_support_the_claim():
    assert_not_attributed(ARTICLE, "The budget has a hole of 4 million dollars", "Ruth Abernathy")
    assert_not_attributed(ARTICLE, "We will close a single library this year", "Ruth Abernathy")
    assert_not_attributed(ARTICLE, "Our parks are the best in the state", "Tomas Reyes")


def test_not_attributed_fails_with_the_evidence():
    with pytest.raises(AssertionError) as err:
        assert_not_attributed(ARTICLE, "We will not close a single library this year", "Abernathy")
    msg = str(err.value)
    assert "but it does" in msg and "supported" in msg
    assert "Ruth Abernathy" in msg


def test_outlet_is_checked():
    assert_attributed(ARTICLE, "The budget has a hole of 4 million dollars", "Reyes",
                      outlet="the Washington Post")
    with pytest.raises(AssertionError) as err:
        assert_attributed(ARTICLE, "The budget has a hole of 4 million dollars", "Reyes", outlet="Reuters")
    assert "through 'Reuters'" in str(err.value)


@pytest.mark.parametrize("args, name", [
    ((None, "x", "y"), "text"),
    ((b"text", "x", "y"), "text"),
    ((ARTICLE, 7, "y"), "quote"),
    ((ARTICLE, "x", ["y"]), "speaker"),
])
def test_wrong_types_name_the_argument(args, name):
    for fn in (assert_attributed, assert_not_attributed):
        with pytest.raises(TypeError, match=f"'{name}'"):
            fn(*args)
    with pytest.raises(TypeError, match="'outlet'"):
        assert_attributed(ARTICLE, "x", "y", outlet=3)  # type: ignore[arg-type]


def test_message_reaches_a_failing_hypothesis_test():
    @settings(max_examples=5, database=None)
    @given(st.sampled_from(["Ruth Abernathy", "Abernathy"]))
    def claims_reyes_words_for(speaker: str) -> None:
        assert_attributed(ARTICLE, "The budget has a hole of 4 million dollars", speaker)

    with pytest.raises(AssertionError) as err:
        claims_reyes_words_for()
    assert "Tomas Reyes" in str(err.value)
