"""One text identity: every command folds and keys names the same way."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from commtool.cli import cli
from commtool.folding import fold, name_key, same_person


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=("Cs",))))
def test_a_name_key_is_the_key_of_its_folded_form(text: str) -> None:
    assert name_key(text) == name_key(fold(text))


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Alaksandr Łukaszenka", "alaksandr lukaszenka"),
        ("Milo Đukanović", "milo dukanovic"),
        ("Jonas Gahr Støre", "jonas gahr store"),
        ("Путин", "putin"),
        ("Jean-Yves Le Drian", "jean yves le drian"),
    ],
)
def test_name_keys_across_spellings(a: str, b: str) -> None:
    assert name_key(a) == b


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Poutine", "Vladimir Poutine", True),
        ("V. Putin", "Vladimir Putin", True),
        ("Łukaszenka", "Alaksandr Lukaszenka", True),
        ("Jean Dupont", "Vladimir Dupont", False),
        ("Vladimir Putin", "Vladimir Medvedev", False),
        ("", "Putin", False),
    ],
)
def test_same_person(a: str, b: str, same: bool) -> None:
    assert same_person(a, b) is same and same_person(b, a) is same


TEXT = (
    "date 2024-05-01 Talks\n\n"
    "Alaksandr Łukaszenka a reçu le ministre.\n\n"
    "« Nous avancerons ensemble », a déclaré Alaksandr Łukaszenka.\n"
)


def _run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(cli, list(args), input=TEXT)
    return result.exit_code, result.stdout


def test_search_quotes_and_verify_agree_on_a_name_with_a_stroke() -> None:
    code, out = _run("search", "lukaszenka", "-", "--format", "jsonl")
    assert code == 0 and out
    code, out = _run("quotes", "-", "--speaker", "lukaszenka", "--format", "jsonl")
    assert code == 0 and json.loads(out.splitlines()[0])["speaker"] == "Alaksandr Łukaszenka"
    code, out = _run(
        "verify", "Nous avancerons ensemble", "-", "--speaker", "lukaszenka", "--format", "json"
    )
    assert code == 0 and json.loads(out)["verdict"] == "exact"


def test_the_fold_table_is_what_fold_char_gives() -> None:
    from commtool import folding
    from commtool.foldtable import TABLE

    expected = {c: folding.fold_char(c) for lo, hi in folding.RANGES for c in range(lo, hi)}
    wrong = {c: (TABLE.get(c), v) for c, v in expected.items() if TABLE.get(c) != v}
    assert not wrong, f"{len(wrong)} entries differ: run folding.write_table (e.g. {wrong})"
    assert set(TABLE) == set(expected)
