"""awsJson 1.0 and 1.1 (``json``): JSON bodies posted to ``/``.

The operation is named by ``X-Amz-Target: <targetPrefix>.<Operation>``; the
body is a JSON object of the input's members (``{}`` when it has none), the
response a JSON object of the output's (``json_body``, the codec rest-json
uses).  Errors carry their code in ``x-amzn-ErrorType`` or the body's
``__type``/``code`` (without a ``namespace#`` prefix or a ``:`` suffix);
a service that moved from query (``awsQueryCompatible``) also sends its
query error code in ``x-amzn-query-error: <Code>;<Sender|Receiver>``, which
wins, and is told so by ``x-amzn-query-mode: true`` on every request.
"""

from __future__ import annotations

from typing import Any

from ..ir import HttpBinding, Location, ProtocolSettings, Structure
from . import json_body, rpc
from .base import Protocol, member_name


class AwsJson(Protocol):
    name = "json"
    template = "protocols/aws_json.py.j2"
    runtime = "awsjson"
    timestamp_defaults = {"": json_body.DEFAULT_TIMESTAMP_FORMAT}

    def locate(
        self, member: str, spec: dict[str, Any], target: dict[str, Any]
    ) -> tuple[Location, str]:
        return "", self.body_name(member, spec, target)

    def body_name(
        self, member: str, spec: dict[str, Any], target: dict[str, Any]
    ) -> str:
        return member_name(spec, target, member)

    def bind(
        self, request_uri: str, request: Structure, response: Structure
    ) -> HttpBinding:
        return rpc.bind(request, response)

    def request_headers(
        self, operation: str, settings: ProtocolSettings
    ) -> list[tuple[str, str]]:
        headers = [
            ("X-Amz-Target", f"{settings.target_prefix}.{operation}"),
            (
                "Content-Type",
                f"application/x-amz-json-{settings.json_version or '1.0'}",
            ),
        ]
        if settings.query_compatible:
            headers.append(("x-amzn-query-mode", "true"))
        return headers

    def request_fields(
        self, operation: str, settings: ProtocolSettings
    ) -> list[tuple[str, str]]:
        return []
