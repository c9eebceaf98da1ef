"""The `commtool` command line: the group, its commands loaded lazily (one module each under
`commands/`), and the entry point that ends quietly on a closed pipe or Ctrl-C."""

from __future__ import annotations

import importlib
import os
import sys
from typing import IO, Any, TextIO, cast

import click

from commtool import __version__
from commtool.cli.common import EXIT_CODES_HELP, OrderedGroup, silence_stdout
from commtool.errors import EXIT_ERROR, EXIT_INTERRUPTED, EXIT_OK, EXIT_TERMINATED
from commtool.typography import visible
from commtool.workers import (
    Terminated,
    abandoned,
    handle_termination,
    leave,
    stop_workers,
)

# The commands in the order a newcomer needs them; each is the module of that name under
# commands/ (its click command is the function of the same name).
COMMAND_ORDER = ("summary", "quotes", "search", "verify", "parse", "index", "config")


class LazyGroup(OrderedGroup):
    """The top-level group: a command's module is imported only when that command runs (or
    help lists them all), so that start-up pays for one command, not seven."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMAND_ORDER)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in COMMAND_ORDER:
            return None
        module = importlib.import_module(f"{__name__}.commands.{cmd_name}")
        command = getattr(module, cmd_name)
        assert isinstance(command, click.Command)
        return command

    def all_commands(self, ctx: click.Context) -> dict[str, click.Command]:
        found = {name: self.get_command(ctx, name) for name in self.list_commands(ctx)}
        return {name: command for name, command in found.items() if command is not None}


@click.group(
    cls=LazyGroup,
    context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100},
    epilog=EXIT_CODES_HELP,
)
@click.version_option(__version__, "-V", "--version", prog_name="commtool")
@click.pass_context
def cli(ctx: click.Context) -> None:
    """Who spoke, when, and what they said: read diplomatic communiqués and press releases.

    Every command takes files, folders (searched recursively for .txt and .md) or '-' for
    standard input, and prints a table on a terminal or tab-separated rows when piped.
    Defaults can be set in ~/.config/commtool/config.toml (or $COMMTOOL_CONFIG).
    """
    from commtool.cli.config import default_map, load_config

    config = load_config()
    if config:  # every command is loaded, to check every setting against its options
        assert isinstance(ctx.command, LazyGroup)
        options = {
            name: {p.name: p for p in command.params if p.name}
            for name, command in ctx.command.all_commands(ctx).items()
        }
        ctx.default_map = default_map(config, options)


def _damaged_index(err: Exception) -> str | None:
    """The message for a database error met while an index is read or written (flipped bytes,
    a table another program changed), or None for any other error."""
    sqlite3 = sys.modules.get("sqlite3")  # loaded only when an index was opened
    if sqlite3 is None or not isinstance(err, sqlite3.Error):
        return None
    from commtool.archive import index

    return index.damaged(index.opened or "the index", err)


class _Visible:
    """A stream that writes control characters as escapes (a file name holding ESC must not
    drive the terminal that shows the error), line ends kept."""

    def __init__(self, stream: TextIO) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        return self.stream.write("\n".join(visible(part) for part in text.split("\n")))

    def flush(self) -> None:
        self.stream.flush()


def main() -> None:
    """Entry point: runs the command line, ending quietly on a closed pipe or Ctrl-C."""
    if sys.stdout is None:  # started with stdout closed (>&-): nowhere to write the data
        if sys.stderr is not None:
            sys.stderr.write("commtool: error: standard output is closed\n")
        sys.exit(EXIT_ERROR)
    for stream in (sys.stdout, sys.stderr):
        # A file name with undecodable bytes must not stop the output.
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="backslashreplace")
    handle_termination()
    try:
        code = cli.main(prog_name="commtool", standalone_mode=False)
    except (click.exceptions.Abort, KeyboardInterrupt) as err:
        terminated = isinstance(err, Terminated) or isinstance(err.__cause__, Terminated)
        click.echo("commtool: terminated" if terminated else "commtool: interrupted", err=True)
        code = EXIT_TERMINATED if terminated else EXIT_INTERRUPTED
        stop_workers(code)
    except click.ClickException as err:
        err.show(file=cast(IO[Any], _Visible(sys.stderr)))
        code = err.exit_code
    except BrokenPipeError:
        silence_stdout()
        code = EXIT_OK
    except OSError as err:  # a full disk, a closed terminal: say so, once
        click.echo(f"commtool: error: cannot write the output ({err.strerror or err})", err=True)
        silence_stdout()
        code = EXIT_ERROR
    except Exception as err:  # a bug: one line for the user, the traceback on request
        if os.environ.get("COMMTOOL_DEBUG"):
            raise
        damaged = _damaged_index(err)
        if damaged is not None:
            click.echo(f"commtool: error: {visible(damaged)}", err=True)
            sys.exit(EXIT_ERROR)
        click.echo(
            f"commtool: internal error: {type(err).__name__}: {err} "
            "(set COMMTOOL_DEBUG=1 for details, and please report it)",
            err=True,
        )
        code = EXIT_ERROR
    code = code if isinstance(code, int) else EXIT_OK
    if abandoned():
        leave(code)
    sys.exit(code)
