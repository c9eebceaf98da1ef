"""Russian: how people and bodies are named: honorifics, titles, pronouns, groups, counterparts, bodies, and the words that are no name."""

from commtool.lexicons.ru.inflection import noun_cases, title_forms

# Titles in the nominative; every case of each is a title too ("с президентом России
# Владимиром Путиным"), and is read as the nominative (TITLE_INFLECTIONS).
_titles = (
    "президент",
    "вице-президент",
    "председатель",
    "премьер-министр",
    "премьер",
    "вице-премьер",
    "министр",
    # the offices whose complement is a genitive with no preposition
    "министр иностранных дел",
    "министр обороны",
    "министр финансов",
    "министр юстиции",
    "министр энергетики",
    "министр экономического развития",
    "министр промышленности и торговли",
    "глава МИД",
    "замминистра",
    "глава",
    "глава правительства",
    "глава государства",
    "лидер",
    "руководитель",
    "канцлер",
    "король",
    "эмир",
    "шейх",
    "генсек",
    "генеральный секретарь",
    "посол",
    "помощник",
    "советник",
    "пресс-секретарь",
    "официальный представитель",
    "губернатор",
    "мэр",
    "спикер",
    "заместитель",
)
TITLE_INFLECTIONS = title_forms(_titles)
TITLES = tuple(TITLE_INFLECTIONS)

PRONOUNS = ("он", "она")

GROUP_HEADS = ("оба", "обе")

GROUPS = (
    "два лидера",
    "оба лидера",
    "лидеры двух стран",
    "главы государств",
    "главы правительств",
    "главы двух государств",
    "главы делегаций",
    "стороны",
)

COUNTERPARTS = ("коллега",)

NOT_NAME_WORDS = frozenset(
    "России Российской Федерации Франции США Украины Белоруссии Беларуси Китая Индии Германии "
    "Казахстана Турции Египта Сербии Республики Правительства Совета Безопасности Кремля МИД "
    "Государственной Думы".split()
)

# Bodies in the nominative; every case of each is the body too ("в Кремле", "пресс-службы
# Кремля"), named in the nominative (BODY_INFLECTIONS).
_bodies = (
    "Кремль",
    "МИД",
    "пресс-служба",
    "администрация",
    "правительство",
    "министерство",
    "посольство",
    # news agencies: "сообщает ТАСС"; "передает слова X РИА Новости" gives the words to X
    "РИА Новости",
    "ТАСС",
    "Интерфакс",
)
BODY_INFLECTIONS = title_forms(_bodies)
BODIES = tuple(BODY_INFLECTIONS)

# What a body publishes, in every case: "говорится в сообщении", "в заявлении МИД".
DOCUMENT_WORDS = tuple(
    form for noun in ("сообщение", "заявление", "коммюнике") for form in noun_cases(noun)
)

GROUP_PRONOUNS = ("они",)

# The offices a title names: a description resolves to the person who holds them under any
# of their titles ("le chef de l'État" to "le président Kaïs Saïed"), the generic title to
# any of the particular ones ("head of state" to a president or a king), not the reverse.
TITLE_ROLES = {
    "head of state": "президент, глава государства, лидер, руководитель",
    "president": "президент",
    "head of government": "премьер-министр, премьер, глава правительства, "
    "председатель правительства",
    "foreign minister": "министр иностранных дел, глава мид",
    "spokesperson": "пресс-секретарь, официальный представитель",
}

# Unnamed sources, when they speak: "источник в Кремле сообщил".
SOURCE_NOUNS = ("источник", "источники", "дипломат", "чиновник", "собеседник")
SOURCE_DETERMINERS_BEFORE = ("один", "один из")
SOURCE_MODIFIERS = ("дипломатический", "высокопоставленный", "осведомленный", "осведомлённый")
# Words that count unnamed sources ("two senior officials"), and the nouns that are a
# source even after an article ("la même source").
SOURCE_COUNTS: tuple[str, ...] = ()
ALWAYS_SOURCES = ("источник", "источники")

# A transcript turn of someone known by a role only ("Question:", "Remark:", "Response from
# the hall:", "Presenter:"): the label, or its first word before a complement.
TURN_ROLES = (
    "Вопрос",
    "Ответ",
    "Реплика",
    "Ведущий",
    "Ведущая",
    "Модератор",
    "Журналист",
    "Голос",
)
