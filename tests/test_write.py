"""Nothing half-written: failures and interrupts leave the output folder as it was."""

from __future__ import annotations

import dataclasses
import os
import random
import shutil
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import format as fmt
from generator import load, pipeline, swap, write

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


@pytest.mark.parametrize("fail_at", [1, 2])
def test_a_failure_while_swapping_rolls_back(
    populated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, fail_at: int
) -> None:
    before = snapshot(populated)
    result = pipeline.run([pipeline.Job(changed_spec(tmp_path))], populated, jobs_parallel=1)
    assert len(result.changed) >= 3
    count = 0

    def failing(real: Callable[..., Any]) -> Callable[..., Any]:
        def step(*args: Any) -> Any:
            nonlocal count
            count += 1
            if count == fail_at:
                raise KeyboardInterrupt  # an interrupt, or OSError(ENOSPC): either must roll back
            return real(*args)

        return step

    # every step that puts something in place: folder exchanges, renames, file replaces
    monkeypatch.setattr(swap, "exchange", failing(swap.exchange))
    monkeypatch.setattr(swap.os, "rename", failing(os.rename))
    monkeypatch.setattr(swap.os, "replace", failing(os.replace))
    with pytest.raises(KeyboardInterrupt):
        write.commit(result)
    monkeypatch.undo()
    assert count >= fail_at
    assert snapshot(populated) == before
    assert not [p for p in populated.iterdir() if p.name.startswith(swap.STAGE_PREFIX)]


# --- interrupted runs: kill -9 and Ctrl-C while the units are swapped in -------------

NAMING = ROOT / "tests" / "golden" / "naming" / "service.yaml"


def _two_versions(tmp_path: Path) -> tuple[Path, write.Result, dict[str, bytes], dict[str, bytes]]:
    """An output folder holding the old version of two packages, the result
    that writes their new version (every module's docs changed), and the
    snapshots of both."""
    out = tmp_path / "bindings"
    old_specs = [load.find_spec(SPEC), load.find_spec(NAMING)]
    write.commit(pipeline.run([pipeline.Job(s) for s in old_specs], out, jobs_parallel=1, format=False))
    old = snapshot(out)
    new_specs = []
    for spec in old_specs:
        changed = tmp_path / "new" / spec.parent.name / spec.name
        changed.parent.mkdir(parents=True, exist_ok=True)
        data = yaml.safe_load(spec.read_text("utf-8"))
        for shape in data["shapes"].values():
            shape["documentation"] = "<p>Changed.</p>"
        changed.write_text(yaml.safe_dump(data), "utf-8")
        new_specs.append(changed)
    result = pipeline.run([pipeline.Job(s) for s in new_specs], out, jobs_parallel=1, format=False)
    copy = tmp_path / "expected" / "bindings"
    shutil.copytree(out, copy)
    write.commit(dataclasses.replace(result, out=copy))
    new = snapshot(copy)
    return out, result, old, new


def _units(tree: dict[str, bytes]) -> dict[str, dict[str, bytes]]:
    units: dict[str, dict[str, bytes]] = {}
    for rel, data in tree.items():
        units.setdefault(rel.split("/", 1)[0], {})[rel] = data
    return units


def _commit_in_a_child(result: write.Result, pause: float) -> int:
    """Fork a child that commits ``result``, pausing after every unit."""
    pid = os.fork()
    if pid == 0:  # the child
        try:
            real = swap.Transaction.check

            def slow(self: swap.Transaction) -> None:
                time.sleep(pause)
                real(self)

            swap.Transaction.check = slow  # type: ignore[method-assign]
            write.commit(result)
            os._exit(0)
        except KeyboardInterrupt:
            os._exit(3)
        except BaseException:
            os._exit(4)
    return pid


def test_kill_9_during_the_swap_never_leaves_a_mixed_package(tmp_path: Path) -> None:
    out, result, old, new = _two_versions(tmp_path)
    old_units, new_units = _units(old), _units(new)
    changing = {u for u in set(old_units) | set(new_units) if old_units.get(u) != new_units.get(u)}
    assert {"features", "namingstress", write.MANIFEST} <= changing
    rng = random.Random(20261206)
    pristine = tmp_path / "pristine"
    shutil.copytree(out, pristine)
    seen_mixed_folders = 0
    for attempt in range(12):
        shutil.rmtree(out)
        shutil.copytree(pristine, out)
        pid = _commit_in_a_child(result, pause=0.03)
        time.sleep(rng.uniform(0.0, 0.03 * (len(changing) + 2)))
        os.kill(pid, signal.SIGKILL)
        os.waitpid(pid, 0)
        now = _units({k: v for k, v in snapshot(out).items() if not k.startswith(swap.STAGE_PREFIX)})
        for unit in changing:
            assert now.get(unit) in (old_units.get(unit), new_units.get(unit)), f"attempt {attempt}: {unit} is mixed"
        if any(now.get(u) == new_units.get(u) for u in changing) and any(
            now.get(u) == old_units.get(u) for u in changing
        ):
            seen_mixed_folders += 1  # some units old, some new: the next run repairs it
        # The next run removes the leftovers and finishes the job.
        write.commit(pipeline.run([pipeline.Job(s) for s in _specs_of(tmp_path)], out, jobs_parallel=1, format=False))
        assert snapshot(out) == new, f"attempt {attempt}: not repaired"
    assert seen_mixed_folders > 0, "no kill landed inside the swap: the test did not test it"


def _specs_of(tmp_path: Path) -> list[Path]:
    return [load.find_spec(p) for p in sorted((tmp_path / "new").iterdir())]


def test_ctrl_c_during_the_swap_rolls_back(tmp_path: Path) -> None:
    out, result, old, new = _two_versions(tmp_path)
    pid = _commit_in_a_child(result, pause=0.2)
    time.sleep(0.3)  # inside the swap: at least one unit is in
    os.kill(pid, signal.SIGINT)
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 3  # KeyboardInterrupt, after rolling back
    assert snapshot(out) == old


def test_folders_are_exchanged_atomically_where_the_platform_can() -> None:
    if not sys.platform.startswith(("linux", "darwin")):
        pytest.skip("no atomic exchange on this platform (two renames instead)")
    assert swap._EXCHANGE is not None


def test_exchange_swaps_two_folders(tmp_path: Path) -> None:
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir()
    b.mkdir()
    (a / "x").write_text("a")
    (b / "x").write_text("b")
    if not swap.exchange(a, b):
        pytest.skip("this file system cannot exchange")
    assert (a / "x").read_text() == "b" and (b / "x").read_text() == "a"


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
