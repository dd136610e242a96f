"""This API is in preview release for Connect Customer and is subject to change."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.instance_storage_config import InstanceStorageConfig

_INSTANCE_STORAGE_RESOURCE_TYPE_VALUES = frozenset(
    (
        "CHAT_TRANSCRIPTS",
        "CALL_RECORDINGS",
        "SCHEDULED_REPORTS",
        "MEDIA_STREAMS",
        "CONTACT_TRACE_RECORDS",
        "AGENT_EVENTS",
        "REAL_TIME_CONTACT_ANALYSIS_SEGMENTS",
        "ATTACHMENTS",
        "CONTACT_EVALUATIONS",
        "SCREEN_RECORDINGS",
        "REAL_TIME_CONTACT_ANALYSIS_CHAT_SEGMENTS",
        "REAL_TIME_CONTACT_ANALYSIS_VOICE_SEGMENTS",
        "EMAIL_MESSAGES",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListInstanceStorageConfigs:
    """This API is in preview release for Connect Customer and is subject to
    change.

    Returns a paginated list of storage configs for the identified instance
    and resource type.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``resource_type``: A valid resource type.
    - ``next_token``: The token for the next set of results.
    - ``max_results``: The maximum number of results to return per page.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    resource_type: str
    """A valid resource type."""

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response in the next request to retrieve the next set of
    results.
    """

    max_results: int | None = None
    """The maximum number of results to return per page."""

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
        value = self.resource_type
        if value is None:
            errors.append(prefix + "resource_type: required but missing")
        else:
            path = prefix + "resource_type"
            _rt.check_str(
                errors, path, value, enum=_INSTANCE_STORAGE_RESOURCE_TYPE_VALUES
            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=10)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["ResourceType"] = self.resource_type
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListInstanceStorageConfigs:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListInstanceStorageConfigs")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            resource_type=_rt.required(data, "ResourceType", path),
            next_token=data.get("NextToken"),
            max_results=data.get("MaxResults"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListInstanceStorageConfigsResponse:
    """The response of ListInstanceStorageConfigs.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``storage_configs``: A valid storage type.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    """

    http_status: int
    """The HTTP status code of the response."""

    storage_configs: list[InstanceStorageConfig] | None = None
    """A valid storage type."""

    next_token: str | None = None
    """If there are additional results, this is the token for the next set of
    results.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.storage_configs
        if value is not None:
            path = prefix + "storage_configs"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, InstanceStorageConfig):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected InstanceStorageConfig, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.storage_configs is not None:
            result["StorageConfigs"] = [v1.to_dict() for v1 in self.storage_configs]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListInstanceStorageConfigsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "ListInstanceStorageConfigsResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            storage_configs=(
                None
                if (value := data.get("StorageConfigs")) is None
                else [
                    InstanceStorageConfig.from_dict(
                        v1, path=path + "StorageConfigs" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "StorageConfigs")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _ListInstanceStorageConfigsResponseDraft:
    """A :class:`ListInstanceStorageConfigsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "storage_configs", "next_token")
    http_status: int
    storage_configs: list[InstanceStorageConfig] | None
    next_token: str | None


def new_list_instance_storage_configs(
    instance_id: str,
    resource_type: str,
) -> ListInstanceStorageConfigs:
    """Create a :class:`ListInstanceStorageConfigs` with all optional fields omitted."""
    return ListInstanceStorageConfigs(
        instance_id=instance_id,
        resource_type=resource_type,
    )


list_instance_storage_configs_instance_id = _rt.Lens[ListInstanceStorageConfigs, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_instance_storage_configs_instance_id",
)
"""Lens on :attr:`ListInstanceStorageConfigs.instance_id`."""


list_instance_storage_configs_resource_type = _rt.Lens[ListInstanceStorageConfigs, str](
    lambda s: s.resource_type,
    lambda s, v: _dc.replace(s, resource_type=v),
    "list_instance_storage_configs_resource_type",
)
"""Lens on :attr:`ListInstanceStorageConfigs.resource_type`."""


list_instance_storage_configs_next_token = _rt.Lens[
    ListInstanceStorageConfigs, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_instance_storage_configs_next_token",
)
"""Lens on :attr:`ListInstanceStorageConfigs.next_token`."""


list_instance_storage_configs_max_results = _rt.Lens[
    ListInstanceStorageConfigs, int | None
](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_instance_storage_configs_max_results",
)
"""Lens on :attr:`ListInstanceStorageConfigs.max_results`."""


def new_list_instance_storage_configs_response(
    http_status: int,
) -> ListInstanceStorageConfigsResponse:
    """Create a :class:`ListInstanceStorageConfigsResponse` with all optional fields omitted."""
    return ListInstanceStorageConfigsResponse(
        http_status=http_status,
    )


list_instance_storage_configs_response_http_status = _rt.Lens[
    ListInstanceStorageConfigsResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_instance_storage_configs_response_http_status",
)
"""Lens on :attr:`ListInstanceStorageConfigsResponse.http_status`."""


list_instance_storage_configs_response_storage_configs = _rt.Lens[
    ListInstanceStorageConfigsResponse, list[InstanceStorageConfig] | None
](
    lambda s: s.storage_configs,
    lambda s, v: _dc.replace(s, storage_configs=v),
    "list_instance_storage_configs_response_storage_configs",
)
"""Lens on :attr:`ListInstanceStorageConfigsResponse.storage_configs`."""


list_instance_storage_configs_response_next_token = _rt.Lens[
    ListInstanceStorageConfigsResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_instance_storage_configs_response_next_token",
)
"""Lens on :attr:`ListInstanceStorageConfigsResponse.next_token`."""


def _serialize(
    request: ListInstanceStorageConfigs, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = (
        "/instance/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/storage-configs"
    )
    query: list[tuple[str, str | None]] = []
    query.append(("resourceType", request.resource_type))
    if request.next_token is not None:
        query.append(("nextToken", request.next_token))
    if request.max_results is not None:
        query.append(("maxResults", str(request.max_results)))
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
) -> ListInstanceStorageConfigsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListInstanceStorageConfigsResponseDraft()
    draft.http_status = status
    try:
        draft.storage_configs = (
            None
            if (value := data.get("StorageConfigs")) is None
            else [
                InstanceStorageConfig._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "StorageConfigs")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "StorageConfigs")
                )
                if v1 is not None
            ]
        )
        draft.next_token = (
            None
            if (value := data.get("NextToken")) is None
            else (value if type(value) is str else _rt.expect_str(value, "NextToken"))
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, ListInstanceStorageConfigsResponse)


OPERATION: _rt.Operation[
    ListInstanceStorageConfigs, ListInstanceStorageConfigsResponse
] = _rt.Operation(
    "ListInstanceStorageConfigs",
    ListInstanceStorageConfigs,
    ListInstanceStorageConfigsResponse,
    (
        _errors.ResourceNotFoundException,
        _errors.InternalServiceException,
        _errors.InvalidRequestException,
        _errors.InvalidParameterException,
        _errors.ThrottlingException,
    ),
    _serialize,
    _deserialize,
)
"""The ListInstanceStorageConfigs operation: its types, errors and wire codec."""
