"""The index answers as the files do, updates only what changed, survives a stopped run."""

from __future__ import annotations

import json
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from commtool.archive import index as store
from commtool.cli import cli


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


@pytest.fixture
def archive(tmp_path: Path, examples: Path) -> tuple[Path, str]:
    folder = tmp_path / "archive"
    shutil.copytree(examples, folder)
    db = str(tmp_path / "archive.db")
    result = run("index", str(folder), "--db", db)
    assert result.exit_code == 0, result.stderr
    files = len(list(examples.iterdir()))
    assert f"{files} added, 0 updated, 0 unchanged, 0 removed" in result.stderr
    return folder, db


LONG_CLAIM = (
    "L’éducation est un secteur prioritaire pour l’avenir de notre pays. Dans le monde "
    "aujourd’hui, la technologie joue un rôle important et seule l’éducation peut faire la "
    "différence. Il est très important de maintenir le partenariat dans ce secteur au profit "
    "de nos étudiants. L’ouverture des ambassades et le début des travaux de la commission "
    "intergouvernementale, nous pourrons, de part et d’autre, tout mettre en œuvre non "
    "seulement pour maintenir cette dynamique, mais aussi pour l’accélérer. Thank you, Mr "
    "President. I still remember our meeting in Sochi."
)


@pytest.mark.parametrize(
    "command",
    [
        ["search", "securite"],
        ["search", "securite", "-f", "jsonl"],  # offsets of lines the index names
        ["search", "etape", "--in", "quotes", "-f", "jsonl"],
        ["search", "-e", "poutine", "-e", "mensah", "-c"],
        ["search", "s.curit", "--regex"],
        ["search", "oe", "-l"],
        ["search", "gratitude", "--speaker", "gnassingbe", "-f", "json"],
        ["quotes", "-f", "jsonl"],
        ["quotes", "--speaker", "putin", "--kind", "turn"],
        ["summary", "-f", "json"],
        ["verify", "nos agriculteurs en seront les premiers", "-f", "json"],
        ["verify", "nouvelle étape", "--speaker", "Poutine", "-f", "json"],
        # A long claim (69 distinct words), half of them in one quote.
        ["verify", LONG_CLAIM, "-f", "json"],
    ],
)
def test_the_index_gives_the_same_answers_as_the_files(
    archive: tuple[Path, str], command: list[str]
) -> None:
    folder, db = archive
    from_files = run(*command, str(folder))
    from_index = run(*command, "--db", db)
    assert from_index.exit_code == from_files.exit_code
    assert from_index.stdout == from_files.stdout


def test_lines_named_by_the_index_are_those_of_the_files(tmp_path: Path) -> None:
    folder = tmp_path / "mixed"
    folder.mkdir()
    body = "Titre\n\nLa sécurité.\n\nRien.\nSECURITE et securite.\n\nFin sans fin de ligne securite"
    (folder / "lf.txt").write_text(body, encoding="utf-8")
    (folder / "crlf.txt").write_bytes(body.replace("\n", "\r\n").encode())
    db = str(tmp_path / "mixed.db")
    assert run("index", str(folder), "--db", db).exit_code == 0
    for options in ([], ["-f", "jsonl"], ["-C", "1"], ["-w"]):
        from_files = run("search", "securite", str(folder), *options)
        from_index = run("search", "securite", "--db", db, *options)
        assert from_index.stdout == from_files.stdout
        assert "lf.txt" in from_files.stdout and "crlf.txt" in from_files.stdout


def test_documents_another_commtool_parsed_are_flagged_and_parsed_again(
    archive: tuple[Path, str],
) -> None:
    folder, db = archive
    with sqlite3.connect(db) as conn:  # as if an older commtool had parsed two of them
        conn.execute(
            "UPDATE documents SET extractor = 'older' WHERE id IN "
            "(SELECT id FROM documents ORDER BY path LIMIT 2)"
        )
    for command in (["search", "securite"], ["quotes"], ["verify", "nouvelle étape"]):
        result = run(*command, "--db", db)
        assert result.exit_code in (0, 3)
        assert result.stderr.count("\n") == 1
        assert "2 documents parsed by another version of commtool" in result.stderr
    result = run("index", str(folder), "--db", db)
    others = len(list(folder.iterdir())) - 2
    assert f"0 added, 2 updated, {others} unchanged, 0 removed" in result.stderr
    assert run("search", "securite", "--db", db).stderr == ""


def test_a_rerun_reads_only_new_changed_or_vanished_files(archive: tuple[Path, str]) -> None:
    folder, db = archive
    (folder / "en_au_statement.md").write_text("Nothing to say.\n", encoding="utf-8")
    (folder / "new.txt").write_text("Le ministre a dit « bonjour ».\n", encoding="utf-8")
    (folder / "fr_afp_depeche.txt").unlink()
    untouched = len(list(folder.iterdir())) - 2  # less the changed file and the new one
    result = run("index", str(folder), "--db", db)
    assert f"1 added, 1 updated, {untouched} unchanged, 1 removed" in result.stderr
    assert run("search", "bonjour", "--db", db, "-l").stdout == f"{folder / 'new.txt'}\n"


def test_a_stopped_run_leaves_the_previous_index_usable(
    archive: tuple[Path, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    folder, db = archive
    for i in range(3):
        (folder / f"extra{i}.txt").write_text(f"Le ministre a dit « extra {i} ».", encoding="utf-8")
    calls = []

    def stop(self: store.Indexer, doc: object, st: object) -> None:
        calls.append(doc)
        raise KeyboardInterrupt

    monkeypatch.setattr(store.Indexer, "store", stop)
    result = run("index", str(folder), "--db", db)
    assert result.exit_code != 0 and calls
    monkeypatch.undo()
    assert run("search", "securite", "--db", db).exit_code == 0
    assert run("search", "extra", "--db", db).exit_code == 1
    assert "3 added" in run("index", str(folder), "--db", db).stderr


def test_a_damaged_or_missing_index_is_one_line(tmp_path: Path) -> None:
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"this is not a database at all" * 100)
    other = tmp_path / "other.db"
    sqlite3.connect(other).execute("CREATE TABLE t(x)").connection.commit()
    for path, expected in (
        (damaged, "not a commtool index"),
        (other, "not a commtool index"),
        (tmp_path / "missing.db", "no such index"),
    ):
        result = run("quotes", "--db", str(path))
        assert result.exit_code == 2 and expected in result.stderr
        assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert damaged.read_bytes() == b"this is not a database at all" * 100


def test_an_index_from_an_older_version_is_rebuilt_by_index_only(tmp_path: Path) -> None:

    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "a.txt").write_text(
        "date 2025-01-02 Visite\n\nLe Président a déclaré : « Nous sommes prêts. »\n",
        encoding="utf-8",
    )
    db = tmp_path / "old.db"
    old = sqlite3.connect(db)
    old.executescript(
        "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);"
        "INSERT INTO meta VALUES ('schema', '1');"
        "CREATE TABLE quotes(doc_id INTEGER, speaker TEXT, kind TEXT, text TEXT);"
    )
    old.commit()
    old.close()
    refused = run("verify", "Nous sommes prêts", "--db", str(db))
    assert refused.exit_code == 2
    assert "another version of commtool (schema 1" in refused.stderr
    assert "commtool index" in refused.stderr and "Traceback" not in refused.stderr
    rebuilt = run("index", str(archive), "--db", str(db))
    assert rebuilt.exit_code == 0, rebuilt.stderr
    checked = run("verify", "Nous sommes prêts", "--db", str(db), "-f", "json")
    assert checked.exit_code == 0
    assert json.loads(checked.stdout)["verdict"] == "exact"


@pytest.mark.parametrize(
    "script",
    [
        # A database of the user's that happens to have tables of the same names.
        "CREATE TABLE documents(id INTEGER, path TEXT); CREATE TABLE lines(doc INTEGER);"
        "INSERT INTO documents VALUES (1, 'mine');",
        # One with a meta table but no schema value.
        "CREATE TABLE meta(key TEXT, value TEXT); INSERT INTO meta VALUES ('schema', NULL);"
        "CREATE TABLE documents(id INTEGER); INSERT INTO documents VALUES (7);",
    ],
)
def test_index_never_touches_a_database_that_is_not_its_own(
    script: str, tmp_path: Path, examples: Path
) -> None:
    db = tmp_path / "mine.db"
    with sqlite3.connect(db) as conn:
        conn.executescript(script)
    conn.close()
    before = db.read_bytes()
    result = run("index", str(examples), "--db", str(db))
    assert result.exit_code == 2
    assert "not a commtool index" in result.stderr and result.stderr.count("\n") == 1
    assert db.read_bytes() == before


def test_index_refuses_an_empty_database_name(examples: Path) -> None:
    result = run("index", str(examples), "--db", "")
    assert result.exit_code == 2
    assert "--db needs the name of a file" in result.stderr


def test_a_folder_named_three_ways_is_indexed_once(
    tmp_path: Path, examples: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(examples, tmp_path / "dev")
    monkeypatch.chdir(tmp_path)
    db = str(tmp_path / "archive.db")
    files = len(list(examples.iterdir()))
    first = run("index", "dev", "--db", db)
    assert f"{files} added" in first.stderr, first.stderr
    again = run("index", "./dev", str(tmp_path / "dev"), "dev", "--db", db)
    assert again.exit_code == 0, again.stderr
    assert f"0 added, 0 updated, {files} unchanged, 0 removed" in again.stderr
    with sqlite3.connect(db) as conn:
        (count,) = conn.execute("SELECT count(*) FROM documents").fetchone()
    assert count == files
    from_index = run("quotes", "--db", db, "./dev", "-f", "jsonl").stdout.splitlines()
    from_files = run("quotes", "dev", "-f", "jsonl").stdout.splitlines()
    assert len(from_index) == len(from_files) > 5


@pytest.mark.parametrize(
    "args",
    [
        ["search", "ministre"],
        ["quotes", "-f", "jsonl"],
        ["summary", "-f", "json"],
        ["verify", "Nous sommes prêts"],
    ],
)
def test_readers_of_the_index_say_how_many_files_changed_or_went_since(
    args: list[str], archive: tuple[Path, str]
) -> None:
    folder, db = archive
    assert "changed" not in run(*args, "--db", db).stderr
    with (folder / "fr_afp_depeche.txt").open("a", encoding="utf-8") as handle:
        handle.write("\nLe ministre a dit : « Tout change. »\n")
    (folder / "en_talks_transcript.txt").unlink()
    result = run(*args, "--db", db)
    assert result.stderr.count("\n") == 1, result.stderr
    assert "1 changed and 1 gone" in result.stderr and "commtool index" in result.stderr
    assert run("index", str(folder), "--db", db).exit_code == 0
    assert "changed" not in run(*args, "--db", db).stderr


def test_a_file_claiming_the_schema_over_tables_of_its_own_is_refused_untouched(
    tmp_path: Path, examples: Path
) -> None:
    db = tmp_path / "theirs.db"
    conn = sqlite3.connect(db)
    conn.executescript(
        "CREATE TABLE meta(key TEXT PRIMARY KEY, value TEXT);"
        f"INSERT INTO meta VALUES ('schema', '{store.SCHEMA_VERSION}');"
        "CREATE TABLE documents(x); INSERT INTO documents VALUES ('mine');"
    )
    conn.commit()
    conn.close()
    before = db.read_bytes()
    written = run("index", str(examples), "--db", str(db))
    assert written.exit_code == 2 and "not a commtool index" in written.stderr
    for args in (["quotes"], ["search", "Poutine"], ["summary"], ["verify", "Poutine"]):
        read = run(*args, "--db", str(db))
        assert read.exit_code == 2, args
        assert "not a commtool index" in read.stderr and read.stderr.count("\n") == 1
    assert db.read_bytes() == before


@pytest.mark.parametrize("args", [["quotes"], ["summary"], ["summary", "--part", "speakers"]])
def test_an_index_damaged_after_it_was_built_is_one_line(
    archive: tuple[Path, str], args: list[str]
) -> None:
    _, db = archive
    conn = sqlite3.connect(db)  # a record no longer UTF-8, as a flipped byte leaves it
    conn.execute("UPDATE documents SET record = CAST(x'7b22ff0a4c65' AS TEXT) WHERE id = 2")
    conn.commit()
    conn.close()
    done = subprocess.run(
        [sys.executable, "-m", "commtool", *args, "--db", db, "-f", "jsonl"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    assert f"{db}: the index is damaged" in done.stderr and "commtool index" in done.stderr


def _archive_of(examples: Path, repeat: int) -> str:
    """The examples as one file, communiqué after communiqué, each under a header line."""
    parts = []
    for i in range(repeat):
        for path in sorted(examples.glob("*.txt")):
            text = path.read_text(encoding="utf-8").strip("\n ")
            if text.startswith("date "):
                text = text.split("\n", 1)[1]
            parts.append(f"date 20{10 + i:02d}-0{1 + len(parts) % 9}-02 Communiqué\n\n{text}\n\n")
    return "".join(parts)


@pytest.mark.parametrize(
    "command",
    [
        ["quotes", "-f", "jsonl"],
        ["search", "securite", "-f", "jsonl"],
        ["search", "-C1", "securite"],
        ["search", "etape", "--in", "quotes", "-f", "jsonl"],  # each part's date and speaker
        ["search", "president", "--since", "2011-01-01", "-c"],
        ["summary", "-f", "json"],
        ["verify", "nos agriculteurs en seront les premiers", "-f", "json"],
    ],
)
def test_a_large_file_is_indexed_in_the_parts_the_readers_parse(
    command: list[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, examples: Path
) -> None:
    from commtool import pipeline
    from commtool.read import reader

    monkeypatch.setattr(pipeline, "PARTS_FROM", 1)
    monkeypatch.setattr(reader, "_PIECE", 1000)
    folder = tmp_path / "archive"
    folder.mkdir()
    big = folder / "big.txt"
    big.write_text(_archive_of(examples, 3), encoding="utf-8")
    db = str(tmp_path / "archive.db")
    assert run("index", str(folder), "--db", db).exit_code == 0
    (parts,) = sqlite3.connect(db).execute("SELECT count(*) FROM documents").fetchone()
    assert parts == 3 * len(list(examples.glob("*.txt")))
    from_files = run(*command, str(folder))
    from_index = run(*command, "--db", db)
    assert from_files.exit_code == 0, from_files.stderr
    assert from_index.exit_code == from_files.exit_code
    assert from_index.stdout == from_files.stdout
    if command[0] == "quotes":  # every part kept its own date
        assert len({json.loads(row)["date"] for row in from_index.stdout.splitlines()}) > 3
    # Indexed again with fewer parts: none of the old ones stays behind.
    big.write_text(_archive_of(examples, 1), encoding="utf-8")
    again = run("index", str(folder), "--db", db)
    assert "0 added, 1 updated" in again.stderr
    assert run(*command, "--db", db).stdout == run(*command, str(folder)).stdout


def test_a_line_too_long_to_hold_is_searched_alike_in_the_files_and_the_index(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from commtool import pipeline
    from commtool.read import reader

    monkeypatch.setattr(pipeline, "PARTS_FROM", 1)
    monkeypatch.setattr(pipeline, "PART_MAX", 1500)  # parts cut inside the long line
    monkeypatch.setattr(reader, "STREAM_FROM", 1)
    monkeypatch.setattr(reader, "_PIECE", 1000)
    monkeypatch.setattr(reader, "LINE_MAX", 3000)
    said = "Le Président a déclaré : « Nous sommes prêts à coopérer avec le Togo. » "
    folder = tmp_path / "archive"
    folder.mkdir()
    (folder / "one.txt").write_text(
        "date 2025-01-02 Visite\n\n" + said * 400 + "\n\nLe Togo a répondu.\n", encoding="utf-8"
    )
    db = str(tmp_path / "archive.db")
    assert run("index", str(folder), "--db", db).exit_code == 0
    for command in (
        ["search", "-c", "togo"],
        ["search", "togo", "-f", "jsonl"],
        ["quotes", "-f", "jsonl"],
    ):
        from_files = run(*command, str(folder))
        from_index = run(*command, "--db", db)
        assert from_files.exit_code == from_index.exit_code == 0
        assert from_index.stdout == from_files.stdout
    # The long line is 28,800 characters: 10 pieces of at most 3,000 cut after a space.
    counted = run("search", "-c", "togo", str(folder)).stdout
    assert counted.strip().endswith(":11")  # and the last line


@pytest.mark.parametrize(
    "command",
    [
        ["search", "securite", "-c"],
        ["search", "etape", "--in", "quotes", "-f", "jsonl"],
        ["quotes", "-f", "jsonl"],
        ["verify", "nouvelle étape", "-f", "json"],
    ],
)
def test_files_outside_the_current_folder_are_shown_by_the_name_they_were_indexed_by(
    command: list[str], tmp_path: Path, examples: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shutil.copytree(examples, tmp_path / "archive")
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    db = str(tmp_path / "archive.db")
    assert run("index", "../archive", "--db", db).exit_code == 0
    from_files = run(*command, "../archive")
    from_index = run(*command, "--db", db)
    assert from_files.exit_code == from_index.exit_code == 0
    assert "../archive/" in from_index.stdout
    assert from_index.stdout == from_files.stdout


def test_a_reindexed_file_leaves_no_trace_of_its_old_quotes(tmp_path: Path) -> None:
    """The quote word index keeps no copy of the words (they are the quotes table's): when a
    file changes, its old quotes are taken out of it, and the index checks as sound."""
    folder = tmp_path / "archive"
    folder.mkdir()
    page = folder / "a.txt"
    page.write_text("Le ministre a déclaré : « Nous sommes prêts à signer l'accord. »\n")
    db = str(tmp_path / "archive.db")
    assert run("index", str(folder), "--db", db).exit_code == 0
    page.write_text("Le ministre a déclaré : « La coopération agricole avance bien. »\n")
    os.utime(page, ns=(1, 1))  # changed, whatever the clock's resolution
    again = run("index", str(folder), "--db", db)
    assert "0 added, 1 updated" in again.stderr
    old = run("verify", "Nous sommes prêts à signer l'accord", "--db", db, "-f", "json")
    new = run("verify", "La coopération agricole avance bien", "--db", db, "-f", "json")
    assert json.loads(old.stdout)["verdict"] == "not found"
    assert json.loads(new.stdout)["verdict"] == "exact"
    with sqlite3.connect(db) as conn:
        conn.execute("INSERT INTO quote_words(quote_words) VALUES ('integrity-check')")
        (size,) = conn.execute("SELECT length(record) FROM documents").fetchone()
        (text,) = conn.execute("SELECT length(text) FROM documents").fetchone()
    assert size < 8 * text  # compressed: the JSON alone is some 15 times this text
