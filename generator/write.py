"""Write generated files safely, and tell what is stale.

Generation is all-or-nothing: every file is rendered and formatted into a
staging folder first, and ``generated/`` is touched only after all of them
succeeded.  The commit phase (renames only) runs with SIGINT and SIGTERM
held back, so an interrupt cannot leave a half-written tree.

A manifest in the output folder records, for every file the generator
wrote, the hash of its rendered (unformatted) source and of the formatted
result.  It lets a run skip black for files whose source did not change,
and it is how the generator knows which files it owns: a file that is not
in the manifest is never modified or removed.
"""

from __future__ import annotations

import difflib
import hashlib
import json
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, cast

from . import swap
from .format import format_many, style_id

MANIFEST = ".generator-manifest.json"
_MANIFEST_VERSION = 1


def _sha(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


@dataclass
class Manifest:
    formatter: str = ""
    files: dict[str, dict[str, str]] = field(default_factory=dict[str, dict[str, str]])
    # package -> fingerprint of everything its files were generated from
    inputs: dict[str, str] = field(default_factory=dict[str, str])

    @classmethod
    def read(cls, out: Path) -> Manifest:
        try:
            data: Any = json.loads((out / MANIFEST).read_text("utf-8"))
        except (OSError, ValueError):
            return cls(formatter="")
        if not isinstance(data, dict):
            return cls(formatter="")
        fields = cast(dict[str, Any], data)
        if fields.get("version") != _MANIFEST_VERSION:
            return cls(formatter="")
        files: Any = fields.get("files")
        inputs: Any = fields.get("inputs")
        return cls(
            str(fields.get("formatter", "")),
            cast(dict[str, dict[str, str]], files) if isinstance(files, dict) else {},
            cast(dict[str, str], inputs) if isinstance(inputs, dict) else {},
        )

    def dump(self) -> str:
        data = {
            "version": _MANIFEST_VERSION,
            "formatter": self.formatter,
            "inputs": dict(sorted(self.inputs.items())),
            "files": dict(sorted(self.files.items())),
        }
        return json.dumps(data, indent=1, sort_keys=False) + "\n"

    def owned_by(self, package: str) -> list[str]:
        """The files this manifest lists for ``package`` (its folder and its API summary)."""
        prefix = package + "/"
        return [
            rel
            for rel in self.files
            if rel.startswith(prefix) or rel.endswith(f"/{package}.json")
        ]

    def intact(self, out: Path, package: str) -> bool:
        """Whether every file of ``package`` is on disk exactly as the generator wrote it."""
        owned = self.owned_by(package)
        return bool(owned) and all(
            _file_sha(out / rel) == self.files[rel].get("output") for rel in owned
        )


@dataclass
class Result:
    """What a generation run produced, before or after writing it."""

    out: Path
    contents: dict[str, str]  # relative path -> final (formatted) text
    manifest: Manifest
    changed: list[str]  # relative paths whose content differs from disk
    removed: list[str]  # relative paths the generator owned and no longer produces
    formatted: int = 0  # how many files went through the formatter
    kept: int = 0  # files of packages found current by fingerprint (not rendered)

    @property
    def manifest_stale(self) -> bool:
        """Whether the manifest on disk differs from the one this run would write
        (its fingerprints change with the generator even when no file does)."""
        return _read(self.out / MANIFEST) != self.manifest.dump()

    def diff(self, prefix: str = "") -> str:
        """What writing this result would change, as one complete patch in
        git's format (the manifest included): ``git apply`` (or ``patch -p1``)
        makes the folder what ``commit`` would write.  Paths are the output
        folder's own, after ``prefix`` (the output folder's path from where
        the patch will be applied, ending in ``/``; "" for the folder itself)."""
        chunks: list[str] = []
        for rel in sorted(self.changed + self.removed):
            chunks.append(
                _file_diff(prefix + rel, _read(self.out / rel), self.contents.get(rel))
            )
        if self.manifest_stale:
            chunks.append(
                _file_diff(
                    prefix + MANIFEST,
                    _read(self.out / MANIFEST),
                    self.manifest.dump(),
                )
            )
        return "".join(chunks)


def _file_diff(rel: str, old: str | None, new: str | None) -> str:
    """One file's part of a git-style patch (None: the file is absent on that side)."""
    header = f"diff --git a/{rel} b/{rel}\n"
    if old is None:
        header += "new file mode 100644\n"
    elif new is None:
        header += "deleted file mode 100644\n"
    lines = difflib.unified_diff(
        (old or "").splitlines(keepends=True),
        (new or "").splitlines(keepends=True),
        "/dev/null" if old is None else f"a/{rel}",
        "/dev/null" if new is None else f"b/{rel}",
    )
    body = [
        line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
        for line in lines
    ]
    return header + "".join(body)


def _file_sha(path: Path) -> str | None:
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


def _read(path: Path) -> str | None:
    try:
        return path.read_text("utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def prepare(
    out: Path,
    rendered: dict[str, str],
    packages: list[str],
    *,
    jobs: int = 1,
    format: bool = True,
    formatter: str = "ruff",
    inputs: dict[str, str] | None = None,
) -> Result:
    """Format what changed and compare the result with ``out``; writes nothing.

    ``packages`` are the package folders this run generates: files the
    manifest lists under them that are no longer produced will be removed;
    the manifest's entries for other packages are kept as they are.
    ``format=False`` skips the formatter (valid but unformatted code, for
    tests that only import the result).  ``inputs`` are the fingerprints of
    this run's packages (packages not in ``packages`` keep their entries; one
    in ``packages`` without a fingerprint loses its entry: it is removed).
    """
    old = Manifest.read(out)
    # Both formatters give the same bytes (tests check it): the manifest
    # records the style, so either's entries are reused; a new version is not.
    current = style_id() if format else "none"
    reuse_ok = format and old.formatter == current
    new = Manifest(formatter=current)
    prefixes = tuple(p.rstrip("/") + "/" for p in packages)
    exact = set(packages)
    new.inputs = {
        k: v
        for k, v in old.inputs.items()
        if k not in (inputs or {}) and k not in exact
    } | (inputs or {})
    for rel, entry in old.files.items():
        if not rel.startswith(prefixes) and rel not in exact and rel not in rendered:
            new.files[rel] = entry
    contents: dict[str, str] = {}
    to_format: list[tuple[str, str]] = []
    for rel, source in sorted(rendered.items()):
        source_hash = _sha(source)
        previous = old.files.get(rel)
        if reuse_ok and previous is not None and previous.get("source") == source_hash:
            existing = _read(out / rel)
            if existing is not None and _sha(existing) == previous.get("output"):
                contents[rel] = existing
                new.files[rel] = previous
                continue
        if rel.endswith((".py", ".pyi")):
            to_format.append((rel, source))
        else:  # data files (the API summaries) are written as rendered
            contents[rel] = source
            new.files[rel] = {"source": source_hash, "output": source_hash}
    formatted = (
        format_many(to_format, jobs, formatter)
        if format
        else [source for _, source in to_format]
    )
    for (rel, source), text in zip(to_format, formatted, strict=True):
        contents[rel] = text
        new.files[rel] = {"source": _sha(source), "output": _sha(text)}
    changed = [rel for rel in sorted(contents) if _read(out / rel) != contents[rel]]
    removed = sorted(
        rel
        for rel in old.files
        if (rel.startswith(prefixes) or rel in exact)
        and rel not in contents
        and (out / rel).is_file()
    )
    kept = sum(1 for rel in new.files if rel not in contents)
    return Result(
        out, contents, new, changed, removed, formatted=len(to_format), kept=kept
    )


def commit(result: Result) -> None:
    """Write ``result`` into its folder, each unit swapped in atomically (see
    :mod:`generator.swap`); a staging folder an interrupted run left behind
    is removed first."""
    out = result.out
    out.mkdir(parents=True, exist_ok=True)
    swap.remove_leftovers(out)
    if not result.changed and not result.removed and not result.manifest_stale:
        return
    stage = Path(tempfile.mkdtemp(prefix=swap.STAGE_PREFIX, dir=out))
    try:
        folders, files = _stage(result, stage)
        (stage / MANIFEST).write_text(result.manifest.dump(), "utf-8", newline="\n")
        with swap.transaction(out, stage) as tx:
            for unit in folders:
                tx.folder(unit)
            for unit in files:
                tx.file(unit)
            tx.file(MANIFEST)
    finally:
        shutil.rmtree(stage, ignore_errors=True)


def _stage(result: Result, stage: Path) -> tuple[list[str], list[str]]:
    """Stage the new version of every unit that changes: a folder unit as a
    whole (the live one hard-linked, changed files written anew, removed ones
    dropped), a file unit as the file.  Returns the folder and file units."""
    out = result.out
    units: dict[str, list[tuple[str, bool]]] = {}
    for rel in result.changed:
        units.setdefault(rel.split("/", 1)[0], []).append((rel, True))
    for rel in result.removed:
        units.setdefault(rel.split("/", 1)[0], []).append((rel, False))
    folders: list[str] = []
    files: list[str] = []
    for unit, entries in sorted(units.items()):
        if all("/" not in rel for rel, _ in entries) and not (out / unit).is_dir():
            for rel, write in entries:
                if write:
                    (stage / rel).write_text(
                        result.contents[rel], "utf-8", newline="\n"
                    )
            files.append(unit)
            continue
        live, staged = out / unit, stage / unit
        if live.is_dir():
            swap.link_tree(live, staged)
        for rel, write in entries:
            target = stage / rel
            target.unlink(
                missing_ok=True
            )  # a hard link to the live file: never written through
            if write:
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(result.contents[rel], "utf-8", newline="\n")
            else:
                _prune_empty_dirs(stage, target.parent)
        if staged.is_dir() and not any(staged.iterdir()):
            staged.rmdir()  # nothing left: the unit goes away
        folders.append(unit)
    return folders, files


def _prune_empty_dirs(out: Path, folder: Path) -> None:
    while folder != out and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent
