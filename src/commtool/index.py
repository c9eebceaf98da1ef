"""The embedded index: a parsed archive in SQLite, so that large archives answer at once.

Tables, for commtool and for anyone with `sqlite3`:
  documents(id, path, mtime_ns, size, date, language, title, record)   -- record: the Document
  quotes(doc_id, speaker, kind, text, line, start, end)
  statements(doc_id, speaker, cue, type, text, line, start, end)
  speakers(doc_id, name, title, country, mentions)
  lines(folded, doc_id, line)  -- FTS5, trigram: every line, accents and case folded
Re-indexing only parses new or changed files; each batch is one transaction, so a run stopped
half-way leaves the previous contents usable.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from .errors import CommtoolError
from .matching import fold, lines_of
from .model import Document, document_from_dict, document_to_dict
from .verify import Candidate, claim_words

SCHEMA_VERSION = "1"
BATCH = 200
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents(
    id INTEGER PRIMARY KEY, path TEXT UNIQUE NOT NULL, mtime_ns INTEGER, size INTEGER,
    date TEXT, language TEXT, title TEXT, text TEXT NOT NULL, record TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS quotes(
    doc_id INTEGER NOT NULL, speaker TEXT, kind TEXT, text TEXT, line INTEGER,
    start INTEGER, "end" INTEGER);
CREATE TABLE IF NOT EXISTS statements(
    doc_id INTEGER NOT NULL, speaker TEXT, cue TEXT, type TEXT, text TEXT, line INTEGER,
    start INTEGER, "end" INTEGER);
CREATE TABLE IF NOT EXISTS speakers(
    doc_id INTEGER NOT NULL, name TEXT, title TEXT, country TEXT, mentions INTEGER);
CREATE INDEX IF NOT EXISTS quotes_doc ON quotes(doc_id);
CREATE INDEX IF NOT EXISTS statements_doc ON statements(doc_id);
CREATE INDEX IF NOT EXISTS speakers_doc ON speakers(doc_id);
CREATE VIRTUAL TABLE IF NOT EXISTS lines USING fts5(
    folded, doc_id UNINDEXED, line UNINDEXED, tokenize='trigram');
"""


class IndexFileError(CommtoolError):
    """An index file that cannot be opened or is not commtool's."""


@dataclass
class IndexStats:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0


def connect(path: str, create: bool = False) -> sqlite3.Connection:
    if not create and not os.path.exists(path):
        raise IndexFileError(
            f"{path}: no such index (build it with 'commtool index PATH... --db {path}')"
        )
    try:
        conn = sqlite3.connect(path)
        if create:
            conn.executescript(SCHEMA)
            conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
            conn.commit()
        version = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    except sqlite3.DatabaseError as err:
        raise IndexFileError(f"{path}: not a commtool index ({err})") from None
    if not version or version[0] != SCHEMA_VERSION:
        raise IndexFileError(f"{path}: not a commtool index (schema {version})")
    return conn


def _delete(conn: sqlite3.Connection, doc_id: int) -> None:
    for table in ("quotes", "statements", "speakers", "lines"):
        conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
    conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))


def _insert(conn: sqlite3.Connection, doc: Document, mtime_ns: int, size: int) -> None:
    record = json.dumps(document_to_dict(doc), ensure_ascii=False)
    cursor = conn.execute(
        "INSERT INTO documents(path, mtime_ns, size, date, language, title, text, record) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        (
            doc.path,
            mtime_ns,
            size,
            doc.date.isoformat() if doc.date else None,
            doc.language,
            doc.title,
            doc.text,
            record,
        ),
    )
    doc_id = cursor.lastrowid
    conn.executemany(
        'INSERT INTO quotes(doc_id, speaker, kind, text, line, start, "end") VALUES (?,?,?,?,?,?,?)',
        [(doc_id, q.speaker, q.kind, q.text, q.line, q.start, q.end) for q in doc.quotes],
    )
    conn.executemany(
        'INSERT INTO statements(doc_id, speaker, cue, type, text, line, start, "end") '
        "VALUES (?,?,?,?,?,?,?,?)",
        [
            (doc_id, s.speaker, s.cue, s.kind, s.text, s.line, s.start, s.end)
            for s in doc.statements
        ],
    )
    conn.executemany(
        "INSERT INTO speakers(doc_id, name, title, country, mentions) VALUES (?,?,?,?,?)",
        [(doc_id, p.name, p.title, p.country, p.mentions) for p in doc.people],
    )
    conn.executemany(
        "INSERT INTO lines(folded, doc_id, line) VALUES (?, ?, ?)",
        [
            (fold(line.text), doc_id, line.number)
            for line in lines_of(doc.text)
            if line.text.strip()
        ],
    )


class Indexer:
    """Adds new and changed files, drops vanished ones, one transaction per batch."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.known = {
            path: (doc_id, mtime_ns, size)
            for doc_id, path, mtime_ns, size in conn.execute(
                "SELECT id, path, mtime_ns, size FROM documents"
            )
        }
        self.stats = IndexStats()
        self.pending = 0
        self.seen: set[str] = set()

    def needs(self, path: str) -> os.stat_result | None:
        """The file's stat when it must be (re)parsed, None when the index has it as it is."""
        self.seen.add(path)
        st = os.stat(path)
        known = self.known.get(path)
        if known and known[1] == st.st_mtime_ns and known[2] == st.st_size:
            self.stats.unchanged += 1
            return None
        return st

    def store(self, doc: Document, st: os.stat_result) -> None:
        known = self.known.get(doc.path)
        if self.pending == 0:
            self.conn.execute("BEGIN")
        if known:
            _delete(self.conn, known[0])
            self.stats.updated += 1
        else:
            self.stats.added += 1
        _insert(self.conn, doc, st.st_mtime_ns, st.st_size)
        self.pending += 1
        if self.pending >= BATCH:
            self.commit()

    def commit(self) -> None:
        if self.pending:
            self.conn.execute("COMMIT")
            self.pending = 0

    def drop_vanished(self, roots: Iterable[str]) -> None:
        """Forget files under the indexed folders that are gone or no longer found."""
        prefixes = [os.path.join(r, "") for r in roots if os.path.isdir(r)]
        gone = [
            (path, doc_id)
            for path, (doc_id, _, _) in self.known.items()
            if path not in self.seen and any(path.startswith(p) for p in prefixes)
        ]
        if gone:
            self.conn.execute("BEGIN")
            for _, doc_id in gone:
                _delete(self.conn, doc_id)
            self.conn.execute("COMMIT")
        self.stats.removed = len(gone)


def documents(conn: sqlite3.Connection, paths: Iterable[str] = ()) -> Iterator[Document]:
    """Every indexed document (under `paths` when given), in path order."""
    prefixes = list(paths)
    for path, record in conn.execute("SELECT path, record FROM documents ORDER BY path"):
        if prefixes and not any(
            path == p or path.startswith(os.path.join(p, "")) for p in prefixes
        ):
            continue
        yield document_from_dict(json.loads(record))


def candidate_lines(conn: sqlite3.Connection, folded_patterns: list[str]) -> dict[int, set[int]]:
    """Lines that contain one of the folded literals (each at least 3 characters)."""
    query = " OR ".join('"' + p.replace('"', '""') + '"' for p in folded_patterns)
    found: dict[int, set[int]] = {}
    for doc_id, line in conn.execute(
        "SELECT doc_id, line FROM lines WHERE lines MATCH ?", (query,)
    ):
        found.setdefault(int(doc_id), set()).add(int(line))
    return found


def sources(
    conn: sqlite3.Connection, paths: Iterable[str] = (), ids: Iterable[int] | None = None
) -> Iterator[tuple[int, str, str]]:
    """(id, path, text) of indexed documents (under `paths`, among `ids`), in path order."""
    prefixes = list(paths)
    wanted = set(ids) if ids is not None else None
    for doc_id, path, text in conn.execute("SELECT id, path, text FROM documents ORDER BY path"):
        if wanted is not None and doc_id not in wanted:
            continue
        if prefixes and not any(
            path == p or path.startswith(os.path.join(p, "")) for p in prefixes
        ):
            continue
        yield doc_id, path, text


def document(conn: sqlite3.Connection, doc_id: int) -> Document:
    (record,) = conn.execute("SELECT record FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return document_from_dict(json.loads(record))


def quote_candidates(
    conn: sqlite3.Connection, paths: Iterable[str] = (), claim: str = ""
) -> Iterator[Candidate]:
    """The quotes `verify` compares a claim with, straight from the quotes table: the same as
    from the documents, without rebuilding them. With a claim, only the documents holding one
    of its longest words: a quote that shares none of them could not come close."""
    from itertools import groupby, pairwise

    prefixes = list(paths)
    distinct = sorted(set(claim_words(claim)), key=len, reverse=True)
    # verify keeps only quotes holding at least half the claim's distinct words, so each of
    # them holds one of any more-than-half of those words: the longest, looked up by trigram.
    needed = distinct[: len(distinct) // 2 + 1]
    where = ""
    params: tuple[str, ...] = ()
    if needed and all(len(w) >= 3 for w in needed):
        query = " OR ".join(f'"{w}"' for w in needed)
        where = "AND q.doc_id IN (SELECT doc_id FROM lines WHERE lines MATCH ?)"
        params = (query,)
    rows = conn.execute(
        'SELECT d.path, d.date, q.speaker, q.kind, q.text, q.line, q.start, q."end" '
        f"FROM quotes q JOIN documents d ON d.id = q.doc_id WHERE q.kind != 'term' {where} "
        "ORDER BY d.path, q.rowid",
        params,
    )
    for path, group in groupby(rows, key=lambda row: row[0]):
        if prefixes and not any(
            path == p or path.startswith(os.path.join(p, "")) for p in prefixes
        ):
            continue
        quotes = list(group)
        for _, date, speaker, _, text, line, start, end in quotes:
            yield Candidate(text, speaker, path, line, date, start, end)
        for a, b in pairwise(quotes):
            if a[2] == b[2] and a[3] == b[3] == "quoted":
                yield Candidate(a[4] + " … " + b[4], a[2], path, a[5], a[1], a[6], b[7])
