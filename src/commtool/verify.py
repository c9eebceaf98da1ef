"""Checking a claimed quote against an archive: exact, close, misattributed, or not found.

A claim is compared word by word (accents, case and punctuation ignored) with every quote and
transcript turn, and with every two consecutive quotes of one speaker (a claim stitched from
two). The best local alignment wins: how much of the claim it covers and how densely.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from difflib import SequenceMatcher
from itertools import pairwise

from .aliases import Aliases
from .matching import fold
from .model import Document

EXACT, CLOSE, MISATTRIBUTED, NOT_FOUND = "exact", "close", "misattributed", "not found"
CLOSE_AT = 0.7  # alignment score from which a quote is the claim with a few changes
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Candidate:
    text: str
    speaker: str | None
    file: str
    line: int
    date: str | None
    start: int
    end: int


@dataclass
class Verdict:
    verdict: str
    score: float
    claim: str
    claimed_speaker: str | None
    match: Candidate | None = None
    diff: list[dict[str, str]] = field(default_factory=list)

    def record(self) -> dict[str, object]:
        match = self.match
        return {
            "verdict": self.verdict,
            "score": round(self.score, 3),
            "claim": self.claim,
            "claimed_speaker": self.claimed_speaker,
            "speaker": match.speaker if match else None,
            "quote": match.text if match else None,
            "file": match.file if match else None,
            "line": match.line if match else None,
            "date": match.date if match else None,
            "start": match.start if match else None,
            "end": match.end if match else None,
            "diff": self.diff,
        }


def claim_words(text: str) -> list[str]:
    """The words compared: folded, punctuation left out."""
    return _WORD.findall(fold(text))


def _candidates(doc: Document) -> Iterable[Candidate]:
    date = doc.date.isoformat() if doc.date else None
    quotes = [q for q in doc.quotes if q.kind != "term"]
    for q in quotes:
        yield Candidate(q.text, q.speaker, doc.path, q.line, date, q.start, q.end)
    for a, b in pairwise(quotes):
        if a.speaker == b.speaker and a.kind == b.kind == "quoted":
            yield Candidate(
                a.text + " … " + b.text, a.speaker, doc.path, a.line, date, a.start, b.end
            )


def _score(claim: list[str], quote: list[str]) -> tuple[float, int, int]:
    """Alignment score, and the span of quote words it aligns with."""
    matcher = SequenceMatcher(None, claim, quote, autojunk=False)
    blocks = [b for b in matcher.get_matching_blocks() if b.size]
    if not blocks:
        return 0.0, 0, 0
    matched = sum(b.size for b in blocks)
    lo, hi = blocks[0].b, blocks[-1].b + blocks[-1].size
    coverage = matched / len(claim)
    density = matched / (hi - lo)
    return 2 * coverage * density / (coverage + density), lo, hi


def _diff(claim: str, quote: str) -> list[dict[str, str]]:
    """Word-level differences between the claim and the words of the quote it matches."""
    a, b = _WORD.findall(claim), _WORD.findall(quote)
    matcher = SequenceMatcher(None, [fold(w) for w in a], [fold(w) for w in b], autojunk=False)
    return [
        {"op": op, "claim": " ".join(a[i1:i2]), "quote": " ".join(b[j1:j2])}
        for op, i1, i2, j1, j2 in matcher.get_opcodes()
        if op != "equal"
    ]


def candidates_of(documents: Iterable[Document]) -> Iterator[Candidate]:
    for doc in documents:
        yield from _candidates(doc)


def verify(
    claim: str,
    documents: Iterable[Document],
    speaker: str | None = None,
    aliases: Aliases | None = None,
) -> Verdict:
    """The verdict on a claimed quote, from every quote of the documents."""
    return verify_candidates(claim, candidates_of(documents), speaker, aliases)


def verify_candidates(
    claim: str,
    candidates: Iterable[Candidate],
    speaker: str | None = None,
    aliases: Aliases | None = None,
) -> Verdict:
    aliases = aliases or Aliases()
    said_words = claim_words(claim)
    if not said_words:
        return Verdict(NOT_FOUND, 0.0, claim, speaker)
    wanted = set(said_words)
    best: tuple[float, Candidate, int, int] | None = None
    best_by_speaker: tuple[float, Candidate, int, int] | None = None
    best_rank = speaker_rank = (0.0, 0)
    for candidate in candidates:
        words = claim_words(candidate.text)
        if len(wanted.intersection(words)) < 0.5 * len(wanted):
            continue
        score, lo, hi = _score(said_words, words)
        # Ties go to the quote closest in length to the claim (the whole quote first).
        rank = (score, -abs(len(words) - len(said_words)))
        if best is None or rank > best_rank:
            best, best_rank = (score, candidate, lo, hi), rank
        if (
            speaker
            and aliases.matches(speaker, candidate.speaker)
            and (best_by_speaker is None or rank > speaker_rank)
        ):
            best_by_speaker, speaker_rank = (score, candidate, lo, hi), rank
    if best is None or best[0] < CLOSE_AT:
        return Verdict(NOT_FOUND, best[0] if best else 0.0, claim, speaker)
    chosen = best
    if speaker and best_by_speaker is not None and best_by_speaker[0] >= CLOSE_AT:
        chosen = best_by_speaker  # the claimed speaker did say something close enough
    score, candidate, lo, hi = chosen
    said = _window_words(candidate.text, lo, hi)
    exact = score >= 0.999
    if speaker and not aliases.matches(speaker, candidate.speaker):
        verdict = MISATTRIBUTED
    else:
        verdict = EXACT if exact else CLOSE
    return Verdict(verdict, score, claim, speaker, candidate, [] if exact else _diff(claim, said))


def _window_words(text: str, lo: int, hi: int) -> str:
    """The stretch of the quote's own words that the claim aligns with."""
    spans = [m.span() for m in _WORD.finditer(fold(text))]
    if not spans or hi <= lo:
        return text
    # fold() keeps one character per character for Latin text, so spans map back closely;
    # when it does not (ligatures), the whole quote is used.
    if len(fold(text)) != len(text):
        return text
    return text[spans[lo][0] : spans[min(hi, len(spans)) - 1][1]]
