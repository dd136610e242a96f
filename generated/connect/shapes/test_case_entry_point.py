"""The TestCaseEntryPoint shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt
from ..shapes.chat_entry_point_parameters import ChatEntryPointParameters
from ..shapes.voice_call_entry_point_parameters import VoiceCallEntryPointParameters

_TEST_CASE_ENTRY_POINT_TYPE_VALUES = frozenset(
    (
        "VOICE_CALL",
        "CHAT",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class TestCaseEntryPoint:
    """Defines the starting point for a test case.

    Fields:

    - ``type``: The type of entry point.
    - ``voice_call_entry_point_parameters``: Parameters for voice call entry point.
    - ``chat_entry_point_parameters``: Parameters for chat entry point.
    """

    type: str | None = None
    """The type of entry point."""

    voice_call_entry_point_parameters: VoiceCallEntryPointParameters | None = None
    """Parameters for voice call entry point."""

    chat_entry_point_parameters: ChatEntryPointParameters | None = None
    """Parameters for chat entry point."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.type
        if value is not None:
            path = prefix + "type"
            _rt.check_str(errors, path, value, enum=_TEST_CASE_ENTRY_POINT_TYPE_VALUES)
        value = self.voice_call_entry_point_parameters
        if value is not None:
            path = prefix + "voice_call_entry_point_parameters"
            if isinstance(value, VoiceCallEntryPointParameters):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected VoiceCallEntryPointParameters, got {type(value).__name__}"
                )
        value = self.chat_entry_point_parameters
        if value is not None:
            path = prefix + "chat_entry_point_parameters"
            if isinstance(value, ChatEntryPointParameters):
                value._validate(path + ".", errors)
            else:
                errors.append(
                    f"{path}: expected ChatEntryPointParameters, got {type(value).__name__}"
                )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.type is not None:
            result["Type"] = self.type
        if self.voice_call_entry_point_parameters is not None:
            result["VoiceCallEntryPointParameters"] = (
                self.voice_call_entry_point_parameters.to_dict()
            )
        if self.chat_entry_point_parameters is not None:
            result["ChatEntryPointParameters"] = (
                self.chat_entry_point_parameters.to_dict()
            )
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> TestCaseEntryPoint:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "TestCaseEntryPoint")
        return cls(
            type=data.get("Type"),
            voice_call_entry_point_parameters=(
                None
                if (value := data.get("VoiceCallEntryPointParameters")) is None
                else VoiceCallEntryPointParameters.from_dict(
                    value, path=path + "VoiceCallEntryPointParameters" + "."
                )
            ),
            chat_entry_point_parameters=(
                None
                if (value := data.get("ChatEntryPointParameters")) is None
                else ChatEntryPointParameters.from_dict(
                    value, path=path + "ChatEntryPointParameters" + "."
                )
            ),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.type is not None:
            data["Type"] = self.type
        if self.voice_call_entry_point_parameters is not None:
            data["VoiceCallEntryPointParameters"] = (
                self.voice_call_entry_point_parameters._to_json()
            )
        if self.chat_entry_point_parameters is not None:
            data["ChatEntryPointParameters"] = (
                self.chat_entry_point_parameters._to_json()
            )
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> TestCaseEntryPoint:
        draft = _TestCaseEntryPointDraft()
        try:
            draft.type = (
                None
                if (value := data.get("Type")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Type"))
            )
            draft.voice_call_entry_point_parameters = (
                None
                if (value := data.get("VoiceCallEntryPointParameters")) is None
                else VoiceCallEntryPointParameters._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "VoiceCallEntryPointParameters")
                    )
                )
            )
            draft.chat_entry_point_parameters = (
                None
                if (value := data.get("ChatEntryPointParameters")) is None
                else ChatEntryPointParameters._from_json(
                    (
                        value
                        if type(value) is _rt.JSON_OBJECT
                        else _rt.expect_object(value, "ChatEntryPointParameters")
                    )
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _TestCaseEntryPointDraft:
    """A :class:`TestCaseEntryPoint` being decoded (see ``_rt.seal``)."""

    __slots__ = (
        "type",
        "voice_call_entry_point_parameters",
        "chat_entry_point_parameters",
    )
    type: str | None
    voice_call_entry_point_parameters: VoiceCallEntryPointParameters | None
    chat_entry_point_parameters: ChatEntryPointParameters | None


def new_test_case_entry_point() -> TestCaseEntryPoint:
    """Create a :class:`TestCaseEntryPoint` with all optional fields omitted."""
    return TestCaseEntryPoint()


test_case_entry_point_type = _rt.Lens[TestCaseEntryPoint, str | None](
    lambda s: s.type,
    lambda s, v: _dc.replace(s, type=v),
    "test_case_entry_point_type",
)
"""Lens on :attr:`TestCaseEntryPoint.type`."""


test_case_entry_point_voice_call_entry_point_parameters = _rt.Lens[
    TestCaseEntryPoint, VoiceCallEntryPointParameters | None
](
    lambda s: s.voice_call_entry_point_parameters,
    lambda s, v: _dc.replace(s, voice_call_entry_point_parameters=v),
    "test_case_entry_point_voice_call_entry_point_parameters",
)
"""Lens on :attr:`TestCaseEntryPoint.voice_call_entry_point_parameters`."""


test_case_entry_point_chat_entry_point_parameters = _rt.Lens[
    TestCaseEntryPoint, ChatEntryPointParameters | None
](
    lambda s: s.chat_entry_point_parameters,
    lambda s, v: _dc.replace(s, chat_entry_point_parameters=v),
    "test_case_entry_point_chat_entry_point_parameters",
)
"""Lens on :attr:`TestCaseEntryPoint.chat_entry_point_parameters`."""
