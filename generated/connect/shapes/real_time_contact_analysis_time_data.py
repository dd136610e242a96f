"""The RealTimeContactAnalysisTimeData shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class RealTimeContactAnalysisTimeData:
    """Object describing time with which the segment is associated. It can have
    different representations of time. Currently supported: absoluteTime

    Fields:

    - ``absolute_time``: Time represented in ISO 8601 format: yyyy-MM-ddThh:mm:ss.SSSZ.
    - ``sdk_unknown_member``: The member a response set that these bindings do not know, if any.
    """

    absolute_time: _dt.datetime | None = None
    """Time represented in ISO 8601 format: yyyy-MM-ddThh:mm:ss.SSSZ. For
    example, 2019-11-08T02:41:28.172Z.
    """

    sdk_unknown_member: str | None = None
    """The name of the member a response set when it is one these bindings
    do not know (the service added it later); ``None`` otherwise.  A value
    with it set cannot be sent.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.absolute_time
        if value is not None:
            path = prefix + "absolute_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        if self.sdk_unknown_member is not None:
            errors.append(
                (prefix[:-1] or "RealTimeContactAnalysisTimeData")
                + f": the unknown member {self.sdk_unknown_member!r} cannot be sent"
            )
        _rt.check_union(
            errors,
            prefix[:-1] or "RealTimeContactAnalysisTimeData",
            (self.absolute_time is not None),
        )

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.sdk_unknown_member is not None:
            result["SDK_UNKNOWN_MEMBER"] = {"name": self.sdk_unknown_member}
        if self.absolute_time is not None:
            result["AbsoluteTime"] = self.absolute_time
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> RealTimeContactAnalysisTimeData:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "RealTimeContactAnalysisTimeData")
        return cls(
            absolute_time=data.get("AbsoluteTime"),
            sdk_unknown_member=_rt.unknown_member_name(data, path),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> RealTimeContactAnalysisTimeData:
        draft = _RealTimeContactAnalysisTimeDataDraft()
        try:
            draft.absolute_time = (
                None
                if (value := data.get("AbsoluteTime")) is None
                else _rt.parse_timestamp(value, "AbsoluteTime")
            )
            draft.sdk_unknown_member = _rt.unknown_union_member(data, ("AbsoluteTime",))
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _RealTimeContactAnalysisTimeDataDraft:
    """A :class:`RealTimeContactAnalysisTimeData` being decoded (see ``_rt.seal``)."""

    __slots__ = ("absolute_time", "sdk_unknown_member")
    absolute_time: _dt.datetime | None
    sdk_unknown_member: str | None


def new_real_time_contact_analysis_time_data() -> RealTimeContactAnalysisTimeData:
    """Create a :class:`RealTimeContactAnalysisTimeData` with all optional fields omitted."""
    return RealTimeContactAnalysisTimeData()


real_time_contact_analysis_time_data_sdk_unknown_member = _rt.Lens[
    RealTimeContactAnalysisTimeData, str | None
](
    lambda s: s.sdk_unknown_member,
    lambda s, v: _dc.replace(s, sdk_unknown_member=v),
    "real_time_contact_analysis_time_data_sdk_unknown_member",
)
"""Lens on :attr:`RealTimeContactAnalysisTimeData.sdk_unknown_member`."""


real_time_contact_analysis_time_data_absolute_time = _rt.Lens[
    RealTimeContactAnalysisTimeData, _dt.datetime | None
](
    lambda s: s.absolute_time,
    lambda s, v: _dc.replace(s, absolute_time=v),
    "real_time_contact_analysis_time_data_absolute_time",
)
"""Lens on :attr:`RealTimeContactAnalysisTimeData.absolute_time`."""
