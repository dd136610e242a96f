"""Deletes a use case from an integration association."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteUseCase:
    """Deletes a use case from an integration association.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``integration_association_id``: The identifier for the integration association.
    - ``use_case_id``: The identifier for the use case.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    integration_association_id: str
    """The identifier for the integration association."""

    use_case_id: str
    """The identifier for the use case."""

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
        value = self.use_case_id
        if value is None:
            errors.append(prefix + "use_case_id: required but missing")
        else:
            path = prefix + "use_case_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=200)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["IntegrationAssociationId"] = self.integration_association_id
        result["UseCaseId"] = self.use_case_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DeleteUseCase:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteUseCase")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            integration_association_id=_rt.required(
                data, "IntegrationAssociationId", path
            ),
            use_case_id=_rt.required(data, "UseCaseId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteUseCaseResponse:
    """The response of DeleteUseCase.

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
    ) -> DeleteUseCaseResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteUseCaseResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DeleteUseCaseResponseDraft:
    """A :class:`DeleteUseCaseResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_delete_use_case(
    instance_id: str,
    integration_association_id: str,
    use_case_id: str,
) -> DeleteUseCase:
    """Create a :class:`DeleteUseCase` with all optional fields omitted."""
    return DeleteUseCase(
        instance_id=instance_id,
        integration_association_id=integration_association_id,
        use_case_id=use_case_id,
    )


delete_use_case_instance_id = _rt.Lens[DeleteUseCase, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "delete_use_case_instance_id",
)
"""Lens on :attr:`DeleteUseCase.instance_id`."""


delete_use_case_integration_association_id = _rt.Lens[DeleteUseCase, str](
    lambda s: s.integration_association_id,
    lambda s, v: _dc.replace(s, integration_association_id=v),
    "delete_use_case_integration_association_id",
)
"""Lens on :attr:`DeleteUseCase.integration_association_id`."""


delete_use_case_use_case_id = _rt.Lens[DeleteUseCase, str](
    lambda s: s.use_case_id,
    lambda s, v: _dc.replace(s, use_case_id=v),
    "delete_use_case_use_case_id",
)
"""Lens on :attr:`DeleteUseCase.use_case_id`."""


def new_delete_use_case_response(
    http_status: int,
) -> DeleteUseCaseResponse:
    """Create a :class:`DeleteUseCaseResponse` with all optional fields omitted."""
    return DeleteUseCaseResponse(
        http_status=http_status,
    )


delete_use_case_response_http_status = _rt.Lens[DeleteUseCaseResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "delete_use_case_response_http_status",
)
"""Lens on :attr:`DeleteUseCaseResponse.http_status`."""


def _serialize(request: DeleteUseCase, validate: bool = True) -> _rt.HttpRequest:
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
    if request.use_case_id == "":
        raise _rt.ValidationError(
            ["use_case_id: a URI label must be set and not empty"]
        )
    path = (
        "/instance/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/integration-associations/"
        + _rt.quote_label(
            request.integration_association_id, "integration_association_id"
        )
        + "/use-cases/"
        + _rt.quote_label(request.use_case_id, "use_case_id")
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
) -> DeleteUseCaseResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DeleteUseCaseResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DeleteUseCaseResponse)


OPERATION: _rt.Operation[DeleteUseCase, DeleteUseCaseResponse] = _rt.Operation(
    "DeleteUseCase",
    DeleteUseCase,
    DeleteUseCaseResponse,
    (
        _errors.ResourceNotFoundException,
        _errors.InternalServiceException,
        _errors.InvalidRequestException,
        _errors.ThrottlingException,
    ),
    _serialize,
    _deserialize,
)
"""The DeleteUseCase operation: its types, errors and wire codec."""
