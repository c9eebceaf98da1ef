"""The discourse layer: entities have kinds, a group is a list of entities, and every
command reads the same speaker type."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from commtool import parse_text
from commtool.cli import cli
from commtool.resolve.discourse import read_discourse
from commtool.segment.blocks import LineIndex

GROUP_EN = (
    "date 2024-03-01 Talks in Minsk\n\n"
    "Vladimir Putin met Alexander Lukashenko in Minsk.\n\n"
    "The two leaders said: “We agree on everything.”\n"
)


@pytest.mark.parametrize(
    ("text", "kind", "speakers"),
    [
        (GROUP_EN, "group", ("Vladimir Putin", "Alexander Lukashenko")),
        (
            "Le président Emmanuel Macron a reçu le président Patrice Talon.\n\n"
            "Les deux chefs d'État ont déclaré : « Nous sommes d'accord. »\n",
            "group",
            ("Emmanuel Macron", "Patrice Talon"),
        ),
        ("The Kremlin said: “The talks were useful.”\n", "body", ("Kremlin",)),
        ("L'Élysée a fait savoir : « Le dialogue continue. »\n", "body", ("Élysée",)),
        ("Vladimir Putin said: “We will go.”\n", "person", ("Vladimir Putin",)),
    ],
)
def test_each_quote_has_its_speakers_and_their_kind(
    text: str, kind: str, speakers: tuple[str, ...]
) -> None:
    [quote] = parse_text(text).quotes
    assert quote.speaker_kind == kind
    assert quote.speakers == speakers


def test_a_transcript_label_is_an_unnamed_source_not_a_person() -> None:
    doc = parse_text(
        "Vladimir Putin: Good afternoon.\n\nQUESTION: Will you go?\n\nVladimir Putin: Yes.\n"
    )
    assert [(q.speaker, q.speaker_kind) for q in doc.quotes] == [
        ("Vladimir Putin", "person"),
        ("QUESTION", "source"),
        ("Vladimir Putin", "person"),
    ]
    assert [p.name for p in doc.people] == ["Vladimir Putin"]


def test_a_state_that_speaks_is_a_state_and_a_body_a_body() -> None:
    doc = parse_text("Le Togo a salué la décision de la Russie d'ouvrir une ambassade à Lomé.\n")
    assert [(s.speaker, s.speaker_kind) for s in doc.statements] == [("Togo", "state")]
    assert [(p.name, p.kind) for p in doc.people] == [("Togo", "state")]
    doc = parse_text("The Kremlin said: “The talks were useful.”\n")
    assert [(p.name, p.kind) for p in doc.people] == [("Kremlin", "body")]


def test_the_discourse_is_readable_on_its_own() -> None:
    text = "Vladimir Putin met Alexander Lukashenko.\n\nHe said the talks went well.\n"
    doc = parse_text(text)
    body = [p for p in doc.paragraphs if p.kind == "body"]
    discourse = read_discourse(text, body, LineIndex(text))
    names = [e.name for e in discourse.entities]
    assert names == ["Vladimir Putin", "Alexander Lukashenko"]
    second = discourse.sentence_at(text.index("He said"))
    assert second is not None and second.before is discourse.entities[0]
    [he] = discourse.mentions_in(second.start, second.end)
    assert he.who() == [discourse.entities[0]]


def _run(*args: str, stdin: str | None = None) -> str:
    result = CliRunner().invoke(cli, list(args), input=stdin)
    assert result.exit_code == 0, result.output
    return result.stdout


def test_a_group_counts_for_each_member_in_summaries_never_as_a_joint_name() -> None:
    data = json.loads(_run("summary", "-", "--format", "json", stdin=GROUP_EN))
    names = {p["name"]: p["quotes"] for p in data["participants"]}
    assert names == {"Vladimir Putin": 1, "Alexander Lukashenko": 1}


def test_quotes_of_a_group_are_found_by_each_member_name() -> None:
    out = _run("quotes", "-", "--speaker", "lukashenko", "--format", "jsonl", stdin=GROUP_EN)
    [record] = [json.loads(line) for line in out.splitlines()]
    assert record["speaker_kind"] == "group"
    assert record["speakers"] == ["Vladimir Putin", "Alexander Lukashenko"]
