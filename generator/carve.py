"""Carve a smaller spec out of a model: some operations and every shape they reach.

``python -m generator carve MODEL --operation StartChatContact --shape
ThrottlingException -o service.yaml`` keeps the metadata and documentation,
the named operations, and the shapes reachable from them (inputs, outputs,
errors and everything nested), plus any extra shapes named with ``--shape``.
"""

from __future__ import annotations

from typing import Any

# PyYAML ships no annotations: without the optional types-PyYAML stubs mypy
# would report the import (the ignore is unused when the stubs are installed).
import yaml  # type: ignore[import-untyped, unused-ignore]


def carve(
    model: dict[str, Any], operations: list[str], extra_shapes: list[str]
) -> dict[str, Any]:
    """The sub-model of ``model`` for ``operations`` (missing names raise KeyError)."""
    shapes = model["shapes"]
    roots: list[str] = list(extra_shapes)
    ops: dict[str, Any] = {}
    for name in operations:
        op = model["operations"][name]
        ops[name] = op
        roots += [op[k]["shape"] for k in ("input", "output") if k in op]
        roots += [e["shape"] for e in op.get("errors", [])]
    keep: set[str] = set()
    stack = roots
    while stack:
        name = stack.pop()
        if name in keep:
            continue
        shape = shapes[name]
        keep.add(name)
        stack += [m["shape"] for m in shape.get("members", {}).values()]
        stack += [shape[k]["shape"] for k in ("member", "key", "value") if k in shape]
    result: dict[str, Any] = {
        k: v for k, v in model.items() if k not in ("operations", "shapes")
    }
    result["operations"] = ops
    result["shapes"] = {name: shapes[name] for name in sorted(keep)}
    return result


def dump_yaml(model: dict[str, Any]) -> str:
    """YAML text of a model: key order kept, Unicode kept, long lines unwrapped."""
    text: str = yaml.safe_dump(model, sort_keys=False, allow_unicode=True, width=2**16)
    return text
