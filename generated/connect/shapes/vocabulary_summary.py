"""The VocabularySummary shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt

_PATTERN_1 = _rt.Pattern(
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
_VOCABULARY_STATE_VALUES = frozenset(
    (
        "CREATION_IN_PROGRESS",
        "ACTIVE",
        "CREATION_FAILED",
        "DELETE_IN_PROGRESS",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class VocabularySummary:
    """Contains summary information about the custom vocabulary.

    Fields:

    - ``name``: A unique name of the custom vocabulary.
    - ``id``: The identifier of the custom vocabulary.
    - ``arn``: The Amazon Resource Name (ARN) of the custom vocabulary.
    - ``language_code``: The language code of the vocabulary entries.
    - ``state``: The current state of the custom vocabulary.
    - ``last_modified_time``: The timestamp when the custom vocabulary was last modified.
    - ``failure_reason``: The reason why the custom vocabulary was not created.
    """

    name: str | None
    """A unique name of the custom vocabulary."""

    id: str | None
    """The identifier of the custom vocabulary."""

    arn: str | None
    """The Amazon Resource Name (ARN) of the custom vocabulary."""

    language_code: str | None
    """The language code of the vocabulary entries. For a list of languages and
    their corresponding language codes, see `What is Amazon Transcribe?
    <https://docs.aws.amazon.com/transcribe/latest/dg/transcribe-whatis.html>`__
    """

    state: str | None
    """The current state of the custom vocabulary."""

    last_modified_time: _dt.datetime | None
    """The timestamp when the custom vocabulary was last modified."""

    failure_reason: str | None = None
    """The reason why the custom vocabulary was not created."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.name
        if value is None:
            errors.append(prefix + "name: required but missing")
        else:
            path = prefix + "name"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=140, pattern=_PATTERN_1
            )
        value = self.id
        if value is None:
            errors.append(prefix + "id: required but missing")
        else:
            path = prefix + "id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.arn
        if value is None:
            errors.append(prefix + "arn: required but missing")
        else:
            path = prefix + "arn"
            _rt.check_str(errors, path, value)
        value = self.language_code
        if value is None:
            errors.append(prefix + "language_code: required but missing")
        else:
            path = prefix + "language_code"
            _rt.check_str(errors, path, value, enum=_VOCABULARY_LANGUAGE_CODE_VALUES)
        value = self.state
        if value is None:
            errors.append(prefix + "state: required but missing")
        else:
            path = prefix + "state"
            _rt.check_str(errors, path, value, enum=_VOCABULARY_STATE_VALUES)
        value = self.last_modified_time
        if value is None:
            errors.append(prefix + "last_modified_time: required but missing")
        else:
            path = prefix + "last_modified_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.failure_reason
        if value is not None:
            path = prefix + "failure_reason"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.name is not None:
            result["Name"] = self.name
        if self.id is not None:
            result["Id"] = self.id
        if self.arn is not None:
            result["Arn"] = self.arn
        if self.language_code is not None:
            result["LanguageCode"] = self.language_code
        if self.state is not None:
            result["State"] = self.state
        if self.last_modified_time is not None:
            result["LastModifiedTime"] = self.last_modified_time
        if self.failure_reason is not None:
            result["FailureReason"] = self.failure_reason
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> VocabularySummary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "VocabularySummary")
        return cls(
            name=data.get("Name"),
            id=data.get("Id"),
            arn=data.get("Arn"),
            language_code=data.get("LanguageCode"),
            state=data.get("State"),
            last_modified_time=data.get("LastModifiedTime"),
            failure_reason=data.get("FailureReason"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> VocabularySummary:
        draft = _VocabularySummaryDraft()
        try:
            draft.name = (
                None
                if (value := data.get("Name")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Name"))
            )
            draft.id = (
                None
                if (value := data.get("Id")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Id"))
            )
            draft.arn = (
                None
                if (value := data.get("Arn")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Arn"))
            )
            draft.language_code = (
                None
                if (value := data.get("LanguageCode")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "LanguageCode")
                )
            )
            draft.state = (
                None
                if (value := data.get("State")) is None
                else (value if type(value) is str else _rt.expect_str(value, "State"))
            )
            draft.last_modified_time = (
                None
                if (value := data.get("LastModifiedTime")) is None
                else _rt.parse_timestamp(value, "LastModifiedTime")
            )
            draft.failure_reason = (
                None
                if (value := data.get("FailureReason")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "FailureReason")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _VocabularySummaryDraft:
    """A :class:`VocabularySummary` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "name",
        "id",
        "arn",
        "language_code",
        "state",
        "last_modified_time",
        "failure_reason",
    )
    name: str | None
    id: str | None
    arn: str | None
    language_code: str | None
    state: str | None
    last_modified_time: _dt.datetime | None
    failure_reason: str | None


def new_vocabulary_summary(
    name: str,
    id: str,
    arn: str,
    language_code: str,
    state: str,
    last_modified_time: _dt.datetime,
) -> VocabularySummary:
    """Create a :class:`VocabularySummary` with all optional fields omitted."""
    return VocabularySummary(
        name=name,
        id=id,
        arn=arn,
        language_code=language_code,
        state=state,
        last_modified_time=last_modified_time,
    )


vocabulary_summary_name = _rt.Lens[VocabularySummary, str | None](
    lambda s: s.name,
    lambda s, v: _dc.replace(s, name=v),
    "vocabulary_summary_name",
)
"""Lens on :attr:`VocabularySummary.name`."""


vocabulary_summary_id = _rt.Lens[VocabularySummary, str | None](
    lambda s: s.id,
    lambda s, v: _dc.replace(s, id=v),
    "vocabulary_summary_id",
)
"""Lens on :attr:`VocabularySummary.id`."""


vocabulary_summary_arn = _rt.Lens[VocabularySummary, str | None](
    lambda s: s.arn,
    lambda s, v: _dc.replace(s, arn=v),
    "vocabulary_summary_arn",
)
"""Lens on :attr:`VocabularySummary.arn`."""


vocabulary_summary_language_code = _rt.Lens[VocabularySummary, str | None](
    lambda s: s.language_code,
    lambda s, v: _dc.replace(s, language_code=v),
    "vocabulary_summary_language_code",
)
"""Lens on :attr:`VocabularySummary.language_code`."""


vocabulary_summary_state = _rt.Lens[VocabularySummary, str | None](
    lambda s: s.state,
    lambda s, v: _dc.replace(s, state=v),
    "vocabulary_summary_state",
)
"""Lens on :attr:`VocabularySummary.state`."""


vocabulary_summary_last_modified_time = _rt.Lens[
    VocabularySummary, _dt.datetime | None
](
    lambda s: s.last_modified_time,
    lambda s, v: _dc.replace(s, last_modified_time=v),
    "vocabulary_summary_last_modified_time",
)
"""Lens on :attr:`VocabularySummary.last_modified_time`."""


vocabulary_summary_failure_reason = _rt.Lens[VocabularySummary, str | None](
    lambda s: s.failure_reason,
    lambda s, v: _dc.replace(s, failure_reason=v),
    "vocabulary_summary_failure_reason",
)
"""Lens on :attr:`VocabularySummary.failure_reason`."""
