from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from commtool import parse_text
from commtool.segment.dates import find_dates, to_date

REFERENCE = dt.date(2025, 11, 24)  # a Monday


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("le 24 novembre 2025", "2025-11-24"),
        ("le 1er décembre 2025", "2025-12-01"),
        ("lundi 24/11/2025", "2025-11-24"),
        ("November 24, 2025", "2025-11-24"),
        ("24 Nov. 2025", "2025-11-24"),
        ("2025-11-24", "2025-11-24"),
        ("Thursday, 3 July 2025", "2025-07-03"),
        ("ce jeudi 07 juillet 2016", "2016-07-07"),
        ("le 15 août 2024", "2024-08-15"),
    ],
)
def test_full_dates(text: str, expected: str) -> None:
    found = find_dates(text)
    assert len(found) == 1
    resolved = to_date(found[0], None)
    assert resolved == (dt.date.fromisoformat(expected), False)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("le 19 novembre", "2025-11-19"),
        ("hier", "2025-11-23"),
        ("avant-hier", "2025-11-22"),
        ("yesterday", "2025-11-23"),
        ("demain", "2025-11-25"),
        ("last Tuesday", "2025-11-18"),
        ("mardi dernier", "2025-11-18"),
        ("next Friday", "2025-11-28"),
        ("vendredi", "2025-11-21"),  # the nearest Friday
    ],
)
def test_partial_and_relative_dates_use_the_reference(text: str, expected: str) -> None:
    found = find_dates(text)
    assert len(found) == 1
    assert to_date(found[0], REFERENCE) == (dt.date.fromisoformat(expected), True)
    assert to_date(found[0], None) is None


def test_a_day_without_year_far_ahead_is_last_years() -> None:
    found = find_dates("le 28 décembre")
    assert to_date(found[0], dt.date(2025, 1, 10)) == (dt.date(2024, 12, 28), True)


def test_may_as_a_verb_is_not_a_date() -> None:
    assert find_dates("the parties may 15 times meet") == []


def test_invalid_calendar_dates_are_dropped() -> None:
    assert to_date(find_dates("31/02/2025")[0], None) is None


def test_range_gives_both_days() -> None:
    doc = parse_text("Du 17 au 19 novembre 2025, le Président était en visite.")
    assert [(d.text, d.date.isoformat(), d.inferred) for d in doc.dates] == [
        ("17", "2025-11-17", True),
        ("19 novembre 2025", "2025-11-19", False),
    ]
    assert doc.date == dt.date(2025, 11, 19)  # the first date written in full


def test_document_date_prefers_header_then_dateline_then_text() -> None:
    text = "Lomé, le 3 mars 2025 – Accord signé, après la réunion du 1er février 2025."
    assert parse_text(text).date_source == "dateline"
    assert parse_text("date 2025-01-02 Titre\n\n" + text).date == dt.date(2025, 1, 2)
    only_text = parse_text("La réunion du 1er février 2025 a eu lieu. Elle a duré.")
    assert (only_text.date, only_text.date_source) == (dt.date(2025, 2, 1), "text")
    assert parse_text("Rien de daté ici, seulement mercredi.").date is None


def test_mentions_are_resolved_against_the_document_date() -> None:
    doc = parse_text("date 2025-11-24 Titre\n\nHier, le ministre a parlé de cette année.")
    assert [(d.text, d.date.isoformat(), d.precision) for d in doc.dates] == [
        ("Hier", "2025-11-23", "day"),
        ("cette année", "2025-01-01", "year"),
    ]
    assert all(doc.text[d.start : d.end] == d.text for d in doc.dates)


@pytest.mark.parametrize(
    ("value", "since", "until"),
    [
        ("2020", "2020-01-01", "2020-12-31"),
        ("2020-8", "2020-08-01", "2020-08-31"),
        ("2024-02", "2024-02-01", "2024-02-29"),
        ("2020-08-01", "2020-08-01", "2020-08-01"),
        ("août 2020", "2020-08-01", "2020-08-31"),
        ("August 2020", "2020-08-01", "2020-08-31"),
        ("24 novembre 2025", "2025-11-24", "2025-11-24"),
    ],
)
def test_a_date_bound_means_the_first_or_last_day_of_what_it_names(
    value: str, since: str, until: str
) -> None:
    from commtool.segment.dates import parse_date_bound

    assert str(parse_date_bound(value)) == since
    assert str(parse_date_bound(value, end=True)) == until


@pytest.mark.parametrize("value", ["1e400", "-5", "2020-13", "2021-02-30", "soon", "20"])
def test_a_date_bound_that_names_no_date_is_refused_with_the_accepted_forms(value: str) -> None:
    from click.testing import CliRunner

    from commtool.cli import cli

    result = CliRunner().invoke(cli, ["search", "a", "-", "--since", value], input="a\n")
    assert result.exit_code == 2
    assert "YYYY-MM-DD" in result.stderr and result.stderr.count("\n") == 1


def test_since_and_until_a_year_keep_the_documents_of_that_year(tmp_path: Path) -> None:
    from click.testing import CliRunner

    from commtool.cli import cli

    for day in ("2019-12-31", "2020-01-01", "2020-12-31", "2021-01-01"):
        (tmp_path / f"{day}.txt").write_text(f"date {day} Titre\n\nLa paix.\n", encoding="utf-8")
    result = CliRunner().invoke(
        cli, ["search", "paix", str(tmp_path), "--since", "2020", "--until", "2020", "-l"]
    )
    assert sorted(Path(p).stem for p in result.stdout.split()) == ["2020-01-01", "2020-12-31"]


def test_a_year_set_apart_by_a_slash_on_a_date_line() -> None:
    from commtool import parse_text

    document = parse_text("10 сентября / 2023\n\nТелефонный разговор Президента России.\n")
    assert str(document.date) == "2023-09-10"
