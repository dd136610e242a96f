"""Cancels the authentication session."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CancelParticipantAuthentication:
    """Cancels the authentication session. The opted out branch of the
    Authenticate Customer flow block will be taken.

    .. note::

       The current supported channel is chat. This API is not supported for
       Apple Messages for Business, WhatsApp, or SMS chats.

    .. note::

       ``ConnectionToken`` is used for invoking this API instead of
       ``ParticipantToken``.

    The Amazon Connect Participant Service APIs do not use `Signature
    Version 4 authentication
    <https://docs.aws.amazon.com/general/latest/gr/signature-version-4.html>`__.

    Fields:

    - ``session_id``: The ``sessionId`` provided in the ``authenticationInitiated`` event.
    - ``connection_token``: The authentication token associated with the participant's connection.
    """

    session_id: str
    """The ``sessionId`` provided in the ``authenticationInitiated`` event."""

    connection_token: str
    """The authentication token associated with the participant's connection."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.session_id
        if value is None:
            errors.append(prefix + "session_id: required but missing")
        else:
            path = prefix + "session_id"
            _rt.check_str(errors, path, value, min_len=36, max_len=36)
        value = self.connection_token
        if value is None:
            errors.append(prefix + "connection_token: required but missing")
        else:
            path = prefix + "connection_token"
            _rt.check_str(errors, path, value, min_len=1, max_len=1000)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["SessionId"] = self.session_id
        result["ConnectionToken"] = self.connection_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> CancelParticipantAuthentication:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "CancelParticipantAuthentication")
        return cls(
            session_id=_rt.required(data, "SessionId", path),
            connection_token=_rt.required(data, "ConnectionToken", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CancelParticipantAuthenticationResponse:
    """The response of CancelParticipantAuthentication.

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
    ) -> CancelParticipantAuthenticationResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "CancelParticipantAuthenticationResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _CancelParticipantAuthenticationResponseDraft:
    """A :class:`CancelParticipantAuthenticationResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_cancel_participant_authentication(
    session_id: str,
    connection_token: str,
) -> CancelParticipantAuthentication:
    """Create a :class:`CancelParticipantAuthentication` with all optional fields omitted."""
    return CancelParticipantAuthentication(
        session_id=session_id,
        connection_token=connection_token,
    )


cancel_participant_authentication_session_id = _rt.Lens[
    CancelParticipantAuthentication, str
](
    lambda s: s.session_id,
    lambda s, v: _dc.replace(s, session_id=v),
    "cancel_participant_authentication_session_id",
)
"""Lens on :attr:`CancelParticipantAuthentication.session_id`."""


cancel_participant_authentication_connection_token = _rt.Lens[
    CancelParticipantAuthentication, str
](
    lambda s: s.connection_token,
    lambda s, v: _dc.replace(s, connection_token=v),
    "cancel_participant_authentication_connection_token",
)
"""Lens on :attr:`CancelParticipantAuthentication.connection_token`."""


def new_cancel_participant_authentication_response(
    http_status: int,
) -> CancelParticipantAuthenticationResponse:
    """Create a :class:`CancelParticipantAuthenticationResponse` with all optional fields omitted."""
    return CancelParticipantAuthenticationResponse(
        http_status=http_status,
    )


cancel_participant_authentication_response_http_status = _rt.Lens[
    CancelParticipantAuthenticationResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "cancel_participant_authentication_response_http_status",
)
"""Lens on :attr:`CancelParticipantAuthenticationResponse.http_status`."""


def _serialize(
    request: CancelParticipantAuthentication, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    headers["X-Amz-Bearer"] = _rt.header_value(
        request.connection_token, "connection_token"
    )
    path = "/participant/cancel-authentication"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["SessionId"] = request.session_id
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
) -> CancelParticipantAuthenticationResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _CancelParticipantAuthenticationResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, CancelParticipantAuthenticationResponse)


OPERATION: _rt.Operation[
    CancelParticipantAuthentication, CancelParticipantAuthenticationResponse
] = _rt.Operation(
    "CancelParticipantAuthentication",
    CancelParticipantAuthentication,
    CancelParticipantAuthenticationResponse,
    (
        _errors.AccessDeniedException,
        _errors.InternalServerException,
        _errors.ThrottlingException,
        _errors.ValidationException,
    ),
    _serialize,
    _deserialize,
)
"""The CancelParticipantAuthentication operation: its types, errors and wire codec."""
