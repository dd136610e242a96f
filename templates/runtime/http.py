"""HTTP: the request value, and the text of values in URIs, query strings and headers.

Part of the runtime every generated package of this output folder shares;
used by the REST protocols (members bound to the URI, query string and
headers) and by every client.
"""

from __future__ import annotations

import base64
import binascii
import dataclasses
import json
import math
from collections.abc import Mapping
from typing import Any

from .errors import DeserializationError, ValidationError, WireTypeError
from .models import Document, Pattern


@dataclasses.dataclass(slots=True, repr=False)
class HttpRequest:
    """An HTTP request, exactly as it goes on the wire (before signing).

    Mutable, like botocore's ``AWSRequest``: signing adds headers to it.

    ``path`` is percent-encoded with its labels filled in; ``query`` keeps
    the order of its pairs (a ``None`` value is a bare name without ``=``,
    as a literal query in the model's ``requestUri`` may have); ``host_prefix`` is prepended to the endpoint's
    host when the operation has one.
    """

    method: str
    path: str
    query: list[tuple[str, str | None]]
    headers: dict[str, str]
    body: bytes
    host_prefix: str = ""

    def __repr__(self) -> str:
        # Names only: a header, a query value or the body may hold a secret
        # (a password, a token, a signature).
        return (
            f"HttpRequest(method={self.method!r}, path={self.path!r}, "
            f"query names={[name for name, _ in self.query]!r}, "
            f"header names={sorted(self.headers)!r}, body=<{len(self.body)} bytes>)"
        )

    @property
    def query_string(self) -> str:
        """The percent-encoded query string, without the leading ``?``."""
        return "&".join(_query_pair(name, value) for name, value in self.query)

    @property
    def target(self) -> str:
        """The request target: the path and, if any, ``?`` and the query."""
        query = self.query_string
        return f"{self.path}?{query}" if query else self.path


def _query_pair(name: str, value: str | None) -> str:
    if value is None:
        return quote_query(name)
    return f"{quote_query(name)}={quote_query(value)}"


def _quote(value: str, safe: str) -> str:
    # urllib.parse is imported on first use: many operations quote nothing,
    # and importing it costs milliseconds at startup.
    from urllib.parse import quote

    return quote(value, safe=safe)


def quote_label(value: str, name: str = "") -> str:
    """Percent-encode a URI label (everything but unreserved characters).

    ``.`` and ``..`` are refused (a ``ValidationError`` naming the member):
    every HTTP library and proxy on the way resolves them as dot segments,
    so the request would address another resource than the one named, and
    not the path that was signed.
    """
    if value in (".", ".."):
        raise ValidationError([f"{name or 'label'}: a URI label may not be {value!r}"])
    return _quote(value, "-_.~")


def quote_greedy_label(value: str, name: str = "") -> str:
    """Percent-encode a greedy ``{Label+}`` URI label, keeping ``/``; a
    ``.`` or ``..`` segment is refused, as in :func:`quote_label`."""
    for segment in value.split("/"):
        if segment in (".", ".."):
            raise ValidationError(
                [
                    f"{name or 'label'}: a URI label may not hold the path segment {segment!r}"
                ]
            )
    return _quote(value, "/-_.~")


_HEADER_VALUE = Pattern(r"[^\t\x20-\x7e]")
_HEADER_NAME = Pattern(r"[!#$%&'*+\-.^_`|~0-9A-Za-z]+")


def header_value(value: str, name: str) -> str:
    """``value`` as a header's value, checked before anything is sent.

    Visible ASCII, spaces and tabs only: a CR or LF would end the header
    (header injection), a NUL or another control character is refused by
    servers, and text beyond ASCII has no agreed encoding in a header (the
    signature would cover other bytes than those sent).  Anything else is a
    ``ValidationError`` naming the member (``name``).
    """
    found = _HEADER_VALUE.regex.search(value)
    if found is not None:
        raise ValidationError(
            [
                f"{name}: a header value may hold only visible ASCII, spaces and tabs;"
                f" {found.group()!r} at index {found.start()} is not allowed"
            ]
        )
    return value


def header_name(value: str, name: str) -> str:
    """``value`` as a header's name (a token), checked as :func:`header_value` checks values."""
    if _HEADER_NAME.regex.fullmatch(value) is None:
        raise ValidationError([f"{name}: {value!r} is not a valid header name"])
    return value


def quote_query(value: str) -> str:
    """Percent-encode a query-string name or value."""
    return _quote(value, "-_.~")


def bool_text(value: bool) -> str:
    """``true`` or ``false``, as booleans appear in URIs and headers."""
    return "true" if value else "false"


def float_text(value: float) -> str:
    """A float as it appears in URIs and headers (``NaN`` and infinities spelled out)."""
    if math.isnan(value):
        return "NaN"
    if math.isinf(value):
        return "Infinity" if value > 0 else "-Infinity"
    return repr(float(value)) if not float(value).is_integer() else str(value)


def quote_header_list_item(value: str) -> str:
    """Quote one item of a list-valued header when it holds ``,`` or ``"``."""
    if '"' in value or "," in value:
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return value


def split_header_list(value: str) -> list[str]:
    """Split a list-valued header, honouring double-quoted items."""
    items: list[str] = []
    current: list[str] = []
    quoted = False
    escaped = False
    for char in value:
        if escaped:
            current.append(char)
            escaped = False
        elif quoted and char == "\\":
            escaped = True
        elif char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            items.append("".join(current).strip())
            current = []
        else:
            current.append(char)
    items.append("".join(current).strip())
    return items


_HTTP_DATE = Pattern(r"[A-Za-z]{3}, \d{1,2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT")


def split_http_date_list(value: str) -> list[str]:
    """Split a header list of HTTP dates (each of which holds a comma)."""
    dates = _HTTP_DATE.regex.findall(value)
    if not dates:
        return split_header_list(value)
    return dates


def b64encode(value: bytes) -> str:
    """Base64 text of ``value``."""
    return base64.b64encode(value).decode("ascii")


def b64decode(value: Any, where: str = "") -> bytes:
    """Bytes of base64 text; a wire-type error for anything else."""
    if not isinstance(value, str):
        raise WireTypeError("a base64 string", value, where)
    try:
        return base64.b64decode(value, validate=True)
    except (binascii.Error, ValueError):
        raise WireTypeError("valid base64", value, where) from None


def json_header(value: Document) -> str:
    """A ``jsonvalue`` header: base64 of compact JSON."""
    return b64encode(json.dumps(value, separators=(",", ":")).encode("utf-8"))


def json_from_header(value: str, where: str = "") -> Document:
    """Read a ``jsonvalue`` header."""
    try:
        result: Document = json.loads(base64.b64decode(value))
    except (binascii.Error, ValueError):
        raise WireTypeError("base64 of a JSON value", value, where) from None
    return result


def int_from_text(value: str, where: str = "") -> int:
    """An integer sent in a header or the status line."""
    try:
        return int(value)
    except ValueError:
        raise WireTypeError("an integer", value, where) from None


def float_from_text(value: str, where: str = "") -> float:
    """A float sent in a header."""
    try:
        return float(value)
    except ValueError:
        raise WireTypeError("a number", value, where) from None


def bool_from_text(value: str, where: str = "") -> bool:
    """A boolean sent in a header (``true`` or ``false``)."""
    lowered = value.strip().lower()
    if lowered in ("true", "false"):
        return lowered == "true"
    raise WireTypeError("true or false", value, where)


def prefixed_headers(headers: Mapping[str, str], prefix: str) -> dict[str, str] | None:
    """The headers whose names start with ``prefix`` (any case), keyed by the rest."""
    lowered = prefix.lower()
    found = {
        name[len(prefix) :]: value
        for name, value in headers.items()
        if name.lower().startswith(lowered)
    }
    return found or None


def decode_text(status: int, body: bytes) -> str:
    """A text payload."""
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DeserializationError(
            f"body is not UTF-8 ({exc})", http_status=status, body=body
        ) from None


def lower_headers(headers: Mapping[str, str]) -> dict[str, str]:
    """The headers with lower-cased names, for case-insensitive lookups."""
    return {name.lower(): value for name, value in headers.items()}


def host_label(value: str | None, name: str) -> str:
    """A ``hostPrefix`` label: must be set and a valid DNS label."""
    if value is None or _HOST_LABEL.regex.fullmatch(value) is None:
        raise ValidationError([f"{name}: {value!r} is not a valid host label"])
    return value


_HOST_LABEL = Pattern(
    r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*"
)
