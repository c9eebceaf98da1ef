"""Russian language data: enough to recognise the language and its dates."""

CODE = "ru"

STOPWORDS = frozenset(
    "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по "
    "только ее мне было вот от меня еще нет о из ему для при это этот мы они".split()
)

MONTHS = {
    "января": 1,
    "февраля": 2,
    "марта": 3,
    "апреля": 4,
    "мая": 5,
    "июня": 6,
    "июля": 7,
    "августа": 8,
    "сентября": 9,
    "октября": 10,
    "ноября": 11,
    "декабря": 12,
}

WEEKDAYS = {
    "понедельник": 0,
    "вторник": 1,
    "среду": 2,
    "среда": 2,
    "четверг": 3,
    "пятницу": 4,
    "пятница": 4,
    "субботу": 5,
    "суббота": 5,
    "воскресенье": 6,
}

RELATIVE_DAYS = {"сегодня": 0, "вчера": -1, "позавчера": -2, "завтра": 1}
RELATIVE_YEARS = {"в этом году": 0, "в прошлом году": -1, "в следующем году": 1}
WEEKDAY_PAST: tuple[str, ...] = ()
WEEKDAY_NEXT: tuple[str, ...] = ()
WEEKDAY_PAST_BEFORE: tuple[str, ...] = ()
WEEKDAY_NEXT_BEFORE: tuple[str, ...] = ()
ORDINAL_SUFFIXES: tuple[str, ...] = ()
RANGE_FROM = ("с",)
RANGE_TO = ("по",)
ABBREVIATIONS = frozenset("г гг т д др им ул".split())
HONORIFICS: tuple[str, ...] = ()
# Titles that are titles only when capitalised (see the English module).
CASED_TITLES: tuple[str, ...] = ()

TITLES = ("Президент", "Председатель", "Премьер-министр", "Министр")
NOT_NAMES: frozenset[str] = frozenset()

COUNTRIES: dict[str, str] = {"Россия": "российский", "Франция": "французский"}
PRONOUNS = ("он", "она")
GROUP_HEADS = ("оба", "обе")
GROUPS = ("два лидера", "стороны")
COUNTERPARTS = ("коллега",)
NOT_NAME_WORDS = frozenset(
    "России Российской Федерации Франции США Украины Белоруссии Беларуси Китая Индии Германии "
    "Казахстана Турции Египта Сербии Республики Правительства Совета Безопасности Кремля МИД "
    "Государственной Думы".split()
)
SPEECH_PARTICIPLES = (
    "заявил",
    "заявила",
    "сказал",
    "сказала",
    "отметил",
    "отметила",
    "подчеркнул",
    "подчеркнула",
    "добавил",
    "добавила",
)
SPEECH_PRESENT = ("заявляет", "говорит", "отмечает", "подчёркивает")
SPEECH_AUXILIARIES: tuple[str, ...] = ()
ACCORDING_TO = ("по словам",)
# A second participle sharing the first one's auxiliary: "a salué X et espéré Y".
STATEMENT_CONJUNCTIONS = ("и",)
CONTRAST = ("в свою очередь",)
BODIES = ("Кремль", "МИД")
DOCUMENT_WORDS = ("сообщение",)
# Words between a preposition and the person it governs (none: Russian has no articles).
OBJECT_DETERMINERS: tuple[str, ...] = ()
# Words before a mention that make it an object, not the subject of its sentence.
PREPOSITIONS = ("с", "к", "в", "на", "о", "от", "для", "по")
SUBJECT_VERBS = ("заявил", "сказал", "отметил")
# Relative pronouns: "son hôte, qui a répondu : « … »".
RELATIVE_PRONOUNS = ("который", "которая")
# Words that qualify a title without changing who holds it: "président élu", "acting".
TITLE_MODIFIERS: tuple[str, ...] = ()
STATEMENT_PARTICIPLES = {"assessment": "отметил отметила подчеркнул подчеркнула заявил заявила"}
STATEMENT_REFLEXIVES: dict[str, str] = {}
STATEMENT_FORMS = {"assessment": "отмечает подчёркивает заявляет"}
# Forms that are also nouns: a cue only right after its subject.
NOUN_FORMS: tuple[str, ...] = ()
STATEMENT_AUXILIARIES: tuple[str, ...] = ()
REFLEXIVE_AUXILIARIES: tuple[str, ...] = ()
STATEMENT_ADVERBS = ("также",)
IMPERSONAL = ("было отмечено",)
GROUP_PRONOUNS = ("они",)
# Participles need an auxiliary: "a noté", not "noté".
PARTICIPLES_STAND_ALONE = False
STATEMENT_TYPE_WORDS = {"gratitude": "благодарность"}
NOT_STATES: frozenset[str] = frozenset()
COUNTRY_ALIASES: dict[str, str] = {}

# Grammar words the engines read (the statements' speakers, quotes, names).
ARTICLES: tuple[str, ...] = ()
SECOND_PERSON = ("вы",)
SUBJECT_PRONOUNS = ("я", "мы", "он", "она", "они")
AS_WORDS = ("как",)
SHARED_LEADS = ("как мы",)
QUESTION_LEADS = ("на вопрос",)
SALUTATIONS = ("уважаемый", "уважаемая")
PARTICIPLE_ENDINGS: tuple[str, ...] = ()
PARTICIPLE_LEADS: tuple[str, ...] = ()
ELISIONS_BEFORE_NAMES: tuple[str, ...] = ()
# What opens reported content: "said that …", "a noté que …" (a cue inside it is part of it).
COMPLEMENTIZERS = ("что",)
