"""Compiled regular expressions kept on disk between runs.

The engines' patterns are built from the lexicons (every title, country, speech verb…) and
Python's `re` spends a tenth of a second or more turning them into a program at each start,
longer than the rest of a one-file run. `compile` keeps those programs in the user's cache
folder (`$XDG_CACHE_HOME/commtool`, else `~/.cache/commtool`), keyed by the pattern text, its
flags and the interpreter's regex engine version, and hands a stored program straight to the
engine. Each version of the package's code gets a file of its own (older ones are removed).
Anything unexpected (no cache folder, a damaged file, another Python) falls back to
`re.compile`: the cache only ever saves time. `remembered` keeps the pattern texts built
from word lists the same way (building them costs as much again as the rest of a start).
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import zlib
from collections.abc import Callable
from typing import Any

try:  # the engine behind `re`; its programs are what re.compile produces
    import _sre  # type: ignore[import-not-found]
    from re import _compiler, _parser  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - another Python implementation
    _sre = None

_MAX_ENTRIES = 256  # old entries (patterns from older lexicons) are dropped past this
_programs: dict[str, tuple[Any, ...]] | None = None
_used: set[str] = set()
_dirty = False


def cache_file() -> str | None:
    """Where the programs are kept, or None when caching is off (COMMTOOL_NO_CACHE set)."""
    if os.environ.get("COMMTOOL_NO_CACHE"):
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    tag = f"{sys.implementation.cache_tag}-sre{getattr(_sre, 'MAGIC', 0)}-{_code_stamp()}"
    return os.path.join(base, "commtool", f"regex-{tag}.marshal")


_stamp: str | None = None
_KEEP_FILES = 3  # cache files of other versions kept (several installs may share the folder)


def package_sources() -> list[str]:
    """The package's own source files (engines and lexicons, in every folder), in a stable
    order: what decides what the patterns and the parsed documents are."""
    package = os.path.dirname(os.path.abspath(__file__))
    found: list[str] = []
    for folder, subfolders, names in os.walk(package):
        subfolders[:] = sorted(d for d in subfolders if d != "__pycache__")
        found += [os.path.join(folder, name) for name in sorted(names) if name.endswith(".py")]
    return found


def _code_stamp() -> str:
    """When the package's code last changed (its newest source file): each version of the
    lexicons and engines gets a file of its own, so that no run loads the patterns of older
    versions (they made a development cache ten times the size, and its load slow)."""
    global _stamp
    if _stamp is None:
        newest = 0
        for path in package_sources():
            try:
                newest = max(newest, os.stat(path).st_mtime_ns)
            except OSError:
                continue
        _stamp = f"{newest:x}"
    return _stamp


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, with the compiled program kept for the next run."""
    if _sre is None:
        return re.compile(pattern, flags)
    programs = _load()
    text = f"{flags}\0{pattern}"
    key = f"{zlib.crc32(text.encode('utf-8', 'surrogatepass')):08x}{len(text):x}"
    entry = programs.get(key)
    if entry is not None and entry[0] == text:  # the key is short: the text is checked
        try:
            compiled: re.Pattern[str] = _sre.compile(pattern, *entry[1:])
        except (TypeError, ValueError, RuntimeError, OverflowError):
            programs.pop(key, None)  # damaged or foreign entry: compiled anew below
        else:
            _used.add(key)
            return compiled
    try:
        program = _program(pattern, flags)
        compiled = _sre.compile(pattern, *program)
    except Exception:  # the engine's internals differ from what this module knows
        return re.compile(pattern, flags)
    _store(key, (text, *program))
    return compiled


def remembered(source: str, make: Callable[[], str]) -> str:
    """`make()`, a string computed from `source` alone (a pattern built from a word list), kept
    with the programs so that the next run skips building it."""
    programs = _load()
    key = f"t{zlib.crc32(source.encode('utf-8', 'surrogatepass')):08x}{len(source):x}"
    entry = programs.get(key)
    if entry is not None and len(entry) == 2 and entry[0] == source:
        _used.add(key)
        return str(entry[1])
    made = make()
    _store(key, (source, made))
    return made


def remembered_table(name: str, make: Callable[[], Any]) -> Any:
    """`make()`, a table (dicts, tuples, strings, numbers) computed from the lexicons alone,
    kept with the programs under `name` so that the next run loads it rather than builds it
    (the cache file is the code's own: a table is made again whenever the code changes)."""
    programs = _load()
    key = f"d{name}"
    entry = programs.get(key)
    if entry is not None and len(entry) == 3 and entry[0] == _TABLE and entry[1] == name:
        _used.add(key)
        return entry[2]
    made = make()
    _store(key, (_TABLE, name, made))
    return made


_TABLE = "\0table"


def _program(pattern: str, flags: int) -> tuple[Any, ...]:
    """What re._compiler.compile hands to the engine for `pattern`."""
    parsed = _parser.parse(pattern, flags)
    code = [int(op) for op in _compiler._code(parsed, flags)]  # named constants to plain ints
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (
        int(flags | parsed.state.flags),
        code,
        parsed.state.groups - 1,
        groupindex,
        tuple(indexgroup),
    )


_HEADER = b"commtool-cache 1\n"  # then the checksum of the content, then the content


def pack(programs: dict[str, tuple[Any, ...]]) -> bytes:
    """The cache file's bytes: a header, a checksum of the content and of the code's stamp,
    and the content (the entries, marshalled)."""
    content = marshal.dumps(programs)
    return _HEADER + _checksum(content) + content


def unpack(data: bytes) -> object:
    """The entries of a cache file, or None when the file is not one whose checksum holds: an
    entry changed since it was written (a damaged disk, an edit) is never used."""
    head = len(_HEADER) + 8
    if not data.startswith(_HEADER) or data[len(_HEADER) : head] != _checksum(data[head:]):
        return None
    try:
        return marshal.loads(data[head:])
    except (ValueError, EOFError, TypeError):
        return None


def _checksum(content: bytes) -> bytes:
    stamp = _code_stamp().encode()
    return b"%08x" % zlib.crc32(content, zlib.crc32(stamp))


def _load() -> dict[str, tuple[Any, ...]]:
    global _programs
    if _programs is None:
        _programs = {}
        path = cache_file()
        if path is not None:
            try:
                with open(path, "rb") as handle:
                    data = unpack(handle.read())
            except OSError:
                data = None
            if isinstance(data, dict):
                _programs = {k: v for k, v in data.items() if _well_formed(k, v)}
    return _programs


def _well_formed(key: object, entry: object) -> bool:
    if isinstance(entry, tuple) and len(entry) == 2:  # a remembered string
        return isinstance(key, str) and all(isinstance(part, str) for part in entry)
    if isinstance(entry, tuple) and len(entry) == 3:  # a remembered table
        return isinstance(key, str) and entry[0] == _TABLE and isinstance(entry[1], str)
    return (
        isinstance(key, str)
        and isinstance(entry, tuple)
        and len(entry) == 6
        and isinstance(entry[0], str)  # flags and pattern, as keyed
        and isinstance(entry[1], int)
        and isinstance(entry[2], list)
        and isinstance(entry[3], int)
        and isinstance(entry[4], dict)
        and isinstance(entry[5], tuple)
    )


def _store(key: str, entry: tuple[Any, ...]) -> None:
    global _dirty
    programs = _load()
    programs[key] = entry
    _used.add(key)
    if not _dirty:
        _dirty = True
        atexit.register(save)


def save() -> None:
    """Write new programs to the cache file (atomically; errors are ignored)."""
    global _dirty
    path = cache_file()
    if not _dirty or _programs is None or path is None:
        return
    _dirty = False
    programs = _programs
    if len(programs) > _MAX_ENTRIES:
        programs = {k: v for k, v in programs.items() if k in _used}
    import tempfile  # only when there is something to write

    try:
        folder = os.path.dirname(path)
        os.makedirs(folder, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=folder, prefix=".regex-", suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as out:
                out.write(pack(programs))
            os.replace(tmp, path)
        except BaseException:
            os.unlink(tmp)
            raise
        _drop_old_files(folder, path)
    except (OSError, ValueError):  # no room, no permission, or an unexpected value
        pass


def _drop_old_files(folder: str, path: str) -> None:
    """Remove the cache files of older versions, keeping the newest few."""
    others = []
    for name in os.listdir(folder):
        other = os.path.join(folder, name)
        if name.startswith("regex-") and name.endswith(".marshal") and other != path:
            others.append((os.stat(other).st_mtime_ns, other))
    for _, other in sorted(others, reverse=True)[_KEEP_FILES - 1 :]:
        os.unlink(other)
