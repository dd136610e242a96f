"""Build the intermediate model from a validated spec, pass by pass.

The passes live in ``generator/passes``, one module each, and run here in
the order a newcomer reads them: relations → naming → types → members →
operations and errors → paginators and waiters → scopes → exports (see
``passes/__init__.py``).
The protocol (``generator/protocols``) is chosen first; it decides where
members travel and the timestamp format of each location.
"""

from __future__ import annotations

from typing import Any

from . import names
from .docs import html_to_rst
from .errors import SpecError
from .ir import EndpointRules, EnumClass, Module, Scope, Service
from .load import Document
from .paging import Companions
from .passes import exports, naming, operations, paging, relations, scopes
from .passes.members import Members
from .passes.types import Types
from .protocols import select


def build(
    doc: Document,
    package: str | None = None,
    companions: Companions | None = None,
    endpoints: EndpointRules | None = None,
) -> Service:
    """The intermediate model of a validated spec, with the paginators and
    waiters of ``companions`` (the files beside it) and its endpoint rules."""
    spec: dict[str, Any] = doc.data
    shapes: dict[str, Any] = spec["shapes"]
    metadata: dict[str, Any] = spec["metadata"]
    package = package or names.package_name(
        metadata.get("serviceId") or metadata["endpointPrefix"]
    )
    protocol = select(metadata)

    # 1. relations, 2. names and modules, 3. types
    rel = relations.relations(spec)
    named = naming.assign(spec, package, rel)
    types = Types(shapes, named.classes)

    # 4. members: shared structures first, in module order (lenses are
    # claimed in this order), then errors' fields, then operations.
    builder = Members(doc, types, named.namespace, protocol)
    modules: list[Module] = []
    for component in named.components:
        module = named.classes[component[0]][0]
        structures = [
            builder.structure(
                name,
                shapes[name],
                named.classes[name][1],
                module,
                name in rel.seen_in_responses,
            )
            for name in sorted(component, key=lambda n: named.classes[n][1])
        ]
        for structure in structures:
            structure.encoded = structure.shape in rel.sent_in_requests
            structure.decoded = structure.shape in rel.seen_in_responses
        summary = ", ".join(s.class_name for s in structures)
        modules.append(
            Module(
                module,
                structures,
                Scope(module),
                summary=f"The {summary} shape{'s' if len(structures) > 1 else ''}.",
            )
        )

    # 5. errors and operations
    errors = [
        operations.error(builder, name, named.errors[name]) for name in rel.error_shapes
    ]
    ops = [
        operations.operation(
            builder, op_name, op, named.operations[op_name], named.errors
        )
        for op_name, op in rel.operations
    ]
    if builder.problems:
        raise SpecError(builder.problems)
    declared = {p.name for p in endpoints.parameters} if endpoints else set[str]()
    for op in ops:  # only what the rule set declares reaches the resolver
        op.endpoint_inputs = [i for i in op.endpoint_inputs if i.param in declared]
    if declared:
        problems = operations.context_params(
            doc, rel.operations, ops, modules, declared
        )
        if problems:
            raise SpecError(problems)
    # A response (or error) that may carry a sensitive value anywhere: a
    # failure to read it shows no value and no excerpt of its body.
    for op, (_, spec_op) in zip(ops, rel.operations, strict=True):
        op.output.redact = spec_op.get("output", {}).get("shape") in rel.secret_bearing
    for error in errors:
        error.redact = error.shape in rel.secret_bearing

    # Decoders fill a draft and seal it (``_runtime.models.seal``): every
    # output, and every structure with members read from responses.
    shared = [s for m in modules for s in m.structures]
    for structure in shared + [op.output for op in ops]:
        if structure.is_output or (structure.decoded and structure.members):
            structure.draft = names.draft_name(structure.class_name)

    # 5b. paginators and waiters (they read the operations' built structures)
    paginators, waiters = paging.build(companions or Companions(), ops, modules)

    # 6. scopes
    for shapes_module in modules:
        scopes.fill(
            shapes_module.scope,
            [m for s in shapes_module.structures for m in s.members],
        )
    modules.sort(key=lambda m: m.name)
    for op in ops:
        scopes.fill(op.scope, op.input.members + op.output.members)
    error_scope = Scope("errors")
    for error in errors:
        own = Scope("errors")
        scopes.fill(own, error.members, constants=False)
        error.imports = own.imports
        scopes.fill(error_scope, error.members, constants=False)

    service = Service(
        service_id=str(metadata.get("serviceId", "")),
        package=package,
        title=str(
            metadata.get("serviceFullName") or metadata.get("serviceId") or package
        ),
        docs=html_to_rst(spec.get("documentation", "")),
        api_version=str(metadata.get("apiVersion", "")),
        protocol=builder.settings,
        endpoint_prefix=str(metadata.get("endpointPrefix", "")),
        signing_name=str(
            metadata.get("signingName") or metadata.get("endpointPrefix", "")
        ),
        base_error=named.base_error,
        operations=ops,
        modules=modules,
        errors=errors,
        enums=[
            EnumClass(
                name,
                named.enums[name],
                html_to_rst(shapes[name].get("documentation", "")),
                _enum_members(shapes[name]["enum"]),
            )
            for name in rel.enums
        ],
        error_scope=error_scope,
        endpoints=endpoints,
        paginators=paginators,
        waiters=waiters,
    )
    service.paginator_imports, service.waiter_imports = paging.imports(
        paginators, waiters
    )
    # Each code is the last error of the model that sends it, as botocore
    # matches codes (CloudWatch's DashboardNotFoundError and ResourceNotFound
    # both send ResourceNotFound); then each error's shape name, where no
    # error sends it as its code (JSON services name the shape in __type).
    position = {name: index for index, name in enumerate(shapes)}
    in_model_order = sorted(errors, key=lambda e: position[e.shape])
    codes = {error.code: error.class_name for error in in_model_order}
    for error in in_model_order:
        codes.setdefault(error.shape, error.class_name)
    service.error_codes = sorted(codes.items())

    # 7. exports
    service.exports = exports.exports(service)
    service.exports_by_module = exports.by_module(service.exports)
    return service


def _enum_members(values: list[str]) -> list[tuple[str, str]]:
    """``(constant name, value)`` of each enum value, numbered apart when two meet."""
    seen: set[str] = set()
    members: list[tuple[str, str]] = []
    for value in values:
        constant = names.enum_member_name(value)
        while constant in seen:
            constant += "_"
        seen.add(constant)
        members.append((constant, value))
    return members


def uses_event_stream(spec: dict[str, Any], op: dict[str, Any]) -> bool:
    """Whether an operation's input or output carries an event stream."""
    return relations.uses_event_stream(spec, op)
