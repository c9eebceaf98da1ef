"""Finding input files and decoding their bytes into text, whatever the encoding."""

from __future__ import annotations

import os
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from typing import NamedTuple

from commtool.errors import BinaryInputError, InputError, SkippedInput

TEXT_SUFFIXES = frozenset({".txt", ".md", ".text", ""})
_TEXT_ENDINGS = tuple(sorted(s for s in TEXT_SUFFIXES if s))
STDIN_NAME = "-"

_MAGIC = (
    (b"%PDF", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (DOCX, ODT, XLSX…)"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"\xd0\xcf\x11\xe0", "an old Office document"),
    (b"\x7fELF", "an executable"),
    (b"\x1f\x8b", "a gzip archive"),
)
# What a byte-order mark or a binary format opens with: such data takes the long way.
_SPECIAL_STARTS = (
    b"\xef\xbb\xbf",
    b"\xff\xfe",
    b"\xfe\xff",
    b"\x00\x00\xfe\xff",
    *(magic for magic, _ in _MAGIC),
)
# Bytes that Windows-1252 leaves undefined: their presence rules that encoding out.
_CP1252_HOLES = frozenset(b"\x81\x8d\x8f\x90\x9d")


class Decoded(NamedTuple):
    text: str
    encoding: str
    warning: str | None = None


def discover(paths: tuple[str, ...] | list[str]) -> Iterator[str | InputError]:
    """Every input file named by `paths`, in a stable order; errors are yielded, not raised.

    Folders are walked recursively for .txt, .md and extension-less files, hidden entries
    skipped, symlinked folders not followed (so a symlink loop cannot trap the walk).
    """
    for raw in paths:
        if raw == STDIN_NAME:
            yield STDIN_NAME
            continue
        if os.path.isdir(raw):
            found = False
            for item in _walk(raw):
                found = found or isinstance(item, str)
                yield item
            if not found:
                yield InputError(f"{raw}: no text files (.txt, .md) in this folder")
        elif os.path.exists(raw):
            yield raw
        elif os.path.islink(raw):
            yield InputError(f"{raw}: broken symbolic link")
        else:
            yield InputError(f"{raw}: no such file or folder")


def _broken_link(path: str) -> str | None:
    """What is wrong with a symbolic link that leads to no file, or None."""
    import errno

    try:
        os.stat(path)
    except OSError as err:
        if err.errno == errno.ELOOP:
            return "a loop of symbolic links"
        return "a broken symbolic link"
    return None


def _walk(folder: str) -> Iterator[str | InputError]:
    """The text files below `folder`, in order: hidden entries skipped, symlinked folders not
    followed, and what is no regular file (a FIFO, a socket) skipped with a warning rather
    than opened (opening a FIFO waits for a writer). The kind of each entry comes with its
    name from the folder listing: no extra system call for most files."""
    pending = [folder]
    while pending:
        current = pending.pop()
        try:
            with os.scandir(current) as listing:
                entries = sorted(listing, key=lambda e: e.name)
        except OSError as err:
            yield SkippedInput(f"{current}: skipped, cannot be listed ({err.strerror or err})")
            continue
        prefix = os.path.join(current, "")
        folders = []
        for entry in entries:
            name = entry.name
            if name.startswith("."):
                continue
            path = prefix + name
            try:
                if entry.is_dir(follow_symlinks=False):
                    folders.append(path)
                    continue
                if entry.is_symlink():
                    broken = _broken_link(path)
                    if broken:
                        yield SkippedInput(f"{path}: skipped, {broken}")
                        continue
                    if entry.is_dir():
                        continue  # a symlinked folder is not followed: no loop traps the walk
                # os.path.splitext(name)[1].lower() in TEXT_SUFFIXES, without the cost
                if "." in name and not name.lower().endswith(_TEXT_ENDINGS):
                    continue
                if not entry.is_file() and os.path.exists(path):
                    yield SkippedInput(f"{path}: skipped, not a regular file (a FIFO or a device)")
                    continue
            except OSError:
                pass  # reported when read
            yield path  # a broken link too: reading it says so
        pending.extend(reversed(folders))  # depth first, in order, like os.walk


def read_bytes(name: str) -> bytes:
    """The bytes of an input. What is no regular file (standard input, a FIFO, a device) is
    read as a stream: given up as soon as its first 8 KB show binary data (/dev/zero), and
    refused beyond STREAM_READ_MAX bytes, so that memory is never filled."""
    if name == STDIN_NAME:
        if sys.stdin is None:  # started with stdin closed (<&-)
            raise InputError("-: standard input is closed")
        return _read_all(sys.stdin.buffer.read, 0, name)
    try:
        fd = os.open(name, os.O_RDONLY)
        try:
            return _read_all(lambda n: os.read(fd, n), os.fstat(fd).st_size, name)
        finally:
            os.close(fd)
    except OSError as err:
        raise _read_error(name, err) from None


STREAM_READ_MAX = 1 << 30  # bytes read from a stream at most (a file is parsed part by part)


def _read_all(read: Callable[[int], bytes], size: int, name: str) -> bytes:
    chunks = [read(max(size, 1) + 1)]
    got = len(chunks[0])
    checked = False
    while chunks[-1]:  # grown since, or not a regular file
        if not checked and got >= 8192:
            checked = True
            reason = binary_reason(b"".join(chunks)[:8192])
            if reason:
                raise BinaryInputError(f"{name}: skipped, {reason}")
        if got > STREAM_READ_MAX and size < got:
            raise InputError(
                f"{name}: more than {STREAM_READ_MAX >> 20} MB from a stream; save it to a "
                "file, which is read part by part"
            )
        chunks.append(read(1 << 20))
        got += len(chunks[-1])
    return b"".join(chunks)


def _read_error(name: str, err: OSError) -> InputError:
    if isinstance(err, PermissionError):
        return InputError(f"{name}: permission denied")
    if isinstance(err, IsADirectoryError):
        return InputError(f"{name}: is a folder")
    return InputError(f"{name}: cannot read ({err.strerror or err})")


def line_ends(text: str) -> int:
    """How many lines text ends (CRLF, CR and LF each end one)."""
    return text.count("\n") + text.count("\r") - text.count("\r\n")


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le' or 'utf-16-be' when every other byte is NUL, as in BOM-less UTF-16 text."""
    if len(head) < 4:
        return None
    even, odd = head[0::2], head[1::2]
    if odd.count(0) > 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) > 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def decode(data: bytes, name: str = "<text>") -> Decoded:
    """Decode bytes as UTF-8 (with or without BOM), UTF-16/32 with BOM, or Windows-1252.

    Raises BinaryInputError for data that is not text. Invalid UTF-8 in an otherwise UTF-8
    file is replaced and reported in `warning`; the text is NFC-normalised so that composed
    and decomposed accents compare equal.
    """
    head = data[:8192]
    if not head.startswith(_SPECIAL_STARTS) and b"\x00" not in head:  # the common case
        try:
            return _finish(data.decode("utf-8"), "utf-8", None)
        except UnicodeDecodeError:
            pass
    if data.startswith(b"\xef\xbb\xbf"):
        text, encoding = data[3:].decode("utf-8", errors="replace"), "utf-8-sig"
        return _finish(text, encoding, None)
    for bom, encoding in (
        (b"\xff\xfe\x00\x00", "utf-32-le"),
        (b"\x00\x00\xfe\xff", "utf-32-be"),
        (b"\xff\xfe", "utf-16-le"),
        (b"\xfe\xff", "utf-16-be"),
    ):
        if data.startswith(bom):
            return _finish(data[len(bom) :].decode(encoding, errors="replace"), encoding, None)
    reason = binary_reason(head)
    if reason:
        raise BinaryInputError(f"{name}: skipped, {reason}")
    guessed = _utf16_without_bom(head) if b"\x00" in head else None
    if guessed:
        return _finish(data.decode(guessed, errors="replace"), guessed, None)
    try:
        return _finish(data.decode("utf-8"), "utf-8", None)
    except UnicodeDecodeError as err:
        bad_at = err.start
    # Real UTF-8 sequences before the bad byte mean a damaged UTF-8 file, not a legacy one.
    if _has_utf8_multibyte(data) or _CP1252_HOLES.intersection(data):
        text = data.decode("utf-8", errors="replace")
        warning = f"{name}: invalid UTF-8 at byte {bad_at}; undecodable bytes shown as �"
        return _finish(text, "utf-8", warning)
    return _finish(data.decode("cp1252"), "cp1252", None)


def binary_reason(head: bytes) -> str | None:
    """Why data opening with `head` (its first 8 KB) is not text, or None when it may be."""
    if head.startswith(_SPECIAL_STARTS[:4]):  # a byte-order mark
        return None
    for magic, what in _MAGIC:
        if head.startswith(magic):
            return f"looks like {what}"
    if b"\x00" in head and not _utf16_without_bom(head):
        return "binary data (NUL bytes)"
    return None


def _has_utf8_multibyte(data: bytes) -> bool:
    for lead in (b"\xc3", b"\xc2", b"\xc5", b"\xe2\x80"):
        at = data.find(lead)
        while at != -1:
            chunk = data[at : at + 4]
            for size in (2, 3, 4):
                try:
                    chunk[:size].decode("utf-8")
                    return True
                except UnicodeDecodeError:
                    continue
            at = data.find(lead, at + 1)
    return False


def _finish(text: str, encoding: str, warning: str | None) -> Decoded:
    if text.startswith("\ufeff"):
        text = text[1:]
    if not text.isascii() and not unicodedata.is_normalized("NFC", text):
        text = unicodedata.normalize("NFC", text)
    return Decoded(text, encoding, warning)


STREAM_FROM = 16 << 20  # bytes: a larger file is searched piece by piece
_PIECE = 4 << 20  # bytes read at a time (then cut after the last line end)
LINE_MAX = 1 << 20  # characters: a longer line is read in pieces of it (relined)


def relined(
    chunks: Iterable[tuple[int, int, str]],
) -> Iterator[tuple[int, int, str]]:
    """Consecutive chunks of a text (first line, first character, text) as pieces of whole
    lines, each ending at a line end; a line of LINE_MAX characters or more is given in
    pieces of it, cut after its last space within LINE_MAX characters of where it (or its
    last piece) starts. The pieces depend on the text only, not on how it was chunked: a file
    read block by block and the same text stored in parts give the same ones."""
    buffer, line, at = "", 1, 0
    for first_line, first_char, text in chunks:
        if not buffer:
            line, at = first_line, first_char
        buffer += text
        while True:
            window = buffer[: LINE_MAX + 1]  # a CR's next character is known within it
            cut = max(window.rfind("\n", 0, LINE_MAX), window.rfind("\r", 0, len(window) - 1))
            cut += 1
            if cut == 0:
                if len(buffer) < LINE_MAX:
                    break  # the line goes on in the next chunk
                cut = max(window.rfind(" ", 0, LINE_MAX), window.rfind("\t", 0, LINE_MAX)) + 1
                cut = cut or LINE_MAX
            piece, buffer = buffer[:cut], buffer[cut:]
            yield line, at, piece
            line += line_ends(piece)
            at += len(piece)
            if len(buffer) < LINE_MAX:
                break
    if buffer:
        yield line, at, buffer


def _within_line_cut(data: bytes) -> int:
    """Where to cut bytes of one line too long to hold: before a character's first byte
    (never inside a UTF-8 sequence; the text is cut again where `relined` says)."""
    cut = len(data)
    while cut > len(data) - 4 and 0x80 <= data[cut - 1] < 0xC0:
        cut -= 1
    if cut > len(data) - 4 and data[cut - 1] >= 0xC0:
        cut -= 1  # a sequence's lead byte, its last bytes still to come
    return cut


class StreamedText:
    """A large file, read in pieces of whole lines so that memory stays flat whatever its
    size (a line of LINE_MAX bytes or more comes in pieces of it, cut after a space; data
    that is not text is told from the first block, never read further): `pieces()` gives
    (number of the first line, offset of the first character, text),
    the same text, lines and offsets as reading the whole file would: one encoding decision
    for the whole file, the one `decode` makes (a Windows-1252 file whose first megabytes
    are ASCII is Windows-1252 from its first byte, as when read whole). UTF-16 and UTF-32
    files are read at once."""

    def __init__(self, path: str, warn: Callable[[str], None]) -> None:
        self.path = path
        self.warn = warn

    def check(self) -> None:
        """Raise what reading the file would: BinaryInputError for data that is not text
        (told from its first 8 KB), InputError when it cannot be read."""
        try:
            with open(self.path, "rb") as handle:
                reason = binary_reason(handle.read(8192))
        except OSError as err:
            raise _read_error(self.path, err) from None
        if reason:
            raise BinaryInputError(f"{self.path}: skipped, {reason}")

    def _legacy_from(self, start: int) -> bool:
        """Whether the file's bytes from `start` hold no UTF-8 sequence and no byte
        Windows-1252 leaves undefined: what `decode` asks of a file that is not UTF-8 before
        it reads it as Windows-1252 (read here block by block, never whole)."""
        with open(self.path, "rb") as handle:
            handle.seek(start)
            tail = b""
            while True:
                block = handle.read(_PIECE)
                if not block:
                    return True
                data = tail + block
                if _CP1252_HOLES.intersection(block) or _has_utf8_multibyte(data):
                    return False
                tail = data[-3:]  # a sequence cut between two blocks

    def pieces(self) -> Iterator[tuple[int, int, str]]:
        """(number of the first line, offset of the first character, text) of each piece
        of whole lines (relined), in order."""
        return relined(self._chunks())

    def _chunks(self) -> Iterator[tuple[int, int, str]]:
        """The file's text as decoded, block by block."""
        line, offset, bad_at = 1, 0, None
        consumed = 0  # bytes before the piece being decoded
        codec = "utf-8"  # until a piece says otherwise: then for the rest of the file
        ascii_so_far = True
        try:
            handle = open(self.path, "rb")  # noqa: SIM115 - closed below, also on early exit
        except OSError as err:
            raise _read_error(self.path, err) from None
        with handle:
            carry = b""
            first = True
            while True:
                block = handle.read(_PIECE)
                if first and not carry:  # data that is not text is told from its first block
                    reason = binary_reason(block[:8192])
                    if reason:
                        raise BinaryInputError(f"{self.path}: skipped, {reason}")
                data = carry + block
                if block:
                    # after the last line end (a CR too, once the byte after it is known)
                    cut = max(data.rfind(b"\n"), data.rfind(b"\r", 0, len(data) - 1)) + 1
                    if cut == 0 and len(data) < LINE_MAX:  # no line end yet: read on
                        carry = data
                        continue
                    if cut == 0:  # a line too long to hold: given in pieces of it
                        cut = _within_line_cut(data)
                    raw, carry = data[:cut], data[cut:]
                else:
                    raw, carry = data, b""
                if first:
                    first = False
                    decoded = decode(raw, self.path)
                    if decoded.encoding not in ("utf-8", "utf-8-sig", "cp1252"):
                        whole = decode(raw + carry + handle.read(), self.path)
                        yield 1, 0, whole.text
                        return
                    if decoded.encoding == "cp1252" and self._legacy_from(len(raw)):
                        codec = "cp1252"
                    if decoded.encoding == "utf-8-sig":  # marked UTF-8: never another
                        raw, consumed, ascii_so_far = raw[3:], 3, False
                text = ""
                if codec == "utf-8":
                    try:
                        text = raw.decode("utf-8")
                    except UnicodeDecodeError as err:
                        if ascii_so_far and bad_at is None and self._legacy_from(consumed):
                            codec = "cp1252"  # what came before reads the same in both
                        else:
                            text = raw.decode("utf-8", errors="replace")
                            if bad_at is None:
                                bad_at = consumed + err.start
                                self.warn(
                                    f"{self.path}: invalid UTF-8 at byte {bad_at}; "
                                    "undecodable bytes shown as �"
                                )
                if codec == "cp1252":
                    text = raw.decode("cp1252")
                ascii_so_far = ascii_so_far and raw.isascii()
                if offset == 0 and text.startswith("\ufeff"):
                    text = text[1:]
                if not text.isascii() and not unicodedata.is_normalized("NFC", text):
                    text = unicodedata.normalize("NFC", text)
                consumed += len(raw)
                if text:
                    yield line, offset, text
                    line += line_ends(text)
                    offset += len(text)
                if not block:
                    return
