"""Checking a claimed quote against an archive: exact, close, misattributed, or not found.

A claim is compared word by word (accents, case and punctuation ignored) with every quote and
transcript turn, and with every two consecutive quotes of one speaker (a claim stitched from
two). The best local alignment wins: how much of the claim it covers and how densely.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from difflib import SequenceMatcher
from itertools import compress, pairwise
from operator import sub

from commtool.aliases import Aliases
from commtool.folding import fold
from commtool.model import Document

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
    words: str | None = None  # claim_words of the text joined by spaces, when already known
    # Of a claim's words, those the quote may hold (a superset, from an index), when known.
    present: frozenset[str] | None = None
    count: int | None = None  # len(compared()), when known
    # From an index: (text, words) read only for the quotes verify aligns; text is "" before.
    fetch: Callable[[], tuple[str, str]] | None = field(default=None, compare=False, repr=False)

    def loaded(self) -> Candidate:
        if self.fetch is None:
            return self
        text, words = self.fetch()
        return replace(self, text=text, words=words, fetch=None)

    def compared(self) -> list[str]:
        return self.words.split() if self.words is not None else claim_words(self.text)

    def size(self) -> int:
        """len(self.compared()), without splitting when the words are known."""
        if self.count is not None:
            return self.count
        if self.words is not None:
            return self.words.count(" ") + 1 if self.words else 0
        return len(self.compared())


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
    at = doc.first_char  # offsets in the file, when the document is a part of it
    for q in quotes:
        yield Candidate(q.text, q.speaker, doc.path, q.line, date, q.start + at, q.end + at)
    for a, b in pairwise(quotes):
        if a.speaker == b.speaker and a.kind == b.kind == "quoted":
            yield Candidate(
                a.text + " … " + b.text, a.speaker, doc.path, a.line, date, a.start + at, b.end + at
            )


def _score(claim: SequenceMatcher[str], size: int, quote: list[str]) -> tuple[float, int, int]:
    """Alignment score of the claim of `size` words (the matcher's second sequence, indexed
    once for every quote) with a quote, and the span of quote words it aligns with."""
    claim.set_seq1(quote)
    blocks = [b for b in claim.get_matching_blocks() if b.size]
    if not blocks:
        return 0.0, 0, 0
    matched = sum(b.size for b in blocks)
    lo, hi = blocks[0].a, blocks[-1].a + blocks[-1].size
    coverage = matched / size
    density = matched / (hi - lo)
    return 2 * coverage * density / (coverage + density), lo, hi


def _span_bound(wanted: Counter[str], size: int, words: list[str]) -> float:
    """The most any alignment of the claim (`size` words) with `words` can score: m matched
    words lie at m of the positions of claim words, so they span at least the narrowest
    window holding m of those positions."""
    positions = list(compress(range(len(words)), map(wanted.__contains__, words)))
    best = 0.0
    for m in range(1, min(size, len(positions)) + 1):
        span = min(map(sub, positions[m - 1 :], positions)) + 1
        coverage, density = m / size, m / span
        best = max(best, 2 * coverage * density / (coverage + density))
    return best


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
    wanted = Counter(said_words)
    needed = 0.5 * len(wanted)
    # The score is at most 2c / (1 + c) for a quote holding a share c of the claim's words
    # (at best densely): quotes are aligned from the highest such bound down, and the rest
    # are skipped once no bound can reach the best score found (ties go to the earlier quote).
    bounded: list[tuple[float, int, Candidate, int]] = []
    for order, candidate in enumerate(candidates):
        if candidate.present is not None:
            present = wanted.keys() & candidate.present
            size = candidate.size()
        else:
            words = candidate.compared()
            present = wanted.keys() & words
            size = len(words)
        if len(present) < needed:
            continue
        shared = sum(wanted[w] for w in present)  # at least the words it holds with repeats
        coverage = min(shared, len(said_words)) / len(said_words)
        bounded.append((2 * coverage / (1 + coverage), order, candidate, size))
    bounded.sort(key=lambda item: (-item[0], item[1]))
    aligner: SequenceMatcher[str] = SequenceMatcher(None, [], said_words, autojunk=False)
    best: tuple[float, Candidate, int, int] | None = None
    best_by_speaker: tuple[float, Candidate, int, int] | None = None
    best_rank = speaker_rank = (0.0, 0, 0)
    for bound, order, candidate, size in bounded:
        by_speaker = bool(speaker) and aliases.matches(speaker or "", candidate.speaker)
        if bound < best_rank[0] and not (by_speaker and bound >= speaker_rank[0]):
            if not speaker or bound < speaker_rank[0]:
                break
            continue
        # The best rank this quote could reach; it is aligned only if that beats a best one.
        reach = (bound, -abs(size - len(said_words)), -order)
        if reach < best_rank and not (by_speaker and reach > speaker_rank):
            continue
        candidate = candidate.loaded()
        words = candidate.compared()
        if candidate.present is not None:  # `present` was a superset: now the words are known
            held = wanted.keys() & words
            if len(held) < needed:
                continue
            coverage = min(sum(wanted[w] for w in held), len(said_words)) / len(said_words)
            reach = (2 * coverage / (1 + coverage), *reach[1:])
            if reach < best_rank and not (by_speaker and reach > speaker_rank):
                continue
        reach = (_span_bound(wanted, len(said_words), words), *reach[1:])
        if reach < best_rank and not (by_speaker and reach > speaker_rank):
            continue  # its claim words lie too far apart to align densely enough
        score, lo, hi = _score(aligner, len(said_words), words)
        # Ties go to the quote closest in length to the claim (the whole quote first).
        rank = (score, -abs(len(words) - len(said_words)), -order)
        if best is None or rank > best_rank:
            best, best_rank = (score, candidate, lo, hi), rank
        if by_speaker and (best_by_speaker is None or rank > speaker_rank):
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
