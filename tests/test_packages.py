"""The committed bindings as packages: importable name by name, black-clean,
installable on their own, and the same whichever formatter wrote them."""

from __future__ import annotations

import importlib
import os
import shutil
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from generator import load, pipeline, write

from .conftest import ROOT

PACKAGES = ["generated.connect", "generated.connectparticipant"]


@pytest.mark.parametrize("package", PACKAGES)
def test_every_public_name_imports(package: str) -> None:
    module = importlib.import_module(package)
    names = [n for n in module.__all__]
    assert len(names) > 50
    for name in names:
        assert getattr(module, name) is not None, name
    assert set(names) <= set(dir(module))


@pytest.mark.parametrize("package", PACKAGES)
def test_one_name_is_found_without_the_index_as_with_it(package: str) -> None:
    """``from package import X`` scans the module-name strings instead of
    building the index of every name; both must agree on every name, on
    names that are prefixes of others, and on names that do not exist."""
    module = importlib.import_module(package)
    index = dict(module._all_names())
    module._index.clear()
    try:
        for name, owner in index.items():
            assert module._module_of(name) == owner, name
            assert not module._index  # the scan built nothing
        for missing in ["", "StartChat", "Start", "new_", "OPERATIONS", "nope nope", "x" * 300]:
            assert module._module_of(missing) == index.get(missing), missing
    finally:
        module._all_names()


def test_generated_is_black_clean() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "black", "--check", "--quiet", "generated"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=1200,
    )
    assert result.returncode == 0, result.stderr[-3000:]


@pytest.mark.parametrize("case", ["rest_features", "naming"])
def test_ruff_and_black_write_the_same_bytes(case: str, tmp_path: Path) -> None:
    spec = load.find_spec(ROOT / "tests" / "golden" / case)
    trees = []
    for formatter in ("ruff", "black"):
        out = tmp_path / formatter
        write.commit(pipeline.run([pipeline.Job(spec)], out, jobs_parallel=1, formatter=formatter))
        trees.append(
            {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*.py*")) if p.is_file()}
        )
    assert trees[0] == trees[1]


def test_generated_installs_on_its_own(tmp_path: Path) -> None:
    """pip install ./generated into a fresh venv; import and use it from elsewhere."""
    env_dir = tmp_path / "venv"
    venv.create(env_dir, with_pip=True)
    python = env_dir / "bin" / "python"
    source = tmp_path / "src" / "generated"
    shutil.copytree(ROOT / "generated", source, ignore=shutil.ignore_patterns("__pycache__", "build", "*.egg-info"))
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-input", str(source)],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert install.returncode == 0, install.stderr[-3000:]
    probe = subprocess.run(
        [
            str(python),
            "-c",
            "import generated, os, generated.connect as c;"
            "from generated.connect import new_start_chat_contact, new_participant_details;"
            "r = c.OPERATIONS['StartChatContact'].serialize(new_start_chat_contact('i', 'f', new_participant_details('n')));"
            "print(r.path, os.path.isfile(os.path.join(os.path.dirname(generated.__file__), 'py.typed')))",
        ],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        env={k: v for k, v in os.environ.items() if k != "PYTHONPATH"},
        timeout=120,
    )
    assert probe.stdout.split() == ["/contact/chat", "True"], probe.stderr
