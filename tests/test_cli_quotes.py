from __future__ import annotations

import json
from pathlib import Path

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
