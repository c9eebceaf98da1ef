"""`commtool index`: the parsed archive stored in SQLite."""

from __future__ import annotations

import sqlite3
from typing import Any

import click

from commtool.cli.common import Command, need_paths
from commtool.cli.options import input_options, jobs_option
from commtool.errors import EXIT_ERROR, EXIT_OK, InputError
from commtool.runtime import Session


@click.command(
    cls=Command,
    epilog="""\b
Examples:
  commtool index archive/ --db archive.db
  commtool search securite --db archive.db
  commtool quotes --db archive.db --speaker poutine
""",
)
@input_options
@click.option(
    "--db",
    type=click.Path(dir_okay=False),
    envvar="COMMTOOL_DB",
    required=True,
    metavar="FILE",
    help="The index file to create or update (SQLite); or COMMTOOL_DB.",
)
@jobs_option
@click.option("-q", "--quiet", is_flag=True, help="Do not print warnings and the summary line.")
@click.pass_context
def index(
    ctx: click.Context, paths: tuple[str, ...], db: str, jobs: int | None, quiet: bool
) -> None:
    """Store the parsed archive in SQLite; a re-run only reads new or changed files."""
    from commtool.archive import index as store
    from commtool.read.reader import discover

    need_paths(paths, None)
    session = Session(quiet)
    conn = store.connect(db, create=True)
    indexer = store.Indexer(conn)
    todo: list[tuple[str, Any]] = []
    for item in discover(paths):
        if isinstance(item, InputError):
            session.report(item)
        elif item == "-":
            session.error("-: standard input cannot be indexed")
        elif not _is_text(item):
            shown = item.encode("utf-8", "backslashreplace").decode("utf-8")
            session.warn(
                f"{shown}: skipped, its name is not valid UTF-8 and an index keeps names as "
                "text; rename it to index it"
            )
        else:
            try:
                st = indexer.needs(item)
            except OSError as err:  # gone or changed since the folder was listed
                session.error(f"{item}: cannot read ({err.strerror or err})")
                continue
            if st is not None:
                todo.append((item, st))
    stats = {path: st for path, st in todo}
    try:
        if todo:
            files = tuple(path for path, _ in todo)
            for item in session.documents(files, jobs, worker=store.parse_prepared):
                indexer.store(item, stats[item.path])
        indexer.commit()
        indexer.drop_vanished(paths)
    except sqlite3.Error as err:  # a full disk, a read-only file or folder
        if conn.in_transaction:
            conn.rollback()
        raise store.IndexFileError(f"{db}: cannot write the index ({err})") from None
    except BaseException:
        # Stopped half-way: the batch under way is undone, the batches before it stay.
        if conn.in_transaction:
            conn.rollback()
        raise
    finally:
        conn.close()
    done = indexer.stats
    if not quiet:
        click.echo(
            f"commtool: {db}: {done.added} added, {done.updated} updated, "
            f"{done.unchanged} unchanged, {done.removed} removed",
            err=True,
        )
    ctx.exit(EXIT_ERROR if session.errors else EXIT_OK)


def _is_text(name: str) -> bool:
    """Whether a file's name is text (a name of undecodable bytes holds lone surrogates)."""
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True
