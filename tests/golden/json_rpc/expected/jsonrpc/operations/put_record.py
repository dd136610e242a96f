"""The PutRecord operation."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from .. import errors as _errors
from ..._runtime import awsjson as _rt
from ..shapes.record import Record
from ..shapes.value import Value


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class PutRecord:
    """The PutRecord operation.

    Fields:

    - ``name``: The ``Name`` member.
    - ``data``: The ``Data`` member.
    - ``tags``: The ``Tags`` member.
    - ``labels``: The ``Labels`` member.
    - ``when``: The ``When`` member.
    - ``when_text``: The ``WhenText`` member.
    - ``value``: The ``Value`` member.
    - ``token``: The ``Token`` member.
    """

    name: str
    """The ``Name`` member."""

    data: bytes | None = None
    """The ``Data`` member."""

    tags: dict[str, str] | None = None
    """The ``Tags`` member."""

    labels: list[str] | None = None
    """The ``Labels`` member."""

    when: _dt.datetime | None = None
    """The ``When`` member."""

    when_text: _dt.datetime | None = None
    """The ``WhenText`` member."""

    value: Value | None = None
    """The ``Value`` member."""

    token: str | None = None
    """The ``Token`` member."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.name
        if value is None:
            errors.append(prefix + "name: required but missing")
        else:
            path = prefix + "name"
            _rt.check_str(errors, path, value, min_len=1, max_len=64)
        value = self.data
        if value is not None:
            path = prefix + "data"
            _rt.check_type(errors, path, value, bytes, "bytes")
        value = self.tags
        if value is not None:
            path = prefix + "tags"
            if _rt.check_type(errors, path, value, dict, "dict"):
                for k1, v1 in value.items():
                    p1 = f"{path}[{k1!r}]"
                    _rt.check_str(errors, p1, k1, min_len=1, max_len=64)
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=64)
        value = self.labels
        if value is not None:
            path = prefix + "labels"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=64)
        value = self.when
        if value is not None:
            path = prefix + "when"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.when_text
        if value is not None:
            path = prefix + "when_text"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.value
        if value is not None:
            path = prefix + "value"
            if isinstance(value, Value):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Value, got {type(value).__name__}")
        value = self.token
        if value is not None:
            path = prefix + "token"
            _rt.check_str(errors, path, value, min_len=1, max_len=64)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["Name"] = self.name
        if self.data is not None:
            result["Data"] = self.data
        if self.tags is not None:
            result["Tags"] = dict(self.tags)
        if self.labels is not None:
            result["Labels"] = list(self.labels)
        if self.when is not None:
            result["When"] = self.when
        if self.when_text is not None:
            result["WhenText"] = self.when_text
        if self.value is not None:
            result["Value"] = self.value.to_dict()
        if self.token is not None:
            result["Token"] = self.token
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> PutRecord:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "PutRecord")
        return cls(
            name=_rt.required(data, "Name", path),
            data=data.get("Data"),
            tags=(
                None
                if (value := data.get("Tags")) is None
                else dict(_rt.expect_mapping(value, path + "Tags"))
            ),
            labels=(
                None
                if (value := data.get("Labels")) is None
                else list(_rt.expect_sequence(value, path + "Labels"))
            ),
            when=data.get("When"),
            when_text=data.get("WhenText"),
            value=(
                None
                if (value := data.get("Value")) is None
                else Value.from_dict(value, path=path + "Value" + ".")
            ),
            token=data.get("Token"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class PutRecordResponse:
    """The response of PutRecord.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``record``: The ``Record`` member.
    """

    http_status: int
    """The HTTP status code of the response."""

    record: Record | None = None
    """The ``Record`` member."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.record
        if value is not None:
            path = prefix + "record"
            if isinstance(value, Record):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Record, got {type(value).__name__}")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.record is not None:
            result["Record"] = self.record.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> PutRecordResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "PutRecordResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            record=(
                None
                if (value := data.get("Record")) is None
                else Record.from_dict(value, path=path + "Record" + ".")
            ),
        )


class _PutRecordResponseDraft:
    """A :class:`PutRecordResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "record")
    http_status: int
    record: Record | None


def new_put_record(
    name: str,
) -> PutRecord:
    """Create a :class:`PutRecord` with all optional fields omitted."""
    return PutRecord(
        name=name,
    )


put_record_name = _rt.Lens[PutRecord, str](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "put_record_name",
)
"""Lens on :attr:`PutRecord.name`."""


put_record_data = _rt.Lens[PutRecord, bytes | None](
    lambda s: s.data,
    lambda s, v: _dc.replace(s, data=v),
    "put_record_data",
)
"""Lens on :attr:`PutRecord.data`."""


put_record_tags = _rt.Lens[PutRecord, dict[str, str] | None](
    lambda s: s.tags,
    lambda s, v: _dc.replace(s, tags=v),
    "put_record_tags",
)
"""Lens on :attr:`PutRecord.tags`."""


put_record_labels = _rt.Lens[PutRecord, list[str] | None](
    lambda s: s.labels,
    lambda s, v: _dc.replace(s, labels=v),
    "put_record_labels",
)
"""Lens on :attr:`PutRecord.labels`."""


put_record_when = _rt.Lens[PutRecord, _dt.datetime | None](
    lambda s: s.when,
    lambda s, v: _dc.replace(s, when=v),
    "put_record_when",
)
"""Lens on :attr:`PutRecord.when`."""


put_record_when_text = _rt.Lens[PutRecord, _dt.datetime | None](
    lambda s: s.when_text,
    lambda s, v: _dc.replace(s, when_text=v),
    "put_record_when_text",
)
"""Lens on :attr:`PutRecord.when_text`."""


put_record_value = _rt.Lens[PutRecord, Value | None](
    lambda s: s.value,
    lambda s, v: _dc.replace(s, value=v),
    "put_record_value",
)
"""Lens on :attr:`PutRecord.value`."""


put_record_token = _rt.Lens[PutRecord, str | None](
    lambda s: s.token,
    lambda s, v: _dc.replace(s, token=v),
    "put_record_token",
)
"""Lens on :attr:`PutRecord.token`."""


def new_put_record_response(
    http_status: int,
) -> PutRecordResponse:
    """Create a :class:`PutRecordResponse` with all optional fields omitted."""
    return PutRecordResponse(
        http_status=http_status,
    )


put_record_response_http_status = _rt.Lens[PutRecordResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "put_record_response_http_status",
)
"""Lens on :attr:`PutRecordResponse.http_status`."""


put_record_response_record = _rt.Lens[PutRecordResponse, Record | None](
    lambda s: s.record,
    lambda s, v: _dc.replace(s, record=v),
    "put_record_response_record",
)
"""Lens on :attr:`PutRecordResponse.record`."""


def _serialize(request: PutRecord, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    idempotency_token = request.token
    if idempotency_token is None:
        idempotency_token = _rt.new_idempotency_token()
    data: dict[str, _t.Any] = {}
    data["Name"] = request.name
    if request.data is not None:
        data["Data"] = _rt.b64encode(request.data)
    if request.tags is not None:
        data["Tags"] = request.tags
    if request.labels is not None:
        data["Labels"] = request.labels
    if request.when is not None:
        data["When"] = _rt.epoch_seconds(request.when)
    if request.when_text is not None:
        data["WhenText"] = _rt.iso8601(request.when_text)
    if request.value is not None:
        data["Value"] = request.value._to_json()
    data["Token"] = idempotency_token
    return _rt.HttpRequest(
        method="POST",
        path="/",
        query=[],
        headers={
            "X-Amz-Target": "JsonRpcTest_20240303.PutRecord",
            "Content-Type": "application/x-amz-json-1.0",
            "x-amzn-query-mode": "true",
        },
        body=_rt.dumps(data),
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> PutRecordResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _PutRecordResponseDraft()
    draft.http_status = status
    try:
        draft.record = (
            None
            if (value := data.get("Record")) is None
            else Record._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "Record")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            str(exc), http_status=status, body=body
        ) from None
    return _rt.seal(draft, PutRecordResponse)


OPERATION: _rt.Operation[PutRecord, PutRecordResponse] = _rt.Operation(
    "PutRecord",
    PutRecord,
    PutRecordResponse,
    (_errors.Throttled,),
    _serialize,
    _deserialize,
)
"""The PutRecord operation: its types, errors and wire codec."""
