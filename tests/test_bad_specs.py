"""Bad input of every kind, through the command line as users and CI run it.

Every case in ``tests/bad_specs/`` (see its README) is run as
``python -m generator check SPEC --out DIR`` from the repository root.  Each
must exit 2, print exactly its expected problem lines (one per problem,
``file:line:col: /pointer: message``) and the ``N problem(s) found`` count,
never a traceback, and leave ``DIR`` uncreated.  The module also checks that
``generated/`` is byte-for-byte the same after it as before.

The cases run as subprocesses in parallel, once per module (fixture
``results``); each test only looks at its case's result.
"""

from __future__ import annotations

import hashlib
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest

from .conftest import ROOT

BAD = ROOT / "tests" / "bad_specs"
REL = BAD.relative_to(ROOT).as_posix()
SUMMARY = re.compile(r"(\d+) problem\(s\) found")
TIMEOUT = 30  # a case normally takes well under a second; a hang is a finding


# --------------------------------------------------------------------------
# The corpus


@dataclass(frozen=True)
class Case:
    name: str
    spec: str  # relative to ROOT, as passed on the command line
    description: str
    expected: tuple[str, ...]  # exact lines, or ``~`` + a ``*`` glob
    known_bug: bool


def _spec_of(name: str) -> str:
    found = [p for p in (BAD / f"{name}.yaml", BAD / f"{name}.json", BAD / name) if p.exists()]
    assert len(found) == 1, f"{name}.expected needs exactly one spec ({name}.yaml, {name}.json or {name}/)"
    return found[0].relative_to(ROOT).as_posix()


def _load_cases() -> list[Case]:
    cases = []
    for path in sorted(BAD.glob("*.expected")):
        name = path.name[: -len(".expected")]
        lines = path.read_text("utf-8").splitlines()
        comments = [line[1:].strip() for line in lines if line.startswith("#")]
        expected = tuple(line for line in lines if line.strip() and not line.startswith("#"))
        cases.append(
            Case(
                name=name,
                spec=_spec_of(name),
                description=comments[0] if comments else "",
                expected=expected,
                known_bug=any(c.startswith("BUG") for c in comments),
            )
        )
    return cases


CASES = _load_cases()
BY_NAME = {case.name: case for case in CASES}


def _matches(expected: str, actual: str) -> bool:
    if expected.startswith("~"):
        pattern = ".*".join(re.escape(part) for part in expected[1:].split("*"))
        return re.fullmatch(pattern, actual, re.DOTALL) is not None
    return expected == actual


def _unmatched(expected: list[str], actual: list[str]) -> tuple[list[str], list[str]]:
    """Expected lines no actual line matches, and actual lines left over (one-to-one)."""
    left = list(actual)
    missing = []
    for want in expected:
        hit = next((i for i, got in enumerate(left) if _matches(want, got)), None)
        if hit is None:
            missing.append(want)
        else:
            del left[hit]
    return missing, left


# --------------------------------------------------------------------------
# Running the command line


def run_cli(*args: str, timeout: float = TIMEOUT) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        errors="replace",
        env={**os.environ, "PYTHONPATH": str(ROOT), "PYTHONHASHSEED": "0"},
        timeout=timeout,
        stdin=subprocess.DEVNULL,
        check=False,
    )


def tree_hash(folder: Path) -> str:
    """Hash of every file under ``folder`` (path and bytes), ignoring bytecode caches."""
    digest = hashlib.sha256()
    if not folder.exists():
        return "absent"
    for path in sorted(folder.rglob("*")):
        if "__pycache__" in path.parts or path.suffix == ".pyc":
            continue
        digest.update(path.relative_to(folder).as_posix().encode("utf-8", "surrogateescape") + b"\0")
        if path.is_file():
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


@pytest.fixture(scope="module", autouse=True)
def generated_is_untouched() -> Iterator[None]:
    before = tree_hash(ROOT / "generated")
    yield
    assert tree_hash(ROOT / "generated") == before, "generated/ changed while bad specs were checked"


@dataclass(frozen=True)
class Outcome:
    process: subprocess.CompletedProcess[str] | None
    error: str  # a timeout, if any
    out: Path


@pytest.fixture(scope="module")
def results(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Outcome]:
    base = tmp_path_factory.mktemp("bad-specs")

    def one(case: Case) -> Outcome:
        out = base / case.name / "out"
        try:
            return Outcome(run_cli("check", case.spec, "--out", str(out)), "", out)
        except subprocess.TimeoutExpired:
            return Outcome(None, f"timed out after {TIMEOUT} s", out)

    workers = max(2, min(8, (os.cpu_count() or 2) * 2))
    with ThreadPoolExecutor(max_workers=workers) as pool:
        return dict(zip(BY_NAME, pool.map(one, CASES)))


# --------------------------------------------------------------------------
# Tests


def test_corpus_covers_enough_failure_classes() -> None:
    assert len(CASES) >= 45
    for case in CASES:
        assert case.description, f"{case.name}.expected: the first comment must say what is wrong"
        assert case.expected, f"{case.name}.expected lists no problem"
        for line in case.expected:
            body = line.removeprefix("~")
            assert body.startswith((case.spec + ":", case.spec + "/")), (
                f"{case.name}.expected: {line!r} does not name the spec by its relative path"
            )


def test_specs_are_small() -> None:
    for case in CASES:
        path = ROOT / case.spec
        files = [p for p in path.rglob("*") if p.is_file()] if path.is_dir() else [path]
        assert files, case.name
        assert all(p.stat().st_size < 16_000 for p in files), case.name


def test_the_base_every_case_derives_from_is_valid() -> None:
    result = run_cli("validate", f"{REL}/valid_base.yaml")
    assert result.returncode == 0, result.stderr


# Failure classes the generator does not check yet (known gaps, listed in the
# issue's closing note): strict xfail, so each one fails loudly once fixed.
KNOWN_GAPS: dict[str, str] = {}


@pytest.mark.parametrize(
    "name",
    [
        pytest.param(name, marks=pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[name]))
        if name in KNOWN_GAPS
        else name
        for name in BY_NAME
    ],
)
def test_bad_spec(name: str, results: dict[str, Outcome]) -> None:
    case, outcome = BY_NAME[name], results[name]
    assert outcome.process is not None, f"{case.spec}: {outcome.error}"
    proc = outcome.process
    shown = f"\n--- stderr ---\n{proc.stderr[-6000:]}\n--- stdout ---\n{proc.stdout[-2000:]}"
    crashed = "Traceback" in proc.stderr + proc.stdout or "internal error" in proc.stderr
    assert not crashed, f"{case.spec}: the generator crashed{shown}"
    assert proc.returncode == 2, f"{case.spec}: exit status {proc.returncode}, not 2 ({case.description}){shown}"
    assert proc.stdout == "", f"{case.spec}: an invalid spec prints nothing on stdout{shown}"
    lines = proc.stderr.splitlines()
    assert lines and SUMMARY.fullmatch(lines[-1]), f"{case.spec}: no 'N problem(s) found' line{shown}"
    problems = lines[:-1]
    assert int(SUMMARY.fullmatch(lines[-1]).group(1)) == len(problems), shown  # type: ignore[union-attr]
    missing, extra = _unmatched(list(case.expected), problems)
    assert not missing and not extra, (
        f"{case.spec} ({case.description})\nexpected but not printed:\n  "
        + "\n  ".join(missing or ["-"])
        + "\nprinted but not expected:\n  "
        + "\n  ".join(extra or ["-"])
    )
    assert not outcome.out.exists(), f"{case.spec}: the output folder was created"


def _reported_together(command: str, cases: list[Case], out: Path) -> None:
    result = run_cli(command, *[c.spec for c in cases], *(["--out", str(out)] if command != "validate" else []))
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr[-4000:]
    assert result.returncode == 2, result.stderr[-4000:]
    lines = result.stderr.splitlines()
    expected = [line for c in cases for line in c.expected]
    assert SUMMARY.fullmatch(lines[-1]) and int(SUMMARY.fullmatch(lines[-1]).group(1)) == len(expected)  # type: ignore[union-attr]
    missing, extra = _unmatched(expected, lines[:-1])
    assert not missing and not extra, (missing, extra)


def _file_cases() -> list[Case]:
    """The cases that are files and that the generator handles as it should today."""
    return [c for c in CASES if not c.known_bug and not (ROOT / c.spec).is_dir()]


def test_every_problem_of_every_spec_is_reported_in_one_generate_run(tmp_path: Path) -> None:
    """``generate`` with many bad specs at once: all problems, and an existing output folder is untouched."""
    out = tmp_path / "out"
    valid = run_cli("generate", f"{REL}/valid_base.yaml", "--out", str(out))
    assert valid.returncode == 0, valid.stderr
    before = tree_hash(out)
    _reported_together("generate", _file_cases(), out)
    assert tree_hash(out) == before
    assert not [p for p in out.iterdir() if p.name.startswith(".generator-stage")]


def test_every_problem_of_every_spec_is_reported_in_one_validate_run() -> None:
    _reported_together("validate", _file_cases(), Path())


def test_a_missing_spec_does_not_hide_the_problems_of_the_others(tmp_path: Path) -> None:
    """A SPEC that does not exist (or is a folder without a model) is one more problem, not the only one."""
    result = run_cli(
        "check",
        f"{REL}/no_such_spec.yaml",
        BY_NAME["missing_member_shape"].spec,
        BY_NAME["dir_without_model"].spec,
        "--out",
        str(tmp_path / "out"),
    )
    assert "Traceback" not in result.stderr and "internal error" not in result.stderr, result.stderr
    assert result.returncode == 2, result.stderr
    expected = [
        f"{REL}/no_such_spec.yaml: no such file or directory",
        *BY_NAME["missing_member_shape"].expected,
        *BY_NAME["dir_without_model"].expected,
    ]
    missing, extra = _unmatched(expected, result.stderr.splitlines()[:-1])
    assert not missing and not extra, f"not reported: {missing}; unexpected: {extra}"
    assert not (tmp_path / "out").exists()


def test_python_tags_are_never_constructed() -> None:
    """``yaml_python_tags.yaml`` would end the process with status 7 if any tag ran."""
    result = run_cli("validate", BY_NAME["yaml_python_tags"].spec)
    assert result.returncode == 2, (result.returncode, result.stderr)
