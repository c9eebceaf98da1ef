"""Telling French, English and Russian apart by their function words and script."""

from __future__ import annotations

import re

from .lexicons import LANGUAGES

_WORD = re.compile(r"[^\W\d_]+")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
SAMPLE = 20_000
UNKNOWN = "und"


def detect_language(text: str) -> str:
    """'fr', 'en', 'ru', or 'und' when the text gives no clue."""
    sample = text[:SAMPLE]
    letters = sum(len(w) for w in _WORD.findall(sample))
    if letters and len(_CYRILLIC.findall(sample)) > 0.3 * letters:
        return "ru"
    counts = dict.fromkeys(LANGUAGES, 0)
    for match in _WORD.finditer(sample.lower()):
        word = match.group()
        for code, module in LANGUAGES.items():
            if word in module.STOPWORDS:
                counts[code] += 1
    best = max(counts, key=lambda code: counts[code])
    return best if counts[best] >= 2 else UNKNOWN
