"""commtool: who spoke, when, and what they said, in diplomatic communiqués."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"
__all__ = ["Document", "__version__", "parse_bytes", "parse_file", "parse_text"]

if TYPE_CHECKING:
    from commtool.model import Document
    from commtool.pipeline import parse_bytes, parse_file, parse_text


def __getattr__(name: str) -> Any:
    # Imported on first use, so that `commtool --version` stays instant.
    if name == "Document":
        from commtool.model import Document

        return Document
    if name in ("parse_bytes", "parse_file", "parse_text"):
        from commtool import pipeline

        return getattr(pipeline, name)
    raise AttributeError(name)
