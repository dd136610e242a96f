"""The command line as CI and users run it: generate, check, validate, carve."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from .conftest import ROOT

GOLDEN = ROOT / "tests" / "golden"


def run(*args: str, cwd: Path = ROOT, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT), **(env or {})},
        timeout=600,
    )


def test_generated_folder_is_current() -> None:
    result = run("check")
    assert result.returncode == 0, result.stdout + result.stderr


def test_generated_bindings_pass_mypy_strict() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "--cache-dir", os.devnull, "generated"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert result.returncode == 0, result.stdout[-5000:]


def test_check_reports_stale_files_with_a_diff(tmp_path: Path) -> None:
    spec = GOLDEN / "naming" / "service.yaml"
    out = tmp_path / "out"
    assert run("generate", str(spec), "--out", str(out)).returncode == 0
    assert run("check", str(spec), "--out", str(out)).returncode == 0
    target = out / "namingstress" / "enums.py"
    target.write_text(target.read_text() + "# edited by hand\n")
    result = run("check", str(spec), "--out", str(out))
    assert result.returncode == 1
    assert "namingstress/enums.py" in result.stdout and "-# edited by hand" in result.stdout


def test_check_reports_a_stale_manifest(tmp_path: Path) -> None:
    """Files current but the manifest's fingerprints not (the generator changed
    without changing the output): generate would rewrite the manifest, so the
    folder is not what generate writes."""
    spec = GOLDEN / "naming" / "service.yaml"
    out = tmp_path / "out"
    assert run("generate", str(spec), "--out", str(out)).returncode == 0
    manifest = out / ".generator-manifest.json"
    data = json.loads(manifest.read_text())
    data["inputs"] = {package: "0" * 64 for package in data["inputs"]}
    manifest.write_text(json.dumps(data, indent=1) + "\n")
    result = run("check", str(spec), "--out", str(out))
    assert result.returncode == 1, result.stderr
    assert ".generator-manifest.json is not" in result.stderr
    assert run("generate", str(spec), "--out", str(out)).returncode == 0
    assert run("check", str(spec), "--out", str(out)).returncode == 0


def test_check_exits_2_on_an_invalid_spec(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text((GOLDEN / "naming" / "service.yaml").read_text().replace("shape: Kind", "shape: Missing"))
    result = run("check", str(bad), "--out", str(tmp_path / "out"))
    assert result.returncode == 2
    assert f"{bad}:" in result.stderr and "refers to a missing shape 'Missing'" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out").exists()


def test_package_override_and_output_folder(tmp_path: Path) -> None:
    out = tmp_path / "bindings"
    result = run("generate", str(GOLDEN / "rest_features"), "--out", str(out), "--package", "feat")
    assert result.returncode == 0, result.stderr
    assert (out / "feat" / "__init__.py").is_file()
    probe = subprocess.run(
        [sys.executable, "-c", "from bindings import feat; print(feat.OPERATIONS['Search'].name)"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert probe.stdout.strip() == "Search", probe.stderr
    # The folder is the package: a service imported on its own says how to import it.
    alone = subprocess.run(
        [sys.executable, "-c", "import feat"], cwd=out, capture_output=True, text=True
    )
    assert alone.returncode == 1
    assert f"import it as bindings.feat, with {tmp_path} on sys.path" in alone.stderr


def test_an_output_folder_that_is_no_package_name_is_refused(tmp_path: Path) -> None:
    out = tmp_path / "my-bindings"
    result = run("generate", str(GOLDEN / "rest_features"), "--out", str(out))
    assert result.returncode != 0
    assert "the output folder's name 'my-bindings' is not a Python identifier" in result.stderr
    assert not out.exists()


def test_output_is_identical_across_hash_seeds(tmp_path: Path) -> None:
    trees = []
    for seed in ("0", "12345"):
        out = tmp_path / seed / "out"
        result = run("generate", str(GOLDEN / "rest_features"), "--out", str(out), env={"PYTHONHASHSEED": seed})
        assert result.returncode == 0, result.stderr
        trees.append({str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*")) if p.is_file()})
    assert trees[0] == trees[1]


def test_validate_command(tmp_path: Path) -> None:
    assert run("validate", str(GOLDEN / "naming" / "service.yaml")).returncode == 0
    empty = tmp_path / "empty.yaml"
    empty.write_text("")
    result = run("validate", str(empty))
    assert result.returncode == 2 and "empty" in result.stderr.lower()


def test_carve_keeps_reachable_shapes(tmp_path: Path) -> None:
    out = tmp_path / "carved.yaml"
    result = run(
        "carve", str(GOLDEN / "rest_features" / "service.yaml"), "--operation", "Search", "-o", str(out)
    )
    assert result.returncode == 0, result.stderr
    import yaml

    carved = yaml.safe_load(out.read_text())
    assert list(carved["operations"]) == ["Search"]
    assert "PutObjectRequest" not in carved["shapes"] and "Node" in carved["shapes"] and "Leaf" in carved["shapes"]
    assert run("validate", str(out)).returncode == 0


def test_console_script_is_declared() -> None:
    text = (ROOT / "pyproject.toml").read_text()
    assert 'aws-bindings-generator = "generator.cli:main"' in text


def test_generation_leaves_no_staging_folder(tmp_path: Path) -> None:
    assert run("generate", str(GOLDEN / "naming"), "--out", str(tmp_path)).returncode == 0
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".generator-stage")]
    shutil.rmtree(tmp_path / "namingstress")
    assert run("check", str(GOLDEN / "naming"), "--out", str(tmp_path)).returncode == 1


@pytest.mark.parametrize("argv", [["generate", "--package", "x"], ["check", "a", "b", "--package", "x"]])
def test_package_needs_exactly_one_spec(argv: list[str]) -> None:
    result = run(*argv)
    assert result.returncode != 0 and "--package needs exactly one SPEC" in result.stderr
