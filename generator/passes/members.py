"""Pass 4, members: structures and their fields, wire names and locations.

A structure nested in a body keeps every member in the body; the members
of an operation's input, output and errors go where the protocol puts them
(``Protocol.locate``).  Field names come from ``names``; a member the
constructor requires is required by the model and not an idempotency token
(which is filled in when left out).  A structure read from responses
tolerates missing required members (services omit them), so its fields
admit ``None``.
"""

from __future__ import annotations

import dataclasses
from typing import Any

from .. import names
from ..codecs import timestamp
from ..docs import html_to_rst
from ..errors import Problem
from ..ir import Location, Member, Structure
from ..load import Document
from ..protocols import Protocol, xml_body
from .naming import Namespace
from .types import Types, document


class Members:
    """Builds structures, claiming their lenses and constructors in the namespace."""

    def __init__(
        self, doc: Document, types: Types, namespace: Namespace, protocol: Protocol
    ) -> None:
        self.doc = doc
        self.shapes: dict[str, Any] = doc.data["shapes"]
        self.types = types
        self.namespace = namespace
        self.protocol = protocol
        self.settings = protocol.settings(doc.data["metadata"])
        self.problems: list[Problem] = []

    def structure(
        self,
        shape_name: str,
        shape: dict[str, Any],
        class_name: str,
        module: str,
        tolerant: bool,
        *,
        is_output: bool = False,
        in_body: bool = True,
    ) -> Structure:
        """The class of a structure shape; ``in_body=False`` for an operation's
        input or output, whose members the protocol places."""
        reserved: set[str] = set(names.MODEL_METHODS) | (
            {"http_status"} if is_output else set()
        )
        if shape.get("union"):
            reserved |= {names.UNKNOWN_UNION_MEMBER}
        status_lens = ""
        if is_output:
            status_lens = self.namespace.claim(
                names.lens_name(class_name, "http_status"),
                f"lens of {class_name}.http_status",
                "_",
            )
        members = self.members(
            shape_name,
            shape,
            class_name,
            tolerant,
            in_body=in_body,
            reserved=frozenset(reserved),
        )
        deprecated = deprecation(shape)
        structure = Structure(
            shape=shape_name,
            class_name=class_name,
            snake=names.snake_case(class_name),
            constructor=self.namespace.claim(
                names.constructor_name(class_name), f"constructor of {class_name}", "_"
            ),
            docs=docs(
                shape.get("documentation", ""), f"The {shape_name} shape.", deprecated
            ),
            members=members,
            module=module,
            is_union=bool(shape.get("union")),
            is_output=is_output,
            deprecated=deprecated,
            http_status_lens=status_lens,
        )
        if structure.is_union:
            structure.unknown_lens = self.namespace.claim(
                names.lens_name(class_name, names.UNKNOWN_UNION_MEMBER),
                f"lens of {class_name}.{names.UNKNOWN_UNION_MEMBER}",
                "_",
            )
        return structure

    def members(
        self,
        shape_name: str,
        shape: dict[str, Any],
        class_name: str,
        tolerant: bool,
        *,
        in_body: bool,
        reserved: frozenset[str] = names.MODEL_METHODS,
    ) -> list[Member]:
        """The members of a structure, required ones first (in the model's order)."""
        declared: dict[str, Any] = shape.get("members", {})
        required = [r for r in shape.get("required", []) if r in declared]
        ordered = required + [m for m in declared if m not in required]
        payload = shape.get("payload")
        fields: dict[str, str] = {}
        members: list[Member] = []
        position = {name: index for index, name in enumerate(declared)}
        for member_name in ordered:
            spec: dict[str, Any] = declared[member_name]
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
            members.append(
                self._member(
                    member_name,
                    spec,
                    class_name,
                    field,
                    tolerant,
                    required=member_name in required,
                    in_body=in_body,
                    is_payload=member_name == payload and not in_body,
                    order=position[member_name],
                )
            )
        return members

    def _member(
        self,
        member_name: str,
        spec: dict[str, Any],
        class_name: str,
        field: str,
        tolerant: bool,
        *,
        required: bool,
        in_body: bool,
        is_payload: bool,
        order: int = 0,
    ) -> Member:
        target: dict[str, Any] = self.shapes[spec["shape"]]
        location: Location
        if in_body:
            location, wire_name = "", self.protocol.body_name(member_name, spec, target)
        else:
            location, wire_name = self.protocol.locate(member_name, spec, target)
        # An idempotency token is filled in when left out, so the user never
        # has to give one, even where the model calls it required.
        is_required = required and not spec.get("idempotencyToken")
        json_value = location == "header" and bool(
            spec.get("jsonvalue") or target.get("jsonvalue")
        )
        value_type = (
            document(spec["shape"]) if json_value else self.types.of(spec["shape"])
        )
        if spec.get("sensitive") and not value_type.sensitive:
            value_type = dataclasses.replace(value_type, sensitive=True)
        fmt = ""
        if value_type.kind == "timestamp":
            default = self.protocol.timestamp_defaults.get(
                location, self.protocol.timestamp_defaults[""]
            )
            fmt = timestamp.resolve(spec.get("timestampFormat"), value_type, default)
        deprecated = deprecation(spec)
        return Member(
            name=member_name,
            field=field,
            type=value_type,
            docs=docs(
                spec.get("documentation", "") or target.get("documentation", ""),
                f"The ``{member_name}`` member.",
                deprecated,
            ),
            required=is_required,
            nullable=not is_required or tolerant,
            location=location,
            wire_name=wire_name,
            lens=self.namespace.claim(
                names.lens_name(class_name, field), f"lens of {class_name}.{field}", "_"
            ),
            timestamp_format=fmt,
            json_value=json_value,
            sensitive=bool(spec.get("sensitive") or target.get("sensitive")),
            deprecated=deprecated,
            idempotency_token=bool(spec.get("idempotencyToken")),
            is_payload=is_payload,
            order=order,
            xml_name=xml_body.element_name(member_name, spec, target, value_type),
            flattened=bool(spec.get("flattened") or target.get("flattened")),
        )


def docs(html: str, fallback: str, deprecated: str) -> str:
    """A docstring's text: the converted documentation, or a fallback, and
    a warning when deprecated."""
    text = html_to_rst(html) or fallback
    if deprecated:
        text += f"\n\n.. warning:: Deprecated. {deprecated}"
    return text


def deprecation(spec: dict[str, Any]) -> str:
    """The deprecation message of a shape, member or operation ("" when not deprecated)."""
    if not spec.get("deprecated"):
        return ""
    message = str(spec.get("deprecatedMessage") or "This is deprecated.")
    since = spec.get("deprecatedSince")
    return f"{message} (since {since})" if since else message
