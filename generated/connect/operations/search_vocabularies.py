"""Searches for vocabularies within a specific Connect Customer instance using ``State``, ``NameStartsWith``, and ``LanguageCode``."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from .. import errors as _errors
from ..._runtime import restjson as _rt
from ..shapes.vocabulary_summary import VocabularySummary

_PATTERN_1 = _rt.Pattern(
    ".*\\S.*",
    "(?a)[^\\n\\r\\x85\\u2028\\u2029]*\\S[^\\n\\r\\x85\\u2028\\u2029]*",
)
_VOCABULARY_STATE_VALUES = frozenset(
    (
        "CREATION_IN_PROGRESS",
        "ACTIVE",
        "CREATION_FAILED",
        "DELETE_IN_PROGRESS",
    )
)
_PATTERN_2 = _rt.Pattern(
    "^[0-9a-zA-Z._-]+",
    "^[0-9a-zA-Z._-]+",
)
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
class SearchVocabularies:
    """Searches for vocabularies within a specific Connect Customer instance
    using ``State``, ``NameStartsWith``, and ``LanguageCode``.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``max_results``: The maximum number of results to return per page.
    - ``next_token``: The token for the next set of results.
    - ``state``: The current state of the custom vocabulary.
    - ``name_starts_with``: The starting pattern of the name of the vocabulary.
    - ``language_code``: The language code of the vocabulary entries.
    """

    instance_id: str
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    max_results: int | None = None
    """The maximum number of results to return per page."""

    next_token: str | None = None
    """The token for the next set of results. Use the value returned in the
    previous response in the next request to retrieve the next set of
    results.
    """

    state: str | None = None
    """The current state of the custom vocabulary."""

    name_starts_with: str | None = None
    """The starting pattern of the name of the vocabulary."""

    language_code: str | None = None
    """The language code of the vocabulary entries. For a list of languages and
    their corresponding language codes, see `What is Amazon Transcribe?
    <https://docs.aws.amazon.com/transcribe/latest/dg/transcribe-whatis.html>`__
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
            _rt.check_str(
                errors, path, value, min_len=1, max_len=131070, pattern=_PATTERN_1
            )
        value = self.state
        if value is not None:
            path = prefix + "state"
            _rt.check_str(errors, path, value, enum=_VOCABULARY_STATE_VALUES)
        value = self.name_starts_with
        if value is not None:
            path = prefix + "name_starts_with"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=140, pattern=_PATTERN_2
            )
        value = self.language_code
        if value is not None:
            path = prefix + "language_code"
            _rt.check_str(errors, path, value, enum=_VOCABULARY_LANGUAGE_CODE_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        result["InstanceId"] = self.instance_id
        if self.max_results is not None:
            result["MaxResults"] = self.max_results
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        if self.state is not None:
            result["State"] = self.state
        if self.name_starts_with is not None:
            result["NameStartsWith"] = self.name_starts_with
        if self.language_code is not None:
            result["LanguageCode"] = self.language_code
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SearchVocabularies:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchVocabularies")
        return cls(
            instance_id=_rt.required(data, "InstanceId", path),
            max_results=data.get("MaxResults"),
            next_token=data.get("NextToken"),
            state=data.get("State"),
            name_starts_with=data.get("NameStartsWith"),
            language_code=data.get("LanguageCode"),
        )


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class SearchVocabulariesResponse:
    """The response of SearchVocabularies.

    Fields:

    - ``http_status``: The HTTP status code of the response.
    - ``vocabulary_summary_list``: The list of the available custom vocabularies.
    - ``next_token``: If there are additional results, this is the token for the next set of results.
    """

    http_status: int
    """The HTTP status code of the response."""

    vocabulary_summary_list: list[VocabularySummary] | None = None
    """The list of the available custom vocabularies."""

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
        value = self.vocabulary_summary_list
        if value is not None:
            path = prefix + "vocabulary_summary_list"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, VocabularySummary):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected VocabularySummary, got {type(v1).__name__}"
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
        if self.vocabulary_summary_list is not None:
            result["VocabularySummaryList"] = [
                v1.to_dict() for v1 in self.vocabulary_summary_list
            ]
        if self.next_token is not None:
            result["NextToken"] = self.next_token
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> SearchVocabulariesResponse:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "SearchVocabulariesResponse")
        return cls(
            http_status=_rt.response_status(data, path),
            vocabulary_summary_list=(
                None
                if (value := data.get("VocabularySummaryList")) is None
                else [
                    VocabularySummary.from_dict(
                        v1, path=path + "VocabularySummaryList" + f"[{i1}]" + "."
                    )
                    for i1, v1 in enumerate(
                        _rt.expect_sequence(value, path + "VocabularySummaryList")
                    )
                ]
            ),
            next_token=data.get("NextToken"),
        )


class _SearchVocabulariesResponseDraft:
    """A :class:`SearchVocabulariesResponse` being decoded (see ``_rt.seal``)."""

    __slots__ = ("http_status", "vocabulary_summary_list", "next_token")
    http_status: int
    vocabulary_summary_list: list[VocabularySummary] | None
    next_token: str | None


def new_search_vocabularies(
    instance_id: str,
) -> SearchVocabularies:
    """Create a :class:`SearchVocabularies` with all optional fields omitted."""
    return SearchVocabularies(
        instance_id=instance_id,
    )


search_vocabularies_instance_id = _rt.Lens[SearchVocabularies, str](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "search_vocabularies_instance_id",
)
"""Lens on :attr:`SearchVocabularies.instance_id`."""


search_vocabularies_max_results = _rt.Lens[SearchVocabularies, int | None](
    lambda s: s.max_results,
    lambda s, v: _dc.replace(s, max_results=v),
    "search_vocabularies_max_results",
)
"""Lens on :attr:`SearchVocabularies.max_results`."""


search_vocabularies_next_token = _rt.Lens[SearchVocabularies, str | None](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "search_vocabularies_next_token",
)
"""Lens on :attr:`SearchVocabularies.next_token`."""


search_vocabularies_state = _rt.Lens[SearchVocabularies, str | None](
    lambda s: s.state,
    lambda s, v: _dc.replace(s, state=v),
    "search_vocabularies_state",
)
"""Lens on :attr:`SearchVocabularies.state`."""


search_vocabularies_name_starts_with = _rt.Lens[SearchVocabularies, str | None](
    lambda s: s.name_starts_with,
    lambda s, v: _dc.replace(s, name_starts_with=v),
    "search_vocabularies_name_starts_with",
)
"""Lens on :attr:`SearchVocabularies.name_starts_with`."""


search_vocabularies_language_code = _rt.Lens[SearchVocabularies, str | None](
    lambda s: s.language_code,
    lambda s, v: _dc.replace(s, language_code=v),
    "search_vocabularies_language_code",
)
"""Lens on :attr:`SearchVocabularies.language_code`."""


def new_search_vocabularies_response(
    http_status: int,
) -> SearchVocabulariesResponse:
    """Create a :class:`SearchVocabulariesResponse` with all optional fields omitted."""
    return SearchVocabulariesResponse(
        http_status=http_status,
    )


search_vocabularies_response_http_status = _rt.Lens[SearchVocabulariesResponse, int](
    lambda s: s.http_status,
    lambda s, v: _dc.replace(s, http_status=v),
    "search_vocabularies_response_http_status",
)
"""Lens on :attr:`SearchVocabulariesResponse.http_status`."""


search_vocabularies_response_vocabulary_summary_list = _rt.Lens[
    SearchVocabulariesResponse, list[VocabularySummary] | None
](
    lambda s: s.vocabulary_summary_list,
    lambda s, v: _dc.replace(s, vocabulary_summary_list=v),
    "search_vocabularies_response_vocabulary_summary_list",
)
"""Lens on :attr:`SearchVocabulariesResponse.vocabulary_summary_list`."""


search_vocabularies_response_next_token = _rt.Lens[
    SearchVocabulariesResponse, str | None
](
    lambda s: s.next_token,
    lambda s, v: _dc.replace(s, next_token=v),
    "search_vocabularies_response_next_token",
)
"""Lens on :attr:`SearchVocabulariesResponse.next_token`."""


def _serialize(request: SearchVocabularies, validate: bool = True) -> _rt.HttpRequest:
    if validate:
        request.validate()
    headers: dict[str, str] = {}
    if request.instance_id == "":
        raise _rt.ValidationError(
            ["instance_id: a URI label must be set and not empty"]
        )
    path = "/vocabulary-summary/" + _rt.quote_label(request.instance_id, "instance_id")
    query: list[tuple[str, str | None]] = []
    data: dict[str, _t.Any] = {}
    if request.max_results is not None:
        data["MaxResults"] = request.max_results
    if request.next_token is not None:
        data["NextToken"] = request.next_token
    if request.state is not None:
        data["State"] = request.state
    if request.name_starts_with is not None:
        data["NameStartsWith"] = request.name_starts_with
    if request.language_code is not None:
        data["LanguageCode"] = request.language_code
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
) -> SearchVocabulariesResponse:
    if not 200 <= status < 300:
        raise _errors.error_from_response(status, headers, body)
    data = _rt.read_json_body(status, body)
    draft = _SearchVocabulariesResponseDraft()
    draft.http_status = status
    try:
        draft.vocabulary_summary_list = (
            None
            if (value := data.get("VocabularySummaryList")) is None
            else [
                VocabularySummary._from_json(
                    (
                        v1
                        if type(v1) is _rt.JSON_OBJECT
                        else _rt.expect_object(v1, "VocabularySummaryList")
                    )
                )
                for v1 in (
                    value
                    if type(value) is _rt.JSON_ARRAY
                    else _rt.expect_list(value, "VocabularySummaryList")
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
    return _rt.seal(draft, SearchVocabulariesResponse)


OPERATION: _rt.Operation[SearchVocabularies, SearchVocabulariesResponse] = (
    _rt.Operation(
        "SearchVocabularies",
        SearchVocabularies,
        SearchVocabulariesResponse,
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
"""The SearchVocabularies operation: its types, errors and wire codec."""
