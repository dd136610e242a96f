"""Removes the dataset ID associated with a given Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DisassociateAnalyticsDataSet:
    """Removes the dataset ID associated with a given Connect Customer
    instance.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``data_set_id``: The identifier of the dataset to remove.
    - ``target_account_id``: The identifier of the target account.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    data_set_id: str
    """The identifier of the dataset to remove."""

    target_account_id: str | None = None
    """The identifier of the target account. Use to associate a dataset to a
    different account than the one containing the Connect Customer instance.
    If not specified, by default this value is the Amazon Web Services
    account that has the Connect Customer instance.
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
        value = self.data_set_id
        if value is None:
            errors.append(prefix + "data_set_id: required but missing")
        else:
            path = prefix + "data_set_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=255)
        value = self.target_account_id
        if value is not None:
            path = prefix + "target_account_id"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["DataSetId"] = self.data_set_id
        if self.target_account_id is not None:
            result["TargetAccountId"] = self.target_account_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DisassociateAnalyticsDataSet:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DisassociateAnalyticsDataSet")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            data_set_id=_rt.required(data, "DataSetId", path),
            target_account_id=data.get("TargetAccountId"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DisassociateAnalyticsDataSetResponse:
    """The response of DisassociateAnalyticsDataSet.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    """

    http_status: int
    """The HTTP status code of the response."""

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
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DisassociateAnalyticsDataSetResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "DisassociateAnalyticsDataSetResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DisassociateAnalyticsDataSetResponseDraft:
    """A :class:`DisassociateAnalyticsDataSetResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_disassociate_analytics_data_set(
    instance_id: str,
    data_set_id: str,
) -> DisassociateAnalyticsDataSet:
    """Create a :class:`DisassociateAnalyticsDataSet` with all optional fields omitted."""
    return DisassociateAnalyticsDataSet(
        instance_id=instance_id,
        data_set_id=data_set_id,
    )


disassociate_analytics_data_set_instance_id = _rt.Lens[
    DisassociateAnalyticsDataSet, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "disassociate_analytics_data_set_instance_id",
)
"""Lens on :attr:`DisassociateAnalyticsDataSet.instance_id`."""


disassociate_analytics_data_set_data_set_id = _rt.Lens[
    DisassociateAnalyticsDataSet, str
](
    lambda s: s.data_set_id,
    lambda s, v: _dc.replace(s, data_set_id=v),
    "disassociate_analytics_data_set_data_set_id",
)
"""Lens on :attr:`DisassociateAnalyticsDataSet.data_set_id`."""


disassociate_analytics_data_set_target_account_id = _rt.Lens[
    DisassociateAnalyticsDataSet, str | None
](
    lambda s: s.target_account_id,
    lambda s, v: _dc.replace(s, target_account_id=v),
    "disassociate_analytics_data_set_target_account_id",
)
"""Lens on :attr:`DisassociateAnalyticsDataSet.target_account_id`."""


def new_disassociate_analytics_data_set_response(
    http_status: int,
) -> DisassociateAnalyticsDataSetResponse:
    """Create a :class:`DisassociateAnalyticsDataSetResponse` with all optional fields omitted."""
    return DisassociateAnalyticsDataSetResponse(
        http_status=http_status,
    )


disassociate_analytics_data_set_response_http_status = _rt.Lens[
    DisassociateAnalyticsDataSetResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "disassociate_analytics_data_set_response_http_status",
)
"""Lens on :attr:`DisassociateAnalyticsDataSetResponse.http_status`."""


def _serialize(
    request: DisassociateAnalyticsDataSet, validate: bool = True
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
        + "/association"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["DataSetId"] = request.data_set_id
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
) -> DisassociateAnalyticsDataSetResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DisassociateAnalyticsDataSetResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DisassociateAnalyticsDataSetResponse)


OPERATION: _rt.Operation[
    DisassociateAnalyticsDataSet, DisassociateAnalyticsDataSetResponse
] = _rt.Operation(
    "DisassociateAnalyticsDataSet",
    DisassociateAnalyticsDataSet,
    DisassociateAnalyticsDataSetResponse,
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
"""The DisassociateAnalyticsDataSet operation: its types, errors and wire codec."""
