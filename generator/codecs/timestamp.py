"""Timestamps: ``datetime.datetime``, and every decision about their formats.

This module is the one place that knows timestamp formats: which format a
value takes where (the model's ``timestampFormat`` on the member, else on
the shape, else the protocol's default for the location), and which runtime
function writes and reads each format.  The wire families ask it for their
expressions.
"""

from __future__ import annotations

from ..ir import Scope, Type
from .base import Codec

#: The model's timestamp formats.
FORMATS = ("unixTimestamp", "iso8601", "rfc822")

# The runtime function writing each format where a number may stand for
# itself (JSON bodies) and where everything is text (headers, query strings,
# URI labels).
_TO_DOCUMENT = {
    "unixTimestamp": "_rt.epoch_seconds",
    "iso8601": "_rt.iso8601",
    "rfc822": "_rt.http_date",
}
_TO_TEXT = {
    "unixTimestamp": "_rt.epoch_text",
    "iso8601": "_rt.iso8601",
    "rfc822": "_rt.http_date",
}


def resolve(member_format: str | None, t: Type, default: str) -> str:
    """The format of a timestamp: the member's, else the shape's, else ``default``."""
    return member_format or t.timestamp_format or default


def to_document(fmt: str, var: str) -> str:
    """The JSON value of timestamp ``var`` in format ``fmt`` (a number for epoch seconds)."""
    return f"{_TO_DOCUMENT[fmt]}({var})"


def to_text(fmt: str, var: str) -> str:
    """The text of timestamp ``var`` in format ``fmt``."""
    return f"{_TO_TEXT[fmt]}({var})"


def parse(var: str) -> str:
    """A timestamp from any of the formats (the reader accepts all three)."""
    return f"_rt.parse_timestamp({var})"


class TimestampCodec(Codec):
    def annotation(self, t: Type) -> str:
        return "_dt.datetime"

    def check(
        self, t: Type, var: str, path: str, scope: Scope, depth: int
    ) -> list[str]:
        return [f'_rt.check_type(errors, {path}, {var}, _dt.datetime, "datetime")']
