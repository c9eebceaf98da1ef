"""`commtool summary`: one communiqué at a glance, or an archive's timeline and speakers."""

from __future__ import annotations

import sys
from typing import Any

import click

from commtool.cli.common import Command, UserError, input_paths
from commtool.cli.options import (
    aliases_option,
    db_option,
    input_options,
    jobs_option,
    output_options,
)
from commtool.errors import EXIT_ERROR, EXIT_NO_MATCH, EXIT_OK
from commtool.render import Output, Report, Section, View, chosen_fields, is_terminal
from commtool.runtime import Session
from commtool.views import SUMMARY_RECORD_VIEW

SUMMARY_PARTS = ("overview", "participants", "statements", "timeline", "speakers", "countries")
ARCHIVE_PARTS = ("timeline", "speakers", "countries")
TERMINAL_ROWS = 10  # rows of each archive part in a table on a terminal: one screen in all


@click.command(
    cls=Command,
    json_fields=SUMMARY_RECORD_VIEW.names(),
    epilog="""\b
Examples:
  commtool summary examples/fr_togo_russie.txt
  commtool summary archive/ --format markdown > briefing.md
  commtool summary archive/ --part speakers --format csv
  commtool summary archive/ --part speakers --limit 20

On a terminal, each part of an archive's summary shows its first 10 rows and says
how many more there are (--all shows them); pipes and files get every row unless
--limit says otherwise.
""",
)
@input_options
@click.option(
    "--part",
    type=click.Choice(SUMMARY_PARTS),
    help="Only this part. Default: all parts in tables, Markdown and JSON; in JSONL one "
    "object per document; in CSV/TSV the participants (one document) or the timeline.",
)
@click.option(
    "--limit",
    type=click.IntRange(min=1),
    metavar="N",
    help="At most N rows in each part of an archive's summary (timeline, speakers, "
    f"countries). Default: {TERMINAL_ROWS} in a table on a terminal, every row otherwise.",
)
@click.option("--all", "show_all", is_flag=True, help="Every row, on a terminal too.")
@aliases_option
@jobs_option
@db_option
@output_options
@click.pass_context
def summary(
    ctx: click.Context,
    paths: tuple[str, ...],
    jobs: int | None,
    part: str | None,
    limit: int | None,
    show_all: bool,
    alias_file: str | None,
    db: str | None,
    output: Output,
) -> None:
    """Summarise one communiqué, or a timeline and the speakers of a whole archive."""
    if limit is not None and show_all:
        raise UserError("--limit N shows N rows and --all every row: give one of them")
    paths = input_paths(paths, db)

    from commtool import views
    from commtool.aliases import load_aliases
    from commtool.views.summary import document_record, summarize, summarize_archive

    session = Session(output.quiet)
    aliases = load_aliases(alias_file)
    summaries = [summarize(doc, aliases.canonical) for doc in session.documents(paths, jobs, db)]
    if not summaries:
        ctx.exit(EXIT_ERROR if session.errors else EXIT_NO_MATCH)
    single = len(summaries) == 1
    archive = summarize_archive(summaries)
    parts: dict[str, tuple[View, list[dict[str, Any]]]] = {}
    if single:
        one = summaries[0]
        parts["overview"] = (views.OVERVIEW_VIEW, views.overview_rows(one))
        parts["participants"] = (views.PARTICIPANTS_VIEW, views.participant_rows(one))
        parts["statements"] = (views.KEY_STATEMENTS_VIEW, views.key_statement_rows(one))
    else:
        parts["timeline"] = (views.TIMELINE_VIEW, views.timeline_rows(archive))
        parts["speakers"] = (views.SPEAKERS_VIEW, views.speaker_rows(archive))
        parts["countries"] = (views.COUNTRIES_VIEW, views.country_rows(archive))
    if part and part not in parts:
        raise UserError(
            f"--part {part} needs {'several documents' if single else 'one document'}; "
            f"here: {', '.join(parts)}"
        )

    fmt = output.format()
    if limit is None and not show_all and fmt == "table" and is_terminal(sys.stdout):
        limit = TERMINAL_ROWS
    more: dict[str, int] = {}  # rows left out of each part
    if limit is not None and not single:
        for name in ARCHIVE_PARTS:
            view, rows = parts[name]
            more[name] = max(0, len(rows) - limit)
            parts[name] = (view, rows[:limit])
    if part or fmt not in ("json", "jsonl", "table", "markdown"):
        # One part (--part, or the main one in CSV and TSV), in any format.
        view, rows = parts[part or ("participants" if single else "timeline")]
        flat = Section(output.view(view, title=None), rows, more=more.get(part or "timeline", 0))
        report = Report(sections=(flat,), flat=flat)
    elif fmt in ("json", "jsonl"):  # the documents' records, with their chosen fields
        records = [output.pick(document_record(s)) for s in archive.documents][:limit]
        whole: Any = records[0]
        if not single:
            whole = {
                "documents": records,
                "timeline": parts["timeline"][1],
                "speakers": parts["speakers"][1],
                "countries": parts["countries"][1],
            }
        empty = Section(views.SUMMARY_RECORD_VIEW, [])
        report = Report(sections=(), flat=empty, record=whole, records=records)
    else:  # a person reads every part: each shows the chosen fields it has
        every = tuple(dict.fromkeys(n for v, _ in parts.values() for n in v.names()))
        chosen_fields(output.fields, every)  # a field no part has is refused
        sections = tuple(
            Section(
                output.view(view, fields=_own(output.fields, view)),
                rows,
                views.markdown_overview(summaries[0]) if name == "overview" else None,
                more=more.get(name, 0),
            )
            for name, (view, rows) in parts.items()
        )
        report = Report(sections=sections, flat=sections[0])
    output.emit_report(report)
    ctx.exit(EXIT_ERROR if session.errors else EXIT_OK)


def _own(fields: tuple[str, ...], view: View) -> tuple[str, ...]:
    """The chosen fields a part of the summary has (in any case)."""
    names = {n.lower(): n for n in view.names()}
    return tuple(names[f.lower()] for f in fields if f.lower() in names)
