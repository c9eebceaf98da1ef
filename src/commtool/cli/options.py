"""Options shared by every command, declared once."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any, TypeVar, cast

import click

from commtool.render import FORMATS, Output

F = TypeVar("F", bound=Callable[..., Any])


def input_options(func: F) -> F:
    """PATH... arguments: files, folders (recursive) or '-' for stdin."""
    return click.argument(
        "paths", nargs=-1, required=False, metavar="PATH...", type=click.Path(allow_dash=True)
    )(func)


def _split_fields(
    _ctx: click.Context, _param: click.Parameter, value: str | None
) -> tuple[str, ...]:
    if not value:
        return ()
    return tuple(name.strip() for name in value.split(",") if name.strip())


def output_options(func: F) -> F:
    """--format, --fields, --no-header, --color, --wide and --quiet, the same on every command,
    handed to the command as one value: `output` (common.Output)."""
    decorators = [
        click.option(
            "--format",
            "-f",
            "fmt",
            type=click.Choice(FORMATS, case_sensitive=False),
            default=None,
            help="Output format. Default: a table on a terminal, TSV with a header when piped.",
        ),
        click.option(
            "--fields",
            callback=_split_fields,
            metavar="A,B,C",
            help="Only these fields, in this order, in every format.",
        ),
        click.option(
            "--no-header", is_flag=True, help="Leave out the header line (TSV, CSV, table)."
        ),
        click.option(
            "--color",
            type=click.Choice(("auto", "always", "never")),
            default="auto",
            show_default=True,
            help="Colour in tables; auto honours NO_COLOR, CLICOLOR, CLICOLOR_FORCE, FORCE_COLOR, TERM=dumb.",
        ),
        click.option(
            "--wide",
            is_flag=True,
            help="Show every column in terminal tables, not only the main ones.",
        ),
        click.option("-q", "--quiet", is_flag=True, help="Do not print warnings on stderr."),
    ]

    @functools.wraps(func)
    def packed(
        *args: Any,
        fmt: str | None,
        fields: tuple[str, ...],
        no_header: bool,
        color: str,
        wide: bool,
        quiet: bool,
        **kwargs: Any,
    ) -> Any:
        output = Output(fmt, fields, not no_header, color, wide, quiet)
        return func(*args, output=output, **kwargs)

    wrapped: Any = packed
    for decorator in reversed(decorators):
        wrapped = decorator(wrapped)
    return cast(F, wrapped)


def _cap_jobs(ctx: click.Context, _param: click.Parameter, value: int | None) -> int | None:
    """No more worker processes than cores (each one is a whole interpreter)."""
    import os

    cores = os.cpu_count() or 1
    if value is not None and value > cores:
        click.echo(
            f"commtool: warning: -j {value}: this machine has {cores} cores; using {cores}",
            err=True,
        )
        return cores
    return value


def jobs_option(func: F) -> F:
    """-j/--jobs N: work in N processes (default: every core for inputs of many files)."""
    return click.option(
        "-j",
        "--jobs",
        type=click.IntRange(min=1),
        default=None,
        metavar="N",
        callback=_cap_jobs,
        help="Work in N processes, at most one per core. Default: every core when there are many "
        "files, else one.",
    )(func)


def db_option(func: F) -> F:
    """--db FILE: answer from an index built by `commtool index` (or COMMTOOL_DB)."""
    return click.option(
        "--db",
        type=click.Path(dir_okay=False),
        envvar="COMMTOOL_DB",
        metavar="FILE",
        help="Answer from this index (built by 'commtool index'), not from files; or COMMTOOL_DB.",
    )(func)


def aliases_option(func: F) -> F:
    """--aliases FILE: the user's TOML alias file (or COMMTOOL_ALIASES)."""
    return click.option(
        "--aliases",
        "alias_file",
        type=click.Path(dir_okay=False),
        envvar="COMMTOOL_ALIASES",
        metavar="FILE",
        help='TOML file of speaker aliases ([aliases] "Vladimir Poutine" = ["Putin", …]), to '
        "match and merge speakers; or COMMTOOL_ALIASES.",
    )(func)
