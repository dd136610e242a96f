"""Pass 3, types: each shape as a :class:`~generator.ir.Type`."""

from __future__ import annotations

import dataclasses
from typing import Any

from ..ir import Kind, Type

INTEGER_TYPES = frozenset({"integer", "long", "short", "byte", "biginteger"})
FLOAT_TYPES = frozenset({"float", "double", "bigdecimal"})


class Types:
    """The type of every shape, built once; ``classes`` maps a structure to
    ``(module, class name)``."""

    def __init__(
        self, shapes: dict[str, Any], classes: dict[str, tuple[str, str]]
    ) -> None:
        self.shapes = shapes
        self.classes = classes
        self._cache: dict[str, Type] = {}

    def of(self, name: str) -> Type:
        """The type of the shape ``name``."""
        found = self._cache.get(name)
        if found is None:
            found = self._cache[name] = self._build(name)
        return found

    def _name(self, ref: dict[str, Any]) -> str:
        """The ``locationName`` of a list's member or a map's key or value:
        the reference's, else its shape's (as botocore merges them)."""
        target: dict[str, Any] = self.shapes[ref["shape"]]
        return str(ref.get("locationName") or target.get("locationName") or "")

    def _build(self, name: str) -> Type:
        built = self._kind(name)
        if self.shapes[name].get("sensitive"):
            return dataclasses.replace(built, sensitive=True)
        return built

    def _kind(self, name: str) -> Type:
        shape: dict[str, Any] = self.shapes[name]
        kind: str = shape["type"]
        lo, hi = shape.get("min"), shape.get("max")
        if kind in ("string", "character"):
            return Type(
                "enum" if "enum" in shape else "string",
                name,
                min=lo,
                max=hi,
                pattern=shape.get("pattern"),
                enum=tuple(shape.get("enum", ())),
                json_value=bool(shape.get("jsonvalue")),
                media_type=shape.get("mediaType"),
            )
        if kind in INTEGER_TYPES:
            return Type("integer", name, min=lo, max=hi)
        if kind in FLOAT_TYPES:
            return Type("float", name, min=lo, max=hi)
        if kind == "boolean":
            return Type("boolean", name)
        if kind == "timestamp":
            return Type(
                "timestamp", name, timestamp_format=shape.get("timestampFormat")
            )
        if kind == "blob":
            return Type(
                "blob",
                name,
                min=lo,
                max=hi,
                media_type=shape.get("mediaType"),
                streaming=bool(shape.get("streaming")),
            )
        if kind == "list":
            return Type(
                "list",
                name,
                min=lo,
                max=hi,
                item=self.of(shape["member"]["shape"]),
                item_timestamp_format=shape["member"].get("timestampFormat"),
                flattened=bool(shape.get("flattened")),
                item_name=self._name(shape["member"]),
            )
        if kind == "map":
            return Type(
                "map",
                name,
                min=lo,
                max=hi,
                key=self.of(shape["key"]["shape"]),
                value=self.of(shape["value"]["shape"]),
                flattened=bool(shape.get("flattened")),
                key_name=self._name(shape["key"]),
                value_name=self._name(shape["value"]),
            )
        if shape.get("document"):
            return Type("document", name)
        module, class_name = self.classes.get(name, ("", ""))
        structure: Kind = "union" if shape.get("union") else "structure"
        return Type(structure, name, module=module, class_name=class_name)


def document(shape: str) -> Type:
    """A document type standing for a member that carries any JSON value."""
    return Type("document", shape)
