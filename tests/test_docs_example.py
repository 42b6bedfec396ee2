"""Runs the complete example of docs/testing.md as it stands, and checks that it has teeth."""

from __future__ import annotations

import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from hypothesis import Phase, settings

import quoteattr

DOC = Path(__file__).resolve().parent.parent / "docs" / "testing.md"


def example_module() -> ModuleType:
    text = DOC.read_text(encoding="utf-8")
    m = re.search(r"<!-- example: summarizer -->\s*```python\n(.*?)```", text, re.S)
    assert m, "docs/testing.md lost its marked example"
    mod = ModuleType("docs_testing_example")
    # a file name that is no file: tools that read a function's source (Hypothesis does, and on
    # Python 3.13 its tokenizer fails on the Markdown around the example) find none
    exec(compile(m.group(1), "<docs/testing.md: summarizer example>", "exec"), mod.__dict__)
    return mod


def test_the_documented_property_holds():
    mod = example_module()
    mod.test_cards_keep_every_quote_with_its_speaker()


def test_the_documented_property_catches_the_documented_mistake():
    mod = example_module()

    def mention_cards(text: str) -> str:  # the mistake the page describes: the mention, not the name
        lines = []
        for q in quoteattr.extract(text).quotes:
            if q.kind is quoteattr.QuoteKind.DIRECT and q.speaker is not None:
                lines.append(f"{q.speaker.text} said: \u201c{q.text.rstrip(',. ')}.\u201d")
        return "\n\n".join(lines)

    mod.quote_cards = mention_cards
    # no shrinking: we only need to know that the property fails
    quick = settings(phases=[Phase.explicit, Phase.generate], max_examples=400)(
        mod.test_cards_keep_every_quote_with_its_speaker)
    with pytest.raises(AssertionError) as err:
        quick()
    msg = str(err.value)
    assert "misattributed" in msg or "ambiguous" in msg or "not_found" in msg, msg


def test_the_documented_assertions_pass():
    from quoteattr.testing import assert_attributed, assert_not_attributed

    text = DOC.read_text(encoding="utf-8")
    block = re.search(r"```python\n(from quoteattr.testing import.*?)```", text, re.S)
    assert block
    namespace: dict[str, Any] = {}
    exec(compile(block.group(1), str(DOC), "exec"), namespace)
    assert namespace["assert_attributed"] is assert_attributed
    assert namespace["assert_not_attributed"] is assert_not_attributed
