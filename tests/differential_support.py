"""What the differential tests against botocore share: settings and normalization."""

from __future__ import annotations

import dataclasses
import datetime
import keyword
import math
import os
import re
from typing import Any

from botocore import xform_name
from hypothesis import HealthCheck

#: ``DIFFERENTIAL_EXAMPLES_SCALE=10`` multiplies every ``max_examples`` for a deeper search.
SCALE = float(os.environ.get("DIFFERENTIAL_EXAMPLES_SCALE", "1"))

# too_slow/data_too_large/large_base_example: some inputs are large nested
# structures (or long strings: IAM's SAML metadata is 1000 characters at least);
# filter_too_much: pattern-constrained strings are drawn and checked against
# the exact pattern, retrying (see model_strategies).
COMMON: dict[str, Any] = dict(
    deadline=None,
    database=None,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.filter_too_much,
        HealthCheck.large_base_example,
    ],
)


def strict(value: Any) -> Any:
    """A comparable form of a parsed value that keeps JSON/Python types apart.

    ``True == 1 == 1.0`` in Python; here ``bool``, ``int`` and ``float`` stay
    distinct, NaN equals NaN, and datetimes compare as UTC instants (botocore
    returns ``tzutc()`` datetimes, the bindings ``timezone.utc`` ones; a naive
    datetime is kept distinct so that it cannot pass for an aware one).
    """
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return strict(value.to_dict())
    if isinstance(value, dict):
        return {k: strict(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [strict(v) for v in value]
    if isinstance(value, bool):
        return ("bool", value)
    if isinstance(value, int):
        return ("int", value)
    if isinstance(value, float):
        return ("float", "NaN") if math.isnan(value) else ("float", value)
    if isinstance(value, datetime.datetime):
        if value.tzinfo is None or value.utcoffset() is None:
            return ("naive-datetime", value.isoformat())
        return ("datetime", value.astimezone(datetime.timezone.utc).replace(tzinfo=None).isoformat())
    if isinstance(value, (bytes, bytearray)):
        return ("bytes", bytes(value))
    return value


def drop_nulls(value: Any) -> Any:
    """``value`` without ``None`` items in its lists and maps."""
    if isinstance(value, dict):
        return {k: drop_nulls(v) for k, v in value.items() if v is not None}
    if isinstance(value, list):
        return [drop_nulls(v) for v in value if v is not None]
    return value


def field_name(member: str, spec: dict[str, Any]) -> str:
    """The bindings' attribute name for a member (README: naming rules; overrides' ``pythonName``)."""
    if "pythonName" in spec:
        return spec["pythonName"]
    name = re.sub(r"\W", "_", xform_name(member).lower())
    if keyword.iskeyword(name) or name in ("validate", "to_dict", "from_dict", "replace"):
        name += "_"
    return name
