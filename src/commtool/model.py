"""The typed, frozen record of a parsed communiqué that every view reads."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int  # character offset into Document.text
    end: int
    line: int  # 1-based line of the first character


@dataclass(frozen=True, slots=True)
class Paragraph:
    text: str
    start: int
    end: int
    line: int
    # "title", "meta", "dateline", "heading", "body", or the page's furniture: "navigation"
    # ("See also" and its links) or "caption" (a photo's)
    kind: str
    section: str | None
    sentences: tuple[Sentence, ...] = ()


@dataclass(frozen=True, slots=True)
class Section:
    title: str
    start: int
    end: int
    line: int


@dataclass(frozen=True, slots=True)
class DateMention:
    text: str
    date: dt.date
    start: int
    end: int
    line: int
    inferred: bool  # True when a part (year, day) came from the document's date
    precision: str = "day"  # "day", or "year" for "cette année", "last year"


@dataclass(frozen=True, slots=True)
class Dateline:
    text: str
    place: str | None
    date: dt.date | None
    start: int
    end: int
    line: int


@dataclass(frozen=True, slots=True)
class Person:
    name: str
    title: str | None
    country: str | None
    line: int  # first mention
    mentions: int = 1
    aliases: tuple[str, ...] = ()
    kind: str = "person"  # "person", "body" (a presidency, a ministry…), "state" or "source"


@dataclass(frozen=True, slots=True)
class Quote:
    """Words someone said: between quotation marks ("quoted") or a transcript turn ("turn")."""

    text: str  # exactly Document.text[start:end], marks excluded
    start: int
    end: int
    line: int
    speaker: str | None
    speaker_title: str | None
    speaker_country: str | None
    kind: str
    # Each speaker's name (several for a group: "the two leaders"), and the speaker's kind:
    # "person", "body", "state", "source" (an unnamed speaker), "group" or None.
    speakers: tuple[str, ...] = ()
    speaker_kind: str | None = None


@dataclass(frozen=True, slots=True)
class Statement:
    """Reported speech: who stated it, the cue that reports it, and what was stated."""

    speaker: str | None  # one name, or several joined by " and "
    speakers: tuple[str, ...]
    cue: str  # "a noté avec satisfaction", "underscored"
    # gratitude, commitment, concern, condemnation, agreement, call, proposal, announcement,
    # denial, assessment
    kind: str
    text: str  # exactly Document.text[start:end]
    start: int
    end: int
    line: int
    speaker_kind: str | None = None  # as for Quote


@dataclass(frozen=True, slots=True)
class Document:
    path: str
    text: str  # decoded, NFC-normalised; every offset points into it
    encoding: str
    language: str
    header: tuple[tuple[str, str], ...]
    title: str | None
    date: dt.date | None
    date_source: str | None  # "header", "dateline", "date line", "text" or None
    place: str | None
    dateline: Dateline | None
    sections: tuple[Section, ...]
    paragraphs: tuple[Paragraph, ...]
    dates: tuple[DateMention, ...]
    people: tuple[Person, ...]
    quotes: tuple[Quote, ...] = ()
    statements: tuple[Statement, ...] = ()
    warnings: tuple[str, ...] = field(default=())
    # Where the text starts in its file, when it is one part of a large file (line numbers
    # are the file's already; offsets are the text's, first_char turns them into the file's).
    first_line: int = 1
    first_char: int = 0

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for p in self.paragraphs for s in p.sentences)


def document_to_dict(doc: Document) -> dict[str, object]:
    """A Document as JSON-ready data (dates as ISO strings), for the index: what
    dataclasses.asdict gives, read field by field instead of deep-copied."""
    data = _plain(doc)
    assert isinstance(data, dict)
    return data


def _plain(value: object) -> object:
    if value is None or isinstance(value, str | int | float):
        return value
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    fields = getattr(type(value), "__dataclass_fields__", None)
    if fields is not None:
        return {name: _plain(getattr(value, name)) for name in fields}
    return value


def document_from_dict(data: Mapping[str, Any]) -> Document:
    """The Document that document_to_dict gave `data` for."""

    def day(value: Any) -> dt.date | None:
        return dt.date.fromisoformat(value) if isinstance(value, str) else None

    def many(cls: Any, items: Any, **convert: Any) -> tuple[Any, ...]:
        out = []
        for item in items:
            fields = dict(item)
            for name, fn in convert.items():
                if name in fields:  # an older record may lack a newer field
                    fields[name] = fn(fields[name])
            out.append(cls(**fields))
        return tuple(out)

    paragraphs = tuple(
        Paragraph(**{**p, "sentences": many(Sentence, p["sentences"])}) for p in data["paragraphs"]
    )
    dateline = data["dateline"]
    return Document(
        path=data["path"],
        text=data["text"],
        encoding=data["encoding"],
        language=data["language"],
        header=tuple((k, v) for k, v in data["header"]),
        title=data["title"],
        date=day(data["date"]),
        date_source=data["date_source"],
        place=data["place"],
        dateline=Dateline(**{**dateline, "date": day(dateline["date"])}) if dateline else None,
        sections=many(Section, data["sections"]),
        paragraphs=paragraphs,
        dates=many(DateMention, data["dates"], date=dt.date.fromisoformat),
        people=many(Person, data["people"], aliases=tuple),
        quotes=many(Quote, data["quotes"], speakers=tuple),
        statements=many(Statement, data["statements"], speakers=tuple),
        warnings=tuple(data["warnings"]),
        first_line=data.get("first_line", 1),
        first_char=data.get("first_char", 0),
    )
