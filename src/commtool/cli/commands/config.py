"""`commtool config`: the defaults in effect and where they come from."""

from __future__ import annotations

import os

import click

from commtool.cli.common import OrderedGroup


@click.group(
    cls=OrderedGroup,
    epilog="""\b
Examples:
  commtool config show

\b
The file ~/.config/commtool/config.toml (or $COMMTOOL_CONFIG) sets defaults:
  format = "json"
  color = "never"
  aliases = "~/aliases.toml"
  [search]
  format = "tsv"
""",
)
def config() -> None:
    """Show the defaults in effect and where they come from."""


@config.command(
    "show",
    epilog="""\b
Examples:
  commtool config show
  COMMTOOL_CONFIG=team.toml commtool config show
""",
)
def config_show() -> None:
    """Print each default in effect and its source (built in, config file, environment)."""
    from commtool.cli.config import config_path, load_config

    path = config_path()
    settings = load_config()
    rows: list[tuple[str, str, str]] = [
        ("config file", path, "exists" if settings or os.path.isfile(path) else "absent")
    ]
    for key in ("format", "color", "aliases", "fields", "wide", "quiet"):
        if key in settings:
            rows.append((key, str(settings[key]), f"config file ({path})"))
    for command, section in settings.items():
        if isinstance(section, dict):
            for key, value in section.items():
                rows.append((f"{command}.{key}", str(value), f"config file ({path})"))
    for var in (
        "NO_COLOR",
        "CLICOLOR",
        "CLICOLOR_FORCE",
        "FORCE_COLOR",
        "TERM",
        "COLUMNS",
        "COMMTOOL_ALIASES",
        "COMMTOOL_CONFIG",
    ):
        if var in os.environ:
            rows.append((var, os.environ[var], "environment"))
    defaults = {"format": "table on a terminal, tsv when piped", "color": "auto"}
    for key, value in defaults.items():
        if key not in settings:
            rows.append((key, value, "built in"))
    for name, value, source in rows:
        click.echo(f"{name}\t{value}\t{source}")
