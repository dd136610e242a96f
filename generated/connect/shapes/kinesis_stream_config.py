"""The KinesisStreamConfig shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class KinesisStreamConfig:
    """Configuration information of a Kinesis data stream.

    Fields:

    - ``stream_arn``: The Amazon Resource Name (ARN) of the data stream.
    """

    stream_arn: str | None
    """The Amazon Resource Name (ARN) of the data stream."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.stream_arn
        if value is None:
            errors.append(prefix + "stream_arn: required but missing")
        else:
            path = prefix + "stream_arn"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.stream_arn is not None:
            result["StreamArn"] = self.stream_arn
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> KinesisStreamConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "KinesisStreamConfig")
        return cls(
            stream_arn=data.get("StreamArn"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.stream_arn is not None:
            data["StreamArn"] = self.stream_arn
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> KinesisStreamConfig:
        draft = _KinesisStreamConfigDraft()
        try:
            draft.stream_arn = (
                None
                if (value := data.get("StreamArn")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "StreamArn")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _KinesisStreamConfigDraft:
    """A :class:`KinesisStreamConfig` being decoded (see ``_rt.seal``)."""

    __slots__ = ("stream_arn",)
    stream_arn: str | None


def new_kinesis_stream_config(
    stream_arn: str,
) -> KinesisStreamConfig:
    """Create a :class:`KinesisStreamConfig` with all optional fields omitted."""
    return KinesisStreamConfig(
        stream_arn=stream_arn,
    )


kinesis_stream_config_stream_arn = _rt.Lens[KinesisStreamConfig, str | None](
    lambda s: s.stream_arn,
    lambda s, v: _dc.replace(s, stream_arn=v),
    "kinesis_stream_config_stream_arn",
)
"""Lens on :attr:`KinesisStreamConfig.stream_arn`."""
