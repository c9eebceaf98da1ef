"""Invariants that hold for any text: no crash, offsets map back, output stays parseable."""

from __future__ import annotations

import json

from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from commtool import parse_bytes, parse_text
from commtool.cli import cli
from commtool.errors import BinaryInputError

# Text drawn from what communiqués hold, plus anything Unicode can throw at us.
WORDS = st.sampled_from(
    [
        "Le",
        "Président",
        "Poutine",
        "a",
        "déclaré",
        ":",
        "«",
        "»",
        "“",
        "”",
        '"',
        "M.",
        "U.S.",
        "24",
        "novembre",
        "2025",
        "Lomé,",
        "le",
        "–",
        "\n",
        "\n\n",
        "\r\n",
        ".",
        "Il",
        "said",
        "hier",
        "H.E.",
        "Mr",
        "(AFP)",
        "date",
        "2025-11-24",
        "Title:",
        "’",
        "\t",
        "\u202f",
    ]
)
TEXTS = st.one_of(st.text(), st.lists(WORDS, max_size=80).map(" ".join))


@settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_any_text_parses_and_offsets_map_back(text: str) -> None:
    doc = parse_text(text)
    for paragraph in doc.paragraphs:
        assert doc.text[paragraph.start : paragraph.end] == paragraph.text
        for sentence in paragraph.sentences:
            assert doc.text[sentence.start : sentence.end] == sentence.text
            assert paragraph.start <= sentence.start <= sentence.end <= paragraph.end
    for mention in doc.dates:
        assert doc.text[mention.start : mention.end] == mention.text


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_any_bytes_parse_or_are_refused_as_binary(data: bytes) -> None:
    try:
        doc = parse_bytes(data, "x")
    except BinaryInputError:
        return
    assert isinstance(doc.text, str)


@settings(max_examples=60, deadline=None)
@given(TEXTS)
def test_json_output_is_valid_whatever_the_text(text: str) -> None:
    result = CliRunner().invoke(cli, ["parse", "-", "--format", "jsonl"], input=text.encode())
    assert result.exit_code == 0, result.stderr
    for line in result.stdout.splitlines():
        assert json.loads(line)["file"] == "-"
