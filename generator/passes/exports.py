"""Pass 7, exports: every public name of the package and the module defining it."""

from __future__ import annotations

from ..ir import Service, Structure


def _names_of(structure: Structure) -> list[str]:
    extra = [
        lens for lens in (structure.http_status_lens, structure.unknown_lens) if lens
    ]
    return (
        [structure.class_name, structure.constructor]
        + [m.lens for m in structure.members]
        + extra
    )


def exports(service: Service) -> dict[str, str]:
    """Public name -> module, sorted by name."""
    found: dict[str, str] = {}
    for op in service.operations:
        for structure in (op.input, op.output):
            for name in _names_of(structure):
                found[name] = op.module
    for module in service.modules:
        for structure in module.structures:
            for name in _names_of(structure):
                found[name] = module.name
    found[service.base_error] = "errors"
    for error in service.errors:
        found[error.class_name] = "errors"
    for enum in service.enums:
        found[enum.class_name] = "enums"
    return dict(sorted(found.items()))


def by_module(found: dict[str, str]) -> list[tuple[str, list[str]]]:
    """The exported names grouped by module, modules sorted."""
    grouped: dict[str, list[str]] = {}
    for name, module in found.items():
        grouped.setdefault(module, []).append(name)
    return sorted(grouped.items())
