"""The typography every engine reads text with, defined once: spaces and quotation marks."""

# Spaces within a line: French typography's narrow and thin spaces among them.
SPACES = " \t\u00a0\u202f\u2009\u2007"
LINE_ENDS = "\r\n"
# A run of spaces between two words of a lexicon entry, as a regex: any of the spaces above,
# the typographic ones of Unicode (en, em, thin, hair…) and the ideographic space.
SPACE_RUN = "[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+"

# Every quotation mark, single and double, opening and closing ("'" and "’" are also
# apostrophes: the quote reader tells which from the letters around them).
QUOTE_MARKS = "«»“”„‹›\"‘’'"
# The marks of a quotation rather than of a word in single quotes.
DOUBLE_MARKS = '«»“”"'
# What opens a quote in running text, and what closes one.
OPENING_MARKS = '«“"„‘'
CLOSING_MARKS = "»”\"’'"

# The control characters of C0 and C1 and DEL: a file name or a text holding one (an ANSI
# escape, a backspace) would drive the terminal that shows it.
_CONTROLS = {c: f"\\x{c:02x}" for c in (*range(0x20), *range(0x7F, 0xA0))}


# In a table cell or a Markdown one, a text's own line breaks and tabs are kept as they are.
_CELL_CONTROLS = {c: e for c, e in _CONTROLS.items() if c not in (0x09, 0x0A)}


def visible(text: str, cell: bool = False) -> str:
    """`text` with every control character written as its escape (ESC as '\\x1b'), for what a
    person reads: terminal tables, messages on stderr, file names on a terminal; in a `cell`
    of a table, line breaks (CRLF as LF) and tabs stay."""
    if text.isprintable():
        return text
    if cell:
        return text.replace("\r\n", "\n").translate(_CELL_CONTROLS)
    return text.translate(_CONTROLS)
