"""What every command shares: the `--json [FIELDS]` option, one-line errors, and writing
rows to stdout."""

from __future__ import annotations

import os
import sys
from typing import IO, Any

import click

from commtool.errors import EXIT_ERROR, EXIT_OK, CommtoolError
from commtool.typography import visible


def silence_stdout() -> None:
    """Send what is left to write to /dev/null: the reader went away, or the disk is full."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())


EXIT_CODES_HELP = """\b
Exit status: 0 success (or a match), 1 nothing found, 2 usage or input error,
130 interrupted, 143 terminated (SIGTERM)."""
SPEECH_KINDS = ("quoted", "turn")  # what `quotes` lists unless asked for terms


def need_paths(paths: tuple[str, ...], db: str | None) -> None:
    if not paths and not db:
        raise click.UsageError("no PATH given (files, folders, '-' for stdin, or --db FILE)")


def input_paths(
    paths: tuple[str, ...], db: str | None = None, default: tuple[str, ...] = ()
) -> tuple[str, ...]:
    """What to read: the PATHs given; with none, a piped standard input (as rg does), else
    `default` (search: the current folder), else a usage error saying what is needed."""
    if paths or db:
        return paths
    if sys.stdin is not None and not sys.stdin.isatty():
        return ("-",)
    if default:
        return default
    raise click.UsageError("no PATH given (files, folders, '-' for stdin, or --db FILE)")


class UserError(click.ClickException):
    """A domain error as the user sees it: one line on stderr, exit status 2."""

    exit_code = EXIT_ERROR

    def show(self, file: IO[Any] | None = None) -> None:
        click.echo(f"commtool: error: {visible(self.message)}", err=True)


class Command(click.Command):
    """A command with `--json [FIELDS]`, as gh has: alone it lists the fields the command
    offers; with fields it prints JSON with just those."""

    def __init__(self, *args: Any, json_fields: tuple[str, ...] = (), **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.json_fields = json_fields
        if json_fields:
            self.params.append(
                click.Option(
                    ["--json", "json_spec"],
                    is_flag=False,
                    flag_value=LIST_FIELDS,
                    default=None,
                    expose_value=False,
                    metavar="[FIELDS]",
                    callback=_remember_json,
                    is_eager=True,
                    help="JSON with these fields (A,B,C); alone, list the fields offered.",
                )
            )

    def invoke(self, ctx: click.Context) -> Any:
        spec = ctx.meta.pop(JSON_META, None)
        if spec is not None:
            given = ctx.get_parameter_source("fmt") == click.core.ParameterSource.COMMANDLINE
            if given and str(ctx.params.get("fmt")).lower() != "json":
                raise click.UsageError(
                    f"--json prints JSON: it cannot be --format {ctx.params['fmt']} too", ctx=ctx
                )
            ctx.params["fmt"] = "json"
            ctx.params["fields"] = tuple(f.strip() for f in spec.split(",") if f.strip())
        return super().invoke(ctx)


LIST_FIELDS = "\0list"


JSON_META = "commtool.json"


def _remember_json(ctx: click.Context, _param: click.Parameter, value: str | None) -> None:
    if value == LIST_FIELDS and not ctx.resilient_parsing:
        # Like --help: answered at once, whatever else is missing.
        assert isinstance(ctx.command, Command)
        click.echo("\n".join(ctx.command.json_fields))
        ctx.exit(EXIT_OK)
    if value is not None:
        ctx.meta[JSON_META] = value


def date_option(_ctx: click.Context, param: click.Parameter, value: str | None) -> Any:
    """--since/--until: a year or a month means its first day (for --until, its last)."""
    if value is None:
        return None
    from commtool.segment.dates import BOUND_FORMS, parse_date_bound

    day = parse_date_bound(value, end=param.name == "until")
    if day is None:
        raise click.BadParameter(f"{value!r} is not a date: expected {BOUND_FORMS}")
    return day


# What click raises to show a group's help when it is named alone (click 8.2 and newer).
NO_ARGS_IS_HELP: Any = getattr(click.exceptions, "NoArgsIsHelpError", ())


class OrderedGroup(click.Group):
    """A group whose commands take `--json [FIELDS]` and that turns the project's own errors
    into one-line messages with exit status 2, in this one place (subcommands are listed in
    the order they are declared)."""

    command_class = Command

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("no_args_is_help", True)  # "commtool config" alone: its help
        super().__init__(*args, **kwargs)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except NO_ARGS_IS_HELP:
            raise  # the help of a group named alone, as click shows it (no "error")
        except CommtoolError as err:
            raise UserError(str(err)) from None
        except BrokenPipeError:
            # The reader (head, less) went away: stop quietly with 0, as grep and ripgrep do.
            silence_stdout()
            raise click.exceptions.Exit(EXIT_OK) from None
        except click.UsageError as err:
            # One line, naming the value and what is expected, and where to read more.
            command = err.ctx.command_path if err.ctx else "commtool"
            raise UserError(f"{err.format_message()} (see '{command} --help')") from None
