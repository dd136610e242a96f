"""The INI files of the shared configuration, parsed as botocore parses them.

Standard library only.  Python's ``RawConfigParser`` (keys lower-cased,
``#``/``;`` comment lines, continuation lines, ``[DEFAULT]`` keys in every
section), then a value that starts with a new line is a nested sub-section
(botocore's ``configloader.raw_config_parse``).  Errors name the file and
line, never a line's text: it may hold a secret.
"""

from __future__ import annotations

import configparser
import dataclasses
import os
import re
from collections.abc import Mapping
from pathlib import Path
from typing import TypeAlias

__all__ = [
    "ConfigError",
    "ConfigValue",
    "IniFile",
    "Section",
    "expand_path",
    "parse_ini_file",
]

ConfigValue: TypeAlias = "str | dict[str, str]"
"""A value of a config file: a string, or a nested sub-section."""

Section: TypeAlias = "dict[str, ConfigValue]"


class ConfigError(ValueError):
    """A config or credentials file, or a setting, is malformed or names
    something that does not exist."""


@dataclasses.dataclass(frozen=True, slots=True)
class IniFile:
    """One parsed file: its sections in file order, and where each key is."""

    path: Path
    sections: dict[str, Section]
    lines: dict[tuple[str, str], int]
    """``(section, key) -> line``; ``(section, "") -> `` the header's line."""

    def where(self, section: str, key: str = "") -> str:
        """``path:line`` of ``key`` in ``section`` (``path`` when unknown)."""
        line = self.lines.get((section, key)) or self.lines.get(("DEFAULT", key))
        if line is None and key:
            line = self.lines.get((section, ""))
        return f"{self.path}:{line}" if line else str(self.path)


def parse_ini_file(path: Path) -> IniFile | None:
    """Parse ``path`` as botocore's ``raw_config_parse`` does; None if it is
    not a file.  Raises :class:`ConfigError` (file and line, never a value)."""
    if not path.is_file():
        return None
    try:
        text = path.read_bytes().decode("utf-8")
    except OSError as exc:
        raise ConfigError(f"cannot read {path}: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        line = text_line_of_offset(path, exc.start)
        raise ConfigError(f"{path}:{line}: the file is not valid UTF-8") from None
    parser = configparser.RawConfigParser()
    try:
        parser.read_string(text, source=str(path))
    except configparser.Error as exc:
        raise ConfigError(_describe_parse_error(path, exc)) from None
    lines = _key_lines(text)
    sections: dict[str, Section] = {}
    for name in parser.sections():
        section: Section = {}
        for key in parser.options(name):
            value = parser.get(name, key)
            if value.startswith("\n"):
                section[key] = _parse_nested(path, name, key, value, lines)
            else:
                section[key] = value
        sections[name] = section
    return IniFile(path, sections, lines)


def text_line_of_offset(path: Path, offset: int) -> int:
    """The 1-based line of byte ``offset`` in ``path``."""
    try:
        return path.read_bytes()[:offset].count(b"\n") + 1
    except OSError:
        return 0


def _describe_parse_error(path: Path, exc: configparser.Error) -> str:
    # The standard messages quote the offending line, which may hold a
    # secret: rebuild them from the exception's attributes instead.
    if isinstance(exc, configparser.MissingSectionHeaderError):
        return f"{path}:{exc.lineno}: a key outside any [section]"
    if isinstance(exc, configparser.DuplicateSectionError):
        return f"{path}:{exc.lineno}: section [{exc.section}] appears twice"
    if isinstance(exc, configparser.DuplicateOptionError):
        return (
            f"{path}:{exc.lineno}: key {exc.option!r} appears twice in "
            f"section [{exc.section}]"
        )
    if isinstance(exc, configparser.ParsingError):
        numbers = ", ".join(str(lineno) for lineno, _ in exc.errors)
        return f"{path}: cannot parse line(s) {numbers}: expected 'key = value'"
    return f"{path}: cannot parse the file ({type(exc).__name__})"


_HEADER = re.compile(r"\[(?P<name>.+)\]")
_OPTION = re.compile(r"(?P<key>.*?)\s*[=:]")


def _key_lines(text: str) -> dict[tuple[str, str], int]:
    """Where each section header and each key starts (first occurrence)."""
    lines: dict[tuple[str, str], int] = {}
    section = ""
    for number, line in enumerate(text.splitlines(), 1):
        stripped = line.strip()
        if not stripped or stripped[0] in "#;":
            continue
        header = _HEADER.match(stripped)
        if header is not None and not line[0].isspace():
            section = header["name"]
            lines.setdefault((section, ""), number)
            continue
        option = _OPTION.match(stripped)
        if option is not None:
            indent = "  " if line[0].isspace() else ""
            key = option["key"].strip().lower()
            lines.setdefault((section, indent + key), number)
            if not indent:
                lines.setdefault((section, key), number)
    return lines


def _parse_nested(
    path: Path, section: str, key: str, value: str, lines: dict[tuple[str, str], int]
) -> dict[str, str]:
    """``"\\nfoo = bar\\nbaz = 1"`` -> ``{"foo": "bar", "baz": "1"}``."""
    parsed: dict[str, str] = {}
    for line in value.splitlines():
        line = line.strip()
        if not line:
            continue
        name, sep, inner = line.partition("=")
        if not sep:
            where = lines.get((section, key), 0)
            raise ConfigError(
                f"{path}:{where}: in section [{section}], the sub-section {key!r} "
                "has a line that is not 'key = value'"
            )
        parsed[name.strip()] = inner.strip()
    return parsed


_VAR = re.compile(r"\$(\w+|\{[^}]*\})")


def expand_path(value: str, environ: Mapping[str, str]) -> Path:
    """``$VAR``/``${VAR}`` then a leading ``~`` expanded against ``environ``."""

    def variable(match: re.Match[str]) -> str:
        name = match[1].strip("{}")
        return environ.get(name, match[0])

    value = _VAR.sub(variable, value)
    if value == "~" or value.startswith(("~/", "~" + os.sep)):
        home = environ.get("HOME") or environ.get("USERPROFILE")
        if home:
            return Path(home + value[1:])
    return Path(value).expanduser()
