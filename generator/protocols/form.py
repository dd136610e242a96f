"""The form codec: how each kind of value is written to a form-encoded body.

Shared by the protocols whose requests are ``application/x-www-form-urlencoded``
bodies of ``Name=value`` fields (query, ec2).  A value becomes fields named
by its path: a structure's member ``Name`` under its parent's prefix
(``Parent.Name``), a list's items ``Name.member.1``, ``Name.member.2`` (the
list's member name instead of ``member`` when the model gives one;
``Name.1`` when the list is ``flattened``, and then the items of a member without a name of
its own take its list's member name), a map's entries ``Name.entry.1.key`` and
``Name.entry.1.value`` (``Name.1.key`` when flattened; the key's and value's
names when the model gives them).  An empty list is sent as ``Name=``.

ec2 flattens every list and sends nothing for an empty one (``flat=True``).

Each kind has one encoder, in the table at the bottom; an encoder returns
the statements (one per line, indented relative to the first) that append
a value's fields to the list ``fields``.  Field names are written as Python
string or f-string literals by :class:`Name`, from spec text through
``escape.py_str``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from ..codecs import timestamp
from ..escape import py_str
from ..ir import Member, Type

#: The timestamp format of a form field when the model names none.
DEFAULT_TIMESTAMP_FORMAT = "iso8601"


@dataclass(frozen=True)
class Name:
    """A field name: literal spec text and Python expressions, concatenated."""

    parts: tuple[tuple[bool, str], ...] = ()  # (is an expression, text)

    def __add__(self, literal: str) -> Name:
        return Name(self.parts + ((False, literal),))

    def expr(self, expression: str) -> Name:
        """This name followed by the value of a Python expression (a str)."""
        return Name(self.parts + ((True, expression),))

    def source(self) -> str:
        """The name as a Python string (or f-string) literal."""
        if not any(is_expr for is_expr, _ in self.parts):
            return py_str("".join(text for _, text in self.parts))
        pieces: list[str] = []
        for is_expr, text in self.parts:
            if is_expr:
                pieces.append("{" + text + "}")
            else:
                pieces.append(py_str(text)[1:-1].replace("{", "{{").replace("}", "}}"))
        return 'f"' + "".join(pieces) + '"'


def top(literal: str = "") -> Name:
    """The name of a member of an operation's input: its wire name alone."""
    return Name(((False, literal),))


def under_prefix() -> Name:
    """The start of a name inside ``_to_query(fields, prefix)``: the prefix."""
    return Name(((True, "prefix"),))


def member_fields(m: Member, base: Name, var: str, flat: bool) -> list[str]:
    """The statements appending member ``m``'s fields, its value ``var`` not None.

    ``base`` is the name its wire name follows (its parent's prefix).
    """
    t = m.type
    flattened = flat or m.flattened
    name = base + m.wire_name
    items = None
    if (
        t.kind == "list"
        and m.flattened
        and t.item_name
        and m.wire_name == m.name
        and not flat
    ):
        # A flattened list's items take the list's member name in place of
        # the member's own name (botocore's rule: SimpleDB's Attribute.1),
        # unless the member names itself (Smithy's: the member's xmlName).
        # An empty one is still sent under the member's name.
        items = base + t.item_name
    return encode(
        t, var, name, 1, flat, m.timestamp_format or None, flattened, m.field, items
    )


def encode(
    t: Type,
    var: str,
    name: Name,
    depth: int,
    flat: bool,
    fmt: str | None = None,
    flattened: bool | None = None,
    stem: str = "",
    items: Name | None = None,
) -> list[str]:
    """Statements appending the fields of ``var`` (not None, of type ``t``)
    under the field name ``name``.  ``fmt`` is a member's timestamp format,
    ``flattened`` a member's own flag (else the shape's); loop variables are
    named after ``stem`` (a member's field: each member's loops have their
    own, so that a type checker gives each one type); a flattened list's
    items are named after ``items`` when given, else ``name``."""
    encoder = _ENCODERS.get(t.kind)
    if encoder is None:
        raise ValueError(
            f"a {t.kind} ({t.shape}) cannot be sent in a form-encoded body"
        )
    return encoder(
        _Place(
            t,
            var,
            name,
            depth,
            flat,
            fmt,
            t.flattened if flattened is None else flattened,
            stem,
            items or name,
        )
    )


@dataclass(frozen=True)
class _Place:
    """A value to encode, and where: the arguments of :func:`encode`."""

    t: Type
    var: str
    name: Name
    depth: int
    flat: bool
    fmt: str | None
    flattened: bool
    stem: str
    items: Name  # what a flattened list's items are numbered under

    def local(self, letter: str) -> str:
        """A loop variable of this depth (``v1``, ``tags_v1`` ...)."""
        return (
            f"{self.stem}_{letter}{self.depth}"
            if self.stem
            else f"{letter}{self.depth}"
        )


def _scalar(text: Callable[[_Place], str]) -> Callable[[_Place], list[str]]:
    def encoder(p: _Place) -> list[str]:
        return [f"fields.append(({p.name.source()}, {text(p)}))"]

    return encoder


def _timestamp_text(p: _Place) -> str:
    return timestamp.to_text(
        timestamp.resolve(p.fmt, p.t, DEFAULT_TIMESTAMP_FORMAT), p.var
    )


def _encode_structure(p: _Place) -> list[str]:
    return [f"{p.var}._to_query(fields, {(p.name + '.').source()})"]


def _encode_list(p: _Place) -> list[str]:
    t = p.t
    assert t.item is not None
    index, item = p.local("i"), p.local("v")
    if p.flat or p.flattened:
        item_name = (p.items + ".").expr(index)
    else:
        item_name = (p.name + f".{t.item_name or 'member'}.").expr(index)
    inner = encode(
        t.item,
        item,
        item_name,
        p.depth + 1,
        p.flat,
        t.item_timestamp_format,
        stem=p.stem,
    )
    loop = [
        f"for {index}, {item} in enumerate({p.var}, 1):",
        *("    " + line for line in inner),
    ]
    if p.flat:
        return loop  # ec2 sends nothing for an empty list
    return [
        f"if {p.var}:",
        *("    " + line for line in loop),
        "else:",
        f'    fields.append(({p.name.source()}, ""))',
    ]


def _encode_map(p: _Place) -> list[str]:
    t = p.t
    assert t.key is not None and t.value is not None
    index, key, item = p.local("i"), p.local("k"), p.local("v")
    entry = (p.name + "." if p.flattened else p.name + ".entry.").expr(index)
    key_lines = encode(
        t.key, key, entry + f".{t.key_name or 'key'}", p.depth + 1, p.flat, stem=p.stem
    )
    value_lines = encode(
        t.value,
        item,
        entry + f".{t.value_name or 'value'}",
        p.depth + 1,
        p.flat,
        stem=p.stem,
    )
    return [
        f"for {index}, ({key}, {item}) in enumerate({p.var}.items(), 1):",
        *("    " + line for line in key_lines + value_lines),
    ]


_ENCODERS: dict[str, Callable[[_Place], list[str]]] = {
    "string": _scalar(lambda p: p.var),
    "enum": _scalar(lambda p: p.var),
    "integer": _scalar(lambda p: f"str({p.var})"),
    "float": _scalar(lambda p: f"_rt.float_text({p.var})"),
    "boolean": _scalar(lambda p: f"_rt.bool_text({p.var})"),
    "timestamp": _scalar(_timestamp_text),
    "blob": _scalar(lambda p: f"_rt.b64encode({p.var})"),
    "list": _encode_list,
    "map": _encode_map,
    "structure": _encode_structure,
    "union": _encode_structure,
}
