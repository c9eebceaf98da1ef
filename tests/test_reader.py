from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest

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
