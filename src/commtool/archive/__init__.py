"""The archive: the index, search, matching and the verification of quotes."""
