"""The AfterContactWorkConfig shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class AfterContactWorkConfig:
    """Configuration settings for after contact work (ACW) timeout.

    Fields:

    - ``after_contact_work_time_limit``: The ACW timeout duration in seconds.
    """

    after_contact_work_time_limit: int | None = None
    """The ACW timeout duration in seconds. Minimum: 1 second. Maximum:
    2,000,000 seconds (24 days). Enter 0 for indefinite ACW time.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.after_contact_work_time_limit
        if value is not None:
            path = prefix + "after_contact_work_time_limit"
            _rt.check_number(errors, path, value, True, minimum=0, maximum=None)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.after_contact_work_time_limit is not None:
            result["AfterContactWorkTimeLimit"] = self.after_contact_work_time_limit
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> AfterContactWorkConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "AfterContactWorkConfig")
        return cls(
            after_contact_work_time_limit=data.get("AfterContactWorkTimeLimit"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.after_contact_work_time_limit is not None:
            data["AfterContactWorkTimeLimit"] = self.after_contact_work_time_limit
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> AfterContactWorkConfig:
        draft = _AfterContactWorkConfigDraft()
        try:
            draft.after_contact_work_time_limit = (
                None
                if (value := data.get("AfterContactWorkTimeLimit")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "AfterContactWorkTimeLimit")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _AfterContactWorkConfigDraft:
    """A :class:`AfterContactWorkConfig` being decoded (see ``_rt.seal``)."""

    __slots__ = ("after_contact_work_time_limit",)
    after_contact_work_time_limit: int | None


def new_after_contact_work_config() -> AfterContactWorkConfig:
    """Create a :class:`AfterContactWorkConfig` with all optional fields omitted."""
    return AfterContactWorkConfig()


after_contact_work_config_after_contact_work_time_limit = _rt.Lens[
    AfterContactWorkConfig, int | None
](
    lambda s: s.after_contact_work_time_limit,
    lambda s, v: _dc.replace(s, after_contact_work_time_limit=v),
    "after_contact_work_config_after_contact_work_time_limit",
)
"""Lens on :attr:`AfterContactWorkConfig.after_contact_work_time_limit`."""
