"""Updates a prompt."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
    "s3://\\S+/.+|https://\\S+\\.s3\\.\\S+\\.amazonaws\\.com/\\S+",
    "(?a)s3://\\S+/[^\\n\\r\\x85\\u2028\\u2029]+|https://\\S+\\.s3\\.\\S+\\.amazonaws\\.com/\\S+",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdatePrompt:
    """Updates a prompt.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``prompt_id``: A unique identifier for the prompt.
    - ``name``: The name of the prompt.
    - ``description``: A description of the prompt.
    - ``s3_uri``: The URI for the S3 bucket where the prompt is stored.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    prompt_id: str
    """A unique identifier for the prompt."""

    name: str | None = None
    """The name of the prompt."""

    description: str | None = None
    """A description of the prompt."""

    s3_uri: str | None = None
    """The URI for the S3 bucket where the prompt is stored. You can provide S3
    pre-signed URLs returned by the `GetPromptFile
    <https://docs.aws.amazon.com/connect/latest/APIReference/API_GetPromptFile.html>`__
    API instead of providing S3 URIs.
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
        value = self.prompt_id
        if value is None:
            errors.append(prefix + "prompt_id: required but missing")
        else:
            path = prefix + "prompt_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)
        value = self.name
        if value is not None:
            path = prefix + "name"
            _rt.check_str(errors, path, value, min_len=1, max_len=127)
        value = self.description
        if value is not None:
            path = prefix + "description"
            _rt.check_str(errors, path, value, min_len=1, max_len=250)
        value = self.s3_uri
        if value is not None:
            path = prefix + "s3_uri"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=2000, pattern=_PATTERN_1
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["PromptId"] = self.prompt_id
        if self.name is not None:
            result["Name"] = self.name
        if self.description is not None:
            result["Description"] = self.description
        if self.s3_uri is not None:
            result["S3Uri"] = self.s3_uri
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdatePrompt:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdatePrompt")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            prompt_id=_rt.required(data, "PromptId", path),
            name=data.get("Name"),
            description=data.get("Description"),
            s3_uri=data.get("S3Uri"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class UpdatePromptResponse:
    """The response of UpdatePrompt.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``prompt_arn``: The Amazon Resource Name (ARN) of the prompt.
    - ``prompt_id``: A unique identifier for the prompt.
    """

    http_status: int
    """The HTTP status code of the response."""

    prompt_arn: str | None = None
    """The Amazon Resource Name (ARN) of the prompt."""

    prompt_id: str | None = None
    """A unique identifier for the prompt."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.prompt_arn
        if value is not None:
            path = prefix + "prompt_arn"
            _rt.check_str(errors, path, value)
        value = self.prompt_id
        if value is not None:
            path = prefix + "prompt_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=256)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.prompt_arn is not None:
            result["PromptARN"] = self.prompt_arn
        if self.prompt_id is not None:
            result["PromptId"] = self.prompt_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> UpdatePromptResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "UpdatePromptResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            prompt_arn=data.get("PromptARN"),
            prompt_id=data.get("PromptId"),
        )


class _UpdatePromptResponseDraft:
    """A :class:`UpdatePromptResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "prompt_arn", "prompt_id")
    http_status: int
    prompt_arn: str | None
    prompt_id: str | None


def new_update_prompt(
    instance_id: str,
    prompt_id: str,
) -> UpdatePrompt:
    """Create a :class:`UpdatePrompt` with all optional fields omitted."""
    return UpdatePrompt(
        instance_id=instance_id,
        prompt_id=prompt_id,
    )


update_prompt_instance_id = _rt.Lens[UpdatePrompt, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "update_prompt_instance_id",
)
"""Lens on :attr:`UpdatePrompt.instance_id`."""


update_prompt_prompt_id = _rt.Lens[UpdatePrompt, str](
    lambda s: s.prompt_id,
    lambda s, v: _dc.replace(s, prompt_id=v),
    "update_prompt_prompt_id",
)
"""Lens on :attr:`UpdatePrompt.prompt_id`."""


update_prompt_name = _rt.Lens[UpdatePrompt, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "update_prompt_name",
)
"""Lens on :attr:`UpdatePrompt.name`."""


update_prompt_description = _rt.Lens[UpdatePrompt, str | None](
    lambda s: s.description,
    lambda s, v: _dc.replace(s, description=v),
    "update_prompt_description",
)
"""Lens on :attr:`UpdatePrompt.description`."""


update_prompt_s3_uri = _rt.Lens[UpdatePrompt, str | None](
    lambda s: s.s3_uri,
    lambda s, v: _dc.replace(s, s3_uri=v),
    "update_prompt_s3_uri",
)
"""Lens on :attr:`UpdatePrompt.s3_uri`."""


def new_update_prompt_response(
    http_status: int,
) -> UpdatePromptResponse:
    """Create a :class:`UpdatePromptResponse` with all optional fields omitted."""
    return UpdatePromptResponse(
        http_status=http_status,
    )


update_prompt_response_http_status = _rt.Lens[UpdatePromptResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "update_prompt_response_http_status",
)
"""Lens on :attr:`UpdatePromptResponse.http_status`."""


update_prompt_response_prompt_arn = _rt.Lens[UpdatePromptResponse, str | None](
    lambda s: s.prompt_arn,
    lambda s, v: _dc.replace(s, prompt_arn=v),
    "update_prompt_response_prompt_arn",
)
"""Lens on :attr:`UpdatePromptResponse.prompt_arn`."""


update_prompt_response_prompt_id = _rt.Lens[UpdatePromptResponse, str | None](
    lambda s: s.prompt_id,
    lambda s, v: _dc.replace(s, prompt_id=v),
    "update_prompt_response_prompt_id",
)
"""Lens on :attr:`UpdatePromptResponse.prompt_id`."""


def _serialize(request: UpdatePrompt, validate: bool = True) -> _rt.HttpRequest:
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
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    if request.name is not None:
        data["Name"] = request.name
    if request.description is not None:
        data["Description"] = request.description
    if request.s3_uri is not None:
        data["S3Uri"] = request.s3_uri
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
) -> UpdatePromptResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _UpdatePromptResponseDraft()
    draft.http_status = status
    try:
        draft.prompt_arn = (
            None
            if (value := data.get("PromptARN")) is None
            else (value if type(value) is str else _rt.expect_str(value, "PromptARN"))
        )
        draft.prompt_id = (
            None
            if (value := data.get("PromptId")) is None
            else (value if type(value) is str else _rt.expect_str(value, "PromptId"))
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, UpdatePromptResponse)


OPERATION: _rt.Operation[UpdatePrompt, UpdatePromptResponse] = _rt.Operation(
    "UpdatePrompt",
    UpdatePrompt,
    UpdatePromptResponse,
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
"""The UpdatePrompt operation: its types, errors and wire codec."""
