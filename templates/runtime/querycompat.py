"""Error responses of awsJson services, and the query-compatible error code.

Part of the runtime every generated package of this output folder shares;
used by the awsJson protocol.  A service that moved from the query protocol
to JSON (``awsQueryCompatible``: SQS, CloudWatch, ...) keeps its query
error codes for its old clients: it sends them in ``x-amzn-query-error:
<Code>;<Fault>`` next to the JSON error.  That code is the error's
``code``, as botocore reads it; the error's class is the one modeled for
that code, else the one for the JSON (``__type``) code -- SQS models no
query codes at all, and botocore matches its errors by ``__type`` too.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from .errors import ErrorResponse
from .jsonwire import read_rest_json_error

E = TypeVar("E")


def query_error_code(headers: Mapping[str, str], code: str) -> str:
    """The code of ``x-amzn-query-error`` (lower-cased ``headers``) when it
    holds ``<Code>;<Fault>``; else ``code``."""
    value = headers.get("x-amzn-query-error")
    if value is None:
        return code
    parts = value.split(";")
    if len(parts) == 2 and parts[0]:
        return parts[0]
    return code


class JsonErrorResponse(ErrorResponse):
    """An awsJson error response: also the code its JSON named (``__type``)."""

    __slots__ = ("json_code",)

    def __init__(self, json_code: str, *args: Any) -> None:
        super().__init__(*args)
        self.json_code = json_code


def read_aws_json_error(
    status: int, headers: Mapping[str, str], raw: bytes
) -> ErrorResponse:
    """Read the code, message and body of an awsJson error response.

    As rest-json's (the code from ``x-amzn-ErrorType``, else the body's
    ``__type`` or ``code``, without namespace or suffix), then the
    ``x-amzn-query-error`` code of a query-compatible service.
    """
    read = read_rest_json_error(status, headers, raw)
    return JsonErrorResponse(
        read.code,
        query_error_code(read.headers, read.code),
        read.message,
        read.body,
        read.headers,
        read.http_status,
        read.request_id,
        read.raw,
    )


def error_class(
    table: Mapping[str, type[E]], response: ErrorResponse, base: type[E]
) -> type[E]:
    """The class of an error: its code's, else its JSON code's, else ``base``."""
    found = table.get(response.code)
    if found is None and isinstance(response, JsonErrorResponse):
        found = table.get(response.json_code)
    return base if found is None else found
