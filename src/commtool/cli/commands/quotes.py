"""`commtool quotes`: every direct quotation and transcript turn, with its speaker."""

from __future__ import annotations

from typing import Any

import click

from commtool.cli.common import SPEECH_KINDS, Command, input_paths
from commtool.cli.options import (
    aliases_option,
    db_option,
    input_options,
    jobs_option,
    output_options,
)
from commtool.errors import EXIT_ERROR, EXIT_NO_MATCH, EXIT_OK
from commtool.render import Output
from commtool.runtime import Session
from commtool.views import QUOTES_VIEW


@click.command(
    cls=Command,
    json_fields=QUOTES_VIEW.names(),
    epilog="""\b
Examples:
  commtool quotes examples/fr_togo_russie.txt
  commtool quotes archive/ --speaker poutine --format jsonl
  commtool quotes archive/ --kind turn --min-words 20 --fields speaker,text
""",
)
@input_options
@click.option(
    "--speaker",
    metavar="NAME",
    help="Only quotes by this speaker (any part of a name or alias, accents and case ignored).",
)
@aliases_option
@click.option(
    "--kind",
    type=click.Choice(("quoted", "turn", "term", "all")),
    help="quoted: words in quotation marks; turn: transcript turns; term: names in marks "
    "(programmes, documents); all. Default: quoted and turn.",
)
@click.option(
    "--min-words",
    type=click.IntRange(min=0),
    default=0,
    metavar="N",
    help="Only quotes of at least N words.",
)
@jobs_option
@db_option
@output_options
@click.pass_context
def quotes(
    ctx: click.Context,
    paths: tuple[str, ...],
    jobs: int | None,
    speaker: str | None,
    alias_file: str | None,
    kind: str | None,
    min_words: int,
    db: str | None,
    output: Output,
) -> None:
    """List every direct quotation and transcript turn, with who said it and when."""
    paths = input_paths(paths, db)

    from commtool.aliases import load_aliases
    from commtool.views import QUOTES_VIEW, quote_rows

    session = Session(output.quiet)
    aliases = load_aliases(alias_file)

    def keep(row: dict[str, Any]) -> bool:
        if kind != "all" and row["kind"] not in ((kind,) if kind else SPEECH_KINDS):
            return False
        if min_words and len(row["text"].split()) < min_words:
            return False
        return not speaker or any(
            aliases.matches(speaker, n) for n in (row["speaker"], *row["speakers"])
        )

    rows = (
        row
        for doc in session.documents(paths, jobs, db)
        for row in quote_rows(doc, aliases.canonical)
        if keep(row)
    )
    count = output.emit(rows, QUOTES_VIEW)
    ctx.exit(EXIT_ERROR if session.errors else EXIT_OK if count else EXIT_NO_MATCH)
