"""Strings: ``str``, checked for length, pattern and (see ``enum``) known values."""

from __future__ import annotations

from ..ir import Scope, Type
from .base import Codec, bound


class StringCodec(Codec):
    def annotation(self, t: Type) -> str:
        return "str"

    def check(
        self, t: Type, var: str, path: str, scope: Scope, depth: int
    ) -> list[str]:
        args = [f"errors, {path}, {var}"]
        if t.min is not None or t.max is not None:
            args.append(f"min_len={bound(t.min)}, max_len={bound(t.max)}")
        if t.pattern is not None:
            args.append(f"pattern={scope.pattern_names[t.pattern]}")
        if t.enum:
            args.append(f"enum={scope.enum_names[t.shape]}")
        if t.sensitive and (t.pattern is not None or t.enum):
            args.append("secret=True")  # the messages then never quote the value
        return [f"_rt.check_str({', '.join(args)})"]
