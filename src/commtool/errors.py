"""The project's own exceptions; the command line turns them into messages and exit codes."""

from __future__ import annotations

import os
from typing import Any


class CommtoolError(Exception):
    """Base of every error commtool reports to the user in one line."""


class InputError(CommtoolError):
    """A path that cannot be read: missing, unreadable, a folder without text files."""


class BinaryInputError(InputError):
    """A file that holds binary data rather than text."""


def read_toml(
    path: str | os.PathLike[str], what: str, error: type[CommtoolError]
) -> dict[str, Any]:
    """A TOML file's contents, or `error` with one line saying what is wrong with `what`."""
    import tomllib

    try:
        with open(path, "rb") as handle:
            return tomllib.load(handle)
    except OSError as err:
        raise error(f"{path}: cannot read the {what} ({err.strerror or err})") from None
    except tomllib.TOMLDecodeError as err:
        raise error(f"{path}: not valid TOML ({err})") from None
