"""Updates the outbound email address Id for a specified queue."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.outbound_email_config import OutboundEmailConfig


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateQueueOutboundEmailConfig:
    """Updates the outbound email address Id for a specified queue.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``queue_id``: The identifier for the queue.
    - ``outbound_email_config``: The outbound email address ID for a specified queue.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    queue_id: str
    """The identifier for the queue."""

    outbound_email_config: OutboundEmailConfig
    """The outbound email address ID for a specified queue."""

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
        value = self.outbound_email_config
        if value is None:
            errors.append(prefix + "outbound_email_config: required but missing")
        else:
            path = prefix + "outbound_email_config"
            if isinstance(value, OutboundEmailConfig):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected OutboundEmailConfig, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["QueueId"] = self.queue_id
        result["OutboundEmailConfig"] = self.outbound_email_config.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateQueueOutboundEmailConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateQueueOutboundEmailConfig")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            queue_id=_rt.required(data, "QueueId", path),
            outbound_email_config=OutboundEmailConfig.from_dict(
                _rt.required(data, "OutboundEmailConfig", path),
                path=path + "OutboundEmailConfig" + ".",
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateQueueOutboundEmailConfigResponse:
    """The response of UpdateQueueOutboundEmailConfig.

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
    ) -> UpdateQueueOutboundEmailConfigResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "UpdateQueueOutboundEmailConfigResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateQueueOutboundEmailConfigResponseDraft:
    """A :class:`UpdateQueueOutboundEmailConfigResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_queue_outbound_email_config(
    instance_id: str,
    queue_id: str,
    outbound_email_config: OutboundEmailConfig,
) -> UpdateQueueOutboundEmailConfig:
    """Create a :class:`UpdateQueueOutboundEmailConfig` with all optional fields omitted."""
    return UpdateQueueOutboundEmailConfig(
        instance_id=instance_id,
        queue_id=queue_id,
        outbound_email_config=outbound_email_config,
    )


update_queue_outbound_email_config_instance_id = _rt.Lens[
    UpdateQueueOutboundEmailConfig, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_queue_outbound_email_config_instance_id",
)
"""Lens on :attr:`UpdateQueueOutboundEmailConfig.instance_id`."""


update_queue_outbound_email_config_queue_id = _rt.Lens[
    UpdateQueueOutboundEmailConfig, str
](
    lambda s: s.queue_id,
    lambda s, v: _dc.replace(s, queue_id=v),
    "update_queue_outbound_email_config_queue_id",
)
"""Lens on :attr:`UpdateQueueOutboundEmailConfig.queue_id`."""


update_queue_outbound_email_config_outbound_email_config = _rt.Lens[
    UpdateQueueOutboundEmailConfig, OutboundEmailConfig
](
    lambda s: s.outbound_email_config,
    lambda s, v: _dc.replace(s, outbound_email_config=v),
    "update_queue_outbound_email_config_outbound_email_config",
)
"""Lens on :attr:`UpdateQueueOutboundEmailConfig.outbound_email_config`."""


def new_update_queue_outbound_email_config_response(
    http_status: int,
) -> UpdateQueueOutboundEmailConfigResponse:
    """Create a :class:`UpdateQueueOutboundEmailConfigResponse` with all optional fields omitted."""
    return UpdateQueueOutboundEmailConfigResponse(
        http_status=http_status,
    )


update_queue_outbound_email_config_response_http_status = _rt.Lens[
    UpdateQueueOutboundEmailConfigResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_queue_outbound_email_config_response_http_status",
)
"""Lens on :attr:`UpdateQueueOutboundEmailConfigResponse.http_status`."""


def _serialize(
    request: UpdateQueueOutboundEmailConfig, validate: bool = True
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
        + "/outbound-email-config"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["OutboundEmailConfig"] = request.outbound_email_config._to_json()
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
) -> UpdateQueueOutboundEmailConfigResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateQueueOutboundEmailConfigResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateQueueOutboundEmailConfigResponse)


OPERATION: _rt.Operation[
    UpdateQueueOutboundEmailConfig, UpdateQueueOutboundEmailConfigResponse
] = _rt.Operation(
    "UpdateQueueOutboundEmailConfig",
    UpdateQueueOutboundEmailConfig,
    UpdateQueueOutboundEmailConfigResponse,
    (
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
        _errors.AccessDeniedException,
        _errors.ConditionalOperationFailedException,
    ),
    _serialize,
    _deserialize,
)
"""The UpdateQueueOutboundEmailConfig operation: its types, errors and wire codec."""
