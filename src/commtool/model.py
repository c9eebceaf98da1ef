"""The typed, frozen record of a parsed communiqué that every view reads."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


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
    kind: str  # "title", "meta", "dateline", "heading" or "body"
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


@dataclass(frozen=True, slots=True)
class Statement:
    """Reported speech: who stated it, the cue that reports it, and what was stated."""

    speaker: str | None  # one name, or several joined by " and "
    speakers: tuple[str, ...]
    cue: str  # "a noté avec satisfaction", "underscored"
    kind: str  # gratitude, commitment, concern, condemnation, agreement, call, announcement, assessment
    text: str  # exactly Document.text[start:end]
    start: int
    end: int
    line: int


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

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        return tuple(s for p in self.paragraphs for s in p.sentences)

    @property
    def word_count(self) -> int:
        return sum(len(p.text.split()) for p in self.paragraphs)
