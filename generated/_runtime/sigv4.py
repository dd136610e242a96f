"""AWS Signature Version 4: signing a request with credentials.

Part of the runtime every generated package of this output folder shares;
standard library only.

:class:`SigV4Signer` and :func:`sign` sign an :class:`~.http.HttpRequest`
(header signing, ``AWS4-HMAC-SHA256``).  Every header of the request is
signed, plus ``host``, ``x-amz-date`` and, with session credentials,
``x-amz-security-token``.  The payload is always hashed into the canonical
request; the ``x-amz-content-sha256`` header is added only on request (S3
needs it, other services do not).  The canonical URI is the request's path
with dot segments and empty segments removed, percent-encoded once more (the
path is already encoded once on the wire, and every service but S3 signs it
encoded twice).
"""

from __future__ import annotations

import hashlib
import hmac
import time
import urllib.parse
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from .credentials import Credentials
    from .http import HttpRequest

ALGORITHM = "AWS4-HMAC-SHA256"
EMPTY_SHA256 = hashlib.sha256(b"").hexdigest()

# Hop-by-hop headers and those proxies or clients rewrite: never signed.
_UNSIGNED_HEADERS = frozenset(
    (
        "authorization",
        "connection",
        "expect",
        "keep-alive",
        "proxy-authenticate",
        "proxy-authorization",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "user-agent",
        "x-amzn-trace-id",
    )
)
# Headers the signer sets itself; a request's own copies are dropped.
_SIGNER_HEADERS = frozenset(
    ("host", "x-amz-date", "x-amz-security-token", "authorization")
)


class Signature(NamedTuple):
    """A signed request: the headers to send and how the signature was made."""

    headers: dict[str, str]
    """Every header to send: the request's own, ``Host``, ``X-Amz-Date``,
    ``X-Amz-Security-Token`` (session credentials) and ``Authorization``."""
    canonical_request: str
    string_to_sign: str
    signature: str

    def __repr__(self) -> str:
        # The headers carry the session token and the signature: names only.
        return f"Signature(header names={sorted(self.headers)!r}, signature=<hidden>)"


def remove_dot_segments(path: str) -> str:
    """RFC 3986 dot-segment removal, also dropping empty segments (``//``)."""
    if not path:
        return "/"
    output: list[str] = []
    for segment in path.split("/"):
        if segment == "..":
            if output:
                output.pop()
        elif segment and segment != ".":
            output.append(segment)
    first = "/" if path[0] == "/" else ""
    last = "/" if path[-1] == "/" and output else ""
    return first + "/".join(output) + last


def canonical_uri(path: str) -> str:
    """The canonical URI of a request path (normalized, then percent-encoded)."""
    return urllib.parse.quote(remove_dot_segments(path), safe="/~")


def canonical_query(query: Iterable[tuple[str, str | None]]) -> str:
    """The canonical query string: encoded pairs sorted by name, then value."""
    quote = urllib.parse.quote
    pairs = sorted(
        (quote(name, safe="-_.~"), quote(value or "", safe="-_.~"))
        for name, value in query
    )
    return "&".join(f"{name}={value}" for name, value in pairs)


def canonical_headers(headers: Mapping[str, str]) -> tuple[str, str]:
    """The canonical headers block (each line ending in a newline) and the signed-headers list.

    Names are lower-cased; values trimmed with inner runs of whitespace
    collapsed to one space; values of names repeated in different case are
    joined with ``,`` in order.
    """
    merged: dict[str, str] = {}
    for name, value in headers.items():
        lowered = name.lower()
        if lowered in _UNSIGNED_HEADERS:
            continue
        value = " ".join(value.split())
        merged[lowered] = f"{merged[lowered]},{value}" if lowered in merged else value
    names = sorted(merged)
    return "".join(f"{name}:{merged[name]}\n" for name in names), ";".join(names)


def amz_date(timestamp: float) -> str:
    """``YYYYMMDDTHHMMSSZ`` for a POSIX timestamp."""
    return time.strftime("%Y%m%dT%H%M%SZ", time.gmtime(timestamp))


def signing_key(secret_access_key: str, date: str, region: str, service: str) -> bytes:
    """The derived key for one day, region and service."""
    key = hmac.digest(
        ("AWS4" + secret_access_key).encode("utf-8"), date.encode("utf-8"), "sha256"
    )
    key = hmac.digest(key, region.encode("utf-8"), "sha256")
    key = hmac.digest(key, service.encode("utf-8"), "sha256")
    return hmac.digest(key, b"aws4_request", "sha256")


class SigV4Signer:
    """Signs requests for one region and service, caching the derived key per day."""

    __slots__ = ("region", "service", "_cache_id", "_cache_key")

    def __init__(self, region: str, service: str) -> None:
        self.region = region
        self.service = service
        self._cache_id: tuple[str, str] = ("", "")
        self._cache_key = b""

    def _key(self, secret_access_key: str, date: str) -> bytes:
        if self._cache_id != (secret_access_key, date):
            self._cache_key = signing_key(
                secret_access_key, date, self.region, self.service
            )
            self._cache_id = (secret_access_key, date)
        return self._cache_key

    def sign(
        self,
        request: HttpRequest,
        *,
        host: str,
        credentials: Credentials,
        timestamp: float | None = None,
        sign_security_token: bool = True,
        content_sha256_header: bool = False,
    ) -> Signature:
        """Sign ``request`` as sent to ``host`` (``name`` or ``name:port``).

        ``timestamp`` (POSIX seconds, default now) becomes ``X-Amz-Date``.
        With ``sign_security_token=False`` the session token header is added
        after signing instead of being signed (a few services want that).
        ``content_sha256_header`` adds and signs ``X-Amz-Content-SHA256``.
        """
        date_time = amz_date(time.time() if timestamp is None else timestamp)
        headers: dict[str, str] = {"Host": host}
        for name, value in request.headers.items():
            if name.lower() not in _SIGNER_HEADERS:
                headers[name] = value
        headers["X-Amz-Date"] = date_time
        token = credentials.session_token
        if token is not None and sign_security_token:
            headers["X-Amz-Security-Token"] = token
        payload_hash = (
            hashlib.sha256(request.body).hexdigest() if request.body else EMPTY_SHA256
        )
        if content_sha256_header:
            headers["X-Amz-Content-SHA256"] = payload_hash
        header_block, signed_headers = canonical_headers(headers)
        creq = (
            f"{request.method}\n{canonical_uri(request.path)}\n{canonical_query(request.query)}\n"
            f"{header_block}\n{signed_headers}\n{payload_hash}"
        )
        date = date_time[:8]
        scope = f"{date}/{self.region}/{self.service}/aws4_request"
        sts = f"{ALGORITHM}\n{date_time}\n{scope}\n{hashlib.sha256(creq.encode('utf-8')).hexdigest()}"
        signature = hmac.new(
            self._key(credentials.secret_access_key, date),
            sts.encode("utf-8"),
            "sha256",
        ).hexdigest()
        if token is not None and not sign_security_token:
            headers["X-Amz-Security-Token"] = token
        headers["Authorization"] = (
            f"{ALGORITHM} Credential={credentials.access_key_id}/{scope}, "
            f"SignedHeaders={signed_headers}, Signature={signature}"
        )
        return Signature(headers, creq, sts, signature)


def sign(
    request: HttpRequest,
    *,
    host: str,
    region: str,
    credentials: Credentials,
    service: str,
    timestamp: float | None = None,
    sign_security_token: bool = True,
    content_sha256_header: bool = False,
) -> dict[str, str]:
    """The headers to send ``request`` with, signed (see :meth:`SigV4Signer.sign`)."""
    signer = SigV4Signer(region, service)
    return signer.sign(
        request,
        host=host,
        credentials=credentials,
        timestamp=timestamp,
        sign_security_token=sign_security_token,
        content_sha256_header=content_sha256_header,
    ).headers
