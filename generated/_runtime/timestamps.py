"""Timestamps: every format the models use, written and read in one place.

Part of the runtime every generated package of this output folder shares.
Epoch seconds, ISO 8601 and HTTP dates (RFC 7231); every reader accepts all
three, as botocore's does.
"""

from __future__ import annotations

import datetime
from typing import Any

from .errors import WireTypeError
from .models import Pattern

_UTC = datetime.timezone.utc
_EPOCH = datetime.datetime(1970, 1, 1, tzinfo=_UTC)


def _aware(value: datetime.datetime) -> datetime.datetime:
    return value.replace(tzinfo=_UTC) if value.tzinfo is None else value


def epoch_seconds(value: datetime.datetime) -> int | float:
    """Seconds since the epoch: an int for whole seconds, else millisecond precision."""
    value = _aware(value)
    since = value - _EPOCH
    seconds = since.days * 86400 + since.seconds  # whole seconds, rounded down
    if value.microsecond == 0:
        return seconds
    return seconds + value.microsecond // 1000 / 1000


def iso8601(value: datetime.datetime) -> str:
    """ISO 8601 UTC text, with microseconds only when there are any."""
    v = _aware(value).astimezone(_UTC)
    text = f"{v.year:04d}-{v.month:02d}-{v.day:02d}T{v.hour:02d}:{v.minute:02d}:{v.second:02d}"
    if v.microsecond:
        return f"{text}.{v.microsecond:06d}Z"
    return text + "Z"


_WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)


def http_date(value: datetime.datetime) -> str:
    """RFC 7231 HTTP date (``Tue, 29 Apr 2014 18:30:38 GMT``), in English
    whatever the locale."""
    v = _aware(value).astimezone(_UTC)
    return (
        f"{_WEEKDAYS[v.weekday()]}, {v.day:02d} {_MONTHS[v.month - 1]} {v.year:04d} "
        f"{v.hour:02d}:{v.minute:02d}:{v.second:02d} GMT"
    )


def epoch_text(value: datetime.datetime) -> str:
    """Epoch seconds as text, for URIs and headers."""
    return str(epoch_seconds(value))


_ISO8601 = Pattern(
    r"(\d{4})-(\d{2})-(\d{2})[Tt ](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?"
    r"(?:([Zz])|([+-])(\d{2}):?(\d{2}))?"
)


# RFC 7231's IMF-fixdate, the form http_date writes (a four-digit year: 0099 is
# the year 99, where email.utils would read 1999).
_IMF_FIXDATE = Pattern(
    r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) "
    r"(\d{4}) (\d{2}):(\d{2}):(\d{2}) GMT"
)


def parse_timestamp(value: Any, where: str = "") -> datetime.datetime:
    """Read a timestamp sent as epoch seconds, ISO 8601 or an HTTP date."""
    if (
        type(value)
        is int  # epoch seconds in a JSON body, the common case, tested first
        or type(value) is float
        or (isinstance(value, (int, float)) and not isinstance(value, bool))
    ):
        try:
            return _EPOCH + datetime.timedelta(seconds=value)
        except (OverflowError, ValueError):
            raise WireTypeError("a timestamp", value, where) from None
    if not isinstance(value, str):
        raise WireTypeError("a timestamp", value, where)
    text = value.strip()
    try:
        match = _ISO8601.regex.fullmatch(text)
        if match is None and text and (text[0].isdigit() or text[0] == "-"):
            return _EPOCH + datetime.timedelta(seconds=float(text))
        if match is not None:
            year, month, day, hour, minute, second, fraction, _z, sign, oh, om = (
                match.groups()
            )
            micro = int((fraction or "0")[:6].ljust(6, "0"))
            offset = datetime.timedelta(0)
            if sign is not None:
                offset = datetime.timedelta(hours=int(oh), minutes=int(om))
                offset = -offset if sign == "-" else offset
            parsed = datetime.datetime(
                int(year),
                int(month),
                int(day),
                int(hour),
                int(minute),
                int(second),
                micro,
                tzinfo=datetime.timezone(offset),
            )
            return parsed.astimezone(_UTC)
        match = _IMF_FIXDATE.regex.fullmatch(text)
        if match is not None:  # the HTTP date every server sends today
            day, month, year, hour, minute, second = match.groups()
            return datetime.datetime(
                int(year),
                _MONTHS.index(month) + 1,
                int(day),
                int(hour),
                int(minute),
                int(second),
                tzinfo=_UTC,
            )
        # The obsolete HTTP date forms (RFC 850, asctime); email.utils is
        # imported only here, as it costs milliseconds to import.
        import email.utils

        return email.utils.parsedate_to_datetime(text).astimezone(_UTC)
    except (ValueError, TypeError, OverflowError, IndexError):
        raise WireTypeError("a timestamp", value, where) from None
