from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from commtool.cli import cli

REFERENCE = "fr_togo_russie.txt"


def run(*args: str, input: str | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), input=input)


def test_quotes_jsonl_fields_on_the_reference(examples: Path) -> None:
    path = examples / REFERENCE
    result = run("quotes", str(path), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["speaker"], r["kind"]) for r in rows] == [
        ("Poutine", "quoted"),
        ("Faure Gnassingbé", "quoted"),
        ("Faure Gnassingbé", "quoted"),
        ("Poutine", "quoted"),
        ("Faure Gnassingbé", "quoted"),
    ]
    text = path.read_text(encoding="utf-8")
    for row in rows:
        assert text[row["start"] : row["end"]] == row["text"]
        assert row["file"] == str(path) and row["date"] == "2025-11-24"
        assert text.count("\n", 0, row["start"]) + 1 == row["line"]
    assert rows[1]["text"] == "nouvelle étape" and rows[1]["speaker_country"] == "Togo"


def test_filters_and_exit_codes(examples: Path) -> None:
    path = str(examples / REFERENCE)
    only = run("quotes", path, "--speaker", "GNASSINGBE", "--fields", "text", "--no-header")
    assert only.exit_code == 0
    assert only.stdout.splitlines()[0] == "nouvelle étape"
    assert len(only.stdout.splitlines()) == 3
    long_ones = run("quotes", path, "--min-words", "20", "--fields", "speaker", "--no-header")
    assert long_ones.stdout.splitlines() == ["Poutine", "Faure Gnassingbé"]
    nothing = run("quotes", path, "--speaker", "Macron")
    assert nothing.exit_code == 1 and nothing.stdout.startswith("speaker\t")
    turns = run(
        "quotes", str(examples / "en_talks_transcript.txt"), "--kind", "turn", "-f", "jsonl"
    )
    assert [json.loads(x)["speaker"] for x in turns.stdout.splitlines()] == [
        "Vladimir Putin",
        "John Mensah",
    ]


def test_alias_file_names_a_speaker_the_same_way(examples: Path, tmp_path: Path) -> None:
    aliases = tmp_path / "aliases.toml"
    aliases.write_text('[aliases]\n"Vladimir Poutine" = ["Poutine", "Putin"]\n', encoding="utf-8")
    result = run(
        "quotes",
        str(examples / REFERENCE),
        "--aliases",
        str(aliases),
        "--speaker",
        "putin",
        "--fields",
        "speaker",
        "--no-header",
    )
    assert result.stdout.splitlines() == ["Vladimir Poutine", "Vladimir Poutine"]


def test_a_malformed_alias_file_is_one_line_and_exit_2(examples: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad.toml"
    bad.write_text('[aliases]\n"X" = 3\n', encoding="utf-8")
    for path in (bad, tmp_path / "missing.toml"):
        result = run("quotes", str(examples / REFERENCE), "--aliases", str(path))
        assert result.exit_code == 2
        assert result.stderr.count("\n") == 1 and str(path) in result.stderr
        assert "Traceback" not in result.stderr


def test_parse_lists_quotes_too(examples: Path) -> None:
    result = run("parse", str(examples / REFERENCE), "-f", "json")
    [row] = json.loads(result.stdout)
    assert [q["text"] for q in row["quotes"]][1:3] == ["nouvelle étape", "présence de l’État"]


def _quotes(*args: str) -> list[dict[str, object]]:
    result = CliRunner().invoke(cli, ["quotes", *args, "-f", "jsonl"])
    assert result.exit_code == 0, result.stderr
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_a_large_archive_file_is_parsed_communique_by_communique(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, examples: Path, jobs: str
) -> None:
    from commtool import pipeline
    from commtool.read import reader

    parts = []
    for path in sorted(examples.glob("*.txt")):
        text = path.read_text(encoding="utf-8").strip("\n ")
        if not text.startswith("date "):
            text = "date 2020-01-02 Communiqué\n\n" + text
        parts.append(text + "\n\n")
    archive = tmp_path / "archive.txt"
    archive.write_text("".join(parts), encoding="utf-8")
    whole_text = archive.read_text(encoding="utf-8")
    # Each communiqué alone, then placed where it stands in the archive.
    expected = []
    line, char = 1, 0
    for i, text in enumerate(parts):
        alone = tmp_path / f"part{i}.txt"
        alone.write_text(text, encoding="utf-8")
        for row in _quotes(str(alone)):
            expected.append(
                (row["line"] + line - 1, row["start"] + char, row["end"] + char, row["speaker"])
            )
        line += text.count("\n")
        char += len(text)
    monkeypatch.setattr(pipeline, "PARTS_FROM", 1)
    monkeypatch.setattr(reader, "_PIECE", 1000)
    found = _quotes(str(archive), "-j", jobs)  # with 2, the parts go to worker processes
    assert [(r["line"], r["start"], r["end"], r["speaker"]) for r in found] == expected
    assert all(whole_text[r["start"] : r["end"]] == r["text"] for r in found)
    assert {r["date"] for r in found} >= {"2025-11-24", "2020-01-02"}


def test_a_large_file_without_headers_is_cut_at_paragraph_breaks(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, examples: Path
) -> None:
    from commtool import pipeline
    from commtool.read import reader

    body = (examples / "fr_togo_russie.txt").read_text(encoding="utf-8").split("\n", 1)[1]
    big = tmp_path / "big.txt"
    big.write_text(body * 6, encoding="utf-8")
    monkeypatch.setattr(pipeline, "PARTS_FROM", 1)
    monkeypatch.setattr(reader, "_PIECE", 3000)
    monkeypatch.setattr(pipeline, "PART_MAX", 2500)
    text = big.read_text(encoding="utf-8")
    found = _quotes(str(big))
    assert len(found) >= 6
    for row in found:
        start, end = int(str(row["start"])), int(str(row["end"]))
        assert text[start:end] == row["text"]
        assert text.count("\n", 0, start) + 1 == row["line"]
    parsed = CliRunner().invoke(cli, ["parse", str(big), "-f", "jsonl"])
    assert parsed.exit_code == 0 and len(parsed.stdout.splitlines()) > 6  # one row per part


def test_a_large_file_damaged_early_is_read_whole_with_its_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from commtool import pipeline
    from commtool.read import reader

    damaged = tmp_path / "damaged.txt"
    damaged.write_bytes(
        "Le ministre a déclaré : « Oui. »\n\n".encode() + b"\xff\n\n" + b"La fin.\n" * 50
    )
    whole = CliRunner().invoke(cli, ["quotes", str(damaged), "-f", "jsonl"])
    monkeypatch.setattr(pipeline, "PARTS_FROM", 1)
    monkeypatch.setattr(reader, "_PIECE", 10_000)
    parted = CliRunner().invoke(cli, ["quotes", str(damaged), "-f", "jsonl"])
    assert parted.exit_code == whole.exit_code == 0
    assert parted.stdout == whole.stdout and len(parted.stdout.splitlines()) == 1
    assert parted.stderr == whole.stderr
    assert parted.stderr.count("\n") == 1 and "invalid UTF-8 at byte" in parted.stderr
