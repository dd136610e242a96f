"""Per-service overrides: a JSON merge patch applied to the model before validation.

Like amazonka's annexes, ``specs/<service>/overrides.yaml`` (or ``.json``)
beside the model is small data, not code.  It is an RFC 7386 merge patch:
a mapping merges key by key, ``null`` deletes, anything else replaces.  So a
user can fix a model bug (``shapes: {PhoneNumber: {pattern: ...}}``), drop an
operation (``operations: {DeleteInstance: null}``) — shapes nothing uses any
more are not generated — or rename what the Python code calls things with
the ``pythonName`` key, which the generator reads on shapes and members::

    shapes:
      ListUsersRequest:
        members:
          MaxResults: {pythonName: page_size}
      UserSummary: {pythonName: User}

Problems are reported at the override file's line and column for every
value the patch wrote, and at the model's for everything else.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from .errors import Problem
from .load import Document, load_document

OVERRIDE_FILES = ("overrides.yaml", "overrides.yml", "overrides.json")


def find_overrides(spec: Path) -> Path | None:
    """The overrides file beside ``spec``, if there is one."""
    for name in OVERRIDE_FILES:
        candidate = spec.parent / name
        if candidate.is_file() and candidate != spec:
            return candidate
    return None


def merge_patch(target: Any, patch: Any) -> Any:
    """RFC 7386: ``patch`` applied to ``target`` (neither is modified)."""
    if not isinstance(patch, dict):
        return patch
    changes: dict[str, Any] = cast(dict[str, Any], patch)
    result: dict[str, Any] = (
        dict(cast(dict[str, Any], target)) if isinstance(target, dict) else {}
    )
    for key, value in changes.items():
        if value is None:
            result.pop(key, None)
        else:
            result[key] = merge_patch(result.get(key), value)
    return result


class PatchedDocument(Document):
    """A model with its overrides applied; locates each value in the file it came from."""

    def __init__(self, base: Document, patch: Document) -> None:
        object.__setattr__(self, "path", base.path)
        object.__setattr__(self, "data", merge_patch(base.data, patch.data))
        object.__setattr__(self, "_base", base)
        object.__setattr__(self, "_patch", patch)

    def _from_patch(self, path: tuple[str | int, ...]) -> bool:
        node: Any = self._patch.data  # type: ignore[attr-defined]
        for part in path:
            if not isinstance(node, dict) or part not in node:
                return False
            node = cast(dict[str | int, Any], node)[part]
        return True

    def locate(self, path: tuple[str | int, ...]) -> tuple[int, int]:
        source = self._patch if self._from_patch(path) else self._base  # type: ignore[attr-defined]
        return source.locate(path)  # type: ignore[no-any-return]

    def problem(self, path: tuple[str | int, ...], message: str) -> Problem:
        source = self._patch if self._from_patch(path) else self._base  # type: ignore[attr-defined]
        return source.problem(path, message)  # type: ignore[no-any-return]


def load_with_overrides(spec: Path) -> Document:
    """The model at ``spec``, with the overrides beside it applied if there are any."""
    base = load_document(spec)
    overrides = find_overrides(spec)
    if overrides is None:
        return base
    return PatchedDocument(base, load_document(overrides))
