"""The project's own exceptions; the command line turns them into messages and exit codes."""


class CommtoolError(Exception):
    """Base of every error commtool reports to the user in one line."""


class InputError(CommtoolError):
    """A path that cannot be read: missing, unreadable, a folder without text files."""


class BinaryInputError(InputError):
    """A file that holds binary data rather than text."""
