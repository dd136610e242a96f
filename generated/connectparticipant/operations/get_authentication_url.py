"""Retrieves the AuthenticationUrl for the current authentication session for the AuthenticateCustomer flow block."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class GetAuthenticationUrl:
    """Retrieves the AuthenticationUrl for the current authentication session
    for the AuthenticateCustomer flow block.

    For security recommendations, see `Amazon Connect Chat security best
    practices
    <https://docs.aws.amazon.com/connect/latest/adminguide/security-best-practices.html#bp-security-chat>`__.

    .. note::

       - This API can only be called within one minute of receiving the
         authenticationInitiated event.
       - The current supported channel is chat. This API is not supported
         for Apple Messages for Business, WhatsApp, or SMS chats.

    .. note::

       ``ConnectionToken`` is used for invoking this API instead of
       ``ParticipantToken``.

    The Amazon Connect Participant Service APIs do not use `Signature
    Version 4 authentication
    <https://docs.aws.amazon.com/general/latest/gr/signature-version-4.html>`__.

    Fields:

    - ``session_id``: The sessionId provided in the authenticationInitiated event.
    - ``redirect_uri``: The URL where the customer will be redirected after Amazon Cognito authorizes the user.
    - ``connection_token``: The authentication token associated with the participant's connection.
    """

    session_id: str
    """The sessionId provided in the authenticationInitiated event."""

    redirect_uri: str
    """The URL where the customer will be redirected after Amazon Cognito
    authorizes the user.
    """

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
        value = self.redirect_uri
        if value is None:
            errors.append(prefix + "redirect_uri: required but missing")
        else:
            path = prefix + "redirect_uri"
            _rt.check_str(errors, path, value, min_len=1, max_len=1024)
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
        result["RedirectUri"] = self.redirect_uri
        result["ConnectionToken"] = self.connection_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> GetAuthenticationUrl:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "GetAuthenticationUrl")
        return cls(
            session_id=_rt.required(data, "SessionId", path),
            redirect_uri=_rt.required(data, "RedirectUri", path),
            connection_token=_rt.required(data, "ConnectionToken", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class GetAuthenticationUrlResponse:
    """The response of GetAuthenticationUrl.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``authentication_url``: The URL where the customer will sign in to the identity provider.
    """

    http_status: int
    """The HTTP status code of the response."""

    authentication_url: str | None = None
    """The URL where the customer will sign in to the identity provider. This
    URL contains the authorize endpoint for the Cognito UserPool used in the
    authentication.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.authentication_url
        if value is not None:
            path = prefix + "authentication_url"
            _rt.check_str(errors, path, value, min_len=1, max_len=2083)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.authentication_url is not None:
            result["AuthenticationUrl"] = self.authentication_url
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> GetAuthenticationUrlResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "GetAuthenticationUrlResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            authentication_url=data.get("AuthenticationUrl"),
        )


class _GetAuthenticationUrlResponseDraft:
    """A :class:`GetAuthenticationUrlResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "authentication_url")
    http_status: int
    authentication_url: str | None


def new_get_authentication_url(
    session_id: str,
    redirect_uri: str,
    connection_token: str,
) -> GetAuthenticationUrl:
    """Create a :class:`GetAuthenticationUrl` with all optional fields omitted."""
    return GetAuthenticationUrl(
        session_id=session_id,
        redirect_uri=redirect_uri,
        connection_token=connection_token,
    )


get_authentication_url_session_id = _rt.Lens[GetAuthenticationUrl, str](
    lambda s: s.session_id,
    lambda s, v: _dc.replace(s, session_id=v),
    "get_authentication_url_session_id",
)
"""Lens on :attr:`GetAuthenticationUrl.session_id`."""


get_authentication_url_redirect_uri = _rt.Lens[GetAuthenticationUrl, str](
    lambda s: s.redirect_uri,
    lambda s, v: _dc.replace(s, redirect_uri=v),
    "get_authentication_url_redirect_uri",
)
"""Lens on :attr:`GetAuthenticationUrl.redirect_uri`."""


get_authentication_url_connection_token = _rt.Lens[GetAuthenticationUrl, str](
    lambda s: s.connection_token,
    lambda s, v: _dc.replace(s, connection_token=v),
    "get_authentication_url_connection_token",
)
"""Lens on :attr:`GetAuthenticationUrl.connection_token`."""


def new_get_authentication_url_response(
    http_status: int,
) -> GetAuthenticationUrlResponse:
    """Create a :class:`GetAuthenticationUrlResponse` with all optional fields omitted."""
    return GetAuthenticationUrlResponse(
        http_status=http_status,
    )


get_authentication_url_response_http_status = _rt.Lens[
    GetAuthenticationUrlResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "get_authentication_url_response_http_status",
)
"""Lens on :attr:`GetAuthenticationUrlResponse.http_status`."""


get_authentication_url_response_authentication_url = _rt.Lens[
    GetAuthenticationUrlResponse, str | None
](
    lambda s: s.authentication_url,
    lambda s, v: _dc.replace(s, authentication_url=v),
    "get_authentication_url_response_authentication_url",
)
"""Lens on :attr:`GetAuthenticationUrlResponse.authentication_url`."""


def _serialize(request: GetAuthenticationUrl, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    headers["X-Amz-Bearer"] = _rt.header_value(
        request.connection_token, "connection_token"
    )
    path = "/participant/authentication-url"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["SessionId"] = request.session_id
    data["RedirectUri"] = request.redirect_uri
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
) -> GetAuthenticationUrlResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _GetAuthenticationUrlResponseDraft()
    draft.http_status = status
    try:
        draft.authentication_url = (
            None
            if (value := data.get("AuthenticationUrl")) is None
            else (
                value
                if type(value) is str
                else _rt.expect_str(value, "AuthenticationUrl")
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, GetAuthenticationUrlResponse)


OPERATION: _rt.Operation[GetAuthenticationUrl, GetAuthenticationUrlResponse] = (
    _rt.Operation(
        "GetAuthenticationUrl",
        GetAuthenticationUrl,
        GetAuthenticationUrlResponse,
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
"""The GetAuthenticationUrl operation: its types, errors and wire codec."""
