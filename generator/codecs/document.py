"""Documents: any JSON value, as ``_rt.Document``."""

from __future__ import annotations

from ..ir import Scope, Type
from .base import Codec


class DocumentCodec(Codec):
    def annotation(self, t: Type) -> str:
        return "_rt.Document"

    def check(
        self, t: Type, var: str, path: str, scope: Scope, depth: int
    ) -> list[str]:
        return [f"_rt.check_document(errors, {path}, {var})"]
