"""Provides summary information about the attached files configurations for the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.attached_files_configuration_summary import (
    AttachedFilesConfigurationSummary,
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListAttachedFilesConfigurations:
    """Provides summary information about the attached files configurations for
    the specified Connect Customer instance.

    This API returns effective configurations (custom overrides or defaults)
    for each attachment scope. If no custom configuration exists for a
    scope, the default configuration values are returned.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``max_results``: The maximum number of results to return per page.
    - ``next_token``: The token for the next set of results.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    max_results: int | None = None
    """The maximum number of results to return per page. The default MaxResult
    size is 100.
    """

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response in the next request to retrieve the next set of
    results.
    """

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
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=100)
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListAttachedFilesConfigurations:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListAttachedFilesConfigurations")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            max_results=data.get("MaxResults"),
            next_token=data.get("NextToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListAttachedFilesConfigurationsResponse:
    """The response of ListAttachedFilesConfigurations.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``attached_files_configurations``: Information about the attached files configurations.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    """

    http_status: int
    """The HTTP status code of the response."""

    attached_files_configurations: list[AttachedFilesConfigurationSummary] | None = None
    """Information about the attached files configurations."""

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
        value = self.attached_files_configurations
        if value is not None:
            path = prefix + "attached_files_configurations"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, AttachedFilesConfigurationSummary):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected AttachedFilesConfigurationSummary, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.attached_files_configurations is not None:
            result["AttachedFilesConfigurations"] = [
                v1.to_dict() for v1 in self.attached_files_configurations
            ]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListAttachedFilesConfigurationsResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "ListAttachedFilesConfigurationsResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
            attached_files_configurations=(
                None
                if (value := data.get("AttachedFilesConfigurations")) is None
                else [
                    AttachedFilesConfigurationSummary.from_dict(
                        v1, path=path + "AttachedFilesConfigurations" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "AttachedFilesConfigurations")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _ListAttachedFilesConfigurationsResponseDraft:
    """A :class:`ListAttachedFilesConfigurationsResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "attached_files_configurations", "next_token")
    http_status: int
    attached_files_configurations: list[AttachedFilesConfigurationSummary] | None
    next_token: str | None


def new_list_attached_files_configurations(
    instance_id: str,
) -> ListAttachedFilesConfigurations:
    """Create a :class:`ListAttachedFilesConfigurations` with all optional fields omitted."""
    return ListAttachedFilesConfigurations(
        instance_id=instance_id,
    )


list_attached_files_configurations_instance_id = _rt.Lens[
    ListAttachedFilesConfigurations, str
](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_attached_files_configurations_instance_id",
)
"""Lens on :attr:`ListAttachedFilesConfigurations.instance_id`."""


list_attached_files_configurations_max_results = _rt.Lens[
    ListAttachedFilesConfigurations, int | None
](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_attached_files_configurations_max_results",
)
"""Lens on :attr:`ListAttachedFilesConfigurations.max_results`."""


list_attached_files_configurations_next_token = _rt.Lens[
    ListAttachedFilesConfigurations, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_attached_files_configurations_next_token",
)
"""Lens on :attr:`ListAttachedFilesConfigurations.next_token`."""


def new_list_attached_files_configurations_response(
    http_status: int,
) -> ListAttachedFilesConfigurationsResponse:
    """Create a :class:`ListAttachedFilesConfigurationsResponse` with all optional fields omitted."""
    return ListAttachedFilesConfigurationsResponse(
        http_status=http_status,
    )


list_attached_files_configurations_response_http_status = _rt.Lens[
    ListAttachedFilesConfigurationsResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_attached_files_configurations_response_http_status",
)
"""Lens on :attr:`ListAttachedFilesConfigurationsResponse.http_status`."""


list_attached_files_configurations_response_attached_files_configurations = _rt.Lens[
    ListAttachedFilesConfigurationsResponse,
    list[AttachedFilesConfigurationSummary] | None,
](
    lambda s: s.attached_files_configurations,
    lambda s, v: _dc.replace(s, attached_files_configurations=v),
    "list_attached_files_configurations_response_attached_files_configurations",
)
"""Lens on :attr:`ListAttachedFilesConfigurationsResponse.attached_files_configurations`."""


list_attached_files_configurations_response_next_token = _rt.Lens[
    ListAttachedFilesConfigurationsResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_attached_files_configurations_response_next_token",
)
"""Lens on :attr:`ListAttachedFilesConfigurationsResponse.next_token`."""


def _serialize(
    request: ListAttachedFilesConfigurations, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = "/attached-files-configurations/" + _rt.quote_label(
        request.instance_id, "instance_id"
    )
    query: list[tuple[str, str | None]] = []
    if request.max_results is not None:
        query.append(("maxResults", str(request.max_results)))
    if request.next_token is not None:
        query.append(("nextToken", request.next_token))
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
) -> ListAttachedFilesConfigurationsResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListAttachedFilesConfigurationsResponseDraft()
    draft.http_status = status
    try:
        draft.attached_files_configurations = (
            None
            if (value := data.get("AttachedFilesConfigurations")) is None
            else [
                AttachedFilesConfigurationSummary._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "AttachedFilesConfigurations")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "AttachedFilesConfigurations")
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
    return _rt.seal(draft, ListAttachedFilesConfigurationsResponse)


OPERATION: _rt.Operation[
    ListAttachedFilesConfigurations, ListAttachedFilesConfigurationsResponse
] = _rt.Operation(
    "ListAttachedFilesConfigurations",
    ListAttachedFilesConfigurations,
    ListAttachedFilesConfigurationsResponse,
    (
        _errors.InvalidParameterException,
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
        _errors.AccessDeniedException,
    ),
    _serialize,
    _deserialize,
)
"""The ListAttachedFilesConfigurations operation: its types, errors and wire codec."""
