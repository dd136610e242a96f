"""Associates an existing vocabulary as the default."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt

_VOCABULARY_LANGUAGE_CODE_VALUES = frozenset(
    (
        "ar-AE",
        "de-CH",
        "de-DE",
        "en-AB",
        "en-AU",
        "en-GB",
        "en-IE",
        "en-IN",
        "en-US",
        "en-WL",
        "es-ES",
        "es-US",
        "fr-CA",
        "fr-FR",
        "hi-IN",
        "it-IT",
        "ja-JP",
        "ko-KR",
        "pt-BR",
        "pt-PT",
        "zh-CN",
        "en-NZ",
        "en-ZA",
        "ca-ES",
        "da-DK",
        "fi-FI",
        "id-ID",
        "ms-MY",
        "nl-NL",
        "no-NO",
        "pl-PL",
        "sv-SE",
        "tl-PH",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AssociateDefaultVocabulary:
    """Associates an existing vocabulary as the default. Contact Lens for
    Connect Customer uses the vocabulary in post-call and real-time analysis
    sessions for the given language.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``language_code``: The language code of the vocabulary entries.
    - ``vocabulary_id``: The identifier of the custom vocabulary.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    language_code: str
    """The language code of the vocabulary entries. For a list of languages and
    their corresponding language codes, see `What is Amazon Transcribe?
    <https://docs.aws.amazon.com/transcribe/latest/dg/transcribe-whatis.html>`__
    """

    vocabulary_id: str | None = None
    """The identifier of the custom vocabulary. If this is empty, the default
    is set to none.
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
        value = self.language_code
        if value is None:
            errors.append(prefix + "language_code: required but missing")
        else:
            path = prefix + "language_code"
            _rt.check_str(errors, path, value, enum=_VOCABULARY_LANGUAGE_CODE_VALUES)
        value = self.vocabulary_id
        if value is not None:
            path = prefix + "vocabulary_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        result["LanguageCode"] = self.language_code
        if self.vocabulary_id is not None:
            result["VocabularyId"] = self.vocabulary_id
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AssociateDefaultVocabulary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AssociateDefaultVocabulary")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            language_code=_rt.required(data, "LanguageCode", path),
            vocabulary_id=data.get("VocabularyId"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AssociateDefaultVocabularyResponse:
    """The response of AssociateDefaultVocabulary.

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
    ) -> AssociateDefaultVocabularyResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "AssociateDefaultVocabularyResponse"
        )
        return cls(
            http_status=_rt.response_status(data, path),
        )


class _AssociateDefaultVocabularyResponseDraft:
    """A :class:`AssociateDefaultVocabularyResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status",)
    http_status: int


def new_associate_default_vocabulary(
    instance_id: str,
    language_code: str,
) -> AssociateDefaultVocabulary:
    """Create a :class:`AssociateDefaultVocabulary` with all optional fields omitted."""
    return AssociateDefaultVocabulary(
        instance_id=instance_id,
        language_code=language_code,
    )


associate_default_vocabulary_instance_id = _rt.Lens[AssociateDefaultVocabulary, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "associate_default_vocabulary_instance_id",
)
"""Lens on :attr:`AssociateDefaultVocabulary.instance_id`."""


associate_default_vocabulary_language_code = _rt.Lens[AssociateDefaultVocabulary, str](
    lambda s: s.language_code,
    lambda s, v: _dc.replace(s, language_code=v),
    "associate_default_vocabulary_language_code",
)
"""Lens on :attr:`AssociateDefaultVocabulary.language_code`."""


associate_default_vocabulary_vocabulary_id = _rt.Lens[
    AssociateDefaultVocabulary, str | None
](
    lambda s: s.vocabulary_id,
    lambda s, v: _dc.replace(s, vocabulary_id=v),
    "associate_default_vocabulary_vocabulary_id",
)
"""Lens on :attr:`AssociateDefaultVocabulary.vocabulary_id`."""


def new_associate_default_vocabulary_response(
    http_status: int,
) -> AssociateDefaultVocabularyResponse:
    """Create a :class:`AssociateDefaultVocabularyResponse` with all optional fields omitted."""
    return AssociateDefaultVocabularyResponse(
        http_status=http_status,
    )


associate_default_vocabulary_response_http_status = _rt.Lens[
    AssociateDefaultVocabularyResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "associate_default_vocabulary_response_http_status",
)
"""Lens on :attr:`AssociateDefaultVocabularyResponse.http_status`."""


def _serialize(
    request: AssociateDefaultVocabulary, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    if request.language_code == "":
        raise _rt.ValidationError(
            ["language_code: a URI label must be set and not empty"]
        )
    path = (
        "/default-vocabulary/"
        + _rt.quote_label(request.instance_id, "instance_id")
        + "/"
        + _rt.quote_label(request.language_code, "language_code")
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    if request.vocabulary_id is not None:
        data["VocabularyId"] = request.vocabulary_id
    body = _rt.dumps(data)
    headers["Content-Type"] = "application/json"
    return _rt.HttpRequest(
        method="PUT",
        path=path,
        query=query,
        headers=headers,
        body=body,
    )


def _deserialize(
    status: int, headers: _t.Mapping[str, str], body: bytes
) -> AssociateDefaultVocabularyResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    draft = _AssociateDefaultVocabularyResponseDraft()
    draft.http_status = status
    return _rt.seal(draft, AssociateDefaultVocabularyResponse)


OPERATION: _rt.Operation[
    AssociateDefaultVocabulary, AssociateDefaultVocabularyResponse
] = _rt.Operation(
    "AssociateDefaultVocabulary",
    AssociateDefaultVocabulary,
    AssociateDefaultVocabularyResponse,
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
"""The AssociateDefaultVocabulary operation: its types, errors and wire codec."""
