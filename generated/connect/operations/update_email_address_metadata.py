"""Updates an email address metadata."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateEmailAddressMetadata:
    """Updates an email address metadata. For more information about email
    addresses, see `Create email addresses
    <https://docs.aws.amazon.com/connect/latest/adminguide/create-email-address1.html>`__
    in the Connect Customer Administrator Guide.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``email_address_id``: The identifier of the email address.
    - ``description``: The description of the email address.
    - ``display_name``: The display name of email address.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    email_address_id: str
    """The identifier of the email address."""

    description: str | None = None
    """The description of the email address."""

    display_name: str | None = None
    """The display name of email address."""

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
            f"email_address_id={self.email_address_id!r}",
            "description=<sensitive>",
            "display_name=<sensitive>",
            f"client_token={self.client_token!r}",
        ]
        return f"UpdateEmailAddressMetadata({', '.join(fields)})"

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
        value = self.email_address_id
        if value is None:
            errors.append(prefix + "email_address_id: required but missing")
        else:
            path = prefix + "email_address_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.description
        if value is not None:
            path = prefix + "description"
            _rt.check_str(errors, path, value, min_len=0, max_len=4096)
        value = self.display_name
        if value is not None:
            path = prefix + "display_name"
            _rt.check_str(errors, path, value, min_len=0, max_len=256)
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["EmailAddressId"] = self.email_address_id
        if self.description is not None:
            result["Description"] = self.description
        if self.display_name is not None:
            result["DisplayName"] = self.display_name
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateEmailAddressMetadata:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateEmailAddressMetadata")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            email_address_id=_rt.required(data, "EmailAddressId", path),
            description=data.get("Description"),
            display_name=data.get("DisplayName"),
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateEmailAddressMetadataResponse:
    """The response of UpdateEmailAddressMetadata.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``email_address_id``: The identifier of the email address.
    - ``email_address_arn``: The Amazon Resource Name (ARN) of the email address.
    """

    http_status: int
    """The HTTP status code of the response."""

    email_address_id: str | None = None
    """The identifier of the email address."""

    email_address_arn: str | None = None
    """The Amazon Resource Name (ARN) of the email address."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.email_address_id
        if value is not None:
            path = prefix + "email_address_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.email_address_arn
        if value is not None:
            path = prefix + "email_address_arn"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.email_address_id is not None:
            result["EmailAddressId"] = self.email_address_id
        if self.email_address_arn is not None:
            result["EmailAddressArn"] = self.email_address_arn
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateEmailAddressMetadataResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "UpdateEmailAddressMetadataResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            email_address_id=data.get("EmailAddressId"),
            email_address_arn=data.get("EmailAddressArn"),
        )


class _UpdateEmailAddressMetadataResponseDraft:
    """A :class:`UpdateEmailAddressMetadataResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "email_address_id", "email_address_arn")
    http_status: int
    email_address_id: str | None
    email_address_arn: str | None


def new_update_email_address_metadata(
    instance_id: str,
    email_address_id: str,
) -> UpdateEmailAddressMetadata:
    """Create a :class:`UpdateEmailAddressMetadata` with all optional fields omitted."""
    return UpdateEmailAddressMetadata(
        instance_id=instance_id,
        email_address_id=email_address_id,
    )


update_email_address_metadata_instance_id = _rt.Lens[UpdateEmailAddressMetadata, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_email_address_metadata_instance_id",
)
"""Lens on :attr:`UpdateEmailAddressMetadata.instance_id`."""


update_email_address_metadata_email_address_id = _rt.Lens[
    UpdateEmailAddressMetadata, str
](
    lambda s: s.email_address_id,
    lambda s, v: _dc.replace(s, email_address_id=v),
    "update_email_address_metadata_email_address_id",
)
"""Lens on :attr:`UpdateEmailAddressMetadata.email_address_id`."""


update_email_address_metadata_description = _rt.Lens[
    UpdateEmailAddressMetadata, str | None
](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "update_email_address_metadata_description",
)
"""Lens on :attr:`UpdateEmailAddressMetadata.description`."""


update_email_address_metadata_display_name = _rt.Lens[
    UpdateEmailAddressMetadata, str | None
](
    lambda s: s.display_name,
    lambda s, v: _dc.replace(s, display_name=v),
    "update_email_address_metadata_display_name",
)
"""Lens on :attr:`UpdateEmailAddressMetadata.display_name`."""


update_email_address_metadata_client_token = _rt.Lens[
    UpdateEmailAddressMetadata, str | None
](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "update_email_address_metadata_client_token",
)
"""Lens on :attr:`UpdateEmailAddressMetadata.client_token`."""


def new_update_email_address_metadata_response(
    http_status: int,
) -> UpdateEmailAddressMetadataResponse:
    """Create a :class:`UpdateEmailAddressMetadataResponse` with all optional fields omitted."""
    return UpdateEmailAddressMetadataResponse(
        http_status=http_status,
    )


update_email_address_metadata_response_http_status = _rt.Lens[
    UpdateEmailAddressMetadataResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_email_address_metadata_response_http_status",
)
"""Lens on :attr:`UpdateEmailAddressMetadataResponse.http_status`."""


update_email_address_metadata_response_email_address_id = _rt.Lens[
    UpdateEmailAddressMetadataResponse, str | None
](
    lambda s: s.email_address_id,
    lambda s, v: _dc.replace(s, email_address_id=v),
    "update_email_address_metadata_response_email_address_id",
)
"""Lens on :attr:`UpdateEmailAddressMetadataResponse.email_address_id`."""


update_email_address_metadata_response_email_address_arn = _rt.Lens[
    UpdateEmailAddressMetadataResponse, str | None
](
    lambda s: s.email_address_arn,
    lambda s, v: _dc.replace(s, email_address_arn=v),
    "update_email_address_metadata_response_email_address_arn",
)
"""Lens on :attr:`UpdateEmailAddressMetadataResponse.email_address_arn`."""


def _serialize(
    request: UpdateEmailAddressMetadata, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.email_address_id == "":
        raise _rt.ValidationError(
            ["email_address_id: a URI label must be set and not empty"]
        )
    path = (
        "/email-addresses/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.email_address_id, "email_address_id")
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    if request.description is not None:
        data["Description"] = request.description
    if request.display_name is not None:
        data["DisplayName"] = request.display_name
    if request.client_token is not None:
        data["ClientToken"] = request.client_token
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
) -> UpdateEmailAddressMetadataResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _UpdateEmailAddressMetadataResponseDraft()
    draft.http_status = status
    try:
        draft.email_address_id = (
            None
            if (value := data.get("EmailAddressId")) is None
            else (
                value if type(value) is str else _rt.expect_str(value, "EmailAddressId")
            )
        )
        draft.email_address_arn = (
            None
            if (value := data.get("EmailAddressArn")) is None
            else (
                value
                if type(value) is str
                else _rt.expect_str(value, "EmailAddressArn")
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, UpdateEmailAddressMetadataResponse)


OPERATION: _rt.Operation[
    UpdateEmailAddressMetadata, UpdateEmailAddressMetadataResponse
] = _rt.Operation(
    "UpdateEmailAddressMetadata",
    UpdateEmailAddressMetadata,
    UpdateEmailAddressMetadataResponse,
    (
        _errors.ResourceNotFoundException,
        _errors.AccessDeniedException,
        _errors.ThrottlingException,
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.InternalServiceException,
        _errors.IdempotencyException,
    ),
    _serialize,
    _deserialize,
)
"""The UpdateEmailAddressMetadata operation: its types, errors and wire codec."""
