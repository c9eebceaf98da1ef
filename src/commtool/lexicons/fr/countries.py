"""French: states by their name in this language, with their demonyms; other names of a state; names that are no state."""

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
