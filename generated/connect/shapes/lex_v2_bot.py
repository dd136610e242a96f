"""The LexV2Bot shape."""

# pyright: reportPrivateUsage=false
# (the generated modules of a package are one unit: they call each other's
# _validate, _to_json and _from_json, which are not part of the public API)

from __future__ import annotations

import dataclasses as _dc
import typing as _t

from ..._runtime import restjson as _rt


@_dc.dataclass(frozen=True, slots=True, kw_only=True)
class LexV2Bot:
    """Configuration information of an Amazon Lex V2 bot.

    Fields:

    - ``alias_arn``: The Amazon Resource Name (ARN) of the Amazon Lex V2 bot.
    """

    alias_arn: str | None = None
    """The Amazon Resource Name (ARN) of the Amazon Lex V2 bot."""

    def validate(self) -> None:
        """Raise :class:`ValidationError` listing every constraint this value breaks."""
        errors: list[str] = []
        self._validate("", errors)
        _rt.raise_if(errors)

    def _validate(self, prefix: str, errors: list[str]) -> None:
        value: _t.Any
        value = self.alias_arn
        if value is not None:
            path = prefix + "alias_arn"
            _rt.check_str(errors, path, value, min_len=1, max_len=100)

    def to_dict(self) -> dict[str, _t.Any]:
        """This value in boto3's parameter style: member names, nested dicts."""
        result: dict[str, _t.Any] = {}
        if self.alias_arn is not None:
            result["AliasArn"] = self.alias_arn
        return result

    @classmethod
    def from_dict(cls, data: _t.Mapping[str, _t.Any], *, path: str = "") -> LexV2Bot:
        """Build a value from a boto3-style dict (the inverse of :meth:`to_dict`).

        A part of the wrong kind (not a dict where a structure belongs, not a
        list where a list does, a required member missing) raises
        :class:`ValidationError` naming its path; ``path`` prefixes it.
        """
        data = _rt.expect_mapping(data, path[:-1] or "LexV2Bot")
        return cls(
            alias_arn=data.get("AliasArn"),
        )

    def _to_json(self) -> dict[str, _t.Any]:
        data: dict[str, _t.Any] = {}
        if self.alias_arn is not None:
            data["AliasArn"] = self.alias_arn
        return data

    @classmethod
    def _from_json(cls, data: dict[str, _t.Any]) -> LexV2Bot:
        draft = _LexV2BotDraft()
        try:
            draft.alias_arn = (
                None
                if (value := data.get("AliasArn")) is None
                else (
                    value if type(value) is str else _rt.expect_str(value, "AliasArn")
                )
            )
        except _rt.WireTypeError as exc:
            raise exc.inside(data) from None
        return _rt.seal(draft, cls)


class _LexV2BotDraft:
    """A :class:`LexV2Bot` being decoded (see ``_rt.seal``)."""

    __slots__ = ("alias_arn",)
    alias_arn: str | None


def new_lex_v2_bot() -> LexV2Bot:
    """Create a :class:`LexV2Bot` with all optional fields omitted."""
    return LexV2Bot()


lex_v2_bot_alias_arn = _rt.Lens[LexV2Bot, str | None](
    lambda s: s.alias_arn,
    lambda s, v: _dc.replace(s, alias_arn=v),
    "lex_v2_bot_alias_arn",
)
"""Lens on :attr:`LexV2Bot.alias_arn`."""
