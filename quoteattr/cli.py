"""Command line: ``quoteattr extract`` and ``quoteattr verify``."""

from __future__ import annotations

import argparse
import json
import os
import stat
import sys
import time
from collections import deque
from typing import IO, Any, Callable, Iterator, Sequence

EXIT_OK, EXIT_OTHER, EXIT_BAD_INPUT = 0, 1, 2


class InputError(Exception):
    """A document that could not be read; the message names the file and line."""


def _open(path: str) -> IO[str]:
    if path == "-":
        return sys.stdin
    return open(path, encoding="utf-8")


class _Inputs:
    """The documents of the input files, read as a stream: ``(id, text)`` for each, while bad lines
    and unreadable files are reported through ``report`` (naming file and line) and skipped.

    ``sizes`` records, for every document handed out, its length in characters and how many
    input bytes had been read once it was: the progress bar's position when its result comes back.
    """

    def __init__(self, paths: Sequence[str], fmt: str, report: Callable[[str], None]) -> None:
        self.paths, self.fmt, self.report = paths, fmt, report
        self.sizes: deque[tuple[int, int]] = deque()
        self.read = 0  # input bytes read so far
        self.total = self._total(paths)

    @staticmethod
    def _total(paths: Sequence[str]) -> int | None:
        """Bytes to read, when every input is a regular file (stdin redirected from one counts)."""
        total = 0
        for path in paths:
            try:
                st = os.stat(sys.stdin.fileno()) if path == "-" else os.stat(path)
            except (OSError, ValueError, AttributeError):
                if path == "-":
                    return None
                continue  # reported as unreadable when its turn comes
            if not stat.S_ISREG(st.st_mode):
                return None
            total += st.st_size
        return total

    def __iter__(self) -> Iterator[tuple[Any, str]]:
        for path in self.paths:
            label = "<stdin>" if path == "-" else path
            try:
                fh = sys.stdin.buffer if path == "-" else open(path, "rb")
            except OSError as exc:
                self.report(f"{label}: cannot read: {exc.strerror or exc}")
                continue
            try:
                if self.fmt == "text":
                    yield from self._text(fh, label)
                else:
                    yield from self._jsonl(fh, label)
            finally:
                if path != "-":
                    fh.close()

    def _emit(self, doc_id: Any, text: str) -> tuple[Any, str]:
        self.sizes.append((len(text), self.read))
        return doc_id, text

    def _text(self, fh: IO[bytes], label: str) -> Iterator[tuple[Any, str]]:
        try:
            data = fh.read()
        except OSError as exc:
            self.report(f"{label}: cannot read: {exc.strerror or exc}")
            return
        self.read += len(data)
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            self.report(f"{label}: cannot read: not UTF-8 at byte {exc.start}")
            return
        yield self._emit(label, text)

    def _jsonl(self, fh: IO[bytes], label: str) -> Iterator[tuple[Any, str]]:
        lineno = 0
        try:
            for raw in fh:
                lineno += 1
                self.read += len(raw)
                try:
                    line = raw.decode("utf-8")
                except UnicodeDecodeError as exc:
                    self.report(f"{label}:{lineno}: not UTF-8 at byte {exc.start}")
                    continue
                if lineno == 1 and line.startswith("\ufeff"):
                    line = line[1:]
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    self.report(f"{label}:{lineno}: invalid JSON: {exc.msg}")
                    continue
                if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                    self.report(f"{label}:{lineno}: expected an object with a string 'text'")
                    continue
                yield self._emit(obj.get("id", f"{label}:{lineno}"), obj["text"])
        except OSError as exc:
            self.report(f"{label}:{lineno + 1}: cannot read: {exc.strerror or exc}")


class _Progress:
    """A one-line progress report on stderr: documents, characters/s and, when the input size is
    known, the share done and the time left. Redrawn at most every ``interval`` seconds."""

    def __init__(self, stream: IO[str], total: int | None, *, interval: float = 0.2) -> None:
        self.stream, self.total, self.interval = stream, total, interval
        self.start = self.last = time.monotonic()
        self.docs = self.chars = self.done = 0
        self.width = 0

    def update(self, chars: int, done: int) -> None:
        self.docs += 1
        self.chars += chars
        self.done = done
        now = time.monotonic()
        if now - self.last >= self.interval:
            self.last = now
            self._draw(self.line(now))

    def line(self, now: float) -> str:
        secs = max(now - self.start, 1e-9)
        cps = self.chars / secs
        parts = [f"{self.docs:,} docs", f"{_si(self.chars)} chars", f"{_si(cps)} chars/s"]
        if self.total:
            share = min(self.done / self.total, 1.0)
            parts.insert(0, f"{share:4.0%}")
            if share > 0:
                parts.append(f"ETA {_clock(secs * (1 - share) / share)}")
        return "quoteattr: " + "  ".join(parts)

    def _draw(self, line: str) -> None:
        self.stream.write("\r" + line.ljust(self.width))
        self.width = len(line)
        self.stream.flush()

    def clear(self) -> None:
        """Blank the line, so that a message can be printed on it."""
        if self.width:
            self.stream.write("\r" + " " * self.width + "\r")
            self.width = 0

    def close(self) -> None:
        now = time.monotonic()
        line = self.line(now)
        if self.total:
            line = line.split("  ETA ")[0]
        self._draw(f"{line}  in {_clock(now - self.start)}")
        self.stream.write("\n")
        self.stream.flush()


def _si(n: float) -> str:
    for unit, size in (("G", 1e9), ("M", 1e6), ("k", 1e3)):
        if n >= size:
            return f"{n / size:.1f}{unit}"
    return f"{n:.0f}"


def _clock(secs: float) -> str:
    secs = int(secs + 0.5)
    return f"{secs // 3600}:{secs // 60 % 60:02d}:{secs % 60:02d}"


def _quote_record(q: Any) -> dict[str, Any]:
    return {
        "text": q.text,
        "start": q.start,
        "end": q.end,
        "kind": q.kind.value,
        "speaker": {"name": q.speaker.name, "start": q.speaker.start, "end": q.speaker.end}
        if q.speaker else None,
        "cue": {"text": q.cue.text, "start": q.cue.start, "end": q.cue.end} if q.cue else None,
        "outlet": {"name": q.outlet.name, "start": q.outlet.start, "end": q.outlet.end}
        if q.outlet else None,
        "confidence": round(q.confidence, 4),
    }


def _shorten(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "\u2026"


def _table(doc_id: Any, doc: Any, out: IO[str]) -> None:
    out.write(f"== {doc_id}: {len(doc.quotes)} quotations\n")
    if not doc.quotes:
        return
    out.write(f"{'kind':8} {'speaker':24} {'outlet':20} {'conf':>5}  quote\n")
    for q in doc.quotes:
        speaker = q.speaker.name if q.speaker else "-"
        outlet = q.outlet.name if q.outlet else "-"
        out.write(f"{q.kind.value:8} {_shorten(speaker, 24):24} {_shorten(outlet, 20):20} "
                  f"{q.confidence:5.2f}  {_shorten(q.text, 60)}\n")


def cmd_extract(args: argparse.Namespace) -> int:
    """Stream the input through :func:`quoteattr.extract_many`: constant memory, in input order."""
    from ._batch import extract_many

    err = sys.stderr
    show = args.progress if args.progress is not None else _isatty(err)
    progress: _Progress | None = None
    failed = False

    def report(message: str) -> None:
        nonlocal failed
        failed = True
        if progress is not None:
            progress.clear()
        err.write(f"quoteattr: {message}\n")
        err.flush()

    inputs = _Inputs(args.files or ["-"], args.input, report)
    if show:
        progress = _Progress(err, inputs.total)
    write, finish = _writer(args.format, sys.stdout)
    jobs = args.jobs or (os.cpu_count() or 1)
    for result in extract_many(inputs, processes=jobs):
        chars, done = inputs.sizes.popleft()
        if result.document is None:
            report(f"{result.id}: extraction failed: {result.error}")
        else:
            write(result.id, result.document)
        if progress is not None:
            progress.update(chars, done)
    finish()
    if progress is not None:
        progress.close()
    return EXIT_BAD_INPUT if failed else EXIT_OK


def _isatty(stream: IO[str]) -> bool:
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def _writer(fmt: str, out: IO[str]) -> tuple[Callable[[Any, Any], None], Callable[[], None]]:
    """``write(id, doc)`` for each result as it comes, and ``finish()`` once at the end."""
    if fmt == "table":
        return (lambda doc_id, doc: _table(doc_id, doc, out)), (lambda: None)

    def record(doc_id: Any, doc: Any) -> dict[str, Any]:
        return {"id": doc_id, "quotes": [_quote_record(q) for q in doc.quotes]}

    if fmt == "jsonl":
        def write_line(doc_id: Any, doc: Any) -> None:
            out.write(json.dumps(record(doc_id, doc), ensure_ascii=False) + "\n")
        return write_line, (lambda: None)

    # json: one object for one document, else an array -- written as results come, holding
    # back only the first until a second one shows which it is.
    state: dict[str, Any] = {"first": None, "count": 0}

    def dump(obj: Any) -> str:
        return json.dumps(obj, ensure_ascii=False, indent=2)

    def write_json(doc_id: Any, doc: Any) -> None:
        state["count"] += 1
        if state["count"] == 1:
            state["first"] = record(doc_id, doc)
            return
        if state["count"] == 2:
            out.write("[\n" + _indent(dump(state.pop("first"))))
        out.write(",\n" + _indent(dump(record(doc_id, doc))))

    def finish_json() -> None:
        if state["count"] == 0:
            out.write("[]\n")
        elif state["count"] == 1:
            out.write(dump(state["first"]) + "\n")
        else:
            out.write("\n]\n")

    return write_json, finish_json


def _indent(text: str) -> str:
    return "  " + text.replace("\n", "\n  ")


def cmd_verify(args: argparse.Namespace) -> int:
    """Check one claimed quotation against one article; exit 0 when supported, 1 otherwise."""
    from . import verify

    label = "<stdin>" if args.file == "-" else args.file
    try:
        fh = _open(args.file)
        try:
            text = fh.read()
        finally:
            if fh is not sys.stdin:
                fh.close()
    except (OSError, UnicodeDecodeError) as exc:
        print(f"quoteattr: {label}: cannot read: {getattr(exc, 'strerror', None) or exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    try:
        result = verify(text, args.quote, speaker=args.speaker, outlet=args.outlet)
    except (TypeError, ValueError) as exc:
        print(f"quoteattr: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    if args.format == "json":
        json.dump(result.to_dict(), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        sys.stdout.write(f"{result.verdict.value} (confidence {result.confidence:.2f})\n")
        sys.stdout.write(result.explain() + "\n")
    return EXIT_OK if result.supported else EXIT_OTHER


def _jobs(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number: {value!r}") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"must be 0 or more, not {n}")
    return n


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quoteattr", description="Find who said what in news text, and check claimed quotations.")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="find quotations with their speakers, outlets and confidence")
    ex.add_argument("files", nargs="*", metavar="FILE", help="text or JSON Lines files ('-' = stdin)")
    ex.add_argument("--input", choices=["text", "jsonl"], default="text",
                    help="text: each file is one article; jsonl: one {\"id\", \"text\"} object a line")
    ex.add_argument("--format", choices=["table", "json", "jsonl"], default="table")
    ex.add_argument("-j", "--jobs", type=_jobs, default=1, metavar="N",
                    help="worker processes (default 1; 0 = one per CPU)")
    ex.add_argument("--progress", action=argparse.BooleanOptionalAction, default=None,
                    help="a progress line on stderr (default: when stderr is a terminal)")
    ex.set_defaults(func=cmd_extract)
    ve = sub.add_parser("verify", help="check a claimed quotation against an article (exit 0 = supported)")
    ve.add_argument("file", metavar="FILE", help="the article, a UTF-8 text file ('-' = stdin)")
    ve.add_argument("--quote", required=True, metavar="TEXT", help="the claimed wording")
    ve.add_argument("--speaker", metavar="NAME", help="who the quotation is credited to")
    ve.add_argument("--outlet", metavar="NAME", help="the outlet it is said to have come through")
    ve.add_argument("--format", choices=["text", "json"], default="text")
    ve.set_defaults(func=cmd_verify)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return int(args.func(args))
    except BrokenPipeError:  # pragma: no cover - e.g. piped into head
        return EXIT_OK
    except KeyboardInterrupt:  # pragma: no cover
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
