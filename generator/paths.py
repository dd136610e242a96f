"""Type a JMESPath expression of the subset against a model: an ``ir.Expr``.

:func:`compile` parses the text (``generator/jmespath.py``) and follows it
through the shapes from a root type (an operation's output), resolving each
name to a member and recording the static type of every value.  What can
only be a mistake is a :class:`PathError` at generation time: a member the
structure does not have (with the closest names), a name read from a list
or a scalar (always null in JMESPath), ``length()`` of a number, an
ordering comparison of lists (JMESPath orders only numbers and strings), ``*`` over a
structure (its members differ in type).

The members of a structure come from a ``lookup`` function, so the same
code serves ``validate`` (raw shapes, before any build) and the paginator
and waiter pass (the built structures, with their Python field names).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from . import jmespath
from .errors import did_you_mean
from .ir import Expr, Type
from .jmespath import JMESPathError, Node


@dataclass(frozen=True)
class MemberInfo:
    """What an expression needs to know of one member of a structure."""

    type: Type
    field: str  # its Python field ("" when only validating)
    nullable: bool = True


#: The members of a structure type, by their names in the model.
Lookup = Callable[[Type], Mapping[str, MemberInfo]]


class PathError(Exception):
    """An expression that is not in the subset, or that cannot mean anything
    for the model; ``offset`` (0-based) is where in its text."""

    def __init__(self, message: str, offset: int) -> None:
        super().__init__(message)
        self.message = message
        self.offset = offset

    def explain(self, text: str) -> str:
        """The problem's message for the expression ``text``: it, the column, why."""
        return f"{text!r}, column {self.offset + 1}: {self.message}"


ANY = Type("document", "")
BOOLEAN = Type("boolean", "")
INTEGER = Type("integer", "")
FLOAT = Type("float", "")
STRING = Type("string", "")

_ORDERED = ("integer", "float", "string", "enum", "document")
_SIZED = ("string", "enum", "list", "map", "document")
_LITERAL_TYPES: dict[type, Type] = {
    bool: BOOLEAN,
    int: INTEGER,
    float: FLOAT,
    str: STRING,
}


def list_of(item: Type) -> Type:
    """The type of a list of ``item`` values (a projection's result)."""
    return Type("list", "", item=item)


def compile(text: str, root: Type, lookup: Lookup) -> Expr:
    """``text`` typed against ``root``; :class:`PathError` when it cannot be."""
    try:
        node = jmespath.parse(text)
    except JMESPathError as exc:
        raise PathError(exc.message, exc.offset) from None
    resolved = _Resolver(lookup).resolve(node, Expr("current", root, False))
    return Expr(
        resolved.op,
        resolved.type,
        resolved.nullable,
        resolved.args,
        resolved.name,
        resolved.field,
        resolved.value,
        source=text,
    )


def same_type(a: Type, b: Type) -> bool:
    """Whether values of ``a`` and ``b`` have the same Python type."""
    if a.kind == "enum" or b.kind == "enum":
        return {a.kind, b.kind} <= {"string", "enum"}
    if a.kind != b.kind:
        return False
    if a.kind == "list":
        return a.item is not None and b.item is not None and same_type(a.item, b.item)
    if a.kind == "map":
        return (
            a.value is not None and b.value is not None and same_type(a.value, b.value)
        )
    if a.is_structure:
        return a.shape == b.shape
    return True


def describe(t: Type) -> str:
    """``a list``, ``the structure 'Foo'``: a type, for messages."""
    if t.is_structure and t.shape:
        return f"the structure {t.shape!r}"
    if t.kind == "document":
        return "any value"
    article = "an" if t.kind[0] in "aeiou" else "a"
    return f"{article} {t.kind}" + (f" ({t.shape!r})" if t.shape else "")


class _Resolver:
    def __init__(self, lookup: Lookup) -> None:
        self.lookup = lookup

    def resolve(self, node: Node, current: Expr) -> Expr:
        kind = node.kind
        if kind in ("current", "identity"):
            return current
        if kind == "field":
            return self.field(current, str(node.value), node.offset)
        if kind == "subexpression":
            left = self.resolve(node.children[0], current)
            return self.resolve(node.children[1], left)
        if kind == "index_expression":
            base = self.list_value(node.children[0], current, "an index")
            item = base.type.item if base.type.kind == "list" else ANY
            assert item is not None
            return Expr("index", item, True, (base,), value=node.children[1].value)
        if kind == "flatten":
            base = self.list_value(node.children[0], current, "'[]'")
            return Expr("flatten", _flattened(base.type), base.nullable, (base,))
        if kind == "projection":
            base = self.list_value(node.children[0], current, "a projection")
            each = self.resolve(node.children[1], _item_of(base))
            return Expr("project", list_of(each.type), base.nullable, (base, each))
        if kind == "value_projection":
            base = self.resolve(node.children[0], current)
            if base.type.kind == "map":
                assert base.type.value is not None
                values = Expr(
                    "values", list_of(base.type.value), base.nullable, (base,)
                )
            elif base.type.kind == "document":
                values = Expr("values", list_of(ANY), True, (base,))
            else:
                raise PathError(
                    f"'*' takes the values of a map, but this is {describe(base.type)}"
                    + (
                        " (its members differ in type)"
                        if base.type.is_structure
                        else ""
                    ),
                    node.offset,
                )
            each = self.resolve(node.children[1], _item_of(values))
            return Expr("project", list_of(each.type), values.nullable, (values, each))
        if kind == "filter_projection":
            base = self.list_value(node.children[0], current, "a filter")
            condition = self.resolve(node.children[2], _item_of(base))
            each = self.resolve(node.children[1], _item_of(base))
            return Expr(
                "filter",
                list_of(each.type),
                base.nullable,
                (base, condition, each),
            )
        if kind == "comparator":
            return self.compare(node, current)
        if kind in ("or_expression", "and_expression"):
            left = self.resolve(node.children[0], current)
            right = self.resolve(node.children[1], current)
            both = left.type if same_type(left.type, right.type) else ANY
            if kind == "or_expression":
                return Expr("or", both, right.nullable, (left, right))
            return Expr("and", both, left.nullable or right.nullable, (left, right))
        if kind == "not_expression":
            operand = self.resolve(node.children[0], current)
            return Expr("not", BOOLEAN, False, (operand,))
        if kind == "literal":
            literal_type = _LITERAL_TYPES.get(type(node.value), ANY)
            return Expr("literal", literal_type, node.value is None, value=node.value)
        if kind == "multi_select_list":
            items = [self.resolve(child, current) for child in node.children]
            first = items[0].type
            item = first if all(same_type(first, i.type) for i in items) else ANY
            return Expr(
                "select_list", list_of(item), current.nullable, (current, *items)
            )
        if kind == "function_expression" and node.value == "keys":
            operand = self.resolve(node.children[0], current)
            if operand.type.kind not in ("map", "document"):
                raise PathError(
                    f"keys() takes a map, not {describe(operand.type)}",
                    node.children[0].offset,
                )
            return Expr("keys", list_of(STRING), True, (operand,))
        if kind == "function_expression":  # length()
            operand = self.resolve(node.children[0], current)
            if operand.type.kind not in _SIZED:
                raise PathError(
                    f"length() takes a string, list or map, not {describe(operand.type)}",
                    node.children[0].offset,
                )
            return Expr("length", INTEGER, True, (operand,))
        raise PathError(f"{kind} is not in the subset", node.offset)  # pragma: no cover

    def field(self, current: Expr, name: str, offset: int) -> Expr:
        t = current.type
        if t.is_structure:
            members = self.lookup(t)
            member = members.get(name)
            if member is None:
                raise PathError(
                    f"{describe(t)} has no member {name!r}{did_you_mean(name, members)}",
                    offset,
                )
            return Expr(
                "field", member.type, True, (current,), name=name, field=member.field
            )
        if t.kind == "map":
            assert t.value is not None
            return Expr("key", t.value, True, (current,), name=name)
        if t.kind == "document":
            return Expr("key", ANY, True, (current,), name=name)
        hint = (
            f" (a projection, '[].{name}', reads each item's)"
            if t.kind == "list"
            else ""
        )
        raise PathError(
            f"{name!r} is read from {describe(t)}, which has no members: "
            f"it is always null{hint}",
            offset,
        )

    def list_value(self, node: Node, current: Expr, what: str) -> Expr:
        base = self.resolve(node, current)
        if base.type.kind not in ("list", "document"):
            raise PathError(
                f"{what} needs a list, but this is {describe(base.type)}: "
                "it is always null",
                node.offset,
            )
        return base

    def compare(self, node: Node, current: Expr) -> Expr:
        left = self.resolve(node.children[0], current)
        right = self.resolve(node.children[1], current)
        operator = str(node.value)
        if operator not in ("==", "!="):
            for side, operand in zip(node.children, (left, right)):
                if operand.type.kind not in _ORDERED:
                    raise PathError(
                        f"{operator} orders numbers and strings, not "
                        f"{describe(operand.type)}: it is always null",
                        side.offset,
                    )
        return Expr(
            "compare",
            BOOLEAN,
            operator not in ("==", "!="),
            (left, right),
            name=operator,
        )


def _item_of(base: Expr) -> Expr:
    """The current node of a projection over ``base``: one of its items."""
    item = base.type.item if base.type.kind == "list" else ANY
    assert item is not None
    return Expr("current", item, item.kind == "document")


def _flattened(t: Type) -> Type:
    """The type of ``[]`` applied to a value of ``t`` (a list, or any value)."""
    if t.kind != "list":
        return list_of(ANY)
    item = t.item
    assert item is not None
    if item.kind == "list":
        assert item.item is not None
        return list_of(item.item)
    if item.kind == "document":
        return list_of(ANY)
    return t
