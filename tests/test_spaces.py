"""Real texts are full of non-breaking, narrow and double spaces: inside names, dates and
cues they change nothing, and one document that cannot be read never ends a run."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from commtool import parse_text
from commtool.cli import cli

# Every space a communiqué may hold between two words, and those found inside names.
SPACES = [" ", "  ", "\u00a0", "\u202f", "\u2009", "\u2007", "\u2002", "\u3000", " \u00a0", "\t"]
IN_NAMES = [" ", "  ", "\u00a0", "\u202f", " \u00a0"]


@pytest.mark.parametrize("space", IN_NAMES)
def test_a_name_with_any_space_is_the_same_person(space: str) -> None:
    text = f"Le Président Emmanuel{space}Macron a déclaré : « Nous sommes prêts. »\n"
    doc = parse_text(text)
    [quote] = doc.quotes
    assert quote.speaker == "Emmanuel Macron"
    [person] = doc.people
    assert person.name == "Emmanuel Macron"


@pytest.mark.parametrize("space", IN_NAMES)
def test_a_bare_name_and_an_honorific_with_any_space(space: str) -> None:
    doc = parse_text(f"President Joe{space}Biden said hi. Then M.{space}Jean{space}Dupont left.\n")
    assert {p.name for p in doc.people} >= {"Joe Biden", "Jean Dupont"}


@pytest.mark.parametrize("space", SPACES)
@pytest.mark.parametrize(
    ("words", "year"), [("cette {}année", 2025), ("l'année{}dernière", 2024), ("last{}year", 2024)]
)
def test_a_relative_date_with_any_space(space: str, words: str, year: int) -> None:
    doc = parse_text(f"date 2025-11-24 Titre\n\nIl est venu {words.format(space)}.\n")
    assert [d.date.year for d in doc.dates] == [year]


NAME_PART = st.sampled_from(["Emmanuel", "Macron", "Jean-Yves", "Le", "Drian", "Ould", "Ghazouani"])
SEPARATOR = st.sampled_from([*SPACES, "\u2011", "\u200d", "\u2060", "\u00ad", "-", "\u2013"])


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(NAME_PART, SEPARATOR), min_size=1, max_size=4))
def test_names_joined_by_any_space_joiner_or_dash_never_break_a_parse(
    parts: list[tuple[str, str]],
) -> None:
    name = "".join(word + sep for word, sep in parts) + "Talon"
    text = (
        f"date 2025-11-24 Titre\n\nLe Président {name} a déclaré : « Nous avançons. »\n\n"
        f"Monsieur {name}, le président, a salué l'accord. {name} said: “Yes.”\n"
    )
    doc = parse_text(text)
    for quote in doc.quotes:
        assert text[quote.start : quote.end] == quote.text
    for statement in doc.statements:
        assert text[statement.start : statement.end] == statement.text


def test_a_document_that_cannot_be_read_is_reported_and_the_others_still_are(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from commtool import pipeline

    (tmp_path / "a.txt").write_text("Le ministre a déclaré : « Oui. »\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("BREAK\n", encoding="utf-8")
    (tmp_path / "c.txt").write_text("He said: “Yes.”\n", encoding="utf-8")
    real = pipeline.parse_text

    def failing(text: str, *args: object, **kwargs: object) -> object:
        if text.startswith("BREAK"):
            raise ValueError("a bug")
        return real(text, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "parse_text", failing)
    result = CliRunner().invoke(cli, ["quotes", str(tmp_path), "-f", "jsonl", "-j", "1"])
    assert result.exit_code == 2
    texts = [json.loads(line)["text"] for line in result.stdout.splitlines()]
    assert texts == ["Oui.", "Yes."]
    assert "b.txt" in result.stderr and "ValueError: a bug" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
