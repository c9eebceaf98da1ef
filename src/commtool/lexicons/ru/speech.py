"""Russian: how speech is reported: speech verbs, reporting cues of statements and their types, and the words around them."""

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

ACCORDING_TO = ("по словам",)

# A second participle sharing the first one's auxiliary: "a salué X et espéré Y".
STATEMENT_CONJUNCTIONS = ("и",)

CONTRAST = ("в свою очередь",)

SUBJECT_VERBS = ("заявил", "сказал", "отметил")

# Relative pronouns: "son hôte, qui a répondu : « … »".
RELATIVE_PRONOUNS = ("который", "которая")

STATEMENT_PARTICIPLES = {"assessment": "отметил отметила подчеркнул подчеркнула заявил заявила"}

STATEMENT_FORMS = {"assessment": "отмечает подчёркивает заявляет"}

STATEMENT_ADVERBS = ("также",)

IMPERSONAL = ("было отмечено",)

# Participles need an auxiliary: "a noté", not "noté".
PARTICIPLES_STAND_ALONE = False

STATEMENT_TYPE_WORDS = {"gratitude": "благодарность"}

SECOND_PERSON = ("вы",)

AS_WORDS = ("как",)

SHARED_LEADS = ("как мы",)

QUESTION_LEADS = ("на вопрос",)

SALUTATIONS = ("уважаемый", "уважаемая")

# What opens reported content: "said that …", "a noté que …" (a cue inside it is part of it).
COMPLEMENTIZERS = ("что",)
