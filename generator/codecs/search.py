"""The codec of a typed JMESPath expression: one Python expression over the dataclasses.

:func:`python` writes an :class:`~generator.ir.Expr` (``generator/paths.py``
typed it against the model) as a Python expression reading the variable
``root``, with JMESPath's semantics over the generated classes.  A field of
a value that may be missing is guarded (``None if (v1 := r.a) is None else
v1.b``; a chain of fields is one chain of guards); projections, flattening,
map values, filters and the operations whose JMESPath meaning differs from
Python's (truth of ``0``, equality of booleans and numbers, ordering,
``length()``) call the runtime's ``search`` module, imported as ``_s``,
with a lambda for what a projection computes from each item
(``_s.project(r.things, lambda v1: v1.state)``).  ``and``/``or``/``not`` are
Python's own where the operands' truth is the same in both languages.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from ..escape import py_str
from ..ir import Expr

#: Kinds whose truth Python and JMESPath agree on (None is false in both).
_PYTHON_TRUTH = frozenset({"string", "enum", "boolean", "list", "map"})
_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


@dataclass(frozen=True)
class _Code:
    text: str
    atomic: bool  # a name, attribute, call, subscript or literal
    # ``None if <guard> or <guard> ... else <value>``: the same code in parts,
    # so a field of it adds a guard instead of nesting another conditional
    guards: tuple[str, ...] = ()
    value: str = ""

    def wrapped(self) -> str:
        """The text, parenthesized unless it is atomic."""
        return self.text if self.atomic else f"({self.text})"


def _guarded(guards: tuple[str, ...], value: str) -> _Code:
    return _Code(f"None if {' or '.join(guards)} else {value}", False, guards, value)


def python(expr: Expr, root: str, *, wrapped: bool = False) -> str:
    """``expr`` as a Python expression over the variable ``root``
    (parenthesized with ``wrapped``, unless it is atomic)."""
    code = _Writer().write(expr, root)
    return code.wrapped() if wrapped else code.text


def _may_hold_none(e: Expr) -> bool:
    """Whether the list ``e`` may hold None items, which a projection drops:
    a multi-select list's (``[a.b, c]``), spliced or not.  A list of the
    model never holds None."""
    if e.op == "select_list":
        return True
    if e.op == "flatten":
        inner = e.args[0]
        return _may_hold_none(inner.args[1] if inner.op == "project" else inner)
    return False


class _Writer:
    def __init__(self) -> None:
        self.count = 0

    def fresh(self) -> str:
        self.count += 1
        return f"v{self.count}"

    def call(self, function: str, *args: str) -> _Code:
        return _Code(f"_s.{function}({', '.join(args)})", True)

    def write(self, e: Expr, current: str) -> _Code:
        op = e.op
        if op == "current":
            return _Code(current, True)
        if op == "literal":
            text = py_str(e.value) if isinstance(e.value, str) else repr(e.value)
            return _Code(text, True)
        if op == "field":
            return self.guarded(e.args[0], current, lambda v: f"{v}.{e.field}")
        if op == "key":
            if e.args[0].type.kind == "document":
                return self.call("key", self.text(e.args[0], current), py_str(e.name))
            return self.guarded(
                e.args[0], current, lambda v: f"{v}.get({py_str(e.name)})"
            )
        if op == "index":
            of = e.args[0]
            helper = "index" if of.type.kind == "list" else "index_any"
            return self.call(helper, self.text(of, current), repr(e.value))
        if op == "flatten":
            of = e.args[0]
            item = of.type.item
            if of.type.kind == "document" or (
                item is not None and item.kind == "document"
            ):
                return self.call("flatten_any", self.text(of, current))
            if item is not None and item.kind == "list":
                return self.call("flatten", self.text(of, current))
            return self.write(of, current)  # no list items to splice: the list itself
        if op == "values":
            of = e.args[0]
            helper = "values_any" if of.type.kind == "document" else "values"
            return self.call(helper, self.text(of, current))
        if op == "project":
            of, each = e.args
            if each.op == "current" and not _may_hold_none(of):
                return self.write(of, current)  # each item as it is: the list itself
            return self.call("project", self.items(of, current), self.function(each))
        if op == "filter":
            of, condition, each = e.args
            kept = self.call(
                "select", self.items(of, current), self.function(condition)
            )
            if each.op == "current":
                return kept
            return self.call("project", kept.text, self.function(each))
        if op == "compare":
            left, right = (self.text(a, current) for a in e.args)
            return self.call("compare", py_str(e.name), left, right)
        if op == "length":
            return self.call("length", self.text(e.args[0], current))
        if op == "keys":
            return self.call("keys", self.text(e.args[0], current))
        if op == "select_list":  # [a, b]: None on None, else each on the current node
            of, *items = e.args
            listed = f"[{', '.join(self.text(i, current) for i in items)}]"
            if not of.nullable:
                return _Code(listed, True)
            return _Code(f"None if {current} is None else {listed}", False)
        if op == "not":
            operand = e.args[0]
            if operand.type.kind in _PYTHON_TRUTH:
                return _Code(f"not {self.write(operand, current).wrapped()}", False)
            return _Code(
                f"not {self.call('truthy', self.text(operand, current)).text}", False
            )
        if op in ("and", "or"):
            return self.boolean(e, current)
        raise AssertionError(f"unknown expression node {op!r}")  # pragma: no cover

    def text(self, e: Expr, current: str) -> str:
        return self.write(e, current).text

    def items(self, of: Expr, current: str) -> str:
        """The list a projection iterates (a value of no modeled type: as a list)."""
        if of.type.kind == "document":
            return self.call("as_list", self.text(of, current)).text
        return self.text(of, current)

    def function(self, e: Expr) -> str:
        """``lambda v: <e on v>``, what a projection computes from each item."""
        item = self.fresh()
        return f"lambda {item}: {self.text(e, item)}"

    def guarded(self, of: Expr, current: str, body: Callable[[str], str]) -> _Code:
        """``body`` of ``of``'s value, None when that is None."""
        code = self.write(of, current)
        if not of.nullable and code.atomic and not code.guards:
            return _Code(body(code.text), True)
        if code.guards:  # None when any guard holds, else its value: one more guard
            guards, value = code.guards, code.value
        else:
            guards, value = (), code.text
        if _NAME.fullmatch(value):
            return _guarded(guards + (f"{value} is None",), body(value))
        name = self.fresh()
        return _guarded(guards + (f"({name} := {value}) is None",), body(name))

    def boolean(self, e: Expr, current: str) -> _Code:
        left, right = e.args
        if left.type.kind in _PYTHON_TRUTH and right.type.kind in _PYTHON_TRUTH:
            return _Code(
                f"{self.write(left, current).wrapped()} {e.op} "
                f"{self.write(right, current).wrapped()}",
                False,
            )
        value = self.write(left, current)
        other = self.write(right, current).wrapped()
        if _NAME.fullmatch(value.text):
            name, binding = value.text, value.text
        else:
            name = self.fresh()
            binding = f"({name} := {value.text})"
        if e.op == "or":
            return _Code(f"{name} if _s.truthy({binding}) else {other}", False)
        return _Code(f"{other} if _s.truthy({binding}) else {name}", False)
