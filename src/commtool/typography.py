"""The typography every engine reads text with, defined once: spaces and quotation marks."""

# Spaces within a line: French typography's narrow and thin spaces among them.
SPACES = " \t\u00a0\u202f\u2009\u2007"
LINE_ENDS = "\r\n"

# Every quotation mark, single and double, opening and closing ("'" and "’" are also
# apostrophes: the quote reader tells which from the letters around them).
QUOTE_MARKS = "«»“”„‹›\"‘’'"
# The marks of a quotation rather than of a word in single quotes.
DOUBLE_MARKS = '«»“”"'
# What opens a quote in running text, and what closes one.
OPENING_MARKS = '«“"„‘'
CLOSING_MARKS = "»”\"’'"
