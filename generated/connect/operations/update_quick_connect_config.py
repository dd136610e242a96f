"""Updates the configuration settings for the specified quick connect."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.quick_connect_config import QuickConnectConfig


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateQuickConnectConfig:
    """Updates the configuration settings for the specified quick connect.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``quick_connect_id``: The identifier for the quick connect.
    - ``quick_connect_config``: Information about the configuration settings for the quick connect.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    quick_connect_id: str
    """The identifier for the quick connect."""

    quick_connect_config: QuickConnectConfig
    """Information about the configuration settings for the quick connect."""

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
        value = self.quick_connect_id
        if value is None:
            errors.append(prefix + "quick_connect_id: required but missing")
        else:
            path = prefix + "quick_connect_id"
            _rt.check_str(errors, path, value)
        value = self.quick_connect_config
        if value is None:
            errors.append(prefix + "quick_connect_config: required but missing")
        else:
            path = prefix + "quick_connect_config"
            if isinstance(value, QuickConnectConfig):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected QuickConnectConfig, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["QuickConnectId"] = self.quick_connect_id
        result["QuickConnectConfig"] = self.quick_connect_config.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdateQuickConnectConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateQuickConnectConfig")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            quick_connect_id=_rt.required(data, "QuickConnectId", path),
            quick_connect_config=QuickConnectConfig.from_dict(
                _rt.required(data, "QuickConnectConfig", path),
                path=path + "QuickConnectConfig" + ".",
            ),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdateQuickConnectConfigResponse:
    """The response of UpdateQuickConnectConfig.

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
    ) -> UpdateQuickConnectConfigResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdateQuickConnectConfigResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _UpdateQuickConnectConfigResponseDraft:
    """A :class:`UpdateQuickConnectConfigResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_update_quick_connect_config(
    instance_id: str,
    quick_connect_id: str,
    quick_connect_config: QuickConnectConfig,
) -> UpdateQuickConnectConfig:
    """Create a :class:`UpdateQuickConnectConfig` with all optional fields omitted."""
    return UpdateQuickConnectConfig(
        instance_id=instance_id,
        quick_connect_id=quick_connect_id,
        quick_connect_config=quick_connect_config,
    )


update_quick_connect_config_instance_id = _rt.Lens[UpdateQuickConnectConfig, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_quick_connect_config_instance_id",
)
"""Lens on :attr:`UpdateQuickConnectConfig.instance_id`."""


update_quick_connect_config_quick_connect_id = _rt.Lens[UpdateQuickConnectConfig, str](
    lambda s: s.quick_connect_id,
    lambda s, v: _dc.replace(s, quick_connect_id=v),
    "update_quick_connect_config_quick_connect_id",
)
"""Lens on :attr:`UpdateQuickConnectConfig.quick_connect_id`."""


update_quick_connect_config_quick_connect_config = _rt.Lens[
    UpdateQuickConnectConfig, QuickConnectConfig
](
    lambda s: s.quick_connect_config,
    lambda s, v: _dc.replace(s, quick_connect_config=v),
    "update_quick_connect_config_quick_connect_config",
)
"""Lens on :attr:`UpdateQuickConnectConfig.quick_connect_config`."""


def new_update_quick_connect_config_response(
    http_status: int,
) -> UpdateQuickConnectConfigResponse:
    """Create a :class:`UpdateQuickConnectConfigResponse` with all optional fields omitted."""
    return UpdateQuickConnectConfigResponse(
        http_status=http_status,
    )


update_quick_connect_config_response_http_status = _rt.Lens[
    UpdateQuickConnectConfigResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_quick_connect_config_response_http_status",
)
"""Lens on :attr:`UpdateQuickConnectConfigResponse.http_status`."""


def _serialize(
    request: UpdateQuickConnectConfig, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.quick_connect_id == "":
        raise _rt.ValidationError(
            ["quick_connect_id: a URI label must be set and not empty"]
        )
    path = (
        "/quick-connects/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.quick_connect_id, "quick_connect_id")
        + "/config"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    data["QuickConnectConfig"] = request.quick_connect_config._to_json()
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
) -> UpdateQuickConnectConfigResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _UpdateQuickConnectConfigResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, UpdateQuickConnectConfigResponse)


OPERATION: _rt.Operation[UpdateQuickConnectConfig, UpdateQuickConnectConfigResponse] = (
    _rt.Operation(
        "UpdateQuickConnectConfig",
        UpdateQuickConnectConfig,
        UpdateQuickConnectConfigResponse,
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
"""The UpdateQuickConnectConfig operation: its types, errors and wire codec."""
