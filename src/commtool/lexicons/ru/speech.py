"""Russian: how speech is reported: speech verbs, reporting cues of statements and their types, and the words around them."""

from commtool.lexicons.ru.inflection import past_forms, present_forms

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

SPEECH_PRESENT = ("заявляет", "говорит", "отмечает", "подчёркивает", "говорится")

# What opens a sentence whose cue reports the sentence before: "Об этом сообщил Юрий Ушаков",
# "Об этом говорится в сообщении МИД РФ".
ANAPHORIC_LEADS = ("об этом", "о чем", "о чём")

# "В Кремле уточнили", "В МИД России заявили": a body where the words were said, then a cue
# in the plural with no subject: the body said them (an impersonal plural, "they said").
SOURCE_LOCATIVES = ("в", "во")
IMPERSONAL_ENDINGS = ("ли", "лись")

# Sources that are the sentence's subject: "По его словам, переговоры прошли успешно".
SELF_SOURCES = (
    "по его словам",
    "по ее словам",
    "по её словам",
    "по их словам",
    "по его мнению",
    "по ее мнению",
    "по её мнению",
)
# What names the source of what follows: "По словам Пескова, …".
ACCORDING_TO = (
    "по словам",
    *SELF_SOURCES,
    # "Как сообщили в пресс-службе Кремля, …", "По данным МИД, …", "Как пишет газета, …"
    "как сообщили в",
    "как сообщили",
    "как сообщает",
    "как сообщила",
    "как сообщил",
    "как заявили в",
    "как отметили в",
    "как уточнили в",
    "как передает",
    "как передаёт",
    "как пишет",
    "по данным",
    "по информации",
)

# A second participle sharing the first one's auxiliary: "a salué X et espéré Y".
STATEMENT_CONJUNCTIONS = ("и",)

CONTRAST = ("в свою очередь",)

SUBJECT_VERBS = ("заявил", "сказал", "отметил")

# Relative pronouns: "son hôte, qui a répondu : « … »".
RELATIVE_PRONOUNS = ("который", "которая")

# The verbs that report a statement, by type, as lemmas (not the verbs of a topic with no
# content, "обсудить": "обсудили вопросы сотрудничества" states nothing): perfective infinitives, and the
# imperfective ones starred (they have a present: "заявляет"). Every form is made from them
# (inflection.py): "заявил", "заявила", "заявили", "заявив" report as "заявить" does.
_lemmas = {
    "assessment": "заявить заявлять* сказать говорить* отметить отмечать* подчеркнуть "
    "подчёркивать* подчеркивать* добавить сообщить сообщать* уточнить уточнять* указать "
    "указывать* напомнить напоминать* пояснить пояснять* констатировать назвать называть* "
    "охарактеризовать оценить оценивать* выразить выражать* проинформировать информировать* "
    "рассказать рассказывать* признать признавать* подтвердить подтверждать* высказаться "
    "высказываться* считать* полагать* акцентировать заметить объяснить объяснять* написать "
    "писать* ответить отвечать* передать приветствовать* поддержать поддерживать* "
    "выступить выступать*",
    "gratitude": "поблагодарить благодарить* поздравить поздравлять*",
    "commitment": "пообещать обещать* заверить заверять* гарантировать",
    "concern": "обеспокоиться",
    "condemnation": "осудить осуждать* раскритиковать критиковать* посетовать сожалеть*",
    "agreement": "договориться договариваться* согласиться соглашаться* условиться",
    "call": "призвать призывать* предложить предлагать* потребовать требовать* попросить "
    "просить* настаивать* предупредить предупреждать* рекомендовать*",
    "announcement": "объявить объявлять* анонсировать",
    "denial": "опровергнуть опровергать* отвергнуть отвергать* отрицать*",
}

STATEMENT_PARTICIPLES = {kind: past_forms(lemmas) for kind, lemmas in _lemmas.items()}

STATEMENT_FORMS = {kind: present_forms(lemmas) for kind, lemmas in _lemmas.items()}
# "В сообщении МИД говорится, что…", "Об этом говорится в заявлении": the document speaks.
STATEMENT_FORMS["assessment"] += " говорится"

STATEMENT_ADVERBS = ("также",)

IMPERSONAL = ("было отмечено",)

# The Russian past is finite: "заявил" stands alone, as "said" does.
PARTICIPLES_STAND_ALONE = True

# "Подчеркнув важность встречи, Путин заявил …": a gerund opening the sentence.
PARTICIPLE_ENDINGS = ("в", "вшись")

STATEMENT_TYPE_WORDS = {
    "gratitude": "благодарность признательность",
    "concern": "обеспокоенность озабоченность",
    "condemnation": "осуждение",
    "commitment": "готовность приверженность",
}

SECOND_PERSON = ("вы",)

AS_WORDS = ("как",)

SHARED_LEADS = ("как мы",)

QUESTION_LEADS = ("на вопрос",)

SALUTATIONS = ("уважаемый", "уважаемая")

# What opens reported content: "said that …", "a noté que …" (a cue inside it is part of it).
# What opens a circumstance after a cue that closes its sentence, never what was said:
# "…, — сообщил Ушаков в эфире Первого канала", "…, заявил он на пресс-конференции".
CIRCUMSTANCE_PREPOSITIONS = ("в", "во", "на", "в ходе", "во время", "после")

COMPLEMENTIZERS = ("что",)

# What a statement was made in: "заявил в интервью, что …".
REPORTING_CHANNELS = ("заявлении", "интервью", "сообщении", "телеграмме", "послании", "письме")
# After a verb of asking, what makes it a question: "спросил, почему".
INDIRECT_QUESTIONS = ("ли", "почему", "как", "когда", "где")
QUESTION_VERBS = ("спросил", "спросила", "спросили", "поинтересовался", "поинтересовалась")
QUESTION_TOPICS = ("о", "об", "про")
