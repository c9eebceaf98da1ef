"""Writing rows in every output format: one function per format, all taking the same rows.

A row is a dict of JSON-ready values. Tables and delimited formats show the command's
columns; nested values (lists, objects) are flattened there, kept whole in JSON.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import IO, Any

from commtool.errors import CommtoolError
from commtool.typography import visible

FORMATS = ("table", "json", "jsonl", "csv", "tsv", "markdown")  # the formats a user chooses
MAGENTA, GREEN, RED_BOLD, RESET = "\x1b[35m", "\x1b[32m", "\x1b[1;31m", "\x1b[0m"
Row = Mapping[str, Any]


@dataclass(frozen=True)
class Column:
    """How a field shows in a table: fold long text, never wrap short identifiers."""

    name: str
    header: str = ""
    wrap: bool = False  # long free text that folds
    style: str | None = None
    min_width: int | None = None  # dates, codes: never squeezed below this
    # in a terminal table 80 columns wide, longer values are cut in the middle
    # ("258_en_russi…2017.txt:3"), so that a long file name leaves the quote its room;
    # twice as wide a screen allows twice as much
    max_width: int | None = None
    wide_only: bool = False  # in a terminal table only with --wide
    json_only: bool = False  # a field of the records only: never a column unless in --fields


@dataclass(frozen=True)
class View:
    """A command's columns, in order; `fields` restricts and orders them."""

    columns: tuple[Column, ...]
    title: str | None = None
    fields: tuple[str, ...] = field(default=())
    wide: bool = False
    show_header: bool = True  # False for field/value views, whose header says nothing

    def names(self) -> tuple[str, ...]:
        """Every field of the view's records, in order: what `--json` lists and JSON holds."""
        return tuple(c.name for c in self.columns)

    def selected(self, table: bool = False) -> tuple[Column, ...]:
        if self.fields:
            by_name = {c.name: c for c in self.columns}
            return tuple(by_name.get(name, Column(name)) for name in self.fields)
        shown = tuple(c for c in self.columns if not c.json_only)
        if table and not self.wide:
            return tuple(c for c in shown if not c.wide_only)
        return shown


def is_terminal(out: IO[str]) -> bool:
    """Whether output goes to a person at a terminal (tables, colour) or to a program."""
    try:
        return out.isatty()
    except (AttributeError, ValueError):
        return False


def use_color(choice: str, isatty: bool, env: Mapping[str, str] | None = None) -> bool:
    """Colour or not: --color first, then NO_COLOR, CLICOLOR_FORCE/FORCE_COLOR, CLICOLOR, TERM."""
    env = os.environ if env is None else env
    if choice == "always":
        return True
    if choice == "never":
        return False
    if env.get("NO_COLOR"):
        return False
    if env.get("CLICOLOR_FORCE", "0") not in ("", "0") or env.get("FORCE_COLOR", "") not in (
        "",
        "0",
    ):
        return True
    if env.get("CLICOLOR") == "0" or env.get("TERM") == "dumb":
        return False
    return isatty


def flat(value: Any) -> str:
    """A value as one cell of text: lists joined by '; ', objects by their name or text."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, Mapping):
        for key in ("name", "text", "title", "date"):
            if key in value and value[key] is not None:
                return str(value[key])
        return to_json(value)
    if isinstance(value, list | tuple):
        return "; ".join(flat(v) for v in value)
    return str(value)


_LINE_BREAKS = {"\x85": "\\u0085", "\u2028": "\\u2028", "\u2029": "\\u2029"}


def to_json(data: Any, indent: int | None = None) -> str:
    """JSON with non-ASCII text kept readable, but every character that some readers take for
    a line end (U+0085, U+2028, U+2029) escaped, so one record stays on one line."""
    import json

    text = json.dumps(data, ensure_ascii=False, indent=indent)
    for char, escaped in _LINE_BREAKS.items():
        if char in text:
            text = text.replace(char, escaped)
    return text


def _pick(row: Row, names: Sequence[str]) -> dict[str, Any]:
    return {name: row.get(name) for name in names}


def write_json(rows: Iterable[Row], out: IO[str], view: View) -> int:
    count = 0
    out.write("[")
    for row in rows:
        out.write(",\n  " if count else "\n  ")
        data = _pick(row, view.fields) if view.fields else row
        out.write(to_json(data))
        count += 1
    out.write("\n]\n" if count else "]\n")
    return count


def write_jsonl(rows: Iterable[Row], out: IO[str], view: View) -> int:
    count = 0
    for row in rows:
        data = _pick(row, view.fields) if view.fields else row
        out.write(to_json(data) + "\n")
        count += 1
    return count


def _tsv_cell(value: Any) -> str:
    text = flat(value)
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r")


def write_tsv(rows: Iterable[Row], out: IO[str], view: View, header: bool = True) -> int:
    names = [c.name for c in view.selected()]
    if header:
        out.write("\t".join(names) + "\n")
    count = 0
    for row in rows:
        out.write("\t".join(_tsv_cell(row.get(n)) for n in names) + "\n")
        count += 1
    return count


def write_csv(rows: Iterable[Row], out: IO[str], view: View, header: bool = True) -> int:
    names = [c.name for c in view.selected()]
    import csv

    writer = csv.writer(out, lineterminator="\n")
    if header:
        writer.writerow(names)
    count = 0
    for row in rows:
        writer.writerow([flat(row.get(n)) for n in names])
        count += 1
    return count


def _md_cell(value: Any) -> str:
    return visible(flat(value), cell=True).replace("|", "\\|").replace("\n", "<br>")


def write_markdown(rows: Iterable[Row], out: IO[str], view: View, header: bool = True) -> int:
    columns = view.selected(table=True)  # a briefing shows what a terminal table shows
    if view.title:
        out.write(f"## {view.title}\n\n")
    out.write("| " + " | ".join(c.header or c.name for c in columns) + " |\n")
    out.write("|" + "|".join("---" for _ in columns) + "|\n")
    count = 0
    for row in rows:
        out.write("| " + " | ".join(_md_cell(row.get(c.name)) for c in columns) + " |\n")
        count += 1
    out.write("\n")
    return count


def write_table(
    rows: Iterable[Row], out: IO[str], view: View, header: bool = True, color: bool = False
) -> int:
    # rich is imported here only: plain and scripted output never pays for it.
    from rich import box
    from rich.console import Console
    from rich.table import Table

    console = Console(
        file=out,
        force_terminal=color,
        no_color=not color,
        highlight=False,
        soft_wrap=False,
        width=None if is_terminal(out) else _width_from_env(),
    )
    table = Table(
        title=view.title,
        # The terminal's lines on a terminal, colour or not (NO_COLOR turns colour off,
        # nothing else); plain ASCII in a file or a pipe.
        box=box.SIMPLE_HEAD if color or is_terminal(out) else box.ASCII2,
        show_header=header and view.show_header,
        header_style="bold" if color else "",
        expand=False,
    )
    columns = view.selected(table=True)
    # a long value is cut to its column's max_width at 80 columns, to more on a wider screen
    room = max(1, console.width // 80)
    caps = [c.max_width * room if c.max_width else None for c in columns]
    for c in columns:
        table.add_column(
            c.header or c.name,
            overflow="fold",
            no_wrap=not c.wrap,
            style=c.style if color else None,
            min_width=c.min_width,
        )
    count = 0
    for row in rows:
        table.add_row(
            *(
                _fit(visible(flat(row.get(c.name)), cell=True), cap)
                for c, cap in zip(columns, caps, strict=True)
            )
        )
        count += 1
    console.print(table)
    return count


def _fit(value: str, width: int | None) -> str:
    """`value`, or when it is longer than `width`: a path's file name after "…/", else the
    start and end around "…" (the end holds what tells rows apart: "2017.txt:3")."""
    if width is None or len(value) <= width:
        return value
    name = value.rsplit("/", 1)[-1]
    if name != value and len(name) + 2 <= width:
        return "…/" + name
    tail = (width - 1) * 2 // 3
    return name[: width - 1 - tail] + "…" + name[len(name) - tail :]


GREP_WRITE = 1 << 16


def write_grep(rows: Iterable[Row], out: IO[str], view: View, color: bool = False) -> int:
    """grep's lines: `file:line:text` for a match (its spans highlighted in colour),
    `file-line-text` for a context line, `--` between groups, `file:count`, `file`. Lines
    go out a file at a time, in writes of whole lines (of GREP_WRITE characters or so for a
    file of many matches, so that memory stays flat), even to an unbuffered stream."""
    # a file name's control characters are escaped on a terminal (as ls does), kept in a pipe
    shown = visible if color or is_terminal(out) else str
    name_of = (lambda path: f"{MAGENTA}{shown(path)}{RESET}") if color else shown
    pending: list[str] = []
    size = 0  # characters pending, about
    current = None
    count = 0
    for row in rows:
        path = row["file"]
        if pending and (path != current or size >= GREP_WRITE):
            out.write("".join(pending))
            pending, size = [], 0
        current = path
        kind = row.get("kind", "match")
        count += kind != "separator"
        if kind == "separator":
            pending.append("--\n")
        elif kind == "count":
            pending.append(f"{name_of(path)}:{row['count']}\n")
        elif kind == "file":
            pending.append(name_of(path) + "\n")
        else:
            sep = ":" if kind == "match" else "-"
            number = f"{GREEN}{row['line']}{RESET}" if color else str(row["line"])
            text = row["text"]
            if color and row.get("spans"):
                text = _highlight(text, row["spans"])
            pending.append(f"{name_of(path)}{sep}{number}{sep}{text}\n")
            size += len(text)
    if pending:
        out.write("".join(pending))
    return count


def _highlight(text: str, spans: Sequence[Sequence[int]]) -> str:
    parts, cursor = [], 0
    for s, e in spans:
        parts += [text[cursor:s], RED_BOLD, text[s:e], RESET]
        cursor = e
    parts.append(text[cursor:])
    return "".join(parts)


def _width_from_env() -> int:
    try:
        return max(40, int(os.environ.get("COLUMNS", "")))
    except ValueError:
        return 100


def default_format(out: IO[str]) -> str:
    """The format when none is chosen: a table for a person at a terminal, TSV for a program."""
    return "table" if is_terminal(out) else "tsv"


class Section:
    """One table of a report: its view and rows (and, for a Markdown briefing, the text that
    stands in for them, when it reads better than a table). A plain slotted class: made at
    every start, a dataclass costs a compile of its methods."""

    __slots__ = ("markdown", "more", "rows", "view")

    def __init__(
        self, view: View, rows: Iterable[Row], markdown: str | None = None, more: int = 0
    ) -> None:
        self.view = view
        self.rows = rows
        self.markdown = markdown
        self.more = more  # rows left out (--limit): a table or a briefing says how many


class Report:
    """What one command run prints, whatever the format: `sections` for a person (table,
    markdown), `flat` for the delimited formats (and JSON when there is no `record`),
    `record` for json (one value, indented by `indent`), `records` for jsonl (one a line)."""

    __slots__ = ("flat", "indent", "record", "records", "sections")

    def __init__(
        self,
        sections: tuple[Section, ...],
        flat: Section,
        record: Any = None,
        records: Iterable[Row] | None = None,
        indent: int | None = 2,
    ) -> None:
        self.sections = sections
        self.flat = flat
        self.record = record
        self.records = records
        self.indent = indent


def render_report(
    report: Report, fmt: str, out: IO[str], header: bool = True, color: bool = False
) -> int:
    """Write a report in format `fmt`; returns how many rows (or records) were written."""
    if fmt == "json" and report.record is not None:
        out.write(to_json(report.record, indent=report.indent) + "\n")
        return 1
    if fmt == "jsonl" and report.records is not None:
        return write_jsonl(report.records, out, report.flat.view)
    if fmt in ("table", "markdown"):
        count = 0
        shown = [s for s in report.sections if s.markdown is not None or s.rows]
        for at, section in enumerate(shown):
            if fmt == "markdown" and section.markdown is not None:
                out.write(section.markdown)
                continue
            count += render(section.rows, fmt, out, section.view, header, color)
            if section.more:
                out.write(_more_line(section.more, fmt))
            if fmt == "table" and at < len(shown) - 1:
                out.write("\n")
        return count
    count = render(report.flat.rows, fmt, out, report.flat.view, header, color)
    if fmt == "table" and report.flat.more:
        out.write(_more_line(report.flat.more, fmt))
    return count


def _more_line(more: int, fmt: str) -> str:
    said = f"… and {more:,} more (--all shows every row, --limit N the first N)"
    return f"\n*{said}*\n" if fmt == "markdown" else f"  {said}\n"


def render(
    rows: Iterable[Row],
    fmt: str,
    out: IO[str],
    view: View,
    header: bool = True,
    color: bool = False,
) -> int:
    """Write rows in format `fmt` (or "grep", grep's own lines); returns how many rows were
    written."""
    if fmt == "grep":
        return write_grep(rows, out, view, color)
    if fmt == "json":
        return write_json(rows, out, view)
    if fmt == "jsonl":
        return write_jsonl(rows, out, view)
    if fmt == "csv":
        return write_csv(rows, out, view, header)
    if fmt == "markdown":
        return write_markdown(rows, out, view, header)
    if fmt == "table":
        return write_table(rows, out, view, header, color)
    return write_tsv(rows, out, view, header)


class Output:
    """The output options of one run as one value (--format, --fields, --no-header, --color,
    --wide, --quiet), and the writing of rows or a report to stdout with them."""

    __slots__ = ("color", "fields", "fmt", "header", "quiet", "wide")

    def __init__(
        self,
        fmt: str | None = None,
        fields: tuple[str, ...] = (),
        header: bool = True,
        color: str = "auto",
        wide: bool = False,
        quiet: bool = False,
    ) -> None:
        self.fmt = fmt.lower() if fmt else None  # None: decided by where the output goes
        self.fields = fields
        self.header = header
        self.color = color
        self.wide = wide
        self.quiet = quiet

    def view(self, view: View, **changes: Any) -> View:
        """`view` with the fields chosen (checked against its own) and --wide."""
        fields = changes.pop("fields", None)
        if fields is None:
            headers = {c.header.lower(): c.name for c in view.columns if c.header}
            fields = chosen_fields(self.fields, view.names(), headers)
        return replace(view, **{"fields": fields, "wide": self.wide, **changes})

    def pick(self, record: dict[str, Any]) -> dict[str, Any]:
        """The chosen fields of a record (all of them when none is chosen)."""
        if not self.fields:
            return record
        return {k: record.get(k) for k in chosen_fields(self.fields, tuple(record))}

    def colored(self, out: IO[str]) -> bool:
        return use_color(self.color, is_terminal(out))

    def format(self) -> str:
        """The format chosen, else a table on a terminal and TSV when piped."""
        return self.fmt or default_format(sys.stdout)

    def emit(self, rows: Iterable[Row], view: View) -> int:
        """Write rows to stdout in the format chosen."""
        out = sys.stdout
        count = render(rows, self.format(), out, self.view(view), self.header, self.colored(out))
        out.flush()
        return count

    def emit_report(self, report: Report) -> int:
        """Write a report to stdout in the format chosen."""
        out = sys.stdout
        count = render_report(report, self.format(), out, self.header, self.colored(out))
        out.flush()
        return count


class FieldError(CommtoolError):
    """A --fields or --json name that the output does not have."""


def chosen_fields(
    fields: tuple[str, ...], names: tuple[str, ...], headers: dict[str, str] | None = None
) -> tuple[str, ...]:
    """The fields asked for, as the output names them: a name, or a column's header in any
    case ("Speaker" is speaker); any other name is refused with the list of valid ones."""
    lower = {name.lower(): name for name in names}
    found = []
    for asked in fields:
        name = asked if asked in names else lower.get(asked.lower())
        if name is None and headers:
            name = headers.get(asked.lower())
        if name is None:
            raise FieldError(f"unknown field {asked!r}: expected one of {', '.join(names)}")
        found.append(name)
    return tuple(found)
