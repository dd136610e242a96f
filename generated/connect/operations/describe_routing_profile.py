"""Describes the specified routing profile."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.routing_profile import RoutingProfile


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeRoutingProfile:
    """Describes the specified routing profile.

    .. note::

       ``DescribeRoutingProfile`` does not populate AssociatedQueueIds in
       its response. The example Response Syntax shown on this page is
       incorrect; we are working to update it. `SearchRoutingProfiles
       <https://docs.aws.amazon.com/connect/latest/APIReference/API_SearchRoutingProfiles.html>`__
       does include AssociatedQueueIds.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``routing_profile_id``: The identifier of the routing profile.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    routing_profile_id: str
    """The identifier of the routing profile."""

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
        value = self.routing_profile_id
        if value is None:
            errors.append(prefix + "routing_profile_id: required but missing")
        else:
            path = prefix + "routing_profile_id"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["RoutingProfileId"] = self.routing_profile_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeRoutingProfile:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeRoutingProfile")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            routing_profile_id=_rt.required(data, "RoutingProfileId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeRoutingProfileResponse:
    """The response of DescribeRoutingProfile.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``routing_profile``: The routing profile.
    """

    http_status: int
    """The HTTP status code of the response."""

    routing_profile: RoutingProfile | None = None
    """The routing profile."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.routing_profile
        if value is not None:
            path = prefix + "routing_profile"
            if isinstance(value, RoutingProfile):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected RoutingProfile, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.routing_profile is not None:
            result["RoutingProfile"] = self.routing_profile.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeRoutingProfileResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeRoutingProfileResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            routing_profile=(
                None
                if (value := data.get("RoutingProfile")) is None
                else RoutingProfile.from_dict(value, path=path + "RoutingProfile" + ".")
            ),
        )


class _DescribeRoutingProfileResponseDraft:
    """A :class:`DescribeRoutingProfileResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "routing_profile")
    http_status: int
    routing_profile: RoutingProfile | None


def new_describe_routing_profile(
    instance_id: str,
    routing_profile_id: str,
) -> DescribeRoutingProfile:
    """Create a :class:`DescribeRoutingProfile` with all optional fields omitted."""
    return DescribeRoutingProfile(
        instance_id=instance_id,
        routing_profile_id=routing_profile_id,
    )


describe_routing_profile_instance_id = _rt.Lens[DescribeRoutingProfile, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "describe_routing_profile_instance_id",
)
"""Lens on :attr:`DescribeRoutingProfile.instance_id`."""


describe_routing_profile_routing_profile_id = _rt.Lens[DescribeRoutingProfile, str](
    lambda s: s.routing_profile_id,
    lambda s, v: _dc.replace(s, routing_profile_id=v),
    "describe_routing_profile_routing_profile_id",
)
"""Lens on :attr:`DescribeRoutingProfile.routing_profile_id`."""


def new_describe_routing_profile_response(
    http_status: int,
) -> DescribeRoutingProfileResponse:
    """Create a :class:`DescribeRoutingProfileResponse` with all optional fields omitted."""
    return DescribeRoutingProfileResponse(
        http_status=http_status,
    )


describe_routing_profile_response_http_status = _rt.Lens[
    DescribeRoutingProfileResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "describe_routing_profile_response_http_status",
)
"""Lens on :attr:`DescribeRoutingProfileResponse.http_status`."""


describe_routing_profile_response_routing_profile = _rt.Lens[
    DescribeRoutingProfileResponse, RoutingProfile | None
](
    lambda s: s.routing_profile,
    lambda s, v: _dc.replace(s, routing_profile=v),
    "describe_routing_profile_response_routing_profile",
)
"""Lens on :attr:`DescribeRoutingProfileResponse.routing_profile`."""


def _serialize(
    request: DescribeRoutingProfile, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.routing_profile_id == "":
        raise _rt.ValidationError(
            ["routing_profile_id: a URI label must be set and not empty"]
        )
    path = (
        "/routing-profiles/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.routing_profile_id, "routing_profile_id")
    )
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
) -> DescribeRoutingProfileResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _DescribeRoutingProfileResponseDraft()
    draft.http_status = status
    try:
        draft.routing_profile = (
            None
            if (value := data.get("RoutingProfile")) is None
            else RoutingProfile._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "RoutingProfile")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, DescribeRoutingProfileResponse)


OPERATION: _rt.Operation[DescribeRoutingProfile, DescribeRoutingProfileResponse] = (
    _rt.Operation(
        "DescribeRoutingProfile",
        DescribeRoutingProfile,
        DescribeRoutingProfileResponse,
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
)
"""The DescribeRoutingProfile operation: its types, errors and wire codec."""
