"""Benchmarks: start-up, extraction throughput, memory, and search beside ripgrep.

    python benchmarks/run.py [--quick] [--corpus DIR] [--runs N] [--scale MB,MB,...]

--corpus is a folder of .txt communiqués (thousands, for figures that mean something); without
it only the start-up figures are measured.

Times each figure several times through the installed `commtool` entry point (whole
process), reports medians and ratios against reference commands measured in the same run
(`python -c "import click"`, `rg -i` when ripgrep is installed), peak memory (ru_maxrss of
each run, children included), and writes a Markdown table to benchmarks/results/latest.md.
--quick uses a slice of the corpus and fewer runs. A Russian one-file run and a Russian
archive built from the Russian example are timed too (Russian loads its morphology,
pymorphy3). --scale times `quotes` and `search` on synthetic archives of each size
(benchmarks/synthetic.py), as folders of files and as one file, to show how time and memory
grow with the input (--scale 100,1000 for 1 GB).
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "fr_togo_russie.txt"
RUSSIAN = ROOT / "examples" / "ru_telefonnyi_razgovor.txt"


# As a user's shell runs it: Python writes its bytecode cache (some sandboxes turn that off,
# which would time the compiling of every module at every start).
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


# As a first run sees it: no pattern cache read or written (an empty cache folder each time).
NO_CACHE = {**ENV, "COMMTOOL_NO_CACHE": "1"}


def timed(
    cmd: list[str], stdin: int | None = None, env: dict[str, str] | None = None
) -> tuple[float, int]:
    """Wall time (s) and peak RSS (KB) of one run of cmd, its output discarded."""
    start = time.perf_counter()
    proc = subprocess.Popen(
        cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, stdin=stdin, env=env or ENV
    )
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, usage.ru_maxrss


def median(cmd: list[str], runs: int) -> tuple[float, int]:
    """Median time and peak memory of `runs` runs, after one untimed run that fills the caches
    (bytecode, compiled patterns, the page cache) as a user's earlier runs would have."""
    timed(cmd)
    results = [timed(cmd) for _ in range(runs)]
    return statistics.median(r[0] for r in results), max(r[1] for r in results)


def paired(
    cmd: list[str], reference: list[str], runs: int, env: dict[str, str] | None = None
) -> tuple[float, float]:
    """Median time of cmd and median ratio to `reference`, the two run in turn: on a shared
    machine whose speed drifts, each ratio compares runs made a moment apart."""
    timed(cmd, env=env)
    timed(reference)
    times, ratios = [], []
    for _ in range(runs):
        mine, theirs = timed(cmd, env=env)[0], timed(reference)[0]
        times.append(mine)
        ratios.append(mine / theirs)
    return statistics.median(times), statistics.median(ratios)


def beside_rg(value: float, rg: str | None, args: list[str], runs: int) -> str:
    """The ratio of `value` to ripgrep's time on the same search, or why there is none."""
    if not rg:
        return "rg not installed: no ratio"
    ref, _ = median([rg, *args], runs)
    return f"{value / ref:.1f} × rg {' '.join(args[:2])} ({ref * 1000:.0f} ms)"


def corpus_slice(corpus: Path, count: int | None) -> tuple[Path, float]:
    files = sorted(p for p in corpus.glob("*.txt"))
    if count:
        files = files[:count]
        target = Path(tempfile.mkdtemp(prefix="commtool-bench-"))
        for f in files:
            (target / f.name).symlink_to(f)
        corpus = target
    return corpus, sum(f.stat().st_size for f in files) / 1e6


def language_corpus(megabytes: float, code: str = "fr") -> Path:
    """A corpus of about `megabytes` MB in one language, built from the bundled examples
    whose names open with its code ("fr_", "ru_")."""
    target = Path(tempfile.mkdtemp(prefix=f"commtool-{code}-"))
    texts = [p.read_text(encoding="utf-8") for p in (ROOT / "examples").glob(f"{code}_*.txt")]
    size, i = 0, 0
    while size < megabytes * 1e6:
        text = texts[i % len(texts)]
        (target / f"doc{i:05}.txt").write_text(text, encoding="utf-8")
        size += len(text.encode())
        i += 1
    return target


def scale_rows(tool: str, megabytes: float) -> list[tuple[str, str, str, str]]:
    """quotes and search on a synthetic archive of `megabytes`, as files and as one file."""
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from synthetic import generate

    rows = []
    base = Path(tempfile.mkdtemp(prefix="commtool-scale-"))
    folder, single = base / "files", base / "single"
    generate(folder, megabytes, per_file=20)
    generate(single, megabytes, single=True)
    for shape, target in (("files", str(folder)), ("one file", str(single / "archive.txt"))):
        for command in (["quotes", target, "-f", "jsonl"], ["search", "securite", target, "-c"]):
            value, rss = timed([tool, *command])
            rows.append(
                (
                    f"{command[0]}, {megabytes:g} MB synthetic, {shape}",
                    f"{megabytes / value:.1f} MB/s",
                    f"{value:.1f} s, peak {rss / 1024:.0f} MB",
                    "flat memory",
                )
            )
    shutil.rmtree(base, ignore_errors=True)
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a slice of the corpus, fewer runs")
    parser.add_argument("--corpus", type=Path, default=None, help="a folder of .txt files")
    parser.add_argument("--runs", type=int, default=None)
    parser.add_argument("--scale", default="", help="sizes in MB of synthetic archives: 50,200")
    args = parser.parse_args()
    tool = shutil.which("commtool")
    if tool is None:
        print("benchmarks: install the project first (pip install .)", file=sys.stderr)
        return 2
    runs = args.runs or (3 if args.quick else 7)
    heavy_runs = 1 if args.quick else 3
    rg = shutil.which("rg")
    rows: list[tuple[str, str, str, str]] = []  # figure, value, reference/ratio, target

    reference = [sys.executable, "-c", "import click"]
    base, _ = median(reference, runs)
    rows.append(("python -c 'import click'", f"{base * 1000:.0f} ms", "reference", ""))
    quotes_one = [tool, "quotes", str(EXAMPLE), "-f", "jsonl"]
    for label, cmd, target, env in (
        ("commtool --version", [tool, "--version"], 1.2, ENV),
        ("quotes one file, jsonl", quotes_one, 2.0, ENV),
        ("quotes one file, jsonl, no pattern cache", quotes_one, 2.0, NO_CACHE),
        ("quotes one file, rich table", [tool, "quotes", str(EXAMPLE), "-f", "table"], 3.0, ENV),
        # Russian loads its morphology (pymorphy3) on the first Cyrillic name: no target.
        (
            "quotes one Russian file, jsonl",
            [tool, "quotes", str(RUSSIAN), "-f", "jsonl"],
            None,
            ENV,
        ),
    ):
        value, ratio = paired(cmd, reference, 3 * runs, env)
        bound = f"≤ {target} ×" if target is not None else ""
        rows.append((label, f"{value * 1000:.0f} ms", f"{ratio:.2f} × import click", bound))

    if args.corpus is not None and args.corpus.is_dir():
        corpus, size = corpus_slice(args.corpus, 600 if args.quick else None)
        for command in ("parse", "quotes"):
            for jobs in (1, 2):
                value, rss = median(
                    [tool, command, str(corpus), "-f", "jsonl", "-j", str(jobs)], heavy_runs
                )
                target = "≥ 5 MB/s" if jobs == 1 else "≈ 2 × one job"
                rows.append(
                    (
                        f"{command} {size:.0f} MB, -j {jobs}",
                        f"{size / value:.2f} MB/s",
                        f"{value:.1f} s, peak {rss / 1024:.0f} MB",
                        target,
                    )
                )
        value, rss = median([tool, "search", "sanctions", str(corpus)], runs)
        ratio = beside_rg(value, rg, ["-i", "sanctions", str(corpus)], runs)
        rows.append(
            (f"search sanctions, {size:.0f} MB", f"{value * 1000:.0f} ms", ratio, "≤ 8 × rg")
        )
        french = language_corpus(size)
        value, _ = median([tool, "search", "securite", str(french)], runs)
        ratio = beside_rg(value, rg, ["-i", "sécurité", str(french)], runs)
        rows.append(
            (f"search securite, French {size:.0f} MB", f"{value * 1000:.0f} ms", ratio, "≤ 8 × rg")
        )
        russian = language_corpus(min(size, 5.0), "ru")
        megabytes = sum(f.stat().st_size for f in russian.iterdir()) / 1e6
        value, rss = median([tool, "quotes", str(russian), "-f", "jsonl", "-j", "1"], heavy_runs)
        rows.append(
            (
                f"quotes Russian {megabytes:.1f} MB, -j 1",
                f"{megabytes / value:.2f} MB/s",
                f"{value:.1f} s, peak {rss / 1024:.0f} MB",
                "",
            )
        )
        db = Path(tempfile.mkdtemp(prefix="commtool-db-")) / "archive.db"
        value, rss = timed([tool, "index", str(corpus), "--db", str(db)])
        rows.append(
            (f"index build, {size:.0f} MB", f"{value:.1f} s", f"peak {rss / 1024:.0f} MB", "≤ 20 s")
        )
        value, _ = median([tool, "index", str(corpus), "--db", str(db)], runs)
        rows.append(("index re-run, nothing changed", f"{value:.2f} s", "", "≤ 2 s"))
        value, _ = median([tool, "search", "sanctions", "--db", str(db)], runs)
        ratio = beside_rg(value, rg, ["-i", "sanctions", str(corpus)], runs)
        rows.append(
            ("search sanctions from the index", f"{value * 1000:.0f} ms", ratio, "≤ 1 × rg")
        )
        claim = "we are ready to continue our cooperation"
        value, _ = median([tool, "verify", claim, "--db", str(db)], runs)
        rows.append(("verify one quote from the index", f"{value * 1000:.0f} ms", "", "≤ 150 ms"))
    else:
        rows.append(("corpus", "missing", str(args.corpus), "skipped"))

    for megabytes in [float(m) for m in args.scale.split(",") if m.strip()]:
        rows += scale_rows(tool, megabytes)

    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    lines = [
        f"Benchmarks ({'quick' if args.quick else 'full'}), {time.strftime('%Y-%m-%d')}, {machine}",
        "",
        "| figure | value | reference | target |",
        "|---|---|---|---|",
        *[f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows],
    ]
    report = "\n".join(lines) + "\n"
    print(report)
    out = ROOT / "benchmarks" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "latest.md").write_text(report, encoding="utf-8")
    return 0


def in_scratch_folder() -> int:
    """main(), with every folder it makes (corpus slices, French corpus, index, synthetic
    archives) inside one temporary folder, removed at the end."""
    scratch = tempfile.mkdtemp(prefix="commtool-bench-")
    tempfile.tempdir = scratch
    try:
        return main()
    finally:
        tempfile.tempdir = None
        shutil.rmtree(scratch, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(in_scratch_folder())
