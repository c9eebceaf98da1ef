"""Who said it: every quote and transcript turn of a document, given to its speaker.

A function of the document's discourse (`discourse.read_discourse`: every mention resolved in
reading order, what each sentence is about, the transcript turns): each quote is attributed by
the first rule that applies:

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
from functools import lru_cache
from typing import NamedTuple

from commtool import regexcache
from commtool.folding import fold
from commtool.lexicons import union
from commtool.model import Quote
from commtool.patterns import word_alternation
from commtool.resolve.discourse import Discourse, SentenceInfo, who_of
from commtool.resolve.entities import PERSON, SpeakerFields, Who, one
from commtool.segment.quotes import Span

QUOTED, TURN, TERM = "quoted", "turn", "term"
REACH = 2000  # characters around a quote where its reporting clause may stand
PRONOUN_SENTENCES = 6  # sentences back where "il" of an incise finds the person it stands for
_BY_AUTHOR = regexcache.compile(
    rf"[ \u00a0]*,?[ \u00a0]*(?:{word_alternation(union('AUTHOR_LEADS'))})[ \u00a0]+[A-ZÀ-Þ][\w'’-]+[ \u00a0]+[A-ZÀ-Þ]"
)
_TERM_WORD = regexcache.compile(r"[^\W\d_]{4,}")


def is_term(text: str) -> bool:
    """A name in quotation marks rather than anyone's words: the Decree “Improving the
    Management of State Migration Policy”, l'« Initiative Ceinture et Route »."""
    words = _TERM_WORD.findall(text)
    if len(words) < 2 or len(text.split()) > 12 or re.search(r"[,;:!?]|\.\s", text):
        return False
    return all(w[0].isupper() for w in words)


class _Rules(NamedTuple):
    verb_first: re.Pattern[str]  # ", a déclaré" / ", said" / "— " right after a quote
    clause: re.Pattern[str]  # ", a fait savoir" / ", selon" anywhere after a comma
    speech_verb: re.Pattern[str]  # a speech verb after a speaker: "he said", "X a ajouté"
    relative: re.Pattern[str]  # ", qui a déclaré", ", who said"


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    participles = word_alternation(union("SPEECH_PARTICIPLES"), lower=True)
    present = word_alternation(union("SPEECH_PRESENT"), lower=True)
    auxiliaries = word_alternation(union("SPEECH_AUXILIARIES"), lower=True)
    according = word_alternation(union("ACCORDING_TO"), lower=True)
    adverbs = r"(?:[^\W\d_]+[ \u00a0]+){0,2}?"
    verb = rf"(?:(?:{auxiliaries})[ \u00a0]+{adverbs})?(?:{participles}|{present})(?![\w-])"
    return _Rules(
        verb_first=regexcache.compile(
            rf"[\s,]*(?:[—–-][ \u00a0]*(?=[^\W\d_])|(?i:{verb}|{according}))", re.IGNORECASE
        ),
        clause=regexcache.compile(
            rf",[ \u00a0]*(?i:{verb}|(?P<according>{according}))[ \u00a0]*", re.IGNORECASE
        ),
        speech_verb=regexcache.compile(
            rf"[ \u00a0]+{adverbs}(?i:{verb}|{participles})", re.IGNORECASE
        ),
        relative=regexcache.compile(
            rf"[ \u00a0]*,?[ \u00a0]*(?i:{word_alternation(union('RELATIVE_PRONOUNS'), lower=True)})[ \u00a0]+(?i:{verb})"
        ),
    )


# A question put to someone, quoted: « À la question "vous allez… ?", il a répondu ».
_ASKED = regexcache.compile(
    rf"(?<![\w'’-])(?:{word_alternation(union('QUESTION_LEADS'), lower=True)})"
    r"[ \u00a0]*[,:]?[ \u00a0]*$",
    re.IGNORECASE,
)


class _Attribution:
    """The second reading of a document: each quote's speaker, from its discourse."""

    def __init__(self, discourse: Discourse) -> None:
        self.d = discourse
        self.text = discourse.text
        self.rules = _rules()

    def _after_clause(self, start: int, end: int, prior: Who) -> Who:
        d = self.d
        incise = d.rules.pronoun_incise.match(self.text, start, end)
        if incise:
            if prior and all(e.body for e in prior):
                # ", a-t-il déclaré" after a sentence a body stated: "il" is a person, the
                # last person a sentence was about
                current = d.sentence_at(start)
                at = d.sentence_position(current) if current is not None else -1
                for info in reversed(d.sentences[max(0, at - PRONOUN_SENTENCES) : at + 1]):
                    if info.subject is not None and info.subject.kind == PERSON:
                        return [info.subject]
            return prior
        m = self.rules.verb_first.match(self.text, start, end)
        if m:
            who = who_of(d.first_after(m.end(), end))
            if who:
                return who
        # English order: '," the readout stated', '," Mr Lavrov said'.
        first = d.first_after(start, end, within=3)
        if first is not None and self.rules.speech_verb.match(
            self.text, first.mention.end, min(end, first.mention.end + 40)
        ):
            return first.who()
        return []

    def _clauses(self, start: int, end: int, according: bool = True) -> list[tuple[int, Who]]:
        """Reporting clauses (", a ajouté l'Elysée", ", selon X") in text[start:end]."""
        d = self.d
        found = []
        for lo, hi in d.skip_quotes(start, end):
            for m in self.rules.clause.finditer(self.text, lo, hi):
                if not according and m.group("according"):
                    continue
                first = d.first_after(m.end(), hi)
                if first is None or d.is_object(first.mention.start, m.start() + 1):
                    continue
                who = first.who()
                if who:
                    found.append((m.start(), who))
        return found

    def attribute(self) -> list[Quote]:
        d = self.d
        quotes: list[Quote] = []
        last: tuple[int, Who] | None = None  # (paragraph end, speaker)
        found: list[tuple[Span, Who, str]] = []
        for span in d.spans:
            info = d.sentence_at(span.open_at)
            close = span.close_at if span.close_at is not None else span.end
            end_info = d.sentence_at(close) or info
            who: Who = []
            kind = (
                TERM if is_term(self.text[span.start : span.end]) or self._work_by(span) else QUOTED
            )
            if info is not None and end_info is not None and kind == QUOTED:
                if _ASKED.search(self.text, max(0, span.open_at - 40), span.open_at):
                    who = []  # « À la question "…" », "asked: "…"": the asker, unnamed
                else:
                    who = self._quote_speaker(span, info, end_info, last)
            found.append((span, who, kind))
            if kind == QUOTED:
                last = (d.paragraph_end(span.end), who)
        for span, who, kind in _headlines_quoted_again(d, found):
            quotes.append(_quote(d, span.start, span.end, who, kind))
        for turn in d.turns:
            quotes.append(_quote(d, turn.start, turn.end, [turn.speaker], TURN))
        quotes.sort(key=lambda q: (q.start, q.kind != TURN))
        return quotes

    def _work_by(self, span: Span) -> bool:
        """“The Unconquered” by Boris Gorbatov: the title of a work, followed by its author."""
        if span.close_at is None:
            return False
        return _BY_AUTHOR.match(self.text, span.close_at + 1, span.close_at + 40) is not None

    def _quote_speaker(
        self,
        span: Span,
        info: SentenceInfo,
        end_info: SentenceInfo,
        last: tuple[int, Who] | None,
    ) -> Who:
        d = self.d
        close = (span.close_at + 1) if span.close_at is not None else span.end
        prior = one(info.before)
        # A reporting clause stands near its quote: in a "sentence" of a whole book (text
        # without full stops) only REACH characters on either side are read, else every
        # quote would read the whole sentence before it.
        begin = max(info.start, span.open_at - REACH)
        finish = min(end_info.end, close + REACH)
        # 0. An incise inside the marks: « Nous viendrons, a déclaré M. Condé, dès demain. »
        for m in d.rules.incise.finditer(self.text, span.start, span.end):
            clause_end = m.end() - 1
            who = self._after_clause(m.start(), clause_end, prior)
            if who:
                return who
        # 1. A reporting clause right after the quote.
        who = self._after_clause(
            close, finish, one(info.subject) if self._has_subject_before(begin, span) else prior
        )
        if who:
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
        before = d.skip_quotes(begin, span.open_at)
        for lo, hi in before:
            for resolved in reversed(d.mentions_in(lo, hi)):
                who = resolved.who()
                if who and self.rules.relative.match(self.text, resolved.mention.end, hi):
                    return who
        for lo, hi in before:
            for resolved in d.mentions_in(lo, hi):
                who = resolved.who()
                if (
                    who
                    and d.before_verb(resolved.mention)
                    and not d.is_object(resolved.mention.start, info.start)
                ):
                    return who
        for lo, hi in before:
            for resolved in d.mentions_in(lo, hi):
                who = resolved.who()
                if who and not d.is_object(resolved.mention.start, info.start):
                    return who
        for lo, hi in before:
            for resolved in d.mentions_in(lo, hi):
                who = resolved.who()
                if who:
                    return who
        earlier = self._clauses(begin, span.open_at)
        if earlier:
            return earlier[-1][1]
        if info.turn is not None:
            return [info.turn]
        # 5. A quote standing alone.
        return self._standalone(span, info, last)

    def _has_subject_before(self, begin: int, span: Span) -> bool:
        return any(r.entity is not None for r in self.d.mentions_in(begin, span.open_at))

    def _standalone(self, span: Span, info: SentenceInfo, last: tuple[int, Who] | None) -> Who:
        d = self.d
        position = d.sentence_position(info)
        if position > 0:
            previous = d.sentences[position - 1]
            tail = self.text[previous.start : info.start].rstrip()
            if tail.endswith(":"):
                clauses = self._clauses(previous.start, previous.end)
                if clauses:
                    return clauses[-1][1]
                if previous.subject is not None:
                    return [previous.subject]
        if position > 0:
            # "…, indique le communiqué de l'ambassade. « … »": the source that reported the
            # sentence before goes on, not that sentence's subject nor a quote's speaker in it
            previous = d.sentences[position - 1]
            clauses = self._clauses(previous.start, previous.end)
            if clauses:
                return clauses[-1][1]
        if last is not None and last[1] and self._adjacent(last[0], span.open_at):
            return last[1]
        # The next sentence names the speaker: "« … ». Le Premier ministre malien dira …"
        if position + 1 < len(d.sentences):
            following = d.sentences[position + 1]
            first = d.first_after(following.start, following.end, within=30)
            if first is not None and self.rules.speech_verb.match(
                self.text, first.mention.end, min(following.end, first.mention.end + 40)
            ):
                return first.who()
        return one(info.before)

    def _adjacent(self, paragraph_end: int, offset: int) -> bool:
        """Whether nothing but blank lines and marks stand between the two offsets."""
        between = self.text[paragraph_end:offset]
        return len(between) < 400 and not re.search(r"[^\W\d_]", between)


def _headlines_quoted_again(
    d: Discourse, found: list[tuple[Span, Who, str]]
) -> list[tuple[Span, Who, str]]:
    """A quote in a headline or a heading is the speaker's whose later quote holds its words
    ('A constructive conversation' above "Spicer said: “… a constructive conversation …”"):
    a headline quotes the text below it."""
    result = list(found)
    folded: list[str] = []  # each quote's words, folded: made at the first headline quote
    for i, (span, _who, kind) in enumerate(found):
        if kind != QUOTED or not d.headline_at(span.start, span.end):
            continue
        folded = folded or [" ".join(fold(d.text[s.start : s.end]).split()) for s, _, _ in found]
        words = folded[i].strip(" .,;:!?…")
        if len(words.split()) < 2:
            continue
        for j in range(i + 1, len(found)):
            _later, who, later_kind = found[j]
            if later_kind == QUOTED and who and words in folded[j]:
                result[i] = (span, who, kind)
                break
    return result


def _quote(discourse: Discourse, start: int, end: int, who: Who, kind: str) -> Quote:
    speaker = SpeakerFields(who)
    return Quote(
        text=discourse.text[start:end],
        start=start,
        end=end,
        line=discourse.index.line_of(start),
        speaker=speaker.name,
        speaker_title=speaker.title,
        speaker_country=speaker.country,
        kind=kind,
        speakers=speaker.names,
        speaker_kind=speaker.kind,
    )


def attribute_quotes(discourse: Discourse) -> list[Quote]:
    """Every quote and transcript turn of the document, each with its speaker."""
    return _Attribution(discourse).attribute()
