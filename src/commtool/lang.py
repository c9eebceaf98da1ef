"""Telling French, English and Russian apart by their function words and script."""

from __future__ import annotations

import re
from functools import lru_cache

from . import regexcache
from .lexicons import LANGUAGES
from .patterns import word_alternation

_LETTER = regexcache.compile(r"[^\W\d_]")
_CYRILLIC = regexcache.compile(r"[\u0400-\u04ff]")
SAMPLE = 20_000
UNKNOWN = "und"


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, re.Pattern[str]]:
    return {
        code: regexcache.compile(rf"(?<!\w)(?:{word_alternation(module.STOPWORDS)})(?!\w)")
        for code, module in LANGUAGES.items()
    }


def detect_language(text: str) -> str:
    """'fr', 'en', 'ru', or 'und' when the text gives no clue."""
    sample = text[:SAMPLE]
    cyrillic = len(_CYRILLIC.findall(sample))
    if cyrillic and cyrillic > 0.3 * len(_LETTER.findall(sample)):
        return "ru"
    lowered = sample.lower()
    counts = {code: len(pattern.findall(lowered)) for code, pattern in _stopwords().items()}
    best = max(counts, key=lambda code: counts[code])
    return best if counts[best] >= 2 else UNKNOWN
