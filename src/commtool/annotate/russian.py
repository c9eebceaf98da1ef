"""Russian names as a person is called: in the nominative, without the words glued before them.

Russian declines names: "Путина", "Путину", "Путиным" are all Владимир Путин, and a title's
complement stands in the genitive right before the name ("премьер-министр Словакии Роберт
Фицо", "в Китае Путин"). The morphology comes from pymorphy3 and its Russian dictionaries,
loaded on the first Cyrillic name, so that French and English runs never load them. Only
words the dictionaries know are changed: a foreign name they do not know ("Сассу-Нгессо",
"Гойта") is left as written, since a guess at its case would make another name of it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from commtool.folding import fold

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
# What a word glued before a name may be: a place, an abbreviation ("РФ", "КНР"), an
# organisation, an adjective ("Латинской Америки").
_PLACE_TAGS = frozenset({"Geox", "Abbr", "Orgn", "ADJF"})


def has_cyrillic(text: str) -> bool:
    return not text.isascii() and _CYRILLIC.search(text) is not None


@lru_cache(maxsize=1)
def _analyzer() -> Any | None:
    """The morphological analyser, or None when pymorphy3 is not installed."""
    try:
        import pymorphy3
    except ImportError:  # pragma: no cover - a dependency of the package
        return None
    return pymorphy3.MorphAnalyzer(lang="ru")


@lru_cache(maxsize=4096)
def _parses(word: str) -> tuple[Any, ...]:
    """The dictionary's analyses of a word (none for a word it only guesses at)."""
    analyzer = _analyzer()
    if analyzer is None:
        return ()
    return tuple(p for p in analyzer.parse(word) if p.is_known)


def _grammemes(parse: Any) -> set[str]:
    return set(str(parse.tag).replace(" ", ",").split(","))


def _nominative(word: str) -> tuple[str, str | None]:
    """A name word in the nominative, written as it was ("Путиным" → "Путин",
    "Захаровой" → "Захарова"), or the word itself; and the case it was in, when the
    dictionaries know it as a man's name ("Виктором": instrumental)."""
    for parse in _parses(word):
        if _grammemes(parse) & _NAME_TAGS:
            case = parse.tag.case if parse.tag.gender == "masc" else None
            if parse.tag.case == "nomn":
                return word, None
            form = parse.inflect({"nomn"})
            if form is None:
                return word, None
            made: str = form.word
            if "-" in word or made.replace("ё", "е") == word.lower().replace("ё", "е"):
                return word, case
            return (made[:1].upper() + made[1:] if word[:1].isupper() else made), case
    return word, None


# The endings a man's surname takes in a case, and what it ends in in the nominative: after
# "Виктором", "Орбаном" is Орбан; after "Владимиру", "Зеленскому" is Зеленский.
_SURNAME_CASES = {
    "ablt": (("ским", "ский"), ("ом", ""), ("ем", ""), ("ой", "а")),
    "datv": (("скому", "ский"), ("у", ""), ("ю", ""), ("е", "а")),
    "gent": (("ского", "ский"), ("ы", "а"), ("а", ""), ("я", "")),
    "accs": (("ского", "ский"), ("у", "а"), ("а", ""), ("я", "")),
    "loct": (("ском", "ский"), ("е", "")),
}


def _surname_nominative(word: str, case: str) -> str:
    """A surname the dictionaries do not know, after a given name in `case`, in the
    nominative by its ending ("Орбаном" after "Виктором": Орбан)."""
    if _parses(word) or "-" in word:
        return word
    for ending, nominative in _SURNAME_CASES.get(case, ()):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: len(word) - len(ending)] + nominative
    return word


def _glued(word: str) -> bool:
    """Whether a word before a name is a place, an abbreviation or an adjective the
    dictionary knows, and no name; or a word of four letters or more it knows as no name
    and no being at all ("Встреча Лаврова": the sentence's first word)."""
    parses = _parses(word.rstrip("."))
    if not parses or any(_grammemes(p) & _NAME_TAGS and p.score >= 0.3 for p in parses):
        return False
    as_name = max((p.score for p in parses if _grammemes(p) & _NAME_TAGS), default=0.0)
    as_place = max((p.score for p in parses if _grammemes(p) & _PLACE_TAGS), default=0.0)
    if as_place:
        return as_place > as_name  # "Лавровым": a surname as likely as an adjective
    return len(word) >= 4 and not any(_grammemes(p) & (_NAME_TAGS | {"anim"}) for p in parses)


def _given_name(word: str) -> bool:
    """Whether the dictionary knows a word as a given name first of all ("Владимир")."""
    parses = _parses(word) if has_cyrillic(word) else ()
    return bool(parses) and "Name" in _grammemes(parses[0]) and parses[0].score >= 0.5


def is_surname(word: str) -> bool:
    """Whether a capitalised word is a surname the dictionary knows ("Песков", "Лаврову",
    "Захарова"), and no place, organisation or abbreviation ("Москва", "Кремль")."""
    if not word[:1].isupper() or word.isupper() or not has_cyrillic(word):
        return False
    parses = _parses(word)
    return any("Surn" in _grammemes(p) for p in parses) and not any(
        _grammemes(p) & _PLACE_TAGS - {"ADJF"} for p in parses
    )


def person_name(name: str) -> str | None:
    """A Russian name as its person is called: the places glued around it dropped, each
    word the dictionary knows as a name put in the nominative; None when nothing of a name
    is left ("Латинской Америки")."""
    tokens = name.split()
    while tokens and has_cyrillic(tokens[0]) and _glued(tokens[0]):
        tokens.pop(0)
    # "в Тяньцзине Владимир Путин": a word the dictionary does not know, before a given name
    # it knows and a surname, is a place in its case, not a first given name.
    given = next((i for i, t in enumerate(tokens[:-1]) if i and _given_name(t)), 0)
    if given and not any(_given_name(t) or _parses(t) for t in tokens[:given]):
        tokens = tokens[given:]
    # A place after a name is no part of it either ("обсудил с Путиным Украину").
    while len(tokens) > 1 and has_cyrillic(tokens[-1]) and _glued(tokens[-1]):
        tokens.pop()
    if not tokens:
        return None
    named: list[str] = []
    case: str | None = None  # the case of the given name before, a man's
    for token in tokens:
        if not has_cyrillic(token) or "." in token:
            named.append(token)
            case = None
            continue
        word, found = _nominative(token)
        if word == token and case is not None:
            word = _surname_nominative(token, case)
        if word == token and len(tokens) > 1 and token.endswith(("ом", "ой")):
            # A foreign name the dictionary does not know, in the instrumental ("с Умару
            # Моктаром Сисоку Эмбало", "с Сирилом Рамафосой"): no name of that kind ends so.
            word = _surname_nominative(token, "ablt")
        named.append(word)
        case = found
    return " ".join(named)


# The case endings of Russian nouns and adjectival surnames, longest first, as written and
# as folded ("ой" folds to "ои": the breve is an accent to the fold).
_WRITTEN_ENDINGS = (
    "ами ями ого его ому ему ыми ими ий ый ая ом ем ём ой ей ою ею ую юю ам ям ах ях ым им "
    "у ю а я е ы и й ь".split()
)
_ENDINGS = tuple(sorted({*_WRITTEN_ENDINGS, *map(fold, _WRITTEN_ENDINGS)}, key=len, reverse=True))


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A Cyrillic word without its case ending ("цзиньпином", "цзиньпин" → "цзиньпин";
    "рамафосой", "рамафоса" → "рамафос"), for telling the case forms of a name the
    dictionaries do not know as one; any other word as it is."""
    if len(word) < 5 or word.isascii() or not has_cyrillic(word):
        return word
    for ending in _ENDINGS:
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word
