"""Updates the channels that agents can handle in the Contact Control Panel (CCP) for a routing profile."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.media_concurrency import MediaConcurrency


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateRoutingProfileConcurrency:
    """Updates the channels that agents can handle in the Contact Control Panel
    (CCP) for a routing profile.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``routing_profile_id``: The identifier of the routing profile.
    - ``media_concurrencies``: The channels that agents can handle in the Contact Control Panel (CCP).
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    routing_profile_id: str
    """The identifier of the routing profile."""

    media_concurrencies: list[MediaConcurrency]
    """The channels that agents can handle in the Contact Control Panel (CCP)."""

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
        value = self.media_concurrencies
        if value is None:
            errors.append(prefix + "media_concurrencies: required but missing")
        else:
            path = prefix + "media_concurrencies"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, MediaConcurrency):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected MediaConcurrency, got {type(v1).__name__}"
                            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["RoutingProfileId"] = self.routing_profile_id
        result["MediaConcurrencies"] = [v1.to_dict() for v1 in self.media_concurrencies]
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateRoutingProfileConcurrency:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateRoutingProfileConcurrency")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            routing_profile_id=_rt.required(data, "RoutingProfileId", path),
            media_concurrencies=[
                MediaConcurrency.from_dict(
                    v1, path=path + "MediaConcurrencies" + f"[{i1}]" + "."
                )
                for i1, v1 in enumerate(
                    _rt.expect_sequence(
                        _rt.required(data, "MediaConcurrencies", path),
                        path + "MediaConcurrencies",
                    )
                )
            ],
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateRoutingProfileConcurrencyResponse:
    """The response of UpdateRoutingProfileConcurrency.

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
    ) -> UpdateRoutingProfileConcurrencyResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "UpdateRoutingProfileConcurrencyResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateRoutingProfileConcurrencyResponseDraft:
    """A :class:`UpdateRoutingProfileConcurrencyResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_routing_profile_concurrency(
    instance_id: str,
    routing_profile_id: str,
    media_concurrencies: list[MediaConcurrency],
) -> UpdateRoutingProfileConcurrency:
    """Create a :class:`UpdateRoutingProfileConcurrency` with all optional fields omitted."""
    return UpdateRoutingProfileConcurrency(
        instance_id=instance_id,
        routing_profile_id=routing_profile_id,
        media_concurrencies=media_concurrencies,
    )


update_routing_profile_concurrency_instance_id = _rt.Lens[
    UpdateRoutingProfileConcurrency, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_routing_profile_concurrency_instance_id",
)
"""Lens on :attr:`UpdateRoutingProfileConcurrency.instance_id`."""


update_routing_profile_concurrency_routing_profile_id = _rt.Lens[
    UpdateRoutingProfileConcurrency, str
](
    lambda s: s.routing_profile_id,
    lambda s, v: _dc.replace(s, routing_profile_id=v),
    "update_routing_profile_concurrency_routing_profile_id",
)
"""Lens on :attr:`UpdateRoutingProfileConcurrency.routing_profile_id`."""


update_routing_profile_concurrency_media_concurrencies = _rt.Lens[
    UpdateRoutingProfileConcurrency, list[MediaConcurrency]
](
    lambda s: s.media_concurrencies,
    lambda s, v: _dc.replace(s, media_concurrencies=v),
    "update_routing_profile_concurrency_media_concurrencies",
)
"""Lens on :attr:`UpdateRoutingProfileConcurrency.media_concurrencies`."""


def new_update_routing_profile_concurrency_response(
    http_status: int,
) -> UpdateRoutingProfileConcurrencyResponse:
    """Create a :class:`UpdateRoutingProfileConcurrencyResponse` with all optional fields omitted."""
    return UpdateRoutingProfileConcurrencyResponse(
        http_status=http_status,
    )


update_routing_profile_concurrency_response_http_status = _rt.Lens[
    UpdateRoutingProfileConcurrencyResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_routing_profile_concurrency_response_http_status",
)
"""Lens on :attr:`UpdateRoutingProfileConcurrencyResponse.http_status`."""


def _serialize(
    request: UpdateRoutingProfileConcurrency, validate: bool = True
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
        + "/concurrency"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["MediaConcurrencies"] = [v1._to_json() for v1 in request.media_concurrencies]
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
) -> UpdateRoutingProfileConcurrencyResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateRoutingProfileConcurrencyResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateRoutingProfileConcurrencyResponse)


OPERATION: _rt.Operation[
    UpdateRoutingProfileConcurrency, UpdateRoutingProfileConcurrencyResponse
] = _rt.Operation(
    "UpdateRoutingProfileConcurrency",
    UpdateRoutingProfileConcurrency,
    UpdateRoutingProfileConcurrencyResponse,
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
"""The UpdateRoutingProfileConcurrency operation: its types, errors and wire codec."""
