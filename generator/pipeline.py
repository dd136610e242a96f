"""The stages, in order: load → validate → build → render → format → write.

Each stage is its own module; this one only runs them.  Nothing is written
until every service has been rendered and formatted.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import functools
import hashlib
import json
from typing import Any, cast

from . import (
    build,
    changes,
    endpoints,
    load,
    names,
    overrides,
    paging,
    render,
    validate,
    write,
)
from .errors import Problem, SpecError, UsageError
from .format import style_id
from .ir import Service

#: The folder, inside the output folder, that keeps each package's API summary.
API_FOLDER = ".generator-api"


@dataclass(frozen=True)
class Job:
    """One service to generate: its spec and, optionally, a package name."""

    spec: Path
    package: str | None = None


def locate(paths: list[Path]) -> list[Path]:
    """The model file of each path (see :func:`load.find_spec`).

    A path without a model is one problem among all of them: when any is
    missing, the others are validated too and every problem is raised at once.
    """
    found: list[Path] = []
    problems: list[Problem] = []
    for path in paths:
        try:
            found.append(load.find_spec(path))
        except SpecError as exc:
            problems.extend(exc.problems)
    if problems:
        for spec in found:
            try:
                validate.validate(
                    overrides.load_with_overrides(spec), paging.load_companions(spec)
                )
            except SpecError as exc:
                problems.extend(exc.problems)
        raise SpecError(problems)
    return found


def discover(specs_dir: Path) -> list[Job]:
    """One job per service folder under ``specs_dir`` that holds a model."""
    if not specs_dir.is_dir():
        raise SpecError([Problem(str(specs_dir), 0, 0, "", "no such folder of specs")])
    jobs = [
        Job(spec)
        for spec in locate([f for f in sorted(specs_dir.iterdir()) if f.is_dir()])
    ]
    if not jobs:
        raise SpecError(
            [Problem(str(specs_dir), 0, 0, "", "no service folders with a model in it")]
        )
    return jobs


def load_service(job: Job, warnings: list[Problem] | None = None) -> Service:
    """Load, validate and build one service; SpecError lists every problem.

    Warnings (valid but suspicious spec text) are appended to ``warnings``.
    """
    return _load(job, warnings)[1]


def package_of(package: str | None, model: dict[str, Any]) -> str:
    """The package a validated model generates (``package`` if one is given),
    as :func:`build.build` names it, without building."""
    metadata: dict[str, Any] = model["metadata"]
    return package or names.package_name(
        metadata.get("serviceId") or metadata["endpointPrefix"]
    )


def _load(job: Job, warnings: list[Problem] | None) -> tuple[dict[str, Any], Service]:
    doc = overrides.load_with_overrides(job.spec)
    problems: list[Problem] = []
    companions = paging.Companions()
    try:
        companions = paging.load_companions(job.spec)
    except SpecError as exc:
        problems.extend(exc.problems)
    try:
        validate.validate(doc, companions)
    except SpecError as exc:
        problems.extend(exc.problems)
    rules = None
    rule_set = endpoints.find(job.spec)
    if rule_set is not None:
        try:
            rules = endpoints.load(rule_set)
        except SpecError as exc:
            problems.extend(exc.problems)
    if problems:
        raise SpecError(problems)
    if warnings is not None:
        warnings.extend(validate.warnings(doc))
    return doc.data, build.build(doc, job.package, companions, rules)


def api_summary_path(package: str) -> str:
    """Where the output folder keeps the API summary of a generated package."""
    return f"{API_FOLDER}/{package}.json"


def recorded_summary(out: Path, package: str) -> dict[str, Any] | None:
    """The API summary recorded when ``package`` was last generated into ``out``."""
    try:
        data: Any = json.loads((out / api_summary_path(package)).read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if (
        isinstance(data, dict)
        and cast(dict[str, Any], data).get("version") == changes.SUMMARY_VERSION
    ):
        return cast(dict[str, Any], data)
    return None


def run(
    jobs: list[Job],
    out: Path,
    *,
    jobs_parallel: int | None = None,
    format: bool = True,
    formatter: str = "ruff",
    warnings: list[Problem] | None = None,
    reports: list[changes.Report] | None = None,
    prune: bool = False,
) -> write.Result:
    """Render and format every job; compare with ``out`` but write nothing yet.

    ``reports`` receives each service's API change report against what was
    last generated into ``out``.  ``prune``: the jobs are every service of
    ``out`` (the configured set), so a package generated there before and no
    longer among them is removed (its spec was deleted or unconfigured).
    """
    folder = out.resolve().name
    if not names.is_identifier(folder) or folder in names.KEYWORDS:
        raise UsageError(
            f"the output folder's name {folder!r} is not a Python identifier: "
            f"the folder ({out}) is the package holding the services and their runtime"
        )
    problems: list[Problem] = []
    services: list[Service] = []
    summaries: list[dict[str, Any]] = []
    manifest = write.Manifest.read(out)
    inputs: dict[str, str] = {}
    current: list[str] = []
    for job in jobs:
        key = fingerprint(job, formatter if format else "none")
        known = [p for p, value in manifest.inputs.items() if value == key]
        if known and manifest.intact(out, known[0]):
            current.append(
                known[0]
            )  # nothing it depends on changed: skip all of its work
            continue
        try:
            model, service = _load(job, warnings)
            inputs[service.package] = key
            services.append(service)
            summaries.append(changes.summarize(model))
        except SpecError as exc:
            problems.extend(exc.problems)
    if problems:
        raise SpecError(problems)
    packages = [s.package for s in services]
    all_packages = packages + current
    duplicates = sorted({p for p in all_packages if all_packages.count(p) > 1})
    if duplicates:
        raise SpecError(
            [
                Problem(
                    str(j.spec),
                    0,
                    0,
                    "",
                    f"two specs generate the package {duplicates[0]!r}; use --package",
                )
                for j in jobs
            ]
        )
    present = {
        rel.split("/", 1)[0]
        for rel in manifest.files
        if "/" in rel and not rel.startswith((".", render.RUNTIME_FOLDER + "/"))
    }
    orphans = (
        sorted((present | set(manifest.inputs)) - set(all_packages)) if prune else []
    )
    rendered = render.render_root(
        out.resolve().name, sorted((present - set(orphans)) | set(all_packages))
    )
    rendered.update(render.render_runtime())
    for service, summary in zip(services, summaries, strict=True):
        rendered.update(render.render_service(service))
        rendered[api_summary_path(service.package)] = changes.dumps(summary)
        if reports is not None:
            reports.append(
                changes.compare(
                    service.package, recorded_summary(out, service.package), summary
                )
            )
    if reports is not None:
        reports += [changes.removed_service(package) for package in orphans]
    parallel = jobs_parallel if jobs_parallel is not None else (os.cpu_count() or 1)
    owned = (
        packages
        + orphans
        + [api_summary_path(p) for p in packages + orphans]
        + [render.RUNTIME_FOLDER]
    )
    return write.prepare(
        out,
        rendered,
        owned,
        jobs=parallel,
        format=format,
        formatter=formatter,
        inputs=inputs,
    )


@functools.cache
def _generator_hash() -> str:
    """A hash of the generator's own code, templates and schema: any change to them invalidates every package."""
    digest = hashlib.sha256()
    here = Path(__file__).resolve().parent
    sources = (
        sorted(here.rglob("*.py"))
        + sorted(here.rglob("*.json"))
        + sorted(render.template_files())
    )
    for path in sources:
        digest.update(str(path.name).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def fingerprint(job: Job, formatter: str) -> str:
    """Everything a package's files depend on: the spec, its overrides, its
    paginators and waiters, the package name, the formatting style (not
    which formatter: both give the same bytes) and the generator itself."""
    digest = hashlib.sha256(_generator_hash().encode())
    digest.update(f"{job.package}\0{format_version(formatter)}\0".encode())
    digest.update(job.spec.read_bytes())
    for extra in (overrides.find_overrides(job.spec), endpoints.find(job.spec)):
        if extra is not None:
            digest.update(extra.name.encode() + b"\0" + extra.read_bytes())
    for name in paging.COMPANION_FILES:
        companion = job.spec.parent / name
        if companion.is_file() and companion != job.spec:
            digest.update(f"\0{name}\0".encode() + companion.read_bytes())
    return digest.hexdigest()


def format_version(formatter: str) -> str:
    return style_id() if formatter != "none" else "none"
