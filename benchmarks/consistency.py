"""Files and index agree: the same commands answered from the files and from `--db`.

    python benchmarks/consistency.py CORPUS... [--synthetic MB] [--pattern P ...] [--jobs N]

For each corpus (a folder or a file), builds an index of it in a temporary folder (its time
and peak memory are reported), then runs `quotes -f jsonl` and `search -c PATTERN` for each
pattern on the corpus and on the index, and compares exit status and output byte for byte.
--synthetic MB adds a synthetic single-file archive of that size (benchmarks/synthetic.py
--single), parsed part by part by every command. Prints one Markdown row per comparison;
exit status 1 when any pair differs, so that CI or a script can run it.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
PATTERNS = ("president", "sécurité", "sanctions", "Путин")


def run(cmd: list[str]) -> tuple[int, bytes, float, int]:
    """Exit status, stdout, wall time (s) and peak RSS (MB, the largest process) of cmd."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as out:
        proc = subprocess.Popen(cmd, stdout=out, stderr=subprocess.DEVNULL)
        _, status, usage = os.wait4(proc.pid, 0)
        elapsed = time.perf_counter() - start
        out.seek(0)
        data = out.read()
    return os.waitstatus_to_exitcode(status), data, elapsed, usage.ru_maxrss // 1024


def rows(data: bytes) -> int:
    return data.count(b"\n")


def check(corpus: str, label: str, patterns: list[str], jobs: str, work: Path) -> bool:
    """Index `corpus` (shown as `label`), compare every command from the files and from the
    index; True when all agree."""
    db = str(work / (Path(corpus).name + ".db"))
    status, _, seconds, peak = run(["commtool", "index", corpus, "--db", db, "-j", jobs, "-q"])
    if status != 0:
        print(f"| {label} | index | failed (exit {status}) | | |")
        return False
    print(f"| {label} | index | {seconds:.1f} s, peak {peak} MB | | |")
    same = True
    commands = [["quotes", "-f", "jsonl"]] + [["search", "-c", p] for p in patterns]
    for command in commands:
        files = run(["commtool", *command, corpus, "-j", jobs])
        index = run(["commtool", *command, "--db", db])
        agree = files[:2] == index[:2]
        same = same and agree
        digest = hashlib.sha256(files[1]).hexdigest()[:12]
        verdict = "same" if agree else f"DIFFER (exit {files[0]}/{index[0]})"
        print(
            f"| {label} | {' '.join(command)} | {verdict} | {rows(files[1])} / "
            f"{rows(index[1])} rows | {files[2]:.1f} / {index[2]:.1f} s, {digest} |"
        )
    return same


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpora", nargs="*", help="folders or files of communiqués")
    parser.add_argument("--synthetic", type=float, default=0, help="MB of a one-file archive")
    parser.add_argument("--pattern", action="append", help="search -c patterns (repeatable)")
    parser.add_argument("--jobs", default="2", help="-j for index and the file runs")
    args = parser.parse_args()
    if not args.corpora and not args.synthetic:
        parser.error("give a corpus or --synthetic MB")
    patterns = args.pattern or list(PATTERNS)
    with tempfile.TemporaryDirectory(prefix="commtool-consistency-") as tmp:
        work = Path(tmp)
        corpora = [(c, c) for c in args.corpora]
        if args.synthetic:
            out = work / "synthetic"
            subprocess.run(
                [
                    sys.executable,
                    str(HERE / "synthetic.py"),
                    str(out),
                    "--megabytes",
                    str(args.synthetic),
                    "--single",
                ],
                check=True,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
            )
            corpora.append(
                (str(out / "archive.txt"), f"synthetic, one file of {args.synthetic:g} MB")
            )
        print("| corpus | command | files and index | rows (files / index) | time, digest |")
        print("|---|---|---|---|---|")
        same = all([check(c, label, patterns, args.jobs, work) for c, label in corpora])
    print("consistency: " + ("files and index agree" if same else "files and index DIFFER"))
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
