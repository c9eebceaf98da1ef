"""Name keys: how two spellings of a name are compared (light: no lexicon is loaded)."""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """Lower case without accents, curly apostrophes made straight."""
    if text.isascii():
        return text.lower()
    text = unicodedata.normalize("NFKD", text.replace("’", "'"))
    return "".join(c for c in text if not unicodedata.combining(c)).lower()
