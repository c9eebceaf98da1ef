"""French language data, by concern."""

from ..base import Lexicon
from . import countries, dates, grammar, people, speech

LEXICON = Lexicon("fr", "French", dates, people, speech, grammar, countries)
