"""The same terminal and scripting conventions on every command."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from commtool import render, views
from commtool.cli import cli
from commtool.render import use_color

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = str(ROOT / "examples" / "fr_togo_russie.txt")
COMMANDS = {
    "parse": ["parse", REFERENCE],
    "quotes": ["quotes", REFERENCE],
    "summary": ["summary", REFERENCE],
    "search": ["search", "gnassingbe", REFERENCE],
    "verify": ["verify", "nouvelle étape", REFERENCE],
}


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    return CliRunner().invoke(cli, list(args), env=env)


@pytest.mark.parametrize("command", COMMANDS)
@pytest.mark.parametrize("fmt", ["table", "json", "jsonl", "csv", "tsv", "markdown"])
def test_every_format_of_every_command_is_well_formed(command: str, fmt: str) -> None:
    result = run(*COMMANDS[command], "--format", fmt)
    assert result.exit_code == 0, result.stderr
    out = result.stdout
    assert out.strip() and "\x1b[" not in out
    if fmt == "json":
        json.loads(out)
    elif fmt == "jsonl":
        assert all(isinstance(json.loads(line), dict) for line in out.splitlines())
    elif fmt == "csv":
        rows = list(csv.reader(io.StringIO(out)))
        assert len({len(r) for r in rows}) == 1
    elif fmt == "tsv":
        assert len({line.count("\t") for line in out.splitlines()}) == 1
    elif fmt == "markdown":
        assert out.lstrip().startswith(("|", "#"))


@pytest.mark.parametrize("command", ["parse", "quotes", "summary"])
def test_piped_default_is_tsv_and_terminal_default_a_table(
    command: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    piped = run(*COMMANDS[command]).stdout
    first = piped.splitlines()[0]
    assert "\t" in first and "─" not in piped and "+--" not in piped
    monkeypatch.setattr(render, "is_terminal", lambda out: True)
    table = run(*COMMANDS[command], env={"NO_COLOR": "1", "COLUMNS": "100"}).stdout
    assert "\t" not in table
    assert all(len(line) <= 100 for line in table.splitlines())


@pytest.mark.parametrize(
    ("choice", "env", "tty", "expected"),
    [
        ("always", {"NO_COLOR": "1"}, False, True),
        ("never", {"FORCE_COLOR": "1"}, True, False),
        ("auto", {}, True, True),
        ("auto", {}, False, False),
        ("auto", {"NO_COLOR": "1"}, True, False),
        ("auto", {"CLICOLOR": "0"}, True, False),
        ("auto", {"TERM": "dumb"}, True, False),
        ("auto", {"CLICOLOR_FORCE": "1"}, False, True),
        ("auto", {"FORCE_COLOR": "1"}, False, True),
    ],
)
def test_colour_settings(choice: str, env: dict[str, str], tty: bool, expected: bool) -> None:
    assert use_color(choice, tty, env) is expected


def test_colour_on_the_command_line() -> None:
    coloured = run("quotes", REFERENCE, "-f", "table", "--color", "always").stdout
    assert "\x1b[" in coloured
    assert "\x1b[" not in run("quotes", REFERENCE, "-f", "table", "--color", "never").stdout
    grep = run("search", "poutine", REFERENCE, "--color", "always").stdout
    assert "\x1b[1;31mPoutine\x1b[0m" in grep


@pytest.mark.parametrize("fmt", ["csv", "tsv", "json", "jsonl", "markdown"])
def test_fields_pick_and_order_columns_in_every_format(fmt: str) -> None:
    out = run("quotes", REFERENCE, "-f", fmt, "--fields", "line,speaker").stdout
    if fmt in ("json", "jsonl"):
        first = json.loads(out)[0] if fmt == "json" else json.loads(out.splitlines()[0])
        assert list(first) == ["line", "speaker"]
    elif fmt == "markdown":
        assert out.startswith("| Line | Speaker |")
    else:
        assert out.splitlines()[0] == ("line,speaker" if fmt == "csv" else "line\tspeaker")


def test_json_alone_lists_the_fields_and_with_fields_prints_them() -> None:
    listing = run("quotes", "--json")
    assert listing.exit_code == 0 and listing.stdout.split() == list(views.QUOTES_VIEW.names())
    rows = json.loads(run("quotes", REFERENCE, "--json", "speaker,line").stdout)
    assert rows[0] == {"speaker": "Poutine", "line": 23}


def test_config_file_sets_defaults_and_the_command_line_wins(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('format = "jsonl"\n[quotes]\nfields = "speaker"\n', encoding="utf-8")
    env = {"COMMTOOL_CONFIG": str(config)}
    from_config = run("quotes", REFERENCE, env=env).stdout.splitlines()
    assert json.loads(from_config[0]) == {"speaker": "Poutine"}
    from_line = run("quotes", REFERENCE, "-f", "csv", "--fields", "line", env=env).stdout
    assert from_line.splitlines()[:2] == ["line", "23"]
    shown = run("config", "show", env=env).stdout
    assert f"format\tjsonl\tconfig file ({config})" in shown
    config.write_text('format = "xml"\n', encoding="utf-8")
    bad = run("quotes", REFERENCE, env=env)
    assert bad.exit_code == 2 and "expected one of" in bad.stderr and bad.stderr.count("\n") == 1
    config.write_text("bogus_key = 1\n", encoding="utf-8")
    unknown = run("config", "show", env=env)
    assert unknown.exit_code == 2 and unknown.stderr.count("\n") == 1
    assert "unknown setting 'bogus_key'" in unknown.stderr
    valid = unknown.stderr.split("expected one of ", 1)[1].strip().split(", ")
    assert {"format", "color", "aliases", "jobs"} <= set(valid) and "paths" not in valid


@pytest.mark.parametrize(
    ("setting", "said"),
    [
        ("aliases = 1", "aliases = 1 in the configuration: expected a string"),
        ("aliases = 12", "aliases = 12 in the configuration: expected a string"),
        ("fields = 3", "fields = 3 in the configuration: expected a string"),
        ('jobs = "two"', "jobs = 'two' in the configuration: expected a whole number"),
        ("quiet = 1", "quiet = 1 in the configuration: expected true or false"),
        ("color = true", "color = true in the configuration: expected one of auto"),
        ("[quotes]\npattern = 3", "unknown setting 'pattern' in [quotes] of the configuration"),
    ],
)
def test_a_setting_of_the_wrong_type_is_refused_with_its_key(
    tmp_path: Path, setting: str, said: str
) -> None:
    config = tmp_path / "config.toml"
    config.write_text(setting + "\n", encoding="utf-8")
    result = run("quotes", REFERENCE, env={"COMMTOOL_CONFIG": str(config)})
    assert result.exit_code == 2 and result.stdout == ""
    assert said in result.stderr and result.stderr.count("\n") == 1


def test_settings_of_the_right_type_are_taken(tmp_path: Path) -> None:
    config = tmp_path / "config.toml"
    config.write_text('jobs = 1\nwide = true\n[quotes]\nfields = "line"\n', encoding="utf-8")
    result = run("quotes", REFERENCE, "-f", "csv", env={"COMMTOOL_CONFIG": str(config)})
    assert result.exit_code == 0 and result.stdout.splitlines()[:2] == ["line", "23"]


def test_exit_codes_are_documented_and_kept() -> None:
    assert "130 interrupted" in run("--help").stdout
    assert run("quotes", REFERENCE, "--speaker", "nobody").exit_code == 1
    assert run("search", "nothing-like-this", REFERENCE).exit_code == 1
    assert run("parse", "/no/such/file").exit_code == 2


def _readme_fields(command: str) -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split(f"#### JSON fields of `{command}`", 1)[1].split("\n\n", 2)[1]
    names: list[str] = []
    for row in section.splitlines()[2:]:
        cell = row.split("|")[1]
        names += re.findall(r"`([a-z_]+)`", cell)
    return names


@pytest.mark.parametrize(
    ("command", "fields"),
    [
        ("parse", views.PARSE_VIEW.names()),
        ("quotes", views.QUOTES_VIEW.names()),
        ("summary", views.SUMMARY_RECORD_VIEW.names()),
        ("search", views.SEARCH_VIEW.names()),
        ("verify", views.VERIFY_FLAT_VIEW.names()),
    ],
)
def test_readme_documents_the_json_fields_each_command_prints(
    command: str, fields: tuple[str, ...]
) -> None:
    assert sorted(_readme_fields(command)) == sorted(fields)
    out = run(*COMMANDS[command], "--format", "json").stdout
    data = json.loads(out)
    record = data[0] if isinstance(data, list) else data
    assert set(record) == set(fields)


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_no_color_on_a_terminal_turns_colour_off_and_nothing_else() -> None:
    view = render.View((render.Column("name", "Name"), render.Column("text", "Text")))
    rows = [{"name": "Poutine", "text": "We agree."}]
    plain, coloured = _Terminal(), _Terminal()
    render.write_table(rows, plain, view, color=False)
    render.write_table(rows, coloured, view, color=True)
    assert "\x1b[" not in plain.getvalue() and "\x1b[" in coloured.getvalue()
    assert "─" in plain.getvalue() and "+--" not in plain.getvalue()
    piped = io.StringIO()
    render.write_table(rows, piped, view, color=False)
    assert piped.getvalue().isascii()  # a file or a pipe: plain ASCII lines


@pytest.mark.parametrize(
    "args",
    [
        ["quotes", REFERENCE, "--fields", "speaker,bogus"],
        ["quotes", REFERENCE, "--json", "bogus"],
        ["parse", REFERENCE, "--fields", "file,nope", "-f", "csv"],
        ["verify", "nouvelle étape", REFERENCE, "--fields", "verdict,bogus"],
        ["summary", REFERENCE, "-f", "json", "--fields", "bogus"],
        ["summary", REFERENCE, "-f", "table", "--fields", "bogus"],
        ["search", "gnassingbe", REFERENCE, "-f", "json", "--fields", "bogus"],
    ],
)
def test_an_unknown_field_is_refused_with_the_valid_names(args: list[str]) -> None:
    result = run(*args)
    assert result.exit_code == 2
    assert result.stderr.startswith("commtool: error: unknown field ")
    assert "expected one of" in result.stderr and result.stderr.count("\n") == 1


def test_a_field_may_be_named_as_its_column_header_in_any_case() -> None:
    result = run("quotes", REFERENCE, "--fields", "Speaker,QUOTE", "-f", "csv")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == "speaker,text"


def test_json_and_another_format_at_once_is_refused() -> None:
    result = run("quotes", REFERENCE, "--json", "speaker", "--format", "csv")
    assert result.exit_code == 2
    assert "--json prints JSON" in result.stderr and "quotes --help" in result.stderr
    assert run("quotes", REFERENCE, "--json", "speaker", "--format", "json").exit_code == 0
