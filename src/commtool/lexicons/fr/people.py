"""French: how people and bodies are named: honorifics, titles, pronouns, groups, counterparts, bodies, and the words that are no name."""

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

# "le dirigeant russe", "la dirigeante allemande": a head of state or of government, but
# "dirigeant" alone is anyone's ("un dirigeant d'entreprise").
DEMONYM_TITLES = ("dirigeant", "dirigeante")

# Titles of a post abroad, which may name the place of the post before the name:
# "l'ambassadrice de France au Sénégal, Christine Fages", "le représentant spécial en
# Libye, Ghassan Salamé". The place is where the post is, not the holder's country.
POSTED_TITLES = (
    "ambassadeur",
    "ambassadrice",
    "Ambassadeur",
    "envoyé spécial",
    "envoyée spéciale",
    "représentant spécial",
    "représentante spéciale",
    "haut représentant",
    "haute représentante",
    "représentant",
    "représentante",
    "émissaire",
)
POST_PREPOSITIONS = ("au", "aux", "en", "à", "auprès de", "auprès du", "auprès des", "auprès d'")
# What opens a title's complement, before the body named in capitals and the person's name.
COMPLEMENT_LINKS = ("de", "du", "des", "pour", "et")

TITLES = (
    "dirigeant",
    "dirigeante",
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
    *POSTED_TITLES,
)

# Sentence-initial words that look like names but are not.
NOT_NAMES = frozenset(
    "Le La Les Un Une Des Du De Au Aux Il Elle Ils Elles Ce Cette Ces Son Sa Ses Leur "
    "Leurs Lors Selon Après Avant Pendant Depuis En Dans Pour Par Sur Avec Sans Et Mais "
    "Ou Donc Or Ni Car Comme Si Quand Nous Vous On Je Tu Monsieur Madame Mesdames Messieurs "
    "Excellence Pourquoi Comment Quand Où Qui Que Quel Quelle Merci Oui Non Chers Chères "
    "Camarades Collègues Bonjour Bonsoir Bienvenue Salut Félicitations Bravo Voilà".split()
)

# Subject pronouns that stand for the last person named.
PRONOUNS = ("il", "elle")
# The last person named, not the sentence's subject: "Talon murmure à l'oreille de Boni
# Yayi. Celui-ci le répète aux journalistes".
LATTER_PRONOUNS = ("celui-ci", "celle-ci")

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
    "les parties",
    "les deux délégations",
    "les délégations",
    "les deux responsables",
    "les deux hommes",
    # les fonctions des deux parties, au pluriel : « Les chefs d'État ont souligné … »
    "les chefs d'État",
    "les chefs d'Etat",
    "les chefs de gouvernement",
    "les deux chefs de gouvernement",
    "les Premiers ministres",
    "les deux Premiers ministres",
    "les ministres des Affaires étrangères",
    "les deux ministres des Affaires étrangères",
)

# Descriptions that stand for a person already named ("son hôte", "son homologue").
COUNTERPARTS = ("son hôte", "son homologue", "son invité", "l'hôte")

# Capitalised words that belong to the names of institutions or places, not of people.
NOT_NAME_WORDS = frozenset(
    "République Conseil Commission Assemblée Union Nations Fédération Ministère Gouvernement "
    "Visite Entretien Rencontre Audience "
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
    "le service de presse",
    "le porte-parolat",
    "la diplomatie",
    "le Conseil de sécurité",
    "le Département d'État",
    "Kremlin",
    "Élysée",
    "Elysée",
    "Maison Blanche",
    "l'ambassade",
    "l'Ambassade",
    "la Primature",
    "la primature",
    "la chancellerie",
    "la Chancellerie",
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

# Plural pronouns that stand for the last group spoken of.
GROUP_PRONOUNS = ("ils", "elles")

ELISIONS_BEFORE_NAMES = ("d'", "qu'")  # "la santé d'Ali Bongo", "qu'Emmanuel Macron"

# The offices a title names: a description resolves to the person who holds them under any
# of their titles ("le chef de l'État" to "le président Kaïs Saïed"), the generic title to
# any of the particular ones ("head of state" to a president or a king), not the reverse.
TITLE_ROLES = {
    "head of state": "président, président de la république, chef de l'état, chef d'état, "
    "roi, reine, souverain, monarque, émir, numéro un, dirigeant, dirigeante",
    "president": "président, président de la république",
    "monarch": "roi, reine, souverain, monarque, émir",
    "head of government": "premier ministre, chef du gouvernement, président du conseil",
    "foreign minister": "ministre des affaires étrangères, chef de la diplomatie",
    "spokesperson": "porte-parole",
}

# Sources sans nom, quand elles parlent : « une source diplomatique a indiqué », « un haut
# responsable, qui … ». Le déterminant, les mots qui qualifient le nom.
SOURCE_NOUNS = (
    "responsable",
    "responsables",
    "diplomate",
    "diplomates",
    "source",
    "sources",
    "conseiller",
    # a document that speaks: "précise une note publiée par Bamako", "selon un communiqué"
    "communiqué",
    "note",
    "déclaration",
)
# Who else an unnamed source may be after "selon" ("selon l'un de ses proches", "selon des
# observateurs"); what is no one ("selon les dernières données") names no source.
SOURCE_HEADS = (
    "proche",
    "proches",
    "entourage",
    "milieux",
    "observateurs",
    "analystes",
    "experts",
    "spécialistes",
    "témoins",
    "médias",
    "presse",
    "agence",
    "journal",
    "quotidien",
    "interlocuteurs",
    "participants",
    "document",
    "texte",
    "bureau",
    "cabinet",
    "services",
    "ministère",
)
SOURCE_DETERMINERS_BEFORE = ("un", "une", "le", "la", "les", "des", "l'", "deux", "plusieurs")
SOURCE_MODIFIERS = (
    "haut",
    "hauts",
    "diplomatique",
    "diplomatiques",
    "gouvernemental",
    "gouvernementale",
    "officiel",
    "officielle",
    "sécuritaire",
    "militaire",
    "français",
    "française",
    "américain",
    "américaine",
    "russe",
    "européen",
    "européenne",
    "proche du dossier",
)
# Words that count unnamed sources ("two senior officials"), and the nouns that are a
# source even after an article ("la même source").
SOURCE_COUNTS = ("deux", "plusieurs")
ALWAYS_SOURCES = ("source", "sources")

# A transcript turn of someone known by a role only ("Question:", "Remark:", "Response from
# the hall:", "Presenter:"): the label, or its first word before a complement.
TURN_ROLES = (
    "Question",
    "Réponse",
    "Remarque",
    "Réplique",
    "Présentateur",
    "Présentatrice",
    "Modérateur",
    "Modératrice",
    "Animateur",
    "Animatrice",
    "Journaliste",
    "Intervenant",
    "Intervenante",
    "Voix",
)
