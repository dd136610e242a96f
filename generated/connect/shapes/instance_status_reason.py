"""The InstanceStatusReason shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class InstanceStatusReason:
    """Relevant details why the instance was not successfully created.

    Fields:

    - ``message``: The message.
    """

    message: str | None = None
    """The message."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.message
        if value is not None:
            path = prefix + "message"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.message is not None:
            result["Message"] = self.message
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> InstanceStatusReason:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "InstanceStatusReason")
        return cls(
            message=data.get("Message"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> InstanceStatusReason:
        draft = _InstanceStatusReasonDraft()
        try:
            draft.message = (
                None
                if (value := data.get("Message")) is None
                else (value if type(value) is str else _rt.expect_str(value, "Message"))
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _InstanceStatusReasonDraft:
    """A :class:`InstanceStatusReason` being decoded (see ``_rt.seal``)."""

    __slots__ = ("message",)
    message: str | None


def new_instance_status_reason() -> InstanceStatusReason:
    """Create a :class:`InstanceStatusReason` with all optional fields omitted."""
    return InstanceStatusReason()


instance_status_reason_message = _rt.Lens[InstanceStatusReason, str | None](
    lambda s: s.message,
    lambda s, v: _dc.replace(s, message=v),
    "instance_status_reason_message",
)
"""Lens on :attr:`InstanceStatusReason.message`."""
