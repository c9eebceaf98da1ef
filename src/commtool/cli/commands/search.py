"""`commtool search`: words in an archive, accents and case ignored."""

from __future__ import annotations

from typing import Any

import click

from commtool.cli.common import Command, date_option, input_paths
from commtool.cli.options import aliases_option, db_option, jobs_option, output_options
from commtool.errors import EXIT_ERROR, EXIT_NO_MATCH, EXIT_OK
from commtool.lexicons import CODES
from commtool.render import Output
from commtool.runtime import Session
from commtool.views import SEARCH_VIEW

# Context lines: more than a file has lines means the whole file (so a huge N is no error).
CONTEXT_LINES = click.IntRange(min=0, max=1 << 30, clamp=True)


@click.command(
    cls=Command,
    json_fields=SEARCH_VIEW.names(),
    epilog="""\b
Examples:
  commtool search securite archive/            # finds Sécurité, SÉCURITÉ, securite
  commtool search -e Poutine -e Putin archive/ --since 2024-01-01
  commtool search "nouvelle étape" archive/ --in quotes --speaker gnassingbe
  commtool search 'sanction\\w*' archive/ --regex -c
""",
)
@click.argument("args", nargs=-1, metavar="PATTERN [PATH...]")
@click.option(
    "-e",
    "--regexp",
    "patterns",
    multiple=True,
    metavar="PATTERN",
    help="A pattern to search for; repeat for several (then every argument is a path).",
)
@click.option(
    "--regex", is_flag=True, help="Patterns are regular expressions (matched on folded text)."
)
@click.option("--exact", is_flag=True, help="No accent folding: é only matches é.")
@click.option("-s", "--case-sensitive", is_flag=True, help="Upper and lower case differ.")
@click.option("-w", "--word", is_flag=True, help="Match whole words only.")
@click.option(
    "-C",
    "--context",
    type=CONTEXT_LINES,
    default=0,
    metavar="N",
    help="Show N lines before and after each match.",
)
@click.option(
    "-A",
    "--after-context",
    type=CONTEXT_LINES,
    default=None,
    metavar="N",
    help="Show N lines after each match.",
)
@click.option(
    "-B",
    "--before-context",
    type=CONTEXT_LINES,
    default=None,
    metavar="N",
    help="Show N lines before each match.",
)
@click.option(
    "-l",
    "--files-with-matches",
    "files_only",
    is_flag=True,
    help="Print only the names of files with a match.",
)
@click.option("-c", "--count", is_flag=True, help="Print only how many lines match, per file.")
@click.option(
    "--speaker",
    metavar="NAME",
    help="Only within this speaker's quotes and statements (any part of a name or alias).",
)
@click.option(
    "--in",
    "within",
    type=click.Choice(("all", "quotes", "statements")),
    default=None,
    help="Only within quotes, within reported statements, or anywhere (all).",
)
@click.option(
    "--since", callback=date_option, metavar="DATE", help="Only documents dated on or after DATE."
)
@click.option(
    "--until", callback=date_option, metavar="DATE", help="Only documents dated on or before DATE."
)
@click.option("--lang", type=click.Choice(CODES), help="Only documents in this language.")
@aliases_option
@db_option
@jobs_option
@output_options
@click.pass_context
def search(
    ctx: click.Context,
    args: tuple[str, ...],
    patterns: tuple[str, ...],
    regex: bool,
    exact: bool,
    case_sensitive: bool,
    word: bool,
    context: int,
    after_context: int | None,
    before_context: int | None,
    files_only: bool,
    count: bool,
    speaker: str | None,
    within: str | None,
    since: Any,
    until: Any,
    lang: str | None,
    alias_file: str | None,
    db: str | None,
    jobs: int | None,
    output: Output,
) -> None:
    """Find words in an archive, accents and case ignored, with filters grep cannot do."""
    from commtool.aliases import load_aliases
    from commtool.archive.matching import build_matcher
    from commtool.archive.search import (
        SearchOptions,
        file_sources,
        index_sources,
        prescan,
        run_search,
    )
    from commtool.folding import fold

    if not patterns:
        if not args:
            raise click.UsageError("no search pattern given")
        patterns, args = (args[0],), args[1:]
    matcher = build_matcher(
        patterns, regex=regex, exact=exact, case_sensitive=case_sensitive, word=word
    )
    options = SearchOptions(
        before=context if before_context is None else before_context,
        after=context if after_context is None else after_context,
        files_only=files_only,
        count=count,
        speaker=speaker,
        within=within or ("all" if speaker else None),
        since=since,
        until=until,
        language=lang,
        aliases=load_aliases(alias_file),
    )
    session = Session(output.quiet)
    if db:
        folded = [fold(p) for p in patterns]
        literal = not regex and all(len(p) >= 3 for p in folded)
        sources = index_sources(db, args, folded if literal else None, session.warn)
    else:
        # A large file is read piece by piece; when documents are needed, part by part, from
        # the size from which every command parses a file in parts (as `index` stores it).
        if options.needs_parse:
            from commtool.pipeline import PARTS_FROM as stream_from
        else:
            from commtool.read.reader import STREAM_FROM as stream_from
        texts = session.texts(
            input_paths(args, default=(".",)),
            matcher,
            jobs,
            stream_from=stream_from,
            lines_only=not (options.needs_parse or options.before or options.after),
            prescan=prescan,
        )
        sources = file_sources(texts)
    found = run_search(sources, matcher, options, output)
    ctx.exit(EXIT_ERROR if session.errors else EXIT_OK if found else EXIT_NO_MATCH)
