"""People (and speaking bodies) named in a text, and one resolver for every way they are named.

Mentions are found by patterns built from the lexicons: a title before a name ("Le Président
du Conseil Faure Gnassingbé", "Gabonese President Omar Bongo", "President of Belarus Alexander
Lukashenko"), a courtesy word ("Mr Putin", "M. Zuma"), a name with a title in apposition, a
bare name of two or more capitalised words, a title alone ("le Président togolais", "the
Russian President"), a pronoun ("il", "he"), or a counterpart ("son hôte").
The `Resolver` turns them, in reading order, into persons: one per real person, under the
fullest name the text gives.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from functools import lru_cache
from itertools import compress
from typing import NamedTuple

from commtool import regexcache
from commtool.annotate import russian
from commtool.annotate.countries import country_keys, demonym_key, demonym_keys
from commtool.folding import fold
from commtool.lexicons import languages, union
from commtool.patterns import WordAnchored, Words, first_words, word_alternation

UPPER = "A-ZÀ-ÖØ-ÞŒŠŽŸĆČĐŁŚŻŹŃА-ЯЁ"
# The Arabic article written before a surname in lower case: "Bashar al-Assad", "Abdel Fattah
# el-Sisi", "Абдель Фаттах ас-Сиси", "Mr al-Assad".
ARABIC_ARTICLES = ("al", "el", "ad", "ar", "as", "ash", "at", "az", "an", "ed", "es", "аль", "эль",
                   "ас", "ад", "ар", "ат", "аз", "ан", "аш")  # fmt: skip
_ARTICLE_PREFIX = rf"(?:{'|'.join(ARABIC_ARTICLES)})-"
_CAP = rf"(?:(?:{_ARTICLE_PREFIX})?[{UPPER}][\w’'-]*\w|[{UPPER}]\.(?:-?[{UPPER}]\.)*)"


def after_elision(elision: str) -> str:
    """A look-behind for an elided word ("d'") standing alone: "d’Ali", not "aujourd’Hui"."""
    return rf"(?<=(?<![\w’'-])(?i:{re.escape(elision[:-1])})[’'])"


# Where a name may start: after a non-word character, or an elided word of the lexicons ("la
# santé d’Ali Bongo Ondimba", "qu’Emmanuel Macron"; not "l’Hyper Cacher", rarely a person).
_NAME_START = (
    "(?:" + "|".join([r"(?<![\w’'-])", *map(after_elision, union("ELISIONS_BEFORE_NAMES"))]) + ")"
)


def article_before(articles: Iterable[str] | None = None) -> str:
    """A regex of an article as it stands before its noun: "le ", "the ", "l'" (of every
    language, or of `articles`)."""
    articles = tuple(union("ARTICLES") if articles is None else articles)
    elided = [a for a in articles if a.endswith("'")]
    whole = [a for a in articles if not a.endswith("'")]
    parts = [rf"(?:{word_alternation(whole, lower=True)})[ \u00a0]+"] if whole else []
    if elided:
        parts.append(word_alternation(elided, lower=True))
    return "(?:" + "|".join(parts) + ")" if parts else "(?!)"


_PARTICLES = r"(?:de|da|di|do|dos|du|van|von|der|den|bin|ben|ibn|al|el|la|le|ould|Al|El)"
_PARTICLE_WORDS = frozenset(_PARTICLES[3:-1].split("|"))
# Between the words of a name: spaces, or nothing after an initial ("А.Сиси", "V.Putin").
_NAME_GAP = rf"(?:[ \u00a0\u202f]+|(?<=\.)(?=[{UPPER}]))"
_NAME = rf"{_CAP}(?:(?:[ \u00a0\u202f]+{_PARTICLES})?{_NAME_GAP}{_CAP}){{0,4}}"
_NAMES = (
    rf"{_CAP}(?:(?:[ \u00a0\u202f]+{_PARTICLES})?{_NAME_GAP}{_CAP}){{1,4}}"  # two words or more
)

NAMED, TITLE, PRONOUN, GROUP, COUNTERPART = "name", "title", "pronoun", "group", "counterpart"
SOURCE = "source"  # "a senior administration official", "une source diplomatique"
BODY, DOCUMENT = "body", "document"  # "l'Élysée", "the White House"; "the readout"
# An article opening a mention's words: "the President" is described as "President".
ARTICLE = regexcache.compile(rf"^{article_before()}", re.IGNORECASE)


class Mention(NamedTuple):
    start: int
    end: int
    kind: str  # NAMED, TITLE, PRONOUN, GROUP or COUNTERPART
    name: str | None = None
    title: str | None = None
    country: str | None = None


@lru_cache(maxsize=1)
def document_nouns() -> frozenset[str]:
    """The nouns of what a body publishes, folded: the last words of the lexicons'
    DOCUMENT_WORDS ("communique", "statement", "note")."""
    return frozenset(fold(words.split()[-1]) for words in union("DOCUMENT_WORDS"))


def is_document(mention: Mention) -> bool:
    """Whether a mention names what a body published: "le communiqué", and an unnamed
    source that is one ("un communiqué", "a statement")."""
    if mention.kind == DOCUMENT:
        return True
    label = mention.title
    if mention.kind != SOURCE or not label:
        return False
    return fold(label.split()[-1]) in document_nouns()


class _Tables(NamedTuple):
    mention: WordAnchored
    bare: WordAnchored
    apposition: re.Pattern[str]
    demonyms: dict[str, str]
    countries: dict[str, str]
    not_name: frozenset[str]
    title_words: frozenset[str]
    title_keys: frozenset[str]  # every title, folded: "premier ministre"
    honorifics: frozenset[str]
    cased_titles: frozenset[str]  # lower-cased forms that are no title
    demonym_titles: frozenset[str]  # titles only after a demonym ("the Russian leader")
    title_inflections: dict[str, str]  # "президентом": "президент"
    body_inflections: dict[str, str]  # "кремле": "Кремль"
    bodies: frozenset[str]  # every body's name, lower-cased: "риа новости"
    pronouns: frozenset[str]  # every subject pronoun and determiner, lower-cased
    speech_words: frozenset[str]  # what follows a speaking source: "said", "a", "told"
    relatives: frozenset[str]  # "who", "qui": after a comma, a source that speaks
    # For each of them, an article of its language ending a text: "the Premier" is one.
    cased_articles: dict[str, re.Pattern[str]]
    # "selon ", "according to " ending a text: a source after it speaks
    according_before: re.Pattern[str]


@lru_cache(maxsize=1)
def _tables() -> _Tables:
    countries = country_keys()
    demonyms = demonym_keys()
    titles = word_alternation(union("TITLES"), lower=True)
    honorifics = word_alternation(union("HONORIFICS"))
    # States after "of", "de" in the title's qualifier ("President of Togo"); a Russian one
    # follows in the genitive with no preposition and is read from the name (_leading_state).
    country_alt = word_alternation(
        c for m in languages().values() for c in m.COUNTRIES if not russian.has_cyrillic(c)
    )
    # Demonyms are matched as any word in their place and checked against the lexicon in
    # Python ("Gabonese President", "le Président togolais"): a regex of every demonym of
    # every language would take a quarter of a second to compile at each start.
    # "U.S. President", "Венгерский премьер" (a Cyrillic word takes no full stop: "в Москве.
    # Главы правительств" is no demonym before a title)
    upper_word = r"(?:[A-Z][\w.'’-]*|[А-ЯЁ][\w'’-]*)"
    upper_words = rf"{upper_word}(?:[ \u00a0]{upper_word})?"
    linking = r"(?:of|de|du|des|d['’]|la|le|les|l['’]|the|and|et|à|au|aux|a|en|in|to|at)(?![\w'’-])"
    lower_word = rf"(?!{linking})[a-zà-öø-ÿ][a-zà-öø-ÿ'’-]+"
    # "Republic of", "Islamic Republic of", "Bolivarian Republic of", "République
    # démocratique du": a state's long name before its short one.
    republic_of = (
        r"(?:(?:(?:[A-Z][a-z]+|People['’]s)[ \u00a0]+)?Republic[ \u00a0]+of[ \u00a0]+"
        r"(?:the[ \u00a0]+)?"
        r"|République(?:[ \u00a0]+[a-zé]+)?[ \u00a0]+(?:de|du|d['’])[ \u00a0]*"
        r"(?:la[ \u00a0]+|l['’])?)"
    )
    qualifier = (
        rf"(?:[ \u00a0]+(?:of|de|du|des|d['’]|de[ \u00a0]+la|de[ \u00a0]+l['’])[ \u00a0]*"
        rf"(?:the[ \u00a0]+|la[ \u00a0]+|l['’]|le[ \u00a0]+)?"
        # "of the Republic of Daghestan": after "Republic of", a region the table may not know.
        rf"(?:{republic_of}?(?:{country_alt})|{republic_of}{_CAP}))"
    )
    # "Chairperson of the African Union Commission, H.E. Moussa Faki": an organisation
    # between a title and a name, taken only when a comma follows it.
    linker = r"(?:of|de|du|des|the|la|le|and|et|d['’]|l['’])"
    of_the = (  # "of the", "de la", "du", "d'": what opens an organisation after a title
        r"[ \u00a0]+(?:of|de|du|des|d['’])[ \u00a0]*(?:the[ \u00a0]+|la[ \u00a0]+|le[ \u00a0]+|l['’])?"
    )
    organisation = rf"(?:{of_the}{_CAP}(?:[ \u00a0]+(?:{linker}[ \u00a0]+)?{_CAP}){{0,6}})"
    # "the U.S. Ambassador to Russia, John Sullivan", "l'ambassadrice de France au Sénégal":
    # the place of a post, after a title that takes one: a country; capitalised words ending
    # in a word for a region ("to the Volga Federal District Igor Komarov"); a city before a
    # name; capitalised words before a comma.
    posted = word_alternation(union("POSTED_TITLES"), lower=True)
    post_preps = word_alternation(union("POST_PREPOSITIONS"), lower=True)
    place_ends = word_alternation(union("POST_PLACE_ENDS"))
    place = rf"(?:[ld]['’])?{_CAP}"  # "Afrique de l'Ouest"
    post = (
        rf"(?:[ \u00a0]+(?i:{post_preps})(?:(?<=['’])|(?![\w'’-]))[ \u00a0]*"
        rf"(?:(?i:the|la|le|les)[ \u00a0]+|l['’])?"
        rf"(?:(?:{country_alt})(?![\w'’-])"
        rf"|(?:{_CAP}[ \u00a0]+){{0,4}}?(?:{place_ends})(?![\w'’-])"
        # "US Ambassador to Moscow Michael McFaul": a city (no article), then a name of two
        rf"|(?<!the[ \u00a0])(?<!l[ae][ \u00a0])(?<!les[ \u00a0])(?<![lL]['’])"
        rf"{_CAP}(?=[ \u00a0]+{_CAP}[ \u00a0]+{_CAP})"
        rf"|{place}(?:[ \u00a0]+(?:{linker}[ \u00a0]+)?{place}){{0,5}}(?=[ \u00a0]*,)))"
    )
    # "le porte-parole du gouvernement, Gabriel Attal": a body in lower case, then a name.
    word = r"[^\W\d_][\w'’-]*"
    lower_organisation = (
        rf"(?:{of_the}{word}(?:[ \u00a0]+(?:{linker}[ \u00a0]+)?{word}){{0,3}})"
        rf"(?=[ \u00a0]*,[ \u00a0]*(?:(?:{honorifics})[ \u00a0]+)*[{UPPER}])"
    )
    # "пресс-служба Кремля", "МИД России": in Russian the body's complement follows it in the
    # genitive, a capitalised word with no preposition.
    genitive = r"[ \u00a0]+[А-ЯЁ][\w-]*(?![\w'’-])"
    groups = word_alternation([*union("GROUPS"), *union("GROUP_PRONOUNS")], lower=True)
    modifiers = word_alternation(union("TITLE_MODIFIERS"), lower=True)
    bodies = word_alternation(union("BODIES"), lower=True)
    documents = word_alternation(union("DOCUMENT_WORDS"), lower=True)
    # "the joint statement", "the PMO email", "Saturday's email": a document qualified, or
    # owned by a day or a body's acronym
    weekdays = word_alternation(
        day.capitalize() for m in languages().values() for day in m.WEEKDAYS if day.isascii()
    )
    owned_document = (
        rf"(?:(?:{weekdays})['’]s[ \u00a0]+|(?i:the)[ \u00a0]+(?:[A-Z]{{2,6}}[ \u00a0]+)?)"
        rf"(?:(?i:{word_alternation(union('DOCUMENT_MODIFIERS'), lower=True)})[ \u00a0]+){{0,2}}"
        rf"(?i:{word_alternation(union('DOCUMENT_NOUNS'), lower=True)})"
    )
    counterparts = word_alternation(union("COUNTERPARTS"), lower=True)
    pronouns = word_alternation([*union("PRONOUNS"), *union("LATTER_PRONOUNS")], lower=True)
    source_nouns = word_alternation(union("SOURCE_NOUNS"), lower=True)
    source_dets = word_alternation(union("SOURCE_DETERMINERS_BEFORE"), lower=True)
    source_mods = word_alternation(union("SOURCE_MODIFIERS"), lower=True)
    # An elided article may stand right before: "l'émissaire", "qu'il", "d'Emmanuel Macron".
    heads = word_alternation(union("GROUP_HEADS"), lower=True)
    pattern = rf"""(?<![\w-])(?:
        (?P<group>(?i:{groups}|(?:{heads})[ \u00a0]+[^\W\d_]+(?:[ \u00a0]+(?:d['’]|de[ \u00a0]+)[^\W\d_]+)?)(?!\w))
      | (?P<counterpart>(?i:{counterparts})(?!\w))
      | (?P<body>(?i:{bodies})(?!\w)(?:[ \u00a0]+(?P<bdem>{lower_word})(?!\w)|{qualifier}|{genitive})?)
      | (?P<document>(?:(?i:{documents})|{owned_document})(?!\w))
      | (?P<source>(?i:(?:(?P<sdet>{source_dets})[ \u00a0]+)?(?P<smods>(?:(?:{source_mods})[ \u00a0]+){{0,3}})
            (?P<snoun>{source_nouns})(?:[ \u00a0]+(?:{source_mods})){{0,2}})(?![\w'’-]))
      | (?P<titled>
            (?:(?P<hon1>{honorifics})[ \u00a0]+)?
            (?:(?P<dem1>{upper_words})[ \u00a0]+)?
            (?P<title>(?i:{posted})(?!\w)(?P<posted>)|(?i:{titles}))(?!\w)
            (?:[ \u00a0]+(?P<dem2>{lower_word})(?!\w))?
            (?:[ \u00a0]+(?i:{modifiers})(?!\w))?
            (?:(?P<qual>{qualifier})|{organisation}(?=[ \u00a0]*,)|{lower_organisation})?
            (?(posted)(?P<post>{post})?(?:(?P<qual2>{qualifier})|{organisation}(?=[ \u00a0]*,))?)
            (?:
                (?:[ \u00a0]*,[ \u00a0]*|[ \u00a0]+)(?:(?:{honorifics})[ \u00a0]+)*
                # not the next title of a list: "…, Interior Minister Boris Gryzlov"
                (?!{_CAP}[ \u00a0]+(?i:{titles})(?!\w))(?P<tname>{_NAME})
            )?
        )
      | (?P<honored>(?P<hon2>{honorifics})[ \u00a0\u202f]+(?:le[ \u00a0]+)?(?!(?i:{titles})(?!\w))(?P<hname>{_NAME}))
      | (?P<pronoun>(?i:{pronouns})(?!\w)(?![’'-]))
    )"""
    apposition = regexcache.compile(
        rf"""[ \u00a0]*,[ \u00a0]*(?:(?i:the|le|la|l['’])[ \u00a0]*)?
            (?:(?P<dem1>{upper_words})[ \u00a0]+)?
            (?P<title>(?i:{titles}))(?!\w)
            (?:[ \u00a0]+(?P<dem2>{lower_word})(?!\w))?
            (?P<qual>{qualifier})?""",
        re.VERBOSE,
    )
    not_name = frozenset(
        {*union("NOT_NAMES"), *union("NOT_NAME_WORDS")}
        | {c.capitalize() for m in languages().values() for c in (*m.MONTHS, *m.WEEKDAYS)}
    )
    title_words = frozenset(w for t in union("TITLES") for w in t.split())
    title_keys = frozenset(" ".join(fold(t).split()) for t in union("TITLES"))
    return _Tables(
        # A mention opens with a capitalised word or a lexicon word: only there is it tried.
        mention=WordAnchored(
            regexcache.compile(pattern, re.VERBOSE),
            first_words(
                word
                for name in (
                    "TITLES",
                    "HONORIFICS",
                    "GROUPS",
                    "GROUP_PRONOUNS",
                    "GROUP_HEADS",
                    "BODIES",
                    "DOCUMENT_WORDS",
                    "COUNTERPARTS",
                    "PRONOUNS",
                    "LATTER_PRONOUNS",
                    "SOURCE_NOUNS",
                    "SOURCE_DETERMINERS_BEFORE",
                    "SOURCE_MODIFIERS",
                )
                for word in union(name)
            ),
            capitals=True,
        ),
        apposition=apposition,
        # Two words at least (a bare name is never one word), from a capital.
        bare=WordAnchored(
            regexcache.compile(rf"{_NAME_START}{_NAMES}(?![\w’'-])"), frozenset(), capitals=True
        ),
        demonyms=demonyms,
        countries=countries,
        not_name=not_name,
        title_words=title_words,
        title_keys=title_keys,
        honorifics=frozenset(union("HONORIFICS")),
        cased_titles=frozenset(t.lower() for t in union("CASED_TITLES")),
        demonym_titles=frozenset(t.lower() for t in union("DEMONYM_TITLES")),
        relatives=frozenset(w.lower() for w in union("RELATIVE_PRONOUNS")),
        speech_words=frozenset(
            word.lower()
            for name in (
                "SPEECH_PARTICIPLES",
                "SPEECH_PRESENT",
                "SPEECH_AUXILIARIES",
                "STATEMENT_AUXILIARIES",
            )
            for entry in union(name)
            for word in entry.split()[:1]
        ),
        title_inflections={
            form.lower(): title
            for lexicon in languages().values()
            for form, title in lexicon.TITLE_INFLECTIONS.items()
            if form != title
        },
        bodies=frozenset(" ".join(b.lower().split()) for b in union("BODIES")),
        pronouns=frozenset(
            w.lower()
            for name in ("SUBJECT_PRONOUNS", "PRONOUNS", "GROUP_PRONOUNS", "ARTICLES")
            for w in union(name)
        ),
        body_inflections={
            form.lower(): body
            for lexicon in languages().values()
            for form, body in lexicon.BODY_INFLECTIONS.items()
            if form != body
        },
        cased_articles={
            title.lower(): regexcache.compile(
                rf"(?<![\w'’-]){article_before(module.ARTICLES)}$", re.IGNORECASE
            )
            for module in languages().values()
            for title in module.CASED_TITLES
        },
        according_before=regexcache.compile(
            rf"(?<![\w'’-])(?:{word_alternation(union('ACCORDING_TO'), lower=True)})"
            r"[ \u00a0]+$",
            re.IGNORECASE,
        ),
    )


def _leading_state(words: str, tables: _Tables) -> str | None:
    """The state a Cyrillic name's first words are, in any case: in Russian the title's
    state follows it in the genitive ("Президент Гвинеи-Бисау Умару Эмбало")."""
    if not russian.has_cyrillic(words):
        return None
    tokens = words.split()
    for size in range(min(3, len(tokens)), 0, -1):
        state = tables.countries.get(fold(" ".join(tokens[:size])))
        if state is not None:
            return state
    return None


_SOURCE_DETERMINER = regexcache.compile(
    rf"^(?:{word_alternation(union('SOURCE_DETERMINERS_BEFORE'), lower=True)})[ \u00a0]+",
    re.IGNORECASE,
)
_NEXT_WORD = regexcache.compile(r"[ \u00a0]*(?:(?P<mark>[,;:.)—–])|(?P<word>[^\W\d_][\w'’-]*))")


_DEFINITE = frozenset(a.lower() for a in union("ARTICLES"))
_COUNTING = frozenset(w.lower() for w in union("SOURCE_COUNTS"))  # "two senior officials"
_SOURCE_WORDS = frozenset(map(fold, union("ALWAYS_SOURCES")))  # "la même source"


def _described(m: re.Match[str], text: str) -> bool:
    """Whether an official's noun describes a person rather than names an unnamed source:
    after a definite article ("the official", "le responsable"), or with no determiner in
    Russian, which has no article; a source is always a source ("la même source")."""
    if fold(m.group("snoun")) in _SOURCE_WORDS:
        return False
    determiner = m.group("sdet")
    if determiner is None:
        return russian.has_cyrillic(m.group("snoun"))
    return determiner.lower().replace("’", "'") in _DEFINITE


def _speaks(text: str, at: int, end: int, tables: _Tables, noun: str = "") -> bool:
    """Whether an unnamed source is the speaker of what follows: a speech verb or a relative
    pronoun after a comma comes next ("the official said", "une source diplomatique, qui …"),
    not a noun it qualifies ("an official visit") or the next item of a list ("energy
    sources, …"). A document's relative clause says how it came to be ("In another
    statement, which was adopted …"), not what it says."""
    after = _NEXT_WORD.match(text, at, end)
    if after is not None and after.group("mark") == ",":
        if fold(noun) in document_nouns():
            return False
        after = _NEXT_WORD.match(text, after.end(), end)  # "a senior official, who …"
        return after is not None and (after.group("word") or "").lower() in tables.relatives
    return after is not None and (after.group("word") or "").lower() in tables.speech_words


# a verb of saying after a comma or a closing mark, then the source: the inverted subject
_WORD_ENDING = regexcache.compile(r"[,»”\"][ \u00a0]*(?:[—–-][ \u00a0]*)?([^\W\d_]+)[ \u00a0]+$")


def _spoken_before(text: str, at: int, tables: _Tables, noun: str = "") -> bool:
    """Whether an unnamed source follows its verb of saying, as an inverted subject does
    ("« … », précise une note publiée par Bamako", '"…," said a statement'), or a document
    after the words that give a source ("selon un communiqué", "according to a statement")."""
    before = _WORD_ENDING.search(text, max(0, at - 30), at)
    if before is not None and before.group(1).lower() in tables.speech_words:
        return True
    # "selon un communiqué", "according to a statement": a document a text goes by, which
    # speaks for the body that issued it (a person's source, "selon une source diplomatique",
    # is read with its whole noun phrase by the statements)
    return (
        fold(noun) in document_nouns()
        and tables.according_before.search(text, max(0, at - 30), at) is not None
    )


def _title(written: str, tables: _Tables) -> str:
    """A title as written, or the title an inflected form is ("президентом": "президент")."""
    title = " ".join(written.split())
    return tables.title_inflections.get(title.lower(), title)


def title_as_named(words: str) -> str:
    """A description's words with an inflected title in the nominative, as written else
    ("Президентом": "Президент", capitalised as written)."""
    title = _title(words, _tables())
    if title.lower() == " ".join(words.split()).lower():
        return " ".join(words.split())
    return title[:1].upper() + title[1:] if words[:1].isupper() else title


def _clean_name(name: str, tables: _Tables) -> str | None:
    """A name cut before the first word that cannot belong to a person's name."""
    if russian.has_cyrillic(name):
        cleaned = russian.person_name(name)  # "Словакии Роберта Фицо": Роберт Фицо
        if cleaned is None:
            return None
        name = cleaned
    tokens = name.split()
    kept: list[str] = []
    # Leading words of a qualifier the title patterns leave ("Президент России Владимир
    # Путин") go; the name stops at the first word that cannot be part of it.
    while len(tokens) > 1 and (
        tokens[0] in tables.not_name
        or fold(tokens[0]) in tables.countries
        # "пресс-секретаря Президента Дмитрия Пескова": a title's complement, in the genitive
        or (russian.has_cyrillic(tokens[0]) and tokens[0].lower() in tables.title_words)
    ):
        tokens.pop(0)
    joined = False  # the token after a capitalised particle belongs to the name
    for at, token in enumerate(tokens):
        bare = token.rstrip(".")
        if joined:
            kept.append(token)  # "Bruno Le Maire": "Maire" is the name here, not a title
            joined = False
            continue
        if (
            kept
            and _particle(bare)
            and bare[:1].isupper()
            and at + 1 < len(tokens)
            and tokens[at + 1][:1].isupper()
            and tokens[at + 1] not in tables.not_name
        ):
            kept.append(token)  # "Jean-Yves Le Drian", "Charles De Gaulle"
            joined = True
            continue
        if (
            bare in tables.not_name
            or bare in tables.title_words
            or (russian.has_cyrillic(bare) and bare.lower() in tables.title_words)
            or bare.rstrip("s") in tables.title_words
            or fold(bare) in tables.countries
            or demonym_key(bare) in tables.demonyms
        ):
            break
        kept.append(token)
    while kept and _particle(kept[-1]):
        kept.pop()
    if kept and len(kept[-1]) > 3:
        kept[-1] = _bare_word(kept[-1])  # "Vladimir Putin’s visit": the person is Vladimir Putin
    if not kept or fold(" ".join(kept)) in tables.countries:
        return None
    return " ".join(kept)


_NON_SPACE = regexcache.compile(r"\S+")
_SINGLE_SPACED = regexcache.compile(r"\S+(?: \S+)*")  # words one plain space apart


def _name_span(text: str, start: int, end: int, name: str) -> tuple[int, int]:
    """Where `name` (a cleaned name: its words joined by single spaces, leading words perhaps
    dropped, the last one perhaps cut short) stands in text[start:end], whatever spaces are
    between its words there (non-breaking, narrow, double)."""
    words = name.split()
    tokens = list(_NON_SPACE.finditer(text, start, end))
    for at in range(len(tokens) - len(words) + 1):
        run = tokens[at : at + len(words)]
        if all(t.group() == w for t, w in zip(run[:-1], words[:-1], strict=True)) and run[
            -1
        ].group().startswith(words[-1]):
            return run[0].start(), run[-1].start() + len(words[-1])
    if len(tokens) >= len(words):
        # Not found word by word (a Russian name put in the nominative): as many words, the
        # last ones, since only leading words are ever dropped.
        return tokens[-len(words)].start(), tokens[-1].end()
    return start, min(end, start + len(name))


def _particle(token: str) -> bool:
    """ "Le" in "Jean-Yves Le Drian", "De" in "Charles De Gaulle"."""
    return token.lower() in _PARTICLE_WORDS


_POSSESSIVE = ("’s", "'s")


def _bare_word(token: str) -> str:
    """A word without its possessive: "Fund’s" is "Fund"."""
    return token[:-2] if token.endswith(_POSSESSIVE) else token


def _compound_adjective(token: str, tables: _Tables, first: bool) -> bool:
    """'Russian-Chinese', 'Franco-African': a compound of demonyms; 'High-level' opening the
    words, a compound with a part in lower case: words that qualify a noun. A name opens
    with no such word ('Jean-Pierre', 'Sassou-Nguesso'); a Korean given name, after the
    surname, may have one ('Kim Jong-un', 'Ban Ki-moon')."""
    parts = _bare_word(token).split("-")
    if len(parts) < 2 or not all(parts):
        return False
    if first and any(p[0].islower() for p in parts[1:]):
        return True
    return all(demonym_key(p) in tables.demonyms for p in parts)


def _acronym(token: str) -> bool:
    """'CEO', 'BP', 'JSC': capitals that name an office or a company, not a person."""
    return 2 <= len(token) <= 4 and token.isupper() and token.isalpha()


# What opens a title's complement: the capitalised word right after it is the body's name.
# (a dash too: "Khanty-Mansi Autonomous Area – Yugra Natalya Komarova")
_COMPLEMENT_LINKS = frozenset((*union("COMPLEMENT_LINKS"), "–", "—"))


def _after_complement(tokens: list[str]) -> list[str]:
    """The name at the end of a title's complement written in capitals ("Strategic Initiatives
    Svetlana Chupsheva", "Gazprom Alexei Miller"): its last two words, when three or more
    stand there with no particle ("Salman bin Abdulaziz Al Saud" is one name)."""
    if len(tokens) < 3 or any(_particle(t) for t in tokens[1:]):
        return tokens
    return tokens[-2:]


_LINK_BEFORE = regexcache.compile(  # "chairman of ", "Director of the ", "Area – "
    r"(?P<head>[^\W\d_][\w'’-]*)[ \u00a0]+(?P<link>\w+|[–—])"
    r"(?:[ \u00a0]+(?i:the|la|le|les))?[ \u00a0]+$"
)


def trailing_name(label: str) -> str | None:
    """The person's name at the end of a long label: "Minister of Industry and Trade Denis
    Manturov" gives "Denis Manturov"."""
    tables = _tables()
    kept: list[str] = []
    tokens = label.split()
    for token in reversed(tokens):
        bare = token.rstrip(".,")
        if bare.isupper() and len(bare) > 1:
            bare = bare.capitalize()  # "SECRETARY DMITRY PESKOV"
        if (
            not bare[:1].isupper()
            or bare in tables.not_name
            or bare.rstrip("s") in tables.title_words
            or fold(bare) in tables.countries
            or demonym_key(bare) in tables.demonyms
            or (kept and _acronym(bare))  # "Gazprom CEO Alexei Miller"; "ZUMA" ends a name
            or token in tables.honorifics
        ):
            break
        kept.insert(0, token)
    while kept and kept[0] in _PARTICLE_WORDS:
        kept.pop(0)
    before = tokens[len(tokens) - len(kept) - 1].rstrip(".,") if len(tokens) > len(kept) else ""
    if before and (
        before.lower() in _COMPLEMENT_LINKS
        or before in tables.not_name
        or demonym_key(before) in tables.demonyms
    ):
        # "… of the Management Committee of Gazprom Alexei Miller", "President of the National
        # Medical Chamber Leonid Roshal": the end of a body's name, then the person's
        kept = _after_complement(kept)
    if len(kept) > 3:
        kept = kept[-3:]
    return " ".join(kept) if kept else None


def _country(*candidates: str | None) -> str | None:
    for raw in candidates:
        if raw:
            found = _country_of(demonym_key(raw.strip()))
            if found is not None:
                return found
    return None


@lru_cache(maxsize=4096)
def _country_of(key: str) -> str | None:
    """The country a demonym names, else the first country (in lexicon order) whose name
    ends the words ("of the Republic of Ghana"); the same few keys come back at every title."""
    tables = _tables()
    if key in tables.demonyms:
        return tables.demonyms[key]
    for country_key, country in tables.countries.items():
        if key.endswith(country_key):
            return country
    return None


_WORD_RUN = regexcache.compile(r"[^\W\d_][\w'’-]*(?:[ \u00a0]+[^\W\d_][\w'’-]*){0,3}")


def countries_in(text: str) -> list[str]:
    """The countries named in a short text ("Russia and India", "la Russie et le Togo")."""
    tables = _tables()
    found = []
    for m in _WORD_RUN.finditer(text):
        words = m.group().split()
        for size in range(len(words), 0, -1):
            for at in range(len(words) - size + 1):
                key = fold(" ".join(words[at : at + size]))
                if key in tables.countries and tables.countries[key] not in found:
                    found.append(tables.countries[key])
    return found


_TAIL_WORD = regexcache.compile(r"[^\W\d_][\w'’-]*")
_ARTICLES = frozenset(a for a in union("ARTICLES") if not a.endswith("'"))
_ELIDED_ARTICLES = frozenset(a for a in union("ARTICLES") if a.endswith("'"))


def country_subject(head: str) -> str | None:
    """The country the text before a verb ends with, as its subject: "Dans cette perspective,
    le Togo", "l'Algérie" or "Russia" (after an article, a punctuation mark or at the start);
    None when it ends otherwise ("au Togo", "le Président du Togo")."""
    tables = _tables()
    head = head[-80:].rstrip(" \u00a0")
    words = list(_TAIL_WORD.finditer(head))
    if not words or words[-1].end() != len(head):
        return None
    for size in range(min(4, len(words)), 0, -1):
        first = words[-size]
        name = head[first.start() :]
        elided = next((a for a in _ELIDED_ARTICLES if fold(name).startswith(a)), "")
        key = fold(name[len(elided) :])
        if key not in tables.countries:
            continue
        before = head[: first.start()].rstrip(" \u00a0")
        if elided or not before or before[-1] in ".;:!?,\n":
            return tables.countries[key]
        previous = _TAIL_WORD.findall(before[-12:])
        if previous and previous[-1].lower() in _ARTICLES:
            return tables.countries[key]
        return None
    return None


def find_mentions(
    text: str, start: int = 0, end: int | None = None, words: Words | None = None
) -> list[Mention]:
    """Every mention of a person in text[start:end], in order, without overlaps."""
    tables = _tables()
    end = len(text) if end is None else end
    found: list[Mention] = []
    for m in tables.mention.finditer(text, start, end, words):
        if m.group("group"):
            found.append(Mention(m.start(), m.end(), GROUP, title=m.group()))
        elif m.group("counterpart"):
            found.append(Mention(m.start(), m.end(), COUNTERPART, title=m.group()))
        elif m.group("body"):
            stop = m.end()
            if m.group("bdem") and demonym_key(m.group("bdem")) not in tables.demonyms:
                stop = m.start("bdem")  # "la présidence a indiqué": not a demonym
                while text[stop - 1] in " \u00a0":
                    stop -= 1  # the space before the next word is not the body's
            body = ARTICLE.sub("", " ".join(text[m.start() : stop].split()))
            head, _, complement = body.partition(" ")
            if head.lower() in tables.body_inflections:  # "пресс-службы Кремля"
                body = " ".join((tables.body_inflections[head.lower()], complement)).strip()
            found.append(Mention(m.start(), stop, BODY, body[:1].upper() + body[1:]))
        elif m.group("document"):
            found.append(Mention(m.start(), m.end(), DOCUMENT, title=m.group()))
        elif m.group("source"):
            # "the official said", not "an official visit"; a source qualified and counted is
            # always one ("two senior administration officials").
            counted = (m.group("sdet") or "").lower() in _COUNTING
            if (
                (counted and m.group("smods"))
                or _speaks(text, m.end(), end, tables, m.group("snoun").lower())
                or _spoken_before(text, m.start(), tables, m.group("snoun").lower())
            ):
                label = _SOURCE_DETERMINER.sub("", " ".join(m.group().split()))
                if _described(m, text):
                    # "le responsable marocain a souligné", "Дипломат заявила": a person
                    # named before, described; resolved like a title.
                    found.append(Mention(m.start(), m.end(), TITLE, title=label))
                else:  # "a senior official told reporters": an unnamed source
                    found.append(Mention(m.start(), m.end(), SOURCE, label, title=label))
        elif m.group("titled"):
            written = " ".join(m.group("title").split())
            title = _title(written, tables)
            if title in tables.cased_titles:
                continue  # "le premier sommet": "premier" is no title in lower case
            name = _clean_name(m.group("tname"), tables) if m.group("tname") else None
            body_after = bool(name) and " ".join(m.group("tname").split()).lower() in tables.bodies
            if body_after:
                name = None  # "слова российского лидера РИА Новости": a body, not his name
            begin, dem1 = _demonym_before(m, tables)
            if (
                not name
                and dem1 is None
                and title.lower() in tables.cased_articles
                and not tables.cased_articles[title.lower()].search(
                    text, max(0, m.start("title") - 5), m.start("title")
                )
            ):
                continue  # "Premier échange", "les Premier ministres": no Premier named
            if (
                dem1 is None
                and not m.group("dem1")
                and not m.group("hon1")
                and russian.has_cyrillic(written)
            ):
                # "слова российского лидера": a Russian demonym, in lower case, is no word
                # a mention opens with; read the word before the title.
                word = _WORD_BEFORE.search(text, max(start, m.start() - 30), m.start())
                if word is not None and demonym_key(word.group(1)) in tables.demonyms:
                    begin, dem1 = word.start(1), word.group(1)
            if m.group("dem1") and dem1 is None:
                # "Le Premier" + "ministre": the word before belongs to the title.
                before = m.group("dem1").split()[-1]
                if " ".join(fold(f"{before} {title}").split()) in tables.title_keys:
                    title = f"{before} {title}"
                    begin = m.start("dem1") + m.group("dem1").rindex(before)
            dem2 = (
                m.group("dem2")
                if m.group("dem2") and demonym_key(m.group("dem2")) in tables.demonyms
                else None
            )
            if title.lower() in tables.demonym_titles and dem1 is None and dem2 is None:
                continue  # "business leaders": no title without a state's demonym
            verb_between = (
                bool(m.group("dem2"))
                and dem2 is None
                and not m.group("qual")
                and not m.group("post")
            )
            if verb_between:
                # "the President said Gusinsky was…": a lower-case word that is no demonym
                # ends the title; the name after it is the verb's, not the title's.
                name = None
            country = _country(dem1, dem2, m.group("qual"), m.group("qual2"))
            if country is None and m.group("tname") and not verb_between:
                country = _leading_state(m.group("tname"), tables)  # "Лидер Гвинеи-Бисау"
            previous = found[-1] if found else None
            if (
                previous is not None
                and previous.kind == TITLE
                and previous.title
                and title != written  # an inflected form
                and not text[previous.end : begin].strip()
            ):
                # "помощник главы государства Юрий Ушаков": the title in the genitive is the
                # complement of the one before it, the person's office.
                found.pop()
                title = f"{previous.title} {written}"
                begin = previous.start
            if name:
                stop = _name_span(text, m.start("tname"), m.end("tname"), name)[1]
                found.append(Mention(begin, stop, NAMED, name, title, country))
            else:
                qualified = [m.end(g) for g in ("qual", "post", "qual2") if m.group(g)]
                stop = max(qualified) if qualified else m.end("dem2") if dem2 else m.end("title")
                found.append(Mention(begin, stop, TITLE, None, title, country))
            if body_after:
                body = " ".join(m.group("tname").split())
                found.append(Mention(m.start("tname"), m.end("tname"), BODY, body))
        elif m.group("honored"):
            honored = _clean_name(m.group("hname"), tables)
            if honored:
                stop = m.start("hname") + len(honored)
                if not _SINGLE_SPACED.fullmatch(m.group("hname")):
                    stop = _name_span(text, m.start("hname"), m.end("hname"), honored)[1]
                found.append(Mention(m.start(), stop, NAMED, honored))
        else:
            found.append(Mention(m.start(), m.end(), PRONOUN, title=m.group().lower()))
    # "the Russian Foreign Ministry": a body with the demonym of its state after its article.
    for m in _demonym_body().finditer(text, start, end):
        key = demonym_key(m.group("dem"))
        if key in tables.demonyms and not _Taken(found).overlaps(m.start(), m.end()):
            name = f"{m.group('dem')} {' '.join(m.group('body').split())}"
            found.append(Mention(m.start(), m.end(), BODY, name, None, tables.demonyms[key]))
    # Bare names of two or more words where no other mention stands.
    taken = _Taken(found)
    for run in tables.bare.finditer(text, start, end, words):
        m = run
        if taken.overlaps(run.start(), run.end()):
            # "МИД России Мария Захарова": the name after the body that took the run's start.
            body_end = taken.last_end(run.end(), BODY)
            if body_end <= run.start():
                continue
            after = _NAME_AFTER.match(text, body_end, run.end())
            rest = tables.bare.pattern.match(text, after.end(), run.end()) if after else None
            if (
                rest is None
                or taken.overlaps(rest.start(), rest.end())
                or any(t.endswith(_POSSESSIVE) for t in rest.group().split())
            ):
                continue  # "the Security Council’s Anti-Terrorist Resolution": no one
            m = rest
        tokens = m.group().split()
        while tokens and (
            tokens[0] in tables.not_name
            or tokens[0].endswith(_POSSESSIVE)  # "Russia’s Pobeda": a possessive
            or tokens[0].rstrip("s") in tables.title_words
            or demonym_key(tokens[0]) in tables.demonyms
            or _acronym(tokens[0])
        ):
            tokens.pop(0)
        if len(tokens) >= 3:
            at = m.start() + m.group().index(tokens[0])  # after the words dropped
            links = (
                _LINK_BEFORE.search(text, max(0, where - 40), where) for where in (at, m.start())
            )
            if any(
                link is not None
                and link.group("link") in _COMPLEMENT_LINKS
                and (
                    link.group("head")[0].isupper()
                    or link.group("head").capitalize() in tables.title_words
                    or link.group("head") in tables.title_words
                )
                for link in links
            ):
                # "chairman of Gazprom Alexei Miller", "Director of the Federal Service for
                # Financial Monitoring Yury Chikhanchin": a title's complement, then the name
                # ("the results of Hans Martin Blix" is a name of three words)
                tokens = _after_complement(tokens)
        if len(tokens) < 2:
            continue
        if any(  # "Regional Trade Forum’s": an institution ("Marine Le Pen" is a person)
            _bare_word(t) in tables.not_name and not (0 < i < len(tokens) - 1 and _particle(t))
            for i, t in enumerate(tokens)
        ) or any(_compound_adjective(t, tables, i == 0) for i, t in enumerate(tokens)):
            continue
        offset = m.group().index(tokens[0])
        bare = _clean_name(" ".join(tokens), tables)
        if bare and len(bare.split()) >= 2 and not bare.isupper():
            begin = m.start() + offset
            stop = begin + len(bare)
            if not _SINGLE_SPACED.fullmatch(m.group()) or not bare.startswith(tokens[0]):
                # spaced otherwise, or its leading words dropped ("Тяньцзине Владимир Путин")
                begin, stop = _name_span(text, begin, m.end(), bare)
            found.append(Mention(begin, stop, NAMED, bare))
    found.sort(key=lambda mention: mention.start)
    return [_with_apposition(text, m, end, tables) for m in _joint_titles(text, found)]


_AND = regexcache.compile(rf"[ \u00a0]+(?:{word_alternation(union('AND_WORDS'))})[ \u00a0]+")


def _joint_titles(text: str, found: list[Mention]) -> list[Mention]:
    """ "Acting President and Prime Minister Vladimir Putin": both titles are one person's."""
    joined: list[Mention] = []
    for mention in found:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.kind == TITLE
            and mention.kind == NAMED
            and mention.title
            and _AND.fullmatch(text, previous.end, mention.start)
        ):
            joined[-1] = Mention(
                previous.start,
                mention.end,
                NAMED,
                mention.name,
                f"{previous.title} and {mention.title}",
                mention.country or previous.country,
            )
            continue
        joined.append(mention)
    return joined


class _Taken:
    """Spans already taken by mentions (in order, not overlapping): overlap found by bisection."""

    def __init__(self, mentions: Sequence[Mention]) -> None:
        self.starts = [m.start for m in mentions]
        self.ends = [m.end for m in mentions]
        self.kinds = [m.kind for m in mentions]

    def overlaps(self, start: int, end: int) -> bool:
        at = bisect_left(self.starts, end) - 1  # the last span starting before `end`
        return at >= 0 and self.ends[at] > start

    def last_end(self, end: int, kind: str) -> int:
        """The end of the last span starting before `end`, when it is a mention of `kind`
        (else 0)."""
        at = bisect_left(self.starts, end) - 1
        return self.ends[at] if at >= 0 and self.kinds[at] == kind else 0


_NAME_AFTER = regexcache.compile(rf"[ \u00a0]+(?=[{UPPER}])")  # a name right after a body
_CAPITALISED = regexcache.compile(rf"(?<![\w’'-])[{UPPER}][\w’'-]*\w(?![\w’'-])")


def surname_set(mentions: Iterable[Mention]) -> frozenset[str]:
    """The surnames of the people named in full ("Bourita" once "Nasser Bourita" is known),
    which alone are too ambiguous to find without that knowledge."""
    tables = _tables()
    surnames = set()
    for mention in mentions:
        if mention.kind == NAMED and mention.name and len(mention.name.split()) >= 2:
            for token in mention.name.split()[1:]:
                if len(token) > 2 and token[0].isupper() and token not in tables.not_name:
                    surnames.update({token, token.capitalize()} if token.isupper() else {token})
    return frozenset(surnames)


@lru_cache(maxsize=1)
def _speech_words() -> tuple[frozenset[str], frozenset[str]]:
    """The verbs of saying proper, lower-cased ("said", "stressed", "déclaré"), and the
    words that may stand between a subject and such a verb ("also", "has", "a")."""
    verbs = frozenset(w.lower() for w in union("SPEECH_PARTICIPLES"))
    between = frozenset(
        w.lower()
        for name in ("STATEMENT_ADVERBS", "STATEMENT_AUXILIARIES", "REFLEXIVE_AUXILIARIES")
        for w in union(name)
    )
    return verbs, between


def speaking_surnames(words: Words) -> frozenset[str]:
    """Capitalised words that speak as a person does ("…," Lavrov said; "Ayrault stressed
    that…"; "a déclaré Lavrov") in a text that never writes them in lower case, and that
    no lexicon knows as a state, a demonym, a title or a common word: the surnames of people
    the text names only so. Cyrillic words are left to the dictionary."""
    tables = _tables()
    speech, between = _speech_words()
    common_endings = tuple(union("COMMON_NOUN_ENDINGS"))
    place_words = frozenset(w.lower() for w in union("PLACE_PREPOSITIONS"))
    keys, written = words.keys, words.words
    # Only the words next to a verb of saying are looked at (found by map() in C: such verbs
    # are a word in a hundred).
    verbs = compress(range(len(keys)), map(speech.__contains__, keys))
    near = sorted({at for v in verbs for at in (v - 2, v - 1, v + 1) if 0 <= at < len(keys)})
    if not near:
        return frozenset()
    lower = frozenset(compress(written, map(str.islower, written)))  # words written so
    # "in Munich", "à Yaoundé": a word the text puts after a preposition of place is a place
    places = frozenset(compress(written[1:], map(place_words.__contains__, keys)))

    def gap(at: int) -> str:
        """What stands between word `at` and the next."""
        return words.text[words.starts[at] + len(written[at]) : words.starts[at + 1]]

    found: set[str] = set()
    for at in near:
        word = written[at]
        if (
            len(word) < 3
            or not word[0].isupper()
            or word.isupper()
            or not word.isalpha()  # "No10"
            or (not word.isascii() and russian.has_cyrillic(word))
            or word.lower() in lower
            or word in places
        ):
            continue
        after = keys[at + 1 : at + 3]
        end = words.starts[at] + len(word)
        if after and gap(at).strip():
            after = []  # "However, …", "Bonn." : punctuation stands between
        speaks = bool(after) and (
            after[0] in speech
            # an adverb or an auxiliary between: "Lavrov also said", "Lavrov a déclaré"
            or (len(after) > 1 and after[0] in between and after[1] in speech)
        )
        inverted = (  # '," said Lavrov.', "a déclaré Lavrov,": the verb before, the clause's end after
            at > 0
            and keys[at - 1] in speech
            and not gap(at - 1).strip()
            and words.text[end : end + 1] in (".", ",", ";", "")
        )
        if not speaks and not inverted:
            continue
        if (
            word in tables.not_name
            or word in tables.title_words
            or word.lower() in tables.title_words
            or word[:-1] in tables.title_words  # "Presidents"
            or word.lower()[:-1] in lower  # "Journalists asked": a plural the text writes
            or word.endswith(common_endings)
            or word.lower() in tables.pronouns
            or fold(word) in tables.countries
            or demonym_key(word) in tables.demonyms
        ):
            continue
        if at and written[at - 1][:1].isupper() and gap(at - 1) in (" ", "\u00a0"):
            continue  # "North Korea", "New York": the end of a longer name
        found.add(word)
    return frozenset(found)


def find_surnames(
    text: str,
    start: int,
    end: int,
    surnames: frozenset[str],
    taken: Sequence[Mention],
    words: Words | None = None,
) -> list[Mention]:
    """Surnames standing alone in text[start:end], outside the mentions already found
    (`words`: the text's words, to try only the words a surname can start with)."""
    spans = _Taken(taken)
    if words is None or words.text is not text:
        found: Iterable[re.Match[str]] = _CAPITALISED.finditer(text, start, end)
    else:
        # A surname is a whole token: it starts a word, with the first run of word
        # characters of some surname ("Al" for "Al-Assad").
        firsts = _first_runs(surnames)
        lo, hi = bisect_left(words.starts, start), bisect_left(words.starts, end)
        starts = compress(words.starts[lo:hi], map(firsts.__contains__, words.words[lo:hi]))
        found = filter(None, (_CAPITALISED.match(text, at, end) for at in starts))
    return [
        Mention(m.start(), m.end(), NAMED, _surname(m.group()))
        for m in found
        if m.group() in surnames
        and not spans.overlaps(m.start(), m.end())
        and not _GLUED_INITIAL.search(text, max(0, m.start() - 2), m.start())
    ]


# "В.Путин", "V.Putin": an initial glued to the surname makes one name with it.
_GLUED_INITIAL = regexcache.compile(r"(?<![\w.])\w\.$")


def _surname(word: str) -> str:
    """A surname standing alone as its person is called: "Пескова" is Песков."""
    return (russian.person_name(word) or word) if russian.has_cyrillic(word) else word


def acronym_table(mentions: Iterable[Mention]) -> dict[str, str]:
    """The acronym of each body the text names, by the initials of its capitalised words
    ("Prime Minister's Office": PMO; "Ministry of Foreign Affairs": MFA), and the body."""
    table: dict[str, str] = {}
    for mention in mentions:
        if mention.kind != BODY or not mention.name:
            continue
        initials = "".join(
            word[0] for word in map(_bare_word, mention.name.split()) if word[:1].isupper()
        )
        if 2 <= len(initials) <= 6:
            table.setdefault(initials, mention.name)
    return table


_ACRONYM = regexcache.compile(r"(?<![\w’'-])[A-Z]{2,6}(?![\w’'-])")


def find_acronyms(
    text: str, start: int, end: int, acronyms: dict[str, str], taken: Sequence[Mention]
) -> list[Mention]:
    """The bodies named by their acronym in text[start:end] ("The PMO said"), outside the
    mentions already found."""
    spans = _Taken(taken)
    return [
        Mention(m.start(), m.end(), BODY, acronyms[m.group()])
        for m in _ACRONYM.finditer(text, start, end)
        if m.group() in acronyms and not spans.overlaps(m.start(), m.end())
    ]


_FIRST_RUN = regexcache.compile(r"\w+")


@lru_cache(maxsize=64)
def _first_runs(surnames: frozenset[str]) -> frozenset[str]:
    return frozenset(m.group() for m in map(_FIRST_RUN.match, surnames) if m)


@lru_cache(maxsize=1)
def _verb_pattern() -> re.Pattern[str]:
    verbs = word_alternation(union("SUBJECT_VERBS"), lower=True)
    return regexcache.compile(
        rf"[ \u00a0]+(?:n['’]|ne[ \u00a0]+)?(?i:{verbs})(?![\w'’-])", re.IGNORECASE
    )


def _verb_after(text: str, at: int) -> bool:
    return _verb_pattern().match(text, at) is not None


def _with_apposition(text: str, mention: Mention, end: int, tables: _Tables) -> Mention:
    """'Josep Borrell, High Representative of the EU': the title that follows a name."""
    if mention.kind != NAMED or mention.title:
        return mention
    m = tables.apposition.match(text, mention.end, end)
    following = _NEXT_WORD.match(text, m.end("title"), end) if m else None
    if (
        not m
        or _verb_after(text, m.end())
        or (
            following is not None and (following.group("word") or "").lower() in tables.speech_words
        )
    ):
        # "… d’Ali Bongo Ondimba, le chef de l’Etat ivoirien n’a pas caché …", "… Boris
        # Johnson, the Russian leader noted": the title is the subject of the next clause,
        # not an apposition.
        return mention
    _, dem1 = _demonym_before(m, tables)
    dem2 = (
        m.group("dem2")
        if m.group("dem2") and demonym_key(m.group("dem2")) in tables.demonyms
        else None
    )
    country = _country(dem1, dem2, m.group("qual"))
    title = _title(m.group("title"), tables)
    return Mention(mention.start, mention.end, NAMED, mention.name, title, country)


@lru_cache(maxsize=1)
def _demonym_body() -> re.Pattern[str]:
    bodies = word_alternation(union("BODIES_AFTER_DEMONYM"))
    return regexcache.compile(
        rf"(?<![\w-])(?i:{article_before()})(?P<dem>[A-Z][a-z]+)[ \u00a0]+(?P<body>{bodies})"
        rf"(?![\w'’-])"
    )


_WORD_BEFORE = regexcache.compile(r"(?<![\w-])([а-яё]+)[ \u00a0]+$")


def _demonym_before(m: re.Match[str], tables: _Tables) -> tuple[int, str | None]:
    """Where a titled mention starts and its demonym: "Gabonese President" starts at the
    demonym; "The President", "Mr President" at the title (or the honorific)."""
    words = m.group("dem1")
    if words:
        parts = words.split()
        for at in range(len(parts)):
            candidate = " ".join(parts[at:])
            if demonym_key(candidate) in tables.demonyms:
                offset = words.index(parts[at]) if at else 0
                return m.start("dem1") + offset, candidate
    if m.groupdict().get("hon1"):
        return m.start(), None
    return m.start("title"), None
