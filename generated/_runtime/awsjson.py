"""The runtime of awsJson packages (protocol ``json``): every name their generated modules use.

Part of the runtime every generated package of this output folder shares.
An awsJson package imports this module as ``_rt``; it gathers, from the
modules that define them, the models (lenses, operations, patterns), the
errors (with the query-compatible error code), the checks of
``validate()``, the JSON body codec and the timestamp formats.
"""

from __future__ import annotations

from .errors import (
    DeserializationError,
    ErrorResponse,
    ServiceError,
    ValidationError,
    WireTypeError,
)
from .http import HttpRequest, b64decode, b64encode, decode_text, host_label
from .jsonwire import (
    JSON_ARRAY,
    JSON_OBJECT,
    dumps,
    expect_bool,
    expect_float,
    expect_int,
    expect_list,
    expect_object,
    expect_str,
    float_to_json,
    read_json_body,
    read_json_value,
    unknown_union_member,
    use_orjson,
)
from .models import (
    Document,
    Lens,
    Operation,
    Pattern,
    new_idempotency_token,
    seal,
)
from .querycompat import error_class
from .querycompat import read_aws_json_error as read_error_response
from .timestamps import epoch_seconds, epoch_text, http_date, iso8601, parse_timestamp
from .validation import (
    check_document,
    check_length,
    check_number,
    check_str,
    check_type,
    check_union,
    expect_mapping,
    expect_sequence,
    raise_if,
    required,
    response_status,
    unknown_member_name,
)

__all__ = [
    "JSON_ARRAY",
    "JSON_OBJECT",
    "DeserializationError",
    "Document",
    "ErrorResponse",
    "HttpRequest",
    "Lens",
    "Operation",
    "Pattern",
    "ServiceError",
    "ValidationError",
    "WireTypeError",
    "b64decode",
    "b64encode",
    "decode_text",
    "check_document",
    "check_length",
    "check_number",
    "check_str",
    "check_type",
    "check_union",
    "dumps",
    "epoch_seconds",
    "epoch_text",
    "error_class",
    "expect_bool",
    "expect_float",
    "expect_int",
    "expect_list",
    "expect_mapping",
    "expect_object",
    "expect_sequence",
    "expect_str",
    "float_to_json",
    "host_label",
    "http_date",
    "iso8601",
    "new_idempotency_token",
    "seal",
    "parse_timestamp",
    "raise_if",
    "read_error_response",
    "read_json_body",
    "read_json_value",
    "required",
    "response_status",
    "unknown_member_name",
    "unknown_union_member",
    "use_orjson",
]
