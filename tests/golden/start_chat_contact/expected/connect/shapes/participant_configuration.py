"""The ParticipantConfiguration shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_RESPONSE_MODE_VALUES = frozenset(
    (
        "INCREMENTAL",
        "COMPLETE",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class ParticipantConfiguration:
    """The configuration of the participant.

    Fields:

    - ``response_mode``: The mode in which responses should be sent to the participant.
    """

    response_mode: str | None = None
    """The mode in which responses should be sent to the participant."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.response_mode
        if value is not None:
            path = prefix + "response_mode"
            _rt.check_str(errors, path, value, enum=_RESPONSE_MODE_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.response_mode is not None:
            result["ResponseMode"] = self.response_mode
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> ParticipantConfiguration:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "ParticipantConfiguration")
        return cls(
            response_mode=data.get("ResponseMode"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.response_mode is not None:
            data["ResponseMode"] = self.response_mode
        return data


def new_participant_configuration() -> ParticipantConfiguration:
    """Create a :class:`ParticipantConfiguration` with all optional fields omitted."""
    return ParticipantConfiguration()


participant_configuration_response_mode = _rt.Lens[
    ParticipantConfiguration, str | None
](
    lambda s: s.response_mode,
    lambda s, v: _dc.replace(s, response_mode=v),
    "participant_configuration_response_mode",
)
"""Lens on :attr:`ParticipantConfiguration.response_mode`."""
