"""Compiled patterns kept between runs behave exactly like re.compile's, and a damaged or
missing cache only costs time."""

from __future__ import annotations

import marshal
import re
from pathlib import Path

import pytest

from commtool import regexcache

PATTERN = r"(?P<title>(?i:président|president))[ \u00a0]+(?P<name>[A-Z]\w+)(?:,[ ]+(?P<rest>\w+))?"
TEXT = "Le Président Macron, hier. PRESIDENT Putin said; president lula."


@pytest.fixture
def fresh(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """A new process's state, with the cache in tmp_path."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    monkeypatch.delenv("COMMTOOL_NO_CACHE", raising=False)
    monkeypatch.setattr(regexcache, "_programs", None)
    monkeypatch.setattr(regexcache, "_dirty", False)
    monkeypatch.setattr(regexcache, "_used", set())
    return tmp_path


def cache_path() -> Path:
    found = regexcache.cache_file()
    assert found is not None
    return Path(found)


def restart(monkeypatch: pytest.MonkeyPatch) -> None:
    regexcache.save()
    monkeypatch.setattr(regexcache, "_programs", None)
    monkeypatch.setattr(regexcache, "_dirty", False)


def same_as_re(compiled: re.Pattern[str], flags: int = 0) -> None:
    reference = re.compile(PATTERN, flags)
    assert compiled.pattern == reference.pattern
    assert compiled.flags == reference.flags
    assert compiled.groups == reference.groups
    assert compiled.groupindex == reference.groupindex
    found = [(m.span(), m.groupdict()) for m in compiled.finditer(TEXT)]
    assert found == [(m.span(), m.groupdict()) for m in reference.finditer(TEXT)]
    assert len(found) == 2  # "Président Macron, hier" and "PRESIDENT Putin"


def test_a_stored_program_is_used_and_matches_like_re(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    same_as_re(regexcache.compile(PATTERN, re.VERBOSE), re.VERBOSE)
    restart(monkeypatch)
    path = cache_path()
    assert path.exists() and path.parent.parent == fresh

    def no_compiling(pattern: str, flags: int) -> None:
        raise AssertionError("the stored program should have been used")

    monkeypatch.setattr(regexcache, "_program", no_compiling)
    same_as_re(regexcache.compile(PATTERN, re.VERBOSE), re.VERBOSE)


def test_flags_are_part_of_the_key(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    regexcache.compile("abc")
    restart(monkeypatch)
    assert regexcache.compile("abc", re.IGNORECASE).match("ABC")
    assert not regexcache.compile("abc").match("ABC")


@pytest.mark.parametrize(
    "content",
    [
        b"\x00garbage\xff" * 10,
        b"",
        marshal.dumps(["not", "a", "dict"]),
    ],
)
def test_a_damaged_cache_file_falls_back(
    fresh: Path, monkeypatch: pytest.MonkeyPatch, content: bytes
) -> None:
    path = cache_path()
    path.parent.mkdir(parents=True)
    path.write_bytes(content)
    same_as_re(regexcache.compile(PATTERN))
    restart(monkeypatch)  # and the file is rewritten whole
    assert isinstance(regexcache.unpack(path.read_bytes()), dict)


def test_a_damaged_entry_is_compiled_anew(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    regexcache.compile(PATTERN)
    restart(monkeypatch)
    path = cache_path()
    programs = regexcache.unpack(path.read_bytes())
    for key, entry in programs.items():
        programs[key] = (*entry[:2], [1, 2, 3], *entry[3:])  # code the engine refuses
    path.write_bytes(regexcache.pack(programs))
    same_as_re(regexcache.compile(PATTERN))


def test_a_well_formed_entry_changed_since_it_was_written_is_never_used(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A program the engine accepts but that is another pattern's (a flipped byte, an edit)
    is refused by the file's checksum: the pattern is compiled anew, the wrong one never run."""
    regexcache.compile(PATTERN)
    regexcache.compile("Putin")
    restart(monkeypatch)
    path = cache_path()
    data = path.read_bytes()
    programs = regexcache.unpack(data)
    assert isinstance(programs, dict)
    mine = next(k for k, v in programs.items() if v[0] == f"0\0{PATTERN}")
    other = next(k for k, v in programs.items() if v[0] == "0\0Putin")
    programs[mine] = (programs[mine][0], *programs[other][1:])  # Putin's program, this key
    content = marshal.dumps(programs)
    old_header = data[: data.index(b"\n") + 1 + 8]
    for tampered in (content, old_header + content):  # no checksum, or an outdated one
        path.write_bytes(tampered)
        monkeypatch.setattr(regexcache, "_programs", None)
        same_as_re(regexcache.compile(PATTERN))


def test_no_cache_when_asked_or_when_the_folder_cannot_be_written(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COMMTOOL_NO_CACHE", "1")
    same_as_re(regexcache.compile(PATTERN))
    restart(monkeypatch)
    assert not (fresh / "commtool").exists()

    monkeypatch.delenv("COMMTOOL_NO_CACHE")
    (fresh / "commtool").write_text("a file where the folder should be")
    same_as_re(regexcache.compile(PATTERN))
    regexcache.save()  # no error
    assert (fresh / "commtool").read_text() == "a file where the folder should be"


def test_an_entry_stored_for_another_pattern_is_not_used(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    regexcache.compile("other")
    restart(monkeypatch)
    path = cache_path()
    programs = regexcache.unpack(path.read_bytes())
    (entry,) = programs.values()
    regexcache.compile(PATTERN)
    restart(monkeypatch)
    programs = regexcache.unpack(path.read_bytes())
    for key in programs:
        programs[key] = entry  # every key now holds the program of "other"
    path.write_bytes(regexcache.pack(programs))
    same_as_re(regexcache.compile(PATTERN))


def test_a_remembered_string_is_built_once_and_checked_against_its_source(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: list[str] = []

    def make(source: str) -> str:
        built.append(source)
        return source.upper()

    assert regexcache.remembered("abc", lambda: make("abc")) == "ABC"
    restart(monkeypatch)
    assert regexcache.remembered("abc", lambda: make("abc")) == "ABC"
    assert built == ["abc"]  # the second run read it
    path = cache_path()
    entries = regexcache.unpack(path.read_bytes())
    for key in entries:
        entries[key] = ("xyz", "XYZ")  # stored for another source under this key
    path.write_bytes(regexcache.pack(entries))
    restart(monkeypatch)
    assert regexcache.remembered("abc", lambda: make("abc")) == "ABC"
    assert built == ["abc", "abc"]


def test_word_alternations_read_back_from_the_cache_match_the_same_words(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from commtool.patterns import word_alternation

    words = ["Président", "président de la République", "Premier ministre", "l'ONU", "Mr"]
    first = word_alternation(words)
    restart(monkeypatch)
    assert word_alternation(reversed(words)) == first  # same words, any order: the same entry
    assert word_alternation(words, lower=True) != first
    found = re.compile(rf"(?:{first})\b").findall("le Premier  ministre et l’ONU, Mr Présidents")
    assert found == ["Premier  ministre", "l’ONU", "Mr"]


def test_each_version_of_the_code_has_its_own_file_and_old_ones_go(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import os

    folder = fresh / "commtool"
    folder.mkdir()
    older = []
    for age in range(4):  # four files left by earlier versions, the first the newest
        old = folder / f"regex-old{age}.marshal"
        old.write_bytes(marshal.dumps({}))
        os.utime(old, ns=(10**18 - age * 10**9, 10**18 - age * 10**9))
        older.append(old)
    same_as_re(regexcache.compile(PATTERN))
    restart(monkeypatch)
    assert cache_path().exists() and cache_path().name not in {p.name for p in older}
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        [cache_path().name, "regex-old0.marshal", "regex-old1.marshal"]
    )
    monkeypatch.setattr(regexcache, "_stamp", "another")  # the code changed: another file
    assert not cache_path().exists()


def test_a_remembered_table_is_loaded_not_made_on_the_next_run(
    fresh: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    table = ({"burkina faso": "Burkina Faso", "faso": "Burkina Faso"}, {"burkina": 2})
    made: list[int] = []

    def make() -> tuple[dict[str, str], dict[str, int]]:
        made.append(1)
        return table

    assert regexcache.remembered_table("states", make) == table
    restart(monkeypatch)
    assert regexcache.remembered_table("states", make) == table
    assert made == [1]  # the second run loaded it
    assert regexcache.remembered_table("other", make) == table and made == [1, 1]


def test_a_damaged_table_entry_is_made_again(fresh: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    regexcache.remembered_table("states", lambda: {"a": "b"})
    restart(monkeypatch)
    path = cache_path()
    data = regexcache.unpack(path.read_bytes())
    data["dstates"] = ("not a table",)
    path.write_bytes(regexcache.pack(data))
    monkeypatch.setattr(regexcache, "_programs", None)
    assert regexcache.remembered_table("states", lambda: {"c": "d"}) == {"c": "d"}
