"""Refresh a bundled spec from the installed botocore, or from any model file.

``python -m generator update connect`` copies the newest API version of
``botocore/data/connect/<version>/service-2.json.gz`` (read as it is,
offline) to ``specs/connect/service-2.json`` and records where it came
from in ``specs/connect/origin.json``.  ``--from PATH`` takes a model file
instead (``.json``, ``.json.gz``, ``.yaml``).  botocore is only read here,
and only if installed; the generator itself never imports it.
"""

from __future__ import annotations

import gzip
import hashlib
import importlib.util
import json
import os
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path

from . import load

ORIGIN_FILE = "origin.json"


class UpdateError(Exception):
    """The model could not be found or read."""


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


def botocore_data() -> tuple[Path, str]:
    """The installed botocore's data folder and its version, without importing botocore."""
    spec = importlib.util.find_spec("botocore")
    if spec is None or spec.origin is None:
        raise UpdateError(
            "botocore is not installed; install it, or give a model file with --from PATH"
        )
    root = Path(spec.origin).parent
    version = ""
    init = (root / "__init__.py").read_text("utf-8")
    for line in init.splitlines():
        if line.startswith("__version__"):
            version = line.split("=", 1)[1].strip().strip("'\"")
    return root / "data", version


def newest_model(service: str) -> tuple[Path, str, str]:
    """The newest ``service-2.json.gz`` of ``service``: its path, API version, botocore version."""
    data, version = botocore_data()
    folder = data / service
    versions = []
    if folder.is_dir():
        versions = sorted(
            p.name
            for p in folder.iterdir()
            if (p / "service-2.json.gz").is_file() or (p / "service-2.json").is_file()
        )
    if not versions:
        raise UpdateError(
            f"botocore {version} has no model for {service!r} (looked in {folder})"
        )
    newest = folder / versions[-1]
    model = newest / "service-2.json.gz"
    return (
        (model if model.is_file() else newest / "service-2.json"),
        versions[-1],
        version,
    )


def _read(path: Path) -> bytes:
    try:
        raw = path.read_bytes()
        return gzip.decompress(raw) if path.suffix == ".gz" else raw
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        raise UpdateError(f"cannot read {path}: {exc}") from None


def update_spec(service: str, folder: Path, source: Path | None = None) -> Origin:
    """Write the new model into ``folder``; validate-load it first so a bad file changes nothing."""
    if source is None:
        path, api_version, botocore_version = newest_model(service)
        origin_source = "botocore"
    else:
        path, botocore_version, origin_source = source, "", str(source)
        api_version = ""
    raw = _read(path)
    is_yaml = path.name.endswith((".yaml", ".yml"))
    doc = load.parse_document(raw, str(path), "yaml" if is_yaml else "json")
    api_version = api_version or str(doc.data.get("metadata", {}).get("apiVersion", ""))
    if is_yaml:  # the bundled spec is always service-2.json
        raw = (json.dumps(doc.data, indent=1, ensure_ascii=False) + "\n").encode(
            "utf-8"
        )
    folder.mkdir(parents=True, exist_ok=True)
    origin = Origin(
        origin_source, api_version, hashlib.sha256(raw).hexdigest(), botocore_version
    )
    _atomic_write(folder / "service-2.json", raw)
    _atomic_write(
        folder / ORIGIN_FILE, (json.dumps(asdict(origin), indent=1) + "\n").encode()
    )
    return origin


def _atomic_write(target: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
