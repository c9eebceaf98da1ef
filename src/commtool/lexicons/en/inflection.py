"""English: the forms of a verb that report speech, made from its lemma.

A cue is a lemma with its inflections, not a list of written forms: "reiterate" reports in
"reiterated", "reiterates" and "reiterating". The rules are those of English spelling: -ed,
-s and -ing, with the final e dropped ("note", "noting"), y after a consonant turned to i
("deny", "denied", "denies"), -es after a sibilant ("stress", "stresses"), and the final
consonant doubled where the lemma is written with a "+" ("regret+": "regretted"), since that
depends on stress, which spelling does not show. The irregular verbs are listed. A lemma of
several words inflects its first one: "point out", "pointed out".
"""

from __future__ import annotations

# Irregular verbs among the cues: the past (and past participle), as written.
IRREGULAR_PAST = {
    "say": "said",
    "tell": "told",
    "write": "wrote",
    "speak": "spoke",
    "undertake": "undertook",
    "foresee": "foresaw",
    "send": "sent",
    "seek": "sought",
    "swear": "swore",
    "pay": "paid",
    "make": "made",
    "put": "put",
}

_VOWELS = "aeiou"


def _past(verb: str) -> str:
    if verb in IRREGULAR_PAST:
        return IRREGULAR_PAST[verb]
    if verb.endswith("e"):
        return f"{verb}d"
    if verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        return f"{verb[:-1]}ied"
    return f"{verb}ed"


def _third(verb: str) -> str:
    if verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        return f"{verb}es"
    if verb.endswith("y") and verb[-2:-1] not in _VOWELS:
        return f"{verb[:-1]}ies"
    return f"{verb}s"


def _gerund(verb: str) -> str:
    if verb.endswith("ie"):
        return f"{verb[:-2]}ying"
    if verb.endswith("e") and not verb.endswith(("ee", "ye", "oe")):
        return f"{verb[:-1]}ing"
    return f"{verb}ing"


def _inflect(lemma: str) -> tuple[str, str, str]:
    """The past, the third person singular and the gerund of `lemma`."""
    first, _, rest = lemma.partition(" ")
    tail = f" {rest}" if rest else ""
    if first.endswith("+"):  # the final consonant doubles before -ed and -ing
        verb = first[:-1]
        past = IRREGULAR_PAST.get(verb, f"{verb}{verb[-1]}ed")  # "put+ forward": "put forward"
        return f"{past}{tail}", f"{_third(verb)}{tail}", f"{verb}{verb[-1]}ing{tail}"
    return f"{_past(first)}{tail}", f"{_third(first)}{tail}", f"{_gerund(first)}{tail}"


def past_forms(lemmas: str) -> tuple[str, ...]:
    """The past of every lemma in `lemmas` (separated by commas)."""
    return tuple(dict.fromkeys(_inflect(lemma)[0] for lemma in _split(lemmas)))


def present_forms(lemmas: str) -> tuple[str, ...]:
    """The third person singular and the gerund of every lemma in `lemmas`."""
    return tuple(dict.fromkeys(form for lemma in _split(lemmas) for form in _inflect(lemma)[1:]))


def third_persons(lemmas: str) -> tuple[str, ...]:
    """The third person singular of every lemma in `lemmas` ("calls", "notes"): the form
    that is also a plural noun."""
    return tuple(dict.fromkeys(_inflect(lemma)[1] for lemma in _split(lemmas)))


def _split(lemmas: str) -> list[str]:
    return [" ".join(lemma.split()) for lemma in lemmas.split(",") if lemma.strip()]
