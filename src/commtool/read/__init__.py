"""Reading: files and their encodings, large files piece by piece, the language."""
