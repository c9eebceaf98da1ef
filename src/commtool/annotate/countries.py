"""States: the one table of their names and demonyms in every language (other names of a
state counted as its usual name: "Faso" is Burkina Faso), and how often a text names each."""

from __future__ import annotations

from collections import Counter
from functools import lru_cache
from itertools import compress
from operator import not_

from commtool import regexcache
from commtool.annotate.russian import has_cyrillic
from commtool.folding import fold
from commtool.lexicons import demonyms, languages
from commtool.lexicons.ru.inflection import adjective_lemma


def demonym_key(word: str) -> str:
    """How a word is looked up among demonyms: folded, and a Russian adjective in its
    masculine nominative first, as the lexicon gives it ("российского": российский)."""
    if not word.isascii() and has_cyrillic(word):
        return fold(adjective_lemma(word.lower()))
    return fold(word)


def _demonym_variants(form: str) -> list[str]:
    """A demonym and its plurals ("togolais", "Togolese", "Malians"); a Russian one is
    given in all its forms already."""
    found = [form]
    if not form.isascii() and has_cyrillic(form):
        return found
    if not form.endswith(("s", "x")):
        found.append(form + "s")
    found.append(form + "es")
    return found


@lru_cache(maxsize=1)
def country_keys() -> dict[str, str]:
    """Every name the lexicons give a state or region, folded, to the usual name of what it
    names ("faso" and "burkina faso": Burkina Faso; "brics": BRICS)."""
    table: dict[str, str] = regexcache.remembered_table("country_keys", _country_keys)
    return table


def _country_keys() -> dict[str, str]:
    keys: dict[str, str] = {}
    for module in languages().values():
        for country in module.COUNTRIES:
            keys[fold(country)] = module.COUNTRY_ALIASES.get(country, country)
        for alias, country in module.COUNTRY_ALIASES.items():  # "Great Britain", "UK"
            keys.setdefault(fold(alias), country)
    return keys


@lru_cache(maxsize=1)
def demonym_keys() -> dict[str, str]:
    """Every demonym of the lexicons and its plurals, folded, to the usual name of its state
    ("burkinabes": Burkina Faso)."""
    table: dict[str, str] = regexcache.remembered_table("demonym_keys", _demonym_keys)
    return table


def _demonym_keys() -> dict[str, str]:
    keys: dict[str, str] = {}
    for module in languages().values():
        for country, forms in module.COUNTRIES.items():
            state = module.COUNTRY_ALIASES.get(country, country)
            for form in demonyms(forms):
                keys.update(dict.fromkeys(map(fold, _demonym_variants(form)), state))
    return keys


@lru_cache(maxsize=1)
def _country_names() -> tuple[dict[str, str], dict[str, int]]:
    """Folded names and demonyms of states (regions and organisations left out, other names of
    a state counted as its usual name), and for each first word the most words a name that
    opens with it has."""
    tables: tuple[dict[str, str], dict[str, int]] = regexcache.remembered_table(
        "country_names", _build_country_names
    )
    return tables


def _build_country_names() -> tuple[dict[str, str], dict[str, int]]:
    names: dict[str, str] = {}
    for module in languages().values():
        for country, forms in module.COUNTRIES.items():
            if country in module.NOT_STATES:
                continue
            state = module.COUNTRY_ALIASES.get(country, country)
            for word in (country, *demonyms(forms)):
                variants = _demonym_variants(word) if word[:1].islower() else [word]
                names.update(dict.fromkeys((fold(v) for v in variants), state))
        for alias, country in module.COUNTRY_ALIASES.items():
            if alias not in module.NOT_STATES and country not in module.NOT_STATES:
                names.setdefault(fold(alias), country)
    openers: dict[str, int] = {}
    for name in names:
        words = name.split()
        openers[words[0]] = max(openers.get(words[0], 0), len(words))
    return names, openers


_TOKEN = regexcache.compile(r"[^\W\d_][\w'’-]*")


def country_counts(text: str) -> Counter[str]:
    """How often each country is named, by its name or its demonym ("togolais" is Togo): the
    longest name at each word, looked up in the lexicon (no regex of every state to compile).
    Words are lower-cased and looked up by map() in C; only non-ASCII words are folded, and
    only words that can open a name are looked at in Python."""
    names, openers = _country_names()
    words = _TOKEN.findall(text)
    keys = list(map(str.lower, words))
    for at in compress(range(len(words)), map(not_, map(str.isascii, words))):
        key = fold(words[at])
        if key not in openers and has_cyrillic(words[at]):
            key = demonym_key(words[at])  # "российской стороны": российский
        keys[at] = key
    counts: Counter[str] = Counter()
    total, resume = len(keys), 0
    for at in compress(range(total), map(openers.__contains__, keys)):
        if at < resume:
            continue
        for size in range(min(openers[keys[at]], total - at), 0, -1):
            country = names.get(" ".join(keys[at : at + size]))
            if country:
                counts[country] += 1
                resume = at + size
                break
    return counts
