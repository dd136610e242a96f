"""The lens laws, checked with hypothesis over every lens the bindings define.

For a lens ``l`` on wholes ``s`` and parts ``a``, ``a2``:

* get-set: ``l.set(s, l.get(s)) == s``
* set-get: ``l.get(l.set(s, a)) == a``
* set-set: ``l.set(l.set(s, a), a2) == l.set(s, a2)``
"""

from __future__ import annotations

import importlib
import pkgutil
import typing
from collections import defaultdict
from types import ModuleType
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .strategies import for_type, instances

PACKAGES = ["generated.connect", "generated.connectparticipant"]


def lenses_by_class(package: str) -> dict[type, list[tuple[str, Any, Any]]]:
    """Every module-level lens of ``package``, grouped by the class it focuses into.

    Generated lenses are built as ``Lens[Whole, Part](...)``; their
    ``__orig_class__`` gives both types.
    """
    pkg = importlib.import_module(package)
    found: dict[type, list[tuple[str, Any, Any]]] = defaultdict(list)
    runtime = importlib.import_module(package.rsplit(".", 1)[0] + "._runtime.restjson")
    for info in pkgutil.walk_packages(pkg.__path__, package + "."):
        module: ModuleType = importlib.import_module(info.name)
        for name, value in vars(module).items():
            if isinstance(value, runtime.Lens):
                whole, part = typing.get_args(value.__orig_class__)
                found[whole].append((name, value, part))
    return found


def _cases() -> list[tuple[str, type, list[tuple[str, Any, Any]]]]:
    cases = []
    for package in PACKAGES:
        try:
            groups = lenses_by_class(package)
        except ModuleNotFoundError:
            continue
        for cls, lenses in sorted(groups.items(), key=lambda item: item[0].__qualname__):
            cases.append((package, cls, lenses))
    return cases


CASES = _cases()


def test_every_field_has_a_lens() -> None:
    import dataclasses

    assert CASES, "no generated lenses found"
    for _, cls, lenses in CASES:
        fields = [f.name for f in dataclasses.fields(cls)]
        assert len(lenses) == len(fields), (cls, fields, [name for name, _, _ in lenses])


@pytest.mark.parametrize(
    ("cls", "lenses"), [(c, ls) for _, c, ls in CASES], ids=[f"{p.rsplit('.', 1)[1]}.{c.__name__}" for p, c, _ in CASES]
)
@settings(max_examples=5, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data())
def test_lens_laws(cls: type, lenses: list[tuple[str, Any, Any]], data: st.DataObject) -> None:
    # Other tests may re-import the generated modules: use the current ones
    # (a lens is defined in its class's module).
    module = importlib.import_module(cls.__module__)
    cls = getattr(module, cls.__name__)
    current = [getattr(module, name) for name, _, _ in lenses]
    lenses = [(name, lens, typing.get_args(lens.__orig_class__)[1]) for (name, _, _), lens in zip(lenses, current)]
    whole = data.draw(instances(cls), label="whole")
    for name, lens, part_type in lenses:
        part = data.draw(for_type(part_type), label=f"{name} part")
        other = data.draw(for_type(part_type), label=f"{name} other part")
        assert lens.set(whole, lens.get(whole)) == whole, f"{name}: get-set"
        assert lens.get(lens.set(whole, part)) == part, f"{name}: set-get"
        assert lens.set(lens.set(whole, part), other) == lens.set(whole, other), f"{name}: set-set"
