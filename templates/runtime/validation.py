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
    secret: bool = False,
) -> None:
    """Check a string's type, length in characters, pattern and enum
    membership; a ``secret`` value (a sensitive member) is never quoted."""
    if not isinstance(value, str):
        errors.append(f"{path}: expected str, got {type(value).__name__}")
        return
    if min_len is not None or max_len is not None:
        check_length(errors, path, len(value), min_len, max_len)
    shown = "the value" if secret else repr(value)
    if pattern is not None and not pattern.search(value):
        errors.append(f"{path}: {shown} does not match the pattern {pattern.source!r}")
    if enum is not None and value not in enum:
        errors.append(f"{path}: {shown} is not one of {sorted(enum)!r}")


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
    secret: bool = False,
) -> None:
    """Check an int's or float's type and range; a ``secret`` value is never quoted."""
    if isinstance(value, bool) or not isinstance(
        value, int if integral else (int, float)
    ):
        errors.append(
            f"{path}: expected {'int' if integral else 'float'}, got {type(value).__name__}"
        )
        return
    shown = "the value" if secret else repr(value)
    if minimum is not None and value < minimum:
        errors.append(f"{path}: {shown} is below the minimum {minimum!r}")
    if maximum is not None and value > maximum:
        errors.append(f"{path}: {shown} is above the maximum {maximum!r}")


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


def required(data: Mapping[str, Any], key: str, path: str = "") -> Any:
    """``data[key]`` for a required member of a boto3-style dict (``path``
    prefixes the key in the error when it is missing or None)."""
    value = data.get(key)
    if value is None:
        raise ValidationError([f"{path}{key}: required but missing"])
    return value


def expect_mapping(value: Any, where: str) -> Mapping[str, Any]:
    """``value`` when it is a mapping (a boto3-style structure or map);
    a ``ValidationError`` naming ``where`` otherwise."""
    if isinstance(value, Mapping):
        return cast(Mapping[str, Any], value)
    raise ValidationError([f"{where}: expected a dict, got {type(value).__name__}"])


def expect_sequence(value: Any, where: str) -> list[Any] | tuple[Any, ...]:
    """``value`` when it is a list or tuple (a boto3-style list); a
    ``ValidationError`` naming ``where`` otherwise (a string is no list)."""
    if isinstance(value, (list, tuple)):
        return cast(list[Any], value)
    raise ValidationError([f"{where}: expected a list, got {type(value).__name__}"])


def response_status(data: Mapping[str, Any], path: str) -> int:
    """``ResponseMetadata.HTTPStatusCode`` of a boto3-style response dict."""
    metadata = expect_mapping(
        required(data, "ResponseMetadata", path), path + "ResponseMetadata"
    )
    status = required(metadata, "HTTPStatusCode", path + "ResponseMetadata.")
    if isinstance(status, bool) or not isinstance(status, int):
        raise ValidationError(
            [
                f"{path}ResponseMetadata.HTTPStatusCode: expected int, got {type(status).__name__}"
            ]
        )
    return status


def unknown_member_name(data: Mapping[str, Any], path: str) -> str | None:
    """The ``SDK_UNKNOWN_MEMBER`` name of a boto3-style union dict, if set."""
    value = data.get("SDK_UNKNOWN_MEMBER")
    if value is None:
        return None
    name = required(
        expect_mapping(value, path + "SDK_UNKNOWN_MEMBER"),
        "name",
        path + "SDK_UNKNOWN_MEMBER.",
    )
    if not isinstance(name, str):
        raise ValidationError(
            [f"{path}SDK_UNKNOWN_MEMBER.name: expected str, got {type(name).__name__}"]
        )
    return name


def raise_if(errors: list[str]) -> None:
    """Raise one :class:`ValidationError` for all recorded errors, if any."""
    if errors:
        raise ValidationError(errors)
