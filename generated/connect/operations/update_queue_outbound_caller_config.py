"""Updates the outbound caller ID name, number, and outbound whisper flow for a specified queue."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.outbound_caller_config import OutboundCallerConfig


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateQueueOutboundCallerConfig:
    """Updates the outbound caller ID name, number, and outbound whisper flow
    for a specified queue.

    .. important::

       - If the phone number is claimed to a traffic distribution group that
         was created in the same Region as the Connect Customer instance
         where you are calling this API, then you can use a full phone
         number ARN or a UUID for ``OutboundCallerIdNumberId``. However, if
         the phone number is claimed to a traffic distribution group that is
         in one Region, and you are calling this API from an instance in
         another Amazon Web Services Region that is associated with the
         traffic distribution group, you must provide a full phone number
         ARN. If a UUID is provided in this scenario, you will receive a
         ``ResourceNotFoundException``.
       - Only use the phone number ARN format that doesn't contain
         ``instance`` in the path, for example,
         ``arn:aws:connect:us-east-1:1234567890:phone-number/uuid``. This is
         the same ARN format that is returned when you call the
         `ListPhoneNumbersV2
         <https://docs.aws.amazon.com/connect/latest/APIReference/API_ListPhoneNumbersV2.html>`__
         API.
       - If you plan to use IAM policies to allow/deny access to this API
         for phone number resources claimed to a traffic distribution group,
         see `Allow or Deny queue API actions for phone numbers in a replica
         Region
         <https://docs.aws.amazon.com/connect/latest/adminguide/security_iam_resource-level-policy-examples.html#allow-deny-queue-actions-replica-region>`__.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``queue_id``: The identifier for the queue.
    - ``outbound_caller_config``: The outbound caller ID name, number, and outbound whisper flow.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    queue_id: str
    """The identifier for the queue."""

    outbound_caller_config: OutboundCallerConfig
    """The outbound caller ID name, number, and outbound whisper flow."""

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
        value = self.queue_id
        if value is None:
            errors.append(prefix + "queue_id: required but missing")
        else:
            path = prefix + "queue_id"
            _rt.check_str(errors, path, value)
        value = self.outbound_caller_config
        if value is None:
            errors.append(prefix + "outbound_caller_config: required but missing")
        else:
            path = prefix + "outbound_caller_config"
            if isinstance(value, OutboundCallerConfig):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected OutboundCallerConfig, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["QueueId"] = self.queue_id
        result["OutboundCallerConfig"] = self.outbound_caller_config.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateQueueOutboundCallerConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateQueueOutboundCallerConfig")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            queue_id=_rt.required(data, "QueueId", path),
            outbound_caller_config=OutboundCallerConfig.from_dict(
                _rt.required(data, "OutboundCallerConfig", path),
                path=path + "OutboundCallerConfig" + ".",
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateQueueOutboundCallerConfigResponse:
    """The response of UpdateQueueOutboundCallerConfig.

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
    ) -> UpdateQueueOutboundCallerConfigResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "UpdateQueueOutboundCallerConfigResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateQueueOutboundCallerConfigResponseDraft:
    """A :class:`UpdateQueueOutboundCallerConfigResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_queue_outbound_caller_config(
    instance_id: str,
    queue_id: str,
    outbound_caller_config: OutboundCallerConfig,
) -> UpdateQueueOutboundCallerConfig:
    """Create a :class:`UpdateQueueOutboundCallerConfig` with all optional fields omitted."""
    return UpdateQueueOutboundCallerConfig(
        instance_id=instance_id,
        queue_id=queue_id,
        outbound_caller_config=outbound_caller_config,
    )


update_queue_outbound_caller_config_instance_id = _rt.Lens[
    UpdateQueueOutboundCallerConfig, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_queue_outbound_caller_config_instance_id",
)
"""Lens on :attr:`UpdateQueueOutboundCallerConfig.instance_id`."""


update_queue_outbound_caller_config_queue_id = _rt.Lens[
    UpdateQueueOutboundCallerConfig, str
](
    lambda s: s.queue_id,
    lambda s, v: _dc.replace(s, queue_id=v),
    "update_queue_outbound_caller_config_queue_id",
)
"""Lens on :attr:`UpdateQueueOutboundCallerConfig.queue_id`."""


update_queue_outbound_caller_config_outbound_caller_config = _rt.Lens[
    UpdateQueueOutboundCallerConfig, OutboundCallerConfig
](
    lambda s: s.outbound_caller_config,
    lambda s, v: _dc.replace(s, outbound_caller_config=v),
    "update_queue_outbound_caller_config_outbound_caller_config",
)
"""Lens on :attr:`UpdateQueueOutboundCallerConfig.outbound_caller_config`."""


def new_update_queue_outbound_caller_config_response(
    http_status: int,
) -> UpdateQueueOutboundCallerConfigResponse:
    """Create a :class:`UpdateQueueOutboundCallerConfigResponse` with all optional fields omitted."""
    return UpdateQueueOutboundCallerConfigResponse(
        http_status=http_status,
    )


update_queue_outbound_caller_config_response_http_status = _rt.Lens[
    UpdateQueueOutboundCallerConfigResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_queue_outbound_caller_config_response_http_status",
)
"""Lens on :attr:`UpdateQueueOutboundCallerConfigResponse.http_status`."""


def _serialize(
    request: UpdateQueueOutboundCallerConfig, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.queue_id == "":
        raise _rt.ValidationError(["queue_id: a URI label must be set and not empty"])
    path = (
        "/queues/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.queue_id, "queue_id")
        + "/outbound-caller-config"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["OutboundCallerConfig"] = request.outbound_caller_config._to_json()
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
) -> UpdateQueueOutboundCallerConfigResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateQueueOutboundCallerConfigResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateQueueOutboundCallerConfigResponse)


OPERATION: _rt.Operation[
    UpdateQueueOutboundCallerConfig, UpdateQueueOutboundCallerConfigResponse
] = _rt.Operation(
    "UpdateQueueOutboundCallerConfig",
    UpdateQueueOutboundCallerConfig,
    UpdateQueueOutboundCallerConfigResponse,
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
"""The UpdateQueueOutboundCallerConfig operation: its types, errors and wire codec."""
