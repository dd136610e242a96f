"""This API is in preview release for Connect Customer and is subject to change."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.instance import Instance
from ..shapes.replication_configuration import ReplicationConfiguration


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeInstance:
    """This API is in preview release for Connect Customer and is subject to
    change.

    Returns the current state of the specified instance identifier. It
    tracks the instance while it is being created and returns an error
    status, if applicable.

    If an instance is not created successfully, the instance status reason
    field returns details relevant to the reason. The instance in a failed
    state is returned only for 24 hours after the CreateInstance API was
    invoked.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
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

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeInstance:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeInstance")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeInstanceResponse:
    """The response of DescribeInstance.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``instance``: The name of the instance.
    - ``replication_configuration``: Status information about the replication process.
    """

    http_status: int
    """The HTTP status code of the response."""

    instance: Instance | None = None
    """The name of the instance."""

    replication_configuration: ReplicationConfiguration | None = None
    """Status information about the replication process. This field is included
    only when you are using the `ReplicateInstance
    <https://docs.aws.amazon.com/connect/latest/APIReference/API_ReplicateInstance.html>`__
    API to replicate an Connect Customer instance across Amazon Web Services
    Regions. For information about replicating Connect Customer instances,
    see `Create a replica of your existing Connect Customer instance
    <https://docs.aws.amazon.com/connect/latest/adminguide/create-replica-connect-instance.html>`__
    in the *Connect Customer Administrator Guide*.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.instance
        if value is not None:
            path = prefix + "instance"
            if isinstance(value, Instance):
                value._validate(path + ".", errors)
            else:
                errors.append(f"{path}: expected Instance, got {type(value).__name__}")
        value = self.replication_configuration
        if value is not None:
            path = prefix + "replication_configuration"
            if isinstance(value, ReplicationConfiguration):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ReplicationConfiguration, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.instance is not None:
            result["Instance"] = self.instance.to_dict()
        if self.replication_configuration is not None:
            result["ReplicationConfiguration"] = (
                self.replication_configuration.to_dict()
            )
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeInstanceResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeInstanceResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            instance=(
                None
                if (value := data.get("Instance")) is None
                else Instance.from_dict(value, path=path + "Instance" + ".")
            ),
            replication_configuration=(
                None
                if (value := data.get("ReplicationConfiguration")) is None
                else ReplicationConfiguration.from_dict(
                    value, path=path + "ReplicationConfiguration" + "."
                )
            ),
        )


class _DescribeInstanceResponseDraft:
    """A :class:`DescribeInstanceResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "instance", "replication_configuration")
    http_status: int
    instance: Instance | None
    replication_configuration: ReplicationConfiguration | None


def new_describe_instance(
    instance_id: str,
) -> DescribeInstance:
    """Create a :class:`DescribeInstance` with all optional fields omitted."""
    return DescribeInstance(
        instance_id=instance_id,
    )


describe_instance_instance_id = _rt.Lens[DescribeInstance, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "describe_instance_instance_id",
)
"""Lens on :attr:`DescribeInstance.instance_id`."""


def new_describe_instance_response(
    http_status: int,
) -> DescribeInstanceResponse:
    """Create a :class:`DescribeInstanceResponse` with all optional fields omitted."""
    return DescribeInstanceResponse(
        http_status=http_status,
    )


describe_instance_response_http_status = _rt.Lens[DescribeInstanceResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "describe_instance_response_http_status",
)
"""Lens on :attr:`DescribeInstanceResponse.http_status`."""


describe_instance_response_instance = _rt.Lens[
    DescribeInstanceResponse, Instance | None
](
    lambda s: s.instance,
    lambda s, v: _dc.replace(s, instance=v),
    "describe_instance_response_instance",
)
"""Lens on :attr:`DescribeInstanceResponse.instance`."""


describe_instance_response_replication_configuration = _rt.Lens[
    DescribeInstanceResponse, ReplicationConfiguration | None
](
    lambda s: s.replication_configuration,
    lambda s, v: _dc.replace(s, replication_configuration=v),
    "describe_instance_response_replication_configuration",
)
"""Lens on :attr:`DescribeInstanceResponse.replication_configuration`."""


def _serialize(request: DescribeInstance, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = "/instance/" + _rt.quote_label(request.instance_id, "instance_id")
    query: list[tuple[str, str | None]] = []
    body = b""
    return _rt.HttpRequest(
        method="GET",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> DescribeInstanceResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body, redact=True)
    draft = _DescribeInstanceResponseDraft()
    draft.http_status = status
    try:
        draft.instance = (
            None
            if (value := data.get("Instance")) is None
            else Instance._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "Instance")
                )
            )
        )
        draft.replication_configuration = (
            None
            if (value := data.get("ReplicationConfiguration")) is None
            else ReplicationConfiguration._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "ReplicationConfiguration")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(redact=True),
            http_status=status,
            body=body,
            redact=True,
        ) from None
    except _rt.DeserializationError as exc:  # a payload that does not read: no excerpt
        raise exc.redacted() from None
    return _rt.seal(draft, DescribeInstanceResponse)


OPERATION: _rt.Operation[DescribeInstance, DescribeInstanceResponse] = _rt.Operation(
    "DescribeInstance",
    DescribeInstance,
    DescribeInstanceResponse,
    (
        _errors.InvalidRequestException,
        _errors.ResourceNotFoundException,
        _errors.InternalServiceException,
    ),
    _serialize,
    _deserialize,
)
"""The DescribeInstance operation: its types, errors and wire codec."""
