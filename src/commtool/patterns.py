"""Regular-expression helpers shared by the engines."""

from __future__ import annotations

import re
from collections.abc import Iterable

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
