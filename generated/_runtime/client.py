"""The client core every generated ``Client`` shares: configure, then call.

Part of the runtime every generated package of this output folder shares.
A generated ``Client`` subclasses :class:`BaseClient`, names its service
(endpoint prefix, signing name, service id, endpoint rules) and has one
method per operation; everything else is here, written once.

Making a client reads the configuration as botocore does (``config``: the
environment and the shared files), resolves credentials (``credentials``)
and the endpoint (``calls.Router``: the service's endpoint rules), once.
A call serializes the request once (so an idempotency token the serializer
fills in is the same on every attempt), then, per attempt, signs it with
fresh credentials and a fresh date (SigV4), sends it through the transport
and parses the response, retrying throttling and transient failures as its
:class:`~.retry.RetryConfig` says.  The non-I/O part of a call is
:class:`~.calls.Call`; :meth:`BaseClient._call` is its synchronous driver.
"""

from __future__ import annotations

import re
import time
import typing as _t
from collections.abc import Callable, Mapping

from . import paginate, waiters
from .calls import Call, Resolver, Router, Settings, split_endpoint
from .config import SharedConfig, load_config
from .credentials import Credentials, CredentialSource, resolve_credentials
from .retry import RetryConfig
from .transport import DEFAULT_MAX_RESPONSE_SIZE, HttpTransport, Urllib3Transport

if _t.TYPE_CHECKING:
    from .models import Operation

I = _t.TypeVar("I")  # noqa: E741 - an operation's input type
O = _t.TypeVar("O")  # noqa: E741 - an operation's output type
K = _t.TypeVar("K")  # a paginator's page tokens
T = _t.TypeVar("T")  # a paginator's items

_REGION = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,62}[a-z0-9])?")
_HOST_NAME = re.compile(
    r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*"
)

#: The attempts each of botocore's retry modes makes by default.
_MODE_ATTEMPTS = {"legacy": 5, "standard": 3, "adaptive": 3}


class ClientCore:
    """What every client of a service shares, synchronous or not: the
    configuration, credentials, endpoint and settings (see the module docstring).

    Every option defaults to the configuration botocore reads (the
    environment, then the profile -- ``profile``, else ``AWS_PROFILE`` -- of
    the shared config and credentials files):

    * ``region``: ``AWS_REGION``, ``AWS_DEFAULT_REGION``, the profile's
      ``region``;
    * ``credentials``: :func:`~.credentials.resolve_credentials`, botocore's
      chain (environment, assume-role, web identity, IAM Identity Center,
      the shared files, ``credential_process``, container, IMDS), resolved
      once and refreshed before they expire; ``unsigned=True`` sends requests
      unsigned and needs none;
    * the endpoint: the service's endpoint rules (when the model has them)
      resolved with the region, ``use_fips`` (``AWS_USE_FIPS_ENDPOINT``),
      ``use_dualstack`` (``AWS_USE_DUALSTACK_ENDPOINT``), ``endpoint_url``
      (``AWS_ENDPOINT_URL_<SERVICE>``, ``AWS_ENDPOINT_URL``, the profile's
      ``endpoint_url``) and ``endpoint_params`` (the rule set's client
      context parameters, by name); without rules,
      ``https://<endpointPrefix>.<region>.amazonaws.com`` or ``endpoint_url``.
      An operation's ``hostPrefix`` is prepended to the host unless
      ``inject_host_prefix=False``;
    * ``retry``: a :class:`~.retry.RetryConfig` with ``max_attempts`` from
      ``AWS_MAX_ATTEMPTS`` / ``AWS_RETRY_MODE`` (legacy: 5, else 3);
    * ``timeout``: ``(connect, read)`` seconds per attempt (one number for
      both); the whole call ends by ``retry.max_total_time``;
    * ``max_response_size``: the largest body read, in bytes;
    * ``clock``: the wall clock that dates signatures (tests replace it).

    Use it as a context manager, or call :meth:`close`, to release the
    default transport's connections.
    """

    #: The first label of the service's host (``endpointPrefix``).
    ENDPOINT_PREFIX: _t.ClassVar[str] = ""
    #: The service name requests are signed for (``signingName``).
    SIGNING_NAME: _t.ClassVar[str] = ""
    #: The model's ``serviceId``: names the service's endpoint settings.
    SERVICE_ID: _t.ClassVar[str] = ""
    #: The User-Agent header: the generator's version and the package.
    USER_AGENT: _t.ClassVar[str] = "aws-bindings-generator"
    #: The service's endpoint rules (its ``endpoints.resolve_endpoint``), if any.
    ENDPOINT_RULES: _t.ClassVar[Resolver | None] = None
    #: The rule set's parameters and the built-in each is set from (or None).
    ENDPOINT_PARAMETERS: _t.ClassVar[Mapping[str, str | None]] = {}
    #: Whether some operation sets endpoint parameters from its request.
    ENDPOINT_PER_CALL: _t.ClassVar[bool] = False

    def _setup(
        self,
        region: str | None,
        *,
        credentials: Credentials | CredentialSource | None,
        profile: str | None,
        endpoint_url: str | None,
        use_fips: bool | None,
        use_dualstack: bool | None,
        endpoint_params: Mapping[str, object] | None,
        retry: RetryConfig | None,
        timeout: float | tuple[float, float],
        unsigned: bool,
        inject_host_prefix: bool,
        clock: Callable[[], float],
        max_response_size: int,
        config: SharedConfig | None,
    ) -> SharedConfig:
        """Decide everything but the transport; returns the configuration read."""
        if config is None:
            config = load_config(profile)
        region = region or config.region
        if not region:
            raise ValueError(
                "no region: pass region=..., set AWS_REGION, or give the profile a region"
            )
        if _REGION.fullmatch(region) is None:
            raise ValueError(f"{region!r} is not a region name")
        self._region = region
        connect, read = (
            (timeout, timeout) if isinstance(timeout, (int, float)) else timeout
        )
        if connect <= 0 or read <= 0:
            raise ValueError(f"timeouts must be positive, got {timeout!r}")
        if max_response_size <= 0:
            raise ValueError(
                f"max_response_size must be positive, got {max_response_size!r}"
            )
        if endpoint_url is None and not config.ignore_configured_endpoint_urls:
            endpoint_url = config.endpoint_url(self.SERVICE_ID)
        if endpoint_url is not None:
            try:
                split_endpoint(endpoint_url)
            except ValueError as exc:
                raise ValueError(f"endpoint_url: {exc}") from None
        router = self._router(
            region,
            endpoint_url,
            config.use_fips if use_fips is None else use_fips,
            config.use_dualstack if use_dualstack is None else use_dualstack,
            endpoint_params or {},
        )
        if retry is None:
            mode = config.retry_mode or "standard"
            retry = RetryConfig(
                max_attempts=config.max_attempts or _MODE_ATTEMPTS[mode]
            )
        self._credentials: CredentialSource | None = (
            None
            if unsigned
            else resolve_credentials(credentials=credentials, config=config)
        )
        self._settings = Settings(
            router=router,
            inject_host_prefix=inject_host_prefix,
            retry=retry,
            clock=clock,
            user_agent=self.USER_AGENT,
            timeout=(float(connect), float(read)),
            max_response_size=max_response_size,
        )
        return config

    def _router(
        self,
        region: str,
        endpoint_url: str | None,
        use_fips: bool,
        use_dualstack: bool,
        endpoint_params: Mapping[str, object],
    ) -> Router:
        rules = type(self).ENDPOINT_RULES
        if rules is None:
            if endpoint_url is None:
                prefix = self.ENDPOINT_PREFIX
                if _HOST_NAME.fullmatch(prefix) is None:
                    raise ValueError(
                        f"the model's endpointPrefix {prefix!r} is not a host name; "
                        "pass endpoint_url"
                    )
                endpoint_url = f"https://{prefix}.{region}.amazonaws.com"
            if use_fips or use_dualstack or endpoint_params:
                raise ValueError(
                    "this service's model has no endpoint rules: use_fips, use_dualstack "
                    "and endpoint_params need them; pass endpoint_url"
                )
            return Router(
                resolve=None,
                params={},
                fallback_url=endpoint_url,
                region=region,
                signing_name=self.SIGNING_NAME,
            )
        builtins: dict[str, object] = {
            "AWS::Region": region,
            "AWS::UseFIPS": use_fips,
            "AWS::UseDualStack": use_dualstack,
            "SDK::Endpoint": endpoint_url,
        }
        params: dict[str, object] = {}
        for name, builtin in self.ENDPOINT_PARAMETERS.items():
            value = builtins.get(builtin) if builtin is not None else None
            if value is not None:
                params[name] = value
        unknown = sorted(set(endpoint_params) - set(self.ENDPOINT_PARAMETERS))
        if unknown:
            raise ValueError(
                f"unknown endpoint_params {unknown}: the endpoint rules take "
                f"{sorted(self.ENDPOINT_PARAMETERS)}"
            )
        params.update((k, v) for k, v in endpoint_params.items() if v is not None)
        return Router(
            resolve=rules,
            params=params,
            fallback_url=None,
            region=region,
            signing_name=self.SIGNING_NAME,
            per_call=self.ENDPOINT_PER_CALL,
        )

    def __repr__(self) -> str:
        router = self._settings.router
        if router.refused is not None:
            endpoint = "per request"
        else:
            target = router.default
            endpoint = f"{target.scheme}://{target.host}{target.base_path}"
        return f"{type(self).__name__}(region={self._region!r}, endpoint={endpoint})"


class BaseClient(ClientCore):
    """A synchronous client of one service (see :class:`ClientCore` for the
    options); ``http`` is its transport (default: a
    :class:`~.transport.Urllib3Transport` trusting ``AWS_CA_BUNDLE`` /
    ``ca_bundle`` when set, closed by :meth:`close`)."""

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
        http: HttpTransport | None = None,
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
        self._http: HttpTransport = (
            Urllib3Transport(
                max_response_size=max_response_size, ca_certs=config.ca_bundle
            )
            if http is None
            else http
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
            try:
                timeout = call.timeout()
                headers = call.attempt(None if source is None else source.get())
                status, response_headers, body = self._http.send(
                    call.method, call.url, headers, call.body, timeout
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
