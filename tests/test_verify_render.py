"""Verification in notebooks and on the command line: explain(), _repr_html_(), `quoteattr verify`."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from quoteattr import verify
from quoteattr._render_verify import explain_verification, verification_html
from quoteattr.cli import main

ARTICLE = (
    "Flood waters reached the old town overnight.\n\n"
    "“We will have the levee repaired by June,” said city engineer Tomasz Wieczorek. "
    "“Nobody will lose their home.”"
)


def test_html_shows_verdict_claim_source_speaker_and_highlights() -> None:
    r = verify(ARTICLE, "We will have the levee repaired by July", speaker="Tomasz Wieczorek")
    html = r._repr_html_()
    assert "Altered" in html
    assert "Tomasz Wieczorek" in html
    # the claim's changed word and the article's word are both highlighted
    assert re.search(r"<mark[^>]*>July</mark>", html)
    assert re.search(r"<mark[^>]*>June</mark>", html)
    # the source sentence is shown
    assert "said city engineer Tomasz Wieczorek" in html
    assert "<script" not in html.lower() and "http" not in html


def test_html_escapes_everything() -> None:
    text = "“<b>Fire</b> & <script>alert(1)</script> now,” said Ines Varga."
    r = verify(text, "<b>Fire</b> & <script>alert(1)</script> now", speaker="<i>Ines</i> Varga")
    html = r._repr_html_()
    assert "<script>" not in html and "<b>Fire" not in html and "<i>Ines" not in html
    assert "&lt;script&gt;" in html and "&amp;" in html


def test_html_is_built_from_plain_dicts() -> None:
    r = verify(ARTICLE, "Nobody will lose their home", speaker="Wieczorek")
    d = json.loads(json.dumps(r.to_dict()))
    assert verification_html(d) == r._repr_html_()
    assert explain_verification(d) == r.explain()


@pytest.mark.parametrize("d", [
    {},
    {"verdict": 3, "confidence": "high", "differences": "nope", "reasons": [1, None, {"rule": 5}]},
    {"verdict": "altered", "claim": "abc", "differences": [{"kind": "replaced", "claim_start": 2, "claim_end": 99}],
     "sentence": "xyz", "sentence_start": True, "source_start": -4, "source_end": 2},
])
def test_html_survives_odd_dicts(d: dict) -> None:
    assert verification_html(d).startswith("<div")
    assert isinstance(explain_verification(d), str)


def test_explain_per_verdict_cites_the_article() -> None:
    assert "said city engineer" not in verify(ARTICLE, "The dam is safe", speaker="Wieczorek").explain()
    e = verify(ARTICLE, "Nobody will lose their home", speaker="Ada Brandt").explain()
    assert e.startswith("Misattributed") and "Wieczorek" in e and "Nobody will lose their home" in e
    e = verify(ARTICLE, "We will have the levee repaired by June", speaker="Wieczorek").explain()
    assert e.startswith("Supported") and "gives it to" in e
    e = verify(ARTICLE, "The dam is safe", speaker="Wieczorek").explain()
    assert e.startswith("Not found") and "not in this text" in e


# --------------------------------------------------------------------------- CLI


@pytest.fixture()
def article(tmp_path: Path) -> str:
    p = tmp_path / "article.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return str(p)


def test_cli_supported_exits_0(article: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["verify", article, "--quote", "Nobody will lose their home", "--speaker", "Wieczorek"])
    out = capsys.readouterr().out
    assert code == 0
    assert out.startswith("supported (confidence")
    assert "Nobody will lose their home" in out


def test_cli_other_verdict_exits_1_and_json(article: str, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["verify", article, "--quote", "Everybody will lose their home", "--speaker", "Wieczorek",
                 "--format", "json"])
    assert code == 1
    d = json.loads(capsys.readouterr().out)
    assert d["verdict"] == "altered" and d["differences"]


def test_cli_bad_input_exits_2(article: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["verify", article, "--quote", "   "]) == 2
    assert "quote" in capsys.readouterr().err
    assert main(["verify", str(tmp_path / "missing.txt"), "--quote", "x"]) == 2
    bad = tmp_path / "latin1.txt"
    bad.write_bytes(b"caf\xe9 \"x\" said Ana.")
    assert main(["verify", str(bad), "--quote", "x"]) == 2
    with pytest.raises(SystemExit) as exc:
        main(["verify", article])  # --quote is required
    assert exc.value.code == 2
