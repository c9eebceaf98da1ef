"""French: function words: stop words, abbreviations, articles, prepositions, subject pronouns."""

# Frequent function words, used to tell the language of a text.
STOPWORDS = frozenset(
    "le la les de des du un une et est en que qui dans pour par sur au aux avec ce cette ces "
    "son sa ses leur leurs il elle ils nous vous ont sont été pas ne plus a à se s l d qu "
    "où mais ou donc car lors entre vers chez comme tout tous très".split()
)

# Abbreviations that end in a period without ending a sentence (case-sensitive).
ABBREVIATIONS = frozenset(
    "M MM Mme Mmes Mlle Mlles Dr Pr Me Mgr St Ste S.E S.E.M Excellence av apr J.-C cf "
    "n° no art vol p pp env ex Gén Col Cdt Lt".split()
)

# Words between a preposition and the person it governs: « avec le Président », « à M. X ».
OBJECT_DETERMINERS = ("le", "la", "les", "l'", "son", "sa", "ses", "leur", "m", "mme", "h", "e")

# Words before a mention that make it an object, not the subject of its sentence.
# Before the author of a document: "le communiqué de l'ambassade", "une note publiée par".
AUTHOR_PREPOSITIONS = ("de", "du", "des", "d'", "d’", "par")

# Before a place: "à Yaoundé", "en Guinée", "depuis Berlin".
PLACE_PREPOSITIONS = ("à", "en", "depuis")

PREPOSITIONS = (
    "à",
    "au",
    "aux",
    "avec",
    "de",
    "du",
    "des",
    "d'",
    "par",
    "pour",
    "chez",
    "contre",
    "entre",
    "envers",
    "vers",
    "sur",
    "sans",
    "auprès",
    "après",
    "devant",
    "selon",
    "en",
    "dans",
    "parmi",
    "sous",
    "durant",
    "pendant",
)

# Grammar words the engines read (the statements' speakers, quotes, names).
ARTICLES = ("le", "la", "les", "l'")

# Subject pronouns: "il note que" has a subject; "je vous remercie" makes "vous" an object.
SUBJECT_PRONOUNS = ("je", "j'", "nous", "on", "il", "elle", "ils", "elles")

# « et », joining two names or titles.
AND_WORDS = ("et",)
# Words that end a clause without being part of what was stated (« … et », « … tout en »).
TRAILING_LINKS = ("et", "puis", "tout en", "mais")

# Words too common to be a topic of a summary, beyond the stop words.
TOPIC_STOPWORDS = frozenset(
    # closed classes: pronouns and possessives, determiners and quantifiers, auxiliaries,
    # conjunctions, and the adverbs and verbs of every text
    """cette leurs entre avec pour dans elle elles ils nous vous sont été avoir être plus deux
    très notre votre leur ceci cela celui celle ceux celles quoi quel quelle quels quelles
    dont aussi ainsi alors donc encore déjà toujours jamais trop beaucoup moins tout tous
    toute toutes chaque autre autres plusieurs certains certaines aucun aucune même mêmes
    sans sous vers chez depuis pendant avant après contre parmi selon comme lorsque quand
    puis mais ensuite enfin faire fait faut peut doit était étaient sera seront avait ont
    avons avez sommes êtes suis voilà merci madame monsieur aujourd'hui hier demain année
    années fois chose choses part""".split()
)

# Page furniture: the label of a block of links to other pages.
SEE_ALSO = (
    "Voir aussi",
    "Lire aussi",
    "À lire aussi",
    "Lire également",
    "À lire également",
    "Sur le même sujet",
)

# Labels set above a text that are no title of it ("Texte intégral").
RUBRICS = ("Texte intégral", "Verbatim", "Transcription", "Seul le prononcé fait foi")
