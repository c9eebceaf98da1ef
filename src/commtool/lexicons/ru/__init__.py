"""Russian language data, by concern."""

from ..base import Lexicon
from . import countries, dates, grammar, people, speech

LEXICON = Lexicon("ru", "Russian", dates, people, speech, grammar, countries)
