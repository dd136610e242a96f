"""Booleans: ``bool``."""

from __future__ import annotations

from ..ir import Scope, Type
from .base import Codec, type_check


class BooleanCodec(Codec):
    def annotation(self, t: Type) -> str:
        return "bool"

    def check(
        self, t: Type, var: str, path: str, scope: Scope, depth: int
    ) -> list[str]:
        return [type_check(var, path, "bool")]
