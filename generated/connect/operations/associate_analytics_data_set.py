"""Associates the specified dataset for a Connect Customer instance with the target account."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AssociateAnalyticsDataSet:
    """Associates the specified dataset for a Connect Customer instance with
    the target account. You can associate only one dataset in a single call.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``data_set_id``: The identifier of the dataset to associate with the target account.
    - ``target_account_id``: The identifier of the target account.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    data_set_id: str
    """The identifier of the dataset to associate with the target account."""

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
    ) -> AssociateAnalyticsDataSet:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AssociateAnalyticsDataSet")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            data_set_id=_rt.required(data, "DataSetId", path),
            target_account_id=data.get("TargetAccountId"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AssociateAnalyticsDataSetResponse:
    """The response of AssociateAnalyticsDataSet.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``data_set_id``: The identifier of the dataset that was associated.
    - ``target_account_id``: The identifier of the target account.
    - ``resource_share_id``: The Resource Access Manager share ID that is generated.
    - ``resource_share_arn``: The Amazon Resource Name (ARN) of the Resource Access Manager share.
    """

    http_status: int
    """The HTTP status code of the response."""

    data_set_id: str | None = None
    """The identifier of the dataset that was associated."""

    target_account_id: str | None = None
    """The identifier of the target account."""

    resource_share_id: str | None = None
    """The Resource Access Manager share ID that is generated."""

    resource_share_arn: str | None = None
    """The Amazon Resource Name (ARN) of the Resource Access Manager share."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.data_set_id
        if value is not None:
            path = prefix + "data_set_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=255)
        value = self.target_account_id
        if value is not None:
            path = prefix + "target_account_id"
            _rt.check_str(errors, path, value)
        value = self.resource_share_id
        if value is not None:
            path = prefix + "resource_share_id"
            _rt.check_str(errors, path, value)
        value = self.resource_share_arn
        if value is not None:
            path = prefix + "resource_share_arn"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.data_set_id is not None:
            result["DataSetId"] = self.data_set_id
        if self.target_account_id is not None:
            result["TargetAccountId"] = self.target_account_id
        if self.resource_share_id is not None:
            result["ResourceShareId"] = self.resource_share_id
        if self.resource_share_arn is not None:
            result["ResourceShareArn"] = self.resource_share_arn
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AssociateAnalyticsDataSetResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "AssociateAnalyticsDataSetResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            data_set_id=data.get("DataSetId"),
            target_account_id=data.get("TargetAccountId"),
            resource_share_id=data.get("ResourceShareId"),
            resource_share_arn=data.get("ResourceShareArn"),
        )


class _AssociateAnalyticsDataSetResponseDraft:
    """A :class:`AssociateAnalyticsDataSetResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "http_status",
        "data_set_id",
        "target_account_id",
        "resource_share_id",
        "resource_share_arn",
    )
    http_status: int
    data_set_id: str | None
    target_account_id: str | None
    resource_share_id: str | None
    resource_share_arn: str | None


def new_associate_analytics_data_set(
    instance_id: str,
    data_set_id: str,
) -> AssociateAnalyticsDataSet:
    """Create a :class:`AssociateAnalyticsDataSet` with all optional fields omitted."""
    return AssociateAnalyticsDataSet(
        instance_id=instance_id,
        data_set_id=data_set_id,
    )


associate_analytics_data_set_instance_id = _rt.Lens[AssociateAnalyticsDataSet, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "associate_analytics_data_set_instance_id",
)
"""Lens on :attr:`AssociateAnalyticsDataSet.instance_id`."""


associate_analytics_data_set_data_set_id = _rt.Lens[AssociateAnalyticsDataSet, str](
    lambda s: s.data_set_id,
    lambda s, v: _dc.replace(s, data_set_id=v),
    "associate_analytics_data_set_data_set_id",
)
"""Lens on :attr:`AssociateAnalyticsDataSet.data_set_id`."""


associate_analytics_data_set_target_account_id = _rt.Lens[
    AssociateAnalyticsDataSet, str | None
](
    lambda s: s.target_account_id,
    lambda s, v: _dc.replace(s, target_account_id=v),
    "associate_analytics_data_set_target_account_id",
)
"""Lens on :attr:`AssociateAnalyticsDataSet.target_account_id`."""


def new_associate_analytics_data_set_response(
    http_status: int,
) -> AssociateAnalyticsDataSetResponse:
    """Create a :class:`AssociateAnalyticsDataSetResponse` with all optional fields omitted."""
    return AssociateAnalyticsDataSetResponse(
        http_status=http_status,
    )


associate_analytics_data_set_response_http_status = _rt.Lens[
    AssociateAnalyticsDataSetResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "associate_analytics_data_set_response_http_status",
)
"""Lens on :attr:`AssociateAnalyticsDataSetResponse.http_status`."""


associate_analytics_data_set_response_data_set_id = _rt.Lens[
    AssociateAnalyticsDataSetResponse, str | None
](
    lambda s: s.data_set_id,
    lambda s, v: _dc.replace(s, data_set_id=v),
    "associate_analytics_data_set_response_data_set_id",
)
"""Lens on :attr:`AssociateAnalyticsDataSetResponse.data_set_id`."""


associate_analytics_data_set_response_target_account_id = _rt.Lens[
    AssociateAnalyticsDataSetResponse, str | None
](
    lambda s: s.target_account_id,
    lambda s, v: _dc.replace(s, target_account_id=v),
    "associate_analytics_data_set_response_target_account_id",
)
"""Lens on :attr:`AssociateAnalyticsDataSetResponse.target_account_id`."""


associate_analytics_data_set_response_resource_share_id = _rt.Lens[
    AssociateAnalyticsDataSetResponse, str | None
](
    lambda s: s.resource_share_id,
    lambda s, v: _dc.replace(s, resource_share_id=v),
    "associate_analytics_data_set_response_resource_share_id",
)
"""Lens on :attr:`AssociateAnalyticsDataSetResponse.resource_share_id`."""


associate_analytics_data_set_response_resource_share_arn = _rt.Lens[
    AssociateAnalyticsDataSetResponse, str | None
](
    lambda s: s.resource_share_arn,
    lambda s, v: _dc.replace(s, resource_share_arn=v),
    "associate_analytics_data_set_response_resource_share_arn",
)
"""Lens on :attr:`AssociateAnalyticsDataSetResponse.resource_share_arn`."""


def _serialize(
    request: AssociateAnalyticsDataSet, validate: bool = True
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
        method="PUT",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> AssociateAnalyticsDataSetResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _AssociateAnalyticsDataSetResponseDraft()
    draft.http_status = status
    try:
        draft.data_set_id = (
            None
            if (value := data.get("DataSetId")) is None
            else (value if type(value) is str else _rt.expect_str(value, "DataSetId"))
        )
        draft.target_account_id = (
            None
            if (value := data.get("TargetAccountId")) is None
            else (
                value
                if type(value) is str
                else _rt.expect_str(value, "TargetAccountId")
            )
        )
        draft.resource_share_id = (
            None
            if (value := data.get("ResourceShareId")) is None
            else (
                value
                if type(value) is str
                else _rt.expect_str(value, "ResourceShareId")
            )
        )
        draft.resource_share_arn = (
            None
            if (value := data.get("ResourceShareArn")) is None
            else (
                value
                if type(value) is str
                else _rt.expect_str(value, "ResourceShareArn")
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, AssociateAnalyticsDataSetResponse)


OPERATION: _rt.Operation[
    AssociateAnalyticsDataSet, AssociateAnalyticsDataSetResponse
] = _rt.Operation(
    "AssociateAnalyticsDataSet",
    AssociateAnalyticsDataSet,
    AssociateAnalyticsDataSetResponse,
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
"""The AssociateAnalyticsDataSet operation: its types, errors and wire codec."""
