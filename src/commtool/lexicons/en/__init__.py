"""English language data, by concern."""

from commtool.lexicons.base import Lexicon
from commtool.lexicons.en import countries, dates, grammar, people, speech

LEXICON = Lexicon("en", "English", dates, people, speech, grammar, countries)
