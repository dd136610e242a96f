"""Disassociates a set of proficiencies from a user."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.user_proficiency_disassociate import UserProficiencyDisassociate


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DisassociateUserProficiencies:
    """Disassociates a set of proficiencies from a user.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``user_id``: The identifier of the user account.
    - ``user_proficiencies``: The proficiencies to disassociate from the user.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can find the
    instance ID in the Amazon Resource Name (ARN) of the instance.
    """

    user_id: str
    """The identifier of the user account."""

    user_proficiencies: list[UserProficiencyDisassociate]
    """The proficiencies to disassociate from the user."""

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
        value = self.user_id
        if value is None:
            errors.append(prefix + "user_id: required but missing")
        else:
            path = prefix + "user_id"
            _rt.check_str(errors, path, value)
        value = self.user_proficiencies
        if value is None:
            errors.append(prefix + "user_proficiencies: required but missing")
        else:
            path = prefix + "user_proficiencies"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, UserProficiencyDisassociate):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected UserProficiencyDisassociate, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["UserId"] = self.user_id
        result["UserProficiencies"] = [v1.to_dict() for v1 in self.user_proficiencies]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DisassociateUserProficiencies:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DisassociateUserProficiencies")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            user_id=_rt.required(data, "UserId", path),
            user_proficiencies=[
                UserProficiencyDisassociate.from_dict(
                    v1, path=path + "UserProficiencies" + f"[{i1}]" + "."
                )
                for i1, v1 in enumerate(
                    _rt.expect_sequence(
                        _rt.required(data, "UserProficiencies", path),
                        path + "UserProficiencies",
                    )
                )
            ],
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DisassociateUserProficienciesResponse:
    """The response of DisassociateUserProficiencies.

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
    ) -> DisassociateUserProficienciesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "DisassociateUserProficienciesResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DisassociateUserProficienciesResponseDraft:
    """A :class:`DisassociateUserProficienciesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_disassociate_user_proficiencies(
    instance_id: str,
    user_id: str,
    user_proficiencies: list[UserProficiencyDisassociate],
) -> DisassociateUserProficiencies:
    """Create a :class:`DisassociateUserProficiencies` with all optional fields omitted."""
    return DisassociateUserProficiencies(
        instance_id=instance_id,
        user_id=user_id,
        user_proficiencies=user_proficiencies,
    )


disassociate_user_proficiencies_instance_id = _rt.Lens[
    DisassociateUserProficiencies, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "disassociate_user_proficiencies_instance_id",
)
"""Lens on :attr:`DisassociateUserProficiencies.instance_id`."""


disassociate_user_proficiencies_user_id = _rt.Lens[DisassociateUserProficiencies, str](
    lambda s: s.user_id,
    lambda s, v: _dc.replace(s, user_id=v),
    "disassociate_user_proficiencies_user_id",
)
"""Lens on :attr:`DisassociateUserProficiencies.user_id`."""


disassociate_user_proficiencies_user_proficiencies = _rt.Lens[
    DisassociateUserProficiencies, list[UserProficiencyDisassociate]
](
    lambda s: s.user_proficiencies,
    lambda s, v: _dc.replace(s, user_proficiencies=v),
    "disassociate_user_proficiencies_user_proficiencies",
)
"""Lens on :attr:`DisassociateUserProficiencies.user_proficiencies`."""


def new_disassociate_user_proficiencies_response(
    http_status: int,
) -> DisassociateUserProficienciesResponse:
    """Create a :class:`DisassociateUserProficienciesResponse` with all optional fields omitted."""
    return DisassociateUserProficienciesResponse(
        http_status=http_status,
    )


disassociate_user_proficiencies_response_http_status = _rt.Lens[
    DisassociateUserProficienciesResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "disassociate_user_proficiencies_response_http_status",
)
"""Lens on :attr:`DisassociateUserProficienciesResponse.http_status`."""


def _serialize(
    request: DisassociateUserProficiencies, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.user_id == "":
        raise _rt.ValidationError(["user_id: a URI label must be set and not empty"])
    path = (
        "/users/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.user_id, "user_id")
        + "/disassociate-proficiencies"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["UserProficiencies"] = [v1._to_json() for v1 in request.user_proficiencies]
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
) -> DisassociateUserProficienciesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DisassociateUserProficienciesResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DisassociateUserProficienciesResponse)


OPERATION: _rt.Operation[
    DisassociateUserProficiencies, DisassociateUserProficienciesResponse
] = _rt.Operation(
    "DisassociateUserProficiencies",
    DisassociateUserProficiencies,
    DisassociateUserProficienciesResponse,
    (
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
    ),
    _serialize,
    _deserialize,
)
"""The DisassociateUserProficiencies operation: its types, errors and wire codec."""
