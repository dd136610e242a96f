"""Initiates silent monitoring of a contact."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt

_MONITOR_CAPABILITY_VALUES = frozenset(
    (
        "SILENT_MONITOR",
        "BARGE",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class MonitorContact:
    """Initiates silent monitoring of a contact. The Contact Control Panel
    (CCP) of the user specified by *userId* will be set to silent monitoring
    mode on the contact.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``contact_id``: The identifier of the contact.
    - ``user_id``: The identifier of the user account.
    - ``allowed_monitor_capabilities``: Specify which monitoring actions the user is allowed to take.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can find the
    instanceId in the ARN of the instance.
    """

    contact_id: str
    """The identifier of the contact."""

    user_id: str
    """The identifier of the user account."""

    allowed_monitor_capabilities: list[str] | None = None
    """Specify which monitoring actions the user is allowed to take. For
    example, whether the user is allowed to escalate from silent monitoring
    to barge. AllowedMonitorCapabilities is required if barge is enabled.
    """

    client_token: str | None = None
    """A unique, case-sensitive identifier that you provide to ensure the
    idempotency of the request. If not provided, the Amazon Web Services SDK
    populates this field. For more information about idempotency, see
    `Making retries safe with idempotent APIs
    <https://aws.amazon.com/builders-library/making-retries-safe-with-idempotent-APIs/>`__.
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
        value = self.contact_id
        if value is None:
            errors.append(prefix + "contact_id: required but missing")
        else:
            path = prefix + "contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.user_id
        if value is None:
            errors.append(prefix + "user_id: required but missing")
        else:
            path = prefix + "user_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.allowed_monitor_capabilities
        if value is not None:
            path = prefix + "allowed_monitor_capabilities"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), None, 2)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        _rt.check_str(errors, p1, v1, enum=_MONITOR_CAPABILITY_VALUES)
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ContactId"] = self.contact_id
        result["UserId"] = self.user_id
        if self.allowed_monitor_capabilities is not None:
            result["AllowedMonitorCapabilities"] = list(
                self.allowed_monitor_capabilities
            )
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> MonitorContact:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "MonitorContact")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            contact_id=_rt.required(data, "ContactId", path),
            user_id=_rt.required(data, "UserId", path),
            allowed_monitor_capabilities=(
                None
                if (value := data.get("AllowedMonitorCapabilities")) is None
                else list(
                    _rt.expect_sequence(value, path + "AllowedMonitorCapabilities")
                )
            ),
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class MonitorContactResponse:
    """The response of MonitorContact.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``contact_id``: The identifier of the contact.
    - ``contact_arn``: The ARN of the contact.
    """

    http_status: int
    """The HTTP status code of the response."""

    contact_id: str | None = None
    """The identifier of the contact."""

    contact_arn: str | None = None
    """The ARN of the contact."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.contact_id
        if value is not None:
            path = prefix + "contact_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.contact_arn
        if value is not None:
            path = prefix + "contact_arn"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.contact_id is not None:
            result["ContactId"] = self.contact_id
        if self.contact_arn is not None:
            result["ContactArn"] = self.contact_arn
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> MonitorContactResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "MonitorContactResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            contact_id=data.get("ContactId"),
            contact_arn=data.get("ContactArn"),
        )


class _MonitorContactResponseDraft:
    """A :class:`MonitorContactResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "contact_id", "contact_arn")
    http_status: int
    contact_id: str | None
    contact_arn: str | None


def new_monitor_contact(
    instance_id: str,
    contact_id: str,
    user_id: str,
) -> MonitorContact:
    """Create a :class:`MonitorContact` with all optional fields omitted."""
    return MonitorContact(
        instance_id=instance_id,
        contact_id=contact_id,
        user_id=user_id,
    )


monitor_contact_instance_id = _rt.Lens[MonitorContact, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "monitor_contact_instance_id",
)
"""Lens on :attr:`MonitorContact.instance_id`."""


monitor_contact_contact_id = _rt.Lens[MonitorContact, str](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "monitor_contact_contact_id",
)
"""Lens on :attr:`MonitorContact.contact_id`."""


monitor_contact_user_id = _rt.Lens[MonitorContact, str](
    lambda s: s.user_id,
    lambda s, v: _dc.replace(s, user_id=v),
    "monitor_contact_user_id",
)
"""Lens on :attr:`MonitorContact.user_id`."""


monitor_contact_allowed_monitor_capabilities = _rt.Lens[
    MonitorContact, list[str] | None
](
    lambda s: s.allowed_monitor_capabilities,
    lambda s, v: _dc.replace(s, allowed_monitor_capabilities=v),
    "monitor_contact_allowed_monitor_capabilities",
)
"""Lens on :attr:`MonitorContact.allowed_monitor_capabilities`."""


monitor_contact_client_token = _rt.Lens[MonitorContact, str | None](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "monitor_contact_client_token",
)
"""Lens on :attr:`MonitorContact.client_token`."""


def new_monitor_contact_response(
    http_status: int,
) -> MonitorContactResponse:
    """Create a :class:`MonitorContactResponse` with all optional fields omitted."""
    return MonitorContactResponse(
        http_status=http_status,
    )


monitor_contact_response_http_status = _rt.Lens[MonitorContactResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "monitor_contact_response_http_status",
)
"""Lens on :attr:`MonitorContactResponse.http_status`."""


monitor_contact_response_contact_id = _rt.Lens[MonitorContactResponse, str | None](
    lambda s: s.contact_id,
    lambda s, v: _dc.replace(s, contact_id=v),
    "monitor_contact_response_contact_id",
)
"""Lens on :attr:`MonitorContactResponse.contact_id`."""


monitor_contact_response_contact_arn = _rt.Lens[MonitorContactResponse, str | None](
    lambda s: s.contact_arn,
    lambda s, v: _dc.replace(s, contact_arn=v),
    "monitor_contact_response_contact_arn",
)
"""Lens on :attr:`MonitorContactResponse.contact_arn`."""


def _serialize(request: MonitorContact, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    idempotency_client_token = request.client_token
    if idempotency_client_token is None:
        idempotency_client_token = _rt.new_idempotency_token()
    headers: dict[str, str] = {}
    path = "/contact/monitor"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["InstanceId"] = request.instance_id
    data["ContactId"] = request.contact_id
    data["UserId"] = request.user_id
    if request.allowed_monitor_capabilities is not None:
        data["AllowedMonitorCapabilities"] = request.allowed_monitor_capabilities
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
) -> MonitorContactResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _MonitorContactResponseDraft()
    draft.http_status = status
    try:
        draft.contact_id = (
            None
            if (value := data.get("ContactId")) is None
            else (value if type(value) is str else _rt.expect_str(value, "ContactId"))
        )
        draft.contact_arn = (
            None
            if (value := data.get("ContactArn")) is None
            else (value if type(value) is str else _rt.expect_str(value, "ContactArn"))
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, MonitorContactResponse)


OPERATION: _rt.Operation[MonitorContact, MonitorContactResponse] = _rt.Operation(
    "MonitorContact",
    MonitorContact,
    MonitorContactResponse,
    (
        _errors.InvalidRequestException,
        _errors.IdempotencyException,
        _errors.AccessDeniedException,
        _errors.ResourceNotFoundException,
        _errors.ServiceQuotaExceededException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
    ),
    _serialize,
    _deserialize,
)
"""The MonitorContact operation: its types, errors and wire codec."""
