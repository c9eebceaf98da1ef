"""French: how speech is reported: speech verbs, reporting cues of statements and their types, and the words around them."""

# Speech verbs as past participles: "a déclaré X", "X a souligné que".
SPEECH_PARTICIPLES = (
    "déclaré",
    "dit",
    "affirmé",
    "ajouté",
    "poursuivi",
    "souligné",
    "indiqué",
    "expliqué",
    "précisé",
    "assuré",
    "estimé",
    "rappelé",
    "insisté",
    "lancé",
    "martelé",
    "confié",
    "fait savoir",
    "fait valoir",
    "conclu",
    "répondu",
    "noté",
    "relevé",
    "annoncé",
    "averti",
    "prévenu",
    "reconnu",
    "observé",
    "déploré",
    "regretté",
    "confirmé",
    "plaidé",
    "jugé",
    "répété",
    "commenté",
    "écrit",
    "tweeté",
    "twitté",
    "soutenu",
    "signalé",
    "martelé",
    "réaffirmé",
    "promis",
    "demandé",
    "interrogé",
    "répliqué",
    "résumé",
    "témoigné",
    "ironisé",
    # after "s'est", "se sont": "», s'est réjoui le président"
    "réjoui",
    "réjouie",
    "réjouis",
    "félicité",
    "félicitée",
    "félicités",
    "exclamé",
    "exclamée",
    "indigné",
    "indignée",
    "inquiété",
    "inquiétée",
    "emporté",
    "emportée",
    "défendu",
)

# Speech verbs in the present, as in "», informe le Kremlin", "», précise-t-il".
SPEECH_PRESENT = (
    "déclare",
    "dit",
    "affirme",
    "ajoute",
    "poursuit",
    "souligne",
    "indique",
    "explique",
    "précise",
    "assure",
    "estime",
    "rappelle",
    "insiste",
    "lance",
    "martèle",
    "confie",
    "conclut",
    "répond",
    "note",
    "relève",
    "annonce",
    "avertit",
    "reconnaît",
    "observe",
    "informe",
    "déplore",
    "regrette",
    "confirme",
    "plaide",
    "juge",
    "répète",
    "commente",
    "écrit",
    "soutient",
    "signale",
    "réaffirme",
    "lit-on",
    "peut-on lire",
    "fait savoir",
    "fait valoir",
    "dira",
    "ajoutera",
    "conclura",
    "souligne-t-on",
    "indique-t-on",
    "explique-t-on",
    "se réjouit",
    "se félicite",
    "s'exclame",
    "s'interroge",
    "s'indigne",
    "s'inquiète",
)

# Auxiliaries before a participle: "a déclaré", "avait indiqué".
SPEECH_AUXILIARIES = (
    "a",
    "avait",
    "aurait",
    "ont",
    "avaient",
    "a-t-il",
    "a-t-elle",
    "s'est",
    "se sont",
    "s'était",
    "s'étaient",
)

# "selon X", "d'après X".
ACCORDING_TO = ("selon", "d'après", "de l'avis de")

# A second participle sharing the first one's auxiliary: "a salué X et espéré Y".
STATEMENT_CONJUNCTIONS = ("et",)

# A sentence opening that turns to the other party ("De son côté, le Président togolais").
CONTRAST = (
    "de son côté",
    "pour sa part",
    "de leur côté",
    "à son tour",
    "en retour",
    "quant à lui",
    "quant à elle",
    "en réponse",
)

# Verbs that follow a sentence's subject: a mention followed by one is who the sentence is about.
SUBJECT_VERBS = (
    "a",
    "avait",
    "aura",
    "aurait",
    "est",
    "était",
    "sera",
    "serait",
    "ont",
    "sont",
    "s'est",
    "se",
    "s'",
    "reste",
    "n'a",
    "n'est",
    "ne",
    "va",
    "doit",
    "peut",
    "veut",
    "souhaite",
    "entend",
    "compte",
    "dit",
    "déclare",
    "affirme",
    "estime",
    "juge",
    "appelle",
    "demande",
    "exhorte",
    "salue",
    "remercie",
    "reçoit",
    "répète",
    "conclut",
    "ajoute",
    "dira",
    "poursuit",
    "lui",
    "leur",
    "y",
    "en",
)

# Relative pronouns: "son hôte, qui a répondu : « … »".
RELATIVE_PRONOUNS = ("qui",)

# Reported speech: the cues that introduce what someone stated, by the type of statement.
# Participles take an auxiliary ("a noté", "ont salué", "avait estimé", "après avoir salué").
STATEMENT_PARTICIPLES = {
    "assessment": "noté souligné rappelé insisté affirmé réaffirmé indiqué déclaré dit ajouté "
    "précisé estimé jugé salué relevé observé évoqué mentionné conditionné souhaité espéré "
    "réitéré répété témoigné admis reconnu conclu expliqué fait savoir fait valoir fait part "
    "mis en avant mis l'accent dévoilé confirmé cité plaidé prôné exprimé manifesté "
    "démenti nié contesté",
    "gratitude": "remercié",
    "commitment": "promis assuré garanti engagé",
    "concern": "inquiété",
    "condemnation": "condamné déploré regretté dénoncé fustigé",
    "agreement": "convenu approuvé",
    "call": "appelé exhorté invité demandé réclamé recommandé suggéré encouragé proposé "
    "averti mis en garde",
    "announcement": "annoncé informé communiqué",
}

# Reflexive forms after "s'est", "se sont", "s'était": "s'est réjoui", "se sont accordés".
STATEMENT_REFLEXIVES = {
    "assessment": "réjoui réjouie réjouis félicité félicitée félicités dit dite dits déclaré "
    "déclarée déclarés montré montrée montrés prononcé prononcée prononcés exprimé exprimée "
    "exprimés",
    "agreement": "accordé accordée accordés entendu entendus",
    "commitment": "engagé engagée engagés",
}

# Forms that stand alone: present, future, participles in -ant ("saluant", "se disant").
STATEMENT_FORMS = {
    "assessment": "salue souhaite répète réitère estime rappelle souligne insiste note affirme "
    "réaffirme déclare dira ajoute ajoutera précise indique se félicite se réjouit saluant "
    "soulignant ajoutant rappelant notant insistant citant estimant affirmant réaffirmant "
    "indiquant précisant espérant souhaitant se disant se réjouissant se félicitant "
    "se déclarant",
    "gratitude": "remercie remerciant exprimant",
    "commitment": "s'engage s'engageant promettant",
    "concern": "s'inquiète s'inquiétant",
    "condemnation": "condamne déplore regrette dénonce condamnant déplorant regrettant",
    "call": "appelle exhorte invite demande exige plaide encourage appelant exhortant invitant "
    "demandant plaidant demandez",
    "announcement": "annonce annonçant",
}

# Forms that are also nouns ("la note", "l'annonce", "la demande"): a cue only right
# after its subject.
NOUN_FORMS = ("note", "annonce", "demande", "estime")

# Auxiliaries before a participle, adverbs that may stand between.
STATEMENT_AUXILIARIES = (
    "a",
    "ont",
    "avait",
    "avaient",
    "aurait",
    "auraient",
    "a-t-il",
    "a-t-elle",
    "avoir",
    "aura",
    "avez",  # "vous avez rappelé": the person addressed
    "aviez",
)

REFLEXIVE_AUXILIARIES = ("s'est", "se sont", "s'était", "s'étaient", "se sera", "s'être")

STATEMENT_ADVERBS = (
    "également",
    "aussi",
    "ensuite",
    "encore",
    "par ailleurs",
    "enfin",
    "notamment",
    "toutefois",
    "déjà",
    "d'abord",
    "en outre",
    "longuement",
    "vivement",
    "fortement",
    "particulièrement",
    "avec satisfaction",
    "avec force",
    "en particulier",
    "de nouveau",
    "à nouveau",
    "aussitôt",
    "clairement",
    "très clairement",
)

# Impersonal cues: the statement is the parties' ("il a été convenu").
IMPERSONAL = ("il a été convenu", "il a été noté", "il a été souligné", "il a été décidé")

# Participles need an auxiliary: "a noté", not "noté".
PARTICIPLES_STAND_ALONE = False

# Words opening what was stated that tell its type: "a exprimé sa gratitude".
STATEMENT_TYPE_WORDS = {
    "gratitude": "gratitude reconnaissance remerciements",
    "concern": "préoccupation inquiétude préoccupations inquiétudes",
    "condemnation": "condamnation",
    "commitment": "engagement détermination",
    "call": "appel",
}

SECOND_PERSON = ("vous",)

AS_WORDS = ("comme",)  # "…, comme vous l'avez dit, de notre traité": an aside

SHARED_LEADS = ("comme nous", "comme nous l'avons")

QUESTION_LEADS = ("à la question", "a la question")

SALUTATIONS = ("cher", "chère", "chers", "chères")

PARTICIPLE_ENDINGS = ("ant",)  # "Se réjouissant de …, le chef de l'État …"

PARTICIPLE_LEADS = ("en", "tout en")  # "Tout en regrettant …"

# What opens reported content: "said that …", "a noté que …" (a cue inside it is part of it).
COMPLEMENTIZERS = ("que", "qu'")

# Auxiliaries of the passive: « à été convenu » reports nothing on its own.
PASSIVE_AUXILIARIES = ("été", "être")
# Subject pronouns after an inverted verb: « a-t-il dit », « poursuit-elle ».
INVERTED_PRONOUNS = ("il", "elle", "ils", "elles")
# What opens the author of a work after its title in quotation marks: « “L’Étranger” de X ».
AUTHOR_LEADS = ("de", "par")
# Cues of several words, kept whole in STATEMENT_* tables (« fait savoir », « mis en garde »).
MULTIWORD_CUES = (
    "fait savoir",
    "fait valoir",
    "fait part",
    "mis en avant",
    "mis l'accent",
    "mis en garde",
    "se félicite",
    "se réjouit",
    "se disant",
    "se réjouissant",
    "se félicitant",
    "se déclarant",
)
