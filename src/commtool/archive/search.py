"""The `search` command: matching lines of every document, filtered and shown grep-style."""

from __future__ import annotations

import datetime as dt
import re
import sys
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from functools import partial
from itertools import accumulate
from typing import TYPE_CHECKING, Any

from commtool.aliases import Aliases
from commtool.archive.matching import FoundLines, Hit, Line, Matcher, lines_of
from commtool.read.reader import StreamedText
from commtool.render import render
from commtool.views import COUNT_VIEW, FILES_VIEW, GREP_VIEW, SEARCH_VIEW

if TYPE_CHECKING:
    from commtool.model import Document, Quote, Statement
    from commtool.render import Output


@dataclass(frozen=True)
class SearchOptions:
    before: int = 0
    after: int = 0
    files_only: bool = False
    count: bool = False
    speaker: str | None = None
    within: str | None = None  # "all", "quotes", "statements" or None (anywhere in the text)
    since: dt.date | None = None
    until: dt.date | None = None
    language: str | None = None
    aliases: Aliases = field(default_factory=Aliases)

    @property
    def needs_parse(self) -> bool:
        return bool(self.within or self.since or self.until or self.language)


def _regions(doc: Document, options: SearchOptions) -> list[tuple[int, int, str | None]] | None:
    """The parts of the text a match must fall in (quotes, statements), or None for all."""
    if not options.within:
        return None
    said: list[Quote | Statement] = []
    if options.within in ("all", "quotes"):
        said += [q for q in doc.quotes if q.kind != "term"]
    if options.within in ("all", "statements"):
        said += doc.statements
    if options.speaker:
        wanted = options.speaker
        said = [
            r
            for r in said
            if any(options.aliases.matches(wanted, n) for n in (r.speaker, *r.speakers))
        ]
    return [(r.start, r.end, r.speaker) for r in said]


def _keep(doc: Document, options: SearchOptions) -> bool:
    if options.language and doc.language != options.language:
        return False
    if options.since and (doc.date is None or doc.date < options.since):
        return False
    return not (options.until and (doc.date is None or doc.date > options.until))


def _matched_lines(text: str, matcher: Matcher) -> Iterator[Line] | None:
    """The lines holding a match, found by one pass of the pattern over the whole text rather
    than line by line; None when that cannot be done exactly (CR line ends, a regex on folded
    text, a match running over a line end), and the lines are then read one by one."""
    if matcher.on_folded or "\r" in text:
        return None
    from array import array

    starts = array("q")  # where each match starts: 8 bytes a match, however many there are
    for m in matcher.pattern.finditer(text):
        s, e = m.span()
        if e > s:
            if text.find("\n", s, e) != -1:
                return None
            starts.append(s)

    def lines() -> Iterator[Line]:
        # Each line is found once, and only the text since the last one is read again: a
        # line of many matches (a 5 MB line of one word) costs its length, not its square.
        number, counted_to, line_end = 1, 0, -1
        for s in starts:
            if s <= line_end:
                continue  # in the line just given
            start = text.rfind("\n", counted_to, s) + 1 or counted_to
            number += text.count("\n", counted_to, start)
            counted_to = start
            end = text.find("\n", s)
            line_end = len(text) if end == -1 else end
            yield Line(number, start, text[start:line_end])

    return lines()


def hits(
    text: str,
    matcher: Matcher,
    regions: list[tuple[int, int, str | None]] | None,
    checked: bool = False,
) -> Iterator[Hit]:
    """The matching lines of `text` (`checked`: the text is known to hold a match)."""
    if not (checked or matcher.anywhere(text)):
        return
    for line in _matched_lines(text, matcher) or lines_of(text):
        spans = matcher.spans(line.text)
        if not spans:
            continue
        if regions is None:
            yield Hit(line, spans)
            continue
        kept, speaker = [], None
        for s, e in spans:
            at, to = line.start + s, line.start + e
            region = next((r for r in regions if r[0] <= at and to <= r[1]), None)
            if region is not None:
                kept.append((s, e))
                speaker = speaker or region[2]
        if kept:
            yield Hit(line, kept, speaker)


# (path, text, the document on demand, the only lines that may match or None for any, and
# whether the text is known to hold a match already)
Source = tuple[
    str, "str | StreamedText | FoundLines", Callable[[], "Document"], "set[int] | None", bool
]


def file_sources(
    texts: Iterable[tuple[str, str | StreamedText | FoundLines]],
) -> Iterator[Source]:
    """(path, text, the document on demand, None, True) of every input file that holds a
    match, from the runtime's texts (Session.texts, which tested each one with the matcher,
    in worker processes through `prescan`); large files come as StreamedText (searched without
    their document, and not tested), and matching lines found by a worker as FoundLines."""
    for path, text in texts:
        yield path, text, partial(_parse, text, path), None, not isinstance(text, StreamedText)


def _parse(text: str | StreamedText | FoundLines, path: str) -> Document:
    from commtool.pipeline import parse_text

    assert isinstance(text, str)
    return parse_text(text, path)


_SCANNER: Matcher | None = None
_LINES_ONLY = False
_CHUNK = 128  # files per task: few round trips, yet both workers busy to the end


def _start_scanner(pattern: str, flags: int, on_folded: bool, lines_only: bool = False) -> None:
    global _SCANNER, _LINES_ONLY
    from commtool.workers import worker_start

    worker_start()
    _SCANNER = Matcher(re.compile(pattern, flags), on_folded)
    _LINES_ONLY = lines_only


def _scan(paths: list[str]) -> list[tuple[str, str | FoundLines | None]]:
    """For each file: ("keep", its text, or with _LINES_ONLY its matching lines) when it
    holds a match, ("skip", None) when not, ("warn", a decoding warning) before either, or
    ("error"/"binary", why it was not read)."""
    from commtool.errors import BinaryInputError, InputError
    from commtool.read.reader import decode, read_bytes

    assert _SCANNER is not None
    verdicts: list[tuple[str, str | FoundLines | None]] = []
    for path in paths:
        try:
            decoded = decode(read_bytes(path), path)
        except BinaryInputError as err:
            verdicts.append(("binary", str(err)))
            continue
        except InputError as err:
            verdicts.append(("error", str(err)))
            continue
        if decoded.warning:
            verdicts.append(("warn", decoded.warning))
        if not _SCANNER.anywhere(decoded.text):
            verdicts.append(("skip", None))
        elif _LINES_ONLY:
            found = hits(decoded.text, _SCANNER, None, checked=True)
            rows = [(h.line.number, h.line.start, h.line.text, h.spans) for h in found]
            verdicts.append(("keep", FoundLines(rows)))
        else:
            verdicts.append(("keep", decoded.text))
    return verdicts


def prescan(
    files: list[str], matcher: Matcher, workers: int, lines_only: bool = False
) -> Iterator[tuple[str, str | FoundLines | None]]:
    """The verdicts of _scan for every file, in order, from `workers` processes that read the
    files and keep those that hold a match (most of an archive does not); with `lines_only`,
    they find the matching lines too, and send those rather than the text."""
    from commtool.workers import worker_pool

    chunks = [files[i : i + _CHUNK] for i in range(0, len(files), _CHUNK)]
    pattern = matcher.pattern
    with worker_pool(
        workers, _start_scanner, (pattern.pattern, pattern.flags, matcher.on_folded, lines_only)
    ) as pool:
        for verdicts in pool.map(_scan, chunks):
            yield from verdicts


def index_sources(
    db: str,
    paths: tuple[str, ...],
    literals: list[str] | None,
    warn: Callable[[str], None] | None = None,
) -> Iterator[Source]:
    """The same from the index: only documents and lines that hold a literal, when the
    patterns are literals of three characters or more (trigrams), else every document."""
    from commtool.archive import index

    conn = index.connect(db, warn=warn)
    candidates = index.candidate_lines(conn, literals) if literals else None
    ids = candidates.keys() if candidates is not None else None
    for doc_id, path, text in index.sources(conn, paths, ids):
        only = candidates.get(doc_id) if candidates is not None else None
        yield path, text, partial(index.document, conn, doc_id), only, False


def run_search(
    sources: Iterable[Source], matcher: Matcher, options: SearchOptions, output: Output
) -> bool:
    """Search every document and render what matched (grep-style lines when no format is
    chosen); True when something matched. The search itself never writes: it makes rows."""
    grep_style = output.fmt is None
    rows = search_rows(sources, matcher, options, grep_style)
    if grep_style:
        out = sys.stdout
        count = render(rows, "grep", out, GREP_VIEW, color=output.colored(out))
        out.flush()
    else:
        view = COUNT_VIEW if options.count else FILES_VIEW if options.files_only else SEARCH_VIEW
        count = output.emit(rows, view)
    return count > 0


def search_rows(
    sources: Iterable[Source], matcher: Matcher, options: SearchOptions, grep_style: bool
) -> Iterator[dict[str, Any]]:
    """The rows of a search, file by file as it goes: with `grep_style`, what grep shows
    (matching lines, context lines and the "--" between groups, counts, file names, each
    with its `kind`), else the records of the JSON and table formats."""
    for path, text, load, only, checked in sources:
        regions = None
        date: str | None = None
        dates: list[tuple[int, str | None]] | None = None  # by part: (its first line, date)
        if isinstance(text, StreamedText) and options.needs_parse:
            dates = []  # a large file, searched part by part in each part's document
            stream = _parted_hits(text, matcher, options, dates)
        elif isinstance(text, StreamedText):  # a large file, never whole in memory
            stream = _streamed_hits(text, matcher)
        elif isinstance(text, FoundLines):  # found by a worker process
            stream = text.hits()
        elif only is not None and not options.needs_parse and "\r" not in text:
            stream = _hits_in_lines(text, matcher, only)  # the index named the lines
        else:
            if not (checked or matcher.anywhere(text)):
                continue
            if options.needs_parse:
                doc = load()
                if not _keep(doc, options):
                    continue
                regions = _regions(doc, options)
                date = doc.date.isoformat() if doc.date else None
            stream = (
                h
                for h in hits(text, matcher, regions, checked=True)
                if only is None or h.line.number in only
            )
        first = next(stream, None)
        if first is None:
            continue
        if options.count:
            total = 1 + sum(1 for _ in stream)  # counted, not kept
            counted = {"file": path, "count": total}
            yield {"kind": "count", **counted} if grep_style else counted
        elif options.files_only:
            yield {"kind": "file", "file": path} if grep_style else {"file": path}
        elif grep_style:
            yield from _grep_rows(path, text, _chain(first, stream), options)
        elif dates is not None:
            for hit in _chain(first, stream):
                while len(dates) > 1 and dates[1][0] <= hit.line.number:
                    dates.pop(0)  # the parts before the hit's
                yield from _rows(path, dates[0][1], [hit])
        else:
            yield from _rows(path, date, _chain(first, stream))


def _hits_in_lines(text: str, matcher: Matcher, numbers: set[int]) -> Iterator[Hit]:
    """The hits among the lines so numbered (a superset of the matching lines, from the
    index), without scanning the rest of the text (lines end at \n: no CR in the text)."""
    lines = text.split("\n")
    starts = [0, *accumulate(map(len, lines))]  # line i starts at starts[i - 1] + i - 1
    for number in sorted(numbers):
        if number > len(lines):
            break
        line = lines[number - 1]
        spans = matcher.spans(line)
        if spans:
            yield Hit(Line(number, starts[number - 1] + number - 1, line), spans)


def _placed(hit: Hit, first_line: int, first_char: int) -> Hit:
    """A hit in a piece of a file, numbered and placed as in the whole file."""
    line = hit.line
    moved = Line(line.number + first_line - 1, line.start + first_char, line.text)
    return Hit(moved, hit.spans, hit.speaker)


def _streamed_hits(text: StreamedText, matcher: Matcher) -> Iterator[Hit]:
    """The hits of a large file, piece by piece, numbered and placed as in the whole file."""
    for first_line, first_char, piece in text.pieces():
        for hit in hits(piece, matcher, None):
            yield _placed(hit, first_line, first_char)


def _parted_hits(
    text: StreamedText,
    matcher: Matcher,
    options: SearchOptions,
    dates: list[tuple[int, str | None]],
) -> Iterator[Hit]:
    """The hits of a large file that pass `options`, part by part as `quotes` reads it (one
    document each: its date, language, quotes and statements), numbered and placed as in the
    whole file; `dates` gains (first line, date) of each part searched, as it goes."""
    for first_line, first_char, piece, load in _parts(text):
        if not matcher.anywhere(piece):
            continue
        doc = load()
        if not _keep(doc, options):
            continue
        dates.append((first_line, doc.date.isoformat() if doc.date else None))
        for hit in hits(piece, matcher, _regions(doc, options), checked=True):
            yield _placed(hit, first_line, first_char)


def _parts(text: StreamedText) -> Iterator[tuple[int, int, str, Callable[[], Document]]]:
    """(first line, first character, text, its document on demand) of each part of a large
    file: those the index holds, or those the parser cuts the file into."""
    from commtool.archive.index import IndexedParts

    if isinstance(text, IndexedParts):
        yield from text.parts()
        return
    from commtool.pipeline import parse_text, parts

    for piece, line, char in parts(text.path, text.warn):
        yield (
            line,
            char,
            piece,
            partial(parse_text, piece, text.path, first_line=line, first_char=char),
        )


def _streamed_lines(text: StreamedText) -> Iterator[Line]:
    for first_line, first_char, piece in text.pieces():
        for line in lines_of(piece):
            yield Line(line.number + first_line - 1, line.start + first_char, line.text)


def _chain(first: Hit, rest: Iterator[Hit]) -> Iterator[Hit]:
    yield first
    yield from rest


def _rows(path: str, date: str | None, file_hits: Iterable[Hit]) -> Iterator[dict[str, Any]]:
    """The records of a file's hits, one by one as they are found (never all at once)."""
    return (
        {
            "file": path,
            "line": hit.line.number,
            "column": hit.spans[0][0] + 1,
            "text": hit.line.text,
            "matches": [hit.line.text[s:e] for s, e in hit.spans],
            "offsets": [[hit.line.start + s, hit.line.start + e] for s, e in hit.spans],
            "date": date,
            "speaker": hit.speaker,
            "kind": "match",
        }
        for hit in file_hits
    )


def _grep_rows(
    path: str,
    text: str | StreamedText | FoundLines,
    file_hits: Iterable[Hit],
    options: SearchOptions,
) -> Iterator[dict[str, Any]]:
    """Matching lines, with the context lines around them and a separator between groups."""

    def row(kind: str, line: Line, hit: Hit | None = None) -> dict[str, Any]:
        spans = hit.spans if hit else []
        return {"kind": kind, "file": path, "line": line.number, "text": line.text, "spans": spans}

    if not (options.before or options.after):
        for hit in file_hits:
            yield row("match", hit.line, hit)
        return
    matched = {hit.line.number: hit for hit in file_hits}
    if not matched:
        return
    last_hit = max(matched)
    shown = 0  # the last line written
    before: deque[Line] = deque(maxlen=options.before or None)
    after = 0  # context lines still to write after a match
    assert not isinstance(text, FoundLines)  # context lines need the text
    all_lines = _streamed_lines(text) if isinstance(text, StreamedText) else lines_of(text)
    for line in all_lines:
        found = matched.get(line.number)
        if found is not None:
            group_start = before[0].number if before else line.number
            if shown and group_start > shown + 1:
                yield {"kind": "separator", "file": path}
            for previous in before:
                yield row("context", previous)
            before.clear()
            yield row("match", line, found)
            shown, after = line.number, options.after
        elif after:
            yield row("context", line)
            shown, after = line.number, after - 1
        elif line.number > last_hit:
            break
        elif options.before:
            before.append(line)
