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

Relative paths are relative to the ``pyproject.toml``.  Command-line flags
win over these settings.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from . import pipeline

TABLE = "aws-bindings-generator"
_KEYS = {"specs", "out", "services", "formatter", "packages"}


class ConfigError(Exception):
    """The settings table is malformed."""


@dataclass
class Settings:
    specs: Path = Path("specs")
    out: Path = Path("generated")
    services: list[str] | None = None
    formatter: str = "ruff"
    packages: dict[str, str] = field(default_factory=dict[str, str])

    def jobs(self) -> list[pipeline.Job]:
        """One job per configured service (every service folder if none are named)."""
        if self.services is None:
            return [
                pipeline.Job(job.spec, self.package_for(job.spec.parent))
                for job in pipeline.discover(self.specs)
            ]
        specs = pipeline.locate([self.specs / name for name in self.services])
        return [
            pipeline.Job(spec, self.packages.get(name))
            for name, spec in zip(self.services, specs)
        ]

    def package_for(self, spec: Path) -> str | None:
        """The configured package of a spec file or service folder, if any."""
        folder = spec if spec.is_dir() else spec.parent
        return self.packages.get(folder.name)


def load_settings(folder: Path) -> Settings:
    """The settings in ``folder/pyproject.toml`` (defaults when absent)."""
    path = folder / "pyproject.toml"
    if not path.is_file():
        return Settings()
    try:
        data = tomllib.loads(path.read_text("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: {exc}") from None
    table: Any = data.get("tool", {}).get(TABLE)
    if table is None:
        return Settings()
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.{TABLE}] must be a table")
    table = cast(dict[str, Any], table)
    unknown = sorted(set(table) - _KEYS)
    if unknown:
        raise ConfigError(
            f"{path}: unknown key(s) in [tool.{TABLE}]: {', '.join(unknown)}"
        )
    settings = Settings()
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
