"""`commtool verify`: check a quote against the archive."""

from __future__ import annotations

import click

from commtool.cli.common import Command, input_paths
from commtool.cli.options import aliases_option, db_option, jobs_option, output_options
from commtool.errors import EXIT_ERROR
from commtool.render import Output
from commtool.runtime import Session
from commtool.views import VERIFY_FLAT_VIEW

VERIFY_EXIT = {"exact": 0, "not found": 1, "close": 3, "misattributed": 4}


@click.command(
    cls=Command,
    json_fields=VERIFY_FLAT_VIEW.names(),
    epilog="""\b
Examples:
  commtool verify "L'éducation est un secteur prioritaire" archive/
  commtool verify "education is a priority" archive/ --speaker Poutine --format json

\b
Exit status: 0 exact, 1 not found, 3 close (words differ), 4 misattributed
(the words exist but another person said them), 2 error.
""",
)
@click.argument("claim")
@click.argument(
    "paths", nargs=-1, required=False, metavar="PATH...", type=click.Path(allow_dash=True)
)
@click.option(
    "--speaker",
    metavar="NAME",
    help="Who the quote is said to be from (any part of a name or alias).",
)
@aliases_option
@jobs_option
@db_option
@output_options
@click.pass_context
def verify(
    ctx: click.Context,
    claim: str,
    paths: tuple[str, ...],
    jobs: int | None,
    speaker: str | None,
    alias_file: str | None,
    db: str | None,
    output: Output,
) -> None:
    """Check a quote: exact, close (with what differs), misattributed, or not found."""
    paths = input_paths(paths, db)

    from commtool.aliases import load_aliases
    from commtool.archive.verify import verify as check
    from commtool.render import Report, Section
    from commtool.views import VERIFY_FLAT_VIEW, VERIFY_VIEW, verify_rows

    if not claim.strip():
        raise click.BadParameter("the claimed quote is empty", param_hint="CLAIM")
    session = Session(output.quiet)
    aliases = load_aliases(alias_file)
    if db:
        from commtool.archive import index as store
        from commtool.archive.verify import verify_candidates

        candidates = store.quote_candidates(store.connect(db, warn=session.warn), paths, claim)
        verdict = verify_candidates(claim, candidates, speaker, aliases)
    else:
        verdict = check(claim, session.documents(paths, jobs), speaker, aliases)
    record = verdict.record()
    picked = output.pick(record)
    flat = Section(output.view(VERIFY_FLAT_VIEW, wide=False), [record])
    report = Report(
        sections=(Section(VERIFY_VIEW, verify_rows(record)),) if not output.fields else (flat,),
        flat=flat,
        record=picked,
        records=[picked],
        indent=None if output.fields else 2,
    )
    output.emit_report(report)
    ctx.exit(EXIT_ERROR if session.errors else VERIFY_EXIT[verdict.verdict])
