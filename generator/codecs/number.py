"""Integers (``int``) and floating-point numbers (``float``), checked for range."""

from __future__ import annotations

from ..ir import Scope, Type
from .base import Codec, bound


class _Number(Codec):
    integral: bool
    python_type: str

    def annotation(self, t: Type) -> str:
        return self.python_type

    def check(
        self, t: Type, var: str, path: str, scope: Scope, depth: int
    ) -> list[str]:
        bounds = (
            f", minimum={bound(t.min)}, maximum={bound(t.max)}"
            if t.min is not None or t.max is not None
            else ""
        )
        if t.sensitive and bounds:
            bounds += ", secret=True"  # the messages then never quote the value
        return [f"_rt.check_number(errors, {path}, {var}, {self.integral}{bounds})"]


class IntegerCodec(_Number):
    integral = True
    python_type = "int"


class FloatCodec(_Number):
    integral = False
    python_type = "float"
