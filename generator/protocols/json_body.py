"""The JSON body codec: how each kind of value is written to and read from JSON.

Shared by every protocol whose bodies are JSON documents (rest-json today;
awsJson next).  Each kind has one encoder and one decoder, in the tables at
the bottom; the templates call :func:`encode` and :func:`decode`.  Values
the standard library's JSON encoder writes as they are (strings, integers,
booleans, documents, lists and maps of them) pass through without a copy.

Decoders check each value's JSON type inline where it is cheap
(``v if type(v) is str else _rt.expect_str(v)``): the value the service
sends costs no call, anything else goes to the runtime's ``expect_*``,
which raises the wire-type error.  ``null`` items of lists and maps are
dropped, as botocore drops them.
"""

from __future__ import annotations

from collections.abc import Callable

from ..codecs import timestamp
from ..escape import py_str
from ..ir import Type

#: The timestamp format of a JSON body when the model names none.
DEFAULT_TIMESTAMP_FORMAT = "unixTimestamp"


def encode(t: Type, var: str, depth: int = 1, fmt: str | None = None) -> str:
    """The JSON-ready value of ``var`` (a value of ``t``, not None).

    ``fmt`` is the timestamp format a member names, which wins over the shape's.
    """
    return _ENCODERS[t.kind](t, var, depth, fmt)


def decode(t: Type, var: str, depth: int = 1, where: str = "") -> str:
    """The Python value of the JSON value ``var`` (not None) of type ``t``;
    ``where`` is the member's wire name, which a wire-type error names."""
    return _DECODERS[t.kind](t, var, depth, py_str(where) if where else "")


def _same(t: Type, var: str, depth: int, fmt: str | None) -> str:
    return var


def _encode_timestamp(t: Type, var: str, depth: int, fmt: str | None) -> str:
    return timestamp.to_document(
        timestamp.resolve(fmt, t, DEFAULT_TIMESTAMP_FORMAT), var
    )


def _encode_list(t: Type, var: str, depth: int, fmt: str | None) -> str:
    assert t.item is not None
    item = f"v{depth}"
    inner = encode(t.item, item, depth + 1)
    return var if inner == item else f"[{inner} for {item} in {var}]"


def _encode_map(t: Type, var: str, depth: int, fmt: str | None) -> str:
    assert t.value is not None
    key, item = f"k{depth}", f"v{depth}"
    inner = encode(t.value, item, depth + 1)
    return (
        var
        if inner == item
        else f"{{{key}: {inner} for {key}, {item} in {var}.items()}}"
    )


_ENCODERS: dict[str, Callable[[Type, str, int, str | None], str]] = {
    "string": _same,
    "enum": _same,
    "integer": _same,
    "float": lambda t, var, depth, fmt: f"_rt.float_to_json({var})",
    "boolean": _same,
    "timestamp": _encode_timestamp,
    "blob": lambda t, var, depth, fmt: f"_rt.b64encode({var})",
    "list": _encode_list,
    "map": _encode_map,
    "structure": lambda t, var, depth, fmt: f"{var}._to_json()",
    "union": lambda t, var, depth, fmt: f"{var}._to_json()",
    "document": _same,
}


def _args(var: str, where: str) -> str:
    """The arguments of a runtime decoder: the value, and the member's name when known."""
    return f"{var}, {where}" if where else var


def _exact_value(var: str, where: str, python_type: str, expect: str) -> str:
    """``var`` when its type is exactly ``python_type`` (what the JSON loaders
    make), else the runtime's ``expect`` check of it, which converts it or
    raises a wire-type error: the common case costs no call."""
    return f"({var} if type({var}) is {python_type} else _rt.{expect}({_args(var, where)}))"


def _exact(python_type: str, expect: str) -> Callable[[Type, str, int, str], str]:
    def decoder(t: Type, var: str, depth: int, where: str) -> str:
        return _exact_value(var, where, python_type, expect)

    return decoder


def _decode_list(t: Type, var: str, depth: int, where: str) -> str:
    assert t.item is not None
    item = f"v{depth}"
    inner = _DECODERS[t.item.kind](t.item, item, depth + 1, where)
    return f"[{inner} for {item} in {_exact_value(var, where, '_rt.JSON_ARRAY', 'expect_list')} if {item} is not None]"


def _decode_map(t: Type, var: str, depth: int, where: str) -> str:
    assert t.value is not None
    key, item = f"k{depth}", f"v{depth}"
    inner = _DECODERS[t.value.kind](t.value, item, depth + 1, where)
    return (
        f"{{{key}: {inner} for {key}, {item} in {_exact_value(var, where, '_rt.JSON_OBJECT', 'expect_object')}.items()"
        f" if {item} is not None}}"
    )


def _decode_structure(t: Type, var: str, depth: int, where: str) -> str:
    return f"{t.class_name}._from_json({_exact_value(var, where, '_rt.JSON_OBJECT', 'expect_object')})"


_DECODERS: dict[str, Callable[[Type, str, int, str], str]] = {
    "string": _exact("str", "expect_str"),
    "enum": _exact("str", "expect_str"),
    "integer": _exact("int", "expect_int"),
    "float": lambda t, var, depth, where: f"_rt.expect_float({_args(var, where)})",
    "boolean": _exact("bool", "expect_bool"),
    "timestamp": lambda t, var, depth, where: timestamp.parse(_args(var, where)),
    "blob": lambda t, var, depth, where: f"_rt.b64decode({_args(var, where)})",
    "list": _decode_list,
    "map": _decode_map,
    "structure": _decode_structure,
    "union": _decode_structure,
    "document": lambda t, var, depth, where: var,
}
