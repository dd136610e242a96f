"""Disconnects a participant."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DisconnectParticipant:
    """Disconnects a participant.

    For security recommendations, see `Amazon Connect Chat security best
    practices
    <https://docs.aws.amazon.com/connect/latest/adminguide/security-best-practices.html#bp-security-chat>`__.

    .. note::

       ``ConnectionToken`` is used for invoking this API instead of
       ``ParticipantToken``.

    The Amazon Connect Participant Service APIs do not use `Signature
    Version 4 authentication
    <https://docs.aws.amazon.com/general/latest/gr/signature-version-4.html>`__.

    Fields:

    - ``connection_token``: The authentication token associated with the participant's connection.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    """

    connection_token: str
    """The authentication token associated with the participant's connection."""

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
        value = self.connection_token
        if value is None:
            errors.append(prefix + "connection_token: required but missing")
        else:
            path = prefix + "connection_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=1000)
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ConnectionToken"] = self.connection_token
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DisconnectParticipant:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DisconnectParticipant")
        return cls(
            connection_token=_rt.required(data, "ConnectionToken", path),
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DisconnectParticipantResponse:
    """The response of DisconnectParticipant.

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
    ) -> DisconnectParticipantResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DisconnectParticipantResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DisconnectParticipantResponseDraft:
    """A :class:`DisconnectParticipantResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_disconnect_participant(
    connection_token: str,
) -> DisconnectParticipant:
    """Create a :class:`DisconnectParticipant` with all optional fields omitted."""
    return DisconnectParticipant(
        connection_token=connection_token,
    )


disconnect_participant_connection_token = _rt.Lens[DisconnectParticipant, str](
    lambda s: s.connection_token,
    lambda s, v: _dc.replace(s, connection_token=v),
    "disconnect_participant_connection_token",
)
"""Lens on :attr:`DisconnectParticipant.connection_token`."""


disconnect_participant_client_token = _rt.Lens[DisconnectParticipant, str | None](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "disconnect_participant_client_token",
)
"""Lens on :attr:`DisconnectParticipant.client_token`."""


def new_disconnect_participant_response(
    http_status: int,
) -> DisconnectParticipantResponse:
    """Create a :class:`DisconnectParticipantResponse` with all optional fields omitted."""
    return DisconnectParticipantResponse(
        http_status=http_status,
    )


disconnect_participant_response_http_status = _rt.Lens[
    DisconnectParticipantResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "disconnect_participant_response_http_status",
)
"""Lens on :attr:`DisconnectParticipantResponse.http_status`."""


def _serialize(
    request: DisconnectParticipant, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    idempotency_client_token = request.client_token
    if idempotency_client_token is None:
        idempotency_client_token = _rt.new_idempotency_token()
    headers: dict[str, str] = {}
    headers["X-Amz-Bearer"] = _rt.header_value(
        request.connection_token, "connection_token"
    )
    path = "/participant/disconnect"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
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
) -> DisconnectParticipantResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DisconnectParticipantResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DisconnectParticipantResponse)


OPERATION: _rt.Operation[DisconnectParticipant, DisconnectParticipantResponse] = (
    _rt.Operation(
        "DisconnectParticipant",
        DisconnectParticipant,
        DisconnectParticipantResponse,
        (
            _errors.AccessDeniedException,
            _errors.InternalServerException,
            _errors.ThrottlingException,
            _errors.ValidationException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The DisconnectParticipant operation: its types, errors and wire codec."""
