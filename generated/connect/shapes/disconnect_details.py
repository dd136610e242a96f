"""The DisconnectDetails shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class DisconnectDetails:
    """Information about the call disconnect experience.

    Fields:

    - ``potential_disconnect_issue``: Indicates the potential disconnection issues for a call.
    """

    potential_disconnect_issue: str | None = None
    """Indicates the potential disconnection issues for a call. This field is
    not populated if the service does not detect potential issues.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.potential_disconnect_issue
        if value is not None:
            path = prefix + "potential_disconnect_issue"
            _rt.check_str(errors, path, value, min_len=0, max_len=128)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.potential_disconnect_issue is not None:
            result["PotentialDisconnectIssue"] = self.potential_disconnect_issue
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> DisconnectDetails:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "DisconnectDetails")
        return cls(
            potential_disconnect_issue=data.get("PotentialDisconnectIssue"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> DisconnectDetails:
        draft = _DisconnectDetailsDraft()
        try:
            draft.potential_disconnect_issue = (
                None
                if (value := data.get("PotentialDisconnectIssue")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "PotentialDisconnectIssue")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _DisconnectDetailsDraft:
    """A :class:`DisconnectDetails` being decoded (see ``_rt.seal``)."""

    __slots__ = ("potential_disconnect_issue",)
    potential_disconnect_issue: str | None


def new_disconnect_details() -> DisconnectDetails:
    """Create a :class:`DisconnectDetails` with all optional fields omitted."""
    return DisconnectDetails()


disconnect_details_potential_disconnect_issue = _rt.Lens[DisconnectDetails, str | None](
    lambda s: s.potential_disconnect_issue,
    lambda s, v: _dc.replace(s, potential_disconnect_issue=v),
    "disconnect_details_potential_disconnect_issue",
)
"""Lens on :attr:`DisconnectDetails.potential_disconnect_issue`."""
