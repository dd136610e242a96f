"""ec2: the query protocol as EC2 speaks it.

Requests are query's form-encoded ``Action``/``Version`` bodies, except
that a member is named by its ``queryName``, else its ``locationName`` or
its own name with the first letter capitalised (botocore capitalises only
the former; no EC2 member starts in lower case without one), and that
every list is flattened (``Name.1``, ``Name.2``; nothing at all for an empty list).
Responses are XML without a result wrapper (the output's members are the
children of ``<OperationResponse>``, next to ``<requestId>``).  An error is
``<Response><Errors><Error><Code>``, ``<Message>``
``</Error></Errors><RequestID>``.
"""

from __future__ import annotations

from typing import Any

from ..ir import HttpBinding, Location, ProtocolSettings, Structure
from . import form, query, rpc
from .base import Protocol, member_name


class Ec2(Protocol):
    name = "ec2"
    template = "protocols/ec2.py.j2"
    runtime = "ec2"
    timestamp_defaults = {"": form.DEFAULT_TIMESTAMP_FORMAT}

    def locate(
        self, member: str, spec: dict[str, Any], target: dict[str, Any]
    ) -> tuple[Location, str]:
        return "", self.body_name(member, spec, target)

    def body_name(
        self, member: str, spec: dict[str, Any], target: dict[str, Any]
    ) -> str:
        query_name = spec.get("queryName") or target.get("queryName")
        if query_name:
            return str(query_name)
        name = member_name(spec, target, member)
        return name[:1].upper() + name[1:]

    def bind(
        self, request_uri: str, request: Structure, response: Structure
    ) -> HttpBinding:
        return rpc.bind(request, response)

    def request_headers(
        self, operation: str, settings: ProtocolSettings
    ) -> list[tuple[str, str]]:
        return [("Content-Type", query.FORM_CONTENT_TYPE)]

    def request_fields(
        self, operation: str, settings: ProtocolSettings
    ) -> list[tuple[str, str]]:
        return [("Action", operation), ("Version", settings.api_version)]
