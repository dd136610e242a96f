"""What compiled JMESPath expressions call: JMESPath's semantics in plain Python.

Part of the runtime every generated package of this output folder shares.
The generator compiles the expressions of a service's paginators and
waiters into Python over the generated dataclasses (its ``paginators`` and
``waiters`` modules): field access is written out there; projections
(:func:`project`, with a function of each item), filters (:func:`select`),
flattening and map values are here, and so are the operations whose
JMESPath meaning differs from Python's: truthiness (``0`` is true, an
empty structure false), equality (``true`` is not ``1``), ordering (numbers
and strings only, else null), ``length()``, and reading values of no
modeled type (documents).

Where JMESPath raises a type error (``length()`` of a number or of null) these
return None: the expression yields null and no acceptor matches it.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterable, Mapping, Sequence, Sized
from typing import TypeVar, cast

T = TypeVar("T")
U = TypeVar("U")
C = TypeVar("C", float, str)  # what JMESPath orders


def truthy(value: object) -> bool:
    """JMESPath's truth: false, null and empty strings, lists and objects are
    false; everything else (``0`` too) is true."""
    if value is None or value is False:
        return False
    if isinstance(value, (str, bytes, list, tuple, dict)):
        return len(cast("Sized", value)) > 0
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return any(
            getattr(value, f.name) is not None
            for f in dataclasses.fields(value)
            if f.name != "http_status"
        )
    return True


def _is_number(value: object) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def equal(left: object, right: object) -> bool:
    """JMESPath's ``==``: Python's, except that no number equals a boolean."""
    if _is_number(left) and isinstance(right, bool):
        return False
    if _is_number(right) and isinstance(left, bool):
        return False
    return left == right


def compare(op: str, left: object, right: object) -> bool | None:
    """``left op right`` as JMESPath evaluates it: ``==``/``!=`` compare any
    values; ``<``, ``<=``, ``>``, ``>=`` order two numbers or two strings,
    and are null for anything else."""
    if op == "==":
        return equal(left, right)
    if op == "!=":
        return not equal(left, right)
    if isinstance(left, str) and isinstance(right, str):
        return _order(op, left, right)
    if (
        isinstance(left, (int, float))
        and isinstance(right, (int, float))
        and _is_number(left)
        and _is_number(right)
    ):
        return _order(op, left, right)
    return None


def _order(op: str, left: C, right: C) -> bool:
    if op == "<":
        return left < right
    if op == "<=":
        return left <= right
    if op == ">":
        return left > right
    return left >= right


def length(value: object) -> int | None:
    """``length()``: of a string (code points), a list or a map; None otherwise."""
    if isinstance(value, (str, list, tuple, dict)):
        return len(cast("Sized", value))
    return None


def index(values: Sequence[T] | None, position: int) -> T | None:
    """``values[position]`` (negative from the end), or None out of range."""
    if values is None or not -len(values) <= position < len(values):
        return None
    return values[position]


def project(
    values: Iterable[T] | None, each: Callable[[T], U | None]
) -> list[U] | None:
    """A projection: ``each`` of every item, the Nones dropped; None when
    ``values`` is (not a list)."""
    if values is None:
        return None
    return [result for value in values if (result := each(value)) is not None]


def select(
    values: Iterable[T] | None, condition: Callable[[T], object]
) -> list[T] | None:
    """A filter (``values[?condition]``): the items for which ``condition``
    is true; None when ``values`` is."""
    if values is None:
        return None
    return [value for value in values if truthy(condition(value))]


def flatten(values: Iterable[Iterable[T]] | None) -> list[T] | None:
    """``values[]`` of a list of lists: their items, spliced into one list."""
    if values is None:
        return None
    return [item for inner in values for item in inner]


def keys(value: object) -> list[str] | None:
    """``keys()``: a map's keys (None for anything else, where JMESPath
    raises an invalid-type error: the search then has no value)."""
    if isinstance(value, Mapping):
        return [str(k) for k in cast("Mapping[object, object]", value)]
    return None


def values(mapping: Mapping[str, T] | None) -> list[T] | None:
    """``mapping.*``: a map's values, as a list."""
    return None if mapping is None else list(mapping.values())


def as_list(value: object) -> list[object] | None:
    """A value of no modeled type as a list, or None if it is not one."""
    if isinstance(value, list):
        return list(cast("list[object]", value))
    return None


def index_any(value: object, position: int) -> object:
    """:func:`index` of a value of no modeled type."""
    return index(as_list(value), position)


def flatten_any(value: object) -> list[object] | None:
    """``value[]`` of a value of no modeled type: the items of its list items
    spliced in; None if it is not a list."""
    values = as_list(value)
    if values is None:
        return None
    flat: list[object] = []
    for item in values:
        if isinstance(item, list):
            flat.extend(cast("list[object]", item))
        else:
            flat.append(item)
    return flat


def key(value: object, name: str) -> object:
    """``value.name`` of a value of no modeled type: a map's entry, else None."""
    if isinstance(value, dict):
        return cast("dict[str, object]", value).get(name)
    return None


def values_any(value: object) -> list[object] | None:
    """``value.*`` of a value of no modeled type: a map's values, else None."""
    if isinstance(value, dict):
        return list(cast("dict[str, object]", value).values())
    return None
