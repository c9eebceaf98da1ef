"""What each command shows of a Document: its rows (JSON-ready dicts) and table columns."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from .model import Document
from .render import Column, View

PARSE_VIEW = View(
    (
        Column("file", "File", wrap=True, style="cyan", min_width=12),
        Column("language", "Lang", min_width=4),
        Column("date", "Date", style="green", min_width=10),
        Column("date_source", "From", wide_only=True),
        Column("title", "Title", wrap=True),
        Column("place", "Place", wrap=True, wide_only=True),
        Column("sections", "Sections", wrap=True, wide_only=True),
        Column("paragraphs", "Par.", wide_only=True),
        Column("sentences", "Sent.", wide_only=True),
        Column("words", "Words", min_width=5),
        Column("people", "People", wrap=True),
        Column("quotes", "Quotes", wide_only=True),
        Column("dates", "Dates", wrap=True, wide_only=True),
    )
)

QUOTES_VIEW = View(
    (
        Column("speaker", "Speaker", wrap=True, style="bold", min_width=10),
        Column("speaker_title", "Title", wrap=True, wide_only=True),
        Column("speaker_country", "Country", wrap=True, wide_only=True),
        Column("text", "Quote", wrap=True),
        Column("kind", "Kind", wide_only=True),
        Column("where", "Where", style="cyan", min_width=8),
        Column("date", "Date", style="green", min_width=10),
        Column("file", "File", wide_only=True),
        Column("line", "Line", wide_only=True),
        Column("start", "Start", wide_only=True),
        Column("end", "End", wide_only=True),
        Column("language", "Lang", wide_only=True),
    )
)


def quote_rows(
    doc: Document, name: Callable[[str | None], str | None] = lambda n: n
) -> list[dict[str, Any]]:
    """One row per quote; `name` maps a speaker to the name the user wants (aliases)."""
    date = doc.date.isoformat() if doc.date else None
    return [
        {
            "file": doc.path,
            "line": q.line,
            "where": f"{doc.path.rsplit('/', 1)[-1]}:{q.line}",
            "date": date,
            "speaker": name(q.speaker),
            "speaker_title": q.speaker_title,
            "speaker_country": q.speaker_country,
            "kind": q.kind,
            "text": q.text,
            "start": q.start,
            "end": q.end,
            "language": doc.language,
        }
        for q in doc.quotes
    ]


def parse_row(doc: Document) -> dict[str, Any]:
    body = [p for p in doc.paragraphs if p.kind == "body"]
    return {
        "file": doc.path,
        "language": doc.language,
        "encoding": doc.encoding,
        "date": doc.date.isoformat() if doc.date else None,
        "date_source": doc.date_source,
        "title": doc.title,
        "place": doc.place,
        "dateline": doc.dateline.text if doc.dateline else None,
        "sections": [s.title for s in doc.sections],
        "paragraphs": len(body),
        "sentences": sum(len(p.sentences) for p in body),
        "words": sum(len(p.text.split()) for p in body),
        "dates": [
            {
                "text": d.text,
                "date": d.date.isoformat() if d.precision == "day" else str(d.date.year),
                "line": d.line,
                "inferred": d.inferred,
            }
            for d in doc.dates
        ],
        "people": [
            {
                "name": p.name,
                "title": p.title,
                "country": p.country,
                "mentions": p.mentions,
                "line": p.line,
            }
            for p in doc.people
        ],
        "quotes": [
            {"speaker": q.speaker, "kind": q.kind, "text": q.text, "line": q.line}
            for q in doc.quotes
        ],
        "statements": [
            {
                "speaker": st.speaker,
                "speakers": list(st.speakers),
                "cue": st.cue,
                "type": st.kind,
                "text": st.text,
                "line": st.line,
            }
            for st in doc.statements
        ],
        "warnings": list(doc.warnings),
    }
