"""Enums: open strings (any value the service sends is kept); the known values
are checked on the way out, from a module constant the constants pass names."""

from __future__ import annotations

from .string import StringCodec


class EnumCodec(StringCodec):
    """An enum is a string whose check also names its constant of known values
    (``StringCodec.check`` adds ``enum=`` for a type with values)."""
