"""Blobs: ``bytes``, checked for length."""

from __future__ import annotations

from ..ir import Scope, Type
from .base import Codec, bound, type_check


class BlobCodec(Codec):
    def annotation(self, t: Type) -> str:
        return "bytes"

    def check(
        self, t: Type, var: str, path: str, scope: Scope, depth: int
    ) -> list[str]:
        if t.min is None and t.max is None:
            return [type_check(var, path, "bytes")]
        return [
            f"if {type_check(var, path, 'bytes')}:",
            f"    _rt.check_length(errors, {path}, len({var}), {bound(t.min)}, {bound(t.max)})",
        ]
