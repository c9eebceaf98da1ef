"""The user's defaults: ~/.config/commtool/config.toml (or $COMMTOOL_CONFIG).

    format = "json"          # any option of any command, by its long name
    color = "never"
    aliases = "~/archive/aliases.toml"

    [search]                 # a table per command overrides the top level for that command
    format = "tsv"

Options given on the command line always win.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from commtool.errors import CommtoolError, read_toml

# Config keys that name an option differently from its parameter.
PARAMETER_OF = {"format": "fmt", "aliases": "alias_file"}


class ConfigError(CommtoolError):
    """A configuration file that cannot be read or holds an unknown setting."""


def config_path() -> str:
    """The configuration file's path (a string: pathlib costs every start a few ms)."""
    explicit = os.environ.get("COMMTOOL_CONFIG")
    if explicit:
        return os.path.expanduser(explicit)
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return os.path.join(base, "commtool", "config.toml")


def load_config(path: str | None = None) -> dict[str, Any]:
    """The settings in the config file; {} when there is none."""
    path = path or config_path()
    if not os.path.exists(path):
        if os.environ.get("COMMTOOL_CONFIG"):
            raise ConfigError(f"{path}: configuration file not found (COMMTOOL_CONFIG)")
        return {}
    return read_toml(path, "configuration", ConfigError)


def _check_type(key: str, value: Any, param: Any) -> None:
    """Refuse a setting whose TOML type cannot be the option's value ('aliases = 1' reached
    the file system as a descriptor number), naming the key and the type expected."""
    kind = type(param.type).__name__
    if getattr(param, "is_flag", False) or kind == "BoolParamType":
        ok, want = isinstance(value, bool), "true or false"
    elif kind in ("IntRange", "IntParamType"):
        ok, want = isinstance(value, int) and not isinstance(value, bool), "a whole number"
    elif getattr(param, "multiple", False):
        items = value if isinstance(value, list) else [value]
        ok, want = all(isinstance(v, str) for v in items), "a string or a list of strings"
    else:
        choices = getattr(param.type, "choices", None)
        ok, want = isinstance(value, str), "a string"
        if choices is not None:
            want = f"one of {', '.join(choices)}"
    if not ok:
        shown = str(value).lower() if isinstance(value, bool) else repr(value)
        raise ConfigError(f"{key} = {shown} in the configuration: expected {want}")


def _keys(params: Mapping[str, Any]) -> list[str]:
    """The setting names of a command's options, as a config file writes them."""
    key_of = {name: key for key, name in PARAMETER_OF.items()}
    return sorted(
        key_of.get(n, n)
        for n, param in params.items()
        if getattr(param, "param_type_name", "") == "option"
    )


def default_map(
    config: Mapping[str, Any], options: Mapping[str, Mapping[str, Any]]
) -> dict[str, dict[str, Any]]:
    """click's default_map from the config: for each command, the settings it has an option
    for. `options` maps each command to its parameters (name -> click.Parameter)."""
    result: dict[str, dict[str, Any]] = {}
    top = {k: v for k, v in config.items() if not isinstance(v, dict)}
    for key, value in config.items():
        if isinstance(value, dict) and key not in options:
            raise ConfigError(f"unknown command [{key}] in the configuration")
    for command, params in options.items():
        section = config.get(command, {})
        settings = {**top, **(section if isinstance(section, dict) else {})}
        chosen: dict[str, Any] = {}
        for key, value in settings.items():
            name = PARAMETER_OF.get(key, key.replace("-", "_"))
            if name not in params:
                if isinstance(section, dict) and key in section:
                    raise ConfigError(
                        f"unknown setting {key!r} in [{command}] of the configuration: "
                        f"expected one of {', '.join(_keys(params))}"
                    )
                continue
            param = params[name]
            _check_type(key, value, param)
            choices = getattr(param.type, "choices", None)
            if choices is not None and str(value) not in choices:
                raise ConfigError(
                    f"{key} = {value!r} in the configuration: expected one of {', '.join(choices)}"
                )
            if isinstance(value, str) and name in ("alias_file", "db"):
                value = os.path.expanduser(value)
            chosen[name] = value
        if chosen:
            result[command] = chosen
    every = {n for params in options.values() for n in params}
    unknown = sorted(k for k in top if PARAMETER_OF.get(k, k.replace("-", "_")) not in every)
    if unknown:
        valid = sorted({k for params in options.values() for k in _keys(params)})
        raise ConfigError(
            f"unknown setting {unknown[0]!r} in the configuration: expected one of "
            f"{', '.join(valid)}"
        )
    return result
