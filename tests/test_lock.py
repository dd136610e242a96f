"""The lock (constraints.txt) pins exactly what the README's commands install.

A fresh clone must install the same packages today and next month: every
distribution in the test virtualenv is pinned in the lock at the version
installed, every pin is installed, and pyproject's ranges admit every pin
(a range changed without a refresh of the lock fails here).
"""

from __future__ import annotations

import importlib.metadata
import re
import sys
import tomllib

import pytest
from packaging.requirements import Requirement

from tools.relock import PROJECT, SEEDED, normalize, parse_lock

from .conftest import ROOT

LOCK = ROOT / "constraints.txt"


def _pins() -> dict[str, str]:
    return parse_lock(LOCK.read_text("utf-8"))


def _pyproject() -> dict[str, object]:
    return tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))


def _installed() -> dict[str, str]:
    found: dict[str, str] = {}
    for dist in importlib.metadata.distributions():
        name = dist.metadata["Name"]
        if name:
            found[normalize(name)] = dist.version
    return found


def test_every_installed_distribution_is_pinned_at_its_version() -> None:
    if sys.prefix == sys.base_prefix:
        pytest.fail(
            "the tests run outside a virtualenv: run them with the README's test command"
        )
    pins = _pins()
    installed = _installed()
    ignored = SEEDED | {normalize(PROJECT)}
    unpinned = sorted(
        f"{n}=={v}" for n, v in installed.items() if n not in pins and n not in ignored
    )
    assert not unpinned, (
        f"installed but not in constraints.txt: {unpinned}; a new dependency needs "
        "`python tools/relock.py` (or the README's command was not used to install)"
    )
    wrong = sorted(
        f"{n}: locked {pins[n]}, installed {v}"
        for n, v in installed.items()
        if n in pins and pins[n] != v
    )
    assert not wrong, wrong
    missing = sorted(n for n in pins if n not in installed)
    assert not missing, f"pinned in constraints.txt but not installed: {missing}"


def test_every_pin_is_exact_and_sorted() -> None:
    lines = [
        line
        for line in LOCK.read_text("utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    assert lines, "constraints.txt pins nothing"
    for line in lines:
        assert re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9._-]*==[A-Za-z0-9.+!-]+", line), line
    names = [normalize(line.split("==")[0]) for line in lines]
    assert names == sorted(
        names
    ), "constraints.txt is not sorted (tools/relock.py writes it sorted)"
    assert len(set(names)) == len(names)


def _requirements() -> list[Requirement]:
    project = _pyproject()["project"]
    assert isinstance(project, dict)
    found = [Requirement(r) for r in project["dependencies"]]
    for extra in project["optional-dependencies"].values():
        found += [Requirement(r) for r in extra]
    return found


def test_pyproject_ranges_admit_every_pin() -> None:
    pins = _pins()
    for requirement in _requirements():
        name = normalize(requirement.name)
        assert (
            name in pins
        ), f"{requirement} is not in constraints.txt: run tools/relock.py"
        assert requirement.specifier.contains(
            pins[name], prereleases=True
        ), f"pyproject says {requirement}, the lock has {pins[name]}: run tools/relock.py"


def test_formatters_and_build_backend_are_exact_pins_in_pyproject() -> None:
    # The formatters decide the bytes of generated/ on users' machines too,
    # and the build backend decides how `pip install -e .` builds.
    exact = {
        normalize(r.name): r
        for r in _requirements()
        if str(r.specifier).startswith("==")
    }
    for name in ("black", "ruff"):
        assert (
            name in exact
        ), f"{name} must be pinned with == in pyproject's dependencies"
    build = _pyproject()["build-system"]
    assert isinstance(build, dict)
    for raw in build["requires"]:
        assert str(Requirement(raw).specifier).startswith(
            "=="
        ), f"build requirement {raw!r} is not pinned"


def test_readme_commands_and_ci_install_from_the_lock() -> None:
    readme = (ROOT / "README.md").read_text("utf-8")
    commands = re.findall(r"```sh\n(.*?)\n```", readme, re.S)[:2]
    assert len(commands) == 2
    for command in commands:
        assert "-c constraints.txt" in command, command
    ci = (ROOT / ".ci" / "run").read_text("utf-8")
    assert commands[1] in ci, "the CI script must run the README's test command"
