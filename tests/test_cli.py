"""``quoteattr extract`` (issue 2, item 4): inputs, formats, the JSON Lines contract, bad input."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from quoteattr.cli import main

SEED = Path(__file__).parent.parent / "seeds" / "000_6bc2e2e76518fdd8.txt"

ARTICLE_A = "\u201cThe line will reopen by spring,\u201d Transport Minister Laura Becker said on Monday."
ARTICLE_B = ("Kremlin spokesperson Dmitry Peskov told AFP on Sunday: \u201cThe signals are positive.\u201d "
             "Peskov added that talks could begin soon.")
ARTICLE_C = "The weather stayed dry all week."

QUOTE_KEYS = {"text", "start", "end", "kind", "speaker", "cue", "outlet", "confidence"}


def run(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["extract", "--no-progress", *argv])
    out, err = capsys.readouterr()
    return code, out, err


def write_jsonl(path: Path, lines: list[Any]) -> Path:
    with path.open("w", encoding="utf-8") as fh:
        for line in lines:
            fh.write((line if isinstance(line, str) else json.dumps(line, ensure_ascii=False)) + "\n")
    return path


def records(out: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in out.splitlines() if line.strip()]


def assert_contract(rec: dict[str, Any], text: str) -> None:
    """One output line of ``--format jsonl`` (issue 2, item 4), checked against its input text."""
    assert set(rec) == {"id", "quotes"}
    for q in rec["quotes"]:
        assert set(q) == QUOTE_KEYS
        assert isinstance(q["start"], int) and isinstance(q["end"], int)
        assert 0 <= q["start"] < q["end"] <= len(text)
        assert q["kind"] in ("direct", "partial", "indirect")
        if q["kind"] != "indirect":
            assert q["text"] in text[q["start"]:q["end"]]
        assert isinstance(q["confidence"], float) and 0 <= q["confidence"] <= 1
        if q["speaker"] is not None:
            assert set(q["speaker"]) == {"name", "start", "end"}
            assert 0 <= q["speaker"]["start"] < q["speaker"]["end"] <= len(text)
        if q["cue"] is not None:
            assert set(q["cue"]) == {"text", "start", "end"}
            assert text[q["cue"]["start"]:q["cue"]["end"]] == q["cue"]["text"]
        if q["outlet"] is not None:
            assert set(q["outlet"]) == {"name", "start", "end"}
            assert 0 <= q["outlet"]["start"] < q["outlet"]["end"] <= len(text)


# --------------------------------------------------------------------------- text input


def test_text_file_table(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE_A, encoding="utf-8")
    code, out, err = run([str(path)], capsys)
    assert code == 0 and err == ""
    lines = out.splitlines()
    assert lines[0] == f"== {path}: 1 quotations"
    assert lines[1].split() == ["kind", "speaker", "outlet", "conf", "quote"]
    row = lines[2]
    assert row.startswith("direct") and "Laura Becker" in row and "The line will reopen" in row
    assert " - " in row  # no outlet


def test_table_shortens_long_quotes(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    long_quote = " ".join(["word"] * 60)
    path = tmp_path / "long.txt"
    path.write_text(f"Senator Maria Alvarez said, \u201c{long_quote}.\u201d", encoding="utf-8")
    code, out, _ = run([str(path)], capsys)
    row = out.splitlines()[2]
    assert code == 0 and "\u2026" in row and long_quote not in row


def test_seed_table(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run([str(SEED)], capsys)
    assert code == 0 and err == ""
    assert "Dmitry Peskov" in out and "Donald Trump Jr." in out and "The Washington Post" in out


def test_text_file_json_one_document_is_an_object(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "b.txt"
    path.write_text(ARTICLE_B, encoding="utf-8")
    code, out, _ = run(["--format", "json", str(path)], capsys)
    assert code == 0
    doc = json.loads(out)
    assert isinstance(doc, dict) and doc["id"] == str(path)
    assert_contract(doc, ARTICLE_B)
    assert any(q["outlet"] and q["outlet"]["name"] == "Agence France-Presse" for q in doc["quotes"])


def test_several_text_files_json_is_an_array(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    paths = []
    for i, text in enumerate((ARTICLE_A, ARTICLE_B, ARTICLE_C)):
        p = tmp_path / f"{i}.txt"
        p.write_text(text, encoding="utf-8")
        paths.append(str(p))
    code, out, _ = run(["--format", "json", *paths], capsys)
    docs = json.loads(out)
    assert code == 0 and [d["id"] for d in docs] == paths
    assert docs[2]["quotes"] == []


def test_text_file_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE_A, encoding="utf-8")
    code, out, _ = run(["--format", "jsonl", str(path)], capsys)
    (rec,) = records(out)
    assert code == 0 and rec["id"] == str(path)
    assert_contract(rec, ARTICLE_A)
    q = rec["quotes"][0]
    assert q["speaker"]["name"] == "Laura Becker"
    assert ARTICLE_A[q["speaker"]["start"]:q["speaker"]["end"]].endswith("Laura Becker")


# --------------------------------------------------------------------------- jsonl input


def test_jsonl_in_jsonl_out(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": ARTICLE_A}, {"id": 7, "text": ARTICLE_B},
                                               {"id": "c", "text": ARTICLE_C}])
    code, out, err = run(["--input", "jsonl", "--format", "jsonl", str(path)], capsys)
    assert code == 0 and err == ""
    recs = records(out)
    assert [r["id"] for r in recs] == ["a", 7, "c"]  # input order, ids as given (an int stays an int)
    for r, text in zip(recs, (ARTICLE_A, ARTICLE_B, ARTICLE_C)):
        assert_contract(r, text)
    assert recs[2]["quotes"] == []
    assert len(out.splitlines()) == 3


def test_jsonl_without_id_still_gets_one(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [{"text": ARTICLE_A}, {"text": ARTICLE_C}])
    code, out, _ = run(["--input", "jsonl", "--format", "jsonl", str(path)], capsys)
    recs = records(out)
    assert code == 0 and len(recs) == 2
    assert "id" in recs[0] and recs[0]["id"] != recs[1]["id"]


def test_jsonl_output_keeps_unicode(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text = "\u201cNous ne c\u00e9derons pas,\u201d said Claire Dubois."
    path = write_jsonl(tmp_path / "in.jsonl", [{"id": "\u00e9", "text": text}])
    code, out, _ = run(["--input", "jsonl", "--format", "jsonl", str(path)], capsys)
    assert code == 0 and "c\u00e9derons" in out
    assert records(out)[0]["id"] == "\u00e9"


def test_jsonl_table_and_json_formats(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": ARTICLE_A}, {"id": "b", "text": ARTICLE_B}])
    code, out, _ = run(["--input", "jsonl", str(path)], capsys)
    assert code == 0 and sum(line.startswith("== ") for line in out.splitlines()) == 2
    assert "== a: 1 quotations" in out
    code, out, _ = run(["--input", "jsonl", "--format", "json", str(path)], capsys)
    assert code == 0 and [d["id"] for d in json.loads(out)] == ["a", "b"]


def test_empty_jsonl(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "empty.jsonl"
    path.write_text("\n\n", encoding="utf-8")
    code, out, err = run(["--input", "jsonl", "--format", "jsonl", str(path)], capsys)
    assert (code, out, err) == (0, "", "")
    code, out, _ = run(["--input", "jsonl", "--format", "json", str(path)], capsys)
    assert code == 0 and json.loads(out) == []


def test_jsonl_with_byte_order_mark(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "a", "text": ARTICLE_A}).encode() + b"\n")
    code, out, err = run(["--input", "jsonl", "--format", "jsonl", str(path)], capsys)
    assert code == 0 and err == "" and records(out)[0]["id"] == "a"


# --------------------------------------------------------------------------- bad input


def test_bad_json_line_is_reported_and_others_processed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_jsonl(tmp_path / "mixed.jsonl", [
        {"id": "a", "text": ARTICLE_A},
        "{this is not json",
        "",
        {"id": "b", "text": ARTICLE_B},
        "[1, 2, 3]",
        {"id": "no-text"},
        {"id": "bad-text", "text": 5},
        {"id": "c", "text": ARTICLE_C},
    ])
    code, out, err = run(["--input", "jsonl", "--format", "jsonl", str(path)], capsys)
    assert code == 2
    assert [r["id"] for r in records(out)] == ["a", "b", "c"]
    messages = err.strip().splitlines()
    assert len(messages) == 4
    for lineno, message in zip((2, 5, 6, 7), messages):
        assert f"{path}:{lineno}:" in message, message
    assert "JSON" in messages[0]
    assert "text" in messages[2]


def test_non_utf8_line_is_reported_and_others_processed(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(json.dumps({"id": "a", "text": ARTICLE_A}).encode() + b"\n"
                     + b'{"id": "b", "text": "caf\xe9"}\n'
                     + json.dumps({"id": "c", "text": ARTICLE_C}).encode() + b"\n")
    code, out, err = run(["--input", "jsonl", "--format", "jsonl", str(path)], capsys)
    assert code == 2
    assert [r["id"] for r in records(out)] == ["a", "c"]
    assert f"{path}:2:" in err


def test_unreadable_files_are_reported_and_others_processed(tmp_path: Path,
                                                           capsys: pytest.CaptureFixture[str]) -> None:
    good = tmp_path / "good.txt"
    good.write_text(ARTICLE_A, encoding="utf-8")
    missing = tmp_path / "missing.txt"
    directory = tmp_path / "adir"
    directory.mkdir()
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\xff\xfe\x00 not text")
    good2 = tmp_path / "good2.txt"
    good2.write_text(ARTICLE_B, encoding="utf-8")
    code, out, err = run(["--format", "jsonl", str(missing), str(good), str(directory), str(binary), str(good2)],
                         capsys)
    assert code == 2
    assert [r["id"] for r in records(out)] == [str(good), str(good2)]
    messages = err.strip().splitlines()
    assert len(messages) == 3
    for bad, message in zip((missing, directory, binary), messages):
        assert str(bad) in message
    assert "UTF-8" in messages[2]


def test_missing_jsonl_file_does_not_stop_the_next(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": ARTICLE_A}])
    code, out, err = run(["--input", "jsonl", "--format", "jsonl", str(tmp_path / "nope.jsonl"), str(path)], capsys)
    assert code == 2 and [r["id"] for r in records(out)] == ["a"]
    assert "nope.jsonl" in err


def test_errors_go_to_stderr_only(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write_jsonl(tmp_path / "in.jsonl", ["not json", {"id": "a", "text": ARTICLE_A}])
    code, out, err = run(["--input", "jsonl", "--format", "jsonl", str(path)], capsys)
    assert code == 2
    records(out)  # every stdout line is JSON
    assert "quoteattr" in err and "not json" not in out


def test_bad_options_exit_with_usage(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["extract", "--format", "xml"])
    assert exc.value.code == 2
    assert "--format" in capsys.readouterr().err


# --------------------------------------------------------------------------- stdin and the real command


def test_stdin_jsonl(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    data = "\n".join(json.dumps({"id": i, "text": t}) for i, t in enumerate((ARTICLE_A, ARTICLE_B))) + "\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode()), encoding="utf-8"))
    code, out, err = run(["--input", "jsonl", "--format", "jsonl", "-"], capsys)
    assert code == 0 and err == ""
    assert [r["id"] for r in records(out)] == [0, 1]


def test_stdin_text_is_the_default(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(ARTICLE_A.encode()), encoding="utf-8"))
    code, out, _ = run(["--format", "jsonl"], capsys)
    (rec,) = records(out)
    assert code == 0 and rec["id"] == "<stdin>"
    assert_contract(rec, ARTICLE_A)


def test_stdin_bad_line_names_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    data = json.dumps({"id": "a", "text": ARTICLE_A}) + "\n{oops\n"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data.encode()), encoding="utf-8"))
    code, out, err = run(["--input", "jsonl", "--format", "jsonl", "-"], capsys)
    assert code == 2 and len(records(out)) == 1
    assert "<stdin>:2:" in err


def test_jobs_keep_input_order(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = [{"id": i, "text": t} for i, t in enumerate([ARTICLE_A, ARTICLE_B, ARTICLE_C] * 4)]
    path = write_jsonl(tmp_path / "in.jsonl", docs)
    _, one, _ = run(["--input", "jsonl", "--format", "jsonl", str(path)], capsys)
    code, two, _ = run(["--input", "jsonl", "--format", "jsonl", "--jobs", "2", str(path)], capsys)
    assert code == 0 and one == two


def test_bench_command_line_in_a_subprocess(tmp_path: Path) -> None:
    """Exactly what ../shared/bench/score.py runs: JSON Lines in on stdin, JSON Lines out."""
    lines = [{"id": "seed", "text": SEED.read_text(encoding="utf-8")}, {"id": "a", "text": ARTICLE_A}]
    data = "".join(json.dumps(x) + "\n" for x in lines) + "{broken\n"
    proc = subprocess.run([sys.executable, "-m", "quoteattr", "extract", "--input", "jsonl", "--format", "jsonl", "-"],
                          input=data.encode(), capture_output=True, timeout=120)
    assert proc.returncode == 2
    recs = [json.loads(x) for x in proc.stdout.decode().splitlines()]
    assert [r["id"] for r in recs] == ["seed", "a"]
    assert_contract(recs[0], lines[0]["text"])
    assert b"<stdin>:3:" in proc.stderr
