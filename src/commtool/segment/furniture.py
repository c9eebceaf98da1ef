"""Page furniture: what a web page sets around its text and a copied page keeps, marked so
that no view reads it as the text's own.

- Navigation: a "See also" label and the links after it, each the title of another page,
  often ending with its date ("Talks with President of Ghana May 23, 2019"), up to the
  first paragraph of running text.
- Captions: a paragraph of its own that is a phrase with no verb opening with a
  preposition ("With President of Uganda Yoweri Museveni.", "At the plenary session.").
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from commtool.folding import fold
from commtool.lexicons import languages, union
from commtool.segment.blocks import Block, is_heading
from commtool.segment.dates import RawDate
from commtool.typography import DOUBLE_MARKS, SPACES

NAVIGATION, CAPTION = "navigation", "caption"
CAPTION_WORDS_MAX = 20
LABEL_MAX = 40  # characters: a "See also" label is a few words
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


class _Captions(NamedTuple):
    """One language's captions: their first words, and what makes a clause instead."""

    openers: tuple[str, ...]
    finite: frozenset[str]
    endings: tuple[str, ...]


@lru_cache(maxsize=1)
def _tables() -> tuple[frozenset[str], tuple[_Captions, ...], tuple[str, ...]]:
    """The "See also" labels, each language's captions, and every caption opener."""
    labels = frozenset(fold(label) for label in union("SEE_ALSO"))
    captions = tuple(
        _Captions(
            tuple(opener + " " for opener in lexicon.CAPTION_OPENERS),
            lexicon.FINITE_VERBS | {p.lower() for p in lexicon.SUBJECT_PRONOUNS},
            lexicon.FINITE_ENDINGS,
        )
        for lexicon in languages().values()
        if lexicon.CAPTION_OPENERS
    )
    return labels, captions, tuple(opener for c in captions for opener in c.openers)


def mark_furniture(
    text: str, blocks: Sequence[Block], kinds: list[str], dates: Sequence[RawDate]
) -> None:
    """Set the kind of each body block that is navigation or a caption."""
    labels, captions, openers = _tables()
    starts = [d.start for d in dates]
    i = 0
    while i < len(blocks):
        block = blocks[i]
        chunk = text[block.start : block.end]
        if kinds[i] != "body":
            pass
        elif (
            len(chunk) <= LABEL_MAX
            and fold(chunk.strip(SPACES).rstrip(":").strip(SPACES)) in labels
        ):
            kinds[i] = NAVIGATION
            while i + 1 < len(blocks) and kinds[i + 1] == "body":
                link = blocks[i + 1]
                if not (
                    _ends_with_date(link, dates, starts) or is_heading(text[link.start : link.end])
                ):
                    break
                i += 1
                kinds[i] = NAVIGATION
        elif chunk.startswith(openers) and any(
            chunk.startswith(c.openers) and _caption(chunk, c) for c in captions
        ):
            kinds[i] = CAPTION
        i += 1


def _ends_with_date(block: Block, dates: Sequence[RawDate], starts: list[int]) -> bool:
    """Whether a date with its year ends the block ("… February 14, 2019")."""
    at = bisect_left(starts, block.start)
    while at < len(dates) and dates[at].start < block.end:
        found = dates[at]
        if found.year is not None and found.end >= block.end - 1:
            return True
        at += 1
    return False


def _caption(chunk: str, language: _Captions) -> bool:
    if "\n" in chunk or ":" in chunk or any(mark in chunk for mark in DOUBLE_MARKS):
        return False
    stripped = chunk.rstrip(SPACES)
    if stripped[-1:] in "!?;,":
        return False
    words = _WORD.findall(stripped)
    if not words or len(words) > CAPTION_WORDS_MAX:
        return False
    for word in words[1:]:
        if word.lower() in language.finite and (word.islower() or word == "I"):
            return False
        if word.islower() and len(word) > 4 and word.endswith(language.endings):
            return False
    return True
