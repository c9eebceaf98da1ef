"""English: function words: stop words, abbreviations, articles, prepositions, subject pronouns."""

STOPWORDS = frozenset(
    "the of and to in a is that for on with as was by at it from be this are an have has "
    "his her their its which were not but or had will would been also they we he she who "
    "into between during about after".split()
)

ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Messrs Dr Prof St Jr Sr H.E U.S U.K U.N E.U Gen Col Lt Capt Gov Sen Rep "
    "Amb Hon Rev No Nos vs etc Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Inc Ltd "
    "Co Corp approx e.g i.e".split()
)

# Words between a preposition and the person it governs: "to the President", "with H.E. X".
OBJECT_DETERMINERS = ("the", "his", "her", "their", "mr", "ms", "h", "e")

# Words before a mention that make it an object, not the subject of its sentence.
# Before the author of a document: "a statement by the Kremlin", "the message of the
# ministry".
AUTHOR_PREPOSITIONS = ("of", "by", "from")

# Before a place: "in Munich", "at Novo-Ogaryovo" (a capitalised word after them is no
# surname, whatever follows it).
PLACE_PREPOSITIONS = ("in",)

PREPOSITIONS = (
    "to",
    "with",
    "by",
    "for",
    "from",
    "of",
    "at",
    "on",
    "about",
    "toward",
    "towards",
    "between",
    "against",
    "without",
    "after",
    "before",
    "than",
    "according",
    "in",
    "into",
    "within",
    "during",
    "under",
    "among",
    "through",
)

# Grammar words the engines read (the statements' speakers, quotes, names).
ARTICLES = ("the",)

# Subject pronouns: "it states that" has a subject; "I thank you" makes "you" an object.
SUBJECT_PRONOUNS = ("I", "we", "he", "she", "it", "they")

# "and", joining two names or titles.
AND_WORDS = ("and",)
# Words that end a clause without being part of what was stated ("… and", "… while").
TRAILING_LINKS = ("and", "then", "while", "but")

# Words too common to be a topic of a summary, beyond the stop words.
TOPIC_STOPWORDS = frozenset(
    # closed classes: pronouns and possessives, determiners and quantifiers, wh-words,
    # auxiliaries and modals, conjunctions, and the adverbs and verbs of every text
    """also their there which would could should about these those other after before during
    while where when have been were this that with from into over such more two both well
    your yours ours theirs mine yourself ourselves themselves himself herself itself what
    whose whom whoever here very just even still already again only really quite much many
    most less least than then thus however therefore indeed including regarding concerning
    every each another several some none either neither shall must might cannot does doing
    done being make made take taken give given like know think want need going come said
    says told tell let we're you're they're it's i'm we've i've you've that's there's let's
    don't doesn't isn't aren't won't can't today tomorrow yesterday since until unless though
    although because whether within without upon across along among around through
    throughout towards toward against under above below behind beyond first second third
    last next year years time times thing things way lot yes thank thanks please dear able
    certain course fact great good important know number part place sure""".split()
)

# Page furniture. The label of a block of links to other pages, each link a title (often
# ending with its date): "See also", then "Talks with President of Ghana May 23, 2019".
SEE_ALSO = ("See also", "Related", "Related news", "Read also", "Read more", "More on this")

# A photo caption is a paragraph of its own, a phrase with no verb that opens with a
# preposition: "With President of Uganda Yoweri Museveni.", "At the plenary session of the
# Forum.", "Before the Direct Line with Vladimir Putin."
CAPTION_OPENERS = ("With", "At", "During", "Before", "After", "Following", "Prior to")
# Words that make a clause of a phrase: auxiliaries, modals, the common irregular pasts (the
# regular ones end in FINITE_ENDINGS).
FINITE_VERBS = frozenset(
    """am is are was were be been has have had do does did will would shall should can
    could may might must said told spoke met held took gave made sent went came saw became
    began brought left led won put set wrote thought found got kept knew paid ran sat stood
    sought spent taught understood drew flew grew threw laid lost meant heard felt built
    bought caught fought rose shook chose""".split()
)
FINITE_ENDINGS = ("ed",)

# Labels set above a text that are no title of it ("Texte intégral").
RUBRICS = ("Full text", "Transcript", "Verbatim", "Full transcript")
