"""English: how people and bodies are named: honorifics, titles, pronouns, groups, counterparts, bodies, and the words that are no name."""

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
CASED_TITLES: tuple[str, ...] = (
    "Premier",
    "General",
    # ranks and roles that are common words in lower case ("a major company", "his father"),
    # not those that French writes in lower case before a name ("le colonel X")
    "Major",
    "Father",
    "Count",
    "Principal",
    "Metropolitan",
    "Marshal",
)
# "The Russian leader said", "the Chinese leader": a head of state, but "leader" alone is
# anyone's ("business leaders", "the leader of the party").
DEMONYM_TITLES = ("leader",)

# Titles of a post abroad or in a region, which may name the place of the post before the
# name: "the U.S. Ambassador to Russia, John Sullivan", "Presidential Envoy to the Volga
# Federal District Igor Komarov". The place is where the post is, not the holder's country.
POSTED_TITLES = (
    "Ambassador",
    "Envoy",
    "Special Envoy",
    "High Representative",
    "Special Representative",
    "Permanent Representative",
)
POST_PREPOSITIONS = ("to", "in", "at")
# The last word of a place of a post that is neither a country nor followed by a comma.
POST_PLACE_ENDS = ("District", "Region", "Territory", "Okrug", "Krai", "Oblast")
# What opens a title's complement, before the body named in capitals and the person's name:
# "chairman of Gazprom Alexei Miller", "Agency for Strategic Initiatives Svetlana Chupsheva".
COMPLEMENT_LINKS = ("of", "the", "for", "and")

TITLES = (
    "President",
    "leader",
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
    "Commissioner",
    "General",
    "Governor",
    "Senator",
    "Mayor",
    "Director-General",
    "Director General",
    # ranks, clergy, scholars and other roles written before a name ("Academician Lev
    # Kiselyov", "Father Alexander Tkachenko", "Moderator Ksenia Razuvayeva")
    "Marshal",
    "Field Marshal",
    "Admiral",
    "Colonel",
    "Lieutenant",
    "Major",
    "Captain",
    "Sergeant",
    "Father",
    "Archpriest",
    "Editor-in-Chief",
    "Cardinal",
    "Metropolitan",
    "Archbishop",
    "Bishop",
    "Academician",
    "Rector",
    "Vice-Rector",
    "Professor",
    "Adviser",
    "Advisor",
    "Moderator",
    "Prosecutor-General",
    "General Prosecutor",
    "Prosecutor General",
    "Count",
    "Empress",
    "Emperor",
    "Physician",
    "Principal",
    # heads of companies: "Rosneft CEO Igor Sechin", "the chief executive of Gazprom"
    "CEO",
    "Chief Executive",
    "Chief Executive Officer",
    "General Director",
    "Managing Director",
    "Premier",
    "Head of State",
    "Head of Government",
    *POSTED_TITLES,
)

NOT_NAMES = frozenset(
    "The A An This That These Those He She They We I You It His Her Their Our In On At By "
    "For From With After Before During Since And But Or If When While As According Mr Mrs "
    "Ms Dr Excellency Ladies Gentlemen Can Could Will Would Should Did Does Do Is Are Was Were "
    "Has Have Had May Might Must Shall Why What When Where Who How Dear Thank Thanks Yes No "
    "Colleagues Friends Comrade Comrades Mister To Of Not Also Then Now Here There All Both "
    "Each Every Some Any Many Most Today Yesterday Tomorrow Please Hello Good Well Let So "
    "I’m I'm I’ve I've I’d I'd I’ll I'll We’re We're It’s It's Let’s Let's Welcome "
    "Congratulations Greetings Goodbye Hi Everyone Everybody Someone Somebody Anyone Anybody "
    "Nobody Enough Rest Having Being Only Next Meet Visiting".split()
)

# The endings of common nouns, of people in the plural ("Journalists", "Participants",
# "Engineers") and of things ("Management"): a capitalised word with one that speaks is no
# surname.
COMMON_NOUN_ENDINGS = (
    "ists",
    "ers",
    "ants",
    "ents",
    "ians",
    "ites",
    "ings",
    "ions",
    "men",
    "ies",
    "ment",
    "ness",
    "tion",
    "sion",
    "ship",
)

PRONOUNS = ("he", "she")
# In English these stand for a person only ("the Government … He added" is not the
# Government); French "il", "elle" and Russian "он", "она" also stand for a noun of their
# gender, a body among them.
PERSONAL_PRONOUNS = PRONOUNS
# The last person named, not the sentence's subject: "… met Mr Lavrov. The latter said".
LATTER_PRONOUNS = ("the latter",)

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
    "the sides",
    "both sides",
    "the two delegations",
    "the delegations",
    "the leaders",
    "the presidents",
    "the ministers",
    # the offices of the two sides, in the plural: "The heads of state underlined …"
    "the heads of state",
    "the heads of states",
    "the two heads of states",
    "both heads of state",
    "the heads of government",
    "the two heads of government",
    "the prime ministers",
    "the two prime ministers",
    "the foreign ministers",
    "the two foreign ministers",
)

COUNTERPARTS = ("his counterpart", "her counterpart", "his host", "her host", "his guest")

NOT_NAME_WORDS = frozenset(
    "Republic Council Commission Assembly Union Nations Federation Ministry Government "
    "Visit Visits Backgrounder Transcript "
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
    "Post Journal Television "
    # heads of the names of places, works and institutions read as people in kremlin-en
    "Area Ranch Act League Complex Corridor Centres Exchange Force Directorate Consortium "
    "Choir Monument Rink Census Front Concept Mine Preserve Shipyard Styles Final Sangha "
    "Reductions Operations Years Series Universiade TV Prodigies Peacekeeping Terminal "
    "Regiment Corps Pipeline Fuel Creative User Rank Lightweight".split()
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
    "the Embassy",
    "the embassy",
    "Downing Street",
    "the Foreign Office",
    "the Chancellery",
    "the Prime Minister's Office",
    "the President's Office",
    "the Office of the President",
)
# A body with a demonym between its article and its name: "the Russian Foreign Ministry".
BODIES_AFTER_DEMONYM = tuple(
    b[4:] for b in BODIES if b.startswith("the ") and len(b.split()) >= 3 and b[4].isupper()
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

# What a body publishes, named with what qualifies it or whose it is: "the joint statement",
# "the congratulatory message", "the PMO email", "Saturday's email". It speaks for the body
# its complement names ("the statement by the Kremlin"), else the body last named.
DOCUMENT_NOUNS = (
    "statement",
    "readout",
    "email",
    "e-mail",
    "message",
    "letter",
    "communique",
    "communiqué",
    "release",
)
DOCUMENT_MODIFIERS = (
    "joint",
    "final",
    "official",
    "congratulatory",
    "written",
    "greeting",
    "press",
    "brief",
)

# Words that qualify a title without changing who holds it: "président élu", "acting".
TITLE_MODIFIERS: tuple[str, ...] = ("elect", "designate", "acting")

GROUP_PRONOUNS = ("they",)

# The offices a title names: a description resolves to the person who holds them under any
# of their titles ("le chef de l'État" to "le président Kaïs Saïed"), the generic title to
# any of the particular ones ("head of state" to a president or a king), not the reverse.
TITLE_ROLES = {
    "head of state": "president, head of state, king, queen, emir, monarch, sovereign, leader",
    "president": "president",
    "monarch": "king, queen, emir, monarch, sovereign",
    "head of government": "prime minister, premier, head of government, chancellor",
    "foreign minister": "foreign minister, minister of foreign affairs, foreign secretary, "
    "top diplomat",
    "spokesperson": "spokesman, spokeswoman, spokesperson, press secretary",
}

# Unnamed sources, when they speak: "the official said", "a senior administration official
# told reporters", "two U.S. officials, who …". The determiner, words that qualify the noun.
SOURCE_NOUNS = (
    "official",
    "officials",
    "aide",
    "aides",
    "diplomat",
    "diplomats",
    "source",
    "sources",
    # a document that speaks: '"…," said a statement', "a readout of the call noted"
    "statement",
    "readout",
)
# Who else an unnamed source may be after "according to" ("according to people close to
# the talks"); what is no one ("according to the latest data") names no source.
SOURCE_HEADS = (
    "people",
    "experts",
    "analysts",
    "observers",
    "witnesses",
    "media",
    "press",
    "agency",
    "newspaper",
    "insiders",
    "participants",
    "aide",
    "aides",
    "document",
    "documents",
    "office",
    "service",
    "ministry",
    "administration",
)
SOURCE_DETERMINERS_BEFORE = ("a", "an", "the", "one", "two", "three", "several", "another")
SOURCE_MODIFIERS = (
    "senior",
    "top",
    "high-ranking",
    "administration",
    "government",
    "u.s.",
    "us",
    "american",
    "russian",
    "french",
    "european",
    "western",
    "kremlin",
    "presidential",
    "diplomatic",
    "white house",
    "state department",
    "foreign ministry",
    "security",
    "military",
)
# Words that count unnamed sources ("two senior officials"), and the nouns that are a
# source even after an article ("la même source").
SOURCE_COUNTS = ("two", "three", "several")
ALWAYS_SOURCES = ("source", "sources")

# A transcript turn of someone known by a role only ("Question:", "Remark:", "Response from
# the hall:", "Presenter:"): the label, or its first word before a complement.
TURN_ROLES = (
    "Question",
    "Remark",
    "Reply",
    "Response",
    "Answer",
    "Comment",
    "Presenter",
    "Moderator",
    "Host",
    "Journalist",
    "Correspondent",
    "Audience",
    "Participant",
    "Interpreter",
    "Operator",
    "Call centre operator",
    "Voice",
)
