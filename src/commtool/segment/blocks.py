"""Cutting a text into header, title, dateline, sections, paragraphs and sentences.

Every piece keeps its character offsets into the text and its 1-based line number, so any
view can point back at the original.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator, Sequence
from typing import NamedTuple

from commtool import regexcache
from commtool.lexicons import union
from commtool.model import Sentence
from commtool.typography import CLOSING_MARKS
from commtool.typography import SPACES as TYPE_SPACES

_LINE = regexcache.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
_HEADER_DATE_TITLE = regexcache.compile(
    r"\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*(.*?)\s*$", re.IGNORECASE
)
_HEADER_FIELD = regexcache.compile(
    r"\s*(date|title|titre|lieu|place|source|author|auteur|language|langue|lang)\s*:\s*(.*?)\s*$",
    re.IGNORECASE,
)
HEADER_KEYS = {
    "titre": "title",
    "lieu": "place",
    "auteur": "author",
    "langue": "language",
    "lang": "language",
}
_LIST_ITEM = regexcache.compile(r"\s*(?:[-•*–]\s|\d{1,2}[.)]\s)")
_LABEL = regexcache.compile(r"\s*[A-ZÀ-ÝА-ЯЁ][\w.'’ -]{0,60}\s*:\s")
TERMINAL = ".!?…:;,»”\"'’)"
SPACES = TYPE_SPACES
WRAP_MAX = 100


class Block(NamedTuple):
    """A paragraph-to-be: offsets of a run of lines that belong together."""

    start: int
    end: int
    line: int


class LineIndex:
    """Maps a character offset to its 1-based line number."""

    def __init__(self, text: str, first_line: int = 1) -> None:
        starts = [0]
        for m in _LINE.finditer(text):
            if m.end() > m.start() and m.end() < len(text):
                starts.append(m.end())
        self.starts = starts
        self.before = first_line - 1  # lines of the file before the text (a part of it)

    def line_of(self, offset: int) -> int:
        return bisect_right(self.starts, offset) + self.before


def lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line without its line end; CRLF, CR and LF all end a line."""
    spans = []
    for m in _LINE.finditer(text):
        if m.start() == m.end():
            break
        body = m.group().rstrip("\r\n")
        spans.append((m.start(), m.start() + len(body)))
    return spans


def read_header(text: str, spans: Sequence[tuple[int, int]]) -> tuple[list[tuple[str, str]], int]:
    """Metadata lines at the top ('date 2025-11-24 Title', 'Date: …', 'Title: …').

    Returns the (key, value) pairs and the index of the first line after the header.
    """
    header: list[tuple[str, str]] = []
    index = 0
    while index < len(spans):
        line = text[spans[index][0] : spans[index][1]]
        if not line.strip():
            index += 1
            continue
        if m := _HEADER_DATE_TITLE.fullmatch(line):
            header.append(("date", m.group(1)))
            if m.group(2):
                header.append(("title", m.group(2)))
        elif m := _HEADER_FIELD.fullmatch(line):
            key = m.group(1).lower()
            header.append((HEADER_KEYS.get(key, key), m.group(2)))
        else:
            break
        index += 1
    return header, index


def blocks(
    text: str, spans: Sequence[tuple[int, int]], first: int, index: LineIndex
) -> list[Block]:
    """Paragraphs: runs of non-blank lines, split again where lines are not hard-wrapped prose."""
    result: list[Block] = []
    run: list[tuple[int, int]] = []

    def flush() -> None:
        if not run:
            return
        width = max(e - s for s, e in run)
        begin = run[0]
        previous = run[0]
        for span in run[1:]:
            prev_text = text[previous[0] : previous[1]].rstrip()
            next_text = text[span[0] : span[1]]
            # Hard-wrapped prose fills lines to a fixed width (≤ 100 characters); longer lines
            # are whole paragraphs, one per line.
            wrapped = (
                40 <= width <= WRAP_MAX
                and len(prev_text) >= 0.6 * width
                and not prev_text.endswith(":")
                and not _LIST_ITEM.match(next_text)
                and not _LABEL.match(next_text)
            )
            if not wrapped:
                result.append(Block(begin[0], previous[1], index.line_of(begin[0])))
                begin = span
            previous = span
        result.append(Block(begin[0], previous[1], index.line_of(begin[0])))
        run.clear()

    for start, end in spans[first:]:
        if text[start:end].strip(SPACES):
            # Leading and trailing spaces are not part of the paragraph.
            line = text[start:end]
            lead = len(line) - len(line.lstrip(SPACES))
            trail = len(line) - len(line.rstrip(SPACES))
            run.append((start + lead, end - trail))
        else:
            flush()
    flush()
    return result


def is_prose(paragraph: str) -> bool:
    """A paragraph of running text rather than a title, heading or front-matter line."""
    # A headline may end with a quotation: only a terminator inside the marks makes prose.
    stripped = paragraph.rstrip(SPACES + CLOSING_MARKS)
    return stripped.endswith((".", "!", "?", "…", ":", ";")) or len(stripped.split()) > 60


def is_heading(paragraph: str) -> bool:
    stripped = paragraph.strip(SPACES)
    if not stripped or "\n" in stripped or "\r" in stripped:
        return False
    if stripped[-1] in TERMINAL or not (stripped[0].isupper() or stripped[0].isdigit()):
        return False
    return len(stripped.split()) <= 12


_TERMINATOR = regexcache.compile(
    r"[.!?…]+(?:[ \u00a0\u202f]*[»”\"’)\]])*(?=\s)"
    # a full stop with no space after it, between a word (or a quote) and the next
    # sentence's first word: "…через Китай.Премьер-министр Мишустин…" (not a web address,
    # "www.Kremlin.ru")
    r"|\.(?:(?<=[^\W\d_]{3}\.)|(?<=[»”\"]\.))(?=[A-ZÀ-ÖØ-ÞА-ЯЁ][a-zà-öø-ÿа-яё](?![\w-]*\.\w))"
)
_OPENERS = "«“‘\"'([-–—¿¡…"
_ABBREVIATIONS = frozenset(union("ABBREVIATIONS"))
_LAST_TOKEN = regexcache.compile(r"([\w.'’-]+)$")


def _ends_sentence(text: str, at: int, end: int, mark: str) -> bool:
    """Whether the terminator `mark` ending at text[at] closes a sentence."""
    rest = text[at : min(end, at + 16)].lstrip()
    if not rest:
        return True
    head = rest.lstrip(_OPENERS + SPACES)[:1]
    if not head or not (head.isupper() or head.isdigit()):
        return False
    if mark != ".":
        return True
    before = _LAST_TOKEN.search(text, max(0, at - 24 - len(mark)), at - len(mark))
    if before is None:
        return True
    token = before.group(1).lstrip("(«“\"'")
    if token in _ABBREVIATIONS or token.rstrip(".") in _ABBREVIATIONS:
        return False
    # An initial ("Joseph R. Biden", "J.-C.") or a dotted abbreviation ("U.S.", "H.E.").
    core = token.replace(".", "").replace("-", "")
    return not (len(core) <= 2 and core.isalpha() and core[0].isupper())


def sentences(text: str, start: int, end: int, index: LineIndex) -> tuple[Sentence, ...]:
    """The sentences of text[start:end], not fooled by M., Mme, Dr., U.S., H.E., initials."""
    found: list[Sentence] = []
    begin = start
    for m in _TERMINATOR.finditer(text, start, end):
        terminator = m.group().rstrip(' \u00a0\u202f»”"’)]')
        if not _ends_sentence(text, m.end(), end, terminator):
            continue
        _add(found, text, begin, m.end(), index)
        begin = m.end()
        while begin < end and text[begin].isspace():
            begin += 1
    if begin < end and text[begin:end].strip():
        _add(found, text, begin, end, index)
    return tuple(found)


def _add(found: list[Sentence], text: str, start: int, end: int, index: LineIndex) -> None:
    """The sentence text[start:end], in pieces when it is too long to be one (_capped)."""
    if end - start > SENTENCE_MAX:
        found.extend(_capped(text, start, end, index))
    else:
        found.append(_sentence(text, start, end, index))


# characters: a longer run with no full stop is no sentence (the longest of 7,000 real pages
# holds 2,736) but a list, a table or garbage, read in pieces so that no rule that reads a
# sentence to and fro costs more than a sentence's worth
SENTENCE_MAX = 4000
_CLAUSE_MARK = regexcache.compile(r"[;,:](?=\s)")


def _capped(text: str, start: int, end: int, index: LineIndex) -> Iterator[Sentence]:
    """The sentence text[start:end], or its pieces of at most SENTENCE_MAX characters, each
    cut after the last clause mark (else the last space) in the last quarter of that length."""
    while end - start > SENTENCE_MAX:
        limit = start + SENTENCE_MAX
        floor = limit - SENTENCE_MAX // 4
        marks = [m.end() for m in _CLAUSE_MARK.finditer(text, floor, limit)]
        space = max(text.rfind(" ", floor, limit), text.rfind("\n", floor, limit))
        cut = marks[-1] if marks else space + 1 if space >= 0 else limit
        yield _sentence(text, start, cut, index)
        start = cut
        while start < end and text[start].isspace():
            start += 1
    if start < end:
        yield _sentence(text, start, end, index)


def _sentence(text: str, start: int, end: int, index: LineIndex) -> Sentence:
    return Sentence(text[start:end], start, end, index.line_of(start))
