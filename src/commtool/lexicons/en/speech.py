"""English: how speech is reported: speech verbs, reporting cues of statements and their types, and the words around them."""

SPEECH_PARTICIPLES = (
    "said",
    "stated",
    "added",
    "noted",
    "told",
    "explained",
    "stressed",
    "emphasized",
    "emphasised",
    "underlined",
    "underscored",
    "declared",
    "asked",
    "replied",
    "answered",
    "continued",
    "concluded",
    "insisted",
    "remarked",
    "observed",
    "warned",
    "announced",
    "wrote",
    "tweeted",
    "commented",
    "acknowledged",
    "affirmed",
    "argued",
    "recalled",
    "pointed out",
    "reiterated",
    "confirmed",
    "urged",
    "assured",
    "recounted",
    "maintained",
    "suggested",
)

# "…," he said: after a quote the past serves as well as the present.
SPEECH_PRESENT = (
    *SPEECH_PARTICIPLES,
    "says",
    "states",
    "adds",
    "notes",
    "tells",
    "explains",
    "stresses",
    "emphasizes",
    "emphasises",
    "declares",
    "asks",
    "replies",
    "answers",
    "continues",
    "concludes",
    "insists",
    "writes",
    "reads",
)

SPEECH_AUXILIARIES = ("has", "had", "have")

ACCORDING_TO = ("according to",)

# A second participle sharing the first one's auxiliary: "a salué X et espéré Y".
STATEMENT_CONJUNCTIONS = ("and",)

CONTRAST = (
    "for his part",
    "for her part",
    "for their part",
    "in turn",
    "in response",
    "in reply",
    "meanwhile",
)

SUBJECT_VERBS = (
    "has",
    "had",
    "have",
    "is",
    "was",
    "were",
    "are",
    "will",
    "would",
    "can",
    "could",
    "may",
    "might",
    "must",
    "should",
    "did",
    "does",
    "said",
    "says",
    "told",
    "spoke",
    "met",
    "held",
    "made",
    "gave",
    "took",
    "sent",
    "wrote",
    "thanked",
    "welcomed",
    "noted",
    "stressed",
    "also",
    "then",
    "urged",
    "called",
    "expressed",
    "emphasized",
    "emphasised",
    "underscored",
    "reaffirmed",
    "congratulated",
    "informed",
    "briefed",
    "discussed",
    "agreed",
    "added",
)

# Relative pronouns: "son hôte, qui a répondu : « … »".
RELATIVE_PRONOUNS = ("who", "which")

STATEMENT_PARTICIPLES = {
    "assessment": "noted stressed underscored underlined emphasized emphasised welcomed "
    "reaffirmed confirmed said stated restated reiterated highlighted praised pointed out "
    "acknowledged recalled mentioned added declared hailed commended spoke positively of "
    "spoke in favour of spoke in favor of spoke in support of supported endorsed updated "
    "briefed informed explained observed voiced expressed denied",
    "gratitude": "thanked congratulated",
    "commitment": "promised pledged committed assured vowed",
    "concern": "is following with deep concern is following with concern",
    "condemnation": "condemned deplored regretted denounced",
    "agreement": "agreed agreed on agreed to concurred",
    "call": "called for called on urged invited appealed exhorted warned insisted proposed "
    "suggested requested",
    "announcement": "announced disclosed revealed",
}

STATEMENT_FORMS = {
    "assessment": "notes stresses underscores underlines emphasizes emphasises welcomes "
    "reaffirms confirms says states reiterates highlights praises commends supports "
    "noting stressing welcoming reaffirming emphasizing emphasising underlining highlighting "
    "expressing",
    "gratitude": "thanks congratulates thanking",
    "commitment": "pledges promises commits",
    "concern": "",
    "condemnation": "condemns deplores regrets condemning",
    "agreement": "agrees",
    "call": "calls for calls on urges appeals exhorts invites warns insists calling urging",
    "announcement": "announces",
}

# Forms that are also nouns ("member states", "thanks to", "compared notes"): a cue only
# right after its subject.
NOUN_FORMS = (
    "states",
    "thanks",
    "notes",
    "supports",
    "appeals",
    "promises",
    "pledges",
    "regrets",
    "praises",
    "highlights",
)

STATEMENT_AUXILIARIES = ("has", "have", "had", "has also", "have also", "had also")

STATEMENT_ADVERBS = (
    "also",
    "further",
    "again",
    "once again",
    "then",
    "both",
    "strongly",
    "firmly",
    "repeatedly",
    "particularly",
    "specifically",
    "rightly",
    "jointly",
    "separately",
)

IMPERSONAL = (
    "it was noted",
    "it was agreed",
    "it was stressed",
    "it was emphasized",
    "it was emphasised",
    "it was decided",
    "it was underlined",
)

# English simple past and past participle share a form: "Vladimir Putin noted".
PARTICIPLES_STAND_ALONE = True

STATEMENT_TYPE_WORDS = {
    "gratitude": "gratitude appreciation thanks",
    "concern": "concern concerns alarm",
    "condemnation": "condemnation",
    "commitment": "commitment determination resolve",
    "call": "appeal",
}

SECOND_PERSON = ("you",)

AS_WORDS = ("as",)  # "…, as you said, of our Treaty": an aside

SHARED_LEADS = ("as we", "as we have")  # "As we noted during our meeting": both sides

QUESTION_LEADS = (
    "to the question",
    "when asked",
    "asked by a journalist",
    "asked by the journalist",
)

SALUTATIONS = ("dear",)  # with the honorifics: "Dear Mr President,"

PARTICIPLE_ENDINGS = ("ing",)  # "Welcoming the agreement, the President said"

# What opens reported content: "said that …", "a noté que …" (a cue inside it is part of it).
COMPLEMENTIZERS = ("that",)

# Auxiliaries of the passive: "to be agreed through diplomatic channels" reports nothing.
PASSIVE_AUXILIARIES = ("be", "been", "being", "is", "are", "was", "were")
# What opens the author of a work after its title in quotation marks: "“The Unconquered” by X".
AUTHOR_LEADS = ("by",)
# Cues of several words, kept whole in STATEMENT_* tables ("pointed out", "called for").
MULTIWORD_CUES = (
    "pointed out",
    "spoke positively of",
    "spoke in favour of",
    "spoke in favor of",
    "spoke in support of",
    "is following with deep concern",
    "is following with concern",
    "agreed on",
    "agreed to",
    "called for",
    "called on",
    "calls for",
    "calls on",
)
