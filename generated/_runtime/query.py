"""The runtime of query packages: every name their generated modules use.

Part of the runtime every generated package of this output folder shares.
A query package imports this module as ``_rt``; it gathers, from the
modules that define them, the models (lenses, operations, patterns), the
errors, the checks of ``validate()``, the form-encoded request body, the
safe XML reader of responses and errors, and the timestamp formats.
"""

from __future__ import annotations

from .errors import (
    DeserializationError,
    ErrorResponse,
    ServiceError,
    ValidationError,
    WireTypeError,
)
from .formwire import form_body
from .http import HttpRequest, b64decode, b64encode, bool_text, float_text, host_label
from .models import Document, Lens, Operation, Pattern, new_idempotency_token, seal
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
from .xmlwire import (
    XmlNode,
    error_node,
    read_xml_result,
    xml_all,
    xml_bool,
    xml_entries,
    xml_flat_entries,
    xml_float,
    xml_index,
    xml_int,
    xml_unknown_member,
)
from .xmlwire import read_xml_error as read_error_response

__all__ = [
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
    "XmlNode",
    "b64decode",
    "b64encode",
    "bool_text",
    "check_document",
    "check_length",
    "check_number",
    "check_str",
    "check_type",
    "check_union",
    "epoch_seconds",
    "epoch_text",
    "error_node",
    "expect_mapping",
    "expect_sequence",
    "float_text",
    "form_body",
    "host_label",
    "http_date",
    "iso8601",
    "new_idempotency_token",
    "seal",
    "parse_timestamp",
    "raise_if",
    "read_error_response",
    "read_xml_result",
    "required",
    "response_status",
    "unknown_member_name",
    "xml_all",
    "xml_bool",
    "xml_entries",
    "xml_flat_entries",
    "xml_float",
    "xml_index",
    "xml_int",
    "xml_unknown_member",
]
