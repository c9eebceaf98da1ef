"""Russian: how people and bodies are named: honorifics, titles, pronouns, groups, counterparts, bodies, and the words that are no name."""

TITLES = ("Президент", "Председатель", "Премьер-министр", "Министр")

PRONOUNS = ("он", "она")

GROUP_HEADS = ("оба", "обе")

GROUPS = ("два лидера", "стороны")

COUNTERPARTS = ("коллега",)

NOT_NAME_WORDS = frozenset(
    "России Российской Федерации Франции США Украины Белоруссии Беларуси Китая Индии Германии "
    "Казахстана Турции Египта Сербии Республики Правительства Совета Безопасности Кремля МИД "
    "Государственной Думы".split()
)

BODIES = ("Кремль", "МИД", "пресс-служба", "администрация", "правительство", "министерство")

DOCUMENT_WORDS = ("сообщение",)

GROUP_PRONOUNS = ("они",)
