"""From text to Document: segment, find dates and people, choose the document's date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from functools import lru_cache

from commtool import regexcache
from commtool.errors import DocumentError, InputError, debugging
from commtool.folding import fold
from commtool.lexicons import union
from commtool.model import Dateline, DateMention, Document, Paragraph, Section
from commtool.patterns import Words
from commtool.read.lang import detect_language
from commtool.read.reader import decode, line_ends, read_bytes
from commtool.resolve.attribution import attribute_quotes
from commtool.resolve.discourse import read_discourse
from commtool.resolve.resolver import people_of
from commtool.resolve.statements import find_statements
from commtool.segment import dates as datelib
from commtool.segment.blocks import (
    SPACES,
    Block,
    LineIndex,
    blocks,
    is_heading,
    is_prose,
    lines,
    read_header,
    sentences,
)
from commtool.segment.furniture import mark_furniture
from commtool.segment.quotes import turn_label
from commtool.typography import DOUBLE_MARKS

FRONT_MATTER_MAX = 8  # blocks looked at before the body starts
DATE_LINE_WITHIN = 6  # a date line stands among the first blocks …
DATE_LINE_MAX = 120  # … and is short
SALUTATION_WORDS = 8  # "Mesdames et Messieurs les ministres," is a salutation; longer is a title
FRONT_BLOCK_MAX = 400  # longer blocks are running text, not a title or byline
_PLACE_WORD = r"[A-ZÀ-ÖØ-ÞА-ЯЁ][\w'’.-]*"
_PLACE = (
    rf"{_PLACE_WORD}(?:(?:[ \u00a0,-]+|\s+(?:de|du|des|of|the|la|le|el|al)\s+){_PLACE_WORD}){{0,5}}"
)
_PLACE_ONLY = regexcache.compile(rf"\(?(?P<place>{_PLACE})\)?\s*[.:]?")
_PLACE_THEN_DATE = regexcache.compile(rf"\(?(?P<place>{_PLACE})\s*,\s*(?:le\s+|on\s+)?")
_AFTER_DATE = regexcache.compile(
    r"\s*(?:\([^()\n]{1,40}\))?\s*(?:[–—:\-)]|$)"
    r"|\.?[ \u00a0]*/[^/\n]{1,30}/\.?"  # "МОСКВА, 20 декабря. /ТАСС/."
    r"|,[^()\n]{1,40}\)"  # "(Казань, 12 июня, «Татар-информ»)"
)
_AGENCY_DATELINE = regexcache.compile(
    rf"(?P<place>{_PLACE})[ \u00a0]*\([^()\n]{{1,30}}\)[ \u00a0]*[–—-][ \u00a0]*"
)
FRONT_BLOCK_SCAN = 40  # blocks read for the turns of a transcript
_TURN_START = regexcache.compile(r"[^\W\d_][^:\n]{0,160}:[ \u00a0]+\S")
_DATE_THEN_PLACE = regexcache.compile(rf"\s*(?:[,–—:\-]\s*)(?P<place>{_PLACE})\s*(?:[:–—\-)]|$)")


def parse_bytes(data: bytes, path: str = "<text>") -> Document:
    decoded = decode(data, path)
    warnings = (decoded.warning,) if decoded.warning else ()
    return parse_text(decoded.text, path, decoded.encoding, warnings)


def parse_file(path: str) -> Document:
    """Read, decode and parse one file ('-' for stdin)."""
    return parse_bytes(read_bytes(path), path)


def warm() -> None:
    """Build every compiled table now (before worker processes are forked, which then share
    them instead of each compiling its own)."""
    parse_text("date 2000-01-01 Title\n\nThe President said: \u201cWe agree.\u201d")
    parse_text(
        "date 2000-01-01 Titre\n\nLe Président a déclaré : \u00ab Nous sommes d'accord. \u00bb"
    )


def parse_or_error(path: str) -> Document | InputError:
    """parse_file, with an unreadable or binary file returned rather than raised (for workers),
    and so is a document the engines fail on: one document never ends a run over an archive."""
    try:
        return parse_file(path)
    except InputError as err:
        return err
    except Exception as err:
        if debugging():
            raise
        return DocumentError.of(path, err)


def _dateline_at(text: str, block: Block, found: list[datelib.RawDate]) -> Dateline | None:
    """A dateline at the start of a block: 'Lomé, le 24 novembre 2025 –', '25 June 2024, Addis
    Ababa:', '(Ouagadougou, 13 décembre 2021)', '2019-12-31 — Moscow', 'LOME, 18 oct (AFP) –'."""
    # "SINGAPORE (Reuters) -", "PARIS (AFP) –": a place and an agency, no date.
    agency = _AGENCY_DATELINE.match(text, block.start, block.end)
    if agency is not None:
        return Dateline(
            text[block.start : agency.end()].strip(SPACES),
            agency.group("place").strip(SPACES + ","),
            None,
            block.start,
            agency.end(),
            block.line,
        )
    inside = [d for d in found if block.start <= d.start < block.end]
    if not inside:
        return None
    first = inside[0]
    lead = text[block.start : first.start]
    if lead.strip(SPACES + "(") == "":  # the date comes first
        tail = _DATE_THEN_PLACE.match(text, first.end, block.end)
        place = tail.group("place") if tail else None
        end = tail.end() if tail else first.end
        if not tail and text[first.end : block.end].strip(SPACES + ").:–—-"):
            if block.end - block.start > 100:
                return None
            end = first.end
        return _make_dateline(text, block, end, place, first)
    m = _PLACE_THEN_DATE.fullmatch(lead)
    if m and first.start - block.start < 60:
        after = _AFTER_DATE.match(text, first.end, block.end)
        if after:
            return _make_dateline(text, block, after.end(), m.group("place"), first)
    return None


def _make_dateline(
    text: str, block: Block, end: int, place: str | None, raw: datelib.RawDate
) -> Dateline:
    resolved = datelib.to_date(raw, None)
    return Dateline(
        text[block.start : end].strip(SPACES),
        place.strip(SPACES + ",") if place else None,
        resolved[0] if resolved else None,
        block.start,
        end,
        block.line,
    )


def _opens_body(text: str, block: Block, headline: bool = False) -> bool:
    """Running text, or a transcript turn or salutation, which no title or byline is; with
    `headline`, a name and a colon opening the text is a headline's ("Захарова: страны
    Африки устояли…"), not a turn."""
    chunk = text[block.start : block.end]
    if is_prose(chunk):
        return True
    if chunk.rstrip().endswith(","):
        # a salutation ("Madame la Députée,"), not a headline cut at its comma
        # ("Conférence de presse conjointe de MM. François Hollande, …, et Jacob Zuma, …,")
        return len(chunk.split()) <= SALUTATION_WORDS
    return not headline and _TURN_START.match(chunk) is not None


def _headline_turn(text: str, raw_blocks: list[Block]) -> bool:
    """Whether the first block, a name, a colon and a claim on one line, is a headline: no
    other block of the text opens so, as a transcript's turns do."""
    if not raw_blocks:
        return False
    first = text[raw_blocks[0].start : raw_blocks[0].end].strip(SPACES)
    if "\n" in first or _TURN_START.match(first) is None or is_prose(first):
        return False
    return not any(
        _TURN_START.match(text, block.start, block.end) for block in raw_blocks[1:FRONT_BLOCK_SCAN]
    )


HEADLINE_WORDS_MAX = 40


def _heads_transcript(text: str, raw_blocks: list[Block], at: int, kinds: list[str]) -> bool:
    """Whether the block at `at`, the first of the body, is a transcript's headline: one
    sentence of at most HEADLINE_WORDS_MAX words, no quotation and no turn itself, right above
    the first turn, with only front matter before it."""
    if at + 1 >= len(raw_blocks) or at > DATE_LINE_WITHIN or kinds[at] != "body":
        return False
    if any(kind not in ("dateline", "meta") for kind in kinds[:at]):
        return False
    block, following = raw_blocks[at], raw_blocks[at + 1]
    chunk = text[block.start : block.end]
    if len(chunk.split()) > HEADLINE_WORDS_MAX or any(m in chunk for m in DOUBLE_MARKS):
        return False
    index = LineIndex("")
    if len(sentences(text, block.start, block.end, index)) != 1:
        return False
    return _turn_at(text, block) is None and _turn_at(text, following) is not None


def _turn_at(text: str, block: Block) -> tuple[str, int] | None:
    paragraph = Paragraph(
        text[block.start : block.end], block.start, block.end, block.line, "body", None
    )
    return turn_label(text, paragraph)


@lru_cache(maxsize=1)
def _rubrics() -> frozenset[str]:
    return frozenset(fold(rubric) for rubric in union("RUBRICS"))


def _is_place(text: str) -> bool:
    return len(text.split()) <= 5 and _PLACE_ONLY.fullmatch(text.strip(SPACES)) is not None


def parse_text(
    text: str,
    path: str = "<text>",
    encoding: str = "utf-8",
    warnings: tuple[str, ...] = (),
    first_line: int = 1,
    first_char: int = 0,
) -> Document:
    """Parse decoded text into a Document (`first_line` and `first_char`: where the text
    starts in its file, when it is one part of a large file)."""
    index = LineIndex(text, first_line)
    spans = lines(text)
    header, body_line = read_header(text, spans)
    meta = dict(header)
    body_start = spans[body_line][0] if body_line < len(spans) else len(text)
    words = Words(text)  # found once for every scan below
    found = datelib.find_dates(text, body_start, words=words)
    raw_blocks = blocks(text, spans, body_line, index)

    kinds = ["body"] * len(raw_blocks)
    title: str | None = meta.get("title") or None
    place: str | None = meta.get("place") or None
    dateline: Dateline | None = None
    date_line: Dateline | None = None

    # Front matter: the blocks before the first one of running text, and up to the date line
    # when one stands alone near the top (a title may end with a full stop).
    front = 0
    headline = _headline_turn(text, raw_blocks)
    while front < min(len(raw_blocks), FRONT_MATTER_MAX) and not _opens_body(
        text, raw_blocks[front], headline and front == 0
    ):
        front += 1
    for i, block in enumerate(raw_blocks[:DATE_LINE_WITHIN]):
        if block.end - block.start > DATE_LINE_MAX:
            if block.end - block.start > FRONT_BLOCK_MAX or i >= front + 1:
                break
            continue
        found_line = _dateline_at(text, block, found)
        standalone = found_line is not None and (
            found_line.end >= block.end - 1 or not is_prose(text[block.start : block.end])
        )
        if found_line and found_line.date and standalone:
            date_line = found_line
            kinds[i] = "dateline"
            front = max(front, i + 1)
            break
    if front == len(raw_blocks):  # nothing but short lines: no front matter to speak of
        front = min(front, 1) if title is None else 0
    for i in range(front):
        if kinds[i] == "dateline":
            previous = text[raw_blocks[i - 1].start : raw_blocks[i - 1].end] if i else ""
            if previous and _is_place(previous):
                place = place or previous.strip(SPACES + ".:")
            place = place or (date_line.place if date_line else None)
        else:
            kinds[i] = "meta"
    for i in range(front):
        if kinds[i] == "meta" and title is None:
            candidate = text[raw_blocks[i].start : raw_blocks[i].end].strip(SPACES)
            if (
                not (place and candidate.strip(".:") == place)
                and not _is_place(candidate)
                and fold(candidate.strip(".: ")) not in _rubrics()
            ):
                title = " ".join(candidate.split())
                kinds[i] = "title"
    if title is None and _heads_transcript(text, raw_blocks, front, kinds):
        # "Conférence de presse conjointe de MM. …, à Pretoria le 14 octobre 2013." above the
        # first turn: a headline with its full stop, not a paragraph of the text.
        title = " ".join(text[raw_blocks[front].start : raw_blocks[front].end].split())
        kinds[front] = "title"
        front += 1
    # A dateline opening the first paragraph of running text.
    for i in range(front, min(front + 2, len(raw_blocks))):
        found_line = _dateline_at(text, raw_blocks[i], found)
        if found_line and (found_line.date or found_line.place):
            dateline = found_line
            place = place or found_line.place
            break

    mark_furniture(text, raw_blocks, kinds, found)
    paragraphs: list[Paragraph] = []
    sections: list[Section] = []
    section: str | None = None
    for i, block in enumerate(raw_blocks):
        chunk = text[block.start : block.end]
        kind = kinds[i]
        if kind == "body" and i > front and i + 1 < len(raw_blocks) and is_heading(chunk):
            kind = "heading"
            section = " ".join(chunk.split())
            if sections:
                last = sections[-1]
                sections[-1] = Section(last.title, last.start, block.start, last.line)
            sections.append(Section(section, block.start, len(text), block.line))
        body = sentences(text, block.start, block.end, index) if kind == "body" else ()
        paragraphs.append(Paragraph(chunk, block.start, block.end, block.line, kind, section, body))

    doc_date, source = _document_date(meta, dateline, date_line, found)
    if dateline and dateline.date is None and doc_date:
        # "LOME, 18 oct (AFP) –": the year comes from the document's other dates.
        # (a dateline of a place alone holds no date to complete)
        partial = next((d for d in found if dateline.start <= d.start < dateline.end), None)
        resolved = datelib.to_date(partial, doc_date) if partial is not None else None
        if resolved:
            dateline = replace(dateline, date=resolved[0])
            if source == "text":
                doc_date, source = resolved[0], "dateline"
    mentions = _mentions(text, found, doc_date, index)
    language = meta.get("language") or detect_language(text, words)
    opening = (dateline.start, dateline.end) if dateline else None
    discourse = read_discourse(text, paragraphs, index, [place] if place else [], words, opening)
    quotes = attribute_quotes(discourse)
    statements = find_statements(discourse, language)
    people = people_of(discourse.entities, index, quotes, statements)
    return Document(
        path=path,
        text=text,
        encoding=encoding,
        language=language,
        header=tuple(header),
        title=title,
        date=doc_date,
        date_source=source,
        place=place,
        dateline=dateline or date_line,
        sections=tuple(sections),
        paragraphs=tuple(paragraphs),
        dates=mentions,
        people=people,
        quotes=tuple(quotes),
        statements=tuple(statements),
        warnings=warnings,
        first_line=first_line,
        first_char=first_char,
    )


PARTS_FROM = 4 << 20  # bytes: a larger file is parsed part by part (parse_parts)
PART_MAX = 1 << 18  # characters: the most a part holds when no header line ends it first
# A part starts at a header line ("date 2025-11-24 Title"): the archives that make large
# files are communiqués one after the other. Else it ends at a paragraph break.
_NEXT_HEADER = regexcache.compile(
    r"(?:\r\n|\r|\n)(?=[ \t]*date[ \t]+\d{4}-\d{2}-\d{2}\b)", re.IGNORECASE
)
_BREAK = regexcache.compile(r"(?:\r\n|\r|\n)[ \t\u00a0]*(?:\r\n|\r|\n)")


def parse_parts(path: str, warn: Callable[[str], None]) -> Iterator[Document | InputError]:
    """A large file as a series of Documents, one per communiqué it holds (a part starts at
    a header line) or per stretch of about PART_MAX characters cut at a paragraph break;
    read piece by piece, so that memory stays flat whatever the size of the file. Line
    numbers are the file's; `first_char` places each part's offsets in the file."""
    for part in parts(path, warn):
        yield parse_part(path, *part)


def parse_part(path: str, text: str, first_line: int, first_char: int) -> Document | InputError:
    """One part of a large file, or the error the engines met on it (the other parts are
    still read)."""
    try:
        return parse_text(text, path, first_line=first_line, first_char=first_char)
    except Exception as err:
        if debugging():
            raise
        return DocumentError.of(f"{path}:{first_line}", err)


def parse_batch(path: str, batch: list[tuple[str, int, int]]) -> list[Document | InputError]:
    """parse_part for several parts at once (a worker process's task)."""
    return [parse_part(path, *part) for part in batch]


def parts(path: str, warn: Callable[[str], None]) -> Iterator[tuple[str, int, int]]:
    """(text, first line, first character) of each part of a large file (parse_parts)."""
    from commtool.read.reader import StreamedText

    buffer, line, char = "", 1, 0
    pieces = StreamedText(path, warn).pieces()
    while True:
        item = next(pieces, None)
        piece = item[2] if item else None
        buffer += piece or ""
        at = 0
        while at < len(buffer):
            cut = _cut(buffer, at, final=piece is None)
            if cut is None:
                break
            part = buffer[at:cut]
            yield part, line, char
            line += line_ends(part)
            char += len(part)
            at = cut
        buffer = buffer[at:]
        if piece is None:
            return


def _cut(buffer: str, at: int, final: bool) -> int | None:
    """Where the part of `buffer` starting at `at` ends, or None to read on: before the next
    header line, else at the last paragraph break (else line end) within PART_MAX."""
    limit = at + PART_MAX
    header = _NEXT_HEADER.search(buffer, at + 1, limit)
    if header:
        return header.end()
    if len(buffer) <= limit:
        return len(buffer) if final else None
    last = None
    for last in _BREAK.finditer(buffer, at, limit):  # noqa: B007 - the last one is wanted
        pass
    if last is not None:
        return last.end()
    end = max(buffer.rfind("\n", at, limit), buffer.rfind("\r", at, limit))
    return end + 1 if end > at else limit


def _document_date(
    meta: dict[str, str],
    dateline: Dateline | None,
    date_line: Dateline | None,
    found: list[datelib.RawDate],
) -> tuple[dt.date | None, str | None]:
    if meta.get("date"):
        header_date = datelib.parse_date_value(meta["date"])
        if header_date:
            return header_date, "header"
    if dateline and dateline.date:
        return dateline.date, "dateline"
    if date_line and date_line.date:
        return date_line.date, "date line"
    for raw in found:
        if raw.kind == datelib.FULL:
            resolved = datelib.to_date(raw, None)
            if resolved:
                return resolved[0], "text"
    return None, None


def _mentions(
    text: str, found: list[datelib.RawDate], reference: dt.date | None, index: LineIndex
) -> tuple[DateMention, ...]:
    mentions = []
    for raw in found:
        resolved = datelib.to_date(raw, reference)
        if resolved is None:
            continue
        day, inferred = resolved
        precision = "year" if raw.kind == datelib.RELATIVE_YEAR else "day"
        mentions.append(
            DateMention(
                text[raw.start : raw.end],
                day,
                raw.start,
                raw.end,
                index.line_of(raw.start),
                inferred,
                precision,
            )
        )
    return tuple(mentions)
