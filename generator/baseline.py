"""The API summaries ``check --breaking`` compares the specs with.

Without ``--base``: what the output folder records of the last generation
(``.generator-api/<package>.json``), so the check says what the next
``generate`` would break.  With ``--base REF``: the specs as they are at a
git revision, read with ``git`` (``git cat-file blob REF:path``) from the
repository the current folder is in, their overrides and the settings of
that revision included; so a pull request that changes a spec and
regenerates the bindings in the same commit still fails on a breaking
change.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from . import changes, config, load, overrides, pipeline, validate
from .errors import Problem, SpecError, UsageError


@dataclass
class Api:
    """One package's API summary."""

    package: str
    summary: dict[str, Any]


def current(jobs: list[pipeline.Job]) -> dict[str, Api]:
    """The API of each job's spec as it is now (validated; every problem at once)."""
    found: dict[str, Api] = {}
    problems: list[Problem] = []
    for job in jobs:
        try:
            doc = overrides.load_with_overrides(job.spec)
            validate.validate(doc)
        except SpecError as exc:
            problems += exc.problems
            continue
        package = pipeline.package_of(job.package, doc.data)
        found[package] = Api(package, changes.summarize(doc.data))
    if problems:
        raise SpecError(problems)
    return found


def recorded(out: Path, packages: list[str]) -> dict[str, Api]:
    """The API summaries recorded in ``out`` for ``packages`` (the ones it has)."""
    found: dict[str, Api] = {}
    for package in packages:
        summary = pipeline.recorded_summary(out, package)
        if summary is not None:
            found[package] = Api(package, summary)
    return found


def generated_packages(out: Path) -> list[str]:
    """The packages the output folder's manifest says were generated there."""
    from .write import Manifest

    return sorted(Manifest.read(out).inputs)


def compare(
    before: dict[str, Api], after: dict[str, Api], complete: bool
) -> list[changes.Report]:
    """One report per package of ``after``; with ``complete`` (``after`` is
    every service), a package only ``before`` has is reported removed."""
    reports = [
        changes.compare(
            package,
            before[package].summary if package in before else None,
            api.summary,
        )
        for package, api in sorted(after.items())
    ]
    if complete:
        reports += [
            changes.removed_service(p) for p in sorted(before.keys() - after.keys())
        ]
    return reports


class Revision:
    """A git revision of the repository holding ``cwd``, read with ``git``."""

    def __init__(self, ref: str, cwd: Path) -> None:
        self.ref = ref
        self.cwd = cwd
        top = self._git("rev-parse", "--show-toplevel")
        if top.returncode != 0:
            raise UsageError(
                f"--base {ref}: {cwd} is not in a git repository "
                f"({top.stderr.strip() or 'git rev-parse failed'})"
            )
        self.root = Path(top.stdout.strip()).resolve()
        commit = self._git(
            "rev-parse", "--verify", "--quiet", "--end-of-options", f"{ref}^{{commit}}"
        )
        #: None: HEAD of a repository without commits (its first commit is
        #: being made): there is nothing to compare with, every service is new.
        self.commit: str | None = commit.stdout.strip() or None
        if commit.returncode != 0 or self.commit is None:
            self.commit = None
            unborn = (
                ref == "HEAD" and self._git("rev-list", "-n1", "--all").stdout == ""
            )
            if not unborn:
                raise UsageError(
                    f"--base {ref}: no such git revision in {self.root} "
                    "(in CI, fetch the base branch first: git fetch origin main)"
                )

    def _git(self, *args: str) -> subprocess.CompletedProcess[str]:
        try:
            return subprocess.run(
                ["git", *args],
                cwd=self.cwd,
                capture_output=True,
                text=True,
                check=False,
            )
        except FileNotFoundError:
            raise UsageError(f"--base {self.ref}: git is not installed") from None

    def relative(self, path: Path) -> str:
        """``path`` relative to the repository's root, as git names it."""
        try:
            return path.resolve().relative_to(self.root).as_posix()
        except ValueError:
            raise UsageError(
                f"--base {self.ref}: {path} is outside the git repository {self.root}"
            ) from None

    def name(self, path: Path) -> str:
        """How problems name a file at the revision: ``REF:path``."""
        return f"{self.ref}:{self.relative(path)}"

    def read(self, path: Path) -> bytes | None:
        """The content of ``path`` at the revision (None: not a file there)."""
        rel = self.relative(path)
        if self.commit is None:
            return None
        try:
            shown = subprocess.run(
                ["git", "cat-file", "blob", f"{self.commit}:{rel}"],
                cwd=self.cwd,
                capture_output=True,
                check=False,
            )
        except FileNotFoundError:
            raise UsageError(f"--base {self.ref}: git is not installed") from None
        return shown.stdout if shown.returncode == 0 else None

    def folders(self, path: Path) -> list[str]:
        """The names of the folders in ``path`` at the revision."""
        rel = self.relative(path)
        if self.commit is None:
            return []
        listed = self._git(
            "ls-tree", "-z", f"{self.commit}:{'' if rel == '.' else rel}"
        )
        if listed.returncode != 0:
            return []
        names: list[str] = []
        for entry in listed.stdout.split("\0"):
            info, _, name = entry.partition("\t")
            if info.split(" ")[1:2] == ["tree"]:
                names.append(name)
        return sorted(names)

    def settings(self, now: config.Settings) -> config.Settings:
        """The settings at the revision (the same file as ``now``'s)."""
        if now.path is None:
            return config.Settings()
        text = self.read(now.path)
        folder = now.path.resolve().parent
        return config.parse_settings(
            (text or b"").decode("utf-8", "replace"), folder, Path(self.name(now.path))
        )

    def document(self, folder: Path, spec: Path | None = None) -> load.Document | None:
        """The model (``spec``, else the first model file of ``folder``) at the
        revision, its overrides applied; None when there is none."""
        candidates = (
            [spec] if spec is not None else [folder / n for n in load.SPEC_FILENAMES]
        )
        for candidate in candidates:
            raw = self.read(candidate)
            if raw is not None:
                break
        else:
            return None
        base = load.parse_document(raw, self.name(candidate))
        patch = None
        for name in overrides.OVERRIDE_FILES:
            extra = self.read(folder / name)
            if extra is not None and folder / name != candidate:
                patch = load.parse_document(extra, self.name(folder / name))
                break
        return overrides.with_overrides(base, patch)

    def api(
        self, now: config.Settings, specs: list[tuple[Path, str | None]] | None
    ) -> dict[str, Api]:
        """The API at the revision: of the given ``(SPEC path, package)`` pairs,
        or (None) of every service the settings of the revision configure."""
        if specs is None:
            then = self.settings(now)
            names = (
                then.services if then.services is not None else self.folders(then.specs)
            )
            specs = [(then.specs / name, then.packages.get(name)) for name in names]
        found: dict[str, Api] = {}
        problems: list[Problem] = []
        for path, package in specs:
            is_folder = path.is_dir() or path.suffix == ""
            folder, spec = (path, None) if is_folder else (path.parent, path)
            try:
                doc = self.document(folder, spec)
                if doc is None:
                    continue  # not there yet at the revision: a new service
                validate.validate(doc)
            except SpecError as exc:
                problems += exc.problems
                continue
            name = pipeline.package_of(package, doc.data)
            found[name] = Api(name, changes.summarize(doc.data))
        if problems:
            raise SpecError(problems)
        return found
