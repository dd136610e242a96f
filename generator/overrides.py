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

A typo must not pass silently, so the patch is checked against the model
before it is applied: removing or changing an operation, shape or member
the model does not have is an error ("no shape 'UserSumary' in the model
(did you mean 'UserSummary'?)"), unless the patch adds it whole (a new
operation needs its ``name``, a new shape its ``type``, a new member its
``shape``); and a key the generator does not know (``requird``) is an
error too.  The known keys are the ones the model's JSON Schema defines,
plus ``pythonName`` on shapes and members.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any, cast

from . import validate
from .errors import Problem, SpecError, did_you_mean
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
    return with_overrides(base, None if overrides is None else load_document(overrides))


def with_overrides(base: Document, patch: Document | None) -> Document:
    """``base`` with ``patch`` applied; SpecError if the patch does not fit the model."""
    if patch is None:
        return base
    problems = patch_problems(base.data, patch)
    if problems:
        raise SpecError(problems)
    return PatchedDocument(base, patch)


# --------------------------------------------------------------------------
# Checking a patch against the model it applies to

_PYTHON_NAME = "pythonName"


def _properties(definition: dict[str, Any]) -> frozenset[str]:
    return frozenset(cast(dict[str, Any], definition.get("properties", {})))


@functools.cache
def _known_keys() -> dict[str, frozenset[str]]:
    """The keys the schema defines: at the top, in metadata, an operation, a
    member, and a shape of each type (``"shape:<type>"``; ``"shape"`` for any)."""
    schema = validate.schema()
    defs: dict[str, Any] = schema["$defs"]
    known = {
        "top": _properties(schema),
        "metadata": _properties(defs["metadata"]),
        "operation": _properties(defs["operation"]),
        "member": _properties(defs["member"]) | {_PYTHON_NAME},
    }
    common = _properties(defs["shape"]) | {_PYTHON_NAME}
    for type_ in defs["shape"]["properties"]["type"]["enum"]:
        known[f"shape:{type_}"] = common  # boolean, character: no keys of their own
    every = set(common)
    branch: dict[str, Any] | None = defs["shape"]
    while branch is not None and "if" in branch:  # the if/then/else chain on 'type'
        condition: dict[str, Any] = branch["if"]["properties"]["type"]
        types: list[str] = (
            [condition["const"]] if "const" in condition else list(condition["enum"])
        )
        target = defs[str(branch["then"]["$ref"]).rsplit("/", 1)[-1]]
        for type_ in types:
            known[f"shape:{type_}"] = common | _properties(target)
        every |= _properties(target)
        branch = branch.get("else")
    known["shape"] = frozenset(every)
    return known


def patch_problems(model: dict[str, Any], patch: Document) -> list[Problem]:
    """What in ``patch`` does not fit ``model``: a name it does not have, a key
    the generator does not know."""
    return _PatchCheck(model, patch).run()


class _PatchCheck:
    def __init__(self, model: dict[str, Any], patch: Document) -> None:
        self.model = model
        self.patch = patch
        self.known = _known_keys()
        self.problems: list[Problem] = []

    def report(self, path: tuple[str | int, ...], message: str) -> None:
        self.problems.append(self.patch.problem(path, message))

    def keys(
        self, path: tuple[str | int, ...], value: dict[str, Any], kind: str
    ) -> None:
        known = self.known.get(kind, self.known["shape"])
        where = {
            "top": "the model",
            "metadata": "metadata",
            "operation": "an operation",
            "member": "a member",
        }.get(kind) or (
            f"a {kind.split(':')[1]} shape" if kind in self.known else "a shape"
        )
        for key in value:
            if key not in known:
                self.report(
                    (*path, key),
                    f"unknown key {key!r} in {where}{did_you_mean(key, known)}",
                )

    def run(self) -> list[Problem]:
        data: Any = self.patch.data
        if not isinstance(data, dict):
            self.report((), "overrides must be a mapping (a merge patch of the model)")
            return self.problems
        patch = cast(dict[str, Any], data)
        self.keys((), patch, "top")
        metadata: Any = patch.get("metadata")
        if isinstance(metadata, dict):
            self.keys(("metadata",), cast(dict[str, Any], metadata), "metadata")
        self.entries("operations", "operation", "name")
        self.entries("shapes", "shape", "type")
        return self.problems

    def entries(self, section: str, kind: str, whole: str) -> None:
        """The patch's operations or shapes: each one the model has, or a whole new one."""
        patch: dict[str, Any] = self.patch.data
        value: Any = patch.get(section)
        if not isinstance(value, dict):
            return
        existing: dict[str, Any] = self.model.get(section) or {}
        for name, entry in cast(dict[str, Any], value).items():
            path: tuple[str | int, ...] = (section, name)
            if name not in existing and not (
                isinstance(entry, dict) and whole in entry
            ):
                action = " to remove" if entry is None else ""
                hint = "" if entry is None else f"; a new {kind} needs its {whole!r}"
                self.report(
                    path,
                    f"no {kind} {name!r} in the model{action}"
                    f"{did_you_mean(name, existing)}{hint}",
                )
                continue
            if not isinstance(entry, dict):
                continue
            fields = cast(dict[str, Any], entry)
            if kind == "shape":
                base: Any = existing.get(name)
                type_: Any = fields.get("type") or (
                    cast(dict[str, Any], base).get("type")
                    if isinstance(base, dict)
                    else None
                )
                self.keys(path, fields, f"shape:{type_}")
                self.members(path, fields, base)
            else:
                self.keys(path, fields, kind)

    def members(
        self, path: tuple[str | int, ...], fields: dict[str, Any], base: Any
    ) -> None:
        members: Any = fields.get("members")
        if not isinstance(members, dict):
            return
        existing: dict[str, Any] = {}
        if isinstance(base, dict):
            found: Any = cast(dict[str, Any], base).get("members")
            if isinstance(found, dict):
                existing = cast(dict[str, Any], found)
        shape = path[-1]
        for name, member in cast(dict[str, Any], members).items():
            where = (*path, "members", name)
            if name not in existing and not (
                isinstance(member, dict) and "shape" in member
            ):
                action = " to remove" if member is None else ""
                hint = "" if member is None else "; a new member needs its 'shape'"
                self.report(
                    where,
                    f"no member {name!r} in shape {shape!r}{action}"
                    f"{did_you_mean(name, existing)}{hint}",
                )
            elif isinstance(member, dict):
                self.keys(where, cast(dict[str, Any], member), "member")
