"""Validation: the checks a generated ``validate()`` runs, and their errors.

Part of the runtime every generated package of this output folder shares.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from typing import Any, cast

from .errors import ValidationError
from .models import Pattern


def check_type(
    errors: list[str], path: str, value: Any, kind: type | tuple[type, ...], name: str
) -> bool:
    """Record an error unless ``value`` is a ``kind``; say whether it is."""
    if isinstance(value, kind) and not (
        isinstance(value, bool) and kind in (int, float, (int, float))
    ):
        return True
    errors.append(f"{path}: expected {name}, got {type(value).__name__}")
    return False


def check_str(
    errors: list[str],
    path: str,
    value: Any,
    min_len: int | None = None,
    max_len: int | None = None,
    pattern: Pattern | None = None,
    enum: frozenset[str] | None = None,
) -> None:
    """Check a string's type, length in characters, pattern and enum membership."""
    if not isinstance(value, str):
        errors.append(f"{path}: expected str, got {type(value).__name__}")
        return
    if min_len is not None or max_len is not None:
        check_length(errors, path, len(value), min_len, max_len)
    if pattern is not None and not pattern.search(value):
        errors.append(
            f"{path}: {value!r} does not match the pattern {pattern.source!r}"
        )
    if enum is not None and value not in enum:
        errors.append(f"{path}: {value!r} is not one of {sorted(enum)!r}")


def check_length(
    errors: list[str], path: str, length: int, min_len: int | None, max_len: int | None
) -> None:
    """Check a length against a model's ``min`` and ``max``."""
    if min_len is not None and length < min_len:
        errors.append(f"{path}: length {length} is below the minimum {min_len}")
    if max_len is not None and length > max_len:
        errors.append(f"{path}: length {length} is above the maximum {max_len}")


def check_number(
    errors: list[str],
    path: str,
    value: Any,
    integral: bool,
    minimum: float | None = None,
    maximum: float | None = None,
) -> None:
    """Check an int's or float's type and range."""
    if isinstance(value, bool) or not isinstance(
        value, int if integral else (int, float)
    ):
        errors.append(
            f"{path}: expected {'int' if integral else 'float'}, got {type(value).__name__}"
        )
        return
    if minimum is not None and value < minimum:
        errors.append(f"{path}: {value!r} is below the minimum {minimum!r}")
    if maximum is not None and value > maximum:
        errors.append(f"{path}: {value!r} is above the maximum {maximum!r}")


def check_document(errors: list[str], path: str, value: Any) -> None:
    """Check that ``value`` is a JSON value."""
    if value is None or isinstance(value, (bool, int, str)):
        return
    if isinstance(value, float):
        if not math.isfinite(value):
            errors.append(f"{path}: {value!r} is not a JSON number")
        return
    if isinstance(value, list):
        for index, item in enumerate(cast(list[object], value)):
            check_document(errors, f"{path}[{index}]", item)
        return
    if isinstance(value, dict):
        for key, item in cast(dict[object, object], value).items():
            if not isinstance(key, str):
                errors.append(f"{path}: key {key!r} is not a string")
            check_document(errors, f"{path}.{key}", item)
        return
    errors.append(f"{path}: {type(value).__name__} is not a JSON value")


def check_union(errors: list[str], path: str, set_members: int) -> None:
    """Check that exactly one member of a union is set."""
    if set_members != 1:
        errors.append(
            f"{path}: exactly one member of a union must be set, got {set_members}"
        )


def required(data: Mapping[str, Any], key: str) -> Any:
    """``data[key]`` for a required member of a boto3-style dict."""
    try:
        return data[key]
    except KeyError:
        raise ValidationError([f"{key}: required but missing"]) from None


def raise_if(errors: list[str]) -> None:
    """Raise one :class:`ValidationError` for all recorded errors, if any."""
    if errors:
        raise ValidationError(errors)
