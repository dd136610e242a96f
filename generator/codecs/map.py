"""Maps: ``dict[str, value]``, checked for length, then key and value of each entry."""

from __future__ import annotations

from ..ir import Scope, Type
from .base import Codec, annotation, bound, check, from_dict, to_dict
from .list import null_or


def _parts(t: Type) -> tuple[Type, Type]:
    assert t.key is not None and t.value is not None, t.shape
    return t.key, t.value


class MapCodec(Codec):
    def annotation(self, t: Type) -> str:

        return f"dict[str, {annotation(_parts(t)[1])}]"

    def check(
        self, t: Type, var: str, path: str, scope: Scope, depth: int
    ) -> list[str]:

        key_type, value_type = _parts(t)
        key, item, item_path = f"k{depth}", f"v{depth}", f"p{depth}"
        lines = [f'if _rt.check_type(errors, {path}, {var}, dict, "dict"):']
        if t.min is not None or t.max is not None:
            lines.append(
                f"    _rt.check_length(errors, {path}, len({var}), {bound(t.min)}, {bound(t.max)})"
            )
        lines.append(f"    for {key}, {item} in {var}.items():")
        lines.append(f'        {item_path} = f"{{{path}}}[{{{key}!r}}]"')
        lines += [
            "        " + line
            for line in check(key_type, key, item_path, scope, depth + 1)
        ]
        return lines + null_or(
            item, item_path, check(value_type, item, item_path, scope, depth + 1)
        )

    def to_dict(self, t: Type, var: str, depth: int) -> str:

        key, item = f"k{depth}", f"v{depth}"
        inner = to_dict(_parts(t)[1], item, depth + 1)
        return (
            f"dict({var})"
            if inner == item
            else f"{{{key}: {inner} for {key}, {item} in {var}.items()}}"
        )

    def from_dict(self, t: Type, var: str, depth: int, path: str) -> str:
        key, item = f"k{depth}", f"v{depth}"
        entries = f"_rt.expect_mapping({var}, {path})"
        inner = from_dict(_parts(t)[1], item, f'{path} + f"[{{{key}!r}}]"', depth + 1)
        if inner == item:
            return f"dict({entries})"
        return f"{{{key}: {inner} for {key}, {item} in {entries}.items()}}"
