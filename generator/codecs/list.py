"""Lists: ``list[item]``, checked for length and item by item."""

from __future__ import annotations

from ..ir import Scope, Type
from .base import Codec, annotation, bound, check, from_dict, to_dict


def _item(t: Type) -> Type:
    assert t.item is not None, t.shape
    return t.item


class ListCodec(Codec):
    def annotation(self, t: Type) -> str:

        return f"list[{annotation(_item(t))}]"

    def check(
        self, t: Type, var: str, path: str, scope: Scope, depth: int
    ) -> list[str]:

        item, item_path = f"v{depth}", f"p{depth}"
        lines = [f'if _rt.check_type(errors, {path}, {var}, list, "list"):']
        if t.min is not None or t.max is not None:
            lines.append(
                f"    _rt.check_length(errors, {path}, len({var}), {bound(t.min)}, {bound(t.max)})"
            )
        lines.append(f"    for i{depth}, {item} in enumerate({var}):")
        lines.append(f'        {item_path} = f"{{{path}}}[{{i{depth}}}]"')
        return lines + null_or(
            item, item_path, check(_item(t), item, item_path, scope, depth + 1)
        )

    def to_dict(self, t: Type, var: str, depth: int) -> str:

        item = f"v{depth}"
        inner = to_dict(_item(t), item, depth + 1)
        return f"list({var})" if inner == item else f"[{inner} for {item} in {var}]"

    def from_dict(self, t: Type, var: str, depth: int, path: str) -> str:
        item, index = f"v{depth}", f"i{depth}"
        items = f"_rt.expect_sequence({var}, {path})"
        inner = from_dict(_item(t), item, f'{path} + f"[{{{index}}}]"', depth + 1)
        if inner == item:
            return f"list({items})"
        return f"[{inner} for {index}, {item} in enumerate({items})]"


def null_or(item: str, item_path: str, inner: list[str]) -> list[str]:
    """An item's check inside a collection loop: ``null`` is never a valid item."""
    return [
        f"        if {item} is None:",
        f'            errors.append({item_path} + ": null is not allowed")',
        "        else:",
        *("            " + line for line in inner),
    ]
