"""Refresh a bundled spec from the installed botocore, or from any model file.

``python -m generator update connect`` copies the newest API version of
``botocore/data/connect/<version>/service-2.json.gz`` (read as it is,
offline) to ``specs/connect/service-2.json``, and the ``paginators-1.json``,
``waiters-2.json`` and ``endpoint-rule-set-1.json`` of the same version
beside it (removing one the version does not have), and records where the
model came from in ``specs/connect/origin.json``.  ``--from PATH`` takes a
model file instead (``.json``, ``.json.gz``, ``.yaml``), with the
paginators, waiters and endpoint rules files beside it if there are any
(else the spec folder's stay).  botocore is only
read here, and only if installed (``pip install
'aws-bindings-generator[update]'``); the generator itself never imports it.

Nothing is written for a model that does not validate and build with the
service's overrides: :func:`fetch` reads and checks it in memory,
:func:`stage` puts it in a scratch folder for the pipeline, and only when
the bindings are ready does :func:`install` write it into ``specs/``
(returning how to undo that, should writing the bindings fail).
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
import os
import shutil
import tempfile
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, cast

from . import endpoints, load, paging
from .errors import Problem, SpecError, UsageError, did_you_mean
from .ir import EndpointRules

ORIGIN_FILE = "origin.json"
SPEC_FILE = "service-2.json"
#: The files that come with a model, copied with it: its paginators, waiters
#: and endpoint rule set.
COMPANION_FILES = (*paging.COMPANION_FILES, endpoints.RULE_SET_FILE)
INSTALL_HINT = (
    "pip install 'aws-bindings-generator[update]' (or pip install botocore), "
    "or give a model file with --from PATH"
)


@dataclass
class Origin:
    """Where a spec came from, recorded beside it."""

    source: str  # "botocore" or the path given with --from
    api_version: str
    sha256: str
    botocore_version: str = ""

    def describe(self) -> str:
        where = (
            f"botocore {self.botocore_version}"
            if self.source == "botocore"
            else self.source
        )
        return f"API version {self.api_version} from {where}"


@dataclass
class Fetched:
    """A model read for a service, not yet written anywhere."""

    service: str
    raw: bytes  # the bytes of specs/<service>/service-2.json to be
    doc: load.Document  # parsed, named after where it was read
    origin: Origin
    # The paginators, waiters and endpoint rules files that come with it:
    # name -> bytes to write, or None to remove the folder's; a name not here
    # keeps the folder's file (a --from model without one beside it).
    companions: dict[str, bytes | None] = field(default_factory=dict[str, bytes | None])
    companion_docs: dict[str, load.Document] = field(
        default_factory=dict[str, load.Document]
    )

    def companions_in(self, folder: Path) -> paging.Companions:
        """The paginators and waiters the spec folder will have, parsed."""
        docs: dict[str, load.Document] = {}
        for name in paging.COMPANION_FILES:
            if name in self.companions:
                if name in self.companion_docs:
                    docs[name] = self.companion_docs[name]
            elif (folder / name).is_file():
                docs[name] = load.load_document(folder / name)
        return paging.Companions(
            docs.get(paging.PAGINATORS_FILE), docs.get(paging.WAITERS_FILE)
        )

    def endpoint_rules_in(self, folder: Path) -> EndpointRules | None:
        """The endpoint rule set the spec folder will have, checked."""
        name = endpoints.RULE_SET_FILE
        if name in self.companions:
            doc = self.companion_docs.get(name)
            return None if doc is None else endpoints.from_document(doc)
        existing = folder / name
        return endpoints.load(existing) if existing.is_file() else None


def botocore_data() -> tuple[Path, str]:
    """The installed botocore's data folder and its version, without importing botocore."""
    spec = importlib.util.find_spec("botocore")
    if spec is None or spec.origin is None:
        raise UsageError(f"botocore is not installed: {INSTALL_HINT}")
    root = Path(spec.origin).parent
    version = ""
    init = (root / "__init__.py").read_text("utf-8")
    for line in init.splitlines():
        if line.startswith("__version__"):
            version = line.split("=", 1)[1].strip().strip("'\"")
    return root / "data", version


def _versions(folder: Path) -> list[str]:
    if not folder.is_dir():
        return []
    return sorted(
        p.name
        for p in folder.iterdir()
        if (p / "service-2.json.gz").is_file() or (p / SPEC_FILE).is_file()
    )


def available_services() -> list[str]:
    """Every service the installed botocore ships a model for."""
    data, _ = botocore_data()
    return sorted(p.name for p in data.iterdir() if _versions(p))


def newest_model(service: str) -> tuple[Path, str, str]:
    """The newest ``service-2.json.gz`` of ``service``: its path, API version, botocore version."""
    data, version = botocore_data()
    folder = data / service
    versions = _versions(folder) if "/" not in service and service.strip(".") else []
    if not versions:
        raise UsageError(
            f"botocore {version} has no model for {service!r}"
            f"{did_you_mean(service, available_services())}; "
            "`python -m generator list` shows the ones that build"
        )
    newest = folder / versions[-1]
    model = newest / "service-2.json.gz"
    return (model if model.is_file() else newest / SPEC_FILE), versions[-1], version


def check_names(services: list[str], source: Path | None) -> None:
    """Refuse, before anything is read, a SERVICE that cannot be a spec folder
    or (without ``--from``) that botocore has no model for."""
    for service in services:
        if not service or service in (".", "..") or "/" in service or "\\" in service:
            raise UsageError(f"{service!r} is not a service name")
        if source is None:
            newest_model(service)


def _read(path: Path) -> bytes:
    try:
        raw = path.read_bytes()
        return gzip.decompress(raw) if path.suffix == ".gz" else raw
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        reason = getattr(exc, "strerror", None) or str(exc)
        raise SpecError(
            [Problem(str(path), 0, 0, "", f"cannot read: {reason}")]
        ) from None


def fetch(service: str, source: Path | None = None) -> Fetched:
    """Read the new model of ``service``: botocore's newest, or ``source``.

    Raises :class:`SpecError` when it cannot be read or parsed.
    """
    if source is None:
        path, api_version, botocore_version = newest_model(service)
        origin_source = "botocore"
    else:
        path, botocore_version, origin_source = source, "", str(source)
        api_version = ""
    raw = _read(path)
    is_yaml = path.name.endswith((".yaml", ".yml"))
    doc = load.parse_document(raw, str(path), "yaml" if is_yaml else "json")
    metadata: Any = doc.data.get("metadata")
    if not api_version and isinstance(metadata, dict):
        api_version = str(cast(dict[str, Any], metadata).get("apiVersion", ""))
    if is_yaml:  # the bundled spec is always service-2.json
        raw = (json.dumps(doc.data, indent=1, ensure_ascii=False) + "\n").encode(
            "utf-8"
        )
    origin = Origin(
        origin_source, api_version, hashlib.sha256(raw).hexdigest(), botocore_version
    )
    fetched = Fetched(service, raw, doc, origin)
    problems: list[Problem] = []
    for name in COMPANION_FILES:
        found = _companion(path.parent, name)
        if found is None:
            if source is None:
                fetched.companions[name] = None  # botocore has none: none in the spec
            continue
        data = _read(found)
        fetched.companions[name] = data
        try:
            fetched.companion_docs[name] = load.parse_document(data, str(found), "json")
        except SpecError as exc:
            problems += exc.problems
    if problems:
        raise SpecError(problems)
    return fetched


def _companion(folder: Path, name: str) -> Path | None:
    """``name`` (or ``name.gz``) in ``folder``, if it is there."""
    for candidate in (folder / name, folder / f"{name}.gz"):
        if candidate.is_file():
            return candidate
    return None


def verify(fetched: Fetched, folder: Path, package: str | None) -> list[Problem]:
    """Check the new model as ``generate`` would, with the overrides in
    ``folder``: :class:`SpecError` if it does not validate or build; else
    its warnings."""
    from . import build, overrides, validate

    patch = overrides.find_overrides(folder / SPEC_FILE)
    doc = overrides.with_overrides(
        fetched.doc, None if patch is None else load.load_document(patch)
    )
    companions = fetched.companions_in(folder)
    validate.validate(doc, companions)
    build.build(doc, package, companions, fetched.endpoint_rules_in(folder))
    return validate.warnings(doc)


def stage(fetched: Fetched, folder: Path, scratch: Path) -> Path:
    """A copy of ``folder`` (its overrides) with the new model, in ``scratch``;
    the path of the staged model, for the pipeline."""
    from .overrides import find_overrides

    staged = scratch / fetched.service
    staged.mkdir(parents=True)
    (staged / SPEC_FILE).write_bytes(fetched.raw)
    overrides = find_overrides(folder / SPEC_FILE)
    if overrides is not None:
        shutil.copyfile(overrides, staged / overrides.name)
    for name in COMPANION_FILES:
        data = fetched.companions.get(name)
        if data is not None:
            (staged / name).write_bytes(data)
        elif name not in fetched.companions and (folder / name).is_file():
            shutil.copyfile(folder / name, staged / name)
    return staged / SPEC_FILE


def install(fetched: Fetched, folder: Path) -> Callable[[], None]:
    """Write the new model and its origin into ``folder``; the function that
    puts back what was there before."""
    created: Path | None = None  # the topmost folder this makes
    probe = folder
    while not probe.exists():
        created, probe = probe, probe.parent
    targets = [folder / SPEC_FILE, folder / ORIGIN_FILE] + [
        folder / name for name in fetched.companions
    ]
    before = {t: t.read_bytes() if t.is_file() else None for t in targets}

    def undo() -> None:
        for target, old in before.items():
            if old is None:
                target.unlink(missing_ok=True)
            else:
                _atomic_write(target, old)
        if created is not None:
            shutil.rmtree(created, ignore_errors=True)

    try:
        folder.mkdir(parents=True, exist_ok=True)
        _atomic_write(folder / SPEC_FILE, fetched.raw)
        for name, data in fetched.companions.items():
            if data is None:
                (folder / name).unlink(missing_ok=True)
            else:
                _atomic_write(folder / name, data)
        origin = json.dumps(asdict(fetched.origin), indent=1) + "\n"
        _atomic_write(folder / ORIGIN_FILE, origin.encode())
    except BaseException:
        undo()
        raise
    return undo


def write_text(target: Path, text: str) -> None:
    """Replace ``target`` with ``text`` at once (a reader sees the old or the new)."""
    _atomic_write(target, text.encode("utf-8"))


def replace_text(target: Path, text: str) -> Callable[[], None]:
    """:func:`write_text`, returning the function that puts the old content back."""
    old = target.read_bytes()
    write_text(target, text)
    return lambda: _atomic_write(target, old)


def _atomic_write(target: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
