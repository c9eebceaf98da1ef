"""What each command shows of a Document: its rows (JSON-ready dicts) and table columns."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from commtool.render import Column, View

if TYPE_CHECKING:  # quotes and parse need neither the model's classes nor summaries
    from commtool.model import Document
    from commtool.views.summary import ArchiveSummary, DocumentSummary

# Each command's view declares its fields once, in order: the columns of its tables and
# delimited output, and (with the json_only ones) the fields of its JSON records and `--json`.
PARSE_VIEW = View(
    (
        Column("file", "File", style="cyan", min_width=12, max_width=16),
        Column("language", "Lang", min_width=4),
        Column("encoding", json_only=True),
        Column("date", "Date", style="green", min_width=10),
        Column("date_source", "From", wide_only=True),
        Column("title", "Title", wrap=True),
        Column("place", "Place", wrap=True, wide_only=True),
        Column("dateline", json_only=True),
        Column("sections", "Sections", wrap=True, wide_only=True),
        Column("paragraphs", "Par.", wide_only=True),
        Column("sentences", "Sent.", wide_only=True),
        Column("words", "Words", min_width=5),
        Column("people", "People", wrap=True),
        Column("quotes", "Quotes", wide_only=True),
        Column("dates", "Dates", wrap=True, wide_only=True),
        Column("statements", json_only=True),
        Column("warnings", json_only=True),
    )
)

QUOTES_VIEW = View(
    (
        Column("speaker", "Speaker", wrap=True, style="bold", min_width=10),
        Column("speaker_title", "Title", wrap=True, wide_only=True),
        Column("speaker_country", "Country", wrap=True, wide_only=True),
        Column("text", "Quote", wrap=True),
        Column("kind", "Kind", wide_only=True),
        Column("where", "Where", style="cyan", min_width=8, max_width=20),
        Column("date", "Date", style="green", min_width=10),
        Column("file", "File", wide_only=True),
        Column("line", "Line", wide_only=True),
        Column("start", "Start", wide_only=True),
        Column("end", "End", wide_only=True),
        Column("language", "Lang", wide_only=True),
        Column("speaker_kind", "Speaker kind", wide_only=True),
        Column("speakers", json_only=True),
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
            "start": q.start + doc.first_char,
            "end": q.end + doc.first_char,
            "language": doc.language,
            "speaker_kind": q.speaker_kind,
            "speakers": [name(n) for n in q.speakers],
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
                "kind": p.kind,
            }
            for p in doc.people
        ],
        "quotes": [
            {
                "speaker": q.speaker,
                "speaker_kind": q.speaker_kind,
                "kind": q.kind,
                "text": q.text,
                "line": q.line,
            }
            for q in doc.quotes
        ],
        "statements": [
            {
                "speaker": st.speaker,
                "speakers": list(st.speakers),
                "speaker_kind": st.speaker_kind,
                "cue": st.cue,
                "type": st.kind,
                "text": st.text,
                "line": st.line,
            }
            for st in doc.statements
        ],
        "warnings": list(doc.warnings),
    }


OVERVIEW_VIEW = View(
    (Column("field", "", style="bold"), Column("value", "", wrap=True)), show_header=False
)
PARTICIPANTS_VIEW = View(
    (
        Column("name", "Participant", style="bold", wrap=True, min_width=12),
        Column("title", "Title", wrap=True),
        Column("country", "Country", wrap=True),
        Column("quotes", "Quotes"),
        Column("statements", "Statements"),
        Column("file", "File", wide_only=True),
    ),
    title="Participants",
)
KEY_STATEMENTS_VIEW = View(
    (
        Column("speaker", "Speaker", style="bold", wrap=True, min_width=10),
        Column("type", "Type"),
        Column("cue", "Cue", wide_only=True),
        Column("text", "Content", wide_only=True),
        Column("line", "Line"),
        Column("file", "File", wide_only=True),
        # cue and content as the text says them; last, so that delimited rows keep their
        # columns where they were
        Column("said", "Statement", wrap=True),
    ),
    title="Key statements",
)
TIMELINE_VIEW = View(
    (
        Column("date", "Date", style="green", min_width=10),
        Column("title", "Title", wrap=True),
        Column("participants", "Participants", wrap=True),
        Column("quotes", "Quotes", wide_only=True),
        Column("statements", "Statements", wide_only=True),
        Column("file", "File", style="cyan", min_width=12, max_width=20),
    ),
    title="Timeline",
)
SPEAKERS_VIEW = View(
    (
        Column("name", "Speaker", style="bold", wrap=True, min_width=12),
        Column("title", "Title", wrap=True, wide_only=True),
        Column("country", "Country", wrap=True),
        Column("documents", "Docs"),
        Column("quotes", "Quotes"),
        Column("statements", "Statements"),
        Column("first_seen", "First", min_width=10),
        Column("last_seen", "Last", min_width=10),
        Column("kind", "Kind", wide_only=True),  # last: delimited rows keep their columns
    ),
    title="Speakers",
)
COUNTRIES_VIEW = View(
    (
        Column("country", "Country", style="bold"),
        Column("mentions", "Mentions"),
        Column("documents", "Docs"),
    ),
    title="Countries most mentioned",
)


def overview_rows(summary: DocumentSummary) -> list[dict[str, Any]]:
    rows = [
        ("Title", summary.title),
        ("Date", summary.date),
        ("Place", summary.place),
        ("Language", summary.language),
        ("File", summary.file),
        ("Topics", "; ".join(summary.topics)),
        ("Counts", f"{summary.quotes} quotes, {summary.statements} statements"),
        ("Summary", " ".join(summary.sentences)),
    ]
    return [{"field": k, "value": v} for k, v in rows if v]


def participant_rows(summary: DocumentSummary) -> list[dict[str, Any]]:
    """The participants of document_record, with the file, leaving out the merely named."""
    from commtool.views.summary import document_record

    return [
        {"file": summary.file, **p}
        for p in document_record(summary)["participants"]
        if p["quotes"] or p["statements"] or p["title"]
    ]


def key_statement_rows(summary: DocumentSummary) -> list[dict[str, Any]]:
    return [
        {
            "file": summary.file,
            "speaker": s.speaker,
            "type": s.kind,
            "cue": s.cue,
            "text": s.text,
            "said": said,
            "line": s.line,
        }
        for s, said in zip(summary.key_statements, summary.key_said, strict=True)
    ]


def timeline_rows(archive: ArchiveSummary) -> list[dict[str, Any]]:
    return [
        {
            "date": d.date,
            "title": d.title,  # as `parse` gives it: no sentence of the text stands in
            "participants": [p.name for p in d.participants if p.quotes or p.statements][:4],
            "quotes": d.quotes,
            "statements": d.statements,
            "file": d.file,
        }
        for d in archive.documents
    ]


def speaker_rows(archive: ArchiveSummary) -> list[dict[str, Any]]:
    return [
        {
            "name": r.name,
            "title": r.titles.most_common(1)[0][0] if r.titles else None,
            "country": r.countries.most_common(1)[0][0] if r.countries else None,
            "documents": r.documents,
            "quotes": r.quotes,
            "statements": r.statements,
            "first_seen": r.first_seen,
            "last_seen": r.last_seen,
            "kind": r.kinds.most_common(1)[0][0] if r.kinds else "person",
        }
        for r in archive.speakers
    ]


def country_rows(archive: ArchiveSummary, limit: int | None = None) -> list[dict[str, Any]]:
    return [{"country": c, "mentions": n, "documents": d} for c, n, d in archive.countries[:limit]]


def markdown_overview(summary: DocumentSummary) -> str:
    """The head of a briefing note: title, when and where, topics, and the extract."""
    facts = [
        f"**Date:** {summary.date}" if summary.date else None,
        f"**Place:** {summary.place}" if summary.place else None,
        f"**Language:** {summary.language}",
        f"**Source:** `{summary.file}`",
        f"{summary.quotes} quotes, {summary.statements} statements",
    ]
    lines = [f"# {summary.title or summary.file}", "", " · ".join(f for f in facts if f), ""]
    if summary.topics:
        lines += ["**Topics:** " + "; ".join(summary.topics), ""]
    if summary.sentences:
        lines += ["**Summary.** " + " ".join(summary.sentences), ""]
    return "\n".join(lines) + "\n"


VERIFY_VIEW = OVERVIEW_VIEW
VERIFY_FLAT_VIEW = View(
    (
        *(
            Column(name)
            for name in (
                "verdict",
                "score",
                "speaker",
                "claimed_speaker",
                "date",
                "file",
                "line",
                "quote",
                "claim",
                "diff",
            )
        ),
        Column("start", json_only=True),
        Column("end", json_only=True),
    )
)
# The fields of summary's record of one document (json, jsonl).
SUMMARY_RECORD_VIEW = View(
    tuple(
        Column(name, json_only=True)
        for name in (
            "file",
            "date",
            "place",
            "title",
            "language",
            "participants",
            "topics",
            "key_statements",
            "summary",
            "countries",
            "quotes",
            "statements",
        )
    )
)

SEARCH_VIEW = View(
    (
        Column("file", "File", style="magenta", wrap=True),
        Column("line", "Line", style="green"),
        Column("column", "Col", wide_only=True),
        Column("text", "Text", wrap=True),
        Column("matches", "Matches", wide_only=True),
        Column("offsets", json_only=True),
        Column("date", "Date", wide_only=True),
        Column("speaker", "Speaker", wide_only=True),
        Column("kind", "Kind", wide_only=True),
    )
)
COUNT_VIEW = View((Column("file", "File", style="magenta"), Column("count", "Count")))
FILES_VIEW = View((Column("file", "File", style="magenta"),))
GREP_VIEW = View((Column("file"), Column("line"), Column("text")))  # grep-style lines


def verify_rows(record: dict[str, Any]) -> list[dict[str, Any]]:
    differences = "; ".join(f"{d['claim'] or '∅'} → {d['quote'] or '∅'}" for d in record["diff"])
    where = f"{record['file']}:{record['line']}" if record["file"] else None
    rows = [
        ("Verdict", str(record["verdict"]).upper()),
        ("Score", f"{record['score']:.2f}"),
        ("Claimed speaker", record["claimed_speaker"]),
        ("Said by", record["speaker"]),
        ("Date", record["date"]),
        ("Source", where),
        ("Quote", record["quote"]),
        ("Claim", record["claim"]),
        ("Differences", differences or None),
    ]
    return [{"field": k, "value": v} for k, v in rows if v]
