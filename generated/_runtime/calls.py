"""One call of an operation, as far as it does not touch the network.

Part of the runtime every generated package of this output folder shares.
The client core is split in two: what waits on the network (sending, reading,
sleeping between attempts) is a *driver* -- :class:`~.client.BaseClient`'s
synchronous one, or an asynchronous one -- and everything else is here,
written once for both:

* :class:`Router` decides where a request goes and how it is signed: the
  service's endpoint rules (``<package>/endpoints.py``) resolved with the
  client's parameters (once) and, for an operation that sets parameters of
  its own, with the request's (memoized by the rules);
* :class:`Call` serializes the request once, builds each attempt's signed
  headers, reads the response, and decides after a failure whether to try
  again and after how long, within ``max_total_time``.
"""

from __future__ import annotations

import dataclasses
import time
import typing as _t
import urllib.parse
from collections.abc import Callable, Mapping

from .endpoints import Endpoint, EndpointResolutionError
from .errors import DeserializationError
from .retry import RetryConfig
from .sigv4 import SigV4Signer
from .transport import ReadTimeoutError, Timeout

if _t.TYPE_CHECKING:
    from .credentials import Credentials
    from .http import HttpRequest
    from .models import Operation

I = _t.TypeVar("I")  # noqa: E741 - an operation's input type
O = _t.TypeVar("O")  # noqa: E741 - an operation's output type

#: Resolves endpoint-rule parameters to an endpoint (a package's ``resolve_endpoint``).
Resolver = Callable[[Mapping[str, object]], Endpoint]


@dataclasses.dataclass(frozen=True, slots=True)
class Target:
    """Where a request goes and how it is signed: an endpoint, ready to use."""

    scheme: str
    host: str  # host[:port]
    base_path: str
    headers: tuple[tuple[str, str], ...]  # headers the endpoint adds
    signer: SigV4Signer


def split_endpoint(endpoint_url: str) -> tuple[str, str, str]:
    """``(scheme, host[:port], base path)`` of an endpoint URL."""
    parts = urllib.parse.urlsplit(endpoint_url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(
            f"an endpoint must be http(s)://host[:port][/path], got {endpoint_url!r}"
        )
    if parts.query or parts.fragment or parts.username or parts.password:
        raise ValueError(
            f"an endpoint may not have a query, fragment or user info: {endpoint_url!r}"
        )
    host = parts.hostname
    if ":" in host:
        host = f"[{host}]"
    port = parts.port
    if port is not None and port != (443 if parts.scheme == "https" else 80):
        host = f"{host}:{port}"
    return parts.scheme, host, parts.path.rstrip("/")


class Router:
    """The targets of one client's requests.

    With endpoint rules (``resolve``), the client's parameters (``params``:
    region, FIPS, dual-stack, a custom endpoint, client context parameters)
    are resolved once, for every operation that sets none of its own; an
    operation that does (``Operation.endpoint_params``) is resolved per call,
    with the request's values.  Without rules, every request goes to
    ``fallback_url``.  An endpoint's ``authSchemes`` may name another
    signing name or region than the model's: the signer follows them.

    A rule set that refuses the client's parameters raises at once
    (:class:`~.endpoints.EndpointResolutionError`), unless ``per_call``
    (some operation sets parameters of its own, which may be what the rules
    lack: DynamoDB's ``AccountIdEndpointMode=required`` is met by a
    request's table ARN): then a request that sets none raises it.
    """

    def __init__(
        self,
        *,
        resolve: Resolver | None,
        params: Mapping[str, object],
        fallback_url: str | None,
        region: str,
        signing_name: str,
        per_call: bool = False,
    ) -> None:
        self._resolve = resolve
        self._params = dict(params)
        self._region = region
        self._signing_name = signing_name
        self._signers: dict[tuple[str, str], SigV4Signer] = {}
        self._targets: dict[object, Target] = {}
        self._default: Target | None = None
        self._refused: EndpointResolutionError | None = None
        if resolve is not None:
            try:
                self._default = self._target(resolve(self._params))
            except EndpointResolutionError as refused:
                if not per_call:
                    raise
                self._refused = refused
        else:
            assert fallback_url is not None
            scheme, host, base_path = split_endpoint(fallback_url)
            self._default = Target(
                scheme, host, base_path, (), self._signer(region, signing_name)
            )

    @property
    def default(self) -> Target:
        """The target of every request that sets no endpoint parameter;
        raises the rule set's refusal of the client's parameters."""
        if self._default is None:
            assert self._refused is not None
            raise EndpointResolutionError(str(self._refused))
        return self._default

    @property
    def refused(self) -> EndpointResolutionError | None:
        """The rule set's refusal of the client's own parameters, if any."""
        return self._refused

    def for_call(self, operation: Operation[I, _t.Any], request: I) -> Target:
        """The target of one request of ``operation``."""
        extra = operation.endpoint_params
        if self._resolve is None or extra is None:
            return self.default
        params = dict(self._params)
        params.update((k, v) for k, v in extra(request).items() if v is not None)
        return self._target(self._resolve(params))

    def _signer(self, region: str, name: str) -> SigV4Signer:
        signer = self._signers.get((region, name))
        if signer is None:
            signer = self._signers[(region, name)] = SigV4Signer(region, name)
        return signer

    def _target(self, endpoint: Endpoint) -> Target:
        region, name = self._signing(endpoint)
        key = (endpoint.url, region, name, repr(sorted(endpoint.headers.items())))
        found = self._targets.get(key)
        if found is None:
            scheme, host, base_path = split_endpoint(endpoint.url)
            headers = tuple((k, ",".join(v)) for k, v in endpoint.headers.items())
            found = Target(scheme, host, base_path, headers, self._signer(region, name))
            if len(self._targets) < 256:  # (bounded: per-request endpoints vary)
                self._targets[key] = found
        return found

    def _signing(self, endpoint: Endpoint) -> tuple[str, str]:
        """The signing region and name an endpoint asks for (its first auth
        scheme this client can sign with: SigV4), else the client's."""
        schemes = endpoint.properties.get("authSchemes")
        if not isinstance(schemes, list) or not schemes:
            return self._region, self._signing_name
        names: list[str] = []
        for scheme in _t.cast(list[object], schemes):
            if not isinstance(scheme, dict):
                continue
            entry = _t.cast(dict[str, object], scheme)
            name = str(entry.get("name", ""))
            names.append(name)
            if name == "sigv4":
                region = entry.get("signingRegion")
                signing_name = entry.get("signingName")
                return (
                    region if isinstance(region, str) else self._region,
                    (
                        signing_name
                        if isinstance(signing_name, str)
                        else self._signing_name
                    ),
                )
            if name == "none":
                return self._region, self._signing_name
        raise EndpointResolutionError(
            f"the endpoint {endpoint.url} must be signed with {', '.join(names)}: "
            "only SigV4 is supported"
        )


@dataclasses.dataclass(frozen=True, slots=True)
class Settings:
    """What a client decided once, when it was made: where requests go and how
    they are signed, retried and bounded."""

    router: Router
    inject_host_prefix: bool
    retry: RetryConfig
    clock: Callable[[], float]
    user_agent: str
    timeout: tuple[float, float]  # (connect, read) seconds, per attempt
    max_response_size: int  # bytes: a larger body is refused


class Call(_t.Generic[O]):
    """One call of an operation, as far as it does not touch the network.

    ``timeout()`` gives the next attempt's timeout (or raises when the
    call's deadline passed), ``attempt()`` the headers of the request to
    send next (signed anew each time); ``parse()`` reads a response;
    ``wait_after(error)`` says how long to wait before trying again, or
    raises ``error`` when the call is over.
    """

    __slots__ = (
        "_settings",
        "_operation",
        "_http",
        "_host",
        "_signer",
        "_url",
        "_started",
        "_deadline",
        "_attempt",
    )

    def __init__(
        self, settings: Settings, operation: Operation[I, O], request: I
    ) -> None:
        http = operation.serialize(request)
        target = settings.router.for_call(operation, request)
        host = target.host
        if http.host_prefix and settings.inject_host_prefix:
            host = http.host_prefix + host
        if target.base_path:
            http = dataclasses.replace(http, path=target.base_path + http.path)
        for name, value in target.headers:
            http.headers.setdefault(name, value)
        # The body is read as sent: a compressed one is refused (see transport).
        http.headers.setdefault("Accept-Encoding", "identity")
        self._settings = settings
        self._operation: Operation[_t.Any, O] = operation
        self._http: HttpRequest = http
        self._host = host
        self._signer = target.signer
        self._url = f"{target.scheme}://{host}{http.target}"
        self._started = settings.retry.monotonic()
        self._deadline = self._started + settings.retry.max_total_time
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

    def timeout(self) -> Timeout:
        """The timeout of the next attempt: the client's ``(connect, read)``,
        cut to what is left of ``max_total_time``, with the call's deadline;
        a :class:`~.transport.ReadTimeoutError` when nothing is left."""
        retry = self._settings.retry
        remaining = self._deadline - retry.monotonic()
        if remaining <= 0:
            raise ReadTimeoutError(
                f"{self._operation.name}: max_total_time of {retry.max_total_time} s reached"
            )
        connect, read = self._settings.timeout
        # (a deadline on another clock than the transport's means nothing to it)
        deadline = self._deadline if retry.monotonic is time.monotonic else None
        return Timeout(min(connect, remaining), min(read, remaining), deadline)

    def attempt(self, credentials: Credentials | None) -> dict[str, str]:
        """Start the next attempt: the headers to send (signed unless ``credentials`` is None)."""
        self._attempt += 1
        settings = self._settings
        if credentials is None:
            headers = {"Host": self._host, **self._http.headers}
        else:
            headers = self._signer.sign(
                self._http,
                host=self._host,
                credentials=credentials,
                timestamp=settings.clock(),
            ).headers
        headers["User-Agent"] = settings.user_agent
        return headers

    def parse(self, status: int, headers: Mapping[str, str], body: bytes) -> O:
        """The operation's output for a response, or its error raised."""
        limit = self._settings.max_response_size
        if len(body) > limit:
            raise DeserializationError(
                f"the response body is larger than max_response_size ({limit} bytes)",
                http_status=status,
            )
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
