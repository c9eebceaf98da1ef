"""Fuzz the whole pipeline: every generated input must parse, and every view must hold.

    python benchmarks/fuzz.py [--count 100000] [--seed 1] [--corpus DIR]

Inputs mix fragments of real communiqués (from --corpus, else the bundled examples) with
quotation marks, datelines, labels, random Unicode, control characters and raw bytes. For
each one: decode (bytes) or parse (text), then check that quote, statement, sentence and date
offsets map back to the text, and that every command's rows serialise to JSON and CSV.
Prints a count of inputs, failures (with the first few reproducing seeds) and the rate.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import sys
import time
import traceback
from pathlib import Path

from commtool import parse_bytes, parse_text
from commtool.archive.verify import verify
from commtool.errors import BinaryInputError
from commtool.views import parse_row, quote_rows
from commtool.views.summary import document_record, summarize

MARKS = [*"«»“”„‘’‹›\"'", "« ", " »", "\u202f»", "«\u00a0"]
PIECES = [
    "Le Président Poutine a déclaré : ",
    "», a-t-il ajouté.",
    "said Mr Lavrov.",
    "Vladimir Putin: ",
    "SECRETARY KERRY: ",
    "M. RAU - ",
    "Lomé, le 24 novembre 2025 – ",
    "date 2025-11-24 Titre\n",
    "Title: X\nDate: 3 mars 2024\n",
    "(AFP) –",
    "\n\n",
    "\r\n",
    "\r",
    "selon la présidence, ",
    "les deux présidents ont salué ",
    "It was agreed ",
    "hier ",
    "le 31 février 2025",
    "U.S. H.E. M. Mme Dr. ",
    "…",
    "* * *\n",
    "\x00",
    "\x1b[0m",
    "\u202e",
    "🎉",
    "מרחבא",
    "Привет",
    "\ufeff",
    "e\u0301",
    "œ",
    "ﬁ",
]


def fragments(corpus: Path) -> list[str]:
    texts = [
        p.read_text(encoding="utf-8", errors="replace") for p in sorted(corpus.glob("*.txt"))[:200]
    ]
    out = []
    for text in texts:
        for paragraph in text.split("\n\n"):
            if paragraph.strip():
                out.append(paragraph[:400])
    return out or ["Le ministre a dit « oui »."]


def generate(rng: random.Random, pool: list[str]) -> str | bytes:
    kind = rng.random()
    if kind < 0.05:
        return bytes(rng.randrange(256) for _ in range(rng.randrange(200)))
    if kind < 0.15:
        return "".join(chr(rng.randrange(0x20, 0x3000)) for _ in range(rng.randrange(300)))
    parts = []
    for _ in range(rng.randrange(1, 25)):
        choice = rng.random()
        if choice < 0.45:
            text = rng.choice(pool)
            if rng.random() < 0.3:
                cut = rng.randrange(len(text) + 1)
                text = text[:cut] + rng.choice(MARKS) + text[cut:]
            parts.append(text)
        elif choice < 0.7:
            parts.append(rng.choice(MARKS))
        else:
            parts.append(rng.choice(PIECES))
    text = rng.choice(["", " ", "\n"]).join(parts)
    return text.encode("utf-16") if rng.random() < 0.02 else text


def check(data: str | bytes) -> None:
    try:
        doc = parse_bytes(data, "fuzz") if isinstance(data, bytes) else parse_text(data, "fuzz")
    except BinaryInputError:
        return
    text = doc.text
    for item in (*doc.quotes, *doc.statements, *doc.sentences, *doc.dates):
        assert text[item.start : item.end] == item.text, item
    rows = [parse_row(doc), *quote_rows(doc), document_record(summarize(doc))]
    for row in rows:
        assert isinstance(json.loads(json.dumps(row, ensure_ascii=False)), dict)
        buffer = io.StringIO()
        csv.writer(buffer).writerow([str(v) for v in row.values()])
        assert len(next(csv.reader(io.StringIO(buffer.getvalue())))) == len(row)
    if doc.quotes:
        verify(doc.quotes[0].text, [doc])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--corpus", type=Path, default=Path(__file__).resolve().parent.parent / "examples"
    )
    args = parser.parse_args()
    pool = fragments(args.corpus)
    failures: list[tuple[int, str]] = []
    start = time.perf_counter()
    for i in range(args.count):
        rng = random.Random(args.seed * 1_000_003 + i)
        data = generate(rng, pool)
        try:
            check(data)
        except Exception:
            failures.append((i, traceback.format_exc(limit=3)))
        if i and i % 10_000 == 0:
            print(f"{i} inputs, {len(failures)} failures", file=sys.stderr, flush=True)
    elapsed = time.perf_counter() - start
    print(
        f"fuzz: {args.count} inputs, {len(failures)} failures, {elapsed:.0f} s "
        f"({args.count / elapsed:.0f} inputs/s), seed {args.seed}"
    )
    for i, trace in failures[:5]:
        print(f"--- input {i} (reproduce: seed {args.seed}, index {i})\n{trace}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
