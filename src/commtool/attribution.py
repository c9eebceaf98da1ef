"""Who said it: every quote and transcript turn of a document, given to its speaker.

One walk through the body resolves every mention of a person in reading order (names, titles,
pronouns, "son hôte", bodies such as "l'Élysée") and records who each sentence is about; then
each quote is attributed by the first rule that applies:

1. a reporting clause right after it: "», a déclaré X", "», a-t-il dit", "," said X",
   "," X said", "” — Commissioner X";
2. a reporting clause later in its sentence: "…, a fait savoir la présidence française",
   "…, selon les Nations unies";
3. a reporting clause earlier in its sentence: "a déclaré X, soulignant que « … »";
4. the subject of its sentence before it: "Il a souligné que … « nouvelle étape »";
5. for a quote standing alone: the speaker of the sentence ending in ':' just before it, the
   speaker of the quote just before it, or the person the text is about.
Transcript turns (`Vladimir Putin: …`) run from their label to the next label.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from . import regexcache
from .folding import fold
from .lexicons import union
from .model import Paragraph, Person, Quote, Sentence, Statement
from .patterns import Words, word_alternation
from .people import (
    BODY,
    GROUP,
    NAMED,
    TITLE,
    Entity,
    Mention,
    Resolver,
    find_mentions,
    find_surnames,
    people_of,
    surname_set,
    trailing_name,
)
from .quotes import Span, is_separator, quote_spans, turn_label
from .segment import LineIndex

QUOTED, TURN, TERM = "quoted", "turn", "term"
REACH = 2000  # characters around a quote where its reporting clause may stand
_BY_AUTHOR = regexcache.compile(
    r"[ \u00a0]*,?[ \u00a0]*(?:by|de|par)[ \u00a0]+[A-ZÀ-Þ][\w'’-]+[ \u00a0]+[A-ZÀ-Þ]"
)
_TERM_WORD = regexcache.compile(r"[^\W\d_]{4,}")


def is_term(text: str) -> bool:
    """A name in quotation marks rather than anyone's words: the Decree “Improving the
    Management of State Migration Policy”, l'« Initiative Ceinture et Route »."""
    words = _TERM_WORD.findall(text)
    if len(words) < 2 or len(text.split()) > 12 or re.search(r"[,;:!?]|\.\s", text):
        return False
    return all(w[0].isupper() for w in words)


NEAR = 6  # characters between a speech verb and the speaker it introduces


class _Rules(NamedTuple):
    verb_first: re.Pattern[str]  # ", a déclaré" / ", said" / "— " right after a quote
    pronoun_incise: re.Pattern[str]  # ", a-t-il dit", ", poursuit-elle"
    clause: re.Pattern[str]  # ", a fait savoir" / ", selon" anywhere after a comma
    speech_verb: re.Pattern[str]  # a speech verb after a speaker: "he said", "X a ajouté"
    contrast: re.Pattern[str]
    subject_verb: re.Pattern[str]  # a verb right after a mention: "X a", "X said"
    relative: re.Pattern[str]  # ", qui a déclaré", ", who said"
    incise: re.Pattern[str]  # ", a-t-il déclaré," inside a quote
    speech_any: re.Pattern[str]  # any speech verb
    prepositions: frozenset[str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    participles = word_alternation(union("SPEECH_PARTICIPLES"), lower=True)
    present = word_alternation(union("SPEECH_PRESENT"), lower=True)
    auxiliaries = word_alternation(union("SPEECH_AUXILIARIES"), lower=True)
    according = word_alternation(union("ACCORDING_TO"), lower=True)
    contrast = word_alternation(union("CONTRAST"), lower=True)
    adverbs = r"(?:[^\W\d_]+[ \u00a0]+){0,2}?"
    verb = rf"(?:(?:{auxiliaries})[ \u00a0]+{adverbs})?(?:{participles}|{present})(?![\w-])"
    return _Rules(
        verb_first=regexcache.compile(
            rf"[\s,]*(?:[—–-][ \u00a0]*(?=[^\W\d_])|(?i:{verb}|{according}))", re.IGNORECASE
        ),
        pronoun_incise=regexcache.compile(
            r"[\s,]*(?:[^\W\d_]+-t-|[^\W\d_]+-)(?:il|elle|ils|elles)(?!\w)", re.IGNORECASE
        ),
        clause=regexcache.compile(
            rf",[ \u00a0]*(?i:{verb}|(?P<according>{according}))[ \u00a0]*", re.IGNORECASE
        ),
        speech_verb=regexcache.compile(
            rf"[ \u00a0]+{adverbs}(?i:{verb}|{participles})", re.IGNORECASE
        ),
        contrast=regexcache.compile(rf"[\W\d_]*(?i:{contrast})(?!\w)"),
        subject_verb=regexcache.compile(
            rf"[ \u00a0,]*(?:[^\W\d_]+['’]?[ \u00a0]*){{0,3}}?(?i:{word_alternation(union('SUBJECT_VERBS'), lower=True)})(?![\w-])"
        ),
        relative=regexcache.compile(
            rf"[ \u00a0]*,?[ \u00a0]*(?i:{word_alternation(union('RELATIVE_PRONOUNS'), lower=True)})[ \u00a0]+(?i:{verb})"
        ),
        incise=regexcache.compile(r",[ \u00a0]*[^,;:!?«»“”\"]{3,60},"),
        speech_any=regexcache.compile(rf"(?<!\w)(?i:{participles}|{present})(?!\w)"),
        prepositions=frozenset(fold(p).rstrip("'") for p in union("PREPOSITIONS")),
    )


class _Resolved:
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


class _SentenceInfo:
    """What a sentence is about, as the walk found it."""

    __slots__ = ("before", "end", "group", "start", "subject", "turn")

    def __init__(
        self,
        start: int,
        end: int,
        before: Entity | None,  # the last subject before this sentence
        subject: Entity | None = None,
        group: list[Entity] | None = None,  # when a group is the subject ("the two presidents")
        turn: Entity | str | None = None,  # the speaker of the transcript turn it belongs to
    ) -> None:
        self.start = start
        self.end = end
        self.before = before
        self.subject = subject
        self.group = group
        self.turn = turn


def _speaker_name(
    who: Entity | str | list[Entity] | None,
) -> tuple[str | None, str | None, str | None]:
    if who is None:
        return None, None, None
    if isinstance(who, str):
        return who, None, None
    if isinstance(who, list):
        if not who:
            return None, None, None
        if len(who) == 1:
            return _speaker_name(who[0])
        return " and ".join(e.canonical().name for e in who), None, None
    who = who.canonical()
    return who.name, who.title, who.country


# A question put to someone, quoted: « À la question "vous allez… ?", il a répondu ».
_ASKED = regexcache.compile(
    rf"(?<![\w'’-])(?:{word_alternation(union('QUESTION_LEADS'), lower=True)})"
    r"[ \u00a0]*[,:]?[ \u00a0]*$",
    re.IGNORECASE,
)


class _Walk:
    """The state of one document's attribution."""

    def __init__(
        self,
        text: str,
        paragraphs: Sequence[Paragraph],
        index: LineIndex,
        places: Sequence[str],
        words: Words | None = None,
    ) -> None:
        self.text = text
        self.words = words or Words(text)
        self.index = index
        self.rules = _rules()
        self.paragraphs = [p for p in paragraphs if p.kind in ("body", "title", "heading")]
        self.spans = quote_spans(text, self.paragraphs)
        self.span_starts = [s.open_at for s in self.spans]
        not_people = {fold(part.strip()) for place in places for part in place.split(",")}
        found: list[tuple[Paragraph, list[Mention]]] = []
        for paragraph in self.paragraphs:
            if paragraph.kind == "heading":
                continue
            mentions = [
                m
                for m in find_mentions(text, paragraph.start, paragraph.end, self.words)
                if not (m.kind == NAMED and m.name and fold(m.name) in not_people)
            ]
            found.append((paragraph, mentions))
        surnames = surname_set(m for _, mentions in found for m in mentions)
        incises = self._incises()
        self.mentions: list[_Resolved] = []
        for paragraph, mentions in found:
            if surnames:
                extra = find_surnames(
                    text, paragraph.start, paragraph.end, surnames, mentions, self.words
                )
                mentions = sorted([*mentions, *extra], key=lambda m: m.start)
            for mention in mentions:
                quoted = self._inside(mention.start) and not any(
                    lo <= mention.start < hi for lo, hi in incises
                )
                self.mentions.append(_Resolved(mention, None, in_quote=quoted))
        self.mention_starts = [r.mention.start for r in self.mentions]
        self.resolver = Resolver([r.mention for r in self.mentions])
        self.sentences: list[_SentenceInfo] = []
        self._sentence_starts: list[int] = []
        self.paragraph_starts = [p.start for p in self.paragraphs]
        self.turns: list[tuple[int, int, Entity | str]] = []

    def _incises(self) -> list[tuple[int, int]]:
        """Reporting clauses inside quotation marks: « Nous viendrons, a déclaré M. Condé, … »."""
        found = []
        for span in self.spans:
            for m in self.rules.incise.finditer(self.text, span.start, span.end):
                clause = self.text[m.start() : m.end()]
                if self.rules.pronoun_incise.match(clause) or self.rules.speech_any.search(clause):
                    found.append((m.start(), m.end()))
        return found

    def _inside(self, offset: int) -> bool:
        at = bisect_right(self.span_starts, offset) - 1
        if at < 0:
            return False
        span = self.spans[at]
        close = span.close_at if span.close_at is not None else span.end
        return span.open_at < offset < close

    def _mentions_in(self, start: int, end: int, quoted: bool = False) -> list[_Resolved]:
        lo = bisect_right(self.mention_starts, start - 1)
        hi = bisect_right(self.mention_starts, end - 1)
        return [r for r in self.mentions[lo:hi] if quoted or not r.in_quote]

    # -- pass 1: who is spoken of, sentence by sentence ------------------------------------

    def walk(self) -> None:
        turn: tuple[int, Entity | str] | None = None  # (start, speaker)
        turn_end = 0
        for paragraph in self.paragraphs:
            label = turn_label(self.text, paragraph) if paragraph.kind == "body" else None
            speaker = self._turn_speaker(paragraph, label[0], label[1]) if label else None
            if label and speaker is not None:
                if turn:
                    self.turns.append((turn[0], turn_end, turn[1]))
                turn = (label[1], speaker)
                turn_end = paragraph.end
            elif turn and is_separator(paragraph):
                self.turns.append((turn[0], turn_end, turn[1]))
                turn = None
            elif turn:
                turn_end = paragraph.end
            if paragraph.kind == "heading":
                continue
            sentences = paragraph.sentences or (
                Sentence(paragraph.text, paragraph.start, paragraph.end, paragraph.line),
            )
            for sentence in sentences:
                self._sentence(sentence, turn[1] if turn else None)
        if turn:
            self.turns.append((turn[0], turn_end, turn[1]))

    def _turn_speaker(self, paragraph: Paragraph, label: str, words_at: int) -> Entity | str | None:
        mentions = self._mentions_in(paragraph.start, words_at)
        # The name that ends the label first: "President of Guinea and Chairperson of the
        # AU Alpha Conde", "Minister of Industry and Trade Denis Manturov".
        name = trailing_name(label)
        if name and len(name.split()) >= 2:
            end = paragraph.start + self.text[paragraph.start : words_at].rfind(name) + len(name)
            named = Mention(end - len(name), end, NAMED, name)
            mentions = [
                r for r in mentions if not (r.mention.start < end and named.start < r.mention.end)
            ]
            mentions.append(_Resolved(named, None))
        mentions.sort(key=lambda r: r.mention.kind != NAMED)
        for resolved in mentions:
            if resolved.mention.kind in (NAMED, TITLE, BODY):
                entity = self.resolver.resolve(resolved.mention, self._surface(resolved.mention))
                resolved.entity = entity
                return entity
        letters = [c for c in label if c.isalpha()]
        if letters and all(c.isupper() for c in letters) and len(label.split()) <= 3:
            return label  # "QUESTION", "SG", "MODERATOR"
        return None

    def _surface(self, mention: Mention) -> str:
        start = mention.start
        head = self.text[max(0, start - 4) : start]
        article = re.search(r"(?:\b(?:le|la|les|the)[ \u00a0]+|\bl['’])$", head, re.IGNORECASE)
        if article:
            start -= len(article.group())
        return self.text[start : mention.end]

    def _sentence(self, sentence: Sentence, turn: Entity | str | None) -> None:
        info = _SentenceInfo(sentence.start, sentence.end, self.resolver.last_subject, turn=turn)
        self.sentences.append(info)
        self.resolver.contrast = bool(
            self.rules.contrast.match(self.text, sentence.start, sentence.end)
        )
        subject: Entity | None = None
        verbal: Entity | None = None  # the first mention followed by a verb
        group: list[Entity] | None = None  # "les deux dirigeants", "they" as the subject
        fallback: Entity | None = None
        for resolved in self._mentions_in(sentence.start, sentence.end):
            if resolved.entity is not None:  # a turn label, already resolved
                continue
            mention = resolved.mention
            if mention.kind == GROUP:
                resolved.group = self.resolver.group()
                if (
                    subject is None
                    and group is None
                    and not self._is_object(mention.start, sentence.start)
                ):
                    group = resolved.group
                continue
            entity = self.resolver.resolve(mention, self._surface(mention))
            resolved.entity = entity
            if entity is None:
                continue
            if not self._is_object(mention.start, sentence.start):
                if verbal is None and self._before_verb(mention):
                    verbal = entity
                subject = subject or entity
            fallback = fallback or entity
        self.resolver.contrast = False
        info.subject = verbal or subject or fallback
        info.group = group if group and not verbal else None
        if isinstance(turn, Entity):
            self.resolver.subject(turn)
        else:
            self.resolver.subject(info.subject)

    def _before_verb(self, mention: Mention) -> bool:
        return self.rules.subject_verb.match(self.text, mention.end, mention.end + 40) is not None

    def _is_object(self, offset: int, floor: int) -> bool:
        """Whether the mention at offset follows a preposition ("avec X", "to the President")."""
        head = self.text[max(floor, offset - 30) : offset]
        words = re.findall(r"[^\W\d_]+['’]?", head)
        while words and fold(words[-1]).rstrip("'") in (
            "le",
            "la",
            "les",
            "l",
            "the",
            "son",
            "sa",
            "ses",
            "his",
            "her",
            "their",
            "leur",
            "m",
            "mr",
            "mme",
            "ms",
            "h",
            "e",
        ):
            words.pop()
        return bool(words) and fold(words[-1]).rstrip("'") in self.rules.prepositions

    # -- pass 2: each quote's speaker ------------------------------------------------------

    def _sentence_at(self, offset: int) -> _SentenceInfo | None:
        if len(self._sentence_starts) != len(self.sentences):
            self._sentence_starts = [s.start for s in self.sentences]
        at = bisect_right(self._sentence_starts, offset) - 1
        return self.sentences[at] if at >= 0 else None

    def _first_after(self, start: int, end: int, within: int = NEAR) -> _Resolved | None:
        for resolved in self._mentions_in(start, end):
            if resolved.mention.start - start > within + 12:
                return None
            if resolved.entity is not None or resolved.group:
                return resolved
        return None

    def _who(self, resolved: _Resolved | None) -> Entity | list[Entity] | None:
        if resolved is None:
            return None
        if resolved.group:
            return resolved.group
        return resolved.entity

    def _skip_quotes(self, start: int, end: int) -> list[tuple[int, int]]:
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

    def _after_clause(
        self, start: int, end: int, prior: Entity | None
    ) -> Entity | list[Entity] | None:
        rules = self.rules
        if rules.pronoun_incise.match(self.text, start, end):
            return prior
        m = rules.verb_first.match(self.text, start, end)
        if m:
            who = self._who(self._first_after(m.end(), end))
            if who is not None:
                return who
        # English order: '," the readout stated', '," Mr Lavrov said'.
        first = self._first_after(start, end, within=3)
        if first is not None and rules.speech_verb.match(
            self.text, first.mention.end, min(end, first.mention.end + 40)
        ):
            return self._who(first)
        return None

    def _clauses(
        self, start: int, end: int, according: bool = True
    ) -> list[tuple[int, Entity | list[Entity]]]:
        """Reporting clauses (", a ajouté l'Elysée", ", selon X") in text[start:end]."""
        found = []
        for lo, hi in self._skip_quotes(start, end):
            for m in self.rules.clause.finditer(self.text, lo, hi):
                if not according and m.group("according"):
                    continue
                first = self._first_after(m.end(), hi)
                if first is None or self._is_object(first.mention.start, m.start() + 1):
                    continue
                who = self._who(first)
                if who is not None:
                    found.append((m.start(), who))
        return found

    def attribute(self) -> list[Quote]:
        quotes: list[Quote] = []
        last: tuple[int, Entity | str | list[Entity] | None] | None = (
            None  # (paragraph end, speaker)
        )
        for span in self.spans:
            info = self._sentence_at(span.open_at)
            close = span.close_at if span.close_at is not None else span.end
            end_info = self._sentence_at(close) or info
            who: Entity | str | list[Entity] | None = None
            kind = (
                TERM if is_term(self.text[span.start : span.end]) or self._work_by(span) else QUOTED
            )
            if info is not None and end_info is not None and kind == QUOTED:
                if _ASKED.search(self.text, max(0, span.open_at - 40), span.open_at):
                    who = None  # « À la question "…" », "asked: "…"": the asker, unnamed
                else:
                    who = self._quote_speaker(span, info, end_info, last)
            name, title, country = _speaker_name(who)
            quotes.append(
                Quote(
                    text=self.text[span.start : span.end],
                    start=span.start,
                    end=span.end,
                    line=self.index.line_of(span.start),
                    speaker=name,
                    speaker_title=title,
                    speaker_country=country,
                    kind=kind,
                )
            )
            if kind == QUOTED:
                last = (self._paragraph_end(span.end), who)
        for start, end, speaker in self.turns:
            name, title, country = _speaker_name(speaker)
            text_start = start
            quotes.append(
                Quote(
                    text=self.text[text_start:end],
                    start=text_start,
                    end=end,
                    line=self.index.line_of(text_start),
                    speaker=name,
                    speaker_title=title,
                    speaker_country=country,
                    kind=TURN,
                )
            )
        quotes.sort(key=lambda q: (q.start, q.kind != TURN))
        return quotes

    def _work_by(self, span: Span) -> bool:
        """“The Unconquered” by Boris Gorbatov: the title of a work, followed by its author."""
        if span.close_at is None:
            return False
        return _BY_AUTHOR.match(self.text, span.close_at + 1, span.close_at + 40) is not None

    def _paragraph_end(self, offset: int) -> int:
        at = bisect_right(self.paragraph_starts, offset) - 1
        if at >= 0 and offset <= self.paragraphs[at].end:
            return self.paragraphs[at].end
        return offset

    def _quote_speaker(
        self,
        span: Span,
        info: _SentenceInfo,
        end_info: _SentenceInfo,
        last: tuple[int, Entity | str | list[Entity] | None] | None,
    ) -> Entity | str | list[Entity] | None:
        close = (span.close_at + 1) if span.close_at is not None else span.end
        prior = info.before
        # A reporting clause stands near its quote: in a "sentence" of a whole book (text
        # without full stops) only REACH characters on either side are read, else every
        # quote would read the whole sentence before it.
        begin = max(info.start, span.open_at - REACH)
        finish = min(end_info.end, close + REACH)
        # 0. An incise inside the marks: « Nous viendrons, a déclaré M. Condé, dès demain. »
        for m in self.rules.incise.finditer(self.text, span.start, span.end):
            clause_end = m.end() - 1
            who = self._after_clause(m.start(), clause_end, prior)
            if who is not None:
                return who
        # 1. A reporting clause right after the quote.
        who = self._after_clause(
            close, finish, info.subject if self._has_subject_before(begin, span) else prior
        )
        if who is not None:
            return who
        # 2. A reporting clause later in the sentence.
        later = self._clauses(close, finish)
        if later:
            return later[0][1]
        # 3. A reporting clause earlier in the sentence ("selon X" only after the subject).
        earlier = self._clauses(begin, span.open_at, according=False)
        if earlier:
            return earlier[-1][1]
        # 4. A relative clause before it ("son hôte, qui a répondu : « … »"), else the
        # subject of the sentence before the quote.
        for lo, hi in self._skip_quotes(begin, span.open_at):
            for resolved in reversed(self._mentions_in(lo, hi)):
                who = self._who(resolved)
                if who is not None and self.rules.relative.match(
                    self.text, resolved.mention.end, hi
                ):
                    return who
        for lo, hi in self._skip_quotes(begin, span.open_at):
            for resolved in self._mentions_in(lo, hi):
                who = self._who(resolved)
                if (
                    who is not None
                    and self._before_verb(resolved.mention)
                    and not self._is_object(resolved.mention.start, info.start)
                ):
                    return who
        for lo, hi in self._skip_quotes(begin, span.open_at):
            for resolved in self._mentions_in(lo, hi):
                who = self._who(resolved)
                if who is not None and not self._is_object(resolved.mention.start, info.start):
                    return who
        for lo, hi in self._skip_quotes(begin, span.open_at):
            for resolved in self._mentions_in(lo, hi):
                who = self._who(resolved)
                if who is not None:
                    return who
        earlier = self._clauses(begin, span.open_at)
        if earlier:
            return earlier[-1][1]
        if info.turn is not None:
            return info.turn
        # 5. A quote standing alone.
        return self._standalone(span, info, last)

    def _has_subject_before(self, begin: int, span: Span) -> bool:
        return any(r.entity is not None for r in self._mentions_in(begin, span.open_at))

    def _standalone(
        self,
        span: Span,
        info: _SentenceInfo,
        last: tuple[int, Entity | str | list[Entity] | None] | None,
    ) -> Entity | str | list[Entity] | None:
        position = self.sentences.index(
            info, max(0, bisect_right(self._sentence_starts, info.start) - 2)
        )
        if position > 0:
            previous = self.sentences[position - 1]
            tail = self.text[previous.start : info.start].rstrip()
            if tail.endswith(":"):
                clauses = self._clauses(previous.start, previous.end)
                if clauses:
                    return clauses[-1][1]
                if previous.subject is not None:
                    return previous.subject
        if last is not None and last[1] is not None and self._adjacent(last[0], span.open_at):
            return last[1]
        # The next sentence names the speaker: "« … ». Le Premier ministre malien dira …"
        if position + 1 < len(self.sentences):
            following = self.sentences[position + 1]
            first = self._first_after(following.start, following.end, within=30)
            if first is not None and self.rules.speech_verb.match(
                self.text, first.mention.end, min(following.end, first.mention.end + 40)
            ):
                return self._who(first)
        return info.before

    def _adjacent(self, paragraph_end: int, offset: int) -> bool:
        """Whether nothing but blank lines and marks stand between the two offsets."""
        between = self.text[paragraph_end:offset]
        return len(between) < 400 and not re.search(r"[^\W\d_]", between)


def _bilateral_countries(text: str, entities: Sequence[Entity]) -> None:
    """In a meeting of two, when the text gives one side's country, the other side is from
    the other state the text names most (a Togo–Russia readout: Togo's leader, and Russia's)."""
    from .countries import country_counts

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


def annotate(
    text: str,
    paragraphs: Sequence[Paragraph],
    index: LineIndex,
    places: Sequence[str] = (),
    language: str = "und",
    words: Words | None = None,
) -> tuple[tuple[Person, ...], tuple[Quote, ...], tuple[Statement, ...]]:
    """The document's people, its quotes and its reported statements, each with a speaker."""
    from .statements import find_statements

    walk = _Walk(text, paragraphs, index, places, words)
    walk.walk()
    _bilateral_countries(text, walk.resolver.entities)
    quotes = walk.attribute()
    statements = find_statements(walk, language)
    speakers = [q.speaker for q in quotes if q.speaker] + [
        n for s in statements for n in s.speakers
    ]
    return people_of(walk.resolver.entities, index, speakers), tuple(quotes), tuple(statements)
