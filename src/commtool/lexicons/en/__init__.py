"""English language data, by concern."""

from ..base import Lexicon
from . import countries, dates, grammar, people, speech

LEXICON = Lexicon("en", "English", dates, people, speech, grammar, countries)
