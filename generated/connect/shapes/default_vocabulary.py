"""The DefaultVocabulary shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

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
_PATTERN_1 = _rt.Pattern(
    "^[0-9a-zA-Z._-]+",
    "^[0-9a-zA-Z._-]+",
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DefaultVocabulary:
    """Contains information about a default vocabulary.

    Fields:

    - ``instance_id``: The identifier of the Connect Customer instance.
    - ``language_code``: The language code of the vocabulary entries.
    - ``vocabulary_id``: The identifier of the custom vocabulary.
    - ``vocabulary_name``: A unique name of the custom vocabulary.
    """

    instance_id: str | None
    """The identifier of the Connect Customer instance. You can `find the
    instance ID
    <https://docs.aws.amazon.com/connect/latest/adminguide/find-instance-arn.html>`__
    in the Amazon Resource Name (ARN) of the instance.
    """

    language_code: str | None
    """The language code of the vocabulary entries. For a list of languages and
    their corresponding language codes, see `What is Amazon Transcribe?
    <https://docs.aws.amazon.com/transcribe/latest/dg/transcribe-whatis.html>`__
    """

    vocabulary_id: str | None
    """The identifier of the custom vocabulary."""

    vocabulary_name: str | None
    """A unique name of the custom vocabulary."""

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
        if value is None:
            errors.append(prefix + "vocabulary_id: required but missing")
        else:
            path = prefix + "vocabulary_id"
            _rt.check_str(errors, path, value, min_len=1, max_len=500)
        value = self.vocabulary_name
        if value is None:
            errors.append(prefix + "vocabulary_name: required but missing")
        else:
            path = prefix + "vocabulary_name"
            _rt.check_str(
                errors, path, value, min_len=1, max_len=140, pattern=_PATTERN_1
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.instance_id is not None:
            result["InstanceId"] = self.instance_id
        if self.language_code is not None:
            result["LanguageCode"] = self.language_code
        if self.vocabulary_id is not None:
            result["VocabularyId"] = self.vocabulary_id
        if self.vocabulary_name is not None:
            result["VocabularyName"] = self.vocabulary_name
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DefaultVocabulary:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DefaultVocabulary")
        return cls(
            instance_id=data.get("InstanceId"),
            language_code=data.get("LanguageCode"),
            vocabulary_id=data.get("VocabularyId"),
            vocabulary_name=data.get("VocabularyName"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> DefaultVocabulary:
        draft = _DefaultVocabularyDraft()
        try:
            draft.instance_id = (
                None
                if (value := data.get("InstanceId")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "InstanceId")
                )
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
            draft.vocabulary_id = (
                None
                if (value := data.get("VocabularyId")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "VocabularyId")
                )
            )
            draft.vocabulary_name = (
                None
                if (value := data.get("VocabularyName")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "VocabularyName")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _DefaultVocabularyDraft:
    """A :class:`DefaultVocabulary` being decoded (see ``_rt.seal``)."""

    __slots__ = ("instance_id", "language_code", "vocabulary_id", "vocabulary_name")
    instance_id: str | None
    language_code: str | None
    vocabulary_id: str | None
    vocabulary_name: str | None


def new_default_vocabulary(
    instance_id: str,
    language_code: str,
    vocabulary_id: str,
    vocabulary_name: str,
) -> DefaultVocabulary:
    """Create a :class:`DefaultVocabulary` with all optional fields omitted."""
    return DefaultVocabulary(
        instance_id=instance_id,
        language_code=language_code,
        vocabulary_id=vocabulary_id,
        vocabulary_name=vocabulary_name,
    )


default_vocabulary_instance_id = _rt.Lens[DefaultVocabulary, str | None](
    lambda s: s.instance_id,
    lambda s, v: _dc.replace(s, instance_id=v),
    "default_vocabulary_instance_id",
)
"""Lens on :attr:`DefaultVocabulary.instance_id`."""


default_vocabulary_language_code = _rt.Lens[DefaultVocabulary, str | None](
    lambda s: s.language_code,
    lambda s, v: _dc.replace(s, language_code=v),
    "default_vocabulary_language_code",
)
"""Lens on :attr:`DefaultVocabulary.language_code`."""


default_vocabulary_vocabulary_id = _rt.Lens[DefaultVocabulary, str | None](
    lambda s: s.vocabulary_id,
    lambda s, v: _dc.replace(s, vocabulary_id=v),
    "default_vocabulary_vocabulary_id",
)
"""Lens on :attr:`DefaultVocabulary.vocabulary_id`."""


default_vocabulary_vocabulary_name = _rt.Lens[DefaultVocabulary, str | None](
    lambda s: s.vocabulary_name,
    lambda s, v: _dc.replace(s, vocabulary_name=v),
    "default_vocabulary_vocabulary_name",
)
"""Lens on :attr:`DefaultVocabulary.vocabulary_name`."""
