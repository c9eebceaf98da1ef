"""Language data: the registry of languages, each a package of typed data (`base.Lexicon`).

Adding a language is a package beside fr/, en/ and ru/ and one line in REGISTRY. The engines
read every language through `languages()`, `union` and `merged`; the data is imported on first
use, so that a command that reads no text (--help, --version) loads none of it.
"""

from __future__ import annotations

import importlib
from functools import lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from commtool.lexicons.base import Lexicon

# Each language's code (as --lang and the records give it) and its package.
REGISTRY: dict[str, str] = {
    "fr": "commtool.lexicons.fr",
    "en": "commtool.lexicons.en",
    "ru": "commtool.lexicons.ru",
}
CODES = tuple(REGISTRY)


@lru_cache(maxsize=1)
def languages() -> dict[str, Lexicon]:
    """Every language's Lexicon, by code, in the registry's order."""
    found: dict[str, Lexicon] = {}
    for code, package in REGISTRY.items():
        lexicon = importlib.import_module(package).LEXICON
        if lexicon.code != code:
            raise TypeError(f"{package}: its Lexicon says {lexicon.code!r}, the registry {code!r}")
        found[code] = lexicon
    return found


def merged(name: str) -> dict[str, int]:
    """One table from every language's table `name`, for engines that accept any language."""
    table: dict[str, int] = {}
    for lexicon in languages().values():
        table.update(getattr(lexicon, name))
    return table


def union(name: str) -> tuple[str, ...]:
    """Every language's entries of the sequence `name`, without repeats, in a stable order."""
    seen: dict[str, None] = {}
    for lexicon in languages().values():
        items: Any = getattr(lexicon, name)
        for item in items:
            seen[item] = None
    return tuple(seen)


def demonyms(forms: str) -> list[str]:
    """The demonyms in a COUNTRIES entry: "togolais togolaise", or "South African," with commas
    when a demonym has several words."""
    if "," in forms:
        return [f.strip() for f in forms.split(",") if f.strip()]
    return forms.split()
