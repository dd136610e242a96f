"""query (awsQuery): form-encoded requests, XML responses.

A request is ``POST /`` with an ``application/x-www-form-urlencoded`` body:
``Action=<Operation>&Version=<apiVersion>`` and the input's members as
fields named by their ``locationName`` (``form``: ``.member.N`` lists,
``.entry.N.key/value`` maps, ``flattened``, ``Name=`` for an empty list).
A response is an XML document: ``<OperationResponse>`` holding the output
in its ``resultWrapper`` element and ``<ResponseMetadata><RequestId>``
(``xml_body``).  An error is ``<ErrorResponse><Error><Code>``, ``<Message>``
and the error's modeled members ``</Error><RequestId>``; its code is matched
against the error shapes' ``error.code``, then their names.
"""

from __future__ import annotations

from typing import Any

from ..ir import HttpBinding, Location, ProtocolSettings, Structure
from . import form, rpc
from .base import Protocol, member_name

#: The Content-Type of a form-encoded body (botocore's, charset and all).
FORM_CONTENT_TYPE = "application/x-www-form-urlencoded; charset=utf-8"


class Query(Protocol):
    name = "query"
    template = "protocols/query.py.j2"
    runtime = "query"
    timestamp_defaults = {"": form.DEFAULT_TIMESTAMP_FORMAT}

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
        return [("Content-Type", FORM_CONTENT_TYPE)]

    def request_fields(
        self, operation: str, settings: ProtocolSettings
    ) -> list[tuple[str, str]]:
        return [("Action", operation), ("Version", settings.api_version)]
