"""The EvaluationFormLanguageConfiguration shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_EVALUATION_FORM_LANGUAGE_CODE_VALUES = frozenset(
    (
        "de-DE",
        "en-US",
        "es-ES",
        "fr-FR",
        "it-IT",
        "pt-BR",
        "ja-JP",
        "ko-KR",
        "zh-CN",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class EvaluationFormLanguageConfiguration:
    """Language configuration for an evaluation form.

    Fields:

    - ``form_language``: The language for the evaluation form.
    """

    form_language: str | None = None
    """The language for the evaluation form."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.form_language
        if value is not None:
            path = prefix + "form_language"
            _rt.check_str(
                errors, path, value, enum=_EVALUATION_FORM_LANGUAGE_CODE_VALUES
            )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.form_language is not None:
            result["FormLanguage"] = self.form_language
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> EvaluationFormLanguageConfiguration:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "EvaluationFormLanguageConfiguration"
        )
        return cls(
            form_language=data.get("FormLanguage"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.form_language is not None:
            data["FormLanguage"] = self.form_language
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> EvaluationFormLanguageConfiguration:
        draft = _EvaluationFormLanguageConfigurationDraft()
        try:
            draft.form_language = (
                None
                if (value := data.get("FormLanguage")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "FormLanguage")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _EvaluationFormLanguageConfigurationDraft:
    """A :class:`EvaluationFormLanguageConfiguration` being decoded (see ``_rt.seal``)."""

    __slots__ = ("form_language",)
    form_language: str | None


def new_evaluation_form_language_configuration() -> EvaluationFormLanguageConfiguration:
    """Create a :class:`EvaluationFormLanguageConfiguration` with all optional fields omitted."""
    return EvaluationFormLanguageConfiguration()


evaluation_form_language_configuration_form_language = _rt.Lens[
    EvaluationFormLanguageConfiguration, str | None
](
    lambda s: s.form_language,
    lambda s, v: _dc.replace(s, form_language=v),
    "evaluation_form_language_configuration_form_language",
)
"""Lens on :attr:`EvaluationFormLanguageConfiguration.form_language`."""
