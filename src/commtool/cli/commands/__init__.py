"""One module per command; the group imports a command's module when that command runs."""
