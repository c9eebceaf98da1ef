"""Who is who in a document: entities and their kinds, and the one speaker type.

An entity is one person, body, state or source as a document knows it: its names, titles,
country and mentions. A speaker is a list of entities (`Who`): one for a person or a body,
several for a group ("les deux chefs d'État", "the two leaders"), none when nobody is named.
A group is never a name made of two names: each of its members stays an entity of its own.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from commtool.annotate.mentions import ARABIC_ARTICLES
from commtool.annotate.russian import has_cyrillic, stem
from commtool.folding import fold, spaced_initials

# The kinds of entity.
PERSON = "person"
BODY = "body"  # a presidency, ministry, press service, government, organisation
STATE = "state"  # a state speaking as such: "le Togo a salué …"
SOURCE = "source"  # an unnamed speaker: a transcript's "QUESTION", "a senior official"
GROUP = "group"  # the kind of a speaker made of several entities
KINDS = (PERSON, BODY, STATE, SOURCE)


@dataclass(eq=False)
class Entity:
    """One person (or speaking body) as the resolver knows them so far (each one is itself:
    compared by identity, never field by field)."""

    name: str
    title: str | None
    country: str | None
    first: int  # offset of the first mention
    tokens: set[str] = field(default_factory=set)
    names: list[str] = field(default_factory=list)
    mentions: int = 0
    described: bool = False  # known only by a description ("le Président du Faso")
    kind: str = PERSON
    merged_into: Entity | None = None  # a description found to name a known person
    titles: set[str] = field(default_factory=set)  # every title given, folded

    @property
    def body(self) -> bool:
        """An institution or a state ("l'Élysée", "the White House", "le Togo")."""
        return self.kind in (BODY, STATE)

    def canonical(self) -> Entity:
        entity = self
        while entity.merged_into is not None:
            entity = entity.merged_into
        return entity

    def add_name(self, name: str) -> None:
        if name not in self.names:
            self.names.append(name)
        # A name is fuller for each word spelt out ("Владимир Путин" than "В.В. Путин",
        # "Vladimir Putin" than "V. Putin"), then for each initial ("George W. Bush").
        words = (_spelt_out(name), len(name.split()))
        known = (_spelt_out(self.name), len(self.name.split()))
        if (
            words > known
            or self.described
            # One name in two cases ("Си Цзиньпином", "Си Цзиньпин"): the nominative, shorter.
            or (words == known and len(name) < len(self.name) and has_cyrillic(name))
        ):
            self.name = name
            self.described = False
        # A Cyrillic word stands for all its cases: "Рамафосой" is kept as "рамафос".
        self.tokens.update(name_words(name))


_ARTICLE = re.compile(rf"^(?:{'|'.join(ARABIC_ARTICLES)})-(?=[^\W\d_])")


def name_words(name: str) -> list[str]:
    """The words a name is matched by, folded: a Cyrillic word without its case ending (it
    stands for all its cases: "Рамафосой" is "рамафос"), an initial glued to the next word
    apart ("А.Сиси": "а.", "сиси"), a surname without its Arabic article ("ас-Сиси",
    "al-Assad" are "сиси", "assad")."""
    words = spaced_initials(fold(name)).split()
    return [stem(_ARTICLE.sub("", word)) for word in words]


@lru_cache(maxsize=4096)
def _spelt_out(name: str) -> int:
    """The words of a name that are not initials ("В.В.", "J.-C.", "R.")."""
    return sum(1 for word in name.split() if not _INITIALS.fullmatch(word))


_INITIALS = re.compile(r"(?:\w\.-?)+\w?\.?")

Who = list[Entity]  # a speaker: one entity, a group of several, or nobody


def one(entity: Entity | None) -> Who:
    """The speaker that one entity (or nobody) is."""
    return [entity] if entity is not None else []


def source(label: str, offset: int) -> Entity:
    """An unnamed speaker known by a label only ("QUESTION", "MODERATOR")."""
    return Entity(label, None, None, offset, kind=SOURCE)


def unique(entities: Sequence[Entity]) -> Who:
    """`entities` without repeats (the same person under a description counts once)."""
    seen: list[Entity] = []
    for entity in entities:
        if entity.canonical() not in [e.canonical() for e in seen]:
            seen.append(entity)
    return seen


class SpeakerFields:
    """What the records print of a speaker: its display name, each member's name, its title,
    country and kind ("group" for several entities)."""

    __slots__ = ("country", "kind", "name", "names", "title")

    def __init__(self, who: Sequence[Entity]) -> None:
        members = [e.canonical() for e in who]
        self.names: tuple[str, ...] = tuple(e.name for e in members)
        self.name: str | None = " and ".join(self.names) if self.names else None
        one = members[0] if len(members) == 1 else None
        self.title: str | None = one.title if one else None
        self.country: str | None = one.country if one else None
        self.kind: str | None = (one.kind if one else GROUP) if members else None
