"""Freeze the records the tool prints, and diff them against a later version's.

    python benchmarks/freeze.py save DIR CORPUS...     # parse and quotes, as JSONL, into DIR
    python benchmarks/freeze.py diff DIR CORPUS...     # today's records against DIR's

A change of structure keeps behaviour when `diff` prints no difference; a change of behaviour
shows as counts per kind of difference (a field that changed, a record added or lost), each
with a few examples, so that every difference can be named and meant. Records are matched by
file and, for quotes, by offset and kind; the order of the files is not compared.

Exit status: 0 when nothing differs, 1 when something does, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

COMMANDS = ("parse", "quotes")
EXAMPLES = 3  # examples shown per kind of difference


def run(command: str, corpus: str) -> list[dict[str, Any]]:
    out = subprocess.run(
        ["commtool", command, corpus, "--format", "jsonl", "-j", "1"],
        capture_output=True,
        text=True,
        check=False,
    )
    if out.returncode not in (0, 1):
        sys.exit(f"freeze: commtool {command} {corpus} failed: {out.stderr.strip()}")
    return [json.loads(line) for line in out.stdout.splitlines() if line.strip()]


def frozen_name(command: str, corpus: str) -> str:
    return f"{Path(corpus).resolve().name}.{command}.jsonl"


def save(folder: Path, corpora: list[str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for corpus in corpora:
        for command in COMMANDS:
            records = run(command, corpus)
            with open(folder / frozen_name(command, corpus), "w", encoding="utf-8") as out:
                for record in records:
                    out.write(json.dumps(record, ensure_ascii=False, sort_keys=True) + "\n")
            print(f"{command} {corpus}: {len(records)} records", file=sys.stderr)


def key_of(command: str, record: dict[str, Any]) -> tuple[Any, ...]:
    if command == "quotes":
        return (record.get("file"), record.get("start"), record.get("kind"))
    return (record.get("file"),)


def compare_records(
    command: str, before: list[dict[str, Any]], after: list[dict[str, Any]]
) -> dict[str, list[str]]:
    """Kinds of difference ("field speaker changed", "record lost") with their examples."""
    old = {key_of(command, r): r for r in before}
    new = {key_of(command, r): r for r in after}
    found: dict[str, list[str]] = defaultdict(list)
    for key in old.keys() - new.keys():
        found[f"{command}: record lost"].append(str(key))
    for key in new.keys() - old.keys():
        found[f"{command}: record added"].append(str(key))
    for key in old.keys() & new.keys():
        a, b = old[key], new[key]
        for name in sorted(a.keys() | b.keys()):
            if name not in b:
                found[f"{command}: field {name} removed"].append(str(key))
            elif name not in a:
                found[f"{command}: field {name} added"].append(str(key))
            elif a[name] != b[name]:
                for detail in field_changes(name, a[name], b[name]):
                    found[f"{command}: {detail}"].append(
                        f"{key}: {short(a[name])} -> {short(b[name])}"
                    )
    return found


def field_changes(name: str, a: Any, b: Any) -> list[str]:
    """Name the change of one field; a list of records is compared item by item."""
    if isinstance(a, list) and isinstance(b, list) and a and isinstance(a[0], dict):
        kinds = []
        if len(a) != len(b):
            kinds.append(f"{name}: length changed")
        for x, y in zip(a, b, strict=False):
            for sub in sorted(x.keys() | y.keys()):
                if sub not in x:
                    kinds.append(f"{name}[].{sub} added")
                elif sub not in y:
                    kinds.append(f"{name}[].{sub} removed")
                elif x[sub] != y[sub]:
                    kinds.append(f"{name}[].{sub} changed")
        return sorted(set(kinds)) or [f"{name} changed"]
    return [f"field {name} changed"]


def short(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False)
    return text if len(text) <= 120 else text[:117] + "..."


def diff(folder: Path, corpora: list[str]) -> int:
    total: Counter[str] = Counter()
    examples: dict[str, list[str]] = {}
    for corpus in corpora:
        for command in COMMANDS:
            path = folder / frozen_name(command, corpus)
            if not path.exists():
                sys.exit(f"freeze: no frozen records at {path}: run `save` first")
            with open(path, encoding="utf-8") as handle:
                before = [json.loads(line) for line in handle if line.strip()]
            after = run(command, corpus)
            for kind, items in compare_records(command, before, after).items():
                label = f"{Path(corpus).name}: {kind}"
                total[label] += len(items)
                examples.setdefault(label, sorted(items)[:EXAMPLES])
    for label, count in sorted(total.items()):
        print(f"{count:6}  {label}")
        for example in examples[label]:
            print(f"          {example}")
    if not total:
        print("no difference")
    return 1 if total else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("action", choices=("save", "diff"))
    parser.add_argument("folder", type=Path)
    parser.add_argument("corpora", nargs="+")
    args = parser.parse_args()
    if args.action == "save":
        save(args.folder, args.corpora)
        return 0
    return diff(args.folder, args.corpora)


if __name__ == "__main__":
    sys.exit(main())
