"""Russian language data, by concern."""

from commtool.lexicons.base import Lexicon
from commtool.lexicons.ru import countries, dates, grammar, people, speech

LEXICON = Lexicon("ru", "Russian", dates, people, speech, grammar, countries)
