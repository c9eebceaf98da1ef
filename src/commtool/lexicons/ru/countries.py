"""Russian: states by their name in this language, with their demonyms; other names of a state; names that are no state."""

from commtool.lexicons.ru import states

# Names that are no form of CLDR's: abbreviations and the usual other names.
other_names = {
    "РФ": "Россия",
    "Российская Федерация": "Россия",
    "Российской Федерации": "Россия",
    "США": "Соединенные Штаты",
    "ЮАР": "Южно-Африканская Республика",
    "КНР": "Китай",
    "Поднебесная": "Китай",
    "Поднебесной": "Китай",
    "ОАЭ": "Объединенные Арабские Эмираты",
    "КНДР": "КНДР",
    "Белоруссия": "Беларусь",
    "Белоруссии": "Беларусь",
    "АРЕ": "Египет",
}

# Every case of each state's name (states.py, made from CLDR), and the demonyms known.
COUNTRIES = {form: "" for form in (*states.STATE_FORMS, *other_names)}
COUNTRIES.update({"Россия": "российский", "Франция": "французский"})

# Each case form and other name, counted as the state's name in the nominative.
COUNTRY_ALIASES = {
    **{form: name for form, name in states.STATE_FORMS.items() if form != name},
    **other_names,
}
