"""Structures and unions: a generated class, validated, converted by its own methods."""

from __future__ import annotations

from ..ir import Scope, Type
from .base import Codec


class StructureCodec(Codec):
    def annotation(self, t: Type) -> str:
        return t.class_name

    def check(
        self, t: Type, var: str, path: str, scope: Scope, depth: int
    ) -> list[str]:
        cls = t.class_name
        return [
            f"if isinstance({var}, {cls}):",
            f'    {var}._validate({path} + ".", errors)',
            "else:",
            f'    errors.append(f"{{{path}}}: expected {cls}, got {{type({var}).__name__}}")',
        ]

    def to_dict(self, t: Type, var: str, depth: int) -> str:
        return f"{var}.to_dict()"

    def from_dict(self, t: Type, var: str, depth: int, path: str) -> str:
        return f'{t.class_name}.from_dict({var}, path={path} + ".")'


class UnionCodec(StructureCodec):
    """A union is a class like a structure; exactly one member set is checked
    by its own ``_validate``."""
