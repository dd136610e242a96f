"""The asyncio client core: the same calls as the synchronous client, awaited.

Part of the runtime every generated package of this output folder shares.
A generated ``AsyncClient`` subclasses :class:`AsyncBaseClient`; everything
that does not wait on the network -- configuration, credentials, endpoint
resolution, serializing, signing, retry decisions, parsing -- is the same
code the synchronous client runs (:class:`~.client.ClientCore`,
:class:`~.calls.Call`); this module is only the asynchronous driver:

* the transport is awaited (:class:`AsyncHttpTransport`; the default,
  :class:`AiohttpTransport`, needs ``aiohttp``, the bindings' ``async``
  extra, imported only when one is made);
* waits between attempts are ``asyncio.sleep``;
* paginators are async iterators and waiters coroutines, over the same
  sans-I/O :class:`~.paginate.Pages` and :class:`~.waiters.Waiting`;
* temporary credentials are refreshed in a worker thread, once for every
  task that needs them (an ``asyncio.Lock``), so nothing blocks the loop;
* making a client reads the shared config files: in a coroutine, use
  ``await AsyncClient.open(...)``, which does that in a worker thread.

The whole call is bounded by ``RetryConfig.max_total_time`` with
``asyncio.timeout``: a slow server cannot hold a task past the deadline.
"""

from __future__ import annotations

import asyncio
import importlib
import time
import typing as _t
from collections.abc import Callable, Mapping

from . import paginate, waiters
from .calls import Call
from .client import ClientCore
from .config import SharedConfig
from .credentials import (
    Credentials,
    CredentialSource,
    RefreshingCredentialSource,
    RefreshState,
)
from .errors import DeserializationError
from .retry import RetryConfig
from .transport import (
    DEFAULT_MAX_RESPONSE_SIZE,
    ConnectTimeoutError,
    ReadTimeoutError,
    Timeout,
    TransportError,
)

if _t.TYPE_CHECKING:
    from .models import Operation

I = _t.TypeVar("I")  # noqa: E741 - an operation's input type
O = _t.TypeVar("O")  # noqa: E741 - an operation's output type
K = _t.TypeVar("K")  # a paginator's tokens
T = _t.TypeVar("T")  # an item of a page


class AsyncHttpTransport(_t.Protocol):
    """What the asynchronous client needs from an HTTP client: one coroutine.

    The same contract as :class:`~.transport.HttpTransport`'s ``send``:
    ``(status, headers, body)`` with the whole body read, headers and the
    URL's path sent exactly as given, no retries, redirects or decompression;
    :class:`~.transport.TransportError` (or :class:`OSError`) when no
    response came.  ``timeout`` is ``(connect, read)`` seconds; the client
    bounds the whole call itself (``asyncio.timeout``).
    """

    async def send(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes,
        timeout: tuple[float, float],
    ) -> tuple[int, Mapping[str, str], bytes]: ...


class AiohttpTransport:
    """The default asynchronous transport: an ``aiohttp.ClientSession``.

    Needs ``aiohttp`` (the bindings' ``async`` extra).  The session is made
    on first use, inside the running loop.  aiohttp's own headers
    (``User-Agent``, ``Accept``, ``Accept-Encoding``) are not added: the
    signed headers are sent as given; bodies are never decompressed (one in
    a coding the client did not ask for is refused) nor read beyond
    ``max_response_size``.
    """

    def __init__(
        self,
        *,
        max_connections: int = 100,
        ca_certs: str | None = None,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
    ) -> None:
        try:
            self._aiohttp: _t.Any = importlib.import_module("aiohttp")
        except ImportError:
            raise ImportError(
                "the default asynchronous transport needs aiohttp: install the "
                "bindings' `async` extra (or pip install aiohttp), or pass "
                "http=<your transport>"
            ) from None
        self._max_connections = max_connections
        self._ca_certs = ca_certs
        self.max_response_size = max_response_size
        self._session: _t.Any = None

    def _open(self) -> _t.Any:
        if self._session is None:
            aiohttp = self._aiohttp
            ssl: object = True
            if self._ca_certs is not None:
                import ssl as _ssl

                ssl = _ssl.create_default_context(cafile=self._ca_certs)
            session = aiohttp.ClientSession(
                connector=aiohttp.TCPConnector(limit=self._max_connections, ssl=ssl),
                auto_decompress=False,
                skip_auto_headers=("User-Agent", "Accept", "Accept-Encoding"),
            )
            # aiohttp resends an idempotent request once when a kept-alive
            # connection turns out closed; the client decides every retry
            # (and counts it), so the session must not.  There is no public
            # switch: the attribute has been there since aiohttp 3.9.
            if hasattr(session, "_retry_connection"):
                session._retry_connection = False
            self._session = session
        return self._session

    async def send(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes,
        timeout: tuple[float, float],
    ) -> tuple[int, Mapping[str, str], bytes]:
        """Send one request; aiohttp's failures become :class:`TransportError`."""
        aiohttp = self._aiohttp
        yarl: _t.Any = importlib.import_module("yarl")
        limits = aiohttp.ClientTimeout(
            total=None, sock_connect=timeout[0], sock_read=timeout[1]
        )
        try:
            async with self._open().request(
                method,
                yarl.URL(url, encoded=True),  # the path as signed: never normalised
                headers=dict(headers),
                data=body or None,
                timeout=limits,
                allow_redirects=False,
                compress=None,
            ) as response:
                status: int = response.status
                coding = response.headers.get("Content-Encoding", "").strip().lower()
                if coding not in ("", "identity"):
                    raise DeserializationError(
                        f"the response is encoded as {coding!r}, which the client did "
                        "not accept (it asks for identity): not decompressed",
                        http_status=status,
                    )
                chunks: list[bytes] = []
                size = 0
                async for chunk in response.content.iter_chunked(65536):
                    size += len(chunk)
                    if size > self.max_response_size:
                        raise DeserializationError(
                            "the response body is larger than max_response_size "
                            f"({self.max_response_size} bytes)",
                            http_status=status,
                        )
                    chunks.append(chunk)
                return status, dict(response.headers), b"".join(chunks)
        except aiohttp.ConnectionTimeoutError as exc:
            raise ConnectTimeoutError(str(exc)) from exc
        except (aiohttp.ServerTimeoutError, asyncio.TimeoutError) as exc:
            raise ReadTimeoutError(
                str(exc) or "no response within the read timeout"
            ) from exc
        except aiohttp.ClientError as exc:
            raise TransportError(str(exc)) from exc

    async def aclose(self) -> None:
        """Close the session and its connections."""
        if self._session is not None:
            await self._session.close()
            self._session = None


class AsyncBaseClient(ClientCore):
    """An asyncio client of one service (see :class:`~.client.ClientCore` for
    the options); ``http`` is its :class:`AsyncHttpTransport` (default: an
    :class:`AiohttpTransport`, closed by :meth:`aclose`).

    Use it as an async context manager, or ``await`` :meth:`aclose`.
    """

    def __init__(
        self,
        region: str | None = None,
        *,
        credentials: Credentials | CredentialSource | None = None,
        profile: str | None = None,
        endpoint_url: str | None = None,
        use_fips: bool | None = None,
        use_dualstack: bool | None = None,
        endpoint_params: Mapping[str, object] | None = None,
        http: AsyncHttpTransport | None = None,
        retry: RetryConfig | None = None,
        timeout: float | tuple[float, float] = (10.0, 60.0),
        unsigned: bool = False,
        inject_host_prefix: bool = True,
        clock: Callable[[], float] = time.time,
        max_response_size: int = DEFAULT_MAX_RESPONSE_SIZE,
        config: SharedConfig | None = None,
    ) -> None:
        config = self._setup(
            region,
            credentials=credentials,
            profile=profile,
            endpoint_url=endpoint_url,
            use_fips=use_fips,
            use_dualstack=use_dualstack,
            endpoint_params=endpoint_params,
            retry=retry,
            timeout=timeout,
            unsigned=unsigned,
            inject_host_prefix=inject_host_prefix,
            clock=clock,
            max_response_size=max_response_size,
            config=config,
        )
        self._owns_http = http is None
        self._http: AsyncHttpTransport = (
            AiohttpTransport(
                max_response_size=max_response_size, ca_certs=config.ca_bundle
            )
            if http is None
            else http
        )
        self._refresh_lock: asyncio.Lock | None = None

    @classmethod
    async def open(cls, region: str | None = None, **options: _t.Any) -> _t.Self:
        """Make a client without blocking the loop: the shared config files
        and credentials are read in a worker thread."""
        return await asyncio.to_thread(lambda: cls(region, **options))

    async def __aenter__(self) -> _t.Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Close the default transport (a transport passed in is the caller's to close)."""
        if self._owns_http and isinstance(self._http, AiohttpTransport):
            await self._http.aclose()

    async def _credentials_now(self) -> Credentials | None:
        """The credentials to sign with, refreshed off the loop when due: one
        refresh for every task waiting on it."""
        source = self._credentials
        if source is None:
            return None
        if not isinstance(source, RefreshingCredentialSource):
            return source.get()  # static: no I/O
        state = source.state()
        if state is RefreshState.FRESH:
            return source.current
        lock = self._refresh_lock
        if lock is None:
            lock = self._refresh_lock = asyncio.Lock()
        if state is RefreshState.ADVISORY and lock.locked():
            return source.current  # another task is refreshing; these still serve
        async with lock:
            state = source.state()
            if state is RefreshState.FRESH:
                return source.current
            try:
                fetched = await asyncio.to_thread(source.fetch)
            except Exception as error:  # noqa: BLE001 - refresh_failed decides
                return source.refresh_failed(state, error)
            return source.refreshed(fetched)

    async def _call(self, operation: Operation[I, O], request: I) -> O:
        """Serialize once; then sign, send and parse, retrying as configured,
        the whole call bounded by ``max_total_time``."""
        call = Call(self._settings, operation, request)
        while True:
            try:
                timeout = call.timeout()
                headers = call.attempt(await self._credentials_now())
                status, response_headers, body = await self._send(
                    call, timeout, headers
                )
                return call.parse(status, response_headers, body)
            except Exception as exc:
                wait = call.wait_after(exc)
            await self._sleep(wait)

    async def _sleep(self, seconds: float) -> None:
        """``asyncio.sleep``; or the retry configuration's own ``sleep`` when one
        was injected (a test clock: it does not block)."""
        sleep = self._settings.retry.sleep
        if sleep is time.sleep:
            await asyncio.sleep(seconds)
        else:
            sleep(seconds)

    def _pages(
        self,
        operation: Operation[I, O],
        paginator: paginate.Paginator[I, O, K, T],
        request: I,
        page_size: int | None,
        max_pages: int | None,
    ) -> _t.AsyncIterator[O]:
        """Every page: one awaited :meth:`_call` each (see :mod:`.paginate`)."""
        return paginate.apages(
            lambda page_request: self._call(operation, page_request),
            paginator,
            request,
            page_size=page_size,
            max_pages=max_pages,
        )

    def _items(
        self,
        operation: Operation[I, O],
        paginator: paginate.Paginator[I, O, K, T],
        request: I,
        page_size: int | None,
        max_items: int | None,
    ) -> _t.AsyncIterator[T]:
        """The items of every page, ``max_items`` at most."""
        pages = self._pages(operation, paginator, request, page_size, None)
        return paginate.aitems(pages, paginator, max_items=max_items)

    async def _wait(
        self,
        operation: Operation[I, O],
        waiter: waiters.Waiter[O],
        request: I,
        delay: float | None,
        max_attempts: int | None,
        max_wait: float | None,
    ) -> O | None:
        """Await calls until ``waiter`` succeeds (see :mod:`.waiters`); the
        retry configuration's clock times it, :meth:`_sleep` waits."""
        return await waiters.await_(
            lambda attempt_request: self._call(operation, attempt_request),
            waiter,
            request,
            delay=delay,
            max_attempts=max_attempts,
            max_wait=max_wait,
            sleep=self._sleep,
            monotonic=self._settings.retry.monotonic,
        )

    async def _send(
        self, call: Call[_t.Any], timeout: Timeout, headers: dict[str, str]
    ) -> tuple[int, Mapping[str, str], bytes]:
        """One attempt's exchange, cut off at the call's deadline."""
        deadline = timeout.deadline
        bound = asyncio.timeout(
            None if deadline is None else deadline - time.monotonic()
        )
        try:
            async with bound:
                return await self._http.send(
                    call.method, call.url, headers, call.body, timeout
                )
        except TimeoutError:
            if not bound.expired():
                raise  # the transport's own timeout
            retry = self._settings.retry
            raise ReadTimeoutError(
                f"max_total_time of {retry.max_total_time} s reached"
            ) from None
