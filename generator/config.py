"""Project settings from ``[tool.aws-bindings-generator]`` in ``pyproject.toml``.

So that a project's build runs ``python -m generator generate`` with no
flags::

    [tool.aws-bindings-generator]
    specs = "specs"              # folder of service folders
    out = "generated"            # output folder
    services = ["connect"]       # service folders to generate (default: all)
    formatter = "ruff"           # or "black"; both give the same bytes

    [tool.aws-bindings-generator.packages]
    connect = "amazon_connect"   # package name per service folder

The settings are found like mypy's and datamodel-code-generator's: the
nearest ``pyproject.toml`` holding the table, from the current folder up
to the repository root (the first folder with ``.git`` or ``.hg``), or the
file given with ``--config PATH``.  Relative paths are relative to that
file's folder, and so are the defaults.  Without settings, the defaults are
relative to the current folder.  Command-line flags win over settings.

The services (``services``, else every service folder under ``specs``)
are the whole content of the output folder: ``generate`` with no SPEC
removes a package whose service is no longer among them, and ``update``
adds the service it fetches to ``services`` when the list is set.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from .errors import Problem, SpecError, UsageError, did_you_mean

if TYPE_CHECKING:
    from .pipeline import Job

TABLE = "aws-bindings-generator"
FILE = "pyproject.toml"
_KEYS = {"specs", "out", "services", "formatter", "packages"}
#: A folder that marks the root of a repository: the search stops there.
_REPOSITORY_MARKERS = (".git", ".hg")


class ConfigError(UsageError):
    """The settings are malformed, or missing where they were named."""


@dataclass
class Settings:
    specs: Path = Path("specs")
    out: Path = Path("generated")
    services: list[str] | None = None
    formatter: str = "ruff"
    packages: dict[str, str] = field(default_factory=dict[str, str])
    #: The file the settings came from (None: defaults, no file).
    path: Path | None = None

    def describe(self) -> str:
        """Where the settings come from, for messages."""
        return f"[tool.{TABLE}] in {self.path}" if self.path else "the defaults"

    def service_names(self) -> list[str]:
        """The configured services: ``services``, else every service folder."""
        if self.services is not None:
            return list(self.services)
        from . import pipeline

        return [job.spec.parent.name for job in pipeline.discover(self.specs)]

    def jobs(self) -> list[Job]:
        """One job per configured service (every service folder if none are named)."""
        from . import pipeline

        if self.services is None:
            return [
                pipeline.Job(job.spec, self.package_for(job.spec.parent))
                for job in pipeline.discover(self.specs)
            ]
        present = [name for name in self.services if (self.specs / name).is_dir()]
        folders = (
            [f.name for f in self.specs.iterdir() if f.is_dir()]
            if self.specs.is_dir()
            else []
        )
        problems = [
            Problem(
                str(self.specs / name),
                0,
                0,
                "",
                f"no such service folder ({self.describe()} lists {name!r} in "
                f"services){did_you_mean(name, folders)}",
            )
            for name in self.services
            if name not in present
        ]
        try:
            specs = pipeline.locate([self.specs / name for name in present])
        except SpecError as exc:
            problems += exc.problems
            specs = []
        if problems:
            raise SpecError(problems)
        return [
            pipeline.Job(spec, self.packages.get(name))
            for name, spec in zip(present, specs)
        ]

    def package_for(self, spec: Path) -> str | None:
        """The configured package of a spec file or service folder, if any."""
        folder = spec if spec.is_dir() else spec.parent
        return self.packages.get(folder.name)

    def service_of(self, spec: Path) -> str | None:
        """The configured service a SPEC path is (a service folder under
        ``specs``, or a file in one, named in ``services`` when that is set),
        or None."""
        path = spec.resolve()
        folder = path if path.is_dir() else path.parent
        if folder.parent != self.specs.resolve():
            return None
        if self.services is not None and folder.name not in self.services:
            return None
        return folder.name


def find_config(start: Path) -> Path | None:
    """The nearest ``pyproject.toml`` with a ``[tool.aws-bindings-generator]``
    table, from ``start`` up to the repository root (or the filesystem root)."""
    folder = start.resolve()
    while True:
        candidate = folder / FILE
        if candidate.is_file() and _table(_read_toml(candidate), candidate) is not None:
            return candidate
        if any((folder / marker).exists() for marker in _REPOSITORY_MARKERS):
            return None
        if folder.parent == folder:
            return None
        folder = folder.parent


def load_settings(start: Path, config: Path | None = None) -> Settings:
    """The settings for a command run in ``start``: from ``config`` if given
    (it must exist), else found upward from ``start`` (defaults when none)."""
    if config is not None:
        if not config.is_file():
            raise ConfigError(f"{config}: no such settings file (--config)")
        path: Path | None = config
    else:
        path = find_config(start)
    if path is None:
        return Settings()
    return parse_settings(path.read_text("utf-8"), path.resolve().parent, path)


def _read_toml(path: Path, text: str | None = None) -> dict[str, Any]:
    try:
        return tomllib.loads(path.read_text("utf-8") if text is None else text)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from None


def _table(data: dict[str, Any], path: Path) -> dict[str, Any] | None:
    tool: Any = data.get("tool", {})
    table: Any = (
        cast(dict[str, Any], tool).get(TABLE) if isinstance(tool, dict) else None
    )
    if table is None:
        return None
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.{TABLE}] must be a table")
    return cast(dict[str, Any], table)


def parse_settings(text: str, folder: Path, path: Path) -> Settings:
    """The settings in ``text`` (the content of ``path``); relative paths,
    and the defaults, are relative to ``folder``."""
    settings = Settings(specs=folder / "specs", out=folder / "generated", path=path)
    table = _table(_read_toml(path, text), path)
    if table is None:
        return settings
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        hints = "".join(did_you_mean(key, _KEYS) for key in unknown)
        raise ConfigError(
            f"{path}: unknown key(s) in [tool.{TABLE}]: {', '.join(unknown)}{hints}"
        )
    for key in ("specs", "out"):
        if key in table:
            if not isinstance(table[key], str):
                raise ConfigError(f"{path}: {key} must be a string")
            setattr(settings, key, folder / table[key])
    if "services" in table:
        services: Any = table["services"]
        names: list[object] = (
            cast(list[object], services) if isinstance(services, list) else []
        )
        if not isinstance(services, list) or not all(
            isinstance(name, str) for name in names
        ):
            raise ConfigError(f"{path}: services must be a list of strings")
        settings.services = [str(name) for name in names]
        for name in settings.services:
            if not name or name in (".", "..") or "/" in name or "\\" in name:
                raise ConfigError(
                    f"{path}: services: {name!r} is not a folder name under specs"
                )
        twice = sorted({n for n in settings.services if settings.services.count(n) > 1})
        if twice:
            raise ConfigError(f"{path}: services lists {twice[0]!r} twice")
    if "formatter" in table:
        if table["formatter"] not in ("ruff", "black"):
            raise ConfigError(f'{path}: formatter must be "ruff" or "black"')
        settings.formatter = table["formatter"]
    if "packages" in table:
        packages: Any = table["packages"]
        if not isinstance(packages, dict) or not all(
            isinstance(v, str) for v in cast(dict[str, Any], packages).values()
        ):
            raise ConfigError(
                f"{path}: packages must map service folders to package names"
            )
        settings.packages = dict(cast(dict[str, str], packages))
    return settings


# --------------------------------------------------------------------------
# Adding a service to the list (``update``)

_HEADER = re.compile(
    r"^[ \t]*\[[ \t]*tool[ \t]*\.[ \t]*"
    + re.escape(TABLE)
    + r"[ \t]*\][ \t]*(?:#.*)?$",
    re.M,
)
_ANY_HEADER = re.compile(r"^[ \t]*\[", re.M)
_SERVICES = re.compile(r"^[ \t]*services[ \t]*=[ \t]*\[", re.M)


def with_services(settings: Settings, added: list[str]) -> str:
    """The text of the settings file with ``added`` appended to ``services``.

    The list is edited in place (its layout and comments kept), then the
    result is parsed again: unless it is exactly the old settings plus the
    new names, :class:`ConfigError` says to add them by hand.
    """
    assert settings.path is not None and settings.services is not None
    path = settings.path
    text = path.read_text("utf-8")
    edited = _append_to_array(text, added)
    if edited is not None:
        try:
            before = _read_toml(path, text)
            after = _read_toml(path, edited)
        except ConfigError:
            edited = None
        else:
            expected = _table(before, path)
            assert expected is not None
            expected = {**expected, "services": [*expected["services"], *added]}
            if {**before, "tool": {**before["tool"], TABLE: expected}} != after:
                edited = None
    if edited is None:
        names = ", ".join(repr(name) for name in added)
        raise ConfigError(
            f"{path}: {names} {'is' if len(added) == 1 else 'are'} not in services of "
            f"[tool.{TABLE}], and the list could not be edited safely; add "
            f"{'it' if len(added) == 1 else 'them'} there by hand, then run update again"
        )
    return edited


def _append_to_array(text: str, added: list[str]) -> str | None:
    """``text`` with ``added`` appended to the table's ``services = [...]``
    (None when that array is not written in a form this can edit)."""
    header = _HEADER.search(text)
    if header is None:
        return None
    following = _ANY_HEADER.search(text, header.end())
    end_of_table = following.start() if following else len(text)
    key = _SERVICES.search(text, header.end(), end_of_table)
    if key is None:
        return None
    opening = key.end() - 1
    scanned = _scan_array(text, opening)
    if scanned is None:
        return None
    closing, last = scanned  # the "]" and the last character of the last item or ","
    items = [f'"{name}"' for name in added]
    if last is None:  # an empty array
        return text[: opening + 1] + ", ".join(items) + text[closing:]
    comma = text[last] == ","
    if "\n" not in text[opening:closing]:  # one line: "a", "b" → "a", "b", "c"
        insert = (" " if comma else ", ") + ", ".join(items)
        return text[: last + 1] + insert + text[last + 1 :]
    # One item per line: the new ones go on lines of their own after the
    # last item's line (after its comment, if any), indented like it.
    line_start = text.rfind("\n", 0, last) + 1
    line = text[line_start:last]
    indent = line[: len(line) - len(line.lstrip(" \t"))]
    newline = text.find("\n", last)
    at = newline if 0 <= newline < closing else last + 1
    lines = ",".join(f"\n{indent}{item}" for item in items)
    if comma:
        return text[:at] + lines + "," + text[at:]
    return text[: last + 1] + "," + text[last + 1 : at] + lines + text[at:]


def _scan_array(text: str, opening: int) -> tuple[int, int | None] | None:
    """The index of the ``]`` closing the array opened at ``opening``, and of
    the last significant character before it (None for an empty array);
    None for a nested array or anything unexpected."""
    index = opening + 1
    last: int | None = None
    while index < len(text):
        char = text[index]
        if char == "#":
            newline = text.find("\n", index)
            index = len(text) if newline < 0 else newline
            continue
        if char in "\"'":
            quote = (
                text[index : index + 3]
                if text[index : index + 3] in ('"""', "'''")
                else char
            )
            end = index + len(quote)
            while True:
                end = text.find(quote, end)
                if end < 0:
                    return None
                if quote.startswith('"') and _escaped(text, end):
                    end += 1
                    continue
                break
            last = end + len(quote) - 1
            index = last + 1
            continue
        if char == "]":
            return index, last
        if char in "[{":
            return None
        if not char.isspace():
            last = index
        index += 1
    return None


def _escaped(text: str, index: int) -> bool:
    backslashes = 0
    while index - backslashes - 1 >= 0 and text[index - backslashes - 1] == "\\":
        backslashes += 1
    return backslashes % 2 == 1
