"""Dates in French, English and Russian text: full, partial and relative, found by one regex.

The month and day names come from the lexicons; the engine knows no language. Explicit dates
are found first (`find_dates`), the document's date is chosen from them, then partial and
relative mentions are resolved against it (`resolve`).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from typing import NamedTuple

from commtool import regexcache
from commtool.lexicons import merged, union
from commtool.patterns import WordAnchored, Words, first_words, word_alternation

FULL = "full"  # day, month and year all written
NO_YEAR = "no year"  # "le 19 novembre"
RANGE_START = "range start"  # the 17 of "du 17 au 19 novembre 2025"
RELATIVE_DAY = "relative day"  # "hier", "yesterday"
RELATIVE_YEAR = "relative year"  # "cette année"
WEEKDAY = "weekday"  # "mercredi", "last Tuesday"


class RawDate(NamedTuple):
    """A date as written, before any part is borrowed from the document's date."""

    start: int
    end: int
    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    offset: int = 0  # days (relative day) or years (relative year)
    weekday: int | None = None
    direction: int = 0  # weekday: -1 the last one, +1 the next one, 0 the nearest


def _alternation(words: list[str] | tuple[str, ...]) -> str:
    return word_alternation(words, lower=True)


@lru_cache(maxsize=1)
def _tables() -> tuple[
    WordAnchored, dict[str, int], dict[str, int], dict[str, int], dict[str, int]
]:
    months = merged("MONTHS")
    weekdays = merged("WEEKDAYS")
    rel_days = merged("RELATIVE_DAYS")
    rel_years = merged("RELATIVE_YEARS")
    suffixes = "|".join(sorted(union("ORDINAL_SUFFIXES"), key=len, reverse=True))
    mon = rf"(?:{_alternation(list(months))})\.?"
    wd = rf"(?:{_alternation(list(weekdays))})"
    day = rf"(?:3[01]|[12]\d|0?[1-9])(?:{suffixes})?"
    year = r"(?:1[89]\d\d|2[01]\d\d)"
    # the word for "year" some languages write after it: "12 июня 2014 года"
    year_word = (
        rf"(?:[ \u00a0]+(?:{_alternation(list(union('YEAR_WORDS')))}))?"
        if union("YEAR_WORDS")
        else ""
    )
    range_to = _alternation([*union("RANGE_TO"), "-", "–", "and", "et"])
    before = _alternation([*union("WEEKDAY_PAST_BEFORE"), *union("WEEKDAY_NEXT_BEFORE")])
    after = _alternation([*union("WEEKDAY_PAST"), *union("WEEKDAY_NEXT")])
    # One look-behind for all branches: positions inside a word fail at once.
    pattern = rf"""(?<!\w)(?:
        (?P<iso>(?P<iy>{year})-(?P<im>0[1-9]|1[0-2])-(?P<id>3[01]|[12]\d|0[1-9])\b)
      | (?P<num>(?:{wd},?\s+)?(?P<nd>3[01]|[12]\d|0?[1-9])[/.](?P<nm>1[0-2]|0?[1-9])[/.](?P<ny>{year})\b)
      | (?P<dmy>(?:{wd},?\s+)?(?:(?P<rd>{day})\s*(?:{range_to})\s*)?(?P<d1>{day})\s+(?:de\s+)?(?P<m1>{mon})(?:(?:,?\s+|[ \t]*[/|·][ \t]*)(?P<y1>{year}){year_word})?(?!\w))
      | (?P<mdy>(?:{wd},?\s+)?(?P<m2>{mon})\s+(?P<d2>{day})(?!\w)(?:,?\s+(?P<y2>{year}))?(?!\w))
      | (?P<rday>(?:{_alternation(list(rel_days))})(?!\w))
      | (?P<ryear>(?:{_alternation(list(rel_years))})(?!\w))
      | (?P<wday>(?:(?P<wb>{before})\s+)?(?P<w>{wd})(?:\s+(?P<wa>{after}))?(?!\w))
    )"""
    compiled = regexcache.compile(pattern, re.IGNORECASE | re.VERBOSE)
    # A date opens with a digit or one of these words: only there is the pattern tried.
    openers = first_words(
        [
            *months,
            *weekdays,
            *rel_days,
            *rel_years,
            *union("WEEKDAY_PAST_BEFORE"),
            *union("WEEKDAY_NEXT_BEFORE"),
        ]
    )
    anchored = WordAnchored(compiled, openers, digits=True)
    return anchored, months, weekdays, rel_days, rel_years


def _number(token: str) -> int:
    return int(re.match(r"\d+", token).group())  # type: ignore[union-attr]


def _key(token: str) -> str:
    """A matched word or phrase as the lexicons write it: lower case, one plain space between
    words (the text may have non-breaking, narrow or double ones), a straight apostrophe."""
    return " ".join(token.lower().rstrip(".").replace("’", "'").split())


def find_dates(
    text: str, start: int = 0, end: int | None = None, words: Words | None = None
) -> list[RawDate]:
    """Every date mention in text[start:end], as written (nothing resolved yet); `words`, the
    text's words when already found."""
    pattern, months, weekdays, rel_days, rel_years = _tables()
    found: list[RawDate] = []
    past = {w.lower() for w in (*union("WEEKDAY_PAST"), *union("WEEKDAY_PAST_BEFORE"))}
    for m in pattern.finditer(text, start, end, words):
        s, e = m.span()
        if m.group("iso"):
            found.append(RawDate(s, e, FULL, int(m["iy"]), int(m["im"]), int(m["id"])))
        elif m.group("num"):
            day, month = int(m["nd"]), int(m["nm"])
            found.append(RawDate(s, e, FULL, int(m["ny"]), month, day))
        elif m.group("dmy"):
            month = months[_key(m["m1"])]
            year = int(m["y1"]) if m["y1"] else None
            if m["rd"]:
                found.append(RawDate(s, m.end("rd"), RANGE_START, year, month, _number(m["rd"])))
                s = m.start("d1")
            found.append(RawDate(s, e, FULL if year else NO_YEAR, year, month, _number(m["d1"])))
        elif m.group("mdy"):
            if m["m2"][0].islower():  # "may 5": a verb, not a month
                continue
            month = months[_key(m["m2"])]
            year = int(m["y2"]) if m["y2"] else None
            found.append(RawDate(s, e, FULL if year else NO_YEAR, year, month, _number(m["d2"])))
        elif m.group("rday"):
            found.append(RawDate(s, e, RELATIVE_DAY, offset=rel_days[_key(m["rday"])]))
        elif m.group("ryear"):
            found.append(RawDate(s, e, RELATIVE_YEAR, offset=rel_years[_key(m["ryear"])]))
        else:
            modifier = (m["wb"] or m["wa"] or "").lower()
            direction = (-1 if modifier in past else 1) if modifier else 0
            found.append(
                RawDate(s, e, WEEKDAY, weekday=weekdays[_key(m["w"])], direction=direction)
            )
    return found


def to_date(raw: RawDate, reference: dt.date | None) -> tuple[dt.date, bool] | None:
    """The calendar date of a mention and whether any part was inferred; None if it cannot be."""
    try:
        if raw.kind == FULL and raw.year and raw.month and raw.day:
            return dt.date(raw.year, raw.month, raw.day), False
        if reference is None:
            return None
        if raw.kind in (NO_YEAR, RANGE_START) and raw.month and raw.day:
            year = raw.year or reference.year
            candidate = dt.date(year, raw.month, raw.day)
            if raw.year is None and (candidate - reference).days > 183:
                candidate = candidate.replace(year=year - 1)
            elif raw.year is None and (reference - candidate).days > 183:
                candidate = candidate.replace(year=year + 1)
            return candidate, True
        if raw.kind == RELATIVE_DAY:
            return reference + dt.timedelta(days=raw.offset), True
        if raw.kind == RELATIVE_YEAR:
            return dt.date(reference.year + raw.offset, 1, 1), True
        if raw.kind == WEEKDAY and raw.weekday is not None:
            from dateutil.relativedelta import relativedelta, weekday

            if raw.direction < 0:
                return reference + relativedelta(days=-1, weekday=weekday(raw.weekday)(-1)), True
            if raw.direction > 0:
                return reference + relativedelta(days=+1, weekday=weekday(raw.weekday)(+1)), True
            back = reference + relativedelta(weekday=weekday(raw.weekday)(-1))
            ahead = reference + relativedelta(weekday=weekday(raw.weekday)(+1))
            return (back if reference - back <= ahead - reference else ahead), True
    except ValueError:  # 31 February and the like
        return None
    return None


def parse_date_value(value: str) -> dt.date | None:
    """The date in a metadata value ('Date: …'): our own patterns first, then dateutil's."""
    for raw in find_dates(value):
        resolved = to_date(raw, None)
        if resolved:
            return resolved[0]
    if not re.search(r"\d", value):
        return None
    from dateutil import parser

    try:
        return parser.parse(value, fuzzy=True, dayfirst=True).date()
    except (ValueError, OverflowError):
        return None


BOUND_FORMS = "YYYY, YYYY-MM, YYYY-MM-DD, 'août 2020', 'August 2020' or '24 novembre 2025'"
_YEAR = re.compile(r"(\d{4})")
_YEAR_MONTH = re.compile(r"(\d{4})-(\d{1,2})")
_ISO_DAY = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
_MONTH_YEAR = re.compile(r"([^\W\d_][^\W\d_.]*)\.?[ \u00a0]+(\d{4})")


def _month_of(text: str) -> tuple[int, int] | None:
    """(year, month) of "2020-08", "août 2020", "Aug. 2020"; None for anything else."""
    if m := _YEAR_MONTH.fullmatch(text):
        return int(m[1]), int(m[2])
    if m := _MONTH_YEAR.fullmatch(text):
        number = merged("MONTHS").get(_key(m[1]))
        return (int(m[2]), number) if number else None
    return None


def parse_date_bound(value: str, end: bool = False) -> dt.date | None:
    """A date given as a bound (--since, --until): a year means its first day (with `end`,
    its last), a month likewise, a day itself; in any language of the lexicons ("août
    2020", "24 novembre 2025"). None for anything else: no guess ("1e400", "-5")."""
    import calendar

    text = " ".join(value.split())
    try:
        if m := _YEAR.fullmatch(text):
            year = int(m[1])
            return dt.date(year, 12, 31) if end else dt.date(year, 1, 1)
        month = _month_of(text)
        if month is not None:
            year, number = month
            last = calendar.monthrange(year, number)[1]
            return dt.date(year, number, last if end else 1)
        if m := _ISO_DAY.fullmatch(text):
            return dt.date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:  # month 13, day 31 of a short month
        return None
    found = find_dates(text)
    whole = len(found) == 1 and found[0].start == 0 and found[0].end >= len(text.rstrip("."))
    if whole and found[0].kind == FULL:  # "24 novembre 2025", "November 24, 2025"
        resolved = to_date(found[0], None)
        return resolved[0] if resolved else None
    return None
