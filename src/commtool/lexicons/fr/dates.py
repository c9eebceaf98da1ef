"""French: month and weekday names, relative dates, ordinals and ranges."""

MONTHS = {
    "janvier": 1,
    "janv": 1,
    "février": 2,
    "fevrier": 2,
    "févr": 2,
    "fevr": 2,
    "mars": 3,
    "avril": 4,
    "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "juil": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "sept": 9,
    "octobre": 10,
    "oct": 10,
    "novembre": 11,
    "nov": 11,
    "décembre": 12,
    "decembre": 12,
    "déc": 12,
}

WEEKDAYS = {
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
}

# Day offsets from the document's date.
RELATIVE_DAYS = {
    "aujourd'hui": 0,
    "ce jour": 0,
    "hier": -1,
    "avant-hier": -2,
    "demain": 1,
    "après-demain": 2,
}

# Year offsets from the document's date.
RELATIVE_YEARS = {
    "cette année": 0,
    "l'année dernière": -1,
    "l'an dernier": -1,
    "l'an passé": -1,
    "l'année passée": -1,
    "l'année prochaine": 1,
    "l'an prochain": 1,
}

# Words after a weekday that move it: "mardi dernier", "mardi prochain".
WEEKDAY_PAST = ("dernier",)

WEEKDAY_NEXT = ("prochain",)

# Day suffixes: "1er décembre", "1re".
ORDINAL_SUFFIXES = ("er", "re", "e")

# Range words: "du 17 au 19 novembre".
RANGE_FROM = ("du",)

RANGE_TO = ("au",)
