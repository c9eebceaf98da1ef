"""People named in a text, with their titles."""

from __future__ import annotations

from collections.abc import Sequence

from .model import Paragraph, Person
from .segment import LineIndex


def find_people(
    text: str, paragraphs: Sequence[Paragraph], language: str, index: LineIndex
) -> tuple[Person, ...]:
    return ()
