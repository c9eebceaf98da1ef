from __future__ import annotations

import itertools
import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commtool.errors import BinaryInputError, InputError
from commtool.read.reader import decode, discover

TEXT = "Le Président a déclaré : « L’État sera présent. »\n"


@pytest.mark.parametrize(
    ("data", "encoding"),
    [
        (TEXT.encode("utf-8"), "utf-8"),
        (b"\xef\xbb\xbf" + TEXT.encode("utf-8"), "utf-8-sig"),
        (b"\xff\xfe" + TEXT.encode("utf-16-le"), "utf-16-le"),
        (b"\xfe\xff" + TEXT.encode("utf-16-be"), "utf-16-be"),
        (TEXT.replace("’", "'").encode("cp1252"), "cp1252"),
        (TEXT.replace("’", "'").encode("latin-1"), "cp1252"),
    ],
)
def test_every_encoding_gives_the_same_text(data: bytes, encoding: str) -> None:
    decoded = decode(data, "f.txt")
    assert decoded.encoding == encoding
    assert decoded.warning is None
    expected = TEXT if "’" in decoded.text else TEXT.replace("’", "'")
    assert decoded.text == expected


def test_utf16_without_bom_is_recognised() -> None:
    assert decode(TEXT.encode("utf-16-le")).text == TEXT


def test_nfd_accents_are_composed() -> None:
    decomposed = unicodedata.normalize("NFD", "Sécurité régionale")
    assert decode(decomposed.encode("utf-8")).text == "Sécurité régionale"


def test_invalid_utf8_is_replaced_with_a_warning() -> None:
    data = "Accord signé à Lomé".encode() + b" \xff\xfe fin"
    decoded = decode(data, "bad.txt")
    assert "Lomé" in decoded.text and "�" in decoded.text
    assert decoded.warning is not None and "bad.txt" in decoded.warning


@pytest.mark.parametrize(
    "data", [b"%PDF-1.7\n...", b"PK\x03\x04rest", b"\x89PNG\r\n", b"text\x00\x01\x02binary"]
)
def test_binary_data_is_refused(data: bytes) -> None:
    with pytest.raises(BinaryInputError):
        decode(data, "x.bin")


def test_discover_walks_folders_in_a_stable_order(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "z.txt").write_text("z")
    (tmp_path / "a.md").write_text("a")
    (tmp_path / "NOTES").write_text("n")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    (tmp_path / ".hidden.txt").write_text("h")
    found = list(discover([str(tmp_path)]))
    assert [Path(str(f)).name for f in found] == ["NOTES", "a.md", "z.txt"]


def test_discover_reports_missing_paths_and_empty_folders(tmp_path: Path) -> None:
    (tmp_path / "empty").mkdir()
    found = list(discover([str(tmp_path / "nope.txt"), str(tmp_path / "empty"), "-"]))
    assert isinstance(found[0], InputError) and "no such file" in str(found[0])
    assert isinstance(found[1], InputError) and "no text files" in str(found[1])
    assert found[2] == "-"


def test_symlink_loops_do_not_trap_the_walk(tmp_path: Path) -> None:
    (tmp_path / "doc.txt").write_text("texte")
    (tmp_path / "loop").symlink_to(tmp_path)
    assert [Path(str(f)).name for f in discover([str(tmp_path)])] == ["doc.txt"]


ASCII_LINES = "The minister said the talks were useful.\n" * 200  # 8,200 bytes
FRENCH = "Le ministre a parlé de sécurité et de l’été.\n" * 50


@pytest.mark.parametrize(
    "data",
    [
        ASCII_LINES.encode() + FRENCH.replace("’", "'").encode("cp1252"),  # legacy after ASCII
        FRENCH.replace("’", "'").encode("cp1252") + ASCII_LINES.encode(),  # legacy from the start
        ASCII_LINES.encode() + FRENCH.encode("utf-8"),  # UTF-8 after ASCII
        FRENCH.encode() + ASCII_LINES.encode() + b"caf\xe9\n" + ASCII_LINES.encode(),  # damaged
        ASCII_LINES.encode() + b"caf\xe9\n" + FRENCH.encode("utf-8"),  # damaged after ASCII
        FRENCH.replace("’", "'").encode("cp1252") + ASCII_LINES.encode() + "é".encode(),
        b"\xef\xbb\xbf" + ASCII_LINES.encode() + FRENCH.encode(),  # marked UTF-8
    ],
)
def test_a_file_read_in_pieces_is_decoded_as_when_read_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: bytes
) -> None:
    """One encoding decision per file: the streamed reader of large files gives the text
    and warning that decoding the whole file gives, wherever the first non-ASCII byte is."""
    from commtool.read import reader

    monkeypatch.setattr(reader, "_PIECE", 1000)
    path = tmp_path / "large.txt"
    path.write_bytes(data)
    warnings: list[str] = []
    pieces = list(reader.StreamedText(str(path), warnings.append).pieces())
    whole = decode(data, str(path))
    assert "".join(text for _, _, text in pieces) == whole.text
    assert len(pieces) > 1  # read in pieces, not at once
    assert bool(warnings) == bool(whole.warning)
    lines = 1
    for first_line, first_char, text in pieces:
        assert first_line == lines and whole.text[first_char : first_char + len(text)] == text
        lines += text.count("\n")


@settings(max_examples=200, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from("ab é\n\r\t"), max_size=400),
    cuts=st.lists(st.integers(min_value=0, max_value=400), max_size=8),
    other=st.lists(st.integers(min_value=0, max_value=400), max_size=8),
)
def test_relined_pieces_depend_on_the_text_not_on_its_chunks(
    text: str, cuts: list[int], other: list[int]
) -> None:
    """A file read block by block and the same text stored in parts (the index) are searched
    in the same lines; a line too long to hold comes in the same pieces either way."""
    from commtool.read import reader

    def chunks(at: list[int]) -> list[tuple[int, int, str]]:
        bounds = sorted({0, len(text), *(a for a in at if a < len(text))})
        found = []
        for start, end in itertools.pairwise(bounds):
            found.append((1 + reader.line_ends(text[:start]), start, text[start:end]))
        return found

    def relined(at: list[int]) -> list[tuple[int, int, str]]:
        original = reader.LINE_MAX
        reader.LINE_MAX = 16
        try:
            return list(reader.relined(chunks(at)))
        finally:
            reader.LINE_MAX = original

    def lines(pieces: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
        from commtool.archive.matching import lines_of

        return [
            (line.number + first - 1, line.start + at, line.text)
            for first, at, piece in pieces
            for line in lines_of(piece)
        ]

    pieces = relined(cuts)
    assert "".join(piece for _, _, piece in pieces) == text
    for first_line, first_char, piece in pieces:
        assert first_line == 1 + reader.line_ends(text[:first_char])
        assert text[first_char : first_char + len(piece)] == piece
        # each ends at a line end, else it is a piece of a line too long to hold
        rest = text[first_char + len(piece) :]
        at_line_end = piece.endswith("\n") or (piece.endswith("\r") and not rest.startswith("\n"))
        assert at_line_end or len(piece) <= 16 or not rest
    assert lines(pieces) == lines(relined(other))


def test_a_large_binary_file_is_skipped_from_its_first_block(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Data that is not text is told from its first block: a 32 MB run of NUL bytes with no
    line end is never held in memory to be read (it was, whole, and decoded)."""
    import tracemalloc

    from click.testing import CliRunner

    from commtool.cli import cli

    sparse = tmp_path / "zero.txt"
    with open(sparse, "wb") as handle:
        handle.truncate(32 << 20)  # sparse: no disk used
    tracemalloc.start()
    try:
        result = CliRunner().invoke(cli, ["quotes", str(sparse)])
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert result.exit_code == 1
    assert "skipped, binary data (NUL bytes)" in result.stderr
    assert peak < 16 << 20  # the first block (4 MB) and what parsing starts with
