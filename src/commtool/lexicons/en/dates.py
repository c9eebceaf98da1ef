"""English: month and weekday names, relative dates, ordinals and ranges."""

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1}

RELATIVE_YEARS = {"this year": 0, "last year": -1, "next year": 1}

WEEKDAY_PAST_BEFORE = ("last",)

WEEKDAY_NEXT_BEFORE = ("next",)

ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")

RANGE_FROM = ("from",)

RANGE_TO = ("to",)
