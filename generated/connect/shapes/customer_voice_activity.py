"""The CustomerVoiceActivity shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import datetime as _dt
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class CustomerVoiceActivity:
    """Information about customer’s voice activity.

    Fields:

    - ``greeting_start_timestamp``: Timestamp that measures the beginning of the customer greeting from an outbound voice call.
    - ``greeting_end_timestamp``: Timestamp that measures the end of the customer greeting from an outbound voice call.
    """

    greeting_start_timestamp: _dt.datetime | None = None
    """Timestamp that measures the beginning of the customer greeting from an
    outbound voice call.
    """

    greeting_end_timestamp: _dt.datetime | None = None
    """Timestamp that measures the end of the customer greeting from an
    outbound voice call.
    """

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.greeting_start_timestamp
        if value is not None:
            path = prefix + "greeting_start_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")
        value = self.greeting_end_timestamp
        if value is not None:
            path = prefix + "greeting_end_timestamp"
            _rt.check_type(errors, path, value, _dt.datetime, "datetime")

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.greeting_start_timestamp is not None:
            result["GreetingStartTimestamp"] = self.greeting_start_timestamp
        if self.greeting_end_timestamp is not None:
            result["GreetingEndTimestamp"] = self.greeting_end_timestamp
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> CustomerVoiceActivity:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "CustomerVoiceActivity")
        return cls(
            greeting_start_timestamp=data.get("GreetingStartTimestamp"),
            greeting_end_timestamp=data.get("GreetingEndTimestamp"),
        )

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> CustomerVoiceActivity:
        draft = _CustomerVoiceActivityDraft()
        try:
            draft.greeting_start_timestamp = (
                None
                if (value := data.get("GreetingStartTimestamp")) is None
                else _rt.parse_timestamp(value, "GreetingStartTimestamp")
            )
            draft.greeting_end_timestamp = (
                None
                if (value := data.get("GreetingEndTimestamp")) is None
                else _rt.parse_timestamp(value, "GreetingEndTimestamp")
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _CustomerVoiceActivityDraft:
    """A :class:`CustomerVoiceActivity` being decoded (see ``_rt.seal``)."""

    __slots__ = ("greeting_start_timestamp", "greeting_end_timestamp")
    greeting_start_timestamp: _dt.datetime | None
    greeting_end_timestamp: _dt.datetime | None


def new_customer_voice_activity() -> CustomerVoiceActivity:
    """Create a :class:`CustomerVoiceActivity` with all optional fields omitted."""
    return CustomerVoiceActivity()


customer_voice_activity_greeting_start_timestamp = _rt.Lens[
    CustomerVoiceActivity, _dt.datetime | None
](
    lambda s: s.greeting_start_timestamp,
    lambda s, v: _dc.replace(s, greeting_start_timestamp=v),
    "customer_voice_activity_greeting_start_timestamp",
)
"""Lens on :attr:`CustomerVoiceActivity.greeting_start_timestamp`."""


customer_voice_activity_greeting_end_timestamp = _rt.Lens[
    CustomerVoiceActivity, _dt.datetime | None
](
    lambda s: s.greeting_end_timestamp,
    lambda s, v: _dc.replace(s, greeting_end_timestamp=v),
    "customer_voice_activity_greeting_end_timestamp",
)
"""Lens on :attr:`CustomerVoiceActivity.greeting_end_timestamp`."""
