"""The ListRecords operation."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import awsjson as _rt
from ..shapes.record import Record


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListRecords:
    """The ListRecords operation."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        pass

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> ListRecords:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListRecords")
        return cls()


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListRecordsResponse:
    """The response of ListRecords.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``records``: The ``Records`` member.
    - ``next_token``: The ``NextToken`` member.
    """

    http_status: int
    """The HTTP status code of the response."""

    records: list[Record] | None = None
    """The ``Records`` member."""

    next_token: str | None = None
    """The ``NextToken`` member."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.records
        if value is not None:
            path = prefix + "records"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, Record):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected Record, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=64)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.records is not None:
            result["Records"] = [v1.to_dict() for v1 in self.records]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListRecordsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListRecordsResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            records=(
                None
                if (value := data.get("Records")) is None
                else [
                    Record.from_dict(v1, path=path + "Records" + f"[{i1}]" + ".")
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "Records")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _ListRecordsResponseDraft:
    """A :class:`ListRecordsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "records", "next_token")
    http_status: int
    records: list[Record] | None
    next_token: str | None


def new_list_records() -> ListRecords:
    """Create a :class:`ListRecords` with all optional fields omitted."""
    return ListRecords()


def new_list_records_response(
    http_status: int,
) -> ListRecordsResponse:
    """Create a :class:`ListRecordsResponse` with all optional fields omitted."""
    return ListRecordsResponse(
        http_status=http_status,
    )


list_records_response_http_status = _rt.Lens[ListRecordsResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_records_response_http_status",
)
"""Lens on :attr:`ListRecordsResponse.http_status`."""


list_records_response_records = _rt.Lens[ListRecordsResponse, list[Record] | None](
    lambda s: s.records,
    lambda s, v: _dc.replace(s, records=v),
    "list_records_response_records",
)
"""Lens on :attr:`ListRecordsResponse.records`."""


list_records_response_next_token = _rt.Lens[ListRecordsResponse, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_records_response_next_token",
)
"""Lens on :attr:`ListRecordsResponse.next_token`."""


def _serialize(request: ListRecords, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    return _rt.HttpRequest(
        method="POST",
        path="/",
        query=[],
        headers={
            "X-Amz-Target": "JsonRpcTest_20240303.ListRecords",
            "Content-Type": "application/x-amz-json-1.0",
            "x-amzn-query-mode": "true",
        },
        body=b"{}",
        host_prefix="data.",
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> ListRecordsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListRecordsResponseDraft()
    draft.http_status = status
    try:
        draft.records = (
            None
            if (value := data.get("Records")) is None
            else [
                Record._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "Records")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "Records")
                )
                if v1 is not None
            ]
        )
        draft.next_token = (
            None
            if (value := data.get("NextToken")) is None
            else (value if type(value) is str else _rt.expect_str(value, "NextToken"))
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            str(exc), http_status=status, body=body
        ) from None
    return _rt.seal(draft, ListRecordsResponse)


OPERATION: _rt.Operation[ListRecords, ListRecordsResponse] = _rt.Operation(
    "ListRecords",
    ListRecords,
    ListRecordsResponse,
    (),
    _serialize,
    _deserialize,
)
"""The ListRecords operation: its types, errors and wire codec."""
