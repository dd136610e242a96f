"""Validate a loaded spec: the JSON Schema first, then the references.

Both stages collect every problem (never just the first) as located
:class:`~generator.errors.Problem` values.  The semantic checks run only on a
spec that passed the schema, so they may rely on its shape.
"""

from __future__ import annotations

import functools
import json
import re
from importlib import resources
from collections.abc import Callable, Sized
from typing import TYPE_CHECKING, Any, cast

import jsonschema
from jsonschema import exceptions as schema_exceptions
from jsonschema import validators as schema_validators
from jsonschema.protocols import Validator

from . import names, protocols
from .errors import Problem, SpecError
from .load import Document

if TYPE_CHECKING:
    from .paging import Companions
from .patterns import PatternError, suspicious_double_escapes, translate_pattern

_LABEL = re.compile(r"\{([^}]*)\}")
_LOCATIONS = ("uri", "querystring", "header", "headers", "statusCode")
#: Shapes that have a text form in a header, a query string or a URI label.
_SCALARS = frozenset(
    "string character boolean byte short integer long float double bigdecimal "
    "biginteger timestamp blob".split()
)
#: RFC 9110's ``token``: what a header name may be (no space, no CR LF).
_HTTP_TOKEN = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")


@functools.cache
def schema(name: str = "service-model") -> dict[str, Any]:
    """A JSON Schema of ``generator/schema/``: of a service model, or of
    ``paginators`` or ``waiters`` files."""
    text = (
        resources.files("generator")
        .joinpath(f"schema/{name}.schema.json")
        .read_text("utf-8")
    )
    loaded: dict[str, Any] = json.loads(text)
    return loaded


@functools.cache
def _validator(name: str) -> Validator:
    schema_ = schema(name)
    cls = schema_validators.validator_for(schema_)
    cls.check_schema(schema_)
    validator: Validator = cls(schema_)
    return validator


def schema_problems(doc: Document, name: str = "service-model") -> list[Problem]:
    """Every violation of the JSON Schema ``name``, located; the most specific
    error of each branch."""
    problems: list[Problem] = []
    for error in _validator(name).iter_errors(doc.data):
        leaves = _leaves(error)
        for leaf in leaves:
            problems.append(doc.problem(tuple(leaf.absolute_path), _message(leaf)))
    return sorted(set(problems))


def _leaves(error: jsonschema.ValidationError) -> list[jsonschema.ValidationError]:
    if not error.context:
        return [error]
    # (read through getattr: the stubs leave best_match's return type unknown)
    best_match: Callable[..., jsonschema.ValidationError | None] = getattr(
        schema_exceptions, "best_match"
    )
    best = best_match(error.context)
    return _leaves(best) if best is not None else [error]


def _message(error: jsonschema.ValidationError) -> str:
    """jsonschema's message, with a long value it quotes cut down so that the
    reason (``is not of type 'object'``) still shows."""
    message = str(error.message)
    shown = repr(error.instance)
    if len(shown) > 60 and shown in message:
        message = message.replace(shown, _describe(error.instance))
    if len(message) > 200:
        message = message[:197] + "..."
    return message


_SIZED: dict[type, str] = {dict: "an object of {} key(s)", list: "a list of {} item(s)"}


def _describe(value: object) -> str:
    sized = _SIZED.get(type(value))
    if sized is not None:
        return sized.format(len(cast(Sized, value)))
    return repr(value)[:57] + "..."


def validate(doc: Document, companions: Companions | None = None) -> None:
    """Raise :class:`SpecError` with every problem of ``doc`` and, once the
    model is valid, of its paginators and waiters; return if none."""
    problems = schema_problems(doc)
    if not problems:
        problems = semantic_problems(doc)
    if not problems:
        from .paging import context_param_problems

        problems = context_param_problems(doc)
    if not problems and companions is not None:
        from .paging import check

        problems = check(doc.data, companions)
    if problems:
        raise SpecError(problems)


def warnings(doc: Document) -> list[Problem]:
    """Things that are valid but probably not what the model means.

    Operations left out because they use event streams, and patterns that
    look double-escaped (``\\\\d`` where ``\\d`` was
    meant).  They are enforced as written; an override can fix them.
    """
    from .passes.relations import uses_event_stream

    found: list[Problem] = []
    for name, op in doc.data.get("operations", {}).items():
        if uses_event_stream(doc.data, op):
            found.append(
                doc.problem(
                    ("operations", name),
                    "warning: the operation uses an event stream, which the bindings do not support yet; "
                    "it is left out",
                )
            )
    shapes: dict[str, Any] = doc.data.get("shapes", {})
    for name, shape in shapes.items():
        pattern: Any = (
            cast(dict[str, Any], shape).get("pattern")
            if isinstance(shape, dict)
            else None
        )
        if isinstance(pattern, str):
            escapes = [e for e in suspicious_double_escapes(pattern) if e.strong]
            if escapes:
                found.append(
                    doc.problem(
                        ("shapes", name, "pattern"),
                        f"warning: pattern looks double-escaped at {escapes[0].text!r}; it is enforced "
                        "as written (a literal backslash) unless an override fixes it",
                    )
                )
    return found


def declared_protocol(
    metadata: dict[str, Any],
) -> tuple[str | None, tuple[str | int, ...]]:
    """The protocol a model's metadata declares (``protocol``, else the first of
    ``protocols``) and where it is, as a path into the model."""
    protocol = metadata.get("protocol")
    if not protocol:
        listed = metadata.get("protocols")
        if isinstance(listed, list) and listed:
            first: object = cast(list[object], listed)[0]
            return (first if isinstance(first, str) else None), (
                "metadata",
                "protocols",
                0,
            )
    return (protocol if isinstance(protocol, str) else None), ("metadata", "protocol")


def supported_protocol(metadata: dict[str, Any]) -> str | None:
    """The protocol the generator builds a model with this metadata in
    (``protocols.choose``: botocore's choice among those it speaks), or None."""
    chosen, _ = protocols.choose(metadata)
    return None if chosen is None else chosen.name


def semantic_problems(doc: Document) -> list[Problem]:
    """Problems JSON Schema cannot express: references, names, templates."""
    return _Checker(doc).run()


def _python_name_or(spec: dict[str, Any], default: str) -> str:
    """A ``pythonName`` override when it is a usable identifier (else reported), or ``default``."""
    wanted = spec.get("pythonName")
    return (
        wanted if isinstance(wanted, str) and names.is_identifier(wanted) else default
    )


class _Checker:
    def __init__(self, doc: Document) -> None:
        self.doc = doc
        self.spec: dict[str, Any] = doc.data
        self.shapes: dict[str, Any] = self.spec["shapes"]
        self.problems: list[Problem] = []

    def report(self, path: tuple[str | int, ...], message: str) -> None:
        self.problems.append(self.doc.problem(path, message))

    def run(self) -> list[Problem]:
        metadata = self.spec["metadata"]
        chosen, reason = protocols.choose(metadata)
        if chosen is None:
            where = "protocols" if metadata.get("protocols") else "protocol"
            self.report(("metadata", where), reason)
        service_id = metadata.get("serviceId") or metadata.get("endpointPrefix")
        if not service_id:
            self.report(
                ("metadata",),
                "metadata needs a serviceId (or endpointPrefix) to name the package",
            )
        else:
            try:
                names.package_name(service_id)
            except ValueError as exc:
                self.report(("metadata", "serviceId"), str(exc))
        self._shapes()
        self._collection_cycles()
        self._operations()
        self._class_names()
        return sorted(set(self.problems))

    def _type(self, name: str) -> str | None:
        shape = self.shapes.get(name)
        return shape["type"] if shape is not None else None

    def _ref(self, path: tuple[str | int, ...], target: str) -> bool:
        if target not in self.shapes:
            self.report(path, f"refers to a missing shape {target!r}")
            return False
        return True

    def _python_name(self, path: tuple[str | int, ...], spec: dict[str, Any]) -> None:
        wanted = spec.get("pythonName")
        if wanted is not None and not (
            isinstance(wanted, str) and names.is_identifier(wanted)
        ):
            self.report(
                path + ("pythonName",),
                f"pythonName {wanted!r} is not a Python identifier",
            )

    def _shapes(self) -> None:
        for name, shape in self.shapes.items():
            base = ("shapes", name)
            self._python_name(base, shape)
            kind = shape["type"]
            if kind == "structure":
                members = shape.get("members", {})
                fields: dict[str, str] = {}
                for member_name, member in members.items():
                    path = base + ("members", member_name)
                    if self._ref(path + ("shape",), member["shape"]):
                        self._member_target(path, member, shape)
                    location = member.get("location")
                    if location is not None and location not in _LOCATIONS:
                        self.report(
                            path + ("location",), f"unknown location {location!r}"
                        )
                    self._python_name(path, member)
                    field = names.field_name(_python_name_or(member, member_name))
                    if field in fields:
                        self.report(
                            path,
                            f"member {member_name!r} and member {fields[field]!r} both map to the Python name {field!r}",
                        )
                    fields[field] = member_name
                for index, required in enumerate(shape.get("required", [])):
                    if required not in members:
                        self.report(
                            base + ("required", index),
                            f"required member {required!r} is not a member",
                        )
                payload = shape.get("payload")
                if payload is not None and payload not in members:
                    self.report(
                        base + ("payload",), f"payload {payload!r} names no member"
                    )
            for key in ("member", "key", "value"):
                if key in shape:
                    ref = shape[key]["shape"]
                    if self._ref(base + (key, "shape"), ref):
                        self._not_an_exception(
                            base + (key, "shape"), f"{kind} {key}", ref
                        )
            key_type = self._type(shape["key"]["shape"]) if "key" in shape else None
            if key_type is not None and key_type != "string":
                self.report(
                    base + ("key", "shape"),
                    f"a map key must be a string shape, not {key_type!r} (JSON object keys are strings)",
                )
            lo, hi = shape.get("min"), shape.get("max")
            if lo is not None and hi is not None and lo > hi:
                self.report(base + ("min",), f"min {lo} is greater than max {hi}")
            if "enum" in shape:
                seen: set[str] = set()
                for index, value in enumerate(shape["enum"]):
                    if value in seen:
                        self.report(
                            base + ("enum", index), f"duplicate enum value {value!r}"
                        )
                    seen.add(value)
            if "pattern" in shape:
                try:
                    translated = translate_pattern(shape["pattern"])
                    re.compile(translated)
                except (PatternError, re.error) as exc:
                    self.report(
                        base + ("pattern",), f"pattern cannot be compiled: {exc}"
                    )

    def _member_target(
        self, path: tuple[str | int, ...], member: dict[str, Any], owner: dict[str, Any]
    ) -> None:
        """What a member's shape must be for its location, and never an exception."""
        target = self.shapes[member["shape"]]
        kind = target["type"]
        if not owner.get("eventstream"):
            # (an event stream's error events are exception shapes: allowed there)
            self._not_an_exception(path + ("shape",), "member", member["shape"])
        location = member.get("location")
        item_kind = self._type(target["member"]["shape"]) if kind == "list" else None
        scalar_or_list = kind in _SCALARS or item_kind in _SCALARS
        if location == "header":
            if not scalar_or_list:
                self.report(
                    path,
                    f"a header member must be a scalar or a list of scalars, not a {kind}",
                )
            self._http_token(path, "header name", member.get("locationName", ""))
        elif location == "headers":
            value_kind = self._type(target["value"]["shape"]) if kind == "map" else None
            if value_kind not in _SCALARS:
                self.report(
                    path,
                    f"a headers (prefix) member must be a map of scalars, not a {kind}",
                )
            prefix = member.get("locationName", "")
            if prefix:
                self._http_token(path, "header prefix", prefix)
        elif location == "uri":
            if kind not in _SCALARS:
                self.report(path, f"a uri label member must be a scalar, not a {kind}")
        elif location == "querystring":
            if kind == "map":
                value = self.shapes.get(target["value"]["shape"], {})
                value_item = (
                    self._type(value["member"]["shape"])
                    if value.get("type") == "list"
                    else None
                )
                ok = value.get("type") in _SCALARS or value_item in _SCALARS
            else:
                ok = scalar_or_list
            if not ok:
                self.report(
                    path,
                    f"a querystring member must be a scalar, a list of scalars or a map of them, not a {kind}",
                )
        elif location == "statusCode":
            if kind not in ("integer", "long", "short", "byte"):
                self.report(
                    path, f"a statusCode member must be an integer, not a {kind}"
                )

    def _not_an_exception(
        self, path: tuple[str | int, ...], what: str, target: str
    ) -> None:
        if self.shapes[target].get("exception"):
            self.report(
                path,
                f"{what} targets the exception shape {target!r}; exceptions are errors, not data",
            )

    def _http_token(self, path: tuple[str | int, ...], what: str, name: object) -> None:
        if not isinstance(name, str) or not _HTTP_TOKEN.fullmatch(name):
            self.report(
                path + ("locationName",),
                f"{what} {name!r} is not an HTTP token (letters, digits and !#$%&'*+-.^_`|~ only)",
            )

    def _collection_cycles(self) -> None:
        """A list or map that holds itself with no structure in between has no
        Python type (and no finite JSON value): report the member that closes it."""
        # A list or map has one edge: to its member or value shape, when
        # that is a list or map too.  Follow each chain until it ends, meets
        # a chain already followed, or comes back to itself.
        edges: dict[str, tuple[str, str]] = {}
        for name, shape in self.shapes.items():
            if shape["type"] in ("list", "map"):
                role = "member" if shape["type"] == "list" else "value"
                target = shape.get(role, {}).get("shape")
                if self._type(target) in ("list", "map"):
                    edges[name] = (role, target)
        done: set[str] = set()
        for start in sorted(edges):
            chain: set[str] = set()
            node = start
            while node in edges and node not in done:
                chain.add(node)
                role, target = edges[node]
                if target in chain:
                    self.report(
                        ("shapes", node, role, "shape"),
                        f"{self.shapes[node]['type']} {node!r} contains itself with no structure in between",
                    )
                    break
                node = target
            done |= chain

    def _operations(self) -> None:
        for name, op in self.spec["operations"].items():
            base = ("operations", name)
            for role in ("input", "output"):
                if role in op:
                    target = op[role]["shape"]
                    if (
                        self._ref(base + (role, "shape"), target)
                        and self.shapes[target]["type"] != "structure"
                    ):
                        self.report(
                            base + (role, "shape"),
                            f"{role} {target!r} is not a structure",
                        )
                    elif target in self.shapes and self.shapes[target].get("exception"):
                        self.report(
                            base + (role, "shape"),
                            f"{role} {target!r} is an exception shape",
                        )
            for index, error in enumerate(op.get("errors", [])):
                target = error["shape"]
                if self._ref(base + ("errors", index, "shape"), target):
                    shape = self.shapes[target]
                    if shape["type"] != "structure" or not (
                        shape.get("exception") or shape.get("error")
                    ):
                        self.report(
                            base + ("errors", index, "shape"),
                            f"error {target!r} is not an exception shape",
                        )
            self._uri(base, op)

    def _uri(self, base: tuple[str | int, ...], op: dict[str, Any]) -> None:
        uri = op.get("http", {}).get("requestUri", "/")
        path = uri.partition("?")[0]
        labels = [m.group(1) for m in _LABEL.finditer(path)]
        members: dict[str, Any] = {}
        target = op.get("input", {}).get("shape")
        if target in self.shapes:
            members = self.shapes[target].get("members", {})
        bound: dict[str, str] = {}
        for member_name, member in members.items():
            target_shape = self.shapes.get(member["shape"], {})
            if (member.get("location") or target_shape.get("location")) == "uri":
                wire = (
                    member.get("locationName")
                    or target_shape.get("locationName")
                    or member_name
                )
                if wire in bound:
                    self.report(
                        ("shapes", target, "members", member_name),
                        f"member is bound to uri label {{{wire}}}, which member {bound[wire]!r} is bound to already",
                    )
                    continue
                bound[wire] = member_name
        greedy = 0
        for label in labels:
            if label.endswith("+"):
                greedy += 1
            if label.rstrip("+") not in bound:
                self.report(
                    base + ("http", "requestUri"),
                    f"label {{{label}}} has no member bound to uri",
                )
        if greedy > 1:
            self.report(base + ("http", "requestUri"), "more than one greedy label")
        used = {label.rstrip("+") for label in labels}
        for wire, member_name in bound.items():
            if wire not in used:
                self.report(
                    ("shapes", target, "members", member_name),
                    f"member is bound to uri label {{{wire}}} but requestUri {uri!r} has no such label",
                )
        prefix = op.get("endpoint", {}).get("hostPrefix", "")
        for label in _LABEL.findall(prefix):
            member = members.get(label)
            if member is None or not member.get("hostLabel"):
                self.report(
                    base + ("endpoint", "hostPrefix"),
                    f"host label {{{label}}} has no member marked hostLabel",
                )

    def _class_names(self) -> None:
        seen: dict[str, str] = {}
        for name, shape in self.shapes.items():
            if shape["type"] != "structure" and "enum" not in shape:
                continue
            cls = names.class_name(_python_name_or(shape, name))
            if cls in seen:
                self.report(
                    ("shapes", name),
                    f"shapes {seen[cls]!r} and {name!r} both map to the Python class {cls!r}",
                )
            seen[cls] = name
