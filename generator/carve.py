"""Carve a smaller spec out of a model: some operations and every shape they reach.

``python -m generator carve MODEL --operation StartChatContact --shape
ThrottlingException -o service.yaml`` keeps the metadata and documentation,
the named operations, and the shapes reachable from them (inputs, outputs,
errors and everything nested), plus any extra shapes named with ``--shape``.

The output's suffix picks its format: ``.json`` writes JSON (botocore's
layout), ``.yaml`` or ``.yml`` YAML; without ``-o`` YAML goes to stdout.
An operation or shape the model does not have is a usage error with the
closest names; a reference to a shape the model lacks is a spec problem.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

# PyYAML ships no annotations: without the optional types-PyYAML stubs mypy
# would report the import (the ignore is unused when the stubs are installed).
import yaml  # type: ignore[import-untyped, unused-ignore]

from .errors import Problem, SpecError, UsageError, did_you_mean
from .load import Document

#: Output suffix → format.
FORMATS = {".json": "json", ".yaml": "yaml", ".yml": "yaml"}


def format_for(output: Path | None) -> str:
    """The format of an output file, from its suffix (YAML for stdout)."""
    if output is None:
        return "yaml"
    fmt = FORMATS.get(output.suffix.lower())
    if fmt is None:
        raise UsageError(
            f"-o {output}: the suffix picks the format; use " + ", ".join(FORMATS)
        )
    return fmt


def carve(
    doc: Document, operations: list[str], extra_shapes: list[str]
) -> dict[str, Any]:
    """The sub-model of ``doc`` for ``operations`` and ``extra_shapes``."""
    model: dict[str, Any] = doc.data
    all_ops: dict[str, Any] = model.get("operations") or {}
    shapes: dict[str, Any] = model.get("shapes") or {}
    for name in operations:
        if name not in all_ops:
            raise UsageError(
                f"--operation {name}: {doc.path} has no such operation"
                f"{did_you_mean(name, all_ops)}"
            )
    for name in extra_shapes:
        if name not in shapes:
            raise UsageError(
                f"--shape {name}: {doc.path} has no such shape{did_you_mean(name, shapes)}"
            )
    roots: list[tuple[tuple[str | int, ...], str]] = [
        (("shapes", n), n) for n in extra_shapes
    ]
    ops: dict[str, Any] = {}
    for name in operations:
        op = all_ops[name]
        ops[name] = op
        roots += [
            (("operations", name, k, "shape"), op[k]["shape"])
            for k in ("input", "output")
            if k in op
        ]
        roots += [
            (("operations", name, "errors", i, "shape"), e["shape"])
            for i, e in enumerate(op.get("errors", []))
        ]
    keep: set[str] = set()
    problems: list[Problem] = []
    stack = roots
    while stack:
        where, name = stack.pop()
        if name in keep:
            continue
        if name not in shapes:
            problems.append(doc.problem(where, f"refers to a missing shape {name!r}"))
            continue
        shape = shapes[name]
        keep.add(name)
        base = ("shapes", name)
        stack += [
            ((*base, "members", m, "shape"), ref["shape"])
            for m, ref in shape.get("members", {}).items()
        ]
        stack += [
            ((*base, k, "shape"), shape[k]["shape"])
            for k in ("member", "key", "value")
            if k in shape
        ]
    if problems:
        raise SpecError(problems)
    result: dict[str, Any] = {
        k: v for k, v in model.items() if k not in ("operations", "shapes")
    }
    result["operations"] = ops
    result["shapes"] = {name: shapes[name] for name in sorted(keep)}
    return result


def dump(model: dict[str, Any], fmt: str) -> str:
    """The text of a model in ``fmt`` (``"json"`` or ``"yaml"``)."""
    if fmt == "json":
        return json.dumps(model, indent=2, ensure_ascii=False) + "\n"
    return dump_yaml(model)


def dump_yaml(model: dict[str, Any]) -> str:
    """YAML text of a model: key order kept, Unicode kept, long lines unwrapped."""
    text: str = yaml.safe_dump(model, sort_keys=False, allow_unicode=True, width=2**16)
    return text
