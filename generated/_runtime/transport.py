"""Transports: how a client sends one HTTP request.

Part of the runtime every generated package of this output folder shares.
A transport is any object with ``send(method, url, headers, body, timeout)
-> (status, headers, body)`` (:class:`HttpTransport`).  The default,
:class:`Urllib3Transport`, is the only code of the runtime that needs a
package outside the standard library (``urllib3``), imported only when one
is made.
"""

from __future__ import annotations

import importlib
import typing as _t
from collections.abc import Mapping


class TransportError(Exception):
    """The request got no HTTP response: refused, reset or dropped connection, or a timeout.

    Transports raise it (or a subclass, or an :class:`OSError`) for failures
    below HTTP; the client retries them as transient errors.
    """


class ConnectTimeoutError(TransportError):
    """No connection within the connect timeout."""


class ReadTimeoutError(TransportError):
    """No response (or no more of it) within the read timeout."""


class HttpTransport(_t.Protocol):
    """What the client needs from an HTTP client: one method.

    ``send`` sends one request and returns ``(status, headers, body)`` with
    the whole body read.  ``headers`` already holds ``Host`` (the transport
    must send it as given: it is signed); ``timeout`` is ``(connect, read)``
    in seconds.  It must not retry or follow redirects itself, and should
    raise :class:`TransportError` (or :class:`OSError`) when no response came.
    """

    def send(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes,
        timeout: tuple[float, float],
    ) -> tuple[int, Mapping[str, str], bytes]: ...


class Urllib3Transport:
    """The default transport: a pooled, keep-alive ``urllib3.PoolManager``.

    Needs ``urllib3`` (``pip install 'aws-bindings-generator[client]'``).
    urllib3's own retries and redirects are off: the client decides.
    """

    def __init__(
        self, *, max_connections: int = 10, ca_certs: str | None = None
    ) -> None:
        try:
            urllib3: _t.Any = importlib.import_module("urllib3")
        except ImportError:
            raise ImportError(
                "the default HTTP transport needs urllib3: install it "
                "(pip install 'aws-bindings-generator[client]') or pass http=<your transport>"
            ) from None
        self._urllib3 = urllib3
        options: dict[str, _t.Any] = {"maxsize": max_connections, "retries": False}
        if ca_certs is not None:
            options["ca_certs"] = ca_certs
        self._pool = urllib3.PoolManager(**options)

    def send(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes,
        timeout: tuple[float, float],
    ) -> tuple[int, Mapping[str, str], bytes]:
        """Send one request; urllib3's failures become :class:`TransportError`."""
        urllib3 = self._urllib3
        try:
            response = self._pool.request(
                method,
                url,
                body=body or None,
                headers=dict(headers),
                timeout=urllib3.Timeout(connect=timeout[0], read=timeout[1]),
                retries=False,
                redirect=False,
                preload_content=True,
            )
        except urllib3.exceptions.ConnectTimeoutError as exc:
            raise ConnectTimeoutError(str(exc)) from exc
        except urllib3.exceptions.ReadTimeoutError as exc:
            raise ReadTimeoutError(str(exc)) from exc
        except urllib3.exceptions.HTTPError as exc:
            raise TransportError(str(exc)) from exc
        status: int = response.status
        data: bytes = response.data
        return status, response.headers, data

    def close(self) -> None:
        """Close every pooled connection."""
        self._pool.clear()
