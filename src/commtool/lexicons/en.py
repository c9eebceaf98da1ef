"""English language data: months, days, relative dates, abbreviations, titles."""

CODE = "en"

STOPWORDS = frozenset(
    "the of and to in a is that for on with as was by at it from be this are an have has "
    "his her their its which were not but or had will would been also they we he she who "
    "into between during about after".split()
)

MONTHS = {
    "january": 1,
    "jan": 1,
    "february": 2,
    "feb": 2,
    "march": 3,
    "mar": 3,
    "april": 4,
    "apr": 4,
    "may": 5,
    "june": 6,
    "jun": 6,
    "july": 7,
    "jul": 7,
    "august": 8,
    "aug": 8,
    "september": 9,
    "sep": 9,
    "sept": 9,
    "october": 10,
    "oct": 10,
    "november": 11,
    "nov": 11,
    "december": 12,
    "dec": 12,
}

WEEKDAYS = {
    "monday": 0,
    "tuesday": 1,
    "wednesday": 2,
    "thursday": 3,
    "friday": 4,
    "saturday": 5,
    "sunday": 6,
}

RELATIVE_DAYS = {"today": 0, "yesterday": -1, "tomorrow": 1}

RELATIVE_YEARS = {"this year": 0, "last year": -1, "next year": 1}

WEEKDAY_PAST: tuple[str, ...] = ()
WEEKDAY_NEXT: tuple[str, ...] = ()
WEEKDAY_PAST_BEFORE = ("last",)
WEEKDAY_NEXT_BEFORE = ("next",)

ORDINAL_SUFFIXES = ("st", "nd", "rd", "th")

RANGE_FROM = ("from",)
RANGE_TO = ("to",)

ABBREVIATIONS = frozenset(
    "Mr Mrs Ms Messrs Dr Prof St Jr Sr H.E U.S U.K U.N E.U Gen Col Lt Capt Gov Sen Rep "
    "Amb Hon Rev No Nos vs etc Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Inc Ltd "
    "Co Corp approx e.g i.e".split()
)

HONORIFICS = (
    "H.E.",
    "H.E",
    "Mr.",
    "Mr",
    "Mrs.",
    "Mrs",
    "Ms.",
    "Ms",
    "Dr.",
    "Dr",
    "His Excellency",
    "Her Excellency",
    "His Majesty",
    "Her Majesty",
)

# Titles that are titles only when capitalised: lower-case "premier" is the French "first",
# "general" an adjective.
CASED_TITLES: tuple[str, ...] = ("Premier", "General")

TITLES = (
    "President",
    "Vice President",
    "Vice-President",
    "Prime Minister",
    "Foreign Minister",
    "Minister of Foreign Affairs",
    "Minister",
    "Secretary of State",
    "Secretary-General",
    "Secretary General",
    "Foreign Secretary",
    "Secretary",
    "Spokesperson",
    "Spokesman",
    "Spokeswoman",
    "Chairperson",
    "Chairman",
    "Chairwoman",
    "Chancellor",
    "King",
    "Queen",
    "Prince",
    "Emir",
    "Sheikh",
    "Ambassador",
    "Envoy",
    "Special Envoy",
    "High Representative",
    "Commissioner",
    "General",
    "Governor",
    "Senator",
    "Mayor",
    "Director-General",
    "Director General",
    "Premier",
)

NOT_NAMES = frozenset(
    "The A An This That These Those He She They We I You It His Her Their Our In On At By "
    "For From With After Before During Since And But Or If When While As According Mr Mrs "
    "Ms Dr Excellency Ladies Gentlemen Can Could Will Would Should Did Does Do Is Are Was Were "
    "Has Have Had May Might Must Shall Why What When Where Who How Dear Thank Thanks Yes No "
    "Colleagues Friends Comrade Comrades Mister To Of Not Also Then Now Here There All Both "
    "Each Every Some Any Many Most Today Yesterday Tomorrow Please Hello Good Well Let So "
    "I’m I'm I’ve I've I’d I'd I’ll I'll We’re We're It’s It's Let’s Let's".split()
)

# Country: its demonyms, separated by spaces, or by commas when one has several words.
COUNTRIES = {
    "Afghanistan": "Afghan",
    "Algeria": "Algerian",
    "Angola": "Angolan",
    "Argentina": "Argentinian Argentine",
    "Armenia": "Armenian",
    "Australia": "Australian",
    "Austria": "Austrian",
    "Azerbaijan": "Azerbaijani",
    "Belarus": "Belarusian",
    "Belgium": "Belgian",
    "Benin": "Beninese",
    "Brazil": "Brazilian",
    "Bulgaria": "Bulgarian",
    "Burkina Faso": "Burkinabe",
    "Cameroon": "Cameroonian",
    "Canada": "Canadian",
    "Chad": "Chadian",
    "China": "Chinese",
    "Congo": "Congolese",
    "Cuba": "Cuban",
    "Egypt": "Egyptian",
    "Ethiopia": "Ethiopian",
    "Finland": "Finnish",
    "France": "French",
    "Gabon": "Gabonese",
    "Georgia": "Georgian",
    "Germany": "German",
    "Ghana": "Ghanaian",
    "Greece": "Greek",
    "Guinea": "Guinean",
    "Hungary": "Hungarian",
    "India": "Indian",
    "Indonesia": "Indonesian",
    "Iran": "Iranian",
    "Iraq": "Iraqi",
    "Israel": "Israeli",
    "Italy": "Italian",
    "Japan": "Japanese",
    "Kazakhstan": "Kazakh Kazakhstani",
    "Kenya": "Kenyan",
    "Kyrgyzstan": "Kyrgyz",
    "Lebanon": "Lebanese",
    "Libya": "Libyan",
    "Mali": "Malian",
    "Mexico": "Mexican",
    "Moldova": "Moldovan",
    "Mongolia": "Mongolian",
    "Morocco": "Moroccan",
    "Netherlands": "Dutch",
    "Niger": "Nigerien",
    "Nigeria": "Nigerian",
    "Pakistan": "Pakistani",
    "Palestine": "Palestinian",
    "Poland": "Polish",
    "Qatar": "Qatari",
    "Russia": "Russian",
    "Saudi Arabia": "Saudi",
    "Senegal": "Senegalese",
    "Serbia": "Serbian",
    "Slovakia": "Slovak",
    "South Africa": "South African,",
    "South Korea": "South Korean, Korean",
    "Spain": "Spanish",
    "Sudan": "Sudanese",
    "Syria": "Syrian",
    "Tajikistan": "Tajik",
    "Togo": "Togolese",
    "Tunisia": "Tunisian",
    "Turkey": "Turkish",
    "Turkmenistan": "Turkmen",
    "Uganda": "Ugandan",
    "Ukraine": "Ukrainian",
    "United Kingdom": "British",
    "United States": "American US U.S.",
    "Uzbekistan": "Uzbek",
    "Venezuela": "Venezuelan",
    "Vietnam": "Vietnamese",
    "Zimbabwe": "Zimbabwean",
    "Republic of the Congo": "",
    "Russian Federation": "",
    "African Union": "",
    "European Union": "European EU",
    "United Nations": "UN",
    "European Council": "",
    "European Commission": "",
    "Kremlin": "",
    **dict(
        line.split(":", 1)
        for line in """\
Albania:Albanian
Andorra:Andorran
Bahrain:Bahraini
Bangladesh:Bangladeshi
Bolivia:Bolivian
Bosnia and Herzegovina:Bosnian
Botswana:Botswanan
Burundi:Burundian
Cambodia:Cambodian
Cape Verde:Cape Verdean,
Central African Republic:Central African,
Chile:Chilean
Colombia:Colombian
Comoros:Comoran
Croatia:Croatian
Cyprus:Cypriot
Czech Republic:Czech
Denmark:Danish
Djibouti:Djiboutian
Ecuador:Ecuadorian
Equatorial Guinea:Equatoguinean
Eritrea:Eritrean
Estonia:Estonian
Eswatini:Swazi
Gambia:Gambian
Guinea-Bissau:Bissau-Guinean
Iceland:Icelandic
Ireland:Irish
Ivory Coast:Ivorian
Côte d'Ivoire:Ivorian
Jordan:Jordanian
Kuwait:Kuwaiti
Laos:Laotian
Latvia:Latvian
Lesotho:Basotho
Liberia:Liberian
Lithuania:Lithuanian
Luxembourg:Luxembourgish
Madagascar:Malagasy
Malawi:Malawian
Malaysia:Malaysian
Malta:Maltese
Mauritania:Mauritanian
Mauritius:Mauritian
Montenegro:Montenegrin
Mozambique:Mozambican
Myanmar:Burmese
Namibia:Namibian
Nepal:Nepalese
New Zealand:New Zealander,
Nicaragua:Nicaraguan
North Korea:North Korean,
North Macedonia:Macedonian
Norway:Norwegian
Oman:Omani
Panama:Panamanian
Paraguay:Paraguayan
Peru:Peruvian
Philippines:Filipino Philippine
Portugal:Portuguese
Romania:Romanian
Rwanda:Rwandan
Sao Tome and Principe:Santomean
Seychelles:Seychellois
Sierra Leone:Sierra Leonean,
Singapore:Singaporean
Slovenia:Slovenian
Somalia:Somali
South Sudan:South Sudanese
Sri Lanka:Sri Lankan,
Suriname:Surinamese
Sweden:Swedish
Switzerland:Swiss
Tanzania:Tanzanian
Thailand:Thai
United Arab Emirates:Emirati
Uruguay:Uruguayan
Yemen:Yemeni
Zambia:Zambian
Abkhazia:Abkhazian
South Ossetia:South Ossetian,
Great Britain:British
England:English
Scotland:Scottish
Holy See:
NATO:
BRICS:
CIS:
SCO:
EAEU:
Eurasian Economic Union:
Union State:
Abu Dhabi:
Dubai:
Crimea:Crimean
Donbass:
Chechnya:Chechen
Gaza:
""".splitlines()
    ),
}

PRONOUNS = ("he", "she")

# "the two leaders", "les deux dirigeants": a determiner of number and one noun.
GROUP_HEADS = ("the two", "both", "the three", "all three")

GROUPS = (
    "the two leaders",
    "the two presidents",
    "both leaders",
    "both presidents",
    "the two heads of state",
    "the two ministers",
    "the two sides",
    "the parties",
    "the leaders",
    "the presidents",
    "the ministers",
    "the two heads of state",
)

COUNTERPARTS = ("his counterpart", "her counterpart", "his host", "her host", "his guest")

NOT_NAME_WORDS = frozenset(
    "Republic Council Commission Assembly Union Nations Federation Ministry Government "
    "Kremlin Palace Summit Conference Agreement Treaty State States Department Office House "
    "White Order Day Forum Initiative Road Belt Africa Europe Asia West East North South "
    "Central Great Lakes Region Security Affairs Foreign Defence Defense Constitution "
    "International Economic Organisation Organization Party Strategy Year Telephone "
    "Talks Meeting Readout Statement Remarks Press Room Treaty Duma Court Federal Democratic "
    "People's Islamic Arab United National Bureau Service Agency Bank Fund Programme Program "
    "Alliance Cooperation Development Company Corporation Group Board Committee Goals Trade "
    "Industry Energy Finance Health Education Culture Justice Transport Agriculture Labour "
    "Labor Sport Sports Science Communications Media Rights Relief Emergencies Disasters "
    "Territory Territories District Fleet Forces Armed Navy Army Club Association Museum "
    "Foundation Society Institute University Academy Plant Station Camp Championships Code "
    "Railways Ombudsman Aide Presidential Executive Officer Chief Editor Commander Director "
    "Head Deputy First Acting Governor Mayor Representative Envoy Plenipotentiary Arts "
    "Writer Journalist Cosmonaut Astronaut Paramedic Speaker Holiness Patriarch Pope Staff "
    "Authority Addressing Coalminers Worker Workers Teacher Doctor Student Veteran Pilot "
    "Sent War World Congress Dialogue Package Format Summit Plan Process Accords Declaration "
    "Charter Partnership Four Seven Twenty Eight Programme Mission Operation St Saint San "
    "Santa Port Mount Lake Cape Fort New Petersburg Moscow Kremlin Sochi Minsk Kiev Kyiv "
    "Utilities Housing Construction Economy Digital Natural Resources Ecology Emergency "
    "Situations Civil Mass Youth Policy Property Relations Regional Justice Finance "
    "Festival Broadcasting Centre Center Airport Channel Channels Television Radio Family "
    "Book Traffic Presence Base Gorge Games Cup Championship Prize Award Medal Street Square "
    "Avenue Bridge Stadium Theatre Theater Hospital School College Library Gallery Cathedral "
    "Church Monastery Island Islands Sea Ocean River Valley Province Oblast Krai Times News "
    "Post Journal Television".split()
)

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
BODIES = (
    "the White House",
    "the Kremlin",
    "the State Department",
    "the Department of State",
    "the Ministry",
    "the Foreign Ministry",
    "the Ministry of Foreign Affairs",
    "the Government",
    "the Commission",
    "the United Nations",
    "the UN",
    "the Elysee",
    "the Élysée",
    "the Press Service",
    "the press service",
    "the Presidency",
    "the presidency",
    "the Security Council",
    "the African Union",
    "the European Union",
    "the Secretariat",
    "White House",
    "Kremlin",
)
DOCUMENT_WORDS = (
    "the organisation",
    "the organization",
    "the regional bloc",
    "the bloc",
    "the readout",
    "the statement",
    "the communique",
    "the communiqué",
    "the release",
    "the press release",
)
# Words between a preposition and the person it governs: "to the President", "with H.E. X".
OBJECT_DETERMINERS = ("the", "his", "her", "their", "mr", "ms", "h", "e")
# Words before a mention that make it an object, not the subject of its sentence.
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
# Words that qualify a title without changing who holds it: "président élu", "acting".
TITLE_MODIFIERS: tuple[str, ...] = ("elect", "designate", "acting")

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
STATEMENT_REFLEXIVES: dict[str, str] = {}
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
REFLEXIVE_AUXILIARIES: tuple[str, ...] = ()
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
GROUP_PRONOUNS = ("they",)
# English simple past and past participle share a form: "Vladimir Putin noted".
PARTICIPLES_STAND_ALONE = True
STATEMENT_TYPE_WORDS = {
    "gratitude": "gratitude appreciation thanks",
    "concern": "concern concerns alarm",
    "condemnation": "condemnation",
    "commitment": "commitment determination resolve",
    "call": "appeal",
}
NOT_STATES = frozenset(
    "African Union;European Union;United Nations;European Council;European Commission;Kremlin;"
    "NATO;BRICS;CIS;SCO;EAEU;Eurasian Economic Union;Union State;Holy See;Abu Dhabi;Dubai;Crimea;"
    "Donbass;Chechnya;Gaza".split(";")
)
COUNTRY_ALIASES = {
    "Russian Federation": "Russia",
    "Republic of the Congo": "Congo",
    "Great Britain": "United Kingdom",
    "England": "United Kingdom",
    "Ivory Coast": "Côte d'Ivoire",
}

# Grammar words the engines read (the statements' speakers, quotes, names).
ARTICLES = ("the",)
SECOND_PERSON = ("you",)
# Subject pronouns: "it states that" has a subject; "I thank you" makes "you" an object.
SUBJECT_PRONOUNS = ("I", "we", "he", "she", "it", "they")
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
PARTICIPLE_LEADS: tuple[str, ...] = ()
ELISIONS_BEFORE_NAMES: tuple[str, ...] = ()
# What opens reported content: "said that …", "a noté que …" (a cue inside it is part of it).
COMPLEMENTIZERS = ("that",)
