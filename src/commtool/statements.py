"""Reported speech: who stated what, with the cue that reports it and its type.

"Le Président Poutine s'est réjoui de…", "Il a insisté sur…", "saluant l'excellence…",
"The two leaders underscored…", "It was agreed to…". The cues come from each language's
lexicon (finite verbs with their auxiliaries and adverbs, reflexives, participles in -ant,
impersonal forms); the speaker is the mention right before the cue, else the speaker of the
cue before it in the sentence, else the sentence's subject.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .lexicons import LANGUAGES
from .model import Statement
from .patterns import word_alternation

if TYPE_CHECKING:
    from .attribution import _Resolved, _Walk
    from .people import Entity

Who = list["Entity"]
_GAP = re.compile(r"[\s,]*(?:[^\W\d_]+['’]?[\s,]+){0,2}")
_INVERTED = re.compile(r"[»”\"]\s*,?\s*$")
_TRAILING = re.compile(r"(?:[\s,;:.]|\b(?:et|and|puis|then|tout en|while|mais|but)\b)+$")


@dataclass(frozen=True)
class _Cues:
    pattern: re.Pattern[str]
    types: dict[str, str]
    hints: dict[str, str]


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


_MULTI = frozenset(
    """fait savoir|fait valoir|fait part|mis en avant|mis l'accent|mis en garde|se félicite|se réjouit|se disant|se réjouissant|se félicitant|se déclarant|pointed out|spoke positively of|spoke in favour of|spoke in favor of|spoke in support of|is following with deep concern|is following with concern|agreed on|agreed to|called for|called on|calls for|calls on""".split(
        "|"
    )
)


@lru_cache(maxsize=8)
def _cues(language: str) -> _Cues:
    modules = [LANGUAGES[language]] if language in LANGUAGES else list(LANGUAGES.values())
    participles: dict[str, str] = {}
    reflexives: dict[str, str] = {}
    forms: dict[str, str] = {}
    auxiliaries: list[str] = []
    reflexive_aux: list[str] = []
    adverbs: list[str] = []
    impersonal: list[str] = []
    bare_participles = False
    hints: dict[str, str] = {}
    for module in modules:
        for kind, words in module.STATEMENT_TYPE_WORDS.items():
            hints.update(dict.fromkeys(words.split(), kind))
        participles.update(_phrases(module.STATEMENT_PARTICIPLES))
        reflexives.update(_phrases(module.STATEMENT_REFLEXIVES))
        forms.update(_phrases(module.STATEMENT_FORMS))
        auxiliaries += module.STATEMENT_AUXILIARIES
        reflexive_aux += module.REFLEXIVE_AUXILIARIES
        adverbs += module.STATEMENT_ADVERBS
        impersonal += module.IMPERSONAL
        bare_participles = bare_participles or module.PARTICIPLES_STAND_ALONE
    adv = rf"(?:[ \u00a0]+(?:{word_alternation(adverbs, lower=True)})(?![\w-])){{0,3}}"
    part = word_alternation(participles, lower=True)
    alternatives = [
        rf"(?P<impersonal>{word_alternation(impersonal, lower=True)})",
        rf"(?:{word_alternation(auxiliaries, lower=True)}){adv}[ \u00a0]+(?P<part>{part})",
    ]
    if reflexive_aux:
        alternatives.append(
            rf"(?:{word_alternation(reflexive_aux, lower=True)}){adv}[ \u00a0]+"
            rf"(?P<refl>{word_alternation(reflexives, lower=True)})"
        )
    alternatives.append(rf"(?P<form>{word_alternation(forms, lower=True)})")
    if bare_participles:
        alternatives.append(rf"(?P<bare>{part})")
    pattern = re.compile(rf"(?<![\w’'-])(?:{'|'.join(alternatives)})(?![\w’'-])", re.IGNORECASE)
    types = {
        k.lower().replace("’", "'"): v for k, v in {**participles, **reflexives, **forms}.items()
    }
    return _Cues(pattern, types, hints)


def _kind(cues: _Cues, match: re.Match[str], body: str) -> str:
    """The statement's type: from the words that open what was stated ("sa gratitude",
    "concern"), else from the cue."""
    groups = match.groupdict()
    for word in re.findall(r"[^\W\d_]+", body.lower())[:4]:
        if word in cues.hints:
            return cues.hints[word]
    if groups.get("impersonal"):
        phrase = match.group().lower()
        return "agreement" if "conven" in phrase or "agreed" in phrase else "assessment"
    core = next((groups[g] for g in ("part", "refl", "form", "bare") if groups.get(g)), "")
    return cues.types.get(" ".join(core.lower().replace("’", "'").split()), "assessment")


def find_statements(walk: _Walk, language: str) -> list[Statement]:
    """Every reported statement of the document the walk went through."""
    cues = _cues(language)
    text = walk.text
    found: list[Statement] = []
    for info in walk.sentences:
        previous: Who | None = None
        matches = [
            m
            for m in cues.pattern.finditer(text, info.start, info.end)
            if not walk._inside(m.start())
        ]
        for i, m in enumerate(matches):
            if _INVERTED.search(text, info.start, m.start()):
                previous = None
                continue  # "», a déclaré X": a quote's attribution, not a statement
            stop = matches[i + 1].start() if i + 1 < len(matches) else info.end
            start = m.end()
            while start < stop and text[start] in " \u00a0:,\t\r\n":
                start += 1
            body = _TRAILING.sub("", text[start:stop])
            if len(body.split()) < 2 or _only_a_quote(walk, start, start + len(body)):
                continue
            who = _speaker(walk, info, m, previous)
            previous = who
            names = [e.canonical().name for e in who]
            found.append(
                Statement(
                    speaker=" and ".join(names) if names else None,
                    speakers=tuple(names),
                    cue=" ".join(m.group().split()),
                    kind=_kind(cues, m, body),
                    text=body,
                    start=start,
                    end=start + len(body),
                    line=walk.index.line_of(start),
                )
            )
    return found


def _only_a_quote(walk: _Walk, start: int, end: int) -> bool:
    """'a déclaré : « … »': a direct quote, which `quotes` reports."""
    for span in walk.spans:
        if span.open_at <= start + 1 and (span.close_at or span.end) >= end - 2:
            return True
    return False


def _as_list(resolved: _Resolved | None) -> Who:
    if resolved is None:
        return []
    if resolved.group:
        return list(resolved.group)
    return [resolved.entity] if resolved.entity is not None else []


def _speaker(walk: _Walk, info: object, match: re.Match[str], previous: Who | None) -> Who:
    from .attribution import _SentenceInfo

    assert isinstance(info, _SentenceInfo)
    text = walk.text
    if match.group("impersonal"):
        return walk.resolver.group()
    before = [r for r in walk._mentions_in(info.start, match.start()) if r.entity or r.group]
    if before:
        last = before[-1]
        gap = text[last.mention.end : match.start()]
        if _GAP.fullmatch(gap) and not walk._is_object(last.mention.start, info.start):
            who = _as_list(last)
            # "Mr Putin and Mr Macron have agreed": both.
            if len(before) > 1:
                link = text[before[-2].mention.end : last.mention.start]
                if re.fullmatch(r"[ \u00a0]*(?:and|et|,)[ \u00a0]*", link):
                    who = [*_as_list(before[-2]), *who]
            return _unique(who)
    if previous:
        return previous
    subject = info.subject or (info.turn if not isinstance(info.turn, str) else None)
    return [subject] if subject is not None else []


def _unique(entities: Who) -> Who:
    seen: list[Entity] = []
    for entity in entities:
        if entity.canonical() not in [e.canonical() for e in seen]:
            seen.append(entity)
    return seen
