"""Describes the specified vocabulary."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.vocabulary import Vocabulary


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeVocabulary:
    """Describes the specified vocabulary.

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
    ) -> DescribeVocabulary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeVocabulary")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            vocabulary_id=_rt.required(data, "VocabularyId", path),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DescribeVocabularyResponse:
    """The response of DescribeVocabulary.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``vocabulary``: A list of specific words that you want Contact Lens for Connect Customer to recognize in your audio input.
    """

    http_status: int
    """The HTTP status code of the response."""

    vocabulary: Vocabulary | None
    """A list of specific words that you want Contact Lens for Connect Customer
    to recognize in your audio input. They are generally domain-specific
    words and phrases, words that Contact Lens is not recognizing, or proper
    nouns.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.vocabulary
        if value is None:
            errors.append(prefix + "vocabulary: required but missing")
        else:
            path = prefix + "vocabulary"
            if isinstance(value, Vocabulary):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected Vocabulary, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.vocabulary is not None:
            result["Vocabulary"] = self.vocabulary.to_dict()
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DescribeVocabularyResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DescribeVocabularyResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            vocabulary=(
                None
                if (value := data.get("Vocabulary")) is None
                else Vocabulary.from_dict(value, path=path + "Vocabulary" + ".")
            ),
        )


class _DescribeVocabularyResponseDraft:
    """A :class:`DescribeVocabularyResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "vocabulary")
    http_status: int
    vocabulary: Vocabulary | None


def new_describe_vocabulary(
    instance_id: str,
    vocabulary_id: str,
) -> DescribeVocabulary:
    """Create a :class:`DescribeVocabulary` with all optional fields omitted."""
    return DescribeVocabulary(
        instance_id=instance_id,
        vocabulary_id=vocabulary_id,
    )


describe_vocabulary_instance_id = _rt.Lens[DescribeVocabulary, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "describe_vocabulary_instance_id",
)
"""Lens on :attr:`DescribeVocabulary.instance_id`."""


describe_vocabulary_vocabulary_id = _rt.Lens[DescribeVocabulary, str](
    lambda s: s.vocabulary_id,
    lambda s, v: _dc.replace(s, vocabulary_id=v),
    "describe_vocabulary_vocabulary_id",
)
"""Lens on :attr:`DescribeVocabulary.vocabulary_id`."""


def new_describe_vocabulary_response(
    http_status: int,
    vocabulary: Vocabulary,
) -> DescribeVocabularyResponse:
    """Create a :class:`DescribeVocabularyResponse` with all optional fields omitted."""
    return DescribeVocabularyResponse(
        http_status=http_status,
        vocabulary=vocabulary,
    )


describe_vocabulary_response_http_status = _rt.Lens[DescribeVocabularyResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "describe_vocabulary_response_http_status",
)
"""Lens on :attr:`DescribeVocabularyResponse.http_status`."""


describe_vocabulary_response_vocabulary = _rt.Lens[
    DescribeVocabularyResponse, Vocabulary | None
](
    lambda s: s.vocabulary,
    lambda s, v: _dc.replace(s, vocabulary=v),
    "describe_vocabulary_response_vocabulary",
)
"""Lens on :attr:`DescribeVocabularyResponse.vocabulary`."""


def _serialize(request: DescribeVocabulary, validate: bool = True) -> _rt.HttpRequest:
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
        "/vocabulary/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.vocabulary_id, "vocabulary_id")
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
) -> DescribeVocabularyResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _DescribeVocabularyResponseDraft()
    draft.http_status = status
    try:
        draft.vocabulary = (
            None
            if (value := data.get("Vocabulary")) is None
            else Vocabulary._from_json(
                (
                    value
                    if type(value) is _rt.JSON_OBJECT
                    else _rt.expect_object(value, "Vocabulary")
                )
            )
        )
    except _rt.WireTypeError as exc:
        raise _rt.DeserializationError(
            exc.inside(data).message(),
            http_status=status,
            body=body,
        ) from None
    return _rt.seal(draft, DescribeVocabularyResponse)


OPERATION: _rt.Operation[DescribeVocabulary, DescribeVocabularyResponse] = (
    _rt.Operation(
        "DescribeVocabulary",
        DescribeVocabulary,
        DescribeVocabularyResponse,
        (
            _errors.InvalidRequestException,
            _errors.ResourceNotFoundException,
            _errors.InternalServiceException,
            _errors.ThrottlingException,
            _errors.AccessDeniedException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The DescribeVocabulary operation: its types, errors and wire codec."""
