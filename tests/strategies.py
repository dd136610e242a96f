"""Hypothesis strategies for the generated dataclasses, built from their type hints."""

from __future__ import annotations

import dataclasses
import datetime
import functools
import types
import typing
from typing import Any

from hypothesis import strategies as st

_UTC = datetime.timezone.utc

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | st.text(max_size=5)
    | st.floats(allow_nan=False, allow_infinity=False),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=6,
)

timestamps = st.datetimes(
    min_value=datetime.datetime(1970, 1, 2), max_value=datetime.datetime(2100, 1, 1), timezones=st.just(_UTC)
).map(lambda d: d.replace(microsecond=d.microsecond // 1000 * 1000))


def for_type(tp: Any, depth: int = 0) -> st.SearchStrategy[Any]:
    """Values of the annotation ``tp`` (as resolved by typing.get_type_hints)."""
    origin = typing.get_origin(tp)
    if origin in (types.UnionType, typing.Union):
        options = [for_type(a, depth) for a in typing.get_args(tp) if a is not type(None)]
        has_none = type(None) in typing.get_args(tp)
        strategy = st.one_of(*options)
        return st.none() | strategy if has_none else strategy
    if origin is list:
        (item,) = typing.get_args(tp)
        return st.lists(for_type(item, depth + 1), max_size=0 if depth > 2 else 2)
    if origin is dict:
        _, value = typing.get_args(tp)
        return st.dictionaries(st.text(max_size=4), for_type(value, depth + 1), max_size=0 if depth > 2 else 2)
    if tp is str:
        return st.text(max_size=8)
    if tp is bool:
        return st.booleans()
    if tp is int:
        return st.integers(-(2**31), 2**31)
    if tp is float:
        return st.floats(allow_nan=False, allow_infinity=False, width=64)
    if tp is bytes:
        return st.binary(max_size=8)
    if tp is datetime.datetime:
        return timestamps
    if isinstance(tp, (str, typing.ForwardRef)) or tp is typing.Any:  # the Document alias
        return json_values
    if dataclasses.is_dataclass(tp):
        return instances(tp, depth + 1)
    raise TypeError(f"no strategy for {tp!r}")


@functools.lru_cache(maxsize=None)
def hints(cls: type) -> dict[str, Any]:
    module = __import__(cls.__module__, fromlist=["_"])
    # ``Document`` is a recursive alias spelled as a string; resolve its
    # self-references to Any (for_type turns Any into JSON values).
    return typing.get_type_hints(cls, vars(module), {"Document": typing.Any})


def instances(cls: type, depth: int = 0) -> st.SearchStrategy[Any]:
    """Instances of a generated dataclass; optional fields often None, nesting bounded."""
    fields = {}
    for f in dataclasses.fields(cls):
        tp = hints(cls)[f.name]
        optional = f.default is None
        if depth > 3 and optional:
            fields[f.name] = st.none()
        else:
            fields[f.name] = st.deferred(lambda tp=tp: for_type(tp, depth))
    return st.builds(cls, **fields)
