"""Removes a list of analytics datasets associated with a given Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.error_result import ErrorResult


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class BatchDisassociateAnalyticsDataSet:
    """Removes a list of analytics datasets associated with a given Connect
    Customer instance. You can disassociate multiple datasets in a single
    call.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``data_set_ids``: An array of associated dataset identifiers to remove.
    - ``target_account_id``: The identifier of the target account.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    data_set_ids: list[str]
    """An array of associated dataset identifiers to remove."""

    target_account_id: str | None = None
    """The identifier of the target account. Use to disassociate a dataset from
    a different account than the one containing the Connect Customer
    instance. If not specified, by default this value is the Amazon Web
    Services account that has the Connect Customer instance.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.instance_id
        if value is None:
            errors.append(prefix + "instance_id: required but missing")
        else:
            path = prefix + "instance_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.data_set_ids
        if value is None:
            errors.append(prefix + "data_set_ids: required but missing")
        else:
            path = prefix + "data_set_ids"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=255)
        value = self.target_account_id
        if value is not None:
            path = prefix + "target_account_id"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["DataSetIds"] = list(self.data_set_ids)
        if self.target_account_id is not None:
            result["TargetAccountId"] = self.target_account_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> BatchDisassociateAnalyticsDataSet:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "BatchDisassociateAnalyticsDataSet"
        )
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            data_set_ids=list(
                _rt.expect_sequence(
                    _rt.required(data, "DataSetIds", path), path + "DataSetIds"
                )
            ),
            target_account_id=data.get("TargetAccountId"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class BatchDisassociateAnalyticsDataSetResponse:
    """The response of BatchDisassociateAnalyticsDataSet.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``deleted``: An array of successfully disassociated dataset identifiers.
    - ``errors``: A list of errors for any datasets not successfully removed.
    """

    http_status: int
    """The HTTP status code of the response."""

    deleted: list[str] | None = None
    """An array of successfully disassociated dataset identifiers."""

    errors: list[ErrorResult] | None = None
    """A list of errors for any datasets not successfully removed."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.deleted
        if value is not None:
            path = prefix + "deleted"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, min_len=1, max_len=255)
        value = self.errors
        if value is not None:
            path = prefix + "errors"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, ErrorResult):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected ErrorResult, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.deleted is not None:
            result["Deleted"] = list(self.deleted)
        if self.errors is not None:
            result["Errors"] = [v1.to_dict() for v1 in self.errors]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> BatchDisassociateAnalyticsDataSetResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "BatchDisassociateAnalyticsDataSetResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            deleted=(
                None
                if (value := data.get("Deleted")) is None
                else list(_rt.expect_sequence(value, path + "Deleted"))
            ),
            errors=(
                None
                if (value := data.get("Errors")) is None
                else [
                    ErrorResult.from_dict(v1, path=path + "Errors" + f"[{i1}]" + ".")
                    for i1, v1 in enumerate(_rt.expect_sequence(value, path + "Errors"))
                ]
            ),
        )


class _BatchDisassociateAnalyticsDataSetResponseDraft:
    """A :class:`BatchDisassociateAnalyticsDataSetResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "deleted", "errors")
    http_status: int
    deleted: list[str] | None
    errors: list[ErrorResult] | None


def new_batch_disassociate_analytics_data_set(
    instance_id: str,
    data_set_ids: list[str],
) -> BatchDisassociateAnalyticsDataSet:
    """Create a :class:`BatchDisassociateAnalyticsDataSet` with all optional fields omitted."""
    return BatchDisassociateAnalyticsDataSet(
        instance_id=instance_id,
        data_set_ids=data_set_ids,
    )


batch_disassociate_analytics_data_set_instance_id = _rt.Lens[
    BatchDisassociateAnalyticsDataSet, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "batch_disassociate_analytics_data_set_instance_id",
)
"""Lens on :attr:`BatchDisassociateAnalyticsDataSet.instance_id`."""


batch_disassociate_analytics_data_set_data_set_ids = _rt.Lens[
    BatchDisassociateAnalyticsDataSet, list[str]
](
    lambda s: s.data_set_ids,
    lambda s, v: _dc.replace(s, data_set_ids=v),
    "batch_disassociate_analytics_data_set_data_set_ids",
)
"""Lens on :attr:`BatchDisassociateAnalyticsDataSet.data_set_ids`."""


batch_disassociate_analytics_data_set_target_account_id = _rt.Lens[
    BatchDisassociateAnalyticsDataSet, str | None
](
    lambda s: s.target_account_id,
    lambda s, v: _dc.replace(s, target_account_id=v),
    "batch_disassociate_analytics_data_set_target_account_id",
)
"""Lens on :attr:`BatchDisassociateAnalyticsDataSet.target_account_id`."""


def new_batch_disassociate_analytics_data_set_response(
    http_status: int,
) -> BatchDisassociateAnalyticsDataSetResponse:
    """Create a :class:`BatchDisassociateAnalyticsDataSetResponse` with all optional fields omitted."""
    return BatchDisassociateAnalyticsDataSetResponse(
        http_status=http_status,
    )


batch_disassociate_analytics_data_set_response_http_status = _rt.Lens[
    BatchDisassociateAnalyticsDataSetResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "batch_disassociate_analytics_data_set_response_http_status",
)
"""Lens on :attr:`BatchDisassociateAnalyticsDataSetResponse.http_status`."""


batch_disassociate_analytics_data_set_response_deleted = _rt.Lens[
    BatchDisassociateAnalyticsDataSetResponse, list[str] | None
](
    lambda s: s.deleted,
    lambda s, v: _dc.replace(s, deleted=v),
    "batch_disassociate_analytics_data_set_response_deleted",
)
"""Lens on :attr:`BatchDisassociateAnalyticsDataSetResponse.deleted`."""


batch_disassociate_analytics_data_set_response_errors = _rt.Lens[
    BatchDisassociateAnalyticsDataSetResponse, list[ErrorResult] | None
](
    lambda s: s.errors,
    lambda s, v: _dc.replace(s, errors=v),
    "batch_disassociate_analytics_data_set_response_errors",
)
"""Lens on :attr:`BatchDisassociateAnalyticsDataSetResponse.errors`."""


def _serialize(
    request: BatchDisassociateAnalyticsDataSet, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = (
        "/analytics-data/instance/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/associations"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["DataSetIds"] = request.data_set_ids
    if request.target_account_id is not None:
        data["TargetAccountId"] = request.target_account_id
    body = _rt.dumps(data)
    headers["Content-Type"] = "application/json"
    return _rt.HttpRequest(
        method="POST",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> BatchDisassociateAnalyticsDataSetResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _BatchDisassociateAnalyticsDataSetResponseDraft()
    draft.http_status = status
    try:
        draft.deleted = (
            None
            if (value := data.get("Deleted")) is None
            else [
                (v1 if type(v1) is str else _rt.expect_str(v1, "Deleted"))
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "Deleted")
                )
                if v1 is not None
            ]
        )
        draft.errors = (
            None
            if (value := data.get("Errors")) is None
            else [
                ErrorResult._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "Errors")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "Errors")
                )
                if v1 is not None
            ]
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, BatchDisassociateAnalyticsDataSetResponse)


OPERATION: _rt.Operation[
    BatchDisassociateAnalyticsDataSet, BatchDisassociateAnalyticsDataSetResponse
] = _rt.Operation(
    "BatchDisassociateAnalyticsDataSet",
    BatchDisassociateAnalyticsDataSet,
    BatchDisassociateAnalyticsDataSetResponse,
    (
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
    ),
    _serialize,
    _deserialize,
)
"""The BatchDisassociateAnalyticsDataSet operation: its types, errors and wire codec."""
