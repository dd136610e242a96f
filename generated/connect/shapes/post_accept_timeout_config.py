"""The PostAcceptTimeoutConfig shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class PostAcceptTimeoutConfig:
    """Countdown timer configuration after the agent accepted the contact.

    Fields:

    - ``duration_in_seconds``: Duration in seconds for the countdown timer after the agent accepted the contact.
    """

    duration_in_seconds: int | None
    """Duration in seconds for the countdown timer after the agent accepted the
    contact.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.duration_in_seconds
        if value is None:
            errors.append(prefix + "duration_in_seconds: required but missing")
        else:
            path = prefix + "duration_in_seconds"
            _rt.check_number(errors, path, value, True, minimum=0, maximum=None)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.duration_in_seconds is not None:
            result["DurationInSeconds"] = self.duration_in_seconds
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> PostAcceptTimeoutConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "PostAcceptTimeoutConfig")
        return cls(
            duration_in_seconds=data.get("DurationInSeconds"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.duration_in_seconds is not None:
            data["DurationInSeconds"] = self.duration_in_seconds
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> PostAcceptTimeoutConfig:
        draft = _PostAcceptTimeoutConfigDraft()
        try:
            draft.duration_in_seconds = (
                None
                if (value := data.get("DurationInSeconds")) is None
                else (
                    value
                    if type(value) is int
                    else _rt.expect_int(value, "DurationInSeconds")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _PostAcceptTimeoutConfigDraft:
    """A :class:`PostAcceptTimeoutConfig` being decoded (see ``_rt.seal``)."""

    __slots__ = ("duration_in_seconds",)
    duration_in_seconds: int | None


def new_post_accept_timeout_config(
    duration_in_seconds: int,
) -> PostAcceptTimeoutConfig:
    """Create a :class:`PostAcceptTimeoutConfig` with all optional fields omitted."""
    return PostAcceptTimeoutConfig(
        duration_in_seconds=duration_in_seconds,
    )


post_accept_timeout_config_duration_in_seconds = _rt.Lens[
    PostAcceptTimeoutConfig, int | None
](
    lambda s: s.duration_in_seconds,
    lambda s, v: _dc.replace(s, duration_in_seconds=v),
    "post_accept_timeout_config_duration_in_seconds",
)
"""Lens on :attr:`PostAcceptTimeoutConfig.duration_in_seconds`."""
