"""The user's alias file: several names for one speaker, the same across an archive.

# aliases.toml
[aliases]
"Vladimir Poutine" = ["Poutine", "Putin", "Vladimir Putin", "le président russe"]
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from commtool.errors import CommtoolError, read_toml
from commtool.folding import fold, same_person


class AliasFileError(CommtoolError):
    """An alias file that cannot be read or does not have the expected shape."""


@dataclass(frozen=True)
class Aliases:
    """Canonical name for every alias; a name matches an alias that can name the same person
    (folding.same_person: "Poutine" and "Vladimir Poutine", "V. Putin" and "Vladimir Putin")."""

    table: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def canonical(self, name: str | None) -> str | None:
        if not name:
            return name
        for canonical, aliases in self.table.items():
            for alias in (canonical, *aliases):
                if same_person(alias, name):
                    return canonical
        return name

    def names_of(self, name: str) -> tuple[str, ...]:
        """Every way of naming this speaker, the name itself first."""
        canonical = self.canonical(name) or name
        return (name, canonical, *self.table.get(canonical, ()))

    def matches(self, query: str, name: str | None) -> bool:
        """Whether `query` (any part of any alias, accents and case ignored) names `name`."""
        if not name:
            return False
        wanted = fold(query)
        return any(wanted in fold(n) for n in self.names_of(name))


def load_aliases(path: str | None) -> Aliases:
    if not path:
        return Aliases()
    data = read_toml(path, "alias file", AliasFileError)
    section = data.get("aliases", data)
    if not isinstance(section, dict):
        raise AliasFileError(f"{path}: expected an [aliases] table of name = [aliases]")
    table: dict[str, tuple[str, ...]] = {}
    for canonical, aliases in section.items():
        if isinstance(aliases, str):
            aliases = [aliases]
        if not isinstance(aliases, list) or not all(isinstance(a, str) for a in aliases):
            raise AliasFileError(
                f"{path}: aliases of {canonical!r} must be a string or a list of strings"
            )
        table[canonical] = tuple(aliases)
    return Aliases(table)
