"""Pass 5, operations and errors: their classes, and how they travel."""

from __future__ import annotations

from typing import Any

from .. import names
from ..docs import first_sentence
from ..errors import Problem
from ..ir import EndpointInput, ErrorClass, Module, Operation, Scope, Structure
from ..load import Document
from ..paths import PathError
from ..paths import compile as compile_path
from ..protocols import http_binding
from .members import Members, deprecation, docs

_EMPTY: dict[str, Any] = {"type": "structure", "members": {}}

#: Where an error's human-readable message is, in the order tried.
MESSAGE_MEMBERS = ("message", "Message", "errorMessage")


def operation(
    builder: Members,
    op_name: str,
    op: dict[str, Any],
    classes: tuple[str, str, str],
    error_classes: dict[str, str],
) -> Operation:
    """One operation: its input and output classes, its errors, its binding."""
    shapes = builder.shapes
    input_class, output_class, module = classes
    input_name = op.get("input", {}).get("shape")
    output_name = op.get("output", {}).get("shape")
    input_shape: dict[str, Any] = shapes[input_name] if input_name else _EMPTY
    output_shape: dict[str, Any] = shapes[output_name] if output_name else _EMPTY
    # A payload may also be named on the operation's reference to its input or output.
    if "payload" in op.get("input", {}):
        input_shape = {**input_shape, "payload": op["input"]["payload"]}
    if "payload" in op.get("output", {}):
        output_shape = {**output_shape, "payload": op["output"]["payload"]}
    op_docs = docs(
        op.get("documentation", ""), f"The {op_name} operation.", deprecation(op)
    )
    request = builder.structure(
        input_name or op_name, input_shape, input_class, module, False, in_body=False
    )
    request.docs = op_docs
    request.deprecated = deprecation(op) or request.deprecated
    response = builder.structure(
        output_name or op_name,
        output_shape,
        output_class,
        module,
        True,
        is_output=True,
        in_body=False,
    )
    if not output_shape.get("documentation"):
        response.docs = f"The response of {op_name}."
    # botocore's defaults for an operation without (part of) its http block
    http = {"method": "POST", "requestUri": "/", **op.get("http", {})}
    host_prefix = op.get("endpoint", {}).get("hostPrefix", "")
    protocol = builder.protocol
    binding = protocol.bind(http["requestUri"], request, response)
    binding.constant_headers = protocol.request_headers(op_name, builder.settings)
    binding.constant_fields = protocol.request_fields(op_name, builder.settings)
    return Operation(
        name=op_name,
        method_name=names.operation_method_name(op_name),
        module=module,
        docs=op_docs,
        summary=first_sentence(op_docs) or f"The {op_name} operation.",
        http_method=http["method"],
        request_uri=http["requestUri"],
        http_status=int(http.get("responseCode", 200)),
        input=request,
        output=response,
        errors=[error_classes[e["shape"]] for e in op.get("errors", [])],
        host_prefix=http_binding.split(
            host_prefix, {m.name: m for m in request.members}
        ),
        scope=Scope(module),
        binding=binding,
        deprecated=deprecation(op),
        endpoint_inputs=endpoint_inputs(op, input_shape, request),
        result_wrapper=str(op.get("output", {}).get("resultWrapper", "")),
    )


def endpoint_inputs(
    op: dict[str, Any], input_shape: dict[str, Any], request: Structure
) -> list[EndpointInput]:
    """The endpoint parameters an operation sets: constants
    (``staticContextParams``) and members of its input (``contextParam``)."""
    found = [
        EndpointInput(name, value=spec.get("value"))
        for name, spec in op.get("staticContextParams", {}).items()
    ]
    declared: dict[str, Any] = input_shape.get("members", {})
    for member in request.members:
        context = declared.get(member.name, {}).get("contextParam")
        if context:
            found.append(EndpointInput(str(context["name"]), member=member))
    return found


def context_params(
    doc: Document,
    specs: list[tuple[str, dict[str, Any]]],
    ops: list[Operation],
    modules: list[Module],
    declared: set[str],
) -> list[Problem]:
    """Add to each operation the endpoint parameters its
    ``operationContextParams`` compute from the request: a JMESPath
    expression over its input (DynamoDB's ``ResourceArnList`` is
    ``keys(RequestItems)`` and the like), typed against the built classes;
    the problems of expressions that cannot mean anything for the model."""
    from .paging import input_lookup, shared_structures

    problems: list[Problem] = []
    shared = shared_structures(modules)
    for op, (name, spec) in zip(ops, specs, strict=True):
        params: dict[str, Any] = spec.get("operationContextParams", {})
        if not params:
            continue
        root, lookup = input_lookup(op, shared)
        for param, value in params.items():
            if param not in declared:
                continue  # the rule set does not read it
            text = str(value.get("path", ""))
            try:
                expr = compile_path(text, root, lookup)
            except PathError as exc:
                problems.append(
                    doc.problem(
                        ("operations", name, "operationContextParams", param, "path"),
                        exc.explain(text),
                    )
                )
                continue
            op.endpoint_inputs.append(EndpointInput(param, search=expr))
    return problems


def error(builder: Members, shape_name: str, class_name: str) -> ErrorClass:
    """An exception shape: its class, code, status and modeled fields."""
    shape: dict[str, Any] = builder.shapes[shape_name]
    declared: dict[str, Any] = shape.get("members", {})
    message_member = next((m for m in MESSAGE_MEMBERS if m in declared), "")
    others = {k: v for k, v in declared.items() if k != message_member}
    members = builder.members(
        shape_name,
        {**shape, "members": others, "required": []},
        class_name,
        True,
        in_body=False,
        reserved=names.MODEL_METHODS | names.ERROR_ATTRIBUTES,
    )
    info: dict[str, Any] = shape.get("error", {})
    return ErrorClass(
        shape=shape_name,
        class_name=class_name,
        code=str(info.get("code", shape_name)),
        http_status=int(info.get("httpStatusCode", 400)),
        docs=docs(
            shape.get("documentation", ""),
            f"The {shape_name} error.",
            deprecation(shape),
        ),
        members=members,
        message_member=message_member,
        payload=shape.get("payload"),
    )
