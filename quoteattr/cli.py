"""Command line: ``quoteattr extract`` and ``quoteattr verify``."""

from __future__ import annotations

import argparse
import json
import sys
from typing import IO, Any, Iterator, Sequence

EXIT_OK, EXIT_OTHER, EXIT_BAD_INPUT = 0, 1, 2


class InputError(Exception):
    """A document that could not be read; the message names the file and line."""


def _open(path: str) -> IO[str]:
    if path == "-":
        return sys.stdin
    return open(path, encoding="utf-8")


def _documents(paths: Sequence[str], fmt: str, errors: list[str]) -> Iterator[tuple[str, str]]:
    """``(id, text)`` for every document; unreadable ones are reported in ``errors`` and skipped."""
    for path in paths:
        label = "<stdin>" if path == "-" else path
        try:
            fh = _open(path)
        except OSError as exc:
            errors.append(f"{label}: cannot read: {exc.strerror or exc}")
            continue
        try:
            if fmt == "text":
                try:
                    text = fh.read()
                except (OSError, UnicodeDecodeError) as exc:
                    errors.append(f"{label}: cannot read: {exc}")
                    continue
                yield label, text
                continue
            lineno = 0
            while True:
                lineno += 1
                try:
                    line = fh.readline()
                except UnicodeDecodeError as exc:
                    errors.append(f"{label}:{lineno}: not UTF-8: {exc.reason}")
                    break
                if not line:
                    break
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    errors.append(f"{label}:{lineno}: invalid JSON: {exc.msg}")
                    continue
                if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
                    errors.append(f"{label}:{lineno}: expected an object with a string 'text'")
                    continue
                doc_id = obj.get("id", f"{label}:{lineno}")
                yield doc_id, obj["text"]
        finally:
            if fh is not sys.stdin:
                fh.close()


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
    from . import extract

    errors: list[str] = []
    out = sys.stdout
    docs = []
    for doc_id, text in _documents(args.files or ["-"], args.input, errors):
        try:
            doc = extract(text)
        except Exception as exc:  # a bug must not stop the batch  # pragma: no cover
            errors.append(f"{doc_id}: extraction failed: {exc!r}")
            continue
        if args.format == "jsonl":
            out.write(json.dumps({"id": doc_id, "quotes": [_quote_record(q) for q in doc.quotes]},
                                 ensure_ascii=False) + "\n")
        elif args.format == "json":
            docs.append({"id": doc_id, "quotes": [_quote_record(q) for q in doc.quotes]})
        else:
            _table(doc_id, doc, out)
    if args.format == "json":
        json.dump(docs if len(docs) != 1 else docs[0], out, ensure_ascii=False, indent=2)
        out.write("\n")
    for e in errors:
        print(f"quoteattr: {e}", file=sys.stderr)
    return EXIT_BAD_INPUT if errors else EXIT_OK


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


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="quoteattr", description="Find who said what in news text, and check claimed quotations.")
    sub = parser.add_subparsers(dest="command", required=True)
    ex = sub.add_parser("extract", help="find quotations with their speakers, outlets and confidence")
    ex.add_argument("files", nargs="*", metavar="FILE", help="text or JSON Lines files ('-' = stdin)")
    ex.add_argument("--input", choices=["text", "jsonl"], default="text",
                    help="text: each file is one article; jsonl: one {\"id\", \"text\"} object a line")
    ex.add_argument("--format", choices=["table", "json", "jsonl"], default="table")
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
