"""The embedded index: a parsed archive in SQLite, so that large archives answer at once.

Tables, for commtool and for anyone with `sqlite3`:
  documents(id, path, name, part, first_line, first_char, mtime_ns, size, extractor, date,
      language, title, text, record)  -- path: the file's resolved path (one file, one path);
      name: the path it was indexed by, as the commands show it; record: the Document as
      zlib-compressed JSON;
      extractor: a stamp of the commtool code that parsed it; a large file is several rows,
      one per part as the readers parse it (part 0, 1, …; first_line and first_char place
      each in the file)
  quotes(id, doc_id, speaker, kind, text, line, start, end, words, nwords)  -- as verify compares;
      lines and offsets are the file's
  quote_words(words)  -- FTS5, one row per quote (rowid = quotes.id), and its vocabulary
  statements(doc_id, speaker, cue, type, text, line, start, end)
  speakers(doc_id, name, title, country, mentions)
  lines(folded, doc_id, line)  -- FTS5, trigram: every line, accents and case folded
Re-indexing only parses new or changed files, and files another version of commtool parsed;
each batch is one transaction, so a run stopped half-way leaves the previous contents usable.
"""

from __future__ import annotations

import json
import os
import sqlite3
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import groupby, pairwise
from typing import TYPE_CHECKING

from commtool.archive.matching import lines_of
from commtool.errors import CommtoolError, InputError
from commtool.folding import fold
from commtool.read.reader import StreamedText

if TYPE_CHECKING:  # imported where used: `search --db` needs neither
    from commtool.archive.verify import Candidate
    from commtool.model import Document

# 2: quotes keep their compared words; 3: and their number; 4: documents, their extractor;
# 5: a large file's parts, each a document; 6: the name a document was indexed by;
# 7: records compressed, quote_words reads its words from quotes
SCHEMA_VERSION = "7"
BATCH = 200
SCHEMA = """
CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value TEXT);
CREATE TABLE IF NOT EXISTS documents(
    id INTEGER PRIMARY KEY, path TEXT NOT NULL, name TEXT NOT NULL, part INTEGER NOT NULL,
    first_line INTEGER NOT NULL, first_char INTEGER NOT NULL, mtime_ns INTEGER, size INTEGER,
    extractor TEXT, date TEXT, language TEXT, title TEXT, text TEXT NOT NULL,
    record BLOB NOT NULL, UNIQUE(path, part));
CREATE TABLE IF NOT EXISTS quotes(
    id INTEGER PRIMARY KEY, doc_id INTEGER NOT NULL, speaker TEXT, kind TEXT, text TEXT, line INTEGER,
    start INTEGER, "end" INTEGER, words TEXT, nwords INTEGER);
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
CREATE VIRTUAL TABLE IF NOT EXISTS quote_words USING fts5(
    words, content='quotes', content_rowid='id', tokenize='ascii', detail=none, columnsize=0);
CREATE VIRTUAL TABLE IF NOT EXISTS quote_vocab USING fts5vocab(quote_words, row);
"""


class IndexFileError(CommtoolError):
    """An index file that cannot be opened or is not commtool's."""


@dataclass
class IndexStats:
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    removed: int = 0


_TABLES = (
    "meta",
    "documents",
    "quotes",
    "statements",
    "speakers",
    "lines",
    "quote_vocab",
    "quote_words",
)


BUSY_TIMEOUT_MS = 30_000


def connect(
    path: str, create: bool = False, warn: Callable[[str], None] | None = None
) -> sqlite3.Connection:
    """The index at `path`; with `create` (the index command), a new one, or one rebuilt empty
    when an older commtool built it (its tables are not what this one reads). `warn` is told
    when documents in it were parsed by another version of commtool."""
    if not path.strip():
        raise IndexFileError("--db needs the name of a file (an empty name would keep nothing)")
    if not create and not os.path.exists(path):
        raise IndexFileError(
            f"{path}: no such index (build it with 'commtool index PATH... --db {path}')"
        )
    try:
        conn = sqlite3.connect(path)
        # A reader waits for a writer (another `index`) to finish rather than fail.
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        if create:
            if not _is_empty(conn):
                found = _schema(conn)
                if found is None:  # a database of the user's: never touched
                    raise IndexFileError(
                        f"{path}: not a commtool index (a database of its own, left as it "
                        "is); choose another file for --db"
                    )
                if found != SCHEMA_VERSION:
                    _recreate(conn)  # an index of another commtool: its own to rebuild
                elif _missing_columns(conn):  # claims our schema over tables of its own
                    raise IndexFileError(
                        f"{path}: not a commtool index (its tables are not commtool's, left "
                        "as they are); choose another file for --db"
                    )
            conn.executescript(SCHEMA)
            conn.execute("INSERT OR IGNORE INTO meta VALUES ('schema', ?)", (SCHEMA_VERSION,))
            # the folder relative names are relative to, for the readers' check of the files
            conn.execute("INSERT OR REPLACE INTO meta VALUES ('folder', ?)", (os.getcwd(),))
            conn.commit()
        version = _schema(conn)
    except sqlite3.OperationalError as err:  # no such folder, no right to write
        raise IndexFileError(f"{path}: cannot open the index ({err})") from None
    except sqlite3.DatabaseError as err:
        raise IndexFileError(f"{path}: not a commtool index ({err})") from None
    if version is None:
        raise IndexFileError(f"{path}: not a commtool index (no schema)")
    if version != SCHEMA_VERSION:
        raise IndexFileError(
            f"{path}: built by another version of commtool (schema {version}, this one reads "
            f"{SCHEMA_VERSION}); rebuild it with 'commtool index PATH... --db {path}'"
        )
    global opened
    opened = path
    try:
        lacking = _missing_columns(conn)
    except sqlite3.DatabaseError as err:
        raise IndexFileError(damaged(path, err)) from None
    if lacking:
        raise IndexFileError(
            f"{path}: not a commtool index (its meta says schema {version}, but {lacking} is "
            "missing); choose another file for --db"
        )
    if warn is not None:
        (stale,) = conn.execute(
            "SELECT count(DISTINCT path) FROM documents WHERE extractor IS NOT ?",
            (extractor_stamp(),),
        ).fetchone()
        if stale:
            warn(
                f"{path}: {stale} document{'s' if stale > 1 else ''} parsed by another version "
                f"of commtool; 'commtool index PATH... --db {path}' parses them again"
            )
        changed, missing = _out_of_date(conn)
        if changed or missing:
            said = [f"{changed} changed" if changed else "", f"{missing} gone" if missing else ""]
            warn(
                f"{path}: {' and '.join(s for s in said if s)} of its files since it was built; "
                f"the answers are the index's until 'commtool index PATH... --db {path}' "
                "brings it up to date"
            )
    return conn


def _out_of_date(conn: sqlite3.Connection) -> tuple[int, int]:
    """How many indexed files changed (size or time) and how many are gone since `index`."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'folder'").fetchone()
    folder = row[0] if row else os.getcwd()
    changed = missing = 0
    for name, mtime_ns, size in conn.execute(
        "SELECT path, mtime_ns, size FROM documents WHERE part = 0"
    ):
        try:
            st = os.stat(os.path.join(folder, name))
        except OSError:
            missing += 1
            continue
        if st.st_mtime_ns != mtime_ns or st.st_size != size:
            changed += 1
    return changed, missing


@lru_cache(maxsize=1)
def extractor_stamp() -> str:
    """A stamp of the code that parses: the package's own sources (engines and lexicons). Any
    change to them, an upgrade say, makes `index` parse the files again."""
    import zlib

    from commtool.regexcache import package_sources

    crc = 0
    for path in package_sources():
        with open(path, "rb") as handle:
            crc = zlib.crc32(handle.read(), zlib.crc32(os.path.basename(path).encode(), crc))
    return f"{SCHEMA_VERSION}-{crc:08x}"


opened: str | None = None  # the index this run reads or writes, for damage found later


@lru_cache(maxsize=1)
def _columns() -> dict[str, tuple[str, ...]]:
    """Each table's columns, as SCHEMA makes them (read from an empty database in memory)."""
    memory = sqlite3.connect(":memory:")
    memory.executescript(SCHEMA)
    names = [r[0] for r in memory.execute("SELECT name FROM sqlite_master WHERE type='table'")]
    found = {
        name: tuple(r[1] for r in memory.execute(f'PRAGMA table_info("{name}")'))
        for name in names
        if name in _TABLES
    }
    memory.close()
    return found


def _missing_columns(conn: sqlite3.Connection) -> str | None:
    """The first table or column of the schema that the database lacks ('documents.extractor'),
    or None: a file whose meta row claims this schema over other tables is no index of ours."""
    for table, columns in _columns().items():
        present = {r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')}
        if not present:
            return f"the table {table}"
        for column in columns:
            if column not in present:
                return f"{table}.{column}"
    return None


def damaged(path: str, err: sqlite3.Error) -> str:
    """The one line for an index that fails while it is read or written: what SQLite found
    (its first line only: a decoding error quotes the document's text) and what to do."""
    said = str(err).splitlines()[0].split(" with text ")[0] if str(err) else type(err).__name__
    if len(said) > 80:
        said = said[:79] + "…"
    if isinstance(err, sqlite3.OperationalError) and "readonly" in said.replace("-", ""):
        return f"{path}: cannot write the index ({said})"
    return (
        f"{path}: the index is damaged ({said}); delete it and build it again with "
        f"'commtool index PATH... --db {path}'"
    )


def _schema(conn: sqlite3.Connection) -> str | None:
    """The schema version of a commtool index; None for a file without one (new or foreign)."""
    has_meta = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
    ).fetchone()
    if not has_meta:
        return None
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema'").fetchone()
    return str(row[0]) if row and row[0] is not None else None


def _is_empty(conn: sqlite3.Connection) -> bool:
    """A database with nothing in it yet (a new file): one `index` may make its own."""
    return conn.execute("SELECT 1 FROM sqlite_master LIMIT 1").fetchone() is None


def _recreate(conn: sqlite3.Connection) -> None:
    """Drop an older index's tables in one transaction (all or nothing)."""
    previous = conn.isolation_level
    conn.isolation_level = None
    try:
        conn.execute("BEGIN IMMEDIATE")
        for table in _TABLES:
            conn.execute(f"DROP TABLE IF EXISTS {table}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    finally:
        conn.isolation_level = previous


def _delete(conn: sqlite3.Connection, doc_id: int) -> None:
    conn.execute(  # the word index holds no copy of the words: it is told which it had
        "INSERT INTO quote_words(quote_words, rowid, words) "
        "SELECT 'delete', id, words FROM quotes WHERE doc_id = ?",
        (doc_id,),
    )
    for table in ("quotes", "statements", "speakers", "lines"):
        conn.execute(f"DELETE FROM {table} WHERE doc_id = ?", (doc_id,))
    conn.execute("DELETE FROM documents WHERE id = ?", (doc_id,))


@dataclass(frozen=True)
class Prepared:
    """A parsed document and what the index stores of it beyond its fields, made ready in the
    process that parsed it (worker processes share that work; the main one only writes)."""

    doc: Document
    record: bytes  # the Document as JSON, compressed (zlib)
    quote_words: tuple[str, ...]  # claim_words of each quote, joined by spaces
    lines: tuple[tuple[str, int], ...]  # (folded text, line number) of each non-blank line

    @property
    def path(self) -> str:
        return self.doc.path

    @property
    def warnings(self) -> tuple[str, ...]:
        return self.doc.warnings


def prepare(doc: Document) -> Prepared:
    from commtool.archive.verify import claim_words
    from commtool.model import document_to_dict

    return Prepared(
        doc,
        _pack(document_to_dict(doc)),
        tuple(" ".join(claim_words(q.text)) for q in doc.quotes),
        tuple(
            (fold(line.text), line.number + doc.first_line - 1)
            for line in lines_of(doc.text)
            if line.text.strip()
        ),
    )


def _pack(record: dict[str, object]) -> bytes:
    """A document's record as the index stores it: JSON, compressed."""
    return zlib.compress(json.dumps(record, ensure_ascii=False).encode(), 6)


def _unpack(record: bytes) -> Document:
    from commtool.model import document_from_dict

    return document_from_dict(json.loads(zlib.decompress(record)))


def canonical(path: str) -> str:
    """One name for one file however it is given ("dev", "./dev", its absolute path, through
    a symbolic link): its resolved path, relative to the current folder when inside it."""
    real = os.path.realpath(path)
    inside = os.path.relpath(real)
    return real if inside == os.pardir or inside.startswith(os.pardir + os.sep) else inside


def parse_prepared(path: str) -> Prepared | InputError:
    """parse_or_error, then prepare (the work of an index worker process)."""
    from commtool.pipeline import parse_or_error

    parsed = parse_or_error(path)
    return parsed if isinstance(parsed, InputError) else prepare(parsed)


def _insert(conn: sqlite3.Connection, item: Prepared, part: int, mtime_ns: int, size: int) -> None:
    doc = item.doc
    at = doc.first_char  # quotes and statements are placed in the file, as the readers show
    cursor = conn.execute(
        "INSERT INTO documents(path, name, part, first_line, first_char, mtime_ns, size, "
        "extractor, date, language, title, text, record) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            canonical(doc.path),
            doc.path,
            part,
            doc.first_line,
            doc.first_char,
            mtime_ns,
            size,
            extractor_stamp(),
            doc.date.isoformat() if doc.date else None,
            doc.language,
            doc.title,
            doc.text,
            item.record,
        ),
    )
    doc_id = cursor.lastrowid
    conn.executemany(
        'INSERT INTO quotes(doc_id, speaker, kind, text, line, start, "end", words, nwords) '
        "VALUES (?,?,?,?,?,?,?,?,?)",
        [
            (
                doc_id,
                q.speaker,
                q.kind,
                q.text,
                q.line,
                q.start + at,
                q.end + at,
                words,
                _count(words),
            )
            for q, words in zip(doc.quotes, item.quote_words, strict=True)
        ],
    )
    conn.execute(
        "INSERT INTO quote_words(rowid, words) SELECT id, words FROM quotes WHERE doc_id = ?",
        (doc_id,),
    )
    conn.executemany(
        'INSERT INTO statements(doc_id, speaker, cue, type, text, line, start, "end") '
        "VALUES (?,?,?,?,?,?,?,?)",
        [
            (doc_id, s.speaker, s.cue, s.kind, s.text, s.line, s.start + at, s.end + at)
            for s in doc.statements
        ],
    )
    conn.executemany(
        "INSERT INTO speakers(doc_id, name, title, country, mentions) VALUES (?,?,?,?,?)",
        [(doc_id, p.name, p.title, p.country, p.mentions) for p in doc.people],
    )
    conn.executemany(
        "INSERT INTO lines(folded, doc_id, line) VALUES (?, ?, ?)",
        [(folded, doc_id, number) for folded, number in item.lines],
    )


class Indexer:
    """Adds new and changed files, drops vanished ones, one transaction per batch."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        stamp = extractor_stamp()
        # each file's documents (several for the parts of a large file), mtime and size
        self.known: dict[str, tuple[list[int], int, int]] = {}
        twice: list[int] = []  # one file stored under two names by an older commtool
        named: dict[str, str] = {}
        for doc_id, path, mtime_ns, size, extractor in conn.execute(
            "SELECT id, path, mtime_ns, size, extractor FROM documents ORDER BY id"
        ):
            key = canonical(path)
            if named.setdefault(key, path) != path:
                twice.append(doc_id)
                continue
            # A document another commtool parsed, or stored under another name, is changed.
            fresh = extractor == stamp and path == key
            ids, old_mtime, _ = self.known.get(key, ([], mtime_ns, size))
            ids.append(doc_id)
            stale = not fresh or old_mtime != mtime_ns
            self.known[key] = (ids, -1 if stale else mtime_ns, size)
        if twice:
            conn.execute("BEGIN")
            for doc_id in twice:
                _delete(conn, doc_id)
            conn.execute("COMMIT")
        self.stats = IndexStats()
        self.pending = 0
        self.seen: set[str] = set()
        self.parts: dict[str, int] = {}  # parts stored in this run, by file

    def needs(self, path: str) -> os.stat_result | None:
        """The file's stat when it must be (re)parsed, None when the index has it as it is."""
        key = canonical(path)
        if key in self.seen:
            return None  # the same file named twice in one run ("dev ./dev")
        self.seen.add(key)
        st = os.stat(path)
        known = self.known.get(key)
        if known and known[1] == st.st_mtime_ns and known[2] == st.st_size:
            self.stats.unchanged += 1
            return None
        return st

    def store(self, item: Prepared | Document, st: os.stat_result) -> None:
        """Store one document: a file, or the next part of a large one (its first part
        replaces what the index held for the file)."""
        if not isinstance(item, Prepared):
            item = prepare(item)
        key = canonical(item.doc.path)
        known = self.known.get(key)
        if self.pending == 0:
            self.conn.execute("BEGIN")
        part = self.parts.get(key, 0)
        self.parts[key] = part + 1
        if part == 0:
            if known:
                for doc_id in known[0]:
                    _delete(self.conn, doc_id)
                self.stats.updated += 1
            else:
                self.stats.added += 1
        _insert(self.conn, item, part, st.st_mtime_ns, st.st_size)
        self.pending += 1
        if self.pending >= BATCH:
            self.commit()

    def commit(self) -> None:
        if self.pending:
            self.conn.execute("COMMIT")
            self.pending = 0

    def drop_vanished(self, roots: Iterable[str]) -> None:
        """Forget files under the indexed folders that are gone or no longer found."""
        prefixes = [os.path.join(canonical(r), "") for r in roots if os.path.isdir(r)]
        gone = [
            (path, ids)
            for path, (ids, _, _) in self.known.items()
            if path not in self.seen and any(path.startswith(p) for p in prefixes)
        ]
        if gone:
            self.conn.execute("BEGIN")
            for _, ids in gone:
                for doc_id in ids:
                    _delete(self.conn, doc_id)
            self.conn.execute("COMMIT")
        self.stats.removed = len(gone)


def documents(conn: sqlite3.Connection, paths: Iterable[str] = ()) -> Iterator[Document]:
    """Every indexed document (under `paths` when given), in path order."""
    prefixes = [canonical(p) for p in paths]
    for path, record in conn.execute("SELECT path, record FROM documents ORDER BY path, part"):
        if prefixes and not any(
            path == p or path.startswith(os.path.join(p, "")) for p in prefixes
        ):
            continue
        yield _unpack(record)


def candidate_lines(conn: sqlite3.Connection, folded_patterns: list[str]) -> dict[int, set[int]]:
    """Lines that contain one of the folded literals (each at least 3 characters)."""
    query = " OR ".join('"' + p.replace('"', '""') + '"' for p in folded_patterns)
    found: dict[int, set[int]] = {}
    for doc_id, line in conn.execute(
        "SELECT doc_id, line FROM lines WHERE lines MATCH ?", (query,)
    ):
        found.setdefault(int(doc_id), set()).add(int(line))
    return found


class IndexedParts(StreamedText):
    """The parts of a large file as the index holds them, read one at a time: what
    StreamedText is for the file itself (the same pieces, lines and offsets)."""

    def __init__(self, conn: sqlite3.Connection, path: str, ids: list[int]) -> None:
        super().__init__(path, lambda _: None)
        self.conn = conn
        self.ids = ids

    def check(self) -> None:
        pass

    def _chunks(self) -> Iterator[tuple[int, int, str]]:
        for first_line, first_char, text, _ in self.parts():
            yield first_line, first_char, text

    def parts(self) -> Iterator[tuple[int, int, str, Callable[[], Document]]]:
        """(first line, first character, text, its document on demand) of each part."""
        for doc_id in self.ids:
            row = self.conn.execute(
                "SELECT first_line, first_char, text FROM documents WHERE id = ?", (doc_id,)
            ).fetchone()
            if row is not None:
                yield row[0], row[1], row[2], partial(document, self.conn, doc_id)


# A document's text, unless it is one part of several (their texts are read part by part).
_WHOLE_TEXT = (
    "CASE WHEN part = 0 AND NOT EXISTS (SELECT 1 FROM documents e WHERE e.path = d.path "
    "AND e.part = 1) THEN text END"
)


def sources(
    conn: sqlite3.Connection, paths: Iterable[str] = (), ids: Iterable[int] | None = None
) -> Iterator[tuple[int, str, str | IndexedParts]]:
    """(id, path, text) of indexed files (under `paths`, among those of documents `ids`), in
    path order; the text of a file indexed in parts is an IndexedParts (id: its first)."""
    prefixes = [canonical(p) for p in paths]
    if ids is None:
        rows = conn.execute(
            f"SELECT id, path, name, {_WHOLE_TEXT} FROM documents d ORDER BY path, part"
        )
    else:  # only those texts are read (a part named: every part of its file)
        rows = conn.execute(
            f"SELECT id, path, name, {_WHOLE_TEXT} FROM documents d WHERE path IN "
            "(SELECT path FROM documents WHERE id IN (SELECT value FROM json_each(?))) "
            "ORDER BY path, part",
            (json.dumps(sorted(ids)),),
        )
    for path, group in groupby(rows, key=lambda row: row[1]):
        if prefixes and not any(
            path == p or path.startswith(os.path.join(p, "")) for p in prefixes
        ):
            continue
        found = list(group)
        doc_id, _, name, text = found[0]  # shown under the name it was indexed by
        if text is not None:
            yield doc_id, name, text
        else:
            yield doc_id, name, IndexedParts(conn, name, [row[0] for row in found])


def document(conn: sqlite3.Connection, doc_id: int) -> Document:
    (record,) = conn.execute("SELECT record FROM documents WHERE id = ?", (doc_id,)).fetchone()
    return _unpack(record)


def quote_candidates(
    conn: sqlite3.Connection, paths: Iterable[str] = (), claim: str = ""
) -> Iterator[Candidate]:
    """The quotes `verify` compares a claim with, straight from the quotes table: the same as
    from the documents, without rebuilding them.

    With a claim, only the quotes that could come close: verify keeps those holding at least
    half the claim's distinct words, so each holds one of any more-than-half of them; the
    rarest such words are looked up in the quotes' word index. Two consecutive quotes make
    a candidate when either of them is one."""
    from functools import partial

    from commtool.archive.verify import Candidate, claim_words

    prefixes = [canonical(p) for p in paths]
    distinct = set(claim_words(claim))
    # verify keeps quotes (and pairs of quotes) holding at least half the claim's distinct
    # words. Which quotes hold which word comes from the word index, except for words most
    # quotes hold ("and", "the"), taken as held by all: the filter stays a superset.
    held: dict[int, set[str]] = {}
    common: set[str] = set()
    where, params = "", ""
    if distinct:
        counts = {w: _quote_count(conn, w) for w in distinct}
        (total,) = conn.execute("SELECT count(*) FROM quotes").fetchone()
        rarest = sorted(distinct, key=lambda w: (counts[w], w))[: len(distinct) // 2 + 1]
        if not any(counts[w] for w in rarest):
            return  # no quote holds any of more than half the words
        common = {w for w in distinct if counts[w] > total / 2}
        for word in distinct - common:
            for (qid,) in conn.execute(
                "SELECT rowid FROM quote_words WHERE quote_words MATCH ?", (f'"{word}"',)
            ):
                held.setdefault(qid, set()).add(word)
        if not common.intersection(rarest):
            # Each candidate holds one of the rarest words: only their documents are read.
            ids = [qid for qid, words in held.items() if not words.isdisjoint(rarest)]
            where = (
                "AND q.doc_id IN (SELECT doc_id FROM quotes WHERE id IN "
                "(SELECT value FROM json_each(?)))"
            )
            params = json.dumps(ids)
    needed = 0.5 * len(distinct)
    # Text and words are read only for the quotes verify comes to align (fetch).
    rows = conn.execute(
        'SELECT d.path, d.date, q.speaker, q.kind, q.line, q.start, q."end", q.id, q.nwords, '
        "d.id, d.name FROM quotes q JOIN documents d ON d.id = q.doc_id "
        f"WHERE q.kind != 'term' {where} ORDER BY d.path, d.part, q.id",
        (params,) if where else (),
    )

    def fetch(*ids: int) -> tuple[str, str]:
        found = [
            conn.execute("SELECT text, words FROM quotes WHERE id = ?", (qid,)).fetchone()
            for qid in ids
        ]
        return " … ".join(t for t, _ in found), " ".join(w for _, w in found if w)

    nothing: set[str] = set()
    for (path, _, name), group in groupby(rows, key=lambda row: (row[0], row[9], row[10])):
        if prefixes and not any(
            path == p or path.startswith(os.path.join(p, "")) for p in prefixes
        ):
            continue
        quotes = list(group)
        for _, date, speaker, _, line, start, end, qid, count, _, _ in quotes:
            present = held.get(qid, nothing) | common
            if len(present) >= needed:
                known = _known(present, distinct)
                yield Candidate(
                    "",
                    speaker,
                    name,
                    line,
                    date,
                    start,
                    end,
                    None,
                    known,
                    count,
                    partial(fetch, qid),
                )
        for a, b in pairwise(quotes):
            if a[2] == b[2] and a[3] == b[3] == "quoted":
                present = held.get(a[7], nothing) | held.get(b[7], nothing) | common
                if len(present) >= needed:
                    known = _known(present, distinct)
                    both = partial(fetch, a[7], b[7])
                    count = a[8] + b[8]
                    yield Candidate(
                        "", a[2], name, a[4], a[1], a[5], b[6], None, known, count, both
                    )


def _quote_count(conn: sqlite3.Connection, word: str) -> int:
    """How many quotes hold `word`; words the word index splits ("a_b") count as common."""
    if not word.isalnum():
        return 1 << 30
    row = conn.execute("SELECT doc FROM quote_vocab WHERE term = ?", (word,)).fetchone()
    return int(row[0]) if row else 0


def _count(words: str) -> int:
    return words.count(" ") + 1 if words else 0


def _known(present: set[str], distinct: set[str]) -> frozenset[str] | None:
    """The claim's words a quote may hold, or None when there was no claim to look up."""
    return frozenset(present) if distinct else None
