"""Transports: how a client sends one HTTP request.

Part of the runtime every generated package of this output folder shares.
A transport is any object with ``send(method, url, headers, body, timeout)
-> (status, headers, body)`` (:class:`HttpTransport`).  The default,
:class:`Urllib3Transport`, is the only code of the runtime that needs a
package outside the standard library (``urllib3``), imported only when one
is made.
"""

from __future__ import annotations

import contextvars
import importlib
import io
import socket
import time
import typing as _t
from collections.abc import Mapping

from .errors import DeserializationError

#: The largest response body a client reads unless told otherwise: generous
#: for any API response, small enough that a hostile or broken server cannot
#: exhaust memory (a body is never decompressed: see :class:`Urllib3Transport`).
DEFAULT_MAX_RESPONSE_SIZE = 64 * 1024 * 1024


class TransportError(Exception):
    """The request got no HTTP response: refused, reset or dropped connection, or a timeout.

    Transports raise it (or a subclass, or an :class:`OSError`) for failures
    below HTTP; the client retries them as transient errors.
    """


class ConnectTimeoutError(TransportError):
    """No connection within the connect timeout."""


class ReadTimeoutError(TransportError):
    """No response (or no more of it) within the read timeout or the call's deadline."""


class Timeout(tuple[float, float]):
    """``(connect, read)`` seconds, and ``deadline``: the ``time.monotonic()``
    by which the whole call (every attempt, the response's body included)
    must be over, or None.  A tuple, so transports that unpack ``(connect,
    read)`` keep working; a transport that honours ``deadline`` bounds the
    whole exchange by it."""

    deadline: float | None

    def __new__(
        cls, connect: float, read: float, deadline: float | None = None
    ) -> Timeout:
        self = super().__new__(cls, (connect, read))
        self.deadline = deadline
        return self


class HttpTransport(_t.Protocol):
    """What the client needs from an HTTP client: one method.

    ``send`` sends one request and returns ``(status, headers, body)`` with
    the whole body read.  ``headers`` already holds ``Host`` (the transport
    must send it as given: it is signed) and ``url``'s path must be sent as
    it is (never normalised: the signature covers it); ``timeout`` is
    ``(connect, read)`` in seconds, a :class:`Timeout` whose ``deadline``
    bounds the whole exchange when the transport honours it.  It must not
    retry, follow redirects or decompress, and should raise
    :class:`TransportError` (or :class:`OSError`) when no response came.
    """

    def send(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes,
        timeout: tuple[float, float],
    ) -> tuple[int, Mapping[str, str], bytes]: ...


#: The deadline of the exchange running in this context (see _DeadlineSocket).
_DEADLINE: contextvars.ContextVar[float | None] = contextvars.ContextVar(
    "aws_bindings_deadline", default=None
)


class _DeadlineSocket:
    """A connected socket whose every read and write waits no longer than the
    exchange's deadline (and the per-read timeout urllib3 sets): so a server
    that trickles its headers or body a byte at a time cannot hold a call
    beyond its deadline.  Everything else is the socket's own."""

    def __init__(self, sock: socket.socket) -> None:
        self._sock = sock
        self._timeout = sock.gettimeout()

    def settimeout(self, value: float | None) -> None:
        self._timeout = value
        self._sock.settimeout(value)

    def gettimeout(self) -> float | None:
        return self._timeout

    def _limit(self) -> None:
        deadline = _DEADLINE.get()
        if deadline is None:
            return
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("the call's deadline (max_total_time) passed")
        per_read = self._timeout
        self._sock.settimeout(
            remaining if per_read is None else min(per_read, remaining)
        )

    def recv_into(self, buffer: _t.Any, nbytes: int = 0, flags: int = 0) -> int:
        self._limit()
        return self._sock.recv_into(buffer, nbytes, flags)

    def recv(self, size: int, flags: int = 0) -> bytes:
        self._limit()
        return self._sock.recv(size, flags)

    def send(self, data: _t.Any, flags: int = 0) -> int:
        self._limit()
        return self._sock.send(data, flags)

    def sendall(self, data: _t.Any, flags: int = 0) -> None:
        self._limit()  # (sendall's timeout bounds the whole send since Python 3.5)
        self._sock.sendall(data, flags)

    def makefile(self, mode: str = "r", *args: _t.Any, **kwargs: _t.Any) -> _t.Any:
        if mode != "rb":
            return _t.cast(_t.Any, self._sock).makefile(mode, *args, **kwargs)
        # What socket.makefile("rb") does, over this object so that reads pass _limit.
        self._sock._io_refs += 1  # type: ignore[attr-defined]
        return io.BufferedReader(socket.SocketIO(self, "rb"))  # type: ignore[arg-type]

    def _decref_socketios(self) -> None:
        self._sock._decref_socketios()  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> _t.Any:
        return getattr(self._sock, name)


def _pool_manager(urllib3: _t.Any, options: dict[str, _t.Any]) -> _t.Any:
    """A PoolManager whose connections read and write through _DeadlineSocket."""
    connection = importlib.import_module("urllib3.connection")
    pools = importlib.import_module("urllib3.connectionpool")

    def deadline_bound(base: _t.Any) -> _t.Any:
        class Connection(base):  # type: ignore[misc]
            def connect(self) -> None:
                connect: _t.Callable[[], None] = getattr(super(), "connect")
                connect()
                setattr(self, "sock", _DeadlineSocket(getattr(self, "sock")))

        return Connection

    class HttpPool(pools.HTTPConnectionPool):  # type: ignore[misc, name-defined]
        ConnectionCls = deadline_bound(connection.HTTPConnection)

    class HttpsPool(pools.HTTPSConnectionPool):  # type: ignore[misc, name-defined]
        ConnectionCls = deadline_bound(connection.HTTPSConnection)

    manager = urllib3.PoolManager(**options)
    manager.pool_classes_by_scheme = {"http": HttpPool, "https": HttpsPool}
    return manager


class Urllib3Transport:
    """The default transport: a pooled, keep-alive ``urllib3.PoolManager``.

    Needs ``urllib3`` (the bindings' ``client`` extra).  urllib3's own
    retries and redirects are off: the client decides.  The request target
    is sent exactly as given (no dot-segment resolution); a response's body
    is read as it comes, never decompressed (the client asks for
    ``identity``; a response in another coding is refused), and never beyond
    ``max_response_size`` bytes; the exchange ends by the deadline of the
    :class:`Timeout` it is given, however slowly the server answers.
    """

    def __init__(
        self,
        *,
        max_connections: int = 10,
        ca_certs: str | None = None,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        try:
            urllib3: _t.Any = importlib.import_module("urllib3")
        except ImportError:
            raise ImportError(
                "the default HTTP transport needs urllib3: install the bindings' "
                "`client` extra (or pip install urllib3), or pass http=<your transport>"
            ) from None
        self._urllib3 = urllib3
        options: dict[str, _t.Any] = {"maxsize": max_connections, "retries": False}
        if ca_certs is not None:
            options["ca_certs"] = ca_certs
        self._pool = _pool_manager(urllib3, options)
        self.max_response_size = max_response_size

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
        _, _, rest = url.partition("://")
        target = "/" + rest.partition("/")[2]
        token = _DEADLINE.set(getattr(timeout, "deadline", None))
        try:
            pool = self._pool.connection_from_url(url)
            response = pool.urlopen(
                method,
                target,
                body=body or None,
                headers=dict(headers),
                timeout=urllib3.Timeout(connect=timeout[0], read=timeout[1]),
                retries=False,
                redirect=False,
                assert_same_host=False,
                preload_content=False,
                decode_content=False,
            )
            try:
                status: int = response.status
                data = self._read(response, status)
            finally:
                response.close()  # a body not read to its end: the connection goes
        except urllib3.exceptions.ConnectTimeoutError as exc:
            raise ConnectTimeoutError(str(exc)) from exc
        except urllib3.exceptions.ReadTimeoutError as exc:
            raise ReadTimeoutError(str(exc)) from exc
        except urllib3.exceptions.HTTPError as exc:
            raise TransportError(str(exc)) from exc
        finally:
            _DEADLINE.reset(token)
        return status, response.headers, data

    def _read(self, response: _t.Any, status: int) -> bytes:
        coding = str(response.headers.get("Content-Encoding", "")).strip().lower()
        if coding not in ("", "identity"):
            raise DeserializationError(
                f"the response is encoded as {coding!r}, which the client did not "
                "accept (it asks for identity): not decompressed",
                http_status=status,
            )
        limit = self.max_response_size
        chunks: list[bytes] = []
        size = 0
        while True:
            chunk: bytes = response.read1(65536)
            if not chunk:
                return b"".join(chunks)
            size += len(chunk)
            if size > limit:
                raise DeserializationError(
                    f"the response body is larger than max_response_size ({limit} bytes)",
                    http_status=status,
                )
            chunks.append(chunk)

    def close(self) -> None:
        """Close every pooled connection."""
        self._pool.clear()
