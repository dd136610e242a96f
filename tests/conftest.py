"""Shared fixtures: paths, and a helper that generates a spec and imports it."""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


@pytest.fixture
def generate_package(tmp_path: Path) -> Iterator[object]:
    """``generate_package(spec_path_or_text, package)`` → the imported package."""
    from generator import load, pipeline, write

    added: list[str] = []

    def make(spec: Path | str, package: str, fmt: str = "yaml", format: bool = False) -> ModuleType:
        if isinstance(spec, str):
            path = tmp_path / f"{package}-spec.{fmt}"
            path.write_text(spec, "utf-8")
            spec = path
        out = tmp_path / "out"
        result = pipeline.run([pipeline.Job(load.find_spec(spec), package)], out, jobs_parallel=1, format=format)
        write.commit(result)
        if str(out) not in sys.path:
            sys.path.insert(0, str(out))
            added.append(str(out))
        for name in [m for m in sys.modules if m == package or m.startswith(package + ".")]:
            del sys.modules[name]
        return importlib.import_module(package)

    yield make
    for path in added:
        sys.path.remove(path)
