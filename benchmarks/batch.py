#!/usr/bin/env python3
"""Batch and CLI scaling: extract_many with 1..N processes, and the CLI's peak memory.

usage: python benchmarks/batch.py [GOLD.jsonl] [--processes 1 2] [--runs 3] [--chunksize N]
       python benchmarks/batch.py [GOLD.jsonl] --rss [--repeat 10] [--jobs 1]

The first form prints the throughput of ``quoteattr.extract_many`` over the texts of GOLD (default:
the PolNeAR train split next to the project) for each process count, median of ``--runs``, with
the speed-up over the first count, and the CPU seconds spent in the calling process and in the
workers. "CPU bound" is the speed-up those CPU seconds allow on free cores (the busiest process sets
the pace): unlike the wall-clock figures, it hardly depends on what else the machine is doing. The
counts are run in rounds, and the best run of each is shown too, since other work on the machine
only ever slows a run down; ``--wait-idle 0.9`` waits for a quiet second before each run.

``--rss`` runs ``quoteattr extract --input jsonl --format jsonl`` in a child process, once on the
file and once on the file repeated ``--repeat`` times (streamed through a pipe, never held in
memory here), and prints each run's peak resident memory: the CLI process's own (VmHWM, Linux),
and with ``--jobs`` > 1 the largest of its workers' (forked from it, so they share much of it).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DATA = ROOT.parent / "shared" / "data" / "polnear"


def throughput(args: argparse.Namespace) -> None:
    import quoteattr

    with open(args.gold, encoding="utf-8") as fh:
        texts = [json.loads(line)["text"] for line in fh if line.strip()]
    chars = sum(map(len, texts))
    quoteattr.extract("Warm-up: “Yes,” he said.")
    walls: dict[int, list[float]] = {n: [] for n in args.processes}
    mine: dict[int, list[float]] = {n: [] for n in args.processes}
    theirs: dict[int, list[float]] = {n: [] for n in args.processes}
    for _ in range(args.runs):  # rounds, so that a busy spell on the machine hits every count alike
        for n in args.processes:
            if args.wait_idle:
                _wait_idle(args.wait_idle)
            r0, c0 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
            t0 = time.perf_counter()
            failed = sum(not r.ok for r in quoteattr.extract_many(texts, processes=n, chunksize=args.chunksize))
            walls[n].append(time.perf_counter() - t0)
            r1, c1 = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
            mine[n].append(r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime)
            theirs[n].append(c1.ru_utime + c1.ru_stime - c0.ru_utime - c0.ru_stime)
            assert not failed, f"{failed} documents failed"
    print(f"{len(texts)} documents, {chars:,} characters; {os.cpu_count()} CPUs; {args.runs} runs each "
          "(median, and best)")
    print(f"{'processes':>9} {'chars/s':>12} {'docs/s':>8} {'speed-up':>8} {'best':>12} {'speed-up':>8} "
          f"{'CPU caller':>10} {'CPU workers':>11} {'CPU bound':>9}")
    first = args.processes[0]
    base, best_base = statistics.median(walls[first]), min(walls[first])
    serial_cpu = statistics.median(mine[first]) + statistics.median(theirs[first])
    for n in args.processes:
        wall, best = statistics.median(walls[n]), min(walls[n])
        caller, workers = statistics.median(mine[n]), statistics.median(theirs[n])
        # The speed-up these CPU seconds allow on n free cores: the busiest process sets the pace.
        bound = serial_cpu / max(caller, workers / max(n - 1, 1) if n > 1 else 0.0)
        print(f"{n:>9} {chars / wall:12,.0f} {len(texts) / wall:8,.1f} {base / wall:7.2f}x "
              f"{chars / best:12,.0f} {best_base / best:7.2f}x "
              f"{caller:9.2f}s {abs(workers):10.2f}s {bound:8.2f}x")


def _wait_idle(share: float) -> None:
    """Wait until the CPUs were idle for ``share`` of a second: other work on a shared machine."""
    def sample() -> tuple[int, int]:
        with open("/proc/stat") as fh:
            fields = [int(x) for x in fh.readline().split()[1:]]
        return fields[3] + fields[4], sum(fields)

    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        idle0, total0 = sample()
        time.sleep(1.0)
        idle1, total1 = sample()
        if (idle1 - idle0) >= share * max(total1 - total0, 1):
            return


def _feed(path: str, repeat: int, pipe) -> None:
    try:
        for _ in range(repeat):
            with open(path, "rb") as fh:
                shutil.copyfileobj(fh, pipe, 1 << 20)
    except BrokenPipeError:  # pragma: no cover
        pass
    finally:
        pipe.close()


# Run the CLI and report its own peak (VmHWM: ru_maxrss would also count the process that started
# it, which Linux carries across fork and exec) and the largest peak among its worker processes.
PEAK = r"""
import contextlib, os, re, resource, sys
from quoteattr.cli import main
with open(os.devnull, "w") as out, contextlib.redirect_stdout(out):
    rc = main(sys.argv[1:])
with open("/proc/self/status") as fh:
    peak = int(re.search(r"^VmHWM:\s*(\d+) kB", fh.read(), re.M).group(1))
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print("PEAK", rc, peak, workers, file=sys.stderr)
"""


def rss(args: argparse.Namespace) -> None:
    size = os.path.getsize(args.gold)
    cmd = [sys.executable, "-c", PEAK, "extract", "--input", "jsonl", "--format", "jsonl",
           "--jobs", str(args.jobs), "-"]
    print(f"quoteattr extract --jobs {args.jobs} on {args.gold}")
    print(f"{'input':>10} {'seconds':>8} {'peak RSS':>9} {'workers':>9}")
    for repeat in (1, args.repeat):
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, cwd=ROOT)
        feeder = threading.Thread(target=_feed, args=(args.gold, repeat, proc.stdin))
        feeder.start()
        err = proc.stderr.read().decode()
        proc.wait()
        feeder.join()
        secs = time.perf_counter() - t0
        rc, peak, workers = err.split("PEAK")[-1].split()
        assert proc.returncode == 0 and rc == "0", err
        shown = f"{int(workers) / 1024:7.1f}MB" if args.jobs != 1 else f"{'-':>9}"
        print(f"{size * repeat / 1e6:8.1f}MB {secs:8.1f} {int(peak) / 1024:7.1f}MB {shown}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("gold", nargs="?", default=str(DATA / "train.jsonl"))
    ap.add_argument("--processes", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--chunksize", type=int, default=None)
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--wait-idle", type=float, default=0.0, metavar="SHARE",
                    help="before each run, wait (up to 10 min) for a second with this share of the CPUs idle "
                         "(Linux; e.g. 0.9 on a machine shared with other work)")
    ap.add_argument("--rss", action="store_true", help="measure the CLI's peak memory instead")
    ap.add_argument("--repeat", type=int, default=10)
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()
    rss(args) if args.rss else throughput(args)


if __name__ == "__main__":
    main()
