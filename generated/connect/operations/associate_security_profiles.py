"""Associate security profiles with an Entity in an Amazon Connect instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.security_profile_item import SecurityProfileItem

_ENTITY_TYPE_VALUES = frozenset(
    (
        "USER",
        "AI_AGENT",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AssociateSecurityProfiles:
    """Associate security profiles with an Entity in an Amazon Connect
    instance.

    Fields:

    - ``instance_id``: The identifier of the Amazon Connect instance.
    - ``security_profiles``: List of Security Profile Object.
    - ``entity_type``: Only supported type is AI_AGENT.
    - ``entity_arn``: Arn of a Q in Connect AI Agent.
    """

    instance_id: str
    """The identifier of the Amazon Connect instance. You can find the instance
    ID in the Amazon Resource Name (ARN) of the instance.
    """

    security_profiles: list[SecurityProfileItem]
    """List of Security Profile Object."""

    entity_type: str
    """Only supported type is AI_AGENT."""

    entity_arn: str
    """Arn of a Q in Connect AI Agent."""

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
        value = self.security_profiles
        if value is None:
            errors.append(prefix + "security_profiles: required but missing")
        else:
            path = prefix + "security_profiles"
            if _rt.check_type(errors, path, value, list, "list"):
                _rt.check_length(errors, path, len(value), 1, 10)
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, SecurityProfileItem):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected SecurityProfileItem, got {type(v1).__name__}"
                            )
        value = self.entity_type
        if value is None:
            errors.append(prefix + "entity_type: required but missing")
        else:
            path = prefix + "entity_type"
            _rt.check_str(errors, path, value, enum=_ENTITY_TYPE_VALUES)
        value = self.entity_arn
        if value is None:
            errors.append(prefix + "entity_arn: required but missing")
        else:
            path = prefix + "entity_arn"
            _rt.check_str(errors, path, value, min_len=1, max_len=None)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["SecurityProfiles"] = [v1.to_dict() for v1 in self.security_profiles]
        result["EntityType"] = self.entity_type
        result["EntityArn"] = self.entity_arn
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AssociateSecurityProfiles:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AssociateSecurityProfiles")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            security_profiles=[
                SecurityProfileItem.from_dict(
                    v1, path=path + "SecurityProfiles" + f"[{i1}]" + "."
                )
                for i1, v1 in enumerate(
                    _rt.expect_sequence(
                        _rt.required(data, "SecurityProfiles", path),
                        path + "SecurityProfiles",
                    )
                )
            ],
            entity_type=_rt.required(data, "EntityType", path),
            entity_arn=_rt.required(data, "EntityArn", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AssociateSecurityProfilesResponse:
    """The response of AssociateSecurityProfiles.

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
    ) -> AssociateSecurityProfilesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "AssociateSecurityProfilesResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _AssociateSecurityProfilesResponseDraft:
    """A :class:`AssociateSecurityProfilesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_associate_security_profiles(
    instance_id: str,
    security_profiles: list[SecurityProfileItem],
    entity_type: str,
    entity_arn: str,
) -> AssociateSecurityProfiles:
    """Create a :class:`AssociateSecurityProfiles` with all optional fields omitted."""
    return AssociateSecurityProfiles(
        instance_id=instance_id,
        security_profiles=security_profiles,
        entity_type=entity_type,
        entity_arn=entity_arn,
    )


associate_security_profiles_instance_id = _rt.Lens[AssociateSecurityProfiles, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "associate_security_profiles_instance_id",
)
"""Lens on :attr:`AssociateSecurityProfiles.instance_id`."""


associate_security_profiles_security_profiles = _rt.Lens[
    AssociateSecurityProfiles, list[SecurityProfileItem]
](
    lambda s: s.security_profiles,
    lambda s, v: _dc.replace(s, security_profiles=v),
    "associate_security_profiles_security_profiles",
)
"""Lens on :attr:`AssociateSecurityProfiles.security_profiles`."""


associate_security_profiles_entity_type = _rt.Lens[AssociateSecurityProfiles, str](
    lambda s: s.entity_type,
    lambda s, v: _dc.replace(s, entity_type=v),
    "associate_security_profiles_entity_type",
)
"""Lens on :attr:`AssociateSecurityProfiles.entity_type`."""


associate_security_profiles_entity_arn = _rt.Lens[AssociateSecurityProfiles, str](
    lambda s: s.entity_arn,
    lambda s, v: _dc.replace(s, entity_arn=v),
    "associate_security_profiles_entity_arn",
)
"""Lens on :attr:`AssociateSecurityProfiles.entity_arn`."""


def new_associate_security_profiles_response(
    http_status: int,
) -> AssociateSecurityProfilesResponse:
    """Create a :class:`AssociateSecurityProfilesResponse` with all optional fields omitted."""
    return AssociateSecurityProfilesResponse(
        http_status=http_status,
    )


associate_security_profiles_response_http_status = _rt.Lens[
    AssociateSecurityProfilesResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "associate_security_profiles_response_http_status",
)
"""Lens on :attr:`AssociateSecurityProfilesResponse.http_status`."""


def _serialize(
    request: AssociateSecurityProfiles, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = "/associate-security-profiles/" + _rt.quote_label(
        request.instance_id, "instance_id"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["SecurityProfiles"] = [v1._to_json() for v1 in request.security_profiles]
    data["EntityType"] = request.entity_type
    data["EntityArn"] = request.entity_arn
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
) -> AssociateSecurityProfilesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _AssociateSecurityProfilesResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, AssociateSecurityProfilesResponse)


OPERATION: _rt.Operation[
    AssociateSecurityProfiles, AssociateSecurityProfilesResponse
] = _rt.Operation(
    "AssociateSecurityProfiles",
    AssociateSecurityProfiles,
    AssociateSecurityProfilesResponse,
    (
        _errors.ResourceNotFoundException,
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.AccessDeniedException,
        _errors.InternalServiceException,
        _errors.ConditionalOperationFailedException,
        _errors.ResourceConflictException,
    ),
    _serialize,
    _deserialize,
)
"""The AssociateSecurityProfiles operation: its types, errors and wire codec."""
