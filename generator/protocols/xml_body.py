"""The XML body codec: how each kind of value is read from an XML element.

Shared by the protocols whose responses are XML documents (query and ec2
today; rest-xml next).  The runtime parses a body once, safely
(``_runtime/xmlwire.py``), into elements without namespaces; generated
code then reads it straight, element by element: a structure indexes its
children by name once (``_rt.xml_index``) and reads each member from
there, a list takes every child of its element as an item (its member name
is not checked, as botocore does not), a map every ``<entry>`` (with the
model's key and value names).  A ``flattened`` list or map has no element
of its own: its items are the structure's children that carry the member's
name (the list's member name, when the model gives one).

Each kind has one decoder, in the table at the bottom.  Scalars are read
from an element's text, strictly: anything else raises the runtime's
wire-type error (a ``DeserializationError`` to the caller).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from ..codecs import timestamp
from ..escape import py_str
from ..ir import Member, Type


def element_name(
    member: str, spec: dict[str, Any], target: dict[str, Any], t: Type
) -> str:
    """The name of a member's element: its ``locationName``; else, for a
    flattened list, its list's member name (botocore's ``_member_key_name``,
    which prefers the latter even over a name of the member's own, where
    Smithy takes the member's); else its own name."""
    own = spec.get("locationName") or target.get("locationName")
    if own:
        return str(own)
    flattened = spec.get("flattened") or target.get("flattened")
    if t.kind == "list" and flattened and t.item_name:
        return t.item_name
    return member


def is_flat(m: Member) -> bool:
    """Whether a member's items are its structure's children (a flattened list or map)."""
    return m.flattened and m.type.kind in ("list", "map")


def needs_index(members: list[Member]) -> bool:
    """Whether a structure reads some member from the index of its children
    (every member but a flattened list or map)."""
    return any(not is_flat(m) for m in members)


def read_member(m: Member) -> str:
    """The value of member ``m`` of the element ``node`` (whose children are
    indexed in ``first``), or None when it is absent."""
    t = m.type
    name = py_str(m.xml_name)
    if is_flat(m):
        # (``items``, not ``value``: one name, one type, for a type checker)
        return (
            f"None if not (items := _rt.xml_all(node, {name})) else {_flat(t, 'items')}"
        )
    return f"None if (value := first.get({name})) is None else {decode(t, 'value')}"


def _flat(t: Type, var: str) -> str:
    """A flattened list or map from the list ``var`` of its elements."""
    if t.kind == "list":
        assert t.item is not None
        inner = decode(t.item, "v1", 2)
        return f"[{inner} for v1 in {var}]"
    return _entries(t, f"_rt.xml_flat_entries({var}, {_entry_names(t)})", 1)


def decode(t: Type, var: str, depth: int = 1) -> str:
    """The Python value of the element ``var`` of type ``t``."""
    decoder = _DECODERS.get(t.kind)
    if decoder is None:
        raise ValueError(f"a {t.kind} ({t.shape}) cannot be read from an XML body")
    return decoder(t, var, depth)


def _decode_list(t: Type, var: str, depth: int) -> str:
    assert t.item is not None
    item = f"v{depth}"
    return f"[{decode(t.item, item, depth + 1)} for {item} in {var}]"


def _entry_names(t: Type) -> str:
    return f"{py_str(t.key_name or 'key')}, {py_str(t.value_name or 'value')}"


def _entries(t: Type, pairs: str, depth: int) -> str:
    assert t.key is not None and t.value is not None
    key, item = f"k{depth}", f"v{depth}"
    return (
        f"{{{decode(t.key, key, depth + 1)}: {decode(t.value, item, depth + 1)}"
        f" for {key}, {item} in {pairs}}}"
    )


def _decode_map(t: Type, var: str, depth: int) -> str:
    return _entries(t, f"_rt.xml_entries({var}, {_entry_names(t)})", depth)


_DECODERS: dict[str, Callable[[Type, str, int], str]] = {
    "string": lambda t, var, depth: f"({var}.text or '')",
    "enum": lambda t, var, depth: f"({var}.text or '')",
    "integer": lambda t, var, depth: f"_rt.xml_int({var})",
    "float": lambda t, var, depth: f"_rt.xml_float({var})",
    "boolean": lambda t, var, depth: f"_rt.xml_bool({var})",
    "timestamp": lambda t, var, depth: timestamp.parse(f"{var}.text or ''"),
    "blob": lambda t, var, depth: f"_rt.b64decode({var}.text or '')",
    "list": _decode_list,
    "map": _decode_map,
    "structure": lambda t, var, depth: f"{t.class_name}._from_xml({var})",
    "union": lambda t, var, depth: f"{t.class_name}._from_xml({var})",
}
