"""Coreference: mentions, in reading order, turned into entities (one per person or body,
under the fullest name), and the entities as the Document's people."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from functools import lru_cache

from commtool import regexcache
from commtool.annotate.mentions import (
    ARTICLE,
    BODY,
    COUNTERPART,
    DOCUMENT,
    NAMED,
    PRONOUN,
    SOURCE,
    TITLE,
    Mention,
    title_as_named,
)
from commtool.folding import fold, other_given_names
from commtool.lexicons import languages, union
from commtool.model import Person, Quote, Statement
from commtool.patterns import word_alternation
from commtool.resolve import entities
from commtool.resolve.entities import SOURCE as SOURCE_KIND
from commtool.resolve.entities import Entity
from commtool.segment.blocks import LineIndex

# "Acting President and Prime Minister X": the titles of one person, joined.
JOINED_TITLES = regexcache.compile(rf" (?:{word_alternation(union('AND_WORDS'))}) ")


class Resolver:
    """Turns mentions, in reading order, into entities: one per person, under the fullest name.

    Names are matched on their words ("Poutine" is "Vladimir Poutine"); a title alone goes to
    the person of that country or title, else to the person the sentence is about; a pronoun
    to the last subject; "son hôte" / "his counterpart" to the other person.
    """

    def __init__(self, mentions: Sequence[Mention] = ()) -> None:
        self.entities: list[Entity] = []
        self.last_subject: Entity | None = None
        self.last_person: Entity | None = None  # the last subject who is a person
        self.recent: list[Entity] = []
        # Who issued each kind of document spoken of ("message": the one who sent it; the
        # two leaders for the statement they signed)
        self.issuers: dict[str, list[Entity]] = {}
        self.contrast = False  # the sentence turns to the other party ("De son côté, …")
        # The speaker of the transcript turn being read: a definite description in it ("the
        # King", "le Président") is someone else when someone else fits.
        self.speaking: Entity | None = None
        # Learn every full name first, so "Le Président Poutine" early in the text already
        # resolves to the "Vladimir Poutine" named later.
        for mention in mentions:
            if mention.kind == NAMED and mention.name:
                self._entity_for_name(mention.name, mention, count=False)

    def _entity_for_name(self, name: str, mention: Mention, count: bool = True) -> Entity:
        # A Cyrillic word stands for every case of it: "Орбаном" is "Орбан".
        tokens = entities.name_words(name)
        best: Entity | None = None
        for entity in self.entities:
            if entity.body or entity.described:
                continue
            if tokens[-1] in entity.tokens and set(tokens) <= entity.tokens | set(tokens[:-1]):
                if other_given_names(tokens[:-1], entity.tokens - {tokens[-1]}):
                    continue  # "Jean Dupont" is not "Vladimir Dupont"
                if set(tokens) <= entity.tokens or len(tokens) == 1:
                    best = entity
                    break
                best = entity
        if best is None:
            best = Entity(name, mention.title, mention.country, mention.start)
            self.entities.append(best)
        best.add_name(name)
        if mention.title:
            best.titles.update(fold(t) for t in JOINED_TITLES.split(mention.title))
            if best.title is None or len(mention.title) > len(best.title):
                best.title = mention.title
        if mention.country and best.country is None:
            best.country = mention.country
        if count:
            best.mentions += 1
        return best

    def resolve(self, mention: Mention, surface: str = "") -> Entity | None:
        """The entity a mention stands for; None when nobody fits (a pronoun first, say)."""
        entity: Entity | None
        if mention.kind == NAMED and mention.name:
            entity = self._entity_for_name(mention.name, mention)
        elif mention.kind == TITLE:
            entity = self._by_description(mention, surface)
        elif mention.kind == PRONOUN and mention.title in _latter_pronouns():
            # "celui-ci", "the latter": the last person named who is not the subject
            entity = next(
                (e for e in self.recent if _party(e) and e is not self.last_subject), None
            )
        elif mention.kind == PRONOUN:
            entity = self.last_subject
            if entity is not None and entity.body and mention.title in _personal_pronouns():
                entity = self.last_person
            speaking = self.speaking.canonical() if self.speaking is not None else None
            if entity is not None and entity.canonical() is speaking:
                # "He asked me: « … »" in a turn: a third person, not the one who speaks,
                # the last other person spoken of if there is one.
                entity = next(
                    (e for e in self.recent if _party(e) and e.canonical() is not speaking),
                    entity,
                )
        elif mention.kind == COUNTERPART:
            entity = self.other_than(self.last_subject)
        elif mention.kind == BODY and mention.name:
            entity = self.body(mention.name, mention)
        elif mention.kind == SOURCE and mention.name:
            entity = self.body(mention.name, mention, kind=entities.SOURCE)
        elif mention.kind == DOCUMENT:
            # "The message read": the one who sent the message spoken of, else the body last
            # named ("le communiqué")
            issuer = self.issuer(mention)
            if len(issuer) == 1:
                self._touch(issuer[0])
                return issuer[0]  # the sender's message is no mention of the sender
            entity = next((e for e in self.recent if e.body), None)
            label = ARTICLE.sub("", mention.title or "")
            noun = label.split()[-1:]
            if (
                entity is None
                and noun
                and noun[0][0].isupper()
                and noun[0].lower() in _sent_documents()
            ):
                # "The Joint Statement emphasizes", the title of a document no one was said
                # to issue: the document itself, an unnamed source ("the message reads" is
                # left to the one the text is about)
                entity = self.body(label, mention, kind=entities.SOURCE)
        else:
            return None
        if entity is not None:
            if mention.kind != PRONOUN:
                entity.mentions += mention.kind != NAMED
            self._touch(entity)
        return entity

    def issuer(self, document: Mention) -> list[Entity]:
        """Who issued the document a mention names, when the text said so before."""
        noun = (document.title or "").split()[-1:]
        return self.issuers.get(noun[0].lower(), []) if noun else []

    def group(self) -> list[Entity]:
        """The two people last spoken of, for "les deux présidents", "the two leaders", "they";
        before anyone is spoken of, the first two the text names."""
        people = [e for e in self.recent if _party(e)]
        for entity in self.entities:
            if len(people) >= 2:
                break
            if entity not in people and _party(entity):
                people.append(entity)
        return sorted(people[:2], key=lambda e: e.first)  # in the order the text names them

    def body(self, name: str, mention: Mention, kind: str = entities.BODY) -> Entity:
        """The body (or, with `kind` STATE, the state) named `name`, made on first mention."""
        key = fold(name)
        for entity in self.entities:
            same_kind = entity.kind == kind if kind == entities.SOURCE else entity.body
            if same_kind and fold(entity.name) == key:
                return entity
        if kind == entities.BODY and " " not in key:
            # "l'ambassade" after "l'ambassade de la Tunisie en France", "the Ministry" after
            # "the Ministry of Foreign Affairs": the body last named with that head.
            for entity in reversed(self.entities):
                if entity.kind == entities.BODY and fold(entity.name).startswith(key + " "):
                    return entity
        entity = Entity(name, None, mention.country, mention.start, kind=kind)
        entity.mentions = 0
        self.entities.append(entity)
        return entity

    def _touch(self, entity: Entity) -> None:
        if entity in self.recent:
            self.recent.remove(entity)
        self.recent.insert(0, entity)

    def subject(self, entity: Entity | None) -> None:
        """Record who the sentence is about: the next pronoun refers to them."""
        if entity is not None:
            self.last_subject = entity
            if not entity.body:
                self.last_person = entity

    def other_than(self, entity: Entity | None) -> Entity | None:
        for candidate in self.recent:
            if candidate is not entity and not candidate.body and not candidate.described:
                return candidate
        for candidate in self.entities:
            if candidate is not entity and not candidate.body and not candidate.described:
                return candidate
        return None

    def _by_description(self, mention: Mention, surface: str) -> Entity:
        """A person named by a title alone: "le Président togolais", "the minister"."""
        title_key = fold(mention.title or "")
        generic = _title_key(title_key)
        if generic in _generic_titles():
            # "The official said" after "two senior administration officials": that source.
            noun = generic.split()[-1].rstrip("s")
            earlier = [
                e
                for e in self.entities
                if e.kind == entities.SOURCE and noun in _title_key(e.name).split()[-1]
            ]
            if earlier:
                return earlier[-1]
        chosen: Entity | None = None
        if self.speaking is not None and ARTICLE.match(surface):
            # "the King", "le Président" in a turn: someone other than its speaker, if anyone
            # fits (a speaker says "I" of themself; "a commissioner" may be anyone)
            chosen = self._chosen(mention, title_key, self.speaking.canonical())
        if chosen is None:
            chosen = self._chosen(mention, title_key, None)
        description = title_as_named(ARTICLE.sub("", " ".join(surface.split()))) or " ".join(
            part for part in (mention.title, mention.country) if part
        )
        described = next(
            (e for e in self.entities if e.described and fold(e.name) == fold(description)), None
        )
        if chosen is not None:
            if mention.country:
                chosen.country = chosen.country or mention.country  # now known from the text
            if described is not None and described.merged_into is None:
                described.merged_into = chosen  # the description was this person all along
            return chosen
        if described is not None:
            return described.canonical()
        entity = Entity(description, mention.title, mention.country, mention.start, described=True)
        self.entities.append(entity)
        return entity

    def _chosen(self, mention: Mention, title_key: str, speaking: Entity | None) -> Entity | None:
        """The person a title alone names, other than `speaking` (a turn's speaker), or None."""
        people = [
            e
            for e in self.recent
            if not e.body and not e.described and e.canonical() is not speaking
        ]
        subject = self.last_subject
        topic = (
            subject
            if subject is not None
            and not subject.body
            and not subject.described
            and subject.canonical() is not speaking
            else None
        )
        chosen: Entity | None = None
        if mention.country:
            same = [e for e in people if e.country == mention.country] or [
                e
                for e in self.entities
                if e.country == mention.country
                and not e.described
                and not e.body
                and e.canonical() is not speaking
            ]
            unknown = [e for e in people if e.country is None]
            # "le président français" after "l'ambassadeur de France": of that country, the
            # one whose office fits the title, when someone's does.
            fitting = [e for e in same if not e.titles or _fits(title_key, e)] or [
                e
                for e in self.entities
                if e.country == mention.country
                and not e.described
                and not e.body
                and e.canonical() is not speaking
                and _fits(title_key, e)
            ]
            if fitting:
                chosen = fitting[0]
            elif same:
                chosen = same[0]
            elif self.contrast and [e for e in unknown if e is not topic]:
                chosen = next(e for e in unknown if e is not topic)
            elif topic is not None and topic.country is None:
                chosen = topic
            elif unknown:
                chosen = unknown[0]
            elif not people:
                # Named further on ("le président béninois … Patrice Talon"): the first person
                # the text names whose country is not known.
                chosen = next(
                    (
                        e
                        for e in self.entities
                        if not e.body and not e.described and e.country is None
                    ),
                    None,
                )
        else:
            compatible = topic is not None and (not topic.titles or _fits(title_key, topic))
            if compatible and not self.contrast:
                chosen = topic
            else:
                chosen = next((e for e in people if _fits(title_key, e)), None)
                if chosen is None and topic is not None and self.contrast:
                    chosen = self.other_than(topic)
            if chosen is None and not self.contrast:
                # "le chef de l'État" far from "le président Kaïs Saïed": the one person of
                # the document who holds that office.
                holders = [
                    e
                    for e in self.entities
                    if not e.body
                    and not e.described
                    and e.titles
                    and e.first < mention.start  # named before: "The President" opening a
                    and _fits(title_key, e)  # Kremlin readout is no one named further on
                    and e.canonical() is not speaking
                ]
                if len(holders) == 1:
                    chosen = holders[0]
        return chosen


@lru_cache(maxsize=1)
def _role_titles() -> dict[str, frozenset[str]]:
    """Every title of the lexicons' TITLE_ROLES, folded, and the roles it names."""
    found: dict[str, set[str]] = {}
    for lexicon in languages().values():
        for role, titles in lexicon.TITLE_ROLES.items():
            for title in titles.split(","):
                key = _title_key(title)
                if key:
                    found.setdefault(key, set()).add(role)
    return {key: frozenset(roles) for key, roles in found.items()}


@lru_cache(maxsize=1)
def _sent_documents() -> frozenset[str]:
    """The nouns of documents that someone sends or signs: "message", "statement"."""
    return frozenset(n.lower() for n in union("DOCUMENT_NOUNS"))


@lru_cache(maxsize=1)
def _latter_pronouns() -> frozenset[str]:
    return frozenset(p.lower() for p in union("LATTER_PRONOUNS"))


@lru_cache(maxsize=1)
def _personal_pronouns() -> frozenset[str]:
    return frozenset(p.lower() for p in union("PERSONAL_PRONOUNS"))


@lru_cache(maxsize=1)
def _generic_titles() -> frozenset[str]:
    """The nouns of unnamed officials, folded ("official", "responsable", "дипломат"): as a
    description they fit any person who holds an office."""
    return frozenset(_title_key(noun) for noun in union("SOURCE_NOUNS"))


def _title_key(title: str) -> str:
    return " ".join(fold(title).replace("’", "'").split())


@lru_cache(maxsize=4096)
def roles(title: str) -> frozenset[str]:
    """The offices a folded title names: those of the longest role title it starts with
    ("president de la republique togolaise": head of state)."""
    key = _title_key(title)
    table = _role_titles()
    best = ""
    for known in table:
        if len(known) > len(best) and (key == known or key.startswith(known + " ")):
            best = known
    return table.get(best, frozenset())


def _party(entity: Entity) -> bool:
    """Whether a person can be one of "the two sides", "les deux présidents": a person
    named, not a body, a description or a spokesperson who reports their talks."""
    if entity.body or entity.described or entity.kind == entities.SOURCE:
        return False
    return not any("spokesperson" in roles(title) for title in entity.titles)


def _fits(title_key: str, entity: Entity) -> bool:
    """Whether a description's title fits a person: one of the person's titles begins with
    it, or names every office it names ("chef de l'État" fits "président"; "President"
    does not fit "King")."""
    if any(t.startswith(title_key) for t in entity.titles):
        return True
    if title_key in _generic_titles():
        return bool(entity.titles)  # "the official", "le responsable": anyone in office
    wanted = roles(title_key)
    return bool(wanted) and any(wanted <= roles(t) for t in entity.titles)


def people_of(
    entities: Iterable[Entity],
    index: LineIndex,
    quotes: Iterable[Quote] = (),
    statements: Iterable[Statement] = (),
) -> tuple[Person, ...]:
    """The resolver's entities as the Document's people; a body, or an unnamed source, only
    when it speaks (a document a statement goes by, "selon un communiqué", is no one)."""
    speaking = {n for q in quotes for n in q.speakers} | {n for s in statements for n in s.speakers}
    return tuple(
        Person(
            name=e.name,
            title=e.title,
            country=e.country,
            line=index.line_of(e.first),
            mentions=max(e.mentions, 1),
            aliases=tuple(n for n in e.names if n != e.name),
            kind=e.kind,
        )
        for e in entities
        if e.merged_into is None
        and (
            (e.name in speaking)
            if e.body or e.kind == SOURCE_KIND
            else (e.mentions > 0 or not e.described)
        )
    )
