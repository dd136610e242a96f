"""Nothing half-written: failures and interrupts leave the output folder as it was."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator import format as fmt
from generator import load, pipeline, write

from .conftest import ROOT

SPEC = ROOT / "tests" / "golden" / "rest_features" / "service.yaml"


def snapshot(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def generate(out: Path, spec: Path = SPEC) -> None:
    write.commit(pipeline.run([pipeline.Job(load.find_spec(spec))], out, jobs_parallel=1))


@pytest.fixture
def populated(tmp_path: Path) -> Path:
    out = tmp_path / "out"
    generate(out)
    (out / "features" / "HAND_WRITTEN.txt").write_text("mine")
    (out / "notes.md").write_text("mine too")
    return out


def changed_spec(tmp_path: Path) -> Path:
    spec = tmp_path / "service.yaml"
    spec.write_text(SPEC.read_text().replace("Feature Test Service", "Feature Test Service, renamed"))
    return spec


def test_a_formatter_failure_mid_run_changes_nothing(populated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = snapshot(populated)
    calls = 0
    real = fmt.format_source

    def flaky(path: str, source: str) -> str:
        nonlocal calls
        calls += 1
        if calls == 3:
            raise fmt.FormatError(f"{path}: injected failure")
        return real(path, source)

    monkeypatch.setattr(fmt, "format_source", flaky)
    with pytest.raises(fmt.FormatError):
        write.commit(pipeline.run([pipeline.Job(changed_spec(tmp_path))], populated, jobs_parallel=1, formatter="black"))
    assert calls == 3
    assert snapshot(populated) == before


@pytest.mark.parametrize("fail_at", [1, 4, 9])
def test_a_failure_while_swapping_rolls_back(
    populated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail_at: int
) -> None:
    before = snapshot(populated)
    result = pipeline.run([pipeline.Job(changed_spec(tmp_path))], populated, jobs_parallel=1)
    assert len(result.changed) >= 3
    real_replace = os.replace
    count = 0

    def failing_replace(src: object, dst: object) -> None:
        nonlocal count
        count += 1
        if count == fail_at:
            raise KeyboardInterrupt  # an interrupt, or OSError(ENOSPC): either must roll back
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(write.os, "replace", failing_replace)
    with pytest.raises(KeyboardInterrupt):
        write.commit(result)
    monkeypatch.setattr(write.os, "replace", real_replace)
    assert snapshot(populated) == before
    assert not [p for p in populated.iterdir() if p.name.startswith(".generator-stage")]


def test_files_no_longer_generated_are_removed_but_hand_written_ones_stay(populated: Path, tmp_path: Path) -> None:
    spec = tmp_path / "service.yaml"
    text = SPEC.read_text()
    # Drop the Search operation: its module, and shapes only it used, go away.
    start = text.index("  Search:\n")
    end = text.index("shapes:\n")
    spec.write_text(text[:start] + text[end:])
    generate(populated, spec)
    files = snapshot(populated)
    assert "features/operations/search.py" not in files
    assert "features/operations/put_object.py" in files
    assert files["features/HAND_WRITTEN.txt"] == b"mine" and files["notes.md"] == b"mine too"


def test_a_second_run_with_nothing_changed_formats_nothing(populated: Path) -> None:
    result = pipeline.run([pipeline.Job(SPEC)], populated, jobs_parallel=1)
    assert result.formatted == 0 and not result.changed and not result.removed


def test_a_hand_edited_generated_file_is_restored(populated: Path) -> None:
    target = populated / "features" / "enums.py"
    original = target.read_bytes()
    target.write_text("# edited\n")
    result = pipeline.run([pipeline.Job(SPEC)], populated, jobs_parallel=1)
    assert result.changed == ["features/enums.py"]
    write.commit(result)
    assert target.read_bytes() == original
