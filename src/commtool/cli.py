"""The `commtool` command line: options in, library calls, rows out to `render`."""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Callable, Iterable, Iterator
from typing import IO, TYPE_CHECKING, Any

import click

from . import __version__, schema
from . import render as render_module
from .errors import BinaryInputError, CommtoolError, InputError
from .options import aliases_option, db_option, input_options, jobs_option, output_options
from .reader import STDIN_NAME
from .render import Row, View, render, silence_stdout, to_json, use_color

if TYPE_CHECKING:
    from concurrent.futures import ProcessPoolExecutor

    from .matching import Matcher
    from .reader import StreamedText
    from .search import FoundLines

EXIT_OK, EXIT_NO_MATCH, EXIT_ERROR, EXIT_INTERRUPTED = 0, 1, 2, 130

PROGRESS_FROM = 50  # files: fewer go by too fast for a progress bar
PARALLEL_FROM = 200  # files: fewer are parsed faster than worker processes start
BATCH_CHARS = 1 << 16  # the parts of a large file go to worker processes this much at a time
COMMAND_ORDER = ("summary", "quotes", "search", "verify", "parse", "index", "config", "show")
SPEECH_KINDS = ("quoted", "turn")  # what `quotes` lists unless asked for terms
EXIT_CODES_HELP = """\b
Exit status: 0 success (or a match), 1 nothing found, 2 usage or input error,
130 interrupted."""


class Session:
    """Where messages go and whether anything went wrong, for one command run."""

    def __init__(self, quiet: bool = False) -> None:
        self.quiet = quiet
        self.errors = 0

    def warn(self, message: str) -> None:
        if not self.quiet:
            click.echo(f"commtool: warning: {message}", err=True)

    def error(self, message: str) -> None:
        self.errors += 1
        click.echo(f"commtool: error: {message}", err=True)

    def _inputs(self, paths: tuple[str, ...]) -> Iterator[str | InputError]:
        """Every input, with a progress bar on an interactive stderr for long runs."""
        from .reader import discover

        items = list(discover(paths))
        if len(items) < PROGRESS_FROM or self.quiet or not render_module.is_terminal(sys.stderr):
            yield from items
            return
        from rich.console import Console
        from rich.progress import Progress

        with Progress(
            console=Console(stderr=True),
            transient=True,
            redirect_stdout=False,
            redirect_stderr=False,
        ) as progress:
            task = progress.add_task("reading", total=len(items))
            for item in items:
                yield item
                progress.advance(task)

    def texts(
        self,
        paths: tuple[str, ...],
        matcher: Matcher | None = None,
        jobs: int | None = 1,
        stream: bool = False,
        lines_only: bool = False,
    ) -> Iterator[tuple[str, str | StreamedText | FoundLines]]:
        """(path, decoded text) of every input, without parsing; unreadable ones reported.

        With a `matcher`, only texts that may hold a match come out; with several jobs (None:
        every core, for inputs of many files) worker processes read and test the files, and
        send back only the texts that may match. With `stream`, files of STREAM_FROM bytes
        or more come as StreamedText, to be read piece by piece. With `lines_only`, worker
        processes send the matching lines (FoundLines) rather than the text."""
        from .reader import STREAM_FROM, StreamedText, decode, read_bytes

        items: Iterable[str | InputError] = self._inputs(paths)
        large: set[str] = set()
        if stream:
            items = list(items)
            large = {i for i in items if isinstance(i, str) and _size(i) >= STREAM_FROM}
        verdicts: Iterator[tuple[str, str | FoundLines | None]] | None = None
        if matcher is not None and jobs != 1:
            items = list(items)
            files = [i for i in items if isinstance(i, str) and i != STDIN_NAME and i not in large]
            workers = jobs or (os.cpu_count() or 1)
            if workers > 1 and (jobs is not None or len(files) >= PARALLEL_FROM):
                from .search import prescan

                verdicts = prescan(files, matcher, workers, lines_only)
        for item in items:
            if isinstance(item, InputError):
                self.error(str(item))
                continue
            if item in large:
                streamed = StreamedText(item, self.warn)
                try:
                    streamed.check()
                except BinaryInputError as err:
                    self.warn(str(err))
                except InputError as err:
                    self.error(str(err))
                else:
                    yield item, streamed
                continue
            if verdicts is not None and item != STDIN_NAME:
                verdict, message = next(verdicts)
                if verdict == "warn":
                    self.warn(str(message or item))
                    verdict, message = next(verdicts)
                if verdict == "error":
                    self.error(str(message or item))
                elif verdict == "binary":
                    self.warn(str(message or item))
                elif verdict == "keep" and message is not None:
                    yield item, message
                continue
            try:
                decoded = decode(read_bytes(item), item)
            except BinaryInputError as err:
                self.warn(str(err))
                continue
            except InputError as err:
                self.error(str(err))
                continue
            if decoded.warning:
                self.warn(decoded.warning)
            if matcher is None or matcher.anywhere(decoded.text):
                yield item, decoded.text

    def documents(
        self,
        paths: tuple[str, ...],
        jobs: int | None = 1,
        db: str | None = None,
        worker: Callable[[str], Any] | None = None,
    ) -> Iterator[Any]:
        """Parse every input, in order; unreadable ones are reported and skipped.

        With several jobs (None: every core, for inputs of many files) the parsing runs in
        worker processes while the results still come out in the inputs' order. With an
        index (`db`), the documents come from it instead, under `paths` when given.
        `worker` replaces the parsing of one file (pipeline.parse_or_error) by a function of
        the path that also returns an InputError rather than raising it."""
        if db:
            from . import index

            yield from index.documents(index.connect(db, warn=self.warn), paths)
            return
        items: Iterable[str | InputError] = self._inputs(paths)
        large: set[str] = set()
        if worker is None:
            from . import pipeline

            worker = pipeline.parse_or_error
            # Large files are parsed here, part by part (pipeline.parse_parts).
            items = list(items)
            large = {
                i
                for i in items
                if isinstance(i, str) and i != STDIN_NAME and _size(i) >= pipeline.PARTS_FROM
            }
        cores = jobs if jobs is not None else (os.cpu_count() or 1)
        workers = cores
        if workers > 1:
            items = list(items)
            if jobs is None and sum(isinstance(i, str) for i in items) < PARALLEL_FROM:
                workers = 1  # but the parts of a large file still use every core
        results = (
            self._parallel(list(items), workers, worker, large)
            if workers > 1
            else self._serial(items, worker, large, cores)
        )
        for result in results:
            if isinstance(result, BinaryInputError):
                self.warn(str(result))
            elif isinstance(result, InputError):
                self.error(str(result))
            else:
                for warning in result.warnings:
                    self.warn(warning)
                yield result

    def _serial(
        self,
        items: Iterable[str | InputError],
        worker: Callable[[str], Any],
        large: set[str],
        workers: int = 1,
    ) -> Iterator[Any]:
        for item in items:
            if isinstance(item, InputError):
                yield item
            elif item in large:
                yield from self._parts(item, workers)
            else:
                yield worker(item)

    def _parallel(
        self,
        items: list[str | InputError],
        workers: int,
        worker: Callable[[str], Any],
        large: set[str],
    ) -> Iterator[Any]:
        """Files parsed by worker processes; standard input and large files stay here."""
        from .pipeline import warm

        files = [i for i in items if isinstance(i, str) and i != STDIN_NAME and i not in large]
        warm()
        with worker_pool(workers) as pool:
            parsed = pool.map(worker, files, chunksize=8)
            for item in items:
                if isinstance(item, InputError):
                    yield item
                elif item in large:
                    yield from self._parts(item, workers)
                else:
                    yield worker(item) if item == STDIN_NAME else next(parsed)

    def _parts(self, path: str, workers: int = 1) -> Iterator[Any]:
        """The Documents of a large file, in order, or the error that stopped it: its parts
        are parsed by `workers` processes, a few at a time (memory stays flat)."""
        from collections import deque
        from concurrent.futures import Future
        from itertools import chain

        from . import pipeline

        try:
            if workers <= 1:
                yield from pipeline.parse_parts(path, self.warn)
                return
            pipeline.warm()
            with worker_pool(workers) as pool:
                pending: deque[Future[list[Any]]] = deque()
                batch: list[tuple[str, int, int]] = []
                size = 0
                for part in chain(pipeline.parts(path, self.warn), [None]):
                    if part is not None:
                        batch.append(part)
                        size += len(part[0])
                        if size < BATCH_CHARS:
                            continue  # small parts travel together
                    if batch:
                        pending.append(pool.submit(pipeline.parse_batch, path, batch))
                        batch, size = [], 0
                    while pending and (part is None or len(pending) > 2 * workers):
                        yield from pending.popleft().result()
        except InputError as err:
            yield err


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # reported when read


def _need_paths(paths: tuple[str, ...], db: str | None) -> None:
    if not paths and not db:
        raise click.UsageError("no PATH given (files, folders, '-' for stdin, or --db FILE)")


def emit(rows: Iterable[Row], view: View, fmt: str | None, no_header: bool, color: str) -> int:
    """Write rows to stdout in the chosen format (table on a terminal, TSV when piped).

    A reader that goes away (`| head`) ends the output quietly with status 0, as in grep."""
    out = sys.stdout
    if fmt is None:
        fmt = "table" if render_module.is_terminal(out) else "tsv"
    count = render(
        rows,
        fmt.lower(),
        out,
        view,
        not no_header,
        use_color(color, render_module.is_terminal(out)),
    )
    out.flush()
    return count


class UserError(click.ClickException):
    """A domain error as the user sees it: one line on stderr, exit status 2."""

    exit_code = EXIT_ERROR

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"commtool: error: {self.message}", err=True)


class Command(click.Command):
    """A command with `--json [FIELDS]`, as gh has: alone it lists the fields the command
    offers; with fields it prints JSON with just those."""

    def __init__(self, *args: Any, json_fields: tuple[str, ...] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.json_fields = json_fields
        if json_fields:
            self.params.append(
                click.Option(
                    ["--json", "json_spec"],
                    is_flag=False,
                    flag_value=LIST_FIELDS,
                    default=None,
                    expose_value=False,
                    metavar="[FIELDS]",
                    callback=_remember_json,
                    is_eager=True,
                    help="JSON with these fields (A,B,C); alone, list the fields offered.",
                )
            )

    def invoke(self, ctx: click.Context) -> Any:
        spec = ctx.meta.pop(JSON_META, None)
        if spec is not None:
            ctx.params["fmt"] = "json"
            ctx.params["fields"] = tuple(f.strip() for f in spec.split(",") if f.strip())
        return super().invoke(ctx)


LIST_FIELDS = "\0list"
JSON_META = "commtool.json"


def _remember_json(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value == LIST_FIELDS and not ctx.resilient_parsing:
        # Like --help: answered at once, whatever else is missing.
        assert isinstance(ctx.command, Command)
        click.echo("\n".join(ctx.command.json_fields))
        ctx.exit(EXIT_OK)
    if value is not None:
        ctx.meta[JSON_META] = value


class OrderedGroup(click.Group):
    """Lists commands in the order a newcomer needs them, and turns the project's own errors
    into one-line messages with exit status 2, in this one place."""

    command_class = Command

    def list_commands(self, ctx: click.Context) -> list[str]:
        ordered = [name for name in COMMAND_ORDER if name in self.commands]
        return ordered + [name for name in self.commands if name not in ordered]

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except CommtoolError as err:
            raise UserError(str(err)) from None
        except BrokenPipeError:
            # The reader (head, less) went away: stop quietly with 0, as grep and ripgrep do.
            silence_stdout()
            raise click.exceptions.Exit(EXIT_OK) from None
        except click.UsageError as err:
            # One line, naming the value and what is expected, and where to read more.
            command = err.ctx.command_path if err.ctx else "commtool"
            raise UserError(f"{err.format_message()} (see '{command} --help')") from None


@click.group(
    cls=OrderedGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog=EXIT_CODES_HELP,
)
@click.version_option(__version__, "-V", "--version", prog_name="commtool")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Who spoke, when, and what they said: read diplomatic communiqués and press releases.

    Every command takes files, folders (searched recursively for .txt and .md) or '-' for
    standard input, and prints a table on a terminal or tab-separated rows when piped.
    Defaults can be set in ~/.config/commtool/config.toml (or $COMMTOOL_CONFIG).
    """
    from .config import default_map, load_config

    config = load_config()
    if config:
        options = {
            name: {p.name: p for p in command.params if p.name}
            for name, command in cli.commands.items()
        }
        ctx.default_map = default_map(config, options)


@cli.command(
    json_fields=schema.PARSE_FIELDS,
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
    fmt: str | None,
    fields: tuple[str, ...],
    no_header: bool,
    color: str,
    wide: bool,
    quiet: bool,
) -> None:
    """Show each document's date, title, place, sections, counts, dates and people."""
    _need_paths(paths, None)
    from dataclasses import replace

    from .views import PARSE_VIEW, parse_row

    session = Session(quiet)
    rows = (parse_row(doc) for doc in session.documents(paths, jobs))
    emit(rows, replace(PARSE_VIEW, fields=fields, wide=wide), fmt, no_header, color)
    ctx.exit(EXIT_ERROR if session.errors else EXIT_OK)


@cli.command(
    json_fields=schema.QUOTES_FIELDS,
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
    fmt: str | None,
    fields: tuple[str, ...],
    no_header: bool,
    color: str,
    wide: bool,
    quiet: bool,
) -> None:
    """List every direct quotation and transcript turn, with who said it and when."""
    _need_paths(paths, db)
    from dataclasses import replace

    from .aliases import load_aliases
    from .views import QUOTES_VIEW, quote_rows

    session = Session(quiet)
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
    count = emit(rows, replace(QUOTES_VIEW, fields=fields, wide=wide), fmt, no_header, color)
    ctx.exit(EXIT_ERROR if session.errors else EXIT_OK if count else EXIT_NO_MATCH)


def _date_option(_ctx: click.Context, param: click.Parameter, value: str | None) -> Any:
    if value is None:
        return None
    from .dates import parse_date_value

    day = parse_date_value(value)
    if day is None:
        raise click.BadParameter(f"{value!r} is not a date (try 2025-11-24 or '24 novembre 2025')")
    return day


@cli.command(
    json_fields=schema.SEARCH_FIELDS,
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
    type=click.IntRange(min=0),
    default=0,
    metavar="N",
    help="Show N lines before and after each match.",
)
@click.option(
    "-A",
    "--after-context",
    type=click.IntRange(min=0),
    default=None,
    metavar="N",
    help="Show N lines after each match.",
)
@click.option(
    "-B",
    "--before-context",
    type=click.IntRange(min=0),
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
    "--since", callback=_date_option, metavar="DATE", help="Only documents dated on or after DATE."
)
@click.option(
    "--until", callback=_date_option, metavar="DATE", help="Only documents dated on or before DATE."
)
@click.option(
    "--lang", type=click.Choice(("fr", "en", "ru")), help="Only documents in this language."
)
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
    fmt: str | None,
    fields: tuple[str, ...],
    no_header: bool,
    color: str,
    wide: bool,
    quiet: bool,
) -> None:
    """Find words in an archive, accents and case ignored, with filters grep cannot do."""
    from .aliases import load_aliases
    from .matching import build_matcher, fold
    from .search import SearchOptions, file_sources, index_sources, run_search

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
    session = Session(quiet)
    if db:
        folded = [fold(p) for p in patterns]
        literal = not regex and all(len(p) >= 3 for p in folded)
        sources = index_sources(db, args, folded if literal else None, session.warn)
    else:
        sources = file_sources(
            session,
            args or (".",),
            matcher,
            jobs,
            stream=not options.needs_parse,
            lines_only=not (options.needs_parse or options.before or options.after),
        )
    found = run_search(sources, matcher, options, fmt, fields, no_header, color, wide)
    ctx.exit(EXIT_ERROR if session.errors else EXIT_OK if found else EXIT_NO_MATCH)


VERIFY_EXIT = {"exact": 0, "not found": 1, "close": 3, "misattributed": 4}


@cli.command(
    json_fields=schema.VERIFY_FIELDS,
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
    fmt: str | None,
    fields: tuple[str, ...],
    no_header: bool,
    color: str,
    wide: bool,
    quiet: bool,
) -> None:
    """Check a quote: exact, close (with what differs), misattributed, or not found."""
    _need_paths(paths, db)
    from dataclasses import replace

    from .aliases import load_aliases
    from .verify import verify as check
    from .views import VERIFY_VIEW, verify_rows

    if not claim.strip():
        raise click.BadParameter("the claimed quote is empty", param_hint="CLAIM")
    session = Session(quiet)
    aliases = load_aliases(alias_file)
    if db:
        from . import index as store
        from .verify import verify_candidates

        candidates = store.quote_candidates(store.connect(db, warn=session.warn), paths, claim)
        verdict = verify_candidates(claim, candidates, speaker, aliases)
    else:
        verdict = check(claim, session.documents(paths, jobs), speaker, aliases)
    record = verdict.record()
    out = sys.stdout
    fmt = (fmt or ("table" if render_module.is_terminal(out) else "tsv")).lower()
    if fmt in ("json", "jsonl"):
        picked = {k: record.get(k) for k in fields} if fields else record
        out.write(to_json(picked, indent=2 if fmt == "json" and not fields else None) + "\n")
    elif fmt in ("table", "markdown") and not fields:
        emit(verify_rows(record), VERIFY_VIEW, fmt, no_header, color)
    else:
        from .views import VERIFY_FLAT_VIEW

        emit([record], replace(VERIFY_FLAT_VIEW, fields=fields), fmt, no_header, color)
    ctx.exit(EXIT_ERROR if session.errors else VERIFY_EXIT[verdict.verdict])


SUMMARY_PARTS = ("overview", "participants", "statements", "timeline", "speakers", "countries")


@cli.command(
    json_fields=schema.SUMMARY_FIELDS,
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
    fmt: str | None,
    fields: tuple[str, ...],
    no_header: bool,
    color: str,
    wide: bool,
    quiet: bool,
) -> None:
    """Summarise one communiqué, or a timeline and the speakers of a whole archive."""
    _need_paths(paths, db)
    from dataclasses import replace

    from . import views
    from .aliases import load_aliases
    from .summary import document_record, summarize, summarize_archive

    session = Session(quiet)
    aliases = load_aliases(alias_file)
    summaries = [summarize(doc, aliases.canonical) for doc in session.documents(paths, jobs, db)]
    if not summaries:
        ctx.exit(EXIT_ERROR if session.errors else EXIT_NO_MATCH)
    out = sys.stdout
    fmt = (fmt or ("table" if render_module.is_terminal(out) else "tsv")).lower()
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
        return {k: record.get(k) for k in fields} if fields else record

    if fmt == "json" and not part:
        record: Any = (
            picked(summaries[0])
            if single
            else {
                "documents": [picked(s) for s in archive.documents],
                "timeline": parts["timeline"][1],
                "speakers": parts["speakers"][1],
                "countries": views.country_rows(archive),
            }
        )
        out.write(to_json(record, indent=2) + "\n")
    elif fmt == "jsonl" and not part:
        for s in archive.documents:
            out.write(to_json(picked(s)) + "\n")
    elif fmt in ("table", "markdown") and not part:
        if fmt == "markdown" and single:
            out.write(views.markdown_overview(summaries[0]))
            del parts["overview"]
        for name, (view, rows) in parts.items():
            if rows:
                emit(rows, replace(view, fields=fields, wide=wide), fmt, no_header, color)
                if fmt == "table" and name != list(parts)[-1]:
                    out.write("\n")
    else:
        chosen = part or ("participants" if single else "timeline")
        view, rows = parts[chosen]
        emit(rows, replace(view, fields=fields, wide=wide, title=None), fmt, no_header, color)
    out.flush()
    ctx.exit(EXIT_ERROR if session.errors else EXIT_OK)


@cli.command(
    epilog="""\b
Examples:
  commtool index archive/ --db archive.db
  commtool search securite --db archive.db
  commtool quotes --db archive.db --speaker poutine
"""
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
    from . import index as store
    from .reader import discover

    _need_paths(paths, None)
    session = Session(quiet)
    conn = store.connect(db, create=True)
    indexer = store.Indexer(conn)
    todo: list[tuple[str, Any]] = []
    for item in discover(paths):
        if isinstance(item, InputError):
            session.error(str(item))
        elif item == "-":
            session.error("-: standard input cannot be indexed")
        else:
            st = indexer.needs(item)
            if st is not None:
                todo.append((item, st))
    stats = {path: st for path, st in todo}
    try:
        if todo:
            files = tuple(path for path, _ in todo)
            for item in session.documents(files, jobs, worker=store.parse_prepared):
                indexer.store(item, stats[item.doc.path])
        indexer.commit()
        indexer.drop_vanished(paths)
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


@cli.group(
    cls=OrderedGroup,
    epilog="""\b
Examples:
  commtool config show

\b
The file ~/.config/commtool/config.toml (or $COMMTOOL_CONFIG) sets defaults:
  format = "json"
  color = "never"
  aliases = "~/aliases.toml"
  [search]
  format = "tsv"
""",
)
def config() -> None:
    """Show the defaults in effect and where they come from."""


@config.command(
    "show",
    epilog="""\b
Examples:
  commtool config show
  COMMTOOL_CONFIG=team.toml commtool config show
""",
)
def config_show() -> None:
    """Print each default in effect and its source (built in, config file, environment)."""
    from .config import config_path, load_config

    path = config_path()
    settings = load_config()
    rows: list[tuple[str, str, str]] = [
        ("config file", path, "exists" if settings or os.path.isfile(path) else "absent")
    ]
    for key in ("format", "color", "aliases", "fields", "wide", "quiet"):
        if key in settings:
            rows.append((key, str(settings[key]), f"config file ({path})"))
    for command, section in settings.items():
        if isinstance(section, dict):
            for key, value in section.items():
                rows.append((f"{command}.{key}", str(value), f"config file ({path})"))
    for var in (
        "NO_COLOR",
        "CLICOLOR",
        "CLICOLOR_FORCE",
        "FORCE_COLOR",
        "TERM",
        "COLUMNS",
        "COMMTOOL_ALIASES",
        "COMMTOOL_CONFIG",
    ):
        if var in os.environ:
            rows.append((var, os.environ[var], "environment"))
    defaults = {"format": "table on a terminal, tsv when piped", "color": "auto"}
    for key, value in defaults.items():
        if key not in settings:
            rows.append((key, value, "built in"))
    for name, value, source in rows:
        click.echo(f"{name}\t{value}\t{source}")


def worker_start() -> None:
    """In a worker process: Ctrl-C is the main process's to handle (it stops the workers)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)


_ABANDONED = False  # a pool was left with its processes killed


@contextlib.contextmanager
def worker_pool(
    workers: int, initializer: Callable[..., None] | None = None, initargs: tuple[Any, ...] = ()
) -> Iterator[ProcessPoolExecutor]:
    """A pool of worker processes (which leave Ctrl-C to this one). Left early (Ctrl-C, a
    closed pipe, an error), its processes are killed rather than waited for: one may be in
    the middle of a long part of a file."""
    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(
        max_workers=workers, initializer=initializer or worker_start, initargs=initargs
    )
    try:
        yield pool
    except BaseException:
        import threading

        # The pool's own thread may trip over futures cancelled in the teardown (Python
        # 3.11): nothing it would report matters now.
        threading.excepthook = lambda args: None
        for process in list((getattr(pool, "_processes", None) or {}).values()):
            process.kill()
        pool.shutdown(wait=False)  # what was queued fails as a broken pool, unread
        # Its thread may now wait forever for the rest of a result a killed process was
        # writing: the process must end without joining it (see main).
        global _ABANDONED
        _ABANDONED = True
        raise
    pool.shutdown(wait=True)


def _stop_workers() -> None:
    """End any worker process now and leave: waiting for one could wait forever (it may be
    blocked writing a result that nobody will read)."""
    if "multiprocessing" not in sys.modules:
        return
    import multiprocessing

    children = multiprocessing.active_children()
    if not children:
        return
    import threading

    threading.excepthook = lambda args: None  # the pools' threads see their workers die
    for child in children:
        child.kill()
    _leave(EXIT_INTERRUPTED)


def _leave(code: int) -> None:
    """Exit at once, without waiting for the threads of pools whose processes were killed."""
    for stream in (sys.stdout, sys.stderr):
        with contextlib.suppress(OSError, ValueError):
            stream.flush()
    os._exit(code)


def main() -> None:
    """Entry point: runs the command line, ending quietly on a closed pipe or Ctrl-C."""
    for stream in (sys.stdout, sys.stderr):
        # A file name with undecodable bytes must not stop the output.
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    try:
        code = cli.main(prog_name="commtool", standalone_mode=False)
    except (click.exceptions.Abort, KeyboardInterrupt):
        click.echo("commtool: interrupted", err=True)
        _stop_workers()
        code = EXIT_INTERRUPTED
    except click.ClickException as err:
        err.show()
        code = err.exit_code
    except BrokenPipeError:
        silence_stdout()
        code = EXIT_OK
    except OSError as err:  # a full disk, a closed terminal: say so, once
        click.echo(f"commtool: error: cannot write the output ({err.strerror or err})", err=True)
        silence_stdout()
        code = EXIT_ERROR
    except Exception as err:  # a bug: one line for the user, the traceback on request
        if os.environ.get("COMMTOOL_DEBUG"):
            raise
        click.echo(
            f"commtool: internal error: {type(err).__name__}: {err} "
            "(set COMMTOOL_DEBUG=1 for details, and please report it)",
            err=True,
        )
        code = EXIT_ERROR
    code = code if isinstance(code, int) else EXIT_OK
    if _ABANDONED:
        _leave(code)
    sys.exit(code)
