"""Telling French, English and Russian apart by their function words and script."""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache

from commtool import regexcache
from commtool.lexicons import languages
from commtool.patterns import Words

_LETTER = regexcache.compile(r"[^\W\d_]")
_CYRILLIC = regexcache.compile(r"[\u0400-\u04ff]")
_WORD = regexcache.compile(r"\w+")
SAMPLE = 20_000
UNKNOWN = "und"


@lru_cache(maxsize=1)
def _stopwords() -> dict[str, frozenset[str]]:
    return {
        code: frozenset(word.lower() for word in module.STOPWORDS)
        for code, module in languages().items()
    }


def detect_language(text: str, words: Words | None = None) -> str:
    """'fr', 'en', 'ru', or 'und' when the text gives no clue, from its first SAMPLE
    characters (`words`: the text's words, when they are known already)."""
    sample = text[:SAMPLE]
    if _CYRILLIC.search(sample):
        cyrillic = len(_CYRILLIC.findall(sample))
        if cyrillic > 0.3 * len(_LETTER.findall(sample)):
            return "ru"
    if words is not None and words.text is text:
        within = bisect_left(words.starts, SAMPLE)
        keys = words.keys[:within]
        if within and words.starts[within - 1] + len(words.words[within - 1]) > SAMPLE:
            keys[-1] = text[words.starts[within - 1] : SAMPLE].lower()  # the word cut
    else:
        keys = [word.lower() for word in _WORD.findall(sample)]
    counts = {code: sum(map(stop.__contains__, keys)) for code, stop in _stopwords().items()}
    best = max(counts, key=lambda code: counts[code])
    return best if counts[best] >= 2 else UNKNOWN
