"""Credentials over HTTP: the container endpoint and the EC2 instance metadata
service (IMDSv2).

Standard library only (``http.client``, with timeouts; proxies are not
used).  botocore's ``ContainerProvider``/``ContainerMetadataFetcher`` and
``InstanceMetadataProvider``/``InstanceMetadataFetcher`` are the reference.
"""

from __future__ import annotations

import datetime as _dt
import http.client
import ipaddress
import json
import logging
import random
import ssl
import time
import urllib.parse
from collections.abc import Callable, Mapping

from . import config as _config
from .credentials import (
    ChainContext,
    CredentialConfigError,
    CredentialRetrievalError,
    Credentials,
    CredentialSource,
    NotFound,
    RefreshingCredentialSource,
    json_object,
    parse_timestamp,
)

__all__ = [
    "CONTAINER_ALLOWED_HOSTS",
    "CONTAINER_HOST",
    "HttpFailure",
    "ImdsFetcher",
    "ImdsUnavailable",
    "from_container",
    "from_instance_metadata",
    "http_request",
]

logger = logging.getLogger(__name__)

CONTAINER_HOST = "169.254.170.2"
"""Where ``AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`` points (ECS)."""
CONTAINER_ALLOWED_HOSTS = (
    "169.254.170.2",
    "169.254.170.23",
    "fd00:ec2::23",
    "localhost",
)
"""Plain-HTTP hosts a ``..._FULL_URI`` may name, besides loopback addresses
(ECS, EKS Pod Identity over IPv4 and IPv6); any https URL is allowed."""
CONTAINER_TIMEOUT_SECONDS = 2.0
CONTAINER_ATTEMPTS = 3
CONTAINER_RETRY_SLEEP_SECONDS = 1.0
IMDS_TOKEN_TTL_SECONDS = 21600
IMDS_CREDENTIALS_PATH = "/latest/meta-data/iam/security-credentials/"
_MAX_BODY = 1 << 16


class HttpFailure(Exception):
    """No HTTP response (refused, reset, timed out, not an http(s) URL)."""


class _ConnectFailure(HttpFailure):
    pass


class _ReadTimeout(HttpFailure):
    pass


def http_request(
    method: str, url: str, headers: Mapping[str, str], timeout: float
) -> tuple[int, bytes]:
    """One request without a body: ``(status, body)`` (at most 64 KiB read)."""
    try:
        parts = urllib.parse.urlsplit(url)
        port = parts.port
    except ValueError:
        raise HttpFailure("not a valid URL") from None
    host = parts.hostname
    if parts.scheme not in ("http", "https") or not host:
        raise HttpFailure("not an http(s) URL")
    target = (parts.path or "/") + (f"?{parts.query}" if parts.query else "")
    connection: http.client.HTTPConnection
    if parts.scheme == "https":
        context = ssl.create_default_context()
        connection = http.client.HTTPSConnection(
            host, port, timeout=timeout, context=context
        )
    else:
        connection = http.client.HTTPConnection(host, port, timeout=timeout)
    try:
        try:
            connection.connect()
        except OSError as exc:
            raise _ConnectFailure(f"cannot connect: {type(exc).__name__}") from None
        try:
            connection.request(method, target, headers=dict(headers))
            response = connection.getresponse()
            return response.status, response.read(_MAX_BODY)
        except TimeoutError:
            raise _ReadTimeout(f"no answer within {timeout:g} s") from None
        except (OSError, http.client.HTTPException) as exc:
            raise HttpFailure(f"the connection failed: {type(exc).__name__}") from None
    finally:
        connection.close()


def _credentials_from_json(data: object, token_key: str, label: str) -> Credentials:
    """``AccessKeyId``, ``SecretAccessKey``, ``token_key``, ``Expiration``."""
    parsed = json_object(data)
    if parsed is None:
        raise CredentialRetrievalError(f"{label}: the answer is not a JSON object")
    fields: dict[str, str] = {}
    for key in ("AccessKeyId", "SecretAccessKey", token_key, "Expiration"):
        value = parsed.get(key)
        if not isinstance(value, str) or not value:
            raise CredentialRetrievalError(f"{label}: the answer has no {key}")
        fields[key] = value
    try:
        expiration = parse_timestamp(fields["Expiration"])
    except ValueError:
        raise CredentialRetrievalError(
            f"{label}: its Expiration is not a time"
        ) from None
    account = parsed.get("AccountId")
    return Credentials(
        fields["AccessKeyId"],
        fields["SecretAccessKey"],
        fields[token_key],
        expiration,
        account if isinstance(account, str) and account else None,
    )


# --- containers ---------------------------------------------------------------------


def container_url(environ: Mapping[str, str]) -> str | None:
    """The endpoint the environment names, checked; None when it names none."""
    relative = environ.get("AWS_CONTAINER_CREDENTIALS_RELATIVE_URI")
    if relative:
        return f"http://{CONTAINER_HOST}{relative}"
    full = environ.get("AWS_CONTAINER_CREDENTIALS_FULL_URI")
    if not full:
        return None
    try:
        parts = urllib.parse.urlsplit(full)
        host = parts.hostname or ""
    except ValueError:
        host, parts = "", None
    if parts is not None and parts.scheme == "https" and host:
        return full
    allowed = host in CONTAINER_ALLOWED_HOSTS
    try:
        allowed = allowed or ipaddress.ip_address(host).is_loopback
    except ValueError:
        pass
    if parts is None or parts.scheme != "http" or not allowed:
        raise CredentialConfigError(
            f"AWS_CONTAINER_CREDENTIALS_FULL_URI: host {host!r} is not allowed: an "
            "http URL must name a loopback address or one of "
            + ", ".join(CONTAINER_ALLOWED_HOSTS)
            + " (any https URL is allowed)"
        )
    return full


def _container_headers(environ: Mapping[str, str]) -> dict[str, str]:
    headers = {"Accept": "application/json"}
    token = None
    token_file = environ.get("AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE")
    if token_file:
        path = _config.expand_path(token_file, environ)
        try:
            token = path.read_text("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            raise CredentialRetrievalError(
                f"cannot read AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE {path} "
                f"({type(exc).__name__})"
            ) from None
    elif "AWS_CONTAINER_AUTHORIZATION_TOKEN" in environ:
        token = environ["AWS_CONTAINER_AUTHORIZATION_TOKEN"]
    if token is not None:
        if "\r" in token or "\n" in token:
            raise CredentialConfigError(
                "the container authorization token has a line break: not a valid header"
            )
        headers["Authorization"] = token
    return headers


def fetch_container_credentials(url: str, environ: Mapping[str, str]) -> Credentials:
    """GET ``url`` (3 attempts, 2 s timeout, 1 s apart) and parse the credentials."""
    label = f"the container credentials endpoint {_without_query(url)}"
    problem = "no attempt made"
    for attempt in range(CONTAINER_ATTEMPTS):
        if attempt:
            time.sleep(CONTAINER_RETRY_SLEEP_SECONDS)
        headers = _container_headers(environ)
        try:
            status, body = http_request("GET", url, headers, CONTAINER_TIMEOUT_SECONDS)
        except HttpFailure as exc:
            problem = str(exc)
            continue
        if status != 200:
            problem = f"HTTP status {status}"
            continue
        try:
            data: object = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            problem = "the answer is not JSON"
            continue
        return _credentials_from_json(data, "Token", label)
    raise CredentialRetrievalError(
        f"{label}: {problem} (after {CONTAINER_ATTEMPTS} attempts)"
    )


def _without_query(url: str) -> str:
    return url.split("?", 1)[0]


def from_container(context: ChainContext) -> CredentialSource | NotFound:
    """The ECS / EKS Pod Identity endpoint (``container-role``):
    ``AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`` (on ``http://169.254.170.2``)
    or ``AWS_CONTAINER_CREDENTIALS_FULL_URI``; ``Authorization`` from
    ``AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE`` (read at each fetch) or
    ``AWS_CONTAINER_AUTHORIZATION_TOKEN``.  Fetched now; a failure raises."""
    environ = context.environ
    url = container_url(environ)
    if url is None:
        return NotFound(
            "the container endpoint (AWS_CONTAINER_CREDENTIALS_RELATIVE_URI and "
            "AWS_CONTAINER_CREDENTIALS_FULL_URI are not set)"
        )

    def fetch() -> Credentials:
        return fetch_container_credentials(url, environ)

    first = fetch()
    logger.info("found credentials at the container endpoint")
    return RefreshingCredentialSource(
        fetch, "container-role", initial=first, clock=context.clock
    )


# --- EC2 instance metadata ------------------------------------------------------------


class ImdsUnavailable(CredentialRetrievalError):
    """The instance metadata service gave no credentials."""


class ImdsFetcher:
    """Fetches an instance's role credentials, as botocore does.

    ``PUT /latest/api/token`` (header ``x-aws-ec2-metadata-token-ttl-seconds:
    21600``) for an IMDSv2 token; when that answers 403, 404 or 405 or
    times out (a container behind a hop limit of 1) the requests go without
    one (IMDSv1), unless ``v1_disabled``.  Then ``GET
    /latest/meta-data/iam/security-credentials/`` for the role name and
    ``GET .../<role>`` for the credentials, each request tried
    ``attempts`` times with the ``timeout``.  Credentials the service hands
    out already near expiry (as it may when it cannot renew them) are
    given 15 to 25 more minutes, as botocore does, so that callers keep
    working while the refreshes retry.
    """

    def __init__(
        self, settings: _config.ImdsSettings, *, clock: Callable[[], float] = time.time
    ) -> None:
        self.settings = settings
        self._clock = clock

    def _url(self, path: str) -> str:
        return self.settings.endpoint + path

    def _token(self) -> str | None:
        headers = {"x-aws-ec2-metadata-token-ttl-seconds": str(IMDS_TOKEN_TTL_SECONDS)}
        for _ in range(self.settings.attempts):
            try:
                status, body = http_request(
                    "PUT",
                    self._url("/latest/api/token"),
                    headers,
                    self.settings.timeout,
                )
            except _ReadTimeout:
                return None
            except HttpFailure:
                continue
            if status == 200:
                return body.decode("utf-8", "replace")
            if status in (403, 404, 405):
                return None
            if status == 400:
                raise ImdsUnavailable("the token request was rejected (HTTP 400)")
        return None

    def _get(self, path: str, token: str | None, *, want_json: bool) -> bytes:
        headers = {} if token is None else {"x-aws-ec2-metadata-token": token}
        problem = "no attempt made"
        for _ in range(self.settings.attempts):
            try:
                status, body = http_request(
                    "GET", self._url(path), headers, self.settings.timeout
                )
            except HttpFailure as exc:
                problem = str(exc)
                continue
            if status != 200 or not body:
                problem = (
                    f"HTTP status {status}" if status != 200 else "an empty answer"
                )
                continue
            if want_json:
                try:
                    json.loads(body)
                except ValueError:
                    problem = "an answer that is not JSON"
                    continue
            return body
        raise ImdsUnavailable(
            f"{problem} for {path} after {self.settings.attempts} attempt(s)"
        )

    def fetch(self) -> Credentials:
        """The role's credentials; :class:`ImdsUnavailable` when there are none."""
        token = self._token()
        if token is None and self.settings.v1_disabled:
            raise ImdsUnavailable("no IMDSv2 token, and IMDSv1 is disabled")
        role = self._get(IMDS_CREDENTIALS_PATH, token, want_json=False)
        role_name = role.decode("utf-8", "replace").strip().splitlines()[0]
        body = self._get(IMDS_CREDENTIALS_PATH + role_name, token, want_json=True)
        data: object = json.loads(body)
        error = json_object(data)
        if error is not None and "Code" in error and "AccessKeyId" not in error:
            code = str(error["Code"])[:100]
            raise ImdsUnavailable(f"the service answered error {code!r}")
        label = f"instance metadata role {role_name!r}"
        credentials = _credentials_from_json(data, "Token", label)
        return self._extend_if_stale(credentials)

    def _extend_if_stale(self, credentials: Credentials) -> Credentials:
        expiration = credentials.expiration
        if expiration is None:
            return credentials
        window = 15 * 60 + random.randint(120, 600)
        now = self._clock()
        if now < expiration.timestamp() - window:
            return credentials
        extended = _dt.datetime.fromtimestamp(now + window, _dt.UTC)
        logger.info(
            "the instance metadata service gave credentials that expire at %s; using "
            "them until %s while refreshes retry",
            expiration.isoformat(),
            extended.isoformat(),
        )
        return Credentials(
            credentials.access_key_id,
            credentials.secret_access_key,
            credentials.session_token,
            extended,
            credentials.account_id,
        )


def from_instance_metadata(context: ChainContext) -> CredentialSource | NotFound:
    """The instance's role from IMDS (``iam-role``); see :class:`ImdsFetcher`.
    Skipped when ``AWS_EC2_METADATA_DISABLED`` is true.  Fetched now; when the
    service gives nothing the chain goes on (a refresh failure raises)."""
    settings = context.config.imds
    place = f"EC2 instance metadata at {settings.endpoint}"
    if settings.disabled:
        return NotFound(place + " (disabled by AWS_EC2_METADATA_DISABLED)")
    fetcher = ImdsFetcher(settings, clock=context.clock)
    try:
        first = fetcher.fetch()
    except ImdsUnavailable as exc:
        logger.debug("no credentials from instance metadata: %s", exc)
        return NotFound(f"{place} ({exc})")
    logger.info("found credentials from the instance metadata service")
    return RefreshingCredentialSource(
        fetcher.fetch, "iam-role", initial=first, clock=context.clock
    )
