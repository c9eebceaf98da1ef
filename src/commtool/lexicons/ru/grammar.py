"""Russian: function words: stop words, abbreviations, articles, prepositions, subject pronouns."""

STOPWORDS = frozenset(
    "и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по "
    "только ее мне было вот от меня еще нет о из ему для при это этот мы они".split()
)

ABBREVIATIONS = frozenset("г гг т д др им ул".split())

# Words before a mention that make it an object, not the subject of its sentence.
PREPOSITIONS = ("с", "к", "в", "на", "о", "от", "для", "по")

SUBJECT_PRONOUNS = ("я", "мы", "он", "она", "они")

AND_WORDS = ("и",)
# Words that end a clause without being part of what was stated ("… и", "… но").
TRAILING_LINKS = ("и", "а", "но")

# Page furniture: the label of a block of links to other pages.
SEE_ALSO = ("См. также", "Смотрите также", "Читайте также")

# Labels set above a text that are no title of it ("Texte intégral").
RUBRICS = ("Полный текст", "Стенограмма")

# Closed classes and the words of every text, which are no topic of one.
TOPIC_STOPWORDS = frozenset(
    """это этот эта эти этого этой этих того тому также который которая которое которые
    которых было были была будет будут может могут очень более всех всего чтобы если когда
    где как так уже еще ещё только между после перед через наши наших нашей наш ваш ваши
    свой своей своих свои весь вся все всё году года лет сегодня спасибо""".split()
)
