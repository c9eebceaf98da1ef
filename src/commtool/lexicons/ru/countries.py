"""Russian: states by their name in this language, with their demonyms; other names of a state; names that are no state."""

COUNTRIES: dict[str, str] = {"Россия": "российский", "Франция": "французский"}
