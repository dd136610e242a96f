"""Instructs Connect Customer to resume the authentication process."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    "^[\\x20-\\x21\\x23-\\x5B\\x5D-\\x7E]*$",
    "^[\\x20-\\x21\\x23-\\x5B\\x5D-\\x7E]*(?=(?:\\r\\n|(?<!\\r)\\n|[\\r\\x85\\u2028\\u2029])?\\Z)",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateParticipantAuthentication:
    """Instructs Connect Customer to resume the authentication process. The
    subsequent actions depend on the request body contents:

    - **If a code is provided**: Connect retrieves the identity information
      from Amazon Cognito and imports it into Connect Customer Profiles.
    - **If an error is provided**: The error branch of the Authenticate
      Customer block is executed.

    .. note::

       The API returns a success response to acknowledge the request.
       However, the interaction and exchange of identity information occur
       asynchronously after the response is returned.

    Fields:

    - ``state``: The ``state`` query parameter that was provided by Cognito in the ``redirectUri``.
    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``code``: The ``code`` query parameter provided by Cognito in the ``redirectUri``.
    - ``error``: The ``error`` query parameter provided by Cognito in the ``redirectUri``.
    - ``error_description``: The ``error_description`` parameter provided by Cognito in the ``redirectUri``.
    """

    state: str
    """The ``state`` query parameter that was provided by Cognito in the
    ``redirectUri``. This will also match the ``state`` parameter provided
    in the ``AuthenticationUrl`` from the `GetAuthenticationUrl
    <https://docs.aws.amazon.com/connect/latest/APIReference/API_GetAuthenticationUrl.html>`__
    response.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    code: str | None = None
    """The ``code`` query parameter provided by Cognito in the ``redirectUri``."""

    error: str | None = None
    """The ``error`` query parameter provided by Cognito in the
    ``redirectUri``.
    """

    error_description: str | None = None
    """The ``error_description`` parameter provided by Cognito in the
    ``redirectUri``.
    """

    def __repr__(self) -> str:
        fields = [
            f"state={self.state!r}",
            f"instance_id={self.instance_id!r}",
            "code=<sensitive>",
            "error=<sensitive>",
            "error_description=<sensitive>",
        ]
        return f"UpdateParticipantAuthentication({', '.join(fields)})"

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.state
        if value is None:
            errors.append(prefix + "state: required but missing")
        else:
            path = prefix + "state"
            _rt.check_str(errors, path, value, min_len=1, max_len=1000)
        value = self.instance_id
        if value is None:
            errors.append(prefix + "instance_id: required but missing")
        else:
            path = prefix + "instance_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.code
        if value is not None:
            path = prefix + "code"
            _rt.check_str(errors, path, value, min_len=1, max_len=2048)
        value = self.error
        if value is not None:
            path = prefix + "error"
            _rt.check_str(
                errors,
                path,
                value,
                min_len=1,
                max_len=2048,
                pattern=_PATTERN_1,
                secret=True,
            )
        value = self.error_description
        if value is not None:
            path = prefix + "error_description"
            _rt.check_str(
                errors,
                path,
                value,
                min_len=1,
                max_len=2048,
                pattern=_PATTERN_1,
                secret=True,
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["State"] = self.state
        result["InstanceId"] = self.instance_id
        if self.code is not None:
            result["Code"] = self.code
        if self.error is not None:
            result["Error"] = self.error
        if self.error_description is not None:
            result["ErrorDescription"] = self.error_description
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateParticipantAuthentication:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateParticipantAuthentication")
        return cls(
            state=_rt.required(data, "State", path),
            instance_id=_rt.required(data, "InstanceId", path),
            code=data.get("Code"),
            error=data.get("Error"),
            error_description=data.get("ErrorDescription"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateParticipantAuthenticationResponse:
    """The response of UpdateParticipantAuthentication.

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
    ) -> UpdateParticipantAuthenticationResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "UpdateParticipantAuthenticationResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateParticipantAuthenticationResponseDraft:
    """A :class:`UpdateParticipantAuthenticationResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_participant_authentication(
    state: str,
    instance_id: str,
) -> UpdateParticipantAuthentication:
    """Create a :class:`UpdateParticipantAuthentication` with all optional fields omitted."""
    return UpdateParticipantAuthentication(
        state=state,
        instance_id=instance_id,
    )


update_participant_authentication_state = _rt.Lens[
    UpdateParticipantAuthentication, str
](
    lambda s: s.state,
    lambda s, v: _dc.replace(s, state=v),
    "update_participant_authentication_state",
)
"""Lens on :attr:`UpdateParticipantAuthentication.state`."""


update_participant_authentication_instance_id = _rt.Lens[
    UpdateParticipantAuthentication, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_participant_authentication_instance_id",
)
"""Lens on :attr:`UpdateParticipantAuthentication.instance_id`."""


update_participant_authentication_code = _rt.Lens[
    UpdateParticipantAuthentication, str | None
](
    lambda s: s.code,
    lambda s, v: _dc.replace(s, code=v),
    "update_participant_authentication_code",
)
"""Lens on :attr:`UpdateParticipantAuthentication.code`."""


update_participant_authentication_error = _rt.Lens[
    UpdateParticipantAuthentication, str | None
](
    lambda s: s.error,
    lambda s, v: _dc.replace(s, error=v),
    "update_participant_authentication_error",
)
"""Lens on :attr:`UpdateParticipantAuthentication.error`."""


update_participant_authentication_error_description = _rt.Lens[
    UpdateParticipantAuthentication, str | None
](
    lambda s: s.error_description,
    lambda s, v: _dc.replace(s, error_description=v),
    "update_participant_authentication_error_description",
)
"""Lens on :attr:`UpdateParticipantAuthentication.error_description`."""


def new_update_participant_authentication_response(
    http_status: int,
) -> UpdateParticipantAuthenticationResponse:
    """Create a :class:`UpdateParticipantAuthenticationResponse` with all optional fields omitted."""
    return UpdateParticipantAuthenticationResponse(
        http_status=http_status,
    )


update_participant_authentication_response_http_status = _rt.Lens[
    UpdateParticipantAuthenticationResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_participant_authentication_response_http_status",
)
"""Lens on :attr:`UpdateParticipantAuthenticationResponse.http_status`."""


def _serialize(
    request: UpdateParticipantAuthentication, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    path = "/contact/update-participant-authentication"
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["State"] = request.state
    data["InstanceId"] = request.instance_id
    if request.code is not None:
        data["Code"] = request.code
    if request.error is not None:
        data["Error"] = request.error
    if request.error_description is not None:
        data["ErrorDescription"] = request.error_description
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
) -> UpdateParticipantAuthenticationResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateParticipantAuthenticationResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateParticipantAuthenticationResponse)


OPERATION: _rt.Operation[
    UpdateParticipantAuthentication, UpdateParticipantAuthenticationResponse
] = _rt.Operation(
    "UpdateParticipantAuthentication",
    UpdateParticipantAuthentication,
    UpdateParticipantAuthenticationResponse,
    (
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ConflictException,
        _errors.InternalServiceException,
        _errors.ThrottlingException,
        _errors.AccessDeniedException,
    ),
    _serialize,
    _deserialize,
)
"""The UpdateParticipantAuthentication operation: its types, errors and wire codec."""
