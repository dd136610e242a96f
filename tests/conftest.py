"""Shared fixtures: paths, and a helper that generates a spec and imports it;
and one hook that keeps hypothesis working on long parametrized tests."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType
from typing import Any

import botocore
import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
BOTOCORE_DATA = Path(botocore.__file__).resolve().parent / "data"


def newest_botocore_model(service: str) -> Path | None:
    """botocore's ``service-2.json.gz`` for the newest API version of ``service``
    (None when it ships no model for it)."""
    versions = sorted(p for p in (BOTOCORE_DATA / service).iterdir() if (p / "service-2.json.gz").is_file())
    return versions[-1] / "service-2.json.gz" if versions else None


def import_bindings(out: Path, package: str | None = None) -> ModuleType:
    """Import a generated output folder as the package it is (its parent goes
    on sys.path), or one service ``package`` in it; anything imported before
    under the folder's name is dropped first, so a new folder of the same
    name is read afresh."""
    root = out.name
    for name in [m for m in sys.modules if m == root or m.startswith(root + ".")]:
        del sys.modules[name]
    parent = str(out.parent)
    if parent not in sys.path:
        sys.path.insert(0, parent)
    importlib.invalidate_caches()
    return importlib.import_module(root if package is None else f"{root}.{package}")


def runtime_of(package: ModuleType, module: str = "restjson") -> ModuleType:
    """A module of the shared runtime of the folder a generated package is in
    (by default the rest-json runtime its modules import as ``_rt``)."""
    return importlib.import_module(f"{package.__name__.rsplit('.', 1)[0]}._runtime.{module}")


def unimport_bindings(out: Path) -> None:
    """Undo :func:`import_bindings`: the folder's modules and its sys.path entry."""
    root = out.name
    for name in [m for m in sys.modules if m == root or m.startswith(root + ".")]:
        del sys.modules[name]
    if str(out.parent) in sys.path:
        sys.path.remove(str(out.parent))


@pytest.fixture
def generate_package(tmp_path: Path) -> Iterator[object]:
    """``generate_package(spec_path_or_text, package)`` → the imported package
    (generated into a folder named after the test, imported as part of it)."""
    from generator import load, pipeline, write

    out = tmp_path / f"bindings_{tmp_path.name}"

    def make(spec: Path | str, package: str, fmt: str = "yaml", format: bool = False) -> ModuleType:
        if isinstance(spec, str):
            path = tmp_path / f"{package}-spec.{fmt}"
            path.write_text(spec, "utf-8")
            spec = path
        result = pipeline.run([pipeline.Job(load.find_spec(spec), package)], out, jobs_parallel=1, format=format)
        write.commit(result)
        return import_bindings(out, package)

    yield make
    unimport_bindings(out)


_ORIGINAL = "_project_original_hypothesis_settings"


@pytest.hookimpl(tryfirst=True)
def pytest_runtest_setup(item: pytest.Item) -> None:
    """Keep hypothesis's settings chain flat across parametrized cases.

    For every case of a parametrized ``@given`` test, hypothesis's pytest
    plugin (6.155) replaces the function's settings with a child of the
    settings it holds -- so a test with 1,300 cases ends with a chain of
    1,300 settings.  Under the ``ci`` profile (``CI`` set: ``database=None``,
    which is never cached) reading ``settings.database`` walks the whole
    chain recursively, and past ~950 cases every case fails with a
    RecursionError.  Each case starts again from the function's own settings.
    """
    fn: Any = getattr(getattr(item, "obj", None), "__func__", getattr(item, "obj", None))
    if fn is None or not hasattr(fn, "_hypothesis_internal_use_settings"):
        return
    if not hasattr(fn, _ORIGINAL):
        setattr(fn, _ORIGINAL, fn._hypothesis_internal_use_settings)
    fn._hypothesis_internal_use_settings = getattr(fn, _ORIGINAL)
