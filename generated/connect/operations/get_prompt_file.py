"""Gets the prompt file."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
    "[a-z]{2}(-[a-z]+){1,2}(-[0-9])?",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class GetPromptFile:
    """Gets the prompt file.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``prompt_id``: A unique identifier for the prompt.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    prompt_id: str
    """A unique identifier for the prompt."""

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
        value = self.prompt_id
        if value is None:
            errors.append(prefix + "prompt_id: required but missing")
        else:
            path = prefix + "prompt_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["PromptId"] = self.prompt_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> GetPromptFile:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "GetPromptFile")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            prompt_id=_rt.required(data, "PromptId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class GetPromptFileResponse:
    """The response of GetPromptFile.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``prompt_presigned_url``: A generated URL to the prompt that can be given to an unauthorized user so they can access the prompt in S3.
    - ``last_modified_time``: The timestamp when this resource was last modified.
    - ``last_modified_region``: The Amazon Web Services Region where this resource was last modified.
    """

    http_status: int
    """The HTTP status code of the response."""

    prompt_presigned_url: str | None = None
    """A generated URL to the prompt that can be given to an unauthorized user
    so they can access the prompt in S3.
    """

    last_modified_time: _dt.datetime | None = None
    """The timestamp when this resource was last modified."""

    last_modified_region: str | None = None
    """The Amazon Web Services Region where this resource was last modified."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.prompt_presigned_url
        if value is not None:
            path = prefix + "prompt_presigned_url"
            _rt.check_str(errors, path, value, min_len=1, max_len=2000)
        value = self.last_modified_time
        if value is not None:
            path = prefix + "last_modified_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.last_modified_region
        if value is not None:
            path = prefix + "last_modified_region"
            _rt.check_str(errors, path, value, pattern=_PATTERN_1)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.prompt_presigned_url is not None:
            result["PromptPresignedUrl"] = self.prompt_presigned_url
        if self.last_modified_time is not None:
            result["LastModifiedTime"] = self.last_modified_time
        if self.last_modified_region is not None:
            result["LastModifiedRegion"] = self.last_modified_region
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> GetPromptFileResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "GetPromptFileResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            prompt_presigned_url=data.get("PromptPresignedUrl"),
            last_modified_time=data.get("LastModifiedTime"),
            last_modified_region=data.get("LastModifiedRegion"),
        )


class _GetPromptFileResponseDraft:
    """A :class:`GetPromptFileResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "http_status",
        "prompt_presigned_url",
        "last_modified_time",
        "last_modified_region",
    )
    http_status: int
    prompt_presigned_url: str | None
    last_modified_time: _dt.datetime | None
    last_modified_region: str | None


def new_get_prompt_file(
    instance_id: str,
    prompt_id: str,
) -> GetPromptFile:
    """Create a :class:`GetPromptFile` with all optional fields omitted."""
    return GetPromptFile(
        instance_id=instance_id,
        prompt_id=prompt_id,
    )


get_prompt_file_instance_id = _rt.Lens[GetPromptFile, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "get_prompt_file_instance_id",
)
"""Lens on :attr:`GetPromptFile.instance_id`."""


get_prompt_file_prompt_id = _rt.Lens[GetPromptFile, str](
    lambda s: s.prompt_id,
    lambda s, v: _dc.replace(s, prompt_id=v),
    "get_prompt_file_prompt_id",
)
"""Lens on :attr:`GetPromptFile.prompt_id`."""


def new_get_prompt_file_response(
    http_status: int,
) -> GetPromptFileResponse:
    """Create a :class:`GetPromptFileResponse` with all optional fields omitted."""
    return GetPromptFileResponse(
        http_status=http_status,
    )


get_prompt_file_response_http_status = _rt.Lens[GetPromptFileResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "get_prompt_file_response_http_status",
)
"""Lens on :attr:`GetPromptFileResponse.http_status`."""


get_prompt_file_response_prompt_presigned_url = _rt.Lens[
    GetPromptFileResponse, str | None
](
    lambda s: s.prompt_presigned_url,
    lambda s, v: _dc.replace(s, prompt_presigned_url=v),
    "get_prompt_file_response_prompt_presigned_url",
)
"""Lens on :attr:`GetPromptFileResponse.prompt_presigned_url`."""


get_prompt_file_response_last_modified_time = _rt.Lens[
    GetPromptFileResponse, _dt.datetime | None
](
    lambda s: s.last_modified_time,
    lambda s, v: _dc.replace(s, last_modified_time=v),
    "get_prompt_file_response_last_modified_time",
)
"""Lens on :attr:`GetPromptFileResponse.last_modified_time`."""


get_prompt_file_response_last_modified_region = _rt.Lens[
    GetPromptFileResponse, str | None
](
    lambda s: s.last_modified_region,
    lambda s, v: _dc.replace(s, last_modified_region=v),
    "get_prompt_file_response_last_modified_region",
)
"""Lens on :attr:`GetPromptFileResponse.last_modified_region`."""


def _serialize(request: GetPromptFile, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.prompt_id == "":
        raise _rt.ValidationError(["prompt_id: a URI label must be set and not empty"])
    path = (
        "/prompts/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.prompt_id, "prompt_id")
        + "/file"
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
) -> GetPromptFileResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _GetPromptFileResponseDraft()
    draft.http_status = status
    try:
        draft.prompt_presigned_url = (
            None
            if (value := data.get("PromptPresignedUrl")) is None
            else (
                value
                if type(value) is str
                else _rt.expect_str(value, "PromptPresignedUrl")
            )
        )
        draft.last_modified_time = (
            None
            if (value := data.get("LastModifiedTime")) is None
            else _rt.parse_timestamp(value, "LastModifiedTime")
        )
        draft.last_modified_region = (
            None
            if (value := data.get("LastModifiedRegion")) is None
            else (
                value
                if type(value) is str
                else _rt.expect_str(value, "LastModifiedRegion")
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, GetPromptFileResponse)


OPERATION: _rt.Operation[GetPromptFile, GetPromptFileResponse] = _rt.Operation(
    "GetPromptFile",
    GetPromptFile,
    GetPromptFileResponse,
    (
        _errors.InvalidParameterException,
        _errors.InvalidRequestException,
        _errors.ResourceNotFoundException,
        _errors.ThrottlingException,
        _errors.InternalServiceException,
    ),
    _serialize,
    _deserialize,
)
"""The GetPromptFile operation: its types, errors and wire codec."""
