"""The Widget shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import ec2 as _rt
from ..shapes.tag import Tag

_WIDGET_STATE_VALUES = frozenset(
    (
        "pending",
        "running",
        "stopped",
    )
)


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class Widget:
    """The Widget shape.

    Fields:

    - ``widget_id``: The ``WidgetId`` member.
    - ``state``: The ``State`` member.
    - ``launch_time``: The ``LaunchTime`` member.
    - ``tags``: The ``Tags`` member.
    - ``cpu_count``: The ``CpuCount`` member.
    """

    widget_id: str | None = None
    """The ``WidgetId`` member."""

    state: str | None = None
    """The ``State`` member."""

    launch_time: _dt.datetime | None = None
    """The ``LaunchTime`` member."""

    tags: list[Tag] | None = None
    """The ``Tags`` member."""

    cpu_count: int | None = None
    """The ``CpuCount`` member."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.widget_id
        if value is not None:
            path = prefix + "widget_id"
            _rt.check_str(errors, path, value)
        value = self.state
        if value is not None:
            path = prefix + "state"
            _rt.check_str(errors, path, value, enum=_WIDGET_STATE_VALUES)
        value = self.launch_time
        if value is not None:
            path = prefix + "launch_time"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.tags
        if value is not None:
            path = prefix + "tags"
            if _rt.check_type(errors, path, value, list, "list"):
                for i1, v1 in enumerate(value):
                    p1 = f"{path}[{i1}]"
                    if v1 is None:
                        errors.append(p1 + ": null is not allowed")
                    else:
                        if isinstance(v1, Tag):
                            v1._validate(p1 + ".", errors)
                        else:
                            errors.append(
                                f"{p1}: expected Tag, got {type(v1).__name__}"
                            )
        value = self.cpu_count
        if value is not None:
            path = prefix + "cpu_count"
            _rt.check_number(errors, path, value, True)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.widget_id is not None:
            result["WidgetId"] = self.widget_id
        if self.state is not None:
            result["State"] = self.state
        if self.launch_time is not None:
            result["LaunchTime"] = self.launch_time
        if self.tags is not None:
            result["Tags"] = [v1.to_dict() for v1 in self.tags]
        if self.cpu_count is not None:
            result["CpuCount"] = self.cpu_count
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> Widget:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "Widget")
        return cls(
            widget_id=data.get("WidgetId"),
            state=data.get("State"),
            launch_time=data.get("LaunchTime"),
            tags=(
                None
                if (value := data.get("Tags")) is None
                else [
                    Tag.from_dict(v1, path=path + "Tags" + f"[{i1}]" + ".")
                    for i1, v1 in enumerate(_rt.expect_sequence(value, path + "Tags"))
                ]
            ),
            cpu_count=data.get("CpuCount"),
        )

    @classmethod
    def _from_xml(cls, node: _rt.XmlNode) -> Widget:
        first = _rt.xml_index(node)
        draft = _WidgetDraft()
        draft.widget_id = (
            None if (value := first.get("widgetId")) is None else (value.text or "")
        )
        draft.state = (
            None if (value := first.get("state")) is None else (value.text or "")
        )
        draft.launch_time = (
            None
            if (value := first.get("launchTime")) is None
            else _rt.parse_timestamp(value.text or "")
        )
        draft.tags = (
            None
            if (value := first.get("tagSet")) is None
            else [Tag._from_xml(v1) for v1 in value]
        )
        draft.cpu_count = (
            None if (value := first.get("cpuCount")) is None else _rt.xml_int(value)
        )
        return _rt.seal(draft, cls)


class _WidgetDraft:
    """A :class:`Widget` being decoded (see ``_rt.seal``)."""

    __slots__ = ("widget_id", "state", "launch_time", "tags", "cpu_count")
    widget_id: str | None
    state: str | None
    launch_time: _dt.datetime | None
    tags: list[Tag] | None
    cpu_count: int | None


def new_widget() -> Widget:
    """Create a :class:`Widget` with all optional fields omitted."""
    return Widget()


widget_widget_id = _rt.Lens[Widget, str | None](
    lambda s: s.widget_id,
    lambda s, v: _dc.replace(s, widget_id=v),
    "widget_widget_id",
)
"""Lens on :attr:`Widget.widget_id`."""


widget_state = _rt.Lens[Widget, str | None](
    lambda s: s.state,
    lambda s, v: _dc.replace(s, state=v),
    "widget_state",
)
"""Lens on :attr:`Widget.state`."""


widget_launch_time = _rt.Lens[Widget, _dt.datetime | None](
    lambda s: s.launch_time,
    lambda s, v: _dc.replace(s, launch_time=v),
    "widget_launch_time",
)
"""Lens on :attr:`Widget.launch_time`."""


widget_tags = _rt.Lens[Widget, list[Tag] | None](
    lambda s: s.tags,
    lambda s, v: _dc.replace(s, tags=v),
    "widget_tags",
)
"""Lens on :attr:`Widget.tags`."""


widget_cpu_count = _rt.Lens[Widget, int | None](
    lambda s: s.cpu_count,
    lambda s, v: _dc.replace(s, cpu_count=v),
    "widget_cpu_count",
)
"""Lens on :attr:`Widget.cpu_count`."""
