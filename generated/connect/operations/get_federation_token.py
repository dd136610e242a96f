"""Supports SAML sign-in for Connect Customer."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.credentials import Credentials


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class GetFederationToken:
    """Supports SAML sign-in for Connect Customer. Retrieves a token for
    federation. The token is for the Connect Customer user which corresponds
    to the IAM credentials that were used to invoke this action.

    For more information about how SAML sign-in works in Connect Customer,
    see `Configure SAML with IAM for Connect Customer in the Connect
    Customer Administrator Guide.
    <https://docs.aws.amazon.com/connect/latest/adminguide/configure-saml.html>`__

    .. note::

       This API doesn't support root users. If you try to invoke
       GetFederationToken with root credentials, an error message similar to
       the following one appears:

       ``Provided identity: Principal: .... User: .... cannot be used for federation with Connect Customer``

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
    ) -> GetFederationToken:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "GetFederationToken")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class GetFederationTokenResponse:
    """The response of GetFederationToken.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``credentials``: The credentials to use for federation.
    - ``sign_in_url``: The URL to sign into the user's instance.
    - ``user_arn``: The Amazon Resource Name (ARN) of the user.
    - ``user_id``: The identifier for the user.
    """

    http_status: int
    """The HTTP status code of the response."""

    credentials: Credentials | None = None
    """The credentials to use for federation."""

    sign_in_url: str | None = None
    """The URL to sign into the user's instance."""

    user_arn: str | None = None
    """The Amazon Resource Name (ARN) of the user."""

    user_id: str | None = None
    """The identifier for the user. This can be the ID or the ARN of the user."""

    def __repr__(self) -> str:
        fields = [
            f"http_status={self.http_status!r}",
            "credentials=<sensitive>",
            f"sign_in_url={self.sign_in_url!r}",
            f"user_arn={self.user_arn!r}",
            f"user_id={self.user_id!r}",
        ]
        return f"GetFederationTokenResponse({', '.join(fields)})"

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.credentials
        if value is not None:
            path = prefix + "credentials"
            if isinstance(value, Credentials):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected Credentials, got {type(value).__name__}"
                )
        value = self.sign_in_url
        if value is not None:
            path = prefix + "sign_in_url"
            _rt.check_str(errors, path, value)
        value = self.user_arn
        if value is not None:
            path = prefix + "user_arn"
            _rt.check_str(errors, path, value)
        value = self.user_id
        if value is not None:
            path = prefix + "user_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.credentials is not None:
            result["Credentials"] = self.credentials.to_dict()
        if self.sign_in_url is not None:
            result["SignInUrl"] = self.sign_in_url
        if self.user_arn is not None:
            result["UserArn"] = self.user_arn
        if self.user_id is not None:
            result["UserId"] = self.user_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> GetFederationTokenResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "GetFederationTokenResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            credentials=(
                None
                if (value := data.get("Credentials")) is None
                else Credentials.from_dict(value, path=path + "Credentials" + ".")
            ),
            sign_in_url=data.get("SignInUrl"),
            user_arn=data.get("UserArn"),
            user_id=data.get("UserId"),
        )


class _GetFederationTokenResponseDraft:
    """A :class:`GetFederationTokenResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "credentials", "sign_in_url", "user_arn", "user_id")
    http_status: int
    credentials: Credentials | None
    sign_in_url: str | None
    user_arn: str | None
    user_id: str | None


def new_get_federation_token(
    instance_id: str,
) -> GetFederationToken:
    """Create a :class:`GetFederationToken` with all optional fields omitted."""
    return GetFederationToken(
        instance_id=instance_id,
    )


get_federation_token_instance_id = _rt.Lens[GetFederationToken, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "get_federation_token_instance_id",
)
"""Lens on :attr:`GetFederationToken.instance_id`."""


def new_get_federation_token_response(
    http_status: int,
) -> GetFederationTokenResponse:
    """Create a :class:`GetFederationTokenResponse` with all optional fields omitted."""
    return GetFederationTokenResponse(
        http_status=http_status,
    )


get_federation_token_response_http_status = _rt.Lens[GetFederationTokenResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "get_federation_token_response_http_status",
)
"""Lens on :attr:`GetFederationTokenResponse.http_status`."""


get_federation_token_response_credentials = _rt.Lens[
    GetFederationTokenResponse, Credentials | None
](
    lambda s: s.credentials,
    lambda s, v: _dc.replace(s, credentials=v),
    "get_federation_token_response_credentials",
)
"""Lens on :attr:`GetFederationTokenResponse.credentials`."""


get_federation_token_response_sign_in_url = _rt.Lens[
    GetFederationTokenResponse, str | None
](
    lambda s: s.sign_in_url,
    lambda s, v: _dc.replace(s, sign_in_url=v),
    "get_federation_token_response_sign_in_url",
)
"""Lens on :attr:`GetFederationTokenResponse.sign_in_url`."""


get_federation_token_response_user_arn = _rt.Lens[
    GetFederationTokenResponse, str | None
](
    lambda s: s.user_arn,
    lambda s, v: _dc.replace(s, user_arn=v),
    "get_federation_token_response_user_arn",
)
"""Lens on :attr:`GetFederationTokenResponse.user_arn`."""


get_federation_token_response_user_id = _rt.Lens[
    GetFederationTokenResponse, str | None
](
    lambda s: s.user_id,
    lambda s, v: _dc.replace(s, user_id=v),
    "get_federation_token_response_user_id",
)
"""Lens on :attr:`GetFederationTokenResponse.user_id`."""


def _serialize(request: GetFederationToken, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = "/user/federate/" + _rt.quote_label(request.instance_id, "instance_id")
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
) -> GetFederationTokenResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body, redact=True)
    draft = _GetFederationTokenResponseDraft()
    draft.http_status = status
    try:
        draft.credentials = (
            None
            if (value := data.get("Credentials")) is None
            else Credentials._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "Credentials")
                )
            )
        )
        draft.sign_in_url = (
            None
            if (value := data.get("SignInUrl")) is None
            else (value if type(value) is str else _rt.expect_str(value, "SignInUrl"))
        )
        draft.user_arn = (
            None
            if (value := data.get("UserArn")) is None
            else (value if type(value) is str else _rt.expect_str(value, "UserArn"))
        )
        draft.user_id = (
            None
            if (value := data.get("UserId")) is None
            else (value if type(value) is str else _rt.expect_str(value, "UserId"))
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
    return _rt.seal(draft, GetFederationTokenResponse)


OPERATION: _rt.Operation[GetFederationToken, GetFederationTokenResponse] = (
    _rt.Operation(
        "GetFederationToken",
        GetFederationToken,
        GetFederationTokenResponse,
        (
            _errors.InvalidRequestException,
            _errors.InvalidParameterException,
            _errors.ResourceNotFoundException,
            _errors.UserNotFoundException,
            _errors.InternalServiceException,
            _errors.DuplicateResourceException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The GetFederationToken operation: its types, errors and wire codec."""
