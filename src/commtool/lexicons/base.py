"""The typed language data every engine reads: one frozen `Lexicon` per language.

A language is a package of modules, one per concern (dates, people, speech, grammar,
countries), each defining some of the fields below as module constants; a field a language
does not define is empty. The engines read lexicons only through the registry
(`lexicons.languages()`), never a language's modules.
"""

from __future__ import annotations

from types import ModuleType
from typing import Any

# Each field and the type of its value (checked when a Lexicon is made).
KINDS: dict[str, type] = {
    "MONTHS": dict,
    "WEEKDAYS": dict,
    "RELATIVE_DAYS": dict,
    "RELATIVE_YEARS": dict,
    "WEEKDAY_PAST": tuple,
    "WEEKDAY_NEXT": tuple,
    "WEEKDAY_PAST_BEFORE": tuple,
    "WEEKDAY_NEXT_BEFORE": tuple,
    "ORDINAL_SUFFIXES": tuple,
    "YEAR_WORDS": tuple,
    "RANGE_FROM": tuple,
    "RANGE_TO": tuple,
    "HONORIFICS": tuple,
    "CASED_TITLES": tuple,
    "DEMONYM_TITLES": tuple,
    "TITLES": tuple,
    "TITLE_MODIFIERS": tuple,
    "POSTED_TITLES": tuple,
    "POST_PREPOSITIONS": tuple,
    "POST_PLACE_ENDS": tuple,
    "COMPLEMENT_LINKS": tuple,
    "TITLE_ROLES": dict,
    "TITLE_INFLECTIONS": dict,
    "BODY_INFLECTIONS": dict,
    "BODIES_AFTER_DEMONYM": tuple,
    "NOT_NAMES": frozenset,
    "NOT_NAME_WORDS": frozenset,
    "COMMON_NOUN_ENDINGS": tuple,
    "PRONOUNS": tuple,
    "PERSONAL_PRONOUNS": tuple,
    "LATTER_PRONOUNS": tuple,
    "GROUP_HEADS": tuple,
    "GROUPS": tuple,
    "GROUP_PRONOUNS": tuple,
    "COUNTERPARTS": tuple,
    "BODIES": tuple,
    "DOCUMENT_WORDS": tuple,
    "DOCUMENT_NOUNS": tuple,
    "DOCUMENT_MODIFIERS": tuple,
    "SOURCE_NOUNS": tuple,
    "SOURCE_HEADS": tuple,
    "TURN_ROLES": tuple,
    "SOURCE_DETERMINERS_BEFORE": tuple,
    "SOURCE_MODIFIERS": tuple,
    "SOURCE_COUNTS": tuple,
    "ALWAYS_SOURCES": tuple,
    "ELISIONS_BEFORE_NAMES": tuple,
    "ELISIONS_BEFORE_CUES": tuple,
    "SPEECH_PARTICIPLES": tuple,
    "SPEECH_PRESENT": tuple,
    "SPEECH_AUXILIARIES": tuple,
    "ACCORDING_TO": tuple,
    "SELF_SOURCES": tuple,
    "SOURCE_PRONOUNS": tuple,
    "NAMED_SOURCES": tuple,
    "SOURCE_LOCATIVES": tuple,
    "ANAPHORIC_LEADS": tuple,
    "IMPERSONAL_ENDINGS": tuple,
    "SOURCE_DETERMINERS": tuple,
    "SAME_SOURCE": tuple,
    "STATEMENT_CONJUNCTIONS": tuple,
    "STATEMENT_PARTICIPLES": dict,
    "STATEMENT_REFLEXIVES": dict,
    "STATEMENT_FORMS": dict,
    "STATEMENT_INFINITIVES": dict,
    "INFINITIVE_LEADS": tuple,
    "NOUN_FORMS": tuple,
    "OBJECT_CUES": dict,
    "STATEMENT_AUXILIARIES": tuple,
    "REFLEXIVE_AUXILIARIES": tuple,
    "STATEMENT_ADVERBS": tuple,
    "IMPERSONAL": tuple,
    "PARTICIPLES_STAND_ALONE": bool,
    "STATEMENT_TYPE_WORDS": dict,
    "SUBJECT_VERBS": tuple,
    "RELATIVE_PRONOUNS": tuple,
    "SECOND_PERSON": tuple,
    "AS_WORDS": tuple,
    "SHARED_LEADS": tuple,
    "QUESTION_LEADS": tuple,
    "SALUTATIONS": tuple,
    "PARTICIPLE_ENDINGS": tuple,
    "PARTICIPLE_LEADS": tuple,
    "COMPLEMENTIZERS": tuple,
    "CONTRAST": tuple,
    "PASSIVE_AUXILIARIES": tuple,
    "INVERTED_PRONOUNS": tuple,
    "AUTHOR_LEADS": tuple,
    "PASSIVE_AGENTS": tuple,
    "REPORTING_CHANNELS": tuple,
    "INDIRECT_QUESTIONS": tuple,
    "QUESTION_VERBS": tuple,
    "QUESTION_TOPICS": tuple,
    "TOPIC_CUES": tuple,
    "PLURAL_CUE_WORDS": frozenset,
    "CLAUSE_CUES": tuple,
    "MULTIWORD_CUES": tuple,
    "STOPWORDS": frozenset,
    "TOPIC_STOPWORDS": frozenset,
    "ABBREVIATIONS": frozenset,
    "ARTICLES": tuple,
    "OBJECT_DETERMINERS": tuple,
    "PREPOSITIONS": tuple,
    "CIRCUMSTANCE_PREPOSITIONS": tuple,
    "PLACE_PREPOSITIONS": tuple,
    "AUTHOR_PREPOSITIONS": tuple,
    "SUBJECT_PRONOUNS": tuple,
    "AND_WORDS": tuple,
    "TRAILING_LINKS": tuple,
    "SEE_ALSO": tuple,
    "RUBRICS": tuple,
    "CAPTION_OPENERS": tuple,
    "FINITE_VERBS": frozenset,
    "FINITE_ENDINGS": tuple,
    "COUNTRIES": dict,
    "NOT_STATES": frozenset,
    "COUNTRY_ALIASES": dict,
}


class Lexicon:
    """One language's data: every field typed, empty unless the language defines it."""

    __slots__ = ("code", "name", *KINDS)

    code: str  # "fr", as --lang and the JSON records give it
    name: str  # "French"
    # Dates (dates.py)
    MONTHS: dict[str, int]
    WEEKDAYS: dict[str, int]
    RELATIVE_DAYS: dict[str, int]
    RELATIVE_YEARS: dict[str, int]
    WEEKDAY_PAST: tuple[str, ...]
    WEEKDAY_NEXT: tuple[str, ...]
    WEEKDAY_PAST_BEFORE: tuple[str, ...]
    WEEKDAY_NEXT_BEFORE: tuple[str, ...]
    ORDINAL_SUFFIXES: tuple[str, ...]
    YEAR_WORDS: tuple[str, ...]  # written after a year: "2014 года"
    RANGE_FROM: tuple[str, ...]
    RANGE_TO: tuple[str, ...]
    # Naming people and bodies (people.py)
    HONORIFICS: tuple[str, ...]
    CASED_TITLES: tuple[str, ...]
    DEMONYM_TITLES: tuple[str, ...]  # "the Russian leader": a title only with a demonym
    TITLES: tuple[str, ...]
    TITLE_MODIFIERS: tuple[str, ...]
    POSTED_TITLES: tuple[str, ...]  # "Ambassador": a title that may name its post's place
    POST_PREPOSITIONS: tuple[str, ...]  # what opens the place: "to", "au", "auprès de"
    POST_PLACE_ENDS: tuple[str, ...]  # the last word of a place: "District"
    COMPLEMENT_LINKS: tuple[str, ...]  # "of", "de": before a body's name and a person's
    # The office a title names, by role: "chef de l'État" and "président" are one office.
    TITLE_ROLES: dict[str, str]
    # A title's inflected forms and the title they are ("президентом": "президент").
    TITLE_INFLECTIONS: dict[str, str]
    BODY_INFLECTIONS: dict[str, str]  # each case of a body's name, and the name
    BODIES_AFTER_DEMONYM: tuple[str, ...]  # "the Russian Foreign Ministry"
    NOT_NAMES: frozenset[str]
    NOT_NAME_WORDS: frozenset[str]
    COMMON_NOUN_ENDINGS: tuple[str, ...]  # "Journalists", "Management": no surname
    PRONOUNS: tuple[str, ...]
    PERSONAL_PRONOUNS: tuple[str, ...]  # "he", "she": a person, never a body
    LATTER_PRONOUNS: tuple[str, ...]  # "celui-ci", "the latter": the last one named
    GROUP_HEADS: tuple[str, ...]
    GROUPS: tuple[str, ...]
    GROUP_PRONOUNS: tuple[str, ...]
    COUNTERPARTS: tuple[str, ...]
    BODIES: tuple[str, ...]
    DOCUMENT_WORDS: tuple[str, ...]
    DOCUMENT_NOUNS: tuple[str, ...]  # "email": a document with its qualifiers before it
    DOCUMENT_MODIFIERS: tuple[str, ...]  # "joint", "congratulatory"
    # Unnamed sources: "a senior administration official", "une source diplomatique".
    SOURCE_NOUNS: tuple[str, ...]
    # Who else an unnamed source may be, after "selon", "according to": "l'un de ses proches"
    SOURCE_HEADS: tuple[str, ...]
    # "Question:", "Remark:", "Presenter:": a transcript turn of someone known by a role only
    TURN_ROLES: tuple[str, ...]
    SOURCE_DETERMINERS_BEFORE: tuple[str, ...]
    SOURCE_MODIFIERS: tuple[str, ...]
    SOURCE_COUNTS: tuple[str, ...]  # "two senior officials": counted, a source whatever follows
    ALWAYS_SOURCES: tuple[str, ...]  # "la même source": a source even after an article
    ELISIONS_BEFORE_CUES: tuple[str, ...]  # "qu'": "ce qu'a indiqué le ministre"
    ELISIONS_BEFORE_NAMES: tuple[str, ...]
    # Reported speech (speech.py)
    SPEECH_PARTICIPLES: tuple[str, ...]
    SPEECH_PRESENT: tuple[str, ...]
    SPEECH_AUXILIARIES: tuple[str, ...]
    ACCORDING_TO: tuple[str, ...]
    SELF_SOURCES: tuple[str, ...]  # "à l'entendre", "in his view": the subject is the source
    SOURCE_PRONOUNS: tuple[str, ...]  # "selon lui", "according to him"
    NAMED_SOURCES: tuple[str, ...]  # "Pour X, …": a source only before a name
    ANAPHORIC_LEADS: tuple[str, ...]  # "об этом": the cue reports the sentence before
    SOURCE_LOCATIVES: tuple[str, ...]  # "в": "в Кремле уточнили", the Kremlin did
    IMPERSONAL_ENDINGS: tuple[str, ...]  # of a cue with no subject: "уточнили"
    SOURCE_DETERMINERS: tuple[str, ...]  # what opens a source named by a noun: "selon une source"
    SAME_SOURCE: tuple[str, ...]  # "selon la même source": the source named before
    STATEMENT_CONJUNCTIONS: tuple[str, ...]
    STATEMENT_PARTICIPLES: dict[str, str]
    STATEMENT_REFLEXIVES: dict[str, str]
    STATEMENT_FORMS: dict[str, str]
    STATEMENT_INFINITIVES: dict[str, str]  # "avant de déplorer": after INFINITIVE_LEADS
    INFINITIVE_LEADS: tuple[str, ...]
    NOUN_FORMS: tuple[str, ...]
    OBJECT_CUES: dict[str, str]  # "sent": a cue before "condolences", "greetings" only
    STATEMENT_AUXILIARIES: tuple[str, ...]
    REFLEXIVE_AUXILIARIES: tuple[str, ...]
    STATEMENT_ADVERBS: tuple[str, ...]
    IMPERSONAL: tuple[str, ...]
    PARTICIPLES_STAND_ALONE: bool
    STATEMENT_TYPE_WORDS: dict[str, str]
    SUBJECT_VERBS: tuple[str, ...]
    RELATIVE_PRONOUNS: tuple[str, ...]
    SECOND_PERSON: tuple[str, ...]
    AS_WORDS: tuple[str, ...]
    SHARED_LEADS: tuple[str, ...]
    QUESTION_LEADS: tuple[str, ...]
    SALUTATIONS: tuple[str, ...]
    PARTICIPLE_ENDINGS: tuple[str, ...]
    PARTICIPLE_LEADS: tuple[str, ...]
    COMPLEMENTIZERS: tuple[str, ...]
    CONTRAST: tuple[str, ...]
    PASSIVE_AUXILIARIES: tuple[str, ...]
    INVERTED_PRONOUNS: tuple[str, ...]
    AUTHOR_LEADS: tuple[str, ...]
    PASSIVE_AGENTS: tuple[str, ...]  # "offered by": the agent of a passive
    # What a statement was made in: "said in a statement that …" states what follows "that".
    REPORTING_CHANNELS: tuple[str, ...]
    # After a verb of asking, what makes it ask rather than state: "asked whether".
    INDIRECT_QUESTIONS: tuple[str, ...]
    # Verbs of asking, and what opens the topic they ask about: "asked about the visit".
    QUESTION_VERBS: tuple[str, ...]
    QUESTION_TOPICS: tuple[str, ...]
    TOPIC_CUES: tuple[str, ...]  # "reported on", "s'est exprimé sur": a topic, nothing stated
    PLURAL_CUE_WORDS: frozenset[str]  # "ont", "soulignent": a cue whose subject is plural
    CLAUSE_CUES: tuple[str, ...]  # "observed": states only with a clause ("observed that")
    MULTIWORD_CUES: tuple[str, ...]
    # Function words (grammar.py)
    STOPWORDS: frozenset[str]
    TOPIC_STOPWORDS: frozenset[str]
    ABBREVIATIONS: frozenset[str]
    ARTICLES: tuple[str, ...]
    OBJECT_DETERMINERS: tuple[str, ...]
    PREPOSITIONS: tuple[str, ...]
    CIRCUMSTANCE_PREPOSITIONS: tuple[str, ...]  # "said at a meeting": no content
    PLACE_PREPOSITIONS: tuple[str, ...]  # "in", "à": the capitalised word after is a place
    AUTHOR_PREPOSITIONS: tuple[str, ...]  # "le communiqué de", "a statement by": its author
    SUBJECT_PRONOUNS: tuple[str, ...]
    AND_WORDS: tuple[str, ...]
    TRAILING_LINKS: tuple[str, ...]
    # Page furniture (grammar.py)
    SEE_ALSO: tuple[str, ...]  # "See also": the label of a block of links to other pages
    RUBRICS: tuple[str, ...]  # "Texte intégral", "Full text": a label above the text, no title
    CAPTION_OPENERS: tuple[str, ...]  # "With", "At": a photo caption's first word
    FINITE_VERBS: frozenset[str]  # "is", "will", "held": a clause, so no caption
    FINITE_ENDINGS: tuple[str, ...]  # "-ed": a lower-case word so ending is a verb
    # States (countries.py)
    COUNTRIES: dict[str, str]
    NOT_STATES: frozenset[str]
    COUNTRY_ALIASES: dict[str, str]

    def __init__(self, code: str, name: str, *parts: ModuleType) -> None:
        set_field = object.__setattr__
        set_field(self, "code", code)
        set_field(self, "name", name)
        given: dict[str, Any] = {}
        for part in parts:
            for field, value in vars(part).items():
                if not field.isupper():
                    continue
                if field not in KINDS:
                    raise TypeError(f"{part.__name__}: {field} is no field of a Lexicon")
                if field in given:
                    raise TypeError(f"{part.__name__}: {field} is given twice for {code}")
                if not isinstance(value, KINDS[field]):
                    raise TypeError(f"{part.__name__}: {field} must be a {KINDS[field].__name__}")
                given[field] = value
        for field, kind in KINDS.items():
            set_field(self, field, given[field] if field in given else kind())

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"a Lexicon is frozen: {name} cannot be set")

    def __repr__(self) -> str:
        return f"Lexicon({self.code!r}, {self.name!r})"
