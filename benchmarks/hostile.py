"""Time the inputs that once took super-linear time, at a size and at twice that size.

    python benchmarks/hostile.py [--megabytes 1.5]

Each input is generated in a temporary folder: straight quotes among words with no full stop
(100,000 of them at 3 MB), very long capitalised words, capitalised words and verbs of saying
with no full stop, and one line of 5 MB holding a match every few characters for `search`.
A linear path takes about twice as long at twice the size: the ratio column says so (it
was 8 for the quotes, cubic, before sentences were capped; `search e` on one 5 MB line took
132 s). Exit status 1 when a ratio is above 3.
"""

from __future__ import annotations

import argparse
import random
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

RATIO_MAX = 3.0


def straight_quotes(size: int, rng: random.Random) -> str:
    words = ["word", "the", '"', "minister", "said", "Paris"]
    return " ".join(rng.choice(words) for _ in range(size // 5))


def long_capitals(size: int, rng: random.Random) -> str:
    return " ".join("A" + "b" * rng.randint(1000, 5000) for _ in range(size // 3000))


def dense_capitals(size: int, rng: random.Random) -> str:
    words = ["Abc", "Def", "Ghi", "said", "the"]
    return " ".join(rng.choice(words) for _ in range(size // 4))


def one_long_line(size: int, rng: random.Random) -> str:
    return "e word " * (size // 7)


CASES: list[tuple[str, Callable[[int, random.Random], str], list[str]]] = [
    ("quotes: straight quotes, no full stop", straight_quotes, ["quotes", "-f", "jsonl"]),
    ("quotes: very long capitalised words", long_capitals, ["quotes", "-f", "jsonl"]),
    ("quotes: capitalised words, no full stop", dense_capitals, ["quotes", "-f", "jsonl"]),
    ("search e: one line", one_long_line, ["search", "e"]),
    ("search -c e: one line", one_long_line, ["search", "-c", "e"]),
]


def timed(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=1.5, help="the smaller size")
    options = parser.parse_args()
    size = int(options.megabytes * (1 << 20))
    worst = 0.0
    print("| input | size | time | twice the size | ratio |")
    print("|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as scratch:
        for name, make, command in CASES:
            times = []
            for factor in (1, 2):
                path = Path(scratch) / f"input-{factor}.txt"
                path.write_text(make(size * factor, random.Random(1)), encoding="utf-8")
                times.append(timed([sys.executable, "-m", "commtool", *command, str(path)]))
            ratio = times[1] / max(times[0], 1e-3)
            worst = max(worst, ratio)
            print(
                f"| {name} | {size / (1 << 20):.1f} MB | {times[0]:.2f} s | {times[1]:.2f} s "
                f"| {ratio:.1f} |"
            )
    return 1 if worst > RATIO_MAX else 0


if __name__ == "__main__":
    sys.exit(main())
