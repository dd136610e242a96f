"""Deletes the vocabulary that has the given identifier."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt

_VOCABULARY_STATE_VALUES = frozenset(
    (
        "CREATION_IN_PROGRESS",
        "ACTIVE",
        "CREATION_FAILED",
        "DELETE_IN_PROGRESS",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteVocabulary:
    """Deletes the vocabulary that has the given identifier.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``vocabulary_id``: The identifier of the custom vocabulary.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    vocabulary_id: str
    """The identifier of the custom vocabulary."""

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
        value = self.vocabulary_id
        if value is None:
            errors.append(prefix + "vocabulary_id: required but missing")
        else:
            path = prefix + "vocabulary_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["VocabularyId"] = self.vocabulary_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DeleteVocabulary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteVocabulary")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            vocabulary_id=_rt.required(data, "VocabularyId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DeleteVocabularyResponse:
    """The response of DeleteVocabulary.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``vocabulary_arn``: The Amazon Resource Name (ARN) of the custom vocabulary.
    - ``vocabulary_id``: The identifier of the custom vocabulary.
    - ``state``: The current state of the custom vocabulary.
    """

    http_status: int
    """The HTTP status code of the response."""

    vocabulary_arn: str | None
    """The Amazon Resource Name (ARN) of the custom vocabulary."""

    vocabulary_id: str | None
    """The identifier of the custom vocabulary."""

    state: str | None
    """The current state of the custom vocabulary."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.vocabulary_arn
        if value is None:
            errors.append(prefix + "vocabulary_arn: required but missing")
        else:
            path = prefix + "vocabulary_arn"
            _rt.check_str(errors, path, value)
        value = self.vocabulary_id
        if value is None:
            errors.append(prefix + "vocabulary_id: required but missing")
        else:
            path = prefix + "vocabulary_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.state
        if value is None:
            errors.append(prefix + "state: required but missing")
        else:
            path = prefix + "state"
            _rt.check_str(errors, path, value, enum=_VOCABULARY_STATE_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.vocabulary_arn is not None:
            result["VocabularyArn"] = self.vocabulary_arn
        if self.vocabulary_id is not None:
            result["VocabularyId"] = self.vocabulary_id
        if self.state is not None:
            result["State"] = self.state
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DeleteVocabularyResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DeleteVocabularyResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            vocabulary_arn=data.get("VocabularyArn"),
            vocabulary_id=data.get("VocabularyId"),
            state=data.get("State"),
        )


class _DeleteVocabularyResponseDraft:
    """A :class:`DeleteVocabularyResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "vocabulary_arn", "vocabulary_id", "state")
    http_status: int
    vocabulary_arn: str | None
    vocabulary_id: str | None
    state: str | None


def new_delete_vocabulary(
    instance_id: str,
    vocabulary_id: str,
) -> DeleteVocabulary:
    """Create a :class:`DeleteVocabulary` with all optional fields omitted."""
    return DeleteVocabulary(
        instance_id=instance_id,
        vocabulary_id=vocabulary_id,
    )


delete_vocabulary_instance_id = _rt.Lens[DeleteVocabulary, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "delete_vocabulary_instance_id",
)
"""Lens on :attr:`DeleteVocabulary.instance_id`."""


delete_vocabulary_vocabulary_id = _rt.Lens[DeleteVocabulary, str](
    lambda s: s.vocabulary_id,
    lambda s, v: _dc.replace(s, vocabulary_id=v),
    "delete_vocabulary_vocabulary_id",
)
"""Lens on :attr:`DeleteVocabulary.vocabulary_id`."""


def new_delete_vocabulary_response(
    http_status: int,
    vocabulary_arn: str,
    vocabulary_id: str,
    state: str,
) -> DeleteVocabularyResponse:
    """Create a :class:`DeleteVocabularyResponse` with all optional fields omitted."""
    return DeleteVocabularyResponse(
        http_status=http_status,
        vocabulary_arn=vocabulary_arn,
        vocabulary_id=vocabulary_id,
        state=state,
    )


delete_vocabulary_response_http_status = _rt.Lens[DeleteVocabularyResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "delete_vocabulary_response_http_status",
)
"""Lens on :attr:`DeleteVocabularyResponse.http_status`."""


delete_vocabulary_response_vocabulary_arn = _rt.Lens[
    DeleteVocabularyResponse, str | None
](
    lambda s: s.vocabulary_arn,
    lambda s, v: _dc.replace(s, vocabulary_arn=v),
    "delete_vocabulary_response_vocabulary_arn",
)
"""Lens on :attr:`DeleteVocabularyResponse.vocabulary_arn`."""


delete_vocabulary_response_vocabulary_id = _rt.Lens[
    DeleteVocabularyResponse, str | None
](
    lambda s: s.vocabulary_id,
    lambda s, v: _dc.replace(s, vocabulary_id=v),
    "delete_vocabulary_response_vocabulary_id",
)
"""Lens on :attr:`DeleteVocabularyResponse.vocabulary_id`."""


delete_vocabulary_response_state = _rt.Lens[DeleteVocabularyResponse, str | None](
    lambda s: s.state,
    lambda s, v: _dc.replace(s, state=v),
    "delete_vocabulary_response_state",
)
"""Lens on :attr:`DeleteVocabularyResponse.state`."""


def _serialize(request: DeleteVocabulary, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.vocabulary_id == "":
        raise _rt.ValidationError(
            ["vocabulary_id: a URI label must be set and not empty"]
        )
    path = (
        "/vocabulary-remove/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.vocabulary_id, "vocabulary_id")
    )
    query: list[tuple[str, str | None]] = []
    body = b""
    return _rt.HttpRequest(
        method="POST",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> DeleteVocabularyResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _DeleteVocabularyResponseDraft()
    draft.http_status = status
    try:
        draft.vocabulary_arn = (
            None
            if (value := data.get("VocabularyArn")) is None
            else (
                value if type(value) is str else _rt.expect_str(value, "VocabularyArn")
            )
        )
        draft.vocabulary_id = (
            None
            if (value := data.get("VocabularyId")) is None
            else (
                value if type(value) is str else _rt.expect_str(value, "VocabularyId")
            )
        )
        draft.state = (
            None
            if (value := data.get("State")) is None
            else (value if type(value) is str else _rt.expect_str(value, "State"))
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, DeleteVocabularyResponse)


OPERATION: _rt.Operation[DeleteVocabulary, DeleteVocabularyResponse] = _rt.Operation(
    "DeleteVocabulary",
    DeleteVocabulary,
    DeleteVocabularyResponse,
    (
        _errors.InvalidRequestException,
        _errors.ResourceNotFoundException,
        _errors.InternalServiceException,
        _errors.ThrottlingException,
        _errors.AccessDeniedException,
        _errors.ResourceInUseException,
    ),
    _serialize,
    _deserialize,
)
"""The DeleteVocabulary operation: its types, errors and wire codec."""
