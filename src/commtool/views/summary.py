"""Summaries: what a communiqué says at a glance, and what an archive holds.

Everything is extracted, never invented: participants and their counts, topics (section
headings, else the most salient words), the key statements, a few sentences of the text
itself, and across documents a timeline, the speakers and the countries most mentioned.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from commtool import regexcache
from commtool.annotate.countries import country_counts, country_keys, demonym_keys
from commtool.folding import fold, name_key, same_person
from commtool.lexicons import union
from commtool.model import Document, Statement

KEY_STATEMENTS = 5
SUMMARY_SENTENCES = 3
TOPICS_MIN = 4
# Statements that commit, agree, call or condemn carry more than an assessment.
TYPE_WEIGHT = {
    "commitment": 1.6,
    "agreement": 1.5,
    "call": 1.4,
    "proposal": 1.4,
    "condemnation": 1.4,
    "concern": 1.3,
    "announcement": 1.3,
    "denial": 1.3,
    "gratitude": 1.0,
    "assessment": 1.0,
}
_WORD = regexcache.compile(r"[^\W\d_][\w'’-]+")

Namer = Callable[[str | None], str | None]


def _same(name: str | None) -> str | None:
    return name


@lru_cache(maxsize=1)
def _stopwords() -> frozenset[str]:
    words = set(union("STOPWORDS"))
    words |= {fold(w) for w in union("SUBJECT_VERBS")} | {fold(w) for w in union("PREPOSITIONS")}
    words |= {fold(w) for w in union("TOPIC_STOPWORDS")}
    return frozenset(words)


def _content_words(text: str) -> list[tuple[str, str]]:
    """(folded key, word as written) of the words that can be topics."""
    stop = _stopwords()
    found = []
    for m in _WORD.finditer(text):
        written = m.group()
        key = fold(written.lower())
        if len(key) > 3 and key not in stop:
            found.append((key, written))
    return found


@dataclass
class Participant:
    name: str
    title: str | None
    country: str | None
    quotes: int = 0
    statements: int = 0
    mentions: int = 0
    kind: str | None = "person"  # "person", "body", "state", "source" (model.Person.kind)


@dataclass
class DocumentSummary:
    file: str
    date: str | None
    place: str | None
    title: str | None
    language: str
    participants: list[Participant]
    topics: list[str]
    key_statements: list[Statement]
    sentences: list[str]
    countries: Counter[str] = field(default_factory=Counter)
    quotes: int = 0
    statements: int = 0
    key_said: list[str] = field(default_factory=list)  # each key statement as the text says it


def summarize(doc: Document, name: Namer = _same) -> DocumentSummary:
    participants: dict[str, Participant] = {}
    for person in doc.people:
        key = name(person.name) or person.name
        participants.setdefault(
            key, Participant(key, person.title, person.country, kind=person.kind)
        )
        participants[key].mentions += person.mentions
    for quote in doc.quotes:
        if quote.kind == "term":
            continue
        # A group's quote counts for each of its members, never for a name made of theirs.
        speakers = quote.speakers or ((quote.speaker,) if quote.speaker else ())
        alone = len(speakers) == 1
        for speaker in speakers:
            key = name(speaker) or speaker
            entry = participants.setdefault(
                key,
                Participant(
                    key,
                    quote.speaker_title if alone else None,
                    quote.speaker_country if alone else None,
                    kind=quote.speaker_kind if alone else "person",
                ),
            )
            entry.quotes += 1
    for statement in doc.statements:
        for speaker in statement.speakers:
            key = name(speaker) or speaker
            entry = participants.setdefault(
                key, Participant(key, None, None, kind=statement.speaker_kind)
            )
            entry.statements += 1
    ranked = sorted(
        participants.values(),
        key=lambda p: (-(p.quotes + p.statements), -p.mentions, p.name),
    )
    chosen = _key_statements(doc, ranked)
    return DocumentSummary(
        file=doc.path,
        date=doc.date.isoformat() if doc.date else None,
        place=doc.place,
        title=doc.title,
        language=doc.language,
        participants=ranked,
        topics=_topics(doc),
        key_statements=chosen,
        key_said=[reported(doc, s) for s in chosen],
        sentences=_extract(doc, ranked),
        countries=country_counts(doc.text),
        quotes=sum(1 for q in doc.quotes if q.kind != "term"),
        statements=len(doc.statements),
    )


def _topics(doc: Document) -> list[str]:
    """The section headings, the title first when it heads the opening section; then the
    most salient words, until there are enough to tell what the text is about."""
    topics: list[str] = []
    if (
        doc.title
        and doc.sections
        and any(p.kind == "body" and p.start < doc.sections[0].start for p in doc.paragraphs)
    ):
        topics.append(doc.title)
    topics += [s.title for s in doc.sections]
    if len(topics) < TOPICS_MIN:
        taken = {key for t in topics for key, _ in _content_words(t)}
        names = {fold(w) for p in doc.people for w in p.name.split()}
        names |= {fold(w) for t in union("TITLES") for w in t.split()}
        names |= {fold(w) + "s" for t in union("TITLES") for w in t.split()}
        counts: Counter[str] = Counter()
        spellings: dict[str, Counter[str]] = {}
        for p in doc.paragraphs:
            if p.kind != "body":
                continue
            for key, written in _content_words(p.text):
                if key not in names and key not in taken:
                    counts[key] += 1
                    spellings.setdefault(key, Counter())[written] += 1
        for key, count in counts.most_common():
            if len(topics) >= TOPICS_MIN or count < 2:
                break
            topics.append(_as_written(spellings[key]))
    return topics


def _as_written(spellings: Counter[str]) -> str:
    """A topic word as the text writes it: in lower case when the text ever writes it so
    ("également", not the "Également" opening a sentence), else capitalised ("Iraq")."""
    lower = Counter({w.lower(): n for w, n in spellings.items() if w == w.lower()})
    return (lower or spellings).most_common(1)[0][0]


def _key_statements(doc: Document, participants: Sequence[Participant]) -> list[Statement]:
    """The statements that carry the most: by type and length, one per speaker first."""
    if not doc.statements:
        return []

    def weight(statement: Statement) -> float:
        return TYPE_WEIGHT.get(statement.kind, 1.0) * math.log(2 + len(statement.text.split()))

    ranked = sorted(doc.statements, key=weight, reverse=True)
    chosen: list[Statement] = []
    for participant in participants:
        best = next((s for s in ranked if participant.name in s.speakers and s not in chosen), None)
        if best is not None and len(chosen) < KEY_STATEMENTS:
            chosen.append(best)
    for statement in ranked:
        if len(chosen) >= max(3, min(KEY_STATEMENTS, len(ranked))):
            break
        if statement not in chosen:
            chosen.append(statement)
    return sorted(chosen, key=lambda s: s.start)


CUE_REACH = 120  # characters between a cue and what it reports, at most, to be read with it


def reported(doc: Document, statement: Statement) -> str:
    """A statement read as the text says it, cue and content: "s'est réjoui de la force des
    relations…", "Selon la présidence, le siège abritera…", "Moscou reste ouverte au
    dialogue, a déclaré"; the cue and the content joined when the text has them apart."""
    text, cue = doc.text, statement.cue
    lower = text.lower()
    before = lower.rfind(cue.lower(), max(0, statement.start - CUE_REACH), statement.start)
    if before != -1:
        return " ".join(text[before : statement.end].split())
    after = lower.find(cue.lower(), statement.end, statement.end + CUE_REACH)
    if after != -1:
        return " ".join(text[statement.start : after + len(cue)].split())
    return f"{cue} {statement.text}"


def _extract(doc: Document, participants: Sequence[Participant]) -> list[str]:
    """A few sentences of the text itself: those whose words the text repeats most, with the
    opening sentence preferred, in the text's order."""
    sentences = [s for p in doc.paragraphs if p.kind == "body" for s in p.sentences]
    sentences = [s for s in sentences if 6 <= len(s.text.split()) <= 60]
    if not sentences:
        return []
    frequency = Counter(key for s in sentences for key, _ in _content_words(s.text))
    names = {fold(w) for p in participants[:3] for w in p.name.split()}

    def score(index: int) -> float:
        words = [key for key, _ in _content_words(sentences[index].text)]
        if not words:
            return 0.0
        value = sum(frequency[w] for w in words) / math.sqrt(len(words))
        value *= 1.5 if index == 0 else 1.0
        value *= 1.2 if names.intersection(fold(sentences[index].text).split()) else 1.0
        return value

    best = sorted(range(len(sentences)), key=score, reverse=True)[:SUMMARY_SENTENCES]
    return [" ".join(sentences[i].text.split()) for i in sorted(best)]


@dataclass
class SpeakerRow:
    name: str
    documents: int = 0
    quotes: int = 0
    statements: int = 0
    first_seen: str | None = None
    last_seen: str | None = None
    titles: Counter[str] = field(default_factory=Counter)
    countries: Counter[str] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)  # documents per spelling
    kinds: Counter[str] = field(default_factory=Counter)  # documents per kind: person, body…


@dataclass
class ArchiveSummary:
    documents: list[DocumentSummary]
    speakers: list[SpeakerRow]
    countries: list[tuple[str, int, int]]  # country, mentions, documents


@lru_cache(maxsize=1)
def _description_words() -> frozenset[str]:
    """The words of a title and its state ("Prime Minister of Armenia", "head of state",
    "the Russian leader"), none of them a name's."""
    words = {fold(w) for t in union("TITLES") for w in t.split()}
    words |= {fold(w) for w in (*union("HONORIFICS"), *union("ARTICLES"), *union("PREPOSITIONS"))}
    words |= {w for key in (*country_keys(), *demonym_keys()) for w in key.split()}
    words |= {"of", "de", "du", "des", "state", "etat"}
    return frozenset(words)


def _only_described(name: str) -> bool:
    """Whether a speaker is named by a description only: every word a title's, an
    honorific's, an article's or a state's."""
    words = fold(name).replace("’", "'").split()
    known = _description_words()
    return bool(words) and all(w in known or w.strip("'") in known for w in words)


def summarize_archive(summaries: Iterable[DocumentSummary]) -> ArchiveSummary:
    docs = sorted(summaries, key=lambda s: (s.date is None, s.date or "", s.file))
    speakers: dict[str, SpeakerRow] = {}
    countries: Counter[str] = Counter()
    country_docs: Counter[str] = Counter()
    for summary in docs:
        for participant in summary.participants:
            if not (participant.quotes or participant.statements):
                continue
            if participant.kind == "source" or (
                participant.kind == "person" and _only_described(participant.name)
            ):
                # "President" in 67 documents is 67 presidents, "Question" 66 questioners,
                # "a senior official" as many officials: an unnamed source or a description
                # names no one across documents, and has no row
                continue
            row = _merge_row(speakers, participant.name)
            row.documents += 1
            row.quotes += participant.quotes
            row.statements += participant.statements
            row.kinds[participant.kind or "person"] += 1
            if participant.title:
                row.titles[participant.title] += 1
            if participant.country:
                row.countries[participant.country] += 1
            if summary.date:
                row.first_seen = min(filter(None, (row.first_seen, summary.date)))
                row.last_seen = max(filter(None, (row.last_seen, summary.date)))
        countries.update(summary.countries)
        country_docs.update(summary.countries.keys())
    ranked = sorted(
        speakers.values(), key=lambda r: (-(r.quotes + r.statements), -r.documents, r.name)
    )
    return ArchiveSummary(
        documents=docs,
        speakers=ranked,
        countries=[(c, n, country_docs[c]) for c, n in countries.most_common()],
    )


def _merge_row(rows: dict[str, SpeakerRow], name: str) -> SpeakerRow:
    """One row per speaker across documents ("Poutine" joins "Vladimir Poutine"), under the
    spelling most documents give, the fuller one on a tie."""
    row = next((r for r in rows.values() if same_person(name, r.name)), None)
    if row is None:
        row = rows[name_key(name)] = SpeakerRow(name)
    row.names[name] += 1
    best = max(row.names.items(), key=lambda item: (item[1], len(item[0].split())))[0]
    if best != row.name:
        rows.pop(name_key(row.name), None)
        row.name = best
        rows[name_key(best)] = row
    return row


def document_record(summary: DocumentSummary) -> dict[str, Any]:
    return {
        "file": summary.file,
        "date": summary.date,
        "place": summary.place,
        "title": summary.title,
        "language": summary.language,
        "participants": [
            {
                "name": p.name,
                "title": p.title,
                "country": p.country,
                "quotes": p.quotes,
                "statements": p.statements,
            }
            for p in summary.participants
        ],
        "topics": summary.topics,
        "key_statements": [
            {
                "speaker": s.speaker,
                "cue": s.cue,
                "type": s.kind,
                "text": s.text,
                "said": said,
                "line": s.line,
            }
            for s, said in zip(summary.key_statements, summary.key_said, strict=True)
        ],
        "summary": summary.sentences,
        "countries": [{"country": c, "mentions": n} for c, n in summary.countries.most_common()],
        "quotes": summary.quotes,
        "statements": summary.statements,
    }
