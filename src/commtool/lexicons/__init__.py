"""Language data, one module per language; the engines read them all through here."""

from __future__ import annotations

from types import ModuleType

from . import en, fr, ru

LANGUAGES: dict[str, ModuleType] = {"fr": fr, "en": en, "ru": ru}


def merged(name: str) -> dict[str, int]:
    """One table from every language's table `name`, for engines that accept any language."""
    table: dict[str, int] = {}
    for module in LANGUAGES.values():
        table.update(getattr(module, name))
    return table


def union(name: str) -> tuple[str, ...]:
    """Every language's entries of the sequence `name`, without repeats, in a stable order."""
    seen: dict[str, None] = {}
    for module in LANGUAGES.values():
        for item in getattr(module, name):
            seen[item] = None
    return tuple(seen)


def demonyms(forms: str) -> list[str]:
    """The demonyms in a COUNTRIES entry: "togolais togolaise", or "South African," with commas
    when a demonym has several words."""
    if "," in forms:
        return [f.strip() for f in forms.split(",") if f.strip()]
    return forms.split()
