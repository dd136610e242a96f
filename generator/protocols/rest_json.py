"""rest-json: the REST HTTP binding with JSON bodies.

Members go to the URI, query string, headers and status code as the REST
binding says (``http_binding``); the body is a JSON object of the remaining
members, or the payload member itself (``json_body``).  Errors carry their
code in ``x-amzn-ErrorType`` or the body's ``__type``/``code``.
"""

from __future__ import annotations

from typing import Any

from ..ir import HttpBinding, Location, ProtocolSettings, Structure
from . import http_binding, json_body
from .base import Protocol, member_name


class RestJson(Protocol):
    name = "rest-json"
    template = "protocols/rest_json.py.j2"
    runtime = "restjson"
    timestamp_defaults = {
        "": json_body.DEFAULT_TIMESTAMP_FORMAT,
        **http_binding.TIMESTAMP_DEFAULTS,
    }

    def locate(
        self, member: str, spec: dict[str, Any], target: dict[str, Any]
    ) -> tuple[Location, str]:
        return http_binding.locate(member, spec, target)

    def body_name(
        self, member: str, spec: dict[str, Any], target: dict[str, Any]
    ) -> str:
        return member_name(spec, target, member)

    def bind(
        self, request_uri: str, request: Structure, response: Structure
    ) -> HttpBinding:
        return http_binding.bind(request_uri, request, response)

    def request_headers(
        self, operation: str, settings: ProtocolSettings
    ) -> list[tuple[str, str]]:
        # (a JSON body's Content-Type depends on the input: the serializer sets it)
        return []

    def request_fields(
        self, operation: str, settings: ProtocolSettings
    ) -> list[tuple[str, str]]:
        return []
