"""AWS credentials: what they are, where they come from, and keeping them fresh.

Standard library only.  :func:`resolve_credentials` walks botocore's chain
of providers, in botocore's order, with its environment variables and files
(the providers themselves are in ``credential_providers``, ``role_providers``
and ``metadata``):

1. ``credentials=`` passed in (method ``explicit``);
2. ``AWS_ACCESS_KEY_ID``, ``AWS_SECRET_ACCESS_KEY``, ``AWS_SESSION_TOKEN``
   (or ``AWS_SECURITY_TOKEN``), ``AWS_CREDENTIAL_EXPIRATION`` (``env``);
   skipped when ``profile=`` is passed, as botocore skips it;
3. an assume-role profile: ``role_arn`` with ``source_profile`` (chains of
   any depth) or ``credential_source`` (``assume-role``);
4. web identity: ``AWS_WEB_IDENTITY_TOKEN_FILE``/``AWS_ROLE_ARN``/
   ``AWS_ROLE_SESSION_NAME`` or the profile's ``web_identity_token_file``
   (``assume-role-with-web-identity``);
5. IAM Identity Center: ``sso_session`` or the legacy ``sso_*`` keys, with
   the token cache ``aws sso login`` writes (``sso``);
6. the profile in the shared credentials file (``shared-credentials-file``);
   then a profile with botocore's ``login_session`` (``aws login``) is an
   error: not supported here;
7. the profile's ``credential_process`` (``custom-process``);
8. the profile's static keys in the config file (``config-file``);
9. ``AWS_CREDENTIAL_FILE`` (``ec2-credentials-file``) and the boto 2 config
   (``BOTO_CONFIG``, ``/etc/boto.cfg``, ``~/.boto``: ``boto-config``);
10. the container endpoint: ``AWS_CONTAINER_CREDENTIALS_RELATIVE_URI`` or
    ``..._FULL_URI`` (``container-role``);
11. the EC2 instance metadata service, IMDSv2 (``iam-role``).

The calls to AWS services go through the :class:`StsCaller`,
:class:`SsoCaller` and :class:`SsoOidcCaller` the caller passes in.  Temporary credentials are held by
a :class:`RefreshingCredentialSource`, which refreshes them before they
expire (botocore's 15 and 10 minute windows), once for all threads.

Nothing here puts a secret key, a session token or an SSO or web identity
token in a message, a ``repr`` or a log record.
"""

from __future__ import annotations

import dataclasses
import datetime as _dt
import enum
import getpass
import logging
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from typing import NamedTuple, Protocol, TypeAlias, cast

from . import config as _config

__all__ = [
    "ADVISORY_REFRESH_SECONDS",
    "MANDATORY_REFRESH_SECONDS",
    "ChainContext",
    "CredentialConfigError",
    "CredentialRetrievalError",
    "CredentialSource",
    "Credentials",
    "CredentialsError",
    "MfaPrompt",
    "MissingCallerError",
    "NoCredentialsError",
    "NotFound",
    "PartialCredentialsError",
    "RefreshState",
    "RefreshingCredentialSource",
    "SsoCaller",
    "SsoOidcCaller",
    "SsoToken",
    "SsoTokenError",
    "StaticCredentialSource",
    "StsCaller",
    "TemporaryCredentials",
    "getpass_mfa_prompt",
    "json_object",
    "parse_timestamp",
    "refresh_state",
    "resolve_credentials",
]

logger = logging.getLogger(__name__)

ADVISORY_REFRESH_SECONDS = 15 * 60
"""Within this long of expiry one caller tries to refresh; the others go on."""
MANDATORY_REFRESH_SECONDS = 10 * 60
"""Within this long of expiry every caller waits for the refresh."""
ADVISORY_RETRY_SECONDS = 60
"""After an advisory refresh that failed (or gave credentials that expire
within the advisory window), the next one waits this long."""

Clock: TypeAlias = Callable[[], float]
"""POSIX seconds now (``time.time``)."""


# --- values --------------------------------------------------------------------


def _utc(value: _dt.datetime) -> _dt.datetime:
    if value.tzinfo is None:
        return value.replace(tzinfo=_dt.UTC)
    return value.astimezone(_dt.UTC)


@dataclasses.dataclass(frozen=True, slots=True)
class Credentials:
    """An access key, its secret and, for temporary credentials, a session
    token and when they expire (an aware datetime; a naive one is UTC).

    ``repr()`` and ``str()`` never show the secret or the token.
    """

    access_key_id: str
    secret_access_key: str
    session_token: str | None = None
    expiration: _dt.datetime | None = None
    account_id: str | None = None

    def __post_init__(self) -> None:
        if self.expiration is not None:
            object.__setattr__(self, "expiration", _utc(self.expiration))

    def __repr__(self) -> str:
        token = "None" if self.session_token is None else "'<hidden>'"
        expiration = "None" if self.expiration is None else self.expiration.isoformat()
        return (
            f"Credentials(access_key_id={self.access_key_id!r}, "
            f"secret_access_key='<hidden>', session_token={token}, "
            f"expiration={expiration}, account_id={self.account_id!r})"
        )

    __str__ = __repr__


@dataclasses.dataclass(frozen=True, slots=True)
class TemporaryCredentials:
    """What an STS or SSO call returns: every field but ``account_id`` set.

    ``expiration`` must be an aware datetime (a naive one is taken as UTC).
    """

    access_key_id: str
    secret_access_key: str
    session_token: str
    expiration: _dt.datetime
    account_id: str | None = None

    def __repr__(self) -> str:
        return (
            f"TemporaryCredentials(access_key_id={self.access_key_id!r}, "
            "secret_access_key='<hidden>', session_token='<hidden>', "
            f"expiration={self.expiration.isoformat()}, account_id={self.account_id!r})"
        )

    __str__ = __repr__

    def to_credentials(self) -> Credentials:
        return Credentials(
            self.access_key_id,
            self.secret_access_key,
            self.session_token,
            self.expiration,
            self.account_id,
        )


def parse_timestamp(value: str) -> _dt.datetime:
    """An ISO 8601 time as the credential sources write it (``...Z``,
    ``+00:00``, fractions, the AWS CLI's old ``...UTC``), as aware UTC.
    A time without a zone is UTC.  Raises ValueError."""
    text = value.strip()
    if text.endswith("UTC"):
        text = text[:-3].rstrip() + "+00:00"
    return _utc(_dt.datetime.fromisoformat(text))


def json_object(value: object) -> dict[str, object] | None:
    """``value`` if it is a JSON object (a dict), else None."""
    if isinstance(value, dict):
        return cast("dict[str, object]", value)
    return None


def redact(text: str, secrets: Sequence[str | None]) -> str:
    """``text`` with every (non-trivial) secret of ``secrets`` replaced."""
    for secret in secrets:
        if secret and len(secret) >= 4:
            text = text.replace(secret, "<hidden>")
    return text


# --- errors --------------------------------------------------------------------


class CredentialsError(Exception):
    """No usable credentials (the base of this module's errors)."""


class NoCredentialsError(CredentialsError):
    """No provider of the chain had credentials; ``tried`` lists where it looked."""

    def __init__(self, tried: Sequence[str]) -> None:
        self.tried = tuple(tried)
        places = "".join(f"\n  {n}. {place}" for n, place in enumerate(self.tried, 1))
        super().__init__(
            f"no AWS credentials found; tried, in order:{places}\nPass credentials=, "
            "set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or configure a profile "
            "(aws configure, aws sso login)."
        )


class PartialCredentialsError(CredentialsError):
    """A source has an access key without its secret, or the reverse."""


class CredentialConfigError(CredentialsError):
    """A profile's credential settings are wrong: a missing or looping
    ``source_profile``, an unknown ``credential_source``, missing SSO keys..."""


class CredentialRetrievalError(CredentialsError):
    """A source failed: a process, an HTTP endpoint, an AWS call."""


class SsoTokenError(CredentialsError):
    """The IAM Identity Center token is missing or expired: run ``aws sso login``.

    An :class:`SsoCaller` raises it when the service answers
    ``UnauthorizedException``."""


class MissingCallerError(CredentialsError):
    """A profile needs an AWS call (STS, SSO) but the chain has no caller for it."""


# --- the AWS calls ---------------------------------------------------------------


class StsCaller(Protocol):
    """The two AWS STS calls the chain makes (implemented over the STS bindings).

    Both return the response's ``Credentials`` (``AccessKeyId``,
    ``SecretAccessKey``, ``SessionToken``, ``Expiration``) as
    :class:`TemporaryCredentials`, with ``account_id`` the account of
    ``AssumedRoleUser.Arn`` (its fifth ``:`` field) when there is one.  A
    failure raises any exception; the chain wraps it in
    :class:`CredentialRetrievalError`.  ``region`` is the configured region
    (:attr:`SharedConfig.region`); None means STS's global endpoint,
    ``https://sts.amazonaws.com`` signed for ``us-east-1``, as botocore.
    """

    def assume_role(
        self,
        *,
        role_arn: str,
        role_session_name: str,
        external_id: str | None,
        serial_number: str | None,
        token_code: str | None,
        duration_seconds: int | None,
        region: str | None,
        credentials: Credentials,
    ) -> TemporaryCredentials:
        """``AssumeRole`` signed (SigV4, service ``sts``) with ``credentials``.

        ``RoleArn``, ``RoleSessionName``; ``ExternalId``, ``SerialNumber``,
        ``TokenCode`` and ``DurationSeconds`` only when not None.
        """
        ...

    def assume_role_with_web_identity(
        self,
        *,
        role_arn: str,
        role_session_name: str,
        web_identity_token: str,
        region: str | None,
    ) -> TemporaryCredentials:
        """``AssumeRoleWithWebIdentity``, not signed (the token authenticates):
        ``RoleArn``, ``RoleSessionName``, ``WebIdentityToken``."""
        ...


class SsoCaller(Protocol):
    """The IAM Identity Center portal call (implemented over the SSO bindings)."""

    def get_role_credentials(
        self, *, account_id: str, role_name: str, access_token: str, region: str
    ) -> TemporaryCredentials:
        """``GetRoleCredentials`` (``GET /federation/credentials`` on
        ``https://portal.sso.<region>.amazonaws.com``), not signed: query
        ``account_id``, ``role_name``; header ``x-amz-sso_bearer_token``
        = ``access_token``.  Return ``roleCredentials`` with ``expiration``
        (epoch milliseconds) as an aware datetime and ``account_id`` as given.
        Raise :class:`SsoTokenError` for ``UnauthorizedException``."""
        ...


@dataclasses.dataclass(frozen=True, slots=True)
class SsoToken:
    """What SSO-OIDC ``CreateToken`` returns: a new access token, its lifetime,
    and a new refresh token when the service rotates it."""

    access_token: str
    expires_in: int
    refresh_token: str | None = None

    def __repr__(self) -> str:
        refresh = "None" if self.refresh_token is None else "'<hidden>'"
        return (
            f"SsoToken(access_token='<hidden>', expires_in={self.expires_in}, "
            f"refresh_token={refresh})"
        )


class SsoOidcCaller(Protocol):
    """The token refresh of ``sso_session`` profiles (over the SSO-OIDC bindings)."""

    def create_token(
        self, *, client_id: str, client_secret: str, refresh_token: str, region: str
    ) -> SsoToken:
        """``CreateToken`` (``POST /token`` on ``https://oidc.<region>.amazonaws.com``),
        not signed: ``grantType="refresh_token"``, ``clientId``, ``clientSecret``,
        ``refreshToken``.  Return ``accessToken``, ``expiresIn`` and, when
        present, ``refreshToken``; raise any exception on failure (the chain
        logs it and keeps the cached token while it lasts)."""
        ...


MfaPrompt: TypeAlias = Callable[[str], str]
"""Called with a profile's ``mfa_serial``; returns the current MFA code."""


def getpass_mfa_prompt(mfa_serial: str) -> str:
    """botocore's prompt: ``getpass`` on the terminal."""
    return getpass.getpass(f"Enter MFA code for {mfa_serial}: ")


# --- refreshing --------------------------------------------------------------------


class RefreshState(enum.Enum):
    """Where credentials stand, and so what :meth:`CredentialSource.get` does."""

    FRESH = "fresh"
    """Use them."""
    ADVISORY = "advisory"
    """Within 15 minutes of expiry: one caller refreshes, a failure is logged
    and the current ones kept; callers that find a refresh running go on."""
    MANDATORY = "mandatory"
    """Within 10 minutes of expiry: every caller waits for the refresh; a
    failure raises."""
    EXPIRED = "expired"
    """Expired, or none fetched yet: as MANDATORY."""


def refresh_state(
    credentials: Credentials | None,
    now: float,
    *,
    advisory: float = ADVISORY_REFRESH_SECONDS,
    mandatory: float = MANDATORY_REFRESH_SECONDS,
) -> RefreshState:
    """The pure decision: where ``credentials`` stand at ``now`` (POSIX seconds)."""
    if credentials is None:
        return RefreshState.EXPIRED
    if credentials.expiration is None:
        return RefreshState.FRESH
    remaining = credentials.expiration.timestamp() - now
    if remaining <= 0:
        return RefreshState.EXPIRED
    if remaining < mandatory:
        return RefreshState.MANDATORY
    if remaining < advisory:
        return RefreshState.ADVISORY
    return RefreshState.FRESH


class CredentialSource:
    """Credentials from one provider: :meth:`get` returns them, fresh."""

    method: str
    """Which provider supplied them (botocore's names: ``env``, ``sso``...)."""

    def get(self) -> Credentials:
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}(method={self.method!r})"


class StaticCredentialSource(CredentialSource):
    """Credentials that never change."""

    def __init__(self, credentials: Credentials, method: str) -> None:
        self._credentials = credentials
        self.method = method

    def get(self) -> Credentials:
        return self._credentials


class RefreshingCredentialSource(CredentialSource):
    """Temporary credentials, refreshed by ``fetch`` before they expire.

    The decision is pure (:meth:`state`), the fetch blocking (:attr:`fetch`),
    and the outcome is applied by :meth:`refreshed` or :meth:`refresh_failed`.
    :meth:`get` drives them for threads with a ``threading.Lock``: one
    caller fetches; in the advisory window the others keep the current
    credentials, in the mandatory one they wait and then use the new ones.
    An asyncio driver does the same without blocking its loop::

        async def get(source, lock: asyncio.Lock) -> Credentials:
            state = source.state()
            if state is RefreshState.FRESH:
                return source.current
            if state is RefreshState.ADVISORY and lock.locked():
                return source.current
            async with lock:
                state = source.state()
                if state is RefreshState.FRESH:
                    return source.current
                try:
                    fetched = await asyncio.to_thread(source.fetch)
                except Exception as error:
                    return source.refresh_failed(state, error)
                return source.refreshed(fetched)

    (Drive one source with one of the two, not both at once.)
    ``initial`` is the credentials already fetched; without them the first
    :meth:`get` fetches (botocore's deferred credentials).
    """

    def __init__(
        self,
        fetch: Callable[[], Credentials],
        method: str,
        *,
        initial: Credentials | None = None,
        clock: Clock = time.time,
        advisory: float = ADVISORY_REFRESH_SECONDS,
        mandatory: float = MANDATORY_REFRESH_SECONDS,
    ) -> None:
        self.fetch = fetch
        """The blocking fetch; raises when it fails."""
        self.method = method
        self._current = initial
        self._clock = clock
        self._advisory = advisory
        self._mandatory = mandatory
        self._quiet_until = 0.0
        self._lock = threading.Lock()

    @property
    def current(self) -> Credentials:
        """The credentials held now, whatever their state; CredentialsError if none."""
        current = self._current
        if current is None:
            raise CredentialsError(f"no {self.method} credentials fetched yet")
        return current

    def state(self, now: float | None = None) -> RefreshState:
        """:func:`refresh_state` of the held credentials; ADVISORY reads FRESH
        for a minute after an advisory refresh that did not help."""
        now = self._clock() if now is None else now
        state = refresh_state(
            self._current, now, advisory=self._advisory, mandatory=self._mandatory
        )
        if state is RefreshState.ADVISORY and now < self._quiet_until:
            return RefreshState.FRESH
        return state

    def refreshed(self, credentials: Credentials) -> Credentials:
        """Hold freshly fetched ``credentials`` and return them."""
        now = self._clock()
        state = refresh_state(
            credentials, now, advisory=self._advisory, mandatory=self._mandatory
        )
        if state is RefreshState.EXPIRED:
            raise CredentialRetrievalError(
                f"the {self.method} credentials just fetched are already expired "
                f"(expiration {credentials.expiration}); is the clock right?"
            )
        if state is not RefreshState.FRESH:
            logger.warning(
                "%s credentials were refreshed but expire within %d minutes",
                self.method,
                self._advisory // 60,
            )
            self._quiet_until = now + ADVISORY_RETRY_SECONDS
        self._current = credentials
        logger.debug("%s credentials expire at %s", self.method, credentials.expiration)
        return credentials

    def refresh_failed(self, state: RefreshState, error: Exception) -> Credentials:
        """In the advisory window keep (and return) the current credentials;
        otherwise raise ``error`` (wrapped unless it is a CredentialsError)."""
        current = self._current
        if state is RefreshState.ADVISORY and current is not None:
            logger.warning(
                "refreshing %s credentials failed in the advisory window; using the "
                "current ones, which expire at %s: %s: %s",
                self.method,
                current.expiration,
                type(error).__name__,
                error,
            )
            self._quiet_until = self._clock() + ADVISORY_RETRY_SECONDS
            return current
        if isinstance(error, CredentialsError):
            raise error
        raise CredentialRetrievalError(
            f"refreshing {self.method} credentials failed: {type(error).__name__}"
        ) from error

    def get(self) -> Credentials:
        state = self.state()
        current = self._current
        if current is not None and state is RefreshState.FRESH:
            return current
        if current is not None and state is RefreshState.ADVISORY:
            if not self._lock.acquire(blocking=False):
                return current
        else:
            self._lock.acquire()
        try:
            state = self.state()
            current = self._current
            if current is not None and state is RefreshState.FRESH:
                return current
            try:
                fetched = self.fetch()
            except Exception as error:  # noqa: BLE001 - refresh_failed decides
                return self.refresh_failed(state, error)
            return self.refreshed(fetched)
        finally:
            self._lock.release()


# --- the chain ---------------------------------------------------------------------


class NotFound(NamedTuple):
    """A provider had nothing; ``place`` says where it looked."""

    place: str


@dataclasses.dataclass(frozen=True, slots=True)
class ChainContext:
    """What every provider is given (internal to the runtime's modules)."""

    config: _config.SharedConfig
    profile: str
    """The profile the provider reads (a ``source_profile`` in a role chain)."""
    env_enabled: bool
    """Whether environment variables are read (not when a profile was passed)."""
    sts: StsCaller | None
    sso: SsoCaller | None
    sso_oidc: SsoOidcCaller | None
    mfa_prompt: MfaPrompt | None
    clock: Clock
    visited: tuple[str, ...] = ()
    """The profiles of an assume-role chain so far (to find cycles)."""

    @property
    def environ(self) -> Mapping[str, str]:
        return self.config.environ

    def region(self) -> str | None:
        return self.config.region

    # The callers given, else the output folder's own bindings' (looked for
    # only when a provider needs one: most chains never do).

    def sts_caller(self) -> StsCaller | None:
        from . import callers

        return self.sts if self.sts is not None else callers.sts_caller()

    def sso_caller(self) -> SsoCaller | None:
        from . import callers

        return self.sso if self.sso is not None else callers.sso_caller()

    def sso_oidc_caller(self) -> SsoOidcCaller | None:
        from . import callers

        return self.sso_oidc if self.sso_oidc is not None else callers.sso_oidc_caller()


Provider: TypeAlias = Callable[[ChainContext], "CredentialSource | NotFound"]


def run_chain(providers: Sequence[Provider], context: ChainContext) -> CredentialSource:
    """The first source the providers find; :class:`NoCredentialsError` if none."""
    tried: list[str] = []
    for provider in providers:
        found = provider(context)
        if isinstance(found, NotFound):
            tried.append(found.place)
            continue
        logger.info("found credentials: %s", found.method)
        return found
    raise NoCredentialsError(tried)


def resolve_credentials(
    *,
    credentials: Credentials | CredentialSource | None = None,
    profile: str | None = None,
    environ: Mapping[str, str] | None = None,
    config: _config.SharedConfig | None = None,
    sts: StsCaller | None = None,
    sso: SsoCaller | None = None,
    sso_oidc: SsoOidcCaller | None = None,
    mfa_prompt: MfaPrompt | None = None,
    clock: Clock = time.time,
) -> CredentialSource:
    """The credentials to sign with, from the first provider that has them
    (see the module docstring for the order).

    ``config`` is the loaded :class:`~.config.SharedConfig` (else
    :func:`~.config.load_config` ``(profile, environ)`` is loaded; with
    ``config``, ``profile`` must be None or its profile and ``environ`` is
    ignored).  ``sts`` and ``sso`` make the AWS calls that assume-role, web
    identity and IAM Identity Center profiles need, and ``sso_oidc`` refreshes
    the cached token of ``sso_session`` profiles as it nears expiry (without
    it the token serves until it expires); each defaults to the output
    folder's own ``sts``, ``sso`` and ``ssooidc`` bindings when they were
    generated (:mod:`.callers`); ``mfa_prompt`` returns
    the code for a profile's ``mfa_serial`` (:func:`getpass_mfa_prompt` is
    botocore's).  ``clock`` is POSIX seconds now.

    Providers that call AWS (STS, SSO) do so at the first
    :meth:`~CredentialSource.get`, not here; the container and instance
    metadata providers fetch here.  Raises :class:`NoCredentialsError`
    (naming every place tried), or another :class:`CredentialsError` or
    :class:`~.config.ConfigError` when a source is misconfigured or fails.
    """
    if isinstance(credentials, CredentialSource):
        return credentials
    if credentials is not None:
        return StaticCredentialSource(credentials, "explicit")
    if config is None:
        config = _config.load_config(profile, environ)
    elif profile is not None and profile != config.profile_name:
        raise ValueError(
            f"profile={profile!r} but the config passed is for {config.profile_name!r}"
        )
    # The providers' modules import this one: imported here, not above.
    from . import credential_providers as _files
    from . import metadata as _metadata
    from . import role_providers as _roles

    context = ChainContext(
        config=config,
        profile=config.profile_name,
        env_enabled=config.profile_source != "argument",
        sts=sts,
        sso=sso,
        sso_oidc=sso_oidc,
        mfa_prompt=mfa_prompt,
        clock=clock,
    )
    providers: list[Provider] = []
    if context.env_enabled:
        providers.append(_files.from_environment)
    providers.append(_roles.from_assume_role_profile)
    providers.extend(_roles.profile_providers())
    providers.extend(
        [
            _files.from_ec2_credentials_file,
            _files.from_boto_config,
            _metadata.from_container,
            _metadata.from_instance_metadata,
        ]
    )
    return run_chain(providers, context)
