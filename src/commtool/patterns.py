"""Regular-expression helpers shared by the engines."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator

APOSTROPHE = "['’]"
SPACE = r"[ \u00a0\u202f]+"


def _escape(char: str) -> str:
    if char == "'":
        return APOSTROPHE
    if char == " ":
        return SPACE
    return re.escape(char)


def word_alternation(words: Iterable[str], lower: bool = False) -> str:
    """A regex matching any of `words`, factored as a trie so that it costs one comparison per
    character instead of one per word; apostrophes match ' and ’, spaces any run of spaces.
    With `lower`, the words are lower-cased first (for patterns matched case-insensitively)."""
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in {(w.lower() if lower else w).replace("’", "'") for w in words if w}:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _render(trie) if trie else "(?!)"


def _render(node: dict[str, dict]) -> str:  # type: ignore[type-arg]
    ends = "" in node
    branches = [_escape(char) + _render(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body


_WORD = re.compile(r"\w+")


def first_words(entries: Iterable[str]) -> frozenset[str]:
    """The first word (run of word characters) of each entry, lower-cased."""
    found = (_WORD.match(entry.lower()) for entry in entries)
    return frozenset(m.group() for m in found if m)


class WordAnchored:
    """A pattern that can only match from the start of certain words, run like `finditer`.

    A big alternation (every title, every month…) scanned with `finditer` is tried at every
    character; the word scan below costs one dictionary look-up per word and tries the pattern
    only where a word could open a match: a word in `first` (lower-cased), any capitalised
    word with `capitals`, any word starting with a digit with `digits`. The pattern must not
    match anywhere else (it starts with a look-behind for a non-word character, and each
    lexicon word in it ends at a word boundary); the test suite checks that the matches are
    those of `finditer`."""

    def __init__(
        self,
        pattern: re.Pattern[str],
        first: frozenset[str],
        capitals: bool = False,
        digits: bool = False,
    ) -> None:
        self.pattern = pattern
        self.first = first
        self.capitals = capitals
        self.digits = digits

    def finditer(
        self, text: str, start: int = 0, end: int | None = None
    ) -> Iterator[re.Match[str]]:
        end = len(text) if end is None else end
        match = self.pattern.match
        first, capitals, digits = self.first, self.capitals, self.digits
        resume = start
        for word in _WORD.finditer(text, start, end):
            at = word.start()
            if at < resume:
                continue
            token = word.group()
            lead = token[0]
            if (
                (capitals and lead.isupper())
                or (digits and lead.isdigit())
                or token.lower() in first
            ):
                found = match(text, at, end)
                if found:
                    yield found
                    resume = max(found.end(), at + 1)
