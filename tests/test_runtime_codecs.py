"""The runtime's wire helpers against the standard library functions they replace.

The runtime writes timestamps and JSON itself (rather than through
``calendar``, ``email.utils`` or a fresh ``json.JSONEncoder`` per call) so that
importing the bindings stays cheap and serializing stays near the hand-written
floor; these tests hold each helper to the standard library's own answer.
"""

from __future__ import annotations

import calendar
import datetime
import email.utils
import json
import math
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from generated._runtime import jsonwire, models
from generated._runtime import restjson as rt

ROOT = Path(__file__).resolve().parent.parent
UTC = datetime.timezone.utc

offsets = st.integers(min_value=-23 * 60 - 59, max_value=23 * 60 + 59).map(
    lambda minutes: datetime.timezone(datetime.timedelta(minutes=minutes))
)
# Any datetime whose UTC time is a valid datetime (naive ones are read as UTC).
datetimes = st.one_of(
    st.datetimes(
        min_value=datetime.datetime(1, 1, 2), max_value=datetime.datetime(9999, 12, 30)
    ),
    st.datetimes(
        min_value=datetime.datetime(1, 1, 2),
        max_value=datetime.datetime(9999, 12, 30),
        timezones=offsets,
    ),
)


def _utc(value: datetime.datetime) -> datetime.datetime:
    return (value.replace(tzinfo=UTC) if value.tzinfo is None else value).astimezone(UTC)


@settings(max_examples=300, deadline=None)
@given(datetimes)
@example(datetime.datetime(1969, 12, 31, 23, 59, 59, 999999, tzinfo=UTC))
@example(datetime.datetime(1970, 1, 1, tzinfo=UTC))
def test_epoch_seconds_matches_timegm(value: datetime.datetime) -> None:
    whole = calendar.timegm(_utc(value).utctimetuple())
    expected = whole if value.microsecond == 0 else whole + value.microsecond // 1000 / 1000
    assert rt.epoch_seconds(value) == expected


@settings(max_examples=300, deadline=None)
@given(datetimes)
@example(datetime.datetime(2014, 4, 29, 18, 30, 38, tzinfo=UTC))
def test_http_date_matches_email_utils(value: datetime.datetime) -> None:
    expected = email.utils.formatdate(calendar.timegm(_utc(value).utctimetuple()), usegmt=True)
    assert rt.http_date(value) == expected
    assert rt.parse_timestamp(expected) == _utc(value).replace(microsecond=0)


@settings(max_examples=300, deadline=None)
@given(datetimes)
@example(datetime.datetime(999, 1, 1, tzinfo=UTC))
def test_iso8601_is_four_digit_years_and_round_trips(value: datetime.datetime) -> None:
    utc = _utc(value)
    text = rt.iso8601(value)
    assert text == utc.isoformat(timespec="microseconds" if utc.microsecond else "seconds").replace("+00:00", "Z")
    assert rt.parse_timestamp(text) == utc


json_values = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.integers(min_value=-(2**100), max_value=2**100)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(),  # lone surrogates included
    lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4),
    max_leaves=20,
)


@settings(max_examples=300, deadline=None)
@given(json_values)
def test_stdlib_dumps_writes_what_the_json_encoder_writes(value: Any) -> None:
    encoder = json.JSONEncoder(separators=(",", ":"), allow_nan=False)
    assert jsonwire._stdlib_dumps(value) == encoder.encode(value).encode("utf-8")


@pytest.mark.parametrize("bad", [math.nan, math.inf, [math.inf], {"a": -math.inf}])
def test_stdlib_dumps_refuses_non_finite_numbers(bad: Any) -> None:
    with pytest.raises(ValueError, match="Out of range float"):
        jsonwire._stdlib_dumps(bad)


def test_stdlib_dumps_refuses_a_value_that_contains_itself() -> None:
    loop: dict[str, Any] = {}
    loop["self"] = [loop]
    with pytest.raises(ValueError, match="contains itself"):
        jsonwire._stdlib_dumps(loop)
    assert jsonwire._stdlib_dumps({"after": [1]}) == b'{"after":[1]}'  # nothing left behind


def test_stdlib_dumps_refuses_what_json_cannot_hold() -> None:
    with pytest.raises(TypeError, match="not JSON serializable"):
        jsonwire._stdlib_dumps({"a": object()})


def test_importing_an_operation_loads_no_module_it_does_not_need() -> None:
    """A fresh interpreter without site-packages (``-S``: nothing imported by
    .pth files) that imports StartChatContact and serializes one request has
    not imported the modules the runtime imports on first use only."""
    probe = (
        "import sys; sys.path.insert(0, sys.argv[1]);"
        "from generated.connect import new_start_chat_contact, new_participant_details, OPERATIONS;"
        "OPERATIONS['StartChatContact'].serialize(new_start_chat_contact('i', 'f', new_participant_details('n')));"
        "print(' '.join(m for m in ('uuid', 'calendar', 'email.utils', 'urllib.parse', 'orjson') if m in sys.modules))"
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith("PYTHON")}
    result = subprocess.run(
        [sys.executable, "-S", "-c", probe, str(ROOT)], capture_output=True, text=True, env=env, check=True
    )
    assert result.stdout.split() == []


def test_idempotency_tokens_are_random_version_4_uuids() -> None:
    import uuid

    tokens = {models._uuid4() for _ in range(2000)}
    assert len(tokens) == 2000
    for token in tokens:
        parsed = uuid.UUID(token)
        assert (parsed.version, parsed.variant, str(parsed)) == (4, uuid.RFC_4122, token)
    # every one of the 122 random bits takes both values
    bits = [uuid.UUID(t).int for t in tokens]
    fixed = (0xF000 << 64) | (0xC000 << 48)
    random_bits = ((1 << 128) - 1) & ~fixed
    ones = zeros = 0
    for b in bits:
        ones |= b
        zeros |= ~b
    assert ones & random_bits == random_bits
    assert zeros & random_bits == random_bits


def _loads_outcome(fn: Any, body: bytes) -> tuple[str, Any]:
    try:
        return ("value", fn(body))
    except json.JSONDecodeError as exc:
        return ("JSONDecodeError", (exc.msg, exc.pos))
    except (ValueError, UnicodeDecodeError, RecursionError) as exc:
        return (type(exc).__name__, None)


json_bodies = st.one_of(
    json_values.map(lambda v: json.dumps(v).encode("utf-8")),
    st.dictionaries(st.text(), json_values, max_size=4).map(lambda v: json.dumps(v, ensure_ascii=False).encode("utf-8")),
    st.tuples(
        st.dictionaries(st.text(max_size=3), st.integers(), max_size=2).map(json.dumps),
        st.sampled_from(["", " ", "\n", "\t \r\n", " x", "}", "{}", "\x0b", "\u00a0", ",1"]),
        st.sampled_from(["utf-8", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"]),
    ).map(lambda t: (t[0] + t[1]).encode(t[2])),
    st.binary(max_size=40).map(lambda b: b"{" + b),
)


@settings(max_examples=500, deadline=None)
@given(json_bodies)
@example(b'{"a": 1}  \n')
@example(b'{"a": 1} x')
@example(b'{"a": 1}\x0b')
@example(b'{\x00"\x00}\x00')
@example(b'{"\xed\xa0\x80": 1}')  # a lone surrogate in UTF-8, as json.loads allows
@example(b"{" * 100000)
def test_stdlib_loads_reads_what_json_loads_reads(body: bytes) -> None:
    expected = _loads_outcome(json.loads, body)
    actual = _loads_outcome(jsonwire._stdlib_loads, body)
    if expected[0] == "value" and isinstance(expected[1], float) and math.isnan(expected[1]):
        assert actual[0] == "value" and math.isnan(actual[1])
    else:
        assert actual == expected
