"""Pass 6, scopes: what each generated module needs besides its own classes.

Per module: the constants its checks name (a pattern, translated once; the
known values of an enum, named after the enum shape and numbered when two
shapes' names meet there), the sibling classes its members' types name, and
whether any type needs ``datetime``.  Constants are numbered in the order
the module's checks meet them: structures in order, members in order, a
map's key before its value.
"""

from __future__ import annotations

from collections.abc import Iterator

from .. import names
from ..ir import Constant, Member, Scope, Type
from ..patterns import translate_pattern


def fill(scope: Scope, members: list[Member], *, constants: bool = True) -> None:
    """Record what ``members`` need in ``scope`` (imports sorted at the end by :func:`finish`)."""
    imports = set(scope.imports)
    for member in members:
        for t in _walk(member.type):
            if t.is_structure and t.module != scope.module:
                imports.add((t.module, t.class_name))
            if t.kind == "timestamp":
                scope.uses_datetime = True
            if constants and t.kind in ("string", "enum"):
                if t.pattern is not None:
                    _pattern(scope, t.pattern)
                if t.enum:
                    _enum(scope, t)
    scope.imports = sorted(imports)


def _walk(t: Type) -> Iterator[Type]:
    """``t`` and the types it contains (not through structures), in check order."""
    yield t
    if t.item is not None:
        yield from _walk(t.item)
    if t.key is not None:
        yield from _walk(t.key)
    if t.value is not None:
        yield from _walk(t.value)


def _pattern(scope: Scope, source: str) -> None:
    if source in scope.pattern_names:
        return
    count = sum(1 for c in scope.constants if c.kind == "pattern")
    name = f"_PATTERN_{count + 1}"
    scope.constants.append(
        Constant(name, "pattern", source=source, translated=translate_pattern(source))
    )
    scope.pattern_names[source] = name


def _enum(scope: Scope, t: Type) -> None:
    """``_<SHAPE>_VALUES``; a second shape meeting the name with other values is numbered."""
    if t.shape in scope.enum_names:
        return
    stem = "_" + names.snake_case(t.shape).upper() + "_VALUES"
    existing = {c.name: c for c in scope.constants}
    name, n = stem, 1
    while name in existing:
        if existing[name].values == t.enum:
            scope.enum_names[t.shape] = name
            return
        n += 1
        name = f"{stem}_{n}"
    scope.constants.append(Constant(name, "enum", values=t.enum))
    scope.enum_names[t.shape] = name
