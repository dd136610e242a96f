"""JSON RPC Test Service: typed Python bindings (declarations for type checkers)."""

import typing as _t

from .._runtime import models as _models
from .aio import AsyncClient as AsyncClient
from .client import Client as Client
from .errors import (
    JsonrpcError as JsonrpcError,
    Throttled as Throttled,
)
from .operations.list_records import (
    ListRecords as ListRecords,
    ListRecordsResponse as ListRecordsResponse,
    list_records_response_http_status as list_records_response_http_status,
    list_records_response_next_token as list_records_response_next_token,
    list_records_response_records as list_records_response_records,
    new_list_records as new_list_records,
    new_list_records_response as new_list_records_response,
)
from .operations.put_record import (
    PutRecord as PutRecord,
    PutRecordResponse as PutRecordResponse,
    new_put_record as new_put_record,
    new_put_record_response as new_put_record_response,
    put_record_data as put_record_data,
    put_record_labels as put_record_labels,
    put_record_name as put_record_name,
    put_record_response_http_status as put_record_response_http_status,
    put_record_response_record as put_record_response_record,
    put_record_tags as put_record_tags,
    put_record_token as put_record_token,
    put_record_value as put_record_value,
    put_record_when as put_record_when,
    put_record_when_text as put_record_when_text,
)
from .shapes.record import (
    Record as Record,
    new_record as new_record,
    record_created as record_created,
    record_name as record_name,
    record_ratio as record_ratio,
    record_size as record_size,
    record_value as record_value,
)
from .shapes.value import (
    Value as Value,
    new_value as new_value,
    value_number as value_number,
    value_sdk_unknown_member as value_sdk_unknown_member,
    value_text as value_text,
)

OPERATIONS: _t.Mapping[str, _models.Operation[_t.Any, _t.Any]]

__all__ = [
    "OPERATIONS",
    "AsyncClient",
    "Client",
    "JsonrpcError",
    "ListRecords",
    "ListRecordsResponse",
    "PutRecord",
    "PutRecordResponse",
    "Record",
    "Throttled",
    "Value",
    "list_records_response_http_status",
    "list_records_response_next_token",
    "list_records_response_records",
    "new_list_records",
    "new_list_records_response",
    "new_put_record",
    "new_put_record_response",
    "new_record",
    "new_value",
    "put_record_data",
    "put_record_labels",
    "put_record_name",
    "put_record_response_http_status",
    "put_record_response_record",
    "put_record_tags",
    "put_record_token",
    "put_record_value",
    "put_record_when",
    "put_record_when_text",
    "record_created",
    "record_name",
    "record_ratio",
    "record_size",
    "record_value",
    "value_number",
    "value_sdk_unknown_member",
    "value_text",
]
