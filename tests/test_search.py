"""search and verify: folding, offsets in the original text, filters, exit codes, verdicts."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from hypothesis import example, given, settings
from hypothesis import strategies as st
from unidecode import unidecode

from commtool.archive.matching import build_matcher
from commtool.cli import cli
from commtool.folding import fold

REFERENCE = "fr_togo_russie.txt"


def run(*args: str) -> Result:
    return CliRunner().invoke(cli, list(args))


@pytest.mark.parametrize(
    ("pattern", "line", "found"),
    [
        ("securite", "La Sécurité régionale et la SÉCURITÉ", ["Sécurité", "SÉCURITÉ"]),
        ("gnassingbe", "Le Président Faure Gnassingbé", ["Gnassingbé"]),
        ("oeuvre", "tout mettre en œuvre, une Œuvre", ["œuvre", "Œuvre"]),
        ("l'etat", "la « présence de l’État »", ["l’État"]),
        ("Sécurité", "la securite et la sécurité", ["securite", "sécurité"]),
        ("nouvelle etape", "une « nouvelle\u00a0étape »", ["nouvelle\u00a0étape"]),
        ("SeCuRiTe", "SecUrIté, sÉcurite", ["SecUrIté", "sÉcurite"]),
        ("OEUVRE", "œuvre, ŒUVRE, oEuVrE", ["œuvre", "ŒUVRE", "oEuVrE"]),
        ("strasse", "Straße, STRASSE", ["Straße", "STRASSE"]),
    ],
)
def test_folding_finds_every_spelling_in_the_original_text(
    pattern: str, line: str, found: list[str]
) -> None:
    spans = build_matcher([pattern]).spans(line)
    assert [line[s:e] for s, e in spans] == found


def test_case_exact_word_and_regex_modes() -> None:
    line = "Sécurité, securite, insécurité"
    assert len(build_matcher(["securite"], case_sensitive=True).spans(line)) == 2
    exact = build_matcher(["sécurité"], exact=True)
    assert [line[s:e] for s, e in exact.spans(line)] == ["Sécurité", "sécurité"]
    exact_case = build_matcher(["sécurité"], exact=True, case_sensitive=True)
    assert [line[s:e] for s, e in exact_case.spans(line)] == ["sécurité"]
    assert [line[s:e] for s, e in build_matcher(["securite"], word=True).spans(line)] == [
        "Sécurité",
        "securite",
    ]
    regex = build_matcher([r"in?s[eé]curit\w"], regex=True)
    assert [line[s:e] for s, e in regex.spans(line)] == ["insécurité"]


def test_grep_style_output_and_exit_codes(examples: Path) -> None:
    result = run("search", "securite", str(examples / REFERENCE))
    assert result.exit_code == 0
    assert result.stdout.splitlines()[0] == (
        f"{examples / REFERENCE}:77:Sécurité Régionale et Remerciements"
    )
    assert run("search", "zzzz", str(examples)).exit_code == 1
    bad = run("search", "(", "--regex", str(examples))
    assert bad.exit_code == 2 and "invalid regular expression" in bad.stderr


def test_context_files_and_counts(examples: Path) -> None:
    path = str(examples / REFERENCE)
    context = run("search", "Sécurité Régionale", path, "-A", "2").stdout.splitlines()
    assert context == [
        f"{path}:77:Sécurité Régionale et Remerciements",
        f"{path}-78-",
        f"{path}-79-Les questions de sécurité et de stabilité dans la sous-région ouest-africaine"
        " et au Sahel ont occupé une place centrale dans les échanges.",
    ]
    assert run("search", "poutine", str(examples), "-l").stdout.splitlines() == [path]
    assert run("search", "-e", "poutine", "-e", "gnassingbe", path, "-c").stdout == f"{path}:4\n"


def test_filters_by_speaker_place_in_text_date_and_language(examples: Path) -> None:
    folder = str(examples)
    rows = [
        json.loads(line)
        for line in run(
            "search", "etape", folder, "--in", "quotes", "-f", "jsonl"
        ).stdout.splitlines()
    ]
    assert {(Path(r["file"]).name, r["speaker"]) for r in rows} == {
        ("fr_togo_russie.txt", "Faure Gnassingbé"),
        ("fr_lome_cooperation.txt", "Kodjo Amavi"),
    }
    only = run("search", "etape", folder, "--speaker", "gnassingbe", "-f", "jsonl").stdout
    [row] = [json.loads(line) for line in only.splitlines()]
    text = (examples / REFERENCE).read_text(encoding="utf-8")
    assert [text[s:e] for s, e in row["offsets"]] == ["étape"]
    statements = run("search", "gratitude", folder, "--in", "statements", "-l").stdout
    assert statements.splitlines() == [str(examples / REFERENCE)]
    assert run("search", "etape", folder, "--since", "2025-06-01", "-l").stdout.splitlines() == [
        str(examples / REFERENCE)
    ]
    assert run("search", "etape", folder, "--until", "1 janvier 2020").exit_code == 1
    assert run("search", "Moscow", folder, "--lang", "fr").exit_code == 1
    assert run("search", "Moscow", folder, "--lang", "en").exit_code == 0
    bad = run("search", "x", folder, "--since", "someday")
    assert bad.exit_code == 2 and "'someday' is not a date" in bad.stderr


def _verify(*args: str) -> tuple[int, dict[str, object]]:
    result = run("verify", *args, "-f", "json")
    return result.exit_code, json.loads(result.stdout)


def test_verify_verdicts(examples: Path) -> None:
    folder = str(examples)
    code, exact = _verify(
        "l'éducation est un secteur prioritaire pour l'avenir de notre pays", folder
    )
    assert (code, exact["verdict"], exact["speaker"]) == (0, "exact", "Faure Gnassingbé")
    assert exact["line"] == 65 and exact["date"] == "2025-11-24"
    code, close = _verify(
        "L'education est un secteur essentiel pour l'avenir de notre pays", folder
    )
    assert (code, close["verdict"]) == (3, "close")
    assert close["diff"] == [{"op": "replace", "claim": "essentiel", "quote": "prioritaire"}]
    code, wrong = _verify("présence de l'État", folder, "--speaker", "Poutine")
    assert (code, wrong["verdict"], wrong["speaker"]) == (4, "misattributed", "Faure Gnassingbé")
    code, right = _verify("présence de l'État", folder, "--speaker", "gnassingbe")
    assert (code, right["verdict"]) == (0, "exact")
    code, missing = _verify("La Russie quittera le Sahel demain", folder)
    assert (code, missing["verdict"], missing["quote"]) == (1, "not found", None)


def test_verify_a_claim_cut_short_or_stitched_from_two(examples: Path) -> None:
    folder = str(examples)
    code, cut = _verify("Nos agriculteurs en seront les premiers", folder)
    assert (code, cut["verdict"]) == (0, "exact")
    code, stitched = _verify(
        "This forum shows what our continent can achieve. We will keep this momentum.", folder
    )
    assert stitched["verdict"] in ("exact", "close") and stitched["speaker"] == "Amina Diallo"


def test_worker_processes_give_the_same_answer_in_the_same_order(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    archive.mkdir()
    for i in range(40):
        body = "La SÉCURITÉ d'abord." if i % 7 == 0 else "Rien à signaler."
        (archive / f"doc{i:02}.txt").write_text(f"Ligne un.\n{body}\n", encoding="utf-8")
    (archive / "doc07b.txt").write_bytes(b"S\xc3\xa9curit\xc3\xa9 \xff\n")  # damaged
    (archive / "doc08b.txt").write_bytes(b"%PDF-1.4 securite")  # not text
    (archive / "doc09b.txt").write_text("", encoding="utf-8")
    serial = run("search", "securite", str(archive), "-j", "1")
    parallel = run("search", "securite", str(archive), "-j", "2")
    assert serial.exit_code == parallel.exit_code == 0
    assert parallel.stdout == serial.stdout
    assert parallel.stderr == serial.stderr
    assert serial.stdout.count("\n") == 7  # doc00, 07, 14, 21, 28, 35 and the damaged one
    assert "invalid UTF-8" in serial.stderr and "PDF" in serial.stderr
    # Workers send matching lines, or the text when context lines or a filter need it.
    for options in (["-c"], ["-l"], ["-f", "jsonl"], ["--color", "always"], ["-C", "1"]):
        parallel = run("search", "securite", str(archive), "-j", "2", *options)
        assert (
            parallel.stdout == run("search", "securite", str(archive), "-j", "1", *options).stdout
        )
        assert parallel.exit_code == 0 and parallel.stdout
    assert run("search", "introuvable", str(archive), "-j", "2").exit_code == 1


def _latin_only(text: str) -> bool:
    import unicodedata

    return not any(
        c.isalpha() and not c.isascii() and "LATIN" not in unicodedata.name(c, "LATIN")
        for c in text
    )


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.characters(exclude_categories=("Cs",))))
@example("\u2c6d")  # "Ɑ": unidecode has nothing for it, "a" for its small form "ɑ"
def test_fold_writes_latin_letters_and_marks_as_unidecode_does(text: str) -> None:
    if _latin_only(text):
        assert fold(text, case=True) == unidecode(text)
        # in lower case first, as unidecode writes the small letters
        assert fold(text) == unidecode(text.lower()).lower()
    assert fold(fold(text)) == fold(text)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.characters(min_codepoint=0x410, max_codepoint=0x44F), min_size=1))
def test_a_cyrillic_word_never_folds_into_latin_letters(text: str) -> None:
    folded = fold(text)
    assert folded and not any(c.isascii() for c in folded)


def test_fold_is_unidecode_on_the_latin_examples(examples: Path) -> None:
    # Latin text folds as unidecode writes it; Cyrillic keeps its letters (tested above).
    for path in sorted(examples.glob("*.txt")):
        sample = path.read_text(encoding="utf-8")
        if any("\u0400" <= c <= "\u04ff" for c in sample):
            continue
        assert fold(sample) == unidecode(sample).lower()


@pytest.mark.parametrize("piece", [7, 64, 4096])
@pytest.mark.parametrize(
    "args", [(), ("-c",), ("-l",), ("-C", "1"), ("-B", "2"), ("-f", "jsonl"), ("-w",)]
)
def test_large_files_are_searched_piece_by_piece_with_the_same_answer(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, piece: int, args: tuple[str, ...]
) -> None:
    from commtool.read import reader

    lines = [
        "\ufeffLa Sécurité régionale",  # a byte-order mark first
        "rien ici",
        "Se\u0301curite\u0301 en NFD\r",  # decomposed accents, then a CRLF line end
        "une ligne bien plus longue que le morceau lu : " + "sécurité " * 20,
        "ancien retour\rsecurite après un CR seul",
        "",
        "fin : SECURITE",
    ]
    big = tmp_path / "big.txt"
    big.write_bytes("\n".join(lines).encode("utf-8") + b"\n")
    whole = run("search", "securite", str(big), *args)
    monkeypatch.setattr(reader, "STREAM_FROM", 1)
    monkeypatch.setattr(reader, "_PIECE", piece)
    streamed = run("search", "securite", str(big), *args)
    assert streamed.exit_code == whole.exit_code == 0
    assert streamed.stdout == whole.stdout
    assert streamed.stderr == whole.stderr == ""


def test_a_large_file_damaged_further_on_is_searched_with_one_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from commtool.read import reader

    big = tmp_path / "big.txt"
    big.write_bytes("sécurité\n".encode() * 50 + b"bad \xff byte securite\n" + b"end\n")
    whole = run("search", "securite", str(big), "-c")
    monkeypatch.setattr(reader, "STREAM_FROM", 1)
    monkeypatch.setattr(reader, "_PIECE", 100)
    result = run("search", "securite", str(big), "-c")
    assert result.exit_code == whole.exit_code == 0
    assert result.stdout == whole.stdout == f"{big}:51\n"
    bad_at = 50 * len("sécurité\n".encode()) + len(b"bad ")
    assert result.stderr == whole.stderr
    assert result.stderr.count("\n") == 1 and f"invalid UTF-8 at byte {bad_at};" in result.stderr
    utf16 = tmp_path / "utf16.txt"  # not UTF-8: read whole instead
    utf16.write_bytes("\ufeffsécurité\nautre\n".encode("utf-16-le"))
    assert run("search", "securite", str(utf16)).stdout == f"{utf16}:1:sécurité\n"


def test_a_large_binary_file_is_skipped_with_a_warning(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from commtool.read import reader

    pdf = tmp_path / "report.txt"
    pdf.write_bytes(b"%PDF-1.4\n" + bytes(range(256)) * 40)
    whole = run("search", "securite", str(pdf))
    monkeypatch.setattr(reader, "STREAM_FROM", 1)
    streamed = run("search", "securite", str(pdf))
    assert streamed.exit_code == whole.exit_code == 1
    assert streamed.stderr == whole.stderr
    assert streamed.stderr.count("\n") == 1 and "looks like a PDF document" in streamed.stderr


@given(
    st.lists(
        st.text(alphabet="ae \u00e9x", max_size=40),
        min_size=1,
        max_size=12,
    )
)
@settings(max_examples=150, deadline=None)
def test_lines_found_in_one_pass_are_those_read_one_by_one(lines: list[str]) -> None:
    """Matches found over the whole text (one line costs its length, however many matches
    it holds) give the same lines, numbers and offsets as reading line by line."""
    from commtool.archive.matching import lines_of
    from commtool.archive.search import hits

    text = "\n".join(lines)
    matcher = build_matcher(["e"], exact=True, case_sensitive=True)
    found = [(h.line.number, h.line.start, h.line.text, h.spans) for h in hits(text, matcher, None)]
    expected = [
        (line.number, line.start, line.text, matcher.spans(line.text))
        for line in lines_of(text)
        if matcher.spans(line.text)
    ]
    assert found == expected


@pytest.mark.parametrize("grep_style", [True, False])
def test_the_rows_of_a_file_of_many_matches_are_never_all_held_at_once(grep_style: bool) -> None:
    import io
    import tracemalloc

    from commtool.archive.search import SearchOptions, search_rows
    from commtool.render import render
    from commtool.views import GREP_VIEW, SEARCH_VIEW

    class Sink(io.StringIO):
        def write(self, text: str) -> int:  # counted, not kept
            return len(text)

    text = "La sécurité de la région est notre priorité commune.\n" * 100_000  # 5 MB
    source = ("big.txt", text, lambda: None, None, True)
    rows = search_rows([source], build_matcher(["securite"]), SearchOptions(), grep_style)
    tracemalloc.start()
    try:
        view = GREP_VIEW if grep_style else SEARCH_VIEW
        written = render(rows, "grep" if grep_style else "json", Sink(), view)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert written == 100_000
    assert peak < 2_000_000  # bytes; 100,000 rows held at once take over 20 MB
