"""Type checkers in strict mode report nothing on the bindings or the generator."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT


def test_generator_passes_mypy_strict() -> None:
    # (generated/ is checked by tests/test_cli.py::test_generated_bindings_pass_mypy_strict)
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, "generator"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-5000:]
    assert "Success: no issues found in" in result.stdout


@pytest.mark.parametrize("target", ["generated", "generator"])
def test_pyright_strict(target: str, tmp_path: Path) -> None:
    pyright = shutil.which("pyright") or shutil.which("pyright", path=str(Path(sys.executable).parent))
    if pyright is None:
        pytest.fail("pyright is not installed (it is in the test extra)")
    # pyright reads "include" relative to the config's folder and ignores an
    # absolute path (then checks nothing and reports 0 errors): the paths are
    # written relative, and the test asserts how many files were analyzed.
    config = tmp_path / "pyrightconfig.json"
    config.write_text(
        json.dumps(
            {
                "typeCheckingMode": "strict",
                "pythonVersion": "3.11",
                "include": [os.path.relpath(ROOT / target, tmp_path)],
                "extraPaths": [os.path.relpath(ROOT, tmp_path)],
            }
        )
    )
    result = subprocess.run(
        [pyright, "-p", str(config), "--pythonpath", sys.executable, "--outputjson"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    report = json.loads(result.stdout)
    problems = [
        f"{d['file']}:{d['range']['start']['line'] + 1}: {d['message']}" for d in report["generalDiagnostics"]
    ]
    assert not problems, "\n".join(problems[:50])
    assert result.returncode == 0, result.stdout[-5000:]
    sources = [p for p in (ROOT / target).rglob("*.py") if "__pycache__" not in p.parts]
    assert report["summary"]["filesAnalyzed"] >= len(sources) > 10


ENDPOINTS_RUNTIME = ROOT / "templates" / "runtime" / "endpoints.py"
"""Copied verbatim into generated packages: held to their bar (strict mypy and
pyright, ruff's formatting at 88 columns)."""


def test_endpoints_runtime_passes_mypy_strict() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, str(ENDPOINTS_RUNTIME)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stdout[-5000:]
    assert "Success: no issues found in 1 source file" in result.stdout


def test_endpoints_runtime_passes_pyright_strict(tmp_path: Path) -> None:
    pyright = shutil.which("pyright") or shutil.which("pyright", path=str(Path(sys.executable).parent))
    if pyright is None:
        pytest.fail("pyright is not installed (it is in the test extra)")
    config = tmp_path / "pyrightconfig.json"
    config.write_text(
        json.dumps(
            {
                "typeCheckingMode": "strict",
                "pythonVersion": "3.11",
                "include": [os.path.relpath(ENDPOINTS_RUNTIME, tmp_path)],
            }
        )
    )
    result = subprocess.run(
        [pyright, "-p", str(config), "--pythonpath", sys.executable, "--outputjson"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    report = json.loads(result.stdout)
    problems = [f"{d['range']['start']['line'] + 1}: {d['message']}" for d in report["generalDiagnostics"]]
    assert not problems, "\n".join(problems[:50])
    assert report["summary"]["filesAnalyzed"] == 1


def test_endpoints_runtime_is_formatted() -> None:
    command = ["--line-length", "88", "--target-version", "py311", str(ENDPOINTS_RUNTIME)]
    result = subprocess.run(
        [sys.executable, "-m", "ruff", "format", "--check", "--diff", *command],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-2000:]
