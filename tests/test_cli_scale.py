"""``quoteattr extract`` at scale: --jobs, streamed JSON Lines in constant memory, the progress line,
and the output contract kept whatever the number of jobs."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quoteattr import cli, extract

from _news import articles, write_jsonl

ROOT = Path(__file__).resolve().parents[1]
TEXTS = articles(12, seed=5)


def run(*args: str, stdin: bytes | None = None, stderr_tty: bool = False) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    cmd = [sys.executable, "-m", "quoteattr", "extract", *args]
    if not stderr_tty:
        return subprocess.run(cmd, input=stdin, capture_output=True, env=env, cwd=ROOT, timeout=300)
    import pty

    master, slave = pty.openpty()
    try:
        proc = subprocess.run(cmd, input=stdin, stdout=subprocess.PIPE, stderr=slave, env=env, cwd=ROOT,
                              timeout=300)
        os.close(slave)
        slave = -1
        chunks = []
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:  # EIO: the terminal is closed and drained
                break
            if not data:
                break
            chunks.append(data)
        proc.stderr = b"".join(chunks)
        return proc
    finally:
        if slave >= 0:
            os.close(slave)
        os.close(master)


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_jsonl(tmp_path_factory.mktemp("cli") / "news.jsonl", TEXTS)


def _records(stdout: bytes) -> list[dict]:
    return [json.loads(line) for line in stdout.decode("utf-8").splitlines()]


def test_jsonl_output_contract(corpus: Path) -> None:
    proc = run("--input", "jsonl", "--format", "jsonl", str(corpus))
    assert proc.returncode == 0 and proc.stderr == b""
    records = _records(proc.stdout)
    assert [r["id"] for r in records] == [f"doc-{i}" for i in range(len(TEXTS))]
    quotes = [q for r in records for q in r["quotes"]]
    assert quotes
    for q in quotes:
        assert set(q) == {"text", "start", "end", "kind", "speaker", "cue", "outlet", "confidence"}
        for key, fields in (("speaker", {"name", "start", "end"}), ("cue", {"text", "start", "end"}),
                            ("outlet", {"name", "start", "end"})):
            assert q[key] is None or set(q[key]) == fields
    doc = extract(TEXTS[0])
    assert [(q["start"], q["end"], q["kind"]) for q in records[0]["quotes"]] == \
           [(q.start, q.end, q.kind.value) for q in doc.quotes]


@pytest.mark.parametrize("fmt", ["jsonl", "json", "table"])
def test_jobs_do_not_change_the_output(corpus: Path, fmt: str) -> None:
    one = run("--input", "jsonl", "--format", fmt, str(corpus))
    two = run("--input", "jsonl", "--format", fmt, "--jobs", "2", str(corpus))
    every_cpu = run("--input", "jsonl", "--format", fmt, "-j", "0", str(corpus))
    assert one.returncode == two.returncode == every_cpu.returncode == 0
    assert one.stdout == two.stdout == every_cpu.stdout
    assert len(one.stdout) > 1000


def test_text_files_and_stdin_with_jobs(tmp_path: Path) -> None:
    paths = []
    for i, text in enumerate(TEXTS[:4]):
        paths.append(tmp_path / f"a{i}.txt")
        paths[-1].write_text(text, encoding="utf-8")
    proc = run("--format", "jsonl", "--jobs", "2", *map(str, paths))
    assert proc.returncode == 0
    assert [r["id"] for r in _records(proc.stdout)] == [str(p) for p in paths]
    piped = run("--format", "jsonl", "--jobs", "2", "-", stdin=TEXTS[1].encode("utf-8"))
    [record] = _records(piped.stdout)
    assert record["id"] == "<stdin>"
    assert record["quotes"] == _records(proc.stdout)[1]["quotes"]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_bad_lines_and_files_are_named_and_the_rest_is_processed(tmp_path: Path, jobs: str) -> None:
    bad = tmp_path / "mixed.jsonl"
    lines = [json.dumps({"id": "first", "text": TEXTS[0]}).encode(), b"{not json", b"\xff\xfe broken bytes",
             json.dumps(["a list"]).encode(), b"", json.dumps({"text": TEXTS[1]}).encode(),
             json.dumps({"id": "num", "text": 12}).encode(), json.dumps({"id": "last", "text": TEXTS[2]}).encode()]
    bad.write_bytes(b"\n".join(lines) + b"\n")
    proc = run("--input", "jsonl", "--format", "jsonl", "--jobs", jobs, str(bad), str(tmp_path / "missing.jsonl"))
    assert proc.returncode == 2
    assert [r["id"] for r in _records(proc.stdout)] == ["first", f"{bad}:6", "last"]
    err = proc.stderr.decode("utf-8").splitlines()
    assert err == [f"quoteattr: {bad}:2: invalid JSON: Expecting property name enclosed in double quotes",
                   f"quoteattr: {bad}:3: not UTF-8 at byte 0",
                   f"quoteattr: {bad}:4: expected an object with a string 'text'",
                   f"quoteattr: {bad}:7: expected an object with a string 'text'",
                   f"quoteattr: {tmp_path / 'missing.jsonl'}: cannot read: No such file or directory"]


def test_a_byte_order_mark_is_not_a_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "bom.jsonl"
    path.write_bytes("\ufeff".encode() + json.dumps({"id": "x", "text": TEXTS[3]}).encode() + b"\n")
    proc = run("--input", "jsonl", "--format", "jsonl", str(path))
    assert proc.returncode == 0 and [r["id"] for r in _records(proc.stdout)] == ["x"]


@pytest.mark.parametrize("n", [0, 1, 3])
def test_json_format_is_streamed_but_the_same(tmp_path: Path, n: int) -> None:
    path = write_jsonl(tmp_path / "few.jsonl", TEXTS[:n])
    proc = run("--input", "jsonl", "--format", "json", str(path))
    want = [{"id": f"doc-{i}", "quotes": [cli._quote_record(q) for q in extract(t).quotes]}
            for i, t in enumerate(TEXTS[:n])]
    assert json.loads(proc.stdout) == (want[0] if n == 1 else want)
    assert proc.stdout.decode("utf-8") == json.dumps(want[0] if n == 1 else want, ensure_ascii=False,
                                                     indent=2) + "\n"


def test_bad_jobs_are_usage_errors(corpus: Path) -> None:
    proc = run("--jobs", "-1", str(corpus))
    assert proc.returncode == 2 and b"must be 0 or more" in proc.stderr
    proc = run("--jobs", "two", str(corpus))
    assert proc.returncode == 2 and b"not a number" in proc.stderr


# --------------------------------------------------------------------------- progress


def test_silent_on_stderr_that_is_not_a_terminal(corpus: Path) -> None:
    assert run("--input", "jsonl", "--format", "jsonl", str(corpus)).stderr == b""
    assert run("--input", "jsonl", "--format", "jsonl", "--no-progress", str(corpus)).stderr == b""


def test_progress_when_asked(corpus: Path) -> None:
    proc = run("--input", "jsonl", "--format", "jsonl", "--progress", "--jobs", "2", str(corpus))
    assert proc.returncode == 0
    last = proc.stderr.decode("utf-8").split("\r")[-1]
    chars = sum(len(t) for t in TEXTS)
    assert last.startswith(f"quoteattr: 100%  {len(TEXTS)} docs  ")
    assert f"{chars / 1000:.1f}k chars" in last and "chars/s" in last and " in 0:0" in last
    assert last.endswith("\n") and proc.stdout.count(b"\n") == len(TEXTS)


def test_progress_on_a_terminal_by_default_and_not_with_no_progress(corpus: Path) -> None:
    proc = run("--input", "jsonl", "--format", "jsonl", str(corpus), stderr_tty=True)
    assert proc.returncode == 0 and f"{len(TEXTS)} docs".encode() in proc.stderr and b"chars/s" in proc.stderr
    assert proc.stdout.count(b"\n") == len(TEXTS)  # stdout carries only the results
    quiet = run("--input", "jsonl", "--format", "jsonl", "--no-progress", str(corpus), stderr_tty=True)
    assert quiet.returncode == 0 and quiet.stderr == b""


def test_stdin_redirected_from_a_file_has_a_known_size(corpus: Path) -> None:
    with corpus.open("rb") as fh:
        proc = subprocess.run([sys.executable, "-m", "quoteattr", "extract", "--input", "jsonl", "--format",
                               "jsonl", "--progress", "-"], stdin=fh, capture_output=True, cwd=ROOT, timeout=300)
    assert proc.stderr.decode("utf-8").split("\r")[-1].startswith("quoteattr: 100%")
    piped = run("--input", "jsonl", "--format", "jsonl", "--progress", "-", stdin=corpus.read_bytes())
    last = piped.stderr.decode("utf-8").split("\r")[-1]
    assert last.startswith(f"quoteattr: {len(TEXTS)} docs") and "%" not in last  # a pipe: no share, no ETA


def test_progress_line_share_speed_and_eta() -> None:
    out = io.StringIO()
    p = cli._Progress(out, total=4_000, interval=0)
    for _ in range(3):
        p.update(500, 1_000)
    line = p.line(p.start + 10.0)  # a quarter of the bytes in 10 s: 30 s to go
    assert line == "quoteattr:  25%  3 docs  1.5k chars  150 chars/s  ETA 0:00:30"
    assert out.getvalue().count("\r") == 3
    unknown = cli._Progress(io.StringIO(), total=None)
    unknown.update(2_500_000, 0)
    assert unknown.line(unknown.start + 2.0) == "quoteattr: 1 docs  2.5M chars  1.2M chars/s"
    p.close()
    assert out.getvalue().endswith("\n") and "ETA" not in out.getvalue().split("\r")[-1]


def test_progress_is_cleared_before_an_error_message(tmp_path: Path) -> None:
    err = io.StringIO()
    p = cli._Progress(err, total=None, interval=0)
    p.update(10, 0)
    p.clear()
    err.write("quoteattr: x.jsonl:3: invalid JSON\n")
    assert err.getvalue().split("\r")[-1] == "quoteattr: x.jsonl:3: invalid JSON\n"


# --------------------------------------------------------------------------- memory

# The peak is read from /proc/self/status (VmHWM): ru_maxrss would also count the memory of the
# process that started this one (Linux keeps the larger of the two across fork and exec).
PEAK_RSS = r"""
import contextlib, os, re, resource, sys
from quoteattr.cli import main
with open(os.devnull, "w") as out, contextlib.redirect_stdout(out):
    rc = main(sys.argv[1:])
try:
    with open("/proc/self/status") as fh:
        peak = int(re.search(r"^VmHWM:\s*(\d+) kB", fh.read(), re.M).group(1))
except (OSError, AttributeError):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(rc, peak, file=sys.stderr)
"""


def _peak_rss_kb(*args: str) -> int:
    proc = subprocess.run([sys.executable, "-c", PEAK_RSS, "extract", *args], capture_output=True,
                          cwd=ROOT, timeout=600)
    rc, rss = proc.stderr.decode().split()[-2:]
    assert rc == "0", proc.stderr
    return int(rss)


def test_jsonl_input_is_streamed_in_constant_memory(tmp_path: Path) -> None:
    """Ten times the input, the same peak memory: nothing grows with the number of documents.
    (Holding the documents or the results instead of streaming them adds about 7 MB here.)"""
    texts = articles(80, seed=9, sentences=4, filler=8)
    small = write_jsonl(tmp_path / "small.jsonl", texts)
    big = tmp_path / "big.jsonl"
    with big.open("w", encoding="utf-8") as fh:
        for _ in range(10):
            fh.write(small.read_text(encoding="utf-8"))
    assert big.stat().st_size == 10 * small.stat().st_size > 1_000_000
    base = _peak_rss_kb("--input", "jsonl", "--format", "jsonl", str(small))
    grown = _peak_rss_kb("--input", "jsonl", "--format", "jsonl", str(big))
    if grown - base >= 3 * 1024:  # a peak can only be raised by noise: measure once more
        grown = min(grown, _peak_rss_kb("--input", "jsonl", "--format", "jsonl", str(big)))
    assert base < 150 * 1024
    assert grown - base < 3 * 1024, f"peak RSS {base} KB for 1x, {grown} KB for 10x the input"
