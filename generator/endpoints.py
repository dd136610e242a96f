"""Endpoint rule sets: read beside a spec, checked, and turned into IR.

A service folder may hold botocore's ``endpoint-rule-set-1.json`` beside its
``service-2.json`` (``update`` copies it).  The generated package then
resolves its endpoints with it: the rules are interpreted at run time by
``_runtime/endpoints.py`` (see its docstring for why an interpreter), and
the generator checks each rule set here with that very module, so a rule set
it accepts is one the bindings can run.  ``aws.partition`` reads the
partition table shipped in ``generator/data/partitions.json`` (botocore's,
refreshed with botocore).
"""

from __future__ import annotations

import functools
import importlib.util
import json
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

from .errors import Problem, SpecError
from .ir import EndpointParameter, EndpointRules
from .load import Document, parse_document

#: The file, beside a spec, that holds the service's endpoint rules.
RULE_SET_FILE = "endpoint-rule-set-1.json"

PARTITIONS_FILE = Path(__file__).resolve().parent / "data" / "partitions.json"

_PLACE = re.compile(r"^((?:[A-Za-z0-9_.-]+|\[\d+\])+): (.*)$", re.S)


def find(spec: Path) -> Path | None:
    """The rule set beside a spec file, if there is one."""
    path = spec.with_name(RULE_SET_FILE)
    return path if path.is_file() else None


@functools.cache
def partitions() -> dict[str, Any]:
    """The partition table ``aws.partition`` reads."""
    data: dict[str, Any] = json.loads(PARTITIONS_FILE.read_text("utf-8"))
    return data


@functools.cache
def _runtime_module() -> ModuleType:
    """The runtime's resolver (``templates/runtime/endpoints.py``), loaded from
    its file: the generator checks rule sets with the code that runs them."""
    from .render import runtime_source

    path = runtime_source("endpoints.py")
    spec = importlib.util.spec_from_file_location(
        "_aws_bindings_generator_endpoints", path
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (dataclasses look their module up)
    spec.loader.exec_module(module)
    return module


def load(path: Path) -> EndpointRules:
    """Read, check and describe a rule set; SpecError names what is wrong, where."""
    return from_document(parse_document(path.read_bytes(), str(path), "json"))


def from_document(doc: Document) -> EndpointRules:
    """Check and describe a rule set already parsed."""
    data = doc.data
    try:
        _runtime_module().RuleSet(data, partitions())
    except ValueError as exc:
        raise SpecError([_locate(doc, str(exc))]) from None
    parameters: dict[str, Any] = data.get("parameters", {})
    return EndpointRules(
        rules=data,
        parameters=[
            EndpointParameter(
                name=name,
                type=str(spec.get("type", "string")),
                builtin=spec.get("builtIn"),
                required=bool(spec.get("required")),
                default=spec.get("default"),
                docs=str(spec.get("documentation", "")),
            )
            for name, spec in parameters.items()
        ],
    )


def _locate(doc: Document, message: str) -> Problem:
    """A problem at the place the resolver's message names (``rules[2].conditions[0]: ...``)."""
    match = _PLACE.match(message)
    if match is None:
        return doc.problem((), message)
    path: list[str | int] = []
    for part in re.findall(r"[^.\[\]]+|\[\d+\]", match.group(1)):
        path.append(int(part[1:-1]) if part.startswith("[") else part)
    try:
        return doc.problem(tuple(path), match.group(2))
    except (KeyError, IndexError, TypeError):
        return doc.problem((), message)
