"""French language data, by concern."""

from commtool.lexicons.base import Lexicon
from commtool.lexicons.fr import countries, dates, grammar, people, speech

LEXICON = Lexicon("fr", "French", dates, people, speech, grammar, countries)
