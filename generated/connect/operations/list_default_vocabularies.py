"""Lists the default vocabularies for the specified Connect Customer instance."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.default_vocabulary import DefaultVocabulary

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
_PATTERN_1 = _rt.Pattern(
    ".*\\S.*",
    "(?a)[^\\n\\r\\x85\\u2028\\u2029]*\\S[^\\n\\r\\x85\\u2028\\u2029]*",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListDefaultVocabularies:
    """Lists the default vocabularies for the specified Connect Customer
    instance.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``language_code``: The language code of the vocabulary entries.
    - ``max_results``: The maximum number of results to return per page.
    - ``next_token``: The token for the next set of results.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    language_code: str | None = None
    """The language code of the vocabulary entries. For a list of languages and
    their corresponding language codes, see `What is Amazon Transcribe?
    <https://docs.aws.amazon.com/transcribe/latest/dg/transcribe-whatis.html>`__
    """

    max_results: int | None = None
    """The maximum number of results to return per page."""

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
        value = self.language_code
        if value is not None:
            path = prefix + "language_code"
            _rt.check_str(errors, path, value, enum=_VOCABULARY_LANGUAGE_CODE_VALUES)
        value = self.max_results
        if value is not None:
            path = prefix + "max_results"
            _rt.check_number(errors, path, value, True, minimum=1, maximum=100)
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=131070, pattern=_PATTERN_1
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        if self.language_code is not None:
            result["LanguageCode"] = self.language_code
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListDefaultVocabularies:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListDefaultVocabularies")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            language_code=data.get("LanguageCode"),
            max_results=data.get("MaxResults"),
            next_token=data.get("NextToken"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ListDefaultVocabulariesResponse:
    """The response of ListDefaultVocabularies.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``default_vocabulary_list``: A list of default vocabularies.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    """

    http_status: int
    """The HTTP status code of the response."""

    default_vocabulary_list: list[DefaultVocabulary] | None
    """A list of default vocabularies."""

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
        value = self.default_vocabulary_list
        if value is None:
            errors.append(prefix + "default_vocabulary_list: required but missing")
        else:
            path = prefix + "default_vocabulary_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, DefaultVocabulary):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected DefaultVocabulary, got {type(v1).__name__}"
                            )
        value = self.next_token
        if value is not None:
            path = prefix + "next_token"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=131070, pattern=_PATTERN_1
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["ResponseMetadata"] = {"HTTPStatusCode": self.http_status}
        if self.default_vocabulary_list is not None:
            result["DefaultVocabularyList"] = [
                v1.to_dict() for v1 in self.default_vocabulary_list
            ]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ListDefaultVocabulariesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ListDefaultVocabulariesResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            default_vocabulary_list=(
                None
                if (value := data.get("DefaultVocabularyList")) is None
                else [
                    DefaultVocabulary.from_dict(
                        v1, path=path + "DefaultVocabularyList" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "DefaultVocabularyList")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _ListDefaultVocabulariesResponseDraft:
    """A :class:`ListDefaultVocabulariesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "default_vocabulary_list", "next_token")
    http_status: int
    default_vocabulary_list: list[DefaultVocabulary] | None
    next_token: str | None


def new_list_default_vocabularies(
    instance_id: str,
) -> ListDefaultVocabularies:
    """Create a :class:`ListDefaultVocabularies` with all optional fields omitted."""
    return ListDefaultVocabularies(
        instance_id=instance_id,
    )


list_default_vocabularies_instance_id = _rt.Lens[ListDefaultVocabularies, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "list_default_vocabularies_instance_id",
)
"""Lens on :attr:`ListDefaultVocabularies.instance_id`."""


list_default_vocabularies_language_code = _rt.Lens[ListDefaultVocabularies, str | None](
    lambda s: s.language_code,
    lambda s, v: _dc.replace(s, language_code=v),
    "list_default_vocabularies_language_code",
)
"""Lens on :attr:`ListDefaultVocabularies.language_code`."""


list_default_vocabularies_max_results = _rt.Lens[ListDefaultVocabularies, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "list_default_vocabularies_max_results",
)
"""Lens on :attr:`ListDefaultVocabularies.max_results`."""


list_default_vocabularies_next_token = _rt.Lens[ListDefaultVocabularies, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_default_vocabularies_next_token",
)
"""Lens on :attr:`ListDefaultVocabularies.next_token`."""


def new_list_default_vocabularies_response(
    http_status: int,
    default_vocabulary_list: list[DefaultVocabulary],
) -> ListDefaultVocabulariesResponse:
    """Create a :class:`ListDefaultVocabulariesResponse` with all optional fields omitted."""
    return ListDefaultVocabulariesResponse(
        http_status=http_status,
        default_vocabulary_list=default_vocabulary_list,
    )


list_default_vocabularies_response_http_status = _rt.Lens[
    ListDefaultVocabulariesResponse, int
](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "list_default_vocabularies_response_http_status",
)
"""Lens on :attr:`ListDefaultVocabulariesResponse.http_status`."""


list_default_vocabularies_response_default_vocabulary_list = _rt.Lens[
    ListDefaultVocabulariesResponse, list[DefaultVocabulary] | None
](
    lambda s: s.default_vocabulary_list,
    lambda s, v: _dc.replace(s, default_vocabulary_list=v),
    "list_default_vocabularies_response_default_vocabulary_list",
)
"""Lens on :attr:`ListDefaultVocabulariesResponse.default_vocabulary_list`."""


list_default_vocabularies_response_next_token = _rt.Lens[
    ListDefaultVocabulariesResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "list_default_vocabularies_response_next_token",
)
"""Lens on :attr:`ListDefaultVocabulariesResponse.next_token`."""


def _serialize(
    request: ListDefaultVocabularies, validate: bool = True
) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = "/default-vocabulary-summary/" + _rt.quote_label(
        request.instance_id, "instance_id"
    )
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    if request.language_code is not None:
        data["LanguageCode"] = request.language_code
    if request.max_results is not None:
        data["MaxResults"] = request.max_results
    if request.next_token is not None:
        data["NextToken"] = request.next_token
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
) -> ListDefaultVocabulariesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _ListDefaultVocabulariesResponseDraft()
    draft.http_status = status
    try:
        draft.default_vocabulary_list = (
            None
            if (value := data.get("DefaultVocabularyList")) is None
            else [
                DefaultVocabulary._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "DefaultVocabularyList")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "DefaultVocabularyList")
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
    return _rt.seal(draft, ListDefaultVocabulariesResponse)


OPERATION: _rt.Operation[ListDefaultVocabularies, ListDefaultVocabulariesResponse] = (
    _rt.Operation(
        "ListDefaultVocabularies",
        ListDefaultVocabularies,
        ListDefaultVocabulariesResponse,
        (
            _errors.InvalidRequestException,
            _errors.InternalServiceException,
            _errors.ThrottlingException,
            _errors.AccessDeniedException,
        ),
        _serialize,
        _deserialize,
    )
)
"""The ListDefaultVocabularies operation: its types, errors and wire codec."""
