"""English: states by their name in this language, with their demonyms; other names of a state; names that are no state."""

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

NOT_STATES = frozenset(
    "African Union;European Union;United Nations;European Council;European Commission;Kremlin;"
    "NATO;BRICS;CIS;SCO;EAEU;Eurasian Economic Union;Union State;Holy See;Abu Dhabi;Dubai;Crimea;"
    "Donbass;Chechnya;Gaza".split(";")
)

COUNTRY_ALIASES = {
    "Russian Federation": "Russia",
    "Republic of the Congo": "Congo",
    "Great Britain": "United Kingdom",
    "Britain": "United Kingdom",
    "UK": "United Kingdom",
    "England": "United Kingdom",
    "USA": "United States",
    "Ivory Coast": "Côte d'Ivoire",
}
