"""The one text identity: how two spellings of a word or a name are compared.

`fold` is what search, verify, the index, names, aliases and summaries all compare: lower
case, accents off, Latin letters and typographic marks as unidecode writes them in ASCII
("Łukaszenka" is "lukaszenka", "œuvre" "oeuvre", "Straße" "strasse", "l’État" "l'etat"),
other scripts kept, without their accents ("Сергей" is "сергеи": a Cyrillic word never
folds into a Latin one, so the lexicons of two languages do not collide). `name_key` is a
name's key across scripts (Cyrillic transliterated: "Путин" and "Putin" share "putin"), and
`same_person` the one rule for two names of one person.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Latin letters with diacritics and ligatures, typographic punctuation and spaces, currency;
# and Cyrillic: the characters whose folded form foldtable.py holds.
RANGES = [(0x80, 0x250), (0x1E00, 0x1F00), (0x2000, 0x2070), (0x20A0, 0x20C0), (0x400, 0x530)]


def _kept(char: str) -> bool:
    """A letter of another script than Latin (Cyrillic, Greek…): kept, without its accents."""
    return unicodedata.category(char).startswith("L") and "LATIN" not in unicodedata.name(
        char, "LATIN"
    )


def fold_char(code: int) -> str:
    """What one character folds to (before lower case): unidecode's ASCII for a Latin letter
    or a mark, a letter of another script without its accents."""
    from unidecode import unidecode  # only for characters foldtable.py does not hold

    char = chr(code)
    if code < 0x80:
        return char
    if not _kept(char):
        return unidecode(char)
    parts = []
    for part in unicodedata.normalize("NFKD", char):
        if unicodedata.category(part).startswith("M"):
            continue  # an accent
        parts.append(part if part.isascii() or _kept(part) else unidecode(part))
    return "".join(parts)


class _Folded(dict[int, str]):
    """str.translate's table: the characters of foldtable.py, others folded on first sight."""

    def __missing__(self, code: int) -> str:
        folded = self[code] = fold_char(code)
        return folded


@lru_cache(maxsize=1)
def _table() -> _Folded:
    from commtool.foldtable import TABLE

    table = _Folded(TABLE)
    table.update((c, chr(c)) for c in range(0x80))
    return table


def fold(text: str, case: bool = False) -> str:
    """The text as compared: accents and ligatures gone, lower case unless `case`.

    The same as unidecode, which maps each character on its own, for Latin letters and marks;
    str.translate does it in C, from a table of the characters communiqués are made of."""
    if text.isascii():
        return text if case else text.lower()
    if case:
        return text.translate(_table())
    # Lower case first: a letter and its small form may belong to different scripts.
    return text.lower().translate(_table()).lower()


def write_table(path: str) -> None:
    """Write foldtable.py anew from fold_char (when RANGES or the rules change)."""
    with open(path, "w", encoding="utf-8") as out:
        out.write(
            '"""What the characters communiqués are made of fold to (folding.fold_char), as\n'
            "data, so that no run needs unidecode or unicodedata for them. Made by\n"
            'folding.write_table and checked against fold_char by the tests."""\n\n'
            "TABLE: dict[int, str] = {\n"
        )
        for lo, hi in RANGES:
            for code in range(lo, hi):
                out.write(f"    {code:#06x}: {fold_char(code)!r},\n")
        out.write("}\n")


def name_tokens(name: str) -> list[str]:
    """The words of a name, folded and in Latin letters ("Jean-Yves Le Drian": jean, yves,
    le, drian; "Сергей Лавров": sergei, lavrov)."""
    folded = fold(name)
    if not folded.isascii():
        from unidecode import unidecode

        folded = unidecode(folded).lower()
    return spaced_initials(folded).replace("-", " ").split()


_GLUED_INITIAL = re.compile(r"(?<![^\W\d_]{2})\.(?=[^\W\d_])")


def spaced_initials(text: str) -> str:
    """The text with an initial glued to the next word set apart ("А.Сиси": "А. Сиси",
    "V.V.Putin": "V. V. Putin"); a full stop after a longer word stays as it is."""
    return _GLUED_INITIAL.sub(". ", text)


def name_key(name: str) -> str:
    """A name's key: two spellings with the same key are the same name."""
    return " ".join(name_tokens(name))


def _initial_agrees(word: str, known: set[str]) -> bool:
    """Whether a given name (folded) agrees with one of `known`: the same word, or an
    initial that begins it ("v.", and "v.v." of a given name and a patronymic)."""
    if word in known:
        return True
    initials = word.rstrip(".").split(".")
    return len(initials[0]) == 1 and any(k.startswith(initials[0]) for k in known)


def other_given_names(given: list[str], known: set[str]) -> bool:
    """Whether a name's given names (folded) rule out a person known by the words `known`:
    both have some, and none of them agree, whichever holds the initial ("В.В. Путин" and
    "Владимир Путин" agree)."""
    if not given or not known:
        return False
    return not any(
        _initial_agrees(word, known) or any(_initial_agrees(k, {word}) for k in known)
        for word in given
    )


def same_person(a: str, b: str) -> bool:
    """Whether two names can name one person: the surname (the last word) is shared, and
    each given name of the shorter agrees with one of the longer's ("Poutine", "Vladimir
    Poutine"; "V. Putin", "Vladimir Putin"; not "Jean Dupont", "Vladimir Dupont")."""
    x, y = name_tokens(a), name_tokens(b)
    if not x or not y:
        return False
    if len(x) > len(y):
        x, y = y, x
    if x[-1] != y[-1]:
        return False
    given = set(y[:-1])
    # "v." agrees with "vladimir", whichever of the two names holds the initial.
    return all(
        _initial_agrees(w, given) or any(_initial_agrees(g, {w}) for g in given) for w in x[:-1]
    )
