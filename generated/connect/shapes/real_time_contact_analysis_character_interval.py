"""The RealTimeContactAnalysisCharacterInterval shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class RealTimeContactAnalysisCharacterInterval:
    """Begin and end offsets for a part of text.

    Fields:

    - ``begin_offset_char``: The beginning of the character interval.
    - ``end_offset_char``: The end of the character interval.
    """

    begin_offset_char: int | None
    """The beginning of the character interval."""

    end_offset_char: int | None
    """The end of the character interval."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.begin_offset_char
        if value is None:
            errors.append(prefix + "begin_offset_char: required but missing")
        else:
            path = prefix + "begin_offset_char"
            _rt.check_number(errors, path, value, True, minimum=0, maximum=None)
        value = self.end_offset_char
        if value is None:
            errors.append(prefix + "end_offset_char: required but missing")
        else:
            path = prefix + "end_offset_char"
            _rt.check_number(errors, path, value, True, minimum=0, maximum=None)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.begin_offset_char is not None:
            result["BeginOffsetChar"] = self.begin_offset_char
        if self.end_offset_char is not None:
            result["EndOffsetChar"] = self.end_offset_char
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> RealTimeContactAnalysisCharacterInterval:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(
            data, path[:-1] or "RealTimeContactAnalysisCharacterInterval"
        )
        return cls(
            begin_offset_char=data.get("BeginOffsetChar"),
            end_offset_char=data.get("EndOffsetChar"),
        )

    @classmethod
    def _from_json(
        cls, data: dict[str, _t.Any]
    ) -> RealTimeContactAnalysisCharacterInterval:
        draft = _RealTimeContactAnalysisCharacterIntervalDraft()
        try:
            draft.begin_offset_char = (
                None
                if (value := data.get("BeginOffsetChar")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "BeginOffsetChar")
                )
            )
            draft.end_offset_char = (
                None
                if (value := data.get("EndOffsetChar")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "EndOffsetChar")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _RealTimeContactAnalysisCharacterIntervalDraft:
    """A :class:`RealTimeContactAnalysisCharacterInterval` being decoded (see ``_rt.seal``)."""

    __slots__ = ("begin_offset_char", "end_offset_char")
    begin_offset_char: int | None
    end_offset_char: int | None


def new_real_time_contact_analysis_character_interval(
    begin_offset_char: int,
    end_offset_char: int,
) -> RealTimeContactAnalysisCharacterInterval:
    """Create a :class:`RealTimeContactAnalysisCharacterInterval` with all optional fields omitted."""
    return RealTimeContactAnalysisCharacterInterval(
        begin_offset_char=begin_offset_char,
        end_offset_char=end_offset_char,
    )


real_time_contact_analysis_character_interval_begin_offset_char = _rt.Lens[
    RealTimeContactAnalysisCharacterInterval, int | None
](
    lambda s: s.begin_offset_char,
    lambda s, v: _dc.replace(s, begin_offset_char=v),
    "real_time_contact_analysis_character_interval_begin_offset_char",
)
"""Lens on :attr:`RealTimeContactAnalysisCharacterInterval.begin_offset_char`."""


real_time_contact_analysis_character_interval_end_offset_char = _rt.Lens[
    RealTimeContactAnalysisCharacterInterval, int | None
](
    lambda s: s.end_offset_char,
    lambda s, v: _dc.replace(s, end_offset_char=v),
    "real_time_contact_analysis_character_interval_end_offset_char",
)
"""Lens on :attr:`RealTimeContactAnalysisCharacterInterval.end_offset_char`."""
