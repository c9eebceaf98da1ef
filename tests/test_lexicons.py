"""Typed language data: one frozen Lexicon per language, read through the registry."""

from __future__ import annotations

import sys
from pathlib import Path
from types import ModuleType

import pytest

from commtool import lexicons
from commtool.lexicons.base import KINDS, Lexicon
from commtool.read import lang


def test_every_language_has_every_field_with_its_type() -> None:
    for code, lexicon in lexicons.languages().items():
        assert lexicon.code == code
        for field, kind in KINDS.items():
            assert isinstance(getattr(lexicon, field), kind), (code, field)


def test_a_field_a_language_does_not_define_is_empty() -> None:
    data = ModuleType("data")
    data.TITLES = ("Président",)  # type: ignore[attr-defined]
    lexicon = Lexicon("xx", "Test", data)
    assert lexicon.TITLES == ("Président",)
    assert lexicon.HONORIFICS == () and lexicon.MONTHS == {}
    assert isinstance(lexicon.STOPWORDS, frozenset) and not lexicon.STOPWORDS
    assert lexicon.PARTICIPLES_STAND_ALONE is False


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("TITELS", ("Président",), "no field"),
        ("MONTHS", ("janvier",), "must be a dict"),
        ("TITLES", "Président", "must be a tuple"),
    ],
)
def test_a_misspelt_or_mistyped_entry_is_refused(field: str, value: object, message: str) -> None:
    data = ModuleType("data")
    setattr(data, field, value)
    with pytest.raises(TypeError, match=message):
        Lexicon("xx", "Test", data)


def test_an_entry_given_by_two_concerns_is_refused() -> None:
    a, b = ModuleType("a"), ModuleType("b")
    a.TITLES = b.TITLES = ("Président",)  # type: ignore[attr-defined]
    with pytest.raises(TypeError, match="twice"):
        Lexicon("xx", "Test", a, b)


def test_a_lexicon_is_frozen() -> None:
    lexicon = lexicons.languages()["fr"]
    with pytest.raises(AttributeError):
        lexicon.TITLES = ()  # type: ignore[misc]


def test_a_new_language_is_a_package_and_one_registry_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = tmp_path / "lexicon_xx"
    package.mkdir()
    (package / "grammar.py").write_text(
        'STOPWORDS = frozenset("ja ei ka on see".split())\n', encoding="utf-8"
    )
    (package / "__init__.py").write_text(
        "from commtool.lexicons.base import Lexicon\n"
        "from . import grammar\n\n"
        'LEXICON = Lexicon("xx", "Test", grammar)\n',
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setitem(lexicons.REGISTRY, "xx", "lexicon_xx")
    for cached in (lexicons.languages, lang._stopwords):
        cached.cache_clear()
    try:
        assert "xx" in lexicons.languages()
        assert lang.detect_language("see on ja ei ka see on") == "xx"
        assert lang.detect_language("le président a dit que la paix est proche") == "fr"
    finally:
        monkeypatch.undo()
        sys.modules.pop("lexicon_xx", None)
        for cached in (lexicons.languages, lang._stopwords):
            cached.cache_clear()


def test_every_typed_field_is_a_checked_field_and_back() -> None:
    declared = {name for name in Lexicon.__annotations__ if name.isupper()}
    assert declared == set(KINDS)
