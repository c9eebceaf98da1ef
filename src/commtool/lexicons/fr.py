"""French language data: months, days, relative dates, abbreviations, titles."""

CODE = "fr"

# Frequent function words, used to tell the language of a text.
STOPWORDS = frozenset(
    "le la les de des du un une et est en que qui dans pour par sur au aux avec ce cette ces "
    "son sa ses leur leurs il elle ils nous vous ont sont été pas ne plus a à se s l d qu "
    "où mais ou donc car lors entre vers chez comme tout tous très".split()
)

MONTHS = {
    "janvier": 1,
    "janv": 1,
    "février": 2,
    "fevrier": 2,
    "févr": 2,
    "fevr": 2,
    "mars": 3,
    "avril": 4,
    "avr": 4,
    "mai": 5,
    "juin": 6,
    "juillet": 7,
    "juil": 7,
    "août": 8,
    "aout": 8,
    "septembre": 9,
    "sept": 9,
    "octobre": 10,
    "oct": 10,
    "novembre": 11,
    "nov": 11,
    "décembre": 12,
    "decembre": 12,
    "déc": 12,
}

WEEKDAYS = {
    "lundi": 0,
    "mardi": 1,
    "mercredi": 2,
    "jeudi": 3,
    "vendredi": 4,
    "samedi": 5,
    "dimanche": 6,
}

# Day offsets from the document's date.
RELATIVE_DAYS = {
    "aujourd'hui": 0,
    "ce jour": 0,
    "hier": -1,
    "avant-hier": -2,
    "demain": 1,
    "après-demain": 2,
}

# Year offsets from the document's date.
RELATIVE_YEARS = {
    "cette année": 0,
    "l'année dernière": -1,
    "l'an dernier": -1,
    "l'an passé": -1,
    "l'année passée": -1,
    "l'année prochaine": 1,
    "l'an prochain": 1,
}

# Words after a weekday that move it: "mardi dernier", "mardi prochain".
WEEKDAY_PAST = ("dernier",)
WEEKDAY_NEXT = ("prochain",)
# Words before a weekday that name the past/next one: none common in French.
WEEKDAY_PAST_BEFORE: tuple[str, ...] = ()
WEEKDAY_NEXT_BEFORE: tuple[str, ...] = ()

# Day suffixes: "1er décembre", "1re".
ORDINAL_SUFFIXES = ("er", "re", "e")

# Range words: "du 17 au 19 novembre".
RANGE_FROM = ("du",)
RANGE_TO = ("au",)

# Abbreviations that end in a period without ending a sentence (case-sensitive).
ABBREVIATIONS = frozenset(
    "M MM Mme Mmes Mlle Mlles Dr Pr Me Mgr St Ste S.E S.E.M Excellence av apr J.-C cf "
    "n° no art vol p pp env ex Gén Col Cdt Lt".split()
)

# Courtesy words before a name.
HONORIFICS = (
    "S.E.M.",
    "S.E.",
    "M.",
    "MM.",
    "Mme",
    "Mlle",
    "Dr",
    "Dr.",
    "Pr",
    "Pr.",
    "Me",
    "Sa Majesté",
    "Son Excellence",
    "Monsieur",
    "Madame",
)

# Titles of office, longest first is not required: the engine sorts them.
# Titles that are titles only when capitalised (see the English module).
CASED_TITLES: tuple[str, ...] = ()

TITLES = (
    "Président de la République",
    "Président du Conseil",
    "Président de la Commission",
    "Président",
    "Présidente",
    "Vice-Président",
    "Vice-Présidente",
    "Premier ministre",
    "Première ministre",
    "Premier Ministre",
    "ministre des Affaires étrangères",
    "ministre des affaires étrangères",
    "ministre de la Défense",
    "ministre",
    "Ministre",
    "Secrétaire général",
    "Secrétaire générale",
    "Secrétaire d'État",
    "porte-parole",
    "Porte-parole",
    "Chef de l'État",
    "chef de l'État",
    "Chef de l'Etat",
    "chef de l'Etat",
    "chef d'État",
    "chef d'Etat",
    "Chef d'État",
    "Chef d'Etat",
    "chef de la diplomatie",
    "ambassadeur",
    "ambassadrice",
    "Ambassadeur",
    "Roi",
    "Reine",
    "Prince",
    "Princesse",
    "Émir",
    "Général",
    "Colonel",
    "Capitaine",
    "Chancelier",
    "Chancelière",
    "Commissaire",
    "envoyé spécial",
    "envoyée spéciale",
    "émissaire",
    "Médiateur",
    "Médiatrice",
    "Député",
    "Députée",
    "Sénateur",
    "Sénatrice",
    "Gouverneur",
    "Gouverneure",
    "Maire",
    "Directeur général",
    "Directrice générale",
)

# Sentence-initial words that look like names but are not.
NOT_NAMES = frozenset(
    "Le La Les Un Une Des Du De Au Aux Il Elle Ils Elles Ce Cette Ces Son Sa Ses Leur "
    "Leurs Lors Selon Après Avant Pendant Depuis En Dans Pour Par Sur Avec Sans Et Mais "
    "Ou Donc Or Ni Car Comme Si Quand Nous Vous On Je Tu Monsieur Madame Mesdames Messieurs "
    "Excellence Pourquoi Comment Quand Où Qui Que Quel Quelle Merci Oui Non Chers Chères "
    "Camarades Collègues".split()
)

# Country: its demonyms (masculine and feminine), separated by spaces, or by commas when
# one has several words.
COUNTRIES = {
    "Afrique du Sud": "sud-africain sud-africaine",
    "Algérie": "algérien algérienne",
    "Allemagne": "allemand allemande",
    "Angola": "angolais angolaise",
    "Arabie saoudite": "saoudien saoudienne",
    "Belgique": "belge",
    "Bénin": "béninois béninoise",
    "Biélorussie": "biélorusse",
    "Burkina Faso": "burkinabè burkinabé burkinabe",
    "Burundi": "burundais burundaise",
    "Cameroun": "camerounais camerounaise",
    "Canada": "canadien canadienne",
    "Centrafrique": "centrafricain centrafricaine",
    "Chine": "chinois chinoise",
    "Congo": "congolais congolaise",
    "Côte d'Ivoire": "ivoirien ivoirienne",
    "Égypte": "égyptien égyptienne",
    "Émirats arabes unis": "émirati émirien",
    "Espagne": "espagnol espagnole",
    "États-Unis": "américain américaine",
    "Éthiopie": "éthiopien éthiopienne",
    "France": "français française",
    "Gabon": "gabonais gabonaise",
    "Ghana": "ghanéen ghanéenne",
    "Guinée": "guinéen guinéenne",
    "Inde": "indien indienne",
    "Iran": "iranien iranienne",
    "Israël": "israélien israélienne",
    "Italie": "italien italienne",
    "Japon": "japonais japonaise",
    "Kenya": "kényan kényane",
    "Liban": "libanais libanaise",
    "Libye": "libyen libyenne",
    "Madagascar": "malgache",
    "Mali": "malien malienne",
    "Maroc": "marocain marocaine",
    "Mauritanie": "mauritanien mauritanienne",
    "Niger": "nigérien nigérienne",
    "Nigéria": "nigérian nigériane",
    "Ouganda": "ougandais ougandaise",
    "Royaume-Uni": "britannique",
    "Russie": "russe",
    "Rwanda": "rwandais rwandaise",
    "Sénégal": "sénégalais sénégalaise",
    "Serbie": "serbe",
    "Suisse": "suisse",
    "Tchad": "tchadien tchadienne",
    "Togo": "togolais togolaise",
    "Tunisie": "tunisien tunisienne",
    "Turquie": "turc turque",
    "Ukraine": "ukrainien ukrainienne",
    "République démocratique du Congo": "",
    "Nigeria": "",
    "Fédération de Russie": "",
    "Union africaine": "",
    "Union européenne": "européen européenne",
    "Nations unies": "onusien onusienne",
    "CEDEAO": "",
    "Sahel": "sahélien sahélienne",
    **dict(
        line.split(":", 1)
        for line in """\
Afghanistan:afghan afghane
Albanie:albanais albanaise
Andorre:andorran andorrane
Arménie:arménien arménienne
Argentine:argentin argentine
Australie:australien australienne
Autriche:autrichien autrichienne
Azerbaïdjan:azerbaïdjanais azerbaïdjanaise
Bahreïn:bahreïni bahreïnie
Bangladesh:bangladais bangladaise
Bélarus:bélarusse
Birmanie:birman birmane
Bolivie:bolivien bolivienne
Bosnie-Herzégovine:bosnien bosnienne
Botswana:botswanais botswanaise
Brésil:brésilien brésilienne
Bulgarie:bulgare
Burkina:burkinabè
Faso:
Cambodge:cambodgien cambodgienne
Cap-Vert:cap-verdien cap-verdienne
Chili:chilien chilienne
Chypre:chypriote
Colombie:colombien colombienne
Comores:comorien comorienne
Corée du Sud:sud-coréen sud-coréenne
Corée du Nord:nord-coréen nord-coréenne
Croatie:croate
Cuba:cubain cubaine
Danemark:danois danoise
Djibouti:djiboutien djiboutienne
Équateur:équatorien équatorienne
Érythrée:érythréen érythréenne
Estonie:estonien estonienne
Eswatini:swazi
Finlande:finlandais finlandaise
Géorgie:géorgien géorgienne
Gambie:gambien gambienne
Grèce:grec grecque
Guatemala:guatémaltèque
Guinée-Bissau:bissau-guinéen bissau-guinéenne
Guinée équatoriale:équato-guinéen équato-guinéenne
Haïti:haïtien haïtienne
Hongrie:hongrois hongroise
Indonésie:indonésien indonésienne
Irak:irakien irakienne
Irlande:irlandais irlandaise
Islande:islandais islandaise
Jordanie:jordanien jordanienne
Kazakhstan:kazakh kazakhe
Kirghizistan:kirghiz kirghize
Koweït:koweïtien koweïtienne
Laos:laotien laotienne
Lettonie:letton lettone
Lesotho:lesothan
Liberia:libérien libérienne
Lituanie:lituanien lituanienne
Luxembourg:luxembourgeois luxembourgeoise
Macédoine du Nord:macédonien macédonienne
Malaisie:malaisien malaisienne
Malawi:malawite
Malte:maltais maltaise
Maurice:mauricien mauricienne
Mexique:mexicain mexicaine
Moldavie:moldave
Monaco:monégasque
Mongolie:mongol mongole
Monténégro:monténégrin monténégrine
Mozambique:mozambicain mozambicaine
Namibie:namibien namibienne
Népal:népalais népalaise
Nicaragua:nicaraguayen nicaraguayenne
Norvège:norvégien norvégienne
Nouvelle-Zélande:néo-zélandais néo-zélandaise
Oman:omanais omanaise
Ouzbékistan:ouzbek ouzbèke
Pakistan:pakistanais pakistanaise
Palestine:palestinien palestinienne
Panama:panaméen panaméenne
Paraguay:paraguayen paraguayenne
Pays-Bas:néerlandais néerlandaise
Pérou:péruvien péruvienne
Philippines:philippin philippine
Pologne:polonais polonaise
Portugal:portugais portugaise
Qatar:qatari qatarie
République centrafricaine:
République tchèque:tchèque
Roumanie:roumain roumaine
Sao Tomé-et-Principe:santoméen santoméenne
Seychelles:seychellois seychelloise
Sierra Leone:sierra-léonais sierra-léonaise
Singapour:singapourien singapourienne
Slovaquie:slovaque
Slovénie:slovène
Somalie:somalien somalienne
Soudan:soudanais soudanaise
Soudan du Sud:sud-soudanais sud-soudanaise
Sri Lanka:sri-lankais sri-lankaise
Suède:suédois suédoise
Suriname:surinamais surinamaise
Syrie:syrien syrienne
Tadjikistan:tadjik tadjike
Tanzanie:tanzanien tanzanienne
Thaïlande:thaïlandais thaïlandaise
Turkménistan:turkmène
Uruguay:uruguayen uruguayenne
Venezuela:vénézuélien vénézuélienne
Vietnam:vietnamien vietnamienne
Yémen:yéménite
Zambie:zambien zambienne
Zimbabwe:zimbabwéen zimbabwéenne
Chine populaire:
Émirats:émirien émirienne
Vatican:
Canada:canadien canadienne
Corée:coréen coréenne
Irlande du Nord:
Écosse:écossais écossaise
Grande-Bretagne:britannique
Angleterre:anglais anglaise
OTAN:
ONU:
UA:
UE:
AES:
G20:
G7:
BRICS:
""".splitlines()
    ),
}

# Subject pronouns that stand for the last person named.
PRONOUNS = ("il", "elle")

# Phrases naming several speakers at once.
# "les deux dirigeants", "les trois ministres": a determiner of number and one noun.
GROUP_HEADS = ("les deux", "les trois", "tous deux", "tous les deux")

GROUPS = (
    "les présidents",
    "les deux chefs",
    "les deux chefs d'État",
    "les deux chefs d'Etat",
    "les deux présidents",
    "les deux dirigeants",
    "les deux ministres",
    "les deux parties",
    "les deux responsables",
    "les deux hommes",
)

# Descriptions that stand for a person already named ("son hôte", "son homologue").
COUNTERPARTS = ("son hôte", "son homologue", "son invité", "l'hôte")

# Capitalised words that belong to the names of institutions or places, not of people.
NOT_NAME_WORDS = frozenset(
    "République Conseil Commission Assemblée Union Nations Fédération Ministère Gouvernement "
    "Présidence Palais Sommet Conférence Accord Traité État Etat États Etats Premier Première "
    "Communiqué Déclaration Forum Initiative Route Ceinture Afrique Europe Ouest Est Nord Sud "
    "Sahel Golfe Mer Capital Humain Sécurité Régionale Technologie Priorité Fédérale Fédéral "
    "Démocratique Populaire Islamique Arabe Arabes Unis Unies Nationale National Bureau Presse "
    "Service Agence Banque Fonds Programme Organisation Alliance Coopération Développement "
    "Commerce Industrie Énergie Finances Santé Éducation Culture Justice Transports Agriculture "
    "Travail Sports Affaires Étrangères Intérieur Défense Armées Forces Région District "
    "Université Institut Fondation Association Musée Société Journaliste Écrivain Guerre "
    "Monde Dialogue Congrès Format Plan Processus Déclaration Charte Partenariat Mission "
    "Opération".split()
)

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
# Bodies that speak for a state or an organisation.
BODIES = (
    "l'Élysée",
    "l'Elysée",
    "la présidence",
    "la Présidence",
    "le Kremlin",
    "la Maison Blanche",
    "la Maison-Blanche",
    "le ministère",
    "le Ministère",
    "le gouvernement",
    "le Gouvernement",
    "le Quai d'Orsay",
    "la Commission",
    "l'ONU",
    "les Nations unies",
    "les Nations Unies",
    "la CEDEAO",
    "la Cédéao",
    "l'Union africaine",
    "l'Union européenne",
    "le communiqué",
    "le service de presse",
    "le porte-parolat",
    "la diplomatie",
    "le Conseil de sécurité",
    "le Département d'État",
    "Kremlin",
    "Élysée",
    "Elysée",
    "Maison Blanche",
)
# Descriptions that stand for the body that issued the text ("le communiqué"), or for the
# body last named ("l'organisation": the CEDEAO named before).
DOCUMENT_WORDS = (
    "le communiqué",
    "le texte",
    "la déclaration",
    "la note",
    "l'organisation",
    "l'organisation sous-régionale",
    "l'organisation régionale",
    "l'organisation panafricaine",
    "l'institution",
)
# Words between a preposition and the person it governs: « avec le Président », « à M. X ».
OBJECT_DETERMINERS = ("le", "la", "les", "l'", "son", "sa", "ses", "leur", "m", "mme", "h", "e")
# Words before a mention that make it an object, not the subject of its sentence.
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
# Words that qualify a title without changing who holds it: "président élu", "acting".
TITLE_MODIFIERS: tuple[str, ...] = (
    "élu",
    "élue",
    "sortant",
    "sortante",
    "désigné",
    "désignée",
    "par intérim",
    "intérimaire",
    "adjoint",
    "adjointe",
    "en exercice",
    "délégué",
    "déléguée",
)

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
# Plural pronouns that stand for the last group spoken of.
GROUP_PRONOUNS = ("ils", "elles")
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
# Entries of COUNTRIES that are not states (regions, organisations, seats of power): they
# qualify titles ("Président de la Commission de l'Union africaine") but are not counted.
NOT_STATES = frozenset(
    "Sahel;Union africaine;Union européenne;Nations unies;CEDEAO;OTAN;ONU;UA;UE;AES;G20;G7;"
    "BRICS;Faso;Burkina;Chine populaire;Émirats;Corée".split(";")
)
# Other names of a state, counted as its usual name.
COUNTRY_ALIASES = {
    "Fédération de Russie": "Russie",
    "Biélorussie": "Bélarus",
    "Grande-Bretagne": "Royaume-Uni",
    "Angleterre": "Royaume-Uni",
    "Nigeria": "Nigéria",
    "Chine populaire": "Chine",
    "Émirats": "Émirats arabes unis",
    "République centrafricaine": "Centrafrique",
    "Faso": "Burkina Faso",
    "Burkina": "Burkina Faso",
}

# Grammar words the engines read (the statements' speakers, quotes, names).
ARTICLES = ("le", "la", "les", "l'")
SECOND_PERSON = ("vous",)
# Subject pronouns: "il note que" has a subject; "je vous remercie" makes "vous" an object.
SUBJECT_PRONOUNS = ("je", "j'", "nous", "on", "il", "elle", "ils", "elles")
AS_WORDS = ("comme",)  # "…, comme vous l'avez dit, de notre traité": an aside
SHARED_LEADS = ("comme nous", "comme nous l'avons")
QUESTION_LEADS = ("à la question", "a la question")
SALUTATIONS = ("cher", "chère", "chers", "chères")
PARTICIPLE_ENDINGS = ("ant",)  # "Se réjouissant de …, le chef de l'État …"
PARTICIPLE_LEADS = ("en", "tout en")  # "Tout en regrettant …"
ELISIONS_BEFORE_NAMES = ("d'", "qu'")  # "la santé d'Ali Bongo", "qu'Emmanuel Macron"
# What opens reported content: "said that …", "a noté que …" (a cue inside it is part of it).
COMPLEMENTIZERS = ("que", "qu'")
