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
from commtool.render import Output, Report, Section, View, chosen_fields, default_format
from commtool.runtime import EXIT_ERROR, EXIT_NO_MATCH, EXIT_OK, Session
from commtool.views import SUMMARY_RECORD_VIEW

SUMMARY_PARTS = ("overview", "participants", "statements", "timeline", "speakers", "countries")


@click.command(
    cls=Command,
    json_fields=SUMMARY_RECORD_VIEW.names(),
    epilog="""\b
Examples:
  commtool summary examples/fr_togo_russie.txt
  commtool summary archive/ --format markdown > briefing.md
  commtool summary archive/ --part speakers --format csv
""",
)
@input_options
@click.option(
    "--part",
    type=click.Choice(SUMMARY_PARTS),
    help="Only this part. Default: all parts in tables, Markdown and JSON; in JSONL one "
    "object per document; in CSV/TSV the participants (one document) or the timeline.",
)
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
    alias_file: str | None,
    db: str | None,
    output: Output,
) -> None:
    """Summarise one communiqué, or a timeline and the speakers of a whole archive."""
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
        parts["countries"] = (views.COUNTRIES_VIEW, views.country_rows(archive, 15))
    if part and part not in parts:
        raise UserError(
            f"--part {part} needs {'several documents' if single else 'one document'}; "
            f"here: {', '.join(parts)}"
        )

    def picked(summary: Any) -> dict[str, Any]:
        record = document_record(summary)
        return output.pick(record)

    chosen = part or ("participants" if single else "timeline")
    view, rows = parts[chosen]
    # Without --part, JSON is the documents' records (--fields are theirs), and a person
    # sees every part: each shows the fields it has, and a field no part has is refused.
    fmt = output.fmt or default_format(sys.stdout)
    as_records = not part and fmt in ("json", "jsonl")
    several = not part and fmt in ("table", "markdown")
    if several:
        every = tuple(dict.fromkeys(n for v, _ in parts.values() for n in v.names()))
        chosen_fields(output.fields, every)
    unchecked: dict[str, Any] = {}
    if as_records or several:  # the flat part is not what is shown: not checked against it
        unchecked = {"fields": () if as_records else _own(output.fields, view)}
    flat = Section(output.view(view, title=None, **unchecked), rows)
    if part:  # one part, in every format
        report = Report(sections=(flat,), flat=flat)
    else:
        sections = tuple(
            Section(
                output.view(view, fields=_own(output.fields, view) if several else ()),
                rows,
                views.markdown_overview(summaries[0]) if name == "overview" else None,
            )
            for name, (view, rows) in parts.items()
        )
        whole: Any = None
        records = None
        if as_records:  # the documents' records, with their chosen fields
            records = [picked(s) for s in archive.documents]
            whole = (
                records[0]
                if single
                else {
                    "documents": records,
                    "timeline": parts["timeline"][1],
                    "speakers": parts["speakers"][1],
                    "countries": views.country_rows(archive),
                }
            )
        report = Report(sections=sections, flat=flat, record=whole, records=records)
    output.emit_report(report)
    ctx.exit(EXIT_ERROR if session.errors else EXIT_OK)


def _own(fields: tuple[str, ...], view: View) -> tuple[str, ...]:
    """The chosen fields a part of the summary has (in any case)."""
    names = {n.lower(): n for n in view.names()}
    return tuple(names[f.lower()] for f in fields if f.lower() in names)
