"""The project's own exceptions; the command line turns them into messages and exit codes."""

from __future__ import annotations

import os
from typing import Any

# Exit statuses, grep's where they exist: what every command ends with.
EXIT_OK, EXIT_NO_MATCH, EXIT_ERROR = 0, 1, 2  # success or a match; nothing found; an error
EXIT_INTERRUPTED = 130  # Ctrl-C (128 + SIGINT)
EXIT_TERMINATED = 143  # SIGTERM (128 + SIGTERM)


class CommtoolError(Exception):
    """Base of every error commtool reports to the user in one line."""


class InputError(CommtoolError):
    """A path that cannot be read: missing, unreadable, a folder without text files."""


class BinaryInputError(InputError):
    """A file that holds binary data rather than text."""


class SkippedInput(BinaryInputError):
    """A folder entry that is no regular file (a FIFO, a socket, a device): skipped with a
    warning, as binary files are, so that a folder walk never waits on one."""


class DocumentError(InputError):
    """A document the engines failed on (a bug): reported in one line, and the run goes on
    with the other documents."""

    @classmethod
    def of(cls, path: str, err: Exception) -> DocumentError:
        return cls(
            f"{path}: could not be read ({type(err).__name__}: {err}); the other files are "
            "read (set COMMTOOL_DEBUG=1 for details, and please report it)"
        )


def debugging() -> bool:
    """Whether the user asked for tracebacks (COMMTOOL_DEBUG)."""
    return bool(os.environ.get("COMMTOOL_DEBUG"))


TOML_MAX = 1 << 20  # bytes: a config or alias file is a few lines


def read_toml(
    path: str | os.PathLike[str], what: str, error: type[CommtoolError]
) -> dict[str, Any]:
    """A TOML file's contents, or `error` with one line saying what is wrong with `what`.
    Only a regular file is opened (a FIFO would wait for a writer, /dev/zero never ends),
    and only TOML_MAX bytes of it are read."""
    import stat
    import tomllib

    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            raise error(f"{path}: the {what} is not a regular file")
        with open(path, "rb") as handle:
            data = handle.read(TOML_MAX + 1)
        if len(data) > TOML_MAX:
            raise error(f"{path}: too large for the {what} (over {TOML_MAX >> 20} MB)")
        return tomllib.loads(data.decode("utf-8"))
    except OSError as err:
        raise error(f"{path}: cannot read the {what} ({err.strerror or err})") from None
    except tomllib.TOMLDecodeError as err:
        raise error(f"{path}: not valid TOML ({err})") from None
    except UnicodeDecodeError as err:
        raise error(f"{path}: not valid TOML (not UTF-8 text: byte {err.start})") from None
    except RecursionError:
        raise error(f"{path}: not valid TOML (tables nested too deep)") from None
