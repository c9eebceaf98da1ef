from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

from commtool import __version__
from commtool.cli import cli
from commtool.render import Column, View, write_csv, write_jsonl, write_tsv

REFERENCE = "fr_togo_russie.txt"


def run(*args: str, input: str | bytes | None = None) -> click.testing.Result:
    return CliRunner().invoke(cli, list(args), input=input)


def test_version() -> None:
    result = run("--version")
    assert result.exit_code == 0 and __version__ in result.stdout


def test_parse_jsonl_on_the_reference(examples: Path) -> None:
    result = run("parse", str(examples / REFERENCE), "--format", "jsonl")
    assert result.exit_code == 0, result.stderr
    [row] = [json.loads(line) for line in result.stdout.splitlines()]
    assert row["date"] == "2025-11-24" and row["date_source"] == "header"
    assert row["title"] == "Bilan Positif et Accélération de la Coopération"
    assert row["language"] == "fr"
    assert row["sections"] == [
        "Priorité au Capital Humain et à la Technologie",
        "Sécurité Régionale et Remerciements",
    ]
    names = [p["name"] for p in row["people"]]
    assert names == ["Poutine", "Faure Gnassingbé"]
    assert result.stderr == ""


def test_parse_a_folder_in_a_stable_order(examples: Path) -> None:
    result = run("parse", str(examples), "--format", "jsonl", "--fields", "file")
    files = [json.loads(line)["file"] for line in result.stdout.splitlines()]
    assert files == sorted(files) and len(files) == len(list(examples.iterdir()))


def test_piped_default_is_tsv_with_a_header(examples: Path) -> None:
    result = run("parse", str(examples / REFERENCE), "--fields", "date,title")
    assert result.stdout.splitlines() == [
        "date\ttitle",
        "2025-11-24\tBilan Positif et Accélération de la Coopération",
    ]
    no_header = run("parse", str(examples / REFERENCE), "--fields", "date", "--no-header")
    assert no_header.stdout == "2025-11-24\n"


def test_csv_and_json_stay_valid_whatever_the_text_holds() -> None:
    text = 'Titre\t"piégé", virgule\n\nLe ministre a dit "oui",\tpuis\t« non ».\n'
    csv_rows = list(csv.reader(io.StringIO(run("parse", "-", "-f", "csv", input=text).stdout)))
    assert csv_rows[0][0] == "file" and len(csv_rows) == 2
    assert csv_rows[1][csv_rows[0].index("title")] == 'Titre "piégé", virgule'
    data = json.loads(run("parse", "-", "-f", "json", input=text).stdout)
    assert data[0]["file"] == "-" and data[0]["title"] == 'Titre "piégé", virgule'


def test_delimited_formats_escape_tabs_newlines_and_quotes() -> None:
    row = {"text": 'a\tb\nc "d", e\\f', "list": ["x", "y"], "none": None, "flag": True}
    view = View((Column("text"), Column("list"), Column("none"), Column("flag")))
    out = io.StringIO()
    write_tsv([row], out, view)
    assert out.getvalue() == 'text\tlist\tnone\tflag\na\\tb\\nc "d", e\\\\f\tx; y\t\ttrue\n'
    out = io.StringIO()
    write_csv([row], out, view)
    assert list(csv.reader(io.StringIO(out.getvalue())))[1] == [row["text"], "x; y", "", "true"]
    out = io.StringIO()
    write_jsonl([row], out, view)
    assert json.loads(out.getvalue()) == row


def test_markdown_and_table_formats(examples: Path) -> None:
    md = run("parse", str(examples / REFERENCE), "-f", "markdown", "--fields", "date,title")
    assert md.stdout.startswith("| Date | Title |\n|---|---|\n| 2025-11-24 |")
    table = run("parse", str(examples / REFERENCE), "-f", "table", "--fields", "date,title")
    assert "2025-11-24" in table.stdout and "\x1b[" not in table.stdout


def test_a_long_file_name_leaves_the_quote_its_room(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # At 80 columns a 60-character file name once took every column but Where and Date.
    name = "258_en_russia-france-lavrov-ayrault-munich-sputnik-2017-readout.txt"
    (tmp_path / name).write_text('"Recently we have been meeting quite often," Lavrov said.\n')
    monkeypatch.setenv("COLUMNS", "80")
    table = run("quotes", str(tmp_path / name), "-f", "table").stdout
    assert all(len(line) <= 80 for line in table.splitlines())
    assert "Recently" in table and "Lavrov" in table
    assert "258_en_…" in table and "txt:1 " in table  # its start and end, with the line


def test_stdin_and_encodings() -> None:
    data = "date 2025-01-02 Titre\n\nLe ministre est arrivé.\n".encode("cp1252")
    result = run("parse", "-", "-f", "jsonl", input=data)
    row = json.loads(result.stdout)
    assert row["encoding"] == "cp1252" and row["date"] == "2025-01-02"


def test_missing_file_is_one_line_on_stderr_and_exit_2(examples: Path, tmp_path: Path) -> None:
    result = run("parse", str(tmp_path / "absent.txt"), str(examples / REFERENCE), "-f", "jsonl")
    assert result.exit_code == 2
    assert len(result.stdout.splitlines()) == 1  # the readable file is still parsed
    assert result.stderr.count("\n") == 1 and "absent.txt: no such file" in result.stderr
    assert "Traceback" not in result.stderr


def test_binary_file_is_skipped_with_a_warning(tmp_path: Path) -> None:
    (tmp_path / "scan.txt").write_bytes(b"%PDF-1.4 binary")
    (tmp_path / "ok.txt").write_text("Le ministre est arrivé.", encoding="utf-8")
    result = run("parse", str(tmp_path), "-f", "jsonl")
    assert result.exit_code == 0
    assert len(result.stdout.splitlines()) == 1
    assert "scan.txt: skipped, looks like a PDF document" in result.stderr
    quiet = run("parse", str(tmp_path), "-f", "jsonl", "-q")
    assert quiet.stderr == ""


def test_bad_format_is_a_usage_error() -> None:
    result = run("parse", "-", "--format", "xml", input="x")
    assert result.exit_code == 2 and "xml" in result.stderr


def _all_commands(group: click.Group, path: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    found = []
    ctx = click.Context(group)
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        assert command is not None, name
        found.append((*path, name))
        if isinstance(command, click.Group):
            found += _all_commands(command, (*path, name))
    return found


def _command(path: tuple[str, ...]) -> click.Command:
    command: click.Command = cli
    for name in path:
        assert isinstance(command, click.Group)
        found = command.get_command(click.Context(command), name)
        assert found is not None, name
        command = found
    return command


@pytest.mark.parametrize("path", _all_commands(cli), ids=" ".join)
def test_every_command_and_option_has_help(path: tuple[str, ...]) -> None:
    command = _command(path)
    assert command.help and command.get_short_help_str()
    assert command.epilog and "commtool " + " ".join(path) in command.epilog
    for param in command.params:
        if isinstance(param, click.Option):
            assert param.help, f"{path} {param.opts} has no help"
    assert run(*path, "--help").exit_code == 0


def test_group_help_lists_exit_codes() -> None:
    result = run("--help")
    assert "parse" in result.stdout and "130 interrupted" in result.stdout
