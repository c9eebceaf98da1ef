"""`commtool parse`: each document's date, title, place, sections, counts, dates and people."""

from __future__ import annotations

import click

from commtool.cli.common import Command, input_paths
from commtool.cli.options import input_options, jobs_option, output_options
from commtool.errors import EXIT_ERROR, EXIT_OK
from commtool.render import Output
from commtool.runtime import Session
from commtool.views import PARSE_VIEW


@click.command(
    cls=Command,
    json_fields=PARSE_VIEW.names(),
    epilog="""\b
Examples:
  commtool parse examples/
  commtool parse communique.txt --format json
  cat communique.txt | commtool parse - --fields file,date,title
""",
)
@input_options
@jobs_option
@output_options
@click.pass_context
def parse(
    ctx: click.Context,
    paths: tuple[str, ...],
    jobs: int | None,
    output: Output,
) -> None:
    """Show each document's date, title, place, sections, counts, dates and people."""
    paths = input_paths(paths, None)

    from commtool.views import PARSE_VIEW, parse_row

    session = Session(output.quiet)
    rows = (parse_row(doc) for doc in session.documents(paths, jobs))
    output.emit(rows, PARSE_VIEW)
    ctx.exit(EXIT_ERROR if session.errors else EXIT_OK)
