"""Golden-file tests: each case regenerates byte for byte.

Regenerate the goldens with ``python tests/golden/update.py`` and review
the diff; never edit them by hand.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from generator import render

from .golden.update import GOLDEN, cases, render_case


def _tree(folder: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not {"__pycache__", ".mypy_cache"} & set(p.parts)
    }


@pytest.mark.parametrize("case", cases(), ids=lambda p: p.name)
def test_golden_tree_matches(case: Path, tmp_path: Path) -> None:
    render_case(case, tmp_path / "expected")
    actual = _tree(tmp_path / "expected")
    expected = _tree(case / "expected")
    assert sorted(actual) == sorted(expected), "the set of generated files changed"
    for rel in expected:
        assert actual[rel] == expected[rel], f"{case.name}/{rel} differs; run tests/golden/update.py and review"


def test_golden_cases_cover_the_brief() -> None:
    names = {p.name for p in cases()}
    assert {"start_chat_contact", "naming", "rest_features"} <= names
    # a case per protocol besides rest-json
    assert {"json_rpc", "query_features", "ec2_features"} <= names


PROTOCOL_CASES = ("json_rpc", "query_features", "ec2_features")
# naming: fields named like the builtins the classes annotate with
MYPY_CASES = (*PROTOCOL_CASES, "naming")


def test_protocol_goldens_pass_mypy_strict(tmp_path: Path) -> None:
    """The awsJson, query and ec2 cases, generated with their runtime, type-check
    (``generated/`` holds rest-json only: tests/test_cli.py checks it)."""
    from generator import load, pipeline, write

    out = tmp_path / "protocol_goldens"
    jobs = [pipeline.Job(load.find_spec(GOLDEN / case)) for case in MYPY_CASES]
    write.commit(pipeline.run(jobs, out, jobs_parallel=1))
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, out.name],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stdout[-5000:]


@pytest.mark.parametrize("case", cases(), ids=lambda p: p.name)
def test_golden_output_is_black_clean(case: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "black", "--check", "--quiet", str(case / "expected")],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr


def test_a_template_change_breaks_the_goldens(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The golden comparison really depends on the templates."""
    templates = tmp_path / "templates"
    shutil.copytree(render._TEMPLATE_DIR, templates)
    structure = templates / "structure.py.j2"
    structure.write_text(
        structure.read_text().replace(
            '"""Create a :class:`{{ s.class_name }}` with all optional fields omitted."""',
            '"""Make a :class:`{{ s.class_name }}`."""',
        )
    )
    monkeypatch.setattr(render, "_TEMPLATE_DIR", templates)
    render.environment.cache_clear()
    try:
        case = GOLDEN / "naming"
        render_case(case, tmp_path / "out")
        assert _tree(tmp_path / "out") != _tree(case / "expected")
    finally:
        render.environment.cache_clear()
