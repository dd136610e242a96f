"""Deletes a prompt."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeletePrompt:
    """Deletes a prompt.

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
    ) -> DeletePrompt:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeletePrompt")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            prompt_id=_rt.required(data, "PromptId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeletePromptResponse:
    """The response of DeletePrompt.

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
    ) -> DeletePromptResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeletePromptResponse")
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _DeletePromptResponseDraft:
    """A :class:`DeletePromptResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_delete_prompt(
    instance_id: str,
    prompt_id: str,
) -> DeletePrompt:
    """Create a :class:`DeletePrompt` with all optional fields omitted."""
    return DeletePrompt(
        instance_id=instance_id,
        prompt_id=prompt_id,
    )


delete_prompt_instance_id = _rt.Lens[DeletePrompt, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "delete_prompt_instance_id",
)
"""Lens on :attr:`DeletePrompt.instance_id`."""


delete_prompt_prompt_id = _rt.Lens[DeletePrompt, str](
    lambda s: s.prompt_id,
    lambda s, v: _dc.replace(s, prompt_id=v),
    "delete_prompt_prompt_id",
)
"""Lens on :attr:`DeletePrompt.prompt_id`."""


def new_delete_prompt_response(
    http_status: int,
) -> DeletePromptResponse:
    """Create a :class:`DeletePromptResponse` with all optional fields omitted."""
    return DeletePromptResponse(
        http_status=http_status,
    )


delete_prompt_response_http_status = _rt.Lens[DeletePromptResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "delete_prompt_response_http_status",
)
"""Lens on :attr:`DeletePromptResponse.http_status`."""


def _serialize(request: DeletePrompt, validate: bool = True) -> _rt.HttpRequest:
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
) -> DeletePromptResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _DeletePromptResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, DeletePromptResponse)


OPERATION: _rt.Operation[DeletePrompt, DeletePromptResponse] = _rt.Operation(
    "DeletePrompt",
    DeletePrompt,
    DeletePromptResponse,
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
"""The DeletePrompt operation: its types, errors and wire codec."""
