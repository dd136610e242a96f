"""Associates an email address alias with an existing email address in an Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.alias_configuration import AliasConfiguration


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AssociateEmailAddressAlias:
    """Associates an email address alias with an existing email address in an
    Connect Customer instance. This creates a forwarding relationship where
    emails sent to the alias email address are automatically forwarded to
    the primary email address.

    **Use cases**

    Following are common uses cases for this API:

    - **Unified customer support**: Create multiple entry points (for
      example, support@example.com, help@example.com,
      customercare@example.com) that all forward to a single agent queue for
      streamlined management.
    - **Department consolidation**: Forward emails from legacy department
      addresses (for example, sales@example.com, info@example.com) to a
      centralized customer service email during organizational
      restructuring.
    - **Brand management**: Enable you to use familiar brand-specific email
      addresses that forward to the appropriate Connect Customer instance
      email address.

    **Important things to know**

    - Each email address can have a maximum of one alias. You cannot create
      multiple aliases for the same email address.
    - If the alias email address already receives direct emails, it
      continues to receive direct emails plus forwarded emails.
    - You cannot chain email aliases together (that is, create an alias of
      an alias).

    ``AssociateEmailAddressAlias`` does not return the following
    information:

    - A confirmation of the alias relationship details (you must call
      `DescribeEmailAddress
      <https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeEmailAddress.html>`__
      to verify).
    - The timestamp of when the association occurred.
    - The status of the forwarding configuration.

    **Endpoints**: See `Connect Customer endpoints and quotas
    <https://docs.aws.amazon.com/general/latest/gr/connect_region.html>`__.

    **Related operations**

    - `DisassociateEmailAddressAlias
      <https://docs.aws.amazon.com/connect/latest/APIReference/API_DisassociateEmailAddressAlias.html>`__:
      Removes the alias association between two email addresses in an
      Connect Customer instance.
    - `DescribeEmailAddress
      <https://docs.aws.amazon.com/connect/latest/APIReference/API_DescribeEmailAddress.html>`__:
      View current alias configurations for an email address.
    - `SearchEmailAddresses
      <https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchEmailAddresses.html>`__:
      Find email addresses and their alias relationships across an instance.
    - `CreateEmailAddress
      <https://docs.aws.amazon.com/connect/latest/APIReference/API_CreateEmailAddress.html>`__:
      Create new email addresses that can participate in alias
      relationships.
    - `DeleteEmailAddress
      <https://docs.aws.amazon.com/connect/latest/APIReference/API_DeleteEmailAddress.html>`__:
      Remove email addresses (automatically removes any alias
      relationships).
    - `UpdateEmailAddressMetadata
      <https://docs.aws.amazon.com/connect/latest/APIReference/API_UpdateEmailAddressMetadata.html>`__:
      Modify email address properties (does not affect alias relationships).

    Fields:

    - ``email_address_id``: The identifier of the email address.
    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``alias_configuration``: Configuration object that specifies which email address will serve as the alias.
    - ``client_token``: A unique, case-sensitive identifier that you provide to ensure the idempotency of the request.
    """

    email_address_id: str
    """The identifier of the email address."""

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    alias_configuration: AliasConfiguration
    """Configuration object that specifies which email address will serve as
    the alias. The specified email address must already exist in the Connect
    Customer instance and cannot already be configured as an alias or have
    an alias of its own.
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
        value = self.email_address_id
        if value is None:
            errors.append(prefix + "email_address_id: required but missing")
        else:
            path = prefix + "email_address_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.instance_id
        if value is None:
            errors.append(prefix + "instance_id: required but missing")
        else:
            path = prefix + "instance_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)
        value = self.alias_configuration
        if value is None:
            errors.append(prefix + "alias_configuration: required but missing")
        else:
            path = prefix + "alias_configuration"
            if isinstance(value, AliasConfiguration):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected AliasConfiguration, got {type(value).__name__}"
                )
        value = self.client_token
        if value is not None:
            path = prefix + "client_token"
            _rt.check_str(errors, path, value, min_len=None, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["EmailAddressId"] = self.email_address_id
        result["InstanceId"] = self.instance_id
        result["AliasConfiguration"] = self.alias_configuration.to_dict()
        if self.client_token is not None:
            result["ClientToken"] = self.client_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AssociateEmailAddressAlias:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AssociateEmailAddressAlias")
        return cls(
            email_address_id=_rt.required(data, "EmailAddressId", path),
            instance_id=_rt.required(data, "InstanceId", path),
            alias_configuration=AliasConfiguration.from_dict(
                _rt.required(data, "AliasConfiguration", path),
                path=path + "AliasConfiguration" + ".",
            ),
            client_token=data.get("ClientToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AssociateEmailAddressAliasResponse:
    """The response of AssociateEmailAddressAlias.

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
    ) -> AssociateEmailAddressAliasResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "AssociateEmailAddressAliasResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _AssociateEmailAddressAliasResponseDraft:
    """A :class:`AssociateEmailAddressAliasResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_associate_email_address_alias(
    email_address_id: str,
    instance_id: str,
    alias_configuration: AliasConfiguration,
) -> AssociateEmailAddressAlias:
    """Create a :class:`AssociateEmailAddressAlias` with all optional fields omitted."""
    return AssociateEmailAddressAlias(
        email_address_id=email_address_id,
        instance_id=instance_id,
        alias_configuration=alias_configuration,
    )


associate_email_address_alias_email_address_id = _rt.Lens[
    AssociateEmailAddressAlias, str
](
    lambda s: s.email_address_id,
    lambda s, v: _dc.replace(s, email_address_id=v),
    "associate_email_address_alias_email_address_id",
)
"""Lens on :attr:`AssociateEmailAddressAlias.email_address_id`."""


associate_email_address_alias_instance_id = _rt.Lens[AssociateEmailAddressAlias, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "associate_email_address_alias_instance_id",
)
"""Lens on :attr:`AssociateEmailAddressAlias.instance_id`."""


associate_email_address_alias_alias_configuration = _rt.Lens[
    AssociateEmailAddressAlias, AliasConfiguration
](
    lambda s: s.alias_configuration,
    lambda s, v: _dc.replace(s, alias_configuration=v),
    "associate_email_address_alias_alias_configuration",
)
"""Lens on :attr:`AssociateEmailAddressAlias.alias_configuration`."""


associate_email_address_alias_client_token = _rt.Lens[
    AssociateEmailAddressAlias, str | None
](
    lambda s: s.client_token,
    lambda s, v: _dc.replace(s, client_token=v),
    "associate_email_address_alias_client_token",
)
"""Lens on :attr:`AssociateEmailAddressAlias.client_token`."""


def new_associate_email_address_alias_response(
    http_status: int,
) -> AssociateEmailAddressAliasResponse:
    """Create a :class:`AssociateEmailAddressAliasResponse` with all optional fields omitted."""
    return AssociateEmailAddressAliasResponse(
        http_status=http_status,
    )


associate_email_address_alias_response_http_status = _rt.Lens[
    AssociateEmailAddressAliasResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "associate_email_address_alias_response_http_status",
)
"""Lens on :attr:`AssociateEmailAddressAliasResponse.http_status`."""


def _serialize(
    request: AssociateEmailAddressAlias, validate: bool = True
) -> _rt.HttpRequest:
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
    if request.email_address_id == "":
        raise _rt.ValidationError(
            ["email_address_id: a URI label must be set and not empty"]
        )
    path = (
        "/email-addresses/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.email_address_id, "email_address_id")
        + "/associate-alias"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["AliasConfiguration"] = request.alias_configuration._to_json()
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
) -> AssociateEmailAddressAliasResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _AssociateEmailAddressAliasResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, AssociateEmailAddressAliasResponse)


OPERATION: _rt.Operation[
    AssociateEmailAddressAlias, AssociateEmailAddressAliasResponse
] = _rt.Operation(
    "AssociateEmailAddressAlias",
    AssociateEmailAddressAlias,
    AssociateEmailAddressAliasResponse,
    (
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
        _errors.AccessDeniedException,
        _errors.InvalidParameterException,
        _errors.InvalidRequestException,
        _errors.InternalServiceException,
        _errors.ResourceConflictException,
        _errors.IdempotencyException,
    ),
    _serialize,
    _deserialize,
)
"""The AssociateEmailAddressAlias operation: its types, errors and wire codec."""
