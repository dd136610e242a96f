"""Error responses of awsJson services, and the query-compatible error code.

Part of the runtime every generated package of this output folder shares;
used by the awsJson protocol.  A service that moved from the query protocol
to JSON (``awsQueryCompatible``: SQS, ...) keeps its query error codes for
its old clients: it sends them in ``x-amzn-query-error: <Code>;<Fault>``
next to the JSON error, and that code wins, as botocore reads it.
"""

from __future__ import annotations

from collections.abc import Mapping

from .errors import ErrorResponse
from .jsonwire import read_rest_json_error


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


def read_aws_json_error(
    status: int, headers: Mapping[str, str], raw: bytes
) -> ErrorResponse:
    """Read the code, message and body of an awsJson error response.

    As rest-json's (the code from ``x-amzn-ErrorType``, else the body's
    ``__type`` or ``code``, without namespace or suffix), then the
    ``x-amzn-query-error`` code of a query-compatible service.
    """
    response = read_rest_json_error(status, headers, raw)
    response.code = query_error_code(response.headers, response.code)
    return response
