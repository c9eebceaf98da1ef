"""The discourse layer: who is who in one document, read once and shared by every extractor.

`read_discourse` walks the body in reading order: it finds the quote spans, every mention of
a person or body (names, titles, pronouns, "son hôte", "l'Élysée"), resolves each to its
entity, records what each sentence is about and which transcript turn it belongs to. The
extractors (attribution of quotes, reported statements) are functions of the `Discourse` it
returns and of the language's lexicon; they read it through the methods below and never
reach into one another.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from commtool import regexcache
from commtool.annotate.mentions import (
    BODY,
    DOCUMENT,
    GROUP,
    NAMED,
    TITLE,
    Mention,
    acronym_table,
    article_before,
    find_acronyms,
    find_mentions,
    find_surnames,
    is_document,
    speaking_surnames,
    surname_set,
    trailing_name,
)
from commtool.annotate.russian import has_cyrillic, is_surname
from commtool.folding import fold, spaced_initials
from commtool.lexicons import union
from commtool.model import Paragraph, Sentence
from commtool.patterns import Words, word_alternation
from commtool.resolve.entities import SOURCE, Entity, Who, one, source
from commtool.resolve.resolver import Resolver
from commtool.segment.blocks import LineIndex
from commtool.segment.quotes import Span, is_role_label, is_separator, quote_spans, turn_label
from commtool.typography import DOUBLE_MARKS

NEAR = 6  # characters between a speech verb and the speaker it introduces
ISSUER_REACH = 80  # characters between a document ("le communiqué") and the body of its complement
_VERB_ONLY = regexcache.compile(r"[ \u00a0]+[^\W\d_]+")  # "… the Russian leader| noted"
_CLAUSE_BREAK = regexcache.compile(r"[,;:.!?«»“”\"()]")


class Rules(NamedTuple):
    """The patterns the walk reads a sentence with (built once from the lexicons)."""

    pronoun_incise: re.Pattern[str]  # ", a-t-il dit", ", poursuit-elle"
    incise: re.Pattern[str]  # ", a-t-il déclaré," inside a quote
    speech_any: re.Pattern[str]  # any speech verb
    contrast: re.Pattern[str]  # "De son côté, …": the sentence turns to the other party
    subject_verb: re.Pattern[str]  # a verb right after a mention: "X a", "X said"
    prepositions: frozenset[str]
    determiners: frozenset[str]  # words between a preposition and its object
    and_words: frozenset[str]  # "et", "and": a second object after the first
    article_end: re.Pattern[str]  # an article ending the text: "… le ", "… l'"
    documents: re.Pattern[str]  # "message", "email": what a sentence's subject may send


@lru_cache(maxsize=1)
def rules() -> Rules:
    participles = word_alternation(union("SPEECH_PARTICIPLES"), lower=True)
    present = word_alternation(union("SPEECH_PRESENT"), lower=True)
    contrast = word_alternation(union("CONTRAST"), lower=True)
    documents = word_alternation(union("DOCUMENT_NOUNS"), lower=True)
    return Rules(
        documents=regexcache.compile(rf"(?<![\w'’-])(?:{documents})(?![\w'’-])", re.I),
        pronoun_incise=regexcache.compile(
            rf"[\s,]*(?:[^\W\d_]+-t-|[^\W\d_]+-)(?:{word_alternation(union('INVERTED_PRONOUNS'), lower=True)})(?!\w)",
            re.IGNORECASE,
        ),
        incise=regexcache.compile(rf",[ \u00a0]*[^,;:!?{DOUBLE_MARKS}]{{3,60}},"),
        speech_any=regexcache.compile(rf"(?<!\w)(?i:{participles}|{present})(?!\w)"),
        contrast=regexcache.compile(rf"[\W\d_]*(?i:{contrast})(?!\w)"),
        subject_verb=regexcache.compile(
            rf"[ \u00a0,]*(?:[^\W\d_]+['’]?[ \u00a0]*){{0,3}}?(?i:{word_alternation(union('SUBJECT_VERBS'), lower=True)})(?![\w-])"
        ),
        prepositions=frozenset(fold(p).rstrip("'") for p in union("PREPOSITIONS")),
        determiners=frozenset(fold(d).rstrip("'") for d in union("OBJECT_DETERMINERS")),
        and_words=frozenset(fold(w) for w in union("AND_WORDS")),
        article_end=regexcache.compile(rf"\b{article_before()}$", re.IGNORECASE),
    )


_OBJECT_WORDS = regexcache.compile(r"[^\W\d_]+['’]?")  # the words around a mention's preposition


class Resolved:
    """A mention and who it turned out to name (plain slotted classes here: made at every
    start, a dataclass costs a compile of its methods)."""

    __slots__ = ("entity", "group", "in_quote", "mention")

    def __init__(
        self,
        mention: Mention,
        entity: Entity | None,
        group: list[Entity] | None = None,
        in_quote: bool = False,
    ) -> None:
        self.mention = mention
        self.entity = entity
        self.group: list[Entity] = [] if group is None else group
        self.in_quote = in_quote

    def who(self) -> Who:
        """The speaker this mention names: its group, its entity, or nobody."""
        if self.group:
            return list(self.group)
        return one(self.entity)


def who_of(resolved: Resolved | None) -> Who:
    """The speaker a mention names, nobody when there is no mention."""
    return resolved.who() if resolved is not None else []


# A name of initials and a surname, as transcripts label their turns: "В.Путин", "С.В. Лавров".
# (One initial stands right before the surname: "M. Macron" is an honorific, not an initial.)
_INITIALLED = regexcache.compile(
    r"(?:[A-ZА-ЯЁ]\.|[A-ZА-ЯЁ]\.[ \u00a0]?[A-ZА-ЯЁ]\.[ \u00a0]?)[A-ZА-ЯЁ][\w'’-]+"
)


class SentenceInfo:
    """What a sentence is about, as the walk found it."""

    __slots__ = ("before", "end", "group", "start", "subject", "turn")

    def __init__(
        self,
        start: int,
        end: int,
        before: Entity | None,  # the last subject before this sentence
        subject: Entity | None = None,
        group: list[Entity] | None = None,  # when a group is the subject ("the two presidents")
        turn: Entity | None = None,  # the speaker of the transcript turn it belongs to
    ) -> None:
        self.start = start
        self.end = end
        self.before = before
        self.subject = subject
        self.group = group
        self.turn = turn


class Turn(NamedTuple):
    """A transcript turn: its words run from `start` (after the label) to `end`."""

    start: int
    end: int
    speaker: Entity


class Discourse:
    """One document's sentences, turns, quote spans, mentions and entities, read in order.

    Made by `read_discourse`; the extractors only read it (the resolver's entities gain the
    bodies and states a statement names as its speaker)."""

    def __init__(
        self,
        text: str,
        paragraphs: Sequence[Paragraph],
        index: LineIndex,
        places: Sequence[str],
        words: Words | None = None,
        dateline: tuple[int, int] | None = None,
    ) -> None:
        self.text = text
        self.words = words or Words(text)
        self.index = index
        self.rules = rules()
        self.paragraphs = [
            p for p in paragraphs if p.kind in ("body", "title", "heading") or _deck(p)
        ]
        self.spans: list[Span] = quote_spans(text, self.paragraphs)
        self.span_starts = [s.open_at for s in self.spans]
        not_people = {fold(part.strip()) for place in places for part in place.split(",")}
        # The dateline opening the text names its place and agency ("МОСКВА, 20 декабря.
        # /ТАСС/."), no one who speaks in it.
        lo, hi = dateline or (0, 0)
        found: list[tuple[Paragraph, list[Mention]]] = []
        for paragraph in self.paragraphs:
            if paragraph.kind == "heading":
                continue
            mentions = [
                m
                for m in find_mentions(text, paragraph.start, paragraph.end, self.words)
                if not (m.kind == NAMED and m.name and fold(m.name) in not_people)
                and not lo <= m.start < hi
            ]
            found.append((paragraph, mentions))
        surnames = surname_set(m for _, mentions in found for m in mentions)
        if has_cyrillic(text):
            # "Песков заявил": a Russian surname stands alone, known to the dictionary.
            surnames |= {w for w in set(self.words.words) if is_surname(w)}
        # '"…," Lavrov said': a surname the text never gives in full, known by its speaking.
        surnames |= speaking_surnames(self.words)
        acronyms = acronym_table(m for _, mentions in found for m in mentions)
        incises = self._incises()
        self.mentions: list[Resolved] = []
        for paragraph, mentions in found:
            if surnames:
                extra = find_surnames(
                    text, paragraph.start, paragraph.end, surnames, mentions, self.words
                )
                mentions = sorted([*mentions, *extra], key=lambda m: m.start)
            if acronyms:
                extra = find_acronyms(text, paragraph.start, paragraph.end, acronyms, mentions)
                mentions = sorted([*mentions, *extra], key=lambda m: m.start)
            for mention in mentions:
                quoted = self.inside(mention.start) and not any(
                    lo <= mention.start < hi for lo, hi in incises
                )
                self.mentions.append(Resolved(mention, None, in_quote=quoted))
        self.mention_starts = [r.mention.start for r in self.mentions]
        self.resolver = Resolver([r.mention for r in self.mentions])
        self.sentences: list[SentenceInfo] = []
        self._sentence_starts: list[int] = []
        self.paragraph_starts = [p.start for p in self.paragraphs]
        self.turns: list[Turn] = []
        # A transcript's labels, each with the speaker it named first: a label written again
        # ("LE PRESIDENT :", "SECRETARY KERRY:") is the same speaker in every turn.
        self._labels: dict[str, Entity] = {}

    @property
    def entities(self) -> list[Entity]:
        return self.resolver.entities

    def _incises(self) -> list[tuple[int, int]]:
        """Reporting clauses inside quotation marks: « Nous viendrons, a déclaré M. Condé, … »."""
        found = []
        for span in self.spans:
            for m in self.rules.incise.finditer(self.text, span.start, span.end):
                clause = self.text[m.start() : m.end()]
                if self.rules.pronoun_incise.match(clause) or self.rules.speech_any.search(clause):
                    found.append((m.start(), m.end()))
        return found

    # -- reading the document --------------------------------------------------------------

    def inside(self, offset: int) -> bool:
        """Whether `offset` stands between a quote's marks."""
        at = bisect_right(self.span_starts, offset) - 1
        if at < 0:
            return False
        span = self.spans[at]
        close = span.close_at if span.close_at is not None else span.end
        return span.open_at < offset < close

    def span_at(self, offset: int) -> Span:
        """The last quote span opening at or before `offset`."""
        return self.spans[bisect_right(self.span_starts, offset) - 1]

    def mentions_in(self, start: int, end: int, quoted: bool = False) -> list[Resolved]:
        """The mentions starting in text[start:end], those inside quotes only with `quoted`."""
        lo = bisect_right(self.mention_starts, start - 1)
        hi = bisect_right(self.mention_starts, end - 1)
        return [r for r in self.mentions[lo:hi] if quoted or not r.in_quote]

    def _starts(self) -> list[int]:
        """Where each sentence starts (made again only when the walk has added sentences)."""
        if len(self._sentence_starts) != len(self.sentences):
            self._sentence_starts = [s.start for s in self.sentences]
        return self._sentence_starts

    def sentence_at(self, offset: int) -> SentenceInfo | None:
        at = bisect_right(self._starts(), offset) - 1
        return self.sentences[at] if at >= 0 else None

    def sentence_position(self, info: SentenceInfo) -> int:
        """Where `info` stands in the list of sentences."""
        return self.sentences.index(info, max(0, bisect_right(self._starts(), info.start) - 2))

    def paragraph_end(self, offset: int) -> int:
        at = bisect_right(self.paragraph_starts, offset) - 1
        if at >= 0 and offset <= self.paragraphs[at].end:
            return self.paragraphs[at].end
        return offset

    def headline_at(self, offset: int, end: int | None = None) -> bool:
        """Whether `offset` is in the headline, a line under it or a section heading; with
        `end`, also whether text[offset:end] is all its paragraph holds but marks (a quote
        standing as a heading: "‘A constructive conversation’")."""
        at = bisect_right(self.paragraph_starts, offset) - 1
        if at < 0:
            return False
        paragraph = self.paragraphs[at]
        if paragraph.kind in ("title", "meta", "heading"):
            return True
        if end is None:
            return False
        rest = self.text[paragraph.start : offset] + self.text[end : paragraph.end]
        return not any(c.isalnum() for c in rest)

    def in_title(self, offset: int) -> bool:
        """Whether `offset` is in the headline or a line under it."""
        at = bisect_right(self.paragraph_starts, offset) - 1
        return at >= 0 and self.paragraphs[at].kind in ("title", "meta")

    def first_after(self, start: int, end: int, within: int = NEAR) -> Resolved | None:
        """The first resolved mention in text[start:end], if it starts within reach."""
        for resolved in self.mentions_in(start, end):
            if resolved.mention.start - start > within + 12:
                return None
            if resolved.entity is not None or resolved.group:
                return resolved
        return None

    def _issuer(self, document: Mention, end: int) -> Resolved | None:
        """The body named in a document's complement ("le communiqué de l'ambassade", "un
        communiqué publié … de la présidence", "a statement by the Kremlin"): the first
        mention within ISSUER_REACH characters of it, in the same clause, when it is a body."""
        if not is_document(document):
            return None
        stop = min(end, document.end + ISSUER_REACH)
        for resolved in self.mentions_in(document.end, stop):
            if _CLAUSE_BREAK.search(self.text, document.end, resolved.mention.start):
                return None
            return resolved if resolved.mention.kind == BODY else None
        return None

    def skip_quotes(self, start: int, end: int) -> list[tuple[int, int]]:
        """The parts of text[start:end] outside quotation marks."""
        parts = []
        cursor = start
        # Spans are in order and do not overlap: start from the last one opening before `start`.
        first = max(0, bisect_right(self.span_starts, start) - 1)
        for at in range(first, len(self.spans)):
            span = self.spans[at]
            if span.open_at >= end:
                break
            close = (span.close_at + 1) if span.close_at is not None else span.end
            if close <= cursor:
                continue
            if span.open_at > cursor:
                parts.append((cursor, span.open_at))
            cursor = max(cursor, close)
        if cursor < end:
            parts.append((cursor, end))
        return parts

    def before_verb(self, mention: Mention) -> bool:
        """Whether a verb follows the mention: it is the subject of a clause (not when a name,
        or another person's title, after a comma stands between: in "Alexii II, President
        Vladimir Putin said", Putin said it; in "Macron et Trump ont dit", both did)."""
        verb = self.rules.subject_verb.match(self.text, mention.end, mention.end + 40)
        if verb is None:
            return False
        own = next((r.entity for r in self.mentions_in(mention.start, mention.start + 1)), None)
        return not any(
            "," in self.text[mention.end : r.mention.start]
            and (
                r.mention.kind == NAMED
                # "… Boris Johnson, the Russian leader noted": another person's title
                # (not an apposition closed by a comma: "James Baker, former US Secretary
                # of State, quoted")
                or (
                    r.mention.kind == TITLE
                    and r.entity is not None
                    and r.entity is not own
                    and _VERB_ONLY.fullmatch(self.text, r.mention.end, verb.end()) is not None
                )
            )
            for r in self.mentions_in(mention.end + 1, verb.end())
        )

    def is_object(self, offset: int, floor: int) -> bool:
        """Whether the mention at offset follows a preposition ("avec X", "to the President"),
        or is the second of two so joined ("entre le président A et le président B")."""
        head = self.text[max(floor, offset - 30) : offset]
        words = _OBJECT_WORDS.findall(head)
        while words and fold(words[-1]).rstrip("'") in self.rules.determiners:
            words.pop()
        if not words:
            return False
        last = fold(words[-1]).rstrip("'")
        if last in self.rules.and_words:
            joined = self.mentions_in(floor, offset)
            if joined:
                first = joined[-1].mention
                between = _OBJECT_WORDS.findall(self.text, first.end, offset)
                rest = [fold(w).rstrip("'") for w in between]
                if (
                    rest
                    and rest[0] in self.rules.and_words
                    and all(w in self.rules.determiners for w in rest[1:])
                ):
                    return self.is_object(first.start, floor)
            return False
        return last in self.rules.prepositions

    # -- the walk: who is spoken of, sentence by sentence ----------------------------------

    def walk(self) -> None:
        turn: tuple[int, Entity] | None = None  # (start, speaker)
        turn_end = 0
        for paragraph in self.paragraphs:
            label = turn_label(self.text, paragraph) if paragraph.kind == "body" else None
            speaker = self._turn_speaker(paragraph, label[0], label[1]) if label else None
            if label and speaker is not None:
                speaker = self._same_label(paragraph, label[0], label[1], speaker)
            if label and speaker is not None:
                if turn:
                    self.turns.append(Turn(turn[0], turn_end, turn[1]))
                turn = (label[1], speaker)
                turn_end = paragraph.end
            elif turn and is_separator(paragraph):
                self.turns.append(Turn(turn[0], turn_end, turn[1]))
                turn = None
            elif turn:
                turn_end = paragraph.end
            if paragraph.kind == "heading":
                continue
            sentences = paragraph.sentences or (
                Sentence(paragraph.text, paragraph.start, paragraph.end, paragraph.line),
            )
            for sentence in sentences:
                if paragraph.kind == "meta":
                    # A line under the headline is read for what it states; who it is
                    # about ("Meeting with Patriarch Alexii II") is no subject of the text.
                    subject = self.resolver.last_subject
                    self._sentence(sentence, None)
                    self.resolver.last_subject = subject
                    continue
                self._sentence(sentence, turn[1] if turn else None)
        if turn:
            self.turns.append(Turn(turn[0], turn_end, turn[1]))

    def _same_label(
        self, paragraph: Paragraph, label: str, words_at: int, speaker: Entity
    ) -> Entity:
        """The speaker a label named in its first turn: "LE PRESIDENT :" after a question
        that named another president is still the one who answered before."""
        key = " ".join(fold(label).lower().split())
        first = self._labels.setdefault(key, speaker)
        if first is not speaker:
            for resolved in self.mentions_in(paragraph.start, words_at):
                if resolved.entity is speaker:
                    resolved.entity = first
        return first

    def _turn_speaker(self, paragraph: Paragraph, label: str, words_at: int) -> Entity | None:
        mentions = self.mentions_in(paragraph.start, words_at)
        # The name that ends the label first: "President of Guinea and Chairperson of the
        # AU Alpha Conde", "Minister of Industry and Trade Denis Manturov".
        name = trailing_name(label)
        written = name  # the name as the label writes it
        initialled = _INITIALLED.fullmatch(label) is not None
        if initialled:  # "В.Путин:", "S.Abe:": an initial before the surname names one
            written, name = label, spaced_initials(label)  # "В.Путин" is "В. Путин"
        if name and written and (len(name.split()) >= 2 or initialled):
            at = self.text.rfind(written, paragraph.start, words_at)
            end = at + len(written)
            # A name the mention grammar found ending there is the better cut: it knows the
            # title's qualifier ("of the Republic of Daghestan Ramazan Abdulatipov").
            if not any(r.mention.kind == NAMED and r.mention.end == end for r in mentions):
                named = Mention(at, end, NAMED, name)
                mentions = [
                    r
                    for r in mentions
                    if not (r.mention.start < end and named.start < r.mention.end)
                ]
                mentions.append(Resolved(named, None))
        # A name before a title before the label's last words; the name that ends it first.
        last = max((r.mention.end for r in mentions), default=0)
        mentions.sort(key=lambda r: (r.mention.kind != NAMED, r.mention.end != last))
        for resolved in mentions:
            if resolved.mention.kind in (NAMED, TITLE, BODY):
                # "LE PRESIDENT :" after a journalist's turn: turns alternate, so a title in a
                # label names someone other than the one who spoke last.
                self.resolver.contrast = resolved.mention.kind == TITLE
                entity = self.resolver.resolve(resolved.mention, self.surface(resolved.mention))
                self.resolver.contrast = False
                resolved.entity = entity
                return entity
        letters = [c for c in label if c.isalpha()]
        if letters and all(c.isupper() for c in letters) and len(label.split()) <= 3:
            return source(label, paragraph.start)  # "QUESTION", "SG", "MODERATOR"
        if is_role_label(label):
            return source(label, paragraph.start)  # "Question", "Response from the hall"
        return None

    def surface(self, mention: Mention) -> str:
        """The words of a mention with the article before it ("le Président togolais")."""
        start = mention.start
        head = self.text[max(0, start - 4) : start]
        article = self.rules.article_end.search(head)
        if article:
            start -= len(article.group())
        return self.text[start : mention.end]

    def _sentence(self, sentence: Sentence, turn: Entity | None) -> None:
        info = SentenceInfo(sentence.start, sentence.end, self.resolver.last_subject, turn=turn)
        self.sentences.append(info)
        self.resolver.contrast = bool(
            self.rules.contrast.match(self.text, sentence.start, sentence.end)
        )
        subject: Entity | None = None
        verbal: Entity | None = None  # the first mention followed by a verb
        group: list[Entity] | None = None  # "les deux dirigeants", "they" as the subject
        fallback: Entity | None = None
        self.resolver.speaking = turn
        for resolved in self.mentions_in(sentence.start, sentence.end):
            if resolved.entity is not None:  # a turn label, already resolved
                continue
            mention = resolved.mention
            signatories = self.resolver.issuer(mention) if mention.kind == DOCUMENT else []
            if len(signatories) > 1:
                resolved.group = signatories  # "the joint statement"
                continue
            if mention.kind == GROUP:
                resolved.group = self.resolver.group()
                if (
                    subject is None
                    and group is None
                    and not self.is_object(mention.start, sentence.start)
                ):
                    group = resolved.group
                continue
            issuer = self._issuer(mention, sentence.end)
            if issuer is not None and issuer.entity is None:
                # the document speaks for the body that issued it, which is resolved now
                issuer.entity = self.resolver.resolve(issuer.mention, self.surface(issuer.mention))
                entity = issuer.entity
            else:
                entity = self.resolver.resolve(mention, self.surface(mention))
            resolved.entity = entity
            if entity is None:
                continue
            if not self.is_object(mention.start, sentence.start):
                if verbal is None and self.before_verb(mention):
                    verbal = entity
                subject = subject or entity
            fallback = fallback or entity
        self.resolver.contrast = False
        self.resolver.speaking = None
        info.subject = verbal or subject or fallback
        info.group = group if group and not verbal else None
        issuers = info.group or ([info.subject] if info.subject is not None else [])
        if issuers:
            # "Putin sent a message to …", "The PMO said in an email that …", "the two leaders
            # signed a joint statement": who first spoke of a document issued it, and "the
            # message", "Saturday's email" are theirs later (not the envoy's who "handed
            # the message" on)
            documents = [
                (r.mention.start, r.mention.end)
                for r in self.mentions_in(sentence.start, sentence.end)
                if r.mention.kind == DOCUMENT
            ]
            for m in self.rules.documents.finditer(self.text, sentence.start, sentence.end):
                if not any(start <= m.start() < end for start, end in documents):
                    # (a document that speaks is no document its sentence's subject sent)
                    self.resolver.issuers.setdefault(m.group().lower(), issuers)
        if turn is not None and turn.kind != SOURCE:
            self.resolver.subject(turn)
        else:
            self.resolver.subject(info.subject)


DECK_WORDS = 6  # a line under the headline of this many words or more is a sentence


def _deck(paragraph: Paragraph) -> bool:
    """A line of the front matter that sums up the text as the headline does ("Глава МИД
    РФ выразил признательность…", "- According to Garba Shehu, Nigerians should expect…"),
    not a byline, a place or a rubric in capitals."""
    return (
        paragraph.kind == "meta"
        and len(paragraph.text.split()) >= DECK_WORDS
        and not paragraph.text.isupper()
    )


def read_discourse(
    text: str,
    paragraphs: Sequence[Paragraph],
    index: LineIndex,
    places: Sequence[str] = (),
    words: Words | None = None,
    dateline: tuple[int, int] | None = None,
) -> Discourse:
    """The discourse of one document: its mentions resolved and its sentences walked."""
    discourse = Discourse(text, paragraphs, index, places, words, dateline)
    discourse.walk()
    _bilateral_countries(text, discourse.entities)
    return discourse


def _bilateral_countries(text: str, entities: Sequence[Entity]) -> None:
    """In a meeting of two, when the text gives one side's country, the other side is from
    the other state the text names most (a Togo–Russia readout: Togo's leader, and Russia's)."""
    from commtool.annotate.countries import country_counts

    people = sorted(
        (e for e in entities if not e.body and not e.described and e.merged_into is None),
        key=lambda e: -e.mentions,
    )[:3]
    if len(people) < 2 or (len(people) == 3 and people[2].mentions * 2 >= people[1].mentions):
        return
    known = [e for e in people[:2] if e.country]
    unknown = [e for e in people[:2] if not e.country]
    if len(known) != 1 or len(unknown) != 1:
        return
    counts = country_counts(text)
    ranked = [(c, n) for c, n in counts.most_common() if fold(c) != fold(known[0].country or "")]
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        unknown[0].country = ranked[0][0]
