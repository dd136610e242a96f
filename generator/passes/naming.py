"""Pass 2, names: every public name of the package, claimed once; modules.

An operation's input becomes the class ``<Op>`` and its output
``<Op>Response`` (amazonka's *substitute* pass); every other structure
reached from them is a shared class, named after its shape (or its
``pythonName``).  Names are claimed in a fixed order -- the base error,
operation classes, error classes, shared classes, enums, then (in the
members pass) lenses and constructors -- and a later claimant that collides
gets a suffix (README, "Naming rules").  Shared structures are separated
into modules, one per strongly connected component of their reference
graph, so mutually recursive shapes share a module and imports stay acyclic.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from .. import names
from .relations import Relations, children


class Namespace:
    """The package's flat namespace: each public name has one owner."""

    def __init__(self) -> None:
        self.owners: dict[str, str] = {}

    def claim(self, wanted: str, owner: str, suffix: str) -> str:
        """Take ``wanted``, or ``wanted + suffix`` (repeated) if already taken."""
        name = wanted
        while name in self.owners or name in names.RESERVED_MODULE_NAMES:
            name += suffix
        self.owners[name] = owner
        return name


@dataclass
class Names:
    """The classes and modules of a package."""

    namespace: Namespace
    base_error: str
    operations: dict[
        str, tuple[str, str, str]
    ]  # op -> (input class, output class, module)
    errors: dict[str, str]  # exception shape -> class
    classes: dict[str, tuple[str, str]]  # shared shape -> (module, class)
    enums: dict[str, str]  # enum shape -> class
    components: list[list[str]] = field(
        default_factory=list[list[str]]
    )  # one module each


def class_name(shapes: dict[str, Any], shape: str) -> str:
    """A shape's class: its ``pythonName`` override, else from its name."""
    return names.class_name(shapes[shape].get("pythonName") or shape)


def assign(spec: dict[str, Any], package: str, rel: Relations) -> Names:
    """Claim the package's class names and choose every module."""
    shapes: dict[str, Any] = spec["shapes"]
    metadata: dict[str, Any] = spec["metadata"]
    space = Namespace()
    service_word = re.sub(
        "[^0-9A-Za-z]",
        "",
        (metadata.get("serviceId") or package).title().replace(" ", ""),
    )
    base_error = space.claim(
        names.class_name(service_word + "Error"), "base error", "_"
    )
    taken: set[str] = set()
    operations: dict[str, tuple[str, str, str]] = {}
    for op_name, _ in rel.operations:
        cls = space.claim(names.class_name(op_name), f"operation {op_name}", "_")
        out = space.claim(cls + "Response", f"operation {op_name}", "_")
        module = _module_name("operations", names.module_name(op_name), taken)
        operations[op_name] = (cls, out, module)
    errors = {
        name: space.claim(class_name(shapes, name), f"error {name}", "Error")
        for name in rel.error_shapes
    }
    classes = {
        name: ("", space.claim(class_name(shapes, name), f"shape {name}", "Shape"))
        for name in rel.shared
    }
    enums = {
        name: space.claim(class_name(shapes, name), f"enum {name}", "Enum")
        for name in rel.enums
    }
    components = strongly_connected(
        rel.shared, lambda name: _struct_refs(shapes, name, classes)
    )
    for component in components:
        first = min(component, key=lambda n: classes[n][1])
        module = _module_name("shapes", names.module_name(classes[first][1]), taken)
        for name in component:
            classes[name] = (module, classes[name][1])
    return Names(space, base_error, operations, errors, classes, enums, components)


def _module_name(folder: str, stem: str, taken: set[str]) -> str:
    name = f"{folder}.{stem}"
    counter = 2
    while name in taken:
        name = f"{folder}.{stem}_{counter}"
        counter += 1
    taken.add(name)
    return name


def _struct_refs(
    shapes: dict[str, Any], name: str, classes: dict[str, tuple[str, str]]
) -> list[str]:
    """The shared structures ``name`` refers to directly (through lists and maps)."""
    refs: list[str] = []
    stack = children(shapes, name)
    while stack:
        child = stack.pop()
        if child in classes:
            refs.append(child)
        elif shapes[child]["type"] in ("list", "map"):
            stack.extend(children(shapes, child))
    return refs


def strongly_connected(
    nodes: list[str], edges: Callable[[str], list[str]]
) -> list[list[str]]:
    """Tarjan's algorithm, iterative; components in a deterministic order."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    result: list[list[str]] = []
    counter = 0
    graph = {n: sorted(edges(n)) for n in nodes}
    for root in nodes:
        if root in index:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            recurse = False
            successors = graph[node]
            while i < len(successors):
                child = successors[i]
                i += 1
                if child not in index:
                    work.append((node, i))
                    work.append((child, 0))
                    recurse = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if recurse:
                continue
            if low[node] == index[node]:
                component: list[str] = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    component.append(top)
                    if top == node:
                        break
                result.append(sorted(component))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return sorted(result)
