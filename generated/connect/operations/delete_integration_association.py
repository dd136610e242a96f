"""Deletes an Amazon Web Services resource association from an Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteIntegrationAssociation:
    """Deletes an Amazon Web Services resource association from an Connect
    Customer instance. The association must not have any use cases
    associated with it.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``integration_association_id``: The identifier for the integration association.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    integration_association_id: str
    """The identifier for the integration association."""

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
        value = self.integration_association_id
        if value is None:
            errors.append(prefix + "integration_association_id: required but missing")
        else:
            path = prefix + "integration_association_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=200)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["IntegrationAssociationId"] = self.integration_association_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DeleteIntegrationAssociation:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteIntegrationAssociation")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            integration_association_id=_rt.required(
                data, "IntegrationAssociationId", path
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteIntegrationAssociationResponse:
    """The response of DeleteIntegrationAssociation.

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
    ) -> DeleteIntegrationAssociationResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "DeleteIntegrationAssociationResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DeleteIntegrationAssociationResponseDraft:
    """A :class:`DeleteIntegrationAssociationResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_delete_integration_association(
    instance_id: str,
    integration_association_id: str,
) -> DeleteIntegrationAssociation:
    """Create a :class:`DeleteIntegrationAssociation` with all optional fields omitted."""
    return DeleteIntegrationAssociation(
        instance_id=instance_id,
        integration_association_id=integration_association_id,
    )


delete_integration_association_instance_id = _rt.Lens[
    DeleteIntegrationAssociation, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "delete_integration_association_instance_id",
)
"""Lens on :attr:`DeleteIntegrationAssociation.instance_id`."""


delete_integration_association_integration_association_id = _rt.Lens[
    DeleteIntegrationAssociation, str
](
    lambda s: s.integration_association_id,
    lambda s, v: _dc.replace(s, integration_association_id=v),
    "delete_integration_association_integration_association_id",
)
"""Lens on :attr:`DeleteIntegrationAssociation.integration_association_id`."""


def new_delete_integration_association_response(
    http_status: int,
) -> DeleteIntegrationAssociationResponse:
    """Create a :class:`DeleteIntegrationAssociationResponse` with all optional fields omitted."""
    return DeleteIntegrationAssociationResponse(
        http_status=http_status,
    )


delete_integration_association_response_http_status = _rt.Lens[
    DeleteIntegrationAssociationResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "delete_integration_association_response_http_status",
)
"""Lens on :attr:`DeleteIntegrationAssociationResponse.http_status`."""


def _serialize(
    request: DeleteIntegrationAssociation, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.integration_association_id == "":
        raise _rt.ValidationError(
            ["integration_association_id: a URI label must be set and not empty"]
        )
    path = (
        "/instance/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/integration-associations/"
        + _rt.quote_label(
            request.integration_association_id, "integration_association_id"
        )
    )
    query: list[tuple[str, str | None]] = []
    body = b""
    return _rt.HttpRequest(
        method="DELETE",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> DeleteIntegrationAssociationResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DeleteIntegrationAssociationResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DeleteIntegrationAssociationResponse)


OPERATION: _rt.Operation[
    DeleteIntegrationAssociation, DeleteIntegrationAssociationResponse
] = _rt.Operation(
    "DeleteIntegrationAssociation",
    DeleteIntegrationAssociation,
    DeleteIntegrationAssociationResponse,
    (
        _errors.ResourceNotFoundException,
        _errors.InternalServiceException,
        _errors.InvalidRequestException,
        _errors.ThrottlingException,
    ),
    _serialize,
    _deserialize,
)
"""The DeleteIntegrationAssociation operation: its types, errors and wire codec."""
