"""Regular-expression helpers shared by the engines."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from itertools import accumulate, compress
from operator import itemgetter, or_

from commtool import regexcache
from commtool.typography import SPACE_RUN

APOSTROPHE = "['’]"
SPACE = SPACE_RUN  # between the words of a lexicon entry


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
    chosen = sorted({(w.lower() if lower else w).replace("’", "'") for w in words if w})
    if not chosen:
        return "(?!)"
    return regexcache.remembered("\0".join(chosen), lambda: _trie_pattern(chosen))


def _trie_pattern(words: list[str]) -> str:
    trie: dict[str, dict] = {}  # type: ignore[type-arg]
    for word in words:
        node = trie
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}
    return _render(trie)


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
_SPLIT = re.compile(r"(\w+)")


class Words:
    """The words of one text, found once and shared by every word-anchored scan of it.

    Splitting and measuring run in C (re.split, itertools.accumulate); what is left in Python
    is one set look-up per word for each kind of scan."""

    def __init__(self, text: str) -> None:
        self.text = text
        parts = _SPLIT.split(text)
        self.words: list[str] = parts[1::2]
        ends = list(accumulate(map(len, parts)))
        self.starts: list[int] = ends[0::2][: len(self.words)]
        self.keys: list[str] = list(map(str.lower, self.words))
        self._openings: dict[int, list[int]] = {}
        self._lead_flags: dict[Callable[[str], bool], list[bool]] = {}

    def openings(self, scan: WordAnchored) -> list[int]:
        """Where `scan` may match: the starts of the words that can open it, in order."""
        found = self._openings.get(id(scan))
        if found is None:
            # One flag per word, computed by map() in C: a lexicon word, a capital, a digit.
            flags: Iterable[bool] = map(scan.first.__contains__, self.keys)
            if scan.capitals:
                flags = map(or_, flags, self._leads(str.isupper))
            if scan.digits:
                flags = map(or_, flags, self._leads(str.isdigit))
            found = self._openings[id(scan)] = list(compress(self.starts, flags))
        return found

    def _leads(self, test: Callable[[str], bool]) -> list[bool]:
        """Whether each word's first character passes `test` (kept: several scans ask)."""
        flags = self._lead_flags.get(test)
        if flags is None:
            flags = self._lead_flags[test] = list(map(test, map(itemgetter(0), self.words)))
        return flags


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
        accept: Callable[[re.Match[str]], bool] | None = None,
    ) -> None:
        self.pattern = pattern
        self.first = first
        self.capitals = capitals
        self.digits = digits
        # A check of each match in Python (a word matched as any word, then looked up): a
        # match it refuses is no match, and the scan goes on from the next word.
        self.accept = accept

    def match(self, text: str, at: int, end: int | None = None) -> re.Match[str] | None:
        """The pattern's match at `at`, if `accept` takes it."""
        found = self.pattern.match(text, at, len(text) if end is None else end)
        if found is None or (self.accept is not None and not self.accept(found)):
            return None
        return found

    def opens(self, token: str) -> bool:
        """Whether a word can open a match."""
        lead = token[0]
        return (
            (self.capitals and lead.isupper())
            or (self.digits and lead.isdigit())
            or token.lower() in self.first
        )

    def finditer(
        self, text: str, start: int = 0, end: int | None = None, words: Words | None = None
    ) -> Iterator[re.Match[str]]:
        """The matches of `pattern.finditer(text, start, end)`; `words`, the text's words when
        several scans share them."""
        end = len(text) if end is None else end
        if words is not None and words.text is text:
            yield from self._shared(text, start, end, words)
            return
        match = self.pattern.match if self.accept is None else self.match
        opens = self.opens
        resume = start
        for word in _WORD.finditer(text, start, end):
            at = word.start()
            if at >= resume and opens(word.group()):
                found = match(text, at, end)
                if found:
                    yield found
                    resume = max(found.end(), at + 1)

    def _shared(self, text: str, start: int, end: int, words: Words) -> Iterator[re.Match[str]]:
        match = self.pattern.match if self.accept is None else self.match
        openings = words.openings(self)
        within = openings[bisect_left(openings, start) : bisect_left(openings, end)]
        last = bisect_left(words.starts, end) - 1
        if last >= 0 and words.starts[last] + len(words.words[last]) > end:
            # The word cut by `end` may open a match as cut ("Mr|s"), not as written.
            cut = words.starts[last]
            if cut >= start and self.opens(text[cut:end]) and cut not in within[-1:]:
                within.append(cut)
        resume = start
        for at in within:
            if at < resume:
                continue
            found = match(text, at, end)
            if found:
                yield found
                resume = max(found.end(), at + 1)
