"""Reported speech: who stated what, with the cue that reports it and its type.

"Le Président Poutine s'est réjoui de…", "Il a insisté sur…", "saluant l'excellence…",
"The two leaders underscored…", "It was agreed to…". The cues come from each language's
lexicon (finite verbs with their auxiliaries and adverbs, reflexives, participles in -ant,
impersonal forms). The speaker is the mention right before the cue; else, for a participle
opening the sentence, the main clause's subject; else the person addressed ("vous avez
rappelé"); else the speaker of the cue before it in the sentence; else a state named as the
subject ("le Togo a salué"); else the sentence's subject. In a transcript only what others
said is reported ("you said", "Mr Medvedev said", "as we agreed"). What was stated runs to the
next cue, except for the cues inside a "that"/"que" clause, which are part of it.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import NamedTuple

from commtool import regexcache
from commtool.annotate.mentions import (
    BODY,
    DOCUMENT,
    NAMED,
    TITLE,
    Mention,
    after_elision,
    article_before,
    countries_in,
    country_subject,
    document_nouns,
    is_document,
)
from commtool.annotate.mentions import (
    SOURCE as SOURCE_MENTION,
)
from commtool.folding import fold
from commtool.lexicons import languages, union
from commtool.model import Statement
from commtool.patterns import WordAnchored, Words, first_words, word_alternation
from commtool.resolve import entities
from commtool.resolve.discourse import Discourse, Resolved, SentenceInfo, who_of
from commtool.resolve.entities import PERSON, SOURCE, Entity, SpeakerFields, Who, one, unique
from commtool.typography import DOUBLE_MARKS, OPENING_MARKS


def _lexicon(*names: str) -> str:
    """A regex of every entry of the lexicons' `names` lists, case left to the flags."""
    return word_alternation([entry for name in names for entry in union(name)], lower=True)


def _not_after(word: str) -> str:
    """A look-behind ruling out `word` (whole) right before: "je " in "je vous", "j'"."""
    if word.endswith("'"):
        return rf"(?<!\b{re.escape(word[:-1])}['’])"
    return rf"(?<!\b{re.escape(word)}[ \u00a0])"


# "You said", "vous avez dit"; not the object in "je vous remercie", "nous vous souhaitons".
_SECOND_PERSON = regexcache.compile(
    r"(?<!\w)"
    + "".join(map(_not_after, union("SUBJECT_PRONOUNS")))
    + rf"(?:{_lexicon('SECOND_PERSON')})[ \u00a0]+(?:\w+[ \u00a0]+)?$",
    re.IGNORECASE,
)
_PASSIVE = regexcache.compile(
    rf"(?<!\w)(?:{_lexicon('PASSIVE_AUXILIARIES')})[ \u00a0]+$", re.IGNORECASE
)
_COLON_QUOTE = regexcache.compile(rf"[ \u00a0]*:[ \u00a0]*(?=[{OPENING_MARKS}])")
_WORDS = regexcache.compile(r"\w+")
_COLON_END = regexcache.compile(r":[ \u00a0]*(?:\r\n|\r|\n|$)")
# Between a speaker and a cue: two words at most, and the mark of a quote the cue opens.
_GAP = regexcache.compile(rf"[\s,]*(?:[^\W\d_]+['’]?[\s,]+){{0,2}}[{OPENING_MARKS}]?[ \u00a0]*")
_AND_WORDS = frozenset(w.lower() for w in union("AND_WORDS"))
# What may stand before a sentence's first word: spaces, opening marks, dashes.
_SENTENCE_OPENING = " \u00a0\t\r\n\"«“‘'(—–-"
_AND_LINK = regexcache.compile(rf"[ \u00a0]*(?:(?:{_lexicon('AND_WORDS')})|,)[ \u00a0]*")
# "», a dit", "», — сказал": a quote's attribution follows
# a closing mark (or two single ones written for a double: "’’") before a cue
_INVERTED = regexcache.compile(r"(?:[»”\"]|[’']{2})\s*,?\s*(?:[—–-]+\s*)?$")
INVERTED_REACH = 40  # characters between a closing mark and the cue that follows it
_WORD_CHAR = regexcache.compile(r"\w")
_TRAILING = regexcache.compile(rf"(?:[\s,;:.]|\b(?:{_lexicon('TRAILING_LINKS')})\b)+$")


class Cue:
    """One cue in the text: a match of the cue pattern in which the word matched as any word
    is told apart, as a form that stands alone (group "form") or a participle without its
    auxiliary (group "bare")."""

    __slots__ = ("_groups", "_match")

    def __init__(self, match: re.Match[str], groups: dict[str, str | None]) -> None:
        self._match = match
        self._groups = groups

    def start(self, group: int | str = 0) -> int:
        return self._match.start(group)

    def end(self, group: int | str = 0) -> int:
        return self._match.end(group)

    def group(self, name: int | str = 0) -> str | None:
        if isinstance(name, str):
            return self._groups.get(name)
        return self._match.group(name)

    def groupdict(self) -> dict[str, str | None]:
        return self._groups

    def text(self) -> str:
        """The words of the cue."""
        return self._match.group()


class _Cues(NamedTuple):
    pattern: WordAnchored
    types: dict[str, str]
    hints: dict[str, str]
    noun_forms: frozenset[str]  # cues only right after their subject ("member states")
    participles: frozenset[str]  # after an auxiliary, or alone where the language allows
    reflexives: frozenset[str]
    forms: frozenset[str]  # forms that stand alone: "souligne", "noting"
    bare: bool  # whether a participle stands alone ("Putin said")
    infinitives: frozenset[str]  # after a lead: "avant de déplorer"
    objects: dict[str, frozenset[str]]  # cues only before such an object: "sent": condolences

    def finditer(self, text: str, start: int, end: int, words: Words | None) -> Iterator[Cue]:
        """The cues of text[start:end]."""
        for match in self.pattern.finditer(text, start, end, words):
            yield self._cue(match)

    def at(self, text: str, offset: int) -> Cue | None:
        """The cue that starts at `offset`, if one does."""
        match = self.pattern.match(text, offset)
        return None if match is None else self._cue(match)

    def _cue(self, match: re.Match[str]) -> Cue:
        groups = match.groupdict()
        word, form = groups.pop("word", None), groups.get("form")
        if form is not None and _key(form) not in self.forms:  # "pointed out": a participle
            word, form = form, None
        groups["form"], groups["bare"] = form, None
        if word is not None:
            groups["form" if _key(word) in self.forms else "bare"] = word
        return Cue(match, groups)

    def accept(self, match: re.Match[str]) -> bool:
        """Whether the words matched as any word are cues of the lexicon."""
        group = match.lastgroup  # the group closed last: the participle, the word…
        if group in ("part", "coord", "word") and _key(match.group(group)) in self.objects:
            # "sent his condolences", "had sent greetings"; not "sent troops", "had extended
            # the mandate"
            after = _WORDS.findall(match.string, match.end(), match.end() + 40)[:4]
            return any(w.lower() in self.objects[_key(match.group(group))] for w in after)
        if group == "part" or group == "coord":
            return _key(match.group(group)) in self.participles
        if group == "refl":
            return _key(match.group(group)) in self.reflexives
        if group == "inf":
            return _key(match.group(group)) in self.infinitives
        if group == "word":
            key = _key(match.group(group))
            return key in self.forms or (self.bare and key in self.participles)
        return True


def _key(words: str) -> str:
    """How a cue is looked up: lower case, one apostrophe, single spaces."""
    return " ".join(words.lower().replace("’", "'").split())


# One word, matched as any word and looked up in Python: a regex of every form of every
# cue would take longer to compile than a one-file run takes to read its file.
_ANY_WORD = r"[^\W\d_][\w-]*"
_SIMPLE = re.compile(_ANY_WORD)


def _alternation(entries: Iterable[str]) -> str:
    """A regex of the entries that are no simple word (several words, an apostrophe), then
    any word: the simple ones are looked up once matched."""
    compound = [e for e in entries if not _SIMPLE.fullmatch(e)]
    if not compound:
        return _ANY_WORD
    return rf"(?:{word_alternation(compound, lower=True)}|{_ANY_WORD})"


def _phrases(table: dict[str, str]) -> dict[str, str]:
    """Lexicon strings list single words; known multi-word cues are kept whole."""
    result: dict[str, str] = {}
    for kind, words in table.items():
        tokens = words.split()
        i = 0
        while i < len(tokens):
            # Multi-word cues are written with their object word(s) attached in the lexicon
            # ("exprimé sa gratitude", "pointed out", "called for"): try the longest first.
            for size in (5, 4, 3, 2, 1):
                phrase = " ".join(tokens[i : i + size])
                if size == 1 or phrase in _MULTI:
                    result[phrase] = kind
                    i += size
                    break
    return result


_MULTI = frozenset(union("MULTIWORD_CUES"))


_INCISE = rf"[ \u00a0]*,[^,.;:!?{DOUBLE_MARKS}\n]{{1,60}},"


@lru_cache(maxsize=8)
def _cues(language: str) -> _Cues:
    every = languages()
    modules = [every[language]] if language in every else list(every.values())
    participles: dict[str, str] = {}
    reflexives: dict[str, str] = {}
    forms: dict[str, str] = {}
    infinitives: dict[str, str] = {}
    infinitive_leads: list[str] = []
    auxiliaries: list[str] = []
    reflexive_aux: list[str] = []
    adverbs: list[str] = []
    impersonal: list[str] = []
    according: list[str] = []
    elisions: list[str] = []
    conjunctions: list[str] = []
    noun_forms: set[str] = set()
    bare_participles = False
    hints: dict[str, str] = {}
    for module in modules:
        for kind, words in module.STATEMENT_TYPE_WORDS.items():
            hints.update(dict.fromkeys(words.split(), kind))
        participles.update(_phrases(module.STATEMENT_PARTICIPLES))
        reflexives.update(_phrases(module.STATEMENT_REFLEXIVES))
        forms.update(_phrases(module.STATEMENT_FORMS))
        infinitives.update(_phrases(module.STATEMENT_INFINITIVES))
        infinitive_leads += module.INFINITIVE_LEADS
        auxiliaries += module.STATEMENT_AUXILIARIES
        reflexive_aux += module.REFLEXIVE_AUXILIARIES
        adverbs += module.STATEMENT_ADVERBS
        impersonal += module.IMPERSONAL
        according += (*module.ACCORDING_TO, *module.NAMED_SOURCES)
        elisions += module.ELISIONS_BEFORE_CUES
        conjunctions += module.STATEMENT_CONJUNCTIONS
        noun_forms.update(module.NOUN_FORMS)
        bare_participles = bare_participles or module.PARTICIPLES_STAND_ALONE
    adv = rf"(?:[ \u00a0]+(?:{word_alternation(adverbs, lower=True)})(?![\w-])){{0,3}}"
    part = _alternation(participles)
    alternatives = [rf"(?P<impersonal>{word_alternation(impersonal, lower=True)})"]
    if infinitive_leads:
        # Before the auxiliaries: "a tenu à souligner", "s'est contenté de dire" (once a
        # match is refused by its check, no other alternative is tried at that word).
        alternatives.append(
            rf"(?:{word_alternation(infinitive_leads, lower=True)})[ \u00a0]*"
            rf"(?P<inf>{_alternation(infinitives)})"
        )
    # "a, selon le Kremlin, assuré", "ont, aussi, réaffirmé": an incise between commas.
    alternatives.append(
        rf"(?:{word_alternation(auxiliaries, lower=True)})(?P<incise>{_INCISE})?{adv}"
        rf"[ \u00a0]+(?P<part>{part})"
    )
    if reflexive_aux:
        alternatives.append(
            rf"(?:{word_alternation(reflexive_aux, lower=True)}){adv}[ \u00a0]+"
            rf"(?P<refl>{_alternation(reflexives)})"
        )
    if not bare_participles:  # participles standing alone only after a conjunction
        alternatives.append(
            rf"(?:{word_alternation(conjunctions, lower=True)}){adv}[ \u00a0]+(?P<coord>{part})"
        )
    compound_forms = [f for f in forms if not _SIMPLE.fullmatch(f)]
    if bare_participles:
        compound_forms += [p for p in participles if not _SIMPLE.fullmatch(p)]
    if compound_forms:
        alternatives.append(rf"(?P<form>{word_alternation(compound_forms, lower=True)})")
    alternatives.append(rf"(?P<according>{word_alternation(according, lower=True)})")
    alternatives.append(rf"(?P<word>{_ANY_WORD})")  # a form, or a participle standing alone
    # A cue opens a word, or follows an elided word: "ce qu'a indiqué le ministre".
    opening = "|".join([r"(?<![\w’'-])", *map(after_elision, elisions)])
    compiled = regexcache.compile(
        rf"(?:{opening})(?:{'|'.join(alternatives)})(?![\w’'-])", re.IGNORECASE
    )
    openers = [*impersonal, *auxiliaries, *reflexive_aux, *forms, *according, *infinitive_leads]
    openers += participles if bare_participles else conjunctions
    types = {_key(k): v for k, v in {**participles, **reflexives, **forms, **infinitives}.items()}
    cues = _Cues(
        WordAnchored(compiled, first_words(openers)),
        types,
        hints,
        frozenset(noun_forms),
        frozenset(map(_key, participles)),
        frozenset(map(_key, reflexives)),
        frozenset(map(_key, forms)),
        bare_participles,
        frozenset(map(_key, infinitives)),
        {
            _key(form): frozenset(objects.split())
            for module in modules
            for form, objects in module.OBJECT_CUES.items()
        },
    )
    cues.pattern.accept = cues.accept
    return cues


def _kind(cues: _Cues, match: Cue, body: str) -> str:
    """The statement's type: from the words that open what was stated ("sa gratitude",
    "concern"), else from the cue."""
    groups = match.groupdict()
    for word in re.findall(r"[^\W\d_]+", body.lower())[:4]:
        if word in cues.hints:
            return cues.hints[word]
    if groups.get("impersonal"):
        phrase = match.text().lower()
        return "agreement" if "conven" in phrase or "agreed" in phrase else "assessment"
    core = next(
        (
            groups[g] or ""
            for g in ("part", "refl", "form", "bare", "coord", "inf")
            if groups.get(g)
        ),
        "",
    )
    return cues.types.get(_key(core), "assessment")


def find_statements(d: Discourse, language: str) -> list[Statement]:
    """Every reported statement of the document whose discourse is `d`."""
    cues = _cues(language)
    text = d.text
    found: list[Statement] = []
    sources: list[Who] = []  # the sources named by "selon", "according to", in order
    claims: list[Statement] = []  # headlines that are a name, a colon and a claim
    for at, info in enumerate(d.sentences):
        previous: Who | None = None
        if d.in_title(info.start):
            headline = _headline_claim(d, info)
            if headline is not None:  # "Захарова: страны Африки устояли перед давлением"
                claims.append(headline)
                continue
        matches = [
            m
            for m in cues.finditer(text, info.start, info.end, d.words)
            if not d.inside(m.start()) or _reported_quote(d, cues, m.start())
        ]
        # "a salué X et espéré Y": a participle after a conjunction only continues one with
        # an auxiliary ("signé et approuvé par les parties" reports nothing).
        kept: list[Cue] = []
        for m in matches:
            if m.groupdict().get("coord") and not (
                kept and (kept[-1].groupdict().get("part") or kept[-1].groupdict().get("coord"))
            ):
                continue
            if m.text().lower() in cues.noun_forms and (
                _ARTICLE_END.search(text, max(info.start, m.start() - 8), m.start())
                or not _direct_subject(d, info, m)
            ):
                continue  # "the CSTO member states", "thanks to", "denied the reports"
            if (
                m.groupdict().get("according")
                and _key(m.text()) in _NAMED_SOURCES
                and text[info.start : m.start()].strip(_SENTENCE_OPENING)
            ):
                continue  # "sa gratitude pour l'accueil": "pour" opens no source inside
            if m.groupdict().get("according") and _inside(d, info, m):
                # "…, qui, selon lui, a été …": the speaker's aside, which cuts nothing
                aside = _aside(d, info, m)
                if aside is not None:
                    found.append(aside)
                continue
            if m.groupdict().get("form") and not _participle_clause(d, info, m, kept):
                continue  # "promising projects", "supporting the accession": no clause
            if at and _ANAPHORIC.fullmatch(text, info.start, m.start()):
                kept.append(m)  # "This was announced by the Kremlin": a passive that reports
                continue
            if m.groupdict().get("bare") and _PASSIVE_AGENT.match(d.text, m.end()):
                continue  # "the proposals offered by civil society": a passive
            if _PASSIVE.search(text, max(info.start, m.start() - 12), m.start()):
                continue  # "to be agreed through diplomatic channels", "remains committed"
            kept.append(m)
        matches = kept
        inside_until = -1  # the end of a "that …" clause holding the cues before it
        clause_who: Who = []  # who said that clause: a cue inside it is someone else's
        for i, m in enumerate(matches):
            embedded = m.start() < inside_until  # "said that Russia supports …"
            cue = m.text()
            if m.groupdict().get("coord"):
                cue = cue.split(None, 1)[1]  # the conjunction is not part of the cue
            if cue[0].isupper() and text[info.start : m.start()].strip(" \"«“‘'(—–-"):
                continue  # "United States", not "states"
            if info.turn is not None and not (
                _SECOND_PERSON.search(text, max(info.start, m.start() - 12), m.start())
                or _AS_WE.search(text, max(info.start, m.start() - 16), m.start())
                or _someone_else(d, info, m)
            ):
                continue  # a speaker's own words: only "you said", "as we agreed", "X said"
            if _ASIDE_END.match(text, m.end()) and _as_incise(text, info.start, m.start()):
                continue  # "…, as you said, of our Treaty": an aside, not what was said
            if at and _ANAPHORIC.fullmatch(text, info.start, m.start()):
                # "Об этом сообщил Юрий Ушаков", "C'est ce qu'a indiqué X": what the sentence
                # before said is the speaker's, named after the cue.
                told = _anaphoric(d, d.sentences[at - 1], m, info.end)
                if told is not None:
                    found.append(told)
                continue
            stop = matches[i + 1].start() if i + 1 < len(matches) else info.end
            if d.inside(m.start()):  # reported speech quoted: it ends with the quote
                span = d.span_at(m.start())
                stop = min(stop, span.end)
            after = _first_mention(d, m.end(), stop)
            # "…, a indiqué vendredi matin le président.": a time may stand before the speaker.
            late = after or _first_mention(d, m.end(), stop, reach=_INVERTED_REACH)
            inverted = _inverted(d, info, m, late, stop)
            if inverted is None and not m.group("according"):
                # "…, indique le communiqué de l'ambassade", "…, a ajouté la même source"
                inverted = _inverted_source(d, info, m, stop, sources)
            if inverted is not None:
                if m.group("according") and late is not None:
                    sources.append(who_of(late))  # "…, selon la présidence."
                found.append(inverted)
                previous = None
                continue
            if m.group("according"):
                # "Selon la présidence, le siège …": what follows the source's name; "…,
                # selon la même source.": what came before it, when it closes the sentence.
                named = _according_source(d, info, m, after, stop, sources)
                previous = None
                if named is None:
                    continue
                who, end = named
                complement = _SOURCE_COMPLEMENT.match(text, end, stop)
                if complement is not None:
                    end = complement.end()  # "Selon le porte-parole du gouvernement, …"
                sources.append(who)
                start = _skip(text, end, stop, " \u00a0,")
                if start > end and "," in text[end:start]:
                    # What the source states runs to the clause's end, over the cues in it,
                    # which are statements of their own too, one per cue ("По словам
                    # Пескова, стороны договорились …").
                    stop = _clause_end(text, start, info.end)
                    body = _TRAILING.sub("", text[start:stop])
                elif not text[end:stop].strip(" \u00a0.!?…\n"):
                    start = _skip(
                        text, matches[i - 1].end() if i else info.start, m.start(), _LEADS
                    )
                    head = text[start : m.start()].rstrip()
                    if not head.endswith(",") or _direct_quote(d, start, m.start()):
                        continue
                    body = _TRAILING.sub("", head).strip()
                else:
                    continue
                if len(body.split()) >= 3:
                    found.append(_statement(d, who, cue, "assessment", body, start))
                continue
            if (
                (
                    _INVERTED.search(text, max(info.start, m.start() - INVERTED_REACH), m.start())
                    and (late is not None or _PRONOUN_INCISE.search(cue))
                )
                or _subject_after_quote(d, info, m)
            ) and not _continues(d, info, m):
                previous = None
                continue  # "», a déclaré X", '," the Kremlin said': a quote's attribution
            before = _content_before(d, info, m, stop)
            if before is not None:
                found.append(before)
                previous = None
                continue
            start = _skip(text, m.end(), stop, _LEADS)
            if _key(cue).split()[-1] in _QUESTION_VERBS and (
                _QUESTION.match(text, start, stop) or _TOPIC.match(text, start, stop)
            ):
                continue  # "asked whether", "asked about the visit": a question, no statement
            if _topic_only(text, m, stop):
                continue  # "reported on the situation": its topic, nothing stated
            if (
                _key(cue).split()[-1] in _CLAUSE_CUES
                and not _COMPLEMENTIZER.match(text, start)
                and not _AS_CLAUSE.search(text, start, stop)
            ):
                continue  # "observed the exercises": watched; "observed that …" states
            channel = _CHANNEL.match(text, start, stop)
            if channel is not None:
                # "said in a statement that …": what was stated follows its channel.
                start = _skip(text, channel.end(), stop, _LEADS)
            if (
                _COMPLEMENTIZER.match(text, start)
                or (i + 1 < len(matches) and _clause_opens(d, start, matches[i + 1]))
            ) and not d.inside(m.start()):
                # "said that Russia supports the talks": the clause runs on over the cues whose
                # subject stands inside it ("…, and called on …" is the speaker's again).
                for j in range(i + 1, len(matches)):
                    if not _subject_between(d, start, matches[j]):
                        break
                    stop = matches[j + 1].start() if j + 1 < len(matches) else info.end
            cut = _clause_end(text, start, stop)
            if (
                cut < stop
                and (
                    len(_WORDS.findall(text, start, cut)) <= 3
                    # "a répondu, en marge de la commémoration : « … »": a circumstance, then
                    # the words themselves
                    or (
                        _COLON_QUOTE.match(text, cut)
                        and _CIRCUMSTANCE.match(" " + text[start:cut]) is not None
                    )
                )
            ):
                continue  # "The message said, in part: « … »": a direct quote follows
            if len(_WORDS.findall(text, start, cut)) <= 3 and _COLON_END.search(text, start, cut):
                continue  # "The statement said, in part:" ending its line: the words follow
            stop = cut
            if i + 1 < len(matches) and stop == matches[i + 1].start():
                stop = _before_next_subject(d, start, stop)
            main = _main_clause(d, info, m)
            if main is not None and main[0] > start:
                stop = min(stop, main[0])  # "Saluant X, le président …": X
            inside_until = stop  # the cues before it are part of this statement
            body = _TRAILING.sub("", text[start:stop])
            if len(_WORDS.findall(body)) < 2 or _direct_quote(d, start, start + len(body)):
                continue
            if len(_WORDS.findall(body)) <= 3 and _CIRCUMSTANCE.match(" " + body):
                continue  # "what you said at this meeting": a circumstance, nothing stated
            who = _speaker(d, info, m, previous)
            if _one_person_for_many(who, cue):
                continue  # "Les nouveaux ambassadeurs … ont souligné": not the one found
            if embedded and _same(who, clause_who):
                continue  # "said that he would…": the speaker's own clause, said once
            if not embedded:
                clause_who = who
            previous = who
            found.append(_statement(d, who, cue, _kind(cues, m, body), body, start))
            incise = _source_in_incise(d, info, m)
            if incise is not None:  # "Poutine a, selon le Kremlin, assuré …": the Kremlin's too
                found.append(incise)
    # A headline's claim is the speaker's words as the headline gives them: kept even when
    # the text reports them again.
    return [*claims, *_headline_once(d, found)]


def _same(a: Who, b: Who) -> bool:
    return {e.canonical().name for e in a} == {e.canonical().name for e in b}


def _headline_once(d: Discourse, found: list[Statement]) -> list[Statement]:
    """The statements of the headline ("Лавров проинформировал…", "Pandor meets diplomats,
    appeals for closer ties"), but not one the text reports again: a headline sums up."""
    body = [set(_WORDS.findall(s.text.lower())) for s in found if not d.in_title(s.start)]
    kept = []
    for statement in found:
        if d.in_title(statement.start):
            words = set(_WORDS.findall(statement.text.lower()))
            if any(len(words & other) * 2 >= len(words) for other in body):
                continue
        kept.append(statement)
    return kept


_AS_INCISE = regexcache.compile(
    rf",[ \u00a0]*(?:{_lexicon('AS_WORDS')})[ \u00a0]+(?:\w+[ \u00a0]+){{1,2}}$",
    re.IGNORECASE,
)
AS_INCISE_REACH = 60  # characters before a cue where ", as you said" is looked for


def _as_incise(text: str, start: int, cue: int) -> bool:
    """Whether ", as you said" (with a word before its comma) stands right before the cue."""
    m = _AS_INCISE.search(text, max(start, cue - AS_INCISE_REACH), cue)
    return m is not None and _WORD_CHAR.search(text, start, m.start()) is not None


# After "as you said": a comma and a preposition close an aside; a clause is what was said
# ("Indeed, as you said, trade has fallen").
_ASIDE_END = regexcache.compile(
    rf",[ \u00a0]*(?:{_lexicon('PREPOSITIONS')})(?![\w'’-])",
    re.IGNORECASE,
)


def _other_side(d: Discourse, info: SentenceInfo) -> Entity | None:
    """The person a transcript turn answers: the speaker of the turn before it who is not its
    own speaker, else of the turn after it."""
    own = info.turn.canonical() if info.turn is not None else None
    before = [t for t in d.turns if t[0] < info.start]
    after = [t for t in d.turns if t[0] > info.start]
    for _, _, speaker in [*reversed(before), *after]:
        if speaker.kind != SOURCE and speaker.canonical() is not own:
            return speaker.canonical()
    return None


_PLURAL_CUE_WORDS = frozenset(w.lower() for w in union("PLURAL_CUE_WORDS"))


def _one_person_for_many(who: Who, cue: str) -> bool:
    """Whether a cue in the plural ("ont souligné", "souhaitent") was given one person: its
    subject, several, is someone the text does not resolve ("les pays voisins qui
    souhaitent …"), so the statement is nobody's we can name."""
    return (
        len(who) == 1
        and who[0].kind == PERSON
        and any(word in _PLURAL_CUE_WORDS for word in cue.lower().split())
    )


def _topic_only(text: str, match: Cue, stop: int) -> bool:
    """Whether the cue and the preposition after it give a topic ("commented on the
    applications", "s'est exprimé sur la crise"), not what was stated."""
    found = _TOPIC_CUE.search(
        text, max(match.start(), match.end() - 24), min(stop, match.end() + 24)
    )
    return found is not None and found.start() < match.end() < found.end()


def _continues(d: Discourse, info: SentenceInfo, match: Cue) -> bool:
    """Whether the cue is a participle after a comma that goes on from a quote's attribution
    ('"…," she said, adding that …'): a statement of its own, never the attribution."""
    return match.text().lower().endswith(_PARTICIPLE_ENDINGS) and bool(
        _COMMA_BEFORE.search(d.text, info.start, match.start())
    )


def _subject_after_quote(d: Discourse, info: SentenceInfo, match: Cue) -> bool:
    """'"…," the Kremlin said', '"…," Mr Lavrov added': the cue's subject stands right after
    a closing quotation mark."""
    mentions = d.mentions_in(info.start, match.start())
    if not mentions:
        return False
    last = mentions[-1].mention
    return (
        _GAP.fullmatch(d.text, last.end, match.start()) is not None
        and _INVERTED.search(d.text, max(info.start, last.start - INVERTED_REACH), last.start)
        is not None
    )


_QUESTION_VERBS = frozenset(union("QUESTION_VERBS"))
_CLAUSE_CUES = frozenset(union("CLAUSE_CUES"))
_AS_CLAUSE = regexcache.compile(
    rf"(?<![\w'’-])(?:{_lexicon('AS_WORDS')})(?![\w'’-])", re.IGNORECASE
)
_TOPIC_CUE = regexcache.compile(
    rf"(?<![\w'’-])(?:{_lexicon('TOPIC_CUES')})(?![\w'’-])", re.IGNORECASE
)
_TOPIC = regexcache.compile(rf"(?:{_lexicon('QUESTION_TOPICS')})(?![\w'’-])", re.IGNORECASE)
_QUESTION = regexcache.compile(rf"(?:{_lexicon('INDIRECT_QUESTIONS')})(?![\w'’-])", re.IGNORECASE)
# "in a statement", "dans un entretien au journal", "in his telegram of condolences": where
# a statement was made, up to what was stated (a comma, "that", or the sentence's end).
_CHANNEL = regexcache.compile(
    rf"(?:{_lexicon('PREPOSITIONS')})[ \u00a0]+(?:[^\W\d_][\w'’-]*[ \u00a0]+){{0,3}}?"
    rf"(?:{_lexicon('REPORTING_CHANNELS')})(?![\w'’-])"
    rf"(?:[ \u00a0]+(?!(?:{_lexicon('COMPLEMENTIZERS')})(?![\w'’-]))[^\W\d_][\w'’-]*){{0,4}}?"
    rf"(?=[ \u00a0]*(?:[,;:.!?]|$|(?:{_lexicon('COMPLEMENTIZERS')})(?![\w'’-])))",
    re.IGNORECASE,
)


# Before a participle that opens a reporting clause: a comma ("…, noting that …").
_COMMA_BEFORE = regexcache.compile(r",[ \u00a0]*$")
_LEAD_BEFORE = regexcache.compile(
    rf"(?<![\w'’-])(?:{_lexicon('PARTICIPLE_LEADS')})[ \u00a0]+$", re.IGNORECASE
)
_AND_BEFORE = regexcache.compile(
    rf"(?<![\w'’-])(?:{_lexicon('AND_WORDS')})[ \u00a0]*$", re.IGNORECASE
)
# After a participle with no auxiliary, the agent of a passive: "offered by civil society".
_PASSIVE_AGENT = regexcache.compile(
    rf"[ \u00a0]+(?:{_lexicon('PASSIVE_AGENTS')})(?![\w'’-])", re.IGNORECASE
)


def _participle_clause(d: Discourse, info: SentenceInfo, match: Cue, kept: list[Cue]) -> bool:
    """Whether a cue that is a participle ("noting", "saluant") opens a clause of its own:
    after a comma ("…, noting that …"); opening the sentence before its main clause
    ("Welcoming the agreement, the President said …"); after "and" that continues a
    participle (`kept`, the cues before it: "thanking X and welcoming Y"). Elsewhere it is
    an adjective or a noun ("promising projects", "Maintaining an army is costly"). A cue
    that is no participle passes."""
    if not match.text().lower().endswith(_PARTICIPLE_ENDINGS):
        return True
    head = d.text[max(info.start, match.start() - 40) : match.start()]
    if (
        _COMMA_BEFORE.search(head)
        or _LEAD_BEFORE.search(head)
        or _COMPLEMENTIZER.match(d.text, _skip(d.text, match.end()))
    ):
        return True  # "…, noting", "by expressing", "tout en saluant", "noting that …"
    if _AND_BEFORE.search(head):
        return bool(kept) and kept[-1].text().lower().endswith(_PARTICIPLE_ENDINGS)
    return _main_clause(d, info, match) is not None


_OPENING_PARTICIPLE = regexcache.compile(
    rf"[\W\d_]*(?:(?:{_lexicon('PARTICIPLE_LEADS')})[ \u00a0]+)?$",
    re.IGNORECASE,
)
_PARTICIPLE_ENDINGS = tuple(union("PARTICIPLE_ENDINGS"))


def _main_subject(d: Discourse, info: SentenceInfo, match: Cue) -> Who | None:
    """ "Se réjouissant du climat de paix, le chef de l’État ivoirien n’a pas caché sa joie",
    "Welcoming the agreement, the President said …": a participle opening the sentence
    reports the words of the main clause's subject, the first person after a comma who is
    followed by a verb."""
    found = _main_clause(d, info, match)
    return who_of(found[1]) if found is not None else None


def _main_clause(d: Discourse, info: SentenceInfo, match: Cue) -> tuple[int, Resolved] | None:
    """For a participle opening the sentence: the comma that ends its clause, and the
    subject of the main clause after it."""
    cue = match.text().lower()
    if not cue.endswith(_PARTICIPLE_ENDINGS) or not _OPENING_PARTICIPLE.fullmatch(
        d.text, info.start, match.start()
    ):
        return None
    for resolved in d.mentions_in(match.end(), info.end):
        mention = resolved.mention
        head = _ARTICLE_END.sub("", d.text[match.end() : mention.start]).rstrip(" \u00a0")
        if (
            head.endswith(",")
            and (resolved.entity or resolved.group)
            and d.before_verb(mention)
            and not d.is_object(mention.start, info.start)
        ):
            return match.end() + len(head) - 1, resolved
    return None


_AS_WE = regexcache.compile(
    rf"(?<![\w'’-])(?:{_lexicon('SHARED_LEADS')})[ \u00a0]+$",
    re.IGNORECASE,
)


_COMPLEMENTIZER = regexcache.compile(rf"(?:{_lexicon('COMPLEMENTIZERS')})(?![\w-])", re.IGNORECASE)
# "», a-t-il assuré": the subject inside the cue.
_PRONOUN_INCISE = regexcache.compile(
    rf"-(?:t-)?(?:{_lexicon('PRONOUNS', 'GROUP_PRONOUNS')})"
    r"(?![\w'’-])",
    re.IGNORECASE,
)
_ACCORDING = regexcache.compile(
    rf"(?<![\w'’-])(?:{_lexicon('ACCORDING_TO')})(?![\w'’-])",
    re.IGNORECASE,
)


_SELF_SOURCES = frozenset(map(_key, union("SELF_SOURCES")))
_NAMED_SOURCES = frozenset(map(_key, union("NAMED_SOURCES")))
_SOURCE_PRONOUN = regexcache.compile(
    rf"[ \u00a0]+(?:{_lexicon('SOURCE_PRONOUNS')})(?![\w'’-])", re.IGNORECASE
)
# A source named by a noun phrase, up to its comma or the end of the sentence.
_NOMINAL_SOURCE = regexcache.compile(
    rf"[ \u00a0]*(?P<np>(?:(?:{_lexicon('SOURCE_DETERMINERS')})[ \u00a0]+|[lL]['’])"
    rf"[^,.;:!?{DOUBLE_MARKS}\n]{{2,120}}?)(?=[ \u00a0]*(?:,|[.!?…]|$))",
    re.IGNORECASE,
)
_COMMA_AFTER = regexcache.compile(r"[ \u00a0]*,")
# A source is named by its noun and what qualifies it, not by a participle's clause: "un
# communiqué publié le 18 octobre" is "un communiqué", "a statement issued on Monday" "a
# statement" ("l'un de ses proches" stays whole).
_SOURCE_LABEL_END = regexcache.compile(
    r"[ \u00a0]+(?:[^\W\d_]+(?:é|ée|és|ées|ed)|\d)(?![\w'’-]).*$", re.IGNORECASE
)
_SAME_SOURCE = regexcache.compile(rf"(?:{_lexicon('SAME_SOURCE')})", re.IGNORECASE)


def _inside(d: Discourse, info: SentenceInfo, match: Cue) -> bool:
    """Whether a source that is the sentence's subject ("in his opinion", "selon lui")
    stands inside the sentence rather than opening it ("In his opinion, …")."""
    text = d.text
    cue = _key(match.text())
    if cue not in _SELF_SOURCES and not _SOURCE_PRONOUN.match(text, match.end()):
        return False
    return bool(text[info.start : match.start()].strip(_SENTENCE_OPENING + ","))


def _aside(d: Discourse, info: SentenceInfo, match: Cue) -> Statement | None:
    """What the sentence's speaker states in an aside ("…, which, in his opinion, had been
    decisive"): the rest of the clause after the source and its comma."""
    text = d.text
    pronoun = _SOURCE_PRONOUN.match(text, match.end())
    comma = _COMMA_AFTER.match(text, pronoun.end() if pronoun else match.end())
    if comma is None:
        return None
    start = _skip(text, comma.end())
    stop = _CLAUSE_STOP.search(text, start, info.end)
    body = _TRAILING.sub("", text[start : stop.start() if stop else info.end])
    who = one(info.subject or info.before)
    if not who or len(body.split()) < 3:
        return None
    return _statement(d, who, match.text(), "assessment", body, start)


_CLAUSE_STOP = regexcache.compile(r"[;:!?]|\.(?=\s|$)|,[ \u00a0]+(?=[^\W\d_]+ing\b)")


def _according_source(
    d: Discourse,
    info: SentenceInfo,
    match: Cue,
    after: Resolved | None,
    stop: int,
    sources: list[Who],
) -> tuple[Who, int] | None:
    """Who a "selon", "according to" names, and where its name ends: the person or body
    named ("selon la présidence"); the sentence's subject for a pronoun or a possessive
    ("selon lui", "à l'entendre", "in his view"); the source named before ("selon la même
    source"); a person or body inside a noun phrase ("selon des informations de la
    Primature"); else the noun phrase itself, an unnamed source ("selon une source
    diplomatique")."""
    text = d.text
    cue = _key(match.text())
    subject = one(info.subject or info.before)
    # "Pour Jean-Yves Le Drian, …": a source only with a name and a comma after it (one that
    # does not open its sentence never comes here: find_statements drops it).
    if cue in _NAMED_SOURCES and (
        after is None
        or not text[after.mention.end : after.mention.end + 2].lstrip(" \u00a0").startswith(",")
    ):
        return None
    if after is not None and cue not in _SELF_SOURCES and not is_document(after.mention):
        return who_of(after), after.mention.end
    # The others open their clause: "…, which, in his opinion, had …" is an aside, and
    # "ranked according to the slump" names no source.
    opening = text[info.start : match.start()].rstrip(" \u00a0")
    if opening.strip(_SENTENCE_OPENING) and not opening.endswith(","):
        return None
    if cue in _SELF_SOURCES:
        return (subject, match.end()) if subject else None
    pronoun = _SOURCE_PRONOUN.match(text, match.end(), stop)
    if pronoun is not None:
        return (subject, pronoun.end()) if subject else None
    phrase = _NOMINAL_SOURCE.match(text, match.end(), stop)
    if phrase is None:
        return None
    # (a document named by its noun alone is no one named: "selon un communiqué publié le 18
    # octobre" is the unnamed source "un communiqué"; one that speaks for its issuer is)
    named = [
        r
        for r in d.mentions_in(phrase.start("np"), phrase.end())
        if (r.entity or r.group)
        and not (is_document(r.mention) and r.entity is not None and not r.entity.body)
    ]
    # "selon une source diplomatique"; a longer phrase when it names its body ("selon un
    # communiqué publié sur la page Facebook de la présidence de la République")
    if len(phrase.group("np").split()) > (14 if named else 7):
        return None
    if _SAME_SOURCE.search(phrase.group("np")):
        return (sources[-1], phrase.end()) if sources else None
    if named:
        return who_of(named[-1]), phrase.end()
    if not any(_bare_noun(w) in _speaker_nouns() for w in phrase.group("np").split()):
        return None  # "according to the latest data", "selon le projet de budget": no one
    return [_unnamed_source(phrase)], phrase.end()


def _bare_noun(word: str) -> str:
    return fold(word.strip(",;:’'")).split("'")[-1]


@lru_cache(maxsize=1)
def _speaker_nouns() -> frozenset[str]:
    """The nouns of an unnamed source that speaks: its people ("une source diplomatique",
    "l'un de ses proches", "senior officials") or a document ("a statement")."""
    return document_nouns() | frozenset(
        fold(word)
        for name in ("SOURCE_NOUNS", "SOURCE_HEADS", "DOCUMENT_NOUNS")
        for entry in union(name)
        for word in entry.split()
    )


def _unnamed_source(phrase: re.Match[str]) -> Entity:
    """The unnamed source a noun phrase names, by its noun and what qualifies it."""
    words = phrase.group("np").split()
    label = " ".join(words[:2]) + _SOURCE_LABEL_END.sub("", " " + " ".join(words[2:]))
    return entities.source(label.strip(), phrase.start("np"))


def _source_in_incise(d: Discourse, info: SentenceInfo, match: Cue) -> Statement | None:
    """ "Poutine a, selon le service de presse du Kremlin, assuré que …": the source named in
    the incise states the whole sentence."""
    if not match.groupdict().get("incise"):
        return None
    according = _ACCORDING.search(d.text, match.start("incise"), match.end("incise"))
    if according is None:
        return None
    source = _first_mention(d, according.end(), match.end("incise"))
    if source is None:
        return None
    text = d.text
    start, end = _skip_blank(text, info.start, info.end), info.end
    body = _TRAILING.sub("", text[start:end])
    return _statement(d, who_of(source), according.group(), "assessment", body, start)


def _someone_else(d: Discourse, info: SentenceInfo, match: Cue) -> bool:
    """In a transcript turn, whether a person other than the speaker, named or titled, is
    the subject right before the cue ("Mr Medvedev said that …")."""
    mentions = d.mentions_in(info.start, match.start())
    if not mentions:
        return False
    last = mentions[-1]
    return (
        last.mention.kind in (NAMED, TITLE)
        and last.entity is not None
        and (info.turn is None or last.entity.canonical() is not info.turn.canonical())
        and _GAP.fullmatch(d.text, last.mention.end, match.start()) is not None
        and not d.is_object(last.mention.start, info.start)
    )


def _clause_opens(d: Discourse, start: int, match: Cue) -> bool:
    """Whether what was stated opens with the next cue's subject, right before it: a clause
    with no "that" ("also said the two men reiterated …", "said he supported …")."""
    mentions = [r for r in d.mentions_in(start, match.start()) if r.entity or r.group]
    if len(mentions) != 1:  # "congratulated X on Y and wished": X is no subject
        return False
    subject = mentions[0].mention
    lead = _ARTICLE_END.sub("", d.text[start : subject.start])
    gap = d.text[subject.end : match.start()]
    # "thanked X and agreed …": the verbs share the subject before them; X is the object
    return (
        not lead.strip()
        and _GAP.fullmatch(gap) is not None
        and not _AND_WORDS.intersection(gap.lower().split())
    )


def _subject_between(d: Discourse, start: int, match: Cue) -> bool:
    """Whether the cue's subject stands right before it, after `start`: "… that Russia
    supports": Russia, in the clause."""
    for resolved in reversed(d.mentions_in(start, match.start())):
        if resolved.entity or resolved.group or resolved.mention.kind == DOCUMENT:
            return _GAP.fullmatch(d.text, resolved.mention.end, match.start()) is not None
    head = d.text[start : match.start()]
    opening = _COMPLEMENTIZER.match(head)  # "that Russia": the state is the subject
    return (
        country_subject(head[opening.end() :] if opening else head) is not None
        or _PRONOUN_BEFORE.search(d.text, max(start, match.start() - 12), match.start()) is not None
    )


def _direct_subject(d: Discourse, info: SentenceInfo, match: Cue) -> bool:
    """Whether a person, a body, a document, a state or a pronoun ("it states that") stands
    right before the cue."""
    text = d.text
    if _PRONOUN_BEFORE.search(text, max(info.start, match.start() - 12), match.start()):
        return True
    for resolved in reversed(d.mentions_in(info.start, match.start())):
        if resolved.entity or resolved.group or resolved.mention.kind == DOCUMENT:
            return _GAP.fullmatch(text, resolved.mention.end, match.start()) is not None
    return country_subject(text[info.start : match.start()]) is not None


_PRONOUN_BEFORE = regexcache.compile(
    rf"(?<![\w'’-])(?:{_lexicon('SUBJECT_PRONOUNS', 'RELATIVE_PRONOUNS')})"
    rf"[ \u00a0]+(?:(?:{_lexicon('STATEMENT_ADVERBS')})[ \u00a0]+)?$",
    re.IGNORECASE,
)


def _reported_quote(d: Discourse, cues: _Cues, offset: int) -> bool:
    """Whether the quote around `offset` is itself reported speech: le chef de l'État « a
    souligné l'importance du rôle de l'Europe et a dit … » (it opens with a cue)."""
    at = bisect_left(d.span_starts, offset + 1) - 1
    if at < 0:
        return False
    span = d.spans[at]
    return span.start <= offset and cues.at(d.text, span.start) is not None


def _direct_quote(d: Discourse, start: int, end: int) -> bool:
    """'a déclaré : « Nous … »', 'stated that "President Biden …"': a direct quote of whole
    sentences, which `quotes` reports; a partial quote inside reported speech is kept."""
    first = bisect_left(d.span_starts, start)
    for at in range(first, len(d.spans)):
        span = d.spans[at]
        if span.open_at >= min(end, start + 80):
            break
        close = span.close_at if span.close_at is not None else span.end
        if close >= end - 2:
            # The whole of what was stated is the quote ('acknowledged, "stabilisation …"'),
            # or a quote of sentences follows a few words.
            return span.open_at <= start + 1 or d.text[span.start : span.start + 1].isupper()
    return False


_PLAIN_WORDS = regexcache.compile(r"[\w \u00a0'’-]*")


_ARTICLE_END = regexcache.compile(rf"(?<!\w){article_before()}$", re.IGNORECASE)


def _before_next_subject(d: Discourse, start: int, stop: int) -> int:
    """ "Après avoir salué l'entente, Faure Gnassingbé a remercié …": the first statement
    ends before ", Faure Gnassingbé", the subject of the next cue."""
    mentions = d.mentions_in(start, stop)
    if mentions:
        last = mentions[-1].mention
        if not d.text[last.end : stop].strip():
            head = _ARTICLE_END.sub("", d.text[start : last.start]).rstrip(" \u00a0")
            if head.endswith(","):
                return start + len(head) - 1
    return stop


def _clause_end(text: str, start: int, stop: int) -> int:
    """What was stated ends before a colon that opens a quotation ("… traité : « … »")."""
    m = _COLON_QUOTE.search(text, start, stop)
    return m.start() if m else stop


_DASH_END = regexcache.compile(r"(?<=,)[ \u00a0]*[—–-]+[ \u00a0]*$")
_INVERTED_REACH = 30  # characters of plain words between an inverted cue and its speaker


def _headline_claim(d: Discourse, info: SentenceInfo) -> Statement | None:
    """A headline that is a name, a colon and what that person stated ("Захарова: страны
    Африки устояли…", "Lavrov: the West is running out of arguments"); quoted words after
    the colon are a quote, not a statement."""
    first = d.first_after(info.start, info.end, within=0)
    if first is None or first.entity is None or first.mention.start != info.start:
        return None
    text = d.text
    colon = _skip(text, first.mention.end, info.end, " \u00a0")
    if colon >= info.end or text[colon] != ":":
        return None
    start = _skip(text, colon + 1, info.end, " \u00a0")
    body = _TRAILING.sub("", text[start : info.end]).strip()
    if text[start : start + 1] in OPENING_MARKS or len(body.split()) < 3:
        return None
    cue = text[first.mention.start : colon + 1]
    return _statement(d, who_of(first), cue, "assessment", body, start)


_ANAPHORIC = regexcache.compile(
    rf"[\W\d_]*(?:{_lexicon('ANAPHORIC_LEADS')})[ \u00a0]*", re.IGNORECASE
)


def _anaphoric(d: Discourse, prior: SentenceInfo, match: Cue, stop: int) -> Statement | None:
    """The sentence before a cue whose object stands for it ("Об этом сообщил X"), stated by
    the one named right after the cue ("в сообщении МИД РФ": the ministry)."""
    speaker = _first_mention(d, match.end(), stop, reach=_INVERTED_REACH)
    if speaker is not None and speaker.mention.kind == DOCUMENT:
        # "в сообщении МИД РФ", "in a statement by the Kremlin": the body whose it is
        speaker = _first_mention(d, speaker.mention.end, stop, reach=_INVERTED_REACH) or speaker
    if speaker is None:
        return None
    start = _skip_blank(d.text, prior.start)
    body = _TRAILING.sub("", d.text[start : prior.end]).strip()
    if len(body.split()) < 3 or _direct_quote(d, start, start + len(body)):
        return None
    return _statement(d, who_of(speaker), match.text(), "assessment", body, start)


def _first_mention(d: Discourse, start: int, stop: int, reach: int = 6) -> Resolved | None:
    """The mention right after `start`: within `reach` characters, with only words (no
    punctuation) before it."""
    for resolved in d.mentions_in(start, stop):
        gap = d.text[start : resolved.mention.start]
        if len(gap) > reach or (reach > 6 and not _PLAIN_WORDS.fullmatch(gap)):
            return None
        if resolved.entity is not None or resolved.group:
            return resolved
    return None


def _inverted(
    d: Discourse, info: SentenceInfo, match: Cue, after: Resolved | None, stop: int
) -> Statement | None:
    """ "L'entretien aura lieu par téléphone, a indiqué le président." and "…, selon les
    Nations unies.": the statement comes before the cue, the speaker right after it."""
    text = d.text
    if after is None or _DOCUMENT_AFTER.match(text, match.end()):
        return None  # "…, indique le communiqué de l'ambassade": _inverted_source's
    rest = text[after.mention.end : stop]
    head = _closing_head(d, info, match)
    if head is None or (len(rest.split()) > 4 and not _circumstance(rest)):
        return None
    return _stated_before(d, info, who_of(after), match, head)


def _closing_head(d: Discourse, info: SentenceInfo, match: Cue) -> str | None:
    """What a cue that closes its clause reports: the sentence before it, up to its comma
    ("…, a indiqué X"; in Russian a dash follows the comma: "…, — сообщила пресс-служба");
    None when no comma stands there, or when it is a quote's attribution ("« … », a déclaré
    X")."""
    head = _DASH_END.sub("", d.text[info.start : match.start()]).rstrip()
    if not head.endswith(","):
        return None
    if _INVERTED.search(head) and (
        d.inside(info.start) or _direct_quote(d, info.start, info.start + len(head))
    ):
        return None
    return head


def _stated_before(
    d: Discourse, info: SentenceInfo, who: Who, match: Cue, head: str
) -> Statement | None:
    """The statement of `head`, what came before a cue that closes its clause."""
    body = _TRAILING.sub("", head).strip()
    if len(body.split()) < 3:
        return None
    return _statement(d, who, match.text(), "assessment", body, _skip_blank(d.text, info.start))


# What completes a source's name before its comma: "du gouvernement", "of the ministry".
_SOURCE_COMPLEMENT = regexcache.compile(
    rf"[ \u00a0]+(?:{_lexicon('AUTHOR_PREPOSITIONS')})(?![\w'’-])[^,.;:!?\n]{{0,50}}(?=,)",
    re.IGNORECASE,
)
# "…, indique le communiqué", "…, said the message sent to…": a document after the cue
_DOCUMENT_AFTER = regexcache.compile(
    rf"[ \u00a0]*(?:{_lexicon('DOCUMENT_WORDS')})(?![\w'’-])", re.IGNORECASE
)
_AUTHOR_BEFORE = regexcache.compile(
    rf"(?<![\w'’-])(?:{_lexicon('AUTHOR_PREPOSITIONS')})[ \u00a0]*(?:{_lexicon('ARTICLES')})?[ \u00a0]*$",
    re.IGNORECASE,
)


def _by(text: str, offset: int) -> bool:
    """Whether the words before `offset` name an author: "de l'", "of the", "by", "par"."""
    return _AUTHOR_BEFORE.search(text, max(0, offset - 12), offset) is not None


def _inverted_source(
    d: Discourse, info: SentenceInfo, match: Cue, stop: int, sources: list[Who]
) -> Statement | None:
    """ "…, indique le communiqué de l'ambassade tunisienne.", "…, a ajouté la même source":
    a noun phrase after the cue closes the clause and names who stated what came before it
    (the body it names, the source named before, else the phrase, an unnamed source)."""
    text = d.text
    if match.text().lower().endswith(_PARTICIPLE_ENDINGS):
        return None  # "…, saluant l'excellence des relations": the participle's object
    head = _closing_head(d, info, match)  # not "« … », indique le communiqué"
    if head is None:
        return None
    phrase = _NOMINAL_SOURCE.match(text, match.end(), stop)
    if phrase is None or len(phrase.group("np").split()) > 8:
        return None
    who: Who
    within = d.mentions_in(phrase.start("np"), phrase.end())
    if _SAME_SOURCE.search(phrase.group("np")):
        if not sources:
            return None
        who = sources[-1]
    elif not any(
        r.mention.kind in (DOCUMENT, SOURCE_MENTION) or (r.entity and r.entity.body) for r in within
    ):
        return None  # "…, noted his outstanding qualities": an object, no source
    else:
        # "le communiqué de l'ambassade": the embassy ("the message sent to the UN": the
        # message, not its addressee)
        bodies = [r for r in within if r.entity and r.entity.body and _by(text, r.mention.start)]
        who = who_of(bodies[-1]) if bodies else [_unnamed_source(phrase)]
    return _stated_before(d, info, who, match, head)


# After a subject and cue that close their sentence, only a time: "the Kremlin said on
# Tuesday" (a complement is what was stated: "a insisté sur l'importance de …").
_TIME_ONLY = regexcache.compile(
    rf"[ \u00a0,]*(?:(?:(?:{_lexicon('PREPOSITIONS')})[ \u00a0]+)?"
    rf"(?:{_lexicon('RELATIVE_DAYS', 'WEEKDAYS')})(?![\w'’-])[\w \u00a0'’-]{{0,30}})?[\s.!?…]*",
    re.IGNORECASE,
)
_THAT = regexcache.compile(rf"(?<![\w'’-])(?:{_lexicon('COMPLEMENTIZERS')})(?![\w-])", re.I)
_CIRCUMSTANCE = regexcache.compile(
    rf"[ \u00a0]+(?:{_lexicon('CIRCUMSTANCE_PREPOSITIONS')})(?![\w'’-])", re.IGNORECASE
)


def _circumstance(rest: str) -> bool:
    """Whether what follows a cue (and its speaker) that closes the sentence says when or
    where, not what: nothing, a time, or a phrase a circumstance opens ("at a meeting
    with…", "dans un entretien au journal") with no "that" in it (after a comma, "in
    particular" is an aside before what was said)."""
    if _TIME_ONLY.fullmatch(rest):
        return not _COMPLEMENTIZER.search(rest)
    return _CIRCUMSTANCE.match(rest) is not None and _THAT.search(rest) is None


_LEADING_PREPOSITION = regexcache.compile(
    rf"[\W\d_]*(?:{_lexicon('PREPOSITIONS', 'ACCORDING_TO')})(?![\w'’-])", re.IGNORECASE
)


def _content_before(d: Discourse, info: SentenceInfo, match: Cue, stop: int) -> Statement | None:
    """ "Relations are developing well, the Kremlin said.", "…, Putin said on Tuesday": the
    subject and its cue close the sentence, and what was stated is the clause before them
    (not an opening adjunct: "In a phone call, Putin said on Tuesday …" is no statement of
    "In a phone call")."""
    text = d.text
    incise = _incise_after(text, match.end(), stop)
    if not incise and not _circumstance(text[match.end() : stop]):
        return None
    subjects = [r for r in d.mentions_in(info.start, match.start()) if r.entity or r.group]
    if not subjects:
        return None
    subject = subjects[-1]
    if _GAP.fullmatch(text, subject.mention.end, match.start()) is None:
        return None
    head = _ARTICLE_END.sub("", text[info.start : subject.mention.start]).rstrip()
    head = _DASH_END.sub("", head).rstrip()
    if not head.endswith(",") or _LEADING_PREPOSITION.match(head):
        return None
    if _INVERTED.search(head) or _direct_quote(d, info.start, info.start + len(head)):
        return None  # '"…," the Kremlin said': a quote's attribution
    start = _skip_blank(text, info.start)
    body = _TRAILING.sub("", text[start : info.start + len(head)]).strip()
    if len(body.split()) < 3:
        return None
    if incise:
        # "These were not unsupported claims, he said, but established facts." (after
        # "the area, which, he said, was …", what follows the incise is what was said)
        if _RELATIVE_END.search(head) or _opens_with_participle(head):
            return None
        body = _TRAILING.sub("", text[start:stop]).strip()
    return _statement(d, who_of(subject), match.text(), "assessment", body, start)


_RELATIVE_END = regexcache.compile(
    rf"(?<![\w'’-])(?:{_lexicon('RELATIVE_PRONOUNS')})[ \u00a0]*,$", re.IGNORECASE
)


def _opens_with_participle(head: str) -> bool:
    """Whether a sentence opens with a participle ("Speaking about the economy, the Governor
    noted, in particular, …"): no clause the cue could stand inside."""
    words = head.lstrip(_SENTENCE_OPENING).split(maxsplit=1)
    return bool(words) and words[0].lower().endswith(_PARTICIPLE_ENDINGS)


def _incise_after(text: str, end: int, stop: int) -> bool:
    """Whether a cue and its subject stand between commas inside what they report ("…
    claims, he said, but established facts"): a comma after the cue, then words of the
    same clause, with no "that" nor a participle opening a statement of its own ("…, he
    said, adding that …")."""
    rest = text[end:stop]
    stripped = rest.lstrip(" \u00a0")
    if not stripped.startswith(",") or _THAT.search(rest):
        return False
    words = stripped[1:].split()
    return len(words) >= 2 and not words[0].lower().endswith(_PARTICIPLE_ENDINGS)


def _statement(d: Discourse, who: Who, cue: str, kind: str, body: str, start: int) -> Statement:
    """The statement `body`, at `start` in the text, made by `who` (none: nobody named)."""
    speaker = SpeakerFields(who)
    return Statement(
        speaker=speaker.name,
        speakers=speaker.names,
        cue=" ".join(cue.split()),
        kind=kind,
        text=body,
        start=start,
        end=start + len(body),
        line=d.index.line_of(start),
        speaker_kind=speaker.kind,
    )


def _speaker(d: Discourse, info: SentenceInfo, match: Cue, previous: Who | None) -> Who:
    text = d.text
    if match.group("impersonal"):
        return d.resolver.group()
    before = [r for r in d.mentions_in(info.start, match.start()) if r.entity or r.group]
    if before and _said_at(d, before[-1], match):
        return who_of(before[-1])
    if match.text().lower().endswith(_PARTICIPLE_ENDINGS) and _COMMA_BEFORE.search(
        text, info.start, match.start()
    ):
        # "Putin met the Prime Minister, noting that …": a participle after the main clause
        # reports its subject, not the object that ends it.
        clause_subject = _clause_subject(d, info, match)
        if clause_subject is not None:
            return clause_subject
    if before:
        last = before[-1]
        gap = text[last.mention.end : match.start()]
        if _GAP.fullmatch(gap) and not d.is_object(last.mention.start, info.start):
            who = who_of(last)
            # "Mr Putin and Mr Macron have agreed": both.
            if len(before) > 1:
                link = text[before[-2].mention.end : last.mention.start]
                # Not the source of the sentence: "По словам X, стороны …".
                sourced = _ACCORDING.search(
                    text, max(info.start, before[-2].mention.start - 16), before[-2].mention.start
                )
                # "X, Y said": a name in apposition, no list (a list ends with "and").
                if _AND_LINK.fullmatch(link) and link.strip() != "," and sourced is None:
                    who = [*who_of(before[-2]), *who]
            return unique(who)
    main = _main_subject(d, info, match)
    if main is not None:
        return main
    if info.turn is None and _SECOND_PERSON.search(
        text, max(info.start, match.start() - 12), match.start()
    ):
        addressed = _addressee(d, match.start())
        if addressed is not None:  # "Madame la Députée, … Vous avez rappelé": she did
            return [addressed]
    if previous:
        return previous
    # "Russia and India spoke in favour of…": the people of those countries.
    head = text[info.start : match.start()]
    if len(head) < 60:
        countries = countries_in(head)
        people = [
            e
            for c in countries
            for e in d.resolver.entities
            if e.country == c and not e.body and not e.described
        ]
        if people and len(people) >= len(countries):
            return unique(people)
    # "Le Togo a salué cette décision": the state speaks, as a body.
    state = country_subject(head) if info.turn is None else None
    if state is not None:
        here = Mention(match.start(), match.start(), BODY, state)
        return [d.resolver.body(state, here, kind=entities.STATE)]
    if info.group:
        return list(info.group)
    if info.turn is not None and info.turn.kind != SOURCE:
        # "You said that…" in a transcript: the person addressed.
        if _SECOND_PERSON.search(text, max(info.start, match.start() - 12), match.start()):
            other = _other_side(d, info) or d.resolver.other_than(info.turn)
            return one(other)
        # "As we noted during our meeting, …": both sides of the talks.
        if _AS_WE.search(text, max(info.start, match.start() - 16), match.start()):
            other = _other_side(d, info)
            return unique([info.turn, other] if other is not None else [info.turn])
        return [info.turn]
    subject = info.subject or info.before
    return one(subject)


_SOURCE_LOCATIVES = frozenset(union("SOURCE_LOCATIVES"))
_IMPERSONAL_ENDINGS = tuple(union("IMPERSONAL_ENDINGS"))


def _said_at(d: Discourse, last: Resolved, match: Cue) -> bool:
    """ "В Кремле уточнили, что…": a body where the words were said, right before a cue in
    the impersonal plural: the body said them."""
    entity = last.entity
    if entity is None or not entity.body or not _IMPERSONAL_ENDINGS:
        return False
    if d.text[last.mention.end : match.start()].strip() or not match.text().lower().endswith(
        _IMPERSONAL_ENDINGS
    ):
        return False
    head = d.text[max(0, last.mention.start - 4) : last.mention.start].split()
    return bool(head) and head[-1].lower() in _SOURCE_LOCATIVES


def _clause_subject(d: Discourse, info: SentenceInfo, match: Cue) -> Who | None:
    """The subject of the sentence's main clause before a cue: its first mention, or the
    first after an opening phrase and its comma ("In his message, the President …"), when it
    is followed by a verb and governed by no preposition; with the one joined to it by "and"
    ("Putin and Erdogan also touched on …"). None when that mention is no one resolved."""
    text = d.text
    mentions = d.mentions_in(info.start, match.start())
    for at, resolved in enumerate(mentions):
        mention = resolved.mention
        opening = text[mentions[at - 1].mention.end if at else info.start : mention.start]
        if at and not opening.rstrip().endswith(","):
            return None
        if not d.before_verb(mention) or d.is_object(mention.start, info.start):
            continue
        if not (resolved.entity or resolved.group):
            return None
        who = who_of(resolved)
        joined = mentions[at + 1] if at + 1 < len(mentions) else None
        if (
            joined is not None
            and (joined.entity or joined.group)
            and _AND_LINK.fullmatch(text, mention.end, joined.mention.start)
        ):
            who = [*who, *who_of(joined)]
        return unique(who)
    return None


_VOCATIVE_HEAD = regexcache.compile(
    r"(?:^|[\n.!?:»”\"])[ \u00a0]*"
    rf"(?:(?:{_lexicon('HONORIFICS', 'SALUTATIONS')})"
    rf"[ \u00a0]+)*{article_before()}?$",
    re.IGNORECASE,
)
_ADDRESS_REACH = 2000  # characters back to the salutation that names who "vous" is


def _addressee(d: Discourse, offset: int) -> Entity | None:
    """The person last addressed before `offset`: "Monsieur le Député," "Mr President,"
    opening a sentence or a line."""
    text = d.text
    at = bisect_left(d.mention_starts, offset)
    while at > 0:
        at -= 1
        resolved = d.mentions[at]
        mention = resolved.mention
        if offset - mention.start > _ADDRESS_REACH:
            break
        if resolved.entity is None or not text.startswith(",", _skip(text, mention.end)):
            continue
        if _VOCATIVE_HEAD.search(text, max(0, mention.start - 40), mention.start):
            return resolved.entity.canonical()
    return None


_LEADS = " \u00a0:,\t\r\n"  # what stands between a cue and what was stated


def _skip(text: str, at: int, stop: int | None = None, chars: str = " \u00a0") -> int:
    """The first offset from `at` (before `stop`) whose character is none of `chars`."""
    stop = len(text) if stop is None else stop
    while at < stop and text[at] in chars:
        at += 1
    return at


def _skip_blank(text: str, at: int, stop: int | None = None) -> int:
    """The first offset from `at` (before `stop`) that is not white space."""
    stop = len(text) if stop is None else stop
    while at < stop and text[at].isspace():
        at += 1
    return at
