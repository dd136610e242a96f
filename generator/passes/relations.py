"""Pass 1, relations: what is generated, and in which direction values travel."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class Relations:
    """The operations and shapes of a service, and how they relate."""

    operations: list[tuple[str, dict[str, Any]]]  # generated operations, by name
    error_shapes: list[str]  # every exception shape, by name
    shared: list[str]  # structures nested in inputs, outputs or errors: a class each
    enums: list[str]  # string shapes with known values reached from them
    seen_in_responses: set[str]  # shapes read from responses (required is tolerated)
    sent_in_requests: set[str]  # shapes sent nested in requests
    secret_bearing: set[str]  # shapes that are or hold a ``sensitive`` value


def children(shapes: dict[str, Any], name: str) -> list[str]:
    """The shapes a shape refers to directly."""
    shape = shapes[name]
    kind = shape["type"]
    if kind == "structure":
        return [m["shape"] for m in shape.get("members", {}).values()]
    if kind == "list":
        return [shape["member"]["shape"]]
    if kind == "map":
        return [shape["key"]["shape"], shape["value"]["shape"]]
    return []


def reach(shapes: dict[str, Any], roots: list[str]) -> set[str]:
    """Every shape reachable from ``roots``, the roots included."""
    seen: set[str] = set()
    stack = list(roots)
    while stack:
        name = stack.pop()
        if name in seen:
            continue
        seen.add(name)
        stack.extend(children(shapes, name))
    return seen


def is_class(shape: dict[str, Any]) -> bool:
    """Whether a shape becomes a generated data class (not a document or an error)."""
    return (
        shape["type"] == "structure"
        and not shape.get("document")
        and not shape.get("exception")
    )


def uses_event_stream(spec: dict[str, Any], op: dict[str, Any]) -> bool:
    """Whether an operation's input or output carries an event stream."""
    shapes = spec["shapes"]
    for role in ("input", "output"):
        shape = shapes.get(op.get(role, {}).get("shape", ""), {})
        for member in shape.get("members", {}).values():
            if shapes.get(member.get("shape"), {}).get("eventstream"):
                return True
    return False


def relations(spec: dict[str, Any]) -> Relations:
    """The relations of a validated spec.  Operations that use event streams
    are left out (not supported yet; ``validate`` warns about them)."""
    shapes: dict[str, Any] = spec["shapes"]
    ops = sorted(
        (name, op)
        for name, op in spec["operations"].items()
        if not uses_event_stream(spec, op)
    )
    error_shapes = sorted(n for n, s in shapes.items() if s.get("exception"))
    input_roots = [op["input"]["shape"] for _, op in ops if "input" in op]
    output_roots = [op["output"]["shape"] for _, op in ops if "output" in op]
    nested_roots: list[str] = []
    for root in input_roots + output_roots + error_shapes:
        nested_roots.extend(children(shapes, root))
    nested = reach(shapes, nested_roots)
    return Relations(
        operations=ops,
        error_shapes=error_shapes,
        shared=sorted(n for n in nested if is_class(shapes[n])),
        enums=sorted(
            n for n in nested if shapes[n]["type"] == "string" and "enum" in shapes[n]
        ),
        seen_in_responses=reach(shapes, output_roots + error_shapes),
        sent_in_requests=reach(
            shapes, [c for root in input_roots for c in children(shapes, root)]
        ),
        secret_bearing=secret_bearing(shapes),
    )


def secret_bearing(shapes: dict[str, Any]) -> set[str]:
    """The shapes that are sensitive or hold a sensitive value at any depth
    (a sensitive member, or a member, item or map value that holds one)."""
    found = {name for name, shape in shapes.items() if shape.get("sensitive")}
    changed = True
    while changed:
        changed = False
        for name, shape in shapes.items():
            if name in found:
                continue
            refs: list[dict[str, Any]] = []
            if shape["type"] == "structure":
                refs = list(shape.get("members", {}).values())
            elif shape["type"] == "list":
                refs = [shape["member"]]
            elif shape["type"] == "map":
                refs = [shape["key"], shape["value"]]
            if any(ref.get("sensitive") or ref["shape"] in found for ref in refs):
                found.add(name)
                changed = True
    return found
