"""What each command shows of a Document: its rows (JSON-ready dicts) and table columns."""

from __future__ import annotations

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
        Column("dates", "Dates", wrap=True, wide_only=True),
    )
)


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
        "warnings": list(doc.warnings),
    }
