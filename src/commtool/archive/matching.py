"""Searching an archive: accent- and case-insensitive by default, matches shown in the
original text.

Folding (folding.fold, the one text identity) is done on the pattern, not on the text: each
letter of the folded pattern becomes a class of every character that folds to it (`e` matches é, è, ê, ë, É…;
`oe` matches œ), so the regex runs on the original text at full speed and every offset is an
offset into it. Regular expressions (`--regex`) are matched on a folded copy of each line
instead, with a map back to the original offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache

from commtool.errors import CommtoolError
from commtool.folding import fold

# The characters whose folded form is searched for: Latin letters with diacritics, ligatures,
# typographic quotes, dashes and spaces.
_FOLDABLE = (
    [chr(c) for c in range(0xA0, 0x250)]
    + [chr(c) for c in range(0x400, 0x460)]  # Cyrillic: й is searched as и, ё as е
    + list("‘’‚‛“”„‟–—‐‑‒―\u2009\u202f\u00a0…ﬀﬁﬂﬃﬄ")
)


class PatternError(CommtoolError):
    """A search pattern that cannot be compiled."""


@lru_cache(maxsize=1)
def _variants() -> tuple[dict[str, str], dict[str, list[str]]]:
    """Single characters that fold to each letter, and sequences (oe, ae, ss) to ligatures."""
    single: dict[str, set[str]] = {}
    multi: dict[str, list[str]] = {}
    for char in _FOLDABLE:
        folded = fold(char)
        if not folded or folded == char.lower():
            continue
        if len(folded) == 1:
            single.setdefault(folded, set()).add(char)
        else:
            multi.setdefault(folded, []).append(char)
    classes = {k: "".join(sorted(v)) for k, v in single.items()}
    return classes, multi


def fold_with_offsets(text: str) -> tuple[str, list[int]]:
    """Folded text and, for each folded character, the offset of its original character."""
    if text.isascii():
        return text, list(range(len(text) + 1))
    parts: list[str] = []
    offsets: list[int] = []
    for i, char in enumerate(text):
        folded = char if char.isascii() else fold(char, case=True)
        parts.append(folded)
        offsets.extend([i] * len(folded))
    offsets.append(len(text))
    return "".join(parts), offsets


def _literal(pattern: str, case: bool) -> str:
    """A regex for the folded literal `pattern` that matches every accented spelling."""
    classes, multi = _variants()
    out: list[str] = []
    i = 0
    while i < len(pattern):
        two = pattern[i : i + 2].lower()
        if len(two) == 2 and two in multi:
            a, b = (_char(c, classes, case) for c in pattern[i : i + 2])
            ligatures = "".join(multi[two])
            ligatures += "".join(m.upper() for m in multi[two] if not case)
            out.append(f"(?:{a}{b}|[{re.escape(ligatures)}])")
            i += 2
            continue
        out.append(_char(pattern[i], classes, case))
        i += 1
    return "".join(out)


def _char(char: str, classes: dict[str, str], case: bool) -> str:
    """A class of every character that folds to `char`; both cases of each unless `case`
    (spelt out rather than left to re.IGNORECASE, so that the regex engine can skip ahead to
    the pattern's first letter instead of trying the pattern at every position)."""
    key = char if case else char.lower()
    extra = classes.get(key.lower(), "")
    if case:
        extra = "".join(c for c in extra if c.isupper() == char.isupper() or not c.isalpha())
    else:
        extra += "".join(c for c in {char.lower(), char.upper()} - {char} if len(c) == 1)
    if char == " ":
        return r"[\s\u00a0\u202f\u2009]+"
    if not extra:
        return re.escape(char)
    return "[" + re.escape(char) + re.escape("".join(sorted(set(extra)))) + "]"


@dataclass(frozen=True)
class Matcher:
    """Finds the spans of any of the patterns in a line of original text."""

    pattern: re.Pattern[str]
    on_folded: bool  # --regex: match a folded copy of the line

    def anywhere(self, text: str) -> bool:
        """Whether the text may hold a match: one pass over the whole text, so that the
        files without any are skipped without being cut into lines."""
        if not self.on_folded:
            return self.pattern.search(text) is not None
        return self.pattern.search(fold(text)) is not None

    def spans(self, line: str) -> list[tuple[int, int]]:
        if not self.on_folded:
            return [m.span() for m in self.pattern.finditer(line) if m.end() > m.start()]
        folded, offsets = fold_with_offsets(line)
        return [
            (offsets[m.start()], offsets[m.end() - 1] + 1)
            for m in self.pattern.finditer(folded)
            if m.end() > m.start()
        ]


def build_matcher(
    patterns: Sequence[str],
    *,
    regex: bool = False,
    exact: bool = False,
    case_sensitive: bool = False,
    word: bool = False,
) -> Matcher:
    """One matcher for all patterns (`-e`), as grep combines them."""
    if not patterns or any(p == "" for p in patterns):
        raise PatternError("empty search pattern")
    # Literal patterns spell both cases out (see _char); regular expressions and --exact
    # patterns leave case to the engine.
    flags = 0 if case_sensitive or not (regex or exact) else re.IGNORECASE
    parts = []
    for pattern in patterns:
        if regex:
            _check_regex(pattern, flags)  # its errors at the user's positions
            parts.append(pattern if exact else fold(pattern, case=True))
        elif exact:
            parts.append(re.escape(pattern))
        else:
            parts.append(_literal(fold(pattern, case=True), case_sensitive))
    body = "|".join(f"(?:{p})" for p in parts)
    if word:
        body = rf"(?<!\w)(?:{body})(?!\w)"
    try:
        compiled = re.compile(body, flags)
    except re.error as err:
        shown = patterns[0] if len(patterns) == 1 else " | ".join(patterns)
        raise PatternError(f"invalid regular expression {shown!r}: {err}") from None
    except (OverflowError, RecursionError, MemoryError):
        raise PatternError("search pattern too large (a repetition or nesting too deep)") from None
    return Matcher(compiled, on_folded=regex and not exact)


def _check_regex(pattern: str, flags: int) -> None:
    """A user's regular expression that cannot be compiled, said in its own terms."""
    try:
        re.compile(pattern, flags)
    except re.error as err:
        raise PatternError(f"invalid regular expression {pattern!r}: {err}") from None
    except (OverflowError, RecursionError, MemoryError):
        raise PatternError(
            f"regular expression {pattern!r} too large (a repetition or nesting too deep)"
        ) from None


@dataclass(frozen=True, slots=True)
class Line:
    number: int
    start: int  # offset of the line in the document text
    text: str


_LINES = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")


def lines_of(text: str) -> Iterator[Line]:
    for number, m in enumerate(_LINES.finditer(text), 1):
        if m.start() == m.end():
            break
        yield Line(number, m.start(), m.group().rstrip("\r\n"))


@dataclass
class Hit:
    line: Line
    spans: list[tuple[int, int]]
    speaker: str | None = None


class FoundLines:
    """The matching lines of a file, found by a worker process: what a search that needs
    neither the document nor context lines shows, without sending the text back."""

    __slots__ = ("rows",)

    def __init__(self, rows: list[tuple[int, int, str, list[tuple[int, int]]]]) -> None:
        self.rows = rows  # (line number, line offset, line text, match spans)

    def hits(self) -> Iterator[Hit]:
        for number, start, text, spans in self.rows:
            yield Hit(Line(number, start, text), spans)
