"""French: how speech is reported: speech verbs, reporting cues of statements and their types, and the words around them."""

from commtool.lexicons.fr.inflection import Forms, joined

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
# Sources that are the sentence's subject: "À l'entendre, plusieurs questions ont été abordées".
_self_sources = ("à l'entendre", "à ses yeux", "à son avis", "de son point de vue")
# A capital À is often written A: "A l'entendre, …".
SELF_SOURCES = (*_self_sources, *("a" + s[1:] for s in _self_sources if s.startswith("à")))
# What names the source of what follows (or, closing the sentence, of what came before):
# "Selon la présidence, …", "…, selon la même source."
ACCORDING_TO = ("selon", "d'après", "de l'avis de", *SELF_SOURCES)
SOURCE_PRONOUNS = ("lui", "elle", "eux", "elles")
# "Pour Jean-Yves Le Drian, ces points seront confortés": a source when a name follows it
# and opens the sentence.
NAMED_SOURCES = ("pour",)
# What opens a source named by a noun: "selon une source diplomatique", "selon l'un de ses
# proches", "selon des informations de la Primature".
SOURCE_DETERMINERS = (
    "un",
    "une",
    "des",
    "le",
    "la",
    "les",
    "l'",
    "son",
    "sa",
    "ses",
    "leur",
    "ce",
    "cette",
)
SAME_SOURCE = ("la même source", "même source")

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

# Reported speech: the cues that introduce what someone stated, by type, as lemmas
# (comma-separated; "+" marks the second group, "se"/"s'" a reflexive). Every form is made
# from them (inflection.py): "a réitéré", "réitère", "réitèrent", "réitérant".
_lemmas = {
    "assessment": "noter, signifier, mettre en exergue, mettre en lumière, alléguer, prétendre, "
    "trancher, assener, s'enorgueillir+, justifier, argumenter, souligner, rappeler, "
    "insister, affirmer, réaffirmer, indiquer, déclarer, dire, redire, ajouter, "
    "préciser, estimer, juger, saluer, relever, observer, évoquer, mentionner, "
    "conditionner, souhaiter, espérer, réitérer, répéter, témoigner, admettre, "
    "reconnaître, conclure, expliquer, faire savoir, faire valoir, faire part, "
    "faire état, mettre en avant, mettre l'accent, confirmer, citer, plaider, "
    "prôner, exprimer, manifester, signaler, marteler, confier, commenter, écrire, "
    "tweeter, soutenir, résumer, répliquer, répondre, ironiser, constater, "
    "considérer, qualifier, décrire, apprécier, avouer, concéder, arguer, clarifier, "
    "exposer, détailler, expliciter, partager, attester, assurer, transmettre, "
    "accueillir favorablement, rendre hommage, émettre, analyser, se réjouir+, "
    "se féliciter, se dire, se déclarer, se prononcer, s'exprimer, s'interroger, "
    "se satisfaire, rapporter, raconter, relater, spécifier, rétorquer, objecter, "
    "s'étonner, se demander, présumer, supposer, penser, croire, formuler, énoncer, "
    "pronostiquer, prédire, anticiper, proclamer, clamer, revendiquer, confesser, "
    "se targuer, se vanter, se flatter, louer, vanter, encenser, complimenter, "
    "applaudir+, honorer, certifier, corroborer, éclairer, insinuer, "
    "laisser entendre, faire observer, faire remarquer, dresser un bilan",
    "gratitude": "remercier, féliciter, rendre grâce",
    "commitment": "promettre, garantir+, s'engager, jurer, s'obliger, s'atteler, s'employer, "
    "s'efforcer, se porter garant, prendre l'engagement",
    "concern": "s'inquiéter, s'alarmer, s'émouvoir, redouter, craindre, se préoccuper, "
    "appréhender, se soucier, s'affliger, s'attrister, se désoler",
    "condemnation": "condamner, déplorer, regretter, dénoncer, fustiger, critiquer, stigmatiser, "
    "blâmer, décrier, s'indigner, s'insurger, s'offusquer, s'opposer, réprouver, "
    "vilipender, incriminer, accuser, reprocher, mettre en cause, pointer du doigt, "
    "protester, tancer, sermonner, admonester, épingler, étriller, dénigrer, "
    "désapprouver, récriminer, se plaindre, flétrir+, conspuer",
    "agreement": "convenir, approuver, entériner, s'accorder, s'entendre, acquiescer, cautionner, "
    "souscrire, consentir, avaliser, endosser, s'aligner, se rallier, "
    "se mettre d'accord, tomber d'accord",
    "call": "appeler, exhorter, inviter, demander, réclamer, recommander, encourager, "
    "avertir+, mettre en garde, inciter, enjoindre, exiger, préconiser, "
    "lancer un appel, prévenir, implorer, supplier, solliciter, prier, militer, "
    "lancer un avertissement",
    "proposal": "proposer, suggérer, soumettre, avancer l'idée, émettre l'idée, "
    "mettre sur la table, formuler une proposition",
    "announcement": "annoncer, informer, communiquer, révéler, dévoiler, divulguer, notifier, "
    "officialiser, rendre public, faire connaître, ébruiter, aviser",
    "denial": "démentir, nier, contester, réfuter, rejeter, récuser, écarter, exclure, "
    "contredire, désavouer, répudier, balayer, minimiser, relativiser, "
    "s'inscrire en faux, battre en brèche",
}
_forms = {kind: Forms(lemmas) for kind, lemmas in _lemmas.items()}

# The words that make a cue plural, its subject several ("ont souligné", "se sont félicités",
# "soulignent"): one person alone is no such subject.
PLURAL_CUE_WORDS = frozenset(
    {
        "ont",
        "avaient",
        "auront",
        "auraient",
        "sont",
        "étaient",
        *(form for forms in _forms.values() for form in forms.plurals),
    }
)

# Participles take an auxiliary ("a noté", "ont salué", "avait estimé", "après avoir salué").
STATEMENT_PARTICIPLES = {kind: joined(forms.participles) for kind, forms in _forms.items()}

# Reflexive forms after "s'est", "se sont", "s'était": "s'est réjoui", "se sont accordés".
STATEMENT_REFLEXIVES = {kind: joined(forms.reflexives) for kind, forms in _forms.items()}

# Forms that stand alone: present, participles in -ant ("saluant", "se disant"), and the
# future and the litotes as written ("n'a pas caché son émotion" states it).
STATEMENT_FORMS = {kind: joined(forms.present) for kind, forms in _forms.items()}
STATEMENT_FORMS["assessment"] = joined(
    _forms["assessment"].present,
    ["dira", "ajoutera"],
    ["n'a pas caché", "n'ont pas caché", "n'a pas manqué", "n'ont pas manqué"],
    ["n'a pas exclu", "n'ont pas exclu", "n'a pas dissimulé"],
)
STATEMENT_FORMS["call"] = joined(_forms["call"].present, ["demandez"])

# Infinitives after a lead that reports them: "…, avant de déplorer le nombre des victimes",
# "s'est contenté de dire que …".
STATEMENT_INFINITIVES = {kind: joined(forms.infinitives) for kind, forms in _forms.items()}
INFINITIVE_LEADS = (
    "avant de",
    "avant d'",
    "s'est contenté de",
    "s'est contentée de",
    "s'est borné à",
    "s'est bornée à",
    "a tenu à",
    "ont tenu à",
    "n'a pas manqué de",
    "n'a pas manqué d'",
)

# Forms that are also nouns ("la note", "l'annonce", "la demande"): a cue only right
# after its subject.
NOUN_FORMS = (
    "reproche",
    "reproches",
    "formule",
    "formules",
    "épingle",
    "accusé",
    "note",
    "notes",
    "annonce",
    "annonces",
    "demande",
    "demandes",
    "estime",
    "appel",
    "appels",
    "propose",
    "rappel",
    "souhait",
    "critique",
    "critiques",
    "regrette",
    "conclusion",
    "garde",
    "appui",
    "constat",
    "témoigne",
    "signale",
    "invite",
    "réponse",
)

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
# An elided word a cue may follow: "ce qu'a indiqué le ministre", "qu'ont annoncé".
ELISIONS_BEFORE_CUES = ("qu'",)

# What opens a sentence whose cue reports the sentence before: "C'est ce qu'a indiqué le
# ministre", "C'est ce qu'ont annoncé les deux présidences".
ANAPHORIC_LEADS = ("c'est ce qu'", "c'est ce que", "c’est ce qu’", "c’est ce que", "voilà ce qu'")

# What opens a circumstance after a cue that closes its sentence, never what was said:
# "Moscou reste ouverte au dialogue, a déclaré le porte-parole dans un entretien au journal".
CIRCUMSTANCE_PREPOSITIONS = (
    "lors de",
    "lors d'",
    "dans",
    "pendant",
    "au cours de",
    "au cours d'",
    "à l'issue de",
    "à l'issue d'",
    "devant",
    "après",
    "en marge de",
    "en marge d'",
    "depuis",
)

COMPLEMENTIZERS = ("que", "qu'")

# Auxiliaries of the passive: « à été convenu » reports nothing on its own.
PASSIVE_AUXILIARIES = ("été", "être", "reste", "restent", "demeure", "demeurent", "semble")
# Subject pronouns after an inverted verb: « a-t-il dit », « poursuit-elle ».
INVERTED_PRONOUNS = ("il", "elle", "ils", "elles")
# What opens the author of a work after its title in quotation marks: « “L’Étranger” de X ».
AUTHOR_LEADS = ("de", "par")
# Cues of several words, kept whole in STATEMENT_* tables (« fait savoir », « mis en garde »).
MULTIWORD_CUES = (
    "se félicite",
    "se réjouit",
    "n'a pas caché",
    "n'ont pas caché",
    "n'a pas manqué",
    "n'ont pas manqué",
    "n'a pas exclu",
    "n'ont pas exclu",
    "n'a pas dissimulé",
    *(phrase for forms in _forms.values() for phrase in forms.phrases()),
)

# What a statement was made in: « a déclaré dans un communiqué que … ».
REPORTING_CHANNELS = (
    "communiqué",
    "déclaration",
    "message",
    "lettre",
    "courrier",
    "télégramme",
    "entretien",
    "interview",
    "discours",
    "allocution",
    "tweet",
    "publication",
    "conférence de presse",
    "point de presse",
    "note",
)
# After a verb of asking, what makes it a question: « a demandé si », « interrogé sur ».
INDIRECT_QUESTIONS = ("si", "s'il", "s'ils", "pourquoi", "comment", "quand", "où")
QUESTION_VERBS = ("interrogé", "interrogée", "interrogeant", "demandé", "demandant", "questionné")
QUESTION_TOPICS = ("sur", "au sujet de", "à propos de")
# A cue and the preposition after it that give the topic of what was said, not what was
# stated: "s'est exprimé sur la situation", "a fait le point sur les préparatifs".
# Cues that state only with a clause ("a observé que …"): with a noun alone they tell what
# was watched or kept ("a observé une minute de silence").
_clause_forms = Forms("observer")
CLAUSE_CUES = (*_clause_forms.participles, *_clause_forms.present)
TOPIC_CUES = (
    "exprimé sur",
    "exprimée sur",
    "exprimés sur",
    "exprimées sur",
    "exprime sur",
    "expriment sur",
    "exprimant sur",
    "fait le point sur",
    "rendu compte de",
    "rendu compte du",
    "rendu compte des",
)
