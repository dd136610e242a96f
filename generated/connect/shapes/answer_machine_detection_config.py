"""The AnswerMachineDetectionConfig shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AnswerMachineDetectionConfig:
    """Configuration of the answering machine detection.

    Fields:

    - ``enable_answer_machine_detection``: The flag to indicate if answer machine detection analysis needs to be performed for a voice call.
    - ``await_answer_machine_prompt``: Wait for the answering machine prompt.
    """

    enable_answer_machine_detection: bool | None = None
    """The flag to indicate if answer machine detection analysis needs to be
    performed for a voice call. If set to ``true``, ``TrafficType`` must be
    set as ``CAMPAIGN``.
    """

    await_answer_machine_prompt: bool | None = None
    """Wait for the answering machine prompt."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.enable_answer_machine_detection
        if value is not None:
            path = prefix + "enable_answer_machine_detection"
            _rt.check_type(errors, path, value, bool, "bool")
        value = self.await_answer_machine_prompt
        if value is not None:
            path = prefix + "await_answer_machine_prompt"
            _rt.check_type(errors, path, value, bool, "bool")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.enable_answer_machine_detection is not None:
            result["EnableAnswerMachineDetection"] = (
                self.enable_answer_machine_detection
            )
        if self.await_answer_machine_prompt is not None:
            result["AwaitAnswerMachinePrompt"] = self.await_answer_machine_prompt
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AnswerMachineDetectionConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AnswerMachineDetectionConfig")
        return cls(
            enable_answer_machine_detection=data.get("EnableAnswerMachineDetection"),
            await_answer_machine_prompt=data.get("AwaitAnswerMachinePrompt"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.enable_answer_machine_detection is not None:
            data["EnableAnswerMachineDetection"] = self.enable_answer_machine_detection
        if self.await_answer_machine_prompt is not None:
            data["AwaitAnswerMachinePrompt"] = self.await_answer_machine_prompt
        return data


def new_answer_machine_detection_config() -> AnswerMachineDetectionConfig:
    """Create a :class:`AnswerMachineDetectionConfig` with all optional fields omitted."""
    return AnswerMachineDetectionConfig()


answer_machine_detection_config_enable_answer_machine_detection = _rt.Lens[
    AnswerMachineDetectionConfig, bool | None
](
    lambda s: s.enable_answer_machine_detection,
    lambda s, v: _dc.replace(s, enable_answer_machine_detection=v),
    "answer_machine_detection_config_enable_answer_machine_detection",
)
"""Lens on :attr:`AnswerMachineDetectionConfig.enable_answer_machine_detection`."""


answer_machine_detection_config_await_answer_machine_prompt = _rt.Lens[
    AnswerMachineDetectionConfig, bool | None
](
    lambda s: s.await_answer_machine_prompt,
    lambda s, v: _dc.replace(s, await_answer_machine_prompt=v),
    "answer_machine_detection_config_await_answer_machine_prompt",
)
"""Lens on :attr:`AnswerMachineDetectionConfig.await_answer_machine_prompt`."""
