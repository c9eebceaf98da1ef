"""Quotation marks paired into quoted spans, and transcript turns (`Vladimir Putin: …`).

Handles « », “ ”, „ “, ‹ ›, straight "…", ‘ ’ and '…' as outer or inner marks; real-world
glitches (« … " or reversed ” … “ pairs, a quote left open at the end of a paragraph); a quote
running over several paragraphs (an opening mark on each, one closing mark); and never takes an
apostrophe (l’État, Russia’s) for a quote mark.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import NamedTuple

from commtool import regexcache
from commtool.folding import fold
from commtool.lexicons import languages, union
from commtool.model import Paragraph
from commtool.typography import LINE_ENDS, QUOTE_MARKS
from commtool.typography import SPACES as TYPE_SPACES

SPACES = TYPE_SPACES + LINE_ENDS
_MARK = regexcache.compile(f"[{QUOTE_MARKS}]")
_CLOSERS = {"«": "»", "“": "”", "„": "“”", "”": "“”", "‹": "›", '"': '"', "‘": "’", "'": "'"}
MAX_DEPTH = 8  # quotes nested deeper than this are read as text
_OPEN_CONTEXT = SPACES + "([{—–-/«“„‹‘:;,"


class Span(NamedTuple):
    """The words between a pair of marks: text[start:end], marks excluded, spaces trimmed."""

    start: int
    end: int
    open_at: int  # offset of the opening mark
    close_at: int | None  # offset of the closing mark, None when left open


# Two single marks written for a double one ("‘’perspectives’’", "“undiplomatic’’"): the
# double mark they stand for.
_DOUBLED = {"‘‘": "“", "‘’": "“", "’’": "”"}


def _role(
    text: str, at: int, lo: int, hi: int, open_marks: list[str], mark: str = "", width: int = 1
) -> str | None:
    """'open', 'close' or None (an apostrophe or a stray mark) for the mark at text[at]
    (`mark`, `width`: a mark written with `width` characters)."""
    mark = mark or text[at]
    before = text[at - 1] if at > lo else " "
    after = text[at + width] if at + width < hi else " "
    if mark in "«„‹":
        return "open"
    if mark in "»›":
        return "close"
    if mark == "“":
        if open_marks and open_marks[-1] in "„”":
            return "close"
        if not open_marks and before not in _OPEN_CONTEXT and (after in SPACES or after in ".,;:"):
            return "close"  # a reversed pair ” … “
        return "open"
    if mark == "”":
        if not open_marks and before in _OPEN_CONTEXT and after.isalnum():
            return "open"  # a reversed pair
        return "close"
    if mark == '"':
        if '"' in open_marks and (before not in _OPEN_CONTEXT or after in SPACES):
            return "close"
        if before in _OPEN_CONTEXT and after not in SPACES:
            return "open"
        if not open_marks and before in ".!?" and after.isupper():
            return "open"  # 'saga."The President…': a quote glued to the sentence before
        return "close" if open_marks else None
    if mark == "‘":
        return "open" if before in _OPEN_CONTEXT else None
    # ’ and ': apostrophes unless they close an open single quote at a word's end.
    if mark in "’'" and before.isalpha() and after.isalpha():
        return None
    if (
        ("‘" in open_marks and mark == "’") or ("'" in open_marks and mark == "'")
    ) and not after.isalpha():
        return "close"
    if mark == "'" and before in _OPEN_CONTEXT and after.isalpha():
        return "open"
    return None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def find_spans(text: str, lo: int, hi: int) -> list[Span]:
    """Outermost quoted spans in text[lo:hi] (one paragraph), in order."""
    spans: list[Span] = []
    stack: list[tuple[str, int]] = []  # (opening mark, offset)
    open_marks: list[str] = []  # the marks of `stack`, kept alongside it
    skip = lo  # the second character of a doubled mark
    for m in _MARK.finditer(text, lo, hi):
        at = m.start()
        if at < skip:
            continue
        mark = _DOUBLED.get(text[at : at + 2], "")
        width = 2 if mark else 1
        skip = at + width
        mark = mark or text[at]
        role = _role(text, at, lo, hi, open_marks, mark, width)
        if role == "open":
            if len(stack) >= MAX_DEPTH:
                continue  # hundreds of « in a row: the outermost is the quote
            stack.append((mark, at + width - 1))
            open_marks.append(mark)
        elif role == "close" and stack:
            depth = next(
                (i for i in range(len(stack) - 1, -1, -1) if mark in _CLOSERS[stack[i][0]]), None
            )
            if depth is None:
                # « … " : close the outermost quote if its own closer never comes.
                own = _CLOSERS[stack[0][0]]
                if mark in "’'" or any(text.find(c, at, hi) != -1 for c in own):
                    continue
                depth = 0
            opened = stack[depth][1]
            del stack[depth:]
            del open_marks[depth:]
            if not stack:
                start, end = _trim(text, opened + 1, at)
                if end > start:
                    spans.append(Span(start, end, opened, at + width - 1))
    if stack:
        opened = stack[0][1]
        start, end = _trim(text, opened + 1, hi)
        if end > start:
            spans.append(Span(start, end, opened, None))
    return spans


def quote_spans(text: str, paragraphs: Sequence[Paragraph]) -> list[Span]:
    """Quoted spans of the body, a quote left open at a paragraph's end joined to the next
    paragraph when that one opens with a quotation mark (the multi-paragraph convention), or
    to the closing mark that a later paragraph opens its marks with, when only paragraphs
    with no mark stand between (a quote of several paragraphs marked at its ends only)."""
    body = [p for p in paragraphs if p.kind in ("body", "title")]
    result: list[Span] = []
    pending: Span | None = None
    at, resume = 0, -1
    while at < len(body):
        paragraph = body[at]
        spans = find_spans(text, max(paragraph.start, resume), paragraph.end)
        if pending is not None:
            first = spans[0] if spans else None
            if first is not None and first.open_at == paragraph.start:
                merged = Span(pending.start, first.end, pending.open_at, first.close_at)
                spans = [merged, *spans[1:]]
            else:
                closing = _closed_later(text, body, at, text[pending.open_at])
                if closing is not None:
                    at, close = closing
                    end = _trim(text, pending.start, close)[1]
                    result.append(Span(pending.start, end, pending.open_at, close))
                    pending, resume = None, close + 1
                    continue
                result.append(pending)
            pending = None
        if spans and spans[-1].close_at is None:
            pending = spans.pop()
        result.extend(spans)
        at += 1
    if pending is not None:
        result.append(pending)
    return result


CLOSED_WITHIN = 8  # paragraphs after an unclosed quote where its closing mark is looked for


def _closed_later(
    text: str, body: Sequence[Paragraph], at: int, opening: str
) -> tuple[int, int] | None:
    """(index of the paragraph, offset) of the closing mark that ends a quote left open before
    body[at], when the first mark of the paragraphs from `at` on is that closing mark."""
    closers = _CLOSERS.get(opening)
    if closers is None:  # a doubled mark ("‘’" written for "“") is not looked for further
        return None
    for index in range(at, min(len(body), at + CLOSED_WITHIN)):
        paragraph = body[index]
        for m in _MARK.finditer(text, paragraph.start, paragraph.end):
            role = _role(text, m.start(), paragraph.start, paragraph.end, [opening])
            if role == "close" and text[m.start()] in closers:
                return index, m.start()
            if role is not None:
                return None  # another quote opens first
    return None


_LABEL = regexcache.compile(
    r"(?P<label>[^\W\d_][^:\n]{0,160}?)[ \u00a0]*(?::|[ \u00a0][-–—](?=[ \u00a0]))[ \u00a0]*(?=\S)"
)
LABEL_WORDS_MAX = (
    16  # "President of the Republic of Guinea and Chairperson of the African Union Alpha Conde"
)
_SEPARATOR = regexcache.compile(r"[\W_]*")
_LABEL_LOWER_OK = frozenset("of de du des the la le l d and et".split())
_OFFICE_LINKS = _LABEL_LOWER_OK | {"for"}  # "Minister for Civil Defence", "of the Agency"


def turn_label(text: str, paragraph: Paragraph) -> tuple[str, int] | None:
    """('President of Russia Vladimir Putin', offset where the words start) for a transcript
    turn, or None. Labels are in capitals (SECRETARY KERRY:, SG:, M. RAU -) or a capitalised
    name or title ending in a colon; the caller checks that a person is named."""
    m = _LABEL.match(text, paragraph.start, min(paragraph.end, paragraph.start + 200))
    if not m:
        return None
    written = m.group("label").strip()
    if ":" not in m.group() and written.endswith(")"):
        return None  # "SINGAPORE (Reuters) -": an agency's dateline, not a turn
    label = re.sub(r"[ \u00a0]*\([^()]{1,40}\)$", "", written)  # "(retranslated)"
    if ":" in m.group() and label.count(",") == 1:
        # "Yevgeny Rozhkov, reporter at VGTRK:", "Sports commentator Dmitry Guberniyev,
        # ceremony moderator:": the name, then the role it plays here
        head, role = (part.strip() for part in label.split(","))
        head_words = head.split()
        named = head_words[-2:]
        linked = len(head_words) > 2 and head_words[-3].lower() in _OFFICE_LINKS
        if (
            len(named) == 2
            and all(w[:1].isupper() for w in named)
            and not linked  # "Minister of Digital Development, …": an office, no name
            # a title of a word or two before the name ("Sports commentator"), no clause
            # ("Patrice Talon a remercié son hôte Emmanuel Macron, qui a répondu :")
            and sum(1 for w in head_words if w[:1].islower()) <= HEAD_LOWER_MAX
            and 0 < len(role.split()) <= ROLE_WORDS_MAX
            and not any(c in role for c in ';?!«»“”"()')
            and not _clause_words().intersection(w.lower() for w in role.split())
        ):
            return head, m.end()  # the caller checks that the name is a person's
    words = label.split()
    if not words or len(words) > LABEL_WORDS_MAX or any(c in label for c in ',;?!«»“”"()'):
        return None
    letters = [c for c in label if c.isalpha()]
    all_caps = len(letters) >= 2 and all(c.isupper() for c in letters)
    if ":" not in m.group() and not (all_caps or any(w.isupper() and len(w) > 2 for w in words)):
        return None  # the dash form needs a name in capitals: "M. Jacob ZUMA -"
    if not all_caps and not is_role_label(label):
        for word in words:
            core = word.strip(".’'")
            if core and not core[0].isupper() and core.lower() not in _LABEL_LOWER_OK:
                return None
    return label, m.end()


ROLE_LABEL_WORDS = 5  # "Response from the hall", "Question from the audience"
ROLE_WORDS_MAX = 6  # "reporter at VGTRK", after a turn label's name and a comma
HEAD_LOWER_MAX = 2  # lower-case words before that name: "Sports commentator", "TV anchor"


@lru_cache(maxsize=1)
def _clause_words() -> frozenset[str]:
    """Verbs and pronouns that make a clause of what follows a comma ("Mr President, my
    question is as follows:"), which no role is."""
    words = {
        w.lower()
        for w in (*union("SUBJECT_PRONOUNS"), *union("SECOND_PERSON"), *union("RELATIVE_PRONOUNS"))
    }
    for lexicon in languages().values():
        words |= lexicon.FINITE_VERBS
    return frozenset(words)


@lru_cache(maxsize=1)
def _roles() -> frozenset[str]:
    return frozenset(fold(role) for role in union("TURN_ROLES"))


def is_role_label(label: str) -> bool:
    """Whether a turn's label names a role, not a person: one of the lexicons' roles, or
    its first word before a complement ("Response from the hall", "Вопрос из зала")."""
    words = fold(label).split()
    if not words or len(words) > ROLE_LABEL_WORDS:
        return False
    roles = _roles()
    return " ".join(words) in roles or (len(words) > 2 and words[0] in roles)


def is_separator(paragraph: Paragraph) -> bool:
    """'* * *', '<…>', '…': a break in a transcript."""
    return _SEPARATOR.fullmatch(paragraph.text.strip()) is not None
