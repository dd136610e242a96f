"""Replicates an Connect Customer instance in the specified Amazon Web Services Region and copies configuration information for Connect Customer resources across Amazon Web Services Regions."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    "^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$",
    "^(arn:(aws|aws-us-gov):connect:[a-z]{2}-[a-z]+-[0-9]{1}:[0-9]{1,20}:instance/)?[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)
_PATTERN_2 = _rt.Pattern(
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
)
_PATTERN_3 = _rt.Pattern(
    "^(?!d-)([\\da-zA-Z]+)([-]*[\\da-zA-Z])*$",
    "(?a)^(?!d-)([\\da-zA-Z]+)([-]*[\\da-zA-Z])*(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ReplicateInstance:
    """Replicates an Connect Customer instance in the specified Amazon Web
    Services Region and copies configuration information for Connect
    Customer resources across Amazon Web Services Regions.

    For more information about replicating an Connect Customer instance, see
    `Create a replica of your existing Connect Customer instance
    <https://docs.aws.amazon.com/connect/latest/adminguide/create-replica-connect-instance.html>`__
    in the *Connect Customer Administrator Guide*.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``replica_region``: The Amazon Web Services Region where to replicate the Connect Customer instance.
    - ``replica_alias``: The alias for the replicated instance.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance. You can provide the
    ``InstanceId``, or the entire ARN.
    """

    replica_region: str
    """The Amazon Web Services Region where to replicate the Connect Customer
    instance.
    """

    replica_alias: str
    """The alias for the replicated instance. The ``ReplicaAlias`` must be
    unique.
    """

    client_token: str | None = None
    """A unique, case-sensitive identifier that you provide to ensure the
    idempotency of the request. If not provided, the Amazon Web Services SDK
    populates this field. For more information about idempotency, see
    `Making retries safe with idempotent APIs
    <https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/>`__.
    """

    def __repr__(self) -> str:
        fields = [
            f"instance_id={self.instance_id!r}",
            f"replica_region={self.replica_region!r}",
            "replica_alias=<sensitive>",
            f"client_token={self.client_token!r}",
        ]
        return f"ReplicateInstance({', '.join(fields)})"

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
            _rt.check_str(
                errors, path, value, min_len=1, max_len=250, pattern=_PATTERN_1
            )
        value = self.replica_region
        if value is None:
            errors.append(prefix + "replica_region: required but missing")
        else:
            path = prefix + "replica_region"
            _rt.check_str(
                errors, path, value, min_len=8, max_len=31, pattern=_PATTERN_2
            )
        value = self.replica_alias
        if value is None:
            errors.append(prefix + "replica_alias: required but missing")
        else:
            path = prefix + "replica_alias"
            _rt.check_str(
                errors,
                path,
                value,
                min_len=1,
                max_len=45,
                pattern=_PATTERN_3,
                secret=True,
            )
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ReplicaRegion"] = self.replica_region
        result["ReplicaAlias"] = self.replica_alias
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ReplicateInstance:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ReplicateInstance")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            replica_region=_rt.required(data, "ReplicaRegion", path),
            replica_alias=_rt.required(data, "ReplicaAlias", path),
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ReplicateInstanceResponse:
    """The response of ReplicateInstance.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``id``: The identifier of the replicated instance.
    - ``arn``: The Amazon Resource Name (ARN) of the replicated instance.
    """

    http_status: int
    """The HTTP status code of the response."""

    id: str | None = None
    """The identifier of the replicated instance. You can find the
    ``instanceId`` in the ARN of the instance. The replicated instance has
    the same identifier as the instance it was replicated from.
    """

    arn: str | None = None
    """The Amazon Resource Name (ARN) of the replicated instance."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.id
        if value is not None:
            path = prefix + "id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.arn
        if value is not None:
            path = prefix + "arn"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.id is not None:
            result["Id"] = self.id
        if self.arn is not None:
            result["Arn"] = self.arn
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ReplicateInstanceResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ReplicateInstanceResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            id=data.get("Id"),
            arn=data.get("Arn"),
        )


class _ReplicateInstanceResponseDraft:
    """A :class:`ReplicateInstanceResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "id", "arn")
    http_status: int
    id: str | None
    arn: str | None


def new_replicate_instance(
    instance_id: str,
    replica_region: str,
    replica_alias: str,
) -> ReplicateInstance:
    """Create a :class:`ReplicateInstance` with all optional fields omitted."""
    return ReplicateInstance(
        instance_id=instance_id,
        replica_region=replica_region,
        replica_alias=replica_alias,
    )


replicate_instance_instance_id = _rt.Lens[ReplicateInstance, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "replicate_instance_instance_id",
)
"""Lens on :attr:`ReplicateInstance.instance_id`."""


replicate_instance_replica_region = _rt.Lens[ReplicateInstance, str](
    lambda s: s.replica_region,
    lambda s, v: _dc.replace(s, replica_region=v),
    "replicate_instance_replica_region",
)
"""Lens on :attr:`ReplicateInstance.replica_region`."""


replicate_instance_replica_alias = _rt.Lens[ReplicateInstance, str](
    lambda s: s.replica_alias,
    lambda s, v: _dc.replace(s, replica_alias=v),
    "replicate_instance_replica_alias",
)
"""Lens on :attr:`ReplicateInstance.replica_alias`."""


replicate_instance_client_token = _rt.Lens[ReplicateInstance, str | None](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "replicate_instance_client_token",
)
"""Lens on :attr:`ReplicateInstance.client_token`."""


def new_replicate_instance_response(
    http_status: int,
) -> ReplicateInstanceResponse:
    """Create a :class:`ReplicateInstanceResponse` with all optional fields omitted."""
    return ReplicateInstanceResponse(
        http_status=http_status,
    )


replicate_instance_response_http_status = _rt.Lens[ReplicateInstanceResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "replicate_instance_response_http_status",
)
"""Lens on :attr:`ReplicateInstanceResponse.http_status`."""


replicate_instance_response_id = _rt.Lens[ReplicateInstanceResponse, str | None](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "replicate_instance_response_id",
)
"""Lens on :attr:`ReplicateInstanceResponse.id`."""


replicate_instance_response_arn = _rt.Lens[ReplicateInstanceResponse, str | None](
    lambda s: s.arn,
    lambda s, v: _dc.replace(s, arn=v),
    "replicate_instance_response_arn",
)
"""Lens on :attr:`ReplicateInstanceResponse.arn`."""


def _serialize(request: ReplicateInstance, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    idempotency_client_token = request.client_token
    if idempotency_client_token is None:
        idempotency_client_token = _rt.new_idempotency_token()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = (
        "/instance/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/replicate"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["ReplicaRegion"] = request.replica_region
    data["ReplicaAlias"] = request.replica_alias
    data["ClientToken"] = idempotency_client_token
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
) -> ReplicateInstanceResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ReplicateInstanceResponseDraft()
    draft.http_status = status
    try:
        draft.id = (
            None
            if (value := data.get("Id")) is None
            else (value if type(value) is str else _rt.expect_str(value, "Id"))
        )
        draft.arn = (
            None
            if (value := data.get("Arn")) is None
            else (value if type(value) is str else _rt.expect_str(value, "Arn"))
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, ReplicateInstanceResponse)


OPERATION: _rt.Operation[ReplicateInstance, ReplicateInstanceResponse] = _rt.Operation(
    "ReplicateInstance",
    ReplicateInstance,
    ReplicateInstanceResponse,
    (
        _errors.InvalidRequestException,
        _errors.AccessDeniedException,
        _errors.ServiceQuotaExceededException,
        _errors.ThrottlingException,
        _errors.ResourceNotFoundException,
        _errors.InternalServiceException,
        _errors.ResourceNotReadyException,
        _errors.ResourceConflictException,
    ),
    _serialize,
    _deserialize,
)
"""The ReplicateInstance operation: its types, errors and wire codec."""
