"""The KinesisFirehoseConfig shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class KinesisFirehoseConfig:
    """Configuration information of a Kinesis Data Firehose delivery stream.

    Fields:

    - ``firehose_arn``: The Amazon Resource Name (ARN) of the delivery stream.
    """

    firehose_arn: str | None
    """The Amazon Resource Name (ARN) of the delivery stream."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.firehose_arn
        if value is None:
            errors.append(prefix + "firehose_arn: required but missing")
        else:
            path = prefix + "firehose_arn"
            _rt.check_str(errors, path, value)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.firehose_arn is not None:
            result["FirehoseArn"] = self.firehose_arn
        return result

    @classmethod
    def from_dict(
        cls, data: _t.Mapping[str, _t.Any], *, path: str = ""
    ) -> KinesisFirehoseConfig:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "KinesisFirehoseConfig")
        return cls(
            firehose_arn=data.get("FirehoseArn"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.firehose_arn is not None:
            data["FirehoseArn"] = self.firehose_arn
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> KinesisFirehoseConfig:
        draft = _KinesisFirehoseConfigDraft()
        try:
            draft.firehose_arn = (
                None
                if (value := data.get("FirehoseArn")) is None
                else (
                    value
                    if type(value) is str
                    else _rt.expect_str(value, "FirehoseArn")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _KinesisFirehoseConfigDraft:
    """A :class:`KinesisFirehoseConfig` being decoded (see ``_rt.seal``)."""

    __slots__ = ("firehose_arn",)
    firehose_arn: str | None


def new_kinesis_firehose_config(
    firehose_arn: str,
) -> KinesisFirehoseConfig:
    """Create a :class:`KinesisFirehoseConfig` with all optional fields omitted."""
    return KinesisFirehoseConfig(
        firehose_arn=firehose_arn,
    )


kinesis_firehose_config_firehose_arn = _rt.Lens[KinesisFirehoseConfig, str | None](
    lambda s: s.firehose_arn,
    lambda s, v: _dc.replace(s, firehose_arn=v),
    "kinesis_firehose_config_firehose_arn",
)
"""Lens on :attr:`KinesisFirehoseConfig.firehose_arn`."""
