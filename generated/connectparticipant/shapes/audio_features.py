"""The AudioFeatures shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt

_MEETING_FEATURE_STATUS_VALUES = frozenset(
    (
        "AVAILABLE",
        "UNAVAILABLE",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AudioFeatures:
    """Has audio-specific configurations as the operating parameter for Echo
    Reduction.

    Fields:

    - ``echo_reduction``: Makes echo reduction available to clients who connect to the meeting.
    """

    echo_reduction: str | None = None
    """Makes echo reduction available to clients who connect to the meeting."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.echo_reduction
        if value is not None:
            path = prefix + "echo_reduction"
            _rt.check_str(errors, path, value, enum=_MEETING_FEATURE_STATUS_VALUES)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.echo_reduction is not None:
            result["EchoReduction"] = self.echo_reduction
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AudioFeatures:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AudioFeatures")
        return cls(
            echo_reduction=data.get("EchoReduction"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> AudioFeatures:
        draft = _AudioFeaturesDraft()
        try:
            draft.echo_reduction = (
                None
                if (value := data.get("EchoReduction")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "EchoReduction")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _AudioFeaturesDraft:
    """A :class:`AudioFeatures` being decoded (see ``_rt.seal``)."""

    __slots__ = ("echo_reduction",)
    echo_reduction: str | None


def new_audio_features() -> AudioFeatures:
    """Create a :class:`AudioFeatures` with all optional fields omitted."""
    return AudioFeatures()


audio_features_echo_reduction = _rt.Lens[AudioFeatures, str | None](
    lambda s: s.echo_reduction,
    lambda s, v: _dc.replace(s, echo_reduction=v),
    "audio_features_echo_reduction",
)
"""Lens on :attr:`AudioFeatures.echo_reduction`."""
