"""Form-encoded bodies: the ``Name=value&...`` requests of query and ec2.

Part of the runtime every generated package of this output folder shares.
Generated serializers collect a request's fields as ``(name, value)`` pairs
(``Action`` and ``Version`` first); :func:`form_body` writes them as
``application/x-www-form-urlencoded`` bytes, percent-encoding everything but
the unreserved characters (a space is ``%20``), as botocore and the AWS
protocol tests do.
"""

from __future__ import annotations

#: Characters sent as they are: RFC 3986's unreserved ones.
_SAFE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~")


def _quote(text: str) -> str:
    if _SAFE.issuperset(text):  # the usual field: nothing to escape
        return text
    # urllib.parse is imported on first use (it costs milliseconds at startup).
    from urllib.parse import quote

    return quote(text, safe="-_.~")


def form_body(fields: list[tuple[str, str]]) -> bytes:
    """The form-encoded body of ``fields``, in their order."""
    return "&".join(f"{_quote(name)}={_quote(value)}" for name, value in fields).encode(
        "utf-8"
    )
