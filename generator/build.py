"""Build the intermediate model from a validated spec.

The passes, in order (after amazonka's):

1. *relations* — which structures are reachable from operation inputs,
   outputs and errors, and which are seen in responses (their required
   members are tolerated when absent, since services omit them);
2. *substitute* — an operation's input becomes the class ``<Op>`` and its
   output ``<Op>Response`` with an ``http_status`` field; a shape used both
   as an input and elsewhere keeps its own class too;
3. *names* — every public name of the package is assigned once, in a fixed
   priority order, and collisions are resolved by the rules in
   :func:`_Names.claim` (documented in the README);
4. *separate* — shared structures go one module per strongly connected
   component of the reference graph, so recursive shapes share a module and
   the import graph stays acyclic;
5. *members* — field names, types, defaults and wire codecs (``codec``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

from . import names
from .codec import Codec, Scope
from .docs import first_sentence, html_to_rst
from .escape import py_str
from .errors import Problem, SpecError
from .ir import (
    EnumClass,
    ErrorClass,
    Member,
    Module,
    Operation,
    PathPart,
    Service,
    Structure,
)
from .load import Document

_LABEL = re.compile(r"\{([^}]+)\}")


class _Names:
    """The package's flat namespace: each public name has one owner."""

    def __init__(self, doc: Document) -> None:
        self.owners: dict[str, str] = {}
        self.doc = doc

    def claim(self, wanted: str, owner: str, suffix: str) -> str:
        """Take ``wanted``, or ``wanted + suffix`` (repeated) if already taken."""
        name = wanted
        while name in self.owners or name in names.RESERVED_MODULE_NAMES:
            name += suffix
        self.owners[name] = owner
        return name


def build(doc: Document, package: str | None = None) -> Service:
    """The intermediate model of a validated spec."""
    return _Builder(doc, package).service()


class _Builder:
    def __init__(self, doc: Document, package: str | None) -> None:
        self.doc = doc
        self.spec: dict[str, Any] = doc.data
        self.shapes: dict[str, Any] = self.spec["shapes"]
        self.metadata: dict[str, Any] = self.spec["metadata"]
        self.package = package or names.package_name(
            self.metadata.get("serviceId") or self.metadata["endpointPrefix"]
        )
        self.problems: list[Problem] = []
        self.names = _Names(doc)

    # --- pass 1: relations -------------------------------------------------

    def _operations(self) -> list[tuple[str, dict[str, Any]]]:
        """The operations to generate: all but those using event streams (not supported yet)."""
        return sorted(
            (name, op)
            for name, op in self.spec["operations"].items()
            if not uses_event_stream(self.spec, op)
        )

    def _children(self, shape_name: str) -> list[str]:
        shape = self.shapes[shape_name]
        kind = shape["type"]
        if kind == "structure":
            return [m["shape"] for m in shape.get("members", {}).values()]
        if kind == "list":
            return [shape["member"]["shape"]]
        if kind == "map":
            return [shape["key"]["shape"], shape["value"]["shape"]]
        return []

    def _reach(self, roots: list[str]) -> set[str]:
        seen: set[str] = set()
        stack = list(roots)
        while stack:
            name = stack.pop()
            if name in seen:
                continue
            seen.add(name)
            stack.extend(self._children(name))
        return seen

    def _struct_refs(self, name: str, classes: dict[str, tuple[str, str]]) -> list[str]:
        """The shared structures ``name`` refers to directly (through lists and maps)."""
        refs: list[str] = []
        stack = self._children(name)
        while stack:
            child = stack.pop()
            if child in classes:
                refs.append(child)
            elif self.shapes[child]["type"] in ("list", "map"):
                stack.extend(self._children(child))
        return refs

    def _is_struct(self, name: str) -> bool:
        shape = self.shapes[name]
        return (
            shape["type"] == "structure"
            and not shape.get("document")
            and not shape.get("exception")
        )

    def service(self) -> Service:
        ops = self._operations()
        error_shapes = sorted(n for n, s in self.shapes.items() if s.get("exception"))
        input_roots = [op["input"]["shape"] for _, op in ops if "input" in op]
        output_roots = [op["output"]["shape"] for _, op in ops if "output" in op]
        nested_roots: list[str] = []
        for root in input_roots + output_roots + error_shapes:
            nested_roots.extend(self._children(root))
        nested = self._reach(nested_roots)
        shared = sorted(n for n in nested if self._is_struct(n))
        self.seen_in_responses = self._reach(output_roots + error_shapes)
        enums = sorted(
            n
            for n in nested
            if self.shapes[n]["type"] == "string" and "enum" in self.shapes[n]
        )

        # --- pass 2 and 3: classes and names ---------------------------------
        service_word = re.sub(
            "[^0-9A-Za-z]",
            "",
            (self.metadata.get("serviceId") or self.package).title().replace(" ", ""),
        )
        base_error = self.names.claim(
            names.class_name(service_word + "Error"), "base error", "_"
        )
        op_classes: dict[str, tuple[str, str]] = {}
        op_modules: dict[str, str] = {}
        module_names: set[str] = set()
        for op_name, _ in ops:
            cls = self.names.claim(
                names.class_name(op_name), f"operation {op_name}", "_"
            )
            out = self.names.claim(cls + "Response", f"operation {op_name}", "_")
            module = self._module_name(
                "operations", names.module_name(op_name), module_names
            )
            op_classes[op_name] = (cls, out)
            op_modules[op_name] = module
        error_classes: dict[str, str] = {}
        for name in error_shapes:
            error_classes[name] = self.names.claim(
                self._class_name(name), f"error {name}", "Error"
            )
        classes: dict[str, tuple[str, str]] = {}
        for name in shared:
            classes[name] = (
                "",
                self.names.claim(self._class_name(name), f"shape {name}", "Shape"),
            )
        enum_classes: dict[str, str] = {}
        for name in enums:
            enum_classes[name] = self.names.claim(
                self._class_name(name), f"enum {name}", "Enum"
            )

        # --- pass 4: separate shared structures into modules -----------------
        components = _strongly_connected(
            shared, lambda name: self._struct_refs(name, classes)
        )
        module_of: dict[str, str] = {}
        for component in components:
            first = min(component, key=lambda n: classes[n][1])
            module = self._module_name(
                "shapes", names.module_name(classes[first][1]), module_names
            )
            for name in component:
                module_of[name] = module
                classes[name] = (module, classes[name][1])

        self.codec = Codec(self.shapes, classes)

        # --- pass 5: members ---------------------------------------------------
        self.sent_in_requests = self._reach(
            [c for root in input_roots for c in self._children(root)]
        )
        modules: list[Module] = []
        for component in components:
            scope = Scope(module_of[component[0]])
            structures = [
                self._structure(
                    name,
                    self.shapes[name],
                    classes[name][1],
                    scope,
                    name in self.seen_in_responses,
                )
                for name in sorted(component, key=lambda n: classes[n][1])
            ]
            for structure in structures:
                structure.to_json = structure.shape in self.sent_in_requests
                structure.from_json = structure.shape in self.seen_in_responses
            summary = ", ".join(s.class_name for s in structures)
            modules.append(
                Module(
                    scope.module,
                    structures,
                    sorted(scope.references),
                    summary=f"The {summary} shape{'s' if len(structures) > 1 else ''}.",
                    constants=list(scope.constants.values()),
                    uses_datetime=_uses_datetime(
                        [m for s in structures for m in s.members]
                    ),
                )
            )
        modules.sort(key=lambda m: m.name)

        error_scope = Scope("errors")
        errors = [
            self._error(name, error_classes[name], error_scope) for name in error_shapes
        ]
        operations = [
            self._operation(
                op_name, op, op_classes[op_name], op_modules[op_name], error_classes
            )
            for op_name, op in ops
        ]
        enum_list = [
            EnumClass(
                name,
                enum_classes[name],
                html_to_rst(self.shapes[name].get("documentation", "")),
                self._enum_members(name),
            )
            for name in enums
        ]
        if self.problems:
            raise SpecError(self.problems)

        service = Service(
            service_id=str(self.metadata.get("serviceId", "")),
            package=self.package,
            title=str(
                self.metadata.get("serviceFullName")
                or self.metadata.get("serviceId")
                or self.package
            ),
            docs=html_to_rst(self.spec.get("documentation", "")),
            api_version=str(self.metadata.get("apiVersion", "")),
            protocol=str(self.metadata.get("protocol", "")),
            endpoint_prefix=str(self.metadata.get("endpointPrefix", "")),
            signing_name=str(
                self.metadata.get("signingName")
                or self.metadata.get("endpointPrefix", "")
            ),
            base_error=base_error,
            operations=operations,
            modules=modules,
            errors=errors,
            enums=enum_list,
            error_imports=sorted(error_scope.references),
            error_constants=list(error_scope.constants.values()),
            errors_use_datetime=_uses_datetime([m for e in errors for m in e.members]),
        )
        codes: dict[str, str] = {}
        for error in errors:
            codes.setdefault(error.code, error.class_name)
            codes.setdefault(error.shape, error.class_name)
        service.error_codes = sorted(codes.items())
        service.exports = self._exports(service)
        by_module: dict[str, list[str]] = {}
        for name, module in service.exports.items():
            by_module.setdefault(module, []).append(name)
        service.exports_by_module = sorted(by_module.items())
        return service

    def _class_name(self, shape_name: str) -> str:
        """A shape's class: its ``pythonName`` override, else from its name."""
        return names.class_name(self.shapes[shape_name].get("pythonName") or shape_name)

    def _module_name(self, folder: str, stem: str, taken: set[str]) -> str:
        name = f"{folder}.{stem}"
        counter = 2
        while name in taken:
            name = f"{folder}.{stem}_{counter}"
            counter += 1
        taken.add(name)
        return name

    def _enum_members(self, shape_name: str) -> list[tuple[str, str]]:
        seen: set[str] = set()
        members: list[tuple[str, str]] = []
        for value in self.shapes[shape_name]["enum"]:
            constant = names.enum_member_name(value)
            while constant in seen:
                constant += "_"
            seen.add(constant)
            members.append((constant, value))
        return members

    # --- structures ------------------------------------------------------------

    def _structure(
        self,
        shape_name: str,
        shape: dict[str, Any],
        class_name: str,
        scope: Scope,
        tolerant: bool,
        *,
        is_output: bool = False,
        body_only: bool = True,
    ) -> Structure:
        reserved: set[str] = set(names.MODEL_METHODS) | (
            {"http_status"} if is_output else set()
        )
        if shape.get("union"):
            reserved |= {names.UNKNOWN_UNION_MEMBER}
        status_lens = ""
        if is_output:
            status_lens = self.names.claim(
                names.lens_name(class_name, "http_status"),
                f"lens of {class_name}.http_status",
                "_",
            )
        members = self._members(
            shape_name,
            shape,
            class_name,
            scope,
            tolerant,
            body_only=body_only,
            reserved=frozenset(reserved),
        )
        deprecated = _deprecation(shape)
        structure = Structure(
            shape=shape_name,
            class_name=class_name,
            snake=names.snake_case(class_name),
            constructor=self.names.claim(
                names.constructor_name(class_name), f"constructor of {class_name}", "_"
            ),
            docs=_docs(
                shape.get("documentation", ""), f"The {shape_name} shape.", deprecated
            ),
            members=members,
            module=scope.module,
            is_union=bool(shape.get("union")),
            is_output=is_output,
            deprecated=deprecated,
            http_status_lens=status_lens,
        )
        if structure.is_union:
            structure.unknown_lens = self.names.claim(
                names.lens_name(class_name, names.UNKNOWN_UNION_MEMBER),
                f"lens of {class_name}.{names.UNKNOWN_UNION_MEMBER}",
                "_",
            )
        if any(m.sensitive for m in members):
            pieces = ["http_status={self.http_status!r}"] if is_output else []
            for m in members:
                pieces.append(
                    f"{m.field}=<sensitive>"
                    if m.sensitive
                    else f"{m.field}={{self.{m.field}!r}}"
                )
            structure.sensitive_repr = [
                f'f"{piece}"' if "{" in piece else f'"{piece}"' for piece in pieces
            ]
        return structure

    def _members(
        self,
        shape_name: str,
        shape: dict[str, Any],
        class_name: str,
        scope: Scope,
        tolerant: bool,
        *,
        body_only: bool,
        reserved: frozenset[str] = names.MODEL_METHODS,
    ) -> list[Member]:
        required = [
            r for r in shape.get("required", []) if r in shape.get("members", {})
        ]
        members: list[Member] = []
        fields: dict[str, str] = {}
        ordered = required + [m for m in shape.get("members", {}) if m not in required]
        payload = shape.get("payload")
        for member_name in ordered:
            spec = shape["members"][member_name]
            field = names.field_name(spec.get("pythonName") or member_name, reserved)
            if field in fields:
                self.problems.append(
                    self.doc.problem(
                        ("shapes", shape_name, "members", member_name),
                        f"member {member_name!r} and member {fields[field]!r} both map to the Python name {field!r}",
                    )
                )
                continue
            fields[field] = member_name
            # An idempotency token is filled in when left out, so the user never
            # has to give one, even where the model calls it required.
            is_required = member_name in required and not spec.get("idempotencyToken")
            target = spec["shape"]
            target_shape = self.shapes[target]
            # botocore reads location and locationName from the member, else from its shape.
            location = (
                ""
                if body_only
                else spec.get("location") or target_shape.get("location", "")
            )
            wire_name = (
                spec.get("locationName")
                or target_shape.get("locationName")
                or member_name
            )
            if location == "headers":
                wire_name = (
                    spec.get("locationName") or target_shape.get("locationName") or ""
                )
            json_header = location == "header" and bool(
                spec.get("jsonvalue") or target_shape.get("jsonvalue")
            )
            annotation = (
                "_rt.Document" if json_header else self.codec.annotation(target, scope)
            )
            nullable = not is_required or tolerant
            deprecated = _deprecation(spec)
            member = Member(
                name=member_name,
                field=field,
                annotation=f"{annotation} | None" if nullable else annotation,
                docs=_docs(
                    spec.get("documentation", "")
                    or self.shapes[target].get("documentation", ""),
                    f"The ``{member_name}`` member.",
                    deprecated,
                ),
                required=is_required,
                nullable=nullable,
                has_default=not is_required,
                location=location,
                wire_name=wire_name,
                lens=self.names.claim(
                    names.lens_name(class_name, field),
                    f"lens of {class_name}.{field}",
                    "_",
                ),
                sensitive=bool(
                    spec.get("sensitive") or self.shapes[target].get("sensitive")
                ),
                deprecated=deprecated,
                idempotency_token=bool(spec.get("idempotencyToken")),
                is_payload=member_name == payload and not body_only,
            )
            body_fmt = self.codec.timestamp_format(spec, "body")
            member.to_json_expr = self.codec.to_json(
                target, f"self.{field}", fmt=body_fmt
            )
            member.from_json_expr = self.codec.from_json(target, "value", scope)
            member.to_dict_expr = (
                f"self.{field}"
                if json_header
                else self.codec.to_dict(target, f"self.{field}")
            )
            from_dict = (
                "value" if json_header else self.codec.from_dict(target, "value", scope)
            )
            wire = _py_literal(member_name)
            member.from_json_arg = _kwarg(
                field,
                f"None if (value := data.get({_py_literal(wire_name)})) is None else {member.from_json_expr}",
            )
            if from_dict == "value":
                member.from_dict_arg = f"{field}=" + (
                    f"data.get({wire})" if nullable else f"_rt.required(data, {wire})"
                )
            elif nullable:
                member.from_dict_arg = _kwarg(
                    field,
                    f"None if (value := data.get({wire})) is None else {from_dict}",
                )
            else:
                member.from_dict_arg = f"{field}=" + _subst(
                    from_dict, f"_rt.required(data, {wire})"
                )
            checks = (
                ["_rt.check_document(errors, path, value)"]
                if json_header
                else self.codec.check_lines(target, "value", "path", scope)
            )
            member.check_lines = [f'path = prefix + "{field}"'] + checks
            member.default = " = None" if member.has_default else ""
            member.param_annotation = annotation
            members.append(member)
        return members

    # --- errors -------------------------------------------------------------------

    def _error(self, shape_name: str, class_name: str, scope: Scope) -> ErrorClass:
        shape = self.shapes[shape_name]
        message_member = ""
        for candidate in ("message", "Message", "errorMessage"):
            if candidate in shape.get("members", {}):
                message_member = candidate
                break
        others = {
            k: v for k, v in shape.get("members", {}).items() if k != message_member
        }
        shared = scope.references
        scope.references = set()  # the classes this error's members refer to
        members = self._members(
            shape_name,
            {**shape, "members": others, "required": []},
            class_name,
            scope,
            True,
            body_only=False,
            reserved=names.MODEL_METHODS | names.ERROR_ATTRIBUTES,
        )
        error = shape.get("error", {})
        args = self._response_args(shape_name, members, shape.get("payload"))
        imports = sorted(scope.references)
        scope.references = shared | scope.references
        available = {
            "data": "data = response.body",
            "lowered": "lowered = response.headers",
            "headers": "headers = response.headers",
            "status": "status = response.http_status",
            "body": "body = response.raw",
        }
        used = {
            word
            for arg in args
            for word in re.findall(r"\b\w+\b", arg.split("=", 1)[1])
        }
        bindings = [line for name, line in available.items() if name in used]
        return ErrorClass(
            shape=shape_name,
            class_name=class_name,
            code=str(error.get("code", shape_name)),
            http_status=int(error.get("httpStatusCode", 400)),
            docs=_docs(
                shape.get("documentation", ""),
                f"The {shape_name} error.",
                _deprecation(shape),
            ),
            members=members,
            message_member=message_member,
            parse_args=args,
            bindings=bindings,
            imports=imports,
        )

    # --- operations -------------------------------------------------------------------

    def _operation(
        self,
        op_name: str,
        op: dict[str, Any],
        op_class: tuple[str, str],
        module: str,
        error_classes: dict[str, str],
    ) -> Operation:
        input_name = op.get("input", {}).get("shape")
        output_name = op.get("output", {}).get("shape")
        empty: dict[str, Any] = {"type": "structure", "members": {}}
        input_shape: dict[str, Any] = self.shapes[input_name] if input_name else empty
        output_shape: dict[str, Any] = (
            self.shapes[output_name] if output_name else empty
        )
        # A payload may also be named on the operation's reference to its input or output.
        if "payload" in op.get("input", {}):
            input_shape = {**input_shape, "payload": op["input"]["payload"]}
        if "payload" in op.get("output", {}):
            output_shape = {**output_shape, "payload": op["output"]["payload"]}
        op_docs = _docs(
            op.get("documentation", ""), f"The {op_name} operation.", _deprecation(op)
        )
        scope = Scope(module)
        request = self._structure(
            input_name or op_name,
            input_shape,
            op_class[0],
            scope,
            False,
            body_only=False,
        )
        request.docs = op_docs
        request.deprecated = _deprecation(op) or request.deprecated
        response = self._structure(
            output_name or op_name,
            output_shape,
            op_class[1],
            scope,
            True,
            is_output=True,
            body_only=False,
        )
        if not output_shape.get("documentation"):
            response.docs = f"The response of {op_name}."
        # botocore's defaults for an operation without (part of) its http block
        http = {"method": "POST", "requestUri": "/", **op.get("http", {})}
        parts, literal_query = self._path(op_name, http["requestUri"], request)
        serialize_lines = self._serialize_lines(
            input_shape, request, parts, literal_query
        )
        response_args = ["http_status=status"] + self._response_args(
            output_name or "", response.members, output_shape.get("payload")
        )
        return Operation(
            name=op_name,
            method_name=names.operation_method_name(op_name),
            module=module,
            docs=op_docs,
            http_method=http["method"],
            request_uri=http["requestUri"],
            http_status=int(http.get("responseCode", 200)),
            input=request,
            output=response,
            errors=[error_classes[e["shape"]] for e in op.get("errors", [])],
            path_parts=parts,
            literal_query=literal_query,
            host_prefix=self._host_prefix(op, request),
            serialize_lines=serialize_lines,
            deserialize_lines=response_args,
            deprecated=_deprecation(op),
            summary=first_sentence(op_docs) or f"The {op_name} operation.",
            imports=sorted(scope.references),
            constants=list(scope.constants.values()),
            reads_body=any("data.get(" in a for a in response_args),
            reads_headers=any("lowered.get(" in a for a in response_args),
            uses_datetime=_uses_datetime(request.members + response.members)
            or any("_dt." in line for line in serialize_lines),
        )

    def _path(
        self, op_name: str, uri: str, request: Structure
    ) -> tuple[list[PathPart], list[tuple[str, str | None]]]:
        path, _, query = uri.partition("?")
        literal_query: list[tuple[str, str | None]] = []
        for item in query.split("&") if query else []:
            name, eq, value = item.partition("=")
            literal_query.append((name, value if eq else None))
        by_wire = {m.wire_name: m for m in request.members if m.location == "uri"}
        parts: list[PathPart] = []
        pos = 0
        for match in _LABEL.finditer(path):
            if match.start() > pos:
                parts.append(PathPart(literal=path[pos : match.start()]))
            label = match.group(1)
            greedy = label.endswith("+")
            member = by_wire[label.rstrip("+")]
            fmt = self.codec.timestamp_format(
                self.shapes_member(request, member), "uri"
            )
            text = self.codec.to_text(
                self.member_target(request, member), f"request.{member.field}", fmt
            )
            parts.append(PathPart(member=member, greedy=greedy, value_expr=text))
            pos = match.end()
        if pos < len(path):
            parts.append(PathPart(literal=path[pos:]))
        return parts, literal_query

    def shapes_member(self, structure: Structure, member: Member) -> dict[str, Any]:
        spec: dict[str, Any] = (
            self.shapes[structure.shape]["members"][member.name]
            if structure.shape in self.shapes
            else {}
        )
        return spec

    def member_target(self, structure: Structure, member: Member) -> str:
        return str(self.shapes_member(structure, member)["shape"])

    def _host_prefix(self, op: dict[str, Any], request: Structure) -> str:
        prefix = op.get("endpoint", {}).get("hostPrefix", "")
        if not prefix:
            return ""
        by_wire = {m.name: m for m in request.members}
        pieces: list[str] = []
        pos = 0
        for match in _LABEL.finditer(prefix):
            if match.start() > pos:
                pieces.append(_py_literal(prefix[pos : match.start()]))
            member = by_wire[match.group(1)]
            pieces.append(
                f"_rt.host_label(request.{member.field}, {_py_literal(member.field)})"
            )
            pos = match.end()
        if pos < len(prefix):
            pieces.append(_py_literal(prefix[pos:]))
        return " + ".join(pieces)

    # --- the request serializer and response deserializer ----------------------

    def _serialize_lines(
        self,
        shape: dict[str, Any],
        request: Structure,
        parts: list[PathPart],
        literal_query: list[tuple[str, str | None]],
    ) -> list[str]:
        """The body of the operation's serializer, after validation."""
        lines: list[str] = []
        payload = shape.get("payload")
        named_query = [
            m.wire_name
            for m in request.members
            if m.location == "querystring" and not self._is_map(request, m)
        ]
        body_members = [
            m for m in request.members if not m.location and not m.is_payload
        ]
        for member in request.members:
            if member.idempotency_token and member.nullable:
                lines += [
                    f"{_token_var(member)} = request.{member.field}",
                    f"if {_token_var(member)} is None:",
                    f"    {_token_var(member)} = _rt.new_idempotency_token()",
                ]
        lines.append("headers: dict[str, str] = {}")
        for member in request.members:
            target = self.member_target(request, member)
            value = (
                _token_var(member)
                if member.idempotency_token
                else f"request.{member.field}"
            )
            if member.location == "header":
                lines += self._header_lines(member, target, value, request)
            elif member.location == "headers":
                lines += _when_set(
                    member,
                    value,
                    [
                        f"for k1, v1 in {value}.items():",
                        f"    headers[{_py_literal(member.wire_name)} + k1] = v1",
                    ],
                )
        query_lines: list[str] = []
        for member in request.members:
            if member.location != "querystring":
                continue
            target = self.member_target(request, member)
            value = (
                _token_var(member)
                if member.idempotency_token
                else f"request.{member.field}"
            )
            query_lines += self._query_lines(
                member, target, value, request, named_query
            )
        lines += self._path_lines(parts)
        pairs = ", ".join(
            f"({_py_literal(n)}, {'None' if v is None else _py_literal(v)})"
            for n, v in literal_query
        )
        lines.append(f"query: list[tuple[str, str | None]] = [{pairs}]")
        lines += query_lines
        target_shape_name = (
            self.member_target(request, _find(request, payload)) if payload else ""
        )
        target_shape = self.shapes.get(target_shape_name) if payload else None
        if payload is not None and target_shape is not None:
            member = _find(request, payload)
            value = f"request.{member.field}"
            kind = target_shape["type"]
            if kind == "blob":
                lines += [
                    f'body = b"" if {value} is None else {value}',
                    'if "Content-Type" not in headers:',
                    f"    headers[\"Content-Type\"] = {_py_literal(target_shape.get('mediaType', 'application/octet-stream'))}",
                ]
            elif kind == "string":
                lines += [
                    f'body = b"" if {value} is None else {value}.encode("utf-8")',
                    f'if {value} is not None and "Content-Type" not in headers:',
                    f"    headers[\"Content-Type\"] = {_py_literal(target_shape.get('mediaType', 'text/plain'))}",
                ]
            elif target_shape.get("document"):
                lines += [
                    f'body = b"" if {value} is None else _rt.dumps({value})',
                    f"if {value} is not None:",
                    '    headers["Content-Type"] = "application/json"',
                ]
            else:
                empty = 'b""' if target_shape.get("union") else 'b"{}"'
                lines += [
                    f"body = {empty} if {value} is None else _rt.dumps({self.codec.to_json(target_shape_name, value)})",
                    "if body:",
                    '    headers["Content-Type"] = "application/json"',
                ]
        elif body_members:
            lines.append("data: dict[str, _t.Any] = {}")
            for member in body_members:
                value = (
                    _token_var(member)
                    if member.idempotency_token
                    else f"request.{member.field}"
                )
                spec = self.shapes_member(request, member)
                expr = self.codec.to_json(
                    spec["shape"], value, fmt=self.codec.timestamp_format(spec, "body")
                )
                lines += _when_set(
                    member, value, [f"data[{_py_literal(member.wire_name)}] = {expr}"]
                )
            lines += [
                "body = _rt.dumps(data)",
                'headers["Content-Type"] = "application/json"',
            ]
        else:
            lines.append('body = b""')
        return lines

    def _path_lines(self, parts: list[PathPart]) -> list[str]:
        """Lines that check every URI label and build ``path``."""
        lines: list[str] = []
        pieces: list[str] = []
        for part in parts:
            if part.member is None:
                pieces.append(_py_literal(part.literal))
                continue
            field = part.member.field
            quote = "_rt.quote_greedy_label" if part.greedy else "_rt.quote_label"
            unset = f"request.{field} is None or " if part.member.nullable else ""
            lines += [
                f'if {unset}{part.value_expr} == "":',
                f'    raise _rt.ValidationError(["{field}: a URI label must be set and not empty"])',
            ]
            pieces.append(f"{quote}({part.value_expr})")
        lines.append("path = " + (" + ".join(pieces) or '"/"'))
        return lines

    def _is_map(self, structure: Structure, member: Member) -> bool:
        return bool(self.shapes[self.member_target(structure, member)]["type"] == "map")

    def _header_lines(
        self, member: Member, target: str, value: str, request: Structure
    ) -> list[str]:
        shape = self.shapes[target]
        name = _py_literal(member.wire_name)
        fmt = self.codec.timestamp_format(self.shapes_member(request, member), "header")
        if shape["type"] == "list":
            item_shape = shape["member"]["shape"]
            item = self.codec.to_text(
                item_shape, "v1", self.codec.timestamp_format(shape["member"], "header")
            )
            if self.shapes[item_shape]["type"] == "string":
                item = "_rt.quote_header_list_item(v1)"
            return _when_set(
                member,
                value,
                [f'headers[{name}] = ", ".join({item} for v1 in {value})'],
            )
        if (
            shape["type"] == "string"
            and shape.get("jsonvalue")
            or self.shapes_member(request, member).get("jsonvalue")
        ):
            text = f"_rt.json_header({value})"
        else:
            text = self.codec.to_text(target, value, fmt)
        return _when_set(member, value, [f"headers[{name}] = {text}"])

    def _query_lines(
        self,
        member: Member,
        target: str,
        value: str,
        request: Structure,
        named: list[str],
    ) -> list[str]:
        shape = self.shapes[target]
        name = _py_literal(member.wire_name)
        if shape["type"] == "list":
            item_shape = shape["member"]["shape"]
            item = self.codec.to_text(
                item_shape,
                "v1",
                self.codec.timestamp_format(shape["member"], "querystring"),
            )
            return _when_set(
                member, value, [f"query.extend(({name}, {item}) for v1 in {value})"]
            )
        if shape["type"] == "map":
            skip = (
                f" if k1 not in {{{', '.join(_py_literal(n) for n in named)}}}"
                if named
                else ""
            )
            value_shape = self.shapes[shape["value"]["shape"]]
            if value_shape["type"] == "list":
                return _when_set(
                    member,
                    value,
                    [
                        f"query.extend((k1, v2) for k1, v1 in {value}.items(){skip} for v2 in v1)"
                    ],
                )
            return _when_set(
                member,
                value,
                [f"query.extend((k1, v1) for k1, v1 in {value}.items(){skip})"],
            )
        fmt = self.codec.timestamp_format(
            self.shapes_member(request, member), "querystring"
        )
        text = self.codec.to_text(target, value, fmt)
        return _when_set(member, value, [f"query.append(({name}, {text}))"])

    def _response_args(
        self, shape_name: str, members: list[Member], payload: str | None
    ) -> list[str]:
        """Constructor arguments that read each member from a response.

        The generated code has ``status``, ``headers``, ``body``, ``lowered``
        (headers by lower-cased name) and ``data`` (the JSON body) in scope.
        """
        args: list[str] = []
        spec_members: dict[str, Any] = (
            self.shapes[shape_name]["members"] if shape_name in self.shapes else {}
        )
        for member in members:
            spec: dict[str, Any] = spec_members[member.name]
            target: str = spec["shape"]
            shape: dict[str, Any] = self.shapes[target]
            kind = shape["type"]
            if member.location == "statusCode":
                args.append(f"{member.field}=status")
            elif member.location == "header":
                header = _py_literal(member.wire_name.lower())
                if kind == "list":
                    item_name = shape["member"]["shape"]
                    item = self.codec.from_text(item_name, "v1")
                    http_dates = self.codec.shape(item_name)[
                        "type"
                    ] == "timestamp" and (
                        self.codec.timestamp_format(shape["member"], "header")
                        == "rfc822"
                    )
                    split = (
                        "_rt.split_http_date_list"
                        if http_dates
                        else "_rt.split_header_list"
                    )
                    expr = f"[{item} for v1 in {split}(value)]"
                elif spec.get("jsonvalue") or shape.get("jsonvalue"):
                    expr = "_rt.json_from_header(value)"
                else:
                    expr = self.codec.from_text(target, "value")
                args.append(
                    _kwarg(
                        member.field,
                        f"None if (value := lowered.get({header})) is None else {expr}",
                    )
                )
            elif member.location == "headers":
                args.append(
                    f"{member.field}=_rt.prefixed_headers(headers, {_py_literal(member.wire_name)})"
                )
            elif member.name == payload:
                if kind == "blob":
                    args.append(f"{member.field}=body or None")
                elif kind == "string":
                    args.append(
                        _kwarg(
                            member.field,
                            "_rt.decode_text(status, body) if body else None",
                        )
                    )
                elif shape.get("document"):
                    args.append(f"{member.field}=_rt.read_json_value(status, body)")
                else:
                    args.append(
                        _kwarg(
                            member.field,
                            "None if not body.strip() else "
                            + _subst(
                                member.from_json_expr,
                                "_rt.read_json_body(status, body)",
                            ),
                        )
                    )
            else:
                args.append(
                    _kwarg(
                        member.field,
                        f"None if (value := data.get({_py_literal(member.wire_name)})) is None else "
                        + member.from_json_expr,
                    )
                )
        return args

    def _exports_of(self, structure: Structure) -> list[str]:
        extra = [
            lens
            for lens in (structure.http_status_lens, structure.unknown_lens)
            if lens
        ]
        return (
            [structure.class_name, structure.constructor]
            + [m.lens for m in structure.members]
            + extra
        )

    def _exports(self, service: Service) -> dict[str, str]:
        exports: dict[str, str] = {}
        for op in service.operations:
            for structure in (op.input, op.output):
                for name in self._exports_of(structure):
                    exports[name] = op.module
        for module in service.modules:
            for structure in module.structures:
                for name in self._exports_of(structure):
                    exports[name] = module.name
        exports[service.base_error] = "errors"
        for error in service.errors:
            exports[error.class_name] = "errors"
        for enum in service.enums:
            exports[enum.class_name] = "enums"
        return dict(sorted(exports.items()))


def uses_event_stream(spec: dict[str, Any], op: dict[str, Any]) -> bool:
    """Whether an operation's input or output carries an event stream."""
    shapes = spec["shapes"]
    for role in ("input", "output"):
        shape = shapes.get(op.get(role, {}).get("shape", ""), {})
        for member in shape.get("members", {}).values():
            if shapes.get(member.get("shape"), {}).get("eventstream"):
                return True
    return False


def _uses_datetime(members: list[Member]) -> bool:
    """Whether code for these members names ``_dt`` (so the module imports datetime)."""
    return any(
        "_dt." in text for m in members for text in [m.annotation, *m.check_lines]
    )


def _when_set(member: Member, value: str, body: list[str]) -> list[str]:
    """``body`` under ``if value is not None:`` when the member may be unset.

    A required input member's type excludes None (and an idempotency token
    was just filled in), so it needs no test; type checkers flag one.
    """
    if member.nullable and not member.idempotency_token:
        return [f"if {value} is not None:"] + ["    " + line for line in body]
    return body


def _token_var(member: Member) -> str:
    """The serializer's local holding an idempotency token (filled in when unset)."""
    return (
        f"idempotency_{member.field}" if member.nullable else f"request.{member.field}"
    )


def _find(structure: Structure, member_name: str | None) -> Member:
    for member in structure.members:
        if member.name == member_name:
            return member
    raise KeyError(member_name)


def _kwarg(field: str, expr: str, indent: int = 12) -> str:
    """``field=expr`` as one argument line of an exploded call, black-stable.

    black wraps a conditional-expression argument in parentheses exactly
    when its line would exceed the line length; ruff keeps whatever
    parentheses it is given.  Writing them here the way black would makes
    both formatters produce the same bytes.
    """
    line = f"{field}={expr},"
    if " if " in expr and indent + len(line) > 88:
        return f"{field}=({expr})"
    return f"{field}={expr}"


def _subst(expr: str, value: str) -> str:
    """``expr`` over ``value`` instead of the placeholder variable ``value``."""
    return re.sub(r"\bvalue\b", lambda _: value, expr)


_py_literal = py_str  # spec text as a Python string literal: the one escaping helper


def _docs(html: str, fallback: str, deprecated: str) -> str:
    """A docstring's text: the converted documentation, or a fallback, and
    a warning when deprecated."""
    text = html_to_rst(html) or fallback
    if deprecated:
        text += f"\n\n.. warning:: Deprecated. {deprecated}"
    return text


def _deprecation(spec: dict[str, Any]) -> str:
    if not spec.get("deprecated"):
        return ""
    message = str(spec.get("deprecatedMessage") or "This is deprecated.")
    since = spec.get("deprecatedSince")
    return f"{message} (since {since})" if since else message


def _strongly_connected(
    nodes: list[str], edges: Callable[[str], list[str]]
) -> list[list[str]]:
    """Tarjan's algorithm, iterative; components in a deterministic order."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    result: list[list[str]] = []
    counter = 0
    graph = {n: sorted(edges(n)) for n in nodes}
    for root in nodes:
        if root in index:
            continue
        work: list[tuple[str, int]] = [(root, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = counter
                counter += 1
                stack.append(node)
                on_stack.add(node)
            recurse = False
            children = graph[node]
            while i < len(children):
                child = children[i]
                i += 1
                if child not in index:
                    work.append((node, i))
                    work.append((child, 0))
                    recurse = True
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            if recurse:
                continue
            if low[node] == index[node]:
                component: list[str] = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    component.append(top)
                    if top == node:
                        break
                result.append(sorted(component))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return sorted(result)
