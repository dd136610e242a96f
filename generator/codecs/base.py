"""The interface every shape-kind codec implements, and the scalar defaults."""

from __future__ import annotations

from typing import Any

from ..ir import Kind, Scope, Type


class Codec:
    """The code text of one kind of value; scalars pass through dicts unchanged."""

    def annotation(self, t: Type) -> str:
        raise NotImplementedError

    def check(
        self, t: Type, var: str, path: str, scope: Scope, depth: int
    ) -> list[str]:
        raise NotImplementedError

    def to_dict(self, t: Type, var: str, depth: int) -> str:
        return var

    def from_dict(self, t: Type, var: str, depth: int, path: str) -> str:
        """A value of ``t`` from ``var`` of a boto3-style dict; ``path`` is an
        expression naming ``var``'s place, for the error when it has the
        wrong kind (scalars are taken as they are: ``validate()`` checks them)."""
        return var


def bound(value: Any) -> str:
    """A model bound as Python source (``None`` when absent; ``5.0`` as ``5``)."""
    if value is None:
        return "None"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return repr(value)


def type_check(var: str, path: str, python_type: str) -> str:
    """The line that records a value of the wrong Python type."""
    return f'_rt.check_type(errors, {path}, {var}, {python_type}, "{python_type}")'


#: The codec of each kind, filled in by the package (``codecs/__init__.py``).
REGISTRY: dict[Kind, Codec] = {}


def annotation(t: Type) -> str:
    """The Python type of a value of ``t``."""
    return REGISTRY[t.kind].annotation(t)


def check(t: Type, var: str, path: str, scope: Scope, depth: int = 1) -> list[str]:
    """Lines recording every constraint ``var`` (not None) breaks; ``path``
    names the variable holding its dotted path."""
    return REGISTRY[t.kind].check(t, var, path, scope, depth)


def to_dict(t: Type, var: str, depth: int = 1) -> str:
    """``var`` in boto3's parameter style."""
    return REGISTRY[t.kind].to_dict(t, var, depth)


def from_dict(t: Type, var: str, path: str, depth: int = 1) -> str:
    """A value of ``t`` from ``var`` in boto3's parameter style; ``path`` is a
    Python expression naming where ``var`` is (for errors)."""
    return REGISTRY[t.kind].from_dict(t, var, depth, path)
