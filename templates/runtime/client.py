"""The client core every generated ``Client`` shares: sign, send, retry, parse.

Part of the runtime every generated package of this output folder shares.
A generated ``Client`` subclasses :class:`BaseClient`, names its service
(endpoint prefix, signing name, service id) and has one method per
operation; everything else is here, written once.

A call serializes the request once (so an idempotency token the serializer
fills in is the same on every attempt), then, per attempt, signs it with
fresh credentials and a fresh date (SigV4), sends it through the transport
and parses the response, retrying throttling and transient failures as its
:class:`~.retry.RetryConfig` says.  What does not wait on the network --
building the request of an attempt, deciding whether and how long to wait
before the next -- is in :class:`Call`, which any driver (this synchronous
one, or an asynchronous one) runs the same way.
"""

from __future__ import annotations

import dataclasses
import os
import re
import time
import typing as _t
import urllib.parse
from collections.abc import Callable, Mapping

from . import paginate, waiters
from .credentials import Credentials, CredentialSource, resolve_credentials
from .retry import RetryConfig
from .sigv4 import SigV4Signer
from .transport import HttpTransport, Urllib3Transport

if _t.TYPE_CHECKING:
    from .http import HttpRequest
    from .models import Operation

I = _t.TypeVar("I")  # noqa: E741 - an operation's input type
O = _t.TypeVar("O")  # noqa: E741 - an operation's output type
K = _t.TypeVar("K")  # a paginator's page tokens
T = _t.TypeVar("T")  # a paginator's items

_REGION = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?")
_HOST_NAME = re.compile(
    r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
)


@dataclasses.dataclass(frozen=True, slots=True)
class Settings:
    """What a client decided once, when it was made: where requests go and how
    they are signed and retried."""

    scheme: str
    host: str
    base_path: str
    inject_host_prefix: bool
    signer: SigV4Signer
    retry: RetryConfig
    clock: Callable[[], float]
    user_agent: str


class Call(_t.Generic[O]):
    """One call of an operation, as far as it does not touch the network.

    ``attempt()`` gives the headers of the request to send next (signed anew
    each time); ``parse()`` reads a response; ``wait_after(error)`` says how
    long to wait before trying again, or raises ``error`` when the call is
    over.  A driver (the synchronous :meth:`BaseClient._call`, or an
    asynchronous one) sends and sleeps between them.
    """

    __slots__ = (
        "_settings",
        "_operation",
        "_http",
        "_host",
        "_url",
        "_started",
        "_attempt",
    )

    def __init__(
        self, settings: Settings, operation: Operation[I, O], request: I
    ) -> None:
        http = operation.serialize(request)
        host = settings.host
        if http.host_prefix and settings.inject_host_prefix:
            host = http.host_prefix + host
        if settings.base_path:
            http = dataclasses.replace(http, path=settings.base_path + http.path)
        self._settings = settings
        self._operation: Operation[_t.Any, O] = operation
        self._http: HttpRequest = http
        self._host = host
        self._url = f"{settings.scheme}://{host}{http.target}"
        self._started = settings.retry.monotonic()
        self._attempt = 0

    @property
    def method(self) -> str:
        return self._http.method

    @property
    def url(self) -> str:
        return self._url

    @property
    def body(self) -> bytes:
        return self._http.body

    def attempt(self, credentials: Credentials | None) -> dict[str, str]:
        """Start the next attempt: the headers to send (signed unless ``credentials`` is None)."""
        self._attempt += 1
        settings = self._settings
        if credentials is None:
            headers = {"Host": self._host, **self._http.headers}
        else:
            headers = settings.signer.sign(
                self._http,
                host=self._host,
                credentials=credentials,
                timestamp=settings.clock(),
            ).headers
        headers["User-Agent"] = settings.user_agent
        return headers

    def parse(self, status: int, headers: Mapping[str, str], body: bytes) -> O:
        """The operation's output for a response, or its error raised."""
        return self._operation.deserialize(status, headers, body)

    def wait_after(self, error: Exception) -> float:
        """Seconds to wait before the next attempt after ``error``; raises
        ``error`` (with a note) when it is not retried or the call is over."""
        retry = self._settings.retry
        kind = retry.classify(error)
        if kind is None:
            raise error
        attempt = self._attempt
        attempts = f"{attempt} attempt{'s' if attempt > 1 else ''}"
        if attempt >= retry.max_attempts:
            error.add_note(f"{self._operation.name}: gave up after {attempts}")
            raise error
        wait = retry.delay(attempt, kind)
        if retry.monotonic() - self._started + wait > retry.max_total_time:
            error.add_note(
                f"{self._operation.name}: gave up after {attempts}: "
                f"max_total_time of {retry.max_total_time} s reached"
            )
            raise error
        return wait


class BaseClient:
    """A client of one service: see the module docstring.

    ``region`` defaults to ``AWS_REGION``, then ``AWS_DEFAULT_REGION``.
    ``credentials`` default to :func:`~.credentials.resolve_credentials`
    (botocore's chain: the ``AWS_*`` environment variables, the profile's
    files, assume-role, web identity, IAM Identity Center, processes, the
    container and instance metadata), resolved once, when the client is
    made, and refreshed before they expire; ``unsigned=True`` sends requests
    without signing them and needs no credentials.  The endpoint is
    ``https://<endpointPrefix>.<region>.amazonaws.com`` unless
    ``endpoint_url`` (``scheme://host[:port][/base-path]``) replaces it; an
    operation's ``hostPrefix`` is prepended to the host unless
    ``inject_host_prefix=False``.  ``http`` is the transport (default: a
    :class:`~.transport.Urllib3Transport`, closed by :meth:`close`);
    ``timeout`` is the connect and read timeout in seconds, one number or
    ``(connect, read)``; ``retry`` the :class:`~.retry.RetryConfig`;
    ``clock`` the wall clock that dates signatures.

    Use it as a context manager, or call :meth:`close`, to release the
    default transport's connections.
    """

    #: The first label of the service's host (``endpointPrefix``).
    ENDPOINT_PREFIX: _t.ClassVar[str] = ""
    #: The service name requests are signed for (``signingName``).
    SIGNING_NAME: _t.ClassVar[str] = ""
    #: The User-Agent header: the generator's version and the package.
    USER_AGENT: _t.ClassVar[str] = "aws-bindings-generator"

    def __init__(
        self,
        region: str | None = None,
        *,
        credentials: Credentials | CredentialSource | None = None,
        profile: str | None = None,
        endpoint_url: str | None = None,
        http: HttpTransport | None = None,
        retry: RetryConfig | None = None,
        timeout: float | tuple[float, float] = (10.0, 60.0),
        unsigned: bool = False,
        inject_host_prefix: bool = True,
        clock: Callable[[], float] = time.time,
    ) -> None:
        region = (
            region
            or os.environ.get("AWS_REGION")
            or os.environ.get("AWS_DEFAULT_REGION")
        )
        if not region:
            raise ValueError("no region: pass region=... or set AWS_REGION")
        if _REGION.fullmatch(region) is None:
            raise ValueError(f"{region!r} is not a region name")
        self._region = region
        if endpoint_url is None:
            prefix = self.ENDPOINT_PREFIX
            if _HOST_NAME.fullmatch(prefix) is None:
                raise ValueError(
                    f"the model's endpointPrefix {prefix!r} is not a host name; pass endpoint_url"
                )
            endpoint_url = f"https://{prefix}.{region}.amazonaws.com"
        scheme, host, base_path = _split_endpoint(endpoint_url)
        self._credentials: CredentialSource | None = (
            None
            if unsigned
            else resolve_credentials(credentials=credentials, profile=profile)
        )
        connect, read = (
            (timeout, timeout) if isinstance(timeout, (int, float)) else timeout
        )
        if connect <= 0 or read <= 0:
            raise ValueError(f"timeouts must be positive, got {timeout!r}")
        self._timeout = (float(connect), float(read))
        self._settings = Settings(
            scheme=scheme,
            host=host,
            base_path=base_path,
            inject_host_prefix=inject_host_prefix,
            signer=SigV4Signer(region, self.SIGNING_NAME),
            retry=RetryConfig() if retry is None else retry,
            clock=clock,
            user_agent=self.USER_AGENT,
        )
        self._owns_http = http is None
        self._http: HttpTransport = Urllib3Transport() if http is None else http

    def __repr__(self) -> str:
        s = self._settings
        return (
            f"{type(self).__name__}(region={self._region!r}, "
            f"endpoint={s.scheme}://{s.host}{s.base_path})"
        )

    def __enter__(self) -> _t.Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the default transport (a transport passed in is the caller's to close)."""
        if self._owns_http and isinstance(self._http, Urllib3Transport):
            self._http.close()

    def _call(self, operation: Operation[I, O], request: I) -> O:
        """Serialize once; then sign, send and parse, retrying as configured."""
        call = Call(self._settings, operation, request)
        source = self._credentials
        while True:
            headers = call.attempt(None if source is None else source.get())
            try:
                status, response_headers, body = self._http.send(
                    call.method, call.url, headers, call.body, self._timeout
                )
                return call.parse(status, response_headers, body)
            except Exception as error:
                self._settings.retry.sleep(call.wait_after(error))

    def _pages(
        self,
        operation: Operation[I, O],
        paginator: paginate.Paginator[I, O, K, T],
        request: I,
        page_size: int | None,
        max_pages: int | None,
    ) -> _t.Iterator[O]:
        """Every page: one :meth:`_call` each (see :mod:`.paginate`)."""
        return paginate.pages(
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
    ) -> _t.Iterator[T]:
        """The items of every page, ``max_items`` at most."""
        pages = self._pages(operation, paginator, request, page_size, None)
        return paginate.items(pages, paginator, max_items=max_items)

    def _wait(
        self,
        operation: Operation[I, O],
        waiter: waiters.Waiter[O],
        request: I,
        delay: float | None,
        max_attempts: int | None,
        max_wait: float | None,
    ) -> O | None:
        """Call until ``waiter`` succeeds (see :mod:`.waiters`); the retry
        configuration's clock and sleep time it."""
        retry = self._settings.retry
        return waiters.wait(
            lambda attempt_request: self._call(operation, attempt_request),
            waiter,
            request,
            delay=delay,
            max_attempts=max_attempts,
            max_wait=max_wait,
            sleep=retry.sleep,
            monotonic=retry.monotonic,
        )


def _split_endpoint(endpoint_url: str) -> tuple[str, str, str]:
    """``(scheme, host[:port], base path)`` of an endpoint URL."""
    parts = urllib.parse.urlsplit(endpoint_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(
            f"endpoint_url must be http(s)://host[:port][/path], got {endpoint_url!r}"
        )
    if parts.query or parts.fragment or parts.username or parts.password:
        raise ValueError(
            f"endpoint_url may not have a query, fragment or user info: {endpoint_url!r}"
        )
    host = parts.hostname
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    if port is not None and port != (443 if parts.scheme == "https" else 80):
        host = f"{host}:{port}"
    return parts.scheme, host, parts.path.rstrip("/")
