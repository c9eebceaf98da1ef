"""The word-anchored scan finds exactly what a full scan of the same pattern finds."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commtool.annotate import mentions as people
from commtool.lexicons import union
from commtool.patterns import WordAnchored, Words, first_words
from commtool.resolve import statements
from commtool.segment import dates

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.txt"))


def scanners() -> dict[str, WordAnchored]:
    return {
        "mentions": people._tables().mention,
        "bare names": people._tables().bare,
        "dates": dates._tables()[0],
        **{f"cues-{code}": statements._cues(code).pattern for code in ("fr", "en", "ru", "und")},
    }


def spans(found: object) -> list[tuple[tuple[int, int], dict[str, str | None]]]:
    return [(m.span(), m.groupdict()) for m in found]  # type: ignore[attr-defined]


def full_scan(scanner: WordAnchored, text: str, start: int, stop: int) -> list[object]:
    """The pattern searched for at every position; with a check of each match, a refused
    match is no match and the search goes on from the next position."""
    if scanner.accept is None:
        return list(scanner.pattern.finditer(text, start, stop))
    found: list[object] = []
    at = start
    while at <= stop:
        match = scanner.pattern.search(text, at, stop)
        if match is None:
            break
        if scanner.accept(match):
            found.append(match)
            at = max(match.end(), match.start() + 1)
        else:
            at = match.start() + 1
    return found


def same(scanner: WordAnchored, text: str, start: int = 0, end: int | None = None) -> None:
    stop = len(text) if end is None else end
    expected = spans(full_scan(scanner, text, start, stop))
    assert spans(scanner.finditer(text, start, end)) == expected
    assert spans(scanner.finditer(text, start, end, Words(text))) == expected


def test_words_are_found_with_their_offsets() -> None:
    words = Words("« Le Président‑Poutine, 24 nov. İstanbul l'été»")
    assert words.words == ["Le", "Président", "Poutine", "24", "nov", "İstanbul", "l", "été"]
    assert [
        words.text[s : s + len(w)] for s, w in zip(words.starts, words.words, strict=True)
    ] == words.words
    assert words.keys == [w.lower() for w in words.words]  # "İ" lower-cases to two characters


def test_a_word_cut_by_the_end_opens_as_cut() -> None:
    scanner = scanners()["mentions"]
    assert [m.group() for m in scanner.finditer("hers", 0, 2, Words("hers"))] == ["he"]
    text = "said he."
    for end in range(len(text) + 1):
        same(scanner, text, 0, end)


def test_first_words_are_lower_cased_word_runs() -> None:
    assert first_words(["Premier ministre", "l'Élysée", "vice-président", "M.", "", "« x"]) == {
        "premier",
        "l",
        "vice",
        "m",
    }


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda p: p.name)
@pytest.mark.parametrize("name", ["mentions", "dates", "cues-fr", "cues-en", "cues-und"])
def test_examples_in_every_case(path: Path, name: str) -> None:
    text = path.read_text(encoding="utf-8")
    scanner = scanners()[name]
    found = list(scanner.finditer(text))
    assert found or name != "mentions"  # the examples name people
    for variant in (text, text.upper(), text.lower(), text.title()):
        same(scanner, variant)
    same(scanner, text, len(text) // 3, 2 * len(text) // 3)


# Words the patterns open with, in every case, beside names, digits and punctuation.
LEXICON = sorted(
    {
        word
        for name in (
            "TITLES",
            "HONORIFICS",
            "PRONOUNS",
            "MONTHS",
            "WEEKDAYS",
            "RELATIVE_DAYS",
            "STATEMENT_FORMS",
            "STATEMENT_AUXILIARIES",
            "STATEMENT_PARTICIPLES",
            "ACCORDING_TO",
            "IMPERSONAL",
        )
        for entry in union(name)
        for word in (entry, entry.upper(), entry.capitalize())
    }
)
PIECES = st.one_of(
    st.sampled_from(LEXICON),
    st.sampled_from(["Vladimir Poutine", "Faure", "24", "2025", "1er", "3rd", "12/05/2024"]),
    st.sampled_from([" ", "  ", "\n", "\u00a0", ", ", ". ", "-", "'", "’", "«", "»", ":", "—"]),
    st.text(max_size=3),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(PIECES, max_size=40), st.integers(0, 400), st.integers(0, 400))
def test_generated_text(pieces: list[str], a: int, b: int) -> None:
    text = "".join(pieces)
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    for scanner in scanners().values():
        same(scanner, text)
        same(scanner, text, start, end)


def test_a_refused_match_hides_no_later_one() -> None:
    # "a …, rencontré" matches the pattern with any word as its participle, and is refused:
    # the source inside it is still found.
    scanner = scanners()["cues-fr"]
    text = "Il a, selon le Kremlin, rencontré le ministre."
    assert [m.group() for m in scanner.finditer(text)] == ["selon"]
    assert [m.group() for m in scanner.finditer(text, 0, len(text), Words(text))] == ["selon"]
