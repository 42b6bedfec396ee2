"""The user docs run: every example in docs/*.md prints what the page says it prints.

Fenced blocks are run in page order, in one namespace per page, in a scratch directory that holds a
copy of ``seeds/`` (so examples may read the seed article and write files):

- ```` ```python ```` blocks with ``>>>`` prompts are doctests (ELLIPSIS and NORMALIZE_WHITESPACE:
  ``...`` elides output, and long output lines may be wrapped at spaces);
- other ```` ```python ```` blocks are executed and must not raise;
- ```` ```console ```` blocks are shell sessions: each ``$ command`` line is run with the project's
  ``quoteattr`` on the PATH and its output (stdout and stderr) compared like a doctest's;
- a block right after a line ``<!-- skip-test -->`` is illustrative and not run, and any other fence
  (``sh``, ``text``, ``json`` …) is not run either.

When extraction or calibration changes, the pages must change with it. ``QUOTEATTR_UPDATE_DOCS=1
pytest tests/test_docs.py`` pastes the new output of console commands into the pages (check the
diff before committing); doctest outputs are shown in the failure report, to be pasted by hand.

The reference page is checked differently: it must name every public name, and every attribute of
the public classes, so that a new field cannot go undocumented.
"""

from __future__ import annotations

import doctest
import enum
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any, NamedTuple

import attrs
import pytest

import quoteattr
import quoteattr.testing

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
RUN_PAGES = ["index.md", "howto.md", "why.md", "api.md"]
OWN_PAGES = ["index.md", "howto.md", "why.md", "api.md"]
SKIP = "<!-- skip-test -->"
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
_FENCE = re.compile(r"^(?P<indent>[ ]*)```(?P<lang>[\w+-]*)[^\n]*\n(?P<body>.*?)^(?P=indent)```[ \t]*$", re.M | re.S)


class Block(NamedTuple):
    lang: str
    body: str
    line: int  # 1-based line of the opening fence
    skip: bool


def blocks(page: str) -> list[Block]:
    text = (DOCS / page).read_text(encoding="utf-8")
    out = []
    for m in _FENCE.finditer(text):
        before = text[: m.start()].rstrip().rsplit("\n", 1)[-1].strip()
        indent = len(m.group("indent"))
        body = "\n".join(line[indent:] for line in m.group("body").split("\n"))
        out.append(Block(m.group("lang"), body, text.count("\n", 0, m.start()) + 1, before == SKIP))
    return out


@pytest.fixture
def scratch(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _run_doctest(page: str, block: Block, globs: dict[str, Any]) -> str:
    parser = doctest.DocTestParser()
    test = parser.get_doctest(block.body, globs, f"{page}:{block.line}", str(DOCS / page), block.line)
    report: list[str] = []
    runner = doctest.DocTestRunner(optionflags=FLAGS)
    runner.run(test, out=report.append, clear_globs=False)
    globs.update(test.globs)  # DocTest works on a copy: later blocks see what this one defined
    return "".join(report)


def _run_python(page: str, block: Block, globs: dict[str, Any]) -> str:
    try:
        exec(compile(block.body, f"{page}:{block.line}", "exec"), globs)
    except Exception as exc:  # report and go on with the page
        return f"{page}:{block.line}: the block raised {exc!r}\n{block.body}"
    return ""


def _shell_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    env["PYTHONUNBUFFERED"] = "1"  # stdout and stderr in the order they were written
    env["PYTHONIOENCODING"] = "utf-8"
    return env


def _run_console(page: str, block: Block, cwd: Path) -> str:
    """Each ``$ cmd`` line and the output lines after it, compared like a doctest."""
    checker = doctest.OutputChecker()
    failures = []
    steps: list[tuple[str, list[str]]] = []
    for line in block.body.splitlines():
        if line.startswith("$ "):
            steps.append((line[2:], []))
        elif steps:
            steps[-1][1].append(line)
    for cmd, expected_lines in steps:
        if cmd.startswith("echo $?"):
            continue  # checked with the command before it
        proc = subprocess.run(["bash", "-c", cmd], cwd=cwd, env=_shell_env(), capture_output=False,
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, timeout=300)
        got = proc.stdout.decode("utf-8")
        expected = "\n".join(expected_lines).strip("\n")
        # an ``echo $?`` step right after: check the exit code too
        i = next(k for k, s in enumerate(steps) if s[0] == cmd)
        if i + 1 < len(steps) and steps[i + 1][0].startswith("echo $?"):
            want_rc = "\n".join(steps[i + 1][1]).strip()
            if str(proc.returncode) != want_rc:
                failures.append(f"{page}:{block.line}: `{cmd}` exited {proc.returncode}, the page says {want_rc}")
        if not checker.check_output(expected + "\n", got.rstrip("\n") + "\n", FLAGS):
            if os.environ.get("QUOTEATTR_UPDATE_DOCS") and "..." not in expected and expected.strip():
                _update(page, f"$ {cmd}\n{expected}\n", f"$ {cmd}\n{got.rstrip()}\n")
                continue
            failures.append(f"{page}:{block.line}: `{cmd}`\n--- the page says:\n{expected}\n--- it prints:\n{got}")
    return "\n".join(failures)


def _update(page: str, old: str, new: str) -> None:
    """QUOTEATTR_UPDATE_DOCS=1: paste a command's new output into the page (verbatim outputs only;
    doctest outputs, which may be wrapped or elided by hand, are always reported, never rewritten)."""
    path = DOCS / page
    text = path.read_text(encoding="utf-8")
    if text.count(old) == 1:
        path.write_text(text.replace(old, new), encoding="utf-8")


@pytest.mark.parametrize("page", RUN_PAGES)
def test_examples_run_as_written(page: str, scratch: Path) -> None:
    globs: dict[str, Any] = {"__name__": "__main__"}  # examples may guard script code with it
    failures = []
    for block in blocks(page):
        if block.skip:
            continue
        if block.lang == "python":
            if re.search(r"^\s*>>> ", block.body, re.M):
                failures.append(_run_doctest(page, block, globs))
            else:
                failures.append(_run_python(page, block, globs))
        elif block.lang == "console":
            failures.append(_run_console(page, block, scratch))
    failures = [f for f in failures if f]
    assert not failures, "\n\n".join(failures)


@pytest.mark.parametrize("page", ["index.md", "howto.md"])
def test_pages_have_examples_that_run(page: str) -> None:
    run = [b for b in blocks(page) if not b.skip and b.lang in ("python", "console")]
    assert len(run) >= 5, f"{page} has only {len(run)} tested examples"


def test_fences_are_closed_and_named() -> None:
    for page in OWN_PAGES:
        text = (DOCS / page).read_text(encoding="utf-8")
        fences = re.findall(r"^[ ]*```", text, re.M)
        assert len(fences) % 2 == 0, f"{page}: a fenced block is not closed"
        assert len(fences) == 2 * len(blocks(page)), f"{page}: a fence the tests do not see"
        assert all(b.lang for b in blocks(page)), f"{page}: a fenced block without a language"


# --------------------------------------------------------------------------- the reference page


def _section(text: str, name: str) -> str:
    """The part of api.md under the heading that names ``name``, up to the next heading of its level."""
    m = re.search(rf"^(#+) .*`(?:[\w.]*\.)?{re.escape(name)}\b[^`]*`.*$", text, re.M)
    assert m, f"api.md has no heading for {name}"
    level = len(m.group(1))
    nxt = re.compile(rf"^#{{1,{level}}} ", re.M).search(text, m.end())
    return text[m.end(): nxt.start() if nxt else len(text)]


PUBLIC = [(quoteattr, n) for n in quoteattr.__all__] + [(quoteattr.testing, n) for n in quoteattr.testing.__all__]


@pytest.mark.parametrize("module, name", PUBLIC, ids=[f"{m.__name__}.{n}" for m, n in PUBLIC])
def test_api_reference_documents_every_public_name(module: Any, name: str) -> None:
    text = (DOCS / "api.md").read_text(encoding="utf-8")
    section = _section(text, name)
    obj = getattr(module, name)
    if attrs.has(obj):
        missing = [f.name for f in attrs.fields(obj) if f"`{f.name}`" not in section]
        assert not missing, f"api.md does not describe {name}.{', '.join(missing)}"
    if isinstance(obj, enum.EnumMeta):
        missing = [m.value for m in obj if f"`{m.value}`" not in section]
        assert not missing, f"api.md does not list {name} values {missing}"


def test_api_reference_covers_strategies() -> None:
    pytest.importorskip("hypothesis")
    import quoteattr.strategies

    text = (DOCS / "api.md").read_text(encoding="utf-8")
    missing = [n for n in quoteattr.strategies.__all__ if f"`{n}" not in text]
    assert not missing, f"api.md does not mention quoteattr.strategies.{missing}"


@pytest.mark.parametrize("page", OWN_PAGES)
def test_relative_links_resolve(page: str) -> None:
    text = (DOCS / page).read_text(encoding="utf-8")
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z]+:", target):
            continue
        path, _, anchor = target.partition("#")
        dest = (DOCS / path) if path else DOCS / page
        assert dest.exists(), f"{page}: link to missing {target}"
        if anchor and dest.suffix == ".md":
            slugs = {_slug(h) for h in re.findall(r"^#+ (.*)$", dest.read_text(encoding="utf-8"), re.M)}
            assert anchor in slugs, f"{page}: link to missing anchor {target}"


def _slug(heading: str) -> str:
    """GitHub's anchor for a heading."""
    s = heading.strip().lower()
    s = re.sub(r"[^\w\- ]", "", s)
    return s.replace(" ", "-")
