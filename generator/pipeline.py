"""The stages, in order: load → validate → build → render → format → write.

Each stage is its own module; this one only runs them.  Nothing is written
until every service has been rendered and formatted.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from . import build, load, overrides, render, validate, write
from .errors import Problem, SpecError
from .ir import Service


@dataclass(frozen=True)
class Job:
    """One service to generate: its spec and, optionally, a package name."""

    spec: Path
    package: str | None = None


def discover(specs_dir: Path) -> list[Job]:
    """One job per service folder under ``specs_dir`` that holds a model."""
    if not specs_dir.is_dir():
        raise SpecError([Problem(str(specs_dir), 0, 0, "", "no such folder of specs")])
    jobs = [Job(load.find_spec(folder)) for folder in sorted(specs_dir.iterdir()) if folder.is_dir()]
    if not jobs:
        raise SpecError([Problem(str(specs_dir), 0, 0, "", "no service folders with a model in it")])
    return jobs


def load_service(job: Job, warnings: list[Problem] | None = None) -> Service:
    """Load, validate and build one service; SpecError lists every problem.

    Warnings (valid but suspicious spec text) are appended to ``warnings``.
    """
    doc = overrides.load_with_overrides(job.spec)
    validate.validate(doc)
    if warnings is not None:
        warnings.extend(validate.warnings(doc))
    return build.build(doc, job.package)


def run(
    jobs: list[Job],
    out: Path,
    *,
    jobs_parallel: int | None = None,
    format: bool = True,
    warnings: list[Problem] | None = None,
) -> write.Result:
    """Render and format every job; compare with ``out`` but write nothing yet."""
    problems: list[Problem] = []
    services: list[Service] = []
    for job in jobs:
        try:
            services.append(load_service(job, warnings))
        except SpecError as exc:
            problems.extend(exc.problems)
    if problems:
        raise SpecError(problems)
    packages = [s.package for s in services]
    duplicates = sorted({p for p in packages if packages.count(p) > 1})
    if duplicates:
        raise SpecError(
            [Problem(str(j.spec), 0, 0, "", f"two specs generate the package {duplicates[0]!r}; use --package") for j in jobs]
        )
    rendered: dict[str, str] = {"__init__.py": render.render_root()}
    for service in services:
        rendered.update(render.render_service(service))
    parallel = jobs_parallel if jobs_parallel is not None else (os.cpu_count() or 1)
    return write.prepare(out, rendered, packages, jobs=parallel, format=format)
